import type { ProcessedNote } from '../mappers/input.js';

/**
 * Where processed notes land besides annotations.jsonl: the OMOP database, the FHIR server or
 * NDJSON files. `write` takes a batch (one transaction or one Bundle set per batch); `close`
 * finishes the run (`failed` when the job stopped early) and says what was written.
 */
export interface NoteBatchSink {
  readonly name: string;
  write(batch: readonly ProcessedNote[]): Promise<void>;
  close(outcome?: 'done' | 'failed'): Promise<Record<string, number>>;
}
