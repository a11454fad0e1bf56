/**
 * The plans a server runs: new ones, cancelled ones, and ones taken up again (retry, resume), each in the
 * background with its own abort signal, at most `maxPlans` at once. Every answer about a plan comes from its
 * files (readRunStatus), as `orchestrate status` and the action read them, so old plans, plans of other
 * orchestrators of the workspace and plans of a server that died are answered alike.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newPlanId } from '../engine/create-plan.js';
import type { OrchestrateOptions } from '../engine/options.js';
import { createPlan, orchestrate, runPlan } from '../engine/orchestrate.js';
import { retryRun } from '../engine/retry.js';
import { defaultPlanner } from '../engine/run-config.js';
import { readRunState, runDirOf } from '../engine/run-files.js';
import { STATUS_FILE, buildStatus, readRunStatus, type RunStatus } from '../engine/status.js';
import type { PlanStatus } from '../engine/types.js';
import { readActiveRuns } from '../lifecycle/active-runs.js';
import { errorMessage } from '../util/errors.js';
import { writeFileAtomic } from '../util/fs-atomic.js';
import type { Logger } from '../util/logger.js';

/** An answer other than success, with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: 404 | 409 | 429,
    message: string,
  ) {
    super(message);
  }
}

export const IN_FLIGHT: ReadonlySet<PlanStatus> = new Set(['planning', 'executing']);

export interface PlanServiceOptions {
  workspace: string;
  /** The options of every new plan (a plan taken up again keeps its own, kept with it). */
  runOptions: OrchestrateOptions;
  logger: Logger;
  maxPlans: number;
}

interface Running {
  controller: AbortController;
  done: Promise<void>;
}

export class PlanService {
  private readonly running = new Map<string, Running>();
  /** Requests admitted under the limit that are still planning (not yet in `running`). */
  private admitting = 0;
  private readonly watchers = new Map<string, Set<() => void>>();

  constructor(private readonly options: PlanServiceOptions) {}

  /**
   * Calls `listener` whenever a plan of this server logs an event (at once, from inside the engine: the
   * line is in the file already, and the engine goes on with synchronous work before this process's
   * watchers would hear of it) and when its run stops. Returns how to stop listening.
   */
  watch(planId: string, listener: () => void): () => void {
    let set = this.watchers.get(planId);
    if (!set) this.watchers.set(planId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.watchers.delete(planId);
    };
  }

  runDir(planId: string): string {
    return runDirOf(this.options.workspace, planId);
  }

  /** Whether this server runs the plan (from its admission to the end of its run and cleanup). */
  runsHere(planId: string): boolean {
    return this.running.has(planId);
  }

  status(planId: string): RunStatus | undefined {
    const status = readRunStatus(this.runDir(planId));
    // Between its admission and its registration (lifecycle/active-runs.ts) a plan of ours has no live record
    // yet, and reads as interrupted; it is not.
    if (status?.plan.status === 'interrupted' && this.runsHere(planId))
      return readStatusFile(this.runDir(planId)) ?? status;
    return status;
  }

  async submit(request: string, maxSubtasks: number | undefined): Promise<string> {
    this.admit();
    this.admitting++;
    try {
      const planId = newPlanId();
      const controller = new AbortController();
      const runWith: OrchestrateOptions = {
        ...this.options.runOptions,
        workspace: this.options.workspace,
        // Unset, the engine picks the limit by kind: the LLM planner's default, or the larger one of plan files.
        maxSubtasks: maxSubtasks ?? this.options.runOptions.maxSubtasks,
        planId,
        signal: controller.signal,
        logger: this.options.logger,
        onEvent: () => this.notify(planId),
      };
      if (defaultPlanner(runWith) === 'keyword') {
        // Fast and local: bad input throws an InputError (answered 400) and nothing runs.
        const plan = await createPlan(request, runWith);
        this.launch(planId, request, controller, () => runPlan(plan, runWith));
      } else {
        // The LLM planner may take minutes: the status says `planning` until the plan exists.
        this.launch(planId, request, controller, () => orchestrate(request, runWith));
      }
      return planId;
    } finally {
      this.admitting--;
    }
  }

  cancel(planId: string): void {
    const run = this.running.get(planId);
    if (run) {
      run.controller.abort(new Error('cancelled through the API'));
      return;
    }
    const status = this.known(planId);
    if (IN_FLIGHT.has(status.plan.status)) {
      const owner = readActiveRuns(this.options.workspace).find((r) => r.planId === planId);
      throw new ApiError(
        409,
        `plan '${planId}' is run by another orchestrator (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}); this server cancels only the plans it runs`,
      );
    }
    throw new ApiError(409, `plan '${planId}' is ${status.plan.status}, not running`);
  }

