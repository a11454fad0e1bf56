/**
 * What the engine tests that run the real OpenCode against the fake model server share: the environment
 * names a worker must get (opencodeTestEnv's directories), a run's options for it, a fresh git repository
 * to run in, and the run's event log as written.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrchestrateOptions } from '../../src/engine/options.js';
import type { OrchestratorEvent } from '../../src/engine/types.js';

/** The variables of opencodeTestEnv a worker's environment must keep (its OpenCode's config and data). */
export const OPENCODE_ENV_NAMES = [
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'XDG_CACHE_HOME',
  'XDG_STATE_HOME',
  'TMPDIR',
  'npm_config_offline',
];

/** A local run of the opencode agent on the fake model, without synthesis. */
export function opencodeRunOptions(
  env: Record<string, string>,
  extra: Partial<OrchestrateOptions> = {},
): OrchestrateOptions {
  return {
    env,
    envNames: OPENCODE_ENV_NAMES,
    runtime: 'local',
    agent: 'opencode',
    model: 'fake/fake-model',
    timeoutMs: 120_000,
    synthesis: false,
    ...extra,
  };
}

/** A new git repository under `parent` with one commit on `main`. */
export function gitRepo(parent: string): string {
  const dir = join(parent, `repo-${Math.random().toString(16).slice(2)}`);
  execFileSync('bash', [
    '-c',
    `mkdir -p ${dir} && cd ${dir} && git init -q -b main && echo base > README.md && git add -A && git -c user.email=t@e -c user.name=t commit -qm base`,
  ]);
  return dir;
}

export function readEventLog(runDir: string): OrchestratorEvent[] {
  return readFileSync(join(runDir, 'event_log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as OrchestratorEvent);
}
