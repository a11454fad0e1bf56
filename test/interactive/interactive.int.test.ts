/**
 * Interactive mode end to end: the real OpenCode (a long-lived server per worker, in the sandbox, tmux on,
 * in a git repository) whose scripted model asks before it works; the orchestrator answers as the user
 * (the LLM answerer is a model request of its own, told apart by its system prompt) or by its fixed
 * policy, into the same session, until the agent finishes or asks past the turn limit.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { orchestrate } from '../../src/engine/orchestrate.js';
import type { OrchestrateOptions } from '../../src/engine/options.js';
import { CARRY_ON, PROCEED_ANSWER } from '../../src/interactive/answer-prompt.js';
import { probeSandbox } from '../../src/runtime/sandbox.js';
import type {
  ChatRequest,
  FakeModelServer,
  FakeReply,
  HandlerContext,
} from '../support/fake-model-server.js';
import { opencodeTestEnv, startFakeModelServer } from '../support/fake-model-server.js';
import { tempDir } from '../support/cli.js';
import {
  askingWorker,
  gitRepo as makeRepo,
  isAnswerer,
  messageText,
  opencodeRunOptions,
  readEventLog,
} from '../support/opencode-run.js';

let server: FakeModelServer;
const base = tempDir('orch-interactive-');
let env: Record<string, string>;
let answererReplies: FakeReply[] = [];

const text = messageText;

/** Workers ask first (askingWorker); the answerer answers from its queue. */
function handler(request: ChatRequest, ctx: HandlerContext): FakeReply | undefined {
  if (ctx.kind === 'title') return undefined;
  if (isAnswerer(request)) return answererReplies.shift() ?? { text: 'Go with option A.' };
  return askingWorker(request, ctx);
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
beforeEach(() => {
  answererReplies = [];
});

const options = (extra: Partial<OrchestrateOptions> = {}) =>
  opencodeRunOptions(env, { timeoutMs: 120_000, ...extra });

const gitRepo = () => makeRepo(base.path);

const eventLog = readEventLog;

/** The user messages the worker's model saw after its prompt: the answers that went into its session. */
const answersSeenBy = (marker: string) =>
  server.requests
    .agent()
    .filter(
      (r) => !isAnswerer(r.body!) && text(r.body!.messages.find((m) => m.role === 'user')).includes(marker),
    )
    .map((r) =>
      r
        .body!.messages.filter((m) => m.role === 'user')
        .slice(1)
        .map(text),
    )
    .reduce((longest, next) => (next.length > longest.length ? next : longest), [] as string[]);

describe('interactive mode', () => {
  it('answers a question with the LLM acting as the user, in the same session, until the worker completes', async () => {
    const repo = gitRepo();
    answererReplies = [{ text: 'Go with option A: it keeps the API simple.' }];
    const result = await orchestrate(
      'backend:Build the session store (id: store) [[ask: Should I proceed with option A or B?]] [[write: store.ts]] [[reply: Built the store with option A.]]',
      options({ cwd: repo }),
    );
    const [store] = result.subtasks;
    expect(store!.status, store!.error ?? '').toBe('completed');
    expect(store!.result).toBe('Built the store with option A.');
    expect(store!.exchanges).toEqual([
      {
        turn: 1,
        question: 'Should I proceed with option A or B?',
        answer: 'Go with option A: it keeps the API simple.',
        by: 'llm',
      },
    ]);
    expect(store!.details?.turns).toBe(2);
    // The answer went into the same session: the worker's next request carries its prompt, its question and
    // the answer, with the request to carry on.
    const answers = answersSeenBy('Build the session store');
    expect(answers).toEqual([`Go with option A: it keeps the API simple.\n\n${CARRY_ON}`]);
    // The answerer was asked with the plan's goal and the question in view.
    const asked = server.requests
      .agent()
      .filter((r) => isAnswerer(r.body!))
      .at(-1)!;
    expect(asked.prompt).toContain('The goal of the whole request:');
    expect(asked.prompt).toContain('Build the session store');
    expect(asked.prompt).toContain('Should I proceed with option A or B?');
    // The work after the answer is in the worker's branch.
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, encoding: 'utf8' });
    expect(git('ls-tree', '--name-only', `orchestrate/${result.planId}/backend`)).toContain('store.ts');
    // The event log: the worker stopped with its question, then the question and its answer.
    const events = eventLog(result.runDir);
    const stopped = events.find((e) => e.type === 'worker.stopped' && e.reason === 'question');
    expect(stopped).toMatchObject({
      worker: 'omo-worker-backend',
      domain: 'backend',
      taskId: 'store',
      lastOutput: 'Should I proceed with option A or B?',
    });
    const question = events.find((e) => e.type === 'task.question');
    expect(question).toMatchObject({
      taskId: 'store',
      worker: 'omo-worker-backend',
      turn: 1,
      question: 'Should I proceed with option A or B?',
      answer: 'Go with option A: it keeps the API simple.',
      by: 'llm',
    });
    const order = events.map((e) => e.type);
    expect(order.indexOf('worker.stopped')).toBeLessThan(order.indexOf('task.question'));
    expect(order.indexOf('task.question')).toBeLessThan(order.indexOf('task.completed'));
    // The answerer's own exchange is kept with the run's files, like the planner's.
    expect(readFileSync(join(result.runDir, 'answerer', 'store-1.answer.txt'), 'utf8')).toBe(
      'Go with option A: it keeps the API simple.',
    );
  });

  it('fails the subtask, saying so, when the agent is still asking past the turn limit', async () => {
    const result = await orchestrate(
      'backend:Pick a database (id: db) [[ask: Postgres or SQLite?]] [[ask: Which version?]] [[ask: Which port?]] [[reply: never]]',
      options({ cwd: base.path, maxTurns: 2, answer: 'proceed' }),
    );
    const [db] = result.subtasks;
    expect(db!.status).toBe('failed');
    expect(db!.error).toBe('the agent was still asking after 2 answers (the turn limit): Which port?');
    expect(db!.exchanges?.map((e) => e.question)).toEqual(['Postgres or SQLite?', 'Which version?']);
    const stops = eventLog(result.runDir).filter(
      (e) => e.type === 'worker.stopped' && e.reason === 'question',
    );
    expect(stops).toHaveLength(3);
  });

  it('answers with the fixed policy, asking no model, when told to', async () => {
    const before = server.requests.agent().filter((r) => isAnswerer(r.body!)).length;
    const result = await orchestrate(
      'frontend:Design the form (id: form) [[ask: Here is my plan: 1. fields 2. validation. Does this plan look good?]] [[reply: Form designed.]]',
      options({ cwd: base.path, answer: 'proceed' }),
    );
    const [form] = result.subtasks;
    expect(form!.status, form!.error ?? '').toBe('completed');
    expect(form!.result).toBe('Form designed.');
    expect(form!.exchanges).toEqual([
      {
        turn: 1,
        question: expect.stringContaining('Does this plan look good?'),
        answer: PROCEED_ANSWER,
        by: 'policy',
      },
    ]);
    expect(server.requests.agent().filter((r) => isAnswerer(r.body!)).length).toBe(before);
  });

  it('answers with the fixed policy, saying why, when the LLM answerer cannot answer', async () => {
    // Every request of the answerer fails (however often OpenCode retries it); the worker must not wait.
    const failure: FakeReply = {
      error: { status: 400, message: 'answerer model unavailable', type: 'invalid_request_error' },
    };
    answererReplies = Array.from({ length: 10 }, () => failure);
    const result = await orchestrate(
      'backend:Add the cache (id: cache) [[ask: Redis or an in-process cache?]] [[reply: Cache added.]]',
      options({ cwd: base.path }),
    );
    const [cache] = result.subtasks;
    expect(cache!.status, cache!.error ?? '').toBe('completed');
    expect(cache!.result).toBe('Cache added.');
    expect(cache!.exchanges).toEqual([
      { turn: 1, question: 'Redis or an in-process cache?', answer: PROCEED_ANSWER, by: 'policy' },
    ]);
    expect(server.requests.agent().some((r) => isAnswerer(r.body!))).toBe(true);
    const notes = eventLog(result.runDir).filter(
      (e) => e.type === 'log' && e.taskId === 'cache' && e.message.includes('LLM answerer could not answer'),
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ message: expect.stringContaining('answered with the fixed policy') });
  });

  it('leaves a worker that does not ask alone: one turn, no exchanges', async () => {
    const result = await orchestrate(
      'general:Say done (id: d) [[reply: All done.]]',
      options({ cwd: base.path }),
    );
    const [d] = result.subtasks;
    expect(d!.status).toBe('completed');
    expect(d!.exchanges).toBeUndefined();
    expect(d!.details?.turns).toBe(1);
    expect(eventLog(result.runDir).some((e) => e.type === 'task.question')).toBe(false);
  });
});
