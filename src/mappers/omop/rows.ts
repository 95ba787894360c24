/**
 * OMOP CDM 5.4 rows exactly as the columns are named (shared/reference/omop-cdm-5.4-tables.md),
 * without their primary keys: the sink allocates ids. Only the columns emrx fills are listed; the
 * others stay NULL. Dates are `YYYY-MM-DD` strings.
 */

export interface NoteRow {
  readonly note_id: number;
  readonly person_id: number;
  readonly note_date: string;
  readonly note_type_concept_id: number;
  readonly note_class_concept_id: number;
  readonly note_title: string | null;
  readonly note_text: string;
  readonly encoding_concept_id: number;
  readonly language_concept_id: number;
  readonly note_source_value: string;
}

export interface NoteNlpRow {
  readonly note_id: number;
  readonly section_concept_id: number;
  readonly snippet: string;
  readonly offset: string;
  readonly lexical_variant: string;
  readonly note_nlp_concept_id: number;
  readonly note_nlp_source_concept_id: number;
  readonly nlp_system: string;
  readonly nlp_date: string;
  readonly nlp_datetime: string;
  readonly term_exists: 'Y' | 'N';
  readonly term_temporal: 'present' | 'past';
  readonly term_modifiers: string;
}

export interface ObservationRow {
  readonly person_id: number;
  readonly observation_concept_id: number;
  readonly observation_date: string;
  readonly observation_type_concept_id: number;
  readonly value_as_number: number | null;
  readonly value_as_string: string | null;
  readonly value_as_concept_id: number | null;
  readonly unit_concept_id: number | null;
  readonly observation_source_value: string;
  readonly observation_source_concept_id: number;
  readonly unit_source_value: string | null;
  readonly value_source_value: string | null;
}

export interface MeasurementRow {
  readonly person_id: number;
  readonly measurement_concept_id: number;
  readonly measurement_date: string;
  readonly measurement_type_concept_id: number;
  readonly value_as_concept_id: number;
  readonly measurement_source_value: string;
  readonly measurement_source_concept_id: number;
  readonly value_source_value: string;
}

/** Everything one note becomes. */
export interface OmopNoteRows {
  /** Present when the note came from files and must be written into `note` too. */
  readonly note: NoteRow | null;
  readonly noteNlp: readonly NoteNlpRow[];
  readonly observations: readonly ObservationRow[];
  readonly measurements: readonly MeasurementRow[];
}
