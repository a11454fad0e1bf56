/**
 * The action: read the inputs and the event, decide what was asked, check who asked, run, report. The
 * bundle is both the main step and the post step (action.yml `post`); state saved in the main step tells
 * them apart.
 */
import * as core from '@actions/core';
import { InputError, errorMessage } from '../util/errors.js';
import { killAllCommand, planStatusCommand, reply } from './commands.js';
import { Inputs, Outputs, State } from './constants.js';
import { readContext, type ActionContext } from './context.js';
import { createOctokit, GitHubGateway } from './github.js';
import { getSettings, splitList, type ActionSettings } from './inputs.js';
import { glob, hasMagic } from './glob.js';
import { checkCommenter } from './permissions.js';
import { cancelCommand } from './cancel-command.js';
import { runPost } from './post.js';
import { incompleteSubtasks, setRunOutputs, writeJobSummary } from './report.js';
import { prepareDelivery } from './prepare-delivery.js';
import { prepareWorkers, type PreparedWorkers } from './prepare-workers.js';
import { prepareRetry } from './retry-command.js';
import { COMMENT_MARKER } from './render.js';
import { coreLogger } from './core-logger.js';
import { runRequest, type RunReport, type RunRequest } from './run-request.js';
import { parseTrigger, type CommentRef, type Trigger } from './trigger.js';
import { runWorker } from './worker.js';

