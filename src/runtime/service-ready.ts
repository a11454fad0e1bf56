/**
 * Waiting for a worker's service to say it is ready: its output is read line by line (a line cut between
 * two chunks must not yield half a port number) until one matches the service's `ready` pattern, whose
 * first group is the port. The service ending first, or saying nothing in time, is the reason it failed,
 * told with the last lines it printed.
 */
import { formatDuration } from '../util/format.js';
import type { ServiceCommand } from './types.js';

export const DEFAULT_READY_TIMEOUT_MS = 30_000;
const TAIL_LINES = 8;

export interface ReadinessWatch {
  /** Feed every chunk of the service's output. */
  push(stream: 'stdout' | 'stderr', chunk: string): void;
  /** The port, once the ready line came; rejects when the service exited or timed out first. */
  readonly port: Promise<number>;
}

export function watchReadiness(
  service: Pick<ServiceCommand, 'name' | 'ready' | 'readyTimeoutMs'>,
  exited: Promise<number | null>,
): ReadinessWatch {
  const partial = { stdout: '', stderr: '' };
  const tail: string[] = [];
  let settle: { resolve(port: number): void; reject(error: Error): void } | undefined;
  const port = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  const done = () => {
    clearTimeout(timer);
    settle = undefined;
  };
  const fail = (why: string) => {
    const last = tail.join('\n').trim();
    settle?.reject(new Error(`service ${service.name} ${why}${last ? `; it printed:\n${last}` : ''}`));
    done();
  };
  const timeoutMs = service.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const timer = setTimeout(
    () => fail(`did not say it was ready within ${formatDuration(timeoutMs)}`),
    timeoutMs,
  );
  timer.unref();
  void exited.then((code) => fail(`ended (exit ${code ?? 'by a signal'}) before it was ready`));

  return {
    port,
    push(stream, chunk) {
      if (!settle) return;
      const lines = (partial[stream] + chunk).split('\n');
      partial[stream] = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        const found = service.ready.exec(line)?.[1];
        const n = Number(found);
        if (found !== undefined && Number.isInteger(n) && n > 0 && n < 65536) {
          settle?.resolve(n);
          done();
          return;
        }
      }
    },
  };
}
