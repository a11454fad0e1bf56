/**
 * The post step's part for a run the main step never reported: one killed before it could (a cancelled job
 * whose step outlived the runner's grace after SIGINT, a step that hit its timeout). The plan's status
 * comment would say `executing` forever, and its files would stay on a runner about to vanish. So: the
 * comment gets the plan's last state from its files (the post step's clean-up has marked a run that died
 * `interrupted` by then), with the way to take it up again, and the files go up as the plan's artifact, for
 * `/orchestrate retry` on any runner. Only warns, never fails the job.
 */
import * as core from '@actions/core';
import { readRunState } from '../engine/run-files.js';
import { readWorkerResults } from '../engine/worker-results.js';
import { errorMessage } from '../util/errors.js';
import { uploadRunArtifact } from './artifacts.js';
import type { ActionContext } from './context.js';
import { readPlanStatus, runDirOf } from './engine.js';
import { createOctokit, GitHubGateway } from './github.js';
import type { ActionSettings } from './inputs.js';
import { readPlanRecord, statusMarker } from './plan-record.js';
import { viewFromResult } from './progress.js';
import { renderStatusComment } from './render.js';

export async function reportAbandoned(
  planIds: readonly string[],
  settings: Pick<ActionSettings, 'workspace' | 'githubToken'>,
  ctx: ActionContext,
): Promise<void> {
  const octokit = settings.githubToken ? createOctokit(settings.githubToken, ctx.apiUrl) : undefined;
  const gateway = new GitHubGateway(octokit, { owner: ctx.owner, repo: ctx.repo });
  for (const planId of planIds) {
    try {
      await reportOne(planId, settings.workspace, ctx, gateway);
    } catch (error) {
      core.warning(`Reporting plan ${planId} after its step ended early failed: ${errorMessage(error)}`);
    }
  }
}

async function reportOne(
  planId: string,
  workspace: string,
  ctx: ActionContext,
  gateway: GitHubGateway,
): Promise<void> {
  const runDir = runDirOf(workspace, planId);
  const status = readPlanStatus(workspace, planId);
  const state = readRunState(runDir);
  if (!status || !state) return;
  core.info(`Plan ${planId} ended ${status.plan.status} without a report from the main step.`);
  const uploaded = (await uploadRunArtifact(runDir, planId)) !== undefined;

  const comment = readPlanRecord(runDir).record?.statusComment;
  if (!comment || !gateway.available) return;
  const previous = readWorkerResults(runDir);
  const byId = new Map(status.subtasks.map((s) => [s.id, s] as const));
  const subtasks = state.plan.subtasks.flatMap((s) => {
    const result = previous.get(s.id);
    const now = byId.get(s.id);
    return result
      ? [{ ...result, status: now?.status ?? result.status, error: now?.error ?? result.error }]
      : [];
  });
  const notes = [
    `⚠️ The workflow run stopped before this run could finish its report (cancelled, or out of time): this ` +
      `is the plan's last state from its files${status.error ? ` (${status.error})` : ''}.`,
    `\`/orchestrate retry ${planId}\` runs again what did not complete.`,
  ];
  if (uploaded && ctx.runUrl)
    notes.push(
      `The run's files are in the artifact \`orchestrate-${planId}\` of the [workflow run](${ctx.runUrl}).`,
    );
  const body = renderStatusComment({
    view: viewFromResult({ planId, status: status.plan.status, subtasks }),
    now: Date.now(),
    runUrl: ctx.runUrl,
    notes,
    marker: statusMarker({ planId, ...(ctx.runId !== undefined ? { runId: ctx.runId } : {}) }),
  });
  if (await gateway.updateComment(comment.id, body)) core.info(`Updated the status comment of ${planId}.`);
}
