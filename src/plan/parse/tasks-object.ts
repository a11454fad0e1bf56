/**
 * The YAML/JSON object form: `tasks: [{id, description, domain?, depends_on?: [ids], skills?: [..]}]`.
 * Keys of a task are checked strictly, so a typo such as `depend_on` is refused rather than silently dropping
 * the dependency; other top-level keys (a title, a version) are allowed.
 */
import { z } from 'zod';
import { isDomainName } from '../domains.js';
import type { RawTask } from '../types.js';
import { TASK_ID, TASK_ID_EXPECTED } from './task-id.js';
import { planFormatError } from './zod-issue.js';

const idSchema = z
  .union([z.string(), z.number()], { error: 'an id must be text' })
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(TASK_ID, { error: `an id must be ${TASK_ID_EXPECTED}` }));

/** `[a, b]`, or `a, b` as one string, or nothing. */
const idListSchema = z.preprocess(
  (v) =>
    v == null
      ? []
      : typeof v === 'string'
        ? v.split(/[\s,]+/).filter(Boolean)
        : typeof v === 'number'
          ? [v]
          : v,
  z.array(idSchema, { error: 'expected a list of task ids' }),
);

const skillsSchema = z.preprocess(
  (v) => (v == null ? [] : typeof v === 'string' ? [v] : v),
  z.array(z.string().trim().min(1), { error: 'expected a list of skill names' }),
);

const domainSchema = z.string({ error: 'a domain must be text' }).trim().toLowerCase().refine(isDomainName, {
  error: 'a domain must be lowercase letters, digits and "-", starting with a letter',
});

const fileTaskSchema = z.preprocess(
  // `- Build the UI` is shorthand for `- description: Build the UI`.
  (v) => (typeof v === 'string' ? { description: v } : v),
  z.strictObject(
    {
      id: idSchema.optional(),
      description: z
        .string({ error: 'a description (text) is required' })
        .trim()
        .min(1, { error: 'the description is empty' }),
      domain: domainSchema.nullish(),
      depends_on: idListSchema,
      dependsOn: idListSchema,
      skills: skillsSchema,
    },
    { error: 'a task must be an object with a description, or a string' },
  ),
);

export const tasksObjectSchema = z.looseObject(
  { tasks: z.array(fileTaskSchema, { error: "expected a 'tasks' list" }) },
  { error: "expected an object with a 'tasks' list, or an array in the planner format" },
);

/** Validates a parsed YAML/JSON value; throws `PlanFormatError` with the path of the first problem. */
export function rawTasksFromTasksObject(value: unknown): RawTask[] {
  const parsed = tasksObjectSchema.safeParse(value);
  if (!parsed.success) throw planFormatError(parsed.error);
  return parsed.data.tasks.map((t) => {
    const task: RawTask = {
      description: t.description,
      dependsOn: [...new Set([...t.depends_on, ...t.dependsOn])],
      skills: [...new Set(t.skills.map((s) => s.replace(/^\/+/, '')))],
    };
    if (t.id !== undefined) task.id = t.id;
    if (t.domain != null) task.domain = t.domain;
    return task;
  });
}
