import type { ProcessedNote } from '../mappers/input.js';

/**
 * Where processed notes land besides annotations.jsonl: the OMOP database, the FHIR server or
 * NDJSON files. `write` takes a batch (one transaction or one Bundle set per batch); `close`
 * finishes the run (`failed` when the job stopped early) and says what was written.
 */
export interface NoteBatchSink {
  readonly name: string;
  write(batch: readonly ProcessedNote[]): Promise<void>;
  /**
   * Lands everything written so far before it resolves. A queue worker calls it before it marks
   * a job done, so a finished job never has rows still waiting in memory.
   */
  flush(): Promise<void>;
  close(outcome?: 'done' | 'failed'): Promise<Record<string, number>>;
}
