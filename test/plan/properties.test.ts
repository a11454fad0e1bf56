import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.js';
import { DomainRegistry } from '../../src/plan/domains.js';
import { parseInput, rawTasksFromPlannerArray } from '../../src/plan/parse/index.js';
import { InputError } from '../../src/util/errors.js';
import { memoryIo, noFiles } from './io.js';

/** Runs `f`; anything thrown must be an InputError (a refusal with exit code 2), never a crash. */
function onlyInputErrors<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return undefined;
  }
}

// Strings rich in the characters the parsers care about.
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    ',',
    ';',
    '|',
    '\n',
    '\r\n',
    '"',
    "'",
    '(',
    ')',
    '(id: a)',
    '(id: t2)',
    '(depends_on: a)',
    '(depends_on: t1, b)',
    'frontend:',
    'x:',
    ': ',
    '[Skill: s]',
    '→ /s',
    '- ',
    '- [ ] ',
    '- [x] ',
    '1. ',
    '# ',
    'execute ',
    '.md',
    '.json',
    'API',
    'tests',
    'React Native',
    'ci/cd',
    'https://x',
    '\\\n',
    '```',
  ),
);
const text = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));

describe('parseInput + buildPlan on anything', () => {
  const registry = new DomainRegistry();

  it('refuse only with InputError, and detect only registered domains', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (args) => {
        const plan = onlyInputErrors(() => buildPlan(parseInput(args, noFiles, { registry }), { registry }));
        if (!plan) return;
        const explicit = new Set(parseInput(args, noFiles, { registry }).tasks.map((t) => t.domain));
        for (const s of plan.subtasks) {
          expect(registry.has(s.domain) || explicit.has(s.domain)).toBe(true);
          expect(s.domain).toMatch(/^[a-z][a-z0-9-]{0,39}$/);
          expect(s.description.length).toBeGreaterThan(0);
        }
        expect(plan.workers.flatMap((w) => w.subtasks).sort()).toEqual(plan.subtasks.map((s) => s.id).sort());
      }),
      { numRuns: 3000 },
    );
  });

  it('detect() returns a name of the registry', () => {
    const names = new Set(registry.names());
    fc.assert(
      fc.property(text, (t) => {
        expect(names.has(registry.detect(t))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['plan.md', 'plan.yaml', 'plan.json'])('reads any content of %s with only InputErrors', (name) => {
    fc.assert(
      fc.property(fc.oneof(text, fc.json(), fc.string()), (content) => {
        const io = memoryIo({ [`/plans/${name}`]: content });
        onlyInputErrors(() => buildPlan(parseInput([name], io, { registry }), { registry }));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes any planner value with only InputErrors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        onlyInputErrors(() => buildPlan({ tasks: rawTasksFromPlannerArray(value, registry) }, { registry }));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes well-formed planner arrays, ids t1..tN', () => {
    const task = fc.record({
      description: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
      agent: fc.constantFrom('build', 'frontend', 'ML'),
      dependencies: fc.array(fc.nat(9), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(task, { minLength: 1, maxLength: 10 }), (tasks) => {
        const raw = onlyInputErrors(() => rawTasksFromPlannerArray(tasks, registry));
        if (!raw) return;
        expect(raw.map((t) => t.id)).toEqual(tasks.map((_, i) => `t${i + 1}`));
      }),
    );
  });
});

describe('scale', () => {
  it('parses and plans 5,000 tasks quickly', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Build the UI component ${i} (id: c${i})`).join(', ');
    const start = performance.now();
    const plan = buildPlan(parseInput([text], noFiles), { maxSubtasks: 5000 });
    expect(plan.subtasks).toHaveLength(5000);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('handles pathological nesting and quoting in linear time', () => {
    const start = performance.now();
    const spaces = ' '.repeat(100_000);
    for (const text of [
      '('.repeat(100_000) + ')'.repeat(100_000),
      '"'.repeat(200_000),
      "'a ".repeat(50_000),
      `x (id:${spaces}`,
      `x (depends_on:${spaces}y`,
      `x [Skill:${spaces}`,
      `x (id: a)${':'.repeat(100_000)}y`,
      `react${spaces}x`,
    ]) {
      onlyInputErrors(() => parseInput([text], noFiles));
    }
    const io = memoryIo({ '/plans/p.md': `#${spaces}${'#'.repeat(100_000)}x\n- y` });
    onlyInputErrors(() => parseInput(['p.md'], io));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
