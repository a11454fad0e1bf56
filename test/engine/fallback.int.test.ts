/**
 * What a run does when its workers cannot start (here: the docker runtime with no engine to reach): fall back
 * on prompt files with the reason (the CLI's way, the default), or fail with the reason and write no prompt
 * file (`fallback: 'fail'`, the action's way). Real run files, a real (absent) engine socket.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orchestrate } from '../../src/engine/orchestrate.js';
import { WorkersUnavailableError } from '../../src/util/errors.js';
import { tempDir } from '../support/cli.js';

const ws = tempDir('orch-fallback-');
const saved = process.env.DOCKER_HOST;
beforeEach(() => {
  process.env.DOCKER_HOST = `unix://${join(ws.path, 'no-engine.sock')}`;
});
afterEach(() => {
  if (saved === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = saved;
});
afterAll(() => ws.remove());

const options = (planId: string) => ({
  planId,
  workspace: ws.path,
  cwd: ws.path,
  runtime: 'docker' as const,
  agent: 'command' as const,
  agentCommand: 'true',
  env: { PATH: process.env.PATH, ORCH_WORKER_IMAGE: 'orchestrate-action-worker:latest' },
});
const runDir = (planId: string) => join(ws.path, 'runs', planId);
const status = (planId: string) => JSON.parse(readFileSync(join(runDir(planId), 'status.json'), 'utf8'));

describe('workers that cannot start', () => {
  it('fall back on prompt files with the reason by default: the run failed, the prompts are there', async () => {
    const result = await orchestrate('frontend:Build page | backend:Build API', options('fb-default'));
    expect(result.status).toBe('failed');
    expect(result.runtime).toBe('prompt-files');
    expect(readdirSync(runDir('fb-default'))).toEqual(
      expect.arrayContaining(['worker-frontend_prompt.md', 'worker-backend_prompt.md', 'prompts']),
    );
  });

  it("fail with the reason and write no prompt file with fallback: 'fail'", async () => {
    const run = orchestrate('frontend:Build page | backend:Build API', {
      ...options('fb-fail'),
      fallback: 'fail',
    });
    await expect(run).rejects.toThrow(WorkersUnavailableError);
    await expect(run).rejects.toThrow(
      /^Workers cannot start: no Docker engine reachable at unix:\/\/.*no-engine\.sock/,
    );
    const files = readdirSync(runDir('fb-fail'));
    expect(files.filter((f) => f.endsWith('_prompt.md'))).toEqual([]);
    // (The run directory's prompts/ folder exists from the start; it stays empty.)
    const prompts = join(runDir('fb-fail'), 'prompts');
    expect(existsSync(prompts) ? readdirSync(prompts) : []).toEqual([]);
    expect(status('fb-fail')).toMatchObject({
      plan: { status: 'failed' },
      subtasks: [{ status: 'pending' }, { status: 'pending' }],
    });
    expect(readFileSync(join(runDir('fb-fail'), 'summary.md'), 'utf8')).toMatch(
      /Nothing ran: no Docker engine reachable/,
    );
    const events = readFileSync(join(runDir('fb-fail'), 'event_log.jsonl'), 'utf8');
    expect(events).toMatch(/"type":"log".*workers cannot start: no Docker engine reachable/);
  });
});
