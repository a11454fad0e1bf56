import { describe, expect, it } from 'vitest';
import { Throttler, type Clock } from '../../src/action/throttle.js';

/** A clock whose time moves only when the test says so; due timers fire on `advance`. */
class ManualClock implements Clock {
  time = 0;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 1;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== handle);
  };
  get pending() {
    return this.timers.length;
  }
  async advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.time = due.at;
      this.timers = this.timers.filter((t) => t !== due);
      due.callback();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function setup(interval = 5_000) {
  const clock = new ManualClock();
  const startedAt: number[] = [];
  const throttler = new Throttler(
    async () => {
      startedAt.push(clock.time);
    },
    interval,
    clock,
  );
  return { clock, startedAt, throttler };
}

describe('Throttler', () => {
  it('runs the first request at once', async () => {
    const { throttler, startedAt } = setup();
    throttler.request();
    await settle();
    expect(startedAt).toEqual([0]);
  });

  it('merges requests within the interval into one run when it ends', async () => {
    const { throttler, startedAt, clock } = setup();
    throttler.request();
    await settle();
    for (let i = 0; i < 10; i++) {
      await clock.advance(100);
      throttler.request();
    }
    expect(startedAt).toEqual([0]);
    await clock.advance(5_000);
    expect(startedAt).toEqual([0, 5_000]);
    expect(clock.pending).toBe(0);
  });

  it('never runs twice within the interval under a steady stream of requests', async () => {
    const { throttler, startedAt, clock } = setup(2_000);
    for (let t = 0; t < 20_000; t += 250) {
      throttler.request();
      await clock.advance(250);
    }
    const gaps = startedAt.slice(1).map((t, i) => t - (startedAt[i] ?? 0));
    expect(gaps.every((gap) => gap >= 2_000)).toBe(true);
    expect(startedAt.length).toBeGreaterThanOrEqual(9);
    expect(startedAt.length).toBeLessThanOrEqual(11);
  });

  it('does not run when nothing was requested', async () => {
    const { throttler, startedAt, clock } = setup();
    throttler.request();
    await clock.advance(60_000);
    expect(startedAt).toEqual([0]);
  });

  it('flush runs at once whatever the interval, cancels the timer, and closes', async () => {
    const { throttler, startedAt, clock } = setup();
    throttler.request();
    await settle();
    await clock.advance(1_000);
    throttler.request();
    expect(clock.pending).toBe(1);
    await throttler.flush();
    expect(startedAt).toEqual([0, 1_000]);
    expect(clock.pending).toBe(0);
    throttler.request();
    await clock.advance(10_000);
    expect(startedAt).toEqual([0, 1_000]);
  });

  it('flush waits for a run in flight instead of overlapping it', async () => {
    const clock = new ManualClock();
    let active = 0;
    let maxActive = 0;
    let release: () => void = () => undefined;
    const throttler = new Throttler(
      () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        return new Promise<void>((resolve) => {
          release = () => {
            active -= 1;
            resolve();
          };
        });
      },
      5_000,
      clock,
    );
    throttler.request();
    const flushed = throttler.flush();
    await settle();
    expect(throttler.runs).toBe(1);
    release();
    await settle();
    expect(throttler.runs).toBe(2);
    release();
    await flushed;
    expect(maxActive).toBe(1);
  });

  it('spaces runs from the end of the previous one, so a slow edit does not shorten the gap', async () => {
    const clock = new ManualClock();
    const spans: [number, number][] = [];
    const throttler = new Throttler(
      () =>
        new Promise<void>((resolve) => {
          const start = clock.time;
          clock.setTimeout(() => {
            spans.push([start, clock.time]);
            resolve();
          }, 800);
        }),
      1_000,
      clock,
    );
    throttler.request();
    await settle();
    throttler.request();
    await clock.advance(5_000);
    expect(spans).toEqual([
      [0, 800],
      [1_800, 2_600],
    ]);
  });

  it('keeps going after a failed run', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const throttler = new Throttler(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('GitHub down');
      },
      1_000,
      clock,
    );
    throttler.request();
    await settle();
    throttler.request();
    await clock.advance(1_000);
    expect(calls).toBe(2);
  });
});
