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
  jobs: Record<string, { 'runs-on': string; steps: Step[]; if?: string }>;
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
});
