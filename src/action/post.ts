/**
 * The post step (action.yml `post`, `post-if: always()`): stops any worker the main step left behind, e.g.
 * when the job was cancelled or the main step was killed. Cleanup only warns: it never fails the job.
 */
import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';
import { State } from './constants.js';
import { cancelDispatchedRuns, stopPlanWorkers } from './engine.js';
import { readContext } from './context.js';
import { getSettings } from './inputs.js';
import { reportAbandoned } from './post-report.js';
import { coreLogger } from './core-logger.js';

export async function runPost(): Promise<void> {
  // Cleanup must not fail the job, also when a library throws outside the promise chain.
  const warn = (error: unknown) => core.warning(`Cleanup after the run failed: ${errorMessage(error)}`);
  process.on('uncaughtException', warn).on('unhandledRejection', warn);
  try {
    const planIds = JSON.parse(core.getState(State.PlanIds) || '[]') as unknown;
    if (!Array.isArray(planIds) || planIds.length === 0) {
      core.info('No run to clean up after.');
      return;
    }
    const ids = planIds.filter((id): id is string => typeof id === 'string');
    const settings = getSettings();
    if (settings.runtime === 'actions' && settings.mode === 'run' && settings.githubToken) {
      const ctx = readContext();
      const cancelled = await cancelDispatchedRuns(
        settings.workspace,
        ids,
        { apiUrl: ctx.apiUrl, token: settings.githubToken, repo: { owner: ctx.owner, repo: ctx.repo } },
        coreLogger,
      );
      core.info(
        cancelled.length === 0
          ? 'No dispatched worker run was left going.'
          : `Cancelled the worker runs left going: ${cancelled.join(', ')}.`,
      );
    }
    const stopped = await stopPlanWorkers(settings.workspace, ids, settings.runtime === 'docker', coreLogger);
    core.info(
      stopped.length === 0
        ? `Nothing left behind by ${ids.join(', ')}.`
        : `Stopped what was left behind: ${stopped.join(', ')}.`,
    );
    const reported = JSON.parse(core.getState(State.Reported) || '[]') as unknown;
    const unreported = ids.filter((id) => !(Array.isArray(reported) && reported.includes(id)));
    if (unreported.length > 0) await reportAbandoned(unreported, settings, readContext());
  } catch (error) {
    core.warning(`Cleanup after the run failed: ${errorMessage(error)}`);
  }
}
