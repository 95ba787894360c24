import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { findingSourceValue } from '../mappers/omop/measurement.js';
import type { GeneticAnnotation } from '../pipeline.js';
import { checkSchemaName } from '../sinks/omop/schema.js';
import type { SqlQueryable } from '../sinks/omop/sql-client.js';
import { readNotes } from '../sources/read-notes.js';
import { UNKNOWN_PERSON_ID } from '../sources/txt-dir.js';
import type { FindingFacts, NoteFacts, SmokingStatus } from '../summarize/index.js';

/**
 * Where `emrx summarize` reads from: annotations.jsonl (optionally joined to the notes for their
 * date and person), or the OMOP tables emrx wrote. Both give the same {@link NoteFacts}: the same
 * gene/variant labels (the OMOP `measurement_source_value` form), the patient's findings only.
 * Problems are collected with their line numbers and reported together; never a value from the
 * input (it may be patient data).
 */

export class SummarizeInputError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    const shown = problems.slice(0, 20);
    const more =
      problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`${source}: ${problems.length} problem(s):\n${shown.join('\n')}${more}`);
  }
}

const Nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const AnnotationLine = z.object({
  note_id: z.union([z.string().min(1), z.number().int()]).transform(String),
  smoking: z.object({
    status: z.enum(['current', 'former', 'never', 'unknown']),
    pack_years: Nullable(z.number().nonnegative()),
    brinkman_index: Nullable(z.number().nonnegative()),
  }),
  genetics: z.array(
    z.object({
      gene: z.string().min(1),
      hgvs_c: Nullable(z.string()),
      hgvs_p: Nullable(z.string()),
      kind: z.string().min(1),
      exon: Nullable(z.number().int()),
      partner: Nullable(z.string()),
      status: z.enum(['present', 'absent']),
      subject: z.enum(['patient', 'family']).optional(),
    }),
  ),
});
type AnnotationLine = z.infer<typeof AnnotationLine>;

/** The finding's gene and variant, exactly as OMOP `measurement_source_value` writes them. */
export function findingLabel(finding: {
  gene: string;
  hgvs_c?: string | null | undefined;
  hgvs_p?: string | null | undefined;
  kind: string;
  exon?: number | null | undefined;
  partner?: string | null | undefined;
}): { gene: string; variant: string } {
  const sourceValue = findingSourceValue({
    gene: finding.gene,
    hgvs_c: finding.hgvs_c ?? null,
    hgvs_p: finding.hgvs_p ?? null,
    kind: finding.kind,
    exon: finding.exon ?? null,
    partner: finding.partner ?? null,
  } as GeneticAnnotation);
  return splitSourceValue(sourceValue);
}

/** `EGFR p.Leu858Arg` → gene `EGFR`, variant `p.Leu858Arg`. */
export function splitSourceValue(sourceValue: string): { gene: string; variant: string } {
  const space = sourceValue.indexOf(' ');
  return space < 0
    ? { gene: sourceValue, variant: '' }
    : { gene: sourceValue.slice(0, space), variant: sourceValue.slice(space + 1) };
}

/** Zod issues as `field: message`, without the input's values. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(line)'}: ${issue.code}`)
    .join('; ');
}

export interface NoteContext {
  readonly person: string | null;
  readonly year: number | null;
}

/** note_id → the note's person and year, from a notes file (notes.jsonl, .csv or a .txt folder). */
export async function readNoteContext(path: string): Promise<Map<string, NoteContext>> {
  const context = new Map<string, NoteContext>();
  for await (const event of readNotes(path)) {
    if (event.kind !== 'note') continue;
    const { noteId, personId, noteDate } = event.note;
    context.set(noteId, {
      person: personId === UNKNOWN_PERSON_ID ? null : personId,
      year: noteDate ? Number(noteDate.slice(0, 4)) : null,
    });
  }
  return context;
}

