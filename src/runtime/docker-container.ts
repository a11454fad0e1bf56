/**
 * What a worker container is, as data: the settings of a docker run (image, limits, user) and the create
 * options of one worker's container. Pure functions apart from reading the host's identity, so the hardening
 * can be read (and unit-tested) in one place.
 */
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type Dockerode from 'dockerode';
import type { DockerConfig, NetworkMode } from './config.js';
import { workerName } from '../plan/types.js';
import { LABELS, ownerLabels } from './docker-reaper.js';
import type { WorkerSpec } from './types.js';

/** The image's shared home (mode 1777): HOME for whichever uid a worker runs as. */
export const WORKER_HOME = '/home/worker';
/** The image's own user, for hosts running as root (a worker never runs as root). */
export const IMAGE_USER = { uid: 1000, gid: 1000 };

export interface DockerSettings {
  /** The worker image, as the resolver found it (see image/resolve-image.ts). */
  image: string;
  memoryBytes: number;
  nanoCpus: number;
  pidsLimit: number;
  network: NetworkMode;
  /** The uid and gid containers and every exec run as. */
  uid: number;
  gid: number;
  /**
   * The host runs as root: a worker runs as the image's user instead, so its workdir is handed to that user
   * while the worker uses it (see docker-ownership.ts).
   */
  chownWorkdir: boolean;
}

/** The settings of a run's containers: its docker configuration, the image found, and who runs inside. */
export function resolveSettings(config: DockerConfig, image: string): DockerSettings {
  const hostUid = process.getuid?.();
  const hostGid = process.getgid?.();
  // A non-root host user runs the worker as itself, so what the worker writes in the bind mounts is the user's.
  const asHost = hostUid !== undefined && hostGid !== undefined && hostUid !== 0;
  return {
    image,
    memoryBytes: config.memoryBytes,
    nanoCpus: config.nanoCpus,
    pidsLimit: config.pidsLimit,
    network: config.network,
    uid: asHost ? hostUid : IMAGE_USER.uid,
    gid: asHost ? hostGid : IMAGE_USER.gid,
    chownWorkdir: hostUid === 0,
  };
}

/** `omo-worker-<domain>-<planId>`: unique per run, and `docker ps` shows whose worker it is. */
export function containerName(spec: Pick<WorkerSpec, 'domain' | 'planId'>): string {
  return `${workerName(spec.domain)}-${spec.planId}`;
}

/** The tmux session the image's entry point starts: `omo-worker-<domain>`, as for local workers. */
export function sessionName(spec: Pick<WorkerSpec, 'domain'>): string {
  return workerName(spec.domain);
}

export function workerLogFile(spec: Pick<WorkerSpec, 'runDir' | 'name'>): string {
  return join(spec.runDir, `${spec.name}.log`);
}

/**
 * The worker environment fitted to the container. The host's PATH would hide the image's tools (and name
 * host directories that do not exist inside), and the host's HOME is not the worker's; the image only has
 * the C locales, so another LANG would silently fall back to ASCII.
 */
export function containerEnv(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (name !== 'PATH' && name !== 'HOME') out[name] = value;
  out.HOME = WORKER_HOME;
  if (out.LANG !== undefined && !/^(C|POSIX)(\.utf-?8)?$/i.test(out.LANG)) out.LANG = 'C.UTF-8';
  return out;
}

export function envList(env: Record<string, string>): string[] {
  return Object.entries(env).map(([name, value]) => `${name}=${value}`);
}

export interface BindMount {
  source: string;
  target: string;
  readOnly: boolean;
}

/** The workdir read-write and the run's files read-only, each at its host path, so every path lines up. */
export function workerMounts(spec: Pick<WorkerSpec, 'workdir' | 'runDir'>): BindMount[] {
  // Docker mounts the shallower path first, so a run directory inside the workdir still ends up read-only.
  const workdir = resolve(spec.workdir);
  const runDir = resolve(spec.runDir);
  const mounts = [{ source: workdir, target: workdir, readOnly: false }];
  // The same directory twice is an error to Docker; read-write then, as the worker needs its workdir.
  if (runDir !== workdir) mounts.push({ source: runDir, target: runDir, readOnly: true });
  return mounts;
}

/**
 * Parents of the mount points that lie in the image's own filesystem (not inside another mount, where they
 * would be host directories), deepest last.
 */
