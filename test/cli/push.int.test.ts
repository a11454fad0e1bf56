/**
 * `orchestrate run … --push`: the work delivered to a real git remote over smart HTTP (git http-backend behind
 * GitHub's token check), from a checkout made the way actions/checkout leaves one (the token in a credentials
 * file under RUNNER_TEMP, included by the repository's config). Real CLI, tmux, git and sandbox.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { checkoutLikeActions } from '../support/checkout.js';
import { GitRemote } from '../support/git-remote.js';

let remote: GitRemote | undefined;
afterEach(async () => {
  await remote?.close();
  remote = undefined;
});

async function setUp(files: Record<string, string> = { 'README.md': '# app\n', 'shared.txt': 'base\n' }) {
  remote = await GitRemote.start({ files });
  const checkout = await checkoutLikeActions(remote);
  const push = (agentCommand: string, tasks = 'frontend:Build page | backend:Build API') =>
    runCli(['run', tasks, '--push', '--agent', 'command', '--agent-command', agentCommand, '--json'], {
      cwd: checkout.dir,
      env: { ...checkout.env, ORCH_WORKSPACE: `${checkout.runnerTemp}/ws`, RUNNER_TEMP: checkout.runnerTemp },
    });
  return { remote, checkout, push };
}

interface Result {
  planId: string;
  status: string;
  delivery: {
    remote: string;
    branch?: string;
    commit?: string;
    pushed: boolean;
    error?: string;
    conflictBranches: Array<{ branch: string; pushed: boolean }>;
  };
}

describe('orchestrate run --push', () => {
  it('pushes the integration branch with every worker’s files, using the checkout’s own credentials', async () => {
    const { remote, push } = await setUp();
    const r = await push('echo "$ORCH_TASK_DOMAIN" > "$ORCH_TASK_DOMAIN.txt"; echo done');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.delivery).toMatchObject({
      remote: 'origin',
      branch: `orchestrate/${result.planId}`,
      pushed: true,
      conflictBranches: [],
    });
    const branch = `orchestrate/${result.planId}`;
    expect(remote.sha(branch)).toBe(result.delivery.commit);
    expect(remote.files(branch).sort()).toEqual(['README.md', 'backend.txt', 'frontend.txt', 'shared.txt']);
    expect(remote.readFile(branch, 'frontend.txt')).toBe('frontend\n');
    // main is as it was.
    expect(remote.files('main').sort()).toEqual(['README.md', 'shared.txt']);
  });

  it('pushes the conflicting worker branch too, so no work is lost, and says which files conflicted', async () => {
    const { remote, push } = await setUp();
    const r = await push('echo "$ORCH_TASK_DOMAIN wrote this" > shared.txt; echo done');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as Result & {
      branches: { conflicts: Array<{ file: string; branch: string; worker: string }> };
    };
    // Branches merge in the order their work finished: the later one is the one that conflicts.
    const [, later] = /\/(frontend|backend)$/.exec(result.branches.conflicts[0]?.branch ?? '') ?? [];
    expect(later).toBeDefined();
    const earlier = later === 'backend' ? 'frontend' : 'backend';
    const local = `orchestrate/${result.planId}/${later}`;
    expect(result.branches.conflicts).toEqual([
      { file: 'shared.txt', branch: local, worker: `omo-worker-${later}` },
    ]);
    expect(result.delivery.pushed).toBe(true);
    expect(result.delivery.conflictBranches).toEqual([
      { local, branch: `orchestrate/${result.planId}-${later}`, pushed: true },
    ]);
    expect(remote.readFile(`orchestrate/${result.planId}`, 'shared.txt')).toBe(`${earlier} wrote this\n`);
    expect(remote.readFile(`orchestrate/${result.planId}-${later}`, 'shared.txt')).toBe(
      `${later} wrote this\n`,
    );
  });

  it('keeps every result when the remote rejects the push, and names the reason', async () => {
    const { remote, push } = await setUp();
    remote.rejectPushes('GH006: Protected branch update failed: orchestrate/* is protected.');
    const r = await push('echo x > "$ORCH_TASK_DOMAIN.txt"; echo done');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as Result & { subtasks: Array<{ status: string }> };
    expect(result.subtasks.map((s) => s.status)).toEqual(['completed', 'completed']);
    expect(result.delivery.pushed).toBe(false);
    expect(result.delivery.error).toContain('GH006: Protected branch update failed');
    expect(remote.branches()).toEqual(['main']);
  });

  it('pushes nothing when no file changed', async () => {
    const { remote, push } = await setUp();
    const r = await push('echo looked around');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.delivery).toEqual({ remote: 'origin', pushed: false, conflictBranches: [] });
    expect(remote.branches()).toEqual(['main']);
  });

  it('delivers the plan file with the completed tasks ticked, in its own style, and the failed one open', async () => {
    const plan = [
      '# Tasks',
      '',
      '- [X] T001 Create the project',
      '- [ ] T002 [P] Build the login page (frontend)',
      '- [ ] T003 [P] Build the token API (backend)',
      '',
    ].join('\n');
    const { remote, push } = await setUp({ 'README.md': '# app\n', 'specs/auth/tasks.md': plan });
    const r = await push(
      '[ "$ORCH_TASK_ID" = T003 ] && exit 1; echo page > "$ORCH_TASK_DOMAIN.txt"; echo done',
      'execute specs/auth/tasks.md',
    );
    const result = JSON.parse(r.stdout) as Result & { subtasks: Array<{ id: string; status: string }> };
    expect(Object.fromEntries(result.subtasks.map((s) => [s.id, s.status]))).toEqual({
      T002: 'completed',
      T003: 'failed',
    });
    const branch = `orchestrate/${result.planId}`;
    expect(result.delivery).toMatchObject({ pushed: true, branch });
    expect(remote.readFile(branch, 'specs/auth/tasks.md')).toBe(plan.replace('- [ ] T002', '- [X] T002'));
    expect(remote.log(branch, 1)[0]?.subject).toBe(
      `Check off the completed tasks of tasks.md (orchestrate ${result.planId})`,
    );
    // The base branch keeps the plan as it was.
    expect(remote.readFile('main', 'specs/auth/tasks.md')).toBe(plan);
  });
});
