/**
 * The options of `orchestrate run` (and `retry`, `resume`, `serve`, which run with them), checked by the one
 * settings schema into OrchestrateOptions; errors name the flag and quote the bad value.
 */
import { Command, Option } from 'commander';
import type { OrchestrateOptions } from '../engine/options.js';
import { parseRunSettings } from '../engine/run-settings.js';
import { cliFlag } from './flags.js';
import { SUBTASK_LIMITS } from '../plan/limits.js';

export function addRunOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--runtime <runtime>', 'where workers run')
        .choices(['docker', 'local', 'prompt-files', 'actions'])
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
    .option('--pids-limit <n>', 'process limit per worker container (docker runtime)')
    .option(
      '--worker-workflow <file>',
      'actions runtime: the worker workflow run per subtask (default orchestrate-worker.yml)',
    )
    .option(
      '--worker-ref <ref>',
      'actions runtime: the branch or tag it runs from (default $GITHUB_REF, else main)',
    )
    .option(
      '--worker-start-timeout <duration>',
      'actions runtime: a run still queued this long fails its subtask (default 10m)',
    );
}

/**
 * The options of a command line as the run's options, through the one settings schema
 * (engine/run-settings.ts); an error names the flag.
 */
export function toOrchestrateOptions(raw: Record<string, unknown>): OrchestrateOptions {
  return parseRunSettings(
    {
      ...raw,
      envNames: raw.env,
      // `--no-tmux` and `--no-sandbox` turn a default off; leaving them out keeps the default.
      tmux: raw.tmux === false ? false : undefined,
      sandbox: raw.sandbox === false ? 'off' : undefined,
    },
    cliFlag,
  );
}
