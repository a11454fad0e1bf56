/**
 * `orchestrate retry <planId>` and `orchestrate resume <planId>`: run again only what did not complete, with
 * the run's own settings (kept with it) unless an option given here says otherwise. `resume` is for a plan
 * whose orchestrator died (`interrupted`); `retry` for any plan that ended.
 */
import type { Command } from 'commander';
import type { OrchestrateOptions } from '../../engine/options.js';
import { retryRun } from '../../engine/retry.js';
import { resolveWorkspace, runDirOf } from '../../engine/run-files.js';
import { readRunStatus } from '../../engine/status.js';
import { isPlanId } from '../../plan/plan-id.js';
import { InputError } from '../../util/errors.js';
import { addRunOptions, toOrchestrateOptions } from '../run-options.js';
import { runAndReport } from './run.js';

/** Which command-line option sets which run option, where the names differ. */
const SOURCE: Partial<Record<keyof OrchestrateOptions, string>> = {
  timeoutMs: 'timeout',
  envNames: 'env',
  maxCostUsd: 'maxCost',
  maxRunCostUsd: 'maxRunCost',
  stallMs: 'stall',
};

export function registerRetry(program: Command): void {
  for (const [name, description] of [
    [
      'retry',
      'run again only the subtasks of a plan that did not complete; completed ones keep their results and branches',
    ],
    ['resume', 'continue a plan whose orchestrator died (interrupted), running what did not complete'],
  ] as const) {
    const command = addRunOptions(program.command(name).description(description).argument('<planId>'))
      .option('--json', 'print the run result as JSON on stdout')
      .option('--push [remote]', 'push the integration branch as `run --push` does');
    command.action(async (planId: string, raw: Record<string, unknown>) => {
      if (!isPlanId(planId))
        throw new InputError(`Invalid plan id '${planId}'. Expected lowercase letters, digits and '-'.`);
      const parsed = toOrchestrateOptions(raw);
      const given = explicitOnly(parsed, command);
      const workspace = resolveWorkspace(parsed.workspace, process.env);
      if (name === 'resume') {
        const status = readRunStatus(runDirOf(workspace, planId));
        if (status && status.plan.status !== 'interrupted')
          throw new InputError(
            `Plan '${planId}' is ${status.plan.status}, not interrupted: use \`orchestrate retry ${planId}\``,
          );
      }
      await runAndReport(raw, (run) => retryRun(planId, { ...given, workspace, ...run }));
    });
  }
}

/** Only the options given on this command line, so the run's own settings stand for the others. */
function explicitOnly(options: OrchestrateOptions, command: Command): OrchestrateOptions {
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    const source = SOURCE[key as keyof OrchestrateOptions] ?? key;
    if (value !== undefined && command.getOptionValueSource(source) === 'cli') given[key] = value;
  }
  return given as OrchestrateOptions;
}
