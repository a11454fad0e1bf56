/**
 * The fleet of the fake GitHub API keeps GitHub's answers for dispatches and runs (fake-github-actions.ts);
 * here without starting any runner (every run is held queued), so only the API is checked.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from './fake-github-actions.js';
import { FakeGitHub } from './fake-github.js';
import { GitRemote } from './git-remote.js';

const WORKER = readFileSync(
  new URL('../../.github/workflows/examples/orchestrate-worker.yml', import.meta.url),
  'utf8',
);
const ACTION = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
const REPO = '/repos/Codertocat/Hello-World';

let github: FakeGitHub | undefined;
let remote: GitRemote | undefined;
afterEach(async () => {
  await github?.close();
  await remote?.close();
  github?.assertNoViolations();
  github = remote = undefined;
});

async function fleet() {
  remote = await GitRemote.start();
  github = await FakeGitHub.start({
    fleet: {
      workflows: { 'orchestrate-worker.yml': WORKER, 'no-dispatch.yml': 'on: push\njobs: {}\n' },
      bundle: '/nonexistent',
      actionYml: ACTION,
      remote,
      dir: remote.dir,
      machineEnv: {},
      holdQueued: () => true,
    },
  });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${github!.url}${REPO}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { github, call };
}

const dispatch = (inputs: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  ref: 'main',
  inputs,
  return_run_details: true,
  ...extra,
});

describe('the fleet', () => {
  it('answers a dispatch with the run, titled by the run-name, and follows it with ETags and 304s', async () => {
    const { call } = await fleet();
    const answer = await call(
      'POST',
      '/actions/workflows/orchestrate-worker.yml/dispatches',
      dispatch({ 'plan-id': 'p1', 'task-id': 't1' }),
    );
    expect(answer.status).toBe(200);
    const { workflow_run_id: id, html_url } = (await answer.json()) as {
      workflow_run_id: number;
      html_url: string;
    };
    expect(html_url).toBe(`https://github.com/Codertocat/Hello-World/actions/runs/${id}`);

    const first = await call('GET', `/actions/runs/${id}`);
    const run = (await first.json()) as { status: string; display_title: string; event: string };
    expect(run).toMatchObject({
      status: 'queued',
      display_title: 'orchestrate p1 t1',
      event: 'workflow_dispatch',
    });
    const etag = first.headers.get('etag')!;
    const again = await call('GET', `/actions/runs/${id}`, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    expect((await call('POST', `/actions/runs/${id}/cancel`)).status).toBe(202);
    const changed = await call('GET', `/actions/runs/${id}`, undefined, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    expect((await call('POST', `/actions/runs/${id}/cancel`)).status).toBe(409);

    const listed = await call('GET', '/actions/workflows/orchestrate-worker.yml/runs?status=cancelled');
    expect(
      ((await listed.json()) as { workflow_runs: Array<{ id: number }> }).workflow_runs.map((r) => r.id),
    ).toEqual([id]);
  });

  it('answers 204 without return_run_details, and refuses what GitHub refuses', async () => {
    const { call } = await fleet();
    const path = '/actions/workflows/orchestrate-worker.yml/dispatches';
    expect(
      (await call('POST', path, dispatch({ 'plan-id': 'p', 'task-id': 't' }, { return_run_details: false })))
        .status,
    ).toBe(204);
    const refused = async (p: string, body: unknown) => {
      const r = await call('POST', p, body);
      return [r.status, ((await r.json()) as { message: string }).message];
    };
    expect(await refused('/actions/workflows/nope.yml/dispatches', dispatch({}))).toEqual([404, 'Not Found']);
    expect(await refused(path, dispatch({ 'plan-id': 'p', 'task-id': 't', extra: 'x' }))).toEqual([
      422,
      'Unexpected inputs provided: ["extra"]',
    ]);
    expect(await refused(path, dispatch({ 'plan-id': 'p' }))).toEqual([
      422,
      "Required input 'task-id' not provided",
    ]);
    expect(
      await refused(path, dispatch({ 'plan-id': 'p', 'task-id': 't' }, { ref: 'no-such-branch' })),
    ).toEqual([422, 'No ref found for: no-such-branch']);
    expect(await refused('/actions/workflows/no-dispatch.yml/dispatches', dispatch({}))).toEqual([
      422,
      "Workflow does not have 'workflow_dispatch' trigger",
    ]);
  });

  it('evaluates the expressions the example workflows use, and refuses others', () => {
    const context = { inputs: { 'plan-id': 'p1' }, secrets: { KEY: 's' }, token: 'ghs' };
    expect(evaluate('orchestrate ${{ inputs.plan-id }} ${{ github.event.inputs.plan-id }}', context)).toBe(
      'orchestrate p1 p1',
    );
    expect(evaluate('${{ secrets.KEY }}/${{ github.token }}', context)).toBe('s/ghs');
    expect(() => evaluate('${{ github.actor }}', context)).toThrow('cannot evaluate ${{ github.actor }}');
  });
});
