/**
 * One run of a plan, from its registration to its result (the steps are listed in orchestrate.ts). Shared
 * by a new run (`orchestrate`, `runPlan`) and a run taken up again (`retryRun`, retry.ts).
 */
import type { OneShotSession } from '../agent/one-shot.js';
import type { Plan } from '../plan/types.js';
import { WorktreeSet } from '../git/worktrees.js';
import { createAnswerer } from '../interactive/answerer.js';
import { ActiveRun } from '../lifecycle/active-runs.js';
import { reapDeadRuns } from '../lifecycle/reaper.js';
import { runWorkerEnv } from '../runtime/worker-env.js';
import { synthesize } from '../synthesis/synthesize.js';
import { errorMessage, WorkersUnavailableError } from '../util/errors.js';
import { workerConfinement } from './confinement.js';
import { MAX_DEPTH_WARNING } from './depth.js';
import type { Execution } from './execution.js';
import { INTEGRATION_WORKER } from './conflict-resolver.js';
import { integrate } from './integration.js';
import type { OrchestrateOptions } from './options.js';
import { writePromptFiles } from './prompt-files.js';
import { RunBudget } from './run-budget.js';
import type { RunConfig } from './run-config.js';
import { RunRecorder } from './run-recorder.js';
import { runDirOf, runSettings } from './run-files.js';
import { schedule } from './scheduler.js';
import type { RunResult, SubtaskResult } from './types.js';
import { localExecutor } from './local-executor.js';
import { remoteExecutor } from './remote-executor.js';

/** What a run taken up again starts from. */
export interface Resume {
  /** The subtasks' results of before; the completed ones are kept. */
  previous: SubtaskResult[];
  /** The commit the run's branches started from. */
  base?: string;
}

/** Cleans up after the workspace's dead runs, then registers this one for as long as `work` runs. */
export async function registered<T>(
  config: RunConfig,
  planId: string,
  work: (active: ActiveRun) => Promise<T>,
): Promise<T> {
  const reap = (only?: string) =>
    reapDeadRuns(config.workspace, config.logger, only).catch((error: unknown) => {
      config.logger.warn(`cleaning up after runs that died: ${errorMessage(error)}`);
      return [];
    });
  // What a dead run of this very plan left (a resume) goes before this run takes the plan's record; the
  // other dead runs after, so that no reader of this plan's status sees it ownerless (interrupted) meanwhile.
  await reap(planId);
  const active = new ActiveRun(config.workspace, planId, runDirOf(config.workspace, planId));
  try {
    await reap();
    return await work(active);
  } finally {
    active.close();
  }
}

export async function disposeRuntime(
  execution: Extract<Execution, { kind: 'run' }>,
  config: RunConfig,
): Promise<void> {
  await Promise.all([execution.runtime.dispose(), execution.remote?.dispose()]).catch((error: unknown) =>
    config.logger.warn(`cleaning up workers: ${errorMessage(error)}`),
  );
}

