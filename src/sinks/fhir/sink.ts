import type { ProcessedNote } from '../../mappers/input.js';

/**
 * Where FHIR resources go: a Bulk Data style NDJSON folder, or a FHIR server. Shaped like the
 * other batch sinks (`name`, `write`, `close(outcome)`), so the extract job can drive it the
 * same way.
 */
export interface FhirSink {
  readonly name: 'fhir-ndjson' | 'fhir-server';
  /** Maps and writes (or queues) the notes' resources; rejects once a write has failed. */
  write(notes: readonly ProcessedNote[]): Promise<void>;
  /** Sends (or writes out) everything queued so far; a worker calls it before finishing a job. */
  flush(): Promise<void>;
  /**
   * Finishes the run and says how many resources were written. After `done` (the default) what
   * is queued is sent first; after `failed` (the job stopped early) queued notes are dropped: a
   * re-run writes them, and conditional updates make that safe. Idempotent.
   */
  close(outcome?: 'done' | 'failed'): Promise<FhirSinkResult>;
}

// A type literal (not an interface), so it also fits `Record<string, number>`.
export type FhirSinkResult = {
  /** Resources written (for a server: in transactions it committed). */
  readonly resources: number;
};
