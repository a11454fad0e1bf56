/**
 * The tmux runner must hand back every byte and the exact exit code of every command, however the
 * scheduler interleaves them. (A busy machine once lost whole outputs: see the runner's comments.)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalRuntime } from '../../src/runtime/local.js';
import { serverSocket, socketDir } from '../../src/runtime/tmux.js';
import type { Worker } from '../../src/runtime/types.js';
import { silentLogger } from '../../src/util/logger.js';
import { tempDir } from '../support/cli.js';
import { planServerLeft, planSessions } from '../support/tmux.js';

const dir = tempDir('orch-runner-');
afterAll(() => dir.remove());

describe('the tmux runner', () => {
  it('returns exact stdout, stderr and exit codes for many concurrent commands', async () => {
    const runtime = new LocalRuntime({ tmux: true, logger: silentLogger });
    const workers: Worker[] = await Promise.all(
      ['a', 'b', 'c', 'd'].map((d) =>
        runtime.startWorker({
          name: `omo-worker-runner${d}`,
          domain: `runner${d}`,
          planId: 'runnertest',
          depth: 1,
          workdir: dir.path,
          runDir: dir.path,
          env: { PATH: process.env.PATH! },
        }),
      ),
    );
    try {
      for (let i = 0; i < 25; i++) {
        const outcomes = await Promise.all(
          workers.map((w, k) =>
            w.run(
              {
                taskId: `t${i}-${k}`,
                script: `printf 'out %s %s\\n' ${i} ${k}; echo "err ${i}" >&2; seq 1 200 | tr -d '\\n'; exit ${k}`,
                env: {},
              },
              new AbortController().signal,
            ),
          ),
        );
        outcomes.forEach((o, k) => {
          expect(o).toEqual({
            exitCode: k,
            stdout: `out ${i} ${k}\n${Array.from({ length: 200 }, (_, n) => n + 1).join('')}`,
            stderr: `err ${i}\n`,
          });
        });
      }
    } finally {
      await runtime.dispose();
    }
    expect(planServerLeft('runnertest')).toBe(false);
  });

  it("ends a stopped worker's session (its dispatcher does), leaving the other workers running", async () => {
    const runtime = new LocalRuntime({ tmux: true, logger: silentLogger });
    const start = (domain: string) =>
      runtime.startWorker({
        name: `omo-worker-${domain}`,
        domain,
        planId: 'runnerstop',
        depth: 1,
        workdir: dir.path,
        runDir: dir.path,
        env: { PATH: process.env.PATH! },
      });
    const [first, second] = await Promise.all([start('stopfirst'), start('stopsecond')]);
    try {
      expect(planSessions('runnerstop').sort()).toEqual(['omo-worker-stopfirst', 'omo-worker-stopsecond']);
      await first!.stop();
      await expect
        .poll(() => planSessions('runnerstop'), { timeout: 5000 })
        .toEqual(['omo-worker-stopsecond']);
      const outcome = await second!.run(
        { taskId: 't', script: 'echo still', env: {} },
        new AbortController().signal,
      );
      expect(outcome).toEqual({ exitCode: 0, stdout: 'still\n', stderr: '' });
      await expect(
        first!.run({ taskId: 't', script: 'true', env: {} }, new AbortController().signal),
      ).rejects.toThrow(/stopped/);
    } finally {
      await runtime.dispose();
    }
    expect(planServerLeft('runnerstop')).toBe(false);
  });

  it('fails a running command within seconds when its tmux server dies, and ends the command too', async () => {
    const runtime = new LocalRuntime({ tmux: true, logger: silentLogger });
    const worker = await runtime.startWorker({
      name: 'omo-worker-runnerdead',
      domain: 'runnerdead',
      planId: 'runnerdead',
      depth: 1,
      workdir: dir.path,
      runDir: dir.path,
      env: { PATH: process.env.PATH! },
    });
    const sleep = `300.${Date.now()}`;
    const sleeping = () =>
      readdirSync('/proc').filter((pid) => {
        try {
          const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          return argv[0] === 'sleep' && argv[1] === sleep;
        } catch {
          return false;
        }
      });
    try {
      const running = worker.run(
        { taskId: 't1', script: `echo started; sleep ${sleep}`, env: {} },
        new AbortController().signal,
      );
      await expect.poll(sleeping, { timeout: 10_000 }).toHaveLength(1);
      const killedAt = Date.now();
      execFileSync('tmux', ['-S', serverSocket('runnerdead'), 'kill-server']);
      const outcome = await running;
      expect(Date.now() - killedAt).toBeLessThan(10_000);
      expect(outcome.exitCode).toBeNull();
      expect(outcome.stdout).toBe('started\n');
      expect(outcome.stderr).toContain("the worker's tmux session ended before the subtask did");
      await expect.poll(sleeping, { timeout: 5_000 }).toEqual([]);
    } finally {
      await runtime.dispose();
    }
  });

  it('fails a command whose working directory is missing, saying so, without hanging', async () => {
    const runtime = new LocalRuntime({ tmux: true, logger: silentLogger });
    const worker = await runtime.startWorker({
      name: 'omo-worker-runnercd',
      domain: 'runnercd',
      planId: 'runnertest2',
      depth: 1,
      workdir: `${dir.path}/missing`,
      runDir: dir.path,
      env: { PATH: process.env.PATH! },
    });
    try {
      const outcome = await worker.run(
        { taskId: 't1', script: 'echo never', env: {} },
        new AbortController().signal,
      );
      expect(outcome.exitCode).not.toBe(0);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toContain(`working directory ${dir.path}/missing does not exist`);
    } finally {
      await runtime.dispose();
    }
  });

  it("starts the run's tmux server on a fresh machine, where tmux's socket directory does not exist yet", async () => {
    // A new runner has no /tmp/tmux-<uid>: tmux makes it for `-L` names only, and with `-S` it said
    // "error creating …" on stderr, exited 0, and every worker then failed to start.
    const fresh = tempDir('orch-tmuxdir-');
    const before = process.env.TMUX_TMPDIR;
    process.env.TMUX_TMPDIR = fresh.path;
    const runtime = new LocalRuntime({ tmux: true, logger: silentLogger });
    try {
      const worker = await runtime.startWorker({
        name: 'omo-worker-fresh',
        domain: 'fresh',
        planId: 'runnerfresh',
        depth: 1,
        workdir: dir.path,
        runDir: dir.path,
        env: { PATH: process.env.PATH! },
      });
      const outcome = await worker.run(
        { taskId: 't1', script: 'echo fresh', env: {} },
        new AbortController().signal,
      );
      expect(outcome).toEqual({ exitCode: 0, stdout: 'fresh\n', stderr: '' });
      expect(planSessions('runnerfresh')).toEqual(['omo-worker-fresh']);
      expect(socketDir().startsWith(fresh.path)).toBe(true);
      expect(statSync(socketDir()).mode & 0o777).toBe(0o700);
    } finally {
      await runtime.dispose();
      expect(planServerLeft('runnerfresh')).toBe(false);
      if (before === undefined) delete process.env.TMUX_TMPDIR;
      else process.env.TMUX_TMPDIR = before;
      fresh.remove();
    }
  });
});
