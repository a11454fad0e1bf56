/**
 * Subtasks on workers of this machine: every worker the plan needs prepared ahead (worker-pool.ts), each
 * subtask run on its worker (task-runner.ts), a worker stopped once its last subtask has ended.
 */
import { availableParallelism } from 'node:os';
import type { Agent } from '../agent/types.js';
import type { WorktreeSet } from '../git/worktrees.js';
import type { Plan, WorkerPlan } from '../plan/types.js';
import type { Runtime, WorkerSpec } from '../runtime/types.js';
import type { Logger } from '../util/logger.js';
import type { RunBudget } from './run-budget.js';
import type { RunRecorder } from './run-recorder.js';
import type { SubtaskExecutor } from './subtask-executor.js';
import { TaskRunner, type TaskRunnerDeps } from './task-runner.js';
import { WorkerPool } from './worker-pool.js';

export interface LocalExecutorDeps {
  plan: Plan;
  runtime: Runtime;
  agent: Agent;
  recorder: RunRecorder;
  worktrees?: WorktreeSet;
  /** The caller's directory, where workers work without a repository. */
  cwd: string;
  concurrency: number;
  /** The worker's spec but its workdir. */
  spec(worker: WorkerPlan): Omit<WorkerSpec, 'workdir'>;
  /** At the depth limit: subtasks run in place, and no worker is said to spawn. */
  sequential: boolean;
  budget: RunBudget;
  onBudgetExceeded(reason: string): void;
  logger: Logger;
  /** Answers the workers' questions (interactive mode). */
  interactive?: TaskRunnerDeps['interactive'];
}

export function localExecutor(deps: LocalExecutorDeps): SubtaskExecutor {
  const { plan, runtime, recorder, worktrees, sequential } = deps;
  const pool = new WorkerPool({
    runtime,
    // Never more starts at once than may run at once, nor than the runtime can start at once (local workers
    // are started on this machine's cores; containers mostly wait on the engine's network set-up).
    concurrency: Math.max(1, Math.min(deps.concurrency, runtime.preparationLimit ?? Infinity)),
    // Worktrees are git checkouts on this machine's disk and cores, whatever the runtime.
    workdirConcurrency: Math.max(1, Math.min(deps.concurrency, availableParallelism())),
    workdir: async (domain) => (worktrees ? worktrees.add(domain) : deps.cwd),
    spec: deps.spec,
    logger: deps.logger,
    onStarted: (wp) => {
      if (!sequential)
        recorder.bus.emit('worker.spawned', { worker: wp.name, domain: wp.domain, runtime: runtime.kind });
    },
    onStopped: (wp) => {
      if (!sequential) recorder.bus.emit('worker.stopped', { worker: wp.name, domain: wp.domain });
    },
  });
  // The workers whose first subtask can start at once are made first; a worker with nothing left to do
  // (a run taken up again) is not made at all.
  const kept = new Set(recorder.kept);
  const readyFirst = plan.workers
    .filter((w) => w.subtasks.some((id) => !kept.has(id)))
    .sort((a, b) => Number(firstWaits(plan, a.subtasks[0]!)) - Number(firstWaits(plan, b.subtasks[0]!)));
  pool.prepareAll(readyFirst);

  const runner = new TaskRunner({
    plan,
    recorder,
    pool,
    agent: deps.agent,
    worktrees,
    budget: deps.budget,
    onBudgetExceeded: deps.onBudgetExceeded,
    logger: deps.logger,
    ...(deps.interactive ? { interactive: deps.interactive } : {}),
  });
  return {
    acquire: async (task) => {
      await pool.get(runner.workerPlan(task));
    },
    run: (task, dependencies, signal) => runner.run(task, dependencies, signal),
    finished: (wp) => pool.release(wp),
  };
}

/** Whether a subtask must wait for another before it can start. */
function firstWaits(plan: Plan, id: string): boolean {
  return (plan.subtasks.find((s) => s.id === id)?.dependsOn.length ?? 0) > 0;
}
