/** The worker pool and the task runner on an in-memory runtime (test/support/memory-runtime.ts): no mocks of the engine's own code. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CommandAgent } from '../../src/agent/command.js';
import { OpencodeAgent } from '../../src/agent/opencode.js';
import { RunBudget } from '../../src/engine/run-budget.js';
import { localExecutor } from '../../src/engine/local-executor.js';
import { RunRecorder } from '../../src/engine/run-recorder.js';
import { TaskRunner } from '../../src/engine/task-runner.js';
import { WorkerPool } from '../../src/engine/worker-pool.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { DomainRegistry } from '../../src/plan/domains.js';
import { parseTextInput } from '../../src/plan/parse/text.js';
import type { Plan } from '../../src/plan/types.js';
import { silentLogger } from '../../src/util/logger.js';
import { MemoryRuntime } from '../support/memory-runtime.js';

const dir = mkdtempSync(join(tmpdir(), 'orch-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function plan(input: string[]): Plan {
  return buildPlan(parseTextInput(input, DomainRegistry.default), {
    planId: `p${Math.floor(Math.random() * 1e9)}`,
  });
}

function pool(runtime: MemoryRuntime, p: Plan, concurrency = Infinity) {
  const events: string[] = [];
  const workers = new WorkerPool({
    runtime,
    concurrency,
    workdir: async (domain) => join(dir, domain),
    spec: (wp) => ({ name: wp.name, domain: wp.domain, planId: p.planId, depth: 1, runDir: dir, env: {} }),
    logger: silentLogger,
    onStarted: (wp) => events.push(`started ${wp.name}`),
    onStopped: (wp) => events.push(`stopped ${wp.name}`),
  });
  return { workers, events };
}

describe('WorkerPool', () => {
  it('prepares every worker ahead, at most `concurrency` at a time, in the order given', async () => {
    const p = plan(['a:one', 'b:two', 'c:three', 'd:four', 'e:five']);
    const runtime = new MemoryRuntime(undefined, 20);
    const { workers, events } = pool(runtime, p, 2);
    workers.prepareAll(p.workers);
    await Promise.all(p.workers.map((w) => workers.get(w)));
    expect(runtime.started.map((s) => s.domain)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(runtime.maxStarting).toBe(2);
    expect(runtime.started.map((s) => s.workdir)).toEqual(['a', 'b', 'c', 'd', 'e'].map((d) => join(dir, d)));
    expect(events).toHaveLength(5);
  });

  it('makes working directories at most `workdirConcurrency` at a time, apart from the starts', async () => {
    const p = plan(['a:one', 'b:two', 'c:three', 'd:four']);
    const runtime = new MemoryRuntime(undefined, 30);
    let making = 0;
    let maxMaking = 0;
    const workers = new WorkerPool({
      runtime,
      concurrency: 4,
      workdirConcurrency: 1,
      workdir: async (domain) => {
        maxMaking = Math.max(maxMaking, ++making);
        await new Promise((r) => setTimeout(r, 5));
        making--;
        return join(dir, domain);
      },
      spec: (wp) => ({ name: wp.name, domain: wp.domain, planId: p.planId, depth: 1, runDir: dir, env: {} }),
      logger: silentLogger,
    });
    workers.prepareAll(p.workers);
    await Promise.all(p.workers.map((w) => workers.get(w)));
    expect(maxMaking).toBe(1);
    // One checkout at a time does not hold the starts back to one at a time.
    expect(runtime.maxStarting).toBeGreaterThan(1);
    expect(runtime.started.map((s) => s.domain)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives one worker per domain, and stops it once released; a worker never made has nothing to stop', async () => {
    const p = plan(['a:one', 'b:two']);
    const runtime = new MemoryRuntime();
    const { workers, events } = pool(runtime, p);
    const a = p.workers[0]!;
    expect(await workers.get(a)).toBe(await workers.get(a));
    await workers.release(a);
    await workers.release(p.workers[1]!);
    expect(runtime.started).toHaveLength(1);
    expect(runtime.stopped).toEqual(['omo-worker-a']);
    expect(events).toEqual(['started omo-worker-a', 'stopped omo-worker-a']);
  });

  it('rejects the subtasks of a worker that could not be made, with the reason', async () => {
    const p = plan(['a:one']);
    const runtime = new MemoryRuntime(undefined, 0, () => 'no room for a container');
    const { workers } = pool(runtime, p);
    await expect(workers.get(p.workers[0]!)).rejects.toThrow('no room for a container');
  });
});

describe('localExecutor', () => {
  /** How many of a 4-worker plan's workers the executor starts at once under `concurrency`. */
  async function startsAtOnce(concurrency: number, preparationLimit: number | undefined): Promise<number> {
    const p = plan(['a:one', 'b:two', 'c:three', 'd:four']);
    const runtime = new MemoryRuntime(undefined, 20);
    runtime.preparationLimit = preparationLimit;
    const recorder = new RunRecorder(p, join(dir, p.planId), 'parallel', silentLogger);
    recorder.start();
    const executor = localExecutor({
      plan: p,
      runtime,
      agent: new CommandAgent('true'),
      recorder,
      cwd: dir,
      concurrency,
      spec: (wp) => ({ name: wp.name, domain: wp.domain, planId: p.planId, depth: 1, runDir: dir, env: {} }),
      sequential: false,
      budget: new RunBudget({}),
      onBudgetExceeded: () => undefined,
      logger: silentLogger,
    });
    await Promise.all(p.subtasks.map((s) => executor.acquire(s)));
    expect(runtime.started).toHaveLength(4);
    return runtime.maxStarting;
  }

  it('prepares as many workers at once as may run, unless the runtime says it can start fewer', async () => {
    // Containers (no limit of their own) all start at once; local workers no more than the runtime's cores.
    expect(await startsAtOnce(3, undefined)).toBe(3);
    expect(await startsAtOnce(3, 2)).toBe(2);
    expect(await startsAtOnce(1, undefined)).toBe(1);
  });
});

