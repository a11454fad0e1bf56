/**
 * Finds and removes worker containers by label, of one plan or of all. Quietly does nothing when no Docker
 * engine is reachable, so `workers` and `kill-all` work on machines without Docker.
 *
 * Every worker container carries its owner's identity (pid, process start time, host name), so a later run
 * can tell the leftovers of a crashed orchestrator from the containers of one that is still running.
 */
import { hostname } from 'node:os';
import type Dockerode from 'dockerode';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { pidAlive, processStartTime } from '../util/processes.js';

export const LABEL_PREFIX = 'org.orchestrate-action';
export const LABELS = {
  managed: `${LABEL_PREFIX}.managed`,
  planId: `${LABEL_PREFIX}.plan-id`,
  domain: `${LABEL_PREFIX}.domain`,
  depth: `${LABEL_PREFIX}.depth`,
  ownerPid: `${LABEL_PREFIX}.owner-pid`,
  /** The owner's start time in clock ticks since boot (/proc/<pid>/stat): a reused pid is not the owner. */
  ownerStart: `${LABEL_PREFIX}.owner-start`,
  /** The owner's host name: a pid means nothing on another machine sharing the engine. */
  host: `${LABEL_PREFIX}.host`,
} as const;

export interface WorkerContainer {
  id: string;
  name: string;
  planId?: string;
  domain?: string;
  state: string;
  image: string;
  ownerPid?: number;
  ownerStart?: string;
  host?: string;
}

/** The labels naming this process as a container's owner. */
export function ownerLabels(): Record<string, string> {
  const labels: Record<string, string> = {
    [LABELS.ownerPid]: String(process.pid),
    [LABELS.host]: hostname(),
  };
  const start = processStartTime(process.pid);
  if (start) labels[LABELS.ownerStart] = start;
  return labels;
}

async function client(): Promise<Dockerode | undefined> {
  const { default: Docker } = await import('dockerode');
  const docker = new Docker();
  try {
    await Promise.race([
      docker.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
    ]);
    return docker;
  } catch {
    return undefined;
  }
}

async function list(docker: Dockerode, filter: { planId?: string }): Promise<WorkerContainer[]> {
  const label = [`${LABELS.managed}=true`];
  if (filter.planId) label.push(`${LABELS.planId}=${filter.planId}`);
  const containers = await docker.listContainers({ all: true, filters: { label } });
  return containers.map((c) => ({
    id: c.Id,
    name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
    planId: c.Labels[LABELS.planId],
    domain: c.Labels[LABELS.domain],
    state: c.State,
    image: c.Image,
    ownerPid: c.Labels[LABELS.ownerPid] ? Number(c.Labels[LABELS.ownerPid]) : undefined,
    ownerStart: c.Labels[LABELS.ownerStart],
    host: c.Labels[LABELS.host],
  }));
}

export async function listWorkerContainers(filter: { planId?: string } = {}): Promise<WorkerContainer[]> {
  const docker = await client();
  return docker ? list(docker, filter) : [];
}

/** Removes (force) the worker containers matching; `orphansOnly` keeps those whose owner process lives. */
export async function removeWorkerContainers(filter: {
  planId?: string;
  orphansOnly?: boolean;
}): Promise<string[]> {
  const docker = await client();
  return docker ? removeMatching(docker, filter) : [];
}

/**
 * Removes the containers a crashed orchestrator on this host left behind (its dispose() never ran), logging
 * each. Containers of live orchestrators and of other hosts are kept.
 */
export async function reapOrphans(docker: Dockerode, logger: Logger): Promise<string[]> {
  try {
    const removed = await removeMatching(docker, { orphansOnly: true });
    for (const name of removed)
      logger.info(`removed container ${name} left behind by a stopped orchestrator`);
    return removed;
  } catch (error) {
    // Reaping is housekeeping: a failure must not stop the run that tried it.
    logger.warn(`could not look for leftover worker containers: ${errorMessage(error)}`);
    return [];
  }
}

async function removeMatching(
  docker: Dockerode,
  filter: { planId?: string; orphansOnly?: boolean },
): Promise<string[]> {
  const removed: string[] = [];
  for (const c of await list(docker, filter)) {
    if (filter.orphansOnly && !isOrphan(c)) continue;
    try {
      await docker.getContainer(c.id).remove({ force: true });
      removed.push(c.name);
    } catch {
      // Removed concurrently (by its owner's stop or another reaper).
    }
  }
  return removed;
}

export function isOrphan(c: Pick<WorkerContainer, 'ownerPid' | 'ownerStart' | 'host'>): boolean {
  if (c.host !== undefined && c.host !== hostname()) return false;
  if (c.ownerPid === undefined) return true;
  if (!pidAlive(c.ownerPid)) return true;
  // The pid lives, but is it still the process that labelled the container?
  const start = c.ownerStart === undefined ? undefined : processStartTime(c.ownerPid);
  return start !== undefined && start !== c.ownerStart;
}