export function parentsToOpen(mounts: readonly BindMount[]): string[] {
  const parents = new Set<string>();
  for (const m of mounts) {
    for (let dir = dirname(m.target); dir !== '/' && dir !== '.'; dir = dirname(dir)) {
      if (!mounts.some((o) => isInside(dir, o.target))) parents.add(dir);
    }
  }
  return [...parents].sort((a, b) => a.length - b.length);
}

export class DockerSocketMountError extends Error {
  constructor(source: string, socket: string) {
    super(
      `refusing to mount ${source} into a worker container: it ${source === socket ? 'is' : 'contains'} the ` +
        `Docker socket ${socket}, which would give the worker control of the host; run from a project directory`,
    );
    this.name = new.target.name;
  }
}

/** The sockets through which a container could drive a Docker engine on this host. */
function dockerSockets(env: NodeJS.ProcessEnv): string[] {
  const candidates = ['/var/run/docker.sock', '/run/docker.sock', join(homedir(), '.docker/run/docker.sock')];
  if (env.XDG_RUNTIME_DIR) candidates.push(join(env.XDG_RUNTIME_DIR, 'docker.sock'));
  if (env.DOCKER_HOST?.startsWith('unix://')) candidates.push(env.DOCKER_HOST.slice('unix://'.length));
  const sockets = new Set<string>();
  for (const c of candidates) {
    sockets.add(resolve(c));
    if (existsSync(c)) sockets.add(realpathSync(c));
  }
  return [...sockets];
}

/** Never hand a worker the Docker socket: not as a mount, nor inside a mounted directory. */
export function assertNoDockerSocket(
  mounts: readonly BindMount[],
  env: NodeJS.ProcessEnv = process.env,
): void {
  const sockets = dockerSockets(env);
  for (const m of mounts) {
    for (const path of new Set([
      m.source,
      m.target,
      existsSync(m.source) ? realpathSync(m.source) : m.source,
    ])) {
      const socket = sockets.find((s) => isInside(s, path));
      if (socket) throw new DockerSocketMountError(m.source, socket);
    }
  }
}

/** Whether `path` is `dir` or below it. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

export function containerOptions(
  spec: WorkerSpec,
  settings: DockerSettings,
  extraLabels: Record<string, string> = {},
): Dockerode.ContainerCreateOptions {
  const mounts = workerMounts(spec);
  assertNoDockerSocket(mounts);
  const env = containerEnv(spec.env);
  // TERM stays out of the container's own environment: `docker exec -it` (orchestrate attach) then gets a
  // terminal type that fits the person attaching, while commands still get the caller's TERM per exec.
  delete env.TERM;
  env.ORCH_WORKER_DOMAIN = spec.domain;
  // Window 0 of the worker's tmux session follows the worker's log (as for local workers).
  env.ORCH_WORKER_LOG = workerLogFile(spec);
  // The image's /tmp is replaced by a tmpfs (fast, and gone with the container) unless a mount sits on it.
  const tmpfs: Record<string, string> = mounts.some((m) => m.target === '/tmp')
    ? {}
    : { '/tmp': 'rw,exec,nosuid,nodev,mode=1777' };
  return {
    name: containerName(spec),
    Image: settings.image,
    // No Cmd: the image's entry point (under tini) starts the tmux session and waits for SIGTERM.
    Env: envList(env),
    User: `${settings.uid}:${settings.gid}`,
    WorkingDir: resolve(spec.workdir),
    Tty: false,
    Labels: {
      [LABELS.managed]: 'true',
      [LABELS.planId]: spec.planId,
      [LABELS.domain]: spec.domain,
      [LABELS.depth]: String(spec.depth),
      ...ownerLabels(),
      ...extraLabels,
    },
    HostConfig: {
      Mounts: mounts.map((m) => ({ Type: 'bind', Source: m.source, Target: m.target, ReadOnly: m.readOnly })),
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      PidsLimit: settings.pidsLimit,
      Memory: settings.memoryBytes,
      NanoCpus: settings.nanoCpus,
      NetworkMode: settings.network,
      // The image has tini as PID 1 already.
      Init: false,
      // Tools write to HOME and /tmp; the container is thrown away with its writes.
      ReadonlyRootfs: false,
      Tmpfs: tmpfs,
    },
  };
}
