/** The first zod issue as a `PlanFormatError`, pointing at the offending key where zod names one. */
import type { z } from 'zod';
import { PlanFormatError } from '../errors.js';

export function planFormatError(error: z.ZodError): PlanFormatError {
  const issue = error.issues[0];
  if (!issue) return new PlanFormatError([], 'invalid value');
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
    return new PlanFormatError([...path, issue.keys[0]], `unknown key '${issue.keys[0]}'`);
  }
  return new PlanFormatError(path, issue.message);
}
