/**
 * Isolated git worktrees (for every runtime). Where the working directory is a git repository, each worker
 * works in its own worktree on `orchestrate/<planId>/<domain>`, branched from the user's HEAD. A subtask's
 * changes are committed when it completes; before a subtask runs, the branches of the workers it depends on
 * are merged into its worktree. At the end every worker branch is merged into `orchestrate/<planId>/merged`, and
 * conflicts are reported by file. The user's checkout (its files, index and HEAD) is never touched.
 *
 * All git commands of one run go through one queue: they are fast, and serializing them avoids git's lock
 * files colliding between workers.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { git, tryGit } from './git.js';

export interface MergeReport {
  merged?: string;
  workers: Record<string, string>;
  conflicts: string[];
}

export class WorktreeSet {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly paths = new Map<string, string>();
  private readonly branches = new Map<string, string>();
  private readonly conflicts: string[] = [];

  private constructor(
    readonly repoRoot: string,
    readonly baseCommit: string,
    readonly planId: string,
    private readonly root: string,
  ) {}

  /** Undefined when `cwd` is not inside a git repository with at least one commit. */
  static async open(cwd: string, planId: string, workspace: string): Promise<WorktreeSet | undefined> {
    const top = (await tryGit(cwd, ['rev-parse', '--show-toplevel']))?.trim();
    if (!top) return undefined;
    const head = (await tryGit(top, ['rev-parse', '--verify', '-q', 'HEAD']))?.trim();
    if (!head) return undefined;
    const root = join(workspace, 'worktrees', planId);
    mkdirSync(root, { recursive: true });
    return new WorktreeSet(top, head, planId, root);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Where all worker branches are merged. Git cannot hold `orchestrate/<planId>` beside
   * `orchestrate/<planId>/<domain>` (a ref cannot also be a directory of refs), so it sits beside them.
   */
  get mergedBranch(): string {
    return `orchestrate/${this.planId}/merged`;
  }

  branchOf(domain: string): string {
    return `orchestrate/${this.planId}/${domain}`;
  }

  /** Creates the worker's worktree (once) and returns its path. */
  add(domain: string): Promise<string> {
    return this.serial(async () => {
      const existing = this.paths.get(domain);
      if (existing) return existing;
      const path = join(this.root, domain);
      const branch = this.branchOf(domain);
      await git(this.repoRoot, ['worktree', 'add', '-q', '-b', branch, path, this.baseCommit]);
      this.paths.set(domain, path);
      this.branches.set(domain, branch);
      return path;
    });
  }

  /**
   * Merges the branches of other workers into `domain`'s worktree so a subtask sees its dependencies' commits.
   * Returns the files that conflicted (the merge is then abandoned and the worktree left as it was).
   */
  mergeInto(domain: string, fromDomains: readonly string[]): Promise<string[]> {
    return this.serial(async () => {
      const path = this.paths.get(domain);
      if (!path) throw new Error(`no worktree for ${domain}`);
      const conflicted: string[] = [];
      for (const from of fromDomains) {
        if (from === domain || !this.branches.has(from)) continue;
        conflicted.push(...(await this.mergeBranch(path, this.branchOf(from))));
      }
      return conflicted;
    });
  }

  /** Commits everything the subtask changed in its worktree; returns the commit, or undefined if nothing changed. */
  commit(domain: string, message: string): Promise<string | undefined> {
    return this.serial(async () => {
      const path = this.paths.get(domain);
      if (!path) return undefined;
      await git(path, ['add', '-A']);
      const staged = await tryGit(path, ['diff', '--cached', '--quiet']);
      if (staged !== undefined) return undefined; // exit 0: nothing staged
      await git(path, ['commit', '-q', '--no-verify', '-m', message]);
      return (await git(path, ['rev-parse', 'HEAD'])).trim();
    });
  }

  /**
   * Merges every worker branch with commits into `orchestrate/<planId>` (from the base), in the given order,
   * in a scratch worktree. Conflicting merges are skipped and their files reported.
   */
  mergeAll(order: readonly string[]): Promise<MergeReport> {
    return this.serial(async () => {
      const workers: Record<string, string> = {};
      for (const domain of order) {
        const branch = this.branches.get(domain);
        if (branch) workers[`omo-worker-${domain}`] = branch;
      }
      const withCommits: string[] = [];
      for (const domain of order) {
        const branch = this.branches.get(domain);
        if (!branch) continue;
        const ahead = (
          await git(this.repoRoot, ['rev-list', '--count', `${this.baseCommit}..${branch}`])
        ).trim();
        if (ahead !== '0') withCommits.push(branch);
      }
      if (withCommits.length === 0) return { workers, conflicts: [...this.conflicts] };
      const merged = this.mergedBranch;
      const path = join(this.root, '_merge');
      await git(this.repoRoot, ['worktree', 'add', '-q', '-B', merged, path, this.baseCommit]);
      try {
        for (const branch of withCommits) {
          const files = await this.mergeBranch(path, branch);
          for (const f of files) this.conflicts.push(`${f} (${branch})`);
        }
      } finally {
        await tryGit(this.repoRoot, ['worktree', 'remove', '--force', path]);
      }
      return { merged, workers, conflicts: [...new Set(this.conflicts)] };
    });
  }

  /** Removes every worktree of the run; the branches stay. */
  removeAll(): Promise<void> {
    return this.serial(async () => {
      for (const path of this.paths.values())
        await tryGit(this.repoRoot, ['worktree', 'remove', '--force', path]);
      this.paths.clear();
      await tryGit(this.repoRoot, ['worktree', 'prune']);
    });
  }

  private async mergeBranch(path: string, branch: string): Promise<string[]> {
    const out = await tryGit(path, ['merge', '--no-edit', '--no-verify', '-q', branch]);
    if (out !== undefined) return [];
    const files =
      (await tryGit(path, ['diff', '--name-only', '--diff-filter=U']))?.split('\n').filter(Boolean) ?? [];
    await tryGit(path, ['merge', '--abort']);
    return files.length > 0 ? files : [`(merge of ${branch} failed)`];
  }
}
