/**
 * The opencode agent end to end: its script runs the real OpenCode binary (plain `bash -c`, in its own
 * process group, as a worker would) against the scripted fake model server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { watchCommand } from '../../src/agent/monitor.js';
import { OpencodeAgent, type OpencodeAgentOptions } from '../../src/agent/opencode.js';
import { resolveOpencodeBinary } from '../../src/agent/opencode-binary.js';
import type { CommandOutcome } from '../../src/runtime/types.js';
import {
  opencodeTestEnv,
  startFakeModelServer,
  type FakeModelServer,
  type OpencodeTestEnvOptions,
} from '../support/fake-model-server.js';

const binary = resolveOpencodeBinary(process.env);

describe.skipIf(!binary)('opencode agent with the real binary', () => {
  let base: string;
  let server: FakeModelServer;
  const running = new Set<number>();
  let runs = 0;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'orch-opencode-int-'));
  });
  beforeEach(async () => {
    server = await startFakeModelServer();
  });
  afterEach(async () => {
    for (const pid of running) killGroup(pid);
    running.clear();
    await server.close();
  });
  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  interface AgentRun {
    outcome: CommandOutcome;
    reason?: string;
    workdir: string;
    ms: number;
  }

  /** Runs one subtask the way a worker would, stopping it (the whole process group) when the monitor says so. */
  async function runAgent(
    prompt: string,
    options: Omit<OpencodeAgentOptions, 'binary'> = {},
    envOptions: OpencodeTestEnvOptions = {},
  ): Promise<AgentRun> {
    const run = ++runs;
    const workdir = join(base, `work-${run}`);
    // The caller's directory, deliberately not the workdir: OpenCode must not work here (the PWD pitfall).
    const callerDir = join(base, `caller-${run}`);
    mkdirSync(workdir);
    mkdirSync(callerDir);
    const promptFile = join(base, `prompt-${run}.md`);
    writeFileSync(promptFile, prompt);

    const agent = new OpencodeAgent({ ...options, binary });
    const { script, env } = agent.invocation({
      taskId: `t${run}`,
      description: 'int test',
      domain: 'testing',
      promptFile,
      workdir,
    });
    const started = Date.now();
    const child = spawn('bash', ['-c', script], {
      cwd: callerDir,
      env: { ...opencodeTestEnv(server.url, join(base, 'opencode'), envOptions), PWD: callerDir, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid !== undefined) running.add(child.pid);
    const watch = watchCommand(agent.monitor(), () => child.pid !== undefined && killGroup(child.pid));
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      watch.onOutput('stdout', chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      watch.onOutput('stderr', chunk);
    });
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code));
    });
    watch.dispose();
    if (child.pid !== undefined) running.delete(child.pid);
    return { outcome: { exitCode, stdout, stderr }, reason: watch.reason, workdir, ms: Date.now() - started };
  }

  it('writes files in the workdir it is given and answers with text', async () => {
    const run = await runAgent(
      'Create the greeting. [[write: src/greeting.txt | Hello\\nworld]] [[reply: Created src/greeting.txt with a greeting.]]',
      { model: 'fake/fake-model' },
    );
    const verdict = new OpencodeAgent().interpret(run.outcome);
    expect(verdict, run.outcome.stderr).toMatchObject({
      status: 'completed',
      result: 'Created src/greeting.txt with a greeting.',
    });
    expect(readFileSync(join(run.workdir, 'src', 'greeting.txt'), 'utf8')).toBe('Hello\nworld');
    expect(existsSync(join(base, `caller-${runs}`, 'src'))).toBe(false);
    expect(verdict.details).toMatchObject({ filesChanged: ['src/greeting.txt'], steps: 2 });
    // Our own session title spares the model a title request.
    expect(server.requests.title()).toHaveLength(0);
    expect(server.requests.agent()).toHaveLength(2);
    expect(server.requests.agent()[0]?.body?.model).toBe('fake-model');
  });

  it('fails with the model’s message on an HTTP 400', async () => {
    const run = await runAgent('Please fail. [[error400: Invalid request: budget key missing]]');
    expect(run.outcome.exitCode).toBe(1);
    const verdict = new OpencodeAgent().interpret(run.outcome);
    expect(verdict.status).toBe('failed');
    expect(verdict.error).toContain('Invalid request: budget key missing');
  });

  it('runs bash and is denied, not stuck, outside its checkout under the default permission config', async () => {
    const outside = join(base, 'outside.txt');
    const run = await runAgent(
      `[[bash: echo from-bash > by-bash.txt]] [[write: ${outside} | nope]] [[reply: Done what I could.]]`,
      {},
      // OpenCode's own defaults (external_directory: ask): only the agent's OPENCODE_PERMISSION decides.
      { config: { permission: {} } },
    );
    const verdict = new OpencodeAgent().interpret(run.outcome);
    expect(verdict, run.outcome.stdout).toMatchObject({ status: 'completed', result: 'Done what I could.' });
    expect(readFileSync(join(run.workdir, 'by-bash.txt'), 'utf8')).toBe('from-bash\n');
    expect(existsSync(outside)).toBe(false);
    expect(verdict.details?.permissionRejections).toEqual([
      expect.objectContaining({ tool: 'write', kind: 'denied', input: outside }),
    ]);
  });

  it('stops a run over its token budget and keeps its partial output', async () => {
    server.enqueue(
      {
        toolCalls: [{ name: 'write', arguments: { filePath: 'one.txt', content: '1' } }],
        usage: { prompt_tokens: 3000, completion_tokens: 0 },
      },
      {
        toolCalls: [{ name: 'write', arguments: { filePath: 'two.txt', content: '2' } }],
        usage: { prompt_tokens: 3000, completion_tokens: 0 },
      },
      // Never reached in time: the run is stopped after the second step.
      { text: 'too late', delayMs: 60_000 },
    );
    const run = await runAgent('Spend tokens.', { maxTokens: 5000 });
    expect(run.reason).toBe('token budget exceeded: 6000 > 5000');
    expect(run.outcome.exitCode).toBeNull();
    const verdict = new OpencodeAgent().interpret(run.outcome);
    expect(verdict.status).toBe('failed');
    expect(verdict.details).toMatchObject({ filesChanged: ['one.txt', 'two.txt'], tokens: { total: 6000 } });
    expect(existsSync(join(run.workdir, 'two.txt'))).toBe(true);
  });

  it('detects a model that hangs', async () => {
    // The limit counts from the start too (a model that hangs on its first answer prints nothing at all),
    // so it must outlast OpenCode's start-up, which takes several seconds on a busy 2-core machine.
    const run = await runAgent('Think forever. [[hang]]', { stallMs: 10_000 });
    expect(run.reason).toMatch(/^stalled: no output for \d+\.\ds \(limit 10\.0s\)$/);
    expect(server.requests.agent()).toHaveLength(1);
    expect(run.outcome.exitCode).toBeNull();
    expect(run.ms).toBeLessThan(20_000);
    expect(new OpencodeAgent().interpret(run.outcome).status).toBe('failed');
  });
});

function killGroup(pid: number): boolean {
  try {
    process.kill(-pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}
