/** The docker runtime's pure parts: settings, the container's create options, labels and the hardening. */
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { demuxBuffer } from '../../src/runtime/docker-client.js';
import {
  assertNoDockerSocket,
  containerEnv,
  containerOptions,
  DockerSocketMountError,
  isInside,
  parentsToOpen,
  resolveSettings,
  type DockerSettings,
} from '../../src/runtime/docker-container.js';
import { isOrphan, LABELS } from '../../src/runtime/docker-reaper.js';
import { parseMemory, resolveRunConfig } from '../../src/engine/run-config.js';
import type { WorkerSpec } from '../../src/runtime/types.js';

const settings: DockerSettings = {
  image: 'img:1',
  memoryBytes: 2 ** 30,
  nanoCpus: 1e9,
  pidsLimit: 512,
  network: 'none',
  uid: 1000,
  gid: 1000,
  chownWorkdir: false,
};

const spec: WorkerSpec = {
  name: 'omo-worker-backend',
  domain: 'backend',
  planId: 'p1',
  depth: 1,
  workdir: '/work/wt/backend',
  runDir: '/work/ws/runs/p1',
  env: { PATH: '/host/bin', HOME: '/root', TERM: 'dumb', LANG: 'en_US.UTF-8', ORCH_DEPTH: '1' },
};

describe('parseMemory', () => {
  it.each([
    ['4g', 4 * 2 ** 30],
    ['512m', 512 * 2 ** 20],
    ['1.5G', 1.5 * 2 ** 30],
    ['2gb', 2 * 2 ** 30],
    ['8388608', 8388608],
  ])('%s', (value, bytes) => expect(parseMemory(value)).toBe(bytes));

  it.each(['', 'lots', '-1g', '1k', '2 gigabytes'])('refuses %j naming the option', (value) =>
    expect(() => parseMemory(value)).toThrow(/Invalid memory/),
  );
});

const dockerConfig = (options: Parameters<typeof resolveRunConfig>[0]) => {
  const config = resolveRunConfig({
    runtime: 'docker',
    agent: 'command',
    agentCommand: 'true',
    ...options,
  }).runtime;
  if (config.kind !== 'docker') throw new Error('not docker');
  return config.docker;
};

describe('resolveSettings', () => {
  it('has the documented defaults and never runs a worker as root', () => {
    const s = resolveSettings(dockerConfig({}), 'img:1');
    expect(s).toMatchObject({
      image: 'img:1',
      memoryBytes: 4 * 2 ** 30,
      pidsLimit: 512,
      network: 'bridge',
    });
    expect(s.nanoCpus).toBeLessThanOrEqual(2e9);
    expect(s.uid).not.toBe(0);
    expect(s.chownWorkdir).toBe(process.getuid?.() === 0);
  });

  it('refuses bad limits, naming the option', () => {
    expect(() => dockerConfig({ memory: 'x' })).toThrow(/memory 'x'/);
    expect(() => dockerConfig({ pidsLimit: 3 })).toThrow(/pidsLimit/);
    expect(() => dockerConfig({ cpus: 0 })).toThrow(/cpus/);
  });
});

describe('containerEnv', () => {
  it("keeps the image's PATH, sets the worker HOME and a locale the image has", () => {
    expect(containerEnv(spec.env)).toEqual({
      HOME: '/home/worker',
      TERM: 'dumb',
      LANG: 'C.UTF-8',
      ORCH_DEPTH: '1',
    });
    expect(containerEnv({ LANG: 'C.utf8' }).LANG).toBe('C.utf8');
  });
});

