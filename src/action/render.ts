/**
 * Markdown the action writes: the live status comment, the job summary and the `/plan-status` answer.
 * Pure functions of their arguments (the clock comes in as `now`).
 */
import type { RunStatus } from '../engine/status.js';
import type { SubtaskStatus } from '../engine/types.js';
import {
  escapeCell,
  formatCostUsd,
  formatDuration,
  formatTokens,
  markdownTable,
  PLAN_EMOJI,
  statusMark,
  statusWords,
} from '../util/format.js';
import {
  deliveredBranchLink,
  deliveredPullRequest,
  describeDelivery,
  inlineCode,
  type DeliveryOutcome,
} from '../delivery/outcome.js';
import { MAX_COMMENT_CHARS } from './constants.js';
import { renderPlanGraph } from './plan-graph.js';
import type { RunView, SubtaskView } from './progress.js';
import { totalUsage } from './usage.js';

/** Marks the action's own comments, so a reader (or a later run) can tell them apart. */
export const COMMENT_MARKER = '<!-- orchestrate-action -->';

function durationCell(subtask: SubtaskView, now: number): string {
  if (subtask.durationMs !== undefined) return formatDuration(subtask.durationMs);
  if (subtask.status === 'running' && subtask.startedAt !== undefined) {
    return `${formatDuration(now - subtask.startedAt)}…`;
  }
  return '—';
}

/** Tokens and cost columns appear once any subtask reported them (the command agent never does). */
export function renderStatusTable(view: RunView, now: number): string {
  if (view.subtasks.length === 0) {
    return view.status === 'planning' || view.status === 'executing' ? '_Planning…_' : '_Nothing ran._';
  }
  const usage = view.subtasks.some((s) => s.tokens !== undefined || s.costUsd !== undefined);
  return markdownTable(
    ['Subtask', 'Domain', 'Worker', 'Status', 'Duration', ...(usage ? ['Tokens', 'Cost'] : [])],
    view.subtasks.map((s) => [
      escapeCell(`${s.id}: ${s.description}`),
      escapeCell(s.domain, 40),
      s.runUrl ? `[\`${escapeCell(s.worker, 60)}\`](${s.runUrl})` : `\`${escapeCell(s.worker, 60)}\``,
      statusMark(s.status),
      durationCell(s, now),
      ...(usage
        ? [
            s.tokens === undefined ? '—' : formatTokens(s.tokens),
            s.costUsd === undefined ? '—' : formatCostUsd(s.costUsd),
          ]
        : []),
    ]),
  );
}

/** `**Usage:** 12,345 tokens · $0.0421 (3 of 5 subtasks reported usage)`; empty when none reported any. */
export function renderUsage(view: RunView): string {
  const totals = totalUsage(view.subtasks);
  if (totals.reporting === 0) return '';
  const parts = [
    totals.tokens === undefined ? undefined : `${formatTokens(totals.tokens)} tokens`,
    totals.costUsd === undefined ? undefined : formatCostUsd(totals.costUsd),
  ].filter((part): part is string => part !== undefined);
  const partial =
    totals.reporting < view.subtasks.length
      ? ` (${totals.reporting} of ${view.subtasks.length} subtasks reported usage)`
      : '';
  return `**Usage:** ${parts.join(' · ')}${partial}`;
}

/** `3/5 completed · 1 running · 1 failed` */
export function renderCounts(view: RunView): string {
  const counts = new Map<SubtaskStatus, number>();
  for (const s of view.subtasks) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  const parts = [`${counts.get('completed') ?? 0}/${view.subtasks.length} completed`];
  for (const status of ['running', 'pending', 'failed', 'timed_out', 'skipped', 'cancelled'] as const) {
    const n = counts.get(status);
    if (n) parts.push(`${n} ${statusWords(status)}`);
  }
  return parts.join(' · ');
}

