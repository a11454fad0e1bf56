/**
 * Before a run, what its workers need on this runner, got once per job in its own log group: the worker
 * image for `runtime: docker` (through the image resolver: named, present, pulled or built from the action's
 * own Dockerfile), OpenCode for `runtime: local` with the opencode agent (installed into the tool cache when
 * missing). Whatever cannot be had fails the run with the reason: the action never falls back on prompt files.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { readDepth } from '../engine/depth.js';
import { connectEngine } from '../runtime/docker.js';
import { imageRequest } from '../runtime/image/names.js';
import { resolveWorkerImage } from '../runtime/image/resolve-image.js';
import { errorMessage, WorkersUnavailableError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import type { ActionSettings } from './inputs.js';
import { ensureOpencode } from './opencode-tool.js';

export interface PreparedWorkers {
  /** The worker image to run (docker). */
  image?: string;
  /** Variables the run's environment gets on top of the job's (PATH with the installed OpenCode). */
  env: NodeJS.ProcessEnv;
}

export async function prepareWorkers(
  settings: Pick<ActionSettings, 'runtime' | 'agent' | 'image'>,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<PreparedWorkers> {
  // At the depth limit a run starts no worker: it runs its subtasks itself, on this machine.
  const sequential = readDepth(env).sequential;
  // Subtasks run on runners of their own, which get what they need there; a one-shot session (planner,
  // synthesis) gets the worker image here when it first needs it (runtime/deferred.ts).
  if (settings.runtime === 'actions') return { env: {} };
  if (settings.runtime === 'docker' && !sequential) {
    return core.group('Worker image', async () => {
      const client = await connectEngine(logger);
      if ('unavailable' in client) throw new WorkersUnavailableError(client.unavailable);
      try {
        const resolved = await resolveWorkerImage(client.docker, imageRequest(settings, env), {
          logger,
          env,
        });
        return { image: resolved.image, env: {} };
      } catch (error) {
        throw new WorkersUnavailableError(errorMessage(error));
      }
    });
  }
  if (settings.agent === 'opencode' && settings.runtime !== 'prompt-files') {
    return core.group('OpenCode', async () => {
      try {
        const tool = await ensureOpencode(env, logger);
        const dir = path.dirname(tool.binary);
        return {
          env: tool.source === 'found' ? {} : { PATH: [dir, env.PATH].filter(Boolean).join(path.delimiter) },
        };
      } catch (error) {
        throw new WorkersUnavailableError(`no OpenCode for the local runtime: ${errorMessage(error)}`);
      }
    });
  }
  return { env: {} };
}
