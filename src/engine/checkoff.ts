/** The spec status update: check off a markdown plan's items whose subtasks completed. */
import { readFileSync } from 'node:fs';
import { checkOffMarkdown } from '../plan/markdown-checkoff.js';
import type { Plan } from '../plan/types.js';
import { writeFileAtomic } from '../util/fs-atomic.js';
import type { SubtaskResult } from './types.js';

export function checkOffCompleted(plan: Plan, subtasks: readonly SubtaskResult[]): void {
  if (plan.source?.kind !== 'markdown') return;
  const completed = new Set(subtasks.filter((s) => s.status === 'completed').map((s) => s.id));
  const lines = plan.subtasks.filter((s) => completed.has(s.id) && s.line !== undefined).map((s) => s.line!);
  if (lines.length === 0) return;
  const file = plan.source.file;
  writeFileAtomic(file, checkOffMarkdown(readFileSync(file, 'utf8'), lines));
}