/** OpenCode's own JSON events for a run that answers `text` after spending `tokens`. */
function opencodeOutput(text: string, tokens: number): string {
  const part = (p: Record<string, unknown>) => ({ sessionID: 's', messageID: 'm', ...p });
  return [
    { type: 'step_start', part: part({ type: 'step-start' }) },
    { type: 'text', part: part({ type: 'text', text }) },
    {
      type: 'step_finish',
      part: part({
        type: 'step-finish',
        reason: 'stop',
        cost: 0.01,
        tokens: { input: tokens, output: 0, reasoning: 0, cache: { read: 0, write: 0 } },
      }),
    },
  ]
    .map((e) => JSON.stringify({ ...e, timestamp: 1, sessionID: 's' }))
    .join('\n');
}

function runner(
  p: Plan,
  runtime: MemoryRuntime,
  agent: CommandAgent | OpencodeAgent,
  budget = new RunBudget({}),
) {
  const recorder = new RunRecorder(p, join(dir, p.planId), 'parallel', silentLogger);
  recorder.start();
  const exceeded: string[] = [];
  const tasks = new TaskRunner({
    plan: p,
    recorder,
    pool: pool(runtime, p).workers,
    agent,
    budget,
    onBudgetExceeded: (reason) => exceeded.push(reason),
    logger: silentLogger,
  });
  return { tasks, recorder, exceeded };
}

describe('TaskRunner', () => {
  it('writes the prompt with its dependencies’ results, runs the agent on the worker, and reads the verdict', async () => {
    const p = plan(['Set up db (id: db)', 'Create API (id: api) (depends_on: db)']);
    const runtime = new MemoryRuntime(() => ({ outcome: { stdout: 'made the API\n' } }));
    const { tasks, recorder } = runner(p, runtime, new CommandAgent('echo hi'));
    const api = p.subtasks[1]!;
    const deps = [{ ...recorder.results.get('db')!, status: 'completed' as const, result: 'tables created' }];
    const outcome = await tasks.run(api, deps, new AbortController().signal);
    expect(outcome).toEqual({ status: 'completed', result: 'made the API', error: null });
    const { worker, command } = runtime.commands[0]!;
    expect(worker).toBe('omo-worker-backend');
    expect(command.env).toMatchObject({
      ORCH_TASK_ID: 'api',
      ORCH_TASK_DOMAIN: 'backend',
      ORCH_AGENT_COMMAND: 'echo hi',
    });
    const prompt = readFileSync(command.env.ORCH_PROMPT_FILE!, 'utf8');
    expect(prompt).toContain('Context from previous steps:\nSubtask db: Set up db\nResult:\ntables created');
  });

  it('counts what the agent spent against the run, and says once when the run is over budget', async () => {
    const p = plan(['general:one (id: a)', 'general:two (id: b)']);
    const runtime = new MemoryRuntime(() => ({ outcome: { stdout: opencodeOutput('done', 600) } }));
    const { tasks, exceeded } = runner(p, runtime, new OpencodeAgent({}), new RunBudget({ maxTokens: 1000 }));
    const first = await tasks.run(p.subtasks[0]!, [], new AbortController().signal);
    expect(first).toMatchObject({
      status: 'completed',
      result: 'done',
      usage: { tokens: 600, costUsd: 0.01 },
    });
    expect(exceeded).toEqual([]);
    await tasks.run(p.subtasks[1]!, [], new AbortController().signal);
    expect(exceeded).toEqual(['run token budget exceeded: 1200 > 1000']);
  });

  it('stops an agent its monitor stops, keeping the partial output and the reason', async () => {
    const p = plan(['general:one']);
    const runtime = new MemoryRuntime(() => ({
      delayMs: 5,
      chunks: [['stdout', `${opencodeOutput('partial answer', 5000)}\n`]],
      outcome: { stdout: 'never reached' },
    }));
    const { tasks } = runner(p, runtime, new OpencodeAgent({ maxTokens: 100 }));
    const outcome = await tasks.run(p.subtasks[0]!, [], new AbortController().signal);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('stopped: token budget exceeded: 5000 > 100');
    expect(outcome.result).toBe('partial answer');
  });

  it('lets the scheduler cancel a subtask through its signal', async () => {
    const p = plan(['general:one']);
    const runtime = new MemoryRuntime(() => ({ delayMs: 10_000 }));
    const { tasks } = runner(p, runtime, new CommandAgent('sleep 10'));
    const controller = new AbortController();
    const running = tasks.run(p.subtasks[0]!, [], controller.signal);
    setTimeout(() => controller.abort(new Error('timeout')), 20);
    expect(await running).toMatchObject({ status: 'failed', error: 'command was killed' });
  });
});
