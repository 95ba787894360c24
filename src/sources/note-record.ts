import { z } from 'zod';
import { detectLanguage } from '../core/text/language.js';
import type { Note } from '../core/types.js';

/**
 * One input record (spec section 1, `notes.jsonl` fields) validated into a {@link Note}.
 * Every reader (JSONL, CSV, text folder) builds a plain object with the spec's field names
 * and hands it here, so all sources accept and reject exactly the same things.
 */

/** Default limit on `note_text`: 1 MiB of UTF-8. */
export const DEFAULT_MAX_NOTE_BYTES = 1_048_576;

/** Rejections carry the raw note id only when it is short enough to be an id. */
const MAX_ID_IN_REJECTION = 200;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
// In a `u` regex a surrogate pair is one code point, so this matches only unpaired halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export interface NoteRecordOptions {
  /** Largest accepted `note_text`, in UTF-8 bytes (after NUL removal). Default 1 MiB. */
  readonly maxNoteBytes?: number;
}

export type NoteRecordResult =
  | {
      readonly ok: true;
      readonly note: Note;
      /** U+0000 characters removed from the text (PostgreSQL text cannot hold them). */
      readonly nulsRemoved: number;
    }
  | {
      readonly ok: false;
      /** Every problem of the record, e.g. `note_id: required; note_date: not a valid date (2021-02-30)`. */
      readonly reason: string;
      /** The record's note id when it has a usable one, to help find it again. */
      readonly noteId?: string;
    };

/** True when `y-m-d` names a day of the proleptic Gregorian calendar. */
function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** note_id / person_id: a non-blank string, or a safe integer (OMOP ids) stringified. */
const idField = z.unknown().transform((value, ctx): string => {
  if (value === undefined || value === null) {
    ctx.addIssue({ code: 'custom', message: 'required' });
    return z.NEVER;
  }
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    ctx.addIssue({
      code: 'custom',
      message: Number.isInteger(value)
        ? 'integer too large to be exact (write large ids as strings)'
        : 'expected a string or an integer',
    });
    return z.NEVER;
  }
  if (typeof value !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'expected a string or an integer' });
    return z.NEVER;
  }
  if (value.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'empty' });
    return z.NEVER;
  }
  return value;
});

/** Optional string: absent, null and '' (an empty CSV cell) all mean "not given". */
const optionalString = z.unknown().transform((value, ctx): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  ctx.addIssue({ code: 'custom', message: 'expected a string' });
  return z.NEVER;
});

const noteDate = optionalString.transform((value, ctx): string | undefined => {
  if (value === undefined) return undefined;
  const m = DATE_SHAPE.exec(value);
  if (!m) {
    // The value is not echoed: a malformed field may hold anything, including text.
    ctx.addIssue({ code: 'custom', message: 'expected YYYY-MM-DD' });
    return z.NEVER;
  }
  if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    ctx.addIssue({ code: 'custom', message: `not a valid date (${value})` });
    return z.NEVER;
  }
  return value;
});

const language = optionalString.transform((value, ctx): 'en' | 'ja' | undefined => {
  if (value === undefined || value === 'en' || value === 'ja') return value;
  ctx.addIssue({ code: 'custom', message: "expected 'en' or 'ja'" });
  return z.NEVER;
});

function noteTextField(maxNoteBytes: number) {
  return z.unknown().transform((value, ctx): { text: string; nulsRemoved: number } => {
    if (value === undefined || value === null) {
      ctx.addIssue({ code: 'custom', message: 'required' });
      return z.NEVER;
    }
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: 'expected a string' });
      return z.NEVER;
    }
    let text = value;
    let nulsRemoved = 0;
    if (text.includes('\0')) {
      const cleaned = text.replaceAll('\0', '');
      nulsRemoved = text.length - cleaned.length;
      text = cleaned;
    }
    if (text.trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'empty' });
      return z.NEVER;
    }
    if (LONE_SURROGATE.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'contains unpaired surrogates (not valid Unicode)' });
      return z.NEVER;
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxNoteBytes) {
      ctx.addIssue({
        code: 'custom',
        message: `too large (${bytes} bytes > limit ${maxNoteBytes})`,
      });
      return z.NEVER;
    }
    return { text, nulsRemoved };
  });
}

/** The zod schema of one record; unknown extra fields are ignored (stripped). */
export function noteRecordSchema(options: NoteRecordOptions = {}) {
  return z.object({
    note_id: idField,
    person_id: idField,
    note_text: noteTextField(options.maxNoteBytes ?? DEFAULT_MAX_NOTE_BYTES),
    // `.optional()`: an absent key skips the field (zod 4 otherwise wants the key present).
    note_date: noteDate.optional(),
    note_title: optionalString.optional(),
    note_type: optionalString.optional(),
    language: language.optional(),
  });
}

export type NoteRecordParser = (record: unknown) => NoteRecordResult;

function rawNoteId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id: unknown = (record as Record<string, unknown>).note_id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  if (typeof id === 'string' && id.trim() !== '' && id.length <= MAX_ID_IN_REJECTION) return id;
  return undefined;
}

/** Builds a parser once per options (the schema is reused for every record). */
export function createNoteRecordParser(options: NoteRecordOptions = {}): NoteRecordParser {
  const schema = noteRecordSchema(options);
  return (record) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      const reason = result.error.issues
        .map((issue) => {
          const path = issue.path.map(String).join('.');
          return path === '' ? issue.message : `${path}: ${issue.message}`;
        })
        .join('; ');
      const noteId = rawNoteId(record);
      return noteId === undefined ? { ok: false, reason } : { ok: false, reason, noteId };
    }
    const r = result.data;
    const note: {
      -readonly [K in keyof Note]: Note[K];
    } = {
      noteId: r.note_id,
      personId: r.person_id,
      text: r.note_text.text,
      language: r.language ?? detectLanguage(r.note_text.text),
      languageDetected: r.language === undefined,
    };
    if (r.note_date !== undefined) note.noteDate = r.note_date;
    if (r.note_title !== undefined) note.noteTitle = r.note_title;
    if (r.note_type !== undefined) note.noteType = r.note_type;
    return { ok: true, note, nulsRemoved: r.note_text.nulsRemoved };
  };
}

/** Validates one record; for many records prefer {@link createNoteRecordParser}. */
export function parseNoteRecord(record: unknown, options?: NoteRecordOptions): NoteRecordResult {
  return createNoteRecordParser(options)(record);
}
