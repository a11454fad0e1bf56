/**
 * A repository on a real git remote (repo-on-remote.ts) whose fake GitHub API runs a fleet
 * (test/support/fake-github-actions.ts): each dispatch of the example worker workflow runs the committed bundle
 * in worker mode, as a fresh runner would, its subtask in a Docker container of the worker image.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll } from 'vitest';
import type { FleetOptions } from '../support/fake-github-actions.js';
import type { GitRemote } from '../support/git-remote.js';
import { dockerEnv } from './docker-here.js';
import { repoOnRemote, type RepoOnRemote } from './repo-on-remote.js';
import { bundlePath } from './run-bundle.js';

const ROOT = new URL('../../', import.meta.url);
const WORKER_WORKFLOW = readFileSync(
  new URL('.github/workflows/examples/orchestrate-worker.yml', ROOT),
  'utf8',
);
const ACTION_YML = readFileSync(new URL('action.yml', ROOT), 'utf8');
/** The one secret the example worker workflow passes to its workers. */
export const MODEL_KEY = 'sk-test-model-key';
/** Polls GitHub often, so the tests do not wait out the default interval. */
export const FAST = { ORCH_ACTIONS_POLL_MS: '150' };

export function repoWithFleet(fleet: Partial<FleetOptions> = {}): Promise<RepoOnRemote> {
  return repoOnRemote({
    github: (remote: GitRemote) => ({
      fleet: {
        workflows: { 'orchestrate-worker.yml': WORKER_WORKFLOW },
        bundle: bundlePath(),
        actionYml: ACTION_YML,
        remote,
        dir: remote.dir,
        machineEnv: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...dockerEnv() },
        secrets: { ANTHROPIC_API_KEY: MODEL_KEY },
        ...fleet,
      },
    }),
  });
}

/**
 * For a test file: builds the bundle once (bundlePath), and gives a `start` whose repository, remote and fake
 * GitHub are closed after each test, when GitHub's rules are checked (no answer GitHub would never give).
 */
export function fleetPerTest(): (fleet?: Partial<FleetOptions>) => Promise<RepoOnRemote> {
  let setup: RepoOnRemote | undefined;
  beforeAll(() => {
    bundlePath();
  }, 300_000);
  afterEach(async () => {
    const s = setup;
    setup = undefined;
    await s?.close();
    s?.github.assertNoViolations();
  });
  return async (fleet = {}) => (setup = await repoWithFleet(fleet));
}
