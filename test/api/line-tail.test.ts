/** LineTail: whole lines of a growing file, numbered as in the file, each once, from where a client left off. */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineTail } from '../../src/api/line-tail.js';
import { tempDir } from '../support/cli.js';

const dir = tempDir('orch-tail-');
afterAll(() => dir.remove());
let n = 0;
const file = () => join(dir.path, `log-${n++}.jsonl`);

describe('LineTail', () => {
  it('reads nothing until the file exists, then each whole line once, numbered from 1', () => {
    const path = file();
    const tail = new LineTail(path);
    expect(tail.read()).toEqual([]);
    appendFileSync(path, 'a\nb\n');
    expect(tail.read()).toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: 'b' },
    ]);
    expect(tail.read()).toEqual([]);
    appendFileSync(path, 'c\n');
    expect(tail.read()).toEqual([{ number: 3, text: 'c' }]);
    tail.close();
  });

  it('holds a line back until its newline is written', () => {
    const path = file();
    const tail = new LineTail(path);
    appendFileSync(path, '{"half":');
    expect(tail.read()).toEqual([]);
    appendFileSync(path, '1}\n{"next"');
    expect(tail.read()).toEqual([{ number: 1, text: '{"half":1}' }]);
    appendFileSync(path, ':2}\n');
    expect(tail.read()).toEqual([{ number: 2, text: '{"next":2}' }]);
    tail.close();
  });

  it('starts after a given line, as a reconnect with Last-Event-ID does', () => {
    const path = file();
    appendFileSync(path, 'l1\nl2\nl3\n');
    const tail = new LineTail(path, 2);
    expect(tail.read()).toEqual([{ number: 3, text: 'l3' }]);
    appendFileSync(path, 'l4\n');
    expect(tail.read()).toEqual([{ number: 4, text: 'l4' }]);
    // Past the end: lines are skipped as they come, up to the one given.
    const ahead = new LineTail(path, 5);
    expect(ahead.read()).toEqual([]);
    appendFileSync(path, 'l5\nl6\n');
    expect(ahead.read()).toEqual([{ number: 6, text: 'l6' }]);
    tail.close();
    ahead.close();
  });

  it('reads in chunks without splitting lines or characters, a line longer than a chunk whole', () => {
    const path = file();
    const lines = Array.from({ length: 300 }, (_, i) => `{"i":${i},"s":"${'é€😀'.repeat(i % 7)}"}`);
    lines[150] = `{"long":"${'ü'.repeat(5000)}"}`;
    appendFileSync(path, lines.map((l) => `${l}\n`).join(''));
    const tail = new LineTail(path);
    const got: string[] = [];
    let numbers: number[] = [];
    for (let batch = tail.read(64); batch.length > 0; batch = tail.read(64)) {
      got.push(...batch.map((l) => l.text));
      numbers = numbers.concat(batch.map((l) => l.number));
    }
    expect(got).toEqual(lines);
    expect(numbers).toEqual(lines.map((_, i) => i + 1));
    tail.close();
  });
});
