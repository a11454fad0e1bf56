/**
 * Properties of the markdown plan reader over generated plans: with checkboxes, the tasks are exactly the
 * open checkbox items; the edges it infers never close a cycle; a check-off changes only the completed lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycle } from '../../src/graph/dag.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { DomainRegistry } from '../../src/plan/domains.js';
import { checkOffMarkdown } from '../../src/plan/markdown-checkoff.js';
import { parseMarkdownPlan } from '../../src/plan/parse/index.js';

const registry = new DomainRegistry();
const word = fc.constantFrom(
  'build',
  'the',
  'login',
  'form',
  'API',
  'docs',
  'tests',
  'cache',
  'page',
  'schema',
);
const title = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

/** A line of a generic plan: a top-level checkbox item, a plain bullet, a nested note, a heading or prose. */
const line = fc.oneof(
  fc.record({ kind: fc.constant('box' as const), done: fc.boolean(), upper: fc.boolean(), text: title }),
  fc.record({ kind: fc.constant('bullet' as const), text: title }),
  fc.record({ kind: fc.constant('nested' as const), text: title }),
  fc.record({ kind: fc.constant('heading' as const), text: title }),
  fc.record({ kind: fc.constant('prose' as const), text: title }),
  fc.constant({ kind: 'blank' as const }),
);
type Line = typeof line extends fc.Arbitrary<infer T> ? T : never;

function render(lines: readonly Line[]): string {
  return lines
    .map((l) => {
      switch (l.kind) {
        case 'box':
          return `- [${l.done ? (l.upper ? 'X' : 'x') : ' '}] ${l.text}`;
        case 'bullet':
          return `* ${l.text}`;
        case 'nested':
          return `  - [ ] ${l.text}`;
        case 'heading':
          return `## ${l.text}`;
        case 'prose':
          return `${l.text}.`;
        default:
          return '';
      }
    })
    .join('\n');
}

describe('markdown plans, generated', () => {
  it('take exactly the open checkbox items as tasks when there are any', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        fc.pre(lines.some((l) => l.kind === 'box'));
        const parsed = parseMarkdownPlan(render(lines), 'p.md', registry);
        // A nested box right after a top-level box belongs to it; elsewhere (after a bullet) it is a task.
        const expected: number[] = [];
        let parentIsTask = false;
        lines.forEach((l, i) => {
          if (l.kind === 'box') {
            if (!l.done) expected.push(i + 1);
            parentIsTask = true;
          } else if (l.kind === 'nested') {
            if (!parentIsTask) expected.push(i + 1);
          } else if (l.kind !== 'blank') parentIsTask = false;
          if (l.kind === 'bullet') parentIsTask = false;
        });
        expect(parsed.tasks.map((t) => t.line)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never infer edges that form a cycle, whatever the phases, [P] marks, stories and done items', () => {
    const task = fc.record({ parallel: fc.boolean(), done: fc.boolean(), story: fc.nat(3), text: title });
    const phase = fc.record({
      kind: fc.constantFrom('Setup', 'Foundational', 'User Story', 'Polish', 'Integration'),
      tasks: fc.array(task, { minLength: 1, maxLength: 6 }),
      checkpoint: fc.boolean(),
    });
    const storyDep = fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 3 }));
    fc.assert(
      fc.property(
        fc.array(phase, { minLength: 1, maxLength: 6 }),
        fc.array(storyDep, { maxLength: 4 }),
        (phases, deps) => {
          let n = 0;
          const out: string[] = ['# Tasks'];
          phases.forEach((p, i) => {
            const story = p.kind === 'User Story' ? ` ${(i % 4) + 1}` : '';
            out.push('', `## Phase ${i + 1}: ${p.kind}${story}`, '');
            for (const t of p.tasks) {
              n++;
              const id = `T${String(n).padStart(3, '0')}`;
              const tags = `${t.parallel ? '[P] ' : ''}${story ? `[US${(i % 4) + 1}] ` : ''}`;
              out.push(`- [${t.done ? 'X' : ' '}] ${id} ${tags}${t.text}`);
            }
            if (p.checkpoint) out.push('', '**Checkpoint**: the phase stands on its own');
          });
          out.push('', '## Dependencies', '', '### User Story Dependencies', '');
          for (const [a, b] of deps) out.push(`- **User Story ${a + 1}**: Depends on User Story ${b + 1}`);
          const parsed = parseMarkdownPlan(out.join('\n'), 'tasks.md', registry);
          const open = new Set(parsed.tasks.map((t) => t.id!));
          const nodes = parsed.tasks.map((t) => ({
            id: t.id!,
            dependsOn: t.dependsOn.filter((d) => open.has(d)),
          }));
          expect(findCycle(nodes)).toBeUndefined();
          if (parsed.tasks.length > 0) buildPlan(parsed, { registry });
        },
      ),
      { numRuns: 400 },
    );
  });

  it("check off only the completed lines, in the file's style, and the parser then sees them done", () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.array(fc.boolean(), { maxLength: 40 }),
        (lines, pick) => {
          const text = render(lines);
          const before = parseMarkdownPlan(text, 'p.md', registry);
          const completed = before.tasks.filter((_, i) => pick[i] === true);
          const after = checkOffMarkdown(
            text,
            completed.map((t) => ({ line: t.line!, text: t.lineText! })),
          );
          const a = text.split('\n');
          const b = after.split('\n');
          expect(b).toHaveLength(a.length);
          const ticked = new Set(completed.map((t) => t.line!));
          a.forEach((l, i) => {
            if (!ticked.has(i + 1)) expect(b[i]).toBe(l);
            else expect(b[i]).toMatch(/^(\s*[-*+] )(\[[xX]\] |~~)/);
          });
          const reparsed = parseMarkdownPlan(after, 'p.md', registry);
          expect(reparsed.tasks.map((t) => t.line)).toEqual(
            before.tasks.filter((t) => !ticked.has(t.line!)).map((t) => t.line),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leave a line alone when it no longer reads as it did', () => {
    const text = '- [ ] One\n- [ ] Two\n';
    expect(checkOffMarkdown(text, [{ line: 1, text: '- [ ] Something else' }])).toBe(text);
    expect(checkOffMarkdown('- [X] Done\n- [ ] Two\n', [2])).toBe('- [X] Done\n- [X] Two\n');
  });
});

