/**
 * The options of `orchestrate run` (and `serve`, which runs with them): validated once with zod into
 * OrchestrateOptions; errors name the option and quote the bad value.
 */
import { Command, Option } from 'commander';
import { z } from 'zod';
import type { OrchestrateOptions } from '../engine/options.js';
import { SUBTASK_LIMITS } from '../plan/limits.js';
import { OptionError } from '../util/errors.js';
import { parseDuration } from '../util/duration.js';

export function addRunOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--runtime <runtime>', 'where workers run')
        .choices(['docker', 'local', 'prompt-files'])
        .default('local'),
    )
    .addOption(
      new Option('--agent <agent>', 'what does each subtask')
        .choices(['opencode', 'command'])
        .default('opencode'),
    )
    .option('--agent-command <cmd>', 'shell command run once per subtask by the command agent (sh -c)')
    .option('--model <provider/model>', 'model passed to OpenCode')
    .option('--no-tmux', 'local runtime: run workers as plain process groups even where tmux is installed')
    .option(
      '--no-sandbox',
      'local runtime: run subtasks outside the bubblewrap sandbox (they can then read this process environment)',
    )
    .option('--concurrency <n>', 'most workers running at once (default: all)')
    .option('--timeout <duration>', 'per-subtask timeout: 600, 90s, 10m, 1h', '10m')
    .addOption(
      new Option('--network <mode>', 'docker network of worker containers')
        .choices(['bridge', 'host', 'none'])
        .default('bridge'),
    )
    .option(
      '--env <NAME>',
      'pass this caller variable to workers (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option('--workspace <dir>', 'where run files go (default: $ORCH_WORKSPACE or ~/.opencode-orchestrator)')
    .option(
      '--max-subtasks <n>',
      `most subtasks a plan may have (default ${SUBTASK_LIMITS.directDefault} for plan files and lists, ` +
        `${SUBTASK_LIMITS.plannerDefault} for the LLM planner, which plans at most ${SUBTASK_LIMITS.plannerMax})`,
    )
    .addOption(
      new Option('--planner <planner>', 'how free text becomes subtasks').choices(['llm', 'keyword', 'auto']),
    )
    .option('--max-tokens <n>', 'token budget per subtask (opencode agent)')
    .option('--max-cost <usd>', 'cost budget per subtask in USD (opencode agent)')
    .option('--max-run-tokens <n>', 'token budget for the whole run (opencode agent)')
    .option('--max-run-cost <usd>', 'cost budget for the whole run in USD (opencode agent)')
    .option('--no-synthesis', 'write the deterministic report instead of a model-made summary')
    .option('--stall <duration>', 'stop an agent that shows no activity for this long (opencode agent)')
    .option('--image <image>', 'worker image (docker runtime)')
    .option('--memory <size>', 'memory limit per worker container, e.g. 2g (docker runtime)')
    .option('--cpus <n>', 'CPU limit per worker container (docker runtime)')
    .option('--pids-limit <n>', 'process limit per worker container (docker runtime)');
}

const wholeNumber = (option: string, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v) => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max)
        throw new OptionError(option, v, `a whole number from ${min} to ${max}`);
      return n;
    });

const positiveNumber = (option: string) =>
  z
    .string()
    .optional()
    .transform((v) => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new OptionError(option, v, 'a positive number');
      return n;
    });

const rawRunOptions = z.object({
  runtime: z.enum(['docker', 'local', 'prompt-files']),
  agent: z.enum(['opencode', 'command']),
  agentCommand: z.string().optional(),
  model: z.string().optional(),
  concurrency: wholeNumber('--concurrency', 1, 1024),
  timeout: z.string(),
  network: z.enum(['bridge', 'host', 'none']),
  tmux: z.boolean().optional(),
  sandbox: z.boolean().optional(),
  env: z.array(z.string()),
  workspace: z.string().optional(),
  maxSubtasks: wholeNumber('--max-subtasks', 1, SUBTASK_LIMITS.ceiling),
  planner: z.enum(['llm', 'keyword', 'auto']).optional(),
  maxTokens: wholeNumber('--max-tokens', 1, Number.MAX_SAFE_INTEGER),
  maxCost: positiveNumber('--max-cost'),
  maxRunTokens: wholeNumber('--max-run-tokens', 1, Number.MAX_SAFE_INTEGER),
  maxRunCost: positiveNumber('--max-run-cost'),
  synthesis: z.boolean().optional(),
  stall: z.string().optional(),
  image: z.string().optional(),
  memory: z.string().optional(),
  cpus: positiveNumber('--cpus'),
  pidsLimit: wholeNumber('--pids-limit', 16, 1_000_000),
});

export function toOrchestrateOptions(raw: Record<string, unknown>): OrchestrateOptions {
  const o = rawRunOptions.parse(raw);
  for (const name of o.env) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new OptionError('--env', name, 'an environment variable name');
  }
  if (o.agent === 'command' && !o.agentCommand) {
    throw new OptionError('--agent-command', '', 'a shell command when --agent command is used');
  }
  return {
    runtime: o.runtime,
    agent: o.agent,
    agentCommand: o.agentCommand,
    model: o.model,
    concurrency: o.concurrency,
    timeoutMs: parseDuration(o.timeout, '--timeout'),
    network: o.network,
    tmux: o.tmux === false ? false : undefined,
    sandbox: o.sandbox === false ? 'off' : undefined,
    envNames: o.env,
    workspace: o.workspace,
    maxSubtasks: o.maxSubtasks,
    planner: o.planner,
    maxTokens: o.maxTokens,
    maxCostUsd: o.maxCost,
    maxRunTokens: o.maxRunTokens,
    maxRunCostUsd: o.maxRunCost,
    synthesis: o.synthesis,
    stallMs: o.stall === undefined ? undefined : parseDuration(o.stall, '--stall'),
    image: o.image,
    memory: o.memory,
    cpus: o.cpus,
    pidsLimit: o.pidsLimit,
  };
}
