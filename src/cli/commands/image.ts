/**
 * `orchestrate image`: gets the worker image the docker runtime would use, through the same resolver, and
 * prints its name (the steps and their times go to stderr). `--build` is `npm run docker:setup`'s step: the
 * image built from this package's docker/Dockerfile, unless the one under its tag is already up to date.
 */
import type { Command } from 'commander';
import { connectEngine } from '../../runtime/docker.js';
import { imageRequest, ImageEnv, LOCAL_IMAGE } from '../../runtime/image/names.js';
import { resolveWorkerImage, WorkerImageError } from '../../runtime/image/resolve-image.js';
import { stderrLogger } from '../../util/logger.js';
import { EXIT } from '../exit-codes.js';

interface ImageOptions {
  image?: string;
  build?: boolean;
  force?: boolean;
  cache?: boolean;
  json?: boolean;
  verbose?: boolean;
}

export function registerImage(program: Command): void {
  program
    .command('image')
    .description(
      'get the worker image of the docker runtime (named, present, pulled or built) and print its name',
    )
    .option('--image <image>', `the image to use (default: $${ImageEnv.Named}); pulled when absent`)
    .option(
      '--build',
      `only build it from this package's docker/Dockerfile, unless up to date; tagged --image, else $${ImageEnv.Named}, $${ImageEnv.BuildImage} or ${LOCAL_IMAGE}`,
    )
    .option('--force', 'with --build: build even when up to date')
    .option('--no-cache', 'with --build: use no cached layer of an earlier build')
    .option('--verbose', "stream the build's output to stderr")
    .option('--json', 'print {image, source, ms, steps} as JSON')
    .action(async (opts: ImageOptions) => {
      const logger = stderrLogger();
      const client = await connectEngine(logger);
      if ('unavailable' in client) {
        logger.error(client.unavailable);
        process.exitCode = EXIT.notCompleted;
        return;
      }
      try {
        const resolved = await resolveWorkerImage(client.docker, imageRequest(opts, process.env), {
          logger,
          env: process.env,
          buildOnly: opts.build,
          force: opts.force,
          noCache: opts.cache === false,
          onBuildOutput: opts.verbose ? (line) => process.stderr.write(`  ${line}\n`) : undefined,
        });
        console.log(opts.json ? JSON.stringify(resolved, null, 2) : resolved.image);
      } catch (error) {
        if (!(error instanceof WorkerImageError)) throw error;
        logger.error(error.message);
        if (opts.json) console.log(JSON.stringify({ error: error.message, steps: error.steps }, null, 2));
        process.exitCode = EXIT.notCompleted;
      }
    });
}
