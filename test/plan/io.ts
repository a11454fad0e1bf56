/**
 * Test helpers for `parseInput`'s io: the engine's real reader over the fixtures, or files held in memory
 * (for malformed files), read as the reader would report them.
 */
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { readPlanFileSafely } from '../../src/engine/plan-file-reader.js';
import type { ParseIo } from '../../src/plan/parse/index.js';
import { PlanFileError } from '../../src/util/errors.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));

export const fixturesIo: ParseIo = { readPlanFile: (path) => readPlanFileSafely(path, { cwd: FIXTURES }) };

/** Files by absolute path under `/plans`; anything else is missing, as the reader would say. */
export function memoryIo(files: Record<string, string>): ParseIo {
  return {
    readPlanFile(path) {
      const file = posix.resolve('/plans', path);
      const text = files[file];
      if (text === undefined)
        throw new PlanFileError(path, undefined, 'cannot read the plan file: no such file');
      return { text, file };
    },
  };
}

export const noFiles: ParseIo = memoryIo({});
