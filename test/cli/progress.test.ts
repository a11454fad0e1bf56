import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import type { OrchestratorEvent } from '../../src/engine/types.js';
import { event } from '../support/events.js';

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

const run: OrchestratorEvent[] = [
  event('plan.created', {
    taskDescription: 'r',
    subtasks: [
      { id: 't1', description: 'A', domain: 'frontend', dependsOn: [] },
      { id: 't2', description: 'B', domain: 'backend', dependsOn: [] },
    ],
    workers: ['omo-worker-frontend', 'omo-worker-backend'],
  }),
  event('task.started', { taskId: 't1', worker: 'omo-worker-frontend', description: 'A' }),
  event('task.started', { taskId: 't2', worker: 'omo-worker-backend', description: 'B' }),
  event('task.completed', {
    taskId: 't1',
    worker: 'omo-worker-frontend',
    status: 'completed',
    durationMs: 1500,
  }),
  event('task.failed', {
    taskId: 't2',
    worker: 'omo-worker-backend',
    status: 'timed_out',
    error: 'timed out after 1 s',
  }),
  event('plan.completed', { status: 'failed', durationMs: 2000 }),
];

describe('progress on stderr', () => {
  it('redraws one line per worker in a terminal', () => {
    const out = sink();
    const progress = new Progress(out.stream, true);
    for (const e of run) progress.onEvent(e);
    const screen = out.text();
    expect(screen).toContain('\x1b[2A'); // moves up over the two worker lines to redraw them
    const last = screen.split('\x1b[2A').at(-1)!;
    expect(last).toMatch(/omo-worker-frontend\s+1\/1 done/);
    expect(last).toMatch(/omo-worker-backend\s+1\/1 timed_out t2/);
    expect(screen).toContain('plan p1: failed');
  });

  it('prints one plain line per event otherwise', () => {
    const out = sink();
    const progress = new Progress(out.stream, false);
    for (const e of run) progress.onEvent(e);
    expect(out.text().trim().split('\n')).toEqual([
      '[10:00:00] plan.created 2 subtasks',
      '[10:00:00] task.started omo-worker-frontend t1',
      '[10:00:00] task.started omo-worker-backend t2',
      '[10:00:00] task.completed omo-worker-frontend t1 (1.5s)',
      '[10:00:00] task.failed omo-worker-backend t2 timed_out: timed out after 1 s',
      '[10:00:00] plan.completed failed (2.0s)',
    ]);
  });

  it("shows a worker's question, its answer, and the worker waiting meanwhile", () => {
    const asked = [
      run[0]!,
      event('task.started', { taskId: 't1', worker: 'omo-worker-frontend', description: 'A' }),
      event('worker.stopped', {
        worker: 'omo-worker-frontend',
        domain: 'frontend',
        taskId: 't1',
        reason: 'question',
        lastOutput: 'I can use:\n1. React\n2. Vue\n\nWhich one should I use?',
      }),
    ];
    const answered = event('task.question', {
      taskId: 't1',
      worker: 'omo-worker-frontend',
      turn: 1,
      question: 'Which one should I use?',
      answer: 'React:   the rest of the app uses it.',
      by: 'llm',
    });
    const plain = sink();
    const lines = new Progress(plain.stream, false);
    for (const e of [...asked, answered]) lines.onEvent(e);
    expect(plain.text().trim().split('\n').slice(2)).toEqual([
      '[10:00:00] worker.stopped omo-worker-frontend t1 asks: I can use: 1. React 2. Vue Which one should I use?',
      '[10:00:00] task.question omo-worker-frontend t1 answered (llm): React: the rest of the app uses it.',
    ]);
    const live = sink();
    const screen = new Progress(live.stream, true);
    for (const e of asked) screen.onEvent(e);
    expect(live.text().split('\x1b[2A').at(-1)).toMatch(/omo-worker-frontend\s+0\/1 asking/);
    screen.onEvent(answered);
    expect(live.text().split('\x1b[2A').at(-1)).toMatch(/omo-worker-frontend\s+0\/1 running/);
  });
});
