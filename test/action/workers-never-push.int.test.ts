/**
 * Pushing stays with the orchestrator: a worker that tries to push the checkout's remote, or to read the
 * credentials actions/checkout left, gets nothing, while the action's own push (after the workers are gone)
 * goes through with those very credentials. The checkout is made as actions/checkout v6 makes one (the token
 * in a file under RUNNER_TEMP, included by the repository's config; test/support/checkout.ts), and the
 * attack runs as the command agent of the action's bundle: a local worker in its sandbox (RUNNER_TEMP hidden,
 * the repository's config shown without credentials), and a docker worker (no git metadata of the checkout
 * at all). The same attack with the sandbox off pushes: the local test can fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { issueComment } from './payloads.js';
import { repoOnRemote, type RepoOnRemote } from './repo-on-remote.js';
import { bundlePath } from './run-bundle.js';

const SKIP_DOCKER = process.env.ORCH_SKIP_DOCKER === '1';
const IMAGE = process.env.ORCH_WORKER_IMAGE ?? 'orchestrate-action-worker:latest';

let setup: RepoOnRemote | undefined;
beforeAll(() => {
  bundlePath();
}, 300_000);
afterEach(async () => {
  const s = setup;
  setup = undefined;
  await s?.close();
  s?.github.assertNoViolations();
});

/**
 * What a worker would try: push from its worktree, read the credentials file it knows the path of, and
 * print every piece of git configuration and metadata it can see. The worker also writes a file, so the
 * action has something to push.
 */
function attack(s: RepoOnRemote): string {
  const credentials = s.checkout.credentialsFile!;
  return [
    'export GIT_TERMINAL_PROMPT=0',
    'echo "$ORCH_TASK_DOMAIN" > "$ORCH_TASK_DOMAIN.txt"',
    'git push origin HEAD:refs/heads/pushed-by-worker 2>&1 | sed "s/^/push: /"',
    `git push ${s.remote.cloneUrl} HEAD:refs/heads/pushed-by-worker-2 2>&1 | sed "s/^/push-url: /"`,
    `cat '${credentials}' 2>&1 | sed "s/^/credentials-file: /"`,
    `ls -la '${path.dirname(credentials)}' 2>&1 | sed "s/^/runner-temp: /"`,
    `cat '${s.box.repo}/.git/config' 2>&1 | sed "s/^/repo-config: /"`,
    'cat .git 2>&1 | sed "s/^/pointer: /"',
    'git config --list --show-origin 2>&1 | sed "s/^/config: /"',
    'echo "RUNNER_TEMP=[$RUNNER_TEMP]"',
    'echo attack-done',
  ].join('; ');
}

/** Everything the run wrote where a worker's output lands: run files (results, logs), summary, comments. */
function everythingWritten(s: RepoOnRemote, summary: string): string {
  const texts = [summary, ...s.github.comments.flatMap((c) => c.history)];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(s.box.workspace, 'runs'));
  return texts.join('\n');
}

function expectNoCredentials(s: RepoOnRemote, written: string): void {
  const header = s.remote.authorizationHeader();
  expect(written).toContain('attack-done');
  expect(written).not.toContain(s.remote.token);
  expect(written).not.toContain(header.slice(header.indexOf('basic ') + 6));
  expect(written).not.toMatch(/extraheader/i);
  expect(written).not.toMatch(/includeif/i);
}

describe('workers never push', () => {
  it('a local worker in its sandbox sees no credentials and cannot push; the action then pushes', async () => {
    setup = await repoOnRemote();
    const s = setup;
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate backend:Build API' }),
      inputs: { runtime: 'local', agent: 'command', 'agent-command': attack(s) },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const written = everythingWritten(s, run.summary);
    expectNoCredentials(s, written);
    // The worker tried, and the server asked for credentials it did not have.
    expect(written).toMatch(/push: fatal: could not read Username/);
    expect(written).toMatch(/push-url: fatal: could not read Username/);
    expect(written).toContain('RUNNER_TEMP=[]');
    expect(written).toMatch(/credentials-file: cat: .*: No such file or directory/);
    const attempts = s.remote.requests.filter((r) => r.service === 'git-receive-pack' && r.auth !== 'ok');
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.every((r) => r.status === 401)).toBe(true);

    // The only push that landed is the action's, after the worker was gone, with the checkout's token.
    const branch = `orchestrate/1-${run.outputs['plan-id']}`;
    expect(s.remote.branches()).toEqual(['main', branch]);
    expect(s.remote.pushes).toEqual([
      { accepted: true, updates: [expect.objectContaining({ ref: `refs/heads/${branch}` })] },
    ]);
    expect(s.remote.files(branch)).toContain('backend.txt');
  });

  it('(the same worker without the sandbox finds the credentials and pushes: the test above can fail)', async () => {
    setup = await repoOnRemote();
    const s = setup;
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
        attack(s),
      ],
      {
        cwd: s.box.repo,
        env: { ...s.checkout.env, RUNNER_TEMP: s.checkout.runnerTemp, ORCH_WORKSPACE: s.box.workspace },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(s.remote.branches()).toContain('pushed-by-worker');
  });

  it.skipIf(SKIP_DOCKER)(
    'a docker worker has no git metadata or credentials of the checkout',
    async () => {
      setup = await repoOnRemote();
      const s = setup;
      const run = await s.run({
        event: 'issue_comment',
        payload: issueComment({ body: '/orchestrate backend:Build API' }),
        inputs: { runtime: 'docker', image: IMAGE, agent: 'command', 'agent-command': attack(s) },
        env: { DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock' },
        timeoutMs: 180_000,
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const written = everythingWritten(s, run.summary);
      expectNoCredentials(s, written);
      // Neither the repository's git directory nor RUNNER_TEMP exist in the container: git finds no repository.
      expect(written).toMatch(/repo-config: cat: .*\.git\/config: No such file or directory/);
      expect(written).toMatch(/credentials-file: cat: .*: No such file or directory/);
      expect(written).toMatch(/push: fatal: not a git repository/);
      const branch = `orchestrate/1-${run.outputs['plan-id']}`;
      expect(s.remote.branches()).toEqual(['main', branch]);
      expect(s.remote.files(branch)).toContain('backend.txt');
    },
    240_000,
  );
});
