import { readdir, stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

/** How much of an input there is to read: bytes of a file, or .txt files in a folder. */
export async function inputSize(path: string): Promise<{ unit: 'bytes' | 'notes'; total: number }> {
  const info = await stat(path);
  if (!info.isDirectory()) return { unit: 'bytes', total: info.size };
  const files = await readdir(path);
  return { unit: 'notes', total: files.filter((f) => f.toLowerCase().endsWith('.txt')).length };
}

/**
 * A progress bar for a terminal: `[#########-----------]  45%  1234 notes, 2 rejected,
 * 810 notes/s`. For a file the fraction is note-text bytes over file size (a slight
 * under-estimate: JSON and CSV add a little around each note), so the last draw shows 100%.
 */
export class ProgressBar {
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private readonly started = performance.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly size: { unit: 'bytes' | 'notes'; total: number },
  ) {}

  update(notes: number, rejected: number, textBytes: number, final = false): void {
    const now = performance.now();
    if (!final && now - this.lastDrawn < 200) return;
    this.lastDrawn = now;
    const done = this.size.unit === 'bytes' ? textBytes : notes + rejected;
    const fraction = final ? 1 : Math.min(0.99, done / Math.max(this.size.total, 1));
    const width = 24;
    const filled = Math.round(fraction * width);
    const rate = Math.round(notes / Math.max((now - this.started) / 1000, 1e-9));
    this.stream.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%  ` +
        `${notes} notes, ${rejected} rejected, ${rate} notes/s${final ? '\n' : ''}`,
    );
  }
}
