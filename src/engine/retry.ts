/**
 * Taking a run up again: `retryRun` runs again only what did not complete (failed, timed out, cancelled,
 * skipped, or never started because the orchestrator died: a resume). Completed subtasks keep their results,
 * which their dependents get as context as before, and their branches, which the new run's worktrees start
 * from. The run keeps its plan id, its files (the event log goes on) and its integration branch.
 */
import { runIsLive } from '../lifecycle/active-runs.js';
import { isPlanId } from '../plan/plan-id.js';
import { InputError } from '../util/errors.js';
import { openExecution } from './execution.js';
import type { OrchestrateOptions } from './options.js';
import { resolveRunConfig } from './run-config.js';
import { readRunState, runDirOf } from './run-files.js';
import { disposeRuntime, execute, registered } from './run.js';
import type { RunResult } from './types.js';
import { readWorkerResults } from './worker-results.js';

/** Where a run taken up again starts from, when not where its branches started. */
export interface TakeUp {
  /**
   * The commit the new worker branches start from, instead of the run's own base: the action passes the tip
   * of the branch the run delivered to, so the work of its completed subtasks is there on a runner that
   * never had their branches, and pushing the new work onto that branch is a fast-forward.
   */
  base?: string;
}

/**
 * `options` override the run's own settings (kept with it); the workspace, the environment, the logger and
 * the listeners come from the caller as for any run.
 */
export async function retryRun(
  planId: string,
  given: OrchestrateOptions = {},
  takeUp: TakeUp = {},
): Promise<RunResult> {
  if (!isPlanId(planId))
    throw new InputError(`Invalid plan id '${planId}'. Expected lowercase letters, digits and '-'.`);
  const workspace = resolveRunConfig(given).workspace;
  const dir = runDirOf(workspace, planId);
  const state = readRunState(dir);
  const options: OrchestrateOptions = { ...state?.settings, ...given, workspace };
  const config = resolveRunConfig(options);
  if (!state)
    throw new InputError(
      `No run '${planId}' to take up again in ${dir} (or it was made by an older version)`,
    );
  if (runIsLive(config.workspace, planId))
    throw new InputError(`Plan '${planId}' is running: cancel it first, or wait for it to end`);
  const previous = readWorkerResults(dir);
  const left = state.plan.subtasks.filter((s) => previous.get(s.id)?.status !== 'completed');
  config.logger.info(
    left.length === 0
      ? `plan ${planId}: every subtask completed already; nothing to run again`
      : `plan ${planId}: running again ${left.map((s) => s.id).join(', ')}; keeping ${state.plan.subtasks.length - left.length} completed`,
  );
  const base = takeUp.base ?? state.base;
  return registered(config, planId, async (active) => {
    const execution = await openExecution(config, active);
    try {
      return await execute(state.plan, config, execution, active, options, {
        previous: [...previous.values()],
        ...(base ? { base } : {}),
      });
    } finally {
      if (execution.kind === 'run') await disposeRuntime(execution, config);
    }
  });
}
