/**
 * A local worker goes looking for the job's secrets, as an attacker (or a prompt-injected agent) would:
 * every /proc/<pid>/environ it can read, and the checkout's git config, where actions/checkout keeps the
 * token. Run with the committed action bundle as a runner runs it (`runtime: local`): nothing of the secrets
 * may show up anywhere the run writes. The same attack through the CLI with the sandbox turned off shows
 * that it is real.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { FakeGitHub } from '../support/fake-github.js';
import { issueComment } from './payloads.js';
import { runAction, sandbox, type Sandbox } from './run-bundle.js';

const SECRET = 's3cret-model-key-7c1d';
const TOKEN = 'ghs_checkoutTokenNeverToBeSeen';

/** Prints every environment it can read and the checkout's git config (the worker's whole loot). */
function attack(repo: string): string {
  return [
    'for f in /proc/[0-9]*/environ; do tr "\\0" "\\n" < "$f" 2>/dev/null; done',
    `cat ${repo}/.git/config 2>&1`,
    'git config --list 2>&1',
    'echo attack-done',
  ].join('; ');
}

const boxes: Sandbox[] = [];
let fake: FakeGitHub | undefined;
afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});
afterAll(() => {
  for (const b of boxes) execFileSync('rm', ['-rf', b.dir]);
});

/** A checkout as actions/checkout leaves one: the token as an extraheader in the repository's config. */
function checkout(): Sandbox {
  const b = sandbox({ 'README.md': '# app\n' });
  boxes.push(b);
  const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
  execFileSync('git', ['config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${basic}`], {
    cwd: b.repo,
  });
  return b;
}

function everythingWritten(b: Sandbox): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(b.workspace, 'runs'));
  return texts.join('\n');
}

describe('a local worker looking for the job secrets', () => {
  it('finds neither the environment of the action nor the checkout token', async () => {
    fake = await FakeGitHub.start({ permissions: { Codertocat: 'write' } });
    const b = checkout();
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate backend:Build API' }),
      inputs: { runtime: 'local', agent: 'command', 'agent-command': attack(b.repo), env: '' },
      apiUrl: fake.url,
      env: { MODEL_API_KEY: SECRET, GITHUB_TOKEN: TOKEN },
    });
    expect(run.code, run.stderr).toBe(0);
    const written = [
      everythingWritten(b),
      run.summary,
      JSON.stringify(run.outputs),
      ...fake.comments.flatMap((c) => c.history),
    ].join('\n');
    expect(written).toContain('attack-done');
    expect(written).not.toContain(SECRET);
    expect(written).not.toContain(TOKEN);
    expect(written).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
  });

  it('refuses to start local workers where the sandbox cannot run, unless the workflow opts in', async () => {
    fake = await FakeGitHub.start({ permissions: { Codertocat: 'write' } });
    const b = checkout();
    const noSandbox = { ORCH_BWRAP: path.join(b.dir, 'no-bwrap-here') };
    // The run files record the command itself: only its output, which the shell computes, says it ran.
    const ran = 'echo worker-ran-$((7000 + 3))';
    const payload = issueComment({ body: '/orchestrate backend:Build API' });
    const refused = await runAction(b, {
      event: 'issue_comment',
      payload,
      inputs: { runtime: 'local', agent: 'command', 'agent-command': ran },
      apiUrl: fake.url,
      env: noSandbox,
    });
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toContain('cannot be isolated from the orchestrator');
    expect(refused.stdout).toContain('bubblewrap (bwrap) is not installed');
    expect(everythingWritten(b)).not.toContain('worker-ran-7003');

    const allowed = await runAction(b, {
      event: 'issue_comment',
      payload,
      inputs: {
        runtime: 'local',
        agent: 'command',
        'agent-command': ran,
        'allow-unsandboxed-local': 'true',
      },
      apiUrl: fake.url,
      env: noSandbox,
    });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(allowed.stdout).toContain('local workers run without a sandbox');
    expect(everythingWritten(b)).toContain('worker-ran-7003');
  });

  it('(the same attack without the sandbox reads them: the test above can fail)', async () => {
    const b = checkout();
    const r = await runCli(
      [
        'run',
        'backend:Build API',
        '--runtime',
        'local',
        '--no-sandbox',
        '--agent',
        'command',
        '--agent-command',
        attack(b.repo),
        '--workspace',
        b.workspace,
      ],
      { cwd: b.repo, env: { MODEL_API_KEY: SECRET } },
    );
    expect(r.code, r.stderr).toBe(0);
    const written = everythingWritten(b);
    expect(written).toContain(SECRET);
    expect(written).toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
  });
});
