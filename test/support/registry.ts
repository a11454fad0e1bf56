/**
 * The test registry (scripts/registry-setup.sh: Debian's docker-registry on 127.0.0.1) and the images tests
 * make: pushed under names of their own, removed from the engine and the registry afterwards.
 */
import { execFileSync } from 'node:child_process';

export const REGISTRY = process.env.ORCH_REGISTRY_ADDR ?? '127.0.0.1:5055';
/** A registry address nothing listens on: pulls from it fail at once with "connection refused". */
export const NO_REGISTRY = '127.0.0.1:9';

/** Throws, saying what to run, when the registry does not answer. */
export async function requireRegistry(): Promise<void> {
  try {
    const res = await fetch(`http://${REGISTRY}/v2/`, { signal: AbortSignal.timeout(3000) });
    if (res.ok) return;
    throw new Error(`HTTP ${res.status}`);
  } catch (error) {
    throw new Error(
      `no image registry at ${REGISTRY} (${String(error)}): run \`bash scripts/registry-setup.sh\``,
    );
  }
}

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8', stdio: 'pipe' });

/** Pushes `source` to the registry as `ref` (`<REGISTRY>/<name>:<tag>`), leaving no local tag behind. */
export function pushAs(source: string, ref: string): void {
  docker('tag', source, ref);
  try {
    docker('push', '-q', ref);
  } finally {
    removeImage(ref);
  }
}

/** Removes an image name from the engine (the layers go only if nothing else holds them); never fails. */
export function removeImage(ref: string): void {
  try {
    docker('rmi', ref);
  } catch {
    // Not there.
  }
}

export function hasImage(ref: string): boolean {
  try {
    docker('image', 'inspect', ref);
    return true;
  } catch {
    return false;
  }
}

/** Deletes `<REGISTRY>/<name>:<tag>`'s manifest from the registry (its layers go at the next collection). */
export async function deleteFromRegistry(ref: string): Promise<void> {
  const m = /^([^/]+)\/(.+):([^:/]+)$/.exec(ref);
  if (!m || m[1] !== REGISTRY) throw new Error(`not an image of ${REGISTRY}: ${ref}`);
  const [, host, name, tag] = m;
  const manifest = `http://${host}/v2/${name}/manifests`;
  const head = await fetch(`${manifest}/${tag}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
  });
  const digest = head.headers.get('docker-content-digest');
  if (head.status === 404 || !digest) return;
  const res = await fetch(`${manifest}/${digest}`, { method: 'DELETE' });
  if (res.status !== 202) throw new Error(`deleting ${ref} from the registry: HTTP ${res.status}`);
}
