/**
 * A fleet of simulated runners behind the fake GitHub API (fake-github.ts): `workflow_dispatch` starts a run
 * of the workflow as a fresh runner would, and the workflow-run endpoints report it.
 *
 * A run is the action's committed bundle (`node dist/index.js`) in a process group of its own, on a runner of
 * its own: a temporary directory with its own checkout of the smart-HTTP remote made as actions/checkout
 * makes one (checkout.ts: the ref dispatched, one commit deep, the token in a credentials file), its own
 * RUNNER_TEMP, HOME and workspace, and the environment GitHub sets for a dispatched run: GITHUB_EVENT_NAME
 * `workflow_dispatch`, GITHUB_EVENT_PATH with the real payload's shape (`inputs`, `ref`, `repository`,
 * `sender`, `workflow`), GITHUB_RUN_ID, GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_API_URL, GITHUB_REF,
 * RUNNER_TEMP, and INPUT_* from the action's defaults (action.yml) and the workflow step's `with:`, its `env:`
 * evaluated (`${{ secrets.X }}` from `secrets`). After the main step the post step runs (action.yml `post`,
 * `post-if: always()`) with the state the main step saved, as on GitHub.
 *
 * GitHub's answers are kept: 404 for an unknown workflow, 422 for a ref that does not exist, a workflow
 * without `workflow_dispatch`, inputs it does not declare or required ones missing; 200 with the run's id
 * when `return_run_details` is asked, else 204. A run is `queued` until its runner has checked out, then
 * `in_progress`, then `completed` with `success` (exit 0), `failure` or `cancelled`. Reads of a run carry an
 * ETag, and a read with that ETag in `If-None-Match` is answered 304 until the run changes. Cancelling a
 * running run sends SIGINT to its process group, SIGTERM 2.5 s later and SIGKILL 2.5 s after that (GitHub's
 * runner does the same, with longer pauses); a queued one is cancelled at once; an ended one is a 409.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { workflowDispatch } from '../action/payloads.js';
import { parseCommandFile } from '../action/run-bundle.js';
import { checkoutLikeActions } from './checkout.js';
import { errorBody, workflowRunObject } from './github-objects.js';
import type { GitHubOpenApi } from './github-openapi.js';
import type { Answer, Context } from './fake-github-pulls.js';
import type { GitRemote } from './git-remote.js';

export interface FleetOptions {
  /** Workflow file name → its YAML text (e.g. the example worker workflow). */
  workflows: Record<string, string>;
  /** The bundle every run runs (dist/index.js), and the action.yml whose input defaults apply. */
  bundle: string;
  actionYml: string;
  remote: GitRemote;
  /** Where runners are made. */
  dir: string;
  /** The runner machine's own environment (PATH, HOME is replaced, DOCKER_HOST, OPENCODE_* for tests…). */
  machineEnv: NodeJS.ProcessEnv;
  /** Repository secrets, for `${{ secrets.X }}`. */
  secrets?: Record<string, string>;
  /** Runs for which this answers true stay `queued`: no runner takes them. */
  holdQueued?: (inputs: Record<string, string>) => boolean;
}

export interface FleetRun {
  id: number;
  workflowId: number;
  workflow: string;
  inputs: Record<string, string>;
  displayTitle: string;
  ref: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  createdAt: string;
  updatedAt: string;
  /** The runner's directory: `work` (GITHUB_WORKSPACE), `temp` (RUNNER_TEMP), `home`. */
  dir: string;
  workspace: string;
  /** The main step's process (its group's leader), once started. */
  pid?: number;
  /** Epoch ms: the dispatch answered, the runner set up (checkout done), the run completed. */
  times: { dispatched: number; started?: number; completed?: number };
  exitCode?: number | null;
  /** The main step's and the post step's output. */
  log: string;
  /** Settles once the run has completed. */
  done: Promise<void>;
}

