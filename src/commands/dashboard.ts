import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { describeRedis, QUEUE_NAME, type QueueConfig, redisOptions } from '../queue/config.js';
import { DEFAULT_DASHBOARD_HOST, DEFAULT_DASHBOARD_PORT, isLoopback } from './dashboard-host.js';

export interface DashboardOptions {
  readonly queue: QueueConfig;
  /** Address to listen on: 127.0.0.1 unless said otherwise. */
  readonly host?: string;
  /** Port (default 3000); 0 picks a free one, which `url` then names. */
  readonly port?: number;
  /**
   * No retry, clean, promote, pause or empty from the board (default true). Even with
   * `readOnly: false` the board never adds jobs or edits a job's data (see `blockedRoutes`).
   */
  readonly readOnly?: boolean;
  /**
   * Listen on an address other than loopback. Off by default and refused without it: the board
   * has no login of its own, and inside a Trusted Research Environment anyone who can reach the
   * port would see batch ids, counts and failure reasons (and, when not read-only, could retry or
   * delete jobs). Reach it through an SSH tunnel (`ssh -L 3000:127.0.0.1:3000 host`) instead, or
   * pass this only behind the TRE's own authenticating proxy.
   */
  readonly allowRemote?: boolean;
  /** How long to wait for Redis before giving up (default 10 s). */
  readonly connectTimeoutMs?: number;
  readonly log: Logger;
}

export interface Dashboard {
  /** Where the board answers, with the port actually bound (`http://127.0.0.1:3000/`). */
  readonly url: string;
  /** Closes the HTTP server (open browser connections too) and the queue's Redis connections. */
  close(): Promise<void>;
}

export { DEFAULT_DASHBOARD_HOST, DEFAULT_DASHBOARD_PORT, isLoopback } from './dashboard-host.js';

/** The host part of a Host header (`[::1]:3000`, `localhost:3000`, `127.0.0.1`). */
function hostOfHeader(header: string | undefined): string {
  if (!header) return '';
  const bracketed = /^\[([^\]]+)\]/.exec(header);
  if (bracketed) return bracketed[1]!;
  return header.replace(/:\d+$/, '');
}

/**
 * Job payloads hold whole notes (text, person ids), so the board shows a summary of each job's
 * data instead: batch, chunk number and how many notes. bull-board 9 formats `data`,
 * `returnValue`, `name` and `progress` through `setFormatter`; what it shows unformatted are the
 * job options (ids, attempts, backoff) and a failed job's `failedReason` and stack trace, which
 * are the error messages `emrx worker` already logs (sink errors; extraction failures are
 * described without the note, see `describeFailure`).
 */
export function summarizeJobData(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null) return { hidden: typeof data };
  const job = data as Record<string, unknown>;
  return {
    ...(typeof job.batchId === 'string' ? { batchId: job.batchId } : {}),
    ...(typeof job.chunk === 'number' ? { chunk: job.chunk } : {}),
    notes: Array.isArray(job.notes) ? job.notes.length : 'hidden',
  };
}

/** A chunk job returns `{ notes, failed }` counts; anything else is not shown. */
export function summarizeReturnValue(value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') return { hidden: typeof value };
  const result = value as Record<string, unknown>;
  const counts: Record<string, number> = {};
  for (const key of ['notes', 'failed'])
    if (typeof result[key] === 'number') counts[key] = result[key] as number;
  return counts;
}

/**
 * API routes the board never serves, read-only or not: adding a job and editing a job's data.
 * The UI fills its editor with the (summarized) data it was shown, so saving would replace a
 * chunk's notes with the summary; and enqueueing belongs to `emrx enqueue`, which validates.
 */
const blockedRoutes = new Set([
  '/api/queues/:queueName/add',
  '/api/queues/:queueName/:jobId/update-data',
]);

