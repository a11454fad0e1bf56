/**
 * The docker runtime against the real engine and the real worker image (`npm run docker:setup`), driven
 * through the engine's API and the real CLI with the command agent. Set ORCH_SKIP_DOCKER=1 to skip; without
 * it, a missing engine or image fails the suite. Every container a test makes is removed afterwards, and
 * afterEach fails the test that left one behind.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrchestrateOptions } from '../../src/engine/options.js';
import { createPlan, runPlan } from '../../src/engine/orchestrate.js';
import type { OrchestratorEvent, RunResult } from '../../src/engine/types.js';
import { createDockerRuntime, type DockerRuntime } from '../../src/runtime/docker.js';
import { defaultDockerConfig } from '../../src/engine/run-config.js';
import { LABELS } from '../../src/runtime/docker-reaper.js';
import type { Logger } from '../../src/util/logger.js';
import { runCli, spawnCli, tempDir } from '../support/cli.js';

const SKIP = process.env.ORCH_SKIP_DOCKER === '1';
if (SKIP) console.warn('ORCH_SKIP_DOCKER=1: skipping the docker runtime integration tests');
const IMAGE = process.env.ORCH_WORKER_IMAGE ?? 'orchestrate-action-worker:latest';
/** Marks containers a test creates itself (not through the runtime). */
const TEST_LABEL = 'org.orchestrate-action.test';

const docker = new Docker();
let imagePath = '';
const ws = tempDir('orch-dk-ws-');
const dirs: Array<{ remove(): void }> = [ws];
const planIds = new Set<string>();
// The image is named, so these runtime tests use the suite's image as it is (never pull or build another);
// the resolver has its own tests (image.int.test.ts).
const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/root',
  ORCH_WORKER_IMAGE: IMAGE,
  GITHUB_TOKEN: 'ghs_must_not_leak',
  MY_SETTING: 'passed-on',
};

function workdir(prefix = 'orch-dk-cwd-'): string {
  const d = tempDir(prefix);
  dirs.push(d);
  return d.path;
}

function newPlanId(): string {
  const id = `dk-${Math.random().toString(36).slice(2, 10)}`;
  planIds.add(id);
  return id;
}

function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const add = (level: string) => (m: string) => void lines.push(`${level}: ${m}`);
  return { lines, debug: () => undefined, info: add('info'), warn: add('warn'), error: add('error') };
}

function options(over: Partial<OrchestrateOptions> = {}): OrchestrateOptions {
  return {
    runtime: 'docker',
    agent: 'command',
    workspace: ws.path,
    cwd: workdir(),
    timeoutMs: 60_000,
    env,
    ...over,
  };
}

async function run(input: string[], over: Partial<OrchestrateOptions> = {}): Promise<RunResult> {
  const o = options(over);
  const plan = await createPlan(input, { ...o, planId: o.planId ?? newPlanId() });
  return runPlan(plan, o);
}

