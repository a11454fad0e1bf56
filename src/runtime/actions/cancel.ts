/**
 * Cancelling the workflow runs of a plan from outside the coordinator that dispatched them: the post step of
 * a coordinator that died (from the runs it recorded) and `/orchestrate cancel <planId>` from another job
 * (which has no run files: it finds the runs by the worker workflow's `run-name`, see config.ts).
 */
import { errorMessage } from '../../util/errors.js';
import type { Logger } from '../../util/logger.js';
import { runName } from './config.js';
import type { ActionsApi } from './rest.js';
import { DispatchedRuns } from './runs-file.js';

/** Cancels every run the run in `runDir` dispatched and did not see end; answers their ids. */
export async function cancelRecordedRuns(runDir: string, api: ActionsApi, logger: Logger): Promise<number[]> {
  const record = new DispatchedRuns(runDir);
  const cancelled: number[] = [];
  for (const run of record.open) {
    try {
      await api.cancel(run.runId);
      cancelled.push(run.runId);
      record.ended(run.runId);
    } catch (error) {
      logger.warn(`cancelling run ${run.runId} of ${run.taskId}: ${errorMessage(error)}`);
    }
  }
  return cancelled;
}

const GOING = ['queued', 'in_progress', 'waiting', 'requested', 'pending'] as const;

/** Cancels the worker workflow's runs of one plan that have not ended; answers their ids. */
export async function cancelPlanRuns(
  api: ActionsApi,
  workflow: string,
  planId: string,
  logger: Logger,
): Promise<number[]> {
  const prefix = `${runName(planId, '')}`;
  const ids = new Set<number>();
  for (const status of GOING)
    for (const run of await api.runs(workflow, status))
      if (run.display_title?.startsWith(prefix)) ids.add(run.id);
  const cancelled: number[] = [];
  for (const id of ids) {
    try {
      await api.cancel(id);
      cancelled.push(id);
    } catch (error) {
      logger.warn(`cancelling run ${id}: ${errorMessage(error)}`);
    }
  }
  return cancelled;
}
