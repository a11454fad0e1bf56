/**
 * Every worker alive on this machine, of every run: the tmux sessions on the runs' own tmux servers,
 * containers labelled by this project, and running orchestrators (registered in `<workspace>/active/`).
 * Used by `orchestrate workers`, `attach` and `kill-all`, and by the action's `--kill-all` and post step.
 */
import { WORKER_PREFIX } from '../plan/types.js';
import { killProcessGroup } from '../runtime/process-tree.js';
import { killJobGroups } from '../runtime/local.js';
import { killServer, listSessions, runServers } from '../runtime/tmux.js';
import type { LiveWorker } from '../runtime/types.js';
import { silentLogger, type Logger } from '../util/logger.js';
import { ownerAlive, readActiveRuns, type ActiveRunRecord } from './active-runs.js';
import { reapDeadRuns } from './reaper.js';

/** Runs whose orchestrator process is alive. */
export function liveRuns(workspace: string): ActiveRunRecord[] {
  return readActiveRuns(workspace).filter(ownerAlive);
}

export async function listLiveWorkers(workspace: string): Promise<LiveWorker[]> {
  const out: LiveWorker[] = [];
  for (const { socket, planId } of runServers()) {
    for (const name of (await listSessions(socket)) ?? []) {
      if (!name.startsWith(WORKER_PREFIX)) continue;
      out.push({
        name,
        kind: 'tmux',
        planId,
        domain: name.slice(WORKER_PREFIX.length),
        socket,
        detail: `tmux -L omo-${planId} attach -t ${name}`,
      });
    }
  }
  const { listWorkerContainers } = await import('../runtime/docker-reaper.js');
  for (const c of await listWorkerContainers()) {
    out.push({
      name: c.name,
      kind: 'container',
      planId: c.planId,
      domain: c.domain,
      detail: `${c.state}, image ${c.image}`,
    });
  }
  for (const run of liveRuns(workspace)) {
    out.push({
      name: `orchestrator pid ${run.pid}`,
      kind: 'orchestrator',
      planId: run.planId,
      detail: `run started ${run.startedAt}`,
    });
  }
  return out;
}

const STOP_WAIT_MS = 5_000;

/**
 * Stops every worker of every run on this machine (or of the given plans): asks their orchestrators to stop
 * (SIGTERM), ends their tmux servers, process groups and containers, then reaps what the dead runs left
 * (worktrees, temp folders, ownership, status). Returns what it stopped, a line each.
 */
export async function killAll(
  workspace: string,
  filter: { planIds?: readonly string[]; containers?: boolean } = {},
  logger: Logger = silentLogger,
): Promise<string[]> {
  const wanted = (planId: string | undefined) =>
    filter.planIds === undefined || (planId !== undefined && filter.planIds.includes(planId));
  const stopped: string[] = [];
  const signalled: ActiveRunRecord[] = [];
  for (const run of liveRuns(workspace)) {
    if (run.pid === process.pid || !wanted(run.planId)) continue;
    try {
      process.kill(run.pid, 'SIGTERM');
      signalled.push(run);
      stopped.push(`orchestrator ${run.pid} (plan ${run.planId})`);
    } catch {
      // Already gone.
    }
  }
  // An orchestrator that stops cleans up after itself; give it a moment before taking things away from it.
  const deadline = Date.now() + STOP_WAIT_MS;
  while (signalled.some(ownerAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

  for (const { socket, planId } of runServers()) {
    if (!wanted(planId)) continue;
    if (await killServer(socket)) stopped.push(`tmux server omo-${planId}`);
  }
  for (const run of readActiveRuns(workspace)) {
    if (run.pid === process.pid || !wanted(run.planId)) continue;
    for (const resource of run.resources) {
      if (resource.kind === 'process-group') {
        await killProcessGroup(resource.pgid, 500);
        stopped.push(`process group ${resource.pgid} (plan ${run.planId})`);
      } else if (resource.kind === 'temp-dir') await killJobGroups(resource.path);
    }
  }
  if (filter.containers !== false) {
    const { removeWorkerContainers } = await import('../runtime/docker-reaper.js');
    const plans = filter.planIds ?? [undefined];
    for (const planId of plans)
      for (const name of await removeWorkerContainers(planId ? { planId } : {}))
        stopped.push(`container ${name}`);
  }
  const reaped = await reapDeadRuns(workspace, logger);
  return [...stopped, ...reaped.filter((line) => !stopped.includes(line))];
}
