import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveOpencodeBinary } from '../../src/agent/opencode-binary.js';

describe('resolveOpencodeBinary', () => {
  const base = mkdtempSync(join(tmpdir(), 'orch-oc-bin-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const executable = (path: string, mode = 0o755) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, mode);
    return path;
  };
  const onPath = executable(join(base, 'bin', 'opencode'));
  const bundled = executable(join(base, 'project', 'node_modules', 'opencode-linux-x64', 'bin', 'opencode'));
  const inCwd = executable(join(base, 'cwd', 'node_modules', '.bin', 'opencode'));
  executable(join(base, 'noexec', 'opencode'), 0o644);
  mkdirSync(join(base, 'dir', 'opencode'), { recursive: true });
  const nowhere = { moduleDir: join(base, 'empty'), cwd: join(base, 'empty') };
  const image = '/usr/local/bin/opencode';

  it('prefers PATH, skipping directories and files that are not executable', () => {
    const PATH = [join(base, 'dir'), join(base, 'noexec'), 'relative', join(base, 'bin')].join(':');
    expect(resolveOpencodeBinary({ PATH }, nowhere)).toBe(onPath);
  });

  it("falls back to the project's node_modules, above the bundle, then above the cwd", () => {
    const moduleDir = join(base, 'project', 'dist', 'cli');
    expect(resolveOpencodeBinary({}, { moduleDir, cwd: join(base, 'cwd', 'sub') })).toBe(bundled);
    expect(resolveOpencodeBinary({}, { moduleDir: nowhere.moduleDir, cwd: join(base, 'cwd', 'sub') })).toBe(
      inCwd,
    );
  });

  it("ends with the worker image's path, or nothing", () => {
    const found = resolveOpencodeBinary({ PATH: '' }, nowhere);
    expect([image, undefined]).toContain(found);
  });
});
