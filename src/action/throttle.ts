/**
 * At most one run of a task every `minIntervalMs` (counted from the end of the last run): requests that
 * arrive sooner merge into one run when the interval ends, and `flush()` runs it once more at once (the final state is never lost to the throttle).
 * GitHub asks integrations not to edit the same resource in quick succession; a run with many subtasks
 * would otherwise PATCH the status comment on every event.
 *
 * The clock is injected, so the logic is tested with a manual clock and no real timers.
 */

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Throttler {
  /** When the last run ended: spacing runs from their ends keeps edits apart even when a run is slow. */
  private lastEnd: number | undefined;
  private inFlight: Promise<void> | undefined;
  private timer: unknown;
  private pending = false;
  private closed = false;
  /** How many times the task ran (for logs and tests). */
  runs = 0;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly minIntervalMs: number,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Asks for a run: now when the interval since the last run has passed, else once when it has. */
  request(): void {
    if (this.closed) return;
    this.pending = true;
    this.schedule();
  }

  /** Waits for a run in flight, then runs the task at once whatever the interval (the next one is spaced from it). */
  async runNow(): Promise<void> {
    this.cancelTimer();
    // A run ending may schedule the next one; wait until none is in flight.
    while (this.inFlight) await this.inFlight;
    this.cancelTimer();
    await this.start();
  }

  /** Runs the task a last time at once, whatever the interval; later requests are ignored. */
  async flush(): Promise<void> {
    this.closed = true;
    await this.runNow();
  }

  /** Drops what is pending without running it. */
  cancel(): void {
    this.closed = true;
    this.pending = false;
    this.cancelTimer();
  }

  private schedule(): void {
    if (this.inFlight || this.timer !== undefined || !this.pending) return;
    const wait = this.lastEnd === undefined ? 0 : this.lastEnd + this.minIntervalMs - this.clock.now();
    if (wait <= 0) {
      void this.start();
      return;
    }
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.schedule();
    }, wait);
  }

  private start(): Promise<void> {
    this.pending = false;
    this.runs += 1;
    const run = this.task()
      // The task reports its own failures; a rejected update must not stop later ones.
      .catch(() => undefined)
      .finally(() => {
        this.lastEnd = this.clock.now();
        if (this.inFlight === run) this.inFlight = undefined;
        if (!this.closed) this.schedule();
      });
    this.inFlight = run;
    return run;
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
