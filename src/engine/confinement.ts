/**
 * Bounds a run puts on its workers beyond the runtime's own: what a sandboxed local worker may not write or
 * read (see runtime/sandbox.ts), and how much of a subtask's result travels on (the full output is in the
 * worker's log).
 */
import { join } from 'node:path';
import type { WorktreeSet } from '../git/worktrees.js';
import { homeCredentialPaths } from '../runtime/sandbox.js';
import { socketDir } from '../runtime/tmux.js';
import type { Confinement } from '../runtime/types.js';

const DOCKER_SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];

/** A result longer than this is cut, with a marker saying where the rest is. */
export const MAX_RESULT_CHARS = 64 * 1024;

export function workerConfinement(
  workspace: string,
  worktrees: WorktreeSet | undefined,
  env: NodeJS.ProcessEnv,
): Confinement {
  return {
    // The user's checkout too: a worker works in its own worktree, and the checkout is never touched.
    readOnly: [workspace, ...(worktrees ? [worktrees.repoRoot, worktrees.commonDir] : [])],
    replace: worktrees ? [[worktrees.sanitizedConfig, join(worktrees.commonDir, 'config')]] : [],
    hidden: [
      ...(worktrees ? [join(worktrees.root, '.trusted')] : []),
      ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : []),
      ...(env.HOME ? homeCredentialPaths(env.HOME) : []),
      // Ways out of the sandbox: a tmux server (runs commands outside it), the Docker engine, the session bus.
      socketDir(env),
      ...DOCKER_SOCKETS,
      env.XDG_RUNTIME_DIR || `/run/user/${process.getuid?.() ?? 0}`,
    ],
  };
}

/**
 * The result as dependents, files and comments get it: at most about MAX_RESULT_CHARS, saying what was cut
 * and where all of it is. The end weighs more than the beginning: agents report last.
 */
export function capResult(result: string, logFile: string, max = MAX_RESULT_CHARS): string {
  if (result.length <= max) return result;
  const head = Math.floor(max / 4);
  const tail = max - head;
  const cut = result.length - max;
  return `${result.slice(0, head)}\n\n[… ${cut} characters of the result cut here; the full output is in ${logFile} …]\n\n${result.slice(-tail)}`;
}
