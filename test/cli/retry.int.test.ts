/**
 * `orchestrate retry` and `orchestrate resume` with the real CLI, tmux, git and sandbox: only what did not
 * complete runs again; completed subtasks keep their results (their dependents get them as context) and
 * their branches (their dependents' worktrees start from them); a plan whose orchestrator was killed is
 * finished by `resume`, its event log kept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, sharedTempDir, spawnCli } from '../support/cli.js';

const dirs: Array<{ remove(): void }> = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});

function project() {
  const d = sharedTempDir('orch-retry-');
  dirs.push(d);
  const repo = join(d.path, 'repo');
  mkdirSync(repo);
  writeFileSync(join(repo, 'README.md'), '# app\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
  return { dir: d.path, repo, git, env: { ORCH_WORKSPACE: join(d.path, 'ws') } };
}

const planOf = (stdout: string) => (JSON.parse(stdout) as { planId: string }).planId;

describe('orchestrate retry', () => {
  it('runs again only what did not complete, with the completed work as context and on the branch', async () => {
    const p = project();
    const calls = join(p.dir, 'calls');
    const fixed = join(p.dir, 'fixed');
    // b fails until `fixed` exists; every subtask writes its file and says what it saw.
    const command = [
      `echo "$ORCH_TASK_ID" >> ${calls}`,
      `if [ "$ORCH_TASK_ID" = b ] && [ ! -e ${fixed} ]; then echo broken >&2; exit 3; fi`,
      'echo "$ORCH_TASK_ID" > "$ORCH_TASK_ID.txt"',
      'echo "$ORCH_TASK_ID saw $(ls *.txt | tr "\\n" " ")"',
      'grep -c "Subtask a: Make A" "$ORCH_PROMPT_FILE" || true',
    ].join('; ');
    const first = await runCli(
      [
        'run',
        'frontend:Make A (id: a)',
        'backend:Make B (id: b) (depends_on: a)',
        'testing:Make C (id: c)',
        '--agent',
        'command',
        '--agent-command',
        command,
        '--json',
      ],
      { cwd: p.repo, env: p.env },
    );
    expect(first.code).toBe(1);
    const planId = planOf(first.stdout);
    expect(readFileSync(calls, 'utf8').trim().split('\n').sort()).toEqual(['a', 'b', 'c']);

    writeFileSync(fixed, '');
    // No option repeated: the run's own settings (the command agent and its command) are kept with it.
    const again = await runCli(['retry', planId, '--json'], { cwd: p.dir, env: p.env });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(calls, 'utf8').trim().split('\n').sort()).toEqual(['a', 'b', 'b', 'c']);
    const result = JSON.parse(again.stdout) as {
      planId: string;
      status: string;
      subtasks: Array<{ id: string; status: string; result: string }>;
      branches: { merged: string };
    };
    expect(result.planId).toBe(planId);
    expect(result.status).toBe('completed');
    const b = result.subtasks.find((s) => s.id === 'b')!;
    // The dependent saw its dependency's file (kept branch, merged) and result (context).
    expect(b.result).toBe('b saw a.txt b.txt \n1');
    expect(p.git('ls-tree', '--name-only', result.branches.merged).trim().split('\n').sort()).toEqual([
      'README.md',
      'a.txt',
      'b.txt',
      'c.txt',
    ]);
    const status = await runCli(['status', planId, '--json'], { env: p.env });
    expect(JSON.parse(status.stdout).plan.status).toBe('completed');
  });

  it('refuses a plan that does not exist, and says so', async () => {
    const p = project();
    const r = await runCli(['retry', 'nosuchplan'], { env: p.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("No run 'nosuchplan'");
  });
});

describe('orchestrate resume', () => {
  it('finishes a plan whose orchestrator was killed, keeping its event log', async () => {
    const p = project();
    const gate = join(p.dir, 'gate');
    // a finishes at once; b waits for the gate, so the orchestrator is killed while b runs.
    const command = `if [ "$ORCH_TASK_ID" = b ] && [ ! -e ${gate} ]; then sleep 300; fi; echo "$ORCH_TASK_ID" > "$ORCH_TASK_ID.txt"; echo done`;
    const child = spawnCli(
      [
        'run',
        'frontend:Make A (id: a)',
        'backend:Make B (id: b)',
        '--agent',
        'command',
        '--agent-command',
        command,
      ],
      { cwd: p.repo, env: p.env },
    );
    const runs = join(p.dir, 'ws', 'runs');
    let planId = '';
    for (let i = 0; i < 300; i++) {
      await new Promise((r) => setTimeout(r, 100));
      planId = existsSync(runs) ? (readdirSync(runs)[0] ?? '') : '';
      const log = planId ? join(runs, planId, 'event_log.jsonl') : '';
      if (log && existsSync(log) && readFileSync(log, 'utf8').includes('"task.completed"')) break;
    }
    child.kill('SIGKILL');
    await child.done;
    const before = readFileSync(join(runs, planId, 'event_log.jsonl'), 'utf8');
    const status = await runCli(['status', planId, '--json'], { env: p.env });
    expect(JSON.parse(status.stdout).plan.status).toBe('interrupted');

    writeFileSync(gate, '');
    const resumed = await runCli(['resume', planId, '--json'], { cwd: p.dir, env: p.env });
    expect(resumed.code, resumed.stderr).toBe(0);
    const result = JSON.parse(resumed.stdout) as {
      status: string;
      subtasks: Array<{ id: string; status: string }>;
    };
    expect(result.status).toBe('completed');
    const after = readFileSync(join(runs, planId, 'event_log.jsonl'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toContain('"kept":["a"]');
    // A completed plan is not resumed.
    const again = await runCli(['resume', planId], { env: p.env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not interrupted');
  });
});
