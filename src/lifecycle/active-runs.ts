/**
 * Every run on this machine registers itself in `<workspace>/active/<planId>.json` while it runs: who runs
 * it (pid, the pid's start time, the host) and what it has created that must not outlive it (its tmux
 * server, running process groups, temp folders, worktrees, directories handed to a container user). A run
 * that ends removes its record; a record whose owner is gone is a run that died, and reaper.ts ends and
 * removes what it lists.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { ResourceTracker, TrackedResource } from '../runtime/types.js';
import { writeFileAtomic } from '../util/fs-atomic.js';
import { pidAlive, processStartTime } from '../util/processes.js';

export interface ActiveRunRecord {
  planId: string;
  pid: number;
  /** The owner's start time (clock ticks since boot): a reused pid is not the owner. */
  procStart?: string;
  host: string;
  startedAt: string;
  runDir: string;
  resources: TrackedResource[];
  /** The repository and the folder of the run's worktrees, where the workdir is a git repository. */
  worktrees?: { repoRoot: string; root: string };
}

const activeDir = (workspace: string) => join(workspace, 'active');
const recordFile = (workspace: string, planId: string) => join(activeDir(workspace), `${planId}.json`);

/** Whether the process that wrote the record still runs (always true for another host's record). */
export function ownerAlive(record: Pick<ActiveRunRecord, 'pid' | 'procStart' | 'host'>): boolean {
  if (record.host !== hostname()) return true;
  if (!pidAlive(record.pid)) return false;
  if (record.procStart === undefined) return true;
  const start = processStartTime(record.pid);
  return start === undefined || start === record.procStart;
}

/** The record of this process's run, kept on disk as resources come and go. */
export class ActiveRun implements ResourceTracker {
  private readonly record: ActiveRunRecord;
  private closed = false;

  constructor(
    private readonly workspace: string,
    planId: string,
    runDir: string,
  ) {
    mkdirSync(activeDir(workspace), { recursive: true });
    this.record = {
      planId,
      pid: process.pid,
      procStart: processStartTime(process.pid),
      host: hostname(),
      startedAt: new Date().toISOString(),
      runDir,
      resources: [],
    };
    this.save();
  }

  setWorktrees(worktrees: ActiveRunRecord['worktrees']): void {
    this.record.worktrees = worktrees;
    this.save();
  }

  track(resource: TrackedResource): void {
    this.record.resources.push(resource);
    this.save();
  }

  untrack(resource: TrackedResource): void {
    const key = JSON.stringify(resource);
    const i = this.record.resources.findIndex((r) => JSON.stringify(r) === key);
    if (i >= 0) this.record.resources.splice(i, 1);
    this.save();
  }

  /** The run ended and cleaned up after itself. */
  close(): void {
    this.closed = true;
    rmSync(recordFile(this.workspace, this.record.planId), { force: true });
  }

  private save(): void {
    if (this.closed) return;
    try {
      writeFileAtomic(recordFile(this.workspace, this.record.planId), JSON.stringify(this.record));
    } catch {
      // The record only helps a later reaper; a run must not fail on it.
    }
  }
}

/** Every record in the workspace (unreadable ones are skipped). */
export function readActiveRuns(workspace: string): ActiveRunRecord[] {
  let names: string[];
  try {
    names = readdirSync(activeDir(workspace));
  } catch {
    return [];
  }
  const records: ActiveRunRecord[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    try {
      const record = JSON.parse(readFileSync(join(activeDir(workspace), name), 'utf8')) as ActiveRunRecord;
      if (typeof record.pid === 'number' && typeof record.planId === 'string') records.push(record);
    } catch {
      // Half-written by a writer killed mid-rename cannot happen (atomic); anything else is not ours.
    }
  }
  return records;
}

export function removeActiveRun(workspace: string, planId: string): void {
  rmSync(recordFile(workspace, planId), { force: true });
}

/** Whether the run `planId` is registered here by a live orchestrator. */
export function runIsLive(workspace: string, planId: string): boolean {
  return readActiveRuns(workspace).some((r) => r.planId === planId && ownerAlive(r));
}
