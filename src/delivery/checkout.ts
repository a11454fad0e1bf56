/**
 * The action's own git work in the checkout (GITHUB_WORKSPACE), all of it before any worker runs or after
 * every worker is gone: what the checkout is, and, for a run about a pull request, fetching and checking out
 * the pull request's head the way actions/checkout checks out a branch. It uses the credentials the checkout
 * already has (actions/checkout's extraheader) and never prompts (src/git/git.ts: GIT_TERMINAL_PROMPT=0,
 * hooks off).
 */
import { git, GitError, tryGit } from '../git/git.js';
import type { CheckoutFacts, PullRequestFacts } from './target.js';

export async function inspectCheckout(dir: string): Promise<CheckoutFacts> {
  const head = (await tryGit(dir, ['rev-parse', '--verify', '-q', 'HEAD']))?.trim();
  if (!head) return { isRepository: false, hasOrigin: false };
  const branch = (await tryGit(dir, ['symbolic-ref', '--short', '-q', 'HEAD']))?.trim() || undefined;
  const origin = (await tryGit(dir, ['remote', 'get-url', 'origin']))?.trim();
  return { isRepository: true, ...(branch ? { branch } : {}), hasOrigin: Boolean(origin) };
}

export class CheckoutError extends Error {}

/**
 * Fetches the pull request's head branch from `origin` (one commit deep when the checkout is shallow, as
 * actions/checkout leaves it by default) and checks it out as a local branch of the same name. Answers the
 * commit checked out: the head as it is now, which may be newer than the event said.
 */
export async function checkoutPullRequestHead(dir: string, pr: PullRequestFacts): Promise<string> {
  const ref = pr.headRef;
  // A name git would read as an option, or not as a branch at all, never reaches a command line.
  if (ref.startsWith('-') || (await tryGit(dir, ['check-ref-format', `refs/heads/${ref}`])) === undefined) {
    throw new CheckoutError(`the head branch of pull request #${pr.number} has an unusable name: '${ref}'`);
  }
  const shallow = (await tryGit(dir, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
  try {
    await git(dir, [
      '-c',
      'protocol.version=2',
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      ...(shallow ? ['--depth=1'] : []),
      'origin',
      `+refs/heads/${ref}:refs/remotes/origin/${ref}`,
    ]);
    await git(dir, ['checkout', '-q', '--force', '-B', ref, `refs/remotes/origin/${ref}`]);
    return (await git(dir, ['rev-parse', 'HEAD'])).trim();
  } catch (error) {
    const why = error instanceof GitError ? lastLines(error.stderr) : String(error);
    throw new CheckoutError(
      `could not check out '${ref}', the head branch of pull request #${pr.number}: ${why}`,
    );
  }
}

/**
 * Fetches `branch` from `origin` (`depth` commits deep when the checkout is shallow, as actions/checkout
 * leaves it) and answers its tip, or undefined when origin has no such branch (or cannot be reached).
 * Before any worker runs.
 */
export async function fetchBranchTip(dir: string, branch: string, depth = 1): Promise<string | undefined> {
  if (
    branch.startsWith('-') ||
    (await tryGit(dir, ['check-ref-format', `refs/heads/${branch}`])) === undefined
  )
    return undefined;
  const shallow = (await tryGit(dir, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
  const fetched = await tryGit(dir, [
    '-c',
    'protocol.version=2',
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    ...(shallow ? [`--depth=${depth}`] : []),
    'origin',
    `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
  ]);
  if (fetched === undefined) return undefined;
  return (
    await tryGit(dir, ['rev-parse', '--verify', '-q', `refs/remotes/origin/${branch}^{commit}`])
  )?.trim();
}

/** Deletes the local branches under `prefix` (e.g. `orchestrate/<planId>/`); answers their names. */
export async function deleteLocalBranches(dir: string, prefix: string): Promise<string[]> {
  const listed = await tryGit(dir, ['for-each-ref', '--format=%(refname:short)', `refs/heads/${prefix}`]);
  const names = (listed ?? '').split('\n').filter(Boolean);
  if (names.length > 0) await git(dir, ['branch', '-q', '-D', ...names]);
  return names;
}

/**
 * Configuration for the calls made after workers ran: none of the user's or the machine's. A local worker may
 * write to HOME, so a `~/.gitconfig` could by then define a filter or merge driver that a working-tree update
 * would run in this process (with the job's tokens); the repository's own config, which no worker can write
 * (see runtime/sandbox.ts), still applies, with the checkout's credentials.
 */
const AFTER_WORKERS = { trusted: { global: '/dev/null', system: '/dev/null' } };

/**
 * Moves the checked-out branch up to the commit just pushed to it, so the next run of a batch starts from
 * there (and later steps of the job see the work). Answers why it could not, if it could not.
 */
export async function fastForward(dir: string, commit: string): Promise<string | undefined> {
  try {
    await git(dir, ['merge', '-q', '--ff-only', commit], AFTER_WORKERS);
    return undefined;
  } catch (error) {
    return error instanceof GitError ? lastLines(error.stderr) : String(error);
  }
}

/** Pushes a local branch to `origin` under another name, never forced; answers git's reason when refused. */
export async function pushBranch(
  dir: string,
  localBranch: string,
  remoteBranch: string,
): Promise<{ pushed: true } | { pushed: false; error: string }> {
  try {
    await git(
      dir,
      ['push', '-q', 'origin', `refs/heads/${localBranch}:refs/heads/${remoteBranch}`],
      AFTER_WORKERS,
    );
    return { pushed: true };
  } catch (error) {
    return { pushed: false, error: error instanceof GitError ? lastLines(error.stderr) : String(error) };
  }
}

function lastLines(stderr: string): string {
  return (
    stderr
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('hint:'))
      .slice(-3)
      .join(' ') || 'git failed'
  );
}
