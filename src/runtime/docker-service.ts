/**
 * A long-lived service inside a docker worker's container (see Worker.startService): a `docker exec` that
 * keeps running, its output streamed to the worker's log. It leads a process group of its own (`setsid -w`)
 * and leaves the group's id in a file, so stopping it ends whatever it started too (an agent's tools),
 * without touching the container's other processes.
 *
 * Where the orchestrator reaches it depends on the container's network: with `host` the container shares
 * this machine's loopback; with `bridge` the service listens on every interface of the container and is
 * reached at the container's own address; with `none` it cannot be reached at all.
 */
import type Dockerode from 'dockerode';
import { randomBytes } from 'node:crypto';
import type { NetworkMode } from './config.js';
import type { DockerClient } from './docker-client.js';
import { containerEnv, envList } from './docker-container.js';
import { watchReadiness } from './service-ready.js';
import type { ServiceCommand, WorkerService } from './types.js';

const SERVICE_WRAPPER = 'echo $$ > "$1"; exec bash -c "$ORCH_SERVICE_SCRIPT"';
const STOP_SCRIPT = `pg=$(cat "$1" 2>/dev/null) || exit 0
kill -TERM -- -"$pg" 2>/dev/null || exit 0
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
  kill -0 -- -"$pg" 2>/dev/null || exit 0
  sleep 0.1
done
kill -KILL -- -"$pg" 2>/dev/null
exit 0`;

export interface ContainerServiceContext {
  client: DockerClient;
  container: Dockerode.Container;
  containerName: string;
  /** `uid:gid` the service runs as (the worker's user). */
  user: string;
  workdir: string;
  /** The worker's environment; the service's own is put over it. */
  env: Record<string, string>;
  network: NetworkMode;
  log(text: string): void;
}

export async function startContainerService(
  ctx: ContainerServiceContext,
  service: ServiceCommand,
): Promise<WorkerService> {
  if (ctx.network === 'none')
    throw new Error(
      `service ${service.name} cannot be reached in container ${ctx.containerName}: it has no network (--network none)`,
    );
  const bind = ctx.network === 'host' ? '127.0.0.1' : '0.0.0.0';
  const pidFile = `/tmp/omo-service-${randomBytes(6).toString('hex')}.pgid`;
  const env = containerEnv({ ...ctx.env, ...service.env, ORCH_SERVICE_HOST: bind });
  env.ORCH_SERVICE_SCRIPT = service.script;
  let markExited!: (code: number | null) => void;
  const exited = new Promise<number | null>((resolve) => (markExited = resolve));
  const readiness = watchReadiness(service, exited);
  const exec = (cmd: string[], label: string, onOutput?: (s: 'stdout' | 'stderr', c: string) => void) =>
    ctx.client.exec(
      ctx.container,
      ctx.containerName,
      { cmd, env: envList(env), user: ctx.user, workdir: ctx.workdir, label },
      onOutput,
    );
  exec(
    ['setsid', '-w', 'bash', '-c', SERVICE_WRAPPER, 'omo-service', pidFile],
    `service ${service.name}`,
    (stream, chunk) => {
      ctx.log(chunk);
      readiness.push(stream, chunk);
    },
  ).then(
    (outcome) => {
      ctx.log(`[${service.name}] exit ${outcome.exitCode}\n`);
      markExited(outcome.exitCode);
    },
    (error: unknown) => {
      ctx.log(`[${service.name}] ended: ${String(error)}\n`);
      markExited(null);
    },
  );
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // The container may be gone already (a worker that was stopped): then so is the service.
      await exec(['bash', '-c', STOP_SCRIPT, 'omo-service-stop', pidFile], `stop ${service.name}`).catch(
        () => undefined,
      );
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    })());
  try {
    const port = await readiness.port;
    const host = ctx.network === 'host' ? '127.0.0.1' : await containerAddress(ctx);
    return { url: `http://${host}:${port}`, exited, log: ctx.log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The container's address on its network, where the host reaches a service listening in it. */
async function containerAddress(ctx: ContainerServiceContext): Promise<string> {
  const info = await ctx.client.inspect(ctx.container, ctx.containerName);
  const address = Object.values(info.NetworkSettings.Networks ?? {})
    .map((n) => n.IPAddress)
    .find((ip) => ip);
  if (!address) throw new Error(`container ${ctx.containerName} has no address on its network`);
  return address;
}
