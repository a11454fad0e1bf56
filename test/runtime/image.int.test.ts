/**
 * The image resolver against the real Docker engine and a real registry on 127.0.0.1
 * (scripts/registry-setup.sh): release images pushed there under names of this test and pulled back, builds
 * from a copy of this package's Dockerfile and bundle. Every image and registry entry made here carries this
 * run's id in its name and is removed afterwards. Builds reuse the engine's layer cache of the suite's image,
 * so each takes seconds, not minutes.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageRequest, IMAGE_LABELS } from '../../src/runtime/image/names.js';
import { resolveWorkerImage, WorkerImageError } from '../../src/runtime/image/resolve-image.js';
import type { Logger } from '../../src/util/logger.js';
import { OPENCODE_VERSION, VERSION } from '../../src/version.js';
import { ROOT, tempDir } from '../support/cli.js';
import {
  deleteFromRegistry,
  hasImage,
  NO_REGISTRY,
  pushAs,
  REGISTRY,
  removeImage,
  requireRegistry,
} from '../support/registry.js';

const IMAGE = process.env.ORCH_WORKER_IMAGE || 'orchestrate-action-worker:latest';
const id = `${process.pid}-${Date.now().toString(36)}`;
const owner = `orch-test-${id}`;
const release = `${REGISTRY}/${owner}/orchestrate-action-worker:${VERSION}`;
const buildTag = `orch-test-build-${id}:1`;
const docker = new Docker();
const dir = tempDir('orch-image-');
const made = new Set<string>();

function logger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const add = (level: string) => (m: string) => void lines.push(`${level}: ${m}`);
  return { lines, debug: () => undefined, info: add('info'), warn: add('warn'), error: add('error') };
}

/** The environment of an action `owner/orchestrate-action` whose release registry is `registry`. */
function env(over: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTION_REPOSITORY: `${owner}/orchestrate-action`,
    ORCH_RELEASE_REGISTRY: REGISTRY,
    ORCH_BUILD_IMAGE: buildTag,
    ...over,
  };
}

function resolve(e: NodeJS.ProcessEnv, image?: string) {
  const log = logger();
  return resolveWorkerImage(docker, imageRequest({ image }, e), { logger: log, env: e }).then((r) => ({
    ...r,
    log: log.lines,
  }));
}

const stepNames = (steps: Array<{ step: string; ok: boolean }>) =>
  steps.map((s) => `${s.ok ? '+' : '-'} ${s.step.split(' ')[0]}`);

/** A copy of this package's build context, as an action checkout holds it. */
function actionDir(name: string): string {
  const path = join(dir.path, name);
  mkdirSync(path);
  for (const file of ['package.json', '.dockerignore', 'docker', 'dist'])
    cpSync(join(ROOT, file), join(path, file), { recursive: true });
  return path;
}

beforeAll(async () => {
  await docker.ping();
  await requireRegistry();
  if (!hasImage(IMAGE)) throw new Error(`worker image ${IMAGE} not found: run \`npm run docker:setup\``);
  pushAs(IMAGE, release);
}, 300_000);

afterAll(async () => {
  for (const ref of [release, buildTag, ...made]) removeImage(ref);
  await deleteFromRegistry(release);
  dir.remove();
});

describe('the release image', () => {
  it('is pulled from the registry when it is not here, then found here', async () => {
    expect(hasImage(release)).toBe(false);
    const first = await resolve(env());
    expect(first).toMatchObject({ image: release, source: 'pulled' });
    // Here already: the release, else an up-to-date local build; then the pull.
    expect(stepNames(first.steps)).toEqual(['- release', '- local', '+ pull']);
    expect(first.log).toContainEqual(expect.stringMatching(/^info: pull .+: pulled \((\d+ms|\d+\.\ds)\)$/));
    expect(first.log).toContain(
      `info: worker image ${release} holds OpenCode ${OPENCODE_VERSION}, as pinned`,
    );
    expect(hasImage(release)).toBe(true);

    const again = await resolve(env());
    expect(again).toMatchObject({ image: release, source: 'present' });
    expect(stepNames(again.steps)).toEqual(['+ release']);
  });
});

