// The browser host: the built renderer and the same core, on loopback, for development and
// the end-to-end tests. `window.hamyar.invoke` becomes `POST /api/invoke` with JSON
// {"channel", "input"} and the session token as `Authorization: Bearer`; the answer is the
// same envelope the IPC door returns.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createCore, type Core } from '../core/core.ts';
import { translateError } from '../../shared/i18n/translate.ts';
import type { Envelope, ErrorCode, ErrorPayload } from '../../shared/errors.ts';
import { SECURITY_HEADERS, hostAllowed } from './security.ts';
import { serveStatic } from './static.ts';
import { createChromiumPrinter } from './chromiumPrinter.ts';

const MAX_BODY_BYTES = 1024 * 1024 * 1024; // room for a restored backup sent as base64

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  BAD_FILE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_CHANNEL: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  NEWER_DATABASE: 409,
  INTERNAL: 500,
};

export interface WebHostOptions {
  dataDir: string;
  rendererDir: string;
  port?: number;
  /** Only loopback addresses are accepted. */
  host?: '127.0.0.1' | 'localhost' | '::1';
}

export interface WebHost {
  url: string;
  port: number;
  core: Core;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(json);
}

function requestError(code: ErrorCode, key: string, params?: Record<string, string>): Envelope<never> {
  const error: ErrorPayload = { code, key, message: translateError(key, params) };
  if (params) error.params = params;
  return { ok: false, error };
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleInvoke(core: Core, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (body === null) return send(res, 413, requestError('BAD_REQUEST', 'request.tooLarge'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return send(res, 400, requestError('BAD_REQUEST', 'request.badJson'));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof (parsed as { channel?: unknown }).channel !== 'string') {
    return send(res, 400, requestError('BAD_REQUEST', 'request.badShape'));
  }
  const { channel, input } = parsed as { channel: string; input?: unknown };
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : null;
  const envelope = await core.dispatcher.invoke(channel, input, token);
  send(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const host = opts.host ?? '127.0.0.1';
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) throw new Error('the browser host binds to loopback only');
  // Receipts and reports print through Debian's Chromium, started on the first print.
  const printer = createChromiumPrinter();
  const core = await createCore({ dataDir: opts.dataDir, printer });
  let port = opts.port ?? 5317;

  const server = createServer((req, res) => {
    if (!hostAllowed(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Misdirected request');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, requestError('BAD_REQUEST', 'request.badShape'));
      handleInvoke(core, req, res).catch(() => send(res, 500, requestError('INTERNAL', 'internal')));
      return;
    }
    if (path?.startsWith('/api/')) return send(res, 404, requestError('BAD_REQUEST', 'request.notFound'));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, requestError('BAD_REQUEST', 'request.badShape'));
    serveStatic(opts.rendererDir, req.url ?? '/', res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  if (address && typeof address === 'object') port = address.port;
  const shownHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    core,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          core.close();
          printer.close().finally(resolve);
        });
      }),
  };
}
