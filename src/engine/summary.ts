/**
 * The deterministic report: a table of subtasks with status and duration, then each result. It is the
 * summary when no model synthesizes one, and the fallback when synthesis fails.
 */
import { escapeCell, formatDuration, markdownTable, statusMark, statusWords } from '../util/format.js';
import type { RunResult, SubtaskResult, SubtaskStatus } from './types.js';

export function statusTable(subtasks: readonly SubtaskResult[]): string {
  return markdownTable(
    ['Subtask', 'Description', 'Domain', 'Status', 'Duration'],
    subtasks.map((s) => [
      escapeCell(s.id, 64),
      escapeCell(s.description, 200),
      escapeCell(s.domain, 40),
      statusMark(s.status),
      formatDuration(s.durationMs),
    ]),
  );
}

export function countByStatus(subtasks: readonly SubtaskResult[]): Partial<Record<SubtaskStatus, number>> {
  const counts: Partial<Record<SubtaskStatus, number>> = {};
  for (const s of subtasks) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
}

/** `2 completed, 1 timed out`: how many subtasks ended in each status. */
function statusTally(subtasks: readonly SubtaskResult[]): string {
  return Object.entries(countByStatus(subtasks))
    .map(([status, n]) => `${n} ${statusWords(status as SubtaskStatus)}`)
    .join(', ');
}

export function deterministicSummary(run: Omit<RunResult, 'summary'>): string {
  const tally = statusTally(run.subtasks);
  const lines = [
    `# Orchestration ${run.planId}: ${run.status}`,
    '',
    `${run.subtasks.length} subtasks (${tally}) in ${run.workers.length} workers, ${run.mode} mode, ` +
      `${run.runtime} runtime, ${formatDuration(run.durationMs)}.`,
    '',
    statusTable(run.subtasks),
    '',
  ];
  if (run.branches?.merged) {
    const delivered = run.delivery?.pushed && run.delivery.branch;
    // The merged branch is local to the machine that ran; once pushed, the remote branch is what lasts.
    lines.push(
      delivered
        ? `Changes are on branch \`${delivered}\` of \`${run.delivery!.remote}\`.`
        : `Changes are on the local branch \`${run.branches.merged}\`.`,
    );
    if (run.branches.conflicts.length > 0) {
      const files = run.branches.conflicts.map((c) => `\`${c.file}\` (${c.worker})`);
      lines.push(`Merge conflicts in: ${files.join(', ')}.`);
    }
    lines.push('');
  }
  for (const s of run.subtasks) {
    lines.push(`## ${s.id}: ${s.description}`, '', `Status: ${statusMark(s.status)}`);
    if (s.error) lines.push('', `Error: ${s.error}`);
    if (s.result) lines.push('', s.result.trim());
    lines.push('');
  }
  return lines.join('\n');
}

/** The model's answer first, then the status table, so the comment reads as an answer with its evidence. */
export function synthesizedSummary(run: Omit<RunResult, 'summary'>, answer: string): string {
  const tally = statusTally(run.subtasks);
  return [
    answer.trim(),
    '',
    '---',
    '',
    `<details><summary>Orchestration ${run.planId}: ${run.status} (${tally}, ${formatDuration(run.durationMs)})</summary>`,
    '',
    statusTable(run.subtasks),
    '',
    '</details>',
    '',
  ].join('\n');
}
