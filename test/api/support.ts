/**
 * `orchestrate serve` as a real process, and a client of it over real HTTP on 127.0.0.1 that holds every
 * answer it receives to the server's own OpenAPI description (JSON bodies, and each message of an event
 * stream, parsed by eventsource-parser as any EventSource client would).
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { expect } from 'vitest';
import { spawnCli } from '../support/cli.js';
import { ApiDescription } from './openapi-check.js';

export const TOKEN = 'test-token-123';

export interface Server {
  process: ReturnType<typeof spawnCli>;
  url: string;
  /** Everything it wrote on stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts `orchestrate serve` on a free port; resolves once it listens. */
export async function serve(
  args: string[],
  options: { workspace: string; cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<Server> {
  const child = spawnCli(['serve', '--port', '0', ...args], {
    cwd: options.cwd,
    env: { ORCH_API_TOKEN: TOKEN, ORCH_WORKSPACE: options.workspace, ...options.env },
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('close', () => reject(new Error(`server exited: ${stderr}`)));
  });
  return {
    process: child,
    url,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await child.done;
    },
  };
}

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Message {
  id?: string;
  event?: string;
  data: unknown;
}

export interface Status {
  plan: { id: string; status: string; taskDescription: string };
  subtasks: Array<{ id: string; status: string; result?: string; error?: string }>;
  error?: string;
}

let description: ApiDescription | undefined;

export class Client {
  constructor(
    readonly base: string,
    private readonly token: string | null = TOKEN,
  ) {}

  withToken(token: string | null): Client {
    return new Client(this.base, token);
  }

  /** One request; its answer is checked against the description before it is returned. */
  async call<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    init: { json?: unknown; body?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer<T>> {
    const api = await this.description();
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token === null ? {} : { authorization: `Bearer ${this.token}` }),
        ...init.headers,
      },
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    const body = type.startsWith('application/json') ? (JSON.parse(text) as T) : (text as T);
    expect(api.checkResponse(method, path, res.status, type, body)).toEqual([]);
    return { status: res.status, headers: res.headers, body };
  }

  get = <T = unknown>(path: string) => this.call<T>('GET', path);
  post = <T = unknown>(path: string, json?: unknown) =>
    this.call<T>('POST', path, json === undefined ? {} : { json });

  async submit(taskDescription: string): Promise<string> {
    const r = await this.post<{ planId: string }>('/v1/orchestrate', { taskDescription });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    return r.body.planId;
  }

  status(planId: string): Promise<Status> {
    return this.get<Status>(`/v1/orchestrate/${planId}`).then((r) => {
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    });
  }

  /** Polls the status until the plan is no longer planning or executing. */
  async waitEnded(planId: string, ms = 60_000): Promise<Status> {
    const until = Date.now() + ms;
    for (;;) {
      const status = await this.status(planId);
      if (!['planning', 'executing'].includes(status.plan.status)) return status;
      if (Date.now() > until) throw new Error(`plan ${planId} still ${status.plan.status}`);
      await sleep(100);
    }
  }

  /**
   * Reads the plan's event stream until it ends, or until `stopWhen` says so (then the client goes away, as
   * a dropped connection would). Every message is checked against the description.
   */
  async events(
    planId: string,
    options: { lastEventId?: string; stopWhen?: (messages: Message[]) => boolean } = {},
  ): Promise<{ messages: Message[]; ended: boolean }> {
    const api = await this.description();
    const path = `/v1/orchestrate/${planId}/events`;
    const abort = new AbortController();
    const res = await fetch(`${this.base}${path}`, {
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(options.lastEventId !== undefined ? { 'last-event-id': options.lastEventId } : {}),
      },
      signal: abort.signal,
    });
    const type = res.headers.get('content-type') ?? '';
    if (!type.startsWith('text/event-stream')) {
      const body = (await res.json()) as unknown;
      expect(api.checkResponse('GET', path, res.status, type, body)).toEqual([]);
      throw new Error(`no event stream: ${res.status} ${JSON.stringify(body)}`);
    }
    expect(api.checkResponse('GET', path, res.status, type, '')).toEqual([]);
    const messages: Message[] = [];
    let stop = false;
    const parser = createParser({
      onEvent: (m: EventSourceMessage) => {
        const data = JSON.parse(m.data) as unknown;
        expect(api.checkSchema(m.event === 'end' ? 'StreamEnd' : 'Event', data)).toEqual([]);
        messages.push({
          ...(m.id !== undefined ? { id: m.id } : {}),
          ...(m.event ? { event: m.event } : {}),
          data,
        });
        if (options.stopWhen?.(messages)) stop = true;
      },
    });
    const decoder = new TextDecoder();
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      if (stop) {
        abort.abort();
        await reader.cancel().catch(() => undefined);
        return { messages, ended: false };
      }
    }
    return { messages, ended: messages.at(-1)?.event === 'end' };
  }

  private async description(): Promise<ApiDescription> {
    if (!description) {
      const res = await fetch(`${this.base}/v1/openapi.json`);
      expect(res.status).toBe(200);
      description = new ApiDescription((await res.json()) as Record<string, unknown>);
      // The description describes itself too.
      expect(
        description.checkResponse(
          'GET',
          '/v1/openapi.json',
          200,
          res.headers.get('content-type') ?? '',
          description.doc,
        ),
      ).toEqual([]);
    }
    return description;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The events of a stream's messages (its `end` left out). */
export function eventsOf(
  messages: Message[],
): Array<{ type: string; taskId?: string; [k: string]: unknown }> {
  return messages.filter((m) => m.event !== 'end').map((m) => m.data as { type: string; taskId?: string });
}