export async function execute(
  plan: Plan,
  config: RunConfig,
  execution: Execution,
  active: ActiveRun,
  options: OrchestrateOptions,
  resume?: Resume,
): Promise<RunResult> {
  const { logger, depth } = config;
  const mode = depth.sequential ? 'sequential' : 'parallel';
  const recorder = new RunRecorder(
    plan,
    runDirOf(config.workspace, plan.planId),
    mode,
    logger,
    options.onEvent,
    resume?.previous,
  );
  recorder.start();
  const settings = runSettings({ ...options, cwd: config.cwd });
  recorder.files.writeRunState({ plan, settings, ...(resume?.base ? { base: resume.base } : {}) });
  if (depth.sequential) logger.warn(MAX_DEPTH_WARNING);

  if (execution.kind === 'prompt-files') {
    if (execution.reason && config.fallback === 'fail') {
      // The caller wants workers or nothing (the action): the run's files say why; no prompt file is written.
      recorder.log(`workers cannot start: ${execution.reason}`);
      recorder.finish({ runtime: 'none', status: 'failed', note: `Nothing ran: ${execution.reason}.` });
      throw new WorkersUnavailableError(execution.reason);
    }
    const howTo = writePromptFiles(plan, recorder.files);
    if (execution.reason) logger.warn(`${execution.reason}; wrote prompt files instead`);
    else logger.info('prompt-files runtime: wrote prompt files');
    logger.info(howTo);
    recorder.log(execution.reason ?? 'prompt-files runtime');
    // Asked for, the prompt files are the whole job; as a fallback they mean the run did not run.
    const status = execution.reason ? 'failed' : 'prompts_written';
    return recorder.finish({ runtime: 'prompt-files', status, note: howTo });
  }

  const { runtime, agent } = execution;
  // Sequential mode runs in place: at the depth limit the working directory is already a worker's checkout.
  const worktrees = depth.sequential
    ? undefined
    : await WorktreeSet.open(config.cwd, plan.planId, config.workspace, resume?.base);
  if (worktrees) {
    active.setWorktrees({ repoRoot: worktrees.repoRoot, root: worktrees.root });
    recorder.files.writeRunState({ plan, settings, base: worktrees.baseCommit });
  }
  const runEnv = {
    callerEnv: config.env,
    envNames: config.envNames,
    depth: depth.depth,
    maxDepth: depth.maxDepth,
    planId: plan.planId,
  };
  const baseSpec = { planId: plan.planId, depth: depth.depth + 1, runDir: recorder.files.dir };
  const confinement = workerConfinement(config.workspace, worktrees, config.env);

  const budget = new RunBudget({
    maxTokens: config.budgets.maxRunTokens,
    maxCostUsd: config.budgets.maxRunCostUsd,
  });
  const budgetStop = new AbortController();
  const runSignal = config.signal ? AbortSignal.any([config.signal, budgetStop.signal]) : budgetStop.signal;
  // Interactive mode: a worker's question is answered by the LLM acting as the user (a one-shot session
  // like the planner's), or by the fixed policy.
  const answerer = createAnswerer(
    config.interactive.answer,
    'unavailable' in execution.oneShot
      ? undefined
      : {
          runtime,
          agentOptions: execution.oneShot,
          spec: { ...baseSpec, env: runWorkerEnv(runEnv, 'omo-answerer') },
        },
  );
  const onBudgetExceeded = (reason: string) => budgetStop.abort(new Error(reason));
  const executor = execution.remote
    ? remoteExecutor({
        plan,
        remote: execution.remote,
        recorder,
        worktrees,
        state: { plan, settings },
        budget,
        onBudgetExceeded,
        logger,
      })
    : localExecutor({
        plan,
        runtime,
        agent,
        recorder,
        worktrees,
        cwd: config.cwd,
        concurrency: config.scheduling.concurrency,
        spec: (wp) => ({
          ...baseSpec,
          name: wp.name,
          domain: wp.domain,
          env: runWorkerEnv(runEnv, wp.name),
          confinement,
        }),
        sequential: depth.sequential,
        interactive: { answerer, maxTurns: config.interactive.maxTurns },
        budget,
        onBudgetExceeded,
        logger,
      });

  let status: RunResult['status'] = 'failed';
  let synthesized: string | undefined;
  let integration: Awaited<ReturnType<typeof integrate>> | undefined;
  try {
    await schedule({
      plan,
      concurrency: config.scheduling.concurrency,
      timeoutMs: config.scheduling.timeoutMs,
      signal: runSignal,
      execute: (task, deps, signal) => executor.run(task, deps, signal),
      results: recorder.results,
      emit: (type, fields) => recorder.bus.emit(type, fields),
      acquire: (task) => executor.acquire(task),
      onWorkerFinished: (wp) => executor.finished(wp),
    });
    const cancelled = config.signal?.aborted ?? false;
    if (worktrees && !cancelled)
      integration = await integrate({
        plan,
        config,
        execution,
        worktrees,
        recorder,
        spec: { ...baseSpec, env: runWorkerEnv(runEnv, INTEGRATION_WORKER), confinement },
      });
    const all = recorder.subtasks;
    if (agent.kind === 'opencode' && config.synthesis && !cancelled && !('unavailable' in execution.oneShot))
      synthesized = await synthesizeResults(
        plan,
        all,
        { runtime, agentOptions: execution.oneShot },
        config,
        recorder,
        {
          ...baseSpec,
          env: runWorkerEnv(runEnv, 'omo-synthesis'),
        },
      );
    status = cancelled ? 'cancelled' : all.every((s) => s.status === 'completed') ? 'completed' : 'failed';
  } finally {
    await answerer
      .close()
      .catch((error: unknown) => logger.warn(`stopping the answerer: ${errorMessage(error)}`));
    if (worktrees) {
      // A cancelled run still keeps what its workers committed: merged (without the agent), never pushed.
      integration ??= await integrate({
        plan,
        config,
        execution,
        worktrees,
        recorder,
        spec: { ...baseSpec, env: {}, confinement },
        mergeOnly: true,
      }).catch((error: unknown) => {
        logger.warn(`merging worker branches: ${errorMessage(error)}`);
        return undefined;
      });
      await worktrees.removeAll();
    }
  }
  return recorder.finish({
    runtime: execution.remote?.kind ?? runtime.kind,
    status,
    ...integration,
    synthesized,
  });
}

async function synthesizeResults(
  plan: Plan,
  subtasks: RunResult['subtasks'],
  session: Pick<OneShotSession, 'runtime' | 'agentOptions'>,
  config: RunConfig,
  recorder: RunRecorder,
  spec: OneShotSession['spec'],
): Promise<string | undefined> {
  try {
    const text = await synthesize(plan.taskDescription, subtasks, { ...session, spec }, config.signal);
    recorder.log('summary synthesized by the model');
    return text;
  } catch (error) {
    const reason = `synthesis failed, using the deterministic report: ${errorMessage(error)}`;
    config.logger.warn(reason);
    recorder.log(reason);
    return undefined;
  }
}
