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
    .option(
      '--push [remote]',
      'push the integration branch (orchestrate/<planId>) and any conflicting worker branch to the remote (default: origin)',
    )
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
      const push =
        raw.push === undefined ? undefined : { remote: typeof raw.push === 'string' ? raw.push : 'origin' };
      const result = await orchestrate(input, {
        ...options,
        workspace,
        push,
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
