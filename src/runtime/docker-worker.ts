/**
 * One docker worker: a container from the worker image whose entry point holds the tmux session
 * `omo-worker-<domain>`; each subtask runs in a window of that session through the tmux runner, started with
 * `docker exec`, so `orchestrate attach` shows the agent live while the run gets exact output and exit codes.
 *
 * A timeout or a cancellation removes the container (nothing the command started can outlive it); the next
 * subtask of the worker then gets a fresh container under the same name.
 */
import { resolve } from 'node:path';
import type Dockerode from 'dockerode';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import type { DockerClient } from './docker-client.js';
import {
  containerEnv,
  containerName,
  containerOptions,
  envList,
  parentsToOpen,
  sessionName,
  workerLogFile,
  workerMounts,
  type DockerSettings,
} from './docker-container.js';
import type { WorkdirOwnership } from './docker-ownership.js';
import { BoundedOutput } from './bounded-output.js';
import { startContainerService } from './docker-service.js';
import { TMUX_RUNNER } from './tmux-runner.js';
import { WorkerLog } from './worker-log.js';
import type {
  CommandOutcome,
  OutputListener,
  ServiceCommand,
  Worker,
  WorkerCommand,
  WorkerService,
  WorkerSpec,
} from './types.js';

/**
 * Waits (5 s at most) for the entry point's tmux session, then prints each mount the worker's user cannot use
 * (`w:` ones must be writable). One exec instead of one per poll keeps start-up short.
 */
const READY_SCRIPT = `
session=$1; shift
i=0
until tmux has-session -t "=$session" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge 500 ]; then echo "tmux session $session did not start within 5 s" >&2; exit 1; fi
  sleep 0.01
done
for a; do
  p=\${a#?:}
  case $a in
    w:*) { [ -w "$p" ] && [ -x "$p" ]; } || echo "$p" ;;
    *) { [ -r "$p" ] && [ -x "$p" ]; } || echo "$p" ;;
  esac
done
`;

/** A private state directory for the runner (mode 700 from mktemp), removed after the command. */
const RUN_WRAPPER = `state=$(mktemp -d /tmp/omo-run.XXXXXX) || exit 125
bash -c "$1" omo-tmux-run "$2" "$3" "$4" "$state"
rc=$?
rm -rf "$state"
exit "$rc"`;

export interface DockerWorkerDeps {
  client: DockerClient;
  settings: DockerSettings;
  /** Set on root hosts (see docker-ownership.ts). */
  ownership?: WorkdirOwnership;
  logger: Logger;
  labels: Record<string, string>;
  onStop: () => void;
}

export class DockerWorker implements Worker {
  readonly containerName: string;
  private readonly session: string;
  private readonly user: string;
  private readonly workdir: string;
  private readonly log: WorkerLog;
  private container?: Dockerode.Container;
  private starting?: Promise<Dockerode.Container>;
  private removing?: Promise<void>;
  private stopping?: Promise<void>;
  /** Host directories handed to the worker's user while it lives (root hosts only). */
  private leased: string[] = [];
  private readonly running = new Set<AbortController>();

  constructor(
    readonly spec: WorkerSpec,
    private readonly deps: DockerWorkerDeps,
  ) {
    this.containerName = containerName(spec);
    this.session = sessionName(spec);
    this.user = `${deps.settings.uid}:${deps.settings.gid}`;
    this.workdir = resolve(spec.workdir);
    this.log = new WorkerLog(workerLogFile(spec));
  }

  /** Creates the container and waits until its tmux session is up. */
  async start(): Promise<void> {
    this.appendLog(
      `worker ${this.spec.name} of plan ${this.spec.planId} (depth ${this.spec.depth}), container ${this.containerName}\n`,
    );
    await this.ensureContainer();
  }

