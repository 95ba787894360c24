import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Pipeline } from '../pipeline.js';
import { JsonlWriter } from '../sinks/jsonl-writer.js';
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
}

export interface ExtractRunResult {
  readonly notes: number;
  readonly rejected: number;
  readonly mentions: number;
  readonly seconds: number;
  /** UTF-8 bytes of accepted note text. */
  readonly textBytes: number;
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
  try {
    const events = readNotes(options.input, { maxNoteBytes: options.maxNoteBytes });
    for await (const note of acceptedNotes(events, rejects, log)) {
      const result = pipeline.run(note);
      await annotations.write(result.annotation);
      if (mentions) for (const mention of result.mentions) await mentions.write(mention);
      notes += 1;
      textBytes += Buffer.byteLength(note.text, 'utf8');
      draw(false);
    }
  } finally {
    await annotations.close();
    await mentions?.close();
    await rejects.close();
  }
  draw(true);
  const seconds = (performance.now() - started) / 1000;
  log.info(
    { notes, rejected: rejects.count, mentions: mentions?.count ?? 0, seconds },
    'extract done',
  );
  return { notes, rejected: rejects.count, mentions: mentions?.count ?? 0, seconds, textBytes };
}
