import { appendFile, mkdir } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The audit log of what left (or was prepared to leave) the TRE: one JSON line per run, appended.
 * When, who (the OS user), the parameters (paths, thresholds; no data) and the SHA-256 of the
 * output, so an output checker can match a file to the run that made it. Never the data itself.
 */

export function defaultAuditPath(): string {
  return join(homedir(), '.emrx', 'audit.jsonl');
}

/** The OS user running the command (falls back to the environment or the uid in a container). */
export function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? `uid:${process.getuid?.() ?? 'unknown'}`;
  }
}

export interface AuditEntry {
  readonly time: string;
  readonly user: string;
  readonly command: string;
  readonly emrx: string;
  readonly status: 'done' | 'failed';
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly output?: { readonly path: string; readonly sha256: string; readonly bytes: number };
}

/** Appends one line; the file is created (owner-only) with its folder when missing. */
export async function appendAudit(path: string, entry: AuditEntry): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await appendFile(path, `${JSON.stringify(entry)}\n`, { encoding: 'utf8', mode: 0o600 });
}