describe('markdown plans at hostile scale', () => {
  const time = (text: string): number => {
    const start = performance.now();
    try {
      parseMarkdownPlan(text, 'big.md', registry);
    } catch (error) {
      // Refusing is fine (an InputError); running out of stack or time is not.
      expect((error as Error).name).not.toBe('RangeError');
    }
    return performance.now() - start;
  };

  it('reads tens of thousands of phases, stories, checkpoints and dependency sections in linear time', () => {
    const n = 20_000;
    const phases = Array.from(
      { length: n },
      (_, i) =>
        `## Phase ${i + 1}: User Story ${i + 1}\n- [ ] T${String(i + 1).padStart(5, '0')} [P] [US${i + 1}] Task\n**Checkpoint**: x\n`,
    ).join('');
    const deps = Array.from(
      { length: n },
      (_, i) => `- User Story ${i + 2}: Depends on User Story ${i + 1}`,
    ).join('\n');
    const sections = '## Dependencies\n'.repeat(n);
    expect(time(`${phases}## User Story Dependencies\n${deps}\n${sections}`)).toBeLessThan(15_000);
  });

  it('reads deep nesting and long runs of markup without running out of stack', () => {
    const nested = Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i * 2)}- [ ] item ${i}`).join('\n');
    expect(time(nested)).toBeLessThan(10_000);
    expect(time('- [ ] ' + '**'.repeat(100_000) + '\n' + '~'.repeat(100_000))).toBeLessThan(5_000);
    expect(time('#'.repeat(6) + ' x\n'.repeat(100_000))).toBeLessThan(5_000);
  });
});

describe('oh-my-opencode plans, generated from their building blocks', () => {
  const block = fc.constantFrom(
    '## TODOs\n',
    '## Tasks\n',
    '## Final Verification Wave\n',
    '### Dependency Matrix\n',
    '| Task | Depends On | Blocks |\n|---|---|---|\n',
    '| 1 | 2 | 3 |\n',
    '| F1-F4 | 1 | — |\n',
    '- [ ] 1. Build the API\n',
    '- [ ] 2. Write the tests\n',
    '- [x] 3. Done already\n',
    '- [ ] F1. **Audit** — `oracle`\n',
    '  **Blocked By**: Task 2\n',
    '  **Blocks**: 1, 3\n',
    '  **Skills**: [`git-master`]\n',
    '  - **Category**: `quick`\n',
    '### Task 4 — Docs  [depends on Task 1]\n',
    '### Task 5 — Ship  [blocks Task 4]\n',
    '- **F2 — Review** (`deep`) : check it\n',
    '```\n',
    '<!--\n',
    'prose line\n',
    '\n',
  );
  it('refuse only with InputErrors, and never infer a cycle of their own', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 30 }), (blocks) => {
        let parsed;
        try {
          parsed = parseMarkdownPlan(blocks.join(''), '.sisyphus/plans/p.md', registry);
        } catch (error) {
          expect((error as Error).constructor.name).toMatch(/Error$/);
          expect(error).toHaveProperty('exitCode', 2);
          return;
        }
        try {
          buildPlan(parsed, { registry });
        } catch (error) {
          // Only what the plan itself writes can be wrong: a cycle of written edges, or nothing to run.
          expect(error).toHaveProperty('exitCode', 2);
          if ((error as Error).name === 'CycleError') {
            const written = parsed.tasks.some((t) =>
              t.dependsOn.some(
                (d) => !/final verification wave|same phase|follows/.test(t.reasons?.[d] ?? ''),
              ),
            );
            expect(written).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
