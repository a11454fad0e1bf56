/**
 * Plan files through the real CLI process: a finished plan is a success with nothing to run, a spec-kit
 * plan shows its phases and why each edge is there, a run checks items off in the file's own style and a
 * todo's body reaches its worker, and hostile inputs end with exit 2 and one clear message, quickly.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../support/cli.js';

const dir = tempDir('orch-plan-files-');
const workspace = join(dir.path, 'workspace');
const env = { ORCH_WORKSPACE: workspace };
afterAll(() => dir.remove());

const REAL = join(ROOT, 'test/fixtures/plans/real');

describe('finished plans', () => {
  it('plan and run say "plan complete: nothing to run" and exit 0', async () => {
    const file = join(REAL, 'speckit/aikit-docs/tasks.md');
    const plan = await runCli(['plan', file], { env, cwd: dir.path });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(
      /plan complete: nothing to run \(41 item\(s\) already done in .*aikit-docs\/tasks\.md\)/,
    );
    const json = JSON.parse((await runCli(['plan', '--json', file], { env, cwd: dir.path })).stdout);
    expect(json).toMatchObject({ subtasks: [], workers: [], complete: true, alreadyDone: 41 });

    const run = await runCli(['run', file, '--agent', 'command', '--agent-command', 'false', '--json'], {
      env,
      cwd: dir.path,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('plan complete: nothing to run');
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ status: 'completed', subtasks: [], workers: [], runtime: 'none' });
    expect(readFileSync(join(result.runDir, 'summary.md'), 'utf8')).toContain(
      'plan complete: nothing to run',
    );
  });
});

describe('spec-kit and oh-my-opencode plans', () => {
  it('shows the phases and the reason of each inferred edge', async () => {
    const r = await runCli(['plan', join(REAL, 'speckit/photo-albums/tasks.md')], { env, cwd: dir.path });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'Phases (in run order):\n  Phase 1: Setup (Shared Infrastructure): T001 T002 T003',
    );
    expect(r.stdout).toContain('  T002 after T001: same phase, not [P]');
    expect(r.stdout).toContain('  T036 after T021: Phase 4: User Story 2 follows Phase 2: Foundational');
  });

  it('runs a todo with its body in the prompt and checks off only what completed, in [X] style', async () => {
    const repo = join(dir.path, 'repo');
    mkdirSync(join(repo, '.sisyphus/plans'), { recursive: true });
    const plan = join(repo, '.sisyphus/plans/p.md');
    writeFileSync(
      plan,
      [
        '# Plan',
        '',
        '## TODOs',
        '',
        '- [X] 1. Already done',
        '- [ ] 2. Write the greeting',
        '',
        '  **What to do**:',
        '  - Print hello',
        '',
        '  **Must NOT do**:',
        '  - Print goodbye',
        '',
        '- [ ] 3. Fails on purpose',
        '',
        '  **Blocked By**: None',
        '',
      ].join('\n'),
    );
    const r = await runCli(
      [
        'run',
        plan,
        '--agent',
        'command',
        '--agent-command',
        'grep -q "Print hello" "$ORCH_PROMPT_FILE" && grep -q "Must NOT do" "$ORCH_PROMPT_FILE" && test "$ORCH_TASK_ID" = T2',
        '--no-tmux',
        '--json',
      ],
      { env, cwd: repo },
    );
    expect(r.code).toBe(1); // T3 fails
    const result = JSON.parse(r.stdout);
    expect(result.subtasks.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      ['T2', 'completed'],
      ['T3', 'failed'],
    ]);
    const after = readFileSync(plan, 'utf8').split('\n');
    expect(after[4]).toBe('- [X] 1. Already done');
    expect(after[5]).toBe('- [X] 2. Write the greeting');
    expect(after[13]).toBe('- [ ] 3. Fails on purpose');
  });
});

describe('hostile input', () => {
  const refused = async (args: string[], message: RegExp) => {
    const start = Date.now();
    const r = await runCli(args, { env, cwd: dir.path });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(Date.now() - start).toBeLessThan(10_000);
  };

  it('a FIFO named as a plan: exit 2 at once, no hang', async () => {
    execFileSync('mkfifo', [join(dir.path, 'pipe.md')]);
    await refused(['plan', 'pipe.md'], /pipe\.md: cannot read the plan file: it is a FIFO/);
  });

  it('a device: exit 2 without reading it', async () => {
    await refused(['plan', 'execute', '/dev/zero'], /\/dev\/zero: unsupported plan file type/);
    const link = join(dir.path, 'zero.md');
    execFileSync('ln', ['-s', '/dev/zero', link]);
    await refused(['plan', 'zero.md'], /zero\.md: cannot read the plan file: it is a character device/);
  });

  it('binary content, an oversized title, several plan files, deep nesting', async () => {
    // A real executable is over the size limit; its first kilobytes are binary.
    copyFileSync(process.execPath, join(dir.path, 'node.md'));
    await refused(
      ['plan', 'node.md'],
      /node\.md: the plan file is too large \(\d+ bytes; the limit is 4194304/,
    );
    writeFileSync(join(dir.path, 'elf.md'), readFileSync(process.execPath).subarray(0, 4096));
    await refused(['plan', 'elf.md'], /elf\.md: the plan file is binary \(it holds NUL bytes\)/);
    writeFileSync(join(dir.path, 'long.md'), `- [ ] ${'x'.repeat(5000)}\n`);
    await refused(
      ['plan', 'long.md'],
      /long\.md:1: the task's title is 5000 characters long; the limit is 4000/,
    );
    await refused(['plan', 'a.md', 'b.md'], /Several plan files given \(a\.md, b\.md\)/);
    writeFileSync(join(dir.path, 'deep.json'), '['.repeat(100_000));
    await refused(['plan', 'deep.json'], /deep\.json: the plan nests 100000 levels deep/);
  });
});
