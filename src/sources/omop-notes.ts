import type { SqlQueryable } from '../sinks/omop/sql-client.js';
import type { NoteEvent } from './note-event.js';
import { createNoteRecordParser } from './note-record.js';

/** The location every note read from the CDM carries: the queue and the sinks know it by this. */
export const OMOP_NOTE_SOURCE = 'omop:note';

/** NOTE.language_concept_id → the pipeline's language (PEDSnet's verified ids); else detected. */
const LANGUAGES: ReadonlyMap<number, 'en' | 'ja'> = new Map([
  [4180186, 'en'],
  [4181524, 'ja'],
]);

export interface OmopNoteQuery {
  readonly schema: string;
  /**
   * An SQL condition on the `note` table (`note_type_concept_id = 32817 AND note_date >= '2020-01-01'`),
   * written by the site's own data team against its own database; it is not user input from
   * outside the TRE, so it is spliced as given (in parentheses).
   */
  readonly where?: string;
  readonly pageSize?: number;
  readonly maxNoteBytes: number;
}

interface NoteRow {
  note_id: number | string;
  person_id: number | string;
  note_date: string | Date | null;
  note_title: string | null;
  note_text: string | null;
  language_concept_id: number | null;
  note_type_concept_id: number | null;
}

const isoDate = (value: string | Date | null): string | undefined => {
  if (value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.slice(0, 10);
};

/**
 * The OMOP `note` table as note events, in pages ordered by note_id (keyset paging: constant
 * memory and no OFFSET scans, however large the table). Each row is validated like a file note;
 * a row that fails (no text, too large) is a rejection naming its note_id.
 */
export async function* readOmopNotes(
  db: SqlQueryable,
  query: OmopNoteQuery,
): AsyncGenerator<NoteEvent> {
  const parse = createNoteRecordParser({ maxNoteBytes: query.maxNoteBytes });
  const pageSize = query.pageSize ?? 1000;
  const where = query.where ? ` AND (${query.where})` : '';
  let after: number | null = null;
  for (;;) {
    const { rows }: { rows: NoteRow[] } = await db.query<NoteRow>(
      `SELECT note_id, person_id, note_date, note_title, note_text, language_concept_id, note_type_concept_id
         FROM ${query.schema}.note
        WHERE ($1::integer IS NULL OR note_id > $1)${where}
        ORDER BY note_id
        LIMIT $2`,
      [after, pageSize],
    );
    for (const row of rows) {
      const language =
        row.language_concept_id === null
          ? undefined
          : LANGUAGES.get(Number(row.language_concept_id));
      const date = isoDate(row.note_date);
      const result = parse({
        note_id: Number(row.note_id),
        person_id: Number(row.person_id),
        note_text: row.note_text,
        ...(date ? { note_date: date } : {}),
        ...(row.note_title ? { note_title: row.note_title } : {}),
        ...(row.note_type_concept_id !== null
          ? { note_type: `concept:${row.note_type_concept_id}` }
          : {}),
        ...(language ? { language } : {}),
      });
      if (result.ok)
        yield {
          kind: 'note',
          note: result.note,
          location: { source: OMOP_NOTE_SOURCE },
          nulsRemoved: result.nulsRemoved,
        };
      else
        yield {
          kind: 'reject',
          rejection: {
            source: OMOP_NOTE_SOURCE,
            noteId: String(row.note_id),
            reason: result.reason,
          },
        };
    }
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.note_id);
  }
}