export interface StatusCommentInput {
  view: RunView;
  now: number;
  runUrl?: string;
  /** The synthesized summary.md, once the run has ended. */
  summary?: string;
  /** Extra lines under the table (warnings, where the artifacts are). */
  notes?: string[];
  /** Where the work went, once the run has ended. */
  delivery?: DeliveryOutcome;
  /** A hidden line naming the plan and the workflow run that runs it (see plan-record.ts). */
  marker?: string;
}

export function renderStatusComment(input: StatusCommentInput): string {
  const { view } = input;
  const title = `### ${PLAN_EMOJI[view.status]} Orchestrate: ${view.status}`;
  const head = input.marker ? `${COMMENT_MARKER}\n${input.marker}` : COMMENT_MARKER;
  const sections = [head, title, renderMeta(input), renderStatusTable(view, input.now)];
  const usage = renderUsage(view);
  if (usage) sections.push(usage);
  const graph = renderPlanGraph(view.subtasks);
  if (graph) sections.push(graph);
  const failures = view.subtasks.filter((s) => s.error);
  if (failures.length > 0) {
    sections.push(failures.map((s) => `- \`${s.id}\`: ${escapeCell(s.error ?? '', 300)}`).join('\n'));
  }
  const asked = view.subtasks.flatMap((s) =>
    (s.questions ?? []).map(
      (q) => `- \`${s.id}\` asked: ${escapeCell(q.question, 200)} → ${escapeCell(q.answer, 200)}`,
    ),
  );
  if (asked.length > 0) sections.push(asked.join('\n'));
  if (input.delivery) {
    sections.push(
      `**Delivery**\n\n${describeDelivery(input.delivery)
        .map((line) => `- ${line}`)
        .join('\n')}`,
    );
  }
  if (input.notes && input.notes.length > 0) sections.push(quote(input.notes));
  const text = sections.join('\n\n');
  if (input.summary === undefined) return limitComment(text);
  return limitComment(`${text}\n\n---\n\n${input.summary.trim()}`);
}

/** `Plan \`abc\` · 3/3 completed · [workflow run](…) · branch [\`…\`](…) · pull request [#12](…)` */
function renderMeta(input: StatusCommentInput): string {
  const { view, delivery } = input;
  const pr = deliveredPullRequest(delivery);
  const branch = deliveredBranchLink(delivery);
  return [
    view.planId ? `Plan \`${view.planId}\`` : undefined,
    view.subtasks.length > 0 ? renderCounts(view) : undefined,
    input.runUrl ? `[workflow run](${input.runUrl})` : undefined,
    branch
      ? `branch ${branch.url ? `[${inlineCode(branch.branch)}](${branch.url})` : inlineCode(branch.branch)}`
      : undefined,
    pr ? `pull request [#${pr.number}](${pr.url})` : undefined,
  ]
    .filter((part): part is string => part !== undefined)
    .join(' · ');
}

/** Notes as one block quote, a paragraph each. */
function quote(notes: readonly string[]): string {
  return notes
    .map((note) =>
      note
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n'),
    )
    .join('\n>\n');
}

/** Keeps a body under GitHub's comment limit, saying where the rest is. */
export function limitComment(body: string, max = MAX_COMMENT_CHARS): string {
  if (body.length <= max) return body;
  const note = '\n\n_…truncated: the full text is in the job summary and the run artifact._';
  return body.slice(0, max - note.length) + note;
}

export function renderPlanStatus(status: RunStatus, source: string): string {
  const table = markdownTable(
    ['#', 'Subtask', 'Domain', 'Status', 'Result'],
    status.subtasks.map((s) => [
      String(s.index),
      escapeCell(`${s.id}: ${s.description}`),
      escapeCell(s.domain, 40),
      statusMark(s.status),
      escapeCell(s.result ?? '', 80),
    ]),
  );
  return [
    COMMENT_MARKER,
    `### ${PLAN_EMOJI[status.plan.status]} Plan \`${status.plan.id}\`: ${status.plan.status}`,
    `Request: ${escapeCell(status.plan.taskDescription, 300)}`,
    table,
    `_Source: ${source}._`,
  ].join('\n\n');
}
