/**
 * The sandbox of the local runtime: each subtask's command runs under bubblewrap (`bwrap`) in a PID namespace
 * of its own with a fresh /proc, so it cannot see the orchestrator's processes (whose environment holds the
 * job's tokens, readable through /proc/<pid>/environ by any process of the same user) nor any other
 * worker's; and when the command ends, the namespace ends with it, taking every background child along.
 *
 * The file system stays the user's (a coding agent needs the toolchain and HOME), with these exceptions:
 * - a private /tmp;
 * - the run's workspace (run files, the other workers' worktrees) and the repository's git directory are
 *   read-only, the worker's own working directory writable;
 * - credential stores are hidden: the repository's git config (where actions/checkout keeps the token) is
 *   replaced by a copy without credentials, RUNNER_TEMP and the usual credential files of HOME are masked.
 *
 * Docker workers need none of this: their container is the sandbox.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface SandboxSpec {
  /** The worker's working directory: the only place under `readOnly` it may write. */
  workdir: string;
  /** Readable, not writable: the run's workspace, the repository's git directory. */
  readOnly: readonly string[];
  /** Files bound over others: `[source, target]` (e.g. a sanitized git config over the real one). */
  replace: ReadonlyArray<readonly [string, string]>;
  /** Masked entirely: files become empty, directories empty. */
  hidden: readonly string[];
}

export type SandboxAvailability = { available: true; bwrap: string } | { available: false; reason: string };

let probed: SandboxAvailability | undefined;

/**
 * Whether bubblewrap can make a PID namespace here (it may be installed and still refused, e.g. by AppArmor).
 * ORCH_BWRAP names the binary to use instead of the usual places (operators, and tests of a machine without).
 */
export function probeSandbox(env: NodeJS.ProcessEnv = process.env): SandboxAvailability {
  if (probed) return probed;
  const candidates = env.ORCH_BWRAP
    ? [env.ORCH_BWRAP]
    : ['/usr/bin/bwrap', '/usr/local/bin/bwrap', '/bin/bwrap'];
  const bwrap = candidates.find((p) => existsSync(p));
  if (!bwrap) {
    probed = {
      available: false,
      reason: 'bubblewrap (bwrap) is not installed: `sudo apt-get install -y bubblewrap`',
    };
    return probed;
  }
  const trial = spawnSync(bwrap, [...NAMESPACE_ARGS, '--', 'true'], { encoding: 'utf8', timeout: 10_000 });
  probed =
    trial.status === 0
      ? { available: true, bwrap }
      : {
          available: false,
          reason:
            `bubblewrap cannot create a PID namespace here (${(trial.stderr || trial.error?.message || `exit ${trial.status}`).trim()}); ` +
            'on Ubuntu 24.04 runners allow it with `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`',
        };
  return probed;
}

/**
 * The command is the namespace's PID 1 (`--as-pid-1`): when it exits, the kernel ends everything else in the
 * namespace at once, and no helper process of bwrap is left for the host to reap.
 */
const NAMESPACE_ARGS = [
  '--die-with-parent',
  '--unshare-pid',
  '--as-pid-1',
  '--dev-bind',
  '/',
  '/',
  '--proc',
  '/proc',
];

/** Credential stores of HOME a worker has no business reading. */
export function homeCredentialPaths(home = homedir()): string[] {
  return [
    '.git-credentials',
    '.config/git/credentials',
    '.docker/config.json',
    '.config/gh',
    '.netrc',
    '.ssh',
    '.aws',
    '.kube',
  ].map((p) => join(home, p));
}

/**
 * The bwrap argv (up to and including `--`) that runs a command in the sandbox. Mounts go shallowest first, so
 * each deeper one lands on top: a workspace under a hidden RUNNER_TEMP is visible again, a hidden folder
 * under the read-only workspace stays hidden.
 */
export function sandboxArgv(
  bwrap: string,
  spec: SandboxSpec,
  extraReadOnly: readonly string[] = [],
): string[] {
  const mounts: Array<{ path: string; args: string[] }> = [];
  for (const path of realPaths(spec.readOnly)) mounts.push({ path, args: ['--ro-bind', path, path] });
  const workdir = realpathOr(spec.workdir);
  mounts.push({ path: workdir, args: ['--bind', workdir, workdir] });
  for (const [source, target] of spec.replace) {
    const [from, to] = realPaths([source, target]);
    if (from !== undefined && to !== undefined) mounts.push({ path: to, args: ['--ro-bind', from, to] });
  }
  for (const path of realPaths(spec.hidden)) {
    const args = statSync(path).isDirectory() ? ['--tmpfs', path] : ['--ro-bind', '/dev/null', path];
    mounts.push({ path, args });
  }
  // Files the command itself needs from the (now hidden) host /tmp, e.g. the tmux runner's script.
  for (const path of extraReadOnly) mounts.push({ path, args: ['--ro-bind', path, path] });
  const depth = (path: string) => path.split('/').filter(Boolean).length;
  mounts.sort((a, b) => depth(a.path) - depth(b.path));
  return [
    bwrap,
    ...NAMESPACE_ARGS,
    '--tmpfs',
    '/tmp',
    ...mounts.flatMap((m) => m.args),
    '--chdir',
    workdir,
    '--',
  ];
}

/**
 * The existing paths among `paths`, symlinks resolved (bwrap cannot mount over a path through a symlink,
 * e.g. /var/run/docker.sock), without repeats.
 */
function realPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    try {
      const real = realpathSync(path);
      if (!out.includes(real)) out.push(real);
    } catch {
      // Not there: nothing to protect.
    }
  }
  return out;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
