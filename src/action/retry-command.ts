/**
 * `/orchestrate retry <planId>`: the plan's failed, timed-out, cancelled and skipped subtasks run again;
 * completed ones keep their results (their dependents get them as context) and their work. It is a run like
 * any other (run-request.ts), prepared here to continue where the plan is:
 *
 * - its files: on this runner, or else back from its newest artifact;
 * - its work: the branch it went to (github.json, see plan-record.ts) is fetched and its tip is where the new
 *   worker branches start, so the completed subtasks' changes are there on a runner that never had their
 *   branches, and the new commits land on that same branch as a fast-forward. A plan on a branch of its own
 *   with an open pull request goes on as a command on that pull request would (no second pull request), and
 *   the pull request's body is brought up to date; a plan on a pull request's branch goes on there, after
 *   the checks any run on a pull request gets;
 * - its status comment: the same one, edited in place, with a line saying who asked for the retry. One
 *   comment per plan always says where the whole plan stands, and the pull request's link to it stays
 *   right; a short reply on the retry's thread says what runs again and links it.
 */
import * as core from '@actions/core';
import { readRunState, type RunState } from '../engine/run-files.js';
import { readWorkerResults } from '../engine/worker-results.js';
import type { RunResult } from '../engine/types.js';
import { runIsLive } from '../lifecycle/active-runs.js';
import { deleteLocalBranches, fetchBranchTip, inspectCheckout } from '../delivery/checkout.js';
import { branchUrl } from '../delivery/links.js';
import type { ConflictReport } from '../delivery/outcome.js';
import { pullRequestBody } from '../delivery/pull-request-body.js';
import { planDelivery, type DeliveryPlan } from '../delivery/target.js';
import { tryGit } from '../git/git.js';
import { artifactName, restoreRunArtifact } from './artifacts.js';
import { reply } from './commands.js';
import type { ActionContext } from './context.js';
import { runDirOf } from './engine.js';
import type { GitHubGateway } from './github.js';
import type { ActionSettings } from './inputs.js';
import { planBranch, readPlanRecord, type PlanRecord, type RecordedDelivery } from './plan-record.js';
import { prepareDelivery, type PreparedDelivery } from './prepare-delivery.js';
import type { RunRequest } from './run-request.js';
import type { CommentRef, Trigger } from './trigger.js';

type RetryTrigger = Extract<Trigger, { kind: 'retry' }>;

export type PreparedRetry =
  | { kind: 'ready'; plan: DeliveryPlan; request: RunRequest }
  /** Nothing runs; the reason is the reply. `failed`: the step fails too (something is wrong, not a decision). */
  | { kind: 'refused'; reason: string; failed: boolean };

const refused = (reason: string, failed = false): PreparedRetry => ({ kind: 'refused', reason, failed });

