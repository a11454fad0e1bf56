/**
 * The names of worker images, and what a run asks of the resolver: the image the user named, the release
 * image of this version, and where a build comes from. Pure apart from finding the build's directory.
 */
import { OptionError } from '../../util/errors.js';
import { OPENCODE_VERSION, REPOSITORY, VERSION } from '../../version.js';
import { findBuildRoot } from './build-context.js';

export const WORKER_IMAGE_NAME = 'orchestrate-action-worker';
/** What a build from the package's own Dockerfile is tagged, unless ORCH_BUILD_IMAGE says otherwise. */
export const LOCAL_IMAGE = `${WORKER_IMAGE_NAME}:latest`;
export const RELEASE_REGISTRY = 'ghcr.io';

export const IMAGE_LABELS = {
  /** Set by docker/Dockerfile: the OpenCode the image holds. */
  opencodeVersion: 'org.orchestrate-action.opencode-version',
  /** Set on local builds: the hash of what the image was built from (see build-context.ts). */
  hash: 'org.orchestrate-action.hash',
} as const;

/** Environment knobs of the resolver (documented in README.md, "Runtimes and agents"). */
export const ImageEnv = {
  /** The worker image to use (as `--image`); pulled when absent, never built. */
  Named: 'ORCH_WORKER_IMAGE',
  /** The registry host (and path) of release images instead of ghcr.io: tests point it at a local one. */
  ReleaseRegistry: 'ORCH_RELEASE_REGISTRY',
  /** The tag of a local build instead of orchestrate-action-worker:latest. */
  BuildImage: 'ORCH_BUILD_IMAGE',
  /** The base image of a build instead of the Dockerfile's BASE_IMAGE default. */
  BaseImage: 'ORCH_BASE_IMAGE',
} as const;

/** A registry host with an optional port and path: `ghcr.io`, `127.0.0.1:5000`, `registry.example/mirror`. */
const REGISTRY = /^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)*$/;
const REPOSITORY_NAME = /^([A-Za-z0-9-]+)\/[\w.-]+$/;

/**
 * `<registry>/<owner>/orchestrate-action-worker:<version>`: the owner of the action being run
 * (GITHUB_ACTION_REPOSITORY), else of the repository this package is released from. Lower case, as image
 * names must be.
 */
export function releaseImage(env: NodeJS.ProcessEnv, version = VERSION, repository = REPOSITORY): string {
  const registry = (env[ImageEnv.ReleaseRegistry] || RELEASE_REGISTRY).replace(/\/+$/, '');
  if (!REGISTRY.test(registry))
    throw new OptionError(
      ImageEnv.ReleaseRegistry,
      registry,
      'a registry host such as ghcr.io or 127.0.0.1:5000',
    );
  const actionRepository = env.GITHUB_ACTION_REPOSITORY ?? '';
  const owner = (REPOSITORY_NAME.exec(actionRepository) ?? REPOSITORY_NAME.exec(repository))?.[1];
  if (!owner) throw new OptionError('the package repository', repository, 'owner/name');
  return `${registry}/${owner.toLowerCase()}/${WORKER_IMAGE_NAME}:${version}`;
}

/** What the resolver is asked for. */
export interface ImageRequest {
  /** The image the user named: used when present, else pulled; never replaced by another. */
  named?: string;
  /** This version's release image: used when present, else pulled. */
  release: string;
  /** Where a build comes from, or why none can be made. */
  build: { dir: string; tag: string } | { unavailable: string };
  /** The OpenCode version the image should hold. */
  opencodeVersion: string;
}

export function imageRequest(options: { image?: string }, env: NodeJS.ProcessEnv): ImageRequest {
  const named = options.image || env[ImageEnv.Named] || undefined;
  const root = findBuildRoot(env);
  return {
    named,
    release: releaseImage(env),
    build: 'dir' in root ? { dir: root.dir, tag: env[ImageEnv.BuildImage] || LOCAL_IMAGE } : root,
    opencodeVersion: OPENCODE_VERSION,
  };
}
