import type { NoteEvent, RawRecordEvent } from './note-event.js';
import type { NoteRecordParser } from './note-record.js';

/** Validates raw records into notes; structural rejections pass through with their line. */
export async function* toNoteEvents(
  records: AsyncIterable<RawRecordEvent>,
  source: string,
  parse: NoteRecordParser,
): AsyncGenerator<NoteEvent> {
  for await (const event of records) {
    if (event.kind === 'reject') {
      yield { kind: 'reject', rejection: { source, line: event.line, reason: event.reason } };
      continue;
    }
    const result = parse(event.record);
    if (result.ok) {
      yield {
        kind: 'note',
        note: result.note,
        location: { source, line: event.line },
        nulsRemoved: result.nulsRemoved,
      };
    } else {
      const rejection =
        result.noteId === undefined
          ? { source, line: event.line, reason: result.reason }
          : { source, line: event.line, noteId: result.noteId, reason: result.reason };
      yield { kind: 'reject', rejection };
    }
  }
}
