import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glob, segmentRegex } from '../../src/action/glob.js';

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
  ]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '- task\n');
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('glob', () => {
  it('matches * within one directory, not dotfiles', () => {
    expect(glob(root, 'plans/*.md')).toEqual(['plans/a.md']);
    expect(glob(root, 'plans/*')).toEqual(['plans/a.md', 'plans/b.yaml']);
  });

  it('matches ** across directories, skipping dot dirs and node_modules', () => {
    expect(glob(root, '**/*.md')).toEqual(['README.md', 'plans/a.md', 'plans/nested/c.md']);
    expect(glob(root, 'plans/**')).toEqual(['plans/a.md', 'plans/b.yaml', 'plans/nested/c.md']);
  });

  it('matches dot directories named explicitly, ? and classes', () => {
    expect(glob(root, '.opencode/plans/*.md')).toEqual(['.opencode/plans/user-auth-plan.md']);
    expect(glob(root, 'plans/?.[my]*')).toEqual(['plans/a.md', 'plans/b.yaml']);
  });

  it('answers a plain path when the file exists, nothing otherwise', () => {
    expect(glob(root, './plans/a.md')).toEqual(['plans/a.md']);
    expect(glob(root, 'plans/missing.md')).toEqual([]);
    expect(glob(root, 'plans')).toEqual([]);
  });

  it('escapes regex characters in segments', () => {
    expect(segmentRegex('a+b(1).md').test('a+b(1).md')).toBe(true);
    expect(segmentRegex('*.md').test('x.mdx')).toBe(false);
  });
});
