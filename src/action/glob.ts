/**
 * The `plan-file` input's glob, on tinyglobby (the maintained glob that picomatch's authors' ecosystem and
 * Vite use): `*`, `?`, classes, braces and `**`. As in shells, wildcards do not match dotfiles unless the
 * pattern names them, and `.git` / `node_modules` are never searched. Whether a matched plan may be read at
 * all is the engine's check (src/engine/plan-file-reader.ts), not this file's.
 */
import { globSync, isDynamicPattern } from 'tinyglobby';

const NEVER_SEARCHED = ['**/.git/**', '**/node_modules/**'];

export function hasMagic(pattern: string): boolean {
  return isDynamicPattern(pattern);
}

/**
 * Files under `root` matching `pattern` (relative, `/`-separated), as paths relative to `root`, sorted.
 * A pattern without wildcards answers itself when that file exists.
 */
export function glob(root: string, pattern: string): string[] {
  const normalized = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return globSync(normalized, {
    cwd: root,
    ignore: NEVER_SEARCHED,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
  }).sort();
}
