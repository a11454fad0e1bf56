/**
 * A bash program that runs one command inside a window of a worker's tmux session and behaves, to its
 * caller, like the command itself: the command's stdout and stderr stream out of the runner's stdout and
 * stderr, and the runner exits with the command's exit status. The same program serves the local runtime
 * (spawned on the host) and the docker runtime (`docker exec` in the worker container), so that a person
 * who runs `tmux attach -t omo-worker-<domain>` watches the agent live while the orchestrator still gets
 * exact output and exit codes, event-driven (`tmux wait-for`, no polling).
 *
 * Usage: bash -c "$TMUX_RUNNER" omo-tmux-run <session> <window-name> <workdir> <state-dir> [<socket>]
 * With <socket> (the server's socket path), the session is known to exist and every tmux call goes to that
 * server: fewer tmux clients per subtask, and no dependence on the environment to find the server.
 * The command is a bash script in the environment variable ORCH_RUN_SCRIPT. The command runs with exactly the
 * runner's environment (minus ORCH_RUN_SCRIPT): the tmux server's own environment never leaks into it.
 * <state-dir> must exist and be private; the runner writes `pane` (window id and pane pid) and `pgid` (the
 * command's own process group), so the caller can stop them, and removes its other files when done. When
 * <state-dir>/prefix exists, its NUL-separated words are put before the command (the local runtime's
 * sandbox, see sandbox.ts). When the command ends, its process group is ended too (background children
 * included), after a short grace.
 */
import { END_GROUP_SH } from './end-group-sh.js';

export const TMUX_RUNNER = String.raw`
set -u
session=$1; window=$2; workdir=$3; state=$4; sock=""
[ $# -ge 5 ] && sock=$5
script=$ORCH_RUN_SCRIPT
unset ORCH_RUN_SCRIPT
chan="omo-done-$$-$RANDOM$RANDOM"

if [ -z "$sock" ]; then
  tmux has-session -t "=$session" 2>/dev/null || tmux new-session -d -s "$session" -x 200 -y 50 || exit 125
  sock=$(tmux display-message -p -t "=$session:" '#{socket_path}') || exit 125
fi

mkfifo "$state/out" "$state/err" || exit 125
printf '%s' "$script" > "$state/script"
# The environment, re-created inside the pane after env -i (export -p quotes values safely).
( umask 077; export -p > "$state/env" )
q() { printf '%q' "$1"; }
cat > "$state/pane.sh" <<PANE
source $(q "$state/env"); rm -f $(q "$state/env"); unset OLDPWD
cd $(q "$workdir") || { echo 126 > $(q "$state/rc"); tmux -S $(q "$sock") wait-for -S $(q "$chan"); exit; }
export PWD=$(q "$workdir")
printf '\033[1m[%s] %s\033[0m\n' "\$(date +%T)" $(q "$window")
# Output goes both to this pane (for whoever attaches) and to the runner through the FIFOs. The tees are
# waited for by pid: a plain wait skips all but the last process substitution, and the pane must not say
# it is done before every byte is in the FIFOs.
exec 7>$(q "$state/out") 8>$(q "$state/err")
exec 9> >(tee /dev/fd/7); out_tee=\$!
exec 10> >(tee /dev/fd/8 >&2); err_tee=\$!
exec 7>&- 8>&-
prefix=()
if [ -s $(q "$state/prefix") ]; then mapfile -d '' -t prefix < $(q "$state/prefix"); fi
# The command leads a process group of its own, so that once it has ended, whatever it left running in
# the background is ended too: it can neither hold the output open (the subtask would wait for it) nor
# outlive the subtask. Its group id is left in the state dir for a caller that must stop it early.
setsid "\${prefix[@]}" bash $(q "$state/script") < /dev/null >&9 2>&10 9>&- 10>&- &
cmd=\$!
echo "\$cmd" > $(q "$state/pgid")
wait "\$cmd"
rc=\$?
${END_GROUP_SH.replaceAll('$', '\\$')}
end_group "\$cmd"
exec 9>&- 10>&-
wait \$out_tee \$err_tee
echo "\$rc" > $(q "$state/rc")
tmux -S $(q "$sock") wait-for -S $(q "$chan")
PANE

# The runner opens both ends of each FIFO itself, before anything runs: a write end (read-write, which never
# blocks) held until the pane is done, and the read end handed to a reader. So no output can be written
# before its reader exists, the readers never block in open(), and they see EOF only once the pane is done
# and the runner lets go, whether or not the pane ever opened the FIFOs (it may fail to start, or cd fail).
# (After any new-session above: a tmux server started here must not inherit these descriptors.)
exec 3<>"$state/out" 4<>"$state/err" 5<"$state/out" 6<"$state/err"
release() { exec 3>&- 4>&-; }
cat <&5 3>&- 4>&- 5<&- 6<&- &
cat <&6 >&2 3>&- 4>&- 5<&- 6<&- &
exec 5<&- 6<&-
if ! tmux -S "$sock" new-window -t "=$session:" -n "$window" -P -F '#{window_id} #{pane_pid}' \
  "exec env -i /bin/bash --noprofile --norc $(q "$state/pane.sh")" > "$state/pane" 3>&- 4>&-; then
  release; wait; exit 125
fi
tmux -S "$sock" wait-for "$chan" 3>&- 4>&- &
wait $!
release
wait
rc=$(cat "$state/rc" 2>/dev/null || echo 125)
rm -f "$state/out" "$state/err" "$state/script" "$state/pane.sh" "$state/rc" "$state/env" "$state/prefix" "$state/pgid"
exit "$rc"
`;
