import { type ChildProcess, spawn } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import {
  findExecutable,
  getFreePort,
  OutputTail,
  type SpawnCommand,
  terminate,
} from './redis-server.js';

/**
 * A throwaway PostgreSQL (the test run and `npm run bench`): initdb into a temp dir, random loopback port,
 * durability off (the data dies with the run anyway), database `emrx_test`.
 * Its output is kept only to explain a failed start-up; nothing is logged.
 */

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/emrx_test */
  readonly url: string;
  readonly port: number;
  /** The running postmaster (a new one after each restart). */
  readonly pid: number;
  /**
   * Fast shutdown (SIGINT), wait for exit, keep the data dir, wait `downMs`, start again on the
   * same port and data dir, and wait until the database accepts connections: an outage, for tests.
   */
  restart(downMs: number): Promise<void>;
  /**
   * Fast shutdown (SIGINT), wait for exit, remove the temp dir. Safe to call more than once, and
   * after restarts.
   */
  stop(): Promise<void>;
}

export interface PostgresServerOptions {
  readonly binDir?: string;
  readonly startTimeoutMs?: number;
  readonly database?: string;
}

export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

export const PG_HOST = '127.0.0.1';

const hasExecutables = (dir: string) =>
  ['initdb', 'postgres'].every((name) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

/**
 * Dir holding initdb and postgres. Debian keeps them in /usr/lib/postgresql/<ver>/bin, off PATH;
 * take the newest version there, else whatever initdb on PATH sits next to.
 */
export function findPostgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  let versions: string[] = [];
  try {
    versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  } catch {
    // no Debian layout
  }
  for (const version of versions) {
    const dir = join(root, version, 'bin');
    if (hasExecutables(dir)) return dir;
  }
  const initdb = findExecutable('initdb');
  return initdb && hasExecutables(dirname(initdb)) ? dirname(initdb) : undefined;
}

/** uid/gid of the `postgres` account, which the Debian package creates. */
export function postgresAccount(): RunAs | undefined {
  const passwd = readFileSync('/etc/passwd', 'utf8');
  for (const line of passwd.split('\n')) {
    const [name, , uid, gid] = line.split(':');
    if (name === 'postgres' && uid && gid) return { uid: Number(uid), gid: Number(gid) };
  }
  return undefined;
}

/** PostgreSQL refuses to run as root, so as root we run it as `postgres`; otherwise as ourselves. */
function whoRunsPostgres(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const account = postgresAccount();
  if (!account) {
    throw new Error(
      "running as root but there is no 'postgres' user to run PostgreSQL as; " +
        "install Debian's 'postgresql' package (apt-get install postgresql)",
    );
  }
  return account;
}

/**
 * posix DSM lives in /dev/shm, which containers often cap at 64 MB (parallel queries then fail
 * with "could not resize shared memory segment") or lack; mmap uses files in the data dir.
 */
export function dynamicSharedMemoryType(): 'posix' | 'mmap' {
  try {
    const fs = statfsSync('/dev/shm');
    return fs.bavail * fs.bsize >= 512 * 1024 * 1024 ? 'posix' : 'mmap';
  } catch {
    return 'mmap';
  }
}

/**
 * The argv that runs the postmaster. Pure, so the lifecycle test can start the same command.
 * setpriv switches to the postgres user and then sets `--pdeathsig INT` (after the credential
 * change, which would otherwise clear it), so the kernel asks postgres for a fast shutdown
 * when the process that spawned it dies, even by SIGKILL.
 */
export function postgresServerCommand(opts: {
  readonly binDir: string;
  readonly dataDir: string;
  readonly socketDir: string;
  readonly port: number;
  readonly setprivBin?: string | undefined;
  readonly runAs?: RunAs | undefined;
  readonly dsmType?: 'posix' | 'mmap' | 'sysv';
}): SpawnCommand {
  const settings: Record<string, string> = {
    listen_addresses: PG_HOST,
    unix_socket_directories: opts.socketDir,
    // Throwaway data: skip everything that exists to survive a crash.
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    wal_level: 'minimal',
    max_wal_senders: '0',
    shared_buffers: '32MB',
    dynamic_shared_memory_type: opts.dsmType ?? 'mmap',
    // Keep SQL (which can carry note text) out of the server log.
    log_min_error_statement: 'panic',
    log_min_messages: 'warning',
  };
  const pgArgs = ['-D', opts.dataDir, '-p', String(opts.port)];
  for (const [key, value] of Object.entries(settings)) pgArgs.push('-c', `${key}=${value}`);
  const postgres = join(opts.binDir, 'postgres');
  if (!opts.setprivBin) return { file: postgres, args: pgArgs };
  const creds = opts.runAs
    ? ['--reuid', String(opts.runAs.uid), '--regid', String(opts.runAs.gid), '--init-groups']
    : [];
  return { file: opts.setprivBin, args: [...creds, '--pdeathsig', 'INT', postgres, ...pgArgs] };
}

