/**
 * Text-core throughput on a fixed generated corpus: note MB/s through the text layer
 * (sentences, tokens, sections) and ConText assertion targets/s. Run with `npm run bench`;
 * results go to bench/results/text-core.json. Benchmarks, not tests: nothing here passes or fails.
 */
// V8 flags before any other module runs, as bin/emrx.js does (src/v8-flags.ts).
import '../src/v8-flags.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Span } from '../src/core/types.js';
import { loadClinicalText } from '../src/load-clinical-text.js';
import { generateCorpus } from './corpus.js';

const NOTES = Number(process.env.BENCH_NOTES ?? 3000);
const core = loadClinicalText();
const corpus = generateCorpus(NOTES);
const bytes = corpus.reduce((sum, note) => sum + Buffer.byteLength(note.text, 'utf8'), 0);

// Warm-up: JIT and regex caches, so the figures describe steady state.
for (const note of corpus.slice(0, 200)) core.analyze(note.text, note.language);

let started = performance.now();
const analyzed = corpus.map((note) => core.analyze(note.text, note.language));
const analyzeSeconds = (performance.now() - started) / 1000;

// Targets: every word token of three or more characters, i.e. far more than extractors ask.
const targets: { note: (typeof analyzed)[number]; span: Span }[] = [];
for (const note of analyzed) {
  for (const sentence of note.sentences) {
    for (const token of sentence.tokens) {
      if (token.kind === 'word' && token.end - token.start >= 3)
        targets.push({ note, span: token });
    }
  }
}
started = performance.now();
let negated = 0;
for (const { note, span } of targets) if (core.assert(note, span).negated) negated += 1;
const assertSeconds = (performance.now() - started) / 1000;

// Cold: one target per sentence on freshly analysed notes, so every assertion pays for
// matching all trigger rules against its sentence (the cost when targets are sparse).
const fresh = corpus.map((note) => core.analyze(note.text, note.language));
let coldTargets = 0;
started = performance.now();
for (const note of fresh) {
  for (const sentence of note.sentences) {
    const token = sentence.tokens[0];
    if (!token) continue;
    core.assert(note, token);
    coldTargets += 1;
  }
}
const coldSeconds = (performance.now() - started) / 1000;

const result = {
  benchmark: 'text-core',
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  notes: NOTES,
  corpus_mb: Number((bytes / 1e6).toFixed(2)),
  sentences: analyzed.reduce((sum, n) => sum + n.sentences.length, 0),
  text_layer: {
    seconds: Number(analyzeSeconds.toFixed(3)),
    notes_per_s: Math.round(NOTES / analyzeSeconds),
    mb_per_s: Number((bytes / 1e6 / analyzeSeconds).toFixed(3)),
  },
  assertion: {
    targets: targets.length,
    negated,
    seconds: Number(assertSeconds.toFixed(3)),
    targets_per_s: Math.round(targets.length / assertSeconds),
    cold_targets: coldTargets,
    cold_targets_per_s: Math.round(coldTargets / coldSeconds),
  },
};
const dir = join(import.meta.dirname, '..', '..', 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'text-core.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  `text layer: ${result.text_layer.mb_per_s} MB/s (${result.text_layer.notes_per_s} notes/s, ${result.corpus_mb} MB)\n` +
    `assertion:  ${result.assertion.targets_per_s} targets/s (${result.assertion.targets} targets, sentence triggers cached)\n` +
    `            ${result.assertion.cold_targets_per_s} targets/s cold (one target per sentence)\n` +
    `→ bench/results/text-core.json\n`,
);
