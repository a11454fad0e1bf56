/** `orchestrate serve`: the REST API (docs/interface.md, REST API). */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { addRunOptions, toOrchestrateOptions } from '../run-options.js';
import { InputError } from '../../util/errors.js';
import { stderrLogger } from '../../util/logger.js';

export function registerServe(program: Command): void {
  addRunOptions(
    program
      .command('serve')
      .description(
        'serve the REST API (token: $ORCH_API_TOKEN): POST /v1/orchestrate; GET /v1/orchestrate/:planId and ' +
          '…/events; POST …/cancel, …/retry, …/resume; GET /v1/openapi.json',
      )
      .option('--host <host>', 'address to bind', '127.0.0.1')
      .option('--port <port>', 'port', '8080')
      .option(
        '--plan-root <dir>',
        'the only folder plan files are read from (execute <path>); default: the working directory',
      )
      .option('--max-plans <n>', 'plans planning or running at once; more are answered 429', '4'),
  ).action(async (raw: Record<string, unknown>) => {
    const token = process.env.ORCH_API_TOKEN;
    if (!token)
      throw new InputError('ORCH_API_TOKEN is not set: the REST API refuses to start without a bearer token');
    const port = Number(raw.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new InputError(`Invalid --port '${String(raw.port)}'`);
    const maxPlans = Number(raw.maxPlans);
    if (!Number.isInteger(maxPlans) || maxPlans < 1 || maxPlans > 1000)
      throw new InputError(
        `Invalid --max-plans '${String(raw.maxPlans)}'. Expected a whole number from 1 to 1000.`,
      );
    const { startApiServer } = await import('../../api/server.js');
    const server = await startApiServer({
      host: String(raw.host),
      port,
      token,
      // Plan paths come from whoever holds the token: never from anywhere on this host.
      runOptions: { ...toOrchestrateOptions(raw), planRoot: resolve(String(raw.planRoot ?? process.cwd())) },
      logger: stderrLogger(),
      maxPlans,
    });
    process.stderr.write(`orchestrate API listening on ${server.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
