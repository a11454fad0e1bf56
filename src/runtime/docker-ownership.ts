/**
 * Ownership of the mounted host directories (the workdir, the run files) for hosts that run as root. A worker
 * never runs as root, so on a root host it runs as the image's user (1000:1000) and needs the workdir to be
 * that user's while it works: every entry is handed over
 * before the worker starts and again before each subtask (the host's git writes root-owned files into a
 * worktree when it merges dependencies), and handed back when the last worker using the directory stops.
 * Git on the host names each worktree's git directory explicitly (see git/git.ts), so the host side does not
 * mind the ownership in between. A run that dies before handing back is reaped (lifecycle/reaper.ts).
 */
import { lchownSync, lstatSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import type { ResourceTracker, TrackedResource } from './types.js';

type Owner = readonly [uid: number, gid: number];

interface Lease {
  users: number;
  /** First-seen owner of every entry this handed over; entries created since go to the directory's owner. */
  originals: Map<string, Owner>;
  rootOwner: Owner;
}

export class WorkdirOwnership {
  private readonly leases = new Map<string, Lease>();

  constructor(
    private readonly owner: Owner,
    private readonly logger: Logger,
    /** Records each handed-over directory with its owner, so a reaper gives it back if this process dies. */
    private readonly tracker?: ResourceTracker,
  ) {}

  /** One more worker uses `dir`: hand it over. */
  acquire(dir: string): void {
    dir = resolve(dir);
    // A recursive chown of / or of a home directory is never what a user meant by "run here".
    if (dir === '/' || dir === resolve(homedir()))
      throw new Error(
        `refusing to hand ${dir} to the worker user ${this.owner.join(':')}: run from a project directory`,
      );
    let lease = this.leases.get(dir);
    if (!lease) {
      const st = lstatSync(dir);
      lease = { users: 0, originals: new Map(), rootOwner: [st.uid, st.gid] };
      this.leases.set(dir, lease);
      this.tracker?.track(this.resource(dir, lease));
    }
    lease.users++;
    this.claim(dir);
  }

  private resource(dir: string, lease: Lease): TrackedResource {
    return { kind: 'ownership', dir, uid: lease.rootOwner[0], gid: lease.rootOwner[1] };
  }

  /** Hands over whatever the host created in `dir` since the last call. */
  claim(dir: string): void {
    dir = resolve(dir);
    const lease = this.leases.get(dir);
    if (!lease) return;
    const [uid, gid] = this.owner;
    let changed = 0;
    walk(dir, (path, st) => {
      if (st.uid === uid && st.gid === gid) return;
      if (!lease.originals.has(path)) lease.originals.set(path, [st.uid, st.gid]);
      lchownSync(path, uid, gid);
      changed++;
    });
    if (changed > 0) this.logger.debug(`handed ${changed} entries of ${dir} to ${uid}:${gid}`);
  }

  /** One worker less uses `dir`; the last one hands everything back. Never throws: it runs on clean-up paths. */
  release(dir: string): void {
    dir = resolve(dir);
    const lease = this.leases.get(dir);
    if (!lease || --lease.users > 0) return;
    this.leases.delete(dir);
    this.tracker?.untrack(this.resource(dir, lease));
    try {
      walk(dir, (path, st) => {
        const [uid, gid] = lease.originals.get(path) ?? lease.rootOwner;
        if (st.uid !== uid || st.gid !== gid) lchownSync(path, uid, gid);
      });
    } catch (error) {
      this.logger.warn(`could not give ${dir} back to its owner: ${errorMessage(error)}`);
    }
  }
}

/** Every entry under `dir` and `dir` itself, symlinks not followed; entries removed meanwhile are skipped. */
function walk(dir: string, visit: (path: string, st: { uid: number; gid: number }) => void): void {
  const stack = [dir];
  while (stack.length > 0) {
    const path = stack.pop()!;
    let st;
    try {
      st = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    try {
      visit(path, st);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      for (const name of names) stack.push(join(path, name));
    }
  }
}
