/** Note sources: read notes from files into validated {@link Note}s, rejecting bad records. */
export type { Note, Rejection, SourceLocation } from '../core/types.js';
export { CsvHeaderError, REQUIRED_NOTE_COLUMNS, readCsv } from './csv.js';
export { readJsonl } from './jsonl.js';
export type { NoteEvent, ReaderInput, ReaderOptions } from './note-event.js';
export {
  createNoteRecordParser,
  DEFAULT_MAX_NOTE_BYTES,
  type NoteRecordOptions,
  type NoteRecordResult,
  parseNoteRecord,
} from './note-record.js';
export {
  type ReadNotesOptions,
  readNotes,
  rejectDuplicateIds,
  SUPPORTED_FORMATS,
} from './read-notes.js';
export { RejectsWriter, rejectionLine } from './rejects-writer.js';
export { readTxtDir, UNKNOWN_PERSON_ID } from './txt-dir.js';
