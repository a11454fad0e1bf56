/**
 * tmux for the local runtime, `workers`, `attach` and `kill-all`. Every run has a tmux server of its own
 * (socket `omo-<planId>` in tmux's usual socket directory), so its sessions keep their plain names
 * (`omo-worker-<domain>`) without ever colliding with another run's, and ending a run (or reaping a dead
 * one) is one `kill-server`. A person attaches with `tmux -L omo-<planId> attach -t omo-worker-<domain>`,
 * or `orchestrate attach <domain>`.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const SERVER_PREFIX = 'omo-';

/**
 * The environment tmux clients run with: enough to find the same server the user's `tmux attach` finds
 * (TMUX_TMPDIR, the uid's socket directory), and nothing the caller holds as a secret.
 */
export function tmuxEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'TMUX_TMPDIR', 'LANG', 'LC_ALL', 'TERM', 'TZ', 'USER', 'LOGNAME']) {
    if (env[name] !== undefined) out[name] = env[name];
  }
  return out;
}

export function tmuxAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync('tmux', ['-V'], { env: tmuxEnv(env), stdio: 'ignore' }).status === 0;
}

/** Where tmux keeps this user's sockets (what `tmux -L <name>` uses). */
export function socketDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid?.() ?? 0}`);
}

export function serverSocket(planId: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(socketDir(env), `${SERVER_PREFIX}${planId}`);
}

/** Runs a tmux client against the server at `socket`. */
export async function tmux(socket: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('tmux', ['-S', socket, ...args], { env: tmuxEnv() });
  return stdout;
}

/** Starts the run's server; it stays up with no session until killServer. */
export async function startServer(socket: string): Promise<void> {
  // tmux makes its socket directory only for the sockets it names itself (-L); with -S the directory must
  // exist, and on a fresh machine (a new runner, a new container) nobody has made it yet. Private, as tmux's.
  mkdirSync(dirname(socket), { recursive: true, mode: 0o700 });
  await tmux(socket, ['start-server', ';', 'set-option', '-s', 'exit-empty', 'off']);
  // A socket tmux could not create is an error on its stderr, yet its exit status is 0.
  if (!existsSync(socket)) throw new Error(`tmux started no server at ${socket}`);
}

/** Ends a server and every process of its panes, and removes its socket. Quiet when it is gone already. */
export async function killServer(socket: string): Promise<boolean> {
  let killed = true;
  try {
    await tmux(socket, ['kill-server']);
  } catch {
    killed = false;
  }
  rmSync(socket, { force: true });
  return killed;
}

export async function hasSession(socket: string, name: string): Promise<boolean> {
  try {
    await tmux(socket, ['has-session', '-t', `=${name}`]);
    return true;
  } catch {
    return false;
  }
}

export async function killSession(socket: string, name: string): Promise<boolean> {
  try {
    await tmux(socket, ['kill-session', '-t', `=${name}`]);
    return true;
  } catch {
    return false;
  }
}

export interface RunServer {
  socket: string;
  planId: string;
}

/** The runs' tmux servers whose sockets are in the socket directory (live or not). */
export function runServers(env: NodeJS.ProcessEnv = process.env): RunServer[] {
  const dir = socketDir(env);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(SERVER_PREFIX))
    .map((name) => ({ socket: join(dir, name), planId: name.slice(SERVER_PREFIX.length) }))
    .filter(({ socket }) => {
      try {
        return statSync(socket).isSocket();
      } catch {
        return false;
      }
    });
}

/** Session names on one server; undefined when no server answers on that socket. */
export async function listSessions(socket: string): Promise<string[] | undefined> {
  try {
    const out = await tmux(socket, ['list-sessions', '-F', '#{session_name}']);
    return out.split('\n').filter(Boolean);
  } catch {
    // A live server with no session answers nothing with exit 0; a failure means no server.
    return undefined;
  }
}
