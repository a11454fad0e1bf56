import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { jsonErrorOffset } from '../../src/plan/parse/json-error-offset.js';

const isValid = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorOffset', () => {
  it.each([
    ['{"tasks": [1,]}', 13],
    ['{\n"a": 1\n"b": 2}', 9],
    ['{"a": tru}', 6],
    ['[1, 2', 5],
    ['"\\x"', 1],
    ['{} {}', 3],
    ['', 0],
  ])('finds the error in %j at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('survives deep nesting', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });

  it('agrees with JSON.parse on validity', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          expect(jsonErrorOffset(text) === undefined).toBe(isValid(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
