/**
 * The workflow run's facts, read from the runner's environment each time (not at import, unlike
 * `@actions/github`'s `context`, so tests can set the environment per case).
 */
import { existsSync, readFileSync } from 'node:fs';
import { repoDir } from './inputs.js';

export interface ActionContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  /** The current workflow run, when known (never cancelled by `--kill-all`). */
  runId?: number;
  serverUrl: string;
  apiUrl: string;
  /** `${GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${GITHUB_RUN_ID}` */
  runUrl?: string;
  /** The checked-out repository (GITHUB_WORKSPACE). */
  repoDir: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const repository = payload.repository as { full_name?: unknown } | undefined;
  const fullName =
    env.GITHUB_REPOSITORY || (typeof repository?.full_name === 'string' ? repository.full_name : '');
  const [owner = '', repo = ''] = fullName.split('/');
  const runId = env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID) ? Number(env.GITHUB_RUN_ID) : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    runId,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runUrl: runId !== undefined && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    repoDir: repoDir(env),
  };
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file || !existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}
