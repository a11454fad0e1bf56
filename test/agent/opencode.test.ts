import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchCommand, type WatchClock } from '../../src/agent/monitor.js';
import { HEADLESS_PERMISSION, OpencodeAgent, OpencodeMonitor } from '../../src/agent/opencode.js';
import type { CommandOutcome } from '../../src/runtime/types.js';

const fixtureDir = new URL('../fixtures/opencode/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('fixtures.json', fixtureDir), 'utf8')) as Record<
  string,
  { exitCode: number | null; stderr: string }
>;
/** A recorded run as the worker would report it. */
function recorded(name: string): CommandOutcome {
  const meta = manifest[name];
  if (!meta) throw new Error(`no fixture ${name}`);
  return {
    exitCode: meta.exitCode,
    stdout: readFileSync(new URL(`${name}.jsonl`, fixtureDir), 'utf8'),
    stderr: meta.stderr,
  };
}

describe('OpencodeAgent.interpret', () => {
  const agent = new OpencodeAgent();

  it('completes with the final answer and the run details', () => {
    const verdict = agent.interpret(recorded('write'));
    expect(verdict.status).toBe('completed');
    expect(verdict.result).toBe('Created src/hello.txt.');
    expect(verdict.details).toMatchObject({
      filesChanged: ['src/hello.txt'],
      toolCalls: [{ tool: 'write', status: 'completed', input: 'src/hello.txt' }],
      tokens: { total: expect.any(Number) as number },
      cost: 0,
      permissionRejections: [],
      steps: 2,
    });
  });

  it('fails with the model error message (exit 1)', () => {
    const verdict = agent.interpret(recorded('error-400'));
    expect(verdict.status).toBe('failed');
    expect(verdict.error).toBe('Invalid request: fake model refuses (APIError 400)');
  });

  it('fails on an error event even when the exit code is 0', () => {
    const outcome = recorded('error-after-tool');
    const verdict = agent.interpret({ ...outcome, exitCode: 0 });
    expect(verdict.status).toBe('failed');
    expect(verdict.error).toContain('context too long');
    expect(verdict.details?.filesChanged).toEqual(['partial.txt']);
  });

  it('fails a run that a rejected permission stopped, naming the rule', () => {
    const verdict = agent.interpret(recorded('permission-rejected'));
    expect(verdict.status).toBe('failed');
    expect(verdict.error).toContain('permission rejected for write /etc/orch-outside.txt');
    expect(verdict.error).toContain('external_directory (/etc/*)');
  });

  it('completes a run whose model carried on after a denied call, and reports the denial', () => {
    const verdict = agent.interpret(recorded('permission-denied'));
    expect(verdict.status).toBe('completed');
    expect(verdict.details?.permissionRejections).toEqual([
      expect.objectContaining({ kind: 'denied', tool: 'write' }),
    ]);
  });

  it('fails an exit-0 run without an answer', () => {
    const outcome = recorded('killed-after-tool');
    const verdict = agent.interpret({ ...outcome, exitCode: 0 });
    expect(verdict).toMatchObject({ status: 'failed', result: '' });
    expect(verdict.error).toMatch(/finished without an answer .*'tool-calls'/);
  });

  it('keeps the partial work of a killed run', () => {
    const verdict = agent.interpret(recorded('killed-after-tool'));
    expect(verdict.status).toBe('failed');
    expect(verdict.error).toMatch(/stopped before it finished \(after 1 steps and 1 tool calls\)/);
    expect(verdict.details?.filesChanged).toEqual(['before-kill.txt']);
  });

  it('reports the end of stderr when opencode fails without an event', () => {
    const verdict = agent.interpret({
      exitCode: 127,
      stdout: '',
      stderr: 'orchestrate: opencode not found (put it on PATH or set ORCH_OPENCODE_BIN)\n',
    });
    expect(verdict.error).toBe(
      'opencode exited with code 127: orchestrate: opencode not found (put it on PATH or set ORCH_OPENCODE_BIN)',
    );
  });
});

describe('OpencodeMonitor', () => {
  const stepFinish = (total: number, cost = 0) =>
    JSON.stringify({ type: 'step_finish', part: { type: 'step-finish', tokens: { total }, cost } }) + '\n';

  it('stops once the token budget is crossed, judged at step ends, even across chunks', () => {
    const monitor = new OpencodeMonitor({ maxTokens: 5000 });
    expect(monitor.onOutput('stdout', stepFinish(3000))).toBeUndefined();
    const line = stepFinish(2123);
    expect(monitor.onOutput('stdout', line.slice(0, 10))).toBeUndefined();
    expect(monitor.onOutput('stdout', line.slice(10))).toBe('token budget exceeded: 5123 > 5000');
    // Once is enough: the runner is already stopping the command.
    expect(monitor.onOutput('stdout', stepFinish(10))).toBeUndefined();
  });

  it('stops once the cost budget is crossed', () => {
    const monitor = new OpencodeMonitor({ maxCostUsd: 1 });
    expect(monitor.onOutput('stdout', stepFinish(10, 0.6))).toBeUndefined();
    expect(monitor.onOutput('stdout', stepFinish(10, 0.6))).toBe('cost budget exceeded: $1.2000 > $1');
  });

  it('detects a stall from the time of the last stdout, ignoring stderr', () => {
    let now = 1000;
    const monitor = new OpencodeMonitor({ stallMs: 4000, now: () => now });
    expect(monitor.tickMs).toBe(1000);
    expect(monitor.onTick(4000)).toBeUndefined();
    now = 3000;
    monitor.onOutput('stdout', '{"type":"step_start"}\n');
    now = 6500;
    monitor.onOutput('stderr', 'log noise\n');
    expect(monitor.onTick(6999)).toBeUndefined();
    expect(monitor.onTick(7000)).toBe('stalled: no output for 4.0s (limit 4.0s)');
    expect(monitor.onTick(9000)).toBeUndefined();
  });

  it('has no tick without a stall limit', () => {
    expect(new OpencodeMonitor({ maxTokens: 1 }).tickMs).toBe(0);
  });
});

describe('watchCommand', () => {
  function manualClock() {
    let callback: (() => void) | undefined;
    let cleared = false;
    let now = 0;
    const clock: WatchClock = {
      now: () => now,
      setInterval: (cb) => {
        callback = cb;
        return {};
      },
      clearInterval: () => {
        cleared = true;
      },
    };
    return {
      clock,
      tick: (to: number) => {
        now = to;
        callback?.();
      },
      get cleared() {
        return cleared;
      },
    };
  }

  it('ticks a timed monitor and stops once with the first reason', () => {
    const t = manualClock();
    const reasons: string[] = [];
    const monitor = new OpencodeMonitor({ stallMs: 1000, now: () => 0 });
    const watch = watchCommand(monitor, (reason) => reasons.push(reason), t.clock);
    t.tick(500);
    expect(reasons).toEqual([]);
    t.tick(1500);
    t.tick(2500);
    expect(reasons).toEqual(['stalled: no output for 1.5s (limit 1.0s)']);
    expect(watch.reason).toBe(reasons[0]);
    expect(t.cleared).toBe(true);
  });

  it('passes output to the monitor and tolerates no monitor at all', () => {
    const reasons: string[] = [];
    const watch = watchCommand(new OpencodeMonitor({ maxTokens: 1 }), (r) => reasons.push(r));
    watch.onOutput('stdout', '{"type":"step_finish","part":{"tokens":{"total":2}}}\n');
    expect(reasons).toEqual(['token budget exceeded: 2 > 1']);
    watch.dispose();
    const none = watchCommand(undefined, () => reasons.push('never'));
    none.onOutput('stdout', 'x');
    none.dispose();
    expect(reasons).toHaveLength(1);
  });
});

describe('OpencodeAgent.invocation', () => {
  const base = mkdtempSync(join(tmpdir(), 'orch-oc-script-'));
  // By absolute path: some cases run with a PATH that has no bash on it.
  const bash = execFileSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  // A stand-in for the binary that reports how it was called.
  const fakeBin = join(base, 'bin dir', 'opencode');
  mkdirSync(join(base, 'bin dir'));
  writeFileSync(
    fakeBin,
    `#!/bin/bash
printf 'arg=%s\\n' "$@"
printf 'pwd=%s\\n' "$PWD"
printf 'real=%s\\n' "$(pwd -P)"
printf 'permission=%s\\n' "$OPENCODE_PERMISSION"
printf 'stdin=%s\\n' "$(cat)"
`,
  );
  chmodSync(fakeBin, 0o755);

  function runScript(agent: OpencodeAgent, workdir: string, extraEnv: Record<string, string> = {}): string {
    const promptFile = join(base, "prompt 'quoted' $(x).md");
    writeFileSync(promptFile, 'Do the thing; `rm -rf /` is just text\n');
    const { script, env } = agent.invocation({
      taskId: 't1',
      description: 'Build "it"\nnow $(whoami)',
      domain: 'backend',
      promptFile,
      workdir,
    });
    return execFileSync(bash, ['-c', script], {
      cwd: base,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PWD: base, ...env, ...extraEnv },
      encoding: 'utf8',
    });
  }

  it('runs the binary in the workdir with the prompt on stdin, quoting everything', () => {
    const workdir = join(base, 'work dir $HOME "q"');
    mkdirSync(workdir);
    const agent = new OpencodeAgent({ binary: fakeBin, model: 'fake/model with space' });
    const out = runScript(agent, workdir);
    expect(out).toContain(
      [
        'arg=run',
        'arg=--format',
        'arg=json',
        'arg=--dir',
        `arg=${workdir}`,
        'arg=--title',
        'arg=t1: Build "it" now $(whoami)',
        'arg=--model',
        'arg=fake/model with space',
      ].join('\n'),
    );
    expect(out).toContain(`pwd=${workdir}\n`);
    expect(out).toContain(`real=${workdir}\n`);
    expect(out).toContain('stdin=Do the thing; `rm -rf /` is just text');
    expect(JSON.parse(/permission=(.*)/.exec(out)?.[1] ?? '')).toEqual(HEADLESS_PERMISSION);
  });

  it('leaves out --model without a model, and lets the caller’s OPENCODE_PERMISSION win', () => {
    const agent = new OpencodeAgent({ binary: fakeBin });
    const out = runScript(agent, base, { OPENCODE_PERMISSION: '{"bash":"deny"}' });
    expect(out).not.toContain('--model');
    expect(out).toContain('permission={"bash":"deny"}');
  });

  it('finds opencode on PATH', () => {
    const out = runScript(new OpencodeAgent(), base, { PATH: `${join(base, 'bin dir')}:/usr/bin:/bin` });
    expect(out).toContain('arg=run');
  });

  // /usr/local/bin/opencode is the last resort; where it exists the script would run it.
  it.skipIf(existsSync('/usr/local/bin/opencode'))('says so clearly when there is no opencode', () => {
    let error: { status?: number; stderr?: string } = {};
    try {
      runScript(new OpencodeAgent(), base, { PATH: '/nonexistent' });
    } catch (caught) {
      error = caught as typeof error;
    }
    expect(error.status).toBe(127);
    expect(error.stderr).toContain('opencode not found');
  });
});
