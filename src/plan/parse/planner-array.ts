/**
 * The planner's format: `[{"description", "agent", "dependencies": [0-based indices]}]`, as the LLM planner
 * answers and as a JSON plan file may hold. Unknown keys are ignored (a model adds them); what is there must
 * be right. Indices become the auto ids `t1..tN`, so a plan reads the same whichever form it came from.
 */
import { z } from 'zod';
import { DomainRegistry } from '../domains.js';
import { PlanFormatError } from '../errors.js';
import type { RawTask } from '../types.js';
import { planFormatError } from './zod-issue.js';

const INDEX_EXPECTED = 'a dependency must be a 0-based task index';
const indexSchema = z.union(
  [
    z.int({ error: INDEX_EXPECTED }).nonnegative({ error: INDEX_EXPECTED }),
    // Models sometimes quote numbers; `"2"` is unambiguous.
    z
      .string()
      .regex(/^\d+$/)
      .transform((s) => Number(s)),
  ],
  { error: INDEX_EXPECTED },
);

export const plannerTaskSchema = z.object(
  {
    description: z
      .string({ error: 'a description (text) is required' })
      .trim()
      .min(1, { error: 'the description is empty' }),
    agent: z.string().nullish(),
    dependencies: z.preprocess(
      (v) => v ?? [],
      z.array(indexSchema, { error: 'dependencies must be a list of 0-based task indices' }),
    ),
  },
  { error: 'each task must be an object {description, agent, dependencies}' },
);

export const plannerTasksSchema = z.array(plannerTaskSchema, {
  error: 'expected a JSON array of {description, agent, dependencies}',
});

export type PlannerTask = z.infer<typeof plannerTaskSchema>;

/**
 * Validates the planner's array (already parsed from JSON) into RawTasks with ids `t1..tN`. `agent` sets the
 * domain only when it names a domain of `registry` (planners say `build`, which is not a domain). Throws
 * `PlanFormatError` with the path of the first problem, e.g. an index out of range. An empty array is valid
 * here; `buildPlan` refuses it.
 */
export function rawTasksFromPlannerArray(
  value: unknown,
  registry: DomainRegistry = DomainRegistry.default,
): RawTask[] {
  const parsed = plannerTasksSchema.safeParse(value);
  if (!parsed.success) throw planFormatError(parsed.error);
  const count = parsed.data.length;
  return parsed.data.map((t, i) => {
    const dependsOn = t.dependencies.map((d, j) => {
      if (d >= count) {
        throw new PlanFormatError(
          [i, 'dependencies', j],
          `dependency index ${d} is out of range (tasks are 0..${count - 1})`,
        );
      }
      return `t${d + 1}`;
    });
    const task: RawTask = {
      id: `t${i + 1}`,
      description: t.description,
      dependsOn: [...new Set(dependsOn)],
      skills: [],
    };
    const agent = t.agent?.trim().toLowerCase();
    if (agent && registry.has(agent)) task.domain = agent;
    return task;
  });
}
