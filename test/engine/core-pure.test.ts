import { describe, expect, it } from 'vitest';
import { readDepth, MAX_DEPTH_WARNING } from '../../src/engine/depth.js';
import { buildSubtaskPrompt, dependencyContext } from '../../src/engine/prompt.js';
import { RunBudget } from '../../src/engine/run-budget.js';
import { buildStatus } from '../../src/engine/status.js';
import { deterministicSummary, statusTable } from '../../src/engine/summary.js';
import { formatDuration } from '../../src/util/format.js';
import type { SubtaskResult } from '../../src/engine/types.js';
import type { Plan } from '../../src/plan/types.js';
import { workerEnvironment } from '../../src/runtime/worker-env.js';
import { parseDuration } from '../../src/util/duration.js';
import { OptionError } from '../../src/util/errors.js';

const plan: Plan = {
  planId: 'p1',
  taskDescription: 'request',
  subtasks: [
    { id: 'db', description: 'Set up database', domain: 'database', dependsOn: [], skills: [] },
    { id: 'api', description: 'Create API', domain: 'backend', dependsOn: ['db'], skills: ['fastify'] },
  ],
  workers: [
    { name: 'omo-worker-database', domain: 'database', subtasks: ['db'] },
    { name: 'omo-worker-backend', domain: 'backend', subtasks: ['api'] },
  ],
};

const result = (over: Partial<SubtaskResult>): SubtaskResult => ({
  id: 'db',
  description: 'Set up database',
  domain: 'database',
  worker: 'omo-worker-database',
  dependsOn: [],
  status: 'completed',
  startedAt: null,
  finishedAt: null,
  durationMs: 1500,
  result: 'tables created',
  error: null,
  ...over,
});

describe('prompts', () => {
  it('carries dependency results in the documented form', () => {
    expect(
      dependencyContext([{ id: 'db', description: 'Set up database', result: 'tables created\n' }]),
    ).toBe('Context from previous steps:\nSubtask db: Set up database\nResult:\ntables created\n');
    expect(dependencyContext([])).toBe('');
  });

  it('states the role, the subtask, its skills, the boundaries and how to report', () => {
    const prompt = buildSubtaskPrompt(plan, plan.subtasks[1]!, [
      { id: 'db', description: 'Set up database', result: 'ok' },
    ]);
    expect(prompt).toContain('You are the backend specialist');
    expect(prompt).toContain('## Your subtask\nCreate API\n');
    expect(prompt).toContain('- fastify');
    expect(prompt).toContain('Context from previous steps:\nSubtask db: Set up database\nResult:\nok');
    expect(prompt).toContain('Other workers handle database');
    expect(prompt).toContain('## Report');
  });
});

describe('summaries and status', () => {
  it('tables every subtask with status and duration, then each result', () => {
    const subtasks = [
      result({}),
      result({
        id: 'api',
        description: 'Create | API',
        domain: 'backend',
        status: 'skipped',
        durationMs: null,
        result: null,
        error: 'dependency db failed',
      }),
    ];
    expect(statusTable(subtasks)).toContain('| api | Create \\| API | backend | ⏭️ skipped | — |');
    const md = deterministicSummary({
      planId: 'p1',
      status: 'failed',
      mode: 'parallel',
      runtime: 'local',
      runDir: '/x',
      startedAt: '',
      finishedAt: '',
      durationMs: 61_000,
      subtasks,
      workers: [],
    });
    expect(md).toContain('# Orchestration p1: failed');
    expect(md).toContain('1 completed, 1 skipped');
    expect(md).toContain('1m 01s');
    expect(md).toContain('Error: dependency db failed');
  });

  it('names the pushed branch once the work is delivered, the local one before, and conflicts by worker', () => {
    const run = {
      planId: 'p1',
      status: 'completed' as const,
      mode: 'parallel' as const,
      runtime: 'local',
      runDir: '/x',
      startedAt: '',
      finishedAt: '',
      durationMs: 1000,
      subtasks: [result({})],
      workers: [],
      branches: {
        merged: 'orchestrate/p1/merged',
        workers: {},
        conflicts: [{ file: 'a.ts', branch: 'orchestrate/p1/backend', worker: 'omo-worker-backend' }],
        conflictBranches: ['orchestrate/p1/backend'],
      },
    };
    expect(deterministicSummary(run)).toContain('Changes are on the local branch `orchestrate/p1/merged`.');
    expect(deterministicSummary(run)).toContain('Merge conflicts in: `a.ts` (omo-worker-backend).');
    const delivered = deterministicSummary({
      ...run,
      delivery: { remote: 'origin', branch: 'orchestrate/7-p1', pushed: true, conflictBranches: [] },
    });
    expect(delivered).toContain('Changes are on branch `orchestrate/7-p1` of `origin`.');
    expect(delivered).not.toContain('orchestrate/p1/merged');
  });

  it('answers the contract status shape', () => {
    expect(
      buildStatus(plan, 'executing', [
        result({}),
        result({ id: 'api', status: 'pending', result: null, description: 'Create API', domain: 'backend' }),
      ]),
    ).toEqual({
      plan: { id: 'p1', status: 'executing', taskDescription: 'request' },
      subtasks: [
        {
          index: 0,
          id: 'db',
          status: 'completed',
          description: 'Set up database',
          domain: 'database',
          result: 'tables created',
        },
        { index: 1, id: 'api', status: 'pending', description: 'Create API', domain: 'backend' },
      ],
    });
  });

  it('formats durations', () => {
    expect([formatDuration(null), formatDuration(12), formatDuration(1500), formatDuration(125_000)]).toEqual(
      ['—', '12ms', '1.5s', '2m 05s'],
    );
  });
});

