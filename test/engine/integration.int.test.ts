/**
 * Integration with a model: two workers change the same file, and merging the second branch into the
 * integration branch conflicts. The agent (the real OpenCode binary, the scripted model server) gets the
 * conflicted file mid-merge and resolves it; a resolution that leaves conflict markers is refused and the
 * conflict reported. Real git, tmux and sandbox; only the model is fake.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orchestrate } from '../../src/engine/orchestrate.js';
import type {
  ChatRequest,
  FakeModelServer,
  FakeReply,
  HandlerContext,
} from '../support/fake-model-server.js';
import { opencodeTestEnv, startFakeModelServer } from '../support/fake-model-server.js';
import { sharedTempDir } from '../support/cli.js';
import { OPENCODE_ENV_NAMES } from '../support/opencode-run.js';

let server: FakeModelServer;
const base = sharedTempDir('orch-integration-');
let env: Record<string, string>;
/** What the agent writes into the conflicted file. */
let resolution = '';
let integrationPrompts: string[] = [];

function handler(request: ChatRequest, ctx: HandlerContext): FakeReply | undefined {
  if (ctx.kind === 'title') return undefined;
  if (ctx.prompt.includes('resolve merge conflicts')) {
    if (!ctx.followUp) {
      integrationPrompts.push(ctx.prompt);
      return { toolCalls: [{ name: 'write', arguments: { filePath: 'shared.txt', content: resolution } }] };
    }
    return { text: 'Kept both lines: the frontend one, then the backend one.' };
  }
  if (request.messages.some((m) => typeof m.content === 'string' && m.content.includes('synthesizer')))
    return { text: 'summary' };
  const own = /## Your subtask\n([\s\S]*?)(\n\n|$)/.exec(ctx.prompt)?.[1] ?? ctx.prompt;
  return ctx.markers(request, { ...ctx, prompt: own });
}

beforeAll(async () => {
  server = await startFakeModelServer();
  server.script(handler);
  env = { ...opencodeTestEnv(server.url, join(base.path, 'oc')) };
});
afterAll(async () => {
  await server.close();
  base.remove();
});

function repo(name: string): string {
  const dir = join(base.path, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'shared.txt'), 'base line\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
  return dir;
}

const run = (cwd: string) =>
  orchestrate(
    [
      'frontend:Write the frontend line [[write: shared.txt | frontend line]] [[reply: wrote the frontend line]]',
      'backend:Write the backend line [[write: shared.txt | backend line]] [[reply: wrote the backend line]]',
    ],
    {
      cwd,
      env,
      envNames: OPENCODE_ENV_NAMES,
      workspace: join(base.path, 'ws'),
      runtime: 'local',
      agent: 'opencode',
      model: 'fake/fake-model',
      planner: 'keyword',
      synthesis: false,
      timeoutMs: 90_000,
    },
  );

const show = (cwd: string, ref: string) =>
  execFileSync('git', ['show', `${ref}:shared.txt`], { cwd, encoding: 'utf8' });

describe('integration with a model', () => {
  it('lets the agent resolve a conflict, and commits the merge once no marker is left', async () => {
    resolution = 'frontend line\nbackend line\n';
    integrationPrompts = [];
    const cwd = repo('resolved');
    const result = await run(cwd);
    expect(result.subtasks.map((s) => s.status)).toEqual(['completed', 'completed']);
    expect(result.branches?.conflicts).toEqual([]);
    expect(show(cwd, result.branches!.merged!)).toBe('frontend line\nbackend line\n');
    // The agent was told what each side meant.
    expect(integrationPrompts).toHaveLength(1);
    expect(integrationPrompts[0]).toMatch(/wrote the (frontend|backend) line/);
    expect(integrationPrompts[0]).toContain('- shared.txt');
    // The merge is a real merge of both branches.
    const parents = execFileSync('git', ['rev-list', '--parents', '-n', '1', result.branches!.merged!], {
      cwd,
      encoding: 'utf8',
    });
    expect(parents.trim().split(' ')).toHaveLength(3);
  }, 240_000);

  it('refuses a resolution that leaves conflict markers, and reports the conflict by file and branch', async () => {
    resolution = '<<<<<<< HEAD\nfrontend line\n=======\nbackend line\n>>>>>>> theirs\n';
    const cwd = repo('unresolved');
    const result = await run(cwd);
    expect(result.branches?.conflicts).toHaveLength(1);
    expect(result.branches?.conflicts[0]).toMatchObject({
      file: 'shared.txt',
      branch: expect.stringMatching(/^orchestrate\/\w+\/(frontend|backend)$/),
      worker: expect.stringMatching(/^omo-worker-(frontend|backend)$/),
    });
    expect(result.branches?.conflictBranches).toHaveLength(1);
    // The integration branch holds the first side only; the other stays on its own branch.
    expect(show(cwd, result.branches!.merged!)).toMatch(/^(frontend|backend) line\n?$/);
  }, 240_000);
});
