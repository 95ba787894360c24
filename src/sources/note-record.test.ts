import { describe, expect, it } from 'vitest';
import { createNoteRecordParser, DEFAULT_MAX_NOTE_BYTES, parseNoteRecord } from './note-record.js';

const good = { note_id: 'n-1', person_id: 'p-1', note_text: 'Former smoker, quit 2015.' };

function reason(record: unknown, maxNoteBytes?: number): string {
  const result = parseNoteRecord(record, maxNoteBytes === undefined ? {} : { maxNoteBytes });
  if (result.ok) throw new Error('expected a rejection');
  return result.reason;
}

describe('parseNoteRecord', () => {
  it('accepts a full record and maps it to a Note', () => {
    const result = parseNoteRecord({
      ...good,
      note_date: '2024-02-29',
      note_title: 'Clinic letter',
      note_type: 'progress',
      language: 'en',
      unknown_extra: { anything: true },
    });
    expect(result).toEqual({
      ok: true,
      nulsRemoved: 0,
      note: {
        noteId: 'n-1',
        personId: 'p-1',
        text: 'Former smoker, quit 2015.',
        noteDate: '2024-02-29',
        noteTitle: 'Clinic letter',
        noteType: 'progress',
        language: 'en',
        languageDetected: false,
      },
    });
  });

  it('stringifies integer ids (OMOP) and detects the language when absent', () => {
    const result = parseNoteRecord({ note_id: 1234, person_id: 99, note_text: '喫煙歴なし。' });
    expect(result.ok && result.note).toMatchObject({
      noteId: '1234',
      personId: '99',
      language: 'ja',
      languageDetected: true,
    });
  });

  it('treats null and empty optional fields as absent', () => {
    const result = parseNoteRecord({ ...good, note_date: null, note_title: '', language: '' });
    expect(result.ok && result.note).toEqual({
      noteId: 'n-1',
      personId: 'p-1',
      text: good.note_text,
      language: 'en',
      languageDetected: true,
    });
  });

  it('collects every problem of a record into one reason', () => {
    expect(reason({ person_id: 'p', note_text: 'x', note_date: '2021-02-30' })).toBe(
      'note_id: required; note_date: not a valid date (2021-02-30)',
    );
  });

  it.each([
    [{ ...good, note_id: undefined }, 'note_id: required'],
    [{ ...good, person_id: null }, 'person_id: required'],
    [{ ...good, note_text: undefined }, 'note_text: required'],
    [{ ...good, note_id: '  ' }, 'note_id: empty'],
    [{ ...good, note_id: true }, 'note_id: expected a string or an integer'],
    [{ ...good, note_id: 1.5 }, 'note_id: expected a string or an integer'],
    [{ ...good, person_id: 2 ** 60 }, 'person_id: integer too large to be exact'],
    [{ ...good, note_text: 42 }, 'note_text: expected a string'],
    [{ ...good, note_text: ' \n\t ' }, 'note_text: empty'],
    [{ ...good, note_text: 'a\uD800b' }, 'note_text: contains unpaired surrogates'],
    [{ ...good, note_title: 7 }, 'note_title: expected a string'],
    [{ ...good, note_date: '2021/02/03' }, 'note_date: expected YYYY-MM-DD'],
    [{ ...good, note_date: '2021-13-01' }, 'note_date: not a valid date (2021-13-01)'],
    [{ ...good, note_date: '2023-02-29' }, 'note_date: not a valid date (2023-02-29)'],
    [{ ...good, note_date: '1900-02-29' }, 'note_date: not a valid date (1900-02-29)'],
    [{ ...good, language: 'de' }, "language: expected 'en' or 'ja'"],
  ])('rejects %j', (record, expected) => {
    expect(reason(record)).toContain(expected);
  });

  it('accepts 2000-02-29 (a leap year divisible by 400)', () => {
    expect(parseNoteRecord({ ...good, note_date: '2000-02-29' }).ok).toBe(true);
  });

  it('keeps the note id in a rejection to help find the record, when usable', () => {
    const result = parseNoteRecord({ note_id: 77, note_text: 'x' });
    expect(result).toEqual({ ok: false, noteId: '77', reason: 'person_id: required' });
    const long = parseNoteRecord({ note_id: 'x'.repeat(500), note_text: 'x' });
    expect(long.ok === false && long.noteId).toBeUndefined();
  });

  it('removes NUL characters and counts them', () => {
    const result = parseNoteRecord({ ...good, note_text: 'a\u0000b\u0000\u0000c' });
    expect(result.ok && result.note.text).toBe('abc');
    expect(result.ok && result.nulsRemoved).toBe(3);
    expect(reason({ ...good, note_text: '\u0000\u0000' })).toBe('note_text: empty');
  });

  it('limits note_text by UTF-8 bytes, configurable', () => {
    expect(DEFAULT_MAX_NOTE_BYTES).toBe(1_048_576);
    const parse = createNoteRecordParser({ maxNoteBytes: 9 });
    expect(parse({ ...good, note_text: '喫煙歴' }).ok).toBe(true); // 9 bytes
    const over = parse({ ...good, note_text: '喫煙歴a' });
    expect(over.ok === false && over.reason).toBe('note_text: too large (10 bytes > limit 9)');
    expect(parseNoteRecord({ ...good, note_text: 'a'.repeat(DEFAULT_MAX_NOTE_BYTES) }).ok).toBe(
      true,
    );
    expect(reason({ ...good, note_text: 'a'.repeat(DEFAULT_MAX_NOTE_BYTES + 1) })).toContain(
      'too large',
    );
  });
});
