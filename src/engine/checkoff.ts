/**
 * The spec status update: check off a markdown plan's items whose subtasks completed. It writes only to the
 * file the plan was read from, and only when that file is still a regular file inside the plan root (a run
 * can last hours, and a worker or a pushed commit may have swapped it for a symlink meanwhile). Items whose
 * line no longer reads as it did are left alone rather than ticking whatever moved onto that line.
 */
import {
  closeSync,
  constants,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkOffMarkdown, type CheckOffLine } from '../plan/markdown-checkoff.js';
import type { Plan } from '../plan/types.js';
import { errorMessage } from '../util/errors.js';
import type { SubtaskResult } from './types.js';
import { readPlanFileSafely } from './plan-file-reader.js';

export function checkOffCompleted(plan: Plan, subtasks: readonly SubtaskResult[]): void {
  if (plan.source?.kind !== 'markdown') return;
  const lines = completedLines(plan, subtasks);
  if (lines.length === 0) return;
  const { file, root } = plan.source;
  checkOffFile(file, root, lines);
}

/**
 * The same check-off, made on the plan file's copy in another worktree of its repository (the integration
 * branch's, so the delivered pull request shows the ticks). Answers whether the file changed; a plan outside
 * the repository is left alone, and a copy the workers turned into something else is left alone with the
 * reason told to `refused` (the delivered branch then lacks the ticks, which the run's own check-off has).
 */
export function checkOffInWorktree(
  plan: Plan,
  subtasks: readonly SubtaskResult[],
  repoRoot: string,
  worktreePath: string,
  refused: (why: string) => void = () => undefined,
): boolean {
  if (plan.source?.kind !== 'markdown') return false;
  const lines = completedLines(plan, subtasks);
  if (lines.length === 0) return false;
  const rel = relative(realpathSync(repoRoot), plan.source.file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  const copy = join(realpathSync(worktreePath), rel);
  try {
    return checkOffFile(copy, worktreePath, lines);
  } catch (error) {
    refused(`the delivered branch's ${rel} was not checked off: ${errorMessage(error)}`);
    return false;
  }
}

function completedLines(plan: Plan, subtasks: readonly SubtaskResult[]): CheckOffLine[] {
  const completed = new Set(subtasks.filter((s) => s.status === 'completed').map((s) => s.id));
  return plan.subtasks
    .filter((s) => completed.has(s.id) && s.line !== undefined)
    .map((s) => ({ line: s.line!, ...(s.lineText !== undefined ? { text: s.lineText } : {}) }));
}

function checkOffFile(file: string, root: string | undefined, lines: CheckOffLine[]): boolean {
  // Read again through the reader: the same containment, file type, size and encoding rules.
  const current = readPlanFileSafely(file, { cwd: dirname(file), ...(root !== undefined ? { root } : {}) });
  if (current.file !== file) throw new Error(`${file} now resolves to ${current.file}; not writing to it`);
  const updated = checkOffMarkdown(current.text, lines);
  if (updated === current.text) return false;
  replaceFile(file, updated);
  return true;
}

/**
 * Writes a sibling with O_EXCL (it never follows a symlink planted under the temporary name), keeps the
 * file's mode, and renames it over the file, so a reader never sees half a plan.
 */
function replaceFile(file: string, text: string): void {
  const mode = statSync(file).mode & 0o7777;
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(
    tmp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    mode,
  );
  try {
    writeSync(fd, text);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw error;
  }
  closeSync(fd);
  renameSync(tmp, file);
}
