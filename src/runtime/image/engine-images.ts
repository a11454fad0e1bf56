/**
 * The Docker engine's image calls the resolver makes: inspect, pull and build, over Dockerode. Pull and build
 * answer with a stream of JSON lines in which a failure is a line (`{"error": …}`) and not an HTTP status,
 * so both are read to their end here and such a line becomes the thrown error.
 */
import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import { errorMessage } from '../../util/errors.js';

export interface ImageFacts {
  id: string;
  labels: Record<string, string>;
  /** Bytes, as the engine counts them. */
  size: number;
}

/** Docker's answer for an image that is not here. */
function isNotFound(error: unknown): boolean {
  return (error as { statusCode?: unknown } | null)?.statusCode === 404;
}

/** The image's id and labels; undefined when the engine has no image of that name. */
export async function inspectImage(docker: Dockerode, ref: string): Promise<ImageFacts | undefined> {
  try {
    const info = await docker.getImage(ref).inspect();
    return { id: info.Id, labels: info.Config?.Labels ?? {}, size: info.Size };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

interface ProgressLine {
  stream?: string;
  status?: string;
  error?: string;
  errorDetail?: { message?: string };
  aux?: { ID?: string };
}

/**
 * Reads a progress stream to its end; rejects with the first error line (or the stream's own error, an
 * abort included), else resolves with every line.
 */
function readProgress(stream: Readable, onLine?: (line: ProgressLine) => void): Promise<ProgressLine[]> {
  return new Promise((resolve, reject) => {
    const lines: ProgressLine[] = [];
    let buffer = '';
    let failed: Error | undefined;
    const take = (text: string) => {
      if (!text.trim()) return;
      let line: ProgressLine;
      try {
        line = JSON.parse(text) as ProgressLine;
      } catch {
        line = { stream: text };
      }
      lines.push(line);
      if (!failed && (line.error || line.errorDetail?.message))
        failed = new Error((line.errorDetail?.message ?? line.error ?? '').trim());
      onLine?.(line);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      parts.forEach(take);
    });
    stream.once('error', (error) => reject(failed ?? error));
    stream.once('end', () => {
      take(buffer);
      if (failed) reject(failed);
      else resolve(lines);
    });
  });
}

/** The engine's own words: Dockerode prefixes them with `(HTTP code 500) server error - `. */
function engineMessage(error: unknown): string {
  return errorMessage(error)
    .replace(/^\(HTTP code \d+\) [^-]*- /, '')
    .trim();
}

/** A signal that aborts after `ms`, saying so (an AbortSignal.timeout's own reason names no time). */
function deadline(ms: number, what: string): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`${what}: no result in ${ms / 1000} s`)), ms);
  timer.unref();
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** Pulls `ref` (anonymous: public images). Rejects with the registry's or the engine's reason. */
export async function pullImage(docker: Dockerode, ref: string, timeoutMs: number): Promise<void> {
  const limit = deadline(timeoutMs, `pulling ${ref}`);
  try {
    const stream = (await docker.pull(ref, { abortSignal: limit.signal })) as Readable;
    await readProgress(stream);
  } catch (error) {
    throw new Error(limit.signal.aborted ? errorMessage(limit.signal.reason) : engineMessage(error));
  } finally {
    limit.clear();
  }
}

export interface BuildRequest {
  /** The build context: a directory and the files of it to send (relative paths). */
  context: string;
  files: string[];
  /** The Dockerfile's path inside the context. */
  dockerfile: string;
  tag: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  /** Build every step again (benchmarks measure a cold build). */
  noCache?: boolean;
  timeoutMs: number;
  /** Each line of the build's output, as it comes. */
  onOutput?: (line: string) => void;
}

/**
 * Builds with the engine's classic builder (the Dockerfile needs nothing of BuildKit, and the builder is the
 * same on every engine); resolves with the new image's id.
 */
export async function buildImage(docker: Dockerode, request: BuildRequest): Promise<string> {
  const limit = deadline(request.timeoutMs, `building ${request.tag}`);
  try {
    const stream = (await docker.buildImage({ context: request.context, src: request.files }, {
      t: request.tag,
      dockerfile: request.dockerfile,
      buildargs: request.buildArgs,
      labels: request.labels,
      nocache: request.noCache ?? false,
      rm: true,
      forcerm: true,
      abortSignal: limit.signal,
    } as Dockerode.ImageBuildOptions)) as Readable;
    let id: string | undefined;
    await readProgress(stream, (line) => {
      if (line.aux?.ID) id = line.aux.ID;
      const text = line.stream ?? line.status;
      if (text?.trim()) for (const one of text.trimEnd().split('\n')) request.onOutput?.(one);
    });
    const built = await inspectImage(docker, request.tag);
    if (!built) throw new Error(`the engine reported success but has no image ${request.tag}`);
    return id ?? built.id;
  } catch (error) {
    throw new Error(limit.signal.aborted ? errorMessage(limit.signal.reason) : engineMessage(error));
  } finally {
    limit.clear();
  }
}
