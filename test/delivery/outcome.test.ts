import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_CHARS } from '../../src/action/constants.js';
import { renderStatusComment } from '../../src/action/render.js';
import { viewFromResult } from '../../src/action/progress.js';
import {
  conflictReports,
  deliveredBranch,
  deliveredPullRequest,
  describeDelivery,
  type DeliveryOutcome,
} from '../../src/delivery/outcome.js';
import { pullRequestBody, pullRequestTitle } from '../../src/delivery/pull-request-body.js';
import type { RunResult, SubtaskResult } from '../../src/engine/types.js';

const url = (branch: string) => `https://github.com/o/r/tree/${branch}`;
const BRANCH = 'orchestrate/7-abc123';

const pushed = (
  pullRequest: Extract<DeliveryOutcome, { kind: 'pushed' }>['pullRequest'],
  compare?: string,
): Extract<DeliveryOutcome, { kind: 'pushed' }> => ({
  kind: 'pushed',
  branch: BRANCH,
  branchUrl: url(BRANCH),
  commit: '0123456789abcdef0123',
  pullRequest,
  ...(compare ? { compareUrl: compare } : {}),
  conflicts: [],
});

describe('what the comment says about the delivery', () => {
  it('says which of the ways it went', () => {
    const link = `[\`${BRANCH}\`](${url(BRANCH)})`;
    const pr = { number: 12, url: 'https://github.com/o/r/pull/12' };
    expect(describeDelivery(pushed({ kind: 'opened', ...pr, draft: true }))).toEqual([
      `Pushed ${link} and opened draft pull request [#12](${pr.url}).`,
    ]);
    expect(
      describeDelivery(pushed({ kind: 'opened', ...pr, draft: false, draftRefused: 'No drafts here.' })),
    ).toEqual([
      `Pushed ${link} and opened pull request [#12](${pr.url}) ready for review: GitHub refused a draft (No drafts here).`,
    ]);
    expect(
      describeDelivery(
        pushed(
          {
            kind: 'forbidden',
            message: 'GitHub Actions is not permitted to create or approve pull requests.',
          },
          'C',
        ),
      ),
    ).toEqual([
      `Pushed ${link}, but GitHub did not let this workflow open a pull request (GitHub Actions is not ` +
        'permitted to create or approve pull requests). Allow it under Settings → Actions → General → "Allow ' +
        'GitHub Actions to create and approve pull requests", or open it yourself. [Open a pull request](C).',
    ]);
    expect(
      describeDelivery(pushed({ kind: 'forbidden', message: 'Resource not accessible by integration' }, 'C')),
    ).toEqual([
      `Pushed ${link}, but GitHub did not let this workflow open a pull request (Resource not accessible by ` +
        'integration). Give the workflow `pull-requests: write`, or open it yourself. [Open a pull request](C).',
    ]);
    expect(describeDelivery(pushed({ kind: 'failed', message: 'Validation Failed' }, 'C'))).toEqual([
      `Pushed ${link}, but could not open a pull request: Validation Failed. [Open a pull request](C).`,
    ]);
    expect(describeDelivery(pushed({ kind: 'not-asked' }, 'C'))).toEqual([
      `Pushed ${link}; no pull request was opened (\`pull-request: none\`). [Open a pull request](C).`,
    ]);
    expect(describeDelivery(pushed({ kind: 'run-cancelled' }, 'C'))).toEqual([
      `Pushed ${link}; the run was cancelled, so no pull request was opened. [Open a pull request](C).`,
    ]);
    expect(describeDelivery(pushed({ kind: 'head', ...pr }))).toEqual([
      `Pushed the workers' commits to ${link}, the head branch of [#12](${pr.url}) (now at \`0123456789ab\`).`,
    ]);
    expect(describeDelivery({ kind: 'nothing-changed' })).toEqual([
      'No file changed: no branch was pushed and no pull request opened.',
    ]);
    expect(describeDelivery({ kind: 'off', reason: 'no origin' })).toEqual([
      'Nothing was pushed: no origin.',
    ]);
    expect(
      describeDelivery({ kind: 'not-pushed', branch: BRANCH, error: 'denied\n  (hook)', conflicts: [] }),
    ).toEqual([
      `⚠️ Could not push \`${BRANCH}\` to \`origin\`: denied (hook). Every result is kept in the job summary and the run's artifact.`,
    ]);
  });

  it('says where the work went when a pull request’s branch refused it', () => {
    const refused = { kind: 'not-pushed' as const, branch: 'feature', error: 'rejected', conflicts: [] };
    expect(
      describeDelivery({
        ...refused,
        rescue: { branch: BRANCH, pushed: true, branchUrl: url(BRANCH), compareUrl: 'C' },
      }),
    ).toEqual([
      `⚠️ Could not push \`feature\` to \`origin\`: rejected. The work is pushed as [\`${BRANCH}\`](${url(BRANCH)}) instead: [propose it to \`feature\`](C).`,
    ]);
    expect(
      describeDelivery({ ...refused, rescue: { branch: BRANCH, pushed: false, error: 'denied' } }),
    ).toEqual([
      `⚠️ Could not push \`feature\` to \`origin\`: rejected. Pushing it as \`${BRANCH}\` instead failed too: denied. Every result is kept in the job summary and the run's artifact.`,
    ]);
    expect(deliveredBranch({ ...refused, rescue: { branch: BRANCH, pushed: true } })).toBe(BRANCH);
    expect(deliveredBranch({ ...refused, rescue: { branch: BRANCH, pushed: false } })).toBeUndefined();
  });

  it('names the branch and the pull request the work is in, for the outputs and links', () => {
    const pr = { number: 12, url: 'https://github.com/o/r/pull/12' };
    expect(deliveredPullRequest(pushed({ kind: 'opened', ...pr, draft: true }))).toEqual(pr);
    expect(deliveredPullRequest(pushed({ kind: 'head', ...pr }))).toEqual(pr);
    expect(deliveredPullRequest(pushed({ kind: 'forbidden', message: 'x' }, 'C'))).toBeUndefined();
    expect(deliveredBranch(pushed({ kind: 'not-asked' }, 'C'))).toBe(BRANCH);
    expect(
      deliveredBranch({ kind: 'not-pushed', branch: BRANCH, error: 'x', conflicts: [] }),
    ).toBeUndefined();
    expect(deliveredBranch(undefined)).toBeUndefined();
  });

  it('reads conflicts by file and worker, with the branch each conflicting worker was pushed as', () => {
    const result: Pick<RunResult, 'branches' | 'delivery'> = {
      branches: {
        merged: 'orchestrate/abc123/merged',
        workers: {
          'omo-worker-frontend': 'orchestrate/abc123/frontend',
          'omo-worker-backend': 'orchestrate/abc123/backend',
          'omo-worker-testing': 'orchestrate/abc123/testing',
        },
        conflicts: [
          { file: 'shared.txt', branch: 'orchestrate/abc123/backend', worker: 'omo-worker-backend' },
          { file: 'src/a (b).ts', branch: 'orchestrate/abc123/testing', worker: 'omo-worker-testing' },
          { file: 'docs/x.md', branch: 'orchestrate/abc123/testing', worker: 'omo-worker-testing' },
        ],
        conflictBranches: ['orchestrate/abc123/backend', 'orchestrate/abc123/testing'],
      },
      delivery: {
        remote: 'origin',
        branch: BRANCH,
        pushed: true,
        conflictBranches: [
          // Listed in another order than the conflicts: matched by the local branch, not by position.
          {
            local: 'orchestrate/abc123/testing',
            branch: `${BRANCH}-testing`,
            pushed: false,
            error: 'rejected',
          },
          { local: 'orchestrate/abc123/backend', branch: `${BRANCH}-backend`, pushed: true },
        ],
      },
    };
    const conflicts = conflictReports(result, url);
    expect(conflicts).toEqual([
      {
        file: 'shared.txt',
        worker: 'omo-worker-backend',
        branch: `${BRANCH}-backend`,
        pushed: true,
        branchUrl: url(`${BRANCH}-backend`),
      },
      {
        file: 'src/a (b).ts',
        worker: 'omo-worker-testing',
        branch: `${BRANCH}-testing`,
        pushed: false,
        error: 'rejected',
      },
      {
        file: 'docs/x.md',
        worker: 'omo-worker-testing',
        branch: `${BRANCH}-testing`,
        pushed: false,
        error: 'rejected',
      },
    ]);
    const lines = describeDelivery({ ...pushed({ kind: 'not-asked' }, 'C'), conflicts });
    expect(lines[1]).toBe(
      'Merge conflict in `shared.txt` (work of `omo-worker-backend`): that work is not in the integration ' +
        `branch; it is pushed as [\`${BRANCH}-backend\`](${url(`${BRANCH}-backend`)}).`,
    );
    expect(lines[2]).toBe(
      'Merge conflict in `src/a (b).ts` (work of `omo-worker-testing`): that work is not in the integration ' +
        `branch, and pushing it as \`${BRANCH}-testing\` failed: rejected.`,
    );
    expect(conflictReports({ branches: undefined, delivery: undefined }, url)).toEqual([]);
  });
});

