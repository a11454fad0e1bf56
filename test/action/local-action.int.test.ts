/**
 * Smoke run with @github/local-action, the official tool for running a TypeScript action from source:
 * `local-action run <action dir> src/action/main.ts <dotenv file>`. It stubs @actions/core and prints the
 * outputs; here it runs a dispatch with the tasks input on the local runtime and the command agent.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { sandbox } from './run-bundle.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const box = sandbox();

afterAll(() => rmSync(box.dir, { recursive: true, force: true }));

it('runs the action from source with local-action', async () => {
  const event = path.join(box.dir, 'event.json');
  writeFileSync(event, JSON.stringify({ inputs: {} }));
  const dotenv = path.join(box.dir, '.env');
  writeFileSync(
    dotenv,
    [
      'INPUT_TASKS=Build login UI, Write tests',
      'INPUT_RUNTIME=local',
      'INPUT_AGENT=command',
      'INPUT_AGENT-COMMAND=echo "done: $ORCH_TASK_DESCRIPTION"',
      'INPUT_GITHUB-TOKEN=',
      'GITHUB_EVENT_NAME=workflow_dispatch',
      `GITHUB_EVENT_PATH=${event}`,
      'GITHUB_REPOSITORY=Codertocat/Hello-World',
      'GITHUB_RUN_ID=1',
      `GITHUB_WORKSPACE=${box.repo}`,
      `ORCH_WORKSPACE=${box.workspace}`,
    ].join('\n'),
  );
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      'npx',
      ['local-action', 'run', ROOT, 'src/action/main.ts', dotenv],
      {
        cwd: ROOT,
        env: { ...box.env, npm_config_offline: 'true' },
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, out, err) => (error ? reject(new Error(`${error.message}\n${out}\n${err}`)) : resolve(out)),
    ),
  );
  expect(stdout).toContain('::set-output name=status::completed');
  expect(stdout).toContain('done: Build login UI');
  expect(stdout).toMatch(/Action Outputs/);
});