/** annotations.jsonl → facts. With `notes`, each annotation must have its note there. */
export async function readAnnotationFacts(
  path: string,
  notes?: ReadonlyMap<string, NoteContext>,
): Promise<NoteFacts[]> {
  const facts: NoteFacts[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let missing = 0;
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push(`line ${lineNumber}: not valid JSON`);
      continue;
    }
    const parsed = AnnotationLine.safeParse(json);
    if (!parsed.success) {
      problems.push(`line ${lineNumber}: ${describeIssues(parsed.error)}`);
      continue;
    }
    const annotation: AnnotationLine = parsed.data;
    if (seen.has(annotation.note_id)) {
      problems.push(`line ${lineNumber}: duplicate note_id`);
      continue;
    }
    seen.add(annotation.note_id);
    const context = notes?.get(annotation.note_id);
    if (notes && !context) missing += 1;
    facts.push({
      person: context?.person ?? null,
      year: context?.year ?? null,
      status: annotation.smoking.status,
      packYears: annotation.smoking.pack_years ?? null,
      brinkmanIndex: annotation.smoking.brinkman_index ?? null,
      // A relative's result is not the patient's (as in OMOP MEASUREMENT).
      findings: annotation.genetics
        .filter((f) => (f.subject ?? 'patient') === 'patient')
        .map((f): FindingFacts => ({ ...findingLabel(f), status: f.status })),
    });
  }
  if (missing > 0)
    problems.push(`${missing} annotation(s) have no note in the notes file (is it the right one?)`);
  if (problems.length > 0) throw new SummarizeInputError(path, problems);
  return facts;
}

const STATUSES = new Set<string>(['current', 'former', 'never', 'unknown']);

/**
 * The OMOP tables emrx wrote → facts, one per note emrx processed (`emrx_note_map`, or notes with
 * emrx NOTE_NLP rows). Observations and measurements are tied to their note by `emrx_row`. A note
 * without a status row is `unknown` (emrx writes none for it).
 */
export async function readOmopFacts(db: SqlQueryable, schemaName: string): Promise<NoteFacts[]> {
  const s = checkSchemaName(schemaName);
  const notes = await db.query<{ note_id: number; person_id: number; year: number | null }>(
    `SELECT n.note_id, n.person_id, EXTRACT(YEAR FROM n.note_date)::integer AS year
       FROM ${s}.note n
      WHERE n.note_id IN (SELECT note_id FROM ${s}.emrx_note_map
                          UNION SELECT note_id FROM ${s}.note_nlp WHERE nlp_system LIKE 'emrx %')
      ORDER BY n.note_id`,
  );
  const observations = await db.query<{
    note_id: number;
    source_value: string | null;
    concept_id: number;
    value_as_string: string | null;
    value_as_number: string | number | null;
  }>(
    `SELECT r.note_id, o.observation_source_value AS source_value,
            o.observation_concept_id AS concept_id, o.value_as_string, o.value_as_number
       FROM ${s}.observation o
       JOIN ${s}.emrx_row r ON r.table_name = 'observation' AND r.row_id = o.observation_id
      WHERE o.observation_type_concept_id = 32858
        AND (o.observation_concept_id = 43054909
             OR o.observation_source_value IN ('smoking_status', 'pack_years', 'brinkman_index'))`,
  );
  const measurements = await db.query<{
    note_id: number;
    source_value: string | null;
    status: string | null;
  }>(
    `SELECT r.note_id, m.measurement_source_value AS source_value, m.value_source_value AS status
       FROM ${s}.measurement m
       JOIN ${s}.emrx_row r ON r.table_name = 'measurement' AND r.row_id = m.measurement_id
      WHERE m.measurement_type_concept_id = 32858`,
  );

  interface Building {
    person: string;
    year: number | null;
    status: SmokingStatus;
    packYears: number | null;
    brinkmanIndex: number | null;
    findings: FindingFacts[];
  }
  const byNote = new Map<number, Building>();
  for (const n of notes.rows)
    byNote.set(Number(n.note_id), {
      person: String(n.person_id),
      year: n.year === null ? null : Number(n.year),
      status: 'unknown',
      packYears: null,
      brinkmanIndex: null,
      findings: [],
    });
  for (const o of observations.rows) {
    const note = byNote.get(Number(o.note_id));
    if (!note) continue;
    const number = o.value_as_number === null ? null : Number(o.value_as_number);
    if (Number(o.concept_id) === 43054909 || o.source_value === 'smoking_status') {
      if (o.value_as_string && STATUSES.has(o.value_as_string))
        note.status = o.value_as_string as SmokingStatus;
    } else if (o.source_value === 'pack_years') note.packYears = number;
    else if (o.source_value === 'brinkman_index') note.brinkmanIndex = number;
  }
  for (const m of measurements.rows) {
    const note = byNote.get(Number(m.note_id));
    if (!note || !m.source_value || (m.status !== 'present' && m.status !== 'absent')) continue;
    note.findings.push({ ...splitSourceValue(m.source_value), status: m.status });
  }
  return [...byNote.values()];
}
