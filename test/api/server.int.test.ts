/**
 * The REST API (`orchestrate serve`) as a real process, over real HTTP on 127.0.0.1: auth, validation,
 * malformed and oversized bodies, limits, plans at once. Every answer is checked against the server's own
 * OpenAPI description (support.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { Client, TOKEN, eventsOf, serve, type Server } from './support.js';

const ws = tempDir('orch-api-');
const cwd = join(ws.path, 'cwd');
let server: Server;
let api: Client;

beforeAll(async () => {
  mkdirSync(cwd);
  server = await serve(['--agent', 'command', '--agent-command', 'echo "did $ORCH_TASK_DESCRIPTION"'], {
    workspace: join(ws.path, 'ws'),
    cwd,
  });
  api = new Client(server.url);
});
afterAll(async () => {
  await server.stop();
  ws.remove();
});

function rawStatus(path: string, headers: Record<string, string> = {}): Promise<number> {
  const { port, hostname } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port: Number(port), path, headers: { authorization: `Bearer ${TOKEN}`, ...headers } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Sends a request as written and answers everything the server sends until it closes the connection. */
function rawRequest(text: string): Promise<string> {
  const { port, hostname } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let got = '';
    const socket = connect(Number(port), hostname, () => socket.write(text));
    socket.on('data', (d: Buffer) => (got += d.toString()));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
}

const PLAN_ROUTES = (id: string): Array<['GET' | 'POST', string]> => [
  ['GET', `/v1/orchestrate/${id}`],
  ['GET', `/v1/orchestrate/${id}/events`],
  ['POST', `/v1/orchestrate/${id}/cancel`],
  ['POST', `/v1/orchestrate/${id}/retry`],
  ['POST', `/v1/orchestrate/${id}/resume`],
];

