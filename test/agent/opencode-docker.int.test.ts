/**
 * Real OpenCode inside real worker containers (the image's own binary), against the scripted model server
 * on 127.0.0.1, reached with host networking: the action's default runtime end to end.
 */
import { execFileSync } from 'node:child_process';
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
import { tempDir } from '../support/cli.js';
import { askingWorker, gitRepo, isAnswerer, readEventLog } from '../support/opencode-run.js';

let server: FakeModelServer;
const base = tempDir('orch-ocd-');

function handler(request: ChatRequest, ctx: HandlerContext): FakeReply | undefined {
  if (ctx.kind === 'title') return undefined;
  const system = request.messages.find((m) => m.role === 'system')?.content;
  if (typeof system === 'string' && system.includes('synthesizer'))
    return { text: 'SYNTHESIZED in a container' };
  if (isAnswerer(request)) return { text: 'Use plain HTML, no framework.' };
  return askingWorker(request, ctx);
}

beforeAll(async () => {
  server = await startFakeModelServer();
  server.script(handler);
});
afterAll(async () => {
  await server.close();
  base.remove();
});

// Only OPENCODE_* of this environment reaches the containers (and envNames); HOME and the XDG directories
// stay the image's own.
const containerEnv = () => ({
  ...process.env,
  ...opencodeTestEnv(server.url, join(base.path, 'oc')),
  ORCH_WORKSPACE: join(base.path, 'ws'),
});

describe('opencode workers in containers', () => {
  it('writes into the worker worktree from inside the container and hands results on', async () => {
    const repo = gitRepo(base.path);
    const result = await orchestrate(
      [
        'frontend:Build the page (id: page) [[write: page.html | <h1>hi</h1>]] [[reply: page written]]',
        'documentation:Document the page (id: docs) (depends_on: page) [[reply: documented]]',
      ],
      {
        env: containerEnv(),
        envNames: ['npm_config_offline'],
        cwd: repo,
        runtime: 'docker',
        network: 'host',
        model: 'fake/fake-model',
        timeoutMs: 120_000,
      },
    );
    expect(result.status, result.subtasks.map((s) => `${s.id}: ${s.status} ${s.error}`).join('; ')).toBe(
      'completed',
    );
    expect(result.runtime).toBe('docker');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, encoding: 'utf8' });
    expect(git('show', `orchestrate/${result.planId}/frontend:page.html`)).toBe('<h1>hi</h1>');
    const docsPrompt = server.requests.agent().find((r) => r.prompt?.includes('subtask docs'))!.prompt!;
    expect(docsPrompt).toMatch(/Subtask page: Build the page[^\n]*\nResult:\npage written/);
    expect(result.summary.startsWith('SYNTHESIZED in a container')).toBe(true);
    const left = execFileSync(
      'docker',
      ['ps', '-aq', '--filter', `label=org.orchestrate-action.plan-id=${result.planId}`],
      { encoding: 'utf8' },
    );
    expect(left.trim()).toBe('');
  });

  it("answers a worker's question in its session inside the container", async () => {
    const repo = gitRepo(base.path);
    const result = await orchestrate(
      // No `|` in the one line: it would separate subtasks.
      'frontend:Build the page (id: page) [[ask: Should I use React or plain HTML?]] [[write: page.html]] [[reply: page written in plain HTML]]',
      {
        env: containerEnv(),
        envNames: ['npm_config_offline'],
        cwd: repo,
        runtime: 'docker',
        network: 'host',
        model: 'fake/fake-model',
        timeoutMs: 120_000,
        synthesis: false,
      },
    );
    expect(result.subtasks.map((s) => s.id)).toEqual(['page']);
    const [page] = result.subtasks;
    expect(page!.status, page!.error ?? '').toBe('completed');
    expect(page!.result).toBe('page written in plain HTML');
    expect(page!.details?.via).toBe('opencode serve');
    expect(page!.exchanges).toEqual([
      {
        turn: 1,
        question: 'Should I use React or plain HTML?',
        answer: 'Use plain HTML, no framework.',
        by: 'llm',
      },
    ]);
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, encoding: 'utf8' });
    expect(git('ls-tree', '--name-only', `orchestrate/${result.planId}/frontend`)).toContain('page.html');
    const types = readEventLog(result.runDir).map((e) => e.type);
    expect(types.indexOf('worker.stopped')).toBeLessThan(types.indexOf('task.question'));
    expect(types.indexOf('task.question')).toBeLessThan(types.indexOf('task.completed'));
    const left = execFileSync(
      'docker',
      ['ps', '-aq', '--filter', `label=org.orchestrate-action.plan-id=${result.planId}`],
      { encoding: 'utf8' },
    );
    expect(left.trim()).toBe('');
  });
});
