/**
 * Where the running code is, for finding the files shipped beside it (node_modules, docker/Dockerfile): the
 * bundle's directory in a bundle, this source file's directory when run from source.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function thisModuleDir(): string | undefined {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    // Bundled to CommonJS, or loaded from somewhere without a file URL.
    return undefined;
  }
}

/** `dir` and every directory above it, nearest first. */
export function ancestors(dir: string): string[] {
  const out: string[] = [];
  let current = resolve(dir);
  for (;;) {
    out.push(current);
    const parent = dirname(current);
    if (parent === current) return out;
    current = parent;
  }
}
