import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dynamicSharedMemoryType,
  findPostgresBinDir,
  initPostgresDataDir,
  makePostgresTempDir,
  postgresAccount,
  postgresServerCommand,
} from '../src/services/postgres-server.js';
import {
  findExecutable,
  findRedisServer,
  getFreePort,
  pingRedis,
  redisServerCommand,
  type SpawnCommand,
} from '../src/services/redis-server.js';

/**
 * A SIGKILLed parent runs no cleanup code, so only the kernel's parent-death signal (set by
 * setpriv) can stop the servers. A plain .mjs fixture spawns the exact argv the TS code builds
 * (Node cannot import our TS without a loader), then gets SIGKILLed.
 */

const FIXTURE = fileURLToPath(new URL('./fixtures/spawn-and-wait.mjs', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Live and not a zombie (a reparented zombie waits for init to reap it). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting: ${what}`);
    await sleep(100);
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts the fixture (our stand-in for `emrx run` / vitest) and returns it with the server pid. */
async function spawnParent(command: SpawnCommand, cwd: string) {
  const parent: ChildProcess = spawn(
    process.execPath,
    [FIXTURE, JSON.stringify({ ...command, cwd })],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  cleanups.push(() => {
    parent.kill('SIGKILL');
  });
  const pid = await new Promise<number>((resolve, reject) => {
    parent.stdout?.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    parent.once('exit', (code) => reject(new Error(`fixture exited early (code ${code})`)));
  });
  // If the assertion below fails, don't leave the server running.
  cleanups.push(() => {
    if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  });
  return { parent, pid };
}

describe('servers die with the process that started them (pdeathsig)', () => {
  it('redis-server goes away when its parent is SIGKILLed', async () => {
    const setprivBin = findExecutable('setpriv');
    const redisBin = findRedisServer();
    expect(setprivBin, 'setpriv (util-linux) is required').toBeDefined();
    expect(redisBin).toBeDefined();
    const dir = await mkdtemp(join(tmpdir(), 'emrx-redis-lifecycle-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const port = await getFreePort();
    const command = redisServerCommand({ redisBin: redisBin!, port, dir, setprivBin });

    const { parent, pid } = await spawnParent(command, dir);
    await waitFor('redis answers PING', () => pingRedis(port), 10_000);
    parent.kill('SIGKILL');
    await waitFor(
      'redis stops answering and exits',
      async () => !(await portAnswers(port)) && !isRunning(pid),
      5_000,
    );
  });

  it('postgres goes away when its parent is SIGKILLed', async () => {
    const setprivBin = findExecutable('setpriv');
    const binDir = findPostgresBinDir();
    expect(setprivBin, 'setpriv (util-linux) is required').toBeDefined();
    expect(binDir).toBeDefined();
    const runAs = process.getuid?.() === 0 ? postgresAccount() : undefined;
    const tmp = await makePostgresTempDir(runAs);
    cleanups.push(() => rm(tmp, { recursive: true, force: true }));
    const dataDir = join(tmp, 'data');
    await initPostgresDataDir({ binDir: binDir!, dataDir, runAs, cwd: tmp });
    const port = await getFreePort();
    const command = postgresServerCommand({
      binDir: binDir!,
      dataDir,
      socketDir: tmp,
      port,
      setprivBin,
      runAs,
      dsmType: dynamicSharedMemoryType(),
    });

    const { parent, pid } = await spawnParent(command, tmp);
    await waitFor(
      'postgres accepts connections',
      async () => {
        const client = new pg.Client({
          connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
        });
        client.on('error', () => undefined);
        try {
          await client.connect();
          return true;
        } catch {
          return false;
        } finally {
          await client.end().catch(() => undefined);
        }
      },
      20_000,
    );
    parent.kill('SIGKILL');
    await waitFor(
      'postgres stops answering and exits',
      async () => !(await portAnswers(port)) && !isRunning(pid),
      10_000,
    );
  });
});
