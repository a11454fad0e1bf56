/** Events and results of a run: what the event log, the result files, the CLI and the action share. */
import type { MergeConflict } from '../git/worktrees.js';

export type { MergeConflict };

export type SubtaskStatus =
  'pending' | 'running' | 'completed' | 'failed' | 'timed_out' | 'skipped' | 'cancelled';
/**
 * `interrupted`: the orchestrator died while the plan was planning or executing (see lifecycle/reaper.ts).
 * `prompts_written`: a run that asked for prompt files (the prompt-files runtime) wrote them; nothing ran.
 */
export type PlanStatus =
  'planning' | 'executing' | 'completed' | 'failed' | 'cancelled' | 'interrupted' | 'prompts_written';
export type RunMode = 'parallel' | 'sequential';

export const TERMINAL_STATUSES: ReadonlySet<SubtaskStatus> = new Set([
  'completed',
  'failed',
  'timed_out',
  'skipped',
  'cancelled',
]);

/** What an agent reports having spent on a subtask (models without a price cost 0). */
export interface Usage {
  tokens: number;
  costUsd: number;
}

interface EventBase {
  /** ISO 8601 */
  ts: string;
  planId: string;
}

/** The end of a subtask, one event type per way it ends. */
type SubtaskEndEvent<T extends 'task.completed' | 'task.failed' | 'task.skipped' | 'task.cancelled'> =
  EventBase & {
    type: T;
    taskId: string;
    worker: string;
    status: SubtaskStatus;
    durationMs?: number;
    error?: string;
    usage?: Usage;
  };

/** Every event of a run, as the event log, the CLI, the action and the API see them. */
export type OrchestratorEvent =
  | (EventBase & {
      type: 'plan.created';
      taskDescription: string;
      subtasks: Array<{ id: string; description: string; domain: string; dependsOn: string[] }>;
      workers: string[];
      /** Taken up again (a retry, a resume): the subtasks that completed before and are not run again. */
      kept?: string[];
    })
  | (EventBase & { type: 'worker.spawned'; worker: string; domain: string; runtime: string })
  | (EventBase & { type: 'task.started'; taskId: string; worker: string; description: string })
  /** A subtask handed to a runner of its own (the `actions` runtime): the run that does it, and its page. */
  | (EventBase & { type: 'task.dispatched'; taskId: string; worker: string; runId: number; url: string })
  | SubtaskEndEvent<'task.completed'>
  | SubtaskEndEvent<'task.failed'>
  | SubtaskEndEvent<'task.skipped'>
  | SubtaskEndEvent<'task.cancelled'>
  | (EventBase & { type: 'worker.stopped'; worker: string; domain: string })
  | (EventBase & {
      type: 'plan.completed';
      status: Exclude<PlanStatus, 'planning' | 'executing'>;
      durationMs: number;
    })
  | (EventBase & { type: 'log'; message: string; taskId?: string; worker?: string });

export type EventType = OrchestratorEvent['type'];

/** Every event type, for consumers that must know them all (and a test that nothing else is emitted). */
export const EVENT_TYPES: readonly EventType[] = [
  'plan.created',
  'worker.spawned',
  'task.started',
  'task.dispatched',
  'task.completed',
  'task.failed',
  'task.skipped',
  'task.cancelled',
  'worker.stopped',
  'plan.completed',
  'log',
];

/** The fields of an event of type T that its emitter gives (the bus adds `ts`, `type` and `planId`). */
export type EventFields<T extends EventType> = Omit<
  Extract<OrchestratorEvent, { type: T }>,
  'ts' | 'type' | 'planId'
>;

export interface SubtaskResult {
  id: string;
  description: string;
  domain: string;
  worker: string;
  /** Ids of the subtasks it depends on. */
  dependsOn: string[];
  status: SubtaskStatus;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  result: string | null;
  error: string | null;
  /** Tokens and cost the agent reported, where it does. */
  usage?: Usage;
  details?: Record<string, unknown>;
}

export interface WorkerResult {
  worker: string;
  domain: string;
  status: 'completed' | 'failed' | 'cancelled' | 'pending';
  mode: RunMode;
  subtasks: SubtaskResult[];
}

export interface Delivery {
  remote: string;
  /** The integration branch on the remote; undefined when no file changed (nothing to deliver). */
  branch?: string;
  commit?: string;
  pushed: boolean;
  /** Why the push failed; every result is kept all the same. */
  error?: string;
  /** Worker branches pushed as they are (`<branch>-<domain>`) because their work conflicted with the integration branch. */
  conflictBranches: Array<{
    branch: string;
    pushed: boolean;
    error?: string;
    /** The local worker branch. */ local: string;
  }>;
}

export interface RunResult {
  planId: string;
  status: Exclude<PlanStatus, 'planning' | 'executing' | 'interrupted'>;
  mode: RunMode;
  runtime: string;
  runDir: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  subtasks: SubtaskResult[];
  workers: WorkerResult[];
  /** Git branches made by the run (worker branches and the merged branch), where the workdir is a repo. */
  branches?: {
    merged?: string;
    workers: Record<string, string>;
    conflicts: MergeConflict[];
    conflictBranches: string[];
  };
  /** What was pushed, when the run was asked to push (`push`): the integration branch and any work left out of it. */
  delivery?: Delivery;
  summary: string;
}
