/** Small wrappers over the tmux CLI for the local runtime, `workers`, `attach` and `kill-all`. */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export function tmuxAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync('tmux', ['-V'], { env, stdio: 'ignore' }).status === 0;
}

export async function tmux(args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await execFileAsync('tmux', args, { env });
  return stdout;
}

export async function hasSession(name: string, env?: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await tmux(['has-session', '-t', `=${name}`], env);
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

/** Session names on the default server (empty when no server runs). */
export async function listSessions(): Promise<string[]> {
  try {
    const out = await tmux(['list-sessions', '-F', '#{session_name}']);
    return out.split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
