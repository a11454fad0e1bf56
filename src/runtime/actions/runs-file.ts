/**
 * The workflow runs a coordinator dispatched, in the run's files (`actions-runs.json`), written as each is
 * dispatched and as each ends: whoever finds the coordinator dead (the post step, `kill-all`) cancels what
 * is still going from here, without asking GitHub which runs were its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../util/fs-atomic.js';

export const RUNS_FILE = 'actions-runs.json';

export interface DispatchedRun {
  taskId: string;
  runId: number;
  url: string;
  /** Set once the coordinator saw the run end (or cancelled it). */
  ended?: boolean;
}

export function readDispatchedRuns(runDir: string): DispatchedRun[] {
  try {
    const list = JSON.parse(readFileSync(join(runDir, RUNS_FILE), 'utf8')) as unknown;
    return Array.isArray(list)
      ? list.filter(
          (r): r is DispatchedRun =>
            typeof r === 'object' && r !== null && typeof (r as DispatchedRun).runId === 'number',
        )
      : [];
  } catch {
    return [];
  }
}

/** The record of one run's dispatched workflow runs; every change is on disk before it returns. */
export class DispatchedRuns {
  private readonly runs: DispatchedRun[];

  constructor(private readonly runDir: string) {
    this.runs = readDispatchedRuns(runDir);
  }

  add(run: DispatchedRun): void {
    this.runs.push(run);
    this.write();
  }

  ended(runId: number): void {
    const run = this.runs.find((r) => r.runId === runId);
    if (run && !run.ended) {
      run.ended = true;
      this.write();
    }
  }

  get open(): DispatchedRun[] {
    return this.runs.filter((r) => !r.ended);
  }

  private write(): void {
    writeFileAtomic(join(this.runDir, RUNS_FILE), `${JSON.stringify(this.runs, null, 2)}\n`);
  }
}
