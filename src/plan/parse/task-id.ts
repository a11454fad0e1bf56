/**
 * Task ids: what `(id: …)`, `depends_on` and plan files may use. They travel into environment variables,
 * event logs and file names, so they are held to a plain form.
 */
import { OptionError } from '../../util/errors.js';

export const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const TASK_ID_EXPECTED =
  'letters, digits, ".", "_" or "-", starting with a letter or digit, 1-64 long';

/** Trims and checks an id; throws `OptionError` quoting a bad one. Ids are case-sensitive. */
export function checkTaskId(id: string): string {
  const trimmed = id.trim();
  if (!TASK_ID.test(trimmed)) throw new OptionError('task id', id, TASK_ID_EXPECTED);
  return trimmed;
}
