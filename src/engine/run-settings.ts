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

export const runSettingsSchema = z.object({
  runtime: oneOf(['docker', 'local', 'prompt-files', 'actions']).optional(),
  workerWorkflow: z
    .string()
    .regex(/^[\w.-]+$/, { error: 'a workflow file name such as orchestrate-worker.yml' })
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
  network: oneOf(['bridge', 'host', 'none']).optional(),
  envNames: z
    .array(z.string().regex(ENV_NAME, { error: 'environment variable names (letters, digits, _)' }))
    .optional(),
  image: z.string().min(1).optional(),
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

/**
 * Checks `raw` (absent and empty values are unset) and answers the run's options. `nameOf` gives the name
 * the user wrote a setting by, for the error.
 */
export function parseRunSettings(
  raw: Partial<Record<RunSettingKey, unknown>>,
  nameOf: (key: RunSettingKey) => string,
): OrchestrateOptions {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = runSettingsSchema.safeParse(present, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? 'settings') as RunSettingKey;
    const value = Array.isArray(present[key])
      ? String(issue.input)
      : String(present[key] ?? issue.input ?? '');
    throw new InputError(`Invalid ${nameOf(key)} '${value}'. Expected ${issue.message}.`);
  }
  const s = parsed.data;
  if (s.agent === 'command' && !s.agentCommand?.trim())
    throw new InputError(`${nameOf('agentCommand')} is required when ${nameOf('agent')} is 'command'.`);
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
