/** The REST API (`orchestrate serve`) as a real process, over real HTTP on 127.0.0.1. */
import { existsSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, tempDir } from '../support/cli.js';

const ws = tempDir('orch-api-');
const token = 'test-token-123';
let server: ReturnType<typeof spawnCli>;
let url = '';

/** Starts `orchestrate serve` on a free port and answers its address once it listens. */
async function serve(
  args: string[],
  workspace: string,
): Promise<{ process: ReturnType<typeof spawnCli>; url: string }> {
  const child = spawnCli(['serve', '--port', '0', ...args], {
    env: { ORCH_API_TOKEN: token, ORCH_WORKSPACE: workspace },
  });
  let stderr = '';
  const address = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('close', () => reject(new Error(`server exited: ${stderr}`)));
  });
  return { process: child, url: address };
}

beforeAll(async () => {
  ({ process: server, url } = await serve(
    ['--agent', 'command', '--agent-command', 'echo "did $ORCH_TASK_DESCRIPTION"'],
    ws.path,
  ));
});
afterAll(async () => {
  server.kill('SIGTERM');
  await server.done;
  ws.remove();
});

const callAt = (base: string, path: string, init: RequestInit & { auth?: string | null } = {}) =>
  fetch(`${base}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.auth === null ? {} : { authorization: `Bearer ${init.auth ?? token}` }),
    },
  });
const call = (path: string, init: RequestInit & { auth?: string | null } = {}) => callAt(url, path, init);

function rawStatus(path: string): Promise<number> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port: Number(port), path, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function waitDone(
  base: string,
  planId: string,
): Promise<{ plan: { status: string }; subtasks: Array<{ result?: string; error?: string }> }> {
  for (let i = 0; i < 200; i++) {
    const status = (await (await callAt(base, `/v1/orchestrate/${planId}`)).json()) as {
      plan: { status: string };
      subtasks: Array<{ result?: string; error?: string }>;
    };
    if (!['planning', 'executing'].includes(status.plan.status)) return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`plan ${planId} did not end`);
}

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

describe('orchestrate serve under abuse', () => {
  it('refuses plan ids that are not ids (. and .. among them) instead of reading above the run', async () => {
    // Raw requests: fetch would resolve `.` and `..` segments in the URL before sending it.
    for (const id of ['.', '..', '%2E%2E', 'UPPER', 'a.b', '-x'])
      expect(await rawStatus(`/v1/orchestrate/${id}`), id).toBe(400);
    const status = await runCli(['status', '..'], { env: { ORCH_WORKSPACE: ws.path } });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain("Invalid plan id '..'");
  });

  it('answers 413 to an oversized body, 400 to an overlong task, and reads plan files only under its root', async () => {
    const huge = await call('/v1/orchestrate', {
      method: 'POST',
      body: JSON.stringify({ taskDescription: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    // 200 KiB in one task: once it travelled in an environment variable and failed with E2BIG.
    const long = await call('/v1/orchestrate', {
      method: 'POST',
      body: JSON.stringify({ taskDescription: `frontend:Build ${'the page '.repeat(20_000)}` }),
    });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: string }).error).toMatch(/4000/);
    // The server runs in this checkout, its plan root; a plan anywhere else on the host is refused.
    const outside = join(ws.path, 'secret-plan.md');
    writeFileSync(outside, '- [ ] read me\n');
    for (const taskDescription of [
      `execute ${outside}`,
      `execute "${outside}"`,
      'execute tasks from ../../etc/passwd.md',
    ]) {
      const r = await call('/v1/orchestrate', { method: 'POST', body: JSON.stringify({ taskDescription }) });
      expect(r.status, taskDescription).toBe(400);
      expect(((await r.json()) as { error: string }).error).toMatch(/outside/);
    }
  });

  it('answers 429 past the limit on plans at once, and accepts again once they end', async () => {
    const w = tempDir('orch-api-busy-');
    const busy = await serve(
      ['--max-plans', '2', '--agent', 'command', '--agent-command', 'sleep 2; echo done'],
      w.path,
    );
    try {
      const posts = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          callAt(busy.url, '/v1/orchestrate', {
            method: 'POST',
            body: JSON.stringify({ taskDescription: `frontend:Task ${i}` }),
          }),
        ),
      );
      const codes = posts.map((p) => p.status).sort();
      expect(codes.filter((c) => c === 202)).toHaveLength(2);
      expect(codes.filter((c) => c === 429)).toHaveLength(10);
      const refused = posts.find((p) => p.status === 429)!;
      expect(refused.headers.get('retry-after')).toBe('10');
      const accepted = await Promise.all(
        posts
          .filter((p) => p.status === 202)
          .map(async (p) => ((await p.json()) as { planId: string }).planId),
      );
      for (const planId of accepted) expect((await waitDone(busy.url, planId)).plan.status).toBe('completed');
      const again = await callAt(busy.url, '/v1/orchestrate', {
        method: 'POST',
        body: JSON.stringify({ taskDescription: 'frontend:One more' }),
      });
      expect(again.status).toBe(202);
      await waitDone(busy.url, ((await again.json()) as { planId: string }).planId);
    } finally {
      busy.process.kill('SIGTERM');
      await busy.process.done;
      w.remove();
    }
  });

  it.each([
    ['without a token', ''],
    ['with the token', `authorization: Bearer ${token}\r\n`],
  ])(
    'cuts off a client that trickles its body, %s',
    async (_, auth) => {
      const { port, hostname } = new URL(url);
      const started = Date.now();
      const closed = await new Promise<number>((resolve) => {
        const socket = connect(Number(port), hostname, () => {
          socket.write(
            `POST /v1/orchestrate HTTP/1.1\r\nhost: x\r\n${auth}content-type: application/json\r\ncontent-length: 1000\r\n\r\n{`,
          );
          const trickle = setInterval(() => socket.write(' '), 500);
          socket.on('close', () => {
            clearInterval(trickle);
            resolve(Date.now() - started);
          });
        });
        socket.on('error', () => undefined);
      });
      // The request timeout is 15 s; a trickling client would otherwise stay forever.
      expect(closed).toBeLessThan(25_000);
    },
    60_000,
  );
});
