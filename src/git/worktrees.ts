/**
 * Isolated git worktrees (for every runtime). Where the working directory is a git repository, each worker
 * works in its own worktree on `orchestrate/<planId>/<domain>`, branched from the user's HEAD. A subtask's
 * changes are committed when it ends; before a subtask runs, the branches of the workers it depends on are
 * merged into its worktree. At the end every worker branch is merged into `orchestrate/<planId>/merged`, and
 * conflicts are reported by file. The user's checkout (its files, index and HEAD) is never touched.
 *
 * A worktree is the worker's to write, so the host treats it as untrusted (see git.ts): every call names
 * the worktree's git directory explicitly, with hooks off and the configuration snapshotted at the start.
 * The worktree's `.git` file is checked before each commit: a worker that rewrote it (to point git at
 * metadata of its own) has its changes refused.
 *
 * Each worktree has a queue of its own (a merge and a commit in one worktree never overlap), so workers
 * prepare and commit in parallel; the end-of-run integration and pushes wait for every queue. A merge is
 * skipped when the dependency's branch has nothing new for this worktree, and a subtask that changed
 * nothing makes no commit: a dependency hop with nothing to carry costs no git call at all.
 */
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { workerName } from '../plan/types.js';
import { git, tryGit, type GitOptions, type TrustedConfig } from './git.js';
import { snapshotGitConfig, writeSanitizedRepoConfig } from './trusted-config.js';

/** A file whose merge into the integration branch conflicted, and the worker branch that brought it. */
export interface MergeConflict {
  file: string;
  /** The local worker branch (`orchestrate/<planId>/<domain>`). */
  branch: string;
  /** `omo-worker-<domain>` */
  worker: string;
}

export interface MergeReport {
  merged?: string;
  workers: Record<string, string>;
  conflicts: MergeConflict[];
  /** Worker branches whose work is not in `merged` because their merge conflicted. */
  conflictBranches: string[];
}

export interface PushOutcome {
  /** The remote branch, and the commit it now points at. */
  branch: string;
  commit?: string;
  pushed: boolean;
  /** Git's own words when the push failed (rejected, no credentials, no such remote). */
  error?: string;
}

export interface CommitOutcome {
  /** The new commit, or undefined when nothing changed (or the commit was refused). */
  commit?: string;
  /** Why the worktree's changes were refused: the worker tampered with its git metadata. */
  refused?: string;
}

interface Worktree {
  path: string;
  branch: string;
  /** `<repo>/.git/worktrees/<name>`, read right after `git worktree add`, before any worker ran. */
  gitDir: string;
  /** The exact contents of `<path>/.git` as git wrote it. */
  pointer: string;
}

const REPO = ':repo';

/**
 * Resolves a merge that stopped on conflicts, by editing the conflicted files in `dir` (the integration
 * worktree, mid-merge); answers whether it did. It must not commit: the merge is committed for it.
 */
export type ConflictResolver = (conflict: {
  branch: string;
  files: string[];
  dir: string;
}) => Promise<boolean>;

const MARKER = /^(<{7}|>{7})( |$)|^={7}$/m;

