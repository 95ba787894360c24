import type { Note } from '../core/types.js';
import type { PipelineResult } from '../pipeline.js';
import type { NlpSystem } from '../system.js';

/**
 * What every mapper takes: one processed note. Mappers are pure: the same input gives the same
 * rows and resources (ids included), which is what makes a re-run replace instead of duplicate.
 */
export interface ProcessedNote {
  readonly note: Note;
  readonly result: PipelineResult;
  /**
   * `omop` when the note was read from the CDM's own `note` table (`emrx enqueue --from-omop`):
   * its note_id and person_id are the CDM's integers and its NOTE row is the site's, never
   * rewritten. Absent or `files`: a note from files, written into NOTE by emrx.
   */
  readonly origin?: 'files' | 'omop';
}

/** Run-level context shared by all notes of a batch. */
export interface MappingContext {
  readonly system: NlpSystem;
  /** When the notes were processed: OMOP `nlp_date`/`nlp_datetime`, FHIR Provenance.recorded. */
  readonly processedAt: Date;
}
