/** `orchestrate workers`, `attach <worker>` and `kill-all`: the live workers of every run on this machine. */
import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { resolveWorkspace } from '../../engine/run-files.js';
import { killAll, listLiveWorkers } from '../../runtime/live-workers.js';
import { InputError } from '../../util/errors.js';

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
      else for (const w of workers) console.log(`${w.name.padEnd(40)} ${w.kind.padEnd(9)} ${w.detail}`);
    });

  program
    .command('attach')
    .description("attach to a worker's tmux session (inside its container for docker); detach with Ctrl-b d")
    .argument('<worker>', 'omo-worker-<domain>, a domain, or a container name')
    .action(async (worker: string) => {
      const workers = await listLiveWorkers(resolveWorkspace(undefined, process.env));
      const name = worker.startsWith('omo-worker-') ? worker : `omo-worker-${worker}`;
      // By exact container name, or by domain: a name prefix would let `front` match a `front-end` worker.
      const domain = name.slice('omo-worker-'.length);
      const container = workers.find(
        (w) => w.kind === 'container' && (w.name === worker || w.domain === domain),
      );
      const session = workers.find((w) => w.kind === 'tmux' && w.name === name);
      let result;
      if (session) result = spawnSync('tmux', ['attach', '-t', `=${name}`], { stdio: 'inherit' });
      else if (container) {
        const session = `omo-worker-${container.domain ?? worker}`;
        result = spawnSync('docker', ['exec', '-it', container.name, 'tmux', 'attach', '-t', session], {
          stdio: 'inherit',
        });
      } else {
        throw new InputError(`No live worker '${worker}'. See 'orchestrate workers'.`);
      }
      process.exitCode = result.status ?? 1;
    });

  program
    .command('kill-all')
    .description('stop every worker of every run on this machine')
    .option('--workspace <dir>')
    .action(async (opts: { workspace?: string }) => {
      const stopped = await killAll(resolveWorkspace(opts.workspace, process.env));
      console.log(stopped.length === 0 ? 'Nothing to stop.' : stopped.map((s) => `stopped ${s}`).join('\n'));
    });
}
