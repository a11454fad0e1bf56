/**
 * Each run's files (docs/interface.md, Files of a run) as one workflow artifact, `orchestrate-<planId>`, and the way back:
 * finding and downloading that artifact for `/plan-status` and `/orchestrate retry` when the files are not on
 * this runner. A retry uploads the plan's files again from its own workflow run; the newest one is found first.
 * Artifacts are a convenience on top of the job summary: when the artifact service is not there (a run
 * outside GitHub Actions, @github/local-action) or fails, the action warns and carries on.
 */
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorMessage } from '../util/errors.js';
import { ARTIFACT_PREFIX } from './constants.js';
import type { GitHubGateway } from './github.js';

export const artifactName = (planId: string): string => `${ARTIFACT_PREFIX}${planId}`;

/** Why the artifact service cannot be used here, or undefined when it can. */
export function artifactServiceMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
  return missing.length > 0 ? `${missing.join(' and ')} not set` : undefined;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Uploads the run dir; answers the artifact's id, or undefined (with a warning) when it could not. */
export async function uploadRunArtifact(runDir: string, planId: string): Promise<number | undefined> {
  const name = artifactName(planId);
  const missing = artifactServiceMissing();
  if (missing) {
    core.warning(`Artifact service not available (${missing}): the run's files stay in ${runDir}.`);
    return undefined;
  }
  try {
    const files = filesUnder(runDir);
    const response = await new DefaultArtifactClient().uploadArtifact(name, files, runDir);
    core.info(`Uploaded artifact ${name} (${files.length} files, ${response.size ?? 0} bytes)`);
    return response.id;
  } catch (error) {
    core.warning(
      `Could not upload artifact ${name}: ${errorMessage(error)}. The run's files stay in ${runDir}.`,
    );
    return undefined;
  }
}

/**
 * Downloads a plan's artifact into `<dir>/runs/<planId>/` (the layout of a workspace, so the engine's
 * status reader works on it); answers the workspace dir, or undefined when there is no such artifact.
 */
export async function downloadRunArtifact(
  gateway: GitHubGateway,
  token: string,
  planId: string,
): Promise<string | undefined> {
  const name = artifactName(planId);
  const listed = await gateway.call(`looking up artifact ${name}`, (o) =>
    o.rest.actions.listArtifactsForRepo({ ...gateway.repo, name, per_page: 10 }),
  );
  // A plan taken up again has one artifact per workflow run that ran it: the newest holds its latest state.
  const time = (a: { created_at?: string | null }) => Date.parse(a.created_at ?? '') || 0;
  const artifact = listed?.data.artifacts
    .filter((a) => a.name === name && !a.expired)
    .sort((a, b) => time(b) - time(a) || b.id - a.id)[0];
  if (!artifact) return undefined;
  const workspace = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'orchestrate-status-'));
  try {
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: path.join(workspace, 'runs', planId),
      findBy: {
        token,
        workflowRunId: artifact.workflow_run?.id ?? 0,
        repositoryOwner: gateway.repo.owner,
        repositoryName: gateway.repo.repo,
      },
    });
    return workspace;
  } catch (error) {
    core.warning(`Could not download artifact ${name}: ${errorMessage(error)}`);
    return undefined;
  }
}

/**
 * Puts a plan's files back into `<workspace>/runs/<planId>/` from its newest artifact, for a run that takes
 * the plan up again; answers whether it did. Downloaded aside first, so a failed download leaves no half
 * run dir behind.
 */
export async function restoreRunArtifact(
  gateway: GitHubGateway,
  token: string,
  planId: string,
  workspace: string,
): Promise<boolean> {
  const downloaded = await downloadRunArtifact(gateway, token, planId);
  if (!downloaded) return false;
  try {
    const from = path.join(downloaded, 'runs', planId);
    if (!existsSync(from)) return false;
    const to = path.join(workspace, 'runs', planId);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true });
    return true;
  } finally {
    rmSync(downloaded, { recursive: true, force: true });
  }
}
