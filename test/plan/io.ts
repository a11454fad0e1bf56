/** Test helpers for `parseInput`'s io: the real file system, or files held in memory (for malformed files). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParseIo } from '../../src/plan/parse/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));

export const fixturesIo: ParseIo = { cwd: FIXTURES, readFile: (path) => readFileSync(path, 'utf8') };

/** Files by absolute path under `/plans`; anything else is ENOENT, as `readFileSync` would say. */
export function memoryIo(files: Record<string, string>): ParseIo {
  return {
    cwd: '/plans',
    readFile(path) {
      const text = files[path];
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
  };
}

export const noFiles: ParseIo = memoryIo({});