function subtask(id: string, over: Partial<SubtaskResult> = {}): SubtaskResult {
  return {
    id,
    description: `Task ${id}`,
    domain: 'backend',
    worker: 'omo-worker-backend',
    dependsOn: [],
    status: 'completed',
    startedAt: null,
    finishedAt: null,
    durationMs: 2_000,
    result: 'ok',
    error: null,
    ...over,
  };
}

describe('the pull request', () => {
  it('takes its title from the request’s first line, in one line', () => {
    expect(pullRequestTitle('  Build login UI,   Create JWT API\nand more')).toBe(
      'Build login UI, Create JWT API',
    );
    expect(pullRequestTitle('\n\n')).toBe('Orchestrated changes');
    const long = pullRequestTitle('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.endsWith('…')).toBe(true);
  });

  it('leads with Closes #N and the links, then subtasks, usage and conflicts, the summary last', () => {
    const body = pullRequestBody({
      result: {
        planId: 'abc123',
        status: 'completed',
        subtasks: [subtask('t1', { usage: { tokens: 1_200, costUsd: 0.01 } })],
        summary: '# Summary of the work\n\nAll done.',
      },
      request: 'Build API | and <b>more</b>',
      closes: 7,
      askedOn: 7,
      runUrl: 'https://github.com/o/r/actions/runs/1',
      commentUrl: 'https://github.com/o/r/issues/7#issuecomment-9',
      conflicts: [{ file: 'x.ts', worker: 'omo-worker-backend' }],
      now: 0,
    });
    const order = [
      'Closes #7',
      '[workflow run](',
      '[status comment](',
      '## Subtasks',
      '**Usage:** 1,200 tokens · $0.0100',
      '## Conflicts',
      '## Summary',
      'All done.',
    ];
    const at = order.map((text) => body.indexOf(text));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(body).toContain('asked for in #7');
    expect(body).toContain('> Build API \\| and &lt;b&gt;more&lt;/b&gt;');
    expect(body).toContain(
      '- Merge conflict in `x.ts` (work of `omo-worker-backend`): that work is not in the integration branch.',
    );
  });

  it('stays under GitHub’s limit, cutting the summary’s end', () => {
    const body = pullRequestBody({
      result: {
        planId: 'abc123',
        status: 'completed',
        subtasks: [subtask('t1')],
        summary: 'x'.repeat(200_000),
      },
      request: 'Build API',
      closes: 7,
      conflicts: [],
      now: 0,
    });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toContain('Closes #7');
    expect(body).toContain('| t1: Task t1 |');
    expect(body).toMatch(/…truncated/);
  });
});

describe('the status comment', () => {
  it('links the branch, the pull request and the run, and lists the delivery', () => {
    const view = viewFromResult({ planId: 'abc123', status: 'completed', subtasks: [subtask('t1')] });
    const pr = { number: 12, url: 'https://github.com/o/r/pull/12' };
    const comment = renderStatusComment({
      view,
      now: 0,
      runUrl: 'https://github.com/o/r/actions/runs/1',
      summary: 'Done.',
      delivery: pushed({ kind: 'opened', ...pr, draft: true }),
    });
    expect(comment).toContain(
      `Plan \`abc123\` · 1/1 completed · [workflow run](https://github.com/o/r/actions/runs/1) · branch [\`${BRANCH}\`](${url(BRANCH)}) · pull request [#12](${pr.url})`,
    );
    expect(comment).toContain(
      `**Delivery**\n\n- Pushed [\`${BRANCH}\`](${url(BRANCH)}) and opened draft pull request [#12](${pr.url}).`,
    );
    expect(comment.indexOf('**Delivery**')).toBeLessThan(comment.indexOf('Done.'));
  });
});
