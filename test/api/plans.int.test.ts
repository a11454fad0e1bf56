/**
 * Plans over the REST API through their life, with the real CLI process (`orchestrate serve`), tmux, the
 * sandbox and git: the event stream live and across a reconnect, cancel, retry of only what failed, and a
 * server killed mid-plan, started again, and the plan resumed with no event lost. Every answer is checked
 * against the server's OpenAPI description (support.ts). Files the command agent writes are outside /tmp,
 * which sandboxed workers have to themselves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedTempDir } from '../support/cli.js';
import { Client, eventsOf, serve, sleep, type Message, type Server } from './support.js';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A git repository for the server to work in, a workspace, and a folder for markers; removed after. */
function project() {
  const d = sharedTempDir('orch-api-plans-');
  cleanups.push(() => d.remove());
  const repo = join(d.path, 'repo');
  mkdirSync(repo);
  writeFileSync(join(repo, 'README.md'), '# app\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
  return { dir: d.path, repo, workspace: join(d.path, 'ws') };
}

async function start(
  p: ReturnType<typeof project>,
  command: string,
): Promise<{ server: Server; api: Client }> {
  const server = await serve(['--agent', 'command', '--agent-command', command], {
    workspace: p.workspace,
    cwd: p.repo,
  });
  cleanups.push(() => server.stop());
  return { server, api: new Client(server.url) };
}

const logLines = (p: ReturnType<typeof project>, planId: string) =>
  readFileSync(join(p.workspace, 'runs', planId, 'event_log.jsonl'), 'utf8')
    .trim()
    .split('\n');

/** Messages from streams read one after the other are the whole log: ids 1…n once each, data the lines. */
function expectWholeLog(messages: Message[], lines: string[]): void {
  const events = messages.filter((m) => m.event !== 'end');
  expect(events.map((m) => m.id)).toEqual(lines.map((_, i) => String(i + 1)));
  expect(events.map((m) => m.data)).toEqual(lines.map((l) => JSON.parse(l) as unknown));
}

const has = (type: string, taskId?: string) => (messages: Message[]) =>
  eventsOf(messages).some((e) => e.type === type && (taskId === undefined || e.taskId === taskId));

describe('the event stream', () => {
  it('streams a plan live, and a client that reconnects with Last-Event-ID gets the rest once', async () => {
    const p = project();
    const { api } = await start(p, 'sleep 0.3; echo "did $ORCH_TASK_ID"');
    const planId = await api.submit(
      'frontend:A (id: a) | backend:B (id: b) (depends_on: a) | testing:C (id: c) (depends_on: b) | database:D (id: d) (depends_on: c)',
    );
    const first = await api.events(planId, { stopWhen: has('task.completed', 'a') });
    expect(first.ended).toBe(false);
    // Received live: the plan was still running when this client went away.
    expect(has('plan.completed')(first.messages)).toBe(false);
    const rest = await api.events(planId, { lastEventId: first.messages.at(-1)!.id });
    expect(rest.ended).toBe(true);
    expect(rest.messages.at(-1)).toEqual({ event: 'end', data: { status: 'completed' } });
    expectWholeLog([...first.messages, ...rest.messages], logLines(p, planId));
    const order = eventsOf([...first.messages, ...rest.messages])
      .filter((e) => e.type === 'task.completed')
      .map((e) => e.taskId);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    // A client that has everything gets the end at once.
    const all = rest.messages.at(-2)!.id!;
    expect((await api.events(planId, { lastEventId: all })).messages).toEqual([
      { event: 'end', data: { status: 'completed' } },
    ]);
  });
});

describe('cancel', () => {
  it('stops a running plan of this server; it cannot be taken up while it runs, nor cancelled twice', async () => {
    const p = project();
    const marker = `sleep 301.${process.pid}`;
    const { api } = await start(
      p,
      `if [ "$ORCH_TASK_ID" = slow ]; then ${marker}; fi; echo "did $ORCH_TASK_ID"`,
    );
    const planId = await api.submit('frontend:Quick (id: quick) | backend:Slow (id: slow)');
    const watching = api.events(planId);
    for (
      let i = 0;
      i < 100 && !(await api.status(planId)).subtasks.some((s) => s.id === 'slow' && s.status === 'running');
      i++
    )
      await sleep(100);
    for (const how of ['retry', 'resume']) {
      const r = await api.post<{ error: string }>(`/v1/orchestrate/${planId}/${how}`);
      expect(r.status, how).toBe(409);
      expect(r.body.error).toContain('is running');
    }
    // Anchored: the server's own command line holds the marker too.
    const slowProcess = ['-f', `^${marker.replace('.', '\\.')}$`];
    expect(execFileSync('pgrep', slowProcess, { encoding: 'utf8' })).toMatch(/^\d+/);
    const cancel = await api.post(`/v1/orchestrate/${planId}/cancel`);
    expect(cancel.status).toBe(202);
    expect(cancel.body).toEqual({ planId });
    const { messages, ended } = await watching;
    expect(ended).toBe(true);
    expect(messages.at(-1)).toEqual({ event: 'end', data: { status: 'cancelled' } });
    const status = await api.status(planId);
    expect(status.plan.status).toBe('cancelled');
    expect(status.subtasks.map((s) => [s.id, s.status])).toEqual([
      ['quick', 'completed'],
      ['slow', 'cancelled'],
    ]);
    const twice = await api.post<{ error: string }>(`/v1/orchestrate/${planId}/cancel`);
    expect(twice.status).toBe(409);
    expect(twice.body.error).toBe(`plan '${planId}' is cancelled, not running`);
    // Nothing of it is left running.
    expect(() => execFileSync('pgrep', slowProcess)).toThrow();
  });
});

describe('retry', () => {
  it('runs again only the failed part of a plan once it is fixed; the completed part keeps its results', async () => {
    const p = project();
    const calls = join(p.dir, 'calls');
    const fixed = join(p.dir, 'fixed');
    const { api } = await start(
      p,
      [
        `echo "$ORCH_TASK_ID" >> ${calls}`,
        `if [ "$ORCH_TASK_ID" = b ] && [ ! -e ${fixed} ]; then echo broken >&2; exit 3; fi`,
        'echo "$ORCH_TASK_ID" > "$ORCH_TASK_ID.txt"',
        'echo "did $ORCH_TASK_ID"',
      ].join('; '),
    );
    const planId = await api.submit(
      'frontend:Make A (id: a) | backend:Make B (id: b) (depends_on: a) | testing:Make C (id: c) (depends_on: b) | database:Make D (id: d)',
    );
    const failed = await api.waitEnded(planId);
    expect(failed.plan.status).toBe('failed');
    expect(failed.subtasks.map((s) => [s.id, s.status])).toEqual([
      ['a', 'completed'],
      ['b', 'failed'],
      ['c', 'skipped'],
      ['d', 'completed'],
    ]);
    const firstLines = logLines(p, planId);

    writeFileSync(fixed, '');
    const retry = await api.post(`/v1/orchestrate/${planId}/retry`);
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual({ planId });
    const done = await api.waitEnded(planId);
    expect(done.plan.status).toBe('completed');
    expect(done.subtasks.map((s) => [s.id, s.status, s.result])).toEqual([
      ['a', 'completed', 'did a'],
      ['b', 'completed', 'did b'],
      ['c', 'completed', 'did c'],
      ['d', 'completed', 'did d'],
    ]);
    // The completed subtasks were not run again.
    expect(readFileSync(calls, 'utf8').trim().split('\n').sort()).toEqual(['a', 'b', 'b', 'c', 'd']);
    // One log for the plan, numbered on: the retry's events follow the first run's.
    const { messages } = await api.events(planId);
    const lines = logLines(p, planId);
    expectWholeLog(messages, lines);
    expect(lines.slice(0, firstLines.length)).toEqual(firstLines);
    const created = eventsOf(messages).filter((e) => e.type === 'plan.created');
    expect(created.map((e) => e.kept)).toEqual([undefined, ['a', 'd']]);
    // A completed plan has nothing to run again; a plan that ended is not resumed.
    const again = await api.post<{ error: string }>(`/v1/orchestrate/${planId}/retry`);
    expect(again.status).toBe(409);
    expect(again.body.error).toContain('nothing to run again');
    const resume = await api.post<{ error: string }>(`/v1/orchestrate/${planId}/resume`);
    expect(resume.status).toBe(409);
    expect(resume.body.error).toContain('not interrupted');
  });
});

describe('a server killed mid-plan', () => {
  it('is started again: the plan reads interrupted, streams what it had, resumes, and loses no event', async () => {
    const p = project();
    const gate = join(p.dir, 'gate');
    // a ends at once; b waits for the gate, so the server is killed while b runs.
    const command = `if [ "$ORCH_TASK_ID" = b ]; then while [ ! -e ${gate} ]; do sleep 0.1; done; fi; echo "did $ORCH_TASK_ID"`;
    const first = await start(p, command);
    const planId = await first.api.submit('frontend:Make A (id: a) | backend:Make B (id: b)');
    const before = await first.api.events(planId, { stopWhen: has('task.completed', 'a') });
    for (
      let i = 0;
      i < 100 &&
      !(await first.api.status(planId)).subtasks.some((s) => s.id === 'b' && s.status === 'running');
      i++
    )
      await sleep(100);
    first.server.process.kill('SIGKILL');
    await first.server.process.done;
    const record = join(p.workspace, 'active', `${planId}.json`);
    expect(existsSync(record)).toBe(true);

    const second = await start(p, command);
    // It cleaned up after the dead server's run on start.
    expect(existsSync(record)).toBe(false);
    expect(second.server.stderr()).toContain(`status of plan ${planId}: interrupted`);
    const interrupted = await second.api.status(planId);
    expect(interrupted.plan.status).toBe('interrupted');
    expect(interrupted.subtasks.map((s) => [s.id, s.status])).toEqual([
      ['a', 'completed'],
      ['b', 'cancelled'],
    ]);
    // The stream of an interrupted plan ends: nothing runs it.
    const whileDown = await second.api.events(planId, { lastEventId: before.messages.at(-1)!.id });
    expect(whileDown.messages.at(-1)).toEqual({ event: 'end', data: { status: 'interrupted' } });
    expect(has('plan.completed')(whileDown.messages)).toBe(false);

    writeFileSync(gate, '');
    const resume = await second.api.post(`/v1/orchestrate/${planId}/resume`);
    expect(resume.status).toBe(202);
    // The client that was watching before the kill reconnects with the last id it had.
    const after = await second.api.events(planId, { lastEventId: before.messages.at(-1)!.id });
    expect(after.messages.at(-1)).toEqual({ event: 'end', data: { status: 'completed' } });
    expectWholeLog([...before.messages, ...after.messages], logLines(p, planId));
    const done = await second.api.status(planId);
    expect(done.subtasks.map((s) => [s.id, s.status, s.result])).toEqual([
      ['a', 'completed', 'did a'],
      ['b', 'completed', 'did b'],
    ]);
    expect(eventsOf(after.messages).find((e) => e.type === 'plan.created')?.kept).toEqual(['a']);
  });
});
