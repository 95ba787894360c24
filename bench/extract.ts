/**
 * `emrx extract` throughput: 10,000 generated notes written to a notes.jsonl, then the whole
 * in-process pipeline over it (reader, validation, smoking rules, writers), as a user runs it.
 * Two corpora: `realistic` (mostly other clinical text, a smoking paragraph in two notes of
 * three) and `dense` (every paragraph about smoking or genetics: the prefilter passes nearly
 * everything, the worst case), and `realistic-long` (five times as many realistic notes, a new
 * process's start-up spread over more text). Reports MB/s of note text, notes/s and peak heap to
 * bench/results/extract.json.
 */
// V8 flags before any other module runs, as bin/emrx.js does (src/v8-flags.ts).
import '../src/v8-flags.js';
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { pino } from 'pino';
import { runExtract } from '../src/commands/extract.js';
import { loadPipeline } from '../src/load-pipeline.js';
import { type BenchNote, generateCorpus, generateRealisticCorpus } from './corpus.js';

const NOTES = Number(process.env.BENCH_NOTES ?? 10_000);
const pipeline = loadPipeline();

async function run(name: string, corpus: BenchNote[]) {
  const dir = mkdtempSync(join(tmpdir(), 'emrx-bench-'));
  const input = join(dir, 'notes.jsonl');
  const file = createWriteStream(input);
  corpus.forEach((note, i) => {
    const record = {
      note_id: `b-${i}`,
      person_id: `p-${i % 977}`,
      note_date: '2024-06-01',
      note_text: note.text,
      language: note.language,
    };
    file.write(`${JSON.stringify(record)}\n`);
  });
  file.end();
  await finished(file);
  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const result = await runExtract(pipeline, pino({ level: 'silent' }), {
    input,
    output: join(dir, 'annotations.jsonl'),
    mentions: join(dir, 'mentions.jsonl'),
    rejects: join(dir, 'rejects.jsonl'),
    maxNoteBytes: 1_048_576,
  });
  clearInterval(sampler);
  const report = {
    corpus: name,
    notes: result.notes,
    text_mb: Number((result.textBytes / 1e6).toFixed(2)),
    seconds: Number(result.seconds.toFixed(2)),
    notes_per_s: Math.round(result.notes / result.seconds),
    mb_per_s: Number((result.textBytes / 1e6 / result.seconds).toFixed(2)),
    mentions: result.mentions,
    peak_heap_mb: Number((peakHeap / 1e6).toFixed(1)),
  };
  process.stdout.write(
    `extract (${name}): ${report.mb_per_s} MB/s of note text, ${report.notes_per_s} notes/s ` +
      `(${report.notes} notes, ${report.text_mb} MB, one core), peak heap ${report.peak_heap_mb} MB\n`,
  );
  return report;
}

const results = {
  benchmark: 'extract',
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  runs: [
    await run('realistic', generateRealisticCorpus(NOTES)),
    await run('dense', generateCorpus(NOTES)),
    // The same kind of notes, five times as many: the process's start-up (compiling the rules'
    // expressions, warming the JIT: about 0.8 s, paid once per process) weighs less, as it does
    // on a real batch of hundreds of thousands of notes.
    await run('realistic-long', generateRealisticCorpus(5 * NOTES, 20261130)),
  ],
};
const out = join(import.meta.dirname, '..', '..', 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'extract.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write('→ bench/results/extract.json\n');
