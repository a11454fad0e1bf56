/**
 * How a local worker runs its subtasks inside its tmux session cheaply. The session's `agent` window runs a
 * dispatcher, a bash loop started once per worker, so a subtask costs no tmux client, no new window and no
 * new shell: the orchestrator writes a job folder (script, environment, sandbox words), puts its path on the
 * worker's control FIFO, and the dispatcher runs it as a process group of its own (ended, background
 * children included, when the command ends), its stdout and stderr going to files in the job folder. The
 * orchestrator follows those files with inotify (fs.watch) as they grow and takes the exit code from the
 * `rc` file the dispatcher writes last. The session's first window follows the worker's log, where the
 * orchestrator copies every byte, so a person attaching watches the agent live.
 *
 * Job folder: `script` (bash) and `job` (sourced by the dispatcher's subshell: `export NAME='value'` lines, then
 * the job's name, working directory and the words put before the command, the sandbox), then written by the
 * dispatcher: `out`, `err`, `pgid` (the command's process group, for a caller that must stop it early) and
 * `rc`. Two files, because every file written costs the orchestrator's event loop a few system calls.
 *
 * The dispatcher writes its pid beside the FIFO (`ctl.pid`): a job whose dispatcher is gone (its tmux server
 * killed) fails within seconds instead of at its timeout.
 *
 * The line `exit` ends the dispatcher, which first ends its own tmux session (its arguments name the server's
 * socket and the session), so stopping a worker costs the orchestrator no tmux client.
 */
import {
  openSync,
  readFileSync,
  readSync,
  closeSync,
  statSync,
  watch,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { END_GROUP_SH } from './end-group-sh.js';
import { shellQuote } from './shell-quote.js';
import type { CommandOutcome, OutputListener } from './types.js';
import { BoundedOutput } from './bounded-output.js';

export const DISPATCHER = `
ctl=$1 socket=$2 session=$3
exec 3<>"$ctl"
echo $$ > "$ctl.pid"
${END_GROUP_SH}
while IFS= read -r job <&3; do
  if [ "$job" = exit ]; then
    tmux -S "$socket" kill-session -t "=$session" 2>/dev/null
    exit 0
  fi
  [ -e "$job/cancel" ] && { echo 130 > "$job/rc"; continue; }
  (
    exec 3<&-
    source "$job/job"
    printf '\\033[1m[%(%T)T] %s\\033[0m\\n' -1 "$__orch_name"
    if ! cd "$__orch_dir" 2>/dev/null; then
      printf 'working directory %s does not exist\\n' "$__orch_dir" > "$job/err"
      echo 127 > "$job/rc"
      exit
    fi
    export PWD="$__orch_dir"
    setsid "\${__orch_prefix[@]}" bash "$job/script" < /dev/null > "$job/out" 2> "$job/err" &
    cmd=$!
    echo "$cmd" > "$job/pgid"
    wait "$cmd"
    rc=$?
    end_group "$cmd"
    echo "$rc" > "$job/rc"
  )
  read -r rc < "$job/rc"
  printf '  exit %s\\n' "$rc"
done
`;

export interface Job {
  dir: string;
  name: string;
  script: string;
  env: Record<string, string>;
  workdir: string;
  prefix: string[];
}

export function writeJob(job: Job): void {
  mkdirSync(job.dir, { mode: 0o700 });
  writeFileSync(join(job.dir, 'script'), job.script);
  const lines = Object.entries(job.env)
    // Names the shell can export, and never the dispatcher's own (set last all the same).
    .filter(([name]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !name.startsWith('__orch_'))
    .map(([name, value]) => `export ${name}=${shellQuote(value)}`);
  lines.push(
    `__orch_name=${shellQuote(job.name)}`,
    `__orch_dir=${shellQuote(job.workdir)}`,
    `__orch_prefix=(${job.prefix.map(shellQuote).join(' ')})`,
  );
  writeFileSync(join(job.dir, 'job'), `${lines.join('\n')}\n`, { mode: 0o600 });
}

/** Reads a file's new bytes from `offset` on, as UTF-8 across reads. */
class FileFollower {
  private offset = 0;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly path: string,
    private readonly emit: (text: string) => void,
  ) {}

  pull(final = false): void {
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch {
      return;
    }
    try {
      const size = statSync(this.path).size;
      const buffer = Buffer.alloc(64 * 1024);
      while (this.offset < size) {
        const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - this.offset), this.offset);
        if (n <= 0) break;
        this.offset += n;
        const text = this.decoder.decode(buffer.subarray(0, n), { stream: true });
        if (text) this.emit(text);
      }
      if (final) {
        const rest = this.decoder.decode();
        if (rest) this.emit(rest);
      }
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Follows a dispatched job to its end: streams `out` and `err` as they grow, and settles with the exit code
 * once `rc` holds one. `onAbort` is what the caller does to stop it early (see stopJob).
 */
export function followJob(
  dir: string,
  signal: AbortSignal,
  onOutput: OutputListener,
  onAbort: () => Promise<void>,
  /** Whether the dispatcher still runs; asked every DISPATCHER_CHECK_MS while the job has no `rc`. */
  dispatcherAlive: () => boolean = () => true,
): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const stdout = new BoundedOutput();
    const stderr = new BoundedOutput();
    const out = new FileFollower(join(dir, 'out'), (t) => {
      stdout.push(t);
      onOutput('stdout', t);
    });
    const err = new FileFollower(join(dir, 'err'), (t) => {
      stderr.push(t);
      onOutput('stderr', t);
    });
    let done = false;
    const finish = (exitCode: number | null) => {
      if (done) return;
      done = true;
      watcher.close();
      clearInterval(liveness);
      signal.removeEventListener('abort', abort);
      out.pull(true);
      err.pull(true);
      resolve({ exitCode, stdout: stdout.text(), stderr: stderr.text() });
    };
    const check = () => {
      if (done) return;
      out.pull();
      err.pull();
      const rc = readRc(dir);
      if (rc !== undefined) finish(rc >= 128 && signal.aborted ? null : rc);
    };
    const watcher = watch(dir, () => check());
    const liveness = setInterval(() => {
      if (done || dispatcherAlive()) return;
      check();
      if (done) return;
      const why =
        "orchestrate: the worker's tmux session ended before the subtask did (its dispatcher is gone)\n";
      stderr.push(why);
      onOutput('stderr', why);
      // Its command may outlive it (a process group of its own): ended too, as a timeout would.
      void onAbort().catch(() => undefined);
      finish(null);
    }, DISPATCHER_CHECK_MS);
    liveness.unref();
    // Stopping the command makes the dispatcher write `rc`; a dispatcher that is gone (its tmux server
    // killed) never will, so the outcome is settled without it a moment later.
    const abort = () =>
      void onAbort().then(() => {
        check();
        setTimeout(() => finish(null), 3000).unref();
      });
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
    check();
  });
}

const DISPATCHER_CHECK_MS = 2000;

/** Whether the dispatcher whose pid file is `pidFile` runs; true until it has written one. */
export function dispatcherRuns(pidFile: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return true;
  }
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function readRc(dir: string): number | undefined {
  try {
    const text = readFileSync(join(dir, 'rc'), 'utf8').trim();
    return /^\d+$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}
