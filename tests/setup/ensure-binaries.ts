import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { findPostgresBinDir } from '../../src/services/postgres-server.js';
import { findExecutable, findRedisServer } from '../../src/services/redis-server.js';

/**
 * The integration tests run against a real redis-server and PostgreSQL. When the binaries are
 * missing and we may (root + apt-get, as on a fresh CI box or dev container) we install them;
 * otherwise we fail with the packages to install. Never skip silently.
 */

/** Debian packages whose binaries are missing here. */
export function missingPackages(): string[] {
  const missing: string[] = [];
  if (!findRedisServer()) missing.push('redis-server');
  if (!findPostgresBinDir()) missing.push('postgresql');
  // setpriv makes the servers die with the test run even when it is SIGKILLed.
  if (!findExecutable('setpriv')) missing.push('util-linux');
  return missing;
}

const say = (message: string) => process.stderr.write(`[emrx test services] ${message}\n`);

function runToStderr(file: string, args: readonly string[]): Promise<void> {
  say(`$ ${[file, ...args].join(' ')}`);
  return new Promise((resolve, reject) => {
    // apt's output goes to stderr so it cannot interleave with the reporter on stdout.
    const child = spawn(file, args, {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${file} ${args.join(' ')} failed (code ${code}, signal ${signal})`));
    });
  });
}

// Debian's postinst scripts would create and start a system "main" cluster on 5432 and a
// system redis on 6379. We never use them, so ask them not to: policy-rc.d exit 101 means
// "don't start services" (Docker images ship one already), and create_main_cluster = false
// skips the cluster. Both are removed again afterwards if we created them.
const POLICY_RC = '/usr/sbin/policy-rc.d';
const CLUSTER_CONF_DIR = '/etc/postgresql-common/createcluster.d';
const CLUSTER_CONF = `${CLUSTER_CONF_DIR}/zz-emrx-tests-no-main-cluster.conf`;

function quietInstall(): () => void {
  const undo: (() => void)[] = [];
  if (!existsSync(POLICY_RC)) {
    writeFileSync(POLICY_RC, '#!/bin/sh\n# temporary, from emrx tests/setup\nexit 101\n', {
      mode: 0o755,
    });
    undo.push(() => rmSync(POLICY_RC, { force: true }));
  }
  if (!existsSync(CLUSTER_CONF)) {
    mkdirSync(CLUSTER_CONF_DIR, { recursive: true });
    writeFileSync(CLUSTER_CONF, 'create_main_cluster = false\n');
    undo.push(() => rmSync(CLUSTER_CONF, { force: true }));
  }
  return () => {
    for (const step of undo) step();
  };
}

export async function ensureServiceBinaries(): Promise<void> {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const aptGet = findExecutable('apt-get');
  if (process.getuid?.() !== 0 || !aptGet) {
    throw new Error(
      `integration tests need ${missing.join(', ')}: install the Debian package(s) with ` +
        `\`apt-get install --no-install-recommends ${missing.join(' ')}\` ` +
        '(done automatically only when running as root with apt-get)',
    );
  }
  say(`missing ${missing.join(', ')}; installing with apt-get (once per machine)`);
  const restore = quietInstall();
  try {
    await runToStderr(aptGet, ['update']);
    await runToStderr(aptGet, ['install', '-y', '--no-install-recommends', ...missing]);
  } finally {
    restore();
  }
  const stillMissing = missingPackages();
  if (stillMissing.length > 0) {
    throw new Error(`apt-get install finished but ${stillMissing.join(', ')} still missing`);
  }
}
