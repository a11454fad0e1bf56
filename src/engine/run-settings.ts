/**
 * The one schema of a run's settings as people write them (text from a command line or a workflow's inputs,
 * JSON values from the API): every edge maps its own names onto these keys and gets OrchestrateOptions back,
 * checked the same way everywhere. An error names the setting by the edge's own name (`--timeout`,
 * `subtask-timeout`, `timeoutMs`) and quotes the value.
 */
import { z } from 'zod';
import { SUBTASK_LIMITS } from '../plan/limits.js';
import { parseDuration } from '../util/duration.js';
import { InputError } from '../util/errors.js';
import type { OrchestrateOptions } from './options.js';
import { parseMemory } from './run-config.js';

const count = (min: number, max: number) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({ code: 'custom', message: `a whole number from ${min} to ${max}` });
    return z.NEVER;
  });

const positive = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const n = typeof value === 'number' ? value : Number(value);
  if (Number.isFinite(n) && n > 0) return n;
  ctx.addIssue({ code: 'custom', message: 'a positive number like 1.5' });
  return z.NEVER;
});

/** `600` (seconds), `90s`, `10m`, `1h30m`, or a number of milliseconds. */
const duration = (max = 24 * 3_600_000) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    let ms: number;
    try {
      ms = typeof value === 'number' ? value : parseDuration(value);
    } catch {
      ms = NaN;
    }
    if (ms >= 1_000 && ms <= max) return ms;
    ctx.addIssue({
      code: 'custom',
      message: 'a duration from 1s to 24h, like 600 (seconds), 90s, 10m or 1h',
    });
    return z.NEVER;
  });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(values, { error: `one of ${values.join(', ')}` }));

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** An image reference as Docker reads it: `[host[:port]/]path[:tag][@digest]`, the path in lower case. */
const IMAGE_REF = new RegExp(
  '^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\\d+)?/)?' +
    '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*' +
    '(?::\\w[\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$',
);

export const runSettingsSchema = z.object({
  runtime: oneOf(['docker', 'local', 'prompt-files', 'actions']).optional(),
  workerWorkflow: z
    .string()
    .trim()
    .regex(/^(?:[\w.-]+\.ya?ml|\d+)$/, { error: 'a workflow file name such as orchestrate-worker.yml' })
    .optional(),
  workerRef: z.string().min(1).optional(),
  workerStartTimeout: duration().optional(),
  agent: oneOf(['opencode', 'command']).optional(),
  agentCommand: z.string().optional(),
  model: z
    .string()
    .regex(/^[\w.-]+\/\S+$/, { error: 'provider/model, e.g. anthropic/claude-sonnet-4-5' })
    .optional(),
  planner: oneOf(['llm', 'keyword', 'auto']).optional(),
  concurrency: count(1, 1024).optional(),
  timeout: duration().optional(),
  maxSubtasks: count(1, SUBTASK_LIMITS.ceiling).optional(),
  maxTokens: count(1, Number.MAX_SAFE_INTEGER).optional(),
  maxCost: positive.optional(),
  maxRunTokens: count(1, Number.MAX_SAFE_INTEGER).optional(),
  maxRunCost: positive.optional(),
  stall: duration().optional(),
  sessions: z.boolean().optional(),
  answer: oneOf(['llm', 'proceed']).optional(),
  maxTurns: count(1, 100).optional(),
  network: oneOf(['bridge', 'host', 'none']).optional(),
  envNames: z
    .array(z.string().regex(ENV_NAME, { error: 'environment variable names (letters, digits, _)' }))
    .optional(),
  image: z
    .string()
    .trim()
    .regex(IMAGE_REF, { error: 'an image reference such as ghcr.io/owner/orchestrate-action-worker:1.0.0' })
    .optional(),
  memory: z
    .string()
    .refine(
      (v) => {
        try {
          parseMemory(v);
          return true;
        } catch {
          return false;
        }
      },
      { error: 'a size like 512m or 4g (at least 6m)' },
    )
    .optional(),
  cpus: positive.optional(),
  pidsLimit: count(16, 1_000_000).optional(),
  tmux: z.boolean().optional(),
  sandbox: oneOf(['auto', 'required', 'off']).optional(),
  synthesis: z.boolean().optional(),
  workspace: z.string().optional(),
});

