/**
 * One run: the status comment (when there is an issue or PR to put it on), the engine, the artifact, and
 * the comment's final state. Whatever GitHub's API does, the run's result comes back to the caller.
 */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import type { OrchestrateOptions } from '../engine/options.js';
import { retryRun } from '../engine/retry.js';
import type { OrchestratorEvent, RunResult } from '../engine/types.js';
import { errorMessage } from '../util/errors.js';
import { uploadRunArtifact } from './artifacts.js';
import { coreLogger } from './core-logger.js';
import type { ActionContext } from './context.js';
import { keepCancelledWork } from './cancelled-run.js';
import { newPlanId, orchestrate, runDirOf } from './engine.js';
import type { GitHubGateway } from './github.js';
import type { ActionSettings } from './inputs.js';
import type { PreparedWorkers } from './prepare-workers.js';
import { viewFromResult } from './progress.js';
import { formatDuration } from '../util/format.js';
import { StatusComment } from './status-comment.js';
import { deliverOnGitHub } from '../delivery/deliver.js';
import { describeDelivery, type DeliveryOutcome } from '../delivery/outcome.js';
import { pushTarget, type DeliveryPlan } from '../delivery/target.js';
import { planBranch, recordDelivery, statusMarker, writePlanRecord, type PlanRecord } from './plan-record.js';
import { refreshPullRequestBody } from './retry-command.js';

export interface RunRequest {
  input: string;
  /** How logs name the run (the plan file of a batch, or "request"). */
  label: string;
  /** Where the status comment goes. */
  issueNumber?: number;
  /** A plan that ended, taken up again (`/orchestrate retry`), instead of a new plan. */
  takeUp?: TakeUpRequest;
}

/** What a run that takes a plan up again continues from (see retry-command.ts). */
export interface TakeUpRequest {
  planId: string;
  /** The commit its new worker branches start from: the tip of the branch the plan's work is on. */
  base?: string;
  /** The branch the work is pushed to, as before. */
  branch?: string;
  /** What the plan's earlier runs recorded: its status comment, where its work goes. */
  record?: PlanRecord;
  /** Lines for the status comment, from its first write on. */
  notes: string[];
  /** The pull request the plan opened before: its body is brought up to date once the work is pushed. */
  ownPullRequest?: number;
}

export interface RunReport {
  label: string;
  result: RunResult;
  commentUrl?: string;
  artifactUploaded: boolean;
  /** Where the work went (undefined in reports made without delivery, e.g. by tests). */
  delivery?: DeliveryOutcome;
}

/** One log line per event worth a line. */
export function describeEvent(event: OrchestratorEvent): string | undefined {
  switch (event.type) {
    case 'plan.created':
      return `Plan ${event.planId}: ${event.subtasks.length} subtask(s)`;
    case 'worker.spawned':
      return `Worker ${event.worker} started`;
    case 'task.started':
      return `▶ ${event.taskId} started on ${event.worker}`;
    case 'task.dispatched':
      return `⇢ ${event.taskId} runs on a runner of its own: ${event.url}`;
    case 'task.completed':
      return `✅ ${event.taskId} completed${took(event.durationMs)}`;
    case 'task.failed':
      return `❌ ${event.taskId} ${event.status}${took(event.durationMs)}: ${event.error ?? ''}`;
    case 'task.skipped':
      return `⏭️ ${event.taskId} skipped`;
    case 'task.cancelled':
      return `🚫 ${event.taskId} cancelled`;
    case 'worker.stopped':
      return `Worker ${event.worker} stopped`;
    case 'plan.completed':
      return `Plan ${event.planId} ${event.status}`;
    default:
      return undefined;
  }
}

const took = (ms: number | undefined) => (ms === undefined ? '' : ` in ${formatDuration(ms)}`);

export interface RunHooks {
  signal: AbortSignal;
  /** Called once the plan id is known (the post step cleans up after it). */
  onPlan(planId: string): void;
  /** What the workers need on this runner (the worker image, OpenCode); throws the reason there is none. */
  prepare(): Promise<PreparedWorkers>;
}