  /** `retry` takes up any plan that ended; `resume` only one that reads `interrupted`. */
  takeUp(planId: string, how: 'retry' | 'resume'): void {
    if (this.runsHere(planId)) throw new ApiError(409, `plan '${planId}' is running`);
    const status = this.known(planId);
    const now = status.plan.status;
    if (IN_FLIGHT.has(now))
      throw new ApiError(409, `plan '${planId}' is run by another orchestrator: cancel it there first`);
    if (how === 'resume' && now !== 'interrupted')
      throw new ApiError(409, `plan '${planId}' is ${now}, not interrupted: retry it instead`);
    if (now === 'completed')
      throw new ApiError(409, `plan '${planId}' is completed: every subtask completed, nothing to run again`);
    if (now === 'prompts_written')
      throw new ApiError(409, `plan '${planId}' only wrote prompt files (its runtime is prompt-files)`);
    const dir = this.runDir(planId);
    const state = readRunState(dir);
    if (!state && status.subtasks.length > 0)
      throw new ApiError(
        409,
        `plan '${planId}' has no run state to take up again (made by an older version)`,
      );
    this.admit();
    const controller = new AbortController();
    const common = {
      workspace: this.options.workspace,
      signal: controller.signal,
      logger: this.options.logger,
    };
    const request = status.plan.taskDescription;
    if (state) this.launch(planId, request, controller, () => retryRun(planId, common));
    else
      // It never got past planning (the planner failed, or the server died while it planned): plan it again.
      this.launch(
        planId,
        request,
        controller,
        () => orchestrate(request, { ...this.options.runOptions, ...common, planId }),
        true,
      );
  }

  /** Cancels every plan of this server and waits until each has stopped its workers (at most `ms`). */
  async close(ms: number): Promise<void> {
    for (const run of this.running.values()) run.controller.abort(new Error('the server is stopping'));
    const all = Promise.all([...this.running.values()].map((r) => r.done));
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
  }

  private notify(planId: string): void {
    for (const listener of [...(this.watchers.get(planId) ?? [])]) listener();
  }

  private known(planId: string): RunStatus {
    const status = this.status(planId);
    if (!status) throw new ApiError(404, `no plan '${planId}'`);
    return status;
  }

  private admit(): void {
    const busy = this.running.size + this.admitting;
    if (busy >= this.options.maxPlans)
      throw new ApiError(
        429,
        `${busy} plans are running already (the limit is ${this.options.maxPlans}); retry later`,
      );
  }

  private launch(
    planId: string,
    request: string,
    controller: AbortController,
    work: () => Promise<unknown>,
    planning = !readStatusFile(this.runDir(planId)),
  ): void {
    const dir = this.runDir(planId);
    // The plan answers from the moment its id is given out, and a server that dies now leaves it `interrupted`.
    if (planning) {
      mkdirSync(dir, { recursive: true });
      writeStatus(dir, buildStatus({ planId, taskDescription: request }, 'planning', []));
    }
    const done = (async () => {
      try {
        await work();
      } catch (error) {
        this.options.logger.error(`plan ${planId}: ${errorMessage(error)}`);
        this.recordFailure(planId, controller.signal.aborted, errorMessage(error));
      } finally {
        this.running.delete(planId);
        this.notify(planId);
      }
    })();
    this.running.set(planId, { controller, done });
  }

  /** A run that threw before its files said how it ended (the planner failed, or it could not start). */
  private recordFailure(planId: string, cancelled: boolean, why: string): void {
    const dir = this.runDir(planId);
    const status = readStatusFile(dir);
    if (status && !IN_FLIGHT.has(status.plan.status)) return;
    const base = status ?? buildStatus({ planId, taskDescription: '' }, 'planning', []);
    writeStatus(dir, {
      ...base,
      plan: { ...base.plan, status: cancelled ? 'cancelled' : 'failed' },
      subtasks: base.subtasks.map((s) =>
        s.status === 'running' || s.status === 'pending' ? { ...s, status: 'cancelled', error: why } : s,
      ),
      error: why,
    });
  }
}

/** The status file as written, without readRunStatus's check for a live orchestrator. */
function readStatusFile(dir: string): RunStatus | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, STATUS_FILE), 'utf8')) as RunStatus;
  } catch {
    return undefined;
  }
}

function writeStatus(dir: string, status: RunStatus): void {
  writeFileAtomic(join(dir, STATUS_FILE), `${JSON.stringify(status, null, 2)}\n`);
}
