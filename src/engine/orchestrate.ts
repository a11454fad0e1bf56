/**
 * The engine: plan → workers → results. `orchestrate()` is the library API; the CLI, the action and the
 * REST API are thin edges over it. It wires the pure core (plan, scheduler, prompt, summary) to the run
 * files, a runtime and an agent, and guarantees on every exit path that workers are stopped and the run's
 * files are complete.
 */
import { join, resolve } from 'node:path';
import type { Plan, WorkerPlan } from '../plan/types.js';
import type { Worker } from '../runtime/types.js';
import { runWorkerEnv } from '../runtime/worker-env.js';
import { errorMessage, WorkersUnavailableError } from '../util/errors.js';
import { silentLogger } from '../util/logger.js';
import { createPlan } from './create-plan.js';
import { MAX_DEPTH_WARNING, readDepth } from './depth.js';
import { EventBus } from './event-bus.js';
import { chooseExecution, oneShotAgentOptions, workerResult } from './execution.js';
import { DEFAULT_TIMEOUT_MS, type OrchestrateOptions } from './options.js';
import { buildSubtaskPrompt } from './prompt.js';
import { writePromptFiles } from './prompt-files.js';
import { RunFiles, resolveWorkspace, runDirOf } from './run-files.js';
import { initialResults, schedule, type TaskOutcome } from './scheduler.js';
import { buildStatus } from './status.js';
import { deterministicSummary, synthesizedSummary } from './summary.js';
import type { PlanStatus, RunResult, SubtaskResult } from './types.js';
import { checkOffCompleted } from './checkoff.js';
import { nothingToRun } from './nothing-to-run.js';
import { WorktreeSet } from '../git/worktrees.js';
import { watchCommand } from '../agent/monitor.js';
import { RunBudget } from './run-budget.js';
import { ActiveRun } from '../lifecycle/active-runs.js';
import { reapDeadRuns } from '../lifecycle/reaper.js';
import { capResult, workerConfinement } from './confinement.js';
import { deliver } from './deliver.js';
import { synthesize } from '../synthesis/synthesize.js';

export { createPlan } from './create-plan.js';

export async function orchestrate(
  input: string | readonly string[],
  options: OrchestrateOptions = {},
): Promise<RunResult> {
  const plan = await createPlan(input, options);
  return runPlan(plan, options);
}

/**
 * Runs a plan. The run registers itself (lifecycle/active-runs.ts) with everything it creates, so that if
 * this process dies, the next run or `kill-all` cleans up after it; and it first cleans up after any run
 * of the workspace that died that way.
 */
export async function runPlan(plan: Plan, options: OrchestrateOptions = {}): Promise<RunResult> {
  if (plan.subtasks.length === 0) return nothingToRun(plan, options);
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  const workspace = resolveWorkspace(options.workspace, env);
  await reapDeadRuns(workspace, logger).catch((error: unknown) =>
    logger.warn(`cleaning up after runs that died: ${errorMessage(error)}`),
  );
  const active = new ActiveRun(workspace, plan.planId, runDirOf(workspace, plan.planId));
  try {
    return await runRegistered(plan, options, workspace, active);
  } finally {
    active.close();
  }
}