export async function prepareRetry(
  trigger: RetryTrigger,
  settings: ActionSettings,
  ctx: ActionContext,
  gateway: GitHubGateway,
): Promise<PreparedRetry> {
  const { planId } = trigger;
  const runDir = runDirOf(settings.workspace, planId);
  let source = "the plan's files on this runner";
  if (!readRunState(runDir) && gateway.available) {
    core.info(
      `No run files for ${planId} in ${settings.workspace}; looking for artifact ${artifactName(planId)}`,
    );
    if (await restoreRunArtifact(gateway, settings.githubToken, planId, settings.workspace))
      source = `the workflow artifact \`${artifactName(planId)}\``;
  }
  const state = readRunState(runDir);
  if (!state) {
    return refused(
      `Plan \`${planId}\` not found: there are no run files for it on this runner, and no artifact ` +
        `\`${artifactName(planId)}\` in this repository (artifacts expire after the repository's retention ` +
        'period; a plan made by a version of the action without retry cannot be retried). Nothing was run.',
    );
  }
  if (runIsLive(settings.workspace, planId)) {
    return refused(
      `Plan \`${planId}\` is running: \`/orchestrate cancel ${planId}\` first, or wait for it to end. Nothing was run.`,
    );
  }
  const previous = readWorkerResults(runDir);
  const left = state.plan.subtasks.filter((s) => previous.get(s.id)?.status !== 'completed');
  if (left.length === 0) {
    return refused(
      `Plan \`${planId}\` completed: all ${state.plan.subtasks.length} of its subtasks are done, so there is ` +
        'nothing to run again.',
    );
  }

  const { record, error } = readPlanRecord(runDir);
  if (error && error !== 'missing') core.warning(`Plan ${planId}: ${error}; going by its run files alone.`);
  const repository = `${ctx.owner}/${ctx.repo}`;
  if (record && record.repository.toLowerCase() !== repository.toLowerCase()) {
    return refused(`Plan \`${planId}\` ran in ${record.repository}, not here: nothing was run.`);
  }
  const delivery = record?.delivery ?? (await recordedElsewhere(state, planId, ctx, gateway));
  const where = await whereTheWorkGoes(trigger, delivery, settings, ctx, gateway);
  if (where.prepared.kind === 'refused') return where.prepared;
  const plan = where.prepared.plan;
  const base = delivery && plan.kind !== 'off' ? await baseOf(delivery, plan, planId, ctx) : undefined;

  const kept = state.plan.subtasks.filter((s) => previous.get(s.id)?.status === 'completed');
  const again = left.map((s) => `\`${s.id}\` (${previous.get(s.id)?.status ?? 'not started'})`).join(', ');
  const keeping = kept.length > 0 ? `; keeping ${kept.map((s) => `\`${s.id}\``).join(', ')} (completed)` : '';
  const asked = `🔁 Retry asked by @${trigger.comment.author.login}${linkTo(trigger.comment, ctx)}: running again ${again}${keeping}.`;
  const issueNumber = record?.issueNumber ?? trigger.issueNumber;
  const branch = delivery?.kind === 'new-branch' ? delivery.branch : undefined;
  const request: RunRequest = {
    input: state.plan.taskDescription,
    label: `retry of ${planId}`,
    issueNumber,
    takeUp: {
      planId,
      ...(base ? { base } : {}),
      ...(branch ? { branch } : {}),
      ...(record ? { record } : {}),
      notes: [asked],
      ...(where.ownPullRequest !== undefined ? { ownPullRequest: where.ownPullRequest } : {}),
    },
  };
  await reply(
    gateway,
    trigger.comment,
    retryReply(planId, source, again + keeping, record, issueNumber, ctx, plan),
  );
  return { kind: 'ready', plan, request };
}

/**
 * For a plan run before github.json existed: its branch from the push target kept in its settings
 * (`orchestrate/<number>-<planId>` is a branch of its own; any other is a pull request's head).
 */
async function recordedElsewhere(
  state: RunState,
  planId: string,
  ctx: ActionContext,
  gateway: GitHubGateway,
): Promise<RecordedDelivery | undefined> {
  const branch = state.settings?.push?.branch;
  if (!branch) return undefined;
  const own = new RegExp(`^orchestrate/(?:(\\d+)-)?${planId}$`).exec(branch);
  if (own) {
    const defaultBranch = (ctx.payload.repository as { default_branch?: unknown } | undefined)
      ?.default_branch;
    return {
      kind: 'new-branch',
      branch,
      base: typeof defaultBranch === 'string' ? defaultBranch : 'main',
      ...(own[1] ? { closes: Number(own[1]) } : {}),
    };
  }
  const pr = await openPullRequestFrom(gateway, branch);
  return pr ? { kind: 'pull-request-head', branch, pullRequest: pr } : undefined;
}

async function openPullRequestFrom(
  gateway: GitHubGateway,
  branch: string,
): Promise<{ number: number; url: string } | undefined> {
  const listed = await gateway.call(`looking for the pull request of ${branch}`, (o) =>
    o.rest.pulls.list({
      ...gateway.repo,
      head: `${gateway.repo.owner}:${branch}`,
      state: 'open',
      per_page: 5,
    }),
  );
  const pr = listed?.data.find((p) => p.head.ref === branch);
  return pr ? { number: pr.number, url: pr.html_url } : undefined;
}

/**
 * Where the retried work goes: where the plan's went. A plan with a branch of its own and an open pull
 * request from it goes on as a command on that pull request would (checked out, pushed on top, no second
 * pull request); without one, on its branch, and a pull request is opened as for a new run.
 */
async function whereTheWorkGoes(
  trigger: RetryTrigger,
  delivery: RecordedDelivery | undefined,
  settings: ActionSettings,
  ctx: ActionContext,
  gateway: GitHubGateway,
): Promise<{ prepared: PreparedDelivery; ownPullRequest?: number }> {
  if (!delivery) {
    // Its work never went anywhere (no checkout, delivery off): it goes where a new run's would.
    return { prepared: await prepareDelivery(trigger, settings, ctx, gateway) };
  }
  if (delivery.kind === 'pull-request-head') {
    const subject = { issueNumber: delivery.pullRequest.number, onPullRequest: true };
    return { prepared: await prepareDelivery(subject, settings, ctx, gateway) };
  }
  const pr = await openPullRequestFrom(gateway, delivery.branch);
  if (pr) {
    const subject = { issueNumber: pr.number, onPullRequest: true };
    return { prepared: await prepareDelivery(subject, settings, ctx, gateway), ownPullRequest: pr.number };
  }
  const checked = planDelivery({ checkout: await inspectCheckout(ctx.repoDir), mode: settings.pullRequest });
  if (checked.kind === 'off') return { prepared: { kind: 'ready', plan: checked } };
  return {
    prepared: {
      kind: 'ready',
      plan: {
        kind: 'new-branch',
        base: delivery.base,
        pullRequest: settings.pullRequest,
        ...(delivery.closes !== undefined ? { number: delivery.closes, closes: delivery.closes } : {}),
      },
    },
  };
}

/**
 * The commit the retried work starts from: the tip of the plan's own branch when it holds the latest work
 * (a cancelled run's, or what a pull request's branch refused), else of the branch the work goes to.
 * Undefined when neither is on origin (the plan's own base then). The plan's worker branches from an earlier
 * run on this machine are dropped once a tip is found: their work is in it, and every worker then starts
 * from it, as on a fresh runner.
 */
async function baseOf(
  delivery: RecordedDelivery,
  plan: Exclude<DeliveryPlan, { kind: 'off' }>,
  planId: string,
  ctx: ActionContext,
): Promise<string | undefined> {
  const target = plan.kind === 'pull-request-head' ? plan.pullRequest.headRef : delivery.branch;
  const own = planBranch(delivery, planId);
  const targetTip = await fetchBranchTip(ctx.repoDir, target);
  let base = targetTip;
  if (own !== target) {
    const ownTip = await fetchBranchTip(ctx.repoDir, own, 100);
    const ahead =
      ownTip !== undefined &&
      (targetTip === undefined ||
        (await tryGit(ctx.repoDir, ['merge-base', '--is-ancestor', targetTip, ownTip])) !== undefined);
    if (ahead) base = ownTip;
  }
  if (!base) {
    core.warning(
      `Neither ${target} nor ${own} is on origin: the retried work starts from the plan's own base, where this ` +
        'runner has it, else from the checkout.',
    );
    return undefined;
  }
  core.info(
    `The retried work starts from ${base.slice(0, 12)}, the tip of ${base === targetTip ? target : own}.`,
  );
  try {
    const dropped = await deleteLocalBranches(ctx.repoDir, `orchestrate/${planId}/`);
    if (dropped.length > 0) core.info(`Dropped the earlier worker branches ${dropped.join(', ')}.`);
  } catch (error) {
    core.warning(`Could not drop the earlier worker branches of ${planId}: ${String(error)}`);
  }
  return base;
}

