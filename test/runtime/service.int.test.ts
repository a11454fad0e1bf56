/**
 * Worker.startService on the real runtimes: a small HTTP server started in a worker's own environment (the
 * local sandbox, a plain process group, a container), reached from here, its output in the worker's log,
 * tracked for the reaper while it lives, and gone once stopped or once its worker stops.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDockerConfig } from '../../src/engine/run-config.js';
import { createDockerRuntime } from '../../src/runtime/docker.js';
import { LocalRuntime } from '../../src/runtime/local.js';
import { probeSandbox } from '../../src/runtime/sandbox.js';
import type { Runtime, ServiceCommand, TrackedResource, WorkerSpec } from '../../src/runtime/types.js';
import { silentLogger } from '../../src/util/logger.js';
import { tempDir } from '../support/cli.js';

const SKIP_DOCKER = process.env.ORCH_SKIP_DOCKER === '1';
const IMAGE = process.env.ORCH_WORKER_IMAGE ?? 'orchestrate-action-worker:latest';
const dir = tempDir('orch-service-');
afterAll(() => dir.remove());

/** Answers what it sees: its pid, how many processes it can see, a variable of its environment. */
const HTTP_SERVICE: ServiceCommand = {
  name: 'probe',
  script: `exec node -e '
const http = require("http");
const server = http.createServer((req, res) => res.end(JSON.stringify({
  pid: process.pid,
  processes: require("fs").readdirSync("/proc").filter((n) => /^[0-9]+$/.test(n)).length,
  setting: process.env.SERVICE_SETTING ?? null,
  cwd: process.cwd(),
})));
server.listen(0, process.env.ORCH_SERVICE_HOST, () => console.log("probe listening on port " + server.address().port));
'`,
  env: { SERVICE_SETTING: 'from-the-service-env' },
  ready: /listening on port (\d+)/,
};

interface Probe {
  pid: number;
  processes: number;
  setting: string | null;
  cwd: string;
}

function recordingTracker() {
  const live: TrackedResource[] = [];
  return {
    live,
    track: (r: TrackedResource) => void live.push(r),
    untrack: (r: TrackedResource) => {
      const i = live.findIndex((x) => JSON.stringify(x) === JSON.stringify(r));
      if (i >= 0) live.splice(i, 1);
    },
  };
}

function spec(name: string, planId: string): WorkerSpec {
  return {
    name: `omo-worker-${name}`,
    domain: name,
    planId,
    depth: 1,
    workdir: dir.path,
    runDir: dir.path,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  };
}

