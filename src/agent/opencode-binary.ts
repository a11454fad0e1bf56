/**
 * Where the `opencode` executable is. Looked up on the host, for runtimes that run the agent on the host
 * (local, inline); the worker image has it at /usr/local/bin/opencode, which is the last fallback.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { ancestors, thisModuleDir } from '../util/module-dir.js';

/**
 * In a project's node_modules: the platform package `opencode-ai` installs (the real, Bun-compiled
 * binary), then the `.bin` link `opencode-ai`'s postinstall points at the right platform's binary.
 */
const PROJECT_BINARIES = [
  join('node_modules', 'opencode-linux-x64', 'bin', 'opencode'),
  join('node_modules', '.bin', 'opencode'),
];
const IMAGE_BINARY = '/usr/local/bin/opencode';

export interface ResolveOpencodeOptions {
  /** Directory of the running code (the bundle or the source file); defaults to this module's. */
  moduleDir?: string;
  cwd?: string;
}

/**
 * Finds `opencode`: on PATH first (the user's own install wins), else in this project's node_modules,
 * looked for upwards from the running bundle and from the working directory, else the worker image's path.
 * Returns undefined when none is an executable file.
 */
export function resolveOpencodeBinary(
  env: Record<string, string | undefined>,
  options: ResolveOpencodeOptions = {},
): string | undefined {
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => isAbsolute(dir))
    .map((dir) => join(dir, 'opencode'));
  const moduleDir = options.moduleDir ?? thisModuleDir();
  const cwd = options.cwd ?? process.cwd();
  const candidates = [...onPath, ...(moduleDir ? inProject(moduleDir) : []), ...inProject(cwd), IMAGE_BINARY];
  return candidates.find(isExecutableFile);
}

function inProject(dir: string): string[] {
  return ancestors(dir).flatMap((ancestor) => PROJECT_BINARIES.map((binary) => join(ancestor, binary)));
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
