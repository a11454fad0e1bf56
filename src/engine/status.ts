/**
 * The status of a run as `orchestrate status` and `GET /v1/orchestrate/:planId` answer it:
 * `{plan: {id, status, taskDescription}, subtasks: [{index, id, status, description, domain, result?}]}`.
 * A run that says it is planning or executing while no live orchestrator holds it is `interrupted`.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { runIsLive } from '../lifecycle/active-runs.js';
import type { Plan } from '../plan/types.js';
import { writeFileAtomic } from '../util/fs-atomic.js';
import { TERMINAL_STATUSES, type PlanStatus, type SubtaskResult } from './types.js';
import { readWorkerResults } from './worker-results.js';

export const STATUS_FILE = 'status.json';

export interface RunStatus {
  plan: { id: string; status: PlanStatus; taskDescription: string };
  subtasks: Array<{
    index: number;
    id: string;
    status: SubtaskResult['status'];
    description: string;
    domain: string;
    result?: string;
    error?: string;
  }>;
  /** Why the run ended without completing, where the engine knows (a planner failure, an interruption). */
  error?: string;
}

export function buildStatus(
  plan: Pick<Plan, 'planId' | 'taskDescription'>,
  status: PlanStatus,
  subtasks: readonly SubtaskResult[],
): RunStatus {
  return {
    plan: { id: plan.planId, status, taskDescription: plan.taskDescription },
    subtasks: subtasks.map(subtaskStatus),
  };
}

function subtaskStatus(s: SubtaskResult, index: number): RunStatus['subtasks'][number] {
  return {
    index,
    id: s.id,
    status: s.status,
    description: s.description,
    domain: s.domain,
    ...(s.result !== null && s.result !== '' ? { result: s.result } : {}),
    ...(s.error ? { error: s.error } : {}),
  };
}

const IN_FLIGHT: ReadonlySet<PlanStatus> = new Set(['planning', 'executing']);

function readStatusFile(runDir: string): RunStatus | undefined {
  try {
    return JSON.parse(readFileSync(join(runDir, STATUS_FILE), 'utf8')) as RunStatus;
  } catch {
    return undefined;
  }
}

/**
 * Reads a run's status from its files; undefined when there is no such run. A run dir inside a workspace
 * (`<workspace>/runs/<planId>`) is checked against the workspace's live runs: in flight with no live
 * orchestrator means interrupted.
 */
export function readRunStatus(runDir: string): RunStatus | undefined {
  const status = readStatusFile(runDir);
  if (!status || !IN_FLIGHT.has(status.plan.status)) return status;
  const workspace = dirname(dirname(runDir));
  if (runIsLive(workspace, basename(runDir))) return status;
  // The run may have finished between the two reads.
  const again = readStatusFile(runDir);
  if (again && !IN_FLIGHT.has(again.plan.status)) return again;
  return interrupted(runDir, status, 'no live orchestrator runs this plan');
}

/**
 * The status of a run whose orchestrator died. The status file follows the event log by one turn of the event
 * loop, so a subtask that ended just before the death may still read running there: its worker result file,
 * written before the end was logged, says how it ended, and is what a resume keeps. What never ended is cancelled.
 */
function interrupted(runDir: string, status: RunStatus, why: string): RunStatus {
  const recorded = readWorkerResults(runDir);
  return {
    ...status,
    plan: { ...status.plan, status: 'interrupted' },
    subtasks: status.subtasks.map((s) => {
      if (TERMINAL_STATUSES.has(s.status)) return s;
      const ended = recorded.get(s.id);
      if (ended && TERMINAL_STATUSES.has(ended.status)) return subtaskStatus(ended, s.index);
      return { ...s, status: 'cancelled' as const, error: `interrupted: ${why}` };
    }),
    error: `interrupted: ${why}`,
  };
}

/** Writes `interrupted` into a dead run's status file; true when it changed anything. */
export function interruptRunStatus(runDir: string, why: string): boolean {
  const status = readStatusFile(runDir);
  if (!status || !IN_FLIGHT.has(status.plan.status)) return false;
  writeFileAtomic(
    join(runDir, STATUS_FILE),
    `${JSON.stringify(interrupted(runDir, status, why), null, 2)}\n`,
  );
  return true;
}
