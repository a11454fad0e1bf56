/**
 * The seam between the scheduler and whatever does a subtask. The scheduler (scheduler.ts) decides what runs
 * when; an executor runs one subtask it is handed and answers its outcome. Two kinds exist:
 *
 *   local-executor.ts    a worker of this machine per domain (WorkerPool), the subtask run on it (TaskRunner):
 *                        prompt, merge of its dependencies' branches, agent, budgets, commit
 *   remote-executor.ts   a runner of its own per subtask (a RemoteRuntime, e.g. GitHub Actions), which does
 *                        all of that there and pushes its branch and result back
 */
import type { Subtask, WorkerPlan } from '../plan/types.js';
import type { TaskOutcome } from './scheduler.js';
import type { SubtaskResult } from './types.js';

export interface SubtaskExecutor {
  /** Before a subtask starts (e.g. its worker made), so `task.started` follows `worker.spawned`. */
  acquire(task: Subtask): Promise<void>;
  run(task: Subtask, dependencies: readonly SubtaskResult[], signal: AbortSignal): Promise<TaskOutcome>;
  /** A worker's last subtask has ended. */
  finished(worker: WorkerPlan): Promise<void>;
}
