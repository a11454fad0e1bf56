/**
 * The event-driven scheduler. One worker per domain runs its subtasks one at a time; workers run in
 * parallel up to `concurrency`; a subtask starts the moment its last dependency completes (the completion
 * itself triggers the next scheduling step: there is no polling). A subtask that fails, times out or is
 * cancelled skips every subtask that depends on it, directly or not, while independent work carries on.
 *
 * It knows nothing about processes: `execute` runs a subtask and is given an AbortSignal that fires on the
 * subtask's timeout or on cancellation of the run.
 */
import { topologicalOrder, transitiveDependents } from '../graph/dag.js';
import type { Plan, Subtask, WorkerPlan } from '../plan/types.js';
import { workerName } from '../plan/types.js';
import type { EventFields, EventType, QuestionExchange, SubtaskResult, Usage } from './types.js';

type SubtaskEnd = 'task.completed' | 'task.failed' | 'task.skipped' | 'task.cancelled';

export interface TaskOutcome {
  status: 'completed' | 'failed';
  result: string | null;
  error: string | null;
  usage?: Usage;
  details?: Record<string, unknown>;
  exchanges?: QuestionExchange[];
}

export interface ScheduleOptions {
  plan: Plan;
  /** Most subtasks (= busy workers) at once; Infinity for all. */
  concurrency: number;
  timeoutMs: number;
  signal?: AbortSignal;
  execute(subtask: Subtask, dependencies: SubtaskResult[], signal: AbortSignal): Promise<TaskOutcome>;
  emit<T extends EventType>(type: T, fields: EventFields<T>): void;
  /** Results to update in place (from `initialResults`), so observers of events read current state. */
  results?: Map<string, SubtaskResult>;
  /**
   * Called before a subtask starts (e.g. to start its worker), so `task.started` follows `worker.spawned`.
   * A rejection fails the subtask.
   */
  acquire?(subtask: Subtask): Promise<void>;
  /** Called once per worker when all of its subtasks have ended (also when none ever ran); awaited before the schedule ends. */
  onWorkerFinished?(worker: WorkerPlan): void | Promise<void>;
}

export function initialResults(plan: Plan): Map<string, SubtaskResult> {
  return new Map(
    plan.subtasks.map((s) => [
      s.id,
      {
        id: s.id,
        description: s.description,
        domain: s.domain,
        worker: workerName(s.domain),
        dependsOn: [...s.dependsOn],
        status: 'pending',
        startedAt: null,
        finishedAt: null,
        durationMs: null,
        result: null,
        error: null,
      } satisfies SubtaskResult,
    ]),
  );
}

/** Longest chain of dependents below each task: run those first when concurrency is limited. */
function heights(plan: Plan): Map<string, number> {
  const dependents = new Map<string, string[]>();
  for (const s of plan.subtasks)
    for (const d of s.dependsOn) (dependents.get(d) ?? dependents.set(d, []).get(d)!).push(s.id);
  const height = new Map<string, number>();
  for (const id of topologicalOrder(plan.subtasks).reverse()) {
    height.set(id, 1 + Math.max(0, ...(dependents.get(id) ?? []).map((c) => height.get(c)!)));
  }
  return height;
}

