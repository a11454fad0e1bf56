/**
 * Delivering a run's work to a git remote: the integration branch under the name the caller chose, and each
 * worker branch whose work could not be merged into it beside it (`<branch>-<domain>`: a remote cannot
 * hold `x/domain` next to a branch `x`), so no work is lost. Nothing is
 * forced, and a failure is reported, never thrown: the run's results stand whatever the remote says.
 */
import type { MergeReport, WorktreeSet } from '../git/worktrees.js';
import type { Logger } from '../util/logger.js';
import type { PushTarget } from './options.js';
import type { Delivery } from './types.js';

export async function deliver(
  worktrees: WorktreeSet,
  branches: MergeReport,
  target: PushTarget,
  planId: string,
  logger: Logger,
): Promise<Delivery> {
  const delivery: Delivery = { remote: target.remote, pushed: false, conflictBranches: [] };
  if (!branches.merged) {
    logger.info('no file changed: nothing to push');
    return delivery;
  }
  const integration = target.branch ?? `orchestrate/${planId}`;
  const pushed = await worktrees.push(target.remote, branches.merged, integration);
  Object.assign(delivery, pushed);
  if (pushed.pushed)
    logger.info(`pushed ${pushed.branch} (${pushed.commit?.slice(0, 12)}) to ${target.remote}`);
  else logger.warn(`could not push ${pushed.branch} to ${target.remote}: ${pushed.error}`);
  for (const local of branches.conflictBranches) {
    const branch = `${target.conflictPrefix ?? integration}-${local.slice(local.lastIndexOf('/') + 1)}`;
    const left = await worktrees.push(target.remote, local, branch);
    delivery.conflictBranches.push({
      local,
      branch,
      pushed: left.pushed,
      ...(left.error ? { error: left.error } : {}),
    });
    if (left.pushed) logger.info(`pushed ${branch}, whose work conflicted with the integration branch`);
    else logger.warn(`could not push ${branch}: ${left.error}`);
  }
  return delivery;
}