describe('a named image', () => {
  it('is used when present, pulled when absent, and never replaced by another', async () => {
    const named = `${REGISTRY}/${owner}/named:1`;
    made.add(named);
    pushAs(IMAGE, named);
    try {
      expect(await resolve(env(), named)).toMatchObject({ image: named, source: 'pulled' });
      expect(await resolve(env({ ORCH_WORKER_IMAGE: named }))).toMatchObject({
        image: named,
        source: 'present',
      });
    } finally {
      await deleteFromRegistry(named);
    }

    const missing = `${NO_REGISTRY}/${owner}/named:1`;
    const error = await resolve(env(), missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerImageError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^the worker image ${missing} is not here and could not be pulled \\(.*connection refused\\)$`,
      ),
    );
    expect(stepNames((error as WorkerImageError).steps)).toEqual(['- named', '- pull']);
  });

  it('is used even with another OpenCode, with a warning naming both versions', async () => {
    const other = `orch-test-other-${id}:1`;
    made.add(other);
    execFileSync('docker', ['build', '-q', '-t', other, '-'], {
      input: `FROM ${IMAGE}\nLABEL ${IMAGE_LABELS.opencodeVersion}=0.0.1\n`,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    const r = await resolve(env(), other);
    expect(r.source).toBe('present');
    expect(r.log).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^warn: worker image ${other} holds OpenCode 0\\.0\\.1, not the pinned ${OPENCODE_VERSION}`,
        ),
      ),
    );
  });
});

describe('a build from the action’s own Dockerfile', () => {
  it('is made when the release cannot be pulled, kept while up to date, and made again when files change', async () => {
    const action = actionDir('action');
    const e = env({ ORCH_RELEASE_REGISTRY: NO_REGISTRY, GITHUB_ACTION_PATH: action });
    const built = await resolve(e);
    expect(built).toMatchObject({ image: buildTag, source: 'built' });
    expect(stepNames(built.steps)).toEqual(['- release', '- local', '- pull', '+ build']);
    expect(built.steps[2]?.detail).toMatch(/connection refused/);
    expect(built.log).toContainEqual(
      expect.stringMatching(/^info: build .+: built \(hash [0-9a-f]{12}, \d+ MB\)/),
    );
    const first = await docker.getImage(buildTag).inspect();
    expect(first.Config.Labels?.[IMAGE_LABELS.hash]).toMatch(/^[0-9a-f]{64}$/);

    // Up to date: no pull, no build.
    const kept = await resolve(e);
    expect(kept).toMatchObject({ image: buildTag, source: 'up to date' });
    expect(stepNames(kept.steps)).toEqual(['- release', '+ local']);

    appendFileSync(join(action, 'dist', 'index.js'), '\n// changed\n');
    const rebuilt = await resolve(e);
    expect(rebuilt).toMatchObject({ image: buildTag, source: 'built' });
    expect(rebuilt.steps[1]?.detail).toBe('built from other files');
    expect((await docker.getImage(buildTag).inspect()).Id).not.toBe(first.Id);
    // The image the rebuild replaced is gone, unless something else names it (the build cache can make it
    // the very image of the suite's own worker tag): then it must stay.
    const otherNames = (first.RepoTags ?? []).filter((t) => t !== buildTag);
    if (otherNames.length === 0)
      await expect(docker.getImage(first.Id).inspect()).rejects.toMatchObject({ statusCode: 404 });
    else expect((await docker.getImage(first.Id).inspect()).RepoTags).toEqual(otherNames);
  });

  it('fails with every reason when neither pull nor build works', async () => {
    const e = env({
      ORCH_RELEASE_REGISTRY: NO_REGISTRY,
      GITHUB_ACTION_PATH: actionDir('no-base'),
      ORCH_BUILD_IMAGE: `orch-test-never-${id}:1`,
      ORCH_BASE_IMAGE: `${NO_REGISTRY}/none:0`,
    });
    const error = await resolve(e).catch((x: unknown) => x);
    expect(error).toBeInstanceOf(WorkerImageError);
    expect((error as Error).message).toMatch(
      new RegExp(
        '^no worker image: the release image could not be pulled and none could be built \\(' +
          `.*pull ${NO_REGISTRY}/${owner}/orchestrate-action-worker:${VERSION.replace(/\./g, '\\.')}: .*connection refused; ` +
          `build orch-test-never-${id}:1: its base image ${NO_REGISTRY}/none:0 is not here and could not be pulled`,
      ),
    );
    expect(hasImage(`orch-test-never-${id}:1`)).toBe(false);
  });
});