const get = async (url: string) => (await (await fetch(url)).json()) as Probe;
/** Whether a live (not zombie) process is left in the group. */
const groupAlive = (pgid: number) =>
  execFileSync('ps', ['-eo', 'pgid=,stat='], { encoding: 'utf8' })
    .split('\n')
    .some((line) => {
      const [group, stat] = line.trim().split(/\s+/);
      return Number(group) === pgid && !stat?.startsWith('Z');
    });

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('local services', () => {
  const sandbox = probeSandbox();

  it('runs in the worker sandbox, reached on the loopback, tracked while it lives, logged', async () => {
    expect(sandbox.available, 'bubblewrap must work here (scripts/setup-host.sh)').toBe(true);
    const tracker = recordingTracker();
    const runtime = new LocalRuntime({
      tmux: true,
      sandbox: sandbox.available ? sandbox : undefined,
      tracker,
      logger: silentLogger,
    });
    try {
      const worker = await runtime.startWorker(spec('svc', 'svctest1'));
      const service = await worker.startService!(HTTP_SERVICE);
      expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const seen = await get(service.url);
      // A PID namespace of its own, the command its first process: it sees a handful of processes only.
      expect(seen.pid).toBe(1);
      expect(seen.processes).toBeLessThan(5);
      expect(seen.setting).toBe('from-the-service-env');
      expect(seen.cwd).toBe(dir.path);
      const groups = tracker.live.filter((r) => r.kind === 'process-group');
      expect(groups).toHaveLength(1);
      const pgid = (groups[0] as { pgid: number }).pgid;
      expect(groupAlive(pgid)).toBe(true);
      service.log('a line from the client\n');
      const log = readFileSync(join(dir.path, 'omo-worker-svc.log'), 'utf8');
      expect(log).toMatch(/probe listening on port \d+/);
      expect(log).toContain('a line from the client');

      await service.stop();
      expect(await service.exited).toBeNull();
      await until(() => !groupAlive(pgid), 3000);
      expect(tracker.live.filter((r) => r.kind === 'process-group')).toEqual([]);
      await expect(fetch(service.url)).rejects.toThrow();
    } finally {
      await runtime.dispose();
    }
  });

  it('ends with its worker, and an inline (unsandboxed) worker runs one too', async () => {
    const runtime = new LocalRuntime({ tmux: false, kind: 'inline', logger: silentLogger });
    const worker = await runtime.startWorker(spec('inl', 'svctest2'));
    const service = await worker.startService!(HTTP_SERVICE);
    const seen = await get(service.url);
    expect(seen.pid).not.toBe(1);
    expect(seen.setting).toBe('from-the-service-env');
    await worker.stop();
    expect(await service.exited).toBeNull();
    await expect(fetch(service.url)).rejects.toThrow();
    await runtime.dispose();
  });

  it('says why a service that ends before it is ready, or never says so, failed', async () => {
    const runtime = new LocalRuntime({ tmux: false, logger: silentLogger });
    try {
      const worker = await runtime.startWorker(spec('bad', 'svctest3'));
      await expect(
        worker.startService!({ ...HTTP_SERVICE, script: 'echo "no such thing" >&2; exit 3' }),
      ).rejects.toThrow(/service probe ended \(exit 3\) before it was ready; it printed:\nno such thing/);
      const started = Date.now();
      await expect(
        worker.startService!({
          ...HTTP_SERVICE,
          script: 'echo starting; exec sleep 60',
          readyTimeoutMs: 1000,
        }),
      ).rejects.toThrow(/did not say it was ready within 1.0s; it printed:\nstarting/);
      expect(Date.now() - started).toBeLessThan(5000);
      // Nothing of the one that never got ready is left running.
      expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toMatch(/^sleep 60$/m);
    } finally {
      await runtime.dispose();
    }
  });
});

describe.skipIf(SKIP_DOCKER)('docker services', () => {
  const withRuntime = async (network: 'host' | 'none', body: (runtime: Runtime) => Promise<void>) => {
    const runtime = await createDockerRuntime(defaultDockerConfig({ image: IMAGE, network }), {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ORCH_WORKER_IMAGE: IMAGE },
      logger: silentLogger,
    });
    if ('unavailable' in runtime) throw new Error(runtime.unavailable);
    try {
      await body(runtime);
    } finally {
      await runtime.dispose();
    }
  };

  it('runs in the worker container; with host networking it is reached on the loopback', async () => {
    await withRuntime('host', async (runtime) => {
      const worker = await runtime.startWorker(spec('dsvc', `svcdk${Date.now().toString(36)}`));
      const service = await worker.startService!(HTTP_SERVICE);
      expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const seen = await get(service.url);
      expect(seen.setting).toBe('from-the-service-env');
      expect(seen.cwd).toBe(dir.path);
      await service.stop();
      expect(await service.exited).not.toBe(0);
      await expect(fetch(service.url)).rejects.toThrow();
      // The container itself lives on for the worker's next command.
      const outcome = await worker.run(
        { taskId: 't1', script: 'echo still here', env: {} },
        new AbortController().signal,
      );
      expect(outcome.stdout.trim()).toBe('still here');
    });
  });

  it('refuses to start a service nobody could reach (no network)', async () => {
    await withRuntime('none', async (runtime) => {
      const worker = await runtime.startWorker(spec('dnone', `svcdn${Date.now().toString(36)}`));
      await expect(worker.startService!(HTTP_SERVICE)).rejects.toThrow(
        /it has no network \(--network none\)/,
      );
    });
  });
});