  private ensureContainer(): Promise<Dockerode.Container> {
    if (this.container) return Promise.resolve(this.container);
    this.starting ??= this.createContainer().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async createContainer(): Promise<Dockerode.Container> {
    if (this.stopping) throw new Error(`worker ${this.spec.name} is stopped`);
    // The container a timeout removed must be gone before its name is used again.
    await this.removing;
    const { ownership } = this.deps;
    if (ownership && this.leased.length === 0) {
      // The run files too: under a umask of 077 the worker's user could not read its prompts.
      for (const dir of [this.workdir, resolve(this.spec.runDir)]) {
        ownership.acquire(dir);
        this.leased.push(dir);
      }
    }
    const { client } = this.deps;
    const container = await client.createContainer(
      containerOptions(this.spec, this.deps.settings, this.deps.labels),
    );
    try {
      await client.start(container, this.containerName);
      await this.waitReady(container);
    } catch (error) {
      // Never leave a half-started container behind; its last output says why it failed.
      const logs = await client.logsTail(container);
      await client.remove(container, this.containerName).catch(() => undefined);
      throw new Error(
        `worker container ${this.containerName} did not become ready: ${errorMessage(error)}` +
          (logs ? `\ncontainer output:\n${logs}` : ''),
      );
    }
    this.container = container;
    return container;
  }

  /** Resolves once the container's tmux session is up and the worker's user can use the mounts. */
  private async waitReady(container: Dockerode.Container): Promise<void> {
    const mounts = workerMounts(this.spec);
    const check = async () => {
      const checks = mounts.map((m) => `${m.readOnly ? 'r' : 'w'}:${m.target}`);
      const ready = await this.exec(container, [
        'bash',
        '-c',
        READY_SCRIPT,
        'omo-ready',
        this.session,
        ...checks,
      ]);
      if (ready.exitCode !== 0)
        throw new Error(ready.stderr.trim() || `readiness check exited with ${ready.exitCode}`);
      return ready.stdout.split('\n').filter((line) => line !== '');
    };
    if ((await check()).length === 0) return;
    // Docker creates missing parents of a mount point, but a parent the image has (e.g. /root, mode 700)
    // keeps its mode: open those for traversal. Root in the container owns them, so no capability is needed.
    const parents = parentsToOpen(mounts);
    if (parents.length > 0)
      await this.exec(
        container,
        ['sh', '-c', 'chmod o+x -- "$@" 2>/dev/null; exit 0', 'omo-open', ...parents],
        '0:0',
      );
    const blocked = await check();
    if (blocked.length > 0)
      throw new Error(`inside the container, user ${this.user} cannot use ${blocked.join(', ')}`);
  }

  private exec(container: Dockerode.Container, cmd: string[], user = this.user): Promise<CommandOutcome> {
    return this.deps.client.exec(container, this.containerName, { cmd, user, label: cmd[3] ?? cmd[0]! });
  }

  async run(command: WorkerCommand, signal: AbortSignal, onOutput?: OutputListener): Promise<CommandOutcome> {
    if (this.stopping) throw new Error(`worker ${this.spec.name} is stopped`);
    if (signal.aborted) return { exitCode: null, stdout: '', stderr: '' };
    const container = await this.ensureContainer();
    // Stopped or cancelled while a container was being made: there is nothing to run any more.
    if (this.stopping || signal.aborted) return { exitCode: null, stdout: '', stderr: '' };
    for (const dir of this.leased) this.deps.ownership?.claim(dir);

    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    signal.addEventListener('abort', forward, { once: true });
    if (signal.aborted) forward();
    this.running.add(controller);
    // What arrived before an abort is the outcome then; the exec's own capture is used otherwise.
    const seen = { stdout: new BoundedOutput(), stderr: new BoundedOutput() };
    let settled = false;
    const listener: OutputListener = (stream, chunk) => {
      if (settled) return;
      seen[stream].push(chunk);
      this.appendLog(chunk);
      onOutput?.(stream, chunk);
    };
    const env = containerEnv({ ...this.spec.env, ...command.env });
    env.ORCH_RUN_SCRIPT = command.script;
    const execution = this.deps.client.exec(
      container,
      this.containerName,
      {
        cmd: ['bash', '-c', RUN_WRAPPER, 'omo-run', TMUX_RUNNER, this.session, command.taskId, this.workdir],
        env: envList(env),
        user: this.user,
        workdir: this.workdir,
        label: `task ${command.taskId}`,
      },
      listener,
    );
    const aborted = new Promise<'aborted'>((resolve) => {
      if (controller.signal.aborted) resolve('aborted');
      controller.signal.addEventListener('abort', () => resolve('aborted'), { once: true });
    });
    try {
      const first = await Promise.race([execution, aborted]);
      if (first === 'aborted') {
        execution.catch(() => undefined);
        const reason = errorMessage(controller.signal.reason);
        await this.kill(`task ${command.taskId}: ${reason}`);
        settled = true;
        this.appendLog(`[${command.taskId}] stopped (${reason}); container removed\n`);
        return { exitCode: null, stdout: seen.stdout.text(), stderr: seen.stderr.text() };
      }
      settled = true;
      this.appendLog(`[${command.taskId}] exit ${first.exitCode}\n`);
      // No exit code, or a signal's: maybe the container went away under the command (kill-all, an engine
      // restart); then the next subtask needs a new one.
      if ((first.exitCode === null || first.exitCode >= 128) && !(await this.alive(container)))
        await this.kill(`task ${command.taskId} lost its container`);
      return { exitCode: first.exitCode, stdout: first.stdout, stderr: first.stderr };
    } catch (error) {
      settled = true;
      await this.kill(`task ${command.taskId}: exec failed`).catch(() => undefined);
      throw new Error(`running ${command.taskId} in container ${this.containerName}: ${errorMessage(error)}`);
    } finally {
      signal.removeEventListener('abort', forward);
      this.running.delete(controller);
    }
  }

  /** A service in the worker's container (docker-service.ts); it ends with the container at the latest. */
  async startService(service: ServiceCommand): Promise<WorkerService> {
    if (this.stopping) throw new Error(`worker ${this.spec.name} is stopped`);
    const container = await this.ensureContainer();
    for (const dir of this.leased) this.deps.ownership?.claim(dir);
    return startContainerService(
      {
        client: this.deps.client,
        container,
        containerName: this.containerName,
        user: this.user,
        workdir: this.workdir,
        env: this.spec.env,
        network: this.deps.settings.network,
        log: (text) => this.appendLog(text),
      },
      service,
    );
  }

  private async alive(container: Dockerode.Container): Promise<boolean> {
    try {
      return (await this.deps.client.inspect(container, this.containerName)).State.Running;
    } catch {
      return false;
    }
  }

  /** Removes the container at once; the next run() creates a new one. */
  private kill(reason: string): Promise<void> {
    const container = this.container;
    if (!container) return this.removing ?? Promise.resolve();
    this.container = undefined;
    this.deps.logger.debug(`removing container ${this.containerName} (${reason})`);
    const removing = this.deps.client.remove(container, this.containerName);
    // Whoever waits for the name to be free must not fail with this removal's error.
    const tracked: Promise<void> = removing
      .catch(() => undefined)
      .then(() => {
        if (this.removing === tracked) this.removing = undefined;
      });
    this.removing = tracked;
    return removing;
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const c of this.running) c.abort(new Error('worker stopped'));
      try {
        await this.starting?.catch(() => undefined);
        const container = this.container;
        this.container = undefined;
        if (container) await this.deps.client.stopAndRemove(container, this.containerName, 2);
        await this.removing;
      } finally {
        for (const dir of this.leased) this.deps.ownership?.release(dir);
        this.leased = [];
        await this.log.close();
        this.deps.onStop();
      }
    })();
    return this.stopping;
  }

  private appendLog(text: string): void {
    this.log.write(text);
  }
}
