/**
 * Reads back the worker result files of a run (`worker-<domain>_result.json`). The recorder writes a
 * subtask's end into its worker's file before the end reaches the event log (src/engine/run-recorder.ts),
 * so these files are the run's most up-to-date record of what ended: retry and resume keep what they
 * say completed, and the status of an interrupted run is read through them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SubtaskResult, WorkerResult } from './types.js';

/** The subtasks' results as the run's worker result files last recorded them, by subtask id. */
export function readWorkerResults(dir: string): Map<string, SubtaskResult> {
  const results = new Map<string, SubtaskResult>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => /^worker-.+_result\.json$/.test(n));
  } catch {
    return results;
  }
  for (const name of names) {
    try {
      const worker = JSON.parse(readFileSync(join(dir, name), 'utf8')) as WorkerResult;
      for (const s of worker.subtasks) results.set(s.id, s);
    } catch {
      // A file being replaced right now cannot be half-written (atomic); anything else is not ours.
    }
  }
  return results;
}
