import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { readCsv } from './csv.js';
import { readJsonl } from './jsonl.js';
import type { NoteEvent } from './note-event.js';
import { readTxtDir } from './txt-dir.js';

export interface ReadNotesOptions {
  /** Largest accepted `note_text` in UTF-8 bytes (default 1 MiB). */
  readonly maxNoteBytes?: number;
}

export const SUPPORTED_FORMATS = 'a folder of .txt files, a .jsonl/.ndjson file or a .csv file';

/**
 * Notes from `path`, picking the reader by what the path is: a directory (text files),
 * `.jsonl`/`.ndjson`, or `.csv`. A note_id seen before in the same input is rejected.
 * Errors about the input as a whole (unsupported format, missing file, bad CSV header)
 * are thrown on the first iteration.
 */
export async function* readNotes(
  path: string,
  options: ReadNotesOptions = {},
): AsyncGenerator<NoteEvent> {
  const info = await stat(path);
  let events: AsyncGenerator<NoteEvent>;
  if (info.isDirectory()) {
    events = readTxtDir(path, options);
  } else {
    const ext = extname(path).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') events = readJsonl(path, options);
    else if (ext === '.csv') events = readCsv(path, options);
    else throw new Error(`${path}: unsupported input; expected ${SUPPORTED_FORMATS}`);
  }
  yield* rejectDuplicateIds(events);
}

/**
 * Rejects every note whose note_id was already accepted earlier in the same input. Keeps
 * one map entry per accepted note (id → first line), the only memory that grows with input.
 */
export async function* rejectDuplicateIds(
  events: AsyncIterable<NoteEvent>,
): AsyncGenerator<NoteEvent> {
  const seen = new Map<string, number | undefined>();
  for await (const event of events) {
    if (event.kind === 'note') {
      const id = event.note.noteId;
      if (seen.has(id)) {
        const first = seen.get(id);
        yield {
          kind: 'reject',
          rejection: {
            ...event.location,
            noteId: id,
            reason:
              first === undefined
                ? 'duplicate note_id'
                : `duplicate note_id (first seen at line ${first})`,
          },
        };
        continue;
      }
      seen.set(id, event.location.line);
    }
    yield event;
  }
}