/** Whether a file still holds git's conflict markers (a file the resolution deleted holds none). */
function hasConflictMarkers(file: string): boolean {
  try {
    return MARKER.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * A last change made on the integration branch after every merge, as its own commit (a markdown plan's
 * check-off, so the pull request shows which tasks were done). `apply` edits files under the integration
 * worktree's path and answers whether it changed anything.
 */
export interface FinalEdit {
  message: string;
  apply(worktreePath: string): boolean;
}

export class WorktreeSet {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly worktrees = new Map<string, Worktree>();
  /** The last commit made on each worker's branch (none: the branch is still the base). */
  private readonly tips = new Map<string, string>();
  /** Per worktree, the tips of other branches already merged into it. */
  private readonly mergedTips = new Map<string, Set<string>>();

  private constructor(
    readonly repoRoot: string,
    readonly baseCommit: string,
    readonly planId: string,
    /** `<workspace>/worktrees/<planId>`: every worktree of the run, and the config snapshots. */
    readonly root: string,
    /** The repository's git directory (`<repo>/.git`), shared by every worktree. */
    readonly commonDir: string,
    /** A copy of the repository's config without credentials, for sandboxed workers (see sandbox.ts). */
    readonly sanitizedConfig: string,
    private readonly trusted: TrustedConfig,
  ) {}

  /** Undefined when `cwd` is not inside a git repository with at least one commit. */
  /**
   * `base`: the commit the run's branches started from, when the run is taken up again (a retry or a
   * resume); its worker branches are then used as they are, with whatever they hold.
   */
  static async open(
    cwd: string,
    planId: string,
    workspace: string,
    base?: string,
  ): Promise<WorktreeSet | undefined> {
    // One git call: the top level and the shared git directory, or nothing outside a repository; HEAD last,
    // so a repository without a commit yet answers the first two only.
    const out = (
      await tryGit(cwd, ['rev-parse', '--show-toplevel', '--git-common-dir', '--verify', '-q', 'HEAD'])
    )
      ?.trim()
      .split('\n');
    if (!out || out.length < 3) return undefined;
    const [top, common, headNow] = out as [string, string, string];
    const head =
      (base && (await tryGit(top, ['rev-parse', '--verify', '-q', `${base}^{commit}`]))?.trim()) || headNow;
    const commonDir = resolve(cwd, common);
    const root = join(workspace, 'worktrees', planId);
    const trustedDir = join(root, '.trusted');
    mkdirSync(trustedDir, { recursive: true, mode: 0o700 });
    const sanitizedConfig = join(root, '.repo-config');
    const [trusted] = await Promise.all([
      snapshotGitConfig(trustedDir),
      writeSanitizedRepoConfig(commonDir, sanitizedConfig),
    ]);
    return new WorktreeSet(top, head, planId, root, commonDir, sanitizedConfig, trusted);
  }

  /** Runs `work` after everything queued on `key` (a domain, or `repo` for the repository itself). */
  private serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  /** Runs `work` once every queue is idle, holding all of them meanwhile (integration, pushes, clean-up). */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const all = Promise.all([...this.queues.values()]);
    const next = all.then(work, work);
    const settled = next.catch(() => undefined);
    for (const key of [...this.queues.keys(), REPO]) this.queues.set(key, settled);
    return next;
  }

  /** Options for a call in the repository itself (not in a worktree). */
  private get repo(): GitOptions {
    return { trusted: this.trusted };
  }

  private in(tree: Worktree): GitOptions {
    return { gitDir: tree.gitDir, workTree: tree.path, trusted: this.trusted };
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

  /** Creates the worker's worktree (once) and returns its path; workers' worktrees are made at once. */
  add(domain: string): Promise<string> {
    return this.serial(domain, async () => {
      const existing = this.worktrees.get(domain);
      if (existing) return existing.path;
      const branch = this.branchOf(domain);
      // Taken up again: the branch holds the worker's earlier work; it is checked out as it is.
      const tip = (
        await tryGit(this.repoRoot, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`], this.repo)
      )?.trim();
      const tree = await this.create(join(this.root, domain), branch, tip ? 'existing' : '-b');
      if (tip && tip !== this.baseCommit) this.tips.set(domain, tip);
      this.worktrees.set(domain, tree);
      return tree.path;
    });
  }

  private async create(path: string, branch: string, flag: '-b' | '-B' | 'existing'): Promise<Worktree> {
    // Several adds at once may read each other's half-made entries under .git/worktrees and stop before they
    // create anything: try again a moment later (the branch is the run's own, so -B on a retry is safe).
    // `existing`: a run taken up again checks its worker's branch out as it is.
    for (let attempt = 1; ; attempt++) {
      try {
        const args =
          flag === 'existing'
            ? ['worktree', 'add', '-q', path, branch]
            : ['worktree', 'add', '-q', attempt === 1 ? flag : '-B', branch, path, this.baseCommit];
        await git(this.repoRoot, args, this.repo);
        break;
      } catch (error) {
        if (
          attempt >= 8 ||
          !/worktrees\/[^\s]+\/(commondir|gitdir|HEAD)|already (exists|checked out)/.test(
            String((error as Error).message),
          )
        )
          throw error;
        await new Promise((r) => setTimeout(r, 10 * attempt));
      }
    }
    const pointer = readFileSync(join(path, '.git'), 'utf8');
    const match = /^gitdir: (.+)$/m.exec(pointer);
    if (!match) throw new Error(`git wrote an unexpected ${join(path, '.git')}: ${pointer.trim()}`);
    const gitDir = isAbsolute(match[1]!) ? match[1]! : resolve(path, match[1]!);
    return { path, branch, gitDir, pointer };
  }

  /**
   * Merges the branches of other workers into `domain`'s worktree so a subtask sees its dependencies' commits.
   * Returns the files that conflicted (the merge is then abandoned and the worktree left as it was).
   */
  mergeInto(domain: string, fromDomains: readonly string[]): Promise<string[]> {
    return this.serial(domain, async () => {
      const tree = this.worktrees.get(domain);
      if (!tree) throw new Error(`no worktree for ${domain}`);
      const merged = this.mergedTips.get(domain) ?? new Set<string>();
      this.mergedTips.set(domain, merged);
      const conflicted: string[] = [];
      let moved = false;
      for (const from of fromDomains) {
        if (from === domain) continue;
        // A dependency whose worker has no worktree here (its work was done before, by a run taken up
        // again or by a runner of its own): its branch, as it is, holds that work.
        if (!this.worktrees.has(from)) await this.adoptBranch(from);
        const tip = this.tips.get(from);
        // Nothing committed there yet, or merged already: the worktree has all of it.
        if (tip === undefined || merged.has(tip)) continue;
        const files = await this.mergeBranch(tree, this.branchOf(from));
        if (files.length === 0) {
          merged.add(tip);
          moved = true;
        }
        conflicted.push(...files);
      }
      // This branch now carries what it merged: whoever depends on it next must get that too.
      if (moved) this.tips.set(domain, (await git(tree.path, ['rev-parse', 'HEAD'], this.in(tree))).trim());
      return conflicted;
    });
  }

  /** Takes a worker branch made elsewhere as that worker's tip, when it holds more than the base. */
  private async adoptBranch(domain: string): Promise<void> {
    const tip = (
      await tryGit(
        this.repoRoot,
        ['rev-parse', '--verify', '-q', `refs/heads/${this.branchOf(domain)}`],
        this.repo,
      )
    )?.trim();
    if (tip && tip !== this.baseCommit) this.tips.set(domain, tip);
  }

  /**
   * Commits everything the subtask changed in its worktree. Refuses (and puts the pointer back) when the
   * worker rewrote the worktree's `.git`: whatever it meant git to run or read, its work is not taken.
   */
  commit(domain: string, message: string): Promise<CommitOutcome> {
    return this.serial(domain, async () => {
      const tree = this.worktrees.get(domain);
      if (!tree) return {};
      const tampered = this.tamperedPointer(tree);
      if (tampered) {
        this.restorePointer(tree);
        return {
          refused: `the worker changed its worktree's git metadata (${tampered}); its changes were not committed`,
        };
      }
      const options = this.in(tree);
      const changes = await git(tree.path, ['status', '--porcelain', '-z', '--untracked-files=all'], options);
      if (changes === '') return {};
      await git(tree.path, ['add', '-A'], options);
      await git(tree.path, ['commit', '-q', '--no-verify', '--allow-empty', '-m', message], options);
      const commit = (await git(tree.path, ['rev-parse', 'HEAD'], options)).trim();
      this.tips.set(domain, commit);
      return { commit };
    });
  }

  /** What is wrong with `<worktree>/.git`, or undefined when it is exactly what git wrote. */
  private tamperedPointer(tree: Worktree): string | undefined {
    const file = join(tree.path, '.git');
    try {
      const st = lstatSync(file);
      if (!st.isFile()) return `.git is no longer a file`;
      if (readFileSync(file, 'utf8') !== tree.pointer) return `.git points elsewhere`;
      return undefined;
    } catch {
      return '.git was removed';
    }
  }

  private restorePointer(tree: Worktree): void {
    try {
      writeFileSync(join(tree.path, '.git'), tree.pointer);
    } catch {
      // A directory in its place: the worktree is removed at the end of the run all the same.
    }
  }

  /**
   * Merges every worker branch with commits into `orchestrate/<planId>/merged` (from the base), in the given
   * order, in a scratch worktree. Conflicting merges are skipped and their files reported.
   */
  mergeAll(
    order: readonly string[],
    resolve?: ConflictResolver,
    finalEdit?: FinalEdit,
  ): Promise<MergeReport> {
    return this.exclusive(async () => {
      const workers: Record<string, string> = {};
      for (const domain of order) {
        const tree = this.worktrees.get(domain);
        if (tree) workers[workerName(domain)] = tree.branch;
        else {
          // A worker with nothing left to do in a run taken up again, or one that ran on a runner of its
          // own: its branch holds its work.
          const branch = this.branchOf(domain);
          const tip = (
            await tryGit(this.repoRoot, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`], this.repo)
          )?.trim();
          if (!tip) continue;
          workers[workerName(domain)] = branch;
          if (tip !== this.baseCommit) this.tips.set(domain, tip);
        }
      }
      // Branches that moved (own commits or merges); the others are the base.
      const withCommits = order.filter((d) => this.tips.has(d));
      if (withCommits.length === 0) return { workers, conflicts: [], conflictBranches: [] };
      const merged = this.mergedBranch;
      const scratch = await this.create(join(this.root, '_merge'), merged, '-B');
      const conflictBranches: string[] = [];
      const conflicts: MergeConflict[] = [];
      try {
        for (const domain of withCommits) {
          const branch = this.branchOf(domain);
          const files = await this.mergeBranch(scratch, branch, resolve);
          for (const file of files) conflicts.push({ file, branch, worker: workerName(domain) });
          if (files.length > 0) conflictBranches.push(branch);
        }
        if (finalEdit && finalEdit.apply(scratch.path)) {
          const options = this.in(scratch);
          await git(scratch.path, ['add', '-A'], options);
          await tryGit(scratch.path, ['commit', '-q', '--no-verify', '-m', finalEdit.message], options);
        }
      } finally {
        await tryGit(this.repoRoot, ['worktree', 'remove', '--force', scratch.path], this.repo);
      }
      return { merged, workers, conflicts, conflictBranches };
    });
  }

  /**
   * Pushes a local branch of the run to `remote` as `remoteBranch`, never forced, with the repository's own
   * credentials (the checkout's config) and the configuration snapshotted before any worker ran.
   */
  push(remote: string, localBranch: string, remoteBranch: string): Promise<PushOutcome> {
    return this.exclusive(async () => {
      const commit = (
        await tryGit(this.repoRoot, ['rev-parse', '--verify', '-q', localBranch], this.repo)
      )?.trim();
      try {
        await git(this.repoRoot, ['push', remote, `${localBranch}:refs/heads/${remoteBranch}`], this.repo);
        return { branch: remoteBranch, commit, pushed: true };
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr ?? String(error);
        const why = stderr
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !l.startsWith('To ') && !l.startsWith('hint:'))
          .slice(-4)
          .join(' ');
        return { branch: remoteBranch, commit, pushed: false, error: why || 'git push failed' };
      }
    });
  }

  /** Removes every worktree of the run; the branches stay. */
  removeAll(): Promise<void> {
    return this.exclusive(async () => {
      // The files go first, then one `worktree prune` drops every entry whose folder is gone: one git call
      // for the run instead of one `worktree remove` per worker.
      await Promise.all(
        [...this.worktrees.values()].map((tree) => rm(tree.path, { recursive: true, force: true })),
      );
      this.worktrees.clear();
      await tryGit(this.repoRoot, ['worktree', 'prune'], this.repo);
    });
  }

  /**
   * Merges `branch` into the worktree; answers the files that conflicted, after `resolve` (when given) had
   * its chance: a resolution is taken only when no conflict marker is left in those files, and is committed
   * as the merge. Otherwise the merge is abandoned and the worktree left as it was.
   */
  private async mergeBranch(tree: Worktree, branch: string, resolve?: ConflictResolver): Promise<string[]> {
    const options = this.in(tree);
    const out = await tryGit(tree.path, ['merge', '--no-edit', '--no-verify', '-q', branch], options);
    if (out !== undefined) return [];
    const files =
      (await tryGit(tree.path, ['diff', '--name-only', '--diff-filter=U'], options))
        ?.split('\n')
        .filter(Boolean) ?? [];
    if (files.length > 0 && resolve && (await resolve({ branch, files, dir: tree.path }))) {
      const left = files.filter((f) => hasConflictMarkers(join(tree.path, f)));
      if (left.length === 0) {
        await git(tree.path, ['add', '-A'], options);
        const done = await tryGit(tree.path, ['commit', '-q', '--no-verify', '--no-edit'], options);
        if (done !== undefined) return [];
      }
    }
    await tryGit(tree.path, ['merge', '--abort'], options);
    return files.length > 0 ? files : [`(merge of ${branch} failed)`];
  }
}