export async function runRequest(
  request: RunRequest,
  settings: ActionSettings,
  ctx: ActionContext,
  gateway: GitHubGateway,
  hooks: RunHooks,
  deliveryPlan: DeliveryPlan,
): Promise<RunReport> {
  const takeUp = request.takeUp;
  // Chosen up front so the branch and the status comment can carry it: `orchestrate/<number>-<planId>`.
  const planId = takeUp?.planId ?? newPlanId();
  const earlier = takeUp?.record;
  const comment =
    request.issueNumber !== undefined && gateway.octokit
      ? new StatusComment(gateway, request.issueNumber, {
          runUrl: ctx.runUrl,
          // Names the plan and this workflow run, for `/orchestrate cancel` (plan-record.ts).
          marker: statusMarker({ planId, ...(ctx.runId !== undefined ? { runId: ctx.runId } : {}) }),
          ...(earlier?.statusComment && earlier.issueNumber === request.issueNumber
            ? { existing: earlier.statusComment }
            : {}),
          ...(takeUp ? { notes: takeUp.notes } : {}),
        })
      : undefined;
  // Not awaited here: the run never waits on GitHub; events arriving meanwhile are merged into the next edit.
  // (Awaited once the run is over, so the pull request's body can link the comment.)
  const started = comment?.start();

  // A retry pushes where the plan's work went before.
  const push =
    deliveryPlan.kind === 'off'
      ? undefined
      : { ...pushTarget(deliveryPlan, planId), ...(takeUp?.branch ? { branch: takeUp.branch } : {}) };
  // Kept with the run's files (and so in its artifact), for a retry on another runner.
  const runDir = runDirOf(settings.workspace, planId);
  const delivered = earlier?.delivery ?? recordDelivery(deliveryPlan, planId);
  const record: PlanRecord = {
    ...earlier,
    repository: `${ctx.owner}/${ctx.repo}`,
    ...(ctx.runId !== undefined ? { runId: ctx.runId } : {}),
    ...(request.issueNumber !== undefined ? { issueNumber: request.issueNumber } : {}),
    ...(delivered ? { delivery: delivered } : {}),
  };
  // Only once the engine has made the run dir: a request refused before any plan exists leaves no run behind.
  const saveRecord = () => {
    if (!existsSync(runDir)) return;
    try {
      writePlanRecord(runDir, record);
    } catch (error) {
      core.warning(`Could not write the plan's GitHub record in ${runDir}: ${errorMessage(error)}`);
    }
  };
  void started?.then(() => {
    if (comment?.id === undefined || !comment.url) return;
    record.statusComment = { id: comment.id, url: comment.url };
    saveRecord();
  });

  let result: RunResult;
  try {
    const prepared = await hooks.prepare();
    const env: NodeJS.ProcessEnv = { ...process.env, ...prepared.env };
    if (settings.maxDepth !== undefined) env.ORCH_MAX_DEPTH = String(settings.maxDepth);
    const options: OrchestrateOptions = {
      // The engine pushes with the checkout's own credentials, after every worker is gone; never forced.
      ...(push ? { push } : {}),
      cwd: ctx.repoDir,
      // Plan files are read only from inside the repository, whatever form the path takes.
      planRoot: ctx.repoDir,
      workspace: settings.workspace,
      runtime: settings.runtime,
      // Workers or nothing: prompt files only when the runtime asks for them.
      fallback: 'fail',
      image: prepared.image,
      agent: settings.agent,
      agentCommand: settings.agentCommand,
      model: settings.model,
      concurrency: settings.concurrency,
      timeoutMs: settings.subtaskTimeoutMs,
      maxSubtasks: settings.maxSubtasks,
      envNames: settings.envNames,
      planner: settings.planner,
      // A local worker outside the sandbox can read this process's environment: the job's tokens.
      sandbox: settings.allowUnsandboxedLocal ? 'auto' : 'required',
      // Subtasks on runners of their own: dispatched and cancelled with this job's token.
      ...(settings.runtime === 'actions'
        ? {
            actions: {
              workflow: settings.workerWorkflow,
              ...(settings.workerStartTimeoutMs ? { startTimeoutMs: settings.workerStartTimeoutMs } : {}),
              token: settings.githubToken,
              apiUrl: ctx.apiUrl,
              repository: `${ctx.owner}/${ctx.repo}`,
            },
          }
        : {}),
      env,
      signal: hooks.signal,
      logger: coreLogger,
      onEvent: (event) => {
        if (event.type === 'plan.created') {
          hooks.onPlan(event.planId);
          saveRecord();
        }
        const line = describeEvent(event);
        if (line) core.info(line);
        comment?.onEvent(event);
      },
    };
    result = await core.group(`Run ${request.label}`, () =>
      takeUp
        ? retryRun(planId, options, takeUp.base ? { base: takeUp.base } : {})
        : orchestrate(request.input, { planId, ...options }),
    );
  } catch (error) {
    await comment?.fail(errorMessage(error));
    throw error;
  }

  const delivery = await core.group(`Deliver the work of ${result.planId}`, async () => {
    await started;
    const deliveryCtx = {
      gateway,
      serverUrl: ctx.serverUrl,
      repo: { owner: ctx.owner, repo: ctx.repo },
      repoDir: ctx.repoDir,
      runUrl: ctx.runUrl,
      logger: coreLogger,
    };
    const outcome =
      result.status === 'cancelled' && delivered
        ? await keepCancelledWork(result, planBranch(delivered, planId), deliveryCtx)
        : await deliverOnGitHub(
            result,
            deliveryPlan,
            { input: request.input, commentUrl: comment?.url },
            deliveryCtx,
          );
    for (const line of describeDelivery(outcome)) core.info(line);
    if (takeUp?.ownPullRequest !== undefined && outcome.kind === 'pushed') {
      await refreshPullRequestBody(gateway, takeUp.ownPullRequest, result, {
        request: request.input,
        closes: delivered?.kind === 'new-branch' ? delivered.closes : undefined,
        runUrl: ctx.runUrl,
        commentUrl: comment?.url,
        conflicts: outcome.conflicts,
      });
    }
    return outcome;
  });
  if (record.delivery?.kind === 'new-branch' && delivery.kind === 'pushed') {
    const opened = delivery.pullRequest;
    if (opened.kind === 'opened') record.delivery.pullRequest = { number: opened.number, url: opened.url };
  }
  saveRecord();
  // After the delivery, so the artifact holds where the work went.
  const artifactUploaded = await core.group(`Upload artifact of ${result.planId}`, async () => {
    return (await uploadRunArtifact(result.runDir, result.planId)) !== undefined;
  });
  const notes: string[] = [];
  if (artifactUploaded && ctx.runUrl) {
    notes.push(
      `The run's files are in the artifact \`orchestrate-${result.planId}\` of the [workflow run](${ctx.runUrl}).`,
    );
  }
  if (result.status === 'cancelled' || result.status === 'failed') {
    notes.push(
      `${result.status === 'cancelled' ? 'The run was cancelled. ' : ''}\`/orchestrate retry ${result.planId}\` ` +
        'runs again what did not complete; completed subtasks keep their results and their work.',
    );
  }
  await comment?.finish(viewFromResult(result), result.summary, notes, delivery);
  return { label: request.label, result, commentUrl: comment?.url, artifactUploaded, delivery };
}
