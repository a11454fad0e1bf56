/**
 * The one place a plan file is read from disk, for every surface (CLI, action, REST API, library). Plan paths
 * come from people and from comments, so the reader holds to four rules:
 *
 * 1. The path is resolved once, symlinks included, and when the caller gives an allowed root (the action
 *    gives the repository, `serve` its configured root) the file must lie inside it. The check is made on
 *    the file actually opened (its `/proc/self/fd` link), so a path swapped for a symlink between the check
 *    and the open is caught too. The CLI gives no root: its user may name any file they can read.
 * 2. Only a regular file is read: a FIFO, socket or device is refused before any byte is read (the open does
 *    not block on a FIFO without a writer).
 * 3. At most `MAX_PLAN_BYTES` + 1 bytes are read, so `/dev/zero`-like or growing files cost bounded memory.
 * 4. The bytes must be text: UTF-8, or UTF-16 with a byte order mark (converted, since editors on Windows
 *    write it); anything with NUL bytes or invalid UTF-8 is refused as binary.
 */
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { PlanFileError, errorMessage } from '../util/errors.js';

/** Real plans are tens of kilobytes; the largest public spec-kit `tasks.md` files are under 100 KiB. */
export const MAX_PLAN_BYTES = 4 * 1024 * 1024;

export interface PlanFileLocation {
  /** Relative paths resolve against this. */
  cwd: string;
  /** When set, the file (symlinks resolved) must lie inside this directory. */
  root?: string;
}

export interface ReadPlanFile {
  text: string;
  /** The real path of the file read (symlinks resolved): where a check-off writes back. */
  file: string;
}

const describe = (mode: number): string => {
  const type = mode & constants.S_IFMT;
  if (type === constants.S_IFIFO) return 'a FIFO';
  if (type === constants.S_IFSOCK) return 'a socket';
  if (type === constants.S_IFCHR) return 'a character device';
  if (type === constants.S_IFBLK) return 'a block device';
  if (type === constants.S_IFDIR) return 'a directory';
  return 'not a regular file';
};

/** `real` is `root` or lies below it; both are real paths. */
export function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The real root, or a PlanFileError naming it when it cannot be resolved. */
function realRoot(shown: string, root: string): string {
  try {
    return realpathSync(root);
  } catch (error) {
    throw new PlanFileError(
      shown,
      undefined,
      `the allowed root ${root} cannot be resolved: ${errorMessage(error)}`,
    );
  }
}

function outside(shown: string, root: string): PlanFileError {
  return new PlanFileError(
    shown,
    undefined,
    `the plan file is outside ${root}, the only place plans are read from`,
  );
}

/**
 * Reads the plan file `path` (as the user wrote it; the error messages quote it) under the rules above.
 * Every refusal is a `PlanFileError`.
 */
export function readPlanFileSafely(path: string, where: PlanFileLocation): ReadPlanFile {
  if (path.includes('\0'))
    throw new PlanFileError(JSON.stringify(path), undefined, 'a path may not contain NUL');
  const root = where.root === undefined ? undefined : realRoot(path, where.root);
  let real: string;
  try {
    real = realpathSync(resolve(where.cwd, path));
  } catch (error) {
    // Outside the root, even a missing file is reported as outside: no probing the host's file system.
    if (root !== undefined && !isInside(root, resolve(realOrSame(where.cwd), path)))
      throw outside(path, root);
    throw new PlanFileError(path, undefined, readFailure(error));
  }
  if (root !== undefined && !isInside(root, real)) throw outside(path, root);

  let fd: number;
  try {
    fd = openSync(
      real,
      constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW | constants.O_NOCTTY,
    );
  } catch (error) {
    throw new PlanFileError(path, undefined, readFailure(error));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new PlanFileError(path, undefined, `cannot read the plan file: it is ${describe(stat.mode)}`);
    if (root !== undefined) {
      const opened = openedPath(fd);
      if (opened !== undefined && !isInside(root, opened)) throw outside(path, root);
    }
    if (stat.size > MAX_PLAN_BYTES) throw tooLarge(path, stat.size);
    return { text: decodePlanText(readAtMost(fd, path), path), file: real };
  } finally {
    closeSync(fd);
  }
}

function realOrSame(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/** The path of what `fd` really is (Linux), to check the opened file rather than the name. */
function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

function tooLarge(path: string, bytes: number | string): PlanFileError {
  return new PlanFileError(
    path,
    undefined,
    `the plan file is too large (${bytes} bytes; the limit is ${MAX_PLAN_BYTES} bytes, 4 MiB)`,
  );
}

/** Reads up to MAX_PLAN_BYTES + 1 bytes: one byte more than allowed says the file grew past the limit. */
function readAtMost(fd: number, path: string): Buffer {
  const buffer = Buffer.alloc(Math.min(MAX_PLAN_BYTES + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, Math.min(buffer.length, MAX_PLAN_BYTES + 1 - total), null);
    } catch (error) {
      throw new PlanFileError(path, undefined, readFailure(error));
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
    total += n;
    if (total > MAX_PLAN_BYTES) throw tooLarge(path, `more than ${MAX_PLAN_BYTES}`);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Bytes to text: UTF-8 (a BOM dropped), or UTF-16 LE/BE with a BOM, converted. Refuses anything else as
 * binary, naming why, since a plan is read by people and then by agents, never a blob.
 */
export function decodePlanText(bytes: Uint8Array, path: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return utf16(bytes.subarray(2), 'utf-16le', path);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return utf16(bytes.subarray(2), 'utf-16be', path);
  if (bytes.includes(0)) {
    throw new PlanFileError(
      path,
      undefined,
      'the plan file is binary (it holds NUL bytes); UTF-16 needs a byte order mark, other encodings must be UTF-8',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PlanFileError(path, undefined, 'the plan file is not UTF-8 text (binary, or another encoding)');
  }
  return text.replace(/^\uFEFF/, '');
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', path: string): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new PlanFileError(path, undefined, `the plan file is not valid ${encoding.toUpperCase()} text`);
  }
  if (text.includes('\0'))
    throw new PlanFileError(path, undefined, 'the plan file is binary (it holds NUL characters)');
  return text;
}

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'cannot read the plan file: no such file';
  if (code === 'EISDIR') return 'cannot read the plan file: it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the plan file: permission denied';
  if (code === 'ELOOP')
    return 'cannot read the plan file: it was replaced by a symbolic link while being read';
  return `cannot read the plan file: ${errorMessage(error)}`;
}
