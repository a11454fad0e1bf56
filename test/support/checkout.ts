/**
 * A checkout of a GitRemote made the way actions/checkout leaves one on a runner (its src/git-auth-helper.ts
 * and src/git-source-provider.ts), so code that pushes from GITHUB_WORKSPACE meets what it will meet there:
 *
 * - `origin` is `<server>/<owner>/<repo>`, with no credentials in it;
 * - the token travels as an HTTP header, `http.<server>/.extraheader = AUTHORIZATION: basic
 *   base64(x-access-token:<token>)`. Since actions/checkout v6 that line lives in a file of its own,
 *   `$RUNNER_TEMP/git-credentials-<uuid>.config`, which the repository's config includes with
 *   `includeIf.gitdir:<repo>/.git.path` (and `…/.git/worktrees/*.path`, so worktrees get it too; plus the
 *   same two for the `/github/workspace` path inside container actions). v4 and v5 wrote the extraheader into
 *   `.git/config` itself: `credentials: 'config'` makes that kind;
 * - a shallow fetch (`--depth=1` by default) of the one commit, checked out as a local branch with
 *   `git checkout --force -B <branch> refs/remotes/origin/<branch>`;
 * - with `persistCredentials: false` the credentials are removed again after the checkout.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gitEnv, type GitRemote } from './git-remote.js';

export interface CheckoutOptions {
  /** Where to check out; default a new directory inside the remote's own temporary directory. */
  dir?: string;
  /** RUNNER_TEMP, where v6 keeps the credentials file; default a sibling of `dir`. */
  runnerTemp?: string;
  /** GITHUB_WORKSPACE, for the container paths of the includeIf lines; default `dir`. */
  workspace?: string;
  /** The branch to check out; default the remote's default branch. */
  ref?: string;
  /** `--depth`; 0 fetches all history. Default 1, as actions/checkout. */
  fetchDepth?: number;
  /** actions/checkout's `persist-credentials`; default true. */
  persistCredentials?: boolean;
  /** `file`: v6 and later (includeIf of a credentials file); `config`: v4/v5 (extraheader in .git/config). */
  credentials?: 'file' | 'config';
  /** The token; default the remote's. A wrong one makes a checkout whose later pushes are refused. */
  token?: string;
}

export interface Checkout {
  dir: string;
  runnerTemp: string;
  /** The branch checked out. */
  branch: string;
  /** The credentials file (v6 style), when credentials persist in one. */
  credentialsFile?: string;
  /** The environment git runs with here: no machine configuration, no prompts, a committer. */
  env: Record<string, string>;
  /**
   * Runs git in the checkout and answers its stdout; throws with stderr on failure. Asynchronous, as the
   * remote's server runs in the test's own process: a synchronous git would block it and never get an answer.
   */
  git(...args: string[]): Promise<string>;
  /** Writes files, commits all changes; answers the commit. */
  commit(files: Record<string, string>, message: string): Promise<string>;
}

const run = promisify(execFile);

export async function checkoutLikeActions(
  remote: GitRemote,
  options: CheckoutOptions = {},
): Promise<Checkout> {
  const dir = options.dir ?? path.join(remote.dir, `checkout-${randomUUID().slice(0, 8)}`);
  const runnerTemp = options.runnerTemp ?? `${dir}-runner-temp`;
  const workspace = options.workspace ?? dir;
  const branch = options.ref ?? remote.defaultBranch;
  const sha = remote.sha(branch);
  if (!sha) throw new Error(`The remote has no branch '${branch}' to check out`);
  mkdirSync(dir, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const home = path.join(runnerTemp, 'home');
  mkdirSync(home, { recursive: true });
  const env = {
    ...gitEnv(home),
    GIT_AUTHOR_NAME: 'github-actions[bot]',
    GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'github-actions[bot]',
    GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  };
  const git = async (...args: string[]) => {
    try {
      return (await run('git', args, { cwd: dir, env, encoding: 'utf8' })).stdout;
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? '';
      throw new Error(`git ${args.join(' ')} failed in ${dir}:\n${stderr}`, { cause: error });
    }
  };

  await git('init', '-q');
  await git('remote', 'add', 'origin', remote.cloneUrl);
  await git('config', '--local', 'gc.auto', '0');
  const key = `http.${new URL(remote.url).origin}/.extraheader`;
  const header = remote.authorizationHeader(options.token ?? remote.token);
  let credentialsFile: string | undefined;
  if (options.credentials === 'config') {
    await git('config', '--local', key, header);
  } else {
    credentialsFile = path.join(runnerTemp, `git-credentials-${randomUUID()}.config`);
    await git('config', '--file', credentialsFile, key, header);
    const gitDir = path.join(dir, '.git');
    const containerGitDir = path.posix.join('/github/workspace', path.relative(workspace, dir), '.git');
    const containerFile = path.posix.join('/github/runner_temp', path.basename(credentialsFile));
    await git('config', '--local', `includeIf.gitdir:${gitDir}.path`, credentialsFile);
    await git('config', '--local', `includeIf.gitdir:${gitDir}/worktrees/*.path`, credentialsFile);
    await git('config', '--local', `includeIf.gitdir:${containerGitDir}.path`, containerFile);
    await git('config', '--local', `includeIf.gitdir:${containerGitDir}/worktrees/*.path`, containerFile);
  }
  const depth = options.fetchDepth ?? 1;
  await git(
    '-c',
    'protocol.version=2',
    'fetch',
    '--no-tags',
    '--prune',
    '--no-recurse-submodules',
    ...(depth > 0 ? [`--depth=${depth}`] : []),
    'origin',
    `+${sha}:refs/remotes/origin/${branch}`,
  );
  await git('checkout', '--progress', '--force', '-B', branch, `refs/remotes/origin/${branch}`);
  if (options.persistCredentials === false) {
    if (options.credentials === 'config') await git('config', '--local', '--unset-all', key);
    removeIncludes(path.join(dir, '.git', 'config'));
    if (credentialsFile) rmSync(credentialsFile, { force: true });
    credentialsFile = undefined;
  }

  return {
    dir,
    runnerTemp,
    branch,
    credentialsFile,
    env,
    git,
    async commit(files, message) {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      await git('add', '-A');
      await git('commit', '-q', '-m', message);
      return (await git('rev-parse', 'HEAD')).trim();
    },
  };
}

/** Drops the includeIf sections that point at credentials files, as actions/checkout's cleanup does. */
function removeIncludes(configFile: string): void {
  const text = readFileSync(configFile, 'utf8');
  writeFileSync(configFile, text.replace(/\[includeIf "gitdir:[^"]*"\]\n(\tpath = [^\n]*\n)+/g, ''));
}
