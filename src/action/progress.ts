/**
 * What the status comment shows, folded from the engine's events as they arrive. Pure: an event in, a new
 * view out; the final RunResult, when there is one, replaces whatever the events said.
 */
import type { OrchestratorEvent, PlanStatus, RunResult, SubtaskStatus } from '../engine/types.js';
import { workerName } from '../plan/types.js';
import { subtaskUsage } from './usage.js';

export interface SubtaskView {
  id: string;
  description: string;
  domain: string;
  worker: string;
  dependsOn?: string[];
  status: SubtaskStatus;
  /** Epoch ms. */
  startedAt?: number;
  finishedAt?: number;
  durationMs?: number;
  error?: string;
  /** What the agent reported, once the run has ended (see usage.ts). */
  tokens?: number;
  costUsd?: number;
}

export interface RunView {
  planId?: string;
  status: PlanStatus;
  subtasks: SubtaskView[];
}

export const emptyView = (): RunView => ({ status: 'planning', subtasks: [] });

const TASK_STATUS_BY_EVENT: Partial<Record<OrchestratorEvent['type'], SubtaskStatus>> = {
  'task.started': 'running',
  'task.completed': 'completed',
  'task.skipped': 'skipped',
  'task.cancelled': 'cancelled',
};

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function planSubtasks(event: OrchestratorEvent): SubtaskView[] {
  const list = Array.isArray(event.subtasks) ? (event.subtasks as unknown[]) : [];
  return list.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const id = str(record.id);
    if (!id) return [];
    const domain = str(record.domain) ?? 'general';
    return [
      {
        id,
        description: str(record.description) ?? '',
        domain,
        worker: str(record.worker) ?? workerName(domain),
        dependsOn: Array.isArray(record.dependsOn)
          ? record.dependsOn.filter((d): d is string => typeof d === 'string')
          : [],
        status: 'pending' as const,
      },
    ];
  });
}

/** Folds one event into the view; unknown events and unknown task ids leave it unchanged. */
export function applyEvent(view: RunView, event: OrchestratorEvent): RunView {
  const at = Date.parse(event.ts);
  const time = Number.isNaN(at) ? undefined : at;
  switch (event.type) {
    case 'plan.created':
      return { planId: event.planId, status: 'executing', subtasks: planSubtasks(event) };
    case 'plan.completed': {
      const status = str(event.status) as PlanStatus | undefined;
      return { ...view, planId: view.planId ?? event.planId, status: status ?? 'completed' };
    }
    case 'task.started':
    case 'task.completed':
    case 'task.failed':
    case 'task.skipped':
    case 'task.cancelled': {
      if (!event.taskId || !view.subtasks.some((s) => s.id === event.taskId)) return view;
      const status: SubtaskStatus =
        event.type === 'task.failed'
          ? str(event.status) === 'timed_out'
            ? 'timed_out'
            : 'failed'
          : (TASK_STATUS_BY_EVENT[event.type] ?? 'pending');
      return {
        ...view,
        subtasks: view.subtasks.map((s) =>
          s.id === event.taskId ? updateSubtask(s, event, status, time) : s,
        ),
      };
    }
    default:
      return view;
  }
}

function updateSubtask(
  subtask: SubtaskView,
  event: OrchestratorEvent,
  status: SubtaskStatus,
  time: number | undefined,
): SubtaskView {
  const next: SubtaskView = { ...subtask, status, worker: event.worker ?? subtask.worker };
  if (status === 'running') {
    next.startedAt = time;
    return next;
  }
  next.finishedAt = time;
  next.durationMs =
    num(event.durationMs) ??
    (subtask.startedAt !== undefined && time !== undefined ? time - subtask.startedAt : undefined);
  const error = str(event.error);
  if (error) next.error = error;
  return next;
}

/** The authoritative view once the run has ended. */
export function viewFromResult(result: Pick<RunResult, 'planId' | 'status' | 'subtasks'>): RunView {
  return {
    planId: result.planId,
    status: result.status,
    subtasks: result.subtasks.map((s) => ({
      id: s.id,
      description: s.description,
      domain: s.domain,
      worker: s.worker,
      dependsOn: s.dependsOn,
      status: s.status,
      startedAt: s.startedAt ? Date.parse(s.startedAt) : undefined,
      finishedAt: s.finishedAt ? Date.parse(s.finishedAt) : undefined,
      durationMs: s.durationMs ?? undefined,
      error: s.error ?? undefined,
      ...subtaskUsage(s),
    })),
  };
}
