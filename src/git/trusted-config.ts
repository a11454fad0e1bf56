/**
 * Snapshots of the global and system git configuration, taken when a run starts (before any worker ran) and
 * read by every later git call of the host instead of the live files (GIT_CONFIG_GLOBAL, GIT_CONFIG_SYSTEM).
 * A worker of the local runtime runs as the same user and could otherwise plant a filter, merge driver or
 * credential helper in `~/.gitconfig` that the host's git would run. Includes are resolved into the snapshot,
 * so an included file that changes later does not matter either.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gitEnv, type TrustedConfig } from './git.js';

const execFileAsync = promisify(execFile);

export async function snapshotGitConfig(dir: string): Promise<TrustedConfig> {
  const trusted = { global: join(dir, 'gitconfig-global'), system: join(dir, 'gitconfig-system') };
  const [global, system] = await Promise.all([readScope('--global'), readScope('--system')]);
  writeFileSync(trusted.global, renderConfig(global), { mode: 0o600 });
  writeFileSync(trusted.system, renderConfig(system), { mode: 0o600 });
  return trusted;
}

/** `key\nvalue` entries of one scope, includes resolved; empty when the scope has no file. */
async function readScope(scope: '--global' | '--system'): Promise<Array<[string, string | undefined]>> {
  try {
    const { stdout } = await execFileAsync('git', ['config', scope, '--includes', '--list', '-z'], {
      cwd: '/',
      env: gitEnv(),
      maxBuffer: 16 * 1024 * 1024,
    });
    return parseConfigList(stdout);
  } catch {
    return [];
  }
}

export function parseConfigList(text: string): Array<[string, string | undefined]> {
  return text
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const newline = entry.indexOf('\n');
      return newline === -1 ? [entry, undefined] : [entry.slice(0, newline), entry.slice(newline + 1)];
    });
}

/** The entries as a config file git reads back to the same values (order kept, so multi-values stay). */
export function renderConfig(entries: ReadonlyArray<[string, string | undefined]>): string {
  const lines: string[] = [];
  let header = '';
  for (const [key, value] of entries) {
    const first = key.indexOf('.');
    const last = key.lastIndexOf('.');
    if (first <= 0 || last === key.length - 1) continue;
    const section = key.slice(0, first);
    const name = key.slice(last + 1);
    const subsection = first === last ? undefined : key.slice(first + 1, last);
    const next =
      subsection === undefined ? `[${section}]` : `[${section} "${subsection.replace(/(["\\])/g, '\\$1')}"]`;
    if (next !== header) {
      lines.push(next);
      header = next;
    }
    lines.push(value === undefined ? `\t${name}` : `\t${name} = ${quoteValue(value)}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function quoteValue(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

/** Keys whose value is a credential, or that pull in other files (which may hold one). */
const CREDENTIAL_KEY = /extraheader|credential|token|password|secret|^include(if)?\./i;
const URL_USERINFO = /(\w+:\/\/)[^/\s@]+@/g;

/**
 * The repository's own configuration without what a worker must not read: the token actions/checkout
 * keeps there (`http.<url>.extraheader`), credential helpers, includes, and user:password parts of URLs.
 * The local runtime's sandbox shows a worker this file in place of the real one.
 */
export function sanitizeConfig(
  entries: ReadonlyArray<[string, string | undefined]>,
): Array<[string, string | undefined]> {
  return entries
    .filter(([key]) => !CREDENTIAL_KEY.test(key))
    .map(([key, value]) => [key.replace(URL_USERINFO, '$1'), value?.replace(URL_USERINFO, '$1')]);
}

export async function writeSanitizedRepoConfig(commonDir: string, file: string): Promise<void> {
  let entries: Array<[string, string | undefined]> = [];
  try {
    const { stdout } = await execFileAsync(
      'git',
      ['config', '--file', join(commonDir, 'config'), '--list', '-z'],
      { cwd: '/', env: gitEnv(), maxBuffer: 16 * 1024 * 1024 },
    );
    entries = parseConfigList(stdout);
  } catch {
    // No readable config: the worker sees an empty one.
  }
  writeFileSync(file, renderConfig(sanitizeConfig(entries)), { mode: 0o644 });
}