/** Security headers on every response. The CSP keeps the browser from fetching anything off-host. */
const securityHeaders: ReadonlyArray<readonly [string, string]> = [
  [
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
      "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; " +
      "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  ],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cache-Control', 'no-store'],
];

/** `<link href="https://…">` / `<script src="//…">` tags: the UI page must not load from the internet. */
const REMOTE_ASSET =
  /<(?:link|script)\b[^>]*\b(?:href|src)\s*=\s*["'](?:https?:)?\/\/[^"']*["'][^>]*>(?:\s*<\/script>)?/gi;

type RenderCallback = (error: Error | null, html?: string) => void;
type ViewEngine = (path: string, options: object, callback: RenderCallback) => void;

/**
 * bull-board 9.10's index page links Google Fonts (fonts.googleapis.com); everything else (the
 * scripts, styles, locales, images) it serves itself from @bull-board/ui/dist/static. A TRE has
 * no route out, and a page should not try one: the rendered page has remote `<link>`/`<script>`
 * tags removed (the UI falls back to system fonts), and the CSP above blocks any that remain.
 */
function dropRemoteAssets(app: {
  engines?: Record<string, ViewEngine>;
  engine(ext: string, fn: ViewEngine): unknown;
}): void {
  const render = app.engines?.['.ejs'];
  if (!render) return;
  app.engine('ejs', (path, options, callback) =>
    render(path, options, (error, html) =>
      callback(error, html === undefined ? html : html.replace(REMOTE_ASSET, '')),
    ),
  );
}

function listen(
  server: ReturnType<typeof createServer>,
  port: number,
  host: string,
): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * bull-board (https://github.com/felixmosh/bull-board) for the `emrx-notes` queue: job counts per
 * state, jobs with their batch, chunk and note count, failure reasons, workers, Redis memory.
 * Read-only by default; never shows a note's text.
 */
export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const { log } = options;
  const host = options.host ?? DEFAULT_DASHBOARD_HOST;
  const port = options.port ?? DEFAULT_DASHBOARD_PORT;
  const readOnly = options.readOnly ?? true;
  const allowRemote = options.allowRemote ?? false;
  if (!allowRemote && !isLoopback(host))
    throw new Error(
      `dashboard host ${host} is not loopback: the board has no login, so it listens on ` +
        '127.0.0.1 only (use an SSH tunnel, or allowRemote behind an authenticating proxy)',
    );
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`dashboard port must be 0-65535: ${port}`);

  const queue = new Queue(QUEUE_NAME, {
    connection: redisOptions(options.queue),
    prefix: options.queue.prefix,
  });
  // Connection trouble is an event on the queue; unheard, it would end the process. ioredis
  // retries every second or so: say each distinct error once, not on every try.
  let lastError = '';
  queue.on('error', (error: Error) => {
    if (error.message === lastError) return;
    lastError = error.message;
    log.warn({ error: error.message }, 'dashboard Redis error');
  });

  const adapter = new BullMQAdapter(queue, {
    readOnlyMode: readOnly,
    description: `chunk jobs under prefix ${options.queue.prefix} (note text is never shown)`,
  });
  adapter.setFormatter('data', summarizeJobData);
  adapter.setFormatter('returnValue', summarizeReturnValue);
  adapter.setFormatter('progress', (progress: unknown) =>
    typeof progress === 'number' ? progress : null,
  );

  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath('/');
  createBullBoard({
    queues: [adapter],
    serverAdapter,
    options: {
      uiConfig: { boardTitle: 'emrx queue', hideDocsLink: true },
      handlerHooks: {
        before: ({ route }) =>
          blockedRoutes.has(route)
            ? { allow: false, status: 403, message: 'emrx dashboard does not add or edit jobs' }
            : undefined,
        // A job scheduler's template carries job data too (emrx makes none; another app might).
        after: ({ route }, result) => {
          if (route !== '/api/job-schedulers' || typeof result.body !== 'object') return result;
          const body = result.body as { schedulers?: Array<{ template?: { data?: unknown } }> };
          for (const scheduler of body.schedulers ?? [])
            if (scheduler.template && 'data' in scheduler.template)
              scheduler.template.data = summarizeJobData(scheduler.template.data);
          return result;
        },
      },
    },
  });
  const app = serverAdapter.getRouter();
  app.disable('x-powered-by');
  dropRemoteAssets(app);

  const handler = (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of securityHeaders) response.setHeader(name, value);
    // A loopback board answers to loopback names only: a web page whose name an attacker
    // re-pointed at 127.0.0.1 (DNS rebinding) gets nothing.
    if (!allowRemote && !isLoopback(hostOfHeader(request.headers.host))) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('emrx dashboard answers to localhost / 127.0.0.1 only\n');
      return;
    }
    app(request, response);
  };
  const server = createServer(handler);

  let address: AddressInfo;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeoutMs = options.connectTimeoutMs ?? 10_000;
    await Promise.race([
      queue.waitUntilReady(),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`cannot reach Redis at ${describeRedis(options.queue)}`)),
          timeoutMs,
        );
      }),
    ]);
    address = await listen(server, port, host);
  } catch (error) {
    await queue.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}/`;
  log.info({ url, readOnly, queue: QUEUE_NAME }, 'dashboard listening');

  let closed: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closed ??= (async () => {
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          // The UI polls over keep-alive connections; close() alone would wait them out.
          server.closeAllConnections();
        });
        await queue.close();
        log.info('dashboard closed');
      })();
      return closed;
    },
  };
}
