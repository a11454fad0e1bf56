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
  /** That line as it was read: the check-off ticks it only if it is still the same. */
  lineText?: string;
  /** What a plan file says about the task beyond its title (a todo's body, its phase's goal). */
  context?: string;
  /** The plan's phase the task belongs to (`Phase 3: User Story 1 - …`). */
  phase?: string;
  /** A spec-kit user story (`US1`). */
  story?: string;
  /** Why each dependency was inferred or read from prose, by dependency id. */
  reasons?: Record<string, string>;
}

/** What a parser returns: the tasks plus where they came from. */
export interface ParsedInput {
  tasks: RawTask[];
  /** Set when the input was a plan file. */
  source?: PlanSource;
  /** Items a markdown plan already marks done (`- [x]`); not run. */
  alreadyDone?: number;
  /** Things the user should know that do not stop the plan (an unclosed code fence, bidi characters). */
  warnings?: string[];
  /** A plan file's phases, in run order. */
  phases?: string[];
}

export interface PlanSource {
  kind: 'markdown' | 'yaml' | 'json';
  /** The real path the plan was read from. */
  file: string;
  /** The directory plans must lie in, when the caller set one; the check-off writes only inside it. */
  root?: string;
}

export interface Subtask {
  id: string;
  description: string;
  domain: string;
  dependsOn: string[];
  skills: string[];
  /** Markdown line to check off on completion (plan files only). */
  line?: number;
  lineText?: string;
  context?: string;
  phase?: string;
  story?: string;
  /** Why each dependency is there, for those not written as `depends_on`. */
  reasons?: Record<string, string>;
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
  /** Items a plan file already marked done. A plan with no subtasks and some done is complete. */
  alreadyDone?: number;
  phases?: string[];
  warnings?: string[];
}

export const WORKER_PREFIX = 'omo-worker-';
export const workerName = (domain: string): string => `${WORKER_PREFIX}${domain}`;
