/**
 * One run: the status comment (when there is an issue or PR to put it on), the engine, the artifact, and
 * the comment's final state. Whatever GitHub's API does, the run's result comes back to the caller.
 */
import * as core from '@actions/core';
import type { OrchestratorEvent, RunResult } from '../engine/types.js';
import { errorMessage } from '../util/errors.js';
import { uploadRunArtifact } from './artifacts.js';
import { coreLogger } from './core-logger.js';
import type { ActionContext } from './context.js';
import { newPlanId, orchestrate } from './engine.js';
import type { GitHubGateway } from './github.js';
import type { ActionSettings } from './inputs.js';
import type { PreparedWorkers } from './prepare-workers.js';
import { viewFromResult } from './progress.js';
import { formatDuration } from '../util/format.js';
import { StatusComment } from './status-comment.js';
import { deliverOnGitHub } from '../delivery/deliver.js';
import { describeDelivery, type DeliveryOutcome } from '../delivery/outcome.js';
import { pushTarget, type DeliveryPlan } from '../delivery/target.js';

export interface RunRequest {
  input: string;
  /** How logs name the run (the plan file of a batch, or "request"). */
  label: string;
  issueNumber?: number;
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
  const comment =
    request.issueNumber !== undefined && gateway.octokit
      ? new StatusComment(gateway, request.issueNumber, { runUrl: ctx.runUrl })
      : undefined;
  // Not awaited here: the run never waits on GitHub; events arriving meanwhile are merged into the next edit.
  // (Awaited once the run is over, so the pull request's body can link the comment.)
  const started = comment?.start();

  // Chosen up front so the branch can carry it: `orchestrate/<issue-or-pr-number>-<planId>`.
  const planId = newPlanId();
  const push = deliveryPlan.kind === 'off' ? undefined : pushTarget(deliveryPlan, planId);

  let result: RunResult;
  try {
    const prepared = await hooks.prepare();
    const env: NodeJS.ProcessEnv = { ...process.env, ...prepared.env };
    if (settings.maxDepth !== undefined) env.ORCH_MAX_DEPTH = String(settings.maxDepth);
    result = await core.group(`Run ${request.label}`, () =>
      orchestrate(request.input, {
        planId,
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
          if (event.type === 'plan.created') hooks.onPlan(event.planId);
          const line = describeEvent(event);
          if (line) core.info(line);
          comment?.onEvent(event);
        },
      }),
    );
  } catch (error) {
    await comment?.fail(errorMessage(error));
    throw error;
  }

  const artifactUploaded = await core.group(`Upload artifact of ${result.planId}`, async () => {
    return (await uploadRunArtifact(result.runDir, result.planId)) !== undefined;
  });
  const delivery = await core.group(`Deliver the work of ${result.planId}`, async () => {
    await started;
    const outcome = await deliverOnGitHub(
      result,
      deliveryPlan,
      { input: request.input, commentUrl: comment?.url },
      {
        gateway,
        serverUrl: ctx.serverUrl,
        repo: { owner: ctx.owner, repo: ctx.repo },
        repoDir: ctx.repoDir,
        runUrl: ctx.runUrl,
        logger: coreLogger,
      },
    );
    for (const line of describeDelivery(outcome)) core.info(line);
    return outcome;
  });
  const notes: string[] = [];
  if (artifactUploaded && ctx.runUrl) {
    notes.push(
      `The run's files are in the artifact \`orchestrate-${result.planId}\` of the [workflow run](${ctx.runUrl}).`,
    );
  }
  await comment?.finish(viewFromResult(result), result.summary, notes, delivery);
  return { label: request.label, result, commentUrl: comment?.url, artifactUploaded, delivery };
}
