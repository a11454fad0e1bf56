/** Events and results of a run: what the event log, the result files, the CLI and the action share. */

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

export type EventType =
  | 'plan.created'
  | 'worker.spawned'
  | 'task.started'
  | 'task.completed'
  | 'task.failed'
  | 'task.skipped'
  | 'task.cancelled'
  | 'worker.stopped'
  | 'plan.completed'
  | 'log';

export interface OrchestratorEvent {
  ts: string;
  type: EventType;
  planId: string;
  taskId?: string;
  worker?: string;
  /** Event-specific fields (status, error, durationMs, message, …). */
  [key: string]: unknown;
}

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
  conflictBranches: Array<{ branch: string; pushed: boolean; error?: string }>;
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
    conflicts: string[];
    conflictBranches: string[];
  };
  /** What was pushed, when the run was asked to push (`push`): the integration branch and any work left out of it. */
  delivery?: Delivery;
  summary: string;
}
