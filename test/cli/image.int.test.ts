/**
 * `orchestrate image`, the resolver from the command line (npm run docker:setup calls `image --build`), run as
 * a user runs it, against the real engine. Images made here carry this run's id and are removed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasImage, NO_REGISTRY, removeImage } from '../support/registry.js';
import { ROOT, runCli, tempDir } from '../support/cli.js';

const IMAGE = process.env.ORCH_WORKER_IMAGE || 'orchestrate-action-worker:latest';
const id = `${process.pid}-${Date.now().toString(36)}`;
const tag = `orch-test-cli-${id}:1`;
const dir = tempDir('orch-cli-image-');

beforeAll(() => {
  execFileSync('docker', ['image', 'inspect', IMAGE], { stdio: 'ignore' });
});
afterAll(() => {
  removeImage(tag);
  dir.remove();
});

describe('orchestrate image', () => {
  it('prints the named image, with the steps and their times on stderr', async () => {
    const r = await runCli(['image'], { env: { ORCH_WORKER_IMAGE: IMAGE } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${IMAGE}\n`);
    expect(r.stderr).toMatch(new RegExp(`^named image ${IMAGE}: present \\(\\d+ms\\)$`, 'm'));
    expect(r.stderr).toMatch(new RegExp(`^worker image ${IMAGE} ready in \\d+ms \\(present\\)$`, 'm'));
  });

  it('exits 1 with the reason when the image cannot be had, and says it all with --json', async () => {
    const missing = `${NO_REGISTRY}/orch-test/missing:${id}`;
    const r = await runCli(['image', '--image', missing, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: the worker image .+ is not here and could not be pulled \(.*connection refused\)$/m,
    );
    const json = JSON.parse(r.stdout) as { error: string; steps: Array<{ step: string; ok: boolean }> };
    expect(json.steps.map((s) => [s.step, s.ok])).toEqual([
      [`named image ${missing}`, false],
      [`pull ${missing}`, false],
    ]);
  });

  it('--build builds the image of the package, then finds it up to date (npm run docker:setup)', async () => {
    const action = join(dir.path, 'package');
    mkdirSync(action);
    for (const file of ['package.json', '.dockerignore', 'docker', 'dist'])
      cpSync(join(ROOT, file), join(action, file), { recursive: true });
    const env = { GITHUB_ACTION_PATH: action, ORCH_WORKER_IMAGE: tag };
    const built = await runCli(['image', '--build'], { env });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toBe(`${tag}\n`);
    expect(built.stderr).toMatch(new RegExp(`^build ${tag}: built \\(hash [0-9a-f]{12}, \\d+ MB\\)`, 'm'));
    expect(hasImage(tag)).toBe(true);

    const again = await runCli(['image', '--build', '--json'], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ image: tag, source: 'up to date' });
    expect(again.stderr).not.toContain('building');
  });
});
