/**
 * From the user's input (any form of docs/interface.md, Task forms) to a validated Plan. Structured input (plan files,
 * `domain:` prefixes, ids and dependencies) is taken as written; free text goes to the LLM planner when the
 * planner is `llm` or `auto`, and is split by keywords otherwise. Invalid input throws an InputError before
 * anything runs.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { buildPlan } from '../plan/build-plan.js';
import { DomainRegistry } from '../plan/domains.js';
import { parseInput } from '../plan/parse/index.js';
import type { ParsedInput, Plan } from '../plan/types.js';
import { plannerLimit, SUBTASK_LIMITS } from '../plan/limits.js';
import { PlannerError, planWithLlm } from '../planner/llm-planner.js';
import { runWorkerEnv } from '../runtime/worker-env.js';
import { EmptyPlanError, errorMessage } from '../util/errors.js';
import { silentLogger } from '../util/logger.js';
import { openExecution, type Execution } from './execution.js';
import { readPlanFileSafely } from './plan-file-reader.js';
import type { OrchestrateOptions } from './options.js';
import { defaultPlanner, resolveRunConfig } from './run-config.js';
import { runDirOf } from './run-files.js';

export function normalizeInput(input: string | readonly string[]): string[] {
  const args = (typeof input === 'string' ? [input] : [...input])
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (args.length === 0) throw new EmptyPlanError('the task input is empty');
  return args;
}

export function newPlanId(): string {
  return randomBytes(4).toString('hex');
}

/** Input the user structured themselves is never handed to the LLM planner. */
export function isStructured(parsed: ParsedInput): boolean {
  return (
    parsed.source !== undefined ||
    parsed.tasks.some((t) => t.id !== undefined || t.domain !== undefined || t.dependsOn.length > 0)
  );
}

function parseArgs(
  args: string[],
  cwd: string,
  root: string | undefined,
  registry: DomainRegistry,
): ParsedInput {
  const parsed = parseInput(
    args,
    { readPlanFile: (path) => readPlanFileSafely(path, { cwd, root }) },
    { registry },
  );
  if (parsed.source && root !== undefined) parsed.source = { ...parsed.source, root: resolve(root) };
  return parsed;
}

/** `shared` gives the LLM planner the run's own runtime and agent, made once for the whole run. */
export async function createPlan(
  input: string | readonly string[],
  options: OrchestrateOptions & { registry?: DomainRegistry } = {},
  shared?: () => Promise<Execution>,
): Promise<Plan> {
  const args = normalizeInput(input);
  const cwd = resolve(options.cwd ?? process.cwd());
  const registry = options.registry ?? DomainRegistry.default;
  const planId = options.planId ?? newPlanId();
  const planner = defaultPlanner(options);
  const parsed = parseArgs(args, cwd, options.planRoot, registry);
  const logger = options.logger ?? silentLogger;
  for (const warning of parsed.warnings ?? []) logger.warn(warning);
  // A plan whose items are all done comes back with no subtasks; runPlan and `orchestrate plan` say so.
  const keywordPlan = () =>
    buildPlan(parsed, {
      registry,
      maxSubtasks: options.maxSubtasks,
      planId,
      taskDescription: args.join(' '),
    });
  if (planner === 'keyword' || isStructured(parsed)) return keywordPlan();

  const maxSubtasks = plannerLimit(options.maxSubtasks);
  if (options.maxSubtasks !== undefined && options.maxSubtasks > maxSubtasks) {
    logger.info(
      `the LLM planner plans at most ${SUBTASK_LIMITS.plannerMax} subtasks; a limit of ` +
        `${options.maxSubtasks} applies to plan files and task lists`,
    );
  }
  try {
    return await planWithOpencode(args.join(' '), planId, maxSubtasks, registry, options, shared);
  } catch (error) {
    if (planner !== 'auto')
      throw error instanceof PlannerError ? error : new PlannerError(errorMessage(error));
    logger.warn(
      `LLM planner failed (${errorMessage(error)}); falling back to the keyword planner (--planner auto)`,
    );
    return keywordPlan();
  }
}

/**
 * The LLM planner's session, on the run's own runtime when the caller shares one (`orchestrate()` makes the
 * runtime and agent once for planning, workers and synthesis), else on one made for planning alone.
 */
async function planWithOpencode(
  request: string,
  planId: string,
  maxSubtasks: number,
  registry: DomainRegistry,
  options: OrchestrateOptions,
  shared?: () => Promise<Execution>,
): Promise<Plan> {
  // Prompt files write prompts; the planner still needs somewhere to run.
  const config = resolveRunConfig({ ...options, runtime: options.runtime === 'docker' ? 'docker' : 'local' });
  const sharedExecution = shared ? await shared() : undefined;
  const own = sharedExecution?.kind === 'run' ? undefined : await openExecution(config);
  const execution = sharedExecution?.kind === 'run' ? sharedExecution : own!;
  try {
    if (execution.kind !== 'run') throw new PlannerError(execution.reason ?? 'no runtime to plan on');
    if ('unavailable' in execution.oneShot) throw new PlannerError(execution.oneShot.unavailable);
    return await planWithLlm({
      request,
      planId,
      maxSubtasks,
      registry,
      logger: config.logger,
      signal: options.signal,
      session: {
        runtime: execution.runtime,
        agentOptions: execution.oneShot,
        spec: {
          planId,
          depth: config.depth.depth + 1,
          runDir: runDirOf(config.workspace, planId),
          env: runWorkerEnv(
            {
              callerEnv: config.env,
              envNames: config.envNames,
              depth: config.depth.depth,
              maxDepth: config.depth.maxDepth,
              planId,
            },
            'omo-planner',
          ),
        },
      },
    });
  } finally {
    if (own?.kind === 'run') await own.runtime.dispose();
  }
}