describe('containerOptions', () => {
  const o = containerOptions(spec, settings, { 'x.test': '1' });

  it('names and labels the container for its plan, domain, depth and owner', () => {
    expect(o.name).toBe('omo-worker-backend-p1');
    expect(o.Labels).toMatchObject({
      [LABELS.managed]: 'true',
      [LABELS.planId]: 'p1',
      [LABELS.domain]: 'backend',
      [LABELS.depth]: '1',
      [LABELS.ownerPid]: String(process.pid),
      [LABELS.host]: hostname(),
      'x.test': '1',
    });
  });

  it('is hardened: non-root, no capabilities, no new privileges, limits, no init of its own', () => {
    expect(o.User).toBe('1000:1000');
    expect(o.Cmd).toBeUndefined();
    expect(o.HostConfig).toMatchObject({
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      PidsLimit: 512,
      Memory: 2 ** 30,
      NanoCpus: 1e9,
      NetworkMode: 'none',
      Init: false,
      ReadonlyRootfs: false,
      Tmpfs: { '/tmp': expect.stringContaining('mode=1777') },
    });
  });

  it('mounts the workdir read-write and the run files read-only at their host paths', () => {
    expect(o.WorkingDir).toBe('/work/wt/backend');
    expect(o.HostConfig?.Mounts).toEqual([
      { Type: 'bind', Source: '/work/wt/backend', Target: '/work/wt/backend', ReadOnly: false },
      { Type: 'bind', Source: '/work/ws/runs/p1', Target: '/work/ws/runs/p1', ReadOnly: true },
    ]);
  });

  it("passes the worker environment without the host's PATH, HOME or TERM", () => {
    expect(o.Env).toEqual([
      'LANG=C.UTF-8',
      'ORCH_DEPTH=1',
      'HOME=/home/worker',
      'ORCH_WORKER_DOMAIN=backend',
      'ORCH_WORKER_LOG=/work/ws/runs/p1/omo-worker-backend.log',
    ]);
  });

  it('refuses to mount the Docker socket or a directory holding it', () => {
    for (const workdir of ['/var/run', '/', '/var/run/docker.sock', '/run'])
      expect(() => containerOptions({ ...spec, workdir }, settings)).toThrow(DockerSocketMountError);
    const mount = (source: string) => [{ source, target: '/w', readOnly: false }];
    expect(() => assertNoDockerSocket(mount('/srv/x'), { DOCKER_HOST: 'unix:///srv/x/d.sock' })).toThrow(
      /contains the Docker socket \/srv\/x\/d.sock/,
    );
    expect(() =>
      assertNoDockerSocket(mount('/srv/y'), { DOCKER_HOST: 'unix:///srv/x/d.sock' }),
    ).not.toThrow();
  });
});

describe('helpers', () => {
  it('isInside', () => {
    expect(isInside('/a/b', '/a')).toBe(true);
    expect(isInside('/a', '/a')).toBe(true);
    expect(isInside('/ab', '/a')).toBe(false);
    expect(isInside('/', '/a')).toBe(false);
  });

  it("opens only the image's own parents of mount points", () => {
    const mounts = [
      { source: '/root/ws/wt/api', target: '/root/ws/wt/api', readOnly: false },
      { source: '/root/ws/runs/p', target: '/root/ws/runs/p', readOnly: true },
      { source: '/root/ws/runs/p/sub/x', target: '/root/ws/runs/p/sub/x', readOnly: true },
    ];
    expect(parentsToOpen(mounts)).toEqual(['/root', '/root/ws', '/root/ws/wt', '/root/ws/runs']);
  });

  it('tells orphans from containers of a live owner', () => {
    const dead = spawnSync('true').pid!;
    expect(isOrphan({ ownerPid: process.pid, host: hostname() })).toBe(false);
    expect(isOrphan({ ownerPid: dead, host: hostname() })).toBe(true);
    expect(isOrphan({ ownerPid: dead, host: 'another-machine' })).toBe(false);
    // A live pid that started at another time is a reused pid, not the owner.
    expect(isOrphan({ ownerPid: process.pid, ownerStart: '1', host: hostname() })).toBe(true);
  });

  it('demuxes a multiplexed log buffer', () => {
    const frame = (type: number, text: string) => {
      const body = Buffer.from(text);
      const header = Buffer.alloc(8);
      header.writeUInt8(type, 0);
      header.writeUInt32BE(body.length, 4);
      return Buffer.concat([header, body]);
    };
    expect(demuxBuffer(Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n')]))).toBe('out\nerr\n');
  });
});
