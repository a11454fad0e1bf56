import { describe, expect, it, vi } from 'vitest';
import { schedule, type TaskOutcome } from '../../src/engine/scheduler.js';
import type { EventType } from '../../src/engine/types.js';
import type { Plan, Subtask } from '../../src/plan/types.js';
import { workerName } from '../../src/plan/types.js';
import { topologicalOrder } from '../../src/graph/dag.js';

function plan(tasks: Array<[id: string, domain: string, deps?: string[]]>): Plan {
  const subtasks: Subtask[] = tasks.map(([id, domain, deps]) => ({
    id,
    description: `do ${id}`,
    domain,
    dependsOn: deps ?? [],
    skills: [],
  }));
  const order = topologicalOrder(subtasks);
  const domains = [...new Set(subtasks.map((s) => s.domain))];
  return {
    planId: 'test',
    taskDescription: 'test',
    subtasks,
    workers: domains.map((d) => ({
      name: workerName(d),
      domain: d,
      subtasks: order.filter((id) => subtasks.find((s) => s.id === id)!.domain === d),
    })),
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new Error('aborted'));
    });
  });

function recorder() {
  const events: Array<{ type: EventType; taskId?: string }> = [];
  return {
    events,
    emit: (type: EventType, f: { taskId?: string }) => events.push({ type, taskId: f.taskId }),
  };
}

describe('schedule', () => {
  it('runs independent workers at once and passes dependency results on', async () => {
    const p = plan([
      ['a', 'frontend'],
      ['b', 'backend'],
      ['c', 'testing', ['a', 'b']],
    ]);
    let live = 0;
    let peak = 0;
    const seen: Record<string, string[]> = {};
    const { events, emit } = recorder();
    const results = await schedule({
      plan: p,
      concurrency: Infinity,
      timeoutMs: 5000,
      emit,
      execute: async (task, deps): Promise<TaskOutcome> => {
        live++;
        peak = Math.max(peak, live);
        seen[task.id] = deps.map((d) => `${d.id}=${d.result}`);
        await sleep(30);
        live--;
        return { status: 'completed', result: `result of ${task.id}`, error: null };
      },
    });
    expect(peak).toBe(2);
    expect(seen.c).toEqual(['a=result of a', 'b=result of b']);
    expect([...results.values()].map((r) => r.status)).toEqual(['completed', 'completed', 'completed']);
    const startC = events.findIndex((e) => e.type === 'task.started' && e.taskId === 'c');
    const doneB = events.findIndex((e) => e.type === 'task.completed' && e.taskId === 'b');
    const doneA = events.findIndex((e) => e.type === 'task.completed' && e.taskId === 'a');
    expect(startC).toBeGreaterThan(Math.max(doneA, doneB));
  });

  it('runs one subtask at a time per worker and respects the concurrency limit', async () => {
    const p = plan([
      ['a1', 'frontend'],
      ['a2', 'frontend'],
      ['b1', 'backend'],
      ['c1', 'testing'],
    ]);
    const liveByDomain = new Map<string, number>();
    let live = 0;
    let peak = 0;
    await schedule({
      plan: p,
      concurrency: 2,
      timeoutMs: 5000,
      emit: () => {},
      execute: async (task) => {
        const n = (liveByDomain.get(task.domain) ?? 0) + 1;
        expect(n).toBe(1);
        liveByDomain.set(task.domain, n);
        live++;
        peak = Math.max(peak, live);
        await sleep(20);
        live--;
        liveByDomain.set(task.domain, n - 1);
        return { status: 'completed', result: 'ok', error: null };
      },
    });
    expect(peak).toBe(2);
  });

  it('skips every dependent of a failure, directly or not, while independent work carries on', async () => {
    const p = plan([
      ['db', 'database'],
      ['api', 'backend', ['db']],
      ['ui', 'frontend', ['api']],
      ['docs', 'documentation'],
    ]);
    const ran: string[] = [];
    const results = await schedule({
      plan: p,
      concurrency: Infinity,
      timeoutMs: 5000,
      emit: () => {},
      execute: async (task) => {
        ran.push(task.id);
        if (task.id === 'db') return { status: 'failed', result: null, error: 'boom' };
        return { status: 'completed', result: 'ok', error: null };
      },
    });
    expect(ran.sort()).toEqual(['db', 'docs']);
    expect(results.get('db')!.status).toBe('failed');
    expect(results.get('api')!.status).toBe('skipped');
    expect(results.get('ui')!.status).toBe('skipped');
    expect(results.get('ui')!.error).toContain('db');
    expect(results.get('docs')!.status).toBe('completed');
  });

  it('times a subtask out, aborting its signal, and skips its dependents', async () => {
    const p = plan([
      ['slow', 'backend'],
      ['after', 'frontend', ['slow']],
    ]);
    let aborted = false;
    const results = await schedule({
      plan: p,
      concurrency: Infinity,
      timeoutMs: 50,
      emit: () => {},
      execute: async (_task, _deps, signal) => {
        await sleep(5000, signal).catch(() => {
          aborted = true;
        });
        return { status: 'failed', result: null, error: 'killed' };
      },
    });
    expect(aborted).toBe(true);
    expect(results.get('slow')!.status).toBe('timed_out');
    expect(results.get('slow')!.error).toMatch(/timed out/);
    expect(results.get('after')!.status).toBe('skipped');
  });

  it('cancels running and pending subtasks when the run is aborted', async () => {
    const p = plan([
      ['a', 'backend'],
      ['b', 'frontend', ['a']],
    ]);
    const controller = new AbortController();
    const { events, emit } = recorder();
    const finished: string[] = [];
    const run = schedule({
      plan: p,
      concurrency: Infinity,
      timeoutMs: 5000,
      signal: controller.signal,
      emit,
      onWorkerFinished: (w) => {
        finished.push(w.domain);
      },
      execute: async (_t, _d, signal) => {
        await sleep(5000, signal).catch(() => undefined);
        return { status: 'failed', result: null, error: 'killed' };
      },
    });
    setTimeout(() => controller.abort(), 20);
    const results = await run;
    expect(results.get('a')!.status).toBe('cancelled');
    expect(results.get('b')!.status).toBe('cancelled');
    expect(events.filter((e) => e.type === 'task.cancelled')).toHaveLength(2);
    expect(finished.sort()).toEqual(['backend', 'frontend']);
  });

  it("starts each dependent from its dependency's completion, not from a timer (no polling)", async () => {
    // With the clock frozen, a scheduler that polled would never get past the first task.
    vi.useFakeTimers();
    try {
      const chain = Array.from(
        { length: 20 },
        (_, i) => [`t${i}`, `d${i}`, i === 0 ? [] : [`t${i - 1}`]] as [string, string, string[]],
      );
      const order: string[] = [];
      const results = await schedule({
        plan: plan(chain),
        concurrency: Infinity,
        timeoutMs: 5000,
        emit: () => {},
        execute: async (task) => {
          order.push(task.id);
          return { status: 'completed', result: '', error: null };
        },
      });
      expect(order).toEqual(chain.map(([id]) => id));
      expect([...results.values()].every((r) => r.status === 'completed')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
