/**
 * One subtask, start to end, on its prepared worker: write its prompt (with its dependencies' results),
 * merge its dependencies' branches into its worktree, run the agent (in its session on the worker when it
 * has one, answering its questions; else as a command), watch it (budgets, stalls), count what it spent
 * against the run's budget, and commit what it changed. The scheduler calls `run` and decides everything
 * about order, timeouts and cancellation.
 */
import { watchCommand } from '../agent/monitor.js';
import type { Agent, AgentInvocationContext, AgentVerdict } from '../agent/types.js';
import type { Answerer } from '../interactive/answerer.js';
import { Conversation } from '../interactive/conversation.js';
import type { Worker } from '../runtime/types.js';
import type { WorktreeSet } from '../git/worktrees.js';
import type { Plan, Subtask, WorkerPlan } from '../plan/types.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { capResult } from './confinement.js';
import { buildSubtaskPrompt } from './prompt.js';
import type { RunBudget } from './run-budget.js';
import type { RunRecorder } from './run-recorder.js';
import type { TaskOutcome } from './scheduler.js';
import type { SubtaskResult } from './types.js';
import type { WorkerPool } from './worker-pool.js';
import { join } from 'node:path';

export interface TaskRunnerDeps {
  plan: Plan;
  recorder: RunRecorder;
  pool: WorkerPool;
  agent: Agent;
  worktrees?: WorktreeSet;
  budget: RunBudget;
  /** Called once, the first time the run's budget is crossed. */
  onBudgetExceeded(reason: string): void;
  logger: Logger;
  /** Answers a worker's questions (interactive mode); absent, an agent's question ends its subtask. */
  interactive?: { answerer: Answerer; maxTurns: number };
}

export class TaskRunner {
  private readonly workerPlans: Map<string, WorkerPlan>;

  constructor(private readonly deps: TaskRunnerDeps) {
    this.workerPlans = new Map(deps.plan.workers.map((w) => [w.domain, w] as const));
  }

  workerPlan(task: Subtask): WorkerPlan {
    return this.workerPlans.get(task.domain)!;
  }

  async run(
    task: Subtask,
    dependencies: readonly SubtaskResult[],
    signal: AbortSignal,
  ): Promise<TaskOutcome> {
    const { recorder, agent, worktrees, budget, logger } = this.deps;
    const prompt = buildSubtaskPrompt(
      this.deps.plan,
      task,
      dependencies.map((d) => ({ id: d.id, description: d.description, result: d.result ?? '' })),
    );
    const promptFile = recorder.files.writeTaskPrompt(task.id, prompt);
    recorder.files.appendWorkerPrompt(task.domain, task.id, prompt);
    const worker = await this.deps.pool.get(this.workerPlan(task));
    if (worktrees) {
      const conflicts = await worktrees.mergeInto(task.domain, [
        ...new Set(dependencies.map((d) => d.domain)),
      ]);
      if (conflicts.length > 0)
        recorder.log(`merge conflicts in ${conflicts.join(', ')}; running on the worker's own branch`, {
          taskId: task.id,
          worker: worker.spec.name,
        });
    }
    const ctx: AgentInvocationContext = {
      taskId: task.id,
      description: task.description,
      domain: task.domain,
      promptFile,
      workdir: worker.spec.workdir,
    };
    const conversation = this.conversation(task, worker);
    const stop = new AbortController();
    const watch = watchCommand(agent.monitor?.(budget.remaining()), (reason) =>
      stop.abort(new Error(reason)),
    );
    const onAbort = () => stop.abort(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    try {
      const verdict: AgentVerdict =
        (await agent.runTask?.({
          ...ctx,
          worker,
          signal: stop.signal,
          onOutput: watch.onOutput,
          conversation,
          notice: (message) => {
            logger.warn(`${task.id}: ${message}`);
            recorder.log(message, { taskId: task.id, worker: worker.spec.name });
          },
        })) ?? agent.interpret(await worker.run(this.command(ctx), stop.signal, watch.onOutput));
      watch.dispose();
      const result = capResult(verdict.result, join(recorder.files.dir, `${worker.spec.name}.log`));
      const usage = verdict.usage;
      const overRun = budget.spend(usage);
      if (overRun) {
        logger.warn(`${overRun}: stopping the run`);
        recorder.log(overRun);
        this.deps.onBudgetExceeded(overRun);
      }
      const base = {
        ...(usage ? { usage } : {}),
        ...(verdict.details ? { details: verdict.details } : {}),
        ...(conversation?.exchanges.length ? { exchanges: conversation.exchanges } : {}),
      };
      // Whatever the agent left is committed, even on failure, so nothing it wrote is lost; dependents
      // only ever merge a completed subtask's branch.
      const refused = worktrees ? await this.commit(task, verdict.status, worker.spec.name) : undefined;
      if (refused) return { status: 'failed', result: result || null, error: refused, ...base };
      if (watch.reason)
        return { status: 'failed', result: result || null, error: `stopped: ${watch.reason}`, ...base };
      return { status: verdict.status, result, error: verdict.error ?? null, ...base };
    } finally {
      watch.dispose();
      signal.removeEventListener('abort', onAbort);
    }
  }

  private command(ctx: AgentInvocationContext) {
    const invocation = this.deps.agent.invocation(ctx);
    return { taskId: ctx.taskId, ...invocation };
  }

  /** The orchestrator's side of the agent's conversation, where the run answers questions. */
  private conversation(task: Subtask, worker: Worker): Conversation | undefined {
    const { interactive, plan, recorder } = this.deps;
    if (!interactive) return undefined;
    return new Conversation({
      goal: plan.taskDescription,
      task,
      worker: worker.spec.name,
      answerer: interactive.answerer,
      maxTurns: interactive.maxTurns,
      emit: (type, fields) => recorder.bus.emit(type, fields),
    });
  }

  /** Commits the subtask's changes; answers why they were refused, if they were. */
  private async commit(task: Subtask, status: string, worker: string): Promise<string | undefined> {
    const message = `${task.id}: ${task.description}\n\norchestrate-action plan ${this.deps.plan.planId}, ${status}`;
    try {
      const committed = await this.deps.worktrees!.commit(task.domain, message);
      if (!committed.refused) return undefined;
      this.deps.logger.warn(`${task.id}: ${committed.refused}`);
      this.deps.recorder.log(committed.refused, { taskId: task.id, worker });
      return committed.refused;
    } catch (error) {
      this.deps.logger.warn(`committing ${task.id}: ${errorMessage(error)}`);
      return undefined;
    }
  }
}
