/**
 * Transformer inference throughput: candidate sentences per second on one core. The candidate
 * sentences of generated notes (what the prefilter passes to the models) go through both shipped
 * models (status classifier + tagger) on one ONNX Runtime thread, in batches as the pipeline
 * sends them. Also the whole `--extractors ensemble` path on one thread, in notes/s. Target:
 * ≥ 1,000 candidate sentences/s/core. Results in bench/results/models.json.
 */
// V8 flags before any other module runs, as bin/emrx.js does (src/v8-flags.ts).
import '../src/v8-flags.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Note } from '../src/core/types.js';
import type { ModelPrecision } from '../src/extractors/transformer/model-folder.js';
import { defaultModelsDir } from '../src/extractors/transformer/model-folder.js';
import { loadModelPair } from '../src/extractors/transformer/runtime.js';
import { loadPipeline } from '../src/load-pipeline.js';
import { ModelPipeline } from '../src/model-pipeline.js';
import { defaultVocabDir, loadEnsemblePolicy } from '../src/vocab/load.js';
import { generateRealisticCorpus } from './corpus.js';

const NOTES = Number(process.env.BENCH_MODEL_NOTES ?? 2_000);
const vocabDir = defaultVocabDir();
const policy = loadEnsemblePolicy(vocabDir);
const modelsDir = defaultModelsDir(vocabDir);
const pipeline = loadPipeline(vocabDir);
const corpus: Note[] = generateRealisticCorpus(NOTES).map((n, i) => ({
  noteId: `b-${i}`,
  personId: `p-${i}`,
  noteDate: '2024-06-01',
  text: n.text,
  language: n.language,
  languageDetected: false,
}));
const sentences = corpus.flatMap((note) => pipeline.candidateSentences(note).map((s) => s.text));

async function sentencesPerSecond(precision: ModelPrecision) {
  const { status, tagger } = await loadModelPair(modelsDir, policy.models, precision);
  const batch = policy.models.batch_size;
  // Sorted by length, as the pipeline batches them.
  const sorted = [...sentences].sort((a, b) => a.length - b.length);
  await status.classify(sorted.slice(0, batch));
  await tagger.tag(sorted.slice(0, batch));
  const started = performance.now();
  for (let i = 0; i < sorted.length; i += batch) {
    const texts = sorted.slice(i, i + batch);
    await status.classify(texts);
    await tagger.tag(texts);
  }
  const seconds = (performance.now() - started) / 1000;
  await status.dispose();
  await tagger.dispose();
  return {
    precision,
    sentences: sorted.length,
    seconds: Number(seconds.toFixed(2)),
    sentences_per_s: Math.round(sorted.length / seconds),
  };
}

async function ensembleNotesPerSecond() {
  const models = await ModelPipeline.load(vocabDir, 'ensemble', modelsDir);
  const rules = await ModelPipeline.load(vocabDir, 'rules', modelsDir);
  const time = async (p: ModelPipeline) => {
    const started = performance.now();
    for (let i = 0; i < corpus.length; i += 64) await p.run(corpus.slice(i, i + 64));
    return (performance.now() - started) / 1000;
  };
  const ensemble = await time(models);
  const rulesOnly = await time(rules);
  await models.close();
  return {
    notes: corpus.length,
    ensemble_notes_per_s: Math.round(corpus.length / ensemble),
    rules_notes_per_s: Math.round(corpus.length / rulesOnly),
  };
}

const report = {
  cpu: cpus()[0]?.model ?? 'unknown',
  candidate_sentences_per_note: Number((sentences.length / corpus.length).toFixed(2)),
  one_thread: [await sentencesPerSecond('int8'), await sentencesPerSecond('fp32')],
  ensemble_one_thread: await ensembleNotesPerSecond(),
};
for (const r of report.one_thread) {
  process.stdout.write(
    `models (${r.precision}, 1 thread): ${r.sentences_per_s} candidate sentences/s ` +
      `(status + tagger, ${r.sentences} sentences in ${r.seconds}s; target ≥ 1,000/s/core)\n`,
  );
}
process.stdout.write(
  `ensemble (1 thread): ${report.ensemble_one_thread.ensemble_notes_per_s} notes/s ` +
    `(rules alone ${report.ensemble_one_thread.rules_notes_per_s} notes/s)\n`,
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/models.json', `${JSON.stringify(report, null, 2)}\n`);
