/**
 * The action on a machine like a fresh GitHub runner: its bundle run as the runner runs it, from a checkout
 * of the action (GITHUB_ACTION_PATH, GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF), with a real Docker engine
 * and no worker image under the names it looks for. Registry up: it pulls the release image and the workers
 * run; registry down: it builds from its own Dockerfile and the workers run; neither: the step fails with the
 * reason and writes no prompt file. With `runtime: local` and no OpenCode anywhere, it installs the pinned
 * OpenCode into the tool cache, runs it against the scripted model server, and finds it there next time.
 *
 * Images and registry entries carry this run's id in their names and are removed afterwards; containers
 * are the runs' own (labelled with their plan ids) and checked gone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolveOpencodeBinary } from '../../src/agent/opencode-binary.js';
import { opencodePackage, thisMachine } from '../../src/agent/opencode-package.js';
import { OPENCODE_VERSION, VERSION } from '../../src/version.js';
import { FakeGitHub } from '../support/fake-github.js';
import { opencodeTestEnv, startFakeModelServer } from '../support/fake-model-server.js';
import {
  deleteFromRegistry,
  hasImage,
  NO_REGISTRY,
  pushAs,
  REGISTRY,
  removeImage,
  requireRegistry,
} from '../support/registry.js';
import { issueComment, workflowDispatch } from './payloads.js';
import {
  actionCheckout,
  bundlePath,
  runAction,
  sandbox,
  type ActionCheckout,
  type Sandbox,
} from './run-bundle.js';

const IMAGE = process.env.ORCH_WORKER_IMAGE || 'orchestrate-action-worker:latest';
const id = `${process.pid}-${Date.now().toString(36)}`;
// GitHub keeps the case of `uses: Owner/repo@ref`; image names are lower case.
const owner = `Orch-Test-${id}`;
const release = `${REGISTRY}/${owner.toLowerCase()}/orchestrate-action-worker:${VERSION}`;
const buildTag = `orch-test-build-${id}:1`;
const ECHO = 'echo "done: $ORCH_TASK_DESCRIPTION"';
const docker = { runtime: 'docker', agent: 'command', 'agent-command': ECHO };

const boxes: Sandbox[] = [];
const extraDirs: string[] = [];
let action: ActionCheckout;
let fake: FakeGitHub | undefined;

function box(): Sandbox {
  const b = sandbox();
  boxes.push(b);
  return b;
}

/** The machine's engine (the sandbox points DOCKER_HOST nowhere), and the release registry to use. */
function engineEnv(over: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
    ORCH_BUILD_IMAGE: buildTag,
    ...over,
  };
}

const runsIn = (b: Sandbox) =>
  existsSync(path.join(b.workspace, 'runs')) ? readdirSync(path.join(b.workspace, 'runs')) : [];

/** Every prompt file under a directory: the prompt-files runtime's `*_prompt.md` and `prompts/*.md`. */
function promptFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter(
    (f) => f.endsWith('_prompt.md') || /(^|\/)prompts\/.+\.md$/.test(f),
  );
}

function containersOf(planId: string): string {
  return execFileSync('docker', ['ps', '-aq', '--filter', `label=org.orchestrate-action.plan-id=${planId}`], {
    encoding: 'utf8',
  }).trim();
}

beforeAll(async () => {
  bundlePath();
  await requireRegistry();
  if (!hasImage(IMAGE)) throw new Error(`worker image ${IMAGE} not found: run \`npm run docker:setup\``);
  action = actionCheckout(box().dir, `${owner}/orchestrate-action`, 'v0');
}, 300_000);

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

afterAll(async () => {
  for (const ref of [release, buildTag]) removeImage(ref);
  await deleteFromRegistry(release);
  for (const dir of [...boxes.map((b) => b.dir), ...extraDirs]) rmSync(dir, { recursive: true, force: true });
});

