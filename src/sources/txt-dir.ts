import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { hasUtf8Bom } from './byte-lines.js';
import { readCsvObjects } from './csv.js';
import { readJsonlObjects } from './jsonl.js';
import {
  fatalDecoder,
  maxRecordBytes,
  type NoteEvent,
  type RawRecordEvent,
  type ReaderOptions,
  resolveMaxNoteBytes,
} from './note-event.js';
import { createNoteRecordParser } from './note-record.js';

/**
 * A folder of `.txt` files, one note per file: the file name without `.txt` is the note_id.
 *
 * - Files are read in code-unit order of their names (deterministic across platforms);
 *   anything not ending in `.txt` (any case) is ignored, as are sub-folders.
 * - An optional `metadata.jsonl` or `metadata.csv` in the folder (not both) gives per-note
 *   fields keyed by note_id: person_id, note_date, note_type, note_title, language. It is
 *   read into memory first (it is small). Its rows are validated with the note, so a bad
 *   `note_date` rejects that note; rows without a usable note_id, malformed lines and
 *   repeated note_ids are rejected against the metadata file; rows for which no `.txt`
 *   exists are ignored.
 * - person_id defaults to the string `unknown` when metadata gives none for a note (no
 *   metadata file, no row, or an empty person_id), so a bare folder of texts still runs;
 *   such notes cannot be linked to a patient downstream.
 * - A file larger than the limit is rejected from its size without being read; invalid
 *   UTF-8 is rejected; a BOM is stripped.
 */

export const UNKNOWN_PERSON_ID = 'unknown';
const METADATA_NAMES = ['metadata.jsonl', 'metadata.csv'] as const;
const METADATA_FIELDS = ['person_id', 'note_date', 'note_type', 'note_title', 'language'] as const;

type Metadata = Map<string, Record<string, unknown>>;

function metadataId(record: Record<string, unknown>): string | undefined {
  const id = record.note_id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  if (typeof id === 'string' && id.trim() !== '') return id;
  return undefined;
}

export async function* readTxtDir(
  dir: string,
  options: ReaderOptions = {},
): AsyncGenerator<NoteEvent> {
  const maxNoteBytes = resolveMaxNoteBytes(options);
  const parse = createNoteRecordParser({ maxNoteBytes });
  const decoder = fatalDecoder();

  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  const present = METADATA_NAMES.filter((n) => names.has(n));
  if (present.length > 1) {
    throw new Error(`${dir}: both metadata.jsonl and metadata.csv present; keep one`);
  }

  const metadata: Metadata = new Map();
  const metaName = present[0];
  if (metaName !== undefined) {
    const metaPath = join(dir, metaName);
    const limit = maxRecordBytes(maxNoteBytes);
    const rows: AsyncIterable<RawRecordEvent> =
      metaName === 'metadata.csv'
        ? readCsvObjects(metaPath, {
            source: metaPath,
            maxRecordBytes: limit,
            required: ['note_id'],
          })
        : readJsonlObjects(metaPath, limit);
    const firstLine = new Map<string, number>();
    for await (const row of rows) {
      if (row.kind === 'reject') {
        yield {
          kind: 'reject',
          rejection: { source: metaPath, line: row.line, reason: row.reason },
        };
        continue;
      }
      const id = metadataId(row.record);
      if (id === undefined) {
        yield {
          kind: 'reject',
          rejection: { source: metaPath, line: row.line, reason: 'note_id: required' },
        };
        continue;
      }
      const first = firstLine.get(id);
      if (first !== undefined) {
        yield {
          kind: 'reject',
          rejection: {
            source: metaPath,
            line: row.line,
            noteId: id,
            reason: `duplicate note_id (first seen at line ${first})`,
          },
        };
        continue;
      }
      firstLine.set(id, row.line);
      const fields: Record<string, unknown> = {};
      for (const f of METADATA_FIELDS) {
        if (row.record[f] !== undefined) fields[f] = row.record[f];
      }
      metadata.set(id, fields);
    }
  }

  const files = entries
    .filter((e) => extname(e.name).toLowerCase() === '.txt' && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort();

  for (const name of files) {
    const path = join(dir, name);
    const noteId = name.slice(0, -'.txt'.length);
    const info = await stat(path);
    if (!info.isFile()) continue;
    // +3: a BOM does not count against the text.
    if (info.size > maxNoteBytes + 3) {
      yield {
        kind: 'reject',
        rejection: {
          source: path,
          noteId,
          reason: `file too large (${info.size} bytes > limit ${maxNoteBytes})`,
        },
      };
      continue;
    }
    let bytes = await readFile(path);
    if (hasUtf8Bom(bytes)) bytes = bytes.subarray(3);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { kind: 'reject', rejection: { source: path, noteId, reason: 'not valid UTF-8' } };
      continue;
    }
    const meta = metadata.get(noteId) ?? {};
    const personId = meta.person_id;
    const result = parse({
      ...meta,
      person_id:
        personId === undefined || personId === null || personId === ''
          ? UNKNOWN_PERSON_ID
          : personId,
      note_id: noteId,
      note_text: text,
    });
    if (result.ok) {
      yield {
        kind: 'note',
        note: result.note,
        location: { source: path },
        nulsRemoved: result.nulsRemoved,
      };
    } else {
      yield { kind: 'reject', rejection: { source: path, noteId, reason: result.reason } };
    }
  }
}
