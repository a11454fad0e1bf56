/**
 * The docker runtime's figures , each against a baseline measured in the same run:
 *  - worker start-up overhead: from asking the runtime for a worker to the first stdout chunk of its first
 *    command (`echo hi`), against a bare `docker run --rm <image> true`;
 *  - speedup of 3 independent 2-second tasks run at once versus --concurrency 1, on the docker runtime, in a
 *    git repository as users run it (a worktree per worker, mounted into its container; a commit check per
 *    subtask); beside it, docker's own ceiling on this machine: the same three `sleep 2`s as bare containers
 *    (create, start, wait, remove; bridge network, as workers get by default), at once versus one by one.
 * Needs the engine and the worker image (`npm run docker:setup`).
 */
import { defaultDockerConfig } from '../src/engine/run-config.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orchestrate } from '../src/engine/orchestrate.js';
import { createDockerRuntime, type DockerRuntime } from '../src/runtime/docker.js';
import { silentLogger } from '../src/util/logger.js';
import { benchRepo } from './git-repo.js';
import { median, medianOf, time, type Row } from './stats.js';

/** Marks the baseline's containers, so a reaper or a person can tell them apart. */
const BENCH_LABEL = { name: 'org.orchestrate-action.bench', value: '1' };

function bareRun(image: string): Promise<void> {
  return new Promise((resolve, reject) =>
    spawn('docker', ['run', '--rm', '--label', `${BENCH_LABEL.name}=${BENCH_LABEL.value}`, image, 'true'], {
      stdio: 'ignore',
    }).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`docker run exited with ${code}`)))),
  );
}

/** One bare container that sleeps 2 s, from create to removal: what docker itself costs per task. */
async function bareSleep(docker: DockerRuntime['docker'], image: string, network: string): Promise<void> {
  const container = await docker.createContainer({
    Image: image,
    Entrypoint: ['sleep', '2'],
    Labels: { [BENCH_LABEL.name]: BENCH_LABEL.value },
    HostConfig: { NetworkMode: network },
  });
  try {
    await container.start();
    await container.wait();
  } finally {
    await container.remove({ force: true });
  }
}

async function firstOutput(
  runtime: DockerRuntime,
  workdir: string,
  runDir: string,
  i: number,
): Promise<number> {
  const t0 = performance.now();
  const worker = await runtime.startWorker({
    name: 'omo-worker-bench',
    domain: 'bench',
    planId: `bench-${process.pid}-${i}`,
    depth: 1,
    workdir,
    runDir,
    env: { ORCH_DEPTH: '1' },
  });
  let first = 0;
  try {
    await worker.run({ taskId: 'hi', script: 'echo hi', env: {} }, new AbortController().signal, (stream) => {
      if (stream === 'stdout' && first === 0) first = performance.now();
    });
  } finally {
    await worker.stop();
  }
  if (first === 0) throw new Error('echo hi printed nothing');
  return first - t0;
}

export async function dockerBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const workspace = mkdtempSync(join(tmpdir(), 'orch-bench-dk-'));
  // Not a git repository: these figures are the runtime's own.
  const cwd = mkdtempSync(join(tmpdir(), 'orch-bench-dk-cwd-'));
  const runDir = mkdtempSync(join(workspace, 'run-'));
  try {
    const runtime = await createDockerRuntime(defaultDockerConfig(), {
      env: process.env,
      logger: silentLogger,
    });
    if ('unavailable' in runtime) throw new Error(runtime.unavailable);
    const { docker } = runtime;
    const { image, network } = runtime.settings;
    try {
      // One of each first, so image layers and the engine's caches are warm for both.
      await bareRun(image);
      await firstOutput(runtime, cwd, runDir, 0);
      const runs = 5;
      const bare = await medianOf(runs, () => bareRun(image));
      const samples: number[] = [];
      for (let i = 1; i <= runs; i++) samples.push(await firstOutput(runtime, cwd, runDir, i));
      const startup = median(samples);
      const ratio = startup / bare;
      rows.push({
        figure: 'docker worker start-up: startWorker + first output of `echo hi`',
        value: `${ratio.toFixed(2)}x (${startup.toFixed(0)} ms)`,
        baseline: `${bare.toFixed(0)} ms for docker run --rm image true`,
        target: '≤ 1.5x',
        ok: ratio <= 1.5,
      });
    } finally {
      await runtime.dispose();
    }

    const three = 'frontend:Build page | backend:Build API | testing:Write tests';
    const opts = {
      workspace,
      cwd: benchRepo(join(cwd, 'repo')),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ORCH_DEPTH: '0' },
      runtime: 'docker' as const,
      agent: 'command' as const,
      agentCommand: 'sleep 2',
    };
    const bareThree = async (atOnce: boolean) => {
      const t0 = performance.now();
      if (atOnce) await Promise.all([0, 1, 2].map(() => bareSleep(docker, image, network)));
      else for (let i = 0; i < 3; i++) await bareSleep(docker, image, network);
      return performance.now() - t0;
    };
    const check = async (concurrency?: number) => {
      const { ms, value } = await time(() => orchestrate(three, { ...opts, concurrency }));
      if (value.status !== 'completed') throw new Error(`docker run ${value.status}: ${value.summary}`);
      return ms;
    };
    const parallel: number[] = [];
    const serial: number[] = [];
    const bareParallel: number[] = [];
    const bareSerial: number[] = [];
    for (let i = 0; i < 3; i++) {
      parallel.push(await check());
      serial.push(await check(1));
      bareParallel.push(await bareThree(true));
      bareSerial.push(await bareThree(false));
    }
    const speedup = median(serial) / median(parallel);
    const ceiling = median(bareSerial) / median(bareParallel);
    rows.push({
      figure:
        'speedup on docker, 3 independent 2-second tasks at once vs --concurrency 1, in a git repository',
      value: `${speedup.toFixed(2)}x (${(median(parallel) / 1000).toFixed(2)} s)`,
      baseline: `${(median(serial) / 1000).toFixed(2)} s with --concurrency 1`,
      target: '≥ 2.8x',
      ok: speedup >= 2.8,
    });
    rows.push({
      figure: `docker's own ceiling: 3 bare containers \`sleep 2\` (${network} network) at once vs one by one`,
      value: `${ceiling.toFixed(2)}x (${(median(bareParallel) / 1000).toFixed(2)} s)`,
      baseline: `${(median(bareSerial) / 1000).toFixed(2)} s one by one`,
      target: 'reported',
      ok: undefined,
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true });
  }
  return rows;
}
