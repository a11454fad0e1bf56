/**
 * Input errors specific to plan building, beside the shared ones in `util/errors.ts`.
 */
import { DuplicateIdError, InputError } from '../util/errors.js';

/** A path into a parsed value (`[2, 'dependencies', 0]`), printed as `[2].dependencies[0]`. */
export type ValuePath = ReadonlyArray<string | number>;

export function formatValuePath(path: ValuePath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * A structured task list (a plan file's value, or the LLM planner's answer) that does not fit its schema.
 * Carries the path so a file reader can turn it into a line (`PlanFileError`); the planner can show it as is.
 */
export class PlanFormatError extends InputError {
  constructor(
    readonly path: ValuePath,
    readonly detail: string,
  ) {
    super(path.length === 0 ? detail : `${formatValuePath(path)}: ${detail}`);
  }
}

/**
 * An explicit id that takes the auto id of another task (`(id: t2)` written on a task other than the second).
 * Refused rather than renumbered, so `t<n>` in a `depends_on` always means the n-th task.
 */
export class AutoIdCollisionError extends DuplicateIdError {
  constructor(
    taskId: string,
    readonly explicitOn: number,
    readonly autoFor: number,
  ) {
    super(taskId);
    this.message =
      `Task id '${taskId}' given to task ${explicitOn} is the auto id of task ${autoFor}; ` +
      `auto ids are t<position>, choose another id`;
  }
}
