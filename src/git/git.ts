/**
 * Running git for the orchestrator. Workers write into their worktrees (and, in the local runtime, may write
 * anywhere their user can), so the host never lets anything a worker could have written decide what git
 * runs:
 * - hooks and fsmonitor are off for every call (`core.hooksPath=/dev/null`, `core.fsmonitor=false`);
 * - a worktree is always addressed by its git directory and work tree explicitly (`--git-dir`,
 *   `--work-tree`), so a `.git` file the worker rewrote is never followed, and git's ownership check
 *   (`safe.directory`) does not apply: it guards repository discovery, which never happens here;
 * - global and system configuration come from snapshots taken when the run started, before any worker ran
 *   (see trusted-config.ts), so a worker that writes `~/.gitconfig` cannot define filters, merge drivers or
 *   credential helpers for the host's git;
 * - the caller's `GIT_*` variables that would point git elsewhere (GIT_DIR, GIT_INDEX_FILE, …, e.g. when the
 *   orchestrator runs from a git hook) or change the commit identity are dropped.
 */
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

/** Global and system configuration files the host's git reads instead of the live ones. */
export interface TrustedConfig {
  global: string;
  system: string;
}

export interface GitOptions {
  /** The git directory of a worktree (`<repo>/.git/worktrees/<name>`); set with `workTree`. */
  gitDir?: string;
  workTree?: string;
  trusted?: TrustedConfig;
}

const BASE_ARGS = [
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.fsmonitor=false',
  // The orchestrator's commits carry its own identity.
  '-c',
  'user.name=orchestrate-action',
  '-c',
  'user.email=orchestrate-action@users.noreply.github.com',
  '-c',
  'commit.gpgsign=false',
];

/** GIT_* variables that only tune transport or tracing; every other GIT_* of the caller is dropped. */
const KEPT_GIT_VARIABLES = new Set([
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_SSH_VARIANT',
  'GIT_ASKPASS',
  'GIT_TRACE',
  'GIT_TRACE_PACKET',
  'GIT_TRACE_CURL',
  'GIT_CURL_VERBOSE',
  'GIT_EXEC_PATH',
]);

export function gitEnv(trusted?: TrustedConfig, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (!name.startsWith('GIT_') || KEPT_GIT_VARIABLES.has(name)) env[name] = value;
  }
  env.GIT_TERMINAL_PROMPT = '0';
  env.LC_ALL = 'C';
  if (trusted) {
    env.GIT_CONFIG_GLOBAL = trusted.global;
    env.GIT_CONFIG_SYSTEM = trusted.system;
  }
  return env;
}

export function gitArgs(args: readonly string[], options: GitOptions = {}): string[] {
  const location =
    options.gitDir !== undefined
      ? [`--git-dir=${options.gitDir}`, `--work-tree=${options.workTree ?? '.'}`]
      : [];
  return [...location, ...BASE_ARGS, ...args];
}

export async function git(cwd: string, args: string[], options: GitOptions = {}): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', gitArgs(args, options), {
      cwd,
      env: gitEnv(options.trusted),
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; code?: number | null };
    throw new GitError(args, e.stderr ?? String(error), typeof e.code === 'number' ? e.code : null);
  }
}

export async function tryGit(
  cwd: string,
  args: string[],
  options: GitOptions = {},
): Promise<string | undefined> {
  try {
    return await git(cwd, args, options);
  } catch {
    return undefined;
  }
}
