/**
 * `/orchestrate cancel <planId>`: stops a running plan, from a job that does not wait behind it.
 *
 * While a plan runs, its files are on the runner of the workflow run that runs it, so that run is found in
 * the plan's status comment: its hidden line (plan-record.ts) names the plan and the run. Only the action's
 * own comments (a bot's) are believed, on this thread first, then among the repository's most recently
 * updated comments; GitHub is asked whether the run is still going, then to cancel it. GitHub's runner then
 * sends the run's step SIGINT: the action aborts the engine, which stops every worker, and the plan ends
 * `cancelled`, its work pushed to the plan's own branch, its files uploaded and its status comment saying so
 * (run-request.ts, cancelled-run.ts); the post step cleans up after a step that did not end in time.
 * Workers of the plan on this machine (a self-hosted runner that runs it too) are stopped here as well. The
 * reply says what was done.
 */
import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';
import { reply } from './commands.js';
import type { ActionContext } from './context.js';
import { coreLogger } from './core-logger.js';
import { runDirOf, stopPlanWorkers } from './engine.js';
import { httpStatus, type GitHubGateway } from './github.js';
import type { ActionSettings } from './inputs.js';
import { parseStatusMarker, readPlanRecord } from './plan-record.js';
import type { CommentRef } from './trigger.js';

/** How many of the repository's most recently updated comments are searched when this thread has none. */
const RECENT_COMMENTS = 100;

interface ListedComment {
  body?: string;
  html_url: string;
  user: { type: string } | null;
}

export async function cancelCommand(
  gateway: GitHubGateway,
  ctx: ActionContext,
  comment: CommentRef,
  planId: string,
  settings: Pick<ActionSettings, 'workspace' | 'runtime'>,
): Promise<string | undefined> {
  const found = await findPlanRun(gateway, comment.issueNumber, planId);
  const recorded = readPlanRecord(runDirOf(settings.workspace, planId)).record?.runId;
  const runId = found?.runId ?? recorded;
  const lines: string[] = [];
  if (runId !== undefined) lines.push(await cancelRun(gateway, ctx, runId, planId));

  let stopped: string[] = [];
  try {
    stopped = await stopPlanWorkers(settings.workspace, [planId], settings.runtime === 'docker', coreLogger);
  } catch (error) {
    lines.push(`Stopping the plan's workers on this runner failed: ${errorMessage(error)}`);
  }
  if (stopped.length > 0) lines.push(`Stopped on this runner: ${stopped.join(', ')}.`);

  if (runId === undefined && stopped.length === 0) {
    lines.push(
      `Plan \`${planId}\` not found: no status comment of it on this thread or among the repository's ` +
        `${RECENT_COMMENTS} most recently updated comments names a workflow run, and it does not run on this ` +
        'runner. Nothing was cancelled.',
    );
  }
  for (const line of lines) core.info(line);
  return reply(gateway, comment, lines.join('\n\n'));
}

/** The workflow run the plan's status comment names (the newest comment wins), with that comment's address. */
async function findPlanRun(
  gateway: GitHubGateway,
  issueNumber: number,
  planId: string,
): Promise<{ runId: number; commentUrl: string } | undefined> {
  const pick = (comments: readonly ListedComment[] | undefined) => {
    for (const c of [...(comments ?? [])].reverse()) {
      // Anyone can write the hidden line; only the action's comments (a bot's) say where a plan runs.
      if (c.user?.type !== 'Bot') continue;
      const marker = parseStatusMarker(c.body ?? '');
      if (marker?.planId === planId && marker.runId !== undefined)
        return { runId: marker.runId, commentUrl: c.html_url };
    }
    return undefined;
  };
  const onThread = await gateway.call(`listing the comments of #${issueNumber}`, (o) =>
    o.paginate(o.rest.issues.listComments, { ...gateway.repo, issue_number: issueNumber, per_page: 100 }),
  );
  const here = pick(onThread);
  if (here) return here;
  const recent = await gateway.call("listing the repository's recent comments", (o) =>
    o.rest.issues.listCommentsForRepo({
      ...gateway.repo,
      sort: 'updated',
      direction: 'desc',
      per_page: RECENT_COMMENTS,
    }),
  );
  // Newest first: the first match is the newest, which `pick` (oldest first) wants last.
  return pick(recent?.data.slice().reverse());
}

async function cancelRun(
  gateway: GitHubGateway,
  ctx: ActionContext,
  runId: number,
  planId: string,
): Promise<string> {
  const link = `[workflow run ${runId}](${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${runId})`;
  if (runId === ctx.runId) return `Plan \`${planId}\` is run by this very ${link}: nothing was cancelled.`;
  const run = await gateway.call(`reading workflow run ${runId}`, (o) =>
    o.rest.actions.getWorkflowRun({ ...gateway.repo, run_id: runId }),
  );
  if (!run) return `Could not read the ${link} that runs plan \`${planId}\`: nothing was cancelled.`;
  if (run.data.status === 'completed') {
    return (
      `Plan \`${planId}\` is not running: its ${link} has ended (${run.data.conclusion ?? 'completed'}). ` +
      `Nothing to cancel; \`/orchestrate retry ${planId}\` runs again what did not complete.`
    );
  }
  let ended = false;
  const asked = await gateway
    .call(
      `cancelling workflow run ${runId}`,
      (o) => o.rest.actions.cancelWorkflowRun({ ...gateway.repo, run_id: runId }),
      // 409: the run ended between the two calls.
      (error) => (ended = httpStatus(error) === 409),
    )
    .catch(() => undefined);
  if (ended) return `Plan \`${planId}\`'s ${link} ended before it could be cancelled: nothing to cancel.`;
  if (!asked) return `GitHub did not cancel the ${link} that runs plan \`${planId}\` (see the job's log).`;
  return (
    `Asked GitHub to cancel the ${link}, which runs plan \`${planId}\`. Its workers stop, the plan ends ` +
    '`cancelled` with its work kept, and its status comment says so. ' +
    `\`/orchestrate retry ${planId}\` runs again what did not complete.`
  );
}
