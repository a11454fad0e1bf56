/**
 * The machine's Docker engine for tests whose workers are containers (the run-bundle sandbox points
 * DOCKER_HOST nowhere), and what they left: containers labelled with a plan id.
 */
import { execFileSync } from 'node:child_process';
import { LABELS } from '../../src/runtime/docker-reaper.js';

export const WORKER_IMAGE = process.env.ORCH_WORKER_IMAGE || 'orchestrate-action-worker:latest';

/** A runner's view of Docker: the engine, and the worker image it already has. */
export function dockerEnv(): NodeJS.ProcessEnv {
  return {
    DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
    ORCH_WORKER_IMAGE: WORKER_IMAGE,
  };
}

/** Names of the containers (running or not) of a plan. */
export async function containersOf(planId: string): Promise<string[]> {
  const out = execFileSync(
    'docker',
    ['ps', '-a', '--filter', `label=${LABELS.planId}=${planId}`, '--format', '{{.Names}}'],
    { encoding: 'utf8', env: { ...process.env, ...dockerEnv() } },
  );
  return out.split('\n').filter(Boolean);
}

/** Removes a plan's containers (after a failed test). */
export function removeContainersOf(planId: string): void {
  const ids = execFileSync('docker', ['ps', '-aq', '--filter', `label=${LABELS.planId}=${planId}`], {
    encoding: 'utf8',
    env: { ...process.env, ...dockerEnv() },
  })
    .split('\n')
    .filter(Boolean);
  if (ids.length > 0) execFileSync('docker', ['rm', '-f', ...ids], { stdio: 'ignore' });
}
