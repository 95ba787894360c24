import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import {
  type FhirMappingContext,
  type FhirResource,
  mapNoteToFhir,
} from '../../mappers/fhir/index.js';
import type { ProcessedNote } from '../../mappers/input.js';
import { JsonlWriter } from '../jsonl-writer.js';
import type { FhirSink, FhirSinkResult } from './sink.js';

/** The resource types emrx writes, each to `<Type>.ndjson` (FHIR Bulk Data export layout). */
const RESOURCE_TYPES: readonly FhirResource['resourceType'][] = ['Observation', 'Provenance'];

/**
 * FHIR Bulk Data style output: one NDJSON file per resource type in a folder, one resource per
 * line with its emrx `id` and literal references (`Observation/<id>`). Opening truncates those
 * files: the folder holds one run's output, so a re-run replaces it rather than appending.
 * (Other files in the folder are left alone.)
 */
export class NdjsonFhirSink implements FhirSink {
  readonly name = 'fhir-ndjson';
  private resources = 0;
  private result: FhirSinkResult | undefined;

  private constructor(
    private readonly writers: ReadonlyMap<string, JsonlWriter>,
    private readonly context: FhirMappingContext,
    private readonly log: Logger,
  ) {}

  static async open(
    dir: string,
    context: FhirMappingContext,
    log: Logger,
  ): Promise<NdjsonFhirSink> {
    await mkdir(dir, { recursive: true });
    const writers = new Map<string, JsonlWriter>();
    for (const type of RESOURCE_TYPES) {
      writers.set(type, await JsonlWriter.open(join(dir, `${type}.ndjson`)));
    }
    return new NdjsonFhirSink(writers, context, log);
  }

  async write(notes: readonly ProcessedNote[]): Promise<void> {
    if (this.result) throw new Error('FHIR NDJSON sink is closed');
    for (const note of notes) {
      for (const resource of mapNoteToFhir(note, this.context)) {
        await this.writers.get(resource.resourceType)!.write(resource);
        this.resources += 1;
      }
    }
  }

  /** Lines go to the file stream as they are written (with back-pressure): nothing to send. */
  async flush(): Promise<void> {}

  /** Closes the files either way: what was written is valid NDJSON, one whole note at a time. */
  async close(_outcome: 'done' | 'failed' = 'done'): Promise<FhirSinkResult> {
    if (this.result) return this.result;
    for (const writer of this.writers.values()) await writer.close();
    this.result = { resources: this.resources };
    this.log.info({ resources: this.resources }, 'fhir ndjson written');
    return this.result;
  }
}
