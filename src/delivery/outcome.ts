/**
 * How a run's delivery ended, and how the status comment, the job summary and the pull request's body say
 * it: every outcome in words, with the links a reader needs next. Pure.
 */
import type { RunResult } from '../engine/types.js';
import type { OpenedPullRequest } from './pull-request.js';

/** A file whose merge into the integration branch conflicted, the worker whose work it was, and where that work is. */
export interface ConflictReport {
  file: string;
  worker?: string;
  /** The worker's branch as pushed beside the integration branch (`<branch>-<domain>`). */
  branch?: string;
  branchUrl?: string;
  pushed?: boolean;
  error?: string;
}

export type PullRequestOutcome =
  | OpenedPullRequest
  /** GitHub refused (403): Actions may not open pull requests here. */
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string }
  /** `pull-request: none` */
  | { kind: 'not-asked' }
  | { kind: 'run-cancelled' }
  /** The run's commits went to this pull request's head branch. */
  | { kind: 'head'; number: number; url: string };

/** The work pushed under a branch of its own when the pull request's branch refused it. */
export interface Rescue {
  branch: string;
  pushed: boolean;
  branchUrl?: string;
  /** GitHub's page to propose the work to the pull request's branch. */
  compareUrl?: string;
  error?: string;
}

export type DeliveryOutcome =
  | { kind: 'off'; reason: string }
  | { kind: 'nothing-changed' }
  | {
      kind: 'not-pushed';
      branch: string;
      error: string;
      conflicts: ConflictReport[];
      /** For a pull request's branch: where the work went instead. */
      rescue?: Rescue;
    }
  | {
      kind: 'pushed';
      branch: string;
      branchUrl: string;
      commit?: string;
      pullRequest: PullRequestOutcome;
      /** GitHub's page to open the pull request by hand, when none was opened. */
      compareUrl?: string;
      conflicts: ConflictReport[];
    };

/** The pull request the run's work is in, if any: the one it opened, or the one whose branch it pushed to. */
export function deliveredPullRequest(
  outcome: DeliveryOutcome | undefined,
): { number: number; url: string } | undefined {
  if (outcome?.kind !== 'pushed') return undefined;
  const pr = outcome.pullRequest;
  return pr.kind === 'opened' || pr.kind === 'head' ? { number: pr.number, url: pr.url } : undefined;
}

/** The branch on `origin` that holds the run's work, and its page, if the work got there. */
export function deliveredBranchLink(
  outcome: DeliveryOutcome | undefined,
): { branch: string; url?: string } | undefined {
  if (outcome?.kind === 'pushed') return { branch: outcome.branch, url: outcome.branchUrl };
  if (outcome?.kind === 'not-pushed' && outcome.rescue?.pushed) {
    return { branch: outcome.rescue.branch, url: outcome.rescue.branchUrl };
  }
  return undefined;
}

/** The branch on `origin` that holds the run's work, if it got there. */
export function deliveredBranch(outcome: DeliveryOutcome | undefined): string | undefined {
  return deliveredBranchLink(outcome)?.branch;
}

export const inlineCode = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** GitHub's words inside a sentence of ours: one line, without their full stop. */
const quoted = (text: string) => oneLine(text).replace(/\.$/, '');

/** The outcome in markdown, one item per fact, for a bullet list. */
export function describeDelivery(outcome: DeliveryOutcome): string[] {
  switch (outcome.kind) {
    case 'off':
      return [`Nothing was pushed: ${outcome.reason}.`];
    case 'nothing-changed':
      return ['No file changed: no branch was pushed and no pull request opened.'];
    case 'not-pushed': {
      const refused = `⚠️ Could not push ${inlineCode(outcome.branch)} to \`origin\`: ${quoted(outcome.error)}.`;
      const rescue = outcome.rescue;
      if (!rescue) {
        return [
          `${refused} Every result is kept in the job summary and the run's artifact.`,
          ...describeConflicts(outcome.conflicts),
        ];
      }
      const where = rescue.branchUrl
        ? `[${inlineCode(rescue.branch)}](${rescue.branchUrl})`
        : inlineCode(rescue.branch);
      const next = rescue.pushed
        ? ` The work is pushed as ${where} instead` +
          (rescue.compareUrl ? `: [propose it to ${inlineCode(outcome.branch)}](${rescue.compareUrl}).` : '.')
        : ` Pushing it as ${inlineCode(rescue.branch)} instead failed too: ${quoted(rescue.error ?? 'unknown error')}. ` +
          "Every result is kept in the job summary and the run's artifact.";
      return [`${refused}${next}`, ...describeConflicts(outcome.conflicts)];
    }
    case 'pushed':
      return [pushedLine(outcome), ...describeConflicts(outcome.conflicts)];
  }
}

