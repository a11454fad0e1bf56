import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capResult } from '../../src/engine/confinement.js';
import { BoundedOutput } from '../../src/runtime/bounded-output.js';

describe('BoundedOutput', () => {
  it('keeps everything under the limit, and the head and tail of more, counting what it dropped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 50 }), { maxLength: 40 }),
        fc.integer({ min: 4, max: 200 }),
        (chunks, limit) => {
          const out = new BoundedOutput(limit);
          for (const c of chunks) out.push(c);
          const all = chunks.join('');
          if (all.length <= limit) {
            expect(out.text()).toBe(all);
            expect(out.dropped).toBe(0);
          } else {
            const head = all.slice(0, Math.floor(limit / 2));
            const tail = all.slice(all.length - (limit - Math.floor(limit / 2)));
            expect(out.dropped).toBe(all.length - limit);
            expect(out.text()).toBe(
              `${head}\n[… ${all.length - limit} characters of output not kept in memory; the worker's log has them …]\n${tail}`,
            );
          }
        },
      ),
    );
  });
});

describe('capResult', () => {
  it('leaves a short result alone and cuts a long one around a marker naming the log, keeping the end', () => {
    expect(capResult('short', '/log')).toBe('short');
    const long = `${'a'.repeat(100)}${'b'.repeat(100)}END`;
    const capped = capResult(long, '/runs/x/omo-worker-a.log', 40);
    expect(capped.startsWith('a'.repeat(10))).toBe(true);
    expect(capped).toContain(
      '163 characters of the result cut here; the full output is in /runs/x/omo-worker-a.log',
    );
    expect(capped.endsWith(`${'b'.repeat(27)}END`)).toBe(true);
  });
});
