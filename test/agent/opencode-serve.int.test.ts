/**
 * The opencode agent's long-lived session: one real `opencode serve` per worker, in the worker's sandbox
 * (local runtime, tmux and bubblewrap on, in a git repository: the default configuration), every subtask of
 * the worker a session on it, against the scripted model server. Only the model provider is fake.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOpencodeBinary } from '../../src/agent/opencode-binary.js';
import { orchestrate } from '../../src/engine/orchestrate.js';
import type { OrchestrateOptions } from '../../src/engine/options.js';
import { probeSandbox } from '../../src/runtime/sandbox.js';
import type { ChatRequest, FakeModelServer, HandlerContext } from '../support/fake-model-server.js';
import { opencodeTestEnv, startFakeModelServer } from '../support/fake-model-server.js';
import { tempDir } from '../support/cli.js';
import { gitRepo as makeRepo, opencodeRunOptions, readEventLog } from '../support/opencode-run.js';

let server: FakeModelServer;
const base = tempDir('orch-serve-');
let env: Record<string, string>;

/** Markers count only in the subtask's own section of the prompt. */
function handler(request: ChatRequest, ctx: HandlerContext) {
  if (ctx.kind === 'title') return undefined;
  const own = /## Your subtask\n([\s\S]*?)(\n\n|$)/.exec(ctx.prompt)?.[1] ?? ctx.prompt;
  return ctx.markers(request, { ...ctx, prompt: own });
}

beforeAll(async () => {
  expect(probeSandbox().available, 'bubblewrap must work here (scripts/setup-host.sh)').toBe(true);
  server = await startFakeModelServer();
  server.script(handler);
  env = { ...opencodeTestEnv(server.url, join(base.path, 'oc')), ORCH_WORKSPACE: join(base.path, 'ws') };
});
afterAll(async () => {
  await server.close();
  base.remove();
});

const options = (extra: Partial<OrchestrateOptions> = {}) =>
  opencodeRunOptions(env, { timeoutMs: 90_000, ...extra });

const gitRepo = () => makeRepo(base.path);

const events = readEventLog;

describe('opencode sessions on a long-lived server per worker', () => {
  it('runs every subtask of a worker on one server: results, tool writes in the worktree, usage, live log', async () => {
    const repo = gitRepo();
    const result = await orchestrate(
      [
        'frontend:Build the page (id: page) [[write: page.html | <h1>hi</h1>]] [[reply: page written]]',
        'frontend:Style the page (id: style) (depends_on: page) [[write: page.css | h1 {}]] [[reply: styled]]',
      ],
      options({ cwd: repo }),
    );
    expect(result.status, result.subtasks.map((s) => `${s.id}: ${s.status} ${s.error}`).join('; ')).toBe(
      'completed',
    );
    const [page, style] = result.subtasks;
    expect(page!.result).toBe('page written');
    expect(style!.result).toBe('styled');
    for (const s of [page!, style!]) {
      expect(s.details?.via).toBe('opencode serve');
      expect(s.usage!.tokens).toBeGreaterThan(0);
      expect((s.details?.toolCalls as Array<{ tool: string }>).map((c) => c.tool)).toEqual(['write']);
    }
    expect(page!.details?.filesChanged).toEqual(['page.html']);
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, encoding: 'utf8' });
    expect(git('show', `orchestrate/${result.planId}/frontend:page.html`)).toBe('<h1>hi</h1>');
    expect(git('show', `orchestrate/${result.planId}/frontend:page.css`)).toBe('h1 {}');
    // One server for the worker's two subtasks; the log shows both sessions' events as `run` prints them.
    const log = readFileSync(join(result.runDir, 'omo-worker-frontend.log'), 'utf8');
    expect(log.match(/opencode server listening on/g)).toHaveLength(1);
    expect(log).toContain('"type":"tool_use"');
    expect(log).toMatch(/\[page\] session ses_\S+ idle/);
    expect(log).toMatch(/\[style\] session ses_\S+ idle/);
  });

  it("fails a subtask with the model's message when the model fails", async () => {
    const result = await orchestrate(
      'backend:Audit the API [[error400: quota exhausted for this key]]',
      options({ cwd: base.path }),
    );
    const [audit] = result.subtasks;
    expect(audit!.status).toBe('failed');
    expect(audit!.error).toContain('quota exhausted for this key');
    expect(audit!.details?.via).toBe('opencode serve');
  });

  it('stops a stalled session (the monitor aborts it) and the worker carries on with its next subtask', async () => {
    const started = Date.now();
    const result = await orchestrate(
      ['backend:Stuck job (id: stuck) [[hang]]', 'backend:Next job (id: next) [[reply: next done]]'],
      options({ cwd: base.path, stallMs: 5_000 }),
    );
    const [stuck, next] = result.subtasks;
    expect(stuck!.status).toBe('failed');
    expect(stuck!.error, JSON.stringify(result.subtasks)).toMatch(/stopped: stalled: no output for/);
    expect(next!.status).toBe('completed');
    expect(next!.result).toBe('next done');
    expect(Date.now() - started).toBeLessThan(40_000);
  });

  it('stops a session over its token budget, keeping what it did', async () => {
    const result = await orchestrate(
      // (No `|` in it: that would split it into two subtasks.)
      'frontend:Big job [[tokens: 5000]] [[write: big.txt]] [[reply: never]]',
      options({ cwd: base.path, maxTokens: 1000 }),
    );
    const [job] = result.subtasks;
    expect(job!.status).toBe('failed');
    expect(job!.error).toMatch(/token budget exceeded: \d+ > 1000/);
    expect(job!.details?.filesChanged).toEqual(['big.txt']);
  });

  it('runs the subtasks with `opencode run` where no server can start, saying why', async () => {
    // An `opencode` first on PATH whose `serve` is broken, and whose `run` is the real one.
    const bin = join(base.path, 'broken-serve-bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(
      join(bin, 'opencode'),
      `#!/bin/sh\nif [ "$1" = serve ]; then echo "serve is broken here" >&2; exit 1; fi\nexec ${resolveOpencodeBinary(process.env)} "$@"\n`,
    );
    chmodSync(join(bin, 'opencode'), 0o755);
    const result = await orchestrate(
      'general:Say hi [[reply: hi from run]]',
      options({ cwd: base.path, env: { ...env, PATH: `${bin}:${env.PATH}` } }),
    );
    const [job] = result.subtasks;
    expect(job!.status).toBe('completed');
    expect(job!.result).toBe('hi from run');
    expect(job!.details?.via).toBeUndefined();
    const notice = events(result.runDir).find(
      (e) => e.type === 'log' && e.message.includes('no OpenCode server'),
    );
    expect(notice).toMatchObject({ taskId: 't1', worker: 'omo-worker-general' });
    expect((notice as { message: string }).message).toContain('serve is broken here');
  });
});
