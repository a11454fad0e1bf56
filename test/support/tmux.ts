/**
 * Looking at the tmux servers of runs from a test: each run has its own server (socket `omo-<planId>` in
 * tmux's socket directory, see src/runtime/tmux.ts). Tests look at their own plan's server only, so runs of
 * other tests on this machine never disturb them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serverSocket } from '../../src/runtime/tmux.js';

/** The sessions of plan `planId`'s server; [] when no server answers (the run is gone, as it should be). */
export function planSessions(planId: string): string[] {
  const socket = serverSocket(planId);
  const r = spawnSync('tmux', ['-S', socket, 'list-sessions', '-F', '#{session_name}'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : [];
}

/** Whether anything of plan `planId`'s tmux server is left: a live server or its socket file. */
export function planServerLeft(planId: string): boolean {
  const socket = serverSocket(planId);
  return existsSync(socket) || spawnSync('tmux', ['-S', socket, 'list-sessions']).status === 0;
}

/** What a pane of a session shows. */
export function capturePane(planId: string, session: string): string {
  return (
    spawnSync('tmux', ['-S', serverSocket(planId), 'capture-pane', '-p', '-t', `=${session}:`], {
      encoding: 'utf8',
    }).stdout ?? ''
  );
}
