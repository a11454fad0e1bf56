import { describe, expect, it } from 'vitest';
import { checkSubtaskCount, directLimit, plannerLimit, SUBTASK_LIMITS } from '../../src/plan/limits.js';
import { TooManySubtasksError } from '../../src/util/errors.js';

describe('subtask limits', () => {
  it('hold the LLM planner to 5 by default and 10 at most, whatever was asked', () => {
    expect(plannerLimit(undefined)).toBe(5);
    expect(plannerLimit(3)).toBe(3);
    expect(plannerLimit(10)).toBe(10);
    expect(plannerLimit(50)).toBe(10);
  });

  it('take plan files and lists up to 1,000 by default, or as raised', () => {
    expect(directLimit(undefined)).toBe(1000);
    expect(directLimit(5000)).toBe(5000);
    expect(() => checkSubtaskCount(1000, directLimit(undefined))).not.toThrow();
  });

  it('name the limit and the option past it; at the ceiling there is nothing to raise', () => {
    expect(() => checkSubtaskCount(11, 10)).toThrow(TooManySubtasksError);
    expect(() => checkSubtaskCount(11, 10)).toThrow(/the limit is 10; raise it with --max-subtasks/);
    expect(() => checkSubtaskCount(SUBTASK_LIMITS.ceiling + 1, SUBTASK_LIMITS.ceiling)).toThrow(
      `the limit is ${SUBTASK_LIMITS.ceiling}, the most any plan may have`,
    );
  });
});
