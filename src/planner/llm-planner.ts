/**
 * The LLM planner (docs/interface.md, Task forms): a temporary OpenCode session with the "task decomposition specialist"
 * system prompt answers a JSON array of subtasks. The answer is validated (zod, then the same plan builder and
 * graph checks as every other input); an invalid answer is asked again with the validation error, twice,
 * and then the planner gives up with a clear error. Every attempt is kept under `<runDir>/planner/`.
 */
import type { OneShotSession } from '../agent/one-shot.js';
import { openOneShot } from '../agent/one-shot.js';
import { buildPlan } from '../plan/build-plan.js';
import { DomainRegistry, isDomainName } from '../plan/domains.js';
import { rawTasksFromPlannerArray } from '../plan/parse/index.js';
import type { Plan, RawTask } from '../plan/types.js';
import { checkSubtaskCount } from '../plan/limits.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { extractJsonArray, plannerRequest, plannerSystemPrompt } from './planner-prompt.js';

export const PLANNER_TIMEOUT_MS = 3 * 60_000;
const ATTEMPTS = 3;

/** The planner could not produce a valid plan; the run fails (exit 1) unless the keyword fallback was asked for. */
export class PlannerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlannerError';
  }
}

export interface LlmPlanOptions {
  request: string;
  planId: string;
  maxSubtasks: number;
  registry?: DomainRegistry;
  session: Omit<OneShotSession, 'role' | 'systemPrompt'>;
  signal?: AbortSignal;
  timeoutMs?: number;
  logger: Logger;
}

export async function planWithLlm(options: LlmPlanOptions): Promise<Plan> {
  const registry = options.registry ?? DomainRegistry.default;
  const domains = registry.names().filter((d) => d !== 'general');
  const timeout = AbortSignal.timeout(options.timeoutMs ?? PLANNER_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const session = await openOneShot({
    ...options.session,
    role: 'planner',
    systemPrompt: plannerSystemPrompt(domains),
  });
  let feedback: { answer: string; error: string } | undefined;
  try {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const verdict = await session.ask(
        `attempt-${attempt}`,
        plannerRequest(options.request, options.maxSubtasks, feedback),
        signal,
      );
      if (signal.aborted) {
        throw new PlannerError(
          timeout.aborted
            ? `the planner timed out after ${Math.round((options.timeoutMs ?? PLANNER_TIMEOUT_MS) / 1000)} s`
            : 'planning was cancelled',
        );
      }
      if (verdict.status === 'failed' && !verdict.result) {
        // The model itself failed (auth, quota, unreachable): asking again with feedback would not help.
        throw new PlannerError(`the planner's model failed: ${verdict.error ?? 'no answer'}`);
      }
      try {
        const answer = extractJsonArray(verdict.result);
        const tasks = withPlannerDomains(rawTasksFromPlannerArray(answer, registry), answer);
        checkSubtaskCount(tasks.length, options.maxSubtasks);
        const plan = buildPlan(
          { tasks },
          {
            registry,
            planId: options.planId,
            maxSubtasks: options.maxSubtasks,
            taskDescription: options.request,
          },
        );
        options.logger.info(
          `planner: ${plan.subtasks.length} subtasks after ${attempt} attempt${attempt > 1 ? 's' : ''}`,
        );
        return plan;
      } catch (error) {
        feedback = { answer: verdict.result, error: errorMessage(error) };
        options.logger.warn(`planner attempt ${attempt} of ${ATTEMPTS} was invalid: ${feedback.error}`);
      }
    }
    throw new PlannerError(
      `the planner gave no valid plan in ${ATTEMPTS} attempts; last error: ${feedback?.error}`,
    );
  } finally {
    await session.close();
  }
}

/** Agent names that say nothing about the domain (planners often answer `build` for everything). */
const GENERIC_AGENTS = new Set(['build', 'general', 'plan', 'agent', 'default', 'task']);

/**
 * The planner chooses domains: a known one is already taken by the parser; a new, well-formed name becomes a
 * custom domain for this plan (so the planner can split independent work across workers). Generic names
 * keep the keyword detection.
 */
function withPlannerDomains(tasks: RawTask[], answer: unknown): RawTask[] {
  const items = Array.isArray(answer) ? answer : [];
  return tasks.map((task, i) => {
    if (task.domain) return task;
    const agent = (items[i] as { agent?: unknown } | undefined)?.agent;
    if (typeof agent !== 'string') return task;
    const name = agent.trim().toLowerCase();
    return isDomainName(name) && !GENERIC_AGENTS.has(name) ? { ...task, domain: name } : task;
  });
}
