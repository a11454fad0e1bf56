/**
 * The check-off writes only to the plan file that was read, still inside the plan root, and only lines that
 * still read as they did, on the real file system.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOffCompleted, checkOffInWorktree } from '../../src/engine/checkoff.js';
import { createPlan } from '../../src/engine/create-plan.js';
import type { SubtaskResult } from '../../src/engine/types.js';

const dir = mkdtempSync(join(tmpdir(), 'checkoff-'));
const repo = join(dir, 'repo');
mkdirSync(repo);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const completed = (id: string): SubtaskResult => ({
  id,
  description: '',
  domain: 'general',
  worker: 'omo-worker-general',
  dependsOn: [],
  status: 'completed',
  startedAt: null,
  finishedAt: null,
  durationMs: null,
  result: 'ok',
  error: null,
});

describe('checkOffCompleted', () => {
  it('ticks the completed items of the file read, in its own style, keeping its mode', async () => {
    const file = join(repo, 'plan.md');
    writeFileSync(file, '- [X] T001 Done\n- [ ] T002 Two\n- [ ] T003 Three\n', { mode: 0o640 });
    const plan = await createPlan('plan.md', { cwd: repo, planRoot: repo, planner: 'keyword' });
    checkOffCompleted(plan, [completed('T003')]);
    expect(readFileSync(file, 'utf8')).toBe('- [X] T001 Done\n- [ ] T002 Two\n- [X] T003 Three\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('refuses to write when the plan was swapped for a symlink out of the root meanwhile', async () => {
    const file = join(repo, 'swap.md');
    const outside = join(dir, 'outside.md');
    writeFileSync(file, '- [ ] T001 One\n');
    writeFileSync(outside, '- [ ] T001 One\n');
    const plan = await createPlan('swap.md', { cwd: repo, planRoot: repo, planner: 'keyword' });
    renameSync(file, join(repo, 'swap.old'));
    symlinkSync(outside, file);
    expect(() => checkOffCompleted(plan, [completed('T001')])).toThrow(/outside .*repo/);
    expect(readFileSync(outside, 'utf8')).toBe('- [ ] T001 One\n');
  });

  it('leaves items alone whose line changed since the plan was read', async () => {
    const file = join(repo, 'edited.md');
    writeFileSync(file, '- [ ] T001 One\n- [ ] T002 Two\n');
    const plan = await createPlan('edited.md', { cwd: repo, planRoot: repo, planner: 'keyword' });
    writeFileSync(file, '- [ ] T000 Inserted above\n- [ ] T001 One\n- [ ] T002 Two\n');
    checkOffCompleted(plan, [completed('T001')]);
    // Line 1 now holds another task: nothing is ticked rather than the wrong item.
    expect(readFileSync(file, 'utf8')).toBe('- [ ] T000 Inserted above\n- [ ] T001 One\n- [ ] T002 Two\n');
  });
});

describe('checkOffInWorktree', () => {
  it("ticks the plan's copy in another worktree, and tells why when a worker turned that copy into a symlink", async () => {
    const file = join(repo, 'delivered.md');
    writeFileSync(file, '- [ ] T001 One\n- [ ] T002 Two\n');
    const plan = await createPlan('delivered.md', { cwd: repo, planRoot: repo, planner: 'keyword' });
    const why: string[] = [];
    const good = join(dir, 'wt-good');
    mkdirSync(good);
    writeFileSync(join(good, 'delivered.md'), '- [ ] T001 One\n- [ ] T002 Two\n');
    expect(checkOffInWorktree(plan, [completed('T002')], repo, good, (w) => why.push(w))).toBe(true);
    expect(readFileSync(join(good, 'delivered.md'), 'utf8')).toBe('- [ ] T001 One\n- [x] T002 Two\n');
    expect(why).toEqual([]);

    const tampered = join(dir, 'wt-tampered');
    mkdirSync(tampered);
    const target = join(dir, 'elsewhere.md');
    writeFileSync(target, '- [ ] T001 One\n- [ ] T002 Two\n');
    symlinkSync(target, join(tampered, 'delivered.md'));
    expect(checkOffInWorktree(plan, [completed('T002')], repo, tampered, (w) => why.push(w))).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('- [ ] T001 One\n- [ ] T002 Two\n');
    expect(why).toHaveLength(1);
    expect(why[0]).toMatch(/^the delivered branch's delivered\.md was not checked off: /);
  });
});
