import type { Logger } from 'pino';
import type { Note } from '../core/types.js';
import type { NoteEvent } from './note-event.js';
import type { RejectsWriter } from './rejects-writer.js';

/**
 * The accepted notes of a reader's event stream, in order: every rejection is written to the
 * rejects file on the way, and removed NUL characters are logged (ids and counts only).
 */
export async function* acceptedNotes(
  events: AsyncIterable<NoteEvent>,
  rejects: RejectsWriter,
  log: Logger,
): AsyncGenerator<Note> {
  for await (const event of events) {
    if (event.kind === 'reject') {
      await rejects.write(event.rejection);
      continue;
    }
    if (event.nulsRemoved > 0) {
      log.warn({ noteId: event.note.noteId, nulsRemoved: event.nulsRemoved }, 'NUL removed');
    }
    yield event.note;
  }
}