describe('orchestrate serve', () => {
  it('refuses to start without ORCH_API_TOKEN', async () => {
    const r = await runCli(['serve', '--port', '0'], { env: { ORCH_API_TOKEN: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ORCH_API_TOKEN');
  });

  it('answers 401 to a missing or wrong token on every route and runs nothing; the description needs none', async () => {
    for (const client of [
      api.withToken(null),
      api.withToken('wrong-token-xyz'),
      api.withToken(`${TOKEN}x`),
    ]) {
      const post = await client.post('/v1/orchestrate', { taskDescription: 'frontend:A' });
      expect(post.status).toBe(401);
      expect(post.headers.get('www-authenticate')).toBe('Bearer');
      for (const [method, path] of PLAN_ROUTES('abc'))
        expect((await client.call(method, path)).status).toBe(401);
      const doc = await client.get<{ openapi: string }>('/v1/openapi.json');
      expect(doc.status).toBe(200);
      expect(doc.body.openapi).toBe('3.1.0');
    }
    expect(existsSync(join(ws.path, 'ws', 'runs'))).toBe(false);
  });

  it('plans, runs in the background, answers the status JSON and streams the whole event log', async () => {
    const post = await api.post<{ planId: string }>('/v1/orchestrate', {
      taskDescription: 'Build login UI, Create JWT API',
      maxSubtasks: 5,
    });
    expect(post.status).toBe(202);
    const { planId } = post.body;
    expect(planId).toMatch(/^[0-9a-f]{8}$/);
    // It answers from the moment its id is given out.
    expect(['planning', 'executing', 'completed']).toContain((await api.status(planId)).plan.status);
    expect(await api.waitEnded(planId)).toEqual({
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
    const { messages, ended } = await api.events(planId);
    expect(ended).toBe(true);
    expect(messages.at(-1)).toEqual({ event: 'end', data: { status: 'completed' } });
    const lines = readFileSync(join(ws.path, 'ws', 'runs', planId, 'event_log.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(messages.slice(0, -1).map((m) => m.id)).toEqual(lines.map((_, i) => String(i + 1)));
    expect(eventsOf(messages)).toEqual(lines.map((l) => JSON.parse(l) as unknown));
    expect(eventsOf(messages).filter((e) => e.type === 'task.completed')).toHaveLength(2);
    // An HTTP/1.0 client (no chunked encoding) reads the same stream, up to the connection's end.
    const old = await rawRequest(
      `GET /v1/orchestrate/${planId}/events HTTP/1.0\r\nauthorization: Bearer ${TOKEN}\r\n\r\n`,
    );
    expect(old).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(old).not.toMatch(/transfer-encoding/i);
    const oldMessages: unknown[] = [];
    const parser = createParser({
      onEvent: (m) => oldMessages.push({ id: m.id, event: m.event, data: JSON.parse(m.data) }),
    });
    parser.feed(old.slice(old.indexOf('\r\n\r\n') + 4));
    expect(oldMessages).toEqual(messages.map((m) => ({ id: m.id, event: m.event, data: m.data })));
    // The status of `orchestrate status` is the API's.
    const cli = await runCli(['status', planId, '--json'], { env: { ORCH_WORKSPACE: join(ws.path, 'ws') } });
    expect(JSON.parse(cli.stdout)).toEqual(await api.status(planId));
  });

  it('answers 400 with the reason to invalid input, and 404 to an unknown plan or route', async () => {
    const cyclic = await api.post<{ error: string }>('/v1/orchestrate', {
      taskDescription: '"a (id: a) (depends_on: b)" "b (id: b) (depends_on: a)"',
    });
    expect(cyclic.status).toBe(400);
    expect(cyclic.body.error).toContain('a -> b -> a');
    const cases: Array<[unknown, RegExp]> = [
      [{ maxSubtasks: 5 }, /taskDescription: .*expected string/],
      [{ taskDescription: '   ' }, /taskDescription: must not be empty/],
      [{ taskDescription: 'x', maxSubtasks: '5' }, /maxSubtasks: .*expected number/],
      [{ taskDescription: 'x', maxSubtasks: 0 }, /maxSubtasks: .*>=1/],
      [{ taskDescription: 'x', maxSubtask: 5 }, /maxSubtask/],
      [['frontend:A'], /expected object/],
    ];
    for (const [body, reason] of cases) {
      const r = await api.post<{ error: string }>('/v1/orchestrate', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error, JSON.stringify(body)).toMatch(reason);
    }
    for (const [method, path] of PLAN_ROUTES('ffffffff')) {
      const r = await api.call<{ error: string }>(method, path);
      expect(r.status, path).toBe(404);
      expect(r.body.error).toBe("no plan 'ffffffff'");
    }
    for (const [method, path] of PLAN_ROUTES('NotAnId')) {
      const r = await api.call<{ error: string }>(method, path);
      expect(r.status, path).toBe(400);
      expect(r.body.error).toMatch(/^planId: .*\(got 'NotAnId'\)$/);
    }
    const events = await api.call<{ error: string }>('GET', '/v1/orchestrate/ffffffff/events', {
      headers: { 'last-event-id': 'seven' },
    });
    expect(events.status).toBe(400);
    expect(events.body.error).toMatch(/last-event-id: .*\(got 'seven'\)/);
    expect(await rawStatus('/v1/nothing-here')).toBe(404);
  });

  it('answers 400 to malformed bodies and 415 to bodies that are not JSON, and runs nothing', async () => {
    const runs = join(ws.path, 'ws', 'runs');
    const count = () => (existsSync(runs) ? readdirSync(runs).length : 0);
    const before = count();
    const malformed: Array<[string, string, number]> = [
      ['{"taskDescription": "frontend:A"', 'application/json', 400],
      ['{"taskDescription": "frontend:A"}}', 'application/json', 400],
      ['', 'application/json', 400],
      ['{"__proto__": {"x": 1}, "taskDescription": "frontend:A"}', 'application/json', 400],
      ['taskDescription=frontend:A', 'application/x-www-form-urlencoded', 415],
      ['frontend:A', 'text/plain', 415],
    ];
    for (const [body, type, code] of malformed) {
      const r = await api.call<{ error: string }>('POST', '/v1/orchestrate', {
        body,
        headers: { 'content-type': type },
      });
      expect(r.status, body).toBe(code);
      expect(r.body.error.length, body).toBeGreaterThan(0);
    }
    // A POST without a body is fine where none is taken, even when it says it is JSON.
    expect(
      (
        await api.call('POST', '/v1/orchestrate/ffffffff/cancel', {
          body: '',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(404);
    expect(count()).toBe(before);
  });

  it('refuses plan ids that are not ids (. and .. among them) instead of reading above the run', async () => {
    // Raw requests: fetch would resolve `.` and `..` segments in the URL before sending it.
    for (const id of ['.', '..', '%2E%2E', 'UPPER', 'a.b', '-x']) {
      expect(await rawStatus(`/v1/orchestrate/${id}`), id).toBe(400);
      expect(await rawStatus(`/v1/orchestrate/${id}/events`), id).toBe(400);
    }
    const status = await runCli(['status', '..'], { env: { ORCH_WORKSPACE: ws.path } });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain("Invalid plan id '..'");
  });

  it('answers 413 to an oversized body, 400 to an overlong task, and reads plan files only under its root', async () => {
    const huge = await api.post('/v1/orchestrate', { taskDescription: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const hugeCancel = await api.post('/v1/orchestrate/ffffffff/cancel', {
      pad: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(hugeCancel.status).toBe(413);
    // 200 KiB in one task: once it travelled in an environment variable and failed with E2BIG.
    const long = await api.post<{ error: string }>('/v1/orchestrate', {
      taskDescription: `frontend:Build ${'the page '.repeat(20_000)}`,
    });
    expect(long.status).toBe(400);
    expect(long.body.error).toMatch(/4000/);
    // The server's plan root is its working directory; a plan anywhere else on the host is refused.
    const outside = join(ws.path, 'secret-plan.md');
    writeFileSync(outside, '- [ ] read me\n');
    for (const taskDescription of [
      `execute ${outside}`,
      `execute "${outside}"`,
      'execute tasks from ../../etc/passwd.md',
    ]) {
      const r = await api.post<{ error: string }>('/v1/orchestrate', { taskDescription });
      expect(r.status, taskDescription).toBe(400);
      expect(r.body.error).toMatch(/outside/);
    }
  });

  it('runs plans at once, each on its own: its own files, events and results', async () => {
    const w = tempDir('orch-api-many-');
    mkdirSync(join(w.path, 'cwd'));
    const many = await serve(
      [
        '--max-plans',
        '4',
        '--agent',
        'command',
        '--agent-command',
        'sleep 1; echo "$ORCH_PLAN_ID:$ORCH_TASK_DESCRIPTION"',
      ],
      { workspace: join(w.path, 'ws'), cwd: join(w.path, 'cwd') },
    );
    try {
      const client = new Client(many.url);
      const ids = await Promise.all(
        [0, 1, 2, 3].map((i) => client.submit(`frontend:Page ${i} | backend:API ${i}`)),
      );
      expect(new Set(ids).size).toBe(4);
      const ended = await Promise.all(ids.map((id) => client.waitEnded(id)));
      const streams = await Promise.all(ids.map((id) => client.events(id)));
      ids.forEach((id, i) => {
        expect(ended[i]!.plan.status).toBe('completed');
        expect(ended[i]!.subtasks.map((s) => s.result)).toEqual([`${id}:Page ${i}`, `${id}:API ${i}`]);
        const events = eventsOf(streams[i]!.messages);
        expect(events.every((e) => e.planId === id)).toBe(true);
        expect(events.filter((e) => e.type === 'task.completed')).toHaveLength(2);
      });
      // They ran at the same time: every plan started a subtask before any plan ended.
      const times = (type: string) =>
        streams.flatMap((s) =>
          eventsOf(s.messages)
            .filter((e) => e.type === type)
            .map((e) => Date.parse(String(e.ts))),
        );
      expect(Math.max(...times('task.started'))).toBeLessThan(Math.min(...times('plan.completed')));
    } finally {
      await many.stop();
      w.remove();
    }
  });

  it('records a plan whose planning failed as failed, with the reason, and plans it again on retry', async () => {
    const w = tempDir('orch-api-planner-');
    mkdirSync(join(w.path, 'cwd'));
    // The LLM planner needs the opencode agent: with the command agent, planning fails after the answer.
    const failing = await serve(['--planner', 'llm', '--agent', 'command', '--agent-command', 'echo hi'], {
      workspace: join(w.path, 'ws'),
      cwd: join(w.path, 'cwd'),
    });
    try {
      const client = new Client(failing.url);
      const planId = await client.submit('Research three competitors and write a comparison');
      const failed = await client.waitEnded(planId);
      expect(failed).toEqual({
        plan: {
          id: planId,
          status: 'failed',
          taskDescription: 'Research three competitors and write a comparison',
        },
        subtasks: [],
        error: expect.stringContaining('need the opencode agent') as unknown as string,
      });
      // No event was logged: the stream says how it ended, and ends.
      expect((await client.events(planId)).messages).toEqual([{ event: 'end', data: { status: 'failed' } }]);
      expect((await client.post(`/v1/orchestrate/${planId}/resume`)).status).toBe(409);
      const retry = await client.post(`/v1/orchestrate/${planId}/retry`);
      expect(retry.status).toBe(202);
      const again = await client.waitEnded(planId);
      expect(again.plan.status).toBe('failed');
      expect(again.error).toContain('need the opencode agent');
      expect(failing.stderr().match(/need the opencode agent/g)).toHaveLength(2);
    } finally {
      await failing.stop();
      w.remove();
    }
  });

  it('answers 429 past the limit on plans at once, and accepts again once they end', async () => {
    const w = tempDir('orch-api-busy-');
    mkdirSync(join(w.path, 'cwd'));
    const busy = await serve(
      ['--max-plans', '2', '--agent', 'command', '--agent-command', 'sleep 2; echo done'],
      {
        workspace: join(w.path, 'ws'),
        cwd: join(w.path, 'cwd'),
      },
    );
    try {
      const client = new Client(busy.url);
      const posts = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          client.post<{ planId: string }>('/v1/orchestrate', { taskDescription: `frontend:Task ${i}` }),
        ),
      );
      const codes = posts.map((p) => p.status).sort();
      expect(codes.filter((c) => c === 202)).toHaveLength(2);
      expect(codes.filter((c) => c === 429)).toHaveLength(10);
      const refused = posts.find((p) => p.status === 429)!;
      expect(refused.headers.get('retry-after')).toBe('10');
      const accepted = posts.filter((p) => p.status === 202).map((p) => p.body.planId);
      for (const planId of accepted) expect((await client.waitEnded(planId)).plan.status).toBe('completed');
      const again = await client.submit('frontend:One more');
      await client.waitEnded(again);
    } finally {
      await busy.stop();
      w.remove();
    }
  });

  it.each([
    ['without a token', ''],
    ['with the token', `authorization: Bearer ${TOKEN}\r\n`],
  ])(
    'cuts off a client that trickles its body, %s',
    async (_, auth) => {
      const { port, hostname } = new URL(server.url);
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
