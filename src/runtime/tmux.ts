/** Small wrappers over the tmux CLI for the local runtime, `workers`, `attach` and `kill-all`. */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** tmux option on every worker session naming its plan, so cleanup can tell one run's sessions from another's. */
export const PLAN_OPTION = '@omo-plan';

/**
 * The environment tmux clients run with: enough to find the same server the user's `tmux attach` finds
 * (TMUX_TMPDIR, the uid's default socket), and nothing the caller holds as a secret.
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

export async function tmux(args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('tmux', args, { env: tmuxEnv() });
  return stdout;
}

export async function hasSession(name: string): Promise<boolean> {
  try {
    await tmux(['has-session', '-t', `=${name}`]);
    return true;
  } catch {
    return false;
  }
}

export async function killSession(name: string): Promise<boolean> {
  try {
    await tmux(['kill-session', '-t', `=${name}`]);
    return true;
  } catch {
    return false;
  }
}

export interface SessionInfo {
  name: string;
  planId?: string;
}

/** Sessions on the default server (empty when no server runs), with the plan that created each. */
export async function listSessions(): Promise<SessionInfo[]> {
  try {
    const out = await tmux(['list-sessions', '-F', `#{session_name}\t#{${PLAN_OPTION}}`]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, planId] = line.split('\t');
        return { name: name!, ...(planId ? { planId } : {}) };
      });
  } catch {
    return [];
  }
}