/** Runs a short command to completion; rejects with its output tail on failure. */
function run(command: string, args: readonly string[], runAs: RunAs | undefined, cwd: string) {
  return new Promise<void>((resolve, reject) => {
    const tail = new OutputTail();
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      ...(runAs ?? {}),
    });
    child.stdout.on('data', (d: Buffer) => tail.push(d));
    child.stderr.on('data', (d: Buffer) => tail.push(d));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (code ${code}, signal ${signal}):\n${tail.text()}`));
    });
  });
}

/** initdb with trust auth, UTF8, locale C, as `runAs` (who must own `tmpDir`). */
export async function initPostgresDataDir(opts: {
  readonly binDir: string;
  readonly dataDir: string;
  readonly runAs?: RunAs | undefined;
  readonly cwd: string;
}): Promise<void> {
  await run(
    join(opts.binDir, 'initdb'),
    [
      '-D',
      opts.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      // Don't fsync the fresh cluster: it is thrown away after the run.
      '--no-sync',
    ],
    opts.runAs,
    opts.cwd,
  );
}

const TEMP_PREFIX = 'emrx-pg-';

function postmasterRunning(dataDir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but not ours to signal
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A SIGKILLed run cannot remove its ~45 MB data dir (pdeathsig stops postgres, nothing else
 * runs). Remove such leftovers: no live postmaster (a running server has a postmaster.pid
 * naming a live pid) and untouched for 15 minutes (so another run's initdb is never hit).
 */
export function removeStalePostgresTempDirs(parent = tmpdir(), now = Date.now()): void {
  let names: string[] = [];
  try {
    names = readdirSync(parent).filter((n) => n.startsWith(TEMP_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(parent, name);
    try {
      if (postmasterRunning(join(dir, 'data'))) continue;
      if (now - statSync(dir).mtimeMs < 15 * 60_000) continue;
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // someone else's or gone already: leave it
    }
  }
}

/** A temp dir that the postgres account owns (initdb refuses to write elsewhere as it). */
export async function makePostgresTempDir(runAs: RunAs | undefined): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), TEMP_PREFIX));
  if (runAs) chownSync(dir, runAs.uid, runAs.gid);
  chmodSync(dir, 0o700);
  return dir;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function tryQuery(url: string, sql?: string): Promise<Error | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {
    // a dying server may emit after connect(); the awaited calls report what matters
  });
  try {
    await client.connect();
    if (sql) await client.query(sql);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One postmaster process: its output tail (for error messages only) and how it ended. */
interface PostmasterProcess {
  readonly child: ChildProcess;
  readonly tail: OutputTail;
  /** Resolves on 'close', after the pipes are drained, so the tail is complete. */
  readonly closed: Promise<void>;
  spawnError?: Error;
}

function launchPostmaster(
  command: SpawnCommand,
  cwd: string,
  setprivBin: string | undefined,
  runAs: RunAs | undefined,
): PostmasterProcess {
  const tail = new OutputTail();
  const child: ChildProcess = spawn(command.file, command.args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    // Without setpriv, drop to the postgres account through Node (no pdeathsig then).
    ...(setprivBin ? {} : (runAs ?? {})),
  });
  child.stdout?.on('data', (d: Buffer) => tail.push(d));
  child.stderr?.on('data', (d: Buffer) => tail.push(d));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const started: PostmasterProcess = { child, tail, closed };
  child.once('error', (e) => {
    started.spawnError = e;
  });
  child.unref();
  return started;
}

export async function startPostgresServer(
  options: PostgresServerOptions = {},
): Promise<PostgresServer> {
  const binDir = options.binDir ?? findPostgresBinDir();
  if (!binDir) {
    throw new Error(
      "PostgreSQL's initdb/postgres not found (looked in /usr/lib/postgresql/*/bin and PATH); " +
        "install Debian's 'postgresql' package (apt-get install postgresql)",
    );
  }
  const runAs = whoRunsPostgres();
  const setprivBin = findExecutable('setpriv');
  const database = options.database ?? 'emrx_test';
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`bad database name: ${database}`);
  removeStalePostgresTempDirs();
  const tmp = await makePostgresTempDir(runAs);
  const dataDir = join(tmp, 'data');
  try {
    await initPostgresDataDir({ binDir, dataDir, runAs, cwd: tmp });
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }

  const port = await getFreePort(PG_HOST);
  const command = postgresServerCommand({
    binDir,
    dataDir,
    socketDir: tmp,
    port,
    setprivBin,
    runAs,
    dsmType: dynamicSharedMemoryType(),
  });
  // The postmaster now running; restart() replaces it, stop() and the exit hook act on it.
  let current = launchPostmaster(command, tmp, setprivBin, runAs);
  const onExit = () => current.child.kill('SIGINT');
  process.once('exit', onExit);

  // SIGINT = fast shutdown: disconnect clients, no checkpoint wait worth mentioning.
  const shutdown = () => terminate(current.child, 'SIGINT', 15_000);
  let restarting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener('exit', onExit);
      // A restart in flight gives up after its pause (it sees `stopping`); then stop what runs.
      await restarting?.catch(() => undefined);
      await shutdown();
      await rm(tmp, { recursive: true, force: true });
    })();
    return stopping;
  };
  /** The error for a failed start, with postgres' last output lines; it is stopped first. */
  const failure = async (why: string, halt: () => Promise<void>): Promise<Error> => {
    await halt();
    await Promise.race([current.closed, sleep(1000)]);
    const output = current.tail.text();
    return new Error(
      `postgres (${binDir}) on ${PG_HOST}:${port} ${why}` +
        (output ? `; last output:\n${output}` : '; it printed nothing'),
    );
  };

  const timeoutMs = options.startTimeoutMs ?? 30_000;
  /** Waits until the current postmaster accepts connections to `url`; says why not otherwise. */
  const awaitConnections = async (url: string): Promise<string | undefined> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { child, spawnError } = current;
      if (spawnError) return `could not be started: ${spawnError.message}`;
      if (child.exitCode !== null || child.signalCode !== null) {
        return `exited during start-up (code ${child.exitCode}, signal ${child.signalCode})`;
      }
      const error = await tryQuery(url);
      if (!error) return undefined;
      if (Date.now() > deadline) {
        return `did not accept connections within ${timeoutMs} ms (${error.message})`;
      }
      await sleep(100);
    }
  };

  const url = `postgres://postgres@${PG_HOST}:${port}/${database}`;
  const restart = (downMs: number): Promise<void> => {
    if (stopping) return Promise.reject(new Error('postgres was stopped'));
    if (restarting) return Promise.reject(new Error('postgres is already restarting'));
    const running = (async () => {
      await shutdown();
      await sleep(downMs);
      if (stopping) throw new Error('postgres was stopped during its restart');
      current = launchPostmaster(command, tmp, setprivBin, runAs);
      const why = await awaitConnections(url);
      // Stop the failed postmaster but keep the temp dir: stop() still removes it.
      if (why) throw await failure(`${why} after a restart`, shutdown);
    })();
    restarting = running.finally(() => {
      restarting = undefined;
    });
    return restarting;
  };

  const adminUrl = `postgres://postgres@${PG_HOST}:${port}/postgres`;
  const why = await awaitConnections(adminUrl);
  if (why) throw await failure(why, stop);
  const created = await tryQuery(adminUrl, `CREATE DATABASE ${database}`);
  if (created)
    throw await failure(`could not create database ${database}: ${created.message}`, stop);
  if (current.child.pid === undefined) throw await failure('has no pid', stop);
  return {
    url,
    port,
    get pid() {
      return current.child.pid ?? -1;
    },
    restart,
    stop,
  };
}
