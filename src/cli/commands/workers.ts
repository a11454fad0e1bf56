/** `orchestrate workers`, `attach <worker>` and `kill-all`: the live workers of every run on this machine. */
import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { resolveWorkspace } from '../../engine/run-files.js';
import { killAll, listLiveWorkers } from '../../lifecycle/live-workers.js';
import { WORKER_PREFIX } from '../../plan/types.js';
import type { LiveWorker } from '../../runtime/types.js';
import { InputError } from '../../util/errors.js';
import { stderrLogger } from '../../util/logger.js';

export function registerWorkers(program: Command): void {
  program
    .command('workers')
    .description('list live workers (tmux sessions and containers) and running orchestrators')
    .option('--json', 'print as JSON')
    .option('--workspace <dir>')
    .action(async (opts: { json?: boolean; workspace?: string }) => {
      const workers = await listLiveWorkers(resolveWorkspace(opts.workspace, process.env));
      if (opts.json) console.log(JSON.stringify(workers, null, 2));
      else if (workers.length === 0) console.log('No live workers.');
      else
        for (const w of workers)
          console.log(
            `${w.name.padEnd(40)} ${w.kind.padEnd(12)} ${w.planId ?? ''}`.trimEnd() + `  ${w.detail}`,
          );
    });

  program
    .command('attach')
    .description("attach to a worker's tmux session (inside its container for docker); detach with Ctrl-b d")
    .argument('<worker>', 'omo-worker-<domain>, a domain, or a container name')
    .option('--plan <planId>', 'the run, when several runs have a worker of that domain')
    .option('--workspace <dir>')
    .action(async (worker: string, opts: { plan?: string; workspace?: string }) => {
      const workers = await listLiveWorkers(resolveWorkspace(opts.workspace, process.env));
      const target = pickWorker(workers, worker, opts.plan);
      const result =
        target.kind === 'tmux'
          ? spawnSync('tmux', ['-S', target.socket!, 'attach', '-t', `=${target.name}`], { stdio: 'inherit' })
          : spawnSync(
              'docker',
              [
                'exec',
                '-it',
                target.name,
                'tmux',
                'attach',
                '-t',
                `${WORKER_PREFIX}${target.domain ?? worker}`,
              ],
              { stdio: 'inherit' },
            );
      process.exitCode = result.status ?? 1;
    });

  program
    .command('kill-all')
    .description('stop every worker of every run on this machine, and clean up after runs that died')
    .option('--workspace <dir>')
    .action(async (opts: { workspace?: string }) => {
      const stopped = await killAll(resolveWorkspace(opts.workspace, process.env), {}, stderrLogger());
      console.log(stopped.length === 0 ? 'Nothing to stop.' : stopped.map((s) => `stopped ${s}`).join('\n'));
    });
}

/** The worker `attach` means: by exact container name, or by domain (a prefix would let `front` match `front-end`). */
export function pickWorker(workers: readonly LiveWorker[], worker: string, planId?: string): LiveWorker {
  const domain = worker.startsWith(WORKER_PREFIX) ? worker.slice(WORKER_PREFIX.length) : worker;
  const matches = workers.filter(
    (w) =>
      w.kind !== 'orchestrator' &&
      (planId === undefined || w.planId === planId) &&
      (w.name === worker || w.domain === domain),
  );
  if (matches.length === 0) throw new InputError(`No live worker '${worker}'. See 'orchestrate workers'.`);
  if (matches.length > 1)
    throw new InputError(
      `Several live workers match '${worker}' (plans ${matches.map((w) => w.planId ?? '?').join(', ')}): add --plan <planId>.`,
    );
  return matches[0]!;
}
