/**
 * The resolver's last resort and `npm run docker:setup`'s job: the worker image built from the package's
 * own docker/Dockerfile, tagged with the hash of what it was built from. `check` says whether the image
 * under the tag is already that build; `build` makes it (pulling the base image first when it is absent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Dockerode from 'dockerode';
import { errorMessage } from '../../util/errors.js';
import { contextFiles, contextHash, DOCKERFILE, dockerfileArg, hostExtraCaCerts } from './build-context.js';
import { buildImage, inspectImage, pullImage } from './engine-images.js';
import { IMAGE_LABELS, ImageEnv } from './names.js';

export interface BuildPlan {
  dir: string;
  tag: string;
  files: string[];
  baseImage: string;
  buildArgs: Record<string, string>;
}

export function planBuild(dir: string, tag: string, env: NodeJS.ProcessEnv): BuildPlan {
  const dockerfile = readFileSync(join(dir, DOCKERFILE), 'utf8');
  const baseImage = env[ImageEnv.BaseImage] || dockerfileArg(dockerfile, 'BASE_IMAGE');
  if (!baseImage) throw new Error(`${join(dir, DOCKERFILE)} has no ARG BASE_IMAGE=<image> default`);
  return {
    dir,
    tag,
    files: contextFiles(dir),
    baseImage,
    buildArgs: { BASE_IMAGE: baseImage, EXTRA_CA_CERTS: hostExtraCaCerts(env) },
  };
}

/** The hash the image under `plan.tag` must carry; undefined while the base image is absent. */
export async function expectedHash(docker: Dockerode, plan: BuildPlan): Promise<string | undefined> {
  const base = await inspectImage(docker, plan.baseImage);
  if (!base) return undefined;
  return contextHash({ dir: plan.dir, files: plan.files, buildArgs: plan.buildArgs, baseImageId: base.id });
}

export type Freshness = { upToDate: true; hash: string } | { upToDate: false; why: string; hash?: string };

export async function checkBuild(docker: Dockerode, plan: BuildPlan): Promise<Freshness> {
  const hash = await expectedHash(docker, plan);
  if (!hash) return { upToDate: false, why: `its base image ${plan.baseImage} is not here` };
  const current = await inspectImage(docker, plan.tag);
  if (!current) return { upToDate: false, why: 'not built yet', hash };
  const label = current.labels[IMAGE_LABELS.hash];
  if (label === hash) return { upToDate: true, hash };
  return { upToDate: false, why: label ? 'built from other files' : 'not a build of these files', hash };
}

export interface BuildOutcome {
  id: string;
  hash: string;
  size: number;
  /** Set when the base image had to be pulled first. */
  basePulledMs?: number;
}

export async function runBuild(
  docker: Dockerode,
  plan: BuildPlan,
  options: {
    pullTimeoutMs: number;
    buildTimeoutMs: number;
    noCache?: boolean;
    onOutput?: (line: string) => void;
  },
): Promise<BuildOutcome> {
  let basePulledMs: number | undefined;
  if (!(await inspectImage(docker, plan.baseImage))) {
    const t0 = performance.now();
    try {
      await pullImage(docker, plan.baseImage, options.pullTimeoutMs);
    } catch (error) {
      throw new Error(
        `its base image ${plan.baseImage} is not here and could not be pulled (${errorMessage(error)}); ` +
          'where no registry is reachable, `npm run docker:setup` builds it locally',
      );
    }
    basePulledMs = performance.now() - t0;
  }
  const hash = await expectedHash(docker, plan);
  if (!hash) throw new Error(`its base image ${plan.baseImage} vanished after the pull`);
  const old = await inspectImage(docker, plan.tag);
  const tail: string[] = [];
  let id: string;
  try {
    id = await buildImage(docker, {
      context: plan.dir,
      files: plan.files,
      dockerfile: DOCKERFILE,
      tag: plan.tag,
      buildArgs: plan.buildArgs,
      labels: { [IMAGE_LABELS.hash]: hash },
      noCache: options.noCache,
      timeoutMs: options.buildTimeoutMs,
      onOutput: (line) => {
        tail.push(line);
        if (tail.length > 15) tail.shift();
        options.onOutput?.(line);
      },
    });
  } catch (error) {
    const output = tail.length > 0 ? `; the build's last lines:\n${tail.join('\n')}` : '';
    throw new Error(`${errorMessage(error)}${output}`);
  }
  if (old && old.id !== id) await removeIfUntagged(docker, old.id);
  const built = await inspectImage(docker, plan.tag);
  return { id, hash, size: built?.size ?? 0, basePulledMs };
}

/** The image a rebuild replaced, when nothing else names or uses it (never forced). */
async function removeIfUntagged(docker: Dockerode, id: string): Promise<void> {
  try {
    const info = await docker.getImage(id).inspect();
    if ((info.RepoTags ?? []).length === 0) await docker.getImage(id).remove();
  } catch {
    // In use by a container, or gone already: it stays for `docker image prune`.
  }
}
