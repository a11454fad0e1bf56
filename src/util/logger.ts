/**
 * The one logger library code writes through. The CLI logs to stderr, the action through @actions/core,
 * tests collect lines. Library code never writes to the console itself.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Plain lines on stderr; `debug` only when ORCH_DEBUG is set. */
export function stderrLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const write = (prefix: string, message: string) => process.stderr.write(`${prefix}${message}\n`);
  return {
    debug: (m) => {
      if (env.ORCH_DEBUG) write('debug: ', m);
    },
    info: (m) => write('', m),
    warn: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
  };
}
