/**
 * The CLI: parse the command line, run one command, map the outcome to the contract's exit codes
 * (0 all completed, 1 any subtask not completed, 2 invalid input, 130 interrupted).
 */
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { InputError, OptionError, errorMessage } from '../util/errors.js';
import { registerImage } from './commands/image.js';
import { registerPlan } from './commands/plan.js';
import { registerRetry } from './commands/retry.js';
import { registerRun } from './commands/run.js';
import { registerServe } from './commands/serve.js';
import { registerStatus } from './commands/status.js';
import { registerWorkers } from './commands/workers.js';
import { EXIT } from './exit-codes.js';
import { cliFlag } from './flags.js';
import { VERSION } from '../version.js';

const HELP_AFTER = `
Input forms (all commands that take <input...>):
  "Build login UI, Create JWT API, Write tests"          comma list, domains detected from keywords
  "frontend:Build page | backend:Build API"              explicit domains (unknown names become custom domains)
  "Set up DB (id: db)" "Create API (id: api) (depends_on: db)"   ids and dependencies
  execute plans/user-auth-plan.md                        a markdown, YAML or JSON plan file

Examples:
  orchestrate plan "Build login UI, Create JWT API, Write tests, Security audit"
  orchestrate run "frontend:Build page | backend:Build API" --runtime local --agent command --agent-command 'echo "$ORCH_TASK_DESCRIPTION"'
  orchestrate run execute plans/feature.md --runtime docker --model anthropic/claude-sonnet-4
  orchestrate workers · orchestrate attach frontend · orchestrate kill-all
  orchestrate image                                      get the docker runtime's worker image, print its name

Exit codes: 0 all subtasks completed, 1 some did not, 2 invalid input, 130 interrupted.
Run files: <workspace>/runs/<planId>/ (plan.json, event_log.jsonl, worker-*_result.json, summary.md).`;

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--kill-all') && !argv.includes('kill-all'))
    argv = argv.filter((a) => a !== '--kill-all').concat('kill-all');
  const program = new Command('orchestrate')
    .description('Turn one big request into parallel, isolated AI coding workers (one per domain).')
    .version(VERSION)
    .option('--kill-all', 'same as the kill-all command')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerPlan(program);
  registerRun(program);
  registerRetry(program);
  registerStatus(program);
  registerWorkers(program);
  registerServe(program);
  registerImage(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok; // --help, --version
      return EXIT.invalidInput;
    }
    if (error instanceof OptionError && !error.option.startsWith('-')) {
      process.stderr.write(`error: ${error.named(cliFlag(error.option)).message}\n`);
      return EXIT.invalidInput;
    }
    if (error instanceof InputError) {
      process.stderr.write(`error: ${error.message}\n`);
      return EXIT.invalidInput;
    }
    if (error instanceof z.ZodError) {
      process.stderr.write(
        `error: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`,
      );
      return EXIT.invalidInput;
    }
    process.stderr.write(`error: ${errorMessage(error)}\n`);
    return EXIT.notCompleted;
  }
}
