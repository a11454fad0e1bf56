/**
 * The docker runtime: each worker is a hardened container from the worker image, named
 * `omo-worker-<domain>-<planId>` and labelled with its plan, domain, depth and owner (see docker-worker.ts for
 * one worker, docker-container.ts for what a container is). Before a run starts, the runtime checks that an
 * engine answers and gets the worker image through the resolver (image/resolve-image.ts: named, present,
 * pulled or built); when either fails it says why (the engine then falls back to prompt files, or fails). It
 * also removes what a crashed orchestrator on this host left behind.
 */
import { spawnSync } from 'node:child_process';
import type Dockerode from 'dockerode';
import type { DockerConfig } from './config.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { DockerClient } from './docker-client.js';
import { IMAGE_USER, resolveSettings, type DockerSettings } from './docker-container.js';
import { imageRequest } from './image/names.js';
import { resolveWorkerImage } from './image/resolve-image.js';
import { WorkdirOwnership } from './docker-ownership.js';
import { reapOrphans } from './docker-reaper.js';
import { DockerWorker } from './docker-worker.js';
import type { ResourceTracker, Runtime, Worker, WorkerSpec } from './types.js';

const PING_TIMEOUT_MS = 3000;

/** Where Dockerode will look for the engine, for messages. */
function engineAddress(env: NodeJS.ProcessEnv): string {
  return env.DOCKER_HOST || '/var/run/docker.sock';
}

/** A client of the engine Dockerode finds (DOCKER_HOST, else the local socket), once it answers. */
export async function connectEngine(logger: Logger): Promise<DockerClient | { unavailable: string }> {
  try {
    const { default: Docker } = await import('dockerode');
    const client = new DockerClient(new Docker(), logger);
    await client.ping(PING_TIMEOUT_MS);
    return client;
  } catch (error) {
    return {
      unavailable: `no Docker engine reachable at ${engineAddress(process.env)}: ${errorMessage(error)}; run \`npm run docker:setup\``,
    };
  }
}

export async function createDockerRuntime(
  config: DockerConfig,
  context: { env: NodeJS.ProcessEnv; logger: Logger; tracker?: ResourceTracker },
): Promise<DockerRuntime | { unavailable: string }> {
  const { env, logger, tracker } = context;
  const request = imageRequest(config, env);
  const client = await connectEngine(logger);
  if ('unavailable' in client) return client;
  let image: string;
  try {
    image = (await resolveWorkerImage(client.docker, request, { logger, env })).image;
  } catch (error) {
    return { unavailable: errorMessage(error) };
  }
  await reapOrphans(client.docker, logger);
  return new DockerRuntime(client, resolveSettings(config, image), logger, {}, tracker);
}

export class DockerRuntime implements Runtime {
  readonly kind = 'docker' as const;
  private readonly workers = new Set<DockerWorker>();
  private readonly ownership?: WorkdirOwnership;
  private readonly exitGuard = () => this.removeAtExit();

  constructor(
    readonly client: DockerClient,
    readonly settings: DockerSettings,
    private readonly logger: Logger,
    /** Extra labels on every container (tests mark theirs). */
    private readonly labels: Record<string, string> = {},
    tracker?: ResourceTracker,
  ) {
    if (settings.chownWorkdir)
      this.ownership = new WorkdirOwnership([IMAGE_USER.uid, IMAGE_USER.gid], logger, tracker);
  }

  get docker(): Dockerode {
    return this.client.docker;
  }

  async startWorker(spec: WorkerSpec): Promise<Worker> {
    const worker: DockerWorker = new DockerWorker(spec, {
      client: this.client,
      settings: this.settings,
      ownership: this.ownership,
      logger: this.logger,
      labels: this.labels,
      onStop: () => {
        this.workers.delete(worker);
        if (this.workers.size === 0) process.off('exit', this.exitGuard);
      },
    });
    if (this.workers.size === 0) process.on('exit', this.exitGuard);
    this.workers.add(worker);
    try {
      await worker.start();
    } catch (error) {
      await worker.stop().catch(() => undefined);
      throw error;
    }
    return worker;
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.stop()));
  }

  /**
   * Last resort when the process exits with workers still up (a caller that never disposed, process.exit()
   * in the middle of a run): nothing asynchronous can run any more, so the docker CLI removes them, if any.
   * A crash that skips even this is covered by the reaper of the next run.
   */
  private removeAtExit(): void {
    const names = [...this.workers].map((w) => w.containerName);
    if (names.length === 0) return;
    try {
      spawnSync('docker', ['rm', '-f', ...names], { stdio: 'ignore', timeout: 10_000 });
    } catch {
      // No docker CLI: the next run's reaper removes them.
    }
  }
}
