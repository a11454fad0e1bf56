/**
 * The one image resolver, used by the docker runtime (the CLI, the library, the API), the action and
 * `npm run docker:setup` (through `orchestrate image --build`). In order:
 *
 *  1. the image the user named: used when present, else pulled; if that fails, nothing else replaces it;
 *  2. what is here already: this version's release image, or a build of the package's own files that is
 *     up to date with them (no network at all in the common case);
 *  3. the release image, pulled;
 *  4. a build from the package's own docker/Dockerfile.
 *
 * Every step is logged with its time and, when it fails, the reason; the image's OpenCode version is checked
 * against the pin. When nothing works, the error lists every step's reason.
 */
import type Dockerode from 'dockerode';
import { formatDuration } from '../../util/format.js';
import { errorMessage } from '../../util/errors.js';
import type { Logger } from '../../util/logger.js';
import { inspectImage, pullImage } from './engine-images.js';
import { checkBuild, planBuild, runBuild, type BuildPlan } from './local-build.js';
import { IMAGE_LABELS, type ImageRequest } from './names.js';

export type ImageSource = 'present' | 'pulled' | 'up to date' | 'built';

export interface ImageStep {
  step: string;
  ok: boolean;
  ms: number;
  detail: string;
}

export interface ResolvedImage {
  image: string;
  source: ImageSource;
  steps: ImageStep[];
  /** Total time to a ready image. */
  ms: number;
}

