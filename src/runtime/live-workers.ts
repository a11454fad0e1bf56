/**
 * Every worker alive on this machine, of every run: tmux sessions named `omo-worker-*`, containers labelled
 * by this project, and running orchestrator processes (registered in `<workspace>/active/`). Used by
 * `orchestrate workers` and `kill-all`, and to reap what a crashed run left behind.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKER_PREFIX } from '../plan/types.js';
import { killSession, listSessions } from './tmux.js';
import type { LiveWorker } from './types.js';

export interface ActiveRun {
  planId: string;
  pid: number;
  startedAt: string;
}

const activeDir = (workspace: string) => join(workspace, 'active');

/** Registers this process as running `planId`; returns the function that unregisters it. */
export function registerActiveRun(workspace: string, planId: string): () => void {
  mkdirSync(activeDir(workspace), { recursive: true });
  const file = join(activeDir(workspace), `${planId}.json`);
  const run: ActiveRun = { planId, pid: process.pid, startedAt: new Date().toISOString() };
  writeFileSync(file, JSON.stringify(run));
  return () => rmSync(file, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs whose orchestrator process is still alive (stale registrations are removed). */
export function activeRuns(workspace: string): ActiveRun[] {
  let names: string[];
  try {
    names = readdirSync(activeDir(workspace));
  } catch {
    return [];
  }
  const runs: ActiveRun[] = [];
  for (const name of names) {
    const file = join(activeDir(workspace), name);
    try {
      const run = JSON.parse(readFileSync(file, 'utf8')) as ActiveRun;
      if (alive(run.pid)) runs.push(run);
      else rmSync(file, { force: true });
    } catch {
      rmSync(file, { force: true });
    }
  }
  return runs;
}

export async function listLiveWorkers(workspace: string): Promise<LiveWorker[]> {
  const sessions = (await listSessions()).filter((s) => s.name.startsWith(WORKER_PREFIX));
  const out: LiveWorker[] = sessions.map(({ name, planId }) => ({
    name,
    kind: 'tmux',
    planId,
    domain: name.slice(WORKER_PREFIX.length),
    detail: `tmux attach -t ${name}${planId ? ` (plan ${planId})` : ''}`,
  }));
  const { listWorkerContainers } = await import('./docker-reaper.js');
  for (const c of await listWorkerContainers()) {
    out.push({
      name: c.name,
      kind: 'container',
      planId: c.planId,
      domain: c.domain,
      detail: `${c.state}, image ${c.image}`,
    });
  }
  for (const run of activeRuns(workspace)) {
    out.push({
      name: `orchestrator pid ${run.pid}`,
      kind: 'tmux',
      planId: run.planId,
      detail: `run started ${run.startedAt}`,
    });
  }
  return out;
}

/** Stops every worker of every run on this machine (or of one plan); returns what it stopped. */
export async function killAll(workspace: string, filter: { planId?: string } = {}): Promise<string[]> {
  const stopped: string[] = [];
  for (const run of activeRuns(workspace)) {
    if (run.pid === process.pid || (filter.planId && run.planId !== filter.planId)) continue;
    try {
      process.kill(run.pid, 'SIGTERM');
      stopped.push(`orchestrator ${run.pid} (plan ${run.planId})`);
    } catch {
      // Already gone.
    }
  }
  for (const { name, planId } of await listSessions()) {
    if (!name.startsWith(WORKER_PREFIX) || (filter.planId && planId !== filter.planId)) continue;
    if (await killSession(name)) stopped.push(`tmux session ${name}`);
  }
  const { removeWorkerContainers } = await import('./docker-reaper.js');
  for (const name of await removeWorkerContainers(filter)) stopped.push(`container ${name}`);
  return stopped;
}
