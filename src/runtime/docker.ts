/** Placeholder until the docker runtime lands: says why it cannot run. */
import type { OrchestrateOptions } from '../engine/options.js';
import type { Logger } from '../util/logger.js';
import type { Runtime } from './types.js';

export async function createDockerRuntime(
  _options: OrchestrateOptions,
  _logger: Logger,
): Promise<Runtime | { unavailable: string }> {
  return { unavailable: 'the docker runtime is not built yet' };
}
