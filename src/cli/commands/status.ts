/** `orchestrate status <planId> [--json]`: a run's status from its files. */
import type { Command } from 'commander';
import { resolveWorkspace, runDirOf } from '../../engine/run-files.js';
import { readRunStatus } from '../../engine/status.js';
import { InputError } from '../../util/errors.js';
import { isPlanId } from '../../plan/plan-id.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description("show a run's status from its files")
    .argument('<planId>')
    .option('--json', 'print the status as JSON')
    .option('--workspace <dir>', 'where run files are (default: $ORCH_WORKSPACE or ~/.opencode-orchestrator)')
    .action((planId: string, opts: { json?: boolean; workspace?: string }) => {
      if (!isPlanId(planId))
        throw new InputError(`Invalid plan id '${planId}'. Expected lowercase letters, digits and '-'.`);
      const dir = runDirOf(resolveWorkspace(opts.workspace, process.env), planId);
      const status = readRunStatus(dir);
      if (!status) throw new InputError(`No run '${planId}' in ${dir}`);
      if (opts.json) {
        console.log(JSON.stringify(status, null, 2));
        return;
      }
      console.log(`Plan ${status.plan.id}: ${status.plan.status}`);
      console.log(`Request: ${status.plan.taskDescription}`);
      for (const s of status.subtasks)
        console.log(`  ${String(s.index).padStart(2)} ${s.id} ${s.domain}: ${s.status} — ${s.description}`);
    });
}