export async function run(): Promise<void> {
  if (core.getState(State.IsPost) === 'true') {
    await runPost();
    return;
  }
  core.saveState(State.IsPost, 'true');
  try {
    await main();
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

async function main(): Promise<void> {
  const ctx = readContext();
  // The worker workflow's step: one subtask a coordinator dispatched, whatever else the event says.
  if (core.getInput(Inputs.Mode).trim().toLowerCase() === 'worker') {
    await runWorker(getSettings(), ctx);
    return;
  }
  // Decided before the other inputs are validated: a comment that is not a command costs nothing, not even
  // a failed step when the workflow's inputs are wrong.
  const trigger = parseTrigger(ctx.eventName, ctx.payload, {
    tasks: core.getInput(Inputs.Tasks),
    planFile: core.getInput(Inputs.PlanFile),
  });
  if (trigger.kind === 'ignore') {
    core.info(`Nothing to do: ${trigger.reason}.`);
    return;
  }
  const settings = getSettings();
  const octokit = settings.githubToken ? createOctokit(settings.githubToken, ctx.apiUrl) : undefined;
  const gateway = new GitHubGateway(octokit, { owner: ctx.owner, repo: ctx.repo });

  if ('comment' in trigger && trigger.comment) {
    const comment = trigger.comment;
    const allowed = await core.group('Check the commenter', () => admit(gateway, comment, settings));
    if (!allowed) return;
  }

  switch (trigger.kind) {
    case 'invalid':
      if (trigger.comment) await reply(gateway, trigger.comment, trigger.message);
      throw new InputError(trigger.message);
    case 'plan-status':
      core.setOutput(
        Outputs.CommentUrl,
        (await core.group(`Status of plan ${trigger.planId}`, () =>
          planStatusCommand(
            gateway,
            trigger.comment,
            trigger.planId,
            settings.workspace,
            settings.githubToken,
          ),
        )) ?? '',
      );
      return;
    case 'kill-all':
      core.setOutput(
        Outputs.CommentUrl,
        (await core.group('Kill all', () =>
          killAllCommand(gateway, ctx, trigger.comment, settings.workspace),
        )) ?? '',
      );
      return;
    case 'cancel':
      core.setOutput(
        Outputs.CommentUrl,
        (await core.group(`Cancel plan ${trigger.planId}`, () =>
          cancelCommand(gateway, ctx, trigger.comment, trigger.planId, settings),
        )) ?? '',
      );
      return;
    case 'run':
    case 'batch':
    case 'retry':
      await runAll(trigger, settings, ctx, gateway);
  }
}

/** The 👀 reaction at once, then the permission check; a refusal is a short reply and no run. */
async function admit(
  gateway: GitHubGateway,
  comment: CommentRef,
  settings: ActionSettings,
): Promise<boolean> {
  await gateway.addEyes(comment.kind, comment.commentId);
  const verdict = await checkCommenter(gateway, comment.author, settings.allowedBots);
  if (verdict.allowed) {
    core.info(`@${comment.author.login} may run this (${verdict.via}).`);
    return true;
  }
  core.notice(`Not running: ${verdict.reason}`);
  await reply(gateway, comment, `Not running this request: ${verdict.reason}`);
  return false;
}

async function runAll(
  trigger: Extract<Trigger, { kind: 'run' | 'batch' | 'retry' }>,
  settings: ActionSettings,
  ctx: ActionContext,
  gateway: GitHubGateway,
): Promise<void> {
  // First: a run about a pull request starts from its head, so plan files and globs are read there. A retry
  // goes on where its plan's work is (retry-command.ts).
  const prepared =
    trigger.kind === 'retry'
      ? await core.group(`What plan ${trigger.planId} runs again, and where`, () =>
          prepareRetry(trigger, settings, ctx, gateway),
        )
      : await core.group('Where the work goes', () => prepareDelivery(trigger, settings, ctx, gateway));
  if (prepared.kind === 'refused') {
    await refuse(gateway, trigger, prepared.reason);
    if (prepared.failed) throw new Error(prepared.reason);
    core.notice(`Not running: ${prepared.reason}`);
    return;
  }

  const requests = trigger.kind === 'batch' ? batchRequests(trigger.pattern, ctx, trigger.issueNumber) : [];
  // Plan paths, from a comment or a glob, are checked where they are read: the engine reads plans only
  // from inside the repository (run-request.ts passes it as the plan root) and says so when one is not.
  if (trigger.kind === 'run') {
    requests.push({ input: trigger.input, label: 'request', issueNumber: trigger.issueNumber });
  }
  if (prepared.kind === 'ready' && 'request' in prepared) requests.push(prepared.request as RunRequest);

  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: cancelling the run and stopping its workers.`);
    controller.abort();
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);

  const planIds: string[] = [];
  let workers: Promise<PreparedWorkers> | undefined;
  const hooks = {
    signal: controller.signal,
    onPlan: (planId: string) => {
      planIds.push(planId);
      core.saveState(State.PlanIds, JSON.stringify(planIds));
    },
    // Once per job: every run of a batch uses the same image and OpenCode.
    prepare: () => (workers ??= prepareWorkers(settings, { ...process.env }, coreLogger)),
  };
  const reports: RunReport[] = [];
  const errors: string[] = [];
  for (const request of requests) {
    if (controller.signal.aborted) break;
    try {
      reports.push(await runRequest(request, settings, ctx, gateway, hooks, prepared.plan));
      // The post step reports the others itself (post-report.ts).
      core.saveState(State.Reported, JSON.stringify(reports.map((r) => r.result.planId)));
    } catch (error) {
      // One bad plan file must not cost the others of a batch their run.
      if (requests.length === 1 || !(error instanceof InputError)) throw error;
      errors.push(`${request.label}: ${errorMessage(error)}`);
      core.error(`${request.label}: ${errorMessage(error)}`);
    }
  }

  await core.group('Report', async () => {
    const notes = [...errors];
    if (gateway.failures.length > 0) {
      notes.push(`GitHub API calls failed (${gateway.failures.join('; ')}); the results above are complete.`);
    }
    await writeJobSummary(reports, notes);
    setRunOutputs(reports);
  });
  // Only now: a cancellation arriving while the results are reported must not kill the step half-way.
  process.removeListener('SIGINT', stop).removeListener('SIGTERM', stop);

  const incomplete = incompleteSubtasks(reports);
  const problems = [...errors];
  if (incomplete.length > 0)
    problems.push(`${incomplete.length} subtask(s) did not complete: ${incomplete.join(', ')}`);
  if (problems.length > 0) core.setFailed(problems.join('\n'));
}

/** The reason nothing runs, said where the request was made (the comment's thread, or the pull request). */
async function refuse(
  gateway: GitHubGateway,
  trigger: Extract<Trigger, { kind: 'run' | 'batch' | 'retry' }>,
  reason: string,
): Promise<void> {
  const comment = trigger.kind === 'batch' ? undefined : trigger.comment;
  if (comment) await reply(gateway, comment, reason);
  else if (trigger.issueNumber !== undefined) {
    await gateway.createComment(trigger.issueNumber, `${COMMENT_MARKER}\n${reason}`);
  }
}

/** One request per plan file matching the pattern(s) (one per line). */
function batchRequests(pattern: string, ctx: ActionContext, issueNumber?: number): RunRequest[] {
  const requests: RunRequest[] = [];
  for (const one of splitList(pattern.replace(/,/g, '\n'))) {
    const files = glob(ctx.repoDir, one);
    if (files.length === 0) {
      throw new InputError(
        hasMagic(one)
          ? `No plan file matches '${one}' in ${ctx.repoDir}.`
          : `Plan file '${one}' not found in ${ctx.repoDir}.`,
      );
    }
    for (const file of files) requests.push({ input: file, label: file, issueNumber });
  }
  core.info(`Plan files: ${requests.map((r) => r.label).join(', ')}`);
  return requests;
}
