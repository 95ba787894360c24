import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * A private, throwaway redis-server: random port on loopback, no persistence, temp working dir.
 * `emrx run` uses it as its queue so a TRE needs no shared Redis; the test suite uses it too.
 * Nothing here ever logs: redis output is only kept (last lines) to explain a failed start-up.
 */

export interface RedisServerOptions {
  /** Path to redis-server; default: found on PATH, /usr/bin or /usr/sbin. */
  readonly bin?: string;
  /** Fixed port; default: a free one picked at random (and retried if someone steals it). */
  readonly port?: number;
  /** How long to wait for PING to answer (ms). Default 15 000. */
  readonly startTimeoutMs?: number;
  /** Where the temp dir is created. Default: os.tmpdir(). */
  readonly tmpParent?: string;
  /**
   * Persist every write to an append-only file (fsync on each write) in the temp dir, so the
   * data survives `restart()`. Default false: nothing is written to disk.
   */
  readonly appendonly?: boolean;
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** The running redis-server (a new one after each restart). */
  readonly pid: number;
  /**
   * SIGTERM, wait for exit, keep the dir and port, wait `downMs`, start the same command again
   * and wait for PING: an outage, for tests. Data survives only with `appendonly`.
   */
  restart(downMs: number): Promise<void>;
  /** SIGTERM, wait for exit, remove the temp dir. Safe to call more than once, and after restarts. */
  stop(): Promise<void>;
}

export interface SpawnCommand {
  readonly file: string;
  readonly args: readonly string[];
}

export const REDIS_HOST = '127.0.0.1';

const SYSTEM_BIN_DIRS = [
  '/usr/local/sbin',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/bin',
  '/sbin',
  '/bin',
];

/** First executable called `name` on PATH or in the usual system dirs (which a CI PATH may lack). */
export function findExecutable(
  name: string,
  extraDirs: readonly string[] = [],
): string | undefined {
  const pathDirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const dir of [...pathDirs, ...extraDirs, ...SYSTEM_BIN_DIRS]) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

export function findRedisServer(): string | undefined {
  return findExecutable('redis-server');
}

/**
 * The argv that starts redis. Pure, so a test can start the very same command from a child
 * process and check that it dies with its parent.
 *
 * With setpriv, `--pdeathsig TERM` makes the kernel send SIGTERM to redis when the process
 * that spawned it dies, even by SIGKILL, so an aborted run never leaves a redis behind
 * (setpriv then execs, so the pid we hold is redis itself).
 */
export function redisServerCommand(opts: {
  readonly redisBin: string;
  readonly port: number;
  readonly dir: string;
  readonly setprivBin?: string | undefined;
  readonly appendonly?: boolean | undefined;
}): SpawnCommand {
  const redisArgs = [
    '--port',
    String(opts.port),
    '--bind',
    REDIS_HOST,
    // Queue state is transient: no RDB snapshots, no AOF, nothing written to disk. With
    // `appendonly` (tests of a Redis restart), every write is fsynced to the AOF in `dir`.
    '--save',
    '',
    ...(opts.appendonly
      ? ['--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no']),
    '--dir',
    opts.dir,
    '--daemonize',
    'no',
    // Logs go to our pipe (kept only to explain failures), not to a file.
    '--logfile',
    '',
    '--loglevel',
    'warning',
  ];
  if (opts.setprivBin) {
    return { file: opts.setprivBin, args: ['--pdeathsig', 'TERM', opts.redisBin, ...redisArgs] };
  }
  return { file: opts.redisBin, args: redisArgs };
}

/** A port that was free a moment ago (the OS picks it; we close it again at once). */
export function getFreePort(host = REDIS_HOST): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}

/** Keeps the last few lines of a child's output, for error messages only. Never logged. */
export class OutputTail {
  private lines: string[] = [];
  private partial = '';

  constructor(private readonly max = 20) {}

  push(chunk: Buffer | string): void {
    const parts = (this.partial + chunk.toString()).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      if (line.trim() !== '') this.lines.push(line);
    }
    if (this.lines.length > this.max) this.lines = this.lines.slice(-this.max);
  }

  text(): string {
    const all = this.partial.trim() === '' ? this.lines : [...this.lines, this.partial];
    return all.slice(-this.max).join('\n');
  }
}

