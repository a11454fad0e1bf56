/**
 * Everything a run writes about itself, as it happens: the event log (every event), the plan, the status
 * JSON and each worker's result file (rewritten, once per turn of the event loop, when a subtask changes), and at the end the summary, the
 * result JSON and the plan file's check-off. It owns the subtasks' results, which the scheduler updates in
 * place, and turns them into the RunResult.
 */
import type { Plan, WorkerPlan } from '../plan/types.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { checkOffCompleted } from './checkoff.js';
import { EventBus } from './event-bus.js';
import { RunFiles } from './run-files.js';
import { initialResults } from './scheduler.js';
import { buildStatus } from './status.js';
import { deterministicSummary, synthesizedSummary } from './summary.js';
import type {
  OrchestratorEvent,
  PlanStatus,
  RunMode,
  RunResult,
  SubtaskResult,
  WorkerResult,
} from './types.js';

const SUBTASK_ENDS = new Set<string>(['task.completed', 'task.failed', 'task.skipped', 'task.cancelled']);

export function workerResult(wp: WorkerPlan, subtasks: SubtaskResult[], mode: RunMode): WorkerResult {
  const status: WorkerResult['status'] = subtasks.every((s) => s.status === 'completed')
    ? 'completed'
    : subtasks.some((s) => s.status === 'pending' || s.status === 'running')
      ? 'pending'
      : subtasks.some((s) => s.status === 'cancelled')
        ? 'cancelled'
        : 'failed';
  return { worker: wp.name, domain: wp.domain, status, mode, subtasks };
}

export interface RunEnd {
  runtime: string;
  status: RunResult['status'];
  branches?: RunResult['branches'];
  delivery?: RunResult['delivery'];
  /** The model's answer, when the synthesis made one. */
  synthesized?: string;
  /** Appended to the summary (how to run prompt files, why nothing ran). */
  note?: string;
}

export class RunRecorder {
  readonly files: RunFiles;
  readonly bus: EventBus;
  readonly results: Map<string, SubtaskResult>;
  private status: PlanStatus = 'executing';
  private readonly startedAt = Date.now();
  private readonly workerOf: Map<string, WorkerPlan>;
  private readonly changedWorkers = new Set<WorkerPlan>();
  private flushScheduled = false;

  constructor(
    private readonly plan: Plan,
    runDir: string,
    private readonly mode: RunMode,
    private readonly logger: Logger,
    onEvent?: (event: OrchestratorEvent) => void,
    /** A run taken up again: the results of before, whose completed subtasks are kept as they are. */
    previous: readonly SubtaskResult[] = [],
  ) {
    this.files = new RunFiles(runDir);
    this.bus = new EventBus(plan.planId);
    this.results = initialResults(plan);
    for (const before of previous)
      if (before.status === 'completed' && this.results.has(before.id))
        this.results.set(before.id, { ...before });
    this.workerOf = new Map(plan.workers.map((w) => [w.domain, w] as const));
    this.bus.on((event) => {
      if (!('taskId' in event) || !event.taskId) return;
      const wp = this.workerOf.get(this.results.get(event.taskId)?.domain ?? '');
      // A subtask's end is in its worker's result file before it is in the event log: a run killed in
      // between must not read, when taken up again, as having lost a result its log claims.
      if (wp && SUBTASK_ENDS.has(event.type)) this.writeWorker(wp);
      else if (wp) this.changedWorkers.add(wp);
      this.scheduleFlush();
    });
    this.bus.on((event) => this.files.appendEvent(event));
    if (onEvent) this.bus.on(onEvent);
  }

  /**
   * The status and worker files follow the event log within one turn of the event loop, written once for
   * every event of that turn: a subtask's end and its dependent's start cost one write of each file, made
   * after the dependent was dispatched rather than on the way to it.
   */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      try {
        for (const wp of this.changedWorkers) this.writeWorker(wp);
        this.changedWorkers.clear();
        this.writeStatus();
      } catch (error) {
        this.logger.warn(`updating the run's status files: ${errorMessage(error)}`);
      }
    });
  }

  /** The plan, its status and its empty worker results, and the `plan.created` event. */
  start(): void {
    this.files.writePlan(this.plan);
    this.writeStatus();
    for (const wp of this.plan.workers) this.writeWorker(wp);
    this.bus.emit('plan.created', {
      taskDescription: this.plan.taskDescription,
      subtasks: this.plan.subtasks.map((s) => ({
        id: s.id,
        description: s.description,
        domain: s.domain,
        dependsOn: s.dependsOn,
      })),
      workers: this.plan.workers.map((w) => w.name),
      ...(this.kept.length > 0 ? { kept: this.kept } : {}),
    });
  }

  /** The subtasks completed before this run took the plan up again. */
  get kept(): string[] {
    return this.plan.subtasks.filter((s) => this.results.get(s.id)!.status === 'completed').map((s) => s.id);
  }

  log(message: string, where: { taskId?: string; worker?: string } = {}): void {
    this.bus.emit('log', { message, ...where });
  }

  get subtasks(): SubtaskResult[] {
    return this.plan.subtasks.map((s) => this.results.get(s.id)!);
  }

  /** Writes the final files and answers the run's result. Never throws for a file it cannot update. */
  finish(end: RunEnd): RunResult {
    const finishedAt = Date.now();
    const subtasks = this.subtasks;
    const base: Omit<RunResult, 'summary'> = {
      planId: this.plan.planId,
      status: end.status,
      mode: this.mode,
      runtime: end.runtime,
      runDir: this.files.dir,
      startedAt: new Date(this.startedAt).toISOString(),
      finishedAt: new Date(finishedAt).toISOString(),
      durationMs: finishedAt - this.startedAt,
      subtasks,
      workers: this.plan.workers.map((wp) => this.workerResultOf(wp)),
      ...(end.branches ? { branches: end.branches } : {}),
      ...(end.delivery ? { delivery: end.delivery } : {}),
    };
    let summary = end.synthesized ? synthesizedSummary(base, end.synthesized) : deterministicSummary(base);
    if (end.note) summary += `\n${end.note}\n`;
    this.files.writeSummary(summary);
    for (const wp of this.plan.workers) this.writeWorker(wp);
    this.changedWorkers.clear();
    this.status = end.status;
    this.writeStatus();
    const result: RunResult = { ...base, summary };
    this.files.writeResult(result);
    if (this.plan.source?.kind === 'markdown') {
      try {
        checkOffCompleted(this.plan, subtasks);
      } catch (error) {
        this.logger.warn(
          `could not check off completed items in ${this.plan.source.file}: ${errorMessage(error)}`,
        );
      }
    }
    this.bus.emit('plan.completed', { status: end.status, durationMs: base.durationMs });
    return result;
  }

  private workerResultOf(wp: WorkerPlan): WorkerResult {
    return workerResult(
      wp,
      wp.subtasks.map((id) => this.results.get(id)!),
      this.mode,
    );
  }

  private writeWorker(wp: WorkerPlan): void {
    this.files.writeWorkerResult(this.workerResultOf(wp));
  }

  private writeStatus(): void {
    this.files.writeStatus(buildStatus(this.plan, this.status, [...this.results.values()]));
  }
}
