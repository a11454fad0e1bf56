/**
 * The work of a cancelled run (`/orchestrate cancel`, a cancelled job, `--kill-all`). The engine stops the
 * workers and merges what they had committed, but pushes nothing. The action pushes that merge to the plan's
 * own branch (plan-record.ts `planBranch`): never to a pull request's branch, which the cancelled work must
 * not change, and without opening a pull request. A runner that never saw the plan then finds its completed
 * work there when `/orchestrate retry` takes it up. Nothing here throws; every ending is an outcome to tell.
 */
import { pushBranch } from '../delivery/checkout.js';
import type { DeliveryContext } from '../delivery/deliver.js';
import { branchUrl } from '../delivery/links.js';
import { conflictReports, type DeliveryOutcome } from '../delivery/outcome.js';
import type { RunResult } from '../engine/types.js';
import { tryGit } from '../git/git.js';

export async function keepCancelledWork(
  result: RunResult,
  branch: string,
  ctx: DeliveryContext,
): Promise<DeliveryOutcome> {
  const merged = result.branches?.merged;
  if (!merged) return { kind: 'nothing-changed' };
  const urlOf = (b: string) => branchUrl(ctx.serverUrl, ctx.repo, b);
  const conflicts = conflictReports(result, urlOf);
  const pushed = await pushBranch(ctx.repoDir, merged, branch);
  if (!pushed.pushed) {
    ctx.logger.warn(`could not push the cancelled run's work as ${branch}: ${pushed.error}`);
    return { kind: 'not-pushed', branch, error: pushed.error, conflicts };
  }
  const commit = (await tryGit(ctx.repoDir, ['rev-parse', '--verify', '-q', `refs/heads/${merged}`]))?.trim();
  ctx.logger.info(`pushed the cancelled run's work as ${branch}`);
  return {
    kind: 'pushed',
    branch,
    branchUrl: urlOf(branch),
    ...(commit ? { commit } : {}),
    pullRequest: { kind: 'run-cancelled' },
    conflicts,
  };
}
