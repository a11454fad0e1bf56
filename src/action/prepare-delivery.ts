/**
 * Before a run: where its work will go. A run about a pull request of this repository starts from that pull
 * request's head, which the action checks out itself (actions/checkout left the default branch, or the
 * merge commit of a `pull_request` event); a pull request that is closed or from a fork is refused before
 * anything of it is fetched. Every other run gets a branch of its own (see delivery/target.ts).
 */
import * as core from '@actions/core';
import { checkoutPullRequestHead, CheckoutError, inspectCheckout } from '../delivery/checkout.js';
import { readPullRequest } from '../delivery/pull-request-facts.js';
import {
  planDelivery,
  refusePullRequest,
  type DeliveryPlan,
  type PullRequestFacts,
} from '../delivery/target.js';
import type { ActionContext } from './context.js';
import type { GitHubGateway } from './github.js';
import type { ActionSettings } from './inputs.js';

export type PreparedDelivery =
  | { kind: 'ready'; plan: DeliveryPlan }
  /** Nothing runs. `failed`: something is wrong with the workflow or GitHub, not a decision about the request. */
  | { kind: 'refused'; reason: string; failed: boolean };

export interface DeliverySubject {
  issueNumber?: number;
  onPullRequest?: boolean;
}

export async function prepareDelivery(
  subject: DeliverySubject,
  settings: Pick<ActionSettings, 'pullRequest'>,
  ctx: ActionContext,
  gateway: GitHubGateway,
): Promise<PreparedDelivery> {
  const about =
    subject.issueNumber === undefined
      ? undefined
      : { number: subject.issueNumber, isPullRequest: subject.onPullRequest === true };
  let pullRequest: PullRequestFacts | undefined;
  if (about?.isPullRequest) {
    const read = await readPullRequest(gateway, about.number, ctx.payload);
    if (!read.facts) {
      return {
        kind: 'refused',
        failed: true,
        reason:
          `Could not read pull request #${about.number} (${read.error}), so whether it may be worked on ` +
          'is unknown: nothing was run.',
      };
    }
    const refusal = refusePullRequest(read.facts, `${ctx.owner}/${ctx.repo}`);
    if (refusal) return { kind: 'refused', failed: false, reason: refusal };
    pullRequest = read.facts;
    const before = await inspectCheckout(ctx.repoDir);
    if (!before.isRepository || !before.hasOrigin) {
      return {
        kind: 'refused',
        failed: true,
        reason:
          `${ctx.repoDir} is not a checkout of this repository with a remote 'origin' (is there an ` +
          `actions/checkout step before this one?), so the head of pull request #${about.number} cannot be ` +
          'checked out: nothing was run.',
      };
    }
    try {
      const commit = await checkoutPullRequestHead(ctx.repoDir, pullRequest);
      core.info(
        `Checked out ${pullRequest.headRef} at ${commit.slice(0, 12)}, the head of pull request #${about.number}` +
          (pullRequest.headSha && pullRequest.headSha !== commit
            ? ` (the event named ${pullRequest.headSha.slice(0, 12)}; the branch has moved since)`
            : ''),
      );
    } catch (error) {
      if (!(error instanceof CheckoutError)) throw error;
      return { kind: 'refused', failed: true, reason: `Nothing was run: ${error.message}.` };
    }
  }
  const defaultBranch = (ctx.payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  const plan = planDelivery({
    checkout: await inspectCheckout(ctx.repoDir),
    ...(about ? { subject: about } : {}),
    ...(pullRequest ? { pullRequest } : {}),
    mode: settings.pullRequest,
    ...(typeof defaultBranch === 'string' ? { defaultBranch } : {}),
  });
  core.info(describePlan(plan));
  return { kind: 'ready', plan };
}

function describePlan(plan: DeliveryPlan): string {
  switch (plan.kind) {
    case 'off':
      return `The work will not be pushed: ${plan.reason}.`;
    case 'pull-request-head':
      return `The work will be pushed to ${plan.pullRequest.headRef}, the head of pull request #${plan.pullRequest.number}.`;
    case 'new-branch':
      return (
        `The work will be pushed to a branch of its own on origin` +
        (plan.pullRequest === 'none'
          ? ''
          : `, with a ${plan.pullRequest} pull request against ${plan.base}`) +
        '.'
      );
  }
}