/** No worker image could be had; `steps` says what was tried and why each failed. */
export class WorkerImageError extends Error {
  constructor(
    message: string,
    readonly steps: ImageStep[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface ResolveOptions {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  /** Only the build step (`orchestrate image --build`, `npm run docker:setup`): up to date, else built. */
  buildOnly?: boolean;
  /** With buildOnly: build even when up to date. */
  force?: boolean;
  noCache?: boolean;
  pullTimeoutMs?: number;
  buildTimeoutMs?: number;
  /** Each line of a build's output (default: the logger's debug). */
  onBuildOutput?: (line: string) => void;
}

const DEFAULT_PULL_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_BUILD_TIMEOUT_MS = 30 * 60_000;

export async function resolveWorkerImage(
  docker: Dockerode,
  request: ImageRequest,
  options: ResolveOptions,
): Promise<ResolvedImage> {
  const { logger } = options;
  const started = performance.now();
  const steps: ImageStep[] = [];
  const pullTimeoutMs = options.pullTimeoutMs ?? DEFAULT_PULL_TIMEOUT_MS;

  /** Runs one step, recording and logging it; true when it produced the image. */
  const step = async (name: string, fn: () => Promise<{ ok: boolean; detail: string }>): Promise<boolean> => {
    const t0 = performance.now();
    let outcome: { ok: boolean; detail: string };
    try {
      outcome = await fn();
    } catch (error) {
      outcome = { ok: false, detail: errorMessage(error) };
    }
    const ms = performance.now() - t0;
    steps.push({ step: name, ok: outcome.ok, ms, detail: outcome.detail });
    // A failed step is no warning by itself: the next one may well succeed (the caller reports the end).
    logger.info(`${name}: ${outcome.detail} (${formatDuration(ms)})`);
    return outcome.ok;
  };
  const done = async (image: string, source: ImageSource): Promise<ResolvedImage> => {
    await checkPin(docker, image, request.opencodeVersion, logger);
    const ms = performance.now() - started;
    logger.info(`worker image ${image} ready in ${formatDuration(ms)} (${source})`);
    return { image, source, steps, ms };
  };
  const present = (image: string) => async () => {
    const facts = await inspectImage(docker, image);
    return facts ? { ok: true, detail: 'present' } : { ok: false, detail: 'not here' };
  };
  const pull = (image: string) => async () => {
    await pullImage(docker, image, pullTimeoutMs);
    return { ok: true, detail: 'pulled' };
  };
  const fail = (summary: string) => {
    const reasons = steps.filter((s) => !s.ok).map((s) => `${s.step}: ${s.detail}`);
    return new WorkerImageError(`${summary} (${reasons.join('; ')})`, steps);
  };

  if (options.buildOnly) {
    const tag = request.named ?? ('tag' in request.build ? request.build.tag : undefined);
    const plan = prepare(request, tag, options, steps);
    if (!plan) throw fail('no worker image could be built');
    if (!options.force && (await step(`local build ${plan.tag}`, upToDate(docker, plan))))
      return done(plan.tag, 'up to date');
    if (await step(`build ${plan.tag}`, build(docker, plan, options, pullTimeoutMs)))
      return done(plan.tag, 'built');
    throw fail(`the worker image ${plan.tag} could not be built`);
  }

  if (request.named) {
    const named = request.named;
    if (await step(`named image ${named}`, present(named))) return done(named, 'present');
    if (await step(`pull ${named}`, pull(named))) return done(named, 'pulled');
    throw fail(`the worker image ${named} is not here and could not be pulled`);
  }

  if (await step(`release image ${request.release}`, present(request.release)))
    return done(request.release, 'present');
  const plan = prepare(request, undefined, options, steps);
  if (plan && (await step(`local build ${plan.tag}`, upToDate(docker, plan))))
    return done(plan.tag, 'up to date');
  if (await step(`pull ${request.release}`, pull(request.release))) return done(request.release, 'pulled');
  if (plan && (await step(`build ${plan.tag}`, build(docker, plan, options, pullTimeoutMs))))
    return done(plan.tag, 'built');
  throw fail('no worker image: the release image could not be pulled and none could be built');
}

/** The build's plan, or undefined with a failed (and logged) step saying why there is none. */
function prepare(
  request: ImageRequest,
  tag: string | undefined,
  options: ResolveOptions,
  steps: ImageStep[],
): BuildPlan | undefined {
  let why: string;
  if ('unavailable' in request.build) why = request.build.unavailable;
  else {
    try {
      return planBuild(request.build.dir, tag ?? request.build.tag, options.env);
    } catch (error) {
      why = errorMessage(error);
    }
  }
  steps.push({ step: 'build', ok: false, ms: 0, detail: why });
  options.logger.info(`build: ${why}`);
  return undefined;
}

function upToDate(docker: Dockerode, plan: BuildPlan) {
  return async () => {
    const fresh = await checkBuild(docker, plan);
    return fresh.upToDate
      ? { ok: true, detail: `up to date with ${plan.dir} (hash ${fresh.hash.slice(0, 12)})` }
      : { ok: false, detail: fresh.why };
  };
}

function build(docker: Dockerode, plan: BuildPlan, options: ResolveOptions, pullTimeoutMs: number) {
  return async () => {
    options.logger.info(`building ${plan.tag} from ${plan.dir}/docker/Dockerfile (base ${plan.baseImage})…`);
    const out = await runBuild(docker, plan, {
      pullTimeoutMs,
      buildTimeoutMs: options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS,
      noCache: options.noCache,
      onOutput: options.onBuildOutput ?? ((line) => options.logger.debug(`build: ${line}`)),
    });
    const base =
      out.basePulledMs === undefined ? '' : `, base image pulled in ${formatDuration(out.basePulledMs)}`;
    return {
      ok: true,
      detail: `built (hash ${out.hash.slice(0, 12)}, ${Math.round(out.size / 1e6)} MB${base})`,
    };
  };
}

/** Says whether the image holds the pinned OpenCode; a difference is a warning, the image is still used. */
async function checkPin(docker: Dockerode, image: string, pin: string, logger: Logger): Promise<void> {
  const facts = await inspectImage(docker, image).catch(() => undefined);
  const found = facts?.labels[IMAGE_LABELS.opencodeVersion];
  if (found === pin) logger.info(`worker image ${image} holds OpenCode ${pin}, as pinned`);
  else if (found === undefined)
    logger.warn(
      `worker image ${image} has no ${IMAGE_LABELS.opencodeVersion} label: its OpenCode version is unknown ` +
        `(this orchestrator is made for OpenCode ${pin})`,
    );
  else
    logger.warn(
      `worker image ${image} holds OpenCode ${found}, not the pinned ${pin}: its agent output may not be ` +
        'understood; use the release image or a build of this version',
    );
}
