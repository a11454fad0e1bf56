/**
 * The files of a run (docs/interface.md, Files of a run), under `<workspace>/runs/<planId>/`. Every write leaves valid
 * files behind if the process dies at any moment: JSON files are replaced atomically, the event log is
 * appended one whole line per write.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plan } from '../plan/types.js';
import type { OrchestrateOptions } from './options.js';
import { planToJson } from '../plan/build-plan.js';
import { writeFileAtomic } from '../util/fs-atomic.js';
import { STATUS_FILE } from './status.js';
import type { OrchestratorEvent, WorkerResult } from './types.js';

export const RUN_STATE_FILE = 'run-state.json';

export interface RunState {
  plan: Plan;
  /** The commit the worker branches started from, where the run is in a git repository. */
  base?: string;
  /** The run's settings (no environment, no secret), so taking it up again needs none repeated. */
  settings?: RunSettings;
}

/** The options of a run worth keeping with it: plain values only. */
export type RunSettings = Partial<
  Pick<
    OrchestrateOptions,
    | 'cwd'
    | 'runtime'
    | 'agent'
    | 'agentCommand'
    | 'model'
    | 'concurrency'
    | 'timeoutMs'
    | 'tmux'
    | 'sandbox'
    | 'network'
    | 'envNames'
    | 'maxTokens'
    | 'maxCostUsd'
    | 'maxRunTokens'
    | 'maxRunCostUsd'
    | 'stallMs'
    | 'synthesis'
    | 'image'
    | 'memory'
    | 'cpus'
    | 'pidsLimit'
    | 'push'
    | 'planRoot'
    | 'actions'
  >
>;

const SETTING_KEYS: ReadonlyArray<keyof RunSettings> = [
  'cwd',
  'runtime',
  'agent',
  'agentCommand',
  'model',
  'concurrency',
  'timeoutMs',
  'tmux',
  'sandbox',
  'network',
  'envNames',
  'maxTokens',
  'maxCostUsd',
  'maxRunTokens',
  'maxRunCostUsd',
  'stallMs',
  'synthesis',
  'image',
  'memory',
  'cpus',
  'pidsLimit',
  'push',
  'planRoot',
  'actions',
];

export function runSettings(options: OrchestrateOptions): RunSettings {
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (options[key] !== undefined) settings[key] = options[key];
  // An unbounded concurrency is Infinity, which JSON cannot hold: unset means the same.
  if (settings.concurrency === Infinity) delete settings.concurrency;
  // No secret is kept: the token comes from the environment each time.
  if (options.actions) {
    const { token: _token, ...actions } = options.actions;
    settings.actions = actions;
  }
  return settings as RunSettings;
}

export function readRunState(dir: string): RunState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(dir, RUN_STATE_FILE), 'utf8')) as RunState;
    return state.plan && Array.isArray(state.plan.subtasks) ? state : undefined;
  } catch {
    return undefined;
  }
}

export function resolveWorkspace(workspace: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(workspace ?? env.ORCH_WORKSPACE ?? join(homedir(), '.opencode-orchestrator'));
}

export function runDirOf(workspace: string, planId: string): string {
  return join(workspace, 'runs', planId);
}

export class RunFiles {
  readonly eventLog: string;
  readonly promptsDir: string;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.promptsDir = join(dir, 'prompts');
    mkdirSync(this.promptsDir, { recursive: true });
    this.eventLog = join(dir, 'event_log.jsonl');
  }

  writePlan(plan: Plan): void {
    writeFileAtomic(join(this.dir, 'plan.json'), `${JSON.stringify(planToJson(plan), null, 2)}\n`);
  }

  /** The status JSON of `orchestrate status`, rewritten as the run progresses. */
  writeStatus(status: object): void {
    writeFileAtomic(join(this.dir, STATUS_FILE), `${JSON.stringify(status, null, 2)}\n`);
  }

  appendEvent(event: OrchestratorEvent): void {
    appendFileSync(this.eventLog, `${JSON.stringify(event)}\n`);
  }

  /** The full prompt of one subtask (ORCH_PROMPT_FILE); returns its path. */
  writeTaskPrompt(taskId: string, prompt: string): string {
    const path = join(this.promptsDir, `${taskId}.md`);
    writeFileAtomic(path, prompt);
    return path;
  }

  /** `worker-<domain>_prompt.md` collects the prompts of that worker's subtasks as they start. */
  appendWorkerPrompt(domain: string, taskId: string, prompt: string): void {
    appendFileSync(join(this.dir, `worker-${domain}_prompt.md`), `<!-- subtask ${taskId} -->\n${prompt}\n\n`);
  }

  writeWorkerResult(result: WorkerResult): void {
    writeFileAtomic(
      join(this.dir, `worker-${result.domain}_result.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  }

  writeSummary(markdown: string): void {
    writeFileAtomic(join(this.dir, 'summary.md'), markdown);
  }

  /**
   * What taking the run up again needs and plan.json (the contract's shape) leaves out: the whole plan
   * (request, plan file and lines to check off, todo bodies) and the commit its branches started from.
   */
  writeRunState(state: RunState): void {
    writeFileAtomic(join(this.dir, RUN_STATE_FILE), `${JSON.stringify(state)}\n`);
  }

  /** The JSON the CLI's `run --json` prints, kept with the run. */
  writeResult(result: object): void {
    writeFileAtomic(join(this.dir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
}