function pushedLine(outcome: Extract<DeliveryOutcome, { kind: 'pushed' }>): string {
  const branch = `[${inlineCode(outcome.branch)}](${outcome.branchUrl})`;
  const pr = outcome.pullRequest;
  const byHand = outcome.compareUrl ? ` [Open a pull request](${outcome.compareUrl}).` : '';
  switch (pr.kind) {
    case 'head':
      return (
        `Pushed the workers' commits to ${branch}, the head branch of [#${pr.number}](${pr.url})` +
        `${outcome.commit ? ` (now at \`${outcome.commit.slice(0, 12)}\`)` : ''}.`
      );
    case 'opened':
      if (pr.draftRefused) {
        return (
          `Pushed ${branch} and opened pull request [#${pr.number}](${pr.url}) ready for review: GitHub ` +
          `refused a draft (${quoted(pr.draftRefused)}).`
        );
      }
      return `Pushed ${branch} and opened ${pr.draft ? 'draft ' : ''}pull request [#${pr.number}](${pr.url}).`;
    case 'forbidden': {
      // The repository setting, or a token without pull-requests: write ("Resource not accessible by integration").
      const remedy = /not permitted to create or approve pull requests/i.test(pr.message)
        ? 'Allow it under Settings → Actions → General → "Allow GitHub Actions to create and approve pull ' +
          'requests", or open it yourself.'
        : 'Give the workflow `pull-requests: write`, or open it yourself.';
      return (
        `Pushed ${branch}, but GitHub did not let this workflow open a pull request ` +
        `(${quoted(pr.message)}). ${remedy}${byHand}`
      );
    }
    case 'failed':
      return `Pushed ${branch}, but could not open a pull request: ${quoted(pr.message)}.${byHand}`;
    case 'not-asked':
      return `Pushed ${branch}; no pull request was opened (\`pull-request: none\`).${byHand}`;
    case 'run-cancelled':
      return `Pushed ${branch}; the run was cancelled, so no pull request was opened.${byHand}`;
  }
}

export function describeConflicts(conflicts: readonly ConflictReport[]): string[] {
  return conflicts.map((c) => {
    const who = c.worker ? ` (work of ${inlineCode(c.worker)})` : '';
    const head = `Merge conflict in ${inlineCode(c.file)}${who}: that work is not in the integration branch`;
    if (!c.branch) return `${head}.`;
    if (c.pushed) {
      const where = c.branchUrl ? `[${inlineCode(c.branch)}](${c.branchUrl})` : inlineCode(c.branch);
      return `${head}; it is pushed as ${where}.`;
    }
    return `${head}, and pushing it as ${inlineCode(c.branch)} failed: ${quoted(c.error ?? 'unknown error')}.`;
  });
}

/** The conflicts of a run, by file and worker, with the branch each conflicting worker's work was pushed as. */
export function conflictReports(
  result: Pick<RunResult, 'branches' | 'delivery'>,
  branchUrl: (branch: string) => string,
): ConflictReport[] {
  const pushedAs = new Map((result.delivery?.conflictBranches ?? []).map((c) => [c.local, c] as const));
  return (result.branches?.conflicts ?? []).map(({ file, branch: local, worker }) => {
    const pushed = pushedAs.get(local);
    return {
      file,
      worker,
      ...(pushed
        ? {
            branch: pushed.branch,
            pushed: pushed.pushed,
            ...(pushed.pushed ? { branchUrl: branchUrl(pushed.branch) } : {}),
            ...(pushed.error ? { error: pushed.error } : {}),
          }
        : {}),
    };
  });
}
