import { describe, it, expect } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.js';
import { shouldOrchestrate } from '../../src/plan/heuristic.js';
import { parseInput } from '../../src/plan/parse/index.js';
import { noFiles } from './io.js';

const plan = (...args: string[]) => buildPlan(parseInput(args, noFiles), { planId: 'h' });

describe('shouldOrchestrate', () => {
  it('recommends 3+ independent tasks over 2+ domains', () => {
    expect(shouldOrchestrate(plan('Build login UI, Create JWT API, Write tests, Security audit'))).toEqual({
      recommended: true,
      reasons: [
        'pass: 4 tasks (needs 3 or more)',
        'pass: 4 domains (frontend, backend, testing, security) (needs 2 or more)',
        'pass: no dependencies between tasks',
      ],
    });
  });

  it('says which rule failed, with counts', () => {
    const few = shouldOrchestrate(plan('Build UI, Create API'));
    expect(few.recommended).toBe(false);
    expect(few.reasons[0]).toBe('fail: 2 tasks (needs 3 or more)');

    const one = shouldOrchestrate(plan('Build UI, Style the form, Add a component'));
    expect(one.recommended).toBe(false);
    expect(one.reasons[1]).toBe('fail: 1 domain (frontend) (needs 2 or more)');

    const chained = shouldOrchestrate(
      plan('Set up database (id: db)', 'Create API (depends_on: db)', 'Build UI'),
    );
    expect(chained.recommended).toBe(false);
    expect(chained.reasons[2]).toBe('fail: 1 task with dependencies (t2); needs none');
  });

  it('takes bare subtasks too', () => {
    expect(shouldOrchestrate([]).reasons).toEqual([
      'fail: 0 tasks (needs 3 or more)',
      'fail: 0 domains (needs 2 or more)',
      'pass: no dependencies between tasks',
    ]);
  });
});
