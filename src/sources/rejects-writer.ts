import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Rejection } from '../core/types.js';

/** One line of the rejects file: where, which note, why. Never text or person ids. */
export function rejectionLine(rejection: Rejection): string {
  // Fields are picked one by one so nothing else on the object can leak into the file.
  const out: Record<string, string | number> = { source: rejection.source };
  if (rejection.line !== undefined) out.line = rejection.line;
  if (rejection.noteId !== undefined) out.note_id = rejection.noteId;
  out.reason = rejection.reason;
  return `${JSON.stringify(out)}\n`;
}

/**
 * Appends rejections as JSON lines `{"source","line"?,"note_id"?,"reason"}`. The file is
 * created (truncated) on open even if nothing is ever written: an empty rejects file tells
 * a data team that zero records were rejected.
 */
export class RejectsWriter {
  private written = 0;
  private failure: Error | undefined;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  static async open(path: string): Promise<RejectsWriter> {
    await mkdir(dirname(path), { recursive: true });
    const stream = createWriteStream(path, { flags: 'w' });
    await once(stream, 'open');
    return new RejectsWriter(path, stream);
  }

  /** Rejections written so far. */
  get count(): number {
    return this.written;
  }

  async write(rejection: Rejection): Promise<void> {
    if (this.failure) throw this.failure;
    this.written++;
    if (!this.stream.write(rejectionLine(rejection))) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await finished(this.stream);
  }
}
