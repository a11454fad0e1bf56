/**
 * `mode: worker`: the action run by the worker workflow, on a `workflow_dispatch` a coordinator sent (the
 * `actions` runtime). The dispatch carries only a plan id and a subtask id; both are checked, and checked
 * against the plan in the repository, before anything runs (engine/dispatched-subtask.ts). The subtask runs
 * with the docker runtime: a container that gets no token, only the variables the worker workflow names in
 * `env`. This process, not the worker, pushes the branch and the result, with the checkout's credentials.
 */
import * as core from '@actions/core';
import { runDispatchedSubtask } from '../engine/dispatched-subtask.js';
import { InputError } from '../util/errors.js';
import { Outputs, State } from './constants.js';
import type { ActionContext } from './context.js';
import { coreLogger } from './core-logger.js';
import type { ActionSettings } from './inputs.js';
import { describeEvent } from './run-request.js';

export async function runWorker(settings: ActionSettings, ctx: ActionContext): Promise<void> {
  if (ctx.eventName !== 'workflow_dispatch')
    throw new InputError(
      `mode: worker runs the subtask a workflow_dispatch names (the worker workflow), not a '${ctx.eventName}' event.`,
    );
  const inputs = (ctx.payload.inputs ?? {}) as Record<string, unknown>;
  const planId = typeof inputs['plan-id'] === 'string' ? inputs['plan-id'].trim() : '';
  const taskId = typeof inputs['task-id'] === 'string' ? inputs['task-id'].trim() : '';
  if (ctx.runId === undefined)
    throw new InputError('GITHUB_RUN_ID is not set: a result could not say which run made it.');

  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: stopping the subtask.`);
    controller.abort();
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    const outcome = await core.group(`Subtask ${taskId} of plan ${planId}`, () =>
      runDispatchedSubtask({
        planId,
        taskId,
        repoDir: ctx.repoDir,
        runId: ctx.runId!,
        options: {
          runtime: 'docker',
          fallback: 'fail',
          ...(settings.image ? { image: settings.image } : {}),
          workspace: settings.workspace,
          // Only what this workflow names reaches the worker, whatever the plan asked for.
          envNames: settings.envNames,
          env: { ...process.env },
          signal: controller.signal,
          logger: coreLogger,
          onEvent: (event) => {
            // The post step stops the container of a worker that was killed.
            if (event.type === 'plan.created') core.saveState(State.PlanIds, JSON.stringify([event.planId]));
            const line = describeEvent(event);
            if (line) core.info(line);
          },
        },
      }),
    );
    const { subtask } = outcome;
    core.setOutput(Outputs.PlanId, planId);
    core.setOutput(Outputs.Status, subtask.status);
    core.setOutput(Outputs.Summary, subtask.result ?? '');
    if (!outcome.pushed) {
      core.setFailed(
        `Subtask ${taskId} ${subtask.status}, but its branch and result could not be pushed: ${outcome.pushError}`,
      );
      return;
    }
    core.info(`Pushed the branch and the result of ${taskId} (${subtask.status}).`);
    if (subtask.status !== 'completed')
      core.setFailed(`Subtask ${taskId} ${subtask.status}: ${subtask.error ?? ''}`);
  } finally {
    process.removeListener('SIGINT', stop).removeListener('SIGTERM', stop);
  }
}
