/**
 * Subtasks on runners of their own (a RemoteRuntime, e.g. the `actions` runtime). The plan is published
 * once, before the first subtask is handed over; each subtask is then handed over as it becomes ready (the
 * scheduler keeps the order, the concurrency and the timeouts), and its outcome comes back with its branch
 * fetched into this repository, where integration finds it as it finds a local worker's.
 *
 * The prompt is written into the run's files here too, so they read as for any run; the remote worker
 * builds the same prompt itself from the same plan and the dependencies' results it reads from git.
 */
import type { WorktreeSet } from '../git/worktrees.js';
import type { Plan } from '../plan/types.js';
import { workerName } from '../plan/types.js';
import type { RemoteRuntime } from '../runtime/types.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { buildSubtaskPrompt } from './prompt.js';
import type { RunBudget } from './run-budget.js';
import type { RunRecorder } from './run-recorder.js';
import type { RunState } from './run-files.js';
import type { SubtaskExecutor } from './subtask-executor.js';

export interface RemoteExecutorDeps {
  plan: Plan;
  remote: RemoteRuntime;
  recorder: RunRecorder;
  /** The run's branches: remote workers need a repository to start from and to push to. */
  worktrees?: WorktreeSet;
  /** What remote workers read: the plan, the run's settings, the base commit. */
  state: RunState;
  budget: RunBudget;
  onBudgetExceeded(reason: string): void;
  logger: Logger;
}

export function remoteExecutor(deps: RemoteExecutorDeps): SubtaskExecutor {
  const { plan, remote, recorder, worktrees } = deps;
  let published: Promise<void> | undefined;
  const publish = () =>
    (published ??= (async () => {
      if (!worktrees)
        throw new Error(
          `the ${remote.kind} runtime needs a git repository with a remote 'origin' to share the plan and the branches`,
        );
      await remote.publish({
        planId: plan.planId,
        repoDir: worktrees.repoRoot,
        base: worktrees.baseCommit,
        state: JSON.stringify({ ...deps.state, base: worktrees.baseCommit }),
        runDir: recorder.files.dir,
      });
      recorder.log(`plan published for ${remote.kind} runners`);
    })().catch((error: unknown) => {
      throw new Error(`could not publish the plan for remote runners: ${errorMessage(error)}`);
    }));

  return {
    acquire: publish,
    run: async (task, dependencies, signal) => {
      const prompt = buildSubtaskPrompt(
        plan,
        task,
        dependencies.map((d) => ({ id: d.id, description: d.description, result: d.result ?? '' })),
      );
      recorder.files.writeTaskPrompt(task.id, prompt);
      recorder.files.appendWorkerPrompt(task.domain, task.id, prompt);
      const worker = workerName(task.domain);
      const outcome = await remote.runSubtask(
        { taskId: task.id, domain: task.domain, branch: worktrees!.branchOf(task.domain) },
        signal,
        (run) =>
          recorder.bus.emit('task.dispatched', { taskId: task.id, worker, runId: run.id, url: run.url }),
      );
      const overRun = deps.budget.spend(outcome.usage);
      if (overRun) {
        deps.logger.warn(`${overRun}: stopping the run`);
        recorder.log(overRun);
        deps.onBudgetExceeded(overRun);
      }
      return outcome;
    },
    finished: async () => undefined,
  };
}