interface Workflow {
  'run-name'?: string;
  on?: { workflow_dispatch?: { inputs?: Record<string, { required?: boolean; default?: string }> } };
  jobs: Record<
    string,
    { steps: Array<{ uses?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }> }
  >;
}

const WORKFLOW_ID_BASE = 161335;
let nextRunId = 900_000;

export class Fleet {
  readonly runs: FleetRun[] = [];
  private readonly children = new Map<number, ChildProcess>();
  private readonly cancelRequested = new Set<number>();

  constructor(
    private readonly api: GitHubOpenApi,
    private readonly options: FleetOptions,
    private readonly apiUrl: () => string,
  ) {}

  /** Waits until every run started so far has completed. */
  async settled(): Promise<void> {
    await Promise.all(this.runs.map((r) => r.done));
  }

  readonly handlers: Record<string, (ctx: Context) => Answer | undefined> = {
    'actions/create-workflow-dispatch': (ctx) => this.dispatch(ctx),
    'actions/get-workflow-run': ({ params, ref, headers }) => {
      const run = this.runs.find((r) => r.id === Number(params.run_id));
      if (!run) return undefined;
      const body = this.object(ref, run);
      const etag = `W/"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;
      if (headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
      return { status: 200, body, headers: { etag } };
    },
    'actions/cancel-workflow-run': ({ op, params }) => {
      const run = this.runs.find((r) => r.id === Number(params.run_id));
      if (!run) return undefined;
      if (run.status === 'completed')
        return {
          status: 409,
          body: errorBody('Cannot cancel a workflow run that is completed.', op.docsUrl, 409),
        };
      this.cancel(run);
      return { status: 202, body: {} };
    },
    'actions/list-workflow-runs': ({ params, query, ref }) => {
      const workflow = this.workflowOf(params.workflow_id ?? '');
      if (!workflow) return undefined;
      const list = this.runs
        .filter((r) => r.workflow === workflow)
        .filter((r) => !query.status || r.status === query.status || r.conclusion === query.status)
        .reverse();
      return {
        status: 200,
        body: { total_count: list.length, workflow_runs: list.map((r) => this.object(ref, r)) },
      };
    },
  };

  private workflowOf(id: string): string | undefined {
    const names = Object.keys(this.options.workflows);
    return names.find((n, i) => n === id || String(WORKFLOW_ID_BASE + i) === id);
  }

  private dispatch({ op, params, body, ref }: Context): Answer {
    const name = this.workflowOf(params.workflow_id ?? '');
    if (!name) return { status: 404, body: errorBody('Not Found', op.docsUrl, 404) };
    const workflow = parse(this.options.workflows[name]!) as Workflow;
    const request = body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
    const declared = workflow.on?.workflow_dispatch?.inputs;
    if (!workflow.on?.workflow_dispatch)
      return failed(op, "Workflow does not have 'workflow_dispatch' trigger");
    const branch = request.ref.replace(/^refs\/heads\//, '');
    if (!this.options.remote.sha(branch)) return failed(op, `No ref found for: ${request.ref}`);
    const given = Object.fromEntries(Object.entries(request.inputs ?? {}).map(([k, v]) => [k, String(v)]));
    const unexpected = Object.keys(given).filter((k) => !declared || !(k in declared));
    if (unexpected.length > 0) return failed(op, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
    const inputs: Record<string, string> = {};
    for (const [key, spec] of Object.entries(declared ?? {})) {
      const value = given[key] ?? spec.default;
      if (value === undefined && spec.required) return failed(op, `Required input '${key}' not provided`);
      if (value !== undefined) inputs[key] = value;
    }
    const id = nextRunId++;
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const dir = mkdtempSync(path.join(this.options.dir, `runner-${id}-`));
    const run: FleetRun = {
      id,
      workflowId: WORKFLOW_ID_BASE + Object.keys(this.options.workflows).indexOf(name),
      workflow: name,
      inputs,
      displayTitle: evaluate(workflow['run-name'] ?? name, { inputs }),
      ref: branch,
      status: 'queued',
      conclusion: null,
      createdAt: now,
      updatedAt: now,
      dir,
      workspace: path.join(dir, 'work'),
      log: '',
      done: Promise.resolve(),
      times: { dispatched: Date.now() },
    };
    run.done = this.options.holdQueued?.(inputs)
      ? new Promise((resolve) => this.held.set(id, resolve))
      : this.start(run, workflow, ref);
    this.runs.push(run);
    if (!request.return_run_details) return { status: 204 };
    return {
      status: 200,
      body: {
        workflow_run_id: id,
        run_url: `https://api.github.com/repos/${ref.owner}/${ref.repo}/actions/runs/${id}`,
        html_url: `https://github.com/${ref.owner}/${ref.repo}/actions/runs/${id}`,
      },
    };
  }

  private readonly held = new Map<number, () => void>();

  private object(ref: { owner: string; repo: string }, run: FleetRun) {
    return workflowRunObject(this.api, ref, {
      id: run.id,
      workflow_id: run.workflowId,
      status: run.status,
      conclusion: run.conclusion,
      display_title: run.displayTitle,
      event: 'workflow_dispatch',
      head_branch: run.ref,
      created_at: run.createdAt,
      updated_at: run.updatedAt,
    });
  }

  private set(run: FleetRun, status: FleetRun['status'], conclusion: string | null = null): void {
    if (status === 'in_progress') run.times.started = Date.now();
    if (status === 'completed') run.times.completed = Date.now();
    run.status = status;
    run.conclusion = conclusion;
    run.updatedAt = new Date().toISOString();
  }

  /** The runner: a checkout, the main step, the post step. */
  private async start(
    run: FleetRun,
    workflow: Workflow,
    ref: { owner: string; repo: string },
  ): Promise<void> {
    const { remote } = this.options;
    const temp = path.join(run.dir, 'temp');
    const home = path.join(run.dir, 'home');
    mkdirSync(home, { recursive: true });
    try {
      await checkoutLikeActions(remote, { dir: run.workspace, runnerTemp: temp, ref: run.ref });
    } catch (error) {
      run.log += `checkout failed: ${String(error)}\n`;
      this.set(run, 'completed', 'failure');
      return;
    }
    if (this.cancelRequested.has(run.id)) return this.set(run, 'completed', 'cancelled');
    this.set(run, 'in_progress');
    const step = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses && !s.uses.startsWith('actions/'));
    if (!step) throw new Error(`workflow ${run.workflow} has no step that uses the action`);
    const token = `ghs_run_${run.id}`;
    const context = { inputs: run.inputs, secrets: this.options.secrets ?? {}, token };
    const inputs: Record<string, string> = {};
    const actionInputs = (parse(this.options.actionYml) as { inputs: Record<string, { default?: string }> })
      .inputs;
    for (const [name, spec] of Object.entries(actionInputs))
      if (spec.default !== undefined) inputs[name] = evaluate(String(spec.default), context);
    for (const [name, value] of Object.entries(step.with ?? {}))
      inputs[name] = evaluate(String(value), context);
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v), context)]),
    );
    const files = {
      event: path.join(temp, '_github_workflow', 'event.json'),
      output: path.join(temp, '_runner_file_commands', 'output'),
      state: path.join(temp, '_runner_file_commands', 'state'),
      summary: path.join(temp, '_runner_file_commands', 'summary'),
    };
    mkdirSync(path.dirname(files.event), { recursive: true });
    mkdirSync(path.dirname(files.output), { recursive: true });
    for (const f of [files.output, files.state, files.summary]) writeFileSync(f, '');
    // GitHub's own payload of a dispatch (@octokit/webhooks-examples), with this dispatch's values.
    const example = workflowDispatch(run.inputs);
    writeFileSync(
      files.event,
      JSON.stringify({
        ...example,
        inputs: run.inputs,
        ref: `refs/heads/${run.ref}`,
        workflow: `.github/workflows/${run.workflow}`,
      }),
    );
    const env: NodeJS.ProcessEnv = {
      ...this.options.machineEnv,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...stepEnv,
      HOME: home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: `${ref.owner}/${ref.repo}`,
      GITHUB_REPOSITORY_OWNER: ref.owner,
      GITHUB_RUN_ID: String(run.id),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REF: `refs/heads/${run.ref}`,
      GITHUB_REF_NAME: run.ref,
      GITHUB_SHA: remote.sha(run.ref),
      GITHUB_WORKFLOW: run.workflow,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: this.apiUrl(),
      GITHUB_WORKSPACE: run.workspace,
      RUNNER_TEMP: temp,
      ORCH_WORKSPACE: path.join(temp, 'orchestrate'),
    };
    const main = await this.step(run, env);
    run.exitCode = main;
    // The post step, with what the main step saved (the runner hands it over as STATE_*).
    const state = parseCommandFile(readFileSync(files.state, 'utf8'));
    await this.step(run, {
      ...env,
      ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])),
    });
    const conclusion = this.cancelRequested.has(run.id) ? 'cancelled' : main === 0 ? 'success' : 'failure';
    this.set(run, 'completed', conclusion);
  }

  private step(run: FleetRun, env: NodeJS.ProcessEnv): Promise<number | null> {
    return new Promise((resolve) => {
      const logFile = path.join(run.dir, 'log.txt');
      const fd = openSync(logFile, 'a');
      const child = spawn(process.execPath, [this.options.bundle], {
        cwd: run.workspace,
        env,
        detached: true,
        stdio: ['ignore', fd, fd],
      });
      closeSync(fd);
      run.pid ??= child.pid;
      this.children.set(run.id, child);
      child.on('close', (code) => {
        this.children.delete(run.id);
        run.log = readFileSync(logFile, 'utf8');
        resolve(code);
      });
    });
  }

  private cancel(run: FleetRun): void {
    this.cancelRequested.add(run.id);
    const held = this.held.get(run.id);
    if (held) {
      this.held.delete(run.id);
      this.set(run, 'completed', 'cancelled');
      held();
      return;
    }
    const child = this.children.get(run.id);
    if (!child?.pid) return;
    const group = child.pid;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-group, name);
      } catch {
        // Gone already.
      }
    };
    signal('SIGINT');
    setTimeout(() => signal('SIGTERM'), 2_500).unref();
    setTimeout(() => signal('SIGKILL'), 5_000).unref();
  }

  /** Kills every run still going and removes the runners. */
  async close(): Promise<void> {
    for (const run of this.runs) if (run.status !== 'completed') this.cancel(run);
    for (const child of this.children.values()) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    await Promise.race([this.settled(), new Promise((r) => setTimeout(r, 10_000))]);
    for (const run of this.runs) rmSync(run.dir, { recursive: true, force: true });
  }
}

function failed(op: Context['op'], message: string): Answer {
  return { status: 422, body: errorBody(message, op.docsUrl, 422) };
}

/**
 * The few workflow expressions the example workflows use: `${{ inputs.X }}`, `${{ github.event.inputs.X }}`,
 * `${{ secrets.X }}` and `${{ github.token }}`. Anything else is refused, so a test notices an example that
 * this fleet would run differently from GitHub.
 */
export function evaluate(
  text: string,
  context: { inputs: Record<string, string>; secrets?: Record<string, string>; token?: string },
): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const input = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(expression);
    if (input) return context.inputs[input[1]!] ?? '';
    const secret = /^secrets\.(\w+)$/.exec(expression);
    if (secret) return context.secrets?.[secret[1]!] ?? '';
    if (expression === 'github.token') return context.token ?? '';
    throw new Error(`the fake runner cannot evaluate \${{ ${expression} }}`);
  });
}
