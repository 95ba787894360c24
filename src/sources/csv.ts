import type { TextDecoder } from 'node:util';
import { type CsvRawRecord, readCsvRecords } from './csv-records.js';
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

/** Columns a notes CSV must have (spec section 1 required fields). */
export const REQUIRED_NOTE_COLUMNS = ['note_id', 'person_id', 'note_text'] as const;

/** The file as a whole cannot be read (bad or missing header). */
export class CsvHeaderError extends Error {
  override name = 'CsvHeaderError';
}

/**
 * CSV rows as raw objects keyed by header name (trimmed, lower-cased; any column order;
 * extra columns pass through and are ignored later). Throws {@link CsvHeaderError} when
 * the header misses a required column, since then no row could be valid. Shared with
 * `metadata.csv`.
 */
export async function* readCsvObjects(
  input: ReaderInput,
  options: {
    readonly source: string;
    readonly maxRecordBytes: number;
    readonly required: readonly string[];
  },
): AsyncGenerator<RawRecordEvent> {
  const decoder = fatalDecoder();
  let header: string[] | undefined;
  for await (const record of readCsvRecords(byteChunks(input), options.maxRecordBytes)) {
    if (header === undefined) {
      header = parseHeader(record, options.source, options.required, decoder);
      continue;
    }
    const line = record.line;
    if ('error' in record) {
      yield { kind: 'reject', line, reason: record.error };
      continue;
    }
    if (record.fields.length !== header.length) {
      yield {
        kind: 'reject',
        line,
        reason: `expected ${header.length} fields, got ${record.fields.length}`,
      };
      continue;
    }
    // No prototype: a column named `__proto__` must stay plain data.
    const values = Object.create(null) as Record<string, unknown>;
    const undecodable: string[] = [];
    header.forEach((name, i) => {
      try {
        values[name] = decoder.decode(record.fields[i]!);
      } catch {
        undecodable.push(name);
      }
    });
    if (undecodable.length > 0) {
      yield { kind: 'reject', line, reason: `not valid UTF-8 (${undecodable.join(', ')})` };
      continue;
    }
    yield { kind: 'record', line, record: values };
  }
  if (header === undefined) throw new CsvHeaderError(`${options.source}: empty CSV, no header row`);
}

function parseHeader(
  record: CsvRawRecord,
  source: string,
  required: readonly string[],
  decoder: TextDecoder,
): string[] {
  if ('error' in record)
    throw new CsvHeaderError(`${source}: unreadable header row: ${record.error}`);
  let names: string[];
  try {
    names = record.fields.map((f) => decoder.decode(f).trim().toLowerCase());
  } catch {
    throw new CsvHeaderError(`${source}: header row is not valid UTF-8`);
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (name !== '' && seen.has(name))
      throw new CsvHeaderError(`${source}: duplicate column "${name}"`);
    seen.add(name);
  }
  const missing = required.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    throw new CsvHeaderError(
      `${source}: CSV header lacks required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${names.join(', ')})`,
    );
  }
  return names;
}

/** Notes from a CSV file (or stream) with a header row, in input order, in constant memory. */
export async function* readCsv(
  input: ReaderInput,
  options: ReaderOptions = {},
): AsyncGenerator<NoteEvent> {
  const maxNoteBytes = resolveMaxNoteBytes(options);
  const source = sourceName(input, options);
  yield* toNoteEvents(
    readCsvObjects(input, {
      source,
      maxRecordBytes: maxRecordBytes(maxNoteBytes),
      required: REQUIRED_NOTE_COLUMNS,
    }),
    source,
    createNoteRecordParser({ maxNoteBytes }),
  );
}