/** ` ([comment](…))`: where the retry was asked. */
function linkTo(comment: CommentRef, ctx: ActionContext): string {
  const repo = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`;
  const url =
    comment.kind === 'review'
      ? `${repo}/pull/${comment.issueNumber}#discussion_r${comment.commentId}`
      : `${repo}/issues/${comment.issueNumber}#issuecomment-${comment.commentId}`;
  return ` ([comment](${url}))`;
}

function retryReply(
  planId: string,
  source: string,
  what: string,
  record: PlanRecord | undefined,
  issueNumber: number | undefined,
  ctx: ActionContext,
  plan: DeliveryPlan,
): string {
  const branch =
    plan.kind === 'pull-request-head'
      ? `the branch of pull request [#${plan.pullRequest.number}](${plan.pullRequest.htmlUrl})`
      : plan.kind === 'new-branch' && record?.delivery
        ? `[\`${record.delivery.branch}\`](${branchUrl(ctx.serverUrl, ctx, record.delivery.branch)})`
        : undefined;
  const status =
    record?.statusComment && record.issueNumber === issueNumber
      ? `its [status comment](${record.statusComment.url}) follows the run`
      : 'a status comment follows the run';
  return [
    `🔁 Retrying plan \`${planId}\` (from ${source}): running again ${what}.`,
    `${branch ? `The work goes on ${branch}; ` : ''}${status}.`,
  ].join(' ');
}

/** The body of the pull request a plan opened, brought up to date after a retry pushed to it. */
export async function refreshPullRequestBody(
  gateway: GitHubGateway,
  number: number,
  result: RunResult,
  about: {
    request: string;
    closes?: number;
    runUrl?: string;
    commentUrl?: string;
    conflicts: readonly ConflictReport[];
  },
): Promise<void> {
  const body = pullRequestBody({ result, ...about, now: Date.now() });
  await gateway.call(`updating the body of pull request #${number}`, (o) =>
    o.rest.pulls.update({ ...gateway.repo, pull_number: number, body }),
  );
}
