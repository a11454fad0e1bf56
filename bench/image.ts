/**
 * Start-up on a fresh runner , each figure against a baseline measured in the same run:
 *  - time to a ready worker image by each path of the resolver: built (base image present, no layer cache),
 *    pulled from a registry (no layer of the image here), already present; against a bare `docker build`,
 *    a bare `docker pull` of the same image from the same registry, and a bare `docker image inspect`;
 *  - the action's start to its first worker running, the bundle run as a runner runs it, with the image
 *    present and with the image to pull; against a bare `docker run --rm image true` (plus the bare pull).
 * Needs the engine, the base image (npm run docker:setup) and docker-registry (scripts/registry-setup.sh);
 * the registry here is a private instance on its own storage, removed afterwards with everything else.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';
import { actionCheckout, runAction, sandbox } from '../test/action/run-bundle.js';
import { workflowDispatch } from '../test/action/payloads.js';
import { contextFiles, hostExtraCaCerts, DOCKERFILE } from '../src/runtime/image/build-context.js';
import { imageRequest } from '../src/runtime/image/names.js';
import { resolveWorkerImage, type ImageSource } from '../src/runtime/image/resolve-image.js';
import { silentLogger } from '../src/util/logger.js';
import { VERSION } from '../src/version.js';
import { median, time, type Row } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
const docker = new Docker();
const id = `${process.pid}-${Date.now().toString(36)}`;
const sh = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: ROOT,
    env,
    maxBuffer: 64 << 20,
  });
/** Removes an image name; with `strict`, fails unless the image is gone from the engine afterwards. */
const rmi = (ref: string, strict = false) => {
  try {
    sh('docker', ['rmi', ref]);
  } catch (error) {
    if (strict) throw error;
  }
};
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** docker-registry on its own port and storage, for this run only. */
async function privateRegistry(dir: string): Promise<{ addr: string; stop(): void }> {
  const addr = `127.0.0.1:${await freePort()}`;
  const config = join(dir, 'registry.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog: {level: error}\nstorage: {filesystem: {rootdirectory: ${join(dir, 'storage')}}}\nhttp: {addr: ${addr}}\n`,
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('docker-registry exited: run scripts/registry-setup.sh');
    const up = await fetch(`http://${addr}/v2/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`docker-registry did not answer at ${addr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { addr, stop: () => child.kill('SIGTERM') };
}

async function resolveOnce(
  env: NodeJS.ProcessEnv,
  noCache = false,
): Promise<{ ms: number; source: ImageSource }> {
  const { ms, value } = await time(() =>
    resolveWorkerImage(docker, imageRequest({}, env), { logger: silentLogger, env, noCache }),
  );
  return { ms, source: value.source };
}

export async function imageBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'orch-bench-image-'));
  const registry = await privateRegistry(dir);
  const owner = `orch-bench-${id}`;
  const release = `${registry.addr}/${owner}/orchestrate-action-worker:${VERSION}`;
  const built = `orch-bench-built-${id}:1`;
  const bare = `orch-bench-bare-${id}:1`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_ACTION_REPOSITORY: `${owner}/orchestrate-action`,
    ORCH_RELEASE_REGISTRY: registry.addr,
    ORCH_BUILD_IMAGE: built,
  };
  delete env.ORCH_WORKER_IMAGE;
  delete env.GITHUB_ACTION_PATH;
  try {
    // Built, base image present, no layer cache: the resolver, then a bare classic build of the same.
    const noRegistry = { ...env, ORCH_RELEASE_REGISTRY: '127.0.0.1:9' };
    const resolverBuild = await resolveOnce(noRegistry, true);
    if (resolverBuild.source !== 'built') throw new Error(`expected a build, got ${resolverBuild.source}`);
    const buildArgs = ['--build-arg', `EXTRA_CA_CERTS=${hostExtraCaCerts(process.env)}`];
    const bareBuild = await time(async () =>
      sh('docker', ['build', '-q', '--no-cache', '-f', DOCKERFILE, '-t', bare, ...buildArgs, '.'], {
        ...process.env,
        DOCKER_BUILDKIT: '0',
      }),
    );
    rows.push({
      figure: `ready image, built from the Dockerfile (base present, no cache; ${contextFiles(ROOT).length} context files)`,
      value: `${(resolverBuild.ms / bareBuild.ms).toFixed(2)}x (${secs(resolverBuild.ms)})`,
      baseline: `${secs(bareBuild.ms)} for a bare docker build --no-cache`,
      target: '≤ 1.1x',
      ok: resolverBuild.ms / bareBuild.ms <= 1.1,
    });

    // Pulled: the resolver's build pushed as the release, no layer of it left here.
    sh('docker', ['tag', built, release]);
    sh('docker', ['push', '-q', release]);
    for (const ref of [release, built, bare]) rmi(ref);
    const pulls: number[] = [];
    const barePulls: number[] = [];
    const resolverPull = async () => {
      const r = await resolveOnce(env);
      if (r.source !== 'pulled') throw new Error(`expected a pull, got ${r.source}`);
      pulls.push(r.ms);
      rmi(release, true);
    };
    const barePull = async () => {
      barePulls.push((await time(async () => sh('docker', ['pull', '-q', release]))).ms);
      rmi(release, true);
    };
    // Alternating which goes first, so neither always pulls right after a removal.
    for (let i = 0; i < 4; i++) {
      if (i % 2 === 0) await resolverPull().then(barePull);
      else await barePull().then(resolverPull);
    }
    const pull = median(pulls);
    const bareMs = median(barePulls);
    rows.push({
      figure: 'ready image, release pulled from a registry on 127.0.0.1 (no layer of it here)',
      value: `${(pull / bareMs).toFixed(2)}x (${secs(pull)})`,
      baseline: `${secs(bareMs)} for a bare docker pull of it`,
      target: '≤ 1.1x',
      ok: pull / bareMs <= 1.1,
    });

    // Present.
    sh('docker', ['pull', '-q', release]);
    const present: number[] = [];
    const inspects: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await resolveOnce(env);
      if (r.source !== 'present') throw new Error(`expected present, got ${r.source}`);
      present.push(r.ms);
      inspects.push((await time(async () => sh('docker', ['image', 'inspect', release]))).ms);
    }
    rows.push({
      figure: 'ready image, release already present',
      value: `${median(present).toFixed(0)} ms`,
      baseline: `${median(inspects).toFixed(0)} ms for a bare docker image inspect`,
      target: '≤ 100 ms',
      ok: median(present) <= 100,
    });

    rows.push(...(await actionStartup(env, release, dir)));
  } finally {
    for (const ref of [release, built, bare]) rmi(ref);
    registry.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The bundle from an action checkout, runtime docker: spawn to the log line of its first worker starting. */
async function actionStartup(env: NodeJS.ProcessEnv, release: string, dir: string): Promise<Row[]> {
  const box = sandbox();
  const action = actionCheckout(dir, `${env.GITHUB_ACTION_REPOSITORY}`, 'v0');
  /** Ms to the first worker; fails unless the action got its image the expected way. */
  const firstWorker = async (source: 'present' | 'pulled'): Promise<number> => {
    let first = 0;
    const t0 = performance.now();
    const run = await runAction(box, {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { runtime: 'docker', agent: 'command', 'agent-command': 'true', tasks: 'frontend:Build page' },
      action,
      env: {
        DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
        ORCH_RELEASE_REGISTRY: env.ORCH_RELEASE_REGISTRY,
        ORCH_BUILD_IMAGE: env.ORCH_BUILD_IMAGE,
      },
      timeoutMs: 600_000,
      onStdout: (chunk) => {
        if (first === 0 && /Worker omo-worker-\S+ started/.test(chunk)) first = performance.now();
      },
    });
    if (run.code !== 0 || first === 0) throw new Error(`action run failed: ${run.stdout.slice(-2000)}`);
    if (!run.stdout.includes(`worker image ${release} ready in`) || !run.stdout.includes(`(${source})`))
      throw new Error(`the action did not find its image ${source}: ${run.stdout.slice(0, 2000)}`);
    return first - t0;
  };
  const bareRun = () => time(async () => sh('docker', ['run', '--rm', release, 'true'])).then((t) => t.ms);
  try {
    const rows: Row[] = [];
    await firstWorker('present'); // warm: the bundle's first load, the engine's first container of the image
    const present: number[] = [];
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      present.push(await firstWorker('present'));
      runs.push(await bareRun());
    }
    const overhead = median(present) - median(runs);
    rows.push({
      figure: 'action start → first worker running (image present; node, inputs, image, plan, container)',
      value: `${secs(median(present))} (+${secs(overhead)})`,
      baseline: `${secs(median(runs))} for a bare docker run --rm image true`,
      target: '≤ +2 s',
      ok: overhead <= 2000,
    });

    const fresh: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 2; i++) {
      rmi(release, true);
      fresh.push(await firstWorker('pulled'));
      rmi(release, true);
      bare.push((await time(async () => sh('docker', ['pull', '-q', release]))).ms + (await bareRun()));
    }
    const ratio = median(fresh) / median(bare);
    rows.push({
      figure: 'action start → first worker running, image pulled first (a fresh runner)',
      value: `${ratio.toFixed(2)}x (${secs(median(fresh))})`,
      baseline: `${secs(median(bare))} for a bare docker pull + docker run`,
      target: '≤ 1.2x',
      ok: ratio <= 1.2,
    });
    return rows;
  } finally {
    rmSync(box.dir, { recursive: true, force: true });
  }
}
