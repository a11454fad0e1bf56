import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Concurrency {
  group: string;
  'cancel-in-progress'?: boolean;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  concurrency?: Concurrency;
  jobs: Record<
    string,
    {
      'runs-on': string;
      steps: Step[];
      if?: string;
      permissions?: Record<string, string>;
      concurrency?: Concurrency;
    }
  >;
}

const dir = new URL('../../.github/workflows/', import.meta.url);
const read = (file: string) => parse(readFileSync(new URL(file, dir), 'utf8')) as Workflow;
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.yml')),
  ...readdirSync(new URL('examples/', dir)).map((f) => `examples/${f}`),
];

describe('workflows', () => {
  it.each(files)('%s: every job runs somewhere, every action is pinned to a version', (file) => {
    const workflow = read(file);
    expect(workflow.permissions, 'least privilege, stated').toBeDefined();
    for (const job of Object.values(workflow.jobs)) {
      expect(job['runs-on']).toBeTruthy();
      for (const step of job.steps) {
        expect(Boolean(step.uses) !== Boolean(step.run), JSON.stringify(step)).toBe(true);
        if (step.uses && step.uses !== './') expect(step.uses).toMatch(/@v\d+$/);
      }
    }
  });

  it('CI runs the action itself on a small plan with the local runtime and the command agent', () => {
    const steps = read('ci.yml').jobs.action?.steps ?? [];
    const self = steps.find((s) => s.uses === './');
    expect(self?.with).toMatchObject({
      runtime: 'local',
      agent: 'command',
      'agent-command': 'echo "done: $ORCH_TASK_DESCRIPTION"',
    });
  });

  it('the comment example: runs push and open pull requests, one at a time per issue or pull request', () => {
    const workflow = read('examples/orchestrate-comments.yml');
    expect(Object.keys(workflow.on as object).sort()).toEqual([
      'issue_comment',
      'pull_request_review_comment',
    ]);
    // Nothing for the workflow as a whole; each job states what it needs.
    expect(workflow.permissions).toEqual({});
    const run = workflow.jobs.orchestrate!;
    // actions: read, for `/orchestrate retry` to download the plan's artifact.
    expect(run.permissions).toEqual({
      contents: 'write',
      issues: 'write',
      'pull-requests': 'write',
      actions: 'read',
    });
    expect(run.concurrency).toEqual({
      group: 'orchestrate-${{ github.event.issue.number || github.event.pull_request.number }}',
      'cancel-in-progress': false,
    });
    expect(run.steps.find((s) => s.uses?.startsWith('OWNER/orchestrate-action'))?.with).toMatchObject({
      'pull-request': 'draft',
    });
  });

  it('the comment example: kill-all, cancel and plan-status do not wait behind a run, and alone get actions: write', () => {
    const workflow = read('examples/orchestrate-comments.yml');
    const control = workflow.jobs.control!;
    expect(control.concurrency).toBeUndefined();
    expect(control.permissions).toEqual({
      contents: 'read',
      issues: 'write',
      'pull-requests': 'write',
      actions: 'write',
    });
    // Each command goes to exactly one job.
    const jobFor = (body: string) =>
      Object.entries(workflow.jobs)
        .filter(([, job]) => evaluateIf(job.if ?? '', body))
        .map(([name]) => name);
    expect(jobFor('/orchestrate Build login UI, Write tests')).toEqual(['orchestrate']);
    expect(jobFor('/orchestrate execute plans/a.md')).toEqual(['orchestrate']);
    expect(jobFor('/orchestrate --kill-all')).toEqual(['control']);
    // A retry is a run (it pushes); a cancel must not wait behind the run it stops.
    expect(jobFor('/orchestrate retry 3f2a1b9c')).toEqual(['orchestrate']);
    expect(jobFor('/orchestrate cancel 3f2a1b9c')).toEqual(['control']);
    expect(jobFor('/orchestrate Cancel 3f2a1b9c')).toEqual(['control']);
    expect(jobFor('/plan-status 3f2a1b9c')).toEqual(['control']);
    expect(jobFor('LGTM')).toEqual([]);
  });

  it('the batch example runs a plan-file glob on schedule and workflow_dispatch, pushing and opening pull requests', () => {
    const workflow = read('examples/orchestrate-batch.yml');
    expect(Object.keys(workflow.on as object).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const step = workflow.jobs.batch?.steps.find((s) => s.with?.['plan-file']);
    expect(String(step?.with?.['plan-file'])).toContain('*.md');
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'orchestrate-batch', 'cancel-in-progress': false });
  });

  it('the release workflow pushes the multi-arch worker image to GHCR under the names the action looks for', () => {
    const workflow = read('release.yml');
    expect(Object.keys(workflow.on as object).sort()).toEqual(['release', 'workflow_dispatch']);
    expect((workflow.on as { release: { types: string[] } }).release.types).toEqual(['published']);
    // packages: write in the one job that pushes, nowhere else.
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const jobs = Object.values(workflow.jobs);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.permissions).toEqual({ contents: 'read', packages: 'write' });
    const steps = jobs[0]!.steps;
    const uses = steps.map((s) => s.uses?.replace(/@v\d+$/, '')).filter(Boolean);
    expect(uses).toEqual(
      expect.arrayContaining([
        'docker/setup-qemu-action',
        'docker/setup-buildx-action',
        'docker/login-action',
        'docker/metadata-action',
        'docker/build-push-action',
      ]),
    );
    const meta = steps.find((s) => s.uses?.startsWith('docker/metadata-action'))!.with!;
    expect(meta.images).toBe('ghcr.io/${{ github.repository_owner }}/orchestrate-action-worker');
    expect(String(meta.tags).trim().split('\n')).toEqual([
      'type=raw,value=${{ steps.version.outputs.version }}',
      'type=raw,value=${{ steps.version.outputs.major }}',
    ]);
    const build = steps.find((s) => s.uses?.startsWith('docker/build-push-action'))!.with!;
    expect(build).toMatchObject({ file: 'docker/Dockerfile', platforms: 'linux/amd64,linux/arm64' });
    // The version is package.json's, the one src/runtime/image/names.ts puts in the release image's name.
    const version = steps.find((s) => s.run?.includes('version=$(jq -r .version package.json)'));
    expect(version?.run).toContain('echo "major=v${version%%.*}"');
  });
});

/**
 * The `if:` of the comment example, evaluated as GitHub does for the two functions it uses: contains() is
 * case-insensitive; `&&`, `||` and `!` as usual. Enough for these expressions, not a general evaluator.
 */
function evaluateIf(expression: string, body: string): boolean {
  const js = expression.replace(/contains\(github\.event\.comment\.body, '([^']*)'\)/g, (_, needle: string) =>
    String(body.toLowerCase().includes(needle.toLowerCase())),
  );
  if (!/^[\s()!&|truefals]*$/.test(js)) throw new Error(`cannot evaluate: ${expression}`);
  return Boolean(new Function(`return ${js};`)());
}
