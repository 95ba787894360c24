import type { Rejection } from '../core/types.js';
import { JsonlWriter } from '../sinks/jsonl-writer.js';

/** The record of one rejection: where, which note, why. Never text or person ids. */
export function rejectionRecord(rejection: Rejection): Record<string, string | number> {
  // Fields are picked one by one so nothing else on the object can leak into the file.
  const out: Record<string, string | number> = { source: rejection.source };
  if (rejection.line !== undefined) out.line = rejection.line;
  if (rejection.noteId !== undefined) out.note_id = rejection.noteId;
  out.reason = rejection.reason;
  return out;
}

/** One line of the rejects file. */
export function rejectionLine(rejection: Rejection): string {
  return `${JSON.stringify(rejectionRecord(rejection))}\n`;
}

/**
 * Appends rejections as JSON lines `{"source","line"?,"note_id"?,"reason"}`. The file is
 * created (truncated) on open even if nothing is ever written: an empty rejects file tells
 * a data team that zero records were rejected.
 */
export class RejectsWriter {
  private constructor(private readonly writer: JsonlWriter) {}

  static async open(path: string): Promise<RejectsWriter> {
    return new RejectsWriter(await JsonlWriter.open(path));
  }

  get path(): string {
    return this.writer.path;
  }

  /** Rejections written so far. */
  get count(): number {
    return this.writer.count;
  }

  write(rejection: Rejection): Promise<void> {
    return this.writer.write(rejectionRecord(rejection));
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}
