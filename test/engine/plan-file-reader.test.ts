/**
 * The engine's plan file reader against hostile paths and files, on the real file system: each attack
 * gets a clear PlanFileError, in bounded time, and the CLI's read of any named file still works.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/engine/create-plan.js';
import { MAX_PLAN_BYTES, readPlanFileSafely } from '../../src/engine/plan-file-reader.js';
import { PlanFileError } from '../../src/util/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-reader-'));
const repo = join(dir, 'repo');
const outside = join(dir, 'secret.md');
mkdirSync(join(repo, 'plans'), { recursive: true });
writeFileSync(join(repo, 'plans', 'ok.md'), '- [ ] Build the UI\n');
writeFileSync(outside, '- [ ] Read the secret\n');
symlinkSync(outside, join(repo, 'plans', 'link-out.md'));
symlinkSync(join(repo, 'plans', 'ok.md'), join(repo, 'plans', 'link-in.md'));
execFileSync('mkfifo', [join(repo, 'plans', 'fifo.md')]);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inRepo = { cwd: repo, root: repo };
const plan = (input: string | string[], planRoot?: string) =>
  createPlan(input, { cwd: repo, ...(planRoot ? { planRoot } : {}), planner: 'keyword' });

/** Runs `f` and returns how long it took, failing the test past `ms`. */
async function within<T>(ms: number, f: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await f();
  } finally {
    expect(performance.now() - start).toBeLessThan(ms);
  }
}

describe('plan files outside the allowed root', () => {
  it.each([
    ['execute ../secret.md'],
    ['execute "../secret.md"'],
    ['execute `../secret.md`'],
    ['execute tasks from ../secret.md'],
    [`execute ${outside}`],
    ['plans/link-out.md'],
    ['execute ../../../../../../etc/hosts.md'],
  ])('refuses %s, whatever form the path takes', async (input) => {
    await expect(plan(input, repo)).rejects.toThrow(PlanFileError);
    await expect(plan(input, repo)).rejects.toThrow(/is outside .*repo, the only place plans are read from/);
  });

  it('reads a file inside, also through a symlink that stays inside, and remembers the root', async () => {
    const p = await plan('execute plans/link-in.md', repo);
    expect(p.subtasks.map((s) => s.description)).toEqual(['Build the UI']);
    expect(p.source).toEqual({ kind: 'markdown', file: join(repo, 'plans', 'ok.md'), root: repo });
  });

  it('lets the CLI (no root) read any file its user names', async () => {
    const p = await plan(`execute ${outside}`);
    expect(p.subtasks.map((s) => s.description)).toEqual(['Read the secret']);
  });
});

describe('files that are not plans', () => {
  it('refuses a FIFO without waiting for a writer', async () => {
    await within(2000, () =>
      expect(plan('plans/fifo.md', repo)).rejects.toThrow('cannot read the plan file: it is a FIFO'),
    );
  });

  it('refuses /dev/zero without reading it', async () => {
    // /dev/zero is outside any repository; the CLI (no root) gets there and must not read 2.8 GB of zeros.
    await within(2000, () => expect(plan('execute /dev/zero.md')).rejects.toThrow(PlanFileError));
    expect(() => readPlanFileSafely('/dev/zero', { cwd: '/' })).toThrow('it is a character device');
    expect(() => readPlanFileSafely('/dev/null', { cwd: '/' })).toThrow('it is a character device');
  });

  it('refuses a directory, a missing file and a NUL in the path', () => {
    expect(() => readPlanFileSafely('plans', inRepo)).toThrow('it is a directory');
    expect(() => readPlanFileSafely('plans/none.md', inRepo)).toThrow('no such file');
    expect(() => readPlanFileSafely('plans/a\0.md', inRepo)).toThrow('may not contain NUL');
  });

  it('refuses a file over the size limit', () => {
    const big = join(repo, 'plans', 'big.md');
    writeFileSync(big, Buffer.alloc(MAX_PLAN_BYTES + 1, 0x61));
    expect(() => readPlanFileSafely(big, inRepo)).toThrow(/too large \(4194305 bytes; the limit is 4194304/);
  });

  it('refuses binary content and invalid UTF-8; converts UTF-16 with a byte order mark', () => {
    const file = (name: string, bytes: Buffer) => {
      writeFileSync(join(repo, 'plans', name), bytes);
      return `plans/${name}`;
    };
    expect(() => readPlanFileSafely(file('bin.md', Buffer.from([0x2d, 0x20, 0x00, 0x01])), inRepo)).toThrow(
      'binary (it holds NUL bytes)',
    );
    expect(() => readPlanFileSafely(file('latin1.md', Buffer.from('- caf\xe9\n', 'latin1')), inRepo)).toThrow(
      'not UTF-8 text',
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('- [ ] Build ✓\n', 'utf16le')]);
    expect(readPlanFileSafely(file('utf16.md', utf16), inRepo).text).toBe('- [ ] Build ✓\n');
    // UTF-16 without a BOM is full of NUL bytes: refused, with what to do about it.
    expect(() => readPlanFileSafely(file('utf16-nobom.md', Buffer.from('- x\n', 'utf16le')), inRepo)).toThrow(
      'UTF-16 needs a byte order mark',
    );
  });
});

