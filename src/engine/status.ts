/**
 * The status of a run as `orchestrate status` and `GET /v1/orchestrate/:planId` answer it (contract section 8):
 * `{plan: {id, status, taskDescription}, subtasks: [{index, id, status, description, domain, result?}]}`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../plan/types.js';
import type { PlanStatus, SubtaskResult } from './types.js';

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
}

export function buildStatus(
  plan: Pick<Plan, 'planId' | 'taskDescription'>,
  status: PlanStatus,
  subtasks: readonly SubtaskResult[],
): RunStatus {
  return {
    plan: { id: plan.planId, status, taskDescription: plan.taskDescription },
    subtasks: subtasks.map((s, index) => ({
      index,
      id: s.id,
      status: s.status,
      description: s.description,
      domain: s.domain,
      ...(s.result !== null && s.result !== '' ? { result: s.result } : {}),
      ...(s.error ? { error: s.error } : {}),
    })),
  };
}

/** Reads a run's status from its files; undefined when there is no such run. */
export function readRunStatus(runDir: string): RunStatus | undefined {
  try {
    return JSON.parse(readFileSync(join(runDir, STATUS_FILE), 'utf8')) as RunStatus;
  } catch {
    return undefined;
  }
}

export const STATUS_FILE = 'status.json';
