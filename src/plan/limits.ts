/**
 * How many subtasks a plan may have: the one place that says so. Every surface (the CLI's `--max-subtasks`,
 * the action's `max-subtasks` input, the API's `maxSubtasks`, the LLM planner, direct input) takes its
 * bounds from here.
 *
 * - The LLM planner decomposes free text into a handful of subtasks: 5 unless asked otherwise, never more
 *   than 10, because a model asked for more tends to pad the plan with filler.
 * - Plan files and explicit lists are the user's own work, taken as written: real spec-kit plans hold
 *   100-300 tasks, so they are not refused below 1,000.
 * - No option may go past `ceiling`, which keeps one accidental input from holding the machine.
 */
import { TooManySubtasksError } from '../util/errors.js';

export const SUBTASK_LIMITS = {
  plannerDefault: 5,
  plannerMax: 10,
  directDefault: 1000,
  ceiling: 10_000,
  /** A task's title: it travels in an environment variable and every log line; details go in its body. */
  descriptionChars: 4000,
  /** A task's details (a todo's body, a phase's goal) in its worker's prompt; more is cut with a marker. */
  contextChars: 32_000,
} as const;

/** The option that raises the limit, as each surface spells it, for the error message. */
export const MAX_SUBTASKS_OPTION =
  '--max-subtasks (the action input max-subtasks, the API field maxSubtasks)';

/** The limit for tasks given directly (lists, plan files). */
export function directLimit(requested: number | undefined): number {
  return requested ?? SUBTASK_LIMITS.directDefault;
}

/**
 * The LLM planner's limit: what was asked, held to `plannerMax`. A higher request (say the action's
 * `max-subtasks: 50`, meant for plan files) is not an error for free text; the planner just plans fewer.
 */
export function plannerLimit(requested: number | undefined): number {
  return Math.min(requested ?? SUBTASK_LIMITS.plannerDefault, SUBTASK_LIMITS.plannerMax);
}

/** Throws when `count` is past `limit`, naming the limit and the option that raises it. */
export function checkSubtaskCount(count: number, limit: number): void {
  if (count <= limit) return;
  const raise =
    limit < SUBTASK_LIMITS.ceiling
      ? `; raise it with ${MAX_SUBTASKS_OPTION}, up to ${SUBTASK_LIMITS.ceiling}`
      : `, the most any plan may have`;
  throw new TooManySubtasksError(count, limit, raise);
}
