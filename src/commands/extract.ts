import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Note } from '../core/types.js';
import type { ProcessedNote } from '../mappers/input.js';
import type { Pipeline, PipelineResult } from '../pipeline.js';
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

/**
 * Where notes are extracted: in this process (the rules; synchronous), or in a pool of threads
 * with the transformer models (chunks of notes, several in flight, results kept in input order).
 */
export type Extraction =
  | { readonly kind: 'inline'; readonly pipeline: Pipeline }
  | {
      readonly kind: 'pool';
      readonly size: number;
      readonly chunkSize: number;
      run(
        notes: readonly Note[],
      ): Promise<readonly ({ ok: true; result: PipelineResult } | { ok: false; reason: string })[]>;
    };

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
  extraction: Pipeline | Extraction,
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
    const accepted = acceptedNotes(events, rejects, log);
    const how: Extraction =
      'kind' in extraction ? extraction : { kind: 'inline', pipeline: extraction };
    const extracted =
      how.kind === 'inline' ? inline(accepted, how.pipeline) : pooled(accepted, how);
    for await (const { note, result, failure } of extracted) {
      if (failure !== undefined) {
        // A note a thread could not extract is recorded like any rejection, and the run goes on.
        await rejects.write({ source: options.input, noteId: note.noteId, reason: failure });
        continue;
      }
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

type Extracted =
  | { readonly note: Note; readonly result: PipelineResult; readonly failure?: undefined }
  | { readonly note: Note; readonly result?: undefined; readonly failure: string };

/**
 * Notes extracted in chunks of {@link INLINE_CHUNK}, extractor by extractor (Pipeline.runAll: each
 * extractor's rules stay warm across the chunk), yielded in input order. A chunk with a note that
 * fails is run again note by note, so the notes before it are yielded before its error, as if
 * each note were run on its own.
 */
async function* inline(notes: AsyncIterable<Note>, pipeline: Pipeline): AsyncGenerator<Extracted> {
  let chunk: Note[] = [];
  function* drain(): Generator<Extracted> {
    const notes = chunk;
    chunk = [];
    let results: PipelineResult[] | null = null;
    try {
      results = pipeline.runAll(notes);
    } catch {
      for (const note of notes) yield { note, result: pipeline.run(note) };
    }
    if (results) for (const [i, note] of notes.entries()) yield { note, result: results[i]! };
  }
  for await (const note of notes) {
    chunk.push(note);
    if (chunk.length >= INLINE_CHUNK) yield* drain();
  }
  yield* drain();
}

/** Notes per chunk of an inline run: enough to keep the rules warm, few enough to hold. */
const INLINE_CHUNK = 32;

/** Chunks of notes to the thread pool, up to one per thread in flight, yielded in input order. */
async function* pooled(
  notes: AsyncIterable<Note>,
  pool: Extract<Extraction, { kind: 'pool' }>,
): AsyncGenerator<Extracted> {
  const inFlight: { notes: Note[]; results: ReturnType<typeof pool.run> }[] = [];
  let chunk: Note[] = [];
  async function* drainOne(): AsyncGenerator<Extracted> {
    const head = inFlight.shift();
    if (!head) return;
    const results = await head.results;
    for (const [i, note] of head.notes.entries()) {
      const outcome = results[i];
      if (outcome?.ok) yield { note, result: outcome.result };
      else yield { note, failure: outcome?.reason ?? 'extraction failed: no result' };
    }
  }
  const submit = () => {
    const results = pool.run(chunk);
    // Awaited in order below; a rejection must not surface early as unhandled.
    results.catch(() => {});
    inFlight.push({ notes: chunk, results });
    chunk = [];
  };
  for await (const note of notes) {
    chunk.push(note);
    if (chunk.length < pool.chunkSize) continue;
    submit();
    if (inFlight.length > pool.size) yield* drainOne();
  }
  if (chunk.length > 0) submit();
  while (inFlight.length > 0) yield* drainOne();
}
