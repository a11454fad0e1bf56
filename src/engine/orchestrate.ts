/**
 * The engine: plan → workers → results. `orchestrate()` is the library API; the CLI, the action and the
 * REST API are thin edges over it. This file only wires the pieces, in the order a run goes:
 *
 *   resolveRunConfig (run-config.ts)     the caller's options, checked and defaulted once
 *   ActiveRun, reapDeadRuns (lifecycle/)  the run registers what it creates; dead runs are cleaned up
 *   openExecution (execution.ts)         the runtime and the agent, made once for planner, workers, synthesis
 *   createPlan (create-plan.ts)          the input (or the LLM planner) to a validated plan
 *   RunRecorder (run-recorder.ts)        every file of the run, and the events
 *   WorkerPool (worker-pool.ts)          every worker prepared ahead, stopped when its work ends
 *   TaskRunner (task-runner.ts)          one subtask: prompt, merge, agent, budgets, commit
 *   schedule (scheduler.ts)              what runs when (pure of processes)
 *   integrate (integration.ts)           the worker branches merged, conflicts resolved or reported, pushed
 *   synthesize (synthesis/)              the model's answer, else the deterministic report
 *
 * On every exit path the workers are stopped and the run's files are complete.
 */
import type { Plan } from '../plan/types.js';
import { createPlan, newPlanId, normalizeInput } from './create-plan.js';
import { openExecution, type Execution } from './execution.js';
import { nothingToRun } from './nothing-to-run.js';
import type { OrchestrateOptions } from './options.js';
import { resolveRunConfig } from './run-config.js';
import { disposeRuntime, execute, registered } from './run.js';
import type { RunResult } from './types.js';

export { createPlan } from './create-plan.js';

export async function orchestrate(
  input: string | readonly string[],
  options: OrchestrateOptions = {},
): Promise<RunResult> {
  normalizeInput(input); // An empty request is refused before anything is made.
  const config = resolveRunConfig(options);
  const planId = options.planId ?? newPlanId();
  return registered(config, planId, async (active) => {
    let execution: Promise<Execution> | undefined;
    const shared = () => (execution ??= openExecution(config, active));
    try {
      const plan = await createPlan(input, { ...options, planId }, shared);
      if (plan.subtasks.length === 0) return nothingToRun(plan, options);
      return await execute(plan, config, await shared(), active, options);
    } finally {
      const made = await execution?.catch(() => undefined);
      if (made?.kind === 'run') await disposeRuntime(made, config);
    }
  });
}

/** Runs a plan made beforehand (`createPlan`). */
export async function runPlan(plan: Plan, options: OrchestrateOptions = {}): Promise<RunResult> {
  if (plan.subtasks.length === 0) return nothingToRun(plan, options);
  const config = resolveRunConfig(options);
  return registered(config, plan.planId, async (active) => {
    const execution = await openExecution(config, active);
    try {
      return await execute(plan, config, execution, active, options);
    } finally {
      if (execution.kind === 'run') await disposeRuntime(execution, config);
    }
  });
}
