/**
 * Picks the runtime for a run: the requested one when it can run here, or the reason it cannot (the caller
 * then falls back to prompt files and says why, or fails). At the depth limit every run is `inline`
 * (sequential).
 */
import type { Logger } from '../util/logger.js';
import type { RuntimeConfig } from './config.js';
import { LocalRuntime } from './local.js';
import { probeSandbox } from './sandbox.js';
import { tmuxAvailable } from './tmux.js';
import type { ResourceTracker, Runtime } from './types.js';

export interface RuntimeContext {
  /** At the depth limit: no worker, subtasks one after another in place. */
  sequential: boolean;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  tracker?: ResourceTracker;
}

export async function createRuntime(
  config: Exclude<RuntimeConfig, { kind: 'prompt-files' }>,
  context: RuntimeContext,
): Promise<Runtime | { unavailable: string }> {
  const { logger, tracker } = context;
  if (context.sequential) return new LocalRuntime({ tmux: false, kind: 'inline', logger });
  if (config.kind === 'local') {
    const { local } = config;
    const tmux = local.tmux ?? tmuxAvailable();
    if (local.tmux === undefined && !tmux)
      logger.info('tmux not found: local workers run as plain process groups (no live sessions to attach)');
    const probe = local.sandbox === 'off' ? undefined : probeSandbox(context.env);
    if (probe && !probe.available) {
      if (local.sandbox === 'required')
        return { unavailable: `local workers cannot be isolated from the orchestrator: ${probe.reason}` };
      logger.warn(
        `local workers run without a sandbox, so they can read this process's environment and files: ${probe.reason}`,
      );
    }
    return new LocalRuntime({ tmux, sandbox: probe?.available ? probe : undefined, tracker, logger });
  }
  const { createDockerRuntime } = await import('./docker.js');
  return createDockerRuntime(config.docker, context);
}
