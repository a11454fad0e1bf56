/**
 * A worker tries to get code run by the host's git, as an attacker would, with the real CLI, the real
 * docker runtime and real git:
 * - it repoints its worktree's `.git` file at metadata of its own whose config sets `core.fsmonitor` and
 *   `core.hooksPath` to its own scripts, hoping the host runs them when it commits the worktree;
 * - in the local runtime it plants a clean filter in `~/.gitconfig` and a `.gitattributes` using it, hoping
 *   the host's `git add` runs the filter.
 * The scripts only create marker files; a marker on the host means the attack worked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, sharedTempDir } from '../support/cli.js';

const dirs: Array<{ remove(): void }> = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});

function repo(): { root: string; repo: string; marks: string; workspace: string; home: string } {
  // Outside /tmp: a sandboxed local worker has a private /tmp, and the attack needs HOME and marks.
  const d = sharedTempDir('orch-git-attack-');
  dirs.push(d);
  const root = d.path;
  const r = join(root, 'repo');
  const marks = join(root, 'marks');
  const home = join(root, 'home');
  for (const dir of [r, marks, home]) mkdirSync(dir, { recursive: true });
  // The container's user must be able to write marks (the attack's scripts run as whoever runs git).
  spawnSync('chmod', ['1777', marks]);
  writeFileSync(join(r, 'README.md'), '# project\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: r, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
  return { root, repo: r, marks, workspace: join(root, 'ws'), home };
}

/** The worker's script: its own git metadata with an fsmonitor and hooks, then `.git` pointed at it. */
function repointAttack(marks: string): string {
  return [
    'set -e',
    `m=${marks}`,
    'w=$PWD',
    // From /: the worktree's own .git points nowhere inside the container, and git would refuse to start.
    '(cd / && git init -q --bare "$w/evil")',
    '(cd / && git config -f "$w/evil/config" core.bare false)',
    'printf "#!/bin/sh\\ntouch $m/fsmonitor-ran\\nexit 1\\n" > evil-fsmonitor',
    'mkdir -p evil-hooks',
    'for h in pre-commit commit-msg post-commit post-merge post-checkout; do printf "#!/bin/sh\\ntouch $m/hook-$h-ran\\n" > evil-hooks/$h; done',
    'chmod +x evil-fsmonitor evil-hooks/*',
    '(cd / && git config -f "$w/evil/config" core.fsmonitor "$w/evil-fsmonitor")',
    '(cd / && git config -f "$w/evil/config" core.hooksPath "$w/evil-hooks")',
    'echo "work" > feature.txt',
    'echo "gitdir: $PWD/evil" > .git',
    'echo attacked',
  ].join('\n');
}

function branchFiles(repoDir: string, branch: string): string[] {
  const r = spawnSync('git', ['ls-tree', '-r', '--name-only', branch], { cwd: repoDir, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : [];
}

describe.each(['docker', 'local'])('a %s worker that repoints its worktree .git', (runtime) => {
  it('gets nothing run on the host, and its changes are refused with the reason', async () => {
    const t = repo();
    const r = await runCli(
      [
        'run',
        'backend:Build API',
        '--runtime',
        runtime,
        '--agent',
        'command',
        '--agent-command',
        repointAttack(t.marks),
        '--workspace',
        t.workspace,
        '--json',
      ],
      { cwd: t.repo, env: { HOME: t.home } },
    );
    const result = JSON.parse(r.stdout) as {
      status: string;
      subtasks: Array<{ status: string; error: string | null }>;
      branches?: { workers: Record<string, string> };
    };
    expect(readdirSync(t.marks)).toEqual([]);
    expect(result.subtasks[0]).toMatchObject({
      status: 'failed',
      error: expect.stringContaining("changed its worktree's git metadata"),
    });
    expect(r.code).toBe(1);
    // Nothing of the worker's reached its branch.
    const branch = result.branches!.workers['omo-worker-backend']!;
    expect(branchFiles(t.repo, branch)).toEqual(['README.md']);
  });
});

describe('a local worker that plants a filter in ~/.gitconfig', () => {
  it('is not run by the host git, which reads the configuration as it was when the run started', async () => {
    const t = repo();
    const attack = [
      'set -e',
      `printf '[filter "evil"]\\n\\tclean = touch ${t.marks}/filter-ran; cat\\n' >> "$HOME/.gitconfig"`,
      'echo "* filter=evil" > .gitattributes',
      'echo "work" > feature.txt',
      'echo done',
    ].join('\n');
    const r = await runCli(
      [
        'run',
        'backend:Build API',
        '--runtime',
        'local',
        '--agent',
        'command',
        '--agent-command',
        attack,
        '--workspace',
        t.workspace,
        '--json',
      ],
      { cwd: t.repo, env: { HOME: t.home } },
    );
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { branches: { workers: Record<string, string> } };
    expect(readdirSync(t.marks)).toEqual([]);
    // The work itself is committed as usual.
    expect(branchFiles(t.repo, result.branches.workers['omo-worker-backend']!)).toContain('feature.txt');
    expect(existsSync(join(t.home, '.gitconfig'))).toBe(true);
    expect(readFileSync(join(t.home, '.gitconfig'), 'utf8')).toContain('filter "evil"');
  });
});
