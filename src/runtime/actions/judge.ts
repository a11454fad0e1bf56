/**
 * What a workflow run's state means for its subtask. Pure: the run as GitHub reports it and how long it has
 * waited since its dispatch in, a verdict out.
 */
import type { WorkflowRun } from './rest.js';

export type RunVerdict =
  | { kind: 'wait' }
  /** The run ended: `success`, `failure`, `cancelled`, `timed_out`, … (GitHub's conclusion). */
  | { kind: 'ended'; conclusion: string }
  /** Still not started after the start timeout: cancel it. */
  | { kind: 'never-started'; status: string };

/** The statuses of a run that has not started on a runner yet. */
const NOT_STARTED = new Set(['queued', 'requested', 'waiting', 'pending']);

export function judgeRun(
  run: Pick<WorkflowRun, 'status' | 'conclusion'>,
  waitedMs: number,
  startTimeoutMs: number,
): RunVerdict {
  const status = run.status ?? 'queued';
  if (status === 'completed') return { kind: 'ended', conclusion: run.conclusion ?? 'unknown' };
  if (NOT_STARTED.has(status) && waitedMs >= startTimeoutMs) return { kind: 'never-started', status };
  return { kind: 'wait' };
}

/** Why a run that ended without a usable result failed its subtask, in words. */
export function endedWithout(conclusion: string, url: string): string {
  const how: Record<string, string> = {
    failure: 'failed',
    cancelled: 'was cancelled',
    timed_out: 'timed out',
    startup_failure: 'failed to start',
    action_required: 'waits for approval',
    stale: 'went stale',
    skipped: 'was skipped',
    success: 'succeeded but left no result',
  };
  return `the worker run ${how[conclusion] ?? `ended (${conclusion})`}: ${url}`;
}