describe('the worker environment', () => {
  it('holds the orchestration variables, OPENCODE_*, named variables and the basics, and nothing else', () => {
    const env = workerEnvironment({
      callerEnv: {
        PATH: '/bin',
        HOME: '/h',
        GITHUB_TOKEN: 'secret',
        AWS_SECRET_ACCESS_KEY: 'x',
        OPENCODE_CONFIG: '/c',
        MY_VAR: 'v',
        TERM: 'xterm',
      },
      envNames: ['MY_VAR', 'NOT_SET'],
      depth: 1,
      maxDepth: 2,
      workerName: 'omo-worker-frontend',
      planId: 'p1',
    });
    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/h',
      TERM: 'xterm',
      OPENCODE_CONFIG: '/c',
      MY_VAR: 'v',
      ORCH_DEPTH: '1',
      ORCH_MAX_DEPTH: '2',
      ORCH_WORKER_NAME: 'omo-worker-frontend',
      ORCH_PLAN_ID: 'p1',
    });
  });
});

describe('depth', () => {
  it('reads ORCH_DEPTH and ORCH_MAX_DEPTH and says when to run sequentially', () => {
    expect(readDepth({})).toEqual({ depth: 0, maxDepth: 2, sequential: false });
    expect(readDepth({ ORCH_DEPTH: '2' })).toEqual({ depth: 2, maxDepth: 2, sequential: true });
    expect(readDepth({ ORCH_DEPTH: '1', ORCH_MAX_DEPTH: '1' }).sequential).toBe(true);
    expect(() => readDepth({ ORCH_DEPTH: 'two' })).toThrow(OptionError);
    expect(MAX_DEPTH_WARNING).toBe('Max depth reached, no worker spawning allowed');
  });
});

describe('run budgets', () => {
  it('hands each subtask what is left and stops the run once it is crossed', () => {
    const budget = new RunBudget({ maxTokens: 1000 });
    expect(budget.remaining()).toEqual({ maxTokens: 1000 });
    expect(budget.spend({ tokens: 600, costUsd: 0 })).toBeUndefined();
    expect(budget.remaining()).toEqual({ maxTokens: 400 });
    expect(budget.spend(undefined)).toBeUndefined(); // an agent that reports nothing
    expect(budget.spend({ tokens: 500, costUsd: 0 })).toBe('run token budget exceeded: 1100 > 1000');
    expect(budget.spend({ tokens: 1, costUsd: 0 })).toBeUndefined(); // said once
    expect(new RunBudget({ maxCostUsd: 1 }).spend({ tokens: 0, costUsd: 1.5 })).toMatch(
      /run cost budget exceeded/,
    );
  });
});

describe('durations', () => {
  it('reads seconds and units', () => {
    expect(['600', '90s', '10m', '1h', '1m30s', '500ms'].map((d) => parseDuration(d))).toEqual([
      600_000, 90_000, 600_000, 3_600_000, 90_000, 500,
    ]);
    for (const bad of ['', 'soon', '10 minutes', '-5', '0'])
      expect(() => parseDuration(bad, '--timeout')).toThrow(/Invalid --timeout/);
  });
});