export type RunSettingsInput = z.input<typeof runSettingsSchema>;
export type RunSettingKey = keyof RunSettingsInput;

/** How an edge names its settings and words a bad one; what one edge allows less of than the others. */
export interface SettingsEdge {
  /** The name the user wrote a setting by (`--timeout`, `subtask-timeout`). */
  nameOf: (key: RunSettingKey) => string;
  /** The error for a bad value; by default `Invalid <name> '<value>'. Expected <what>.` */
  invalid?: (name: string, value: string, expected: string) => string;
  /** The error for a setting another one requires; by default `<name> is required when <when> is '<value>'.` */
  required?: (name: string, when: string, value: string) => string;
  /** A lower ceiling for `concurrency` (the action's: one runner's worth of workers). */
  maxConcurrency?: number;
}

const defaultRequired = (name: string, when: string, value: string) =>
  `${name} is required when ${when} is '${value}'.`;

const defaultInvalid = (name: string, value: string, expected: string) =>
  `Invalid ${name} '${value}'. Expected ${expected}.`;

/**
 * Checks `raw` (absent and empty values are unset) and answers the run's options. `edge` (or just its
 * `nameOf`) says how the errors name the setting.
 */
export function parseRunSettings(
  raw: Partial<Record<RunSettingKey, unknown>>,
  edgeOrNameOf: SettingsEdge | SettingsEdge['nameOf'],
): OrchestrateOptions {
  const edge = typeof edgeOrNameOf === 'function' ? { nameOf: edgeOrNameOf } : edgeOrNameOf;
  const { nameOf } = edge;
  const invalid = edge.invalid ?? defaultInvalid;
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = runSettingsSchema.safeParse(present, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? 'settings') as RunSettingKey;
    const value = Array.isArray(present[key])
      ? String(issue.input)
      : String(present[key] ?? issue.input ?? '');
    const expected =
      key === 'concurrency' && edge.maxConcurrency !== undefined
        ? `a whole number from 1 to ${edge.maxConcurrency}`
        : issue.message;
    throw new InputError(invalid(nameOf(key), value, expected));
  }
  const s = parsed.data;
  if (edge.maxConcurrency !== undefined && s.concurrency !== undefined && s.concurrency > edge.maxConcurrency)
    throw new InputError(
      invalid(
        nameOf('concurrency'),
        String(present.concurrency),
        `a whole number from 1 to ${edge.maxConcurrency}`,
      ),
    );
  if (s.agent === 'command' && !s.agentCommand?.trim())
    throw new InputError(
      (edge.required ?? defaultRequired)(nameOf('agentCommand'), nameOf('agent'), 'command'),
    );
  const options: OrchestrateOptions = {
    runtime: s.runtime,
    agent: s.agent,
    agentCommand: s.agentCommand,
    model: s.model,
    planner: s.planner,
    concurrency: s.concurrency,
    timeoutMs: s.timeout,
    maxSubtasks: s.maxSubtasks,
    maxTokens: s.maxTokens,
    maxCostUsd: s.maxCost,
    maxRunTokens: s.maxRunTokens,
    maxRunCostUsd: s.maxRunCost,
    stallMs: s.stall,
    sessions: s.sessions,
    answer: s.answer,
    maxTurns: s.maxTurns,
    network: s.network,
    envNames: s.envNames,
    image: s.image,
    memory: s.memory,
    cpus: s.cpus,
    pidsLimit: s.pidsLimit,
    tmux: s.tmux,
    sandbox: s.sandbox,
    synthesis: s.synthesis,
    workspace: s.workspace,
    actions:
      s.workerWorkflow || s.workerRef || s.workerStartTimeout
        ? {
            ...(s.workerWorkflow ? { workflow: s.workerWorkflow } : {}),
            ...(s.workerRef ? { ref: s.workerRef } : {}),
            ...(s.workerStartTimeout ? { startTimeoutMs: s.workerStartTimeout } : {}),
          }
        : undefined,
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as OrchestrateOptions;
}
