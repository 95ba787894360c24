import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { ProcessedNote } from '../mappers/input.js';
import type { Pipeline } from '../pipeline.js';
import { JsonlWriter } from '../sinks/jsonl-writer.js';
import type { NoteBatchSink } from '../sinks/note-sink.js';
import { acceptedNotes } from '../sources/accepted-notes.js';
import { readNotes } from '../sources/read-notes.js';
import { RejectsWriter } from '../sources/rejects-writer.js';
import { inputSize, ProgressBar } from './progress.js';

export interface ExtractRunOptions {
  readonly input: string;
  readonly output: string;
  readonly mentions?: string;
  readonly rejects: string;
  readonly maxNoteBytes: number;
  /** Where to draw a progress line (a TTY's stderr), or nothing. */
  readonly progress?: NodeJS.WriteStream;
  /** OMOP / FHIR targets: each gets the processed notes in batches of `batchSize`. */
  readonly sinks?: readonly NoteBatchSink[];
  readonly batchSize?: number;
}

export interface ExtractRunResult {
  readonly notes: number;
  readonly rejected: number;
  readonly mentions: number;
  readonly seconds: number;
  /** UTF-8 bytes of accepted note text. */
  readonly textBytes: number;
  /** What each sink wrote, by sink name. */
  readonly sinks: Record<string, Record<string, number>>;
}

/**
 * `emrx extract`: the whole in-process pipeline over any note source. One annotation line per
 * accepted note, in input order; mentions and rejects beside it. Streaming: memory does not grow
 * with the input (beyond the reader's set of seen note ids).
 */
export async function runExtract(
  pipeline: Pipeline,
  log: Logger,
  options: ExtractRunOptions,
): Promise<ExtractRunResult> {
  const annotations = await JsonlWriter.open(options.output);
  const mentions = options.mentions ? await JsonlWriter.open(options.mentions) : undefined;
  const rejects = await RejectsWriter.open(options.rejects);
  const started = performance.now();
  let notes = 0;
  let textBytes = 0;
  const bar = options.progress
    ? new ProgressBar(options.progress, await inputSize(options.input))
    : undefined;
  const draw = (final: boolean) => bar?.update(notes, rejects.count, textBytes, final);
  const sinks = options.sinks ?? [];
  const batchSize = options.batchSize ?? 500;
  let batch: ProcessedNote[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    for (const sink of sinks) await sink.write(batch);
    batch = [];
  };
  const sinkCounts: Record<string, Record<string, number>> = {};
  let outcome: 'done' | 'failed' = 'failed';
  let closeError: unknown;
  try {
    const events = readNotes(options.input, { maxNoteBytes: options.maxNoteBytes });
    for await (const note of acceptedNotes(events, rejects, log)) {
      const result = pipeline.run(note);
      await annotations.write(result.annotation);
      if (mentions) for (const mention of result.mentions) await mentions.write(mention);
      if (sinks.length > 0) {
        batch.push({ note, result });
        if (batch.length >= batchSize) await flush();
      }
      notes += 1;
      textBytes += Buffer.byteLength(note.text, 'utf8');
      draw(false);
    }
    await flush();
    outcome = 'done';
  } finally {
    // Every sink is closed (its run marked done or failed) even when another one fails to close.
    for (const sink of sinks) {
      try {
        sinkCounts[sink.name] = await sink.close(outcome);
      } catch (error) {
        closeError ??= error;
      }
    }
    await annotations.close();
    await mentions?.close();
    await rejects.close();
  }
  // Reached only when the run itself succeeded: otherwise its own error is the one reported.
  if (closeError !== undefined) throw closeError;
  draw(true);
  const seconds = (performance.now() - started) / 1000;
  log.info(
    { notes, rejected: rejects.count, mentions: mentions?.count ?? 0, seconds, sinks: sinkCounts },
    'extract done',
  );
  return {
    notes,
    rejected: rejects.count,
    mentions: mentions?.count ?? 0,
    seconds,
    textBytes,
    sinks: sinkCounts,
  };
}