export function schedule(options: ScheduleOptions): Promise<Map<string, SubtaskResult>> {
  const { plan, emit } = options;
  const results = options.results ?? initialResults(plan);
  const byId = new Map(plan.subtasks.map((s) => [s.id, s] as const));
  const order = new Map(plan.subtasks.map((s, i) => [s.id, i] as const));
  const height = heights(plan);
  const waitingOn = new Map(plan.subtasks.map((s) => [s.id, s.dependsOn.length] as const));
  const dependents = new Map<string, string[]>();
  for (const s of plan.subtasks)
    for (const d of s.dependsOn) (dependents.get(d) ?? dependents.set(d, []).get(d)!).push(s.id);
  const workersByDomain = new Map(plan.workers.map((w) => [w.domain, w] as const));
  const unfinished = new Map(plan.workers.map((w) => [w.domain, w.subtasks.length] as const));

  // Subtasks completed before (a retry or a resume keeps them): their dependents need not wait for them.
  const kept = plan.subtasks.filter((s) => results.get(s.id)?.status === 'completed').map((s) => s.id);
  for (const id of kept) {
    for (const child of dependents.get(id) ?? []) waitingOn.set(child, waitingOn.get(child)! - 1);
    const domain = results.get(id)!.domain;
    unfinished.set(domain, unfinished.get(domain)! - 1);
  }
  const ready = new Set(
    plan.subtasks.filter((s) => waitingOn.get(s.id) === 0 && !kept.includes(s.id)).map((s) => s.id),
  );
  const busy = new Set<string>();
  const controllers = new Map<string, AbortController>();
  let running = 0;
  let settled = kept.length;
  const finishing: Promise<void>[] = [];
  let cancelled = options.signal?.aborted ?? false;

  return new Promise((resolveAll) => {
    const maybeDone = () => {
      if (settled === plan.subtasks.length && running === 0)
        void Promise.all(finishing).then(() => resolveAll(results));
    };

    const settle = (id: string, fields: Partial<SubtaskResult>, type: SubtaskEnd) => {
      const r = results.get(id)!;
      Object.assign(r, fields);
      settled++;
      emit(type, {
        taskId: id,
        worker: r.worker,
        status: r.status,
        ...(r.durationMs !== null ? { durationMs: r.durationMs } : {}),
        ...(r.error ? { error: r.error } : {}),
        ...(r.usage ? { usage: r.usage } : {}),
      });
      const domain = r.domain;
      const left = unfinished.get(domain)! - 1;
      unfinished.set(domain, left);
      if (left === 0 && options.onWorkerFinished) {
        finishing.push(
          Promise.resolve(options.onWorkerFinished(workersByDomain.get(domain)!)).catch(() => undefined),
        );
      }
    };

    const skipDependentsOf = (id: string, why: string) => {
      for (const dep of transitiveDependents(plan.subtasks, id)) {
        const r = results.get(dep)!;
        if (r.status !== 'pending') continue;
        ready.delete(dep);
        settle(dep, { status: 'skipped', error: why }, 'task.skipped');
      }
    };

    const pump = () => {
      if (cancelled) return;
      const candidates = [...ready].sort(
        (a, b) => height.get(b)! - height.get(a)! || order.get(a)! - order.get(b)!,
      );
      for (const id of candidates) {
        if (running >= options.concurrency) break;
        const task = byId.get(id)!;
        if (busy.has(task.domain)) continue;
        ready.delete(id);
        start(task);
      }
    };

    const start = (task: Subtask) => {
      const r = results.get(task.id)!;
      r.status = 'running';
      busy.add(task.domain);
      running++;
      const controller = new AbortController();
      controllers.set(task.id, controller);
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      let startedAt = Date.now();
      const deps = task.dependsOn.map((d) => results.get(d)!);

      const begin = (): Promise<TaskOutcome> => {
        startedAt = Date.now();
        r.startedAt = new Date(startedAt).toISOString();
        emit('task.started', { taskId: task.id, worker: r.worker, description: task.description });
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort(new Error('timeout'));
        }, options.timeoutMs);
        if (controller.signal.aborted)
          return Promise.resolve({ status: 'failed', result: null, error: 'cancelled' });
        return options.execute(task, deps, controller.signal);
      };
      (options.acquire ? options.acquire(task).then(begin) : Promise.resolve().then(begin))
        .catch((error: unknown): TaskOutcome => ({
          status: 'failed',
          result: null,
          error: error instanceof Error ? error.message : String(error),
        }))
        .then((o) => {
          if (timer) clearTimeout(timer);
          if (r.startedAt === null) r.startedAt = new Date(startedAt).toISOString();
          controllers.delete(task.id);
          running--;
          busy.delete(task.domain);
          const finishedAt = Date.now();
          const base = {
            finishedAt: new Date(finishedAt).toISOString(),
            durationMs: finishedAt - startedAt,
            result: o.result,
            error: o.error,
            ...(o.usage ? { usage: o.usage } : {}),
            ...(o.details ? { details: o.details } : {}),
            ...(o.exchanges?.length ? { exchanges: o.exchanges } : {}),
          };
          if (o.status === 'completed' && !timedOut) {
            settle(task.id, { ...base, status: 'completed' }, 'task.completed');
            for (const child of dependents.get(task.id) ?? []) {
              const left = waitingOn.get(child)! - 1;
              waitingOn.set(child, left);
              if (left === 0 && results.get(child)!.status === 'pending') ready.add(child);
            }
          } else if (timedOut) {
            const error = `timed out after ${Math.round(options.timeoutMs / 1000)} s`;
            settle(task.id, { ...base, status: 'timed_out', error }, 'task.failed');
            skipDependentsOf(task.id, `dependency ${task.id} timed out`);
          } else if (cancelled) {
            settle(
              task.id,
              { ...base, status: 'cancelled', error: base.error ?? 'cancelled' },
              'task.cancelled',
            );
            skipDependentsOf(task.id, `dependency ${task.id} was cancelled`);
          } else {
            settle(task.id, { ...base, status: 'failed' }, 'task.failed');
            skipDependentsOf(task.id, `dependency ${task.id} failed`);
          }
          pump();
          maybeDone();
        });
    };

    const cancel = () => {
      if (cancelled && running === 0 && settled === plan.subtasks.length) return;
      cancelled = true;
      const reason: unknown = options.signal?.reason;
      const why = reason instanceof Error ? reason.message : 'cancelled';
      for (const [id, r] of results) {
        if (r.status === 'pending') {
          ready.delete(id);
          settle(
            id,
            { status: 'cancelled', error: `run cancelled before it started (${why})` },
            'task.cancelled',
          );
        }
      }
      for (const c of controllers.values()) c.abort(new Error('cancelled'));
      maybeDone();
    };

    if (options.signal) {
      if (options.signal.aborted) cancel();
      else options.signal.addEventListener('abort', cancel, { once: true });
    }
    pump();
    maybeDone();
  });
}
