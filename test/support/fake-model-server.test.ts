import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { opencodeTestEnv, startFakeModelServer, type FakeModelServer } from './fake-model-server.js';

const TOOLS = [{ type: 'function', function: { name: 'write', parameters: {} } }];

interface Chunk {
  object: string;
  choices: { index: number; delta: Record<string, unknown>; finish_reason: string | null }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

describe('fake model server', () => {
  let server: FakeModelServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function chat(body: Record<string, unknown>, signal?: AbortSignal) {
    if (!server) throw new Error('no server');
    return fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'fake-model', stream: true, ...body }),
      signal,
    });
  }

  async function stream(body: Record<string, unknown>) {
    const response = await chat(body);
    const text = await response.text();
    const data = text
      .split('\n\n')
      .filter(Boolean)
      .map((event) => event.replace(/^data: /, ''));
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = data.slice(0, -1).map((line) => JSON.parse(line) as Chunk);
    const deltas = chunks.map((c) => c.choices[0]?.delta ?? {});
    return {
      response,
      chunks,
      text: deltas.map((d) => (typeof d.content === 'string' ? d.content : '')).join(''),
      toolCalls: deltas.flatMap((d) => (Array.isArray(d.tool_calls) ? (d.tool_calls as unknown[]) : [])),
      finish: chunks.at(-1)?.choices[0]?.finish_reason,
      usage: chunks.at(-1)?.usage,
    };
  }

  const user = (text: string) => ({
    messages: [
      { role: 'system', content: 'sys' },
      { role: 'user', content: text },
    ],
    tools: TOOLS,
  });

  it('lists its model and binds 127.0.0.1 only', async () => {
    server = await startFakeModelServer();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const models = (await (await fetch(`${server.url}/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((m) => m.id)).toEqual(['fake-model']);
  });

  it('streams a reply as chat.completion.chunk events with usage on the last one', async () => {
    server = await startFakeModelServer();
    const reply = await stream(
      user('Hi [[reply: Hello there, this is a longer reply\\nover two lines]] [[tokens: 5000/42]]'),
    );
    expect(reply.response.headers.get('content-type')).toBe('text/event-stream');
    expect(reply.chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(reply.chunks.length).toBeGreaterThan(3);
    expect(reply.text).toBe('Hello there, this is a longer reply\nover two lines');
    expect(reply.finish).toBe('stop');
    expect(reply.usage).toEqual({ prompt_tokens: 5000, completion_tokens: 42, total_tokens: 5042 });
    expect(server.requests.agent()).toHaveLength(1);
    expect(server.requests.agent()[0]?.prompt).toContain('[[reply:');
  });

  it('calls tools on the first turn and answers text after the tool results', async () => {
    server = await startFakeModelServer();
    const first = await stream(user('[[write: a/b.txt | one\\ntwo]] [[bash: ls -la]] [[reply: wrote it]]'));
    expect(first.finish).toBe('tool_calls');
    expect(first.toolCalls).toEqual([
      {
        index: 0,
        id: expect.stringMatching(/^call_/) as string,
        type: 'function',
        function: { name: 'write', arguments: JSON.stringify({ filePath: 'a/b.txt', content: 'one\ntwo' }) },
      },
      expect.objectContaining({ index: 1, function: expect.objectContaining({ name: 'bash' }) as object }),
    ]);
    const followUp = user('[[write: a/b.txt | one]] [[reply: wrote it]]');
    followUp.messages.push({ role: 'assistant', content: '' }, { role: 'tool', content: 'ok' });
    const second = await stream(followUp);
    expect(second.text).toBe('wrote it');
    expect(server.requests.agent().map((r) => r.followUp)).toEqual([false, true]);
  });

  it('answers title requests (no tools) without consuming the queue', async () => {
    server = await startFakeModelServer();
    server.enqueue({ text: 'queued' });
    const title = await stream({ messages: [{ role: 'user', content: 'Generate a title [[reply: nope]]' }] });
    expect(title.text).toBe('Fake title');
    expect((await stream(user('[[reply: markers]]'))).text).toBe('queued');
    expect((await stream(user('[[reply: markers]]'))).text).toBe('markers');
    expect(server.requests.title()).toHaveLength(1);
  });

  it('reads a reply from a file, and lets a scripted handler decide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orch-fake-'));
    try {
      const file = join(dir, 'plan.json');
      writeFileSync(file, '[{"description":"x","agent":"backend","dependencies":[]}]');
      server = await startFakeModelServer();
      expect((await stream(user(`[[reply-file: ${file}]]`))).text).toBe(
        '[{"description":"x","agent":"backend","dependencies":[]}]',
      );
      server.script((_request, ctx) =>
        ctx.prompt.includes('custom') ? { text: `turn ${ctx.turn}` } : undefined,
      );
      expect((await stream(user('custom'))).text).toBe('turn 0');
      expect((await stream(user('[[reply: fallback]]'))).text).toBe('fallback');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 400 with an OpenAI-style error', async () => {
    server = await startFakeModelServer();
    const response = await chat(user('[[error400: no such thing]]'));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { message: 'no such thing', type: 'invalid_request_error', code: null },
    });
  });

  it('answers without streaming when asked', async () => {
    server = await startFakeModelServer();
    const response = await chat({ ...user('[[reply: whole]]'), stream: false });
    const body = (await response.json()) as { object: string; choices: { message: { content: string } }[] };
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.message.content).toBe('whole');
  });

  it('delays, and hangs until closed', async () => {
    server = await startFakeModelServer();
    const started = Date.now();
    await stream(user('[[delay: 300]] [[reply: late]]'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    const hanging = chat(user('[[hang]]'));
    await server.waitForAgentRequests(2, 5000);
    const closing = server.close();
    await expect(hanging).rejects.toThrow();
    await closing;
  });
});

describe('opencodeTestEnv', () => {
  it('isolates every directory under the base and configures the fake provider', () => {
    const base = mkdtempSync(join(tmpdir(), 'orch-fake-env-'));
    try {
      const env = opencodeTestEnv('http://127.0.0.1:1/v1', base, { cost: { input: 1, output: 2 } });
      for (const key of [
        'HOME',
        'XDG_CONFIG_HOME',
        'XDG_DATA_HOME',
        'XDG_CACHE_HOME',
        'XDG_STATE_HOME',
        'TMPDIR',
      ]) {
        expect(env[key]?.startsWith(base)).toBe(true);
      }
      expect(env).toMatchObject({
        OPENCODE_DISABLE_MODELS_FETCH: '1',
        npm_config_offline: 'true',
        OPENCODE_DISABLE_FFF: '1',
      });
      const config = JSON.parse(env.OPENCODE_CONFIG_CONTENT ?? '{}') as {
        model: string;
        provider: { fake: { options: { baseURL: string }; models: Record<string, { cost?: unknown }> } };
        permission: Record<string, string>;
      };
      expect(config.model).toBe('fake/fake-model');
      expect(config.provider.fake.options.baseURL).toBe('http://127.0.0.1:1/v1');
      expect(config.provider.fake.models['fake-model']?.cost).toEqual({ input: 1, output: 2 });
      expect(config.permission).toMatchObject({ edit: 'allow', bash: 'allow' });
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