async function containers(labels: Record<string, string>) {
  const label = Object.entries({ [LABELS.managed]: 'true', ...labels }).map(([k, v]) => `${k}=${v}`);
  return docker.listContainers({ all: true, filters: { label } });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const dockerExec = (name: string, ...argv: string[]) =>
  execFileSync('docker', ['exec', name, ...argv], { encoding: 'utf8' });

async function removeAll(list: Docker.ContainerInfo[]) {
  await Promise.all(
    list.map((c) =>
      docker
        .getContainer(c.Id)
        .remove({ force: true })
        .catch(() => undefined),
    ),
  );
}

describe.skipIf(SKIP)('docker runtime', () => {
  beforeAll(async () => {
    try {
      await docker.ping();
    } catch (error) {
      throw new Error(`no Docker engine reachable (${String(error)}): run \`npm run docker:setup\``);
    }
    const found = await docker
      .getImage(IMAGE)
      .inspect()
      .then(() => true)
      .catch(() => false);
    if (!found) throw new Error(`worker image ${IMAGE} not found: run \`npm run docker:setup\``);
    const config = (await docker.getImage(IMAGE).inspect()).Config;
    imagePath = (config.Env ?? []).find((e) => e.startsWith('PATH='))?.slice(5) ?? '';
  });

  afterEach(async () => {
    const mine = await containers({ [LABELS.ownerPid]: String(process.pid) });
    const byPlan = (await containers({})).filter((c) => planIds.has(c.Labels[LABELS.planId] ?? ''));
    const tests = await docker.listContainers({
      all: true,
      filters: { label: [`${TEST_LABEL}=${process.pid}`] },
    });
    const left = [...new Map([...mine, ...byPlan, ...tests].map((c) => [c.Id, c])).values()];
    await removeAll(left);
    expect(left.map((c) => c.Names[0])).toEqual([]);
  });

  afterAll(() => {
    for (const d of dirs) d.remove();
  });

  it('runs a subtask in the tmux session of a hardened, labelled container with only the named variables', async () => {
    const planId = newPlanId();
    const cwd = workdir();
    const name = `omo-worker-backend-${planId}`;
    const command = [
      'touch started',
      'i=0; while [ ! -e go ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done',
      'echo "uid=$(id -u)"',
      'grep -E "^(CapEff|NoNewPrivs):" /proc/self/status | tr -d "\\t"',
      '[ -e /var/run/docker.sock ] && echo sock=yes || echo sock=no',
      'echo "token=${GITHUB_TOKEN:-unset} setting=${MY_SETTING:-unset} home=$HOME path=$PATH"',
      'grep -q "Create the API" "$ORCH_PROMPT_FILE" && echo prompt=readable',
      '(echo x >> "$ORCH_PROMPT_FILE") 2>/dev/null && echo prompt=writable || echo prompt=read-only',
      'echo written-inside > out.txt',
    ].join('\n');
    const running = run(['Create the API (id: api)'], {
      planId,
      cwd,
      agentCommand: command,
      envNames: ['MY_SETTING'],
      memory: '512m',
      pidsLimit: 256,
      cpus: 1,
    });
    await waitFor('the command to start', () => existsSync(join(cwd, 'started')));

    const info = await docker.getContainer(name).inspect();
    expect(info.State.Running).toBe(true);
    expect(info.Config.Labels).toMatchObject({
      [LABELS.managed]: 'true',
      [LABELS.planId]: planId,
      [LABELS.domain]: 'backend',
      [LABELS.depth]: '1',
      [LABELS.ownerPid]: String(process.pid),
      [LABELS.host]: hostname(),
    });
    expect(info.Config.User).not.toMatch(/^0(:|$)/);
    expect(info.HostConfig).toMatchObject({
      PidsLimit: 256,
      Memory: 512 * 2 ** 20,
      NanoCpus: 1e9,
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      NetworkMode: 'bridge',
    });
    expect(info.Mounts.map((m) => `${m.Source}:${m.Destination}:${m.RW ? 'rw' : 'ro'}`)).toEqual(
      expect.arrayContaining([
        `${cwd}:${cwd}:rw`,
        `${join(ws.path, 'runs', planId)}:${join(ws.path, 'runs', planId)}:ro`,
      ]),
    );
    expect(JSON.stringify(info.Mounts)).not.toContain('docker.sock');
    // The task's window in the worker's session, seen the way `orchestrate attach` gets in (no -u, no -e).
    expect(
      dockerExec(name, 'tmux', 'list-windows', '-t', 'omo-worker-backend', '-F', '#{window_name}'),
    ).toMatch(/^api$/m);

    writeFileSync(join(cwd, 'go'), '');
    const result = await running;
    const [task] = result.subtasks;
    expect(task).toMatchObject({ id: 'api', status: 'completed' });
    const out = task!.result!;
    expect(out).toMatch(/^uid=\d+$/m);
    expect(out).not.toMatch(/^uid=0$/m);
    expect(out).toMatch(/^CapEff:0000000000000000$/m);
    expect(out).toMatch(/^NoNewPrivs:1$/m);
    expect(out).toContain('sock=no');
    expect(out).toContain('token=unset setting=passed-on home=/home/worker');
    expect(out).toContain(`path=${imagePath}\n`);
    expect(out).toContain('prompt=readable');
    expect(out).toContain('prompt=read-only');
    // What the worker wrote is the host user's afterwards, at the same path.
    expect(readFileSync(join(cwd, 'out.txt'), 'utf8')).toBe('written-inside\n');
    expect(statSync(join(cwd, 'out.txt')).uid).toBe(process.getuid!());
    expect(readFileSync(join(result.runDir, 'omo-worker-backend.log'), 'utf8')).toContain('prompt=readable');
    expect(result.runtime).toBe('docker');
    expect(await containers({ [LABELS.planId]: planId })).toEqual([]);
  });

  it('has no network with --network none, and passes a token only when named', async () => {
    const result = await run(['Write the docs (id: d)'], {
      network: 'none',
      envNames: ['GITHUB_TOKEN'],
      agentCommand: 'tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d " "; echo "token=$GITHUB_TOKEN"',
    });
    expect(result.subtasks[0]).toMatchObject({ status: 'completed', result: 'lo\ntoken=ghs_must_not_leak' });
  });

  it('ends a subtask when its command ends, and ends what it left in the background', async () => {
    // The next subtask of the same worker (same container) looks for the first one's background child.
    const command = [
      'case $ORCH_TASK_ID in',
      '  a) (sleep 300.5 &); echo started ;;',
      // (Not pgrep: the image's entry point has a `sleep infinity` of its own, and `sh -c` names the pattern.)
      '  b) for f in /proc/[0-9]*/cmdline; do tr "\\0" " " < $f 2>/dev/null; echo; done | grep -qx "sleep 300.5 " && echo sleeper-left || echo clean ;;',
      'esac',
    ].join('\n');
    const started = Date.now();
    const result = await run(
      ['backend:start a daemon (id: a)', 'backend:look around (id: b) (depends_on: a)'],
      {
        agentCommand: command,
        timeoutMs: 60_000,
      },
    );
    expect(result.subtasks.map((t) => [t.status, t.result])).toEqual([
      ['completed', 'started'],
      ['completed', 'clean'],
    ]);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('reports results and exit codes; a timeout removes the container and the next subtask runs in a new one', async () => {
    const command = [
      'case $ORCH_TASK_ID in',
      '  a) echo "a on $(hostname)" ;;',
      '  b) echo partial; sleep 60 ;;',
      '  c) echo "c on $(hostname)"; echo oops >&2; exit 4 ;;',
      'esac',
    ].join('\n');
    const result = await run(['backend:first (id: a)', 'backend:hangs (id: b)', 'backend:fails (id: c)'], {
      agentCommand: command,
      timeoutMs: 2500,
    });
    const [a, b, c] = result.subtasks;
    expect(a).toMatchObject({ status: 'completed', result: expect.stringMatching(/^a on \w+$/) });
    expect(b).toMatchObject({ status: 'timed_out', result: 'partial' });
    expect(c).toMatchObject({ status: 'failed', result: expect.stringMatching(/^c on \w+$/) });
    expect(c!.error).toMatch(/exited with code 4: oops/);
    expect(Date.parse(c!.startedAt!)).toBeGreaterThanOrEqual(Date.parse(b!.finishedAt!));
    const host = (s: string) => s.split(' on ')[1];
    expect(host(c!.result!)).not.toBe(host(a!.result!));
    expect(result.status).toBe('failed');
  });

  it('removes every container when the run is cancelled through its AbortSignal', async () => {
    const planId = newPlanId();
    const controller = new AbortController();
    const started = new Set<string>();
    const running = run(['frontend:a (id: a) | backend:b (id: b) | testing:c (id: c)'], {
      planId,
      agentCommand: 'sleep 60',
      signal: controller.signal,
      onEvent: (e: OrchestratorEvent) => {
        if (e.type === 'task.started' && e.taskId) started.add(e.taskId);
      },
    });
    await waitFor('three running containers', async () => {
      const list = await containers({ [LABELS.planId]: planId });
      return started.size === 3 && list.filter((c) => c.State === 'running').length === 3;
    });
    controller.abort(new Error('test cancels'));
    const result = await running;
    expect(result.status).toBe('cancelled');
    expect(result.subtasks.map((s) => s.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(await containers({ [LABELS.planId]: planId })).toEqual([]);
  });

  it('keeps workers apart in git worktrees and merges their branches', async () => {
    const repo = workdir('orch-dk-repo-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'README.md'), '# repo\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'init');
    const head = git('rev-parse', 'HEAD');
    const command = [
      'case $ORCH_TASK_ID in',
      '  db) echo schema > schema.sql ;;',
      // The dependency's file was merged in by git on the host: the worker must still be able to change it.
      '  api) echo "used by api" >> schema.sql && echo api > api.txt ;;',
      '  ui) echo ui > ui.txt; [ -e schema.sql ] || echo isolated ;;',
      'esac',
    ].join('\n');
    const planId = newPlanId();
    const result = await run(
      [
        'Create the schema (id: db)',
        'Create the API (id: api) (depends_on: db)',
        'Build the UI form (id: ui)',
      ],
      { planId, cwd: repo, agentCommand: command },
    );
    expect(result.subtasks.map((s) => `${s.id}:${s.domain}:${s.status}`)).toEqual([
      'db:database:completed',
      'api:backend:completed',
      'ui:frontend:completed',
    ]);
    expect(result.subtasks[2]!.result).toBe('isolated');
    const files = (branch: string) => git('ls-tree', '--name-only', branch).split('\n').sort();
    expect(files(`orchestrate/${planId}/frontend`)).toEqual(['README.md', 'ui.txt']);
    expect(files(`orchestrate/${planId}/database`)).toEqual(['README.md', 'schema.sql']);
    expect(files(`orchestrate/${planId}/backend`)).toEqual(['README.md', 'api.txt', 'schema.sql']);
    expect(git('show', `orchestrate/${planId}/backend:schema.sql`)).toBe('schema\nused by api');
    expect(result.branches?.merged).toBe(`orchestrate/${planId}/merged`);
    expect(files(`orchestrate/${planId}/merged`)).toEqual(['README.md', 'api.txt', 'schema.sql', 'ui.txt']);
    // The user's own checkout is untouched.
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe('');
  });

  describe('DockerRuntime', () => {
    let runtime: DockerRuntime;
    beforeAll(async () => {
      const r = await createDockerRuntime(defaultDockerConfig({ image: IMAGE }), {
        env: process.env,
        logger: collectingLogger(),
      });
      if ('unavailable' in r) throw new Error(r.unavailable);
      runtime = r;
    });
    afterEach(() => runtime.dispose());

    const spec = (over: { workdir?: string; runDir?: string } = {}) => {
      const runDir = over.runDir ?? workdir('orch-dk-run-');
      return {
        name: 'omo-worker-general',
        domain: 'general',
        planId: newPlanId(),
        depth: 1,
        workdir: over.workdir ?? workdir(),
        runDir,
        env: { ...env, ORCH_DEPTH: '1' },
      };
    };

    it('streams output as it comes and appends it to the worker log', async () => {
      const s = spec();
      const worker = await runtime.startWorker(s);
      const chunks: string[] = [];
      const outcome = await worker.run(
        {
          taskId: 't1',
          script: 'for i in 1 2 3; do echo line$i; sleep 0.3; done; echo bad >&2; exit 2',
          env: {},
        },
        new AbortController().signal,
        (stream, chunk) => chunks.push(`${stream}:${chunk}`),
      );
      expect(outcome).toEqual({ exitCode: 2, stdout: 'line1\nline2\nline3\n', stderr: 'bad\n' });
      expect(chunks.length).toBeGreaterThanOrEqual(3);
      expect(chunks[0]).toBe('stdout:line1\n');
      const log = readFileSync(join(s.runDir, 'omo-worker-general.log'), 'utf8');
      expect(log).toMatch(/line1\nline2\nline3\n/);
      expect(log).toContain('[t1] exit 2');
      await worker.stop();
      await worker.stop();
    });

    it('refuses to mount the Docker socket', async () => {
      await expect(runtime.startWorker(spec({ workdir: '/var/run' }))).rejects.toThrow(/Docker socket/);
    });

    it('stops and removes a container that fails its readiness check, with the reason', async () => {
      const runDir = workdir('orch-dk-run-');
      mkdirSync(join(runDir, 'locked'));
      chmodSync(join(runDir, 'locked'), 0o000);
      const s = spec({ runDir: join(runDir, 'locked') });
      await expect(runtime.startWorker(s)).rejects.toThrow(/did not become ready: .*cannot use .*locked/);
      expect(await containers({ [LABELS.planId]: s.planId })).toEqual([]);
    });

    it('says why it cannot run: no engine, no image to be had; the engine then writes prompt files', async () => {
      const saved = process.env.DOCKER_HOST;
      process.env.DOCKER_HOST = 'unix:///nonexistent/docker.sock';
      try {
        expect(
          await createDockerRuntime(defaultDockerConfig(), { env: process.env, logger: collectingLogger() }),
        ).toEqual({
          unavailable: expect.stringMatching(
            /^no Docker engine reachable at unix:\/\/\/nonexistent\/docker.sock: .+; run `npm run docker:setup`$/,
          ),
        });
      } finally {
        if (saved === undefined) delete process.env.DOCKER_HOST;
        else process.env.DOCKER_HOST = saved;
      }
      // A named image that can be neither found nor pulled is never replaced by another.
      expect(
        await createDockerRuntime(defaultDockerConfig({ image: '127.0.0.1:9/orch-no-such-image:0' }), {
          env: process.env,
          logger: collectingLogger(),
        }),
      ).toEqual({
        unavailable: expect.stringMatching(
          /^the worker image 127\.0\.0\.1:9\/orch-no-such-image:0 is not here and could not be pulled \(.*pull 127\.0\.0\.1:9\/orch-no-such-image:0: .*connection refused\)$/,
        ),
      });
      const logger = collectingLogger();
      const result = await run(['Write tests (id: t)'], {
        image: '127.0.0.1:9/orch-no-such-image:0',
        agentCommand: 'true',
        logger,
      });
      expect(result.runtime).toBe('prompt-files');
      expect(logger.lines.join('\n')).toContain(
        'the worker image 127.0.0.1:9/orch-no-such-image:0 is not here and could not be pulled',
      );
    });

    it("removes a crashed orchestrator's containers when a runtime starts, and keeps live ones", async () => {
      const dead = spawnSync('true').pid!;
      const labels = (pid: number, planId: string) => ({
        [LABELS.managed]: 'true',
        [LABELS.planId]: planId,
        [LABELS.ownerPid]: String(pid),
        [LABELS.host]: hostname(),
        [TEST_LABEL]: String(process.pid),
      });
      const orphanPlan = newPlanId();
      const livePlan = newPlanId();
      await docker.createContainer({
        name: `omo-worker-x-${orphanPlan}`,
        Image: IMAGE,
        Cmd: ['true'],
        Labels: labels(dead, orphanPlan),
      });
      await docker.createContainer({
        name: `omo-worker-x-${livePlan}`,
        Image: IMAGE,
        Cmd: ['true'],
        Labels: labels(process.pid, livePlan),
      });
      const logger = collectingLogger();
      const r = await createDockerRuntime(defaultDockerConfig({ image: IMAGE }), {
        env: process.env,
        logger,
      });
      expect('unavailable' in r).toBe(false);
      expect(logger.lines).toContain(
        `info: removed container omo-worker-x-${orphanPlan} left behind by a stopped orchestrator`,
      );
      expect(await containers({ [LABELS.planId]: orphanPlan })).toEqual([]);
      const live = await containers({ [LABELS.planId]: livePlan });
      await removeAll(live);
      expect(live).toHaveLength(1);
    });
  });

  describe('the CLI', () => {
    const cliEnv = { ...env, ORCH_WORKSPACE: ws.path };
    const cliRun = (input: string, command: string) =>
      spawnCli(['run', input, '--runtime', 'docker', '--agent', 'command', '--agent-command', command], {
        cwd: workdir(),
        env: cliEnv,
      });

    it('stops every container on SIGINT and exits 130', async () => {
      const child = cliRun('frontend:a | backend:b', 'sleep 60');
      const owner = { [LABELS.ownerPid]: String(child.pid) };
      await waitFor(
        'two running containers',
        async () => (await containers(owner)).filter((c) => c.State === 'running').length === 2,
      );
      child.kill('SIGINT');
      const r = await child.done;
      expect(r.code, r.stderr).toBe(130);
      expect(await containers(owner)).toEqual([]);
    });

    it('lists the containers of a running plan in `workers`, and `kill-all` removes them', async () => {
      const child = cliRun('testing:wait (id: w)', 'sleep 60');
      const owner = { [LABELS.ownerPid]: String(child.pid) };
      const [c] = await waitFor('a running container', async () => {
        const list = (await containers(owner)).filter((x) => x.State === 'running');
        return list.length === 1 ? list : undefined;
      });
      const planId = c!.Labels[LABELS.planId]!;
      planIds.add(planId);
      const listed = await runCli(['workers', '--json', '--workspace', ws.path], { env: cliEnv });
      expect(JSON.parse(listed.stdout)).toContainEqual(
        expect.objectContaining({
          name: `omo-worker-testing-${planId}`,
          kind: 'container',
          planId,
          domain: 'testing',
        }),
      );
      // Another workspace: kill-all then finds no orchestrator to signal, so the containers it reports
      // stopped are the ones it removed itself, and the run sees its worker vanish.
      const other = workdir('orch-dk-ws2-');
      const killed = await runCli(['kill-all', '--workspace', other], { env: cliEnv });
      expect(killed.stdout).toContain(`stopped container omo-worker-testing-${planId}`);
      expect(await containers({ [LABELS.planId]: planId })).toEqual([]);
      const r = await child.done;
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/w testing: failed .* command (was killed|exited with code 137)/);
    });
  });
});
