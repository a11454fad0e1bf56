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
  /** The workflow run that does it (the `actions` runtime). */
  runUrl?: string;
  /** What the agent reported, once the run has ended (see usage.ts). */
  tokens?: number;
  costUsd?: number;
  /** What its agent asked and was answered (interactive mode). */
  questions?: Array<{ question: string; answer: string }>;
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

type TaskEvent = Extract<OrchestratorEvent, { taskId: string; worker: string }>;

function planSubtasks(event: Extract<OrchestratorEvent, { type: 'plan.created' }>): SubtaskView[] {
  return event.subtasks.map((s) => ({
    id: s.id,
    description: s.description,
    domain: s.domain,
    worker: workerName(s.domain),
    dependsOn: [...s.dependsOn],
    status: 'pending' as const,
  }));
}

/** Folds one event into the view; unknown events and unknown task ids leave it unchanged. */
export function applyEvent(view: RunView, event: OrchestratorEvent): RunView {
  const at = Date.parse(event.ts);
  const time = Number.isNaN(at) ? undefined : at;
  switch (event.type) {
    case 'plan.created': {
      const kept = new Set(event.kept ?? []);
      const subtasks = planSubtasks(event).map((s) =>
        kept.has(s.id) ? { ...s, status: 'completed' as const } : s,
      );
      return { planId: event.planId, status: 'executing', subtasks };
    }
    case 'plan.completed':
      return { ...view, planId: view.planId ?? event.planId, status: event.status };
    case 'task.dispatched':
      if (!view.subtasks.some((s) => s.id === event.taskId)) return view;
      return {
        ...view,
        subtasks: view.subtasks.map((s) => (s.id === event.taskId ? { ...s, runUrl: event.url } : s)),
      };
    case 'task.started':
    case 'task.completed':
    case 'task.failed':
    case 'task.skipped':
    case 'task.cancelled': {
      if (!view.subtasks.some((s) => s.id === event.taskId)) return view;
      const status: SubtaskStatus =
        event.type === 'task.failed'
          ? event.status === 'timed_out'
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
    case 'task.question':
      return {
        ...view,
        subtasks: view.subtasks.map((s) =>
          s.id === event.taskId
            ? {
                ...s,
                questions: [...(s.questions ?? []), { question: event.question, answer: event.answer }],
              }
            : s,
        ),
      };
    default:
      return view;
  }
}

function updateSubtask(
  subtask: SubtaskView,
  event: TaskEvent,
  status: SubtaskStatus,
  time: number | undefined,
): SubtaskView {
  const next: SubtaskView = { ...subtask, status, worker: event.worker ?? subtask.worker };
  if (status === 'running') {
    next.startedAt = time;
    return next;
  }
  next.finishedAt = time;
  const reported = 'durationMs' in event ? event.durationMs : undefined;
  next.durationMs =
    reported ??
    (subtask.startedAt !== undefined && time !== undefined ? time - subtask.startedAt : undefined);
  if ('error' in event && event.error) next.error = event.error;
  // The live comment shows what a subtask spent as soon as it ends.
  if ('usage' in event) Object.assign(next, subtaskUsage(event));
  return next;
}

/** The authoritative view once the run has ended. */
export function viewFromResult(
  result: Pick<RunResult, 'planId' | 'subtasks'> & { status: PlanStatus },
): RunView {
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
      ...(typeof s.details?.runUrl === 'string' ? { runUrl: s.details.runUrl } : {}),
      ...subtaskUsage(s),
      ...(s.exchanges
        ? { questions: s.exchanges.map(({ question, answer }) => ({ question, answer })) }
        : {}),
    })),
  };
}