describe('runtime docker on a machine without the worker image', () => {
  it('pulls the release image of its version from the registry, and the workers run', async () => {
    pushAs(IMAGE, release);
    expect(hasImage(release)).toBe(false);
    fake = await FakeGitHub.start({ permissions: { Codertocat: 'write' } });
    const run = await runAction(box(), {
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate frontend:Build page | backend:Build API' }),
      inputs: docker,
      apiUrl: fake.url,
      action,
      env: engineEnv({ ORCH_RELEASE_REGISTRY: REGISTRY }),
      timeoutMs: 300_000,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // One log group, each step with its time.
    expect(run.stdout).toContain('::group::Worker image');
    expect(run.stdout).toMatch(new RegExp(`release image ${release}: not here \\(\\d+ms\\)`));
    expect(run.stdout).toMatch(new RegExp(`pull ${release}: pulled \\((\\d+ms|\\d+\\.\\ds)\\)`));
    expect(run.stdout).toContain(`worker image ${release} holds OpenCode ${OPENCODE_VERSION}, as pinned`);
    expect(run.stdout).toMatch(new RegExp(`worker image ${release} ready in .+ \\(pulled\\)`));

    const planId = run.outputs['plan-id']!;
    expect(run.outputs.status).toBe('completed');
    const result = JSON.parse(readFileSync(path.join(run.outputs['results-dir']!, 'result.json'), 'utf8'));
    expect(result.runtime).toBe('docker');
    expect(result.subtasks.map((s: { result: string }) => s.result)).toEqual([
      'done: Build page',
      'done: Build API',
    ]);
    expect(fake.comments[0]!.body).toContain('Orchestrate: completed');
    expect(containersOf(planId)).toBe('');
  });

  it('builds from its own Dockerfile when the registry is down, and the workers run', async () => {
    const b = box();
    const run = await runAction(b, {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { ...docker, tasks: 'testing:Write tests' },
      action,
      env: engineEnv({ ORCH_RELEASE_REGISTRY: NO_REGISTRY }),
      timeoutMs: 600_000,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/pull 127\.0\.0\.1:9\/.+: .*connection refused \(\d+ms\)/);
    expect(run.stdout).toContain(`building ${buildTag} from ${action.path}/docker/Dockerfile`);
    expect(run.stdout).toMatch(new RegExp(`build ${buildTag}: built \\(hash [0-9a-f]{12}, \\d+ MB\\)`));
    expect(run.outputs.status).toBe('completed');
    expect(run.outputs.summary).toContain('done: Write tests');
    expect(containersOf(run.outputs['plan-id']!)).toBe('');
  });

  it('fails the step with the reason when it can neither pull nor build, and writes no prompt file', async () => {
    fake = await FakeGitHub.start({ permissions: { Codertocat: 'write' } });
    const b = box();
    const never = `orch-test-never-${id}:1`;
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate frontend:Build page | backend:Build API' }),
      inputs: docker,
      apiUrl: fake.url,
      action,
      env: engineEnv({
        ORCH_RELEASE_REGISTRY: NO_REGISTRY,
        ORCH_BUILD_IMAGE: never,
        ORCH_BASE_IMAGE: `${NO_REGISTRY}/no-base:0`,
      }),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Workers cannot start: no worker image: the release image could not be pulled and none could be built \(.*connection refused; build .+: its base image 127\.0\.0\.1:9\/no-base:0 is not here and could not be pulled/,
    );
    const comment = fake.comments[0]!.body;
    expect(comment).toContain('Orchestrate: failed');
    expect(comment).toContain('Workers cannot start: no worker image');
    expect(hasImage(never)).toBe(false);
    expect(runsIn(b)).toEqual([]);
    expect(promptFiles(b.dir)).toEqual([]);
  });

  it('fails the step with the reason when no engine answers', async () => {
    const b = box();
    // The sandbox's DOCKER_HOST is a socket that does not exist.
    const run = await runAction(b, {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { ...docker, tasks: 'frontend:Build page' },
      action,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Workers cannot start: no Docker engine reachable at unix:\/\/.*no-docker\.sock/,
    );
    expect(promptFiles(b.dir)).toEqual([]);
  });

  it('writes prompt files, and succeeds, only when runtime: prompt-files is asked', async () => {
    const b = box();
    const run = await runAction(b, {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: {
        runtime: 'prompt-files',
        tasks: 'Set up the database schema (id: db)\nCreate API (id: api) (depends_on: db)',
      },
      action,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('prompts_written');
    expect(run.stdout).not.toContain('::group::Worker image');
    expect(promptFiles(run.outputs['results-dir']!).sort()).toEqual([
      'prompts/api.md',
      'prompts/db.md',
      'worker-backend_prompt.md',
      'worker-database_prompt.md',
    ]);
  });
});

describe('runtime local on a machine without OpenCode', () => {
  it('installs the pinned OpenCode into the tool cache, runs it, and finds it there next time', async () => {
    const server = await startFakeModelServer();
    try {
      const b = box();
      // Not under /tmp, as on a runner (/opt/hostedtoolcache): local workers run in a sandbox with a /tmp of
      // their own, where a binary under the host's /tmp does not exist.
      const toolCache = mkdtempSync(path.join('/var/tmp', 'orch-test-tool-cache-'));
      extraDirs.push(toolCache);
      const { npm_config_offline: _offline, ...ocEnv } = opencodeTestEnv(server.url, path.join(b.dir, 'oc'));
      // node, npm, git, tmux and rg live in /usr/bin here; OpenCode nowhere on this PATH or near the action.
      const env = { ...ocEnv, PATH: '/usr/bin:/bin', RUNNER_TOOL_CACHE: toolCache };
      expect(
        resolveOpencodeBinary(env, { moduleDir: path.join(action.path, 'dist'), cwd: b.repo }),
      ).toBeUndefined();
      const inputs = {
        runtime: 'local',
        agent: 'opencode',
        model: 'fake/fake-model',
        planner: 'keyword',
        tasks: 'general:Say hello [[reply: hello from the installed OpenCode]]',
      };
      const first = await runAction(b, {
        event: 'workflow_dispatch',
        payload: workflowDispatch(),
        inputs,
        action,
        env,
        timeoutMs: 300_000,
      });
      expect(first.code, first.stdout + first.stderr).toBe(0);
      const pkg = opencodePackage(thisMachine());
      if ('unavailable' in pkg) throw new Error(pkg.unavailable);
      expect(first.stdout).toContain('::group::OpenCode');
      expect(first.stdout).toContain(
        `OpenCode not found: installing ${pkg.name}@${OPENCODE_VERSION} from the npm registry`,
      );
      const binary = path.join(toolCache, pkg.name, OPENCODE_VERSION, process.arch, 'bin', 'opencode');
      expect(first.stdout).toMatch(
        new RegExp(
          `OpenCode ${OPENCODE_VERSION}: installed ${pkg.name} into the tool cache \\(${binary}\\) in `,
        ),
      );
      expect(existsSync(`${path.dirname(path.dirname(binary))}.complete`)).toBe(true);
      expect(first.outputs.status).toBe('completed');
      expect(first.outputs.summary).toContain('hello from the installed OpenCode');
      const installed = statSync(binary);

      const second = await runAction(b, {
        event: 'workflow_dispatch',
        payload: workflowDispatch(),
        inputs,
        action,
        env,
        timeoutMs: 300_000,
      });
      expect(second.code, second.stdout + second.stderr).toBe(0);
      expect(second.stdout).toContain(`OpenCode ${OPENCODE_VERSION}: found in the tool cache (${binary})`);
      expect(second.stdout).not.toContain('installing');
      expect(statSync(binary)).toMatchObject({ ino: installed.ino, mtimeMs: installed.mtimeMs });
      expect(second.outputs.summary).toContain('hello from the installed OpenCode');
    } finally {
      await server.close();
    }
  });
});
