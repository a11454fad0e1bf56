/**
 * Ends and removes what a dead run left behind, from its record (active-runs.ts): its tmux server (and so
 * every session and pane of it), process groups still running, runner temp folders, worker containers,
 * worktrees, directories handed to a container user (given back), and its status, which becomes
 * `interrupted`. The next run and `kill-all` call it, so a crash costs nothing that lasts.
 */
import { lchownSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tryGit } from '../git/git.js';
import { interruptRunStatus } from '../engine/status.js';
import { killJobGroups } from '../runtime/local.js';
import { killProcessGroup } from '../runtime/process-tree.js';
import { killServer } from '../runtime/tmux.js';
import type { TrackedResource } from '../runtime/types.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { ownerAlive, readActiveRuns, removeActiveRun, type ActiveRunRecord } from './active-runs.js';

/**
 * Reaps every run of the workspace whose orchestrator is gone (only plan `only`, when given); returns what
 * it did, a line each.
 */
export async function reapDeadRuns(workspace: string, logger: Logger, only?: string): Promise<string[]> {
  const done: string[] = [];
  for (const record of readActiveRuns(workspace)) {
    if (ownerAlive(record) || (only !== undefined && record.planId !== only)) continue;
    done.push(...(await reapRun(workspace, record, logger)));
  }
  return done;
}

export async function reapRun(workspace: string, record: ActiveRunRecord, logger: Logger): Promise<string[]> {
  const done: string[] = [];
  const why = `the orchestrator of plan ${record.planId} (pid ${record.pid}) stopped without cleaning up`;
  for (const resource of record.resources) {
    try {
      const what = await reapResource(resource);
      if (what) done.push(what);
    } catch (error) {
      logger.warn(`reaping ${describe(resource)} of plan ${record.planId}: ${errorMessage(error)}`);
    }
  }
  try {
    const { removeWorkerContainers } = await import('../runtime/docker-reaper.js');
    for (const name of await removeWorkerContainers({ planId: record.planId }))
      done.push(`container ${name}`);
  } catch (error) {
    logger.warn(`reaping the containers of plan ${record.planId}: ${errorMessage(error)}`);
  }
  if (record.worktrees) done.push(...(await removeWorktrees(record.worktrees)));
  if (interruptRunStatus(record.runDir, why)) done.push(`status of plan ${record.planId}: interrupted`);
  removeActiveRun(workspace, record.planId);
  for (const line of done) logger.info(`reaped ${line} (${why})`);
  return done;
}

async function reapResource(resource: TrackedResource): Promise<string | undefined> {
  switch (resource.kind) {
    case 'tmux-server':
      return (await killServer(resource.socket)) ? `tmux server ${resource.socket}` : undefined;
    case 'process-group':
      await killProcessGroup(resource.pgid, 500);
      return `process group ${resource.pgid}`;
    case 'temp-dir':
      await killJobGroups(resource.path);
      rmSync(resource.path, { recursive: true, force: true });
      return `temp folder ${resource.path}`;
    case 'ownership':
      giveBack(resource.dir, resource.uid, resource.gid);
      return `ownership of ${resource.dir} (back to ${resource.uid}:${resource.gid})`;
  }
}

function describe(resource: TrackedResource): string {
  return JSON.stringify(resource);
}

/** Hands every entry under `dir` (symlinks not followed) to uid:gid. */
function giveBack(dir: string, uid: number, gid: number): void {
  const stack = [dir];
  while (stack.length > 0) {
    const path = stack.pop()!;
    let st;
    try {
      st = lstatSync(path);
    } catch {
      continue;
    }
    if (st.uid !== uid || st.gid !== gid) lchownSync(path, uid, gid);
    if (st.isDirectory()) for (const name of readdirSync(path)) stack.push(join(path, name));
  }
}

/** The run's worktrees go (their branches stay, with whatever was committed). */
async function removeWorktrees(worktrees: { repoRoot: string; root: string }): Promise<string[]> {
  let names: string[];
  try {
    names = readdirSync(worktrees.root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(worktrees.root, name);
    await tryGit(worktrees.repoRoot, ['worktree', 'remove', '--force', path]);
    removed.push(`worktree ${path}`);
  }
  rmSync(worktrees.root, { recursive: true, force: true });
  await tryGit(worktrees.repoRoot, ['worktree', 'prune']);
  return removed;
}
