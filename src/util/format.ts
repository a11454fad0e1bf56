/**
 * How every surface (the CLI, run files, the status comment, the job summary) writes durations, statuses and
 * table cells: one place, so a subtask reads the same everywhere.
 */
import type { PlanStatus, SubtaskStatus } from '../engine/types.js';

/** `850ms`, `12.3s`, `2m 05s`, `1h 02m`; `—` for none. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1_000) return `${Math.max(0, Math.round(ms))}ms`;
  if (ms < 60_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)}s`;
  const seconds = Math.round(ms / 1_000);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

export const STATUS_EMOJI: Record<SubtaskStatus, string> = {
  pending: '⏳',
  running: '🔄',
  completed: '✅',
  failed: '❌',
  timed_out: '⏱️',
  skipped: '⏭️',
  cancelled: '🚫',
};

export const PLAN_EMOJI: Record<PlanStatus, string> = {
  planning: '🧭',
  executing: '🔄',
  completed: '✅',
  failed: '❌',
  cancelled: '🚫',
  interrupted: '💥',
  prompts_written: '📝',
};

/** `timed out`: a status as words. */
export function statusWords(status: SubtaskStatus | PlanStatus): string {
  return status.replace('_', ' ');
}

/** `✅ completed` */
export function statusMark(status: SubtaskStatus): string {
  return `${STATUS_EMOJI[status]} ${statusWords(status)}`;
}

/** One markdown table cell: no pipes, no new lines, no HTML, at most `max` characters. */
export function escapeCell(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return short.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A markdown table; cells are written as given (escape them with escapeCell). */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** `12,345` tokens: grouped by thousands, the same on every machine (no locale). */
export function formatTokens(tokens: number): string {
  return String(Math.round(tokens)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `$0.0421`, `$1.23`: dollars with four decimals below a dollar (a subtask often costs cents or less), two
 * above; `$0` for nothing at all, `<$0.0001` for a cost too small to show.
 */
export function formatCostUsd(usd: number): string {
  if (usd === 0) return '$0';
  if (usd < 0.0001) return '<$0.0001';
  return `$${usd.toFixed(usd < 1 ? 4 : 2)}`;
}
