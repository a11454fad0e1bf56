/**
 * The core end to end: the real CLI, real processes, real tmux and git, the command agent. No mocks.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli, tempDir } from '../support/cli.js';
import { capturePane, planServerLeft } from '../support/tmux.js';

const ws = tempDir('orch-ws-');
const env = {
  ORCH_WORKSPACE: ws.path,
  GITHUB_TOKEN: 'ghs_must_not_leak',
  MY_SETTING: 'passed-on',
  OPENCODE_FOO: 'bar',
};
afterAll(() => ws.remove());
/** Runs that need no repository run outside one: never in this project's own checkout, whose branches they would add to. */
const plain = join(ws.path, 'plain');
mkdirSync(plain);

const planOf = (stdout: string): string => /Plan (\w+):/.exec(stdout)![1]!;

/**
 * Live (non-zombie) `sleep <seconds>` processes. Pids a worker prints are of its own PID namespace (the
 * sandbox), so tests find its processes by a unique argument instead.
 */
function sleepers(seconds: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const live = stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
      if (argv[0] === 'sleep' && argv[1] === seconds && live) found.push(+entry);
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

/** A `sleep` argument no other process on this machine has: 300 seconds and a unique fraction. */
const uniqueSleep = () => `300.${Date.now()}${Math.floor(Math.random() * 1000)}`;

function runDir(stdout: string): string {
  const m = /Results: (\S+)/.exec(stdout);
  if (!m) throw new Error(`no results dir in: ${stdout}`);
  return m[1]!;
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('the bundle', () => {
  it('prints help with no npm install, and a reader closing the pipe early is no error', () => {
    const r = spawnSync('bash', ['-c', 'node dist/cli/index.js --help | head -1; exit ${PIPESTATUS[0]}'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('Usage: orchestrate [options] [command]\n');
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.status).toBe(0);
  });
});

describe('orchestrate plan', () => {
  it('prints the plan as the contract JSON', async () => {
    const r = await runCli(
      ['plan', '--json', 'Build login UI, Create JWT API, Write tests, Security audit'],
      { env },
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.subtasks.map((s: { id: string; domain: string }) => `${s.id}:${s.domain}`)).toEqual([
      't1:frontend',
      't2:backend',
      't3:testing',
      't4:security',
    ]);
    expect(plan.workers.map((w: { name: string }) => w.name)).toEqual([
      'omo-worker-frontend',
      'omo-worker-backend',
      'omo-worker-testing',
      'omo-worker-security',
    ]);
  });

  it.each([
    [['a (id: a) (depends_on: b)', 'b (id: b) (depends_on: a)'], /a -> b -> a/],
    [['Create API (id: api) (depends_on: db)'], /unknown task id 'db'/],
    [['x (id: a)', 'y (id: a)'], /Duplicate task id 'a'/],
    [['  '], /Empty task list/],
  ])('refuses %j with exit 2 and names the culprit', async (input, message) => {
    const r = await runCli(['run', ...input, '--agent', 'command', '--agent-command', 'touch ran'], {
      env,
      cwd: plain,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a malformed plan file naming file and line', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, 'plan.yaml'), 'tasks:\n  - id: a\n    description: [unclosed\n');
      const r = await runCli(['plan', 'plan.yaml'], { env, cwd: dir.path });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/plan\.yaml:\d+/);
    } finally {
      dir.remove();
    }
  });
});

describe('orchestrate run (local runtime, command agent)', () => {
  it('runs workers in parallel in tmux, passes dependency results, and writes the run files', async () => {
    const cmd =
      'echo "done $ORCH_TASK_ID by $ORCH_WORKER_NAME at depth $ORCH_DEPTH token=${GITHUB_TOKEN:-none} setting=${MY_SETTING:-none} oc=${OPENCODE_FOO:-none}"; grep -c "Context from previous steps" "$ORCH_PROMPT_FILE" || true';
    const r = await runCli(
      [
        'run',
        'frontend:Build page | backend:Build API | testing:Write tests (depends_on: t1, t2)',
        '--runtime',
        'local',
        '--agent',
        'command',
        '--agent-command',
        cmd,
        '--env',
        'MY_SETTING',
      ],
      { env, cwd: plain },
    );
    expect(r.code, r.stderr).toBe(0);
    const dir = runDir(r.stdout);
    const files = readdirSync(dir);
    for (const f of [
      'plan.json',
      'event_log.jsonl',
      'summary.md',
      'worker-frontend_result.json',
      'worker-testing_prompt.md',
    ]) {
      expect(files).toContain(f);
    }
    const testing = json(join(dir, 'worker-testing_result.json'));
    expect(testing).toMatchObject({
      worker: 'omo-worker-testing',
      domain: 'testing',
      status: 'completed',
      mode: 'parallel',
    });
    const t3 = testing.subtasks[0];
    expect(t3.result).toBe('done t3 by omo-worker-testing at depth 1 token=none setting=passed-on oc=bar\n1');
    expect(Object.keys(t3).sort()).toEqual(
      [
        'id',
        'description',
        'status',
        'startedAt',
        'finishedAt',
        'durationMs',
        'result',
        'error',
        'domain',
        'worker',
        'dependsOn',
      ].sort(),
    );
    const prompt = readFileSync(join(dir, 'prompts/t3.md'), 'utf8');
    expect(prompt).toContain(
      'Context from previous steps:\nSubtask t1: Build page\nResult:\ndone t1 by omo-worker-frontend',
    );
    expect(prompt).toContain('Subtask t2: Build API\nResult:\ndone t2');

    const events = readFileSync(join(dir, 'event_log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const types = new Set(events.map((e: { type: string }) => e.type));
    for (const t of [
      'plan.created',
      'worker.spawned',
      'task.started',
      'task.completed',
      'worker.stopped',
      'plan.completed',
    ]) {
      expect(types).toContain(t);
    }
    for (const e of events)
      expect(e).toMatchObject({ planId: expect.any(String), ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    // t3 starts only after both of its dependencies completed.
    const idx = (type: string, id: string) =>
      events.findIndex((e: { type: string; taskId?: string }) => e.type === type && e.taskId === id);
    expect(idx('task.started', 't3')).toBeGreaterThan(
      Math.max(idx('task.completed', 't1'), idx('task.completed', 't2')),
    );
    expect(planServerLeft(planOf(r.stdout))).toBe(false);
  });

  it('shows the agent live in the tmux session omo-worker-<domain>', async () => {
    const marker = `live-${Date.now()}`;
    const child = spawnCli(
      [
        'run',
        `documentation:Write guide`,
        '--runtime',
        'local',
        '--agent',
        'command',
        '--agent-command',
        `echo ${marker}; sleep 30`,
      ],
      { env, cwd: plain },
    );
    try {
      let screen = '';
      let planId = '';
      for (let i = 0; i < 100 && !screen.includes(marker); i++) {
        await new Promise((r) => setTimeout(r, 100));
        const live = JSON.parse((await runCli(['workers', '--json'], { env })).stdout) as Array<{
          name: string;
          planId?: string;
        }>;
        planId = live.find((w) => w.name === 'omo-worker-documentation')?.planId ?? '';
        if (planId) screen = capturePane(planId, 'omo-worker-documentation');
      }
      expect(screen).toContain(marker);
      const workers = await runCli(['workers'], { env });
      expect(workers.stdout).toContain(`tmux -L omo-${planId} attach -t omo-worker-documentation`);
    } finally {
      child.kill('SIGINT');
    }
    const r = await child.done;
    expect(r.code).toBe(130);
    expect(planServerLeft(planOf(r.stdout))).toBe(false);
  });

  it('fails only the failing branch: dependents skipped, independent work completes, exit 1', async () => {
    const r = await runCli(
      [
        'run',
        'Set up database schema (id: db)',
        'Create API (id: api) (depends_on: db)',
        'Write docs (id: docs)',
        '--agent',
        'command',
        '--agent-command',
        '[ "$ORCH_TASK_ID" != db ] || { echo broken >&2; exit 3; }; echo ok',
      ],
      { env, cwd: plain },
    );
    expect(r.code).toBe(1);
    const dir = runDir(r.stdout);
    const status = json(join(dir, 'status.json'));
    const byId = Object.fromEntries(
      status.subtasks.map((s: { id: string; status: string }) => [s.id, s.status]),
    );
    expect(byId).toEqual({ db: 'failed', api: 'skipped', docs: 'completed' });
    const db = json(join(dir, 'worker-database_result.json')).subtasks[0];
    expect(db.error).toMatch(/exited with code 3: broken/);
  });

  it('times out a subtask and kills its whole process tree', async () => {
    const sleep = uniqueSleep();
    const r = await runCli(
      [
        'run',
        'backend:Hang forever',
        '--agent',
        'command',
        '--agent-command',
        `sleep ${sleep} & echo started; wait`,
        '--timeout',
        '1s',
      ],
      { env, cwd: plain },
    );
    expect(r.code).toBe(1);
    const result = json(join(runDir(r.stdout), 'worker-backend_result.json')).subtasks[0];
    expect(result.status).toBe('timed_out');
    expect(sleepers(sleep)).toEqual([]);
    expect(planServerLeft(planOf(r.stdout))).toBe(false);
  });

  it('ends a subtask when its command ends, taking its background children along', async () => {
    const sleep = uniqueSleep();
    for (const tmux of [[], ['--no-tmux']]) {
      const started = Date.now();
      const r = await runCli(
        [
          'run',
          'backend:Start a daemon',
          ...tmux,
          '--agent',
          'command',
          '--agent-command',
          `(sleep ${sleep} &); echo hi`,
        ],
        { env, cwd: plain },
      );
      expect(r.code, r.stderr).toBe(0);
      expect(json(join(runDir(r.stdout), 'worker-backend_result.json')).subtasks[0]).toMatchObject({
        status: 'completed',
        result: 'hi',
      });
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(sleepers(sleep)).toEqual([]);
    }
  });

  it('stops every worker on SIGTERM and leaves no process behind (exit 130)', async () => {
    const sleep = uniqueSleep();
    const child = spawnCli(
      [
        'run',
        'frontend:A | backend:B | testing:C',
        '--agent',
        'command',
        '--agent-command',
        `sleep ${sleep} & echo started; wait`,
      ],
      { env, cwd: plain },
    );
    for (let i = 0; i < 100 && sleepers(sleep).length < 3; i++) await new Promise((r) => setTimeout(r, 100));
    expect(sleepers(sleep)).toHaveLength(3);
    child.kill('SIGTERM');
    const r = await child.done;
    expect(r.code).toBe(130);
    expect(sleepers(sleep)).toEqual([]);
    expect(planServerLeft(planOf(r.stdout))).toBe(false);
    const status = json(join(runDir(r.stdout), 'status.json'));
    expect(status.plan.status).toBe('cancelled');
  });

  it('runs sequentially at the depth limit, without workers', async () => {
    const r = await runCli(
      ['run', 'frontend:A | backend:B', '--agent', 'command', '--agent-command', 'echo "depth=$ORCH_DEPTH"'],
      {
        env: { ...env, ORCH_DEPTH: '2', ORCH_MAX_DEPTH: '2' },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Max depth reached, no worker spawning allowed');
    const dir = runDir(r.stdout);
    const result = json(join(dir, 'worker-frontend_result.json'));
    expect(result.mode).toBe('sequential');
    expect(result.subtasks[0].result).toBe('depth=3');
    const events = readFileSync(join(dir, 'event_log.jsonl'), 'utf8');
    expect(events).not.toContain('worker.spawned');
  });

  it('writes prompt files instead of running with --runtime prompt-files, and that is a success', async () => {
    const r = await runCli(
      ['run', 'Set up db (id: db)', 'Create API (id: api) (depends_on: db)', '--runtime', 'prompt-files'],
      { env, cwd: plain },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/opencode run < .*prompts\/db\.md/);
    expect(r.stderr).not.toContain('warning:');
    expect(r.stdout).toMatch(/Plan \w+: prompts_written in .* \(parallel, prompt-files runtime\)/);
    const dir = runDir(r.stdout);
    expect(readFileSync(join(dir, 'worker-backend_prompt.md'), 'utf8')).toContain(
      'Context from previous steps:',
    );
    const planId = /Plan (\w+):/.exec(r.stdout)![1]!;
    const status = await runCli(['status', planId, '--json'], { env });
    expect(JSON.parse(status.stdout)).toMatchObject({
      plan: { id: planId, status: 'prompts_written' },
      subtasks: [
        { id: 'db', status: 'pending' },
        { id: 'api', status: 'pending' },
      ],
    });
  });

  it('falls back to prompt files, saying why, when the opencode agent cannot be found (bundle, clean dir)', async () => {
    // The committed bundle copied away from this checkout's node_modules, on a PATH without opencode.
    const d = tempDir();
    try {
      cpSync(join(ROOT, 'dist/cli'), join(d.path, 'cli'), { recursive: true });
      writeFileSync(join(d.path, 'package.json'), '{"type":"module"}');
      const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [join(d.path, 'cli/index.js'), 'run', 'frontend:Build page | backend:Build API'],
          {
            cwd: d.path,
            env: { PATH: '/usr/bin:/bin', HOME: d.path, ORCH_WORKSPACE: join(d.path, 'ws'), CI: 'true' },
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (x: Buffer) => (stdout += x.toString()));
        child.stderr.on('data', (x: Buffer) => (stderr += x.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/opencode agent was not found.*wrote prompt files instead/);
      expect(r.stderr).toMatch(/opencode run < .*prompts\/t1\.md/);
      expect(readdirSync(runDir(r.stdout))).toContain('worker-frontend_prompt.md');
    } finally {
      d.remove();
    }
  });

  it('answers status with the contract JSON', async () => {
    const r = await runCli(['run', 'frontend:A', '--agent', 'command', '--agent-command', 'echo hi'], {
      env,
      cwd: plain,
    });
    const planId = planOf(r.stdout);
    const s = await runCli(['status', planId, '--json'], { env });
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout)).toEqual({
      plan: { id: planId, status: 'completed', taskDescription: 'frontend:A' },
      subtasks: [
        { index: 0, id: 't1', status: 'completed', description: 'A', domain: 'frontend', result: 'hi' },
      ],
    });
    const missing = await runCli(['status', 'nope'], { env });
    expect(missing.code).toBe(2);
  });
});

describe('git worktrees', () => {
  let repo: ReturnType<typeof tempDir>;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.path, encoding: 'utf8' }).trim();

  beforeAll(() => {
    repo = tempDir('orch-repo-');
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    writeFileSync(join(repo.path, 'README.md'), 'base\n');
    writeFileSync(join(repo.path, 'shared.txt'), 'base\n');
    git('add', '-A');
    git('commit', '-qm', 'base');
  });
  afterAll(() => repo.remove());

  it('gives each worker its own branch, merges dependencies first and everything at the end', async () => {
    const cmd = [
      'echo "$ORCH_TASK_ID" > "$ORCH_TASK_DOMAIN.txt"',
      // The dependent sees its dependencies' files; parallel workers never see each other's.
      'ls *.txt | tr "\\n" " "',
    ].join('; ');
    const r = await runCli(
      [
        'run',
        'frontend:A (id: a)',
        'backend:B (id: b)',
        'testing:C (id: c) (depends_on: a, b)',
        '--agent',
        'command',
        '--agent-command',
        cmd,
      ],
      {
        env,
        cwd: repo.path,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const planId = planOf(r.stdout);
    expect(r.stdout).toContain(`merged: orchestrate/${planId}/merged`);
    const results = (d: string) => json(join(runDir(r.stdout), `worker-${d}_result.json`)).subtasks[0].result;
    expect(results('frontend')).toBe('frontend.txt shared.txt');
    expect(results('testing')).toBe('backend.txt frontend.txt shared.txt testing.txt');
    expect(
      git('branch', '--list', `orchestrate/${planId}/*`)
        .split('\n')
        .map((b) => b.trim())
        .sort(),
    ).toEqual([
      `orchestrate/${planId}/backend`,
      `orchestrate/${planId}/frontend`,
      `orchestrate/${planId}/merged`,
      `orchestrate/${planId}/testing`,
    ]);
    expect(git('ls-tree', '--name-only', `orchestrate/${planId}/merged`).split('\n').sort()).toEqual([
      'README.md',
      'backend.txt',
      'frontend.txt',
      'shared.txt',
      'testing.txt',
    ]);
    // The user's checkout is untouched.
    expect(git('status', '--porcelain')).toBe('');
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('reports conflicting files instead of failing silently', async () => {
    const r = await runCli(
      [
        'run',
        'frontend:A | backend:B',
        '--agent',
        'command',
        '--agent-command',
        'echo "$ORCH_TASK_DOMAIN" > shared.txt; echo ok',
      ],
      {
        env,
        cwd: repo.path,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/conflicts: shared\.txt/);
    expect(readFileSync(join(runDir(r.stdout), 'summary.md'), 'utf8')).toMatch(
      /Merge conflicts in: .*shared\.txt/,
    );
  });

  it('checks off the completed items of a markdown plan', async () => {
    const plan =
      '# Plan\n\n- [x] Already done (id: old)\n- [ ] Build login form (id: ui) (depends_on: old) [Skill: react]\n- [ ] Write API tests (id: tests)\n';
    writeFileSync(join(repo.path, 'plan.md'), plan);
    git('add', 'plan.md');
    git('commit', '-qm', 'plan');
    const r = await runCli(
      [
        'run',
        'execute',
        'plan.md',
        '--agent',
        'command',
        '--agent-command',
        '[ "$ORCH_TASK_ID" = ui ] && echo built || exit 1',
      ],
      {
        env,
        cwd: repo.path,
      },
    );
    expect(r.code).toBe(1);
    expect(readFileSync(join(repo.path, 'plan.md'), 'utf8')).toBe(
      '# Plan\n\n- [x] Already done (id: old)\n- [x] Build login form (id: ui) (depends_on: old) [Skill: react]\n- [ ] Write API tests (id: tests)\n',
    );
  });
});
