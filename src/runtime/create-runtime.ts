/**
 * Picks the runtime for a run: the requested one when it can run here, or the reason it cannot (the caller
 * then falls back to prompt files and says why, or fails). At the depth limit every run is `inline`
 * (sequential).
 */
import type { OrchestrateOptions } from '../engine/options.js';
import type { Logger } from '../util/logger.js';
import { LocalRuntime } from './local.js';
import { probeSandbox } from './sandbox.js';
import { tmuxAvailable } from './tmux.js';
import type { ResourceTracker, Runtime, RuntimeKind } from './types.js';

export async function createRuntime(
  requested: Exclude<RuntimeKind, 'prompt-files'>,
  sequential: boolean,
  options: OrchestrateOptions,
  logger: Logger,
  tracker?: ResourceTracker,
): Promise<Runtime | { unavailable: string }> {
  if (sequential) return new LocalRuntime({ tmux: false, kind: 'inline', logger });
  if (requested === 'local') {
    const tmux = options.tmux ?? tmuxAvailable();
    if (options.tmux === undefined && !tmux)
      logger.info('tmux not found: local workers run as plain process groups (no live sessions to attach)');
    const mode = options.sandbox ?? 'auto';
    const probe = mode === 'off' ? undefined : probeSandbox(options.env ?? process.env);
    if (probe && !probe.available) {
      if (mode === 'required')
        return { unavailable: `local workers cannot be isolated from the orchestrator: ${probe.reason}` };
      logger.warn(
        `local workers run without a sandbox, so they can read this process's environment and files: ${probe.reason}`,
      );
    }
    return new LocalRuntime({ tmux, sandbox: probe?.available ? probe : undefined, tracker, logger });
  }
  const { createDockerRuntime } = await import('./docker.js');
  return createDockerRuntime(options, logger, tracker);
}
