/**
 * The title and body of the pull request a run opens. Pure. The body leads with what must survive any
 * truncation (`Closes #N`, the links), then the subtask table with tokens and cost, the conflicts, and last
 * the synthesized summary; the whole stays under GitHub's limit on a body, cut at the summary's end.
 */
import type { RunResult } from '../engine/types.js';
import { escapeCell } from '../util/format.js';
import { viewFromResult } from '../action/progress.js';
import {
  COMMENT_MARKER,
  limitComment,
  renderCounts,
  renderStatusTable,
  renderUsage,
} from '../action/render.js';
import { describeConflicts, type ConflictReport } from './outcome.js';

/** GitHub cuts titles far later, but a title is read in lists: keep it to a line. */
const MAX_TITLE_CHARS = 100;

/** The request's first line, in one line of at most MAX_TITLE_CHARS. */
export function pullRequestTitle(request: string): string {
  const line =
    request
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .find((l) => l !== '') ?? '';
  const text = line || 'Orchestrated changes';
  return text.length <= MAX_TITLE_CHARS ? text : `${text.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
}

export interface PullRequestBodyInput {
  result: Pick<RunResult, 'planId' | 'status' | 'subtasks' | 'summary'>;
  request: string;
  /** The issue the run was asked for on: `Closes #N`. */
  closes?: number;
  /** Where it was asked (an issue or pull request number), when not the issue it closes. */
  askedOn?: number;
  runUrl?: string;
  commentUrl?: string;
  conflicts: readonly ConflictReport[];
  now: number;
}

export function pullRequestBody(input: PullRequestBodyInput): string {
  const { result } = input;
  const view = viewFromResult(result);
  const asked = input.closes ?? input.askedOn;
  const links = [
    `Work of orchestrate-action plan \`${result.planId}\` (${result.status}: ${renderCounts(view)})` +
      (asked !== undefined ? `, asked for in #${asked}` : ''),
    input.runUrl ? `[workflow run](${input.runUrl})` : undefined,
    input.commentUrl ? `[status comment](${input.commentUrl})` : undefined,
  ].filter((part): part is string => part !== undefined);
  const sections = [COMMENT_MARKER];
  if (input.closes !== undefined) sections.push(`Closes #${input.closes}`);
  sections.push(links.join(' · '));
  sections.push(`> ${escapeCell(input.request, 1_000)}`);
  sections.push('## Subtasks', renderStatusTable(view, input.now));
  const usage = renderUsage(view);
  if (usage) sections.push(usage);
  if (input.conflicts.length > 0) {
    sections.push(
      '## Conflicts',
      describeConflicts(input.conflicts)
        .map((line) => `- ${line}`)
        .join('\n'),
    );
  }
  // Last: when the body is too long, the summary's end is what goes.
  sections.push('## Summary', result.summary.trim());
  return limitComment(sections.join('\n\n'));
}
