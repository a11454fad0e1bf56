/**
 * The GitHub side of a run's delivery, once the engine has pushed (or tried to push) its integration branch:
 * the pull request, or the commits on the head of the pull request the run was about. Whatever happens is
 * an outcome to tell; nothing here throws, and nothing here changes the run's result.
 */
import type { GitHubGateway } from '../action/github.js';
import type { RunResult } from '../engine/types.js';
import type { Logger } from '../util/logger.js';
import { fastForward, pushBranch } from './checkout.js';
import { branchUrl, compareUrl, type RepoPath } from './links.js';
import { conflictReports, type DeliveryOutcome, type PullRequestOutcome } from './outcome.js';
import { openPullRequest } from './pull-request.js';
import { pullRequestBody, pullRequestTitle } from './pull-request-body.js';
import type { DeliveryPlan } from './target.js';

export interface DeliveryContext {
  gateway: GitHubGateway;
  serverUrl: string;
  repo: RepoPath;
  /** The checkout (GITHUB_WORKSPACE). */
  repoDir: string;
  runUrl?: string;
  logger: Logger;
}

export interface DeliveryRequest {
  /** The request as asked: the pull request's title comes from it. */
  input: string;
  /** The status comment, for the pull request's body to point at. */
  commentUrl?: string;
}

export async function deliverOnGitHub(
  result: RunResult,
  plan: DeliveryPlan,
  request: DeliveryRequest,
  ctx: DeliveryContext,
): Promise<DeliveryOutcome> {
  if (plan.kind === 'off') return { kind: 'off', reason: plan.reason };
  const pushed = result.delivery;
  if (!pushed) return { kind: 'off', reason: 'the run made no git branch to push' };
  if (!pushed.branch) return { kind: 'nothing-changed' };
  const urlOf = (branch: string) => branchUrl(ctx.serverUrl, ctx.repo, branch);
  const conflicts = conflictReports(result, urlOf);
  if (!pushed.pushed) {
    const refused = {
      kind: 'not-pushed' as const,
      branch: pushed.branch,
      error: pushed.error ?? 'git push failed',
      conflicts,
    };
    // A pull request's branch that moved on (or is protected) must not cost the work: it goes beside it.
    const merged = result.branches?.merged;
    if (plan.kind !== 'pull-request-head' || !merged) return refused;
    const aside = `orchestrate/${plan.pullRequest.number}-${result.planId}`;
    const again = await pushBranch(ctx.repoDir, merged, aside);
    if (!again.pushed) {
      ctx.logger.warn(`could not push ${aside} either: ${again.error}`);
      return { ...refused, rescue: { branch: aside, pushed: false, error: again.error } };
    }
    ctx.logger.info(`pushed the work as ${aside} instead`);
    const compare = compareUrl(ctx.serverUrl, ctx.repo, plan.pullRequest.headRef, aside);
    return {
      ...refused,
      rescue: { branch: aside, pushed: true, branchUrl: urlOf(aside), compareUrl: compare },
    };
  }
  const base = {
    kind: 'pushed' as const,
    branch: pushed.branch,
    branchUrl: urlOf(pushed.branch),
    ...(pushed.commit ? { commit: pushed.commit } : {}),
    conflicts,
  };

  if (plan.kind === 'pull-request-head') {
    // The next run of a batch starts from these commits, and later steps of the job see them.
    const stuck = pushed.commit ? await fastForward(ctx.repoDir, pushed.commit) : undefined;
    if (stuck) ctx.logger.warn(`the checkout stays where it was: ${stuck}`);
    const pr = plan.pullRequest;
    return { ...base, pullRequest: { kind: 'head', number: pr.number, url: pr.htmlUrl } };
  }

  const title = pullRequestTitle(request.input);
  const byHand = compareUrl(ctx.serverUrl, ctx.repo, plan.base, pushed.branch, {
    title,
    ...(plan.closes !== undefined ? { body: `Closes #${plan.closes}` } : {}),
  });
  let pullRequest: PullRequestOutcome;
  if (result.status === 'cancelled') pullRequest = { kind: 'run-cancelled' };
  else if (plan.pullRequest === 'none') pullRequest = { kind: 'not-asked' };
  else {
    pullRequest = await openPullRequest(ctx.gateway, {
      head: pushed.branch,
      base: plan.base,
      title,
      body: pullRequestBody({
        result,
        request: request.input,
        ...(plan.closes !== undefined ? { closes: plan.closes } : {}),
        ...(plan.number !== undefined ? { askedOn: plan.number } : {}),
        runUrl: ctx.runUrl,
        commentUrl: request.commentUrl,
        conflicts,
        now: Date.now(),
      }),
      draft: plan.pullRequest === 'draft',
    });
  }
  if (pullRequest.kind === 'opened') {
    ctx.logger.info(
      `opened ${pullRequest.draft ? 'draft ' : ''}pull request #${pullRequest.number}: ${pullRequest.url}`,
    );
    return { ...base, pullRequest };
  }
  if (pullRequest.kind === 'forbidden' || pullRequest.kind === 'failed') {
    ctx.logger.warn(`could not open a pull request from ${pushed.branch}: ${pullRequest.message}`);
  }
  return { ...base, pullRequest, compareUrl: byHand };
}
