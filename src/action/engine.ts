/**
 * Where the action meets the engine: running a request, reading a run's status from its files, and
 * stopping workers. One place to follow when the engine's API moves.
 */
import { orchestrate } from '../engine/orchestrate.js';
import { runDirOf } from '../engine/run-files.js';
import { readRunStatus } from '../engine/status.js';
import { removeWorkerContainers } from '../runtime/docker-reaper.js';
import { activeRuns, killAll } from '../runtime/live-workers.js';
import type { PlanStatusJson } from './render.js';

export { orchestrate, runDirOf };

/** The status JSON of contract section 8 from `<workspace>/runs/<planId>/`; undefined when there is no such run. */
export function readPlanStatus(workspace: string, planId: string): PlanStatusJson | undefined {
  return readRunStatus(runDirOf(workspace, planId));
}

/** Every worker of every run on this machine (`/orchestrate --kill-all`). */
export function stopAllWorkers(workspace: string): Promise<string[]> {
  return killAll(workspace);
}

/**
 * What the post step cleans up: the containers labelled with these plan ids, and orchestrator processes
 * still registered for them (a main step killed hard leaves them behind).
 */
export async function stopPlanWorkers(
  workspace: string,
  planIds: readonly string[],
  containers: boolean,
): Promise<string[]> {
  const stopped: string[] = [];
  const wanted = new Set(planIds);
  for (const run of activeRuns(workspace)) {
    if (!wanted.has(run.planId) || run.pid === process.pid) continue;
    try {
      process.kill(run.pid, 'SIGTERM');
      stopped.push(`orchestrator ${run.pid} (plan ${run.planId})`);
    } catch {
      // Already gone.
    }
  }
  // Only docker runs have containers; not loading the Docker client elsewhere keeps the post step light.
  if (!containers) return stopped;
  for (const planId of planIds) {
    for (const name of await removeWorkerContainers({ planId })) stopped.push(`container ${name}`);
  }
  return stopped;
}
