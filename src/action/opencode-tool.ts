/**
 * OpenCode for `runtime: local` on a runner that has none: the pinned version (the worker image's) installed
 * from the npm registry into the runner's tool cache, and found there on later runs without a second install.
 *
 * The tool cache is @actions/tool-cache's (RUNNER_TOOL_CACHE/<tool>/<version>/<arch>, complete only once its
 * `.complete` marker exists): the runner's own layout, the one every setup-* action uses, so a self-hosted
 * runner keeps the install between jobs and a half-copied one is never taken. The package comes through
 * `npm pack`, which honours the runner's npm configuration (registry, proxy, certificates) and checks the
 * tarball's integrity against the registry.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tc from '@actions/tool-cache';
import { resolveOpencodeBinary } from '../agent/opencode-binary.js';
import { opencodePackage, thisMachine, type MachineFacts } from '../agent/opencode-package.js';
import { formatDuration } from '../util/format.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { OPENCODE_VERSION } from '../version.js';

const run = promisify(execFile);
const INSTALL_TIMEOUT_MS = 10 * 60_000;

export interface OpencodeTool {
  binary: string;
  source: 'found' | 'tool cache' | 'installed';
}

/**
 * OpenCode on PATH or in node_modules, else the pinned version from the tool cache, else installed into
 * it. Throws the reason when none can be had.
 */
export async function ensureOpencode(
  env: NodeJS.ProcessEnv,
  logger: Logger,
  machine: MachineFacts = thisMachine(),
): Promise<OpencodeTool> {
  const found = resolveOpencodeBinary(env);
  if (found) {
    logger.info(`OpenCode: ${found}`);
    return { binary: found, source: 'found' };
  }
  const pkg = opencodePackage(machine);
  if ('unavailable' in pkg) throw new Error(pkg.unavailable);
  if (!env.RUNNER_TOOL_CACHE) throw new Error('OpenCode is not installed and RUNNER_TOOL_CACHE is not set');
  const cached = tc.find(pkg.name, OPENCODE_VERSION);
  if (cached) {
    const binary = path.join(cached, pkg.binary);
    logger.info(`OpenCode ${OPENCODE_VERSION}: found in the tool cache (${binary})`);
    return { binary, source: 'tool cache' };
  }
  const t0 = performance.now();
  logger.info(`OpenCode not found: installing ${pkg.name}@${OPENCODE_VERSION} from the npm registry…`);
  const work = mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'opencode-'));
  try {
    const tarball = await npmPack(`${pkg.name}@${OPENCODE_VERSION}`, work, env);
    const unpacked = await tc.extractTar(tarball, path.join(work, 'unpacked'));
    const packageDir = path.join(unpacked, 'package');
    await checkVersion(path.join(packageDir, pkg.binary), work);
    const dir = await tc.cacheDir(packageDir, pkg.name, OPENCODE_VERSION);
    const binary = path.join(dir, pkg.binary);
    logger.info(
      `OpenCode ${OPENCODE_VERSION}: installed ${pkg.name} into the tool cache (${binary}) in ${formatDuration(performance.now() - t0)}`,
    );
    return { binary, source: 'installed' };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Downloads the package's tarball into `dir`; returns its path. */
async function npmPack(spec: string, dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  let stdout: string;
  try {
    ({ stdout } = await run('npm', ['pack', spec, '--json', '--pack-destination', dir], {
      cwd: dir,
      env: { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
      timeout: INSTALL_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    }));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim().split('\n').slice(-5).join(' ');
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new Error(`installing ${spec} needs npm, and npm is not on PATH`);
    throw new Error(`npm pack ${spec} failed: ${stderr || errorMessage(error)}`);
  }
  const filename = (JSON.parse(stdout) as Array<{ filename?: string }>)[0]?.filename;
  if (!filename) throw new Error(`npm pack ${spec} named no tarball: ${stdout.slice(0, 200)}`);
  return path.join(dir, filename);
}

/** Runs the new binary once, in a home of its own (it writes config there), and wants the pinned version. */
async function checkVersion(binary: string, work: string): Promise<void> {
  const home = path.join(work, 'home');
  const { stdout } = await run(binary, ['--version'], {
    env: {
      PATH: process.env.PATH,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
      XDG_STATE_HOME: path.join(home, 'state'),
      TMPDIR: work,
      OPENCODE_DISABLE_FFF: '1',
      OPENCODE_DISABLE_AUTOUPDATE: '1',
      OPENCODE_DISABLE_MODELS_FETCH: '1',
      npm_config_offline: 'true',
    },
    timeout: 60_000,
  });
  if (stdout.trim() !== OPENCODE_VERSION)
    throw new Error(`${binary} --version said '${stdout.trim()}', expected ${OPENCODE_VERSION}`);
}
