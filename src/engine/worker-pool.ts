/**
 * The workers of a run, prepared ahead: when the plan starts, every worker it needs (its git worktree, its
 * tmux session or container) is prepared at once, at most `concurrency` started and `workdirConcurrency`
 * worktrees made at a time, the workers whose first subtask can start right away first. Dependencies gate only when a subtask is dispatched, never when its
 * worker is made, so a dependency hop costs no set-up. A worker is stopped once its last subtask has ended.
 */
import type { WorkerPlan } from '../plan/types.js';
import type { Runtime, Worker, WorkerSpec } from '../runtime/types.js';
import { errorMessage } from '../util/errors.js';
import { Limiter } from '../util/limiter.js';
import type { Logger } from '../util/logger.js';

export interface WorkerPoolDeps {
  runtime: Runtime;
  /** Most worker starts at once. */
  concurrency: number;
  /** Most working directories made at once (default: `concurrency`). */
  workdirConcurrency?: number;
  /** The worker's working directory: its own worktree, or the run's directory. */
  workdir(domain: string): Promise<string>;
  /** Everything of the worker's spec but its workdir. */
  spec(worker: WorkerPlan): Omit<WorkerSpec, 'workdir'>;
  logger: Logger;
  onStarted?(worker: WorkerPlan): void;
  onStopped?(worker: WorkerPlan): void;
}

export class WorkerPool {
  private readonly workers = new Map<string, Promise<Worker>>();
  private readonly workdirs: Limiter;
  private readonly starts: Limiter;

  constructor(private readonly deps: WorkerPoolDeps) {
    this.workdirs = new Limiter(deps.workdirConcurrency ?? deps.concurrency);
    this.starts = new Limiter(deps.concurrency);
  }

  /** Starts preparing every worker, in the order given (put the ones needed first first). */
  prepareAll(workers: readonly WorkerPlan[]): void {
    for (const wp of workers) void this.get(wp).catch(() => undefined);
  }

  /** The worker, once prepared; a preparation that failed rejects every subtask of the worker. */
  get(wp: WorkerPlan): Promise<Worker> {
    let worker = this.workers.get(wp.domain);
    if (!worker) {
      worker = this.prepare(wp);
      this.workers.set(wp.domain, worker);
    }
    return worker;
  }

  private async prepare(wp: WorkerPlan): Promise<Worker> {
    const workdir = await this.workdirs.run(() => this.deps.workdir(wp.domain));
    const worker = await this.starts.run(() =>
      this.deps.runtime.startWorker({ ...this.deps.spec(wp), workdir }),
    );
    this.deps.onStarted?.(wp);
    return worker;
  }

  /** The worker's work is done: stop it (a worker that was never prepared has nothing to stop). */
  async release(wp: WorkerPlan): Promise<void> {
    const worker = this.workers.get(wp.domain);
    if (!worker) return;
    let stopped: Worker;
    try {
      stopped = await worker;
    } catch {
      return; // Never started: its subtasks failed with the reason.
    }
    try {
      await stopped.stop();
    } catch (error) {
      this.deps.logger.warn(`stopping ${wp.name}: ${errorMessage(error)}`);
    }
    this.deps.onStopped?.(wp);
  }
}
