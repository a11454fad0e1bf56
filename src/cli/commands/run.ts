/** `orchestrate run <input…>`: run the plan; progress on stderr; the exit code tells the outcome. */
import type { Command } from 'commander';
import { orchestrate } from '../../engine/orchestrate.js';
import { resolveWorkspace } from '../../engine/run-files.js';
import { formatDuration } from '../../util/format.js';
import type { OrchestratorEvent, RunResult } from '../../engine/types.js';
import { stderrLogger, type Logger } from '../../util/logger.js';
import { EXIT } from '../exit-codes.js';
import { Progress } from '../progress.js';
import { addRunOptions, toOrchestrateOptions } from '../run-options.js';

export function registerRun(program: Command): void {
  addRunOptions(
    program
      .command('run')
      .description('run the plan: one worker per domain, in parallel, dependencies first')
      .argument('<input...>', 'tasks in any input form, or a plan file'),
  )
    .option('--json', 'print the run result as JSON on stdout')
    .option(
      '--push [remote]',
      'push the integration branch (orchestrate/<planId>) and any conflicting worker branch to the remote (default: origin)',
    )
    .action(async (input: string[], raw: Record<string, unknown>) => {
      const options = toOrchestrateOptions(raw);
      await runAndReport(raw, (run) =>
        orchestrate(input, {
          ...options,
          workspace: resolveWorkspace(options.workspace, process.env),
          ...run,
        }),
      );
    });
}

/** What every run started from the command line gets: cancellation by signal, progress, a logger, --push. */
export interface CliRun {
  signal: AbortSignal;
  logger: Logger;
  onEvent: (event: OrchestratorEvent) => void;
  push?: { remote: string };
}

/**
 * Runs `start` with SIGINT/SIGTERM cancelling it (twice forces), progress on stderr, then prints the result
 * and sets the exit code: 0 all completed (or prompts written), 130 cancelled, 1 otherwise.
 */
export async function runAndReport(
  raw: Record<string, unknown>,
  start: (run: CliRun) => Promise<RunResult>,
): Promise<void> {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) process.exit(EXIT.interrupted);
    process.stderr.write(`\n${signal}: stopping every worker (again to force)…\n`);
    controller.abort(new Error(signal));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = new Progress();
  const result = await start({
    signal: controller.signal,
    logger: stderrLogger(),
    onEvent: (e) => progress.onEvent(e),
    ...(raw.push === undefined
      ? {}
      : { push: { remote: typeof raw.push === 'string' ? raw.push : 'origin' } }),
  });
  if (raw.json) console.log(JSON.stringify(result, null, 2));
  else console.log(renderRunResult(result));
  process.exitCode =
    result.status === 'completed' || result.status === 'prompts_written'
      ? EXIT.ok
      : result.status === 'cancelled'
        ? EXIT.interrupted
        : EXIT.notCompleted;
}

export function renderRunResult(r: RunResult): string {
  const lines = [
    `Plan ${r.planId}: ${r.status} in ${formatDuration(r.durationMs)} (${r.mode}, ${r.runtime} runtime)`,
  ];
  for (const s of r.subtasks) {
    const extra = s.error ? ` — ${s.error}` : '';
    lines.push(
      `  ${s.id} ${s.domain}: ${s.status}${s.durationMs !== null ? ` (${formatDuration(s.durationMs)})` : ''}${extra}`,
    );
  }
  if (r.branches) {
    lines.push('Branches:');
    for (const [worker, branch] of Object.entries(r.branches.workers)) lines.push(`  ${worker}: ${branch}`);
    if (r.branches.merged) lines.push(`  merged: ${r.branches.merged}`);
    if (r.branches.conflicts.length > 0)
      lines.push(`  conflicts: ${r.branches.conflicts.map((c) => `${c.file} (${c.branch})`).join(', ')}`);
  }
  if (r.delivery) {
    const d = r.delivery;
    if (!d.branch) lines.push(`Pushed nothing to ${d.remote}: no file changed.`);
    else if (d.pushed) lines.push(`Pushed ${d.branch} (${d.commit?.slice(0, 12)}) to ${d.remote}.`);
    else lines.push(`Could not push ${d.branch} to ${d.remote}: ${d.error}`);
    for (const c of d.conflictBranches)
      lines.push(
        c.pushed ? `Pushed ${c.branch} (its work conflicted).` : `Could not push ${c.branch}: ${c.error}`,
      );
  }
  lines.push(`Results: ${r.runDir}`, `Summary: ${r.runDir}/summary.md`);
  return lines.join('\n');
}
