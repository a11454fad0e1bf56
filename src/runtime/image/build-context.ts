/**
 * What a worker image is built from: the action's (or the package's) own directory holding
 * docker/Dockerfile, the files of it the build can see (.dockerignore applied as Docker applies it), the build
 * arguments, and one hash of all of it. The hash is kept as a label on the built image, so an image that is
 * already up to date is never built again, and one built from other files is never taken for it.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import dockerignore from '@balena/dockerignore';
import { ancestors, thisModuleDir } from '../../util/module-dir.js';

// A CommonJS module whose typings declare an ES default export: at run time the default import is the
// factory itself (module.exports), which the typings call `.default`.
const ignore = dockerignore as unknown as typeof dockerignore.default;

export const DOCKERFILE = 'docker/Dockerfile';

/** `GITHUB_ACTION_PATH` in the action; else the package this code ships in. */
export function findBuildRoot(
  env: NodeJS.ProcessEnv,
  moduleDir: string | undefined = thisModuleDir(),
): { dir: string } | { unavailable: string } {
  if (env.GITHUB_ACTION_PATH) {
    const dir = resolve(env.GITHUB_ACTION_PATH);
    return existsSync(join(dir, DOCKERFILE))
      ? { dir }
      : { unavailable: `the action's directory ${dir} (GITHUB_ACTION_PATH) has no ${DOCKERFILE}` };
  }
  const dir = moduleDir
    ? ancestors(moduleDir).find((d) => existsSync(join(d, DOCKERFILE)) && existsSync(join(d, 'package.json')))
    : undefined;
  return dir
    ? { dir }
    : { unavailable: `no ${DOCKERFILE} found beside the running code (${moduleDir ?? 'unknown location'})` };
}

/**
 * The files of `dir` a build sends, as relative paths with `/`, sorted. A directory that .dockerignore
 * excludes is not walked unless an exception (`!dir/file`) could match inside it, so node_modules and .git
 * cost nothing.
 */
export function contextFiles(dir: string): string[] {
  const ignoreFile = join(dir, '.dockerignore');
  const text = existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : '';
  const rules = ignore({ ignorecase: false }).add(text);
  const exceptions = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1).replace(/^\/+/, ''));
  const mayHoldException = (path: string) =>
    exceptions.some((p) => p.startsWith(`${path}/`) || /[*?[]/.test(p.slice(0, p.lastIndexOf('/') + 1)));
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!rules.ignores(path) || mayHoldException(path)) walk(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && !rules.ignores(path)) {
        out.push(path);
      }
    }
  };
  walk('');
  return out;
}

/** The Dockerfile's default of `ARG <name>=<value>`, if any. */
export function dockerfileArg(dockerfile: string, name: string): string | undefined {
  return new RegExp(`^ARG\\s+${name}=(\\S+)`, 'm').exec(dockerfile)?.[1];
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * One hash of everything the image is made of: the base image (by id, so a rebuilt base counts), the build
 * arguments, and every context file's path, executable bit and content.
 */
export function contextHash(input: {
  dir: string;
  files: readonly string[];
  buildArgs: Record<string, string>;
  baseImageId: string;
}): string {
  const hash = createHash('sha256');
  hash.update(`base ${input.baseImageId}\n`);
  for (const name of Object.keys(input.buildArgs).sort())
    hash.update(`arg ${name} ${sha256(input.buildArgs[name] ?? '')}\n`);
  for (const file of input.files) {
    const path = join(input.dir, file);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) hash.update(`link ${file} ${readlinkSync(path)}\n`);
    else hash.update(`file ${file} ${stat.mode & 0o111 ? 'x' : '-'} ${sha256(readFileSync(path))}\n`);
  }
  return hash.digest('hex');
}

/**
 * PEM certificates this machine trusts beyond the system's own (Debian and Ubuntu keep them in
 * /usr/local/share/ca-certificates; NODE_EXTRA_CA_CERTS names one more), so npm inside the build works
 * behind a TLS-intercepting egress proxy. Certificates only, never keys; ORCH_NO_HOST_CA=1 turns it off.
 */
export function hostExtraCaCerts(env: NodeJS.ProcessEnv, dir = '/usr/local/share/ca-certificates'): string {
  if (env.ORCH_NO_HOST_CA === '1') return '';
  const files: string[] = [];
  const crtIn = (d: string) =>
    existsSync(d)
      ? readdirSync(d, { withFileTypes: true })
          .filter((e) => e.name.endsWith('.crt') && !e.isDirectory())
          .map((e) => join(d, e.name))
          .sort()
      : [];
  files.push(...crtIn(dir));
  if (existsSync(dir))
    for (const sub of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()))
      files.push(...crtIn(join(dir, sub.name)));
  const extra = env.NODE_EXTRA_CA_CERTS;
  if (extra && existsSync(extra) && !extra.startsWith('/etc/ssl/')) files.push(extra);
  const pem = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
  return files.flatMap((f) => readFileSync(f, 'utf8').match(pem) ?? []).join('\n');
}
