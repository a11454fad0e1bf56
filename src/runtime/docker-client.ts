/**
 * The Docker engine calls the docker runtime makes, behind one small class over a Dockerode instance (as in
 * testcontainers-node): every call is logged, a failure is logged and rethrown, and exec output is split into
 * stdout and stderr with the modem's demuxer, the exit code read from the exec afterwards.
 */
import { PassThrough, type Duplex } from 'node:stream';
import { finished } from 'node:stream/promises';
import type Dockerode from 'dockerode';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { BoundedOutput } from './bounded-output.js';
import type { CommandOutcome, OutputListener } from './types.js';

export interface ExecCommand {
  cmd: string[];
  env?: string[];
  user?: string;
  workdir?: string;
  /** Names the exec in logs (the whole Cmd would be the runner's source). */
  label: string;
}

/** Docker's answer for something already gone (or, for stop, already stopped). */
function statusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

export class DockerClient {
  constructor(
    readonly docker: Dockerode,
    private readonly logger: Logger,
  ) {}

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    this.logger.debug(`docker: ${what}`);
    try {
      return await fn();
    } catch (error) {
      this.logger.debug(`docker: ${what} failed: ${errorMessage(error)}`);
      throw error;
    }
  }

  /** Rejects when the engine does not answer within `timeoutMs`. */
  ping(timeoutMs: number): Promise<unknown> {
    return this.call('ping', () => {
      const signal = AbortSignal.timeout(timeoutMs);
      return Promise.race([
        // The typings lack ping's options; Dockerode passes abortSignal on to the request.
        (this.docker.ping as (opts: { abortSignal: AbortSignal }) => Promise<unknown>).call(this.docker, {
          abortSignal: signal,
        }),
        new Promise((_, reject) =>
          signal.addEventListener('abort', () => reject(new Error(`no answer in ${timeoutMs} ms`)), {
            once: true,
          }),
        ),
      ]);
    });
  }

  createContainer(options: Dockerode.ContainerCreateOptions): Promise<Dockerode.Container> {
    return this.call(`create container ${options.name} from ${options.Image}`, () =>
      this.docker.createContainer(options),
    );
  }

  start(container: Dockerode.Container, name: string): Promise<unknown> {
    return this.call(`start ${name}`, () => container.start());
  }

  inspect(container: Dockerode.Container, name: string): Promise<Dockerode.ContainerInspectInfo> {
    return this.call(`inspect ${name}`, () => container.inspect());
  }

  /** Stops (SIGTERM, then SIGKILL after `seconds`) and removes; a container already gone is fine. */
  async stopAndRemove(container: Dockerode.Container, name: string, seconds: number): Promise<void> {
    try {
      await this.call(`stop ${name} (t=${seconds})`, () => container.stop({ t: seconds }));
    } catch (error) {
      // 304: not running; 404: gone. Anything else: the forced remove below still ends it.
      if (statusCode(error) !== 304 && statusCode(error) !== 404)
        this.logger.warn(`stopping ${name}: ${errorMessage(error)}`);
    }
    await this.remove(container, name);
  }

  /** Kills and removes at once (docker rm -f); a container already gone is fine. */
  async remove(container: Dockerode.Container, name: string): Promise<void> {
    try {
      await this.call(`remove ${name}`, () => container.remove({ force: true, v: true }));
    } catch (error) {
      // 404: gone; 409: removal already in progress (another path got there first).
      if (statusCode(error) === 404 || statusCode(error) === 409) return;
      this.logger.warn(`removing ${name}: ${errorMessage(error)}`);
      throw error;
    }
  }

  /** The last lines of the container's output, for error messages. Never throws. */
  async logsTail(container: Dockerode.Container, lines = 20): Promise<string> {
    try {
      const raw = await container.logs({ stdout: true, stderr: true, tail: lines, follow: false });
      return demuxBuffer(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw))).trim();
    } catch (error) {
      return `(no logs: ${errorMessage(error)})`;
    }
  }

  /**
   * Runs a command in the container to its end and returns its output and exit code (null when the exec
   * vanished with its container). Output streams to `onOutput` as it comes, decoded as UTF-8 across chunks.
   */
  async exec(
    container: Dockerode.Container,
    name: string,
    command: ExecCommand,
    onOutput?: OutputListener,
  ): Promise<CommandOutcome> {
    const what = `exec ${command.label} in ${name}${command.user ? ` as ${command.user}` : ''}`;
    const exec = await this.call(what, () =>
      container.exec({
        Cmd: command.cmd,
        Env: command.env,
        User: command.user,
        WorkingDir: command.workdir,
        AttachStdin: false,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
      }),
    );
    const stream: Duplex = await this.call(`start ${what}`, () => exec.start({ hijack: true, stdin: false }));
    // Memory keeps a bounded part of each stream; all of it streams to the listener (the worker's log).
    const out = { stdout: new BoundedOutput(), stderr: new BoundedOutput() };
    const sink = (key: 'stdout' | 'stderr') => {
      const pass = new PassThrough();
      pass.setEncoding('utf8');
      pass.on('data', (chunk: string) => {
        out[key].push(chunk);
        onOutput?.(key, chunk);
      });
      return pass;
    };
    const stdout = sink('stdout');
    const stderr = sink('stderr');
    (this.docker.modem as { demuxStream: (s: Duplex, o: PassThrough, e: PassThrough) => void }).demuxStream(
      stream,
      stdout,
      stderr,
    );
    await new Promise<void>((resolve) => {
      // A killed container ends the hijacked connection with 'close' and sometimes an error, not 'end'.
      stream.once('end', resolve);
      stream.once('close', resolve);
      stream.once('error', (error) => {
        this.logger.debug(`docker: ${what}: stream error ${errorMessage(error)}`);
        resolve();
      });
    });
    stream.destroy();
    stdout.end();
    stderr.end();
    await Promise.all([finished(stdout), finished(stderr)]);
    return {
      exitCode: await this.exitCode(exec, what),
      stdout: out.stdout.text(),
      stderr: out.stderr.text(),
    };
  }

  private async exitCode(exec: Dockerode.Exec, what: string): Promise<number | null> {
    // The stream can end a moment before the engine records the exit.
    for (let attempt = 0; attempt < 50; attempt++) {
      let info: Dockerode.ExecInspectInfo;
      try {
        info = await exec.inspect();
      } catch (error) {
        this.logger.debug(`docker: inspect ${what}: ${errorMessage(error)}`);
        return null;
      }
      if (!info.Running) return info.ExitCode ?? null;
      await new Promise((r) => setTimeout(r, 20));
    }
    this.logger.debug(`docker: ${what}: still running after its output ended`);
    return null;
  }
}

/** Splits a multiplexed (non-TTY) log buffer into text, stdout and stderr interleaved as written. */
export function demuxBuffer(buffer: Buffer): string {
  let text = '';
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const type = buffer.readUInt8(offset);
    const length = buffer.readUInt32BE(offset + 4);
    if (type > 2) return text + buffer.subarray(offset).toString('utf8');
    text += buffer.subarray(offset + 8, offset + 8 + length).toString('utf8');
    offset += 8 + length;
  }
  return text;
}