describe('what a plan may hold', () => {
  it('refuses a task title over the length limit, naming the line', async () => {
    writeFileSync(join(repo, 'plans', 'long.md'), `# Plan\n- [ ] ${'x'.repeat(5000)}\n`);
    await expect(plan('plans/long.md', repo)).rejects.toThrow(
      /plans\/long\.md:2: the task's title is 5000 characters long; the limit is 4000/,
    );
    await expect(plan(['x'.repeat(4001)])).rejects.toThrow(/is 4001 characters long; the limit is 4000/);
  });

  it('shows bidi controls instead of passing them on, and names the line', async () => {
    writeFileSync(join(repo, 'plans', 'bidi.md'), '- [ ] Fix the check\n- [ ] Deploy \u202Eevil\u202C now\n');
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
    const p = await createPlan('plans/bidi.md', { cwd: repo, planRoot: repo, planner: 'keyword', logger });
    expect(p.subtasks[1]!.description).toBe('Deploy <U+202E>evil<U+202C> now');
    expect(warnings).toEqual([expect.stringMatching(/bidi control characters .* at plans\/bidi\.md:2$/)]);
  });

  it('warns, naming the line, about a code fence or comment that never closes', async () => {
    writeFileSync(join(repo, 'plans', 'fence.md'), '- [ ] One\n```\n- [ ] Two\n');
    writeFileSync(join(repo, 'plans', 'comment.md'), '- [ ] One\n<!-- note\n- [ ] Two\n');
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
    for (const f of ['fence.md', 'comment.md']) {
      const p = await createPlan(`plans/${f}`, { cwd: repo, planRoot: repo, planner: 'keyword', logger });
      expect(p.subtasks.map((s) => s.description)).toEqual(['One']);
    }
    expect(warnings).toEqual([
      'plans/fence.md:2: a code fence opened here is never closed; everything after it is read as code, not tasks',
      'plans/comment.md:2: an HTML comment opened here is never closed; everything after it is hidden',
    ]);
  });

  it('turns nesting deep enough to exhaust the stack into a clear error', async () => {
    writeFileSync(join(repo, 'plans', 'deep.json'), '['.repeat(200_000) + ']'.repeat(200_000));
    writeFileSync(join(repo, 'plans', 'deep.yaml'), 'tasks:\n' + '- '.repeat(50_000) + 'x\n');
    for (const f of ['deep.json', 'deep.yaml']) {
      await within(5000, () =>
        expect(plan(`plans/${f}`, repo)).rejects.toThrow(
          new RegExp(`plans/${f.replace('.', '\\.')}: .*nest`),
        ),
      );
    }
  });
});
