/** The pure parts of the `actions` runtime: what a run's state means, names, results, its configuration. */
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/run-config.js';
import { runSettings } from '../../src/engine/run-files.js';
import { parseRunSettings } from '../../src/engine/run-settings.js';
import { parseRepository, repoFromRemoteUrl, runName } from '../../src/runtime/actions/config.js';
import { endedWithout, judgeRun } from '../../src/runtime/actions/judge.js';
import { parseRemoteResult } from '../../src/runtime/actions/result.js';

describe('judgeRun', () => {
  const minute = 60_000;
  it('waits while a run is queued within the start timeout, or running however long', () => {
    expect(judgeRun({ status: 'queued', conclusion: null }, 30_000, minute)).toEqual({ kind: 'wait' });
    expect(judgeRun({ status: 'in_progress', conclusion: null }, 60 * minute, minute)).toEqual({
      kind: 'wait',
    });
  });
  it('gives up on a run that no runner took within the start timeout, whatever GitHub calls its waiting', () => {
    for (const status of ['queued', 'waiting', 'pending', 'requested'])
      expect(judgeRun({ status, conclusion: null }, minute, minute)).toEqual({
        kind: 'never-started',
        status,
      });
  });
  it('reads an ended run by its conclusion', () => {
    expect(judgeRun({ status: 'completed', conclusion: 'failure' }, 0, minute)).toEqual({
      kind: 'ended',
      conclusion: 'failure',
    });
    expect(judgeRun({ status: 'completed', conclusion: null }, 0, minute)).toEqual({
      kind: 'ended',
      conclusion: 'unknown',
    });
  });
  it('says why an ended run left no result, with its link', () => {
    expect(endedWithout('cancelled', 'u')).toBe('the worker run was cancelled: u');
    expect(endedWithout('success', 'u')).toBe('the worker run succeeded but left no result: u');
    expect(endedWithout('neutral', 'u')).toBe('the worker run ended (neutral): u');
  });
});

describe('names', () => {
  it('reads owner/name from the remote URLs people and actions/checkout set', () => {
    expect(repoFromRemoteUrl('https://github.com/octo/hello.git')).toEqual({ owner: 'octo', repo: 'hello' });
    expect(repoFromRemoteUrl('http://127.0.0.1:4000/Codertocat/Hello-World')).toEqual({
      owner: 'Codertocat',
      repo: 'Hello-World',
    });
    expect(repoFromRemoteUrl('git@github.com:octo/hello.git')).toEqual({ owner: 'octo', repo: 'hello' });
    expect(repoFromRemoteUrl('ssh://git@ghe.example.com:2222/o/r')).toEqual({ owner: 'o', repo: 'r' });
    expect(repoFromRemoteUrl('/srv/git/repo')).toBeUndefined();
    expect(parseRepository('octo/hello')).toEqual({ owner: 'octo', repo: 'hello' });
    expect(parseRepository('octo/hello/x')).toBeUndefined();
  });
  it("names a worker run by its plan and subtask (the worker workflow's run-name)", () => {
    expect(runName('3f2a1b9c', 't1')).toBe('orchestrate 3f2a1b9c t1');
  });
});

describe('parseRemoteResult', () => {
  const result = { id: 't1', status: 'completed', result: 'ok', error: null, runId: 7 };
  it('takes a subtask result with the run that wrote it', () => {
    expect(parseRemoteResult(JSON.stringify(result))).toMatchObject(result);
  });
  it('names what is wrong with anything else', () => {
    expect(parseRemoteResult('{')).toMatchObject({
      invalid: expect.stringMatching(/^result.json is not JSON/),
    });
    expect(parseRemoteResult(JSON.stringify({ ...result, runId: undefined }))).toEqual({
      invalid: expect.stringMatching(/^result.json: runId /),
    });
    expect(parseRemoteResult(JSON.stringify({ ...result, status: 'done' }))).toEqual({
      invalid: expect.stringMatching(/^result.json: status /),
    });
  });
});

describe('the actions runtime configuration', () => {
  const env = { GITHUB_TOKEN: 'ghs_x', GITHUB_REPOSITORY: 'octo/hello', GITHUB_REF: 'refs/heads/dev' };
  it('takes what GitHub sets for a workflow run, and the defaults', () => {
    const config = resolveRunConfig({ runtime: 'actions', env });
    expect(config.runtime).toMatchObject({
      kind: 'actions',
      actions: {
        workflow: 'orchestrate-worker.yml',
        ref: 'refs/heads/dev',
        repository: { owner: 'octo', repo: 'hello' },
        apiUrl: 'https://api.github.com',
        token: 'ghs_x',
        remote: 'origin',
        startTimeoutMs: 600_000,
        pollIntervalMs: 5_000,
      },
      docker: { network: 'bridge' },
    });
  });
  it('refuses to start without a token, or with a repository or workflow that is not one', () => {
    expect(() => resolveRunConfig({ runtime: 'actions', env: {} })).toThrow(/actions.token/);
    expect(() => resolveRunConfig({ runtime: 'actions', env: { ...env, GITHUB_REPOSITORY: 'x' } })).toThrow(
      /actions.repository 'x'|'x'/,
    );
    expect(() => resolveRunConfig({ runtime: 'actions', env, actions: { workflow: '../x.yml' } })).toThrow(
      /actions.workflow/,
    );
  });
  it('keeps the run settings of the runtime with the run, never its token', () => {
    const settings = runSettings({
      runtime: 'actions',
      actions: { workflow: 'w.yml', startTimeoutMs: 1000, token: 'ghs_secret' },
    });
    expect(settings).toEqual({ runtime: 'actions', actions: { workflow: 'w.yml', startTimeoutMs: 1000 } });
    expect(JSON.stringify(settings)).not.toContain('ghs_secret');
  });
  it('reads the worker options as people write them', () => {
    const options = parseRunSettings(
      { runtime: 'actions', workerWorkflow: 'w.yml', workerRef: 'main', workerStartTimeout: '90s' },
      (k) => k,
    );
    expect(options).toMatchObject({
      runtime: 'actions',
      actions: { workflow: 'w.yml', ref: 'main', startTimeoutMs: 90_000 },
    });
    expect(() => parseRunSettings({ workerWorkflow: 'a b' }, (k) => `--${k}`)).toThrow(
      "Invalid --workerWorkflow 'a b'. Expected a workflow file name such as orchestrate-worker.yml.",
    );
  });
});
