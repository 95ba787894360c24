import { describeSystem } from '../../system.js';
import type { OmopConceptMapFile } from '../../vocab/schemas.js';
import type { MappingContext, ProcessedNote } from '../input.js';
import type { ConceptResolver, ReferenceConcept } from './concepts.js';
import { mapGeneticMeasurements } from './measurement.js';
import { mapNoteNlp } from './note-nlp.js';
import { mapSmokingObservations } from './observation.js';
import type { NoteRow, OmopNoteRows } from './rows.js';
import { fitVarchar } from './text-limits.js';

/** What OMOP mapping needs from vocab/: the concept map, the reference rows, HGNC ids. */
export interface OmopVocab {
  readonly map: OmopConceptMapFile;
  readonly reference: readonly ReferenceConcept[];
  readonly geneCode: (symbol: string) => string | undefined;
}

export interface OmopMapping {
  readonly map: OmopConceptMapFile;
  readonly concepts: ConceptResolver;
  /** Gene symbol → OMOP Genomic concept_code (the HGNC id without its prefix). */
  readonly geneCode: (symbol: string) => string | undefined;
}

/** The integer ids the sink gave this note and its person (OMOP ids are integers). */
export interface OmopIds {
  readonly noteId: number;
  readonly personId: number;
  /** Write the note itself into `note` (it came from files, not from the CDM). */
  readonly writeNote: boolean;
}

/**
 * One processed note → its OMOP rows. Pure. The clinical date of every row is the note's date;
 * a note without one is dated by when it was processed (NOTE requires a date), which the run
 * table makes visible.
 */
export function mapNoteToOmop(
  processed: ProcessedNote,
  ids: OmopIds,
  mapping: OmopMapping,
  context: MappingContext,
): OmopNoteRows {
  const { note, result } = processed;
  const { map, concepts } = mapping;
  const processedDate = context.processedAt.toISOString().slice(0, 10);
  const date = note.noteDate ?? processedDate;
  const noteRow: NoteRow | null = ids.writeNote
    ? {
        note_id: ids.noteId,
        person_id: ids.personId,
        note_date: date,
        note_type_concept_id: concepts.fixed(map.note.type.concept_id),
        note_class_concept_id: concepts.fixed(map.note.class.concept_id),
        note_title: note.noteTitle ? fitVarchar(note.noteTitle, 250) : null,
        note_text: note.text,
        encoding_concept_id: concepts.fixed(map.note.encoding.concept_id),
        language_concept_id: concepts.fixed(map.note.language[note.language].concept_id),
        note_source_value: fitVarchar(note.noteId, 50),
      }
    : null;
  return {
    note: noteRow,
    noteNlp: mapNoteNlp(note.text, ids.noteId, result.mentions, {
      map,
      concepts,
      geneCode: mapping.geneCode,
      nlpSystem: describeSystem(context.system),
      nlpDate: processedDate,
      nlpDatetime: context.processedAt.toISOString(),
    }),
    observations: mapSmokingObservations(
      result.annotation.smoking,
      ids.personId,
      date,
      map,
      concepts,
    ),
    measurements: mapGeneticMeasurements(
      result.annotation.genetics,
      ids.personId,
      date,
      map,
      concepts,
      mapping.geneCode,
    ),
  };
}
