/**
 * A small glob for the `plan-file` input: `*` and `?` within a path segment, `[abc]` classes, and `**` for
 * any number of directories. Node 20 has no fs.glob and @actions/glob is not a dependency; this is all the
 * batch runs need. As in shells, `*` does not match a leading dot unless the pattern segment starts with one,
 * and `.git` / `node_modules` are never searched by `**`.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const MAGIC = /[*?[]/;
const NEVER_SEARCHED = new Set(['.git', 'node_modules']);

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** One path segment's pattern as a regex (pure). */
export function segmentRegex(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i += 1) {
    const char = segment[i] ?? '';
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else source += char.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function matchesSegment(name: string, segment: string): boolean {
  if (name.startsWith('.') && !segment.startsWith('.')) return false;
  return segmentRegex(segment).test(name);
}

function entries(dir: string): { name: string; isDir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((d) => ({
      name: d.name,
      isDir: d.isDirectory() || (d.isSymbolicLink() && isDirectory(path.join(dir, d.name))),
    }));
  } catch {
    return [];
  }
}

function fileExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Files under `root` matching `pattern` (relative, `/`-separated), as paths relative to `root`, sorted.
 * A pattern without wildcards answers itself when that file exists.
 */
export function glob(root: string, pattern: string): string[] {
  const segments = pattern
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  // A trailing `**` means every file below, as in `plans/**`.
  if (segments[segments.length - 1] === '**') segments.push('*');
  const found = new Set<string>();
  const walk = (rel: string, index: number): void => {
    if (index === segments.length) {
      if (rel && !isDirectory(path.join(root, rel))) found.add(rel);
      return;
    }
    const segment = segments[index] ?? '';
    const dir = path.join(root, rel);
    if (segment === '**') {
      walk(rel, index + 1);
      for (const entry of entries(dir)) {
        if (entry.isDir && !entry.name.startsWith('.') && !NEVER_SEARCHED.has(entry.name)) {
          walk(path.posix.join(rel, entry.name), index);
        }
      }
      return;
    }
    if (!hasMagic(segment)) {
      const next = path.posix.join(rel, segment);
      const last = index === segments.length - 1;
      if (last ? fileExists(path.join(root, next)) : isDirectory(path.join(root, next)))
        walk(next, index + 1);
      return;
    }
    for (const entry of entries(dir)) {
      if (!matchesSegment(entry.name, segment)) continue;
      if (index === segments.length - 1 ? !entry.isDir : entry.isDir)
        walk(path.posix.join(rel, entry.name), index + 1);
    }
  };
  walk('', 0);
  return [...found].sort();
}
