import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glob, hasMagic } from '../../src/action/glob.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'glob-'));
  for (const file of [
    'plans/a.md',
    'plans/b.yaml',
    'plans/nested/c.md',
    'plans/.hidden.md',
    '.opencode/plans/user-auth-plan.md',
    'node_modules/x/plan.md',
    'README.md',
    'specs/001-auth/tasks.md',
    'specs/002-billing/tasks.md',
    'specs/002-billing/plan.md',
  ]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '- task\n');
  }
  symlinkSync(path.join(root, 'plans'), path.join(root, 'linked'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('glob', () => {
  it('matches * within one directory, not dotfiles', () => {
    expect(glob(root, 'plans/*.md')).toEqual(['plans/a.md']);
    expect(glob(root, 'plans/*')).toEqual(['plans/a.md', 'plans/b.yaml']);
  });

  it('matches ** across directories, skipping dot dirs and node_modules', () => {
    expect(glob(root, 'plans/**/*.md')).toEqual(['plans/a.md', 'plans/nested/c.md']);
    expect(glob(root, 'plans/**')).toEqual(['plans/a.md', 'plans/b.yaml', 'plans/nested/c.md']);
    expect(glob(root, '**/plan.md')).toEqual(['specs/002-billing/plan.md']);
  });

  it('matches every spec-kit feature’s tasks.md, dot directories named explicitly, ? and classes', () => {
    expect(glob(root, 'specs/*/tasks.md')).toEqual(['specs/001-auth/tasks.md', 'specs/002-billing/tasks.md']);
    expect(glob(root, '.opencode/plans/*.md')).toEqual(['.opencode/plans/user-auth-plan.md']);
    expect(glob(root, 'plans/?.[my]*')).toEqual(['plans/a.md', 'plans/b.yaml']);
  });

  it('answers a plain path when the file exists, nothing otherwise', () => {
    expect(glob(root, './plans/a.md')).toEqual(['plans/a.md']);
    expect(glob(root, 'plans/missing.md')).toEqual([]);
    expect(glob(root, 'plans')).toEqual([]);
  });

  it('follows a symlinked directory (whether its target may be read is the engine’s check)', () => {
    expect(glob(root, 'linked/*.md')).toEqual(['linked/a.md']);
  });

  it('tells patterns from plain paths', () => {
    expect(hasMagic('plans/*.md')).toBe(true);
    expect(hasMagic('specs/**/tasks.md')).toBe(true);
    expect(hasMagic('plans/a.md')).toBe(false);
  });
});
