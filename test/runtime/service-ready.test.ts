import { describe, expect, it } from 'vitest';
import { watchReadiness } from '../../src/runtime/service-ready.js';

const service = { name: 'srv', ready: /listening on http:\/\/[^\s:]+:(\d+)/ };
const never = new Promise<number | null>(() => undefined);

describe('watchReadiness', () => {
  it('reads whole lines only: a port cut between two chunks is not taken half', async () => {
    const watch = watchReadiness(service, never);
    watch.push('stdout', 'starting\nopencode server listening on http://127.0.0.1:45');
    watch.push('stderr', 'listening on http://127.0.0.1:1 (a stderr line without its end)');
    watch.push('stdout', '807\n');
    await expect(watch.port).resolves.toBe(45807);
  });

  it('fails with the last lines the service printed when it ends first', async () => {
    let exit!: (code: number | null) => void;
    const exited = new Promise<number | null>((resolve) => (exit = resolve));
    const watch = watchReadiness(service, exited);
    watch.push('stderr', 'Error: port in use\n');
    exit(1);
    await expect(watch.port).rejects.toThrow(
      'service srv ended (exit 1) before it was ready; it printed:\nError: port in use',
    );
  });

  it('ignores a match that is no port', async () => {
    const watch = watchReadiness({ ...service, readyTimeoutMs: 200 }, never);
    watch.push('stdout', 'listening on http://x:99999\n');
    await expect(watch.port).rejects.toThrow('did not say it was ready within 200ms');
  });
});
