import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import type { Note, Rejection, SourceLocation } from '../core/types.js';
import { DEFAULT_MAX_NOTE_BYTES } from './note-record.js';

/** What every reader yields, in input order: an accepted note or a rejected record. */
export type NoteEvent =
  | {
      readonly kind: 'note';
      readonly note: Note;
      readonly location: SourceLocation;
      /** U+0000 characters removed from the text; a caller may warn when > 0. */
      readonly nulsRemoved: number;
    }
  | { readonly kind: 'reject'; readonly rejection: Rejection };

/** Options shared by the readers. */
export interface ReaderOptions {
  /** Largest accepted `note_text` in UTF-8 bytes (default 1 MiB). */
  readonly maxNoteBytes?: number;
  /** Name used in locations when the input is a stream (default `<stream>`); a path names itself. */
  readonly source?: string;
}

/** A path to read, or an already open byte stream (tests, stdin). */
export type ReaderInput = string | Readable;

/**
 * Cap on one physical record (a JSONL line or a CSV record). JSON escapes can make the text
 * up to 6x longer (`\u0000` for one byte), plus 64 KiB for the other fields.
 */
export function maxRecordBytes(maxNoteBytes: number): number {
  return 6 * maxNoteBytes + 64 * 1024;
}

export function resolveMaxNoteBytes(options: ReaderOptions): number {
  const max = options.maxNoteBytes ?? DEFAULT_MAX_NOTE_BYTES;
  if (!Number.isSafeInteger(max) || max <= 0) {
    throw new RangeError(`maxNoteBytes must be a positive integer, got ${max}`);
  }
  return max;
}

export function sourceName(input: ReaderInput, options: ReaderOptions): string {
  return typeof input === 'string' ? input : (options.source ?? '<stream>');
}

/** The input as an async iterable of byte chunks. Never reads a file whole. */
export async function* byteChunks(input: ReaderInput): AsyncGenerator<Buffer> {
  const stream = typeof input === 'string' ? createReadStream(input) : input;
  for await (const chunk of stream) {
    if (typeof chunk === 'string') yield Buffer.from(chunk, 'utf8');
    else if (Buffer.isBuffer(chunk)) yield chunk;
    else if (chunk instanceof Uint8Array)
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    else throw new TypeError('reader input must be a byte stream');
  }
}

/** A raw record from a JSONL line or CSV row, before note validation. */
export type RawRecordEvent =
  | { readonly kind: 'record'; readonly line: number; readonly record: Record<string, unknown> }
  | { readonly kind: 'reject'; readonly line: number; readonly reason: string };

/** A fatal UTF-8 decoder: invalid bytes throw instead of becoming U+FFFD. */
export function fatalDecoder(): TextDecoder {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}
