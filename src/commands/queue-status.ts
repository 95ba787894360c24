import type { QueueHandles } from '../queue/connect.js';
import { type BatchStatus, batchStatus } from '../queue/status.js';

const pct = (n: number, of: number) => (of > 0 ? `${Math.round((100 * n) / of)}%` : '-');

export function formatStatus(s: BatchStatus): string {
  const rate = s.notesPerSecond === null ? '-' : `${s.notesPerSecond} notes/s`;
  const eta = s.etaSeconds === null ? '-' : `${s.etaSeconds}s`;
  return (
    `${s.batch}  ${s.finished ? 'finished' : s.enqueued ? 'running' : 'enqueueing'}  ` +
    `notes ${s.notes}: queued ${s.queued}, active ${s.active}, done ${s.done} (${pct(s.done, s.notes)}), ` +
    `failed ${s.failed}, rejected ${s.rejected}; ${rate}, ETA ${eta}\n`
  );
}

export function bar(s: BatchStatus, width = 30): string {
  const filled = s.notes > 0 ? Math.round(((s.done + s.failed) / s.notes) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

/** `emrx status <batch> --watch`: redraws every second until the batch finishes. */
export async function watchStatus(handles: QueueHandles, batch: string, json: boolean) {
  for (;;) {
    const status = await batchStatus(handles.queue, handles.registry, batch);
    if (!status) throw new Error(`no batch ${batch}`);
    if (json) process.stdout.write(`${JSON.stringify(status)}\n`);
    else if (process.stdout.isTTY)
      process.stdout.write(`\r\x1b[2K${bar(status)} ${formatStatus(status).trimEnd()}`);
    else process.stdout.write(formatStatus(status));
    if (status.finished) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (!json && process.stdout.isTTY) process.stdout.write('\n');
}
