/** The REST API (`orchestrate serve`) as a real process, over real HTTP on 127.0.0.1. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, tempDir } from '../support/cli.js';

const ws = tempDir('orch-api-');
const token = 'test-token-123';
let server: ReturnType<typeof spawnCli>;
let url = '';

beforeAll(async () => {
  server = spawnCli(
    ['serve', '--port', '0', '--agent', 'command', '--agent-command', 'echo "did $ORCH_TASK_DESCRIPTION"'],
    {
      env: { ORCH_API_TOKEN: token, ORCH_WORKSPACE: ws.path },
    },
  );
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) {
        url = m[1]!;
        resolve();
      }
    });
    server.on('close', () => reject(new Error(`server exited: ${stderr}`)));
  });
});
afterAll(async () => {
  server.kill('SIGTERM');
  await server.done;
  ws.remove();
});

const call = (path: string, init: RequestInit & { auth?: string | null } = {}) =>
  fetch(`${url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.auth === null ? {} : { authorization: `Bearer ${init.auth ?? token}` }),
    },
  });

describe('orchestrate serve', () => {
  it('refuses to start without ORCH_API_TOKEN', async () => {
    const r = await runCli(['serve', '--port', '0'], { env: { ORCH_API_TOKEN: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ORCH_API_TOKEN');
  });

  it('answers 401 to a missing or wrong token and runs nothing', async () => {
    const body = JSON.stringify({ taskDescription: 'frontend:A' });
    expect((await call('/v1/orchestrate', { method: 'POST', body, auth: null })).status).toBe(401);
    expect((await call('/v1/orchestrate', { method: 'POST', body, auth: 'wrong-token-xyz' })).status).toBe(
      401,
    );
    expect((await call('/v1/orchestrate/abc', { auth: null })).status).toBe(401);
    expect(existsSync(join(ws.path, 'runs'))).toBe(false);
  });

  it('plans, runs in the background and answers the status JSON', async () => {
    const post = await call('/v1/orchestrate', {
      method: 'POST',
      body: JSON.stringify({ taskDescription: 'Build login UI, Create JWT API', maxSubtasks: 5 }),
    });
    expect(post.status).toBe(202);
    const { planId } = (await post.json()) as { planId: string };
    expect(planId).toMatch(/^[0-9a-f]{8}$/);
    let status: { plan: { status: string }; subtasks: unknown[] } | undefined;
    for (let i = 0; i < 100; i++) {
      status = (await (await call(`/v1/orchestrate/${planId}`)).json()) as typeof status;
      if (status!.plan.status === 'completed' || status!.plan.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toEqual({
      plan: { id: planId, status: 'completed', taskDescription: 'Build login UI, Create JWT API' },
      subtasks: [
        {
          index: 0,
          id: 't1',
          status: 'completed',
          description: 'Build login UI',
          domain: 'frontend',
          result: 'did Build login UI',
        },
        {
          index: 1,
          id: 't2',
          status: 'completed',
          description: 'Create JWT API',
          domain: 'backend',
          result: 'did Create JWT API',
        },
      ],
    });
  });

  it('answers 400 to invalid input and 404 to an unknown plan', async () => {
    const cyclic = await call('/v1/orchestrate', {
      method: 'POST',
      body: JSON.stringify({ taskDescription: '"a (id: a) (depends_on: b)" "b (id: b) (depends_on: a)"' }),
    });
    expect(cyclic.status).toBe(400);
    expect(((await cyclic.json()) as { error: string }).error).toContain('a -> b -> a');
    expect(
      (await call('/v1/orchestrate', { method: 'POST', body: JSON.stringify({ maxSubtasks: 50 }) })).status,
    ).toBe(400);
    expect((await call('/v1/orchestrate/ffffffff')).status).toBe(404);
  });
});
