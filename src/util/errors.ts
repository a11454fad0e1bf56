/**
 * Errors a user must act on. Everything the orchestrator refuses before running anything is an
 * `InputError` (exit code 2): one message that names the culprit.
 */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A dependency cycle; `path` is the cycle with its first id repeated at the end (`a -> b -> a`). */
export class CycleError extends InputError {
  constructor(readonly path: string[]) {
    super(`Dependency cycle: ${path.join(' -> ')}`);
  }
}

export class UnknownDependencyError extends InputError {
  constructor(
    readonly taskId: string,
    readonly dependencyId: string,
  ) {
    super(`Task '${taskId}' depends on unknown task id '${dependencyId}'`);
  }
}

export class DuplicateIdError extends InputError {
  constructor(readonly taskId: string) {
    super(`Duplicate task id '${taskId}'`);
  }
}

export class SelfDependencyError extends InputError {
  constructor(readonly taskId: string) {
    super(`Task '${taskId}' depends on itself`);
  }
}

export class EmptyPlanError extends InputError {
  constructor(detail = 'no tasks were given') {
    super(`Empty task list: ${detail}`);
  }
}

export class TooManySubtasksError extends InputError {
  constructor(
    readonly count: number,
    readonly limit: number,
    /** What the user can do about it (`; raise it with --max-subtasks …`). */
    hint = '',
  ) {
    super(`Too many subtasks: ${count} (the limit is ${limit}${hint})`);
  }
}

/** A plan file that cannot be read or parsed; names the file and, where known, the line. */
export class PlanFileError extends InputError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
  }
}

/** An option or setting with a bad value; quotes the value. */
export class OptionError extends InputError {
  constructor(
    readonly option: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`Invalid ${option} '${String(value)}'. Expected ${expected}.`);
  }

  /** The same error under the name the user knows the option by (`--timeout` for `timeoutMs`). */
  named(name: string): OptionError {
    return new OptionError(name, this.value, this.expected);
  }
}

/**
 * Workers cannot start here (no engine, no worker image, no agent) and the run was told not to fall back on
 * prompt files. Not an input error: the request was fine, the machine is not ready for it.
 */
export class WorkersUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`Workers cannot start: ${reason}`);
    this.name = new.target.name;
  }
}

/** The one way to turn anything thrown into a message. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
