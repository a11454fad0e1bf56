/**
 * Where the action meets the engine: running a request, reading a run's status from its files, and
 * stopping workers. One place to follow when the engine's API moves.
 */
import { newPlanId } from '../engine/create-plan.js';
import { orchestrate } from '../engine/orchestrate.js';
import { runDirOf } from '../engine/run-files.js';
import { readRunStatus, type RunStatus } from '../engine/status.js';
import { killAll } from '../lifecycle/live-workers.js';
import { cancelRecordedRuns } from '../runtime/actions/cancel.js';
import { ActionsApi, type RepoRef } from '../runtime/actions/rest.js';
import type { Logger } from '../util/logger.js';

export { newPlanId, orchestrate, runDirOf };

/** The status JSON of `orchestrate status` from `<workspace>/runs/<planId>/`; undefined when there is no such run. */
export function readPlanStatus(workspace: string, planId: string): RunStatus | undefined {
  return readRunStatus(runDirOf(workspace, planId));
}

/** Every worker of every run on this machine (`/orchestrate --kill-all`). */
export function stopAllWorkers(workspace: string, logger: Logger): Promise<string[]> {
  return killAll(workspace, {}, logger);
}

/**
 * What the post step cleans up: the orchestrators still registered for these plan ids (a main step killed
 * hard leaves them behind), their workers, and whatever the dead ones left (see lifecycle/reaper.ts).
 */
export function stopPlanWorkers(
  workspace: string,
  planIds: readonly string[],
  containers: boolean,
  logger: Logger,
): Promise<string[]> {
  // Only docker runs have containers; not loading the Docker client elsewhere keeps the post step light.
  return killAll(workspace, { planIds, containers }, logger);
}

/**
 * The workflow runs these plans dispatched (the `actions` runtime) and did not see end, cancelled: what the
 * post step does for a coordinator that died. Answers the ids cancelled.
 */
export async function cancelDispatchedRuns(
  workspace: string,
  planIds: readonly string[],
  github: { apiUrl: string; token: string; repo: RepoRef },
  logger: Logger,
): Promise<number[]> {
  const api = new ActionsApi(github);
  const cancelled: number[] = [];
  for (const planId of planIds)
    cancelled.push(...(await cancelRecordedRuns(runDirOf(workspace, planId), api, logger)));
  return cancelled;
}
