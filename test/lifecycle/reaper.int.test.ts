/**
 * An orchestrator killed with SIGKILL cleans up nothing. Its run must be reported `interrupted`, and the next
 * run (or `kill-all`) must end and remove everything it left: the run's tmux server with its sessions and
 * panes, the processes of its subtasks, its worktrees and temp folders, its containers, and (on a root host)
 * the ownership it handed to the container user. Real CLI, real tmux, git and Docker.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, sharedTempDir, spawnCli } from '../support/cli.js';
import { planServerLeft } from '../support/tmux.js';

const dirs: Array<{ remove(): void }> = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});

function project(): { repo: string; workspace: string; env: NodeJS.ProcessEnv } {
  const d = sharedTempDir('orch-reap-');
  dirs.push(d);
  const repo = join(d.path, 'repo');
  mkdirSync(repo);
  writeFileSync(join(repo, 'README.md'), '# app\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
  const workspace = join(d.path, 'ws');
  return { repo, workspace, env: { ORCH_WORKSPACE: workspace } };
}

function sleepers(seconds: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (argv[0] === 'sleep' && argv[1] === seconds && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z')
        found.push(+entry);
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

const uniqueSleep = () => `300.${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function until(what: string, probe: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts a run of two long subtasks, waits until both run, and kills the orchestrator with SIGKILL. */
async function killedRun(
  p: ReturnType<typeof project>,
  extra: string[] = [],
): Promise<{ planId: string; sleep: string }> {
  const sleep = uniqueSleep();
  const child = spawnCli(
    [
      'run',
      'frontend:Build page | backend:Build API',
      ...extra,
      '--agent',
      'command',
      '--agent-command',
      `echo x > "$ORCH_TASK_DOMAIN.txt"; sleep ${sleep}`,
    ],
    { cwd: p.repo, env: p.env },
  );
  await until('both subtasks to run', () => sleepers(sleep).length === 2);
  const runs = readdirSync(join(p.workspace, 'runs'));
  expect(runs).toHaveLength(1);
  child.kill('SIGKILL');
  await child.done;
  return { planId: runs[0]!, sleep };
}

const worktrees = (repo: string) =>
  execFileSync('git', ['worktree', 'list'], { cwd: repo, encoding: 'utf8' }).trim().split('\n');

describe('a run whose orchestrator was killed', () => {
  it('is reported interrupted, and kill-all ends and removes what it left', async () => {
    const p = project();
    const { planId, sleep } = await killedRun(p);

    const status = await runCli(['status', planId, '--json'], { env: p.env });
    expect(JSON.parse(status.stdout).plan.status).toBe('interrupted');
    // Left behind, as a SIGKILL leaves things:
    expect(sleepers(sleep)).toHaveLength(2);
    expect(planServerLeft(planId)).toBe(true);
    expect(worktrees(p.repo)).toHaveLength(3);

    const kill = await runCli(['kill-all'], { env: p.env });
    expect(kill.code, kill.stderr).toBe(0);
    expect(kill.stdout).toContain(`tmux server omo-${planId}`);
    expect(sleepers(sleep)).toEqual([]);
    expect(planServerLeft(planId)).toBe(false);
    expect(worktrees(p.repo)).toHaveLength(1);
    expect(existsSync(join(p.workspace, 'worktrees', planId))).toBe(false);
    expect(readdirSync(join(p.workspace, 'active'))).toEqual([]);
    // The status on disk says so too now, and the branches (the work) stay.
    const onDisk = JSON.parse(readFileSync(join(p.workspace, 'runs', planId, 'status.json'), 'utf8'));
    expect(onDisk.plan.status).toBe('interrupted');
    const branches = execFileSync('git', ['branch', '--list', `orchestrate/${planId}/*`], {
      cwd: p.repo,
      encoding: 'utf8',
    });
    expect(branches).toContain(`orchestrate/${planId}/frontend`);
  });

  it('kill-all stops a live run: its orchestrator exits 130 and nothing of it is left', async () => {
    const p = project();
    const sleep = uniqueSleep();
    const child = spawnCli(
      ['run', 'frontend:A | backend:B', '--agent', 'command', '--agent-command', `sleep ${sleep}`],
      { cwd: p.repo, env: p.env },
    );
    await until('both subtasks to run', () => sleepers(sleep).length === 2);
    const planId = readdirSync(join(p.workspace, 'runs'))[0]!;
    const kill = await runCli(['kill-all'], { env: p.env });
    expect(kill.stdout).toContain(`orchestrator ${child.pid} (plan ${planId})`);
    expect((await child.done).code).toBe(130);
    expect(sleepers(sleep)).toEqual([]);
    expect(planServerLeft(planId)).toBe(false);
    // No runner of the run is left waiting on a tmux that is gone.
    const runners = spawnSync('pgrep', ['-f', `omo-tmux-run omo-worker-.* ${p.workspace}`]).stdout.toString();
    expect(runners.trim()).toBe('');
    expect(worktrees(p.repo)).toHaveLength(1);
    expect(readdirSync(join(p.workspace, 'active'))).toEqual([]);
  });

  it('without tmux or sandbox: the next run ends its process groups and removes its worktrees', async () => {
    // (In the sandbox, a subtask's processes die with the orchestrator already: bwrap --die-with-parent.)
    const p = project();
    const { planId, sleep } = await killedRun(p, ['--no-tmux', '--no-sandbox']);
    expect(sleepers(sleep)).toHaveLength(2);

    const next = await runCli(
      ['run', 'documentation:Write docs', '--agent', 'command', '--agent-command', 'echo ok'],
      {
        cwd: p.repo,
        env: p.env,
      },
    );
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain(`reaped process group`);
    expect(sleepers(sleep)).toEqual([]);
    expect(worktrees(p.repo)).toHaveLength(1);
    const status = await runCli(['status', planId, '--json'], { env: p.env });
    expect(JSON.parse(status.stdout).plan.status).toBe('interrupted');
  });

  it.runIf(process.getuid?.() === 0)(
    'on a root host with docker workers: the next run removes its containers and gives the files back',
    async () => {
      const p = project();
      const { planId } = await killedRun(p, ['--runtime', 'docker']);
      const tree = join(p.workspace, 'worktrees', planId, 'frontend');
      expect(statSync(tree).uid).toBe(1000);
      const containers = () =>
        spawnSync('docker', ['ps', '-aq', '--filter', `label=org.orchestrate-action.plan-id=${planId}`], {
          encoding: 'utf8',
        }).stdout.trim();
      expect(containers()).not.toBe('');

      const next = await runCli(
        ['run', 'documentation:Write docs', '--agent', 'command', '--agent-command', 'echo ok'],
        {
          cwd: p.repo,
          env: p.env,
        },
      );
      expect(next.code, next.stderr).toBe(0);
      expect(containers()).toBe('');
      expect(existsSync(tree)).toBe(false);
      const runDir = join(p.workspace, 'runs', planId);
      const owners = readdirSync(runDir).map((f) => statSync(join(runDir, f)).uid);
      expect(new Set([statSync(runDir).uid, ...owners])).toEqual(new Set([0]));
    },
  );
});