/** One RESP PING over a raw socket; true on +PONG. No client library needed to probe. */
export function pingRedis(port: number, host = REDIS_HOST, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.on('data', (data) => {
      reply += data.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves with the exit once the child has exited (immediately if it already has). */
export function waitForExit(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/**
 * Sends `signal`, waits up to `graceMs` for exit, then SIGKILLs. Used by every stop() here.
 */
export async function terminate(
  child: ChildProcess,
  signal: NodeJS.Signals,
  graceMs: number,
): Promise<void> {
  // No pid: it never started (spawn error), so there is nothing to stop or wait for.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = waitForExit(child);
  child.kill(signal);
  // A cleared timer, not a bare sleep: a pending 10 s timer would keep a finished CLI or test
  // run alive.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
  });
  try {
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Stops the pipes and the child from keeping the event loop alive (pdeathsig covers exit). */
function unrefChild(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
}

class StartError extends Error {
  constructor(
    message: string,
    readonly portInUse: boolean,
  ) {
    super(message);
  }
}

/**
 * Starts a private redis-server and resolves once it answers PING.
 * Throws (with redis' last output lines) when it exits early or does not answer in time.
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const redisBin = options.bin ?? findRedisServer();
  if (!redisBin) {
    throw new Error(
      'redis-server not found on PATH, /usr/bin or /usr/sbin. ' +
        "Install Debian's 'redis-server' package (apt-get install redis-server).",
    );
  }
  // Without setpriv (util-linux) redis still runs, but only the exit hook below cleans it up,
  // which a SIGKILL skips.
  const setprivBin = findExecutable('setpriv');
  // A random port can be taken between picking and binding; retry a few times in that case.
  const attempts = options.port === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await getFreePort());
    try {
      return await startOnce(redisBin, setprivBin, port, options);
    } catch (error) {
      if (!(error instanceof StartError && error.portInUse && attempt < attempts)) throw error;
    }
  }
}

/** One redis-server process: its output tail (for error messages only) and how it ended. */
interface RedisProcess {
  readonly child: ChildProcess;
  readonly tail: OutputTail;
  /** Resolves on 'close', after the pipes are drained, so the tail is complete. */
  readonly closed: Promise<void>;
  spawnError?: Error;
}

function launch(command: SpawnCommand, dir: string): RedisProcess {
  const tail = new OutputTail();
  const child = spawn(command.file, command.args, {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => tail.push(d));
  child.stderr?.on('data', (d: Buffer) => tail.push(d));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const started: RedisProcess = { child, tail, closed };
  child.once('error', (e) => {
    started.spawnError = e;
  });
  unrefChild(child);
  return started;
}

async function startOnce(
  redisBin: string,
  setprivBin: string | undefined,
  port: number,
  options: RedisServerOptions,
): Promise<RedisServer> {
  const dir = await mkdtemp(join(options.tmpParent ?? tmpdir(), 'emrx-redis-'));
  const command = redisServerCommand({
    redisBin,
    port,
    dir,
    setprivBin,
    appendonly: options.appendonly,
  });
  // The process now running; restart() replaces it, stop() and the exit hook act on it.
  let current = launch(command, dir);

  // Last resort for a normal process exit without stop(): SIGTERM redis and drop its dir.
  const onExit = () => {
    current.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  let restarting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener('exit', onExit);
      // A restart in flight gives up after its pause (it sees `stopping`); then stop what runs.
      await restarting?.catch(() => undefined);
      await terminate(current.child, 'SIGTERM', 10_000);
      await rm(dir, { recursive: true, force: true });
    })();
    return stopping;
  };

  const timeoutMs = options.startTimeoutMs ?? 15_000;
  /** Waits until the current process answers PING; says why not when it does not. */
  const awaitPing = async (): Promise<string | undefined> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { child, spawnError } = current;
      if (spawnError) return `could not be started: ${spawnError.message}`;
      if (child.exitCode !== null || child.signalCode !== null) {
        return `exited during start-up (code ${child.exitCode}, signal ${child.signalCode})`;
      }
      if (await pingRedis(port)) return undefined;
      if (Date.now() > deadline) return `did not answer PING within ${timeoutMs} ms`;
      await sleep(50);
    }
  };
  /** The error for a failed start, with redis' last output lines; the process is stopped first. */
  const failure = async (why: string, halt: () => Promise<void>): Promise<StartError> => {
    await halt();
    await Promise.race([current.closed, sleep(1000)]);
    const output = current.tail.text();
    return new StartError(
      `redis-server (${redisBin}) on ${REDIS_HOST}:${port} ${why}` +
        (output ? `; last output:\n${output}` : '; it printed nothing'),
      /address already in use/i.test(output),
    );
  };

  const restart = (downMs: number): Promise<void> => {
    if (stopping) return Promise.reject(new Error('redis-server was stopped'));
    if (restarting) return Promise.reject(new Error('redis-server is already restarting'));
    const running = (async () => {
      await terminate(current.child, 'SIGTERM', 10_000);
      await sleep(downMs);
      if (stopping) throw new Error('redis-server was stopped during its restart');
      current = launch(command, dir);
      const why = await awaitPing();
      if (why) {
        // Stop the failed process but keep the dir: stop() still removes it.
        throw await failure(`${why} after a restart`, () =>
          terminate(current.child, 'SIGTERM', 10_000),
        );
      }
    })();
    restarting = running.finally(() => {
      restarting = undefined;
    });
    return restarting;
  };

  const why = await awaitPing();
  if (why) throw await failure(why, stop);
  if (current.child.pid === undefined) throw await failure('has no pid', stop);
  return {
    url: `redis://${REDIS_HOST}:${port}`,
    port,
    get pid() {
      return current.child.pid ?? -1;
    },
    restart,
    stop,
  };
}
