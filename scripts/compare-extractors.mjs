// Rules vs transformer vs ensemble on the gold sets: aggregate scores only (no note text).
// Run after `npm run build`:  node scripts/compare-extractors.mjs [split] [--out file.json]
// split: devtest (default; report it, never tune on it) or a training split such as dev.
import { readFileSync, writeFileSync } from 'node:fs';
import { scoreGenetics } from '../dist/src/eval/genetics-score.js';
import { NUMERIC_FIELDS, scoreSmoking } from '../dist/src/eval/smoking-score.js';
import { ModelPipeline } from '../dist/src/model-pipeline.js';
import { parseNoteRecord } from '../dist/src/sources/note-record.js';
import { defaultVocabDir } from '../dist/src/vocab/load.js';

const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--')) ?? 'devtest';
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const results = {};
for (const mode of ['rules', 'transformer', 'ensemble']) {
  const pipeline = await ModelPipeline.load(defaultVocabDir(), mode);
  results[mode] = {};
  for (const task of ['smoking', 'genetics']) {
    for (const lang of ['en', 'ja']) {
      const notes = readJsonl(`samples/${task}/${lang}/notes-${split}.jsonl`).map(
        (raw) => parseNoteRecord(raw).note,
      );
      const gold = new Map(
        readJsonl(`samples/${task}/${lang}/gold-${split}.jsonl`).map((g) => [g.note_id, g]),
      );
      const predicted = [];
      for (let i = 0; i < notes.length; i += 64) {
        for (const outcome of await pipeline.run(notes.slice(i, i + 64))) {
          if (!outcome.ok) throw outcome.error;
          predicted.push(outcome.result.annotation);
        }
      }
      if (task === 'smoking') {
        const s = scoreSmoking(
          predicted.map((p) => ({ gold: gold.get(p.note_id).smoking, predicted: p.smoking })),
        );
        results[mode][`smoking ${lang}`] = {
          notes: s.notes,
          status_macro_f1: s.macroF1,
          ...Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, s.numeric[f].accuracy])),
        };
      } else {
        const g = scoreGenetics(
          predicted.map((p) => ({
            note_id: p.note_id,
            gold: gold.get(p.note_id).genetics,
            predicted: p.genetics,
          })),
        );
        results[mode][`genetics ${lang}`] = {
          notes: g.notes,
          precision: g.precision,
          recall: g.recall,
          f1: g.f1,
        };
      }
    }
  }
  await pipeline.close();
}

const f = (x) => (typeof x === 'number' ? x.toFixed(3) : String(x));
console.log(`split: ${split}\n`);
console.log('| set | measure | rules | transformer | ensemble |');
console.log('|---|---|---|---|---|');
for (const set of Object.keys(results.rules)) {
  for (const measure of Object.keys(results.rules[set])) {
    if (measure === 'notes') continue;
    const row = ['rules', 'transformer', 'ensemble'].map((m) => f(results[m][set][measure]));
    console.log(`| ${set} (${results.rules[set].notes} notes) | ${measure} | ${row.join(' | ')} |`);
  }
}
if (out) writeFileSync(out, `${JSON.stringify({ split, results }, null, 2)}\n`);
