import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a whole file so that a reader (or a crash) never sees half of it: write a sibling, then rename.
 * Used for every result file of a run.
 */
export function writeFileAtomic(path: string, content: string, mode?: number): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content, mode === undefined ? undefined : { mode });
  renameSync(tmp, path);
}
