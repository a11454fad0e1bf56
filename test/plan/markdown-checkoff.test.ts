import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { checkOffMarkdown } from '../../src/plan/markdown-checkoff.js';
import { parseMarkdownPlan } from '../../src/plan/parse/index.js';
import { DomainRegistry } from '../../src/plan/domains.js';
import { FIXTURES } from './io.js';

describe('checkOffMarkdown', () => {
  it('ticks open boxes and strikes plain items through on the given lines only', () => {
    const text = '# Plan\n- [ ] a\n* b\n1. c\n- [x] d\n- [ ] e\nplain line\n';
    expect(checkOffMarkdown(text, [2, 3, 4, 5, 7, 99])).toBe(
      '# Plan\n- [x] a\n* ~~b~~\n1. ~~c~~\n- [x] d\n- [ ] e\nplain line\n',
    );
  });

  it('keeps CRLF and a missing final newline', () => {
    expect(checkOffMarkdown('- [ ] a\r\n- b', [1, 2])).toBe('- [x] a\r\n- ~~b~~');
  });

  it('keeps indentation and leaves rules and empty items alone', () => {
    expect(checkOffMarkdown('  - [ ] nested\n- - -\n- [ ]\n', [1, 2, 3])).toBe(
      '  - [x] nested\n- - -\n- [x]\n',
    );
  });

  it('checks off what the parser found, and the parser then sees those items as done', () => {
    const registry = new DomainRegistry();
    const text = readFileSync(join(FIXTURES, 'user-auth-plan.md'), 'utf8');
    const before = parseMarkdownPlan(text, 'plan.md', registry);
    const done = before.tasks.filter((t) => t.id === 'db' || t.id === 'doc-tokens').map((t) => t.line!);
    const after = parseMarkdownPlan(checkOffMarkdown(text, done), 'plan.md', registry);
    expect(after.alreadyDone).toBe(3);
    expect(after.tasks.map((t) => t.id)).toEqual(['api', 'ui', 'e2e', 'audit']);
    // `api` depended on `db`, which is now done.
    expect(after.tasks[0]!.dependsOn).toEqual([]);
  });

  it('changes nothing but the lines asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), fc.array(fc.nat(25)), (lines, which) => {
        const text = lines.join('\n');
        const out = checkOffMarkdown(text, which).split('\n');
        const wanted = new Set(which);
        const original = text.split('\n');
        expect(out).toHaveLength(original.length);
        original.forEach((line, i) => {
          if (!wanted.has(i + 1)) expect(out[i]).toBe(line);
        });
      }),
    );
  });
});
