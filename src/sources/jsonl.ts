import { splitLines } from './byte-lines.js';
import {
  byteChunks,
  fatalDecoder,
  maxRecordBytes,
  type NoteEvent,
  type RawRecordEvent,
  type ReaderInput,
  type ReaderOptions,
  resolveMaxNoteBytes,
  sourceName,
} from './note-event.js';
import { createNoteRecordParser } from './note-record.js';
import { toNoteEvents } from './to-note-events.js';

/**
 * V8's JSON.parse messages can quote the input (`Unexpected token 'x', "...text..." is not
 * valid JSON`); rejections must never carry note text, so everything from the first double
 * quote on is cut. Position-style messages (`... in JSON at position 12`) pass unchanged.
 */
export function sanitizeJsonError(message: string): string {
  const token = /^Unexpected token '(.{1,2})'/u.exec(message);
  if (token) return `Unexpected token '${token[1]}'`;
  const quote = message.indexOf('"');
  const cut = quote === -1 ? message : message.slice(0, quote);
  return cut.replace(/[\s,]+$/u, '').slice(0, 200) || 'unparseable';
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) {
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * JSON Lines as raw objects (one per non-blank line), or line-level rejections: too long,
 * not valid UTF-8, invalid JSON, not an object. Shared with `metadata.jsonl`.
 */
export async function* readJsonlObjects(
  input: ReaderInput,
  maxLineBytes: number,
): AsyncGenerator<RawRecordEvent> {
  const decoder = fatalDecoder();
  for await (const raw of splitLines(byteChunks(input), maxLineBytes)) {
    const line = raw.lineNumber;
    if ('tooLong' in raw) {
      yield {
        kind: 'reject',
        line,
        reason: `line too large (${raw.byteLength} bytes > limit ${maxLineBytes})`,
      };
      continue;
    }
    if (isBlank(raw.bytes)) continue;
    let text: string;
    try {
      text = decoder.decode(raw.bytes);
    } catch {
      yield { kind: 'reject', line, reason: 'not valid UTF-8' };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      yield { kind: 'reject', line, reason: `invalid JSON: ${sanitizeJsonError(message)}` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { kind: 'reject', line, reason: `not a JSON object (got ${describe(value)})` };
      continue;
    }
    yield { kind: 'record', line, record: value as Record<string, unknown> };
  }
}

/** Notes from a `notes.jsonl` file (or stream), in input order, in constant memory. */
export async function* readJsonl(
  input: ReaderInput,
  options: ReaderOptions = {},
): AsyncGenerator<NoteEvent> {
  const maxNoteBytes = resolveMaxNoteBytes(options);
  yield* toNoteEvents(
    readJsonlObjects(input, maxRecordBytes(maxNoteBytes)),
    sourceName(input, options),
    createNoteRecordParser({ maxNoteBytes }),
  );
}
