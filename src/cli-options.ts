import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Logger } from 'pino';
import type { MappingContext } from './mappers/input.js';
import type { NoteBatchSink } from './sinks/note-sink.js';
import { checkSchemaName } from './sinks/omop/schema.js';
import { DEFAULT_OMOP_SCHEMA, EMBEDDED_PREFIX } from './sinks/omop/target.js';
import { DEFAULT_MAX_NOTE_BYTES } from './sources/note-record.js';
import { loadHgncIds } from './vocab/load.js';

/** Options and helpers shared by the CLI's commands. */

/** Exit codes: 0 success, 1 failure, 2 bad usage (commander's parse errors and ours). */
export class UsageError extends Error {}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`not a positive integer: ${value}`);
  return n;
}

export function checkSchemaOption(schema: string): string {
  try {
    return checkSchemaName(schema);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `embedded:out/omop` relative to the working directory, so logs and reruns agree on the folder. */
export function embeddedPathResolved(target: string): string {
  const dir = target.startsWith(EMBEDDED_PREFIX) ? target.slice(EMBEDDED_PREFIX.length) : '';
  // `embedded:memory://` is PGlite's in-memory database: not a path.
  return dir && !dir.startsWith('memory://') ? `${EMBEDDED_PREFIX}${resolve(dir)}` : target;
}

export interface TargetOptions {
  readonly omop?: string;
  readonly omopSchema: string;
  readonly fhir?: string;
}

/** The `--omop` / `--fhir` targets as sinks; a bad target is a usage error. */
export async function openTargets(
  options: TargetOptions,
  context: MappingContext,
  vocabDir: string,
  log: Logger,
): Promise<NoteBatchSink[]> {
  const sinks: NoteBatchSink[] = [];
  const schema = checkSchemaOption(options.omopSchema);
  // Loaded only when asked for: the database drivers and the FHIR client cost start-up time and
  // heap that a plain `extract` does not need.
  if (options.omop) {
    const { openOmopTarget } = await import('./sinks/omop/open-omop.js');
    sinks.push(await openOmopTarget(embeddedPathResolved(options.omop), schema, vocabDir, context));
  }
  if (options.fhir) {
    const { FhirTargetError, openFhirSink } = await import('./sinks/fhir/index.js');
    try {
      sinks.push(
        await openFhirSink(options.fhir, {
          context: { ...context, geneIds: loadHgncIds(vocabDir) },
          log,
          ...(process.env.EMRX_FHIR_TOKEN ? { bearerToken: process.env.EMRX_FHIR_TOKEN } : {}),
        }),
      );
    } catch (error) {
      await Promise.all(sinks.map((sink) => sink.close('failed')));
      if (error instanceof FhirTargetError) throw new UsageError(error.message);
      throw error;
    }
  }
  return sinks;
}

/** `--omop`, `--omop-schema`, `--fhir`: shared by extract, worker and run. */
export function addTargetOptions(command: Command): Command {
  return command
    .option(
      '--omop <postgres-url|embedded:dir>',
      'also write OMOP CDM 5.4 rows (note, note_nlp, observation, measurement)',
    )
    .option('--omop-schema <name>', 'the CDM schema', DEFAULT_OMOP_SCHEMA)
    .option(
      '--fhir <url|ndjson:dir>',
      'also write FHIR R4 resources: to a server (transaction Bundles) or NDJSON files',
    );
}

/** Shared by every command that reads notes. */
export function maxNoteBytesOption(): Option {
  return new Option('--max-note-bytes <n>', 'largest accepted note_text in UTF-8 bytes')
    .default(DEFAULT_MAX_NOTE_BYTES)
    .argParser(positiveInteger);
}
