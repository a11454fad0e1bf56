/**
 * Runs the real CLI in a child process, as a user would: from source through tsx by default, or the
 * committed bundle with `bundle: true`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  bundle?: boolean;
}

export function cliArgv(args: string[], bundle = false): string[] {
  return bundle
    ? [join(ROOT, 'dist/cli/index.js'), ...args]
    : ['--import', TSX, join(ROOT, 'src/cli/index.ts'), ...args];
}

export function spawnCli(
  args: string[],
  options: CliOptions = {},
): ChildProcess & { done: Promise<CliResult> } {
  const child = spawn(process.execPath, cliArgv(args, options.bundle), {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, CI: 'true', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return Object.assign(child, { done });
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return spawnCli(args, options).done;
}

/** A temporary directory removed by the returned function. */
export function tempDir(prefix = 'orch-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A temporary directory that sandboxed local workers can write to as well (they get a private /tmp, see
 * src/runtime/sandbox.ts): for files a test reads after a worker wrote them (pids, markers).
 */
export function sharedTempDir(prefix = 'orch-shared-'): { path: string; remove(): void } {
  mkdirSync('/var/tmp', { recursive: true });
  const path = mkdtempSync(join('/var/tmp', prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
