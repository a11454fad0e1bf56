import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    { 'runs-on': string; steps: Step[]; if?: string; permissions?: Record<string, string> }
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

  it('the comment example grants what comments, reactions and kill-all need', () => {
    const workflow = read('examples/orchestrate-comments.yml');
    expect(Object.keys(workflow.on as object).sort()).toEqual([
      'issue_comment',
      'pull_request_review_comment',
    ]);
    expect(workflow.permissions).toEqual({
      contents: 'read',
      issues: 'write',
      'pull-requests': 'write',
      actions: 'write',
    });
  });

  it('the batch example runs a plan-file glob on schedule and workflow_dispatch', () => {
    const workflow = read('examples/orchestrate-batch.yml');
    expect(Object.keys(workflow.on as object).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const step = workflow.jobs.batch?.steps.find((s) => s.with?.['plan-file']);
    expect(String(step?.with?.['plan-file'])).toContain('*.md');
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
