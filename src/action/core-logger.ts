/** The engine's logger in the action: every line through @actions/core, so the runner's log shows it. */
import * as core from '@actions/core';
import type { Logger } from '../util/logger.js';

export const coreLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
};
