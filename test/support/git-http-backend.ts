/**
 * Runs `git http-backend`, git's own smart-HTTP server program, for one request, as a web server runs a CGI
 * program: the request's method, path, query and headers as environment variables, its body on stdin, and
 * the program's CGI headers (`Status:` among them) turned into the HTTP answer. Used by git-remote.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface BackendRequest {
  /** GIT_PROJECT_ROOT: the directory the repositories are in. */
  projectRoot: string;
  /** PATH_INFO: `/<owner>/<repo>.git/info/refs`, `/…/git-upload-pack`, `/…/git-receive-pack`. */
  pathInfo: string;
  /** QUERY_STRING, without `?`. */
  query: string;
  /** The program's base environment (PATH, HOME, …). */
  env: Record<string, string>;
  /** Called with the HTTP status once the answer is complete. */
  done: (status: number) => void;
}

export function gitHttpBackend(
  req: IncomingMessage,
  res: ServerResponse,
  request: BackendRequest,
): ChildProcess {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  };
  const child = spawn('git', ['http-backend'], {
    env: {
      ...request.env,
      GIT_PROJECT_ROOT: request.projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: request.pathInfo,
      QUERY_STRING: request.query,
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: header('content-type'),
      // Without CONTENT_LENGTH (a chunked request) the backend reads the body to its end.
      ...(req.headers['content-length'] ? { CONTENT_LENGTH: header('content-length') } : {}),
      HTTP_CONTENT_ENCODING: header('content-encoding'),
      HTTP_GIT_PROTOCOL: header('git-protocol'),
      // The backend enables receive-pack (push) only for an authenticated user; the caller checked the token.
      REMOTE_USER: 'x-access-token',
      REMOTE_ADDR: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  req.pipe(child.stdin);
  child.stdin.on('error', () => undefined); // the backend may answer before it has read the whole body
  let head = Buffer.alloc(0);
  let status = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    if (status) return void res.write(chunk);
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
    status = Number(/^\d+/.exec(headers.status ?? '')?.[0] ?? 200);
    delete headers.status;
    res.writeHead(status, headers);
    res.write(head.subarray(end + 4));
  });
  child.on('close', () => {
    if (!status) {
      status = 500;
      res.writeHead(500, { 'content-type': 'text/plain' });
    }
    res.end();
    request.done(status);
  });
  return child;
}
