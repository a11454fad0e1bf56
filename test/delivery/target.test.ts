import { describe, expect, it } from 'vitest';
import { branchUrl, compareUrl } from '../../src/delivery/links.js';
import { pullRequestFacts } from '../../src/delivery/pull-request-facts.js';
import {
  deliveryBranch,
  planDelivery,
  pushTarget,
  refusePullRequest,
  type CheckoutFacts,
  type PullRequestFacts,
} from '../../src/delivery/target.js';
import { example } from '../action/payloads.js';

const REPO = 'Codertocat/Hello-World';
const pr = (over: Partial<PullRequestFacts> = {}): PullRequestFacts => ({
  number: 5,
  state: 'open',
  merged: false,
  headRef: 'feature',
  headSha: 'a'.repeat(40),
  headRepo: REPO,
  baseRef: 'main',
  htmlUrl: `https://github.com/${REPO}/pull/5`,
  ...over,
});
const onMain: CheckoutFacts = { isRepository: true, branch: 'main', hasOrigin: true };

describe('which pull requests a run may work on', () => {
  it('an open one of this repository (names compared as GitHub does, without case)', () => {
    expect(refusePullRequest(pr(), REPO)).toBeUndefined();
    expect(refusePullRequest(pr({ headRepo: 'codertocat/hello-world' }), REPO)).toBeUndefined();
  });

  it('not one from a fork, saying why', () => {
    expect(refusePullRequest(pr({ headRepo: 'forker/Hello-World' }), REPO)).toMatch(
      /^Pull request #5 comes from the fork `forker\/Hello-World`: nothing of it is checked out or run here\./,
    );
    expect(refusePullRequest(pr({ headRepo: undefined }), REPO)).toBe(
      'The head repository of pull request #5 no longer exists: nothing is run on it.',
    );
  });

  it('not a closed or merged one', () => {
    expect(refusePullRequest(pr({ state: 'closed' }), REPO)).toMatch(/^Pull request #5 is closed: /);
    expect(refusePullRequest(pr({ state: 'closed', merged: true }), REPO)).toMatch(
      /^Pull request #5 is merged: /,
    );
  });

  it('reads the facts from a real webhook payload and from what the REST API answers', () => {
    const payload = example('pull_request_review_comment', 'created');
    expect(pullRequestFacts(payload.pull_request)).toMatchObject({
      number: 2,
      state: 'open',
      merged: false,
      headRef: 'changes',
      headRepo: REPO,
      baseRef: 'master',
    });
    expect(pullRequestFacts({ number: 1 })).toBeUndefined();
    expect(pullRequestFacts('nope')).toBeUndefined();
  });
});

describe('where the work goes', () => {
  it('a command on an issue: a branch of its own against the checked-out branch, closing the issue', () => {
    const plan = planDelivery({
      checkout: onMain,
      subject: { number: 7, isPullRequest: false },
      mode: 'draft',
    });
    expect(plan).toEqual({ kind: 'new-branch', base: 'main', pullRequest: 'draft', number: 7, closes: 7 });
    expect(deliveryBranch(plan as Exclude<typeof plan, { kind: 'off' }>, 'abc123')).toBe(
      'orchestrate/7-abc123',
    );
  });

  it('a run about nothing (a dispatch, a schedule): orchestrate/<planId>, closing nothing', () => {
    const plan = planDelivery({ checkout: onMain, mode: 'ready' });
    expect(plan).toEqual({ kind: 'new-branch', base: 'main', pullRequest: 'ready' });
    expect(deliveryBranch(plan as Exclude<typeof plan, { kind: 'off' }>, 'abc123')).toBe(
      'orchestrate/abc123',
    );
  });

  it('a command on a pull request: its head branch', () => {
    const plan = planDelivery({
      checkout: { ...onMain, branch: 'feature' },
      subject: { number: 5, isPullRequest: true },
      pullRequest: pr(),
      mode: 'draft',
    });
    expect(plan).toEqual({ kind: 'pull-request-head', pullRequest: pr() });
    expect(deliveryBranch(plan as Exclude<typeof plan, { kind: 'off' }>, 'abc123')).toBe('feature');
    // Conflicting work goes beside it under the run's name, not as `feature-<domain>`.
    expect(pushTarget(plan as Exclude<typeof plan, { kind: 'off' }>, 'abc123')).toEqual({
      remote: 'origin',
      branch: 'feature',
      conflictPrefix: 'orchestrate/5-abc123',
    });
  });

  it('a detached checkout: against the default branch', () => {
    const plan = planDelivery({
      checkout: { isRepository: true, hasOrigin: true },
      mode: 'draft',
      defaultBranch: 'develop',
    });
    expect(plan).toMatchObject({ kind: 'new-branch', base: 'develop' });
  });

  it('nowhere without a checkout or without origin, saying why', () => {
    expect(planDelivery({ checkout: { isRepository: false, hasOrigin: false }, mode: 'draft' })).toEqual({
      kind: 'off',
      reason: 'the workspace is not a git checkout with a commit, so there is no branch to push',
    });
    expect(planDelivery({ checkout: { ...onMain, hasOrigin: false }, mode: 'draft' })).toEqual({
      kind: 'off',
      reason: "the checkout has no remote 'origin' to push to",
    });
  });
});

describe('links', () => {
  const repo = { owner: 'Codertocat', repo: 'Hello-World' };

  it("GitHub's compare page, prefilled, for any branch name", () => {
    expect(compareUrl('https://github.com', repo, 'main', 'orchestrate/7-abc123')).toBe(
      'https://github.com/Codertocat/Hello-World/compare/main...orchestrate/7-abc123?expand=1',
    );
    expect(
      compareUrl('https://ghe.example.com/', repo, 'release/1.x', 'fix#12%', {
        title: 'Build login UI, Create JWT API & tests',
        body: 'Closes #7',
      }),
    ).toBe(
      'https://ghe.example.com/Codertocat/Hello-World/compare/release/1.x...fix%2312%25?expand=1' +
        '&title=Build+login+UI%2C+Create+JWT+API+%26+tests&body=Closes+%237',
    );
  });

  it('a branch page', () => {
    expect(branchUrl('https://github.com', repo, 'orchestrate/7-abc123')).toBe(
      'https://github.com/Codertocat/Hello-World/tree/orchestrate/7-abc123',
    );
  });
});
