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
}

/** Run-level context shared by all notes of a batch. */
export interface MappingContext {
  readonly system: NlpSystem;
  /** When the notes were processed: OMOP `nlp_date`/`nlp_datetime`, FHIR Provenance.recorded. */
  readonly processedAt: Date;
}
