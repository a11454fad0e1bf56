/**
 * Finds and removes worker containers by label, of one plan or of all. Quietly does nothing when no Docker
 * engine is reachable, so `workers` and `kill-all` work on machines without Docker.
 */
export const LABEL_PREFIX = 'org.orchestrate-action';
export const LABELS = {
  managed: `${LABEL_PREFIX}.managed`,
  planId: `${LABEL_PREFIX}.plan-id`,
  domain: `${LABEL_PREFIX}.domain`,
  depth: `${LABEL_PREFIX}.depth`,
  ownerPid: `${LABEL_PREFIX}.owner-pid`,
} as const;

export interface WorkerContainer {
  id: string;
  name: string;
  planId?: string;
  domain?: string;
  state: string;
  image: string;
  ownerPid?: number;
}

async function client() {
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

export async function listWorkerContainers(filter: { planId?: string } = {}): Promise<WorkerContainer[]> {
  const docker = await client();
  if (!docker) return [];
  const label = [`${LABELS.managed}=true`];
  if (filter.planId) label.push(`${LABELS.planId}=${filter.planId}`);
  const list = await docker.listContainers({ all: true, filters: { label } });
  return list.map((c) => ({
    id: c.Id,
    name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
    planId: c.Labels[LABELS.planId],
    domain: c.Labels[LABELS.domain],
    state: c.State,
    image: c.Image,
    ownerPid: c.Labels[LABELS.ownerPid] ? Number(c.Labels[LABELS.ownerPid]) : undefined,
  }));
}

/** Removes (force) the worker containers matching; `orphansOnly` keeps those whose owner process lives. */
export async function removeWorkerContainers(filter: {
  planId?: string;
  orphansOnly?: boolean;
}): Promise<string[]> {
  const docker = await client();
  if (!docker) return [];
  const removed: string[] = [];
  for (const c of await listWorkerContainers(filter)) {
    if (filter.orphansOnly && c.ownerPid !== undefined && ownerAlive(c.ownerPid)) continue;
    try {
      await docker.getContainer(c.id).remove({ force: true });
      removed.push(c.name);
    } catch {
      // Removed concurrently (auto-remove or another reaper).
    }
  }
  return removed;
}

function ownerAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
