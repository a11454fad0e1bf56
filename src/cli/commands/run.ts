/** `orchestrate run <input…>`: run the plan; progress on stderr; the exit code tells the outcome. */
import type { Command } from 'commander';
import { orchestrate } from '../../engine/orchestrate.js';
import { resolveWorkspace } from '../../engine/run-files.js';
import { formatDuration } from '../../util/format.js';
import type { RunResult } from '../../engine/types.js';
import { stderrLogger } from '../../util/logger.js';
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
    .action(async (input: string[], raw: Record<string, unknown>) => {
      const options = toOrchestrateOptions(raw);
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
      const workspace = resolveWorkspace(options.workspace, process.env);
      const result = await orchestrate(input, {
        ...options,
        workspace,
        signal: controller.signal,
        logger: stderrLogger(),
        onEvent: (e) => progress.onEvent(e),
      });
      if (raw.json) console.log(JSON.stringify(result, null, 2));
      else console.log(renderRunResult(result));
      process.exitCode =
        result.status === 'completed' || result.status === 'prompts_written'
          ? EXIT.ok
          : result.status === 'cancelled'
            ? EXIT.interrupted
            : EXIT.notCompleted;
    });
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
    if (r.branches.conflicts.length > 0) lines.push(`  conflicts: ${r.branches.conflicts.join(', ')}`);
  }
  lines.push(`Results: ${r.runDir}`, `Summary: ${r.runDir}/summary.md`);
  return lines.join('\n');
}
