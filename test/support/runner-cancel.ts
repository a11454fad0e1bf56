/**
 * What GitHub's runner does to a step's process when its workflow run is cancelled (actions/runner,
 * src/Runner.Sdk/ProcessInvoker.cs, `CancelAndKillProcessTree`): SIGINT to the step's process (its pid only,
 * not its group), 7.5 s later SIGTERM if it still runs, 2.5 s after that SIGKILL. The pauses are GitHub's by
 * default; a test may shorten them. Answers how the process ended.
 */

export interface CancelTimings {
  /** After SIGINT, before SIGTERM. GitHub: 7500 ms. */
  sigintMs: number;
  /** After SIGTERM, before SIGKILL. GitHub: 2500 ms. */
  sigtermMs: number;
}

export const GITHUB_CANCEL_TIMINGS: CancelTimings = { sigintMs: 7_500, sigtermMs: 2_500 };

export type CancelEnd = 'after-sigint' | 'after-sigterm' | 'killed';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves once `pid` is gone, or after `ms`; answers whether it is gone. */
async function gone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !alive(pid);
}

export async function cancelLikeRunner(
  pid: number,
  timings: CancelTimings = GITHUB_CANCEL_TIMINGS,
): Promise<CancelEnd> {
  const send = (signal: NodeJS.Signals) => {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone already.
    }
  };
  send('SIGINT');
  if (await gone(pid, timings.sigintMs)) return 'after-sigint';
  send('SIGTERM');
  if (await gone(pid, timings.sigtermMs)) return 'after-sigterm';
  send('SIGKILL');
  await gone(pid, 5_000);
  return 'killed';
}
