/**
 * The comment commands that do not start a run: `/plan-status <planId>` and `/orchestrate --kill-all`,
 * and the short replies (refusals, usage) every command may need.
 */
import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';
import { artifactName, downloadRunArtifact } from './artifacts.js';
import type { ActionContext } from './context.js';
import { readPlanStatus, stopAllWorkers } from './engine.js';
import type { GitHubGateway } from './github.js';
import { COMMENT_MARKER, renderPlanStatus } from './render.js';
import type { CommentRef } from './trigger.js';
import { coreLogger } from './core-logger.js';

/** Posts a short answer on the comment's issue or PR; answers the new comment's address. */
export async function reply(
  gateway: GitHubGateway,
  comment: CommentRef,
  text: string,
): Promise<string | undefined> {
  const body = `${COMMENT_MARKER}\n${text}`;
  const created = await gateway.createComment(comment.issueNumber, body);
  if (!created) core.warning(`Could not post the reply on #${comment.issueNumber}: ${text}`);
  return created?.url;
}

export async function planStatusCommand(
  gateway: GitHubGateway,
  comment: CommentRef,
  planId: string,
  workspace: string,
  token: string,
): Promise<string | undefined> {
  let status = readPlanStatus(workspace, planId);
  let source = "the run's files on this runner";
  if (!status && gateway.available) {
    core.info(`No run files for ${planId} in ${workspace}; looking for artifact ${artifactName(planId)}`);
    const downloaded = await downloadRunArtifact(gateway, token, planId);
    if (downloaded) {
      status = readPlanStatus(downloaded, planId);
      source = `the workflow artifact \`${artifactName(planId)}\``;
    }
  }
  if (!status) {
    const text =
      `Plan \`${planId}\` not found: there are no run files for it on this runner, and no artifact ` +
      `\`${artifactName(planId)}\` could be found in this repository (artifacts expire after the ` +
      `repository's retention period).`;
    core.info(text);
    return reply(gateway, comment, text);
  }
  core.info(`Plan ${planId}: ${status.plan.status} (from ${source})`);
  return reply(gateway, comment, renderPlanStatus(status, source));
}

const ACTIVE_RUN_STATES = ['in_progress', 'queued'] as const;

/**
 * Cancels this workflow's other in-progress and queued runs in this repository (each cancelled run's post
 * step stops its own workers), then stops the workers on this machine.
 */
export async function killAllCommand(
  gateway: GitHubGateway,
  ctx: ActionContext,
  comment: CommentRef,
  workspace: string,
): Promise<string | undefined> {
  const lines: string[] = [];
  if (ctx.runId === undefined) {
    lines.push('GITHUB_RUN_ID is not set, so this workflow cannot be told apart: no run was cancelled.');
  } else {
    const current = await gateway.call('reading the current workflow run', (o) =>
      o.rest.actions.getWorkflowRun({ ...gateway.repo, run_id: ctx.runId ?? 0 }),
    );
    const workflowId = current?.data.workflow_id;
    const others = new Set<number>();
    if (workflowId !== undefined) {
      for (const status of ACTIVE_RUN_STATES) {
        const listed = await gateway.call(`listing ${status} runs`, (o) =>
          o.rest.actions.listWorkflowRuns({
            ...gateway.repo,
            workflow_id: workflowId,
            status,
            per_page: 100,
          }),
        );
        for (const run of listed?.data.workflow_runs ?? []) if (run.id !== ctx.runId) others.add(run.id);
      }
    }
    const cancelled: number[] = [];
    for (const id of others) {
      const done = await gateway.call(`cancelling run ${id}`, (o) =>
        o.rest.actions.cancelWorkflowRun({ ...gateway.repo, run_id: id }),
      );
      if (done) cancelled.push(id);
    }
    if (workflowId === undefined) lines.push('Could not read this workflow run: no run was cancelled.');
    else {
      lines.push(
        cancelled.length === 0
          ? 'No other run of this workflow was in progress or queued.'
          : `Cancelled ${cancelled.length} run(s) of this workflow: ${cancelled.map((id) => `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${id}`).join(', ')}.`,
      );
      if (cancelled.length < others.size)
        lines.push(`${others.size - cancelled.length} run(s) could not be cancelled.`);
    }
  }
  try {
    const stopped = await stopAllWorkers(workspace, coreLogger);
    lines.push(
      stopped.length === 0 ? 'No worker was running on this runner.' : `Stopped ${stopped.join(', ')}.`,
    );
  } catch (error) {
    core.warning(`Stopping local workers failed: ${errorMessage(error)}`);
    lines.push(`Stopping local workers failed: ${errorMessage(error)}`);
  }
  for (const line of lines) core.info(line);
  return reply(gateway, comment, lines.join('\n\n'));
}
