/**
 * The plan: what the input parsers produce and everything downstream consumes. Pure data.
 */

/** One task as an input parser found it, before ids, domains and validation are settled. */
export interface RawTask {
  /** Explicit id from `(id: x)` or a plan file; auto ids (`t1`, `t2`, …) are assigned later. */
  id?: string;
  description: string;
  /** Explicit domain (`frontend:…`, a plan file's `domain`); detected from keywords when absent. */
  domain?: string;
  /** Ids of tasks this one depends on (already resolved from indices for the planner's format). */
  dependsOn: string[];
  skills: string[];
  /** 1-based line in a markdown plan file, used to check the item off when it completes. */
  line?: number;
}

/** What a parser returns: the tasks plus where they came from. */
export interface ParsedInput {
  tasks: RawTask[];
  /** Set when the input was a plan file. */
  source?: PlanSource;
  /** Items a markdown plan already marks done (`- [x]`); not run. */
  alreadyDone?: number;
}

export interface PlanSource {
  kind: 'markdown' | 'yaml' | 'json';
  file: string;
}

export interface Subtask {
  id: string;
  description: string;
  domain: string;
  dependsOn: string[];
  skills: string[];
  /** Markdown line to check off on completion (plan files only). */
  line?: number;
}

export interface WorkerPlan {
  /** `omo-worker-<domain>` */
  name: string;
  domain: string;
  /** Subtask ids in the order the worker runs them (a topological order). */
  subtasks: string[];
}

export interface Plan {
  planId: string;
  /** The request as the user gave it (joined), for status and the planner. */
  taskDescription: string;
  subtasks: Subtask[];
  workers: WorkerPlan[];
  source?: PlanSource;
}

export const WORKER_PREFIX = 'omo-worker-';
export const workerName = (domain: string): string => `${WORKER_PREFIX}${domain}`;
