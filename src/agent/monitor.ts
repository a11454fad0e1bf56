/**
 * Time-aware agent monitors, and the one way to run any monitor beside a command.
 *
 * `AgentMonitor.onOutput` only runs when output arrives, so it cannot notice that output stopped arriving.
 * A monitor that needs the clock (stall detection, a wall-clock budget) also exposes `onTick`, which the
 * runner calls every `tickMs` with the current time. The monitor itself stays free of timers (the clock
 * comes in as an argument), so it is tested by calling it; the timer lives in `watchCommand` below.
 */
import type { AgentMonitor } from './types.js';

export interface TimedAgentMonitor extends AgentMonitor {
  /** How often to call `onTick`, in ms. */
  readonly tickMs: number;
  /** Returns a reason to stop the command, like `onOutput`. */
  onTick(now: number): string | undefined;
}

export function isTimedMonitor(monitor: AgentMonitor): monitor is TimedAgentMonitor {
  const candidate = monitor as Partial<TimedAgentMonitor>;
  return (
    typeof candidate.onTick === 'function' && typeof candidate.tickMs === 'number' && candidate.tickMs > 0
  );
}

export interface CommandWatch {
  /** Pass as the worker's output listener. */
  onOutput(stream: 'stdout' | 'stderr', chunk: string): void;
  /** The first reason given, once the monitor asked to stop. */
  readonly reason: string | undefined;
  /** Stops the tick timer; call when the command has ended. Idempotent. */
  dispose(): void;
}

export interface WatchClock {
  now(): number;
  setInterval(callback: () => void, ms: number): { unref?(): unknown };
  clearInterval(handle: { unref?(): unknown }): void;
}

const systemClock: WatchClock = {
  now: () => Date.now(),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

/**
 * Runs `monitor` beside a command: feeds it output, ticks it when it is timed, and calls `stop` once with
 * the first reason it gives (typically aborting the command's signal). The tick timer never keeps the
 * process alive.
 */
export function watchCommand(
  monitor: AgentMonitor | undefined,
  stop: (reason: string) => void,
  clock: WatchClock = systemClock,
): CommandWatch {
  let reason: string | undefined;
  let timer: { unref?(): unknown } | undefined;
  const dispose = () => {
    if (timer !== undefined) clock.clearInterval(timer);
    timer = undefined;
  };
  const settle = (next: string | undefined) => {
    if (next === undefined || reason !== undefined) return;
    reason = next;
    dispose();
    stop(next);
  };
  if (monitor && isTimedMonitor(monitor)) {
    timer = clock.setInterval(() => settle(monitor.onTick(clock.now())), monitor.tickMs);
    timer.unref?.();
  }
  return {
    onOutput(stream, chunk) {
      if (monitor && reason === undefined) settle(monitor.onOutput(stream, chunk));
    },
    get reason() {
      return reason;
    },
    dispose,
  };
}
