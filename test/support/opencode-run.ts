/**
 * What the engine tests that run the real OpenCode against the fake model server share: the environment
 * names a worker must get (opencodeTestEnv's directories), a run's options for it, a fresh git repository
 * to run in, the run's event log as written, and a scripted worker that asks before it works.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrchestrateOptions } from '../../src/engine/options.js';
import type { OrchestratorEvent } from '../../src/engine/types.js';
import {
  parseMarkers,
  type ChatMessage,
  type ChatRequest,
  type FakeReply,
  type HandlerContext,
} from './fake-model-server.js';

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

export const messageText = (m: ChatMessage | undefined): string =>
  typeof m?.content === 'string' ? m.content : (m?.content ?? []).map((p) => p.text ?? '').join('');

/** A request of the interactive mode's answerer (told apart by its system prompt, answerer-prompt.ts). */
export const isAnswerer = (request: ChatRequest): boolean =>
  messageText(request.messages.find((m) => m.role === 'system')).includes('You are acting as the user');

/**
 * A worker's model that asks the questions of its subtask's `[[ask: …]]` markers first, one a turn; once each
 * has an answer (a user message after its prompt), it does what its other markers say.
 */
export function askingWorker(request: ChatRequest, ctx: HandlerContext): FakeReply {
  const users = request.messages.filter((m) => m.role === 'user').map(messageText);
  const own = /## Your subtask\n([\s\S]*?)(\n\n|$)/.exec(users[0] ?? '')?.[1] ?? users[0] ?? '';
  const asks = parseMarkers(own).filter((m) => m.name === 'ask');
  const answered = users.length - 1;
  if (answered < asks.length) return { text: asks[answered]!.value.trim() };
  return ctx.markers(request, { ...ctx, prompt: own });
}
