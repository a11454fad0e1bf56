import { describe, it, expect } from 'vitest';
import { buildPlan, nothingToRunMessage, planToJson } from '../../src/plan/build-plan.js';
import { DomainRegistry } from '../../src/plan/domains.js';
import { AutoIdCollisionError } from '../../src/plan/errors.js';
import { parseInput } from '../../src/plan/parse/index.js';
import type { ParsedInput, RawTask } from '../../src/plan/types.js';
import {
  CycleError,
  DuplicateIdError,
  EmptyPlanError,
  OptionError,
  SelfDependencyError,
  TooManySubtasksError,
  UnknownDependencyError,
} from '../../src/util/errors.js';
import { fixturesIo, memoryIo, noFiles } from './io.js';

const registry = new DomainRegistry();
const plan = (args: string[], options: Parameters<typeof buildPlan>[1] = {}) =>
  buildPlan(parseInput(args, noFiles, { registry }), { registry, planId: 'abc', ...options });
const task = (description: string, extra: Partial<RawTask> = {}): RawTask => ({
  description,
  dependsOn: [],
  skills: [],
  ...extra,
});
const parsed = (...tasks: RawTask[]): ParsedInput => ({ tasks });

describe('buildPlan', () => {
  it('builds the README example: ids t1..t4, four domains, four workers', () => {
    expect(planToJson(plan(['Build login UI, Create JWT API, Write tests, Security audit']))).toEqual({
      planId: 'abc',
      subtasks: [
        { id: 't1', description: 'Build login UI', domain: 'frontend', dependsOn: [], skills: [] },
        { id: 't2', description: 'Create JWT API', domain: 'backend', dependsOn: [], skills: [] },
        { id: 't3', description: 'Write tests', domain: 'testing', dependsOn: [], skills: [] },
        { id: 't4', description: 'Security audit', domain: 'security', dependsOn: [], skills: [] },
      ],
      workers: [
        { name: 'omo-worker-frontend', domain: 'frontend', subtasks: ['t1'] },
        { name: 'omo-worker-backend', domain: 'backend', subtasks: ['t2'] },
        { name: 'omo-worker-testing', domain: 'testing', subtasks: ['t3'] },
        { name: 'omo-worker-security', domain: 'security', subtasks: ['t4'] },
      ],
    });
  });

  it('registers custom domains on a clone, never on the registry it was given', () => {
    const p = plan(['blockchain:Deploy smart contract | defi:Build liquidity pool | Grow the defi pool']);
    expect(p.subtasks.map((s) => s.domain)).toEqual(['blockchain', 'defi', 'defi']);
    expect(p.workers.map((w) => w.name)).toEqual(['omo-worker-blockchain', 'omo-worker-defi']);
    expect(registry.has('blockchain')).toBe(false);
    expect(DomainRegistry.default.has('defi')).toBe(false);
  });

  it('uses domains registered by the caller', () => {
    const custom = new DomainRegistry();
    custom.register('blockchain', ['smart contract', 'web3']);
    const p = buildPlan(parsed(task('Write a smart contract')), { registry: custom });
    expect(p.subtasks[0]!.domain).toBe('blockchain');
  });

  it('groups one worker per domain, first appearance first, each in dependency order', () => {
    const p = plan([
      'E2E tests of the API (id: t-api) (depends_on: api)',
      'Create API (id: api) (depends_on: db)',
      'E2E tests of the UI (id: t-ui) (depends_on: ui)',
      'Set up database (id: db)',
      'Build UI (id: ui) (depends_on: api)',
    ]);
    expect(p.subtasks.map((s) => [s.id, s.domain])).toEqual([
      ['t-api', 'testing'],
      ['api', 'backend'],
      ['t-ui', 'testing'],
      ['db', 'database'],
      ['ui', 'frontend'],
    ]);
    expect(p.workers).toEqual([
      { name: 'omo-worker-testing', domain: 'testing', subtasks: ['t-api', 't-ui'] },
      { name: 'omo-worker-backend', domain: 'backend', subtasks: ['api'] },
      { name: 'omo-worker-database', domain: 'database', subtasks: ['db'] },
      { name: 'omo-worker-frontend', domain: 'frontend', subtasks: ['ui'] },
    ]);
  });

  it('keeps a testing worker in dependency order even against input order', () => {
    const p = plan(['Run E2E tests (id: e2e) (depends_on: unit)', 'Write unit tests (id: unit)']);
    expect(p.workers).toEqual([{ name: 'omo-worker-testing', domain: 'testing', subtasks: ['unit', 'e2e'] }]);
  });

  it('gives auto ids by position, mixed with explicit ids', () => {
    const p = plan(['Set up db (id: db)', 'Create API (depends_on: db)', 'Build UI (depends_on: t2)']);
    expect(p.subtasks.map((s) => [s.id, s.dependsOn])).toEqual([
      ['db', []],
      ['t2', ['db']],
      ['t3', ['t2']],
    ]);
  });

  it('refuses an explicit id that takes another task’s auto id', () => {
    expect(() => plan(['A (id: t2)', 'B'])).toThrow(AutoIdCollisionError);
    expect(() => plan(['A (id: t2)', 'B'])).toThrow("Task id 't2' given to task 1 is the auto id of task 2");
    expect(() => plan(['A (id: t2)', 'B'])).toThrow(DuplicateIdError);
    // Allowed: on its own position, beyond the list, or where the other task has its own id.
    expect(plan(['A', 'B (id: t2)']).subtasks.map((s) => s.id)).toEqual(['t1', 't2']);
    expect(plan(['A (id: t9)', 'B']).subtasks.map((s) => s.id)).toEqual(['t9', 't2']);
    expect(plan(['A (id: t2)', 'B (id: b)']).subtasks.map((s) => s.id)).toEqual(['t2', 'b']);
  });

  it('prints a cycle as its path', () => {
    expect(() => plan(['A (id: a) (depends_on: b)', 'B (id: b) (depends_on: a)'])).toThrow(CycleError);
    expect(() => plan(['A (id: a) (depends_on: b)', 'B (id: b) (depends_on: a)'])).toThrow('a -> b -> a');
    expect(() => buildPlan(parseInput(['cycle.yaml'], fixturesIo))).toThrow('Dependency cycle: a -> b -> a');
  });

  it('names unknown, duplicate and self dependencies', () => {
    expect(() => plan(['A (id: a) (depends_on: ghost)'])).toThrow(UnknownDependencyError);
    expect(() => plan(['A (id: a) (depends_on: ghost)'])).toThrow(
      "Task 'a' depends on unknown task id 'ghost'",
    );
    expect(() => plan(['A (id: a)', 'B (id: a)'])).toThrow(new DuplicateIdError('a'));
    expect(() => plan(['A (id: a) (depends_on: a)'])).toThrow(new SelfDependencyError('a'));
    expect(() => buildPlan(parseInput(['unknown-dep.md'], fixturesIo))).toThrow("unknown task id 'nowhere'");
  });

  it('refuses an empty list and a plan file with nothing open', () => {
    expect(() => plan([''])).toThrow(EmptyPlanError);
    expect(() =>
      buildPlan(parseInput(['no-tasks.md'], memoryIo({ '/plans/no-tasks.md': '# Notes\n' }))),
    ).toThrow(/^Empty task list: .*no-tasks\.md has no open tasks$/);
  });

  it('makes a plan whose every item is done a complete plan with nothing to run', () => {
    const p = buildPlan(parseInput(['all-done.md'], fixturesIo), { planId: 'done' });
    expect(p.subtasks).toEqual([]);
    expect(p.workers).toEqual([]);
    expect(p.alreadyDone).toBe(2);
    expect(nothingToRunMessage(p)).toMatch(
      /^plan complete: nothing to run \(2 item\(s\) already done in .*all-done\.md\)$/,
    );
    expect(planToJson(p)).toMatchObject({
      planId: 'done',
      subtasks: [],
      workers: [],
      complete: true,
      alreadyDone: 2,
    });
  });

  it('takes 1,000 tasks by default and refuses more, naming the limit and the option that raises it', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `Task ${i}`).join(', ');
    expect(plan([list(1000)]).subtasks).toHaveLength(1000);
    expect(() => plan([list(1001)])).toThrow(TooManySubtasksError);
    expect(() => plan([list(1001)])).toThrow(
      'Too many subtasks: 1001 (the limit is 1000; raise it with --max-subtasks (the action input ' +
        'max-subtasks, the API field maxSubtasks), up to 10000)',
    );
    expect(() => plan(['a, b, c'], { maxSubtasks: 2 })).toThrow('Too many subtasks: 3 (the limit is 2;');
    expect(plan(['a, b'], { maxSubtasks: 2 }).subtasks).toHaveLength(2);
    expect(() => plan(['a'], { maxSubtasks: 0 })).toThrow(OptionError);
  });

  it('refuses a bad domain, id or plan id given through the API, quoting it', () => {
    expect(() => buildPlan(parsed(task('x', { domain: 'Front End' })))).toThrow("Invalid domain 'Front End'");
    expect(() => buildPlan(parsed(task('x', { id: 'a b' })))).toThrow("Invalid task id 'a b'");
    expect(() => buildPlan(parsed(task('  ')))).toThrow(OptionError);
    expect(() => buildPlan(parsed(task('x')), { planId: 'Not/Safe' })).toThrow("Invalid planId 'Not/Safe'");
  });

  it('generates an 8-hex plan id', () => {
    const a = buildPlan(parsed(task('x')));
    const b = buildPlan(parsed(task('x')));
    expect(a.planId).toMatch(/^[0-9a-f]{8}$/);
    expect(a.planId).not.toBe(b.planId);
  });

  it('carries the source, lines and skills of a plan file', () => {
    const p = buildPlan(parseInput(['user-auth-plan.md'], fixturesIo), { planId: 'p1' });
    expect(p.source?.kind).toBe('markdown');
    expect(p.taskDescription).toMatch(/^execute .*user-auth-plan\.md$/);
    expect(p.subtasks.map((s) => [s.id, s.domain, s.line])).toEqual([
      ['db', 'database', 12],
      ['api', 'backend', 13],
      ['ui', 'frontend', 17],
      ['e2e', 'testing', 18],
      ['audit', 'security', 19],
      ['doc-tokens', 'documentation', 25],
    ]);
    expect(planToJson(p).subtasks[0]).toEqual({
      id: 'db',
      description: 'Create the users table migration',
      domain: 'database',
      dependsOn: [],
      skills: ['postgres-migrations'],
    });
  });

  it('takes the task description given, or joins the tasks', () => {
    expect(plan(['a, b']).taskDescription).toBe('a; b');
    expect(plan(['a, b'], { taskDescription: 'the request' }).taskDescription).toBe('the request');
  });
});
