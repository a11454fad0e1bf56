/**
 * A sandbox (run-bundle.ts) whose repository is a checkout of a real git remote, made the way actions/checkout
 * makes one (the token in a credentials file under RUNNER_TEMP, see test/support/checkout.ts), and a fake
 * GitHub API that knows the remote's branches (a pull request for a branch that was never pushed is refused,
 * as on GitHub). The action then pushes over real HTTP, with the checkout's own credentials.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { checkoutLikeActions, type Checkout, type CheckoutOptions } from '../support/checkout.js';
import { FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';
import { GitRemote, type GitRemoteOptions } from '../support/git-remote.js';
import { runAction, sandbox, type ActionRun, type RunOptions, type Sandbox } from './run-bundle.js';

export interface RepoOnRemote {
  box: Sandbox;
  remote: GitRemote;
  checkout: Checkout;
  github: FakeGitHub;
  /** Runs the action's bundle in the checkout, with RUNNER_TEMP where the checkout keeps its credentials. */
  run(options: Omit<RunOptions, 'apiUrl'>): Promise<ActionRun>;
  close(): Promise<void>;
}

export async function repoOnRemote(
  options: {
    remote?: GitRemoteOptions;
    checkout?: Omit<CheckoutOptions, 'dir' | 'runnerTemp'>;
    /** The fake GitHub's options, or a function of the remote (to seed a pull request at a branch's commit). */
    github?: FakeGitHubOptions | ((remote: GitRemote) => FakeGitHubOptions);
  } = {},
): Promise<RepoOnRemote> {
  const remote = await GitRemote.start({
    files: { 'README.md': '# Hello-World\n', 'shared.txt': 'base\n' },
    ...options.remote,
  });
  const box = sandbox();
  // sandbox() made a repository of its own; the checkout takes its place.
  rmSync(box.repo, { recursive: true, force: true });
  const checkout = await checkoutLikeActions(remote, {
    dir: box.repo,
    runnerTemp: path.join(box.dir, 'runner-temp'),
    ...options.checkout,
  });
  const github = await FakeGitHub.start({
    permissions: { Codertocat: 'write' },
    branchSha: (branch) => remote.sha(branch),
    ...(typeof options.github === 'function' ? options.github(remote) : options.github),
  });
  return {
    box,
    remote,
    checkout,
    github,
    run: (run) =>
      runAction(box, {
        ...run,
        apiUrl: github.url,
        env: { RUNNER_TEMP: checkout.runnerTemp, ...run.env },
      }),
    async close() {
      await github.close();
      await remote.close();
      rmSync(box.dir, { recursive: true, force: true });
    },
  };
}
