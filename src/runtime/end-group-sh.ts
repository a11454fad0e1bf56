/**
 * Bash functions shared by the programs that run a subtask's command (tmux-runner.ts, tmux-dispatcher.ts):
 * `end_group PGID` ends what the command left running in its process group once the command itself has
 * ended: TERM, then KILL after a grace of up to a second. `group_alive PGID` counts a group whose members are
 * all zombies (orphans of an init that never reaps, as in some containers) as ended.
 * Plain text with no backslash or backtick, so it can also be put in an unquoted heredoc with `$` escaped.
 */
export const END_GROUP_SH = [
  'group_alive() {',
  '  kill -0 -- -"$1" 2>/dev/null || return 1',
  '  local f line st grp',
  '  for f in /proc/[0-9]*/stat; do',
  '    { read -r line < "$f"; } 2>/dev/null || continue',
  '    read -r st _ grp _ <<< "${line##*) }"',
  '    [ "$grp" = "$1" ] && [ "$st" != Z ] && return 0',
  '  done',
  '  return 1',
  '}',
  'end_group() {',
  '  group_alive "$1" || return 0',
  '  kill -TERM -- -"$1" 2>/dev/null',
  '  for _ in 1 2 3 4 5 6 7 8 9 10; do group_alive "$1" || break; sleep 0.1; done',
  '  kill -KILL -- -"$1" 2>/dev/null',
  '}',
].join('\n');
