/**
 * What a run shares through its git remote when its subtasks run on runners of their own (the `actions`
 * runtime): the plan, each subtask's result, and the domain branches. Refs outside `refs/heads/` hold the
 * plan and the results, so they never show up as branches, and no artifact service is needed:
 *
 *   refs/orchestrate/<planId>/plan               a commit whose tree holds run-state.json (the plan, the
 *                                                run's settings, the base commit); its parent is the base
 *                                                commit, so fetching the plan brings the base along
 *   refs/orchestrate/<planId>/results/<taskId>   a commit whose tree holds result.json (the subtask's result);
 *                                                a later attempt's commit has the earlier one as its parent
 *   refs/heads/orchestrate/<planId>/<domain>     the domain's branch, as for a run on one machine
 */
import { spawn } from 'node:child_process';
import { git, gitArgs, gitEnv, tryGit, type GitOptions } from './git.js';

export const PLAN_FILE = 'run-state.json';
export const RESULT_FILE = 'result.json';

export const planRef = (planId: string) => `refs/orchestrate/${planId}/plan`;
export const resultRef = (planId: string, taskId: string) => `refs/orchestrate/${planId}/results/${taskId}`;
export const domainBranch = (planId: string, domain: string) => `orchestrate/${planId}/${domain}`;

/** Runs git with `input` on stdin (hash-object, mktree), with the same safety as git.ts. */
function gitInput(cwd: string, args: string[], input: string, options: GitOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgs(args, options), { cwd, env: gitEnv(options.trusted) });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`git ${args.join(' ')} failed: ${err.trim()}`)),
    );
    child.stdin.end(input);
  });
}

/** A commit holding one file, on top of `parents`; answers its id. Nothing is checked out. */
export async function commitFile(
  repoDir: string,
  file: string,
  text: string,
  parents: readonly string[],
  message: string,
  options: GitOptions = {},
): Promise<string> {
  const blob = (await gitInput(repoDir, ['hash-object', '-w', '--stdin'], text, options)).trim();
  const tree = (await gitInput(repoDir, ['mktree'], `100644 blob ${blob}\t${file}\n`, options)).trim();
  const parentArgs = parents.flatMap((p) => ['-p', p]);
  return (await git(repoDir, ['commit-tree', tree, ...parentArgs, '-m', message], options)).trim();
}

/** The refs of `remote` under `prefixes` (e.g. `refs/orchestrate/<planId>/`), ref → commit. */
export async function remoteRefs(
  repoDir: string,
  remote: string,
  patterns: readonly string[],
  options: GitOptions = {},
): Promise<Map<string, string>> {
  const out = await git(repoDir, ['ls-remote', remote, ...patterns], options);
  const refs = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (sha && ref) refs.set(ref, sha);
  }
  return refs;
}

/** Fetches each remote ref into the local ref of the same name (forced: these refs are the remote's to say). */
export async function fetchRefs(
  repoDir: string,
  remote: string,
  refs: readonly string[],
  options: GitOptions = {},
): Promise<void> {
  if (refs.length === 0) return;
  await git(
    repoDir,
    ['fetch', '-q', '--no-tags', '--no-recurse-submodules', remote, ...refs.map((r) => `+${r}:${r}`)],
    options,
  );
}

/** A file's text at a local ref, undefined when the ref or the file is not there. */
export function readAt(
  repoDir: string,
  ref: string,
  file: string,
  options: GitOptions = {},
): Promise<string | undefined> {
  return tryGit(repoDir, ['show', `${ref}:${file}`], options);
}

/** Pushes `source:target` pairs in one go, never forced unless a pair says `+`; all or nothing. */
export async function pushRefs(
  repoDir: string,
  remote: string,
  refspecs: readonly string[],
  options: GitOptions = {},
): Promise<void> {
  await git(repoDir, ['push', '-q', '--atomic', remote, ...refspecs], options);
}
