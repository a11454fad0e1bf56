/**
 * From the user's input (any form of contract section 2) to a validated Plan. Plan files are read relative
 * to the working directory. Invalid input throws an InputError before anything runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPlan } from '../plan/build-plan.js';
import { DomainRegistry } from '../plan/domains.js';
import { parseInput } from '../plan/parse/index.js';
import type { Plan } from '../plan/types.js';
import { EmptyPlanError } from '../util/errors.js';
import type { OrchestrateOptions } from './options.js';

/** Direct input (lists, plan files) may hold more subtasks than an LLM plan; this guards against accidents. */
export const DEFAULT_MAX_DIRECT_SUBTASKS = 50;

export function normalizeInput(input: string | readonly string[]): string[] {
  const args = (typeof input === 'string' ? [input] : [...input])
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (args.length === 0) throw new EmptyPlanError('the task input is empty');
  return args;
}

export async function createPlan(
  input: string | readonly string[],
  options: Pick<OrchestrateOptions, 'cwd' | 'maxSubtasks' | 'planId'> & { registry?: DomainRegistry } = {},
): Promise<Plan> {
  const args = normalizeInput(input);
  const cwd = resolve(options.cwd ?? process.cwd());
  const parsed = parseInput(args, { cwd, readFile: (path) => readFileSync(resolve(cwd, path), 'utf8') });
  return buildPlan(parsed, {
    registry: options.registry ?? DomainRegistry.default,
    maxSubtasks: options.maxSubtasks ?? DEFAULT_MAX_DIRECT_SUBTASKS,
    planId: options.planId,
    taskDescription: args.join(' '),
  });
}
