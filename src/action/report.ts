/**
 * What a workflow sees of the runs: the job summary (written whatever GitHub's API did, so results are never
 * lost), the step outputs, and the one failure message naming the subtasks that did not complete.
 */
import * as core from '@actions/core';
import type { PlanStatus } from '../engine/types.js';
import { errorMessage } from '../util/errors.js';
import { statusWords } from '../util/format.js';
import { Outputs } from './constants.js';
import { viewFromResult } from './progress.js';
import { renderCounts, renderStatusTable, renderUsage } from './render.js';
import type { RunReport } from './run-request.js';
import { deliveredBranch, deliveredPullRequest, describeDelivery } from '../delivery/outcome.js';
import { subtaskUsage, totalUsage } from './usage.js';

/** GitHub's limit on one step's summary is 1 MiB; leave room for the tables. */
const MAX_SUMMARY_CHARS = 900_000;

export async function writeJobSummary(
  reports: readonly RunReport[],
  notes: readonly string[],
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  const perRun = Math.floor(MAX_SUMMARY_CHARS / Math.max(1, reports.length));
  try {
    core.summary.addHeading('Orchestrate', 2);
    for (const { label, result, delivery } of reports) {
      const view = viewFromResult(result);
      core.summary
        .addHeading(`Plan ${result.planId}: ${result.status}`, 3)
        .addRaw(`${label === 'request' ? '' : `Plan file: \`${label}\` · `}${renderCounts(view)}`, true)
        .addEOL()
        .addRaw(renderStatusTable(view, Date.now()), true)
        .addEOL();
      const usage = renderUsage(view);
      if (usage) core.summary.addRaw(usage, true).addEOL();
      if (delivery) {
        const items = describeDelivery(delivery).map((line) => `- ${line}`);
        core.summary.addRaw(['**Delivery**', '', ...items, ''].join('\n'), true).addEOL();
      }
      core.summary.addDetails('Summary', `\n\n${truncate(result.summary, perRun)}\n\n`);
    }
    if (notes.length > 0) core.summary.addHeading('Notes', 3).addList([...notes]);
    await core.summary.write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}\n\n…truncated; the full text is in the run artifact.`;
}

/**
 * One status for several runs: completed only if every run completed; prompts_written when every run that
 * did not complete was asked for prompt files and wrote them.
 */
export function overallStatus(statuses: readonly PlanStatus[]): PlanStatus {
  if (statuses.length === 0) return 'failed';
  if (statuses.every((s) => s === 'completed')) return 'completed';
  if (statuses.every((s) => s === 'completed' || s === 'prompts_written')) return 'prompts_written';
  if (statuses.includes('failed')) return 'failed';
  return statuses.includes('cancelled') ? 'cancelled' : 'failed';
}

/** Single run: plain values. Batch: one line per run (plan ids, results dirs, comment urls). */
export function setRunOutputs(reports: readonly RunReport[]): void {
  const lines = (values: (string | undefined)[]) => values.filter((v): v is string => !!v).join('\n');
  core.setOutput(Outputs.PlanId, lines(reports.map((r) => r.result.planId)));
  core.setOutput(Outputs.Status, overallStatus(reports.map((r) => r.result.status)));
  core.setOutput(
    Outputs.Summary,
    reports.length === 1
      ? (reports[0]?.result.summary ?? '')
      : reports.map((r) => r.result.summary).join('\n\n---\n\n'),
  );
  core.setOutput(Outputs.ResultsDir, lines(reports.map((r) => r.result.runDir)));
  core.setOutput(Outputs.CommentUrl, lines(reports.map((r) => r.commentUrl)));
  core.setOutput(Outputs.Branch, lines(reports.map((r) => deliveredBranch(r.delivery))));
  core.setOutput(Outputs.PullRequestUrl, lines(reports.map((r) => deliveredPullRequest(r.delivery)?.url)));
  const usage = totalUsage(reports.flatMap((r) => r.result.subtasks.map(subtaskUsage)));
  core.setOutput(Outputs.Tokens, usage.tokens === undefined ? '' : String(usage.tokens));
  // A plain number for a workflow's arithmetic; six decimals keep sub-cent costs.
  core.setOutput(
    Outputs.CostUsd,
    usage.costUsd === undefined ? '' : String(Number(usage.costUsd.toFixed(6))),
  );
}

/**
 * `t2 (failed), t3 (skipped)`, plan ids prefixed in a batch; empty when every subtask completed. The pending
 * subtasks of a run that was asked for prompt files only are what it was asked for, not a failure.
 */
export function incompleteSubtasks(reports: readonly RunReport[]): string[] {
  const prefix = reports.length > 1;
  return reports
    .filter(({ result }) => result.status !== 'prompts_written')
    .flatMap(({ result }) =>
      result.subtasks
        .filter((s) => s.status !== 'completed')
        .map((s) => `${prefix ? `${result.planId}/` : ''}${s.id} (${statusWords(s.status)})`),
    );
}
