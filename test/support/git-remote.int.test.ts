/**
 * The test git remote (git http-backend behind a token check) and checkouts made as actions/checkout makes
 * them: real git clients over real HTTP on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutLikeActions } from './checkout.js';
import { FakeGitHub } from './fake-github.js';
import { GitRemote, type GitRemoteOptions } from './git-remote.js';

const run = promisify(execFile);
let remote: GitRemote | undefined;

async function start(options: GitRemoteOptions = {}): Promise<GitRemote> {
  remote = await GitRemote.start(options);
  return remote;
}

/** The error text of a git command that must fail. */
async function failure(command: Promise<unknown>): Promise<string> {
  try {
    await command;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the command succeeded');
}

afterEach(async () => {
  await remote?.close();
  remote = undefined;
});

describe('git remote over smart HTTP', () => {
  it('asks for the token as GitHub does: 401 with a Basic challenge without it or with a wrong one', async () => {
    const r = await start();
    const refs = `${r.cloneUrl}/info/refs?service=git-upload-pack`;
    const basic = (token: string) => ({
      authorization: `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
    });
    const none = await fetch(refs);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Basic realm="GitHub"');
    expect((await fetch(refs, { headers: basic('ghs_wrong') })).status).toBe(401);
    const ok = await fetch(refs, { headers: basic(r.token) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/x-git-upload-pack-advertisement');
    expect(await ok.text()).toContain('refs/heads/main');
    const other = await fetch(`${r.url}/someone/else/info/refs?service=git-upload-pack`, {
      headers: basic(r.token),
    });
    expect(other.status).toBe(404);
    expect(r.requests.map((q) => [q.auth, q.status])).toEqual([
      ['none', 401],
      ['wrong', 401],
      ['ok', 200],
      ['ok', 404],
    ]);

    // A checkout with a wrong token fails as on a runner: git is refused and may not prompt.
    const message = await failure(checkoutLikeActions(r, { token: 'ghs_wrong' }));
    expect(message).toMatch(/could not read Username .*terminal prompts disabled/);
  });

  it('checks out as actions/checkout does, and receives a push from it and from a worktree of it', async () => {
    const r = await start({ files: { 'README.md': '# Hello\n' }, branches: { feature: { 'a.txt': 'A\n' } } });
    expect(r.branches()).toEqual(['feature', 'main']);
    const co = await checkoutLikeActions(r);

    // origin without credentials; the token only in the included credentials file, as an extraheader.
    expect((await co.git('remote', 'get-url', 'origin')).trim()).toBe(`${r.url}/Codertocat/Hello-World`);
    const local = readFileSync(path.join(co.dir, '.git', 'config'), 'utf8');
    expect(local).not.toContain(r.token);
    expect(local).not.toContain(Buffer.from(`x-access-token:${r.token}`).toString('base64'));
    expect(local).toContain(`[includeIf "gitdir:${co.dir}/.git"]\n\tpath = ${co.credentialsFile}`);
    expect(local).toContain(`[includeIf "gitdir:${co.dir}/.git/worktrees/*"]`);
    expect(local).toContain('[includeIf "gitdir:/github/workspace/.git"]');
    expect(co.credentialsFile?.startsWith(path.join(co.runnerTemp, 'git-credentials-'))).toBe(true);
    const extraheader = (await co.git('config', `http.${r.url}/.extraheader`)).trim();
    expect(extraheader).toBe(r.authorizationHeader());
    expect((await co.git('rev-parse', '--is-shallow-repository')).trim()).toBe('true');
    expect((await co.git('rev-parse', 'HEAD')).trim()).toBe(r.sha('main'));
    expect((await co.git('branch', '--show-current')).trim()).toBe('main');

    await co.commit({ 'src/login.ts': 'export const login = 1;\n' }, 'Add login\n\nBy the frontend worker.');
    await co.git('push', 'origin', 'HEAD:refs/heads/orchestrate/1-abc');
    expect(r.branches()).toEqual(['feature', 'main', 'orchestrate/1-abc']);
    expect(r.files('orchestrate/1-abc')).toEqual(['README.md', 'src/login.ts']);
    expect(r.readFile('orchestrate/1-abc', 'src/login.ts')).toBe('export const login = 1;\n');
    expect(r.readFile('main', 'src/login.ts')).toBeUndefined();
    expect(r.commitMessages('orchestrate/1-abc')).toEqual([
      'Add login\n\nBy the frontend worker.',
      'Initial commit',
    ]);
    expect(r.log('orchestrate/1-abc', 1)[0]?.author).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );

    // Worktrees of the checkout get the credentials through the includeIf for .git/worktrees/*.
    const tree = `${co.dir}-tree`;
    await co.git('worktree', 'add', '-q', '-b', 'orchestrate/2-def', tree);
    await run('git', ['push', '-q', 'origin', 'orchestrate/2-def'], { cwd: tree, env: co.env });
    expect(r.sha('orchestrate/2-def')).toBe(r.sha('orchestrate/1-abc'));

    expect(r.pushes).toEqual([
      {
        accepted: true,
        updates: [
          { ref: 'refs/heads/orchestrate/1-abc', old: '0'.repeat(40), new: r.sha('orchestrate/1-abc') },
        ],
      },
      {
        accepted: true,
        updates: [
          {
            ref: 'refs/heads/orchestrate/2-def',
            old: '0'.repeat(40),
            new: r.sha('orchestrate/1-abc'),
          },
        ],
      },
    ]);
  });

  it('checks out the v4/v5 way (extraheader in .git/config), and without persisted credentials', async () => {
    const r = await start({ branches: { feature: { 'a.txt': 'A\n' } } });
    const v4 = await checkoutLikeActions(r, { credentials: 'config', ref: 'feature', fetchDepth: 0 });
    expect(readFileSync(path.join(v4.dir, '.git', 'config'), 'utf8')).toContain(
      `[http "${r.url}/"]\n\textraheader = ${r.authorizationHeader()}`,
    );
    expect((await v4.git('rev-parse', '--is-shallow-repository')).trim()).toBe('false');
    await v4.commit({ 'b.txt': 'B\n' }, 'Add b');
    await v4.git('push', 'origin', 'feature');
    expect(r.files('feature')).toEqual(['README.md', 'a.txt', 'b.txt']);

    const bare = await checkoutLikeActions(r, { persistCredentials: false });
    expect(bare.credentialsFile).toBeUndefined();
    expect(readFileSync(path.join(bare.dir, '.git', 'config'), 'utf8')).not.toContain('includeIf');
    await bare.commit({ 'c.txt': 'C\n' }, 'Add c');
    expect(await failure(bare.git('push', 'origin', 'HEAD:refs/heads/c'))).toMatch(/could not read Username/);
    expect(r.branches()).toEqual(['feature', 'main']);
  });

  it('rejects pushes when told to, naming the reason, and keeps what was there', async () => {
    const r = await start();
    const co = await checkoutLikeActions(r);
    const before = r.sha('main');
    await co.commit({ 'x.txt': 'x\n' }, 'Add x');

    r.rejectPushes();
    const rejected = await failure(co.git('push', 'origin', 'HEAD:main'));
    expect(rejected).toContain('remote: error: GH006: Protected branch update failed for refs/heads/main.');
    expect(rejected).toContain('! [remote rejected] HEAD -> main (pre-receive hook declined)');
    expect(r.sha('main')).toBe(before);

    // Only some refs: main stays protected, other branches go through.
    r.rejectPushes('error: main is protected', ['refs/heads/main']);
    await co.git('push', 'origin', 'HEAD:refs/heads/side');
    expect(await failure(co.git('push', 'origin', 'HEAD:main'))).toContain(
      'remote: error: main is protected',
    );

    r.acceptPushes().refuseWrites();
    const refused = await failure(co.git('push', 'origin', 'HEAD:main'));
    expect(refused).toContain(
      'remote: Permission to Codertocat/Hello-World.git denied to github-actions[bot].',
    );
    expect(refused).toContain('The requested URL returned error: 403');
    await co.git('fetch', '-q', 'origin', 'main'); // reading still works

    r.acceptPushes();
    await co.git('push', 'origin', 'HEAD:main');
    expect(r.sha('main')).not.toBe(before);
    expect(r.pushes.map((p) => [p.accepted, p.updates.map((u) => u.ref)])).toEqual([
      [false, ['refs/heads/main']],
      [true, ['refs/heads/side']],
      [false, ['refs/heads/main']],
      [true, ['refs/heads/main']],
    ]);
  });

  it('moves a branch as another pusher would, and stops cleanly', async () => {
    const r = await start();
    const co = await checkoutLikeActions(r);
    const sha = r.commit('main', { 'late.txt': 'late\n' }, 'Someone else pushed');
    await co.git('fetch', '-q', 'origin', 'main');
    expect((await co.git('rev-parse', 'FETCH_HEAD')).trim()).toBe(sha);
    expect(r.pushes).toEqual([]); // not a push through the server

    const { url, dir } = r;
    await r.close();
    remote = undefined;
    expect(existsSync(dir)).toBe(false);
    await expect(fetch(`${url}/Codertocat/Hello-World/info/refs`)).rejects.toThrow();
  });

  it('works with the fake GitHub API: a pull request opened for a pushed branch carries its commit', async () => {
    const r = await start();
    const gh = await FakeGitHub.start({ branchSha: (branch) => r.sha(branch) });
    try {
      const octokit = getOctokit(r.token, { baseUrl: gh.url });
      const pr = { owner: r.owner, repo: r.repo, title: 'Login', head: 'orchestrate/1-abc', base: 'main' };
      // Before the push the branch does not exist, and GitHub refuses the pull request.
      const early = await failure(octokit.rest.pulls.create(pr));
      expect(early).toContain('"field":"head","code":"invalid"');

      const co = await checkoutLikeActions(r);
      const sha = await co.commit({ 'login.ts': 'export {};\n' }, 'Add login');
      await co.git('push', 'origin', 'HEAD:refs/heads/orchestrate/1-abc');
      const { data } = await octokit.rest.pulls.create(pr);
      expect(data.head).toMatchObject({ ref: 'orchestrate/1-abc', sha });
      expect(data.base.sha).toBe(r.sha('main'));
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  });
});
