/**
 * Where a run's work goes, decided from facts gathered beforehand (the checkout, the pull request the run is
 * about, the `pull-request` input). Pure.
 *
 * - A run about an issue, or about nothing (a dispatch, a schedule), gets a branch of its own,
 *   `orchestrate/<issue-number>-<planId>` (`orchestrate/<planId>` without a number), and a pull request
 *   against the branch the run started from.
 * - A run about an open pull request of this repository works on the pull request's head and adds its
 *   commits there (that includes follow-up commands on a pull request a run opened). A pull request from a
 *   fork is refused: its branch cannot be pushed to with this repository's token, and its code must not run
 *   with this repository's secrets. A closed one is refused too: nobody is waiting on it.
 */
import type { PushTarget } from '../engine/options.js';

export type PullRequestMode = 'draft' | 'ready' | 'none';

/** What the action needs to know of a pull request (from the API, else the event's payload). */
export interface PullRequestFacts {
  number: number;
  state: string;
  merged: boolean;
  headRef: string;
  headSha: string;
  /** `owner/name` of the head's repository; undefined when that repository was deleted. */
  headRepo?: string;
  baseRef: string;
  htmlUrl: string;
}

/** The checkout the run starts from (GITHUB_WORKSPACE). */
export interface CheckoutFacts {
  /** A git repository with at least one commit. */
  isRepository: boolean;
  /** The checked-out branch; undefined on a detached HEAD. */
  branch?: string;
  hasOrigin: boolean;
}

export type DeliveryPlan =
  | {
      kind: 'new-branch';
      /** The branch the pull request goes against: the one the run started from. */
      base: string;
      pullRequest: PullRequestMode;
      /** The issue or pull request the run is about: in the branch's name. */
      number?: number;
      /** The issue a merged pull request closes. */
      closes?: number;
    }
  | { kind: 'pull-request-head'; pullRequest: PullRequestFacts }
  | { kind: 'off'; reason: string };

/** Why the action will not work on this pull request, or undefined when it will. */
export function refusePullRequest(pr: PullRequestFacts, repository: string): string | undefined {
  if (pr.state !== 'open') {
    return (
      `Pull request #${pr.number} is ${pr.merged ? 'merged' : 'closed'}: nothing is run on it. ` +
      'Reopen it, or comment on an issue to have the work delivered on a new branch.'
    );
  }
  if (!pr.headRepo) {
    return `The head repository of pull request #${pr.number} no longer exists: nothing is run on it.`;
  }
  if (pr.headRepo.toLowerCase() !== repository.toLowerCase()) {
    return (
      `Pull request #${pr.number} comes from the fork \`${pr.headRepo}\`: nothing of it is checked out or run ` +
      `here. The fork's branch cannot be pushed to with this repository's token, and its code must not run ` +
      `with this repository's secrets. A maintainer can push the branch to this repository, open a pull ` +
      `request from there and comment on that one.`
    );
  }
  return undefined;
}

export interface PlanInput {
  checkout: CheckoutFacts;
  /** The issue or pull request the run is about, if any. */
  subject?: { number: number; isPullRequest: boolean };
  /** The pull request of `subject`, already accepted by refusePullRequest. */
  pullRequest?: PullRequestFacts;
  mode: PullRequestMode;
  /** The repository's default branch: the base when the checkout is on a detached HEAD. */
  defaultBranch?: string;
}

export function planDelivery(input: PlanInput): DeliveryPlan {
  const { checkout, subject } = input;
  if (!checkout.isRepository) {
    return {
      kind: 'off',
      reason: 'the workspace is not a git checkout with a commit, so there is no branch to push',
    };
  }
  if (!checkout.hasOrigin) {
    return { kind: 'off', reason: "the checkout has no remote 'origin' to push to" };
  }
  if (subject?.isPullRequest && input.pullRequest) {
    return { kind: 'pull-request-head', pullRequest: input.pullRequest };
  }
  return {
    kind: 'new-branch',
    base: checkout.branch ?? input.defaultBranch ?? 'main',
    pullRequest: input.mode,
    ...(subject ? { number: subject.number } : {}),
    ...(subject && !subject.isPullRequest ? { closes: subject.number } : {}),
  };
}

/** The branch on `origin` the run's work is pushed to. */
export function deliveryBranch(plan: Exclude<DeliveryPlan, { kind: 'off' }>, planId: string): string {
  if (plan.kind === 'pull-request-head') return plan.pullRequest.headRef;
  return plan.number === undefined ? `orchestrate/${planId}` : `orchestrate/${plan.number}-${planId}`;
}

/**
 * Where the engine pushes: the delivery branch, with conflicting worker branches beside it. Beside a pull
 * request's head they are named after the run (`orchestrate/<pr>-<planId>-<domain>`), not after the head
 * (`feature-backend` would read as someone's branch).
 */
export function pushTarget(plan: Exclude<DeliveryPlan, { kind: 'off' }>, planId: string): PushTarget {
  const branch = deliveryBranch(plan, planId);
  return plan.kind === 'pull-request-head'
    ? { remote: 'origin', branch, conflictPrefix: `orchestrate/${plan.pullRequest.number}-${planId}` }
    : { remote: 'origin', branch };
}
