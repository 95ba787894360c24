import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initSchema } from '../sinks/omop/schema.js';
import { openSqlClient, type SqlClient } from '../sinks/omop/sql-client.js';
import { defaultVocabDir } from '../vocab/load.js';
import { OMOP_NOTE_SOURCE, readOmopNotes } from './omop-notes.js';

describe('readOmopNotes (PGlite)', () => {
  let db: SqlClient;
  beforeAll(async () => {
    db = await openSqlClient('embedded:memory://');
    await initSchema(db, defaultVocabDir(), 'cdm', { constraints: false });
    const rows: [number, number, string | null, number][] = [
      [5, 100, 'Former smoker, quit 2010.', 4180186],
      [2, 101, '元喫煙者。', 4181524],
      [9, 102, null, 0],
      [7, 103, 'Never smoker.', 0],
      [11, 104, 'EGFR L858R detected.', 4180186],
    ];
    for (const [id, person, text, language] of rows)
      await db.query(
        `INSERT INTO cdm.note (note_id, person_id, note_date, note_type_concept_id, note_class_concept_id,
           note_text, encoding_concept_id, language_concept_id)
         VALUES ($1, $2, DATE '2024-03-02', 32817, 706391, $3, 32678, $4)`,
        [id, person, text ?? '', language],
      );
  }, 60_000);
  afterAll(() => db?.close());

  const read = async (where?: string) => {
    const events = [];
    for await (const event of readOmopNotes(db, {
      schema: 'cdm',
      pageSize: 2,
      maxNoteBytes: 1000,
      ...(where ? { where } : {}),
    }))
      events.push(event);
    return events;
  };

  it('pages through the table in note_id order, validating each row like a file note', async () => {
    const events = await read();
    expect(
      events.map((e) => (e.kind === 'note' ? e.note.noteId : `reject ${e.rejection.noteId}`)),
    ).toEqual(['2', '5', '7', 'reject 9', '11']);
    const first = events[0]!;
    expect(first.kind === 'note' && first.note).toMatchObject({
      personId: '101',
      noteDate: '2024-03-02',
      language: 'ja',
      languageDetected: false,
    });
    expect(first.kind === 'note' && first.location.source).toBe(OMOP_NOTE_SOURCE);
    // No language concept: detected from the text.
    const seven = events[2]!;
    expect(seven.kind === 'note' && seven.note.languageDetected).toBe(true);
  });

  it("applies the site's filter", async () => {
    const events = await read('note_id > 6');
    expect(
      events.filter((e) => e.kind === 'note').map((e) => e.kind === 'note' && e.note.noteId),
    ).toEqual(['7', '11']);
  });
});