async function runRegistered(
  plan: Plan,
  options: OrchestrateOptions,
  workspace: string,
  active: ActiveRun,
): Promise<RunResult> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  const cwd = resolve(options.cwd ?? process.cwd());
  const depth = readDepth(env);
  const startedAt = Date.now();
  const files = new RunFiles(runDirOf(workspace, plan.planId));
  const bus = new EventBus(plan.planId);
  const results = initialResults(plan);
  let planStatus: PlanStatus = 'executing';

  const writeStatus = () => files.writeStatus(buildStatus(plan, planStatus, [...results.values()]));
  bus.on((event) => files.appendEvent(event));
  if (options.onEvent) bus.on(options.onEvent);

  files.writePlan(plan);
  writeStatus();
  bus.emit('plan.created', {
    taskDescription: plan.taskDescription,
    subtasks: plan.subtasks.map((s) => ({
      id: s.id,
      description: s.description,
      domain: s.domain,
      dependsOn: s.dependsOn,
    })),
    workers: plan.workers.map((w) => w.name),
  });

  const mode = depth.sequential ? 'sequential' : 'parallel';
  const runEnv = {
    callerEnv: env,
    envNames: options.envNames,
    depth: depth.depth,
    maxDepth: depth.maxDepth,
    planId: plan.planId,
  };
  const writeWorkerResult = (wp: WorkerPlan) => {
    const subtasks = wp.subtasks.map((id) => results.get(id)!);
    files.writeWorkerResult(workerResult(wp, subtasks, mode));
  };
  if (depth.sequential) logger.warn(MAX_DEPTH_WARNING);

  const choice = await chooseExecution(options, depth.sequential, env, logger, active);
  if (choice.kind === 'prompt-files' && choice.reason && options.fallback === 'fail') {
    // The caller wants workers or nothing (the action): the run's files say why, and no prompt file is written.
    bus.emit('log', { message: `workers cannot start: ${choice.reason}` });
    finish({ runtimeName: 'none', status: 'failed', extraSummary: `Nothing ran: ${choice.reason}.` });
    throw new WorkersUnavailableError(choice.reason);
  }
  if (choice.kind === 'prompt-files') {
    const howTo = writePromptFiles(plan, files);
    if (choice.reason) logger.warn(`${choice.reason}; wrote prompt files instead`);
    else logger.info('prompt-files runtime: wrote prompt files');
    logger.info(howTo);
    bus.emit('log', { message: choice.reason ?? 'prompt-files runtime' });
    // Asked for, the prompt files are the whole job; as a fallback they mean the run did not run.
    const status = choice.reason ? 'failed' : 'prompts_written';
    return finish({ runtimeName: 'prompt-files', status, extraSummary: howTo });
  }
  const { runtime, agent } = choice;
  // Sequential mode runs in place: at the depth limit the working directory is already a worker's own checkout.
  const worktrees = depth.sequential ? undefined : await WorktreeSet.open(cwd, plan.planId, workspace);
  if (worktrees) active.setWorktrees({ repoRoot: worktrees.repoRoot, root: worktrees.root });
  const confinement = workerConfinement(workspace, worktrees, env);

  // Workers start lazily (a worker whose subtasks are all skipped never starts) and stop when their last
  // subtask ends, so containers and sessions live no longer than their work.
  const workers = new Map<string, Promise<Worker>>();
  const workerFor = (wp: WorkerPlan): Promise<Worker> => {
    let w = workers.get(wp.domain);
    if (!w) {
      w = (async () =>
        runtime.startWorker({
          name: wp.name,
          domain: wp.domain,
          planId: plan.planId,
          depth: depth.depth + 1,
          workdir: worktrees ? await worktrees.add(wp.domain) : cwd,
          runDir: files.dir,
          env: runWorkerEnv(runEnv, wp.name),
          confinement,
        }))();
      w.then(
        () => {
          if (!depth.sequential)
            bus.emit('worker.spawned', { worker: wp.name, domain: wp.domain, runtime: runtime.kind });
        },
        () => undefined,
      );
      workers.set(wp.domain, w);
    }
    return w;
  };
  const workerPlans = new Map(plan.workers.map((w) => [w.domain, w] as const));

  for (const wp of plan.workers) writeWorkerResult(wp);
  bus.on((event) => {
    if (event.taskId) {
      const wp = workerPlans.get(results.get(event.taskId)?.domain ?? '');
      if (wp) writeWorkerResult(wp);
      writeStatus();
    }
  });

  const budget = new RunBudget({ maxTokens: options.maxRunTokens, maxCostUsd: options.maxRunCostUsd });
  const budgetStop = new AbortController();
  const runSignal = options.signal ? AbortSignal.any([options.signal, budgetStop.signal]) : budgetStop.signal;

  const execute = async (
    task: Plan['subtasks'][number],
    deps: SubtaskResult[],
    signal: AbortSignal,
  ): Promise<TaskOutcome> => {
    const prompt = buildSubtaskPrompt(
      plan,
      task,
      deps.map((d) => ({ id: d.id, description: d.description, result: d.result ?? '' })),
    );
    const promptFile = files.writeTaskPrompt(task.id, prompt);
    files.appendWorkerPrompt(task.domain, task.id, prompt);
    const worker = await workerFor(workerPlans.get(task.domain)!);
    if (worktrees) {
      const fromDomains = [...new Set(task.dependsOn.map((d) => results.get(d)!.domain))];
      const conflicts = await worktrees.mergeInto(task.domain, fromDomains);
      if (conflicts.length > 0)
        bus.emit('log', {
          taskId: task.id,
          worker: worker.spec.name,
          message: `merge conflicts in ${conflicts.join(', ')}; running on the worker's own branch`,
        });
    }
    const invocation = agent.invocation({
      taskId: task.id,
      description: task.description,
      domain: task.domain,
      promptFile,
      workdir: worker.spec.workdir,
    });
    const stop = new AbortController();
    const watch = watchCommand(agent.monitor?.(budget.remaining()), (reason) =>
      stop.abort(new Error(reason)),
    );
    const onAbort = () => stop.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const outcome = await worker.run(
        { taskId: task.id, script: invocation.script, env: { ...invocation.env, ORCH_TASK_ID: task.id } },
        stop.signal,
        watch.onOutput,
      );
      watch.dispose();
      const stopReason = watch.reason;
      const verdict = agent.interpret(outcome);
      const result = capResult(verdict.result, join(files.dir, `${worker.spec.name}.log`));
      const overRun = budget.spend(verdict.details);
      if (overRun) {
        logger.warn(`${overRun}: stopping the run`);
        bus.emit('log', { message: overRun });
        budgetStop.abort(new Error(overRun));
      }
      if (worktrees) {
        // Commit whatever the agent left, even on failure, so nothing it wrote is lost; dependents only merge completed work's branch state.
        const committed = await worktrees
          .commit(
            task.domain,
            `${task.id}: ${task.description}\n\norchestrate-action plan ${plan.planId}, ${verdict.status}`,
          )
          .catch((error: unknown) => {
            logger.warn(`committing ${task.id}: ${errorMessage(error)}`);
            return {};
          });
        if ('refused' in committed && committed.refused) {
          logger.warn(`${task.id}: ${committed.refused}`);
          bus.emit('log', { taskId: task.id, worker: worker.spec.name, message: committed.refused });
          return {
            status: 'failed',
            result: result || null,
            error: committed.refused,
            details: verdict.details,
          };
        }
      }
      if (stopReason)
        return {
          status: 'failed',
          result: result || null,
          error: `stopped: ${stopReason}`,
          details: verdict.details,
        };
      return {
        status: verdict.status,
        result,
        error: verdict.error ?? null,
        details: verdict.details,
      };
    } finally {
      watch.dispose();
      signal.removeEventListener('abort', onAbort);
    }
  };

  let finalStatus: RunResult['status'] = 'failed';
  let branches: RunResult['branches'];
  let delivery: RunResult['delivery'];
  let synthesized: string | undefined;
  const synthesizeResults = async (all: SubtaskResult[]): Promise<string | undefined> => {
    try {
      const text = await synthesize(
        plan.taskDescription,
        all,
        {
          runtime,
          agentOptions: oneShotAgentOptions(options, env, runtime.kind),
          spec: {
            planId: plan.planId,
            depth: depth.depth + 1,
            runDir: files.dir,
            env: runWorkerEnv(runEnv, 'omo-synthesis'),
          },
        },
        options.signal,
      );
      bus.emit('log', { message: 'summary synthesized by the model' });
      return text;
    } catch (error) {
      const reason = `synthesis failed, using the deterministic report: ${errorMessage(error)}`;
      logger.warn(reason);
      bus.emit('log', { message: reason });
      return undefined;
    }
  };
  try {
    await schedule({
      plan,
      concurrency: depth.sequential ? 1 : (options.concurrency ?? Infinity),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal: runSignal,
      execute,
      results,
      emit: (type, fields) => bus.emit(type, fields),
      acquire: async (task) => {
        await workerFor(workerPlans.get(task.domain)!);
      },
      onWorkerFinished: async (wp) => {
        const w = workers.get(wp.domain);
        if (!w) return;
        try {
          await (await w).stop();
        } catch (error) {
          logger.warn(`stopping ${wp.name}: ${errorMessage(error)}`);
        }
        if (!depth.sequential) bus.emit('worker.stopped', { worker: wp.name, domain: wp.domain });
      },
    });
    const all = [...results.values()];
    if (agent.kind === 'opencode' && options.synthesis !== false && !options.signal?.aborted) {
      synthesized = await synthesizeResults(all);
    }
    finalStatus = options.signal?.aborted
      ? 'cancelled'
      : all.every((s) => s.status === 'completed')
        ? 'completed'
        : 'failed';
  } finally {
    await runtime
      .dispose()
      .catch((error: unknown) => logger.warn(`cleaning up workers: ${errorMessage(error)}`));
    if (worktrees) {
      try {
        branches = await worktrees.mergeAll(plan.workers.map((w) => w.domain));
      } catch (error) {
        logger.warn(`merging worker branches: ${errorMessage(error)}`);
      }
      if (options.push && branches)
        delivery = await deliver(worktrees, branches, options.push, plan.planId, logger);
      await worktrees.removeAll();
    }
  }
  return finish({ runtimeName: runtime.kind, status: finalStatus, branches, delivery, synthesized });

  function finish(end: {
    runtimeName: string;
    status: RunResult['status'];
    extraSummary?: string;
    branches?: RunResult['branches'];
    delivery?: RunResult['delivery'];
    synthesized?: string;
  }): RunResult {
    const finishedAt = Date.now();
    const subtasks = plan.subtasks.map((s) => results.get(s.id)!);
    const base: Omit<RunResult, 'summary'> = {
      planId: plan.planId,
      status: end.status,
      mode,
      runtime: end.runtimeName,
      runDir: files.dir,
      startedAt: new Date(startedAt).toISOString(),
      finishedAt: new Date(finishedAt).toISOString(),
      durationMs: finishedAt - startedAt,
      subtasks,
      workers: plan.workers.map((wp) =>
        workerResult(
          wp,
          wp.subtasks.map((id) => results.get(id)!),
          mode,
        ),
      ),
      ...(end.branches ? { branches: end.branches } : {}),
      ...(end.delivery ? { delivery: end.delivery } : {}),
    };
    let summary = end.synthesized ? synthesizedSummary(base, end.synthesized) : deterministicSummary(base);
    if (end.extraSummary) summary += `\n${end.extraSummary}\n`;
    files.writeSummary(summary);
    for (const wp of plan.workers) writeWorkerResult(wp);
    planStatus = end.status;
    writeStatus();
    const result: RunResult = { ...base, summary };
    files.writeResult(result);
    if (plan.source?.kind === 'markdown') {
      try {
        checkOffCompleted(plan, subtasks);
      } catch (error) {
        logger.warn(`could not check off completed items in ${plan.source.file}: ${errorMessage(error)}`);
      }
    }
    bus.emit('plan.completed', { status: end.status, durationMs: base.durationMs });
    return result;
  }
}
