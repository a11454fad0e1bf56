/** Running git for the orchestrator: no prompts, no hooks' surprises, and errors that say which command. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
    readonly code: number | null,
  ) {
    super(
      `git ${args.join(' ')} failed${code === null ? '' : ` (exit ${code})`}: ${stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  }
}

// The orchestrator's commits carry its own identity; worktrees made by root for a container user must not
// trip git's ownership check.
const BASE_ARGS = [
  '-c',
  'safe.directory=*',
  '-c',
  'user.name=orchestrate-action',
  '-c',
  'user.email=orchestrate-action@users.noreply.github.com',
  '-c',
  'commit.gpgsign=false',
];

export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', [...BASE_ARGS, ...args], {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; code?: number | null };
    throw new GitError(args, e.stderr ?? String(error), typeof e.code === 'number' ? e.code : null);
  }
}

export async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}
