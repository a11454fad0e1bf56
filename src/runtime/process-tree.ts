/**
 * Spawning a command as its own process group, and ending the whole group: a timeout or a cancellation
 * must not leave grandchildren (an agent's shells, dev servers, test runners) behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { BoundedOutput } from './bounded-output.js';
import type { CommandOutcome, OutputListener } from './types.js';

/** How long background children left by a finished command get to exit on SIGTERM before SIGKILL. */
const LEFTOVER_GRACE_MS = 1000;

/**
 * Whether any live (non-zombie) process is in the group. Orphaned zombies whose parent never reaps them (a
 * minimal init) would otherwise make a dead group look alive for the whole grace period.
 */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command: state, ppid, pgrp, …
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') return true;
    } catch {
      // The process ended while we looked.
    }
  }
  return false;
}

/** SIGTERM to the group, then SIGKILL after `graceMs` if anything is left. */
export async function killProcessGroup(pgid: number, graceMs = 2000): Promise<void> {
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupAlive(pgid)) await new Promise((r) => setTimeout(r, 25));
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Gone between the check and the kill.
    }
  }
}

export interface GroupCommand {
  argv: [string, ...string[]];
  cwd: string;
  env: Record<string, string>;
  signal: AbortSignal;
  onOutput?: OutputListener;
  /** Extra clean-up to run when the signal aborts (e.g. killing a tmux pane's own process group). */
  onAbort?: () => Promise<void>;
  /** Called with the group id once the command runs (a run records it, so a reaper can end it). */
  onStart?: (pgid: number) => void;
}

/**
 * Runs argv as the leader of a new process group with exactly `env`; resolves when it exits and its output
 * is drained. When it exits, whatever it left running in its group is ended (so a background child can
 * neither hold the output open nor outlive it). Aborting the signal ends the whole group at once; the
 * promise then settles with the output so far.
 */
export function runProcessGroup(cmd: GroupCommand): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const child = spawn(cmd.argv[0], cmd.argv.slice(1), {
      cwd: cmd.cwd,
      env: cmd.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = new BoundedOutput();
    const stderr = new BoundedOutput();
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout.push(chunk);
      cmd.onOutput?.('stdout', chunk);
    });
    child.stderr.on('data', (chunk: string) => {
      stderr.push(chunk);
      cmd.onOutput?.('stderr', chunk);
    });
    let spawnError: Error | undefined;
    child.on('error', (error) => {
      // Node reports a missing working directory as the program not being found; say what is missing.
      spawnError = existsSync(cmd.cwd) ? error : new Error(`working directory ${cmd.cwd} does not exist`);
    });
    if (child.pid !== undefined) cmd.onStart?.(child.pid);
    const abort = () => {
      void (async () => {
        await cmd.onAbort?.();
        if (child.pid !== undefined) await killProcessGroup(child.pid);
      })();
    };
    if (cmd.signal.aborted) abort();
    else cmd.signal.addEventListener('abort', abort, { once: true });
    child.on('exit', () => {
      if (child.pid !== undefined) void killProcessGroup(child.pid, LEFTOVER_GRACE_MS);
    });
    child.on('close', (code) => {
      cmd.signal.removeEventListener('abort', abort);
      let err = stderr.text();
      if (spawnError) err += `${err && !err.endsWith('\n') ? '\n' : ''}${spawnError.message}\n`;
      resolve({ exitCode: spawnError ? 127 : code, stdout: stdout.text(), stderr: err });
    });
  });
}
