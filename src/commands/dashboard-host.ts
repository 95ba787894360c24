import { isIP } from 'node:net';

/** The dashboard's defaults and host check, apart from bull-board so the CLI loads it only when run. */
export const DEFAULT_DASHBOARD_PORT = 3000;
export const DEFAULT_DASHBOARD_HOST = '127.0.0.1';

/** Loopback addresses and names: 127.0.0.0/8, ::1 (also IPv4-mapped), localhost. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}
