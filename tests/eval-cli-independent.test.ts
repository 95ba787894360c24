import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval } from '../src/commands/eval.js';
import { loadPipeline } from '../src/load-pipeline.js';
import { readNotes } from '../src/sources/read-notes.js';

// `emrx eval` on the English dev samples (smoking + genetics), checked against a second
// computation written here from the spec alone: it shares no code with src/eval (no scorer,
// no report module), counts with its own formulas (F1 = 2TP / (2TP + FP + FN)) and matches
// findings with a maximum bipartite matching instead of the scorer's first-fit.

const samples = join(import.meta.dirname, '..', 'samples');
const GOLD = [
  join(samples, 'smoking', 'en', 'gold-dev.jsonl'),
  join(samples, 'genetics', 'en', 'gold-dev.jsonl'),
];
const NOTES = [
  join(samples, 'smoking', 'en', 'notes-dev.jsonl'),
  join(samples, 'genetics', 'en', 'notes-dev.jsonl'),
];

type Json = Record<string, unknown>;
interface Smoking {
  status: string;
  [field: string]: unknown;
}
interface Finding {
  gene: string;
  hgvs_c: string | null;
  hgvs_p: string | null;
  kind: string;
  exon: number | null;
  partner: string | null;
  status: string;
  significance: string | null;
  origin: string | null;
  subject: string;
}
interface Line {
  note_id: string;
  smoking?: Smoking;
  genetics?: Finding[];
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

const CLASSES = ['current', 'former', 'never', 'unknown'];
const FIELDS = ['pack_years', 'cigarettes_per_day', 'years_smoked', 'quit_year', 'brinkman_index'];

/** Spec 4, smoking, from scratch. */
function smokingByHand(pairs: { gold: Smoking; pred: Smoking }[]) {
  const perClass: Record<string, { p: number; r: number; f1: number }> = {};
  const present: number[] = [];
  for (const c of CLASSES) {
    const tp = pairs.filter((x) => x.gold.status === c && x.pred.status === c).length;
    const fp = pairs.filter((x) => x.gold.status !== c && x.pred.status === c).length;
    const fn = pairs.filter((x) => x.gold.status === c && x.pred.status !== c).length;
    const f1 = tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    perClass[c] = {
      p: tp + fp === 0 ? 0 : tp / (tp + fp),
      r: tp + fn === 0 ? 0 : tp / (tp + fn),
      f1,
    };
    if (tp + fp + fn > 0) present.push(f1);
  }
  const numeric: Record<string, { scored: number; correct: number }> = {};
  for (const f of FIELDS) {
    const scored = pairs.filter((x) => x.gold[f] != null || x.pred[f] != null);
    const correct = scored.filter(
      (x) =>
        x.gold[f] != null &&
        x.pred[f] != null &&
        Math.abs((x.gold[f] as number) - (x.pred[f] as number)) <= 0.5,
    );
    numeric[f] = { scored: scored.length, correct: correct.length };
  }
  return {
    notes: pairs.length,
    accuracy: pairs.filter((x) => x.gold.status === x.pred.status).length / pairs.length,
    macroF1: present.reduce((a, b) => a + b, 0) / present.length,
    perClass,
    numeric,
    wrong:
      pairs.filter((x) => x.gold.status !== x.pred.status).length +
      FIELDS.reduce((sum, f) => sum + numeric[f]!.scored - numeric[f]!.correct, 0),
  };
}

/** Spec 4's match rule, read from the spec text. */
function sameFinding(g: Finding, p: Finding): boolean {
  if (g.gene !== p.gene || g.status !== p.status || g.subject !== p.subject) return false;
  if (g.hgvs_p != null && p.hgvs_p != null) return g.hgvs_p === p.hgvs_p;
  if (g.hgvs_c != null && p.hgvs_c != null) return g.hgvs_c === p.hgvs_c;
  const bare = (f: Finding) => f.hgvs_p == null && f.hgvs_c == null;
  return bare(g) && bare(p) && g.kind === p.kind && g.exon === p.exon && g.partner === p.partner;
}

/** Maximum one-to-one matching in a note (augmenting paths): pred index per gold index. */
function maxMatching(gold: Finding[], pred: Finding[]): Map<number, number> {
  const owner = new Array<number>(pred.length).fill(-1);
  const augment = (g: number, seen: boolean[]): boolean => {
    for (let p = 0; p < pred.length; p++) {
      if (seen[p] || !sameFinding(gold[g]!, pred[p]!)) continue;
      seen[p] = true;
      if (owner[p] === -1 || augment(owner[p]!, seen)) {
        owner[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold.length; g++) augment(g, new Array<boolean>(pred.length).fill(false));
  const out = new Map<number, number>();
  owner.forEach((g, p) => {
    if (g !== -1) out.set(g, p);
  });
  return out;
}

function geneticsByHand(pairs: { gold: Finding[]; pred: Finding[] }[]) {
  let gold = 0;
  let pred = 0;
  let matched = 0;
  let sig = 0;
  let origin = 0;
  for (const x of pairs) {
    gold += x.gold.length;
    pred += x.pred.length;
    for (const [g, p] of maxMatching(x.gold, x.pred)) {
      matched += 1;
      if (x.gold[g]!.significance === x.pred[p]!.significance) sig += 1;
      if (x.gold[g]!.origin === x.pred[p]!.origin) origin += 1;
    }
  }
  return {
    notes: pairs.length,
    gold,
    pred,
    matched,
    precision: pred === 0 ? 0 : matched / pred,
    recall: gold === 0 ? 0 : matched / gold,
    f1: gold + pred === 0 ? 0 : (2 * matched) / (gold + pred),
    significance: { correct: sig, total: matched },
    origin: { correct: origin, total: matched },
    wrong: gold - matched + (pred - matched) + (matched - sig) + (matched - origin),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'emrx-eval-independent-'));
const predPath = join(dir, 'annotations.jsonl');
const predictions = new Map<string, Line>();
const gold = GOLD.flatMap((path) => jsonl<Line>(path));
const meta = new Map(
  NOTES.flatMap((path) => jsonl<Json>(path)).map((n) => [
    n.note_id as string,
    { language: n.language as string, noteType: (n.note_type as string | undefined) ?? '(none)' },
  ]),
);

beforeAll(async () => {
  // The predictions: the in-process pipeline over the dev notes, written as annotations.jsonl.
  const pipeline = loadPipeline();
  for (const path of NOTES) {
    for await (const event of readNotes(path)) {
      if (event.kind === 'reject') throw new Error(`sample rejected: ${event.rejection.reason}`);
      const annotation = pipeline.run(event.note).annotation;
      predictions.set(annotation.note_id, annotation as unknown as Line);
    }
  }
  writeFileSync(predPath, [...predictions.values()].map((a) => `${JSON.stringify(a)}\n`).join(''));
});

const NONE: Smoking = {
  status: 'unknown',
  pack_years: null,
  cigarettes_per_day: null,
  years_smoked: null,
  quit_year: null,
  brinkman_index: null,
};

function byHand(
  keep: (id: string) => boolean = () => true,
  answers: ReadonlyMap<string, Line> = predictions,
) {
  const lines = gold.filter((g) => keep(g.note_id));
  const smoking = lines
    .filter((g) => g.smoking)
    .map((g) => ({ gold: g.smoking!, pred: answers.get(g.note_id)?.smoking ?? NONE }));
  const genetics = lines
    .filter((g) => g.genetics)
    .map((g) => ({ gold: g.genetics!, pred: answers.get(g.note_id)?.genetics ?? [] }));
  return {
    smoking: smoking.length > 0 ? smokingByHand(smoking) : null,
    genetics: genetics.length > 0 ? geneticsByHand(genetics) : null,
  };
}

const close = (actual: number, expected: number, what: string) =>
  expect(actual, what).toBeCloseTo(expected, 10);

describe('emrx eval on samples/{smoking,genetics}/en dev: an independent computation agrees', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const run = (out: string, extra: Record<string, unknown> = {}) =>
    runEval({
      gold: GOLD,
      pred: predPath,
      notes: NOTES,
      out: join(dir, out),
      seed: 7,
      bootstrap: 300,
      now,
      ...extra,
    });

  it('overall smoking and genetics figures', async () => {
    const { report } = await run('a');
    const expected = byHand();
    const m = report.systems[0]!.overall;
    const s = m.smoking!;
    const e = expected.smoking!;
    expect(s.notes).toBe(e.notes);
    expect(s.notes).toBe(101);
    close(s.accuracy.value, e.accuracy, 'accuracy');
    close(s.macroF1.value, e.macroF1, 'macro-F1');
    for (const c of CLASSES) {
      close(s.perClass[c as 'current'].precision.value, e.perClass[c]!.p, `${c} P`);
      close(s.perClass[c as 'current'].recall.value, e.perClass[c]!.r, `${c} R`);
      close(s.perClass[c as 'current'].f1.value, e.perClass[c]!.f1, `${c} F1`);
    }
    for (const f of FIELDS) expect(s.numeric[f as 'pack_years'], f).toMatchObject(e.numeric[f]!);

    const g = m.genetics!;
    const x = expected.genetics!;
    expect(g.notes).toBe(95);
    expect(g).toMatchObject({
      notes: x.notes,
      gold: x.gold,
      predicted: x.pred,
      matched: x.matched,
    });
    close(g.precision.value, x.precision, 'genetics P');
    close(g.recall.value, x.recall, 'genetics R');
    close(g.f1.value, x.f1, 'genetics F1');
    expect(g.significance).toMatchObject(x.significance);
    expect(g.origin).toMatchObject(x.origin);

    // Every wrong answer is one row of the error table.
    expect(report.systems[0]!.errors).toHaveLength(e.wrong + x.wrong);
    // Intervals: around the point estimate, inside [0, 1].
    for (const est of [s.macroF1, s.accuracy, g.f1, g.precision, g.recall]) {
      expect(est.lower!).toBeLessThanOrEqual(est.value + 1e-12);
      expect(est.upper!).toBeGreaterThanOrEqual(est.value - 1e-12);
      expect(est.lower!).toBeGreaterThanOrEqual(0);
      expect(est.upper!).toBeLessThanOrEqual(1);
    }
  });

  it('the splits by language and by note type', async () => {
    const { report } = await run('b');
    const splits = report.systems[0]!.splits;
    expect(Object.keys(splits.language)).toEqual(['en']);
    const types = [...new Set([...meta.values()].map((v) => v.noteType))].sort();
    expect(Object.keys(splits.note_type)).toEqual(types);
    for (const type of types) {
      const expected = byHand((id) => meta.get(id)?.noteType === type);
      const actual = splits.note_type[type]!;
      if (expected.smoking)
        close(actual.smoking!.macroF1.value, expected.smoking.macroF1, `${type} macro-F1`);
      else expect(actual.smoking).toBeNull();
      if (expected.genetics) {
        close(actual.genetics!.f1.value, expected.genetics.f1, `${type} genetics F1`);
        expect(actual.genetics!.matched).toBe(expected.genetics.matched);
      } else expect(actual.genetics).toBeNull();
    }
  });

  it('--notes alone (the pipeline inside eval) gives the same figures; the same seed the same file', async () => {
    const withPred = await run('c');
    const withNotes = await runEval({
      gold: GOLD,
      notes: NOTES,
      out: join(dir, 'd'),
      seed: 7,
      bootstrap: 300,
      now,
    });
    expect(withNotes.report.systems[0]!.overall).toEqual(withPred.report.systems[0]!.overall);
    expect(withNotes.report.systems[0]!.splits).toEqual(withPred.report.systems[0]!.splits);
    const again = await run('e');
    expect(readFileSync(again.files.metrics, 'utf8')).toBe(
      readFileSync(withPred.files.metrics, 'utf8'),
    );
    // metrics.json: figures only; the reports hold note text and say so.
    const metrics = readFileSync(withPred.files.metrics, 'utf8');
    expect(metrics).not.toMatch(/en-[sg]-\d{4}/);
    expect(readFileSync(withPred.files.html, 'utf8')).toContain('KEEP INSIDE THE TRE');
  });

  it('--compare puts two systems side by side with their per-note differences', async () => {
    // B: the same predictions with every `former` read as `current` and each note's first finding dropped.
    const changed = new Set<string>();
    const other = [...predictions.values()].map((line) => {
      const copy: Line = JSON.parse(JSON.stringify(line));
      if (
        copy.smoking?.status === 'former' &&
        gold.some((g) => g.note_id === copy.note_id && g.smoking)
      ) {
        copy.smoking.status = 'current';
        changed.add(`${copy.note_id} smoking.status`);
      }
      if (
        copy.genetics &&
        copy.genetics.length > 0 &&
        gold.some((g) => g.note_id === copy.note_id && g.genetics)
      ) {
        copy.genetics = copy.genetics.slice(1);
      }
      return copy;
    });
    const otherPath = join(dir, 'other.jsonl');
    writeFileSync(otherPath, other.map((l) => `${JSON.stringify(l)}\n`).join(''));
    const { report, summary } = await run('f', { compare: otherPath });
    const [a, b] = report.systems;
    const aHand = byHand();
    const bHand = byHand(undefined, new Map(other.map((l) => [l.note_id, l])));
    close(b!.overall.smoking!.macroF1.value, bHand.smoking!.macroF1, 'B macro-F1');
    close(b!.overall.smoking!.accuracy.value, bHand.smoking!.accuracy, 'B accuracy');
    close(
      b!.overall.smoking!.perClass.current.f1.value,
      bHand.smoking!.perClass.current!.f1,
      'B F1 current',
    );
    close(b!.overall.genetics!.recall.value, bHand.genetics!.recall, 'B genetics R');
    close(b!.overall.genetics!.f1.value, bHand.genetics!.f1, 'B genetics F1');
    close(
      report.comparison!.deltas['smoking.macroF1']!.value,
      aHand.smoking!.macroF1 - bHand.smoking!.macroF1,
      'delta',
    );
    expect(a!.overall.smoking!.macroF1.value).toBeGreaterThan(b!.overall.smoking!.macroF1.value);
    const statusRows = report.comparison!.differences.filter((d) => d.field === 'smoking.status');
    expect(new Set(statusRows.map((d) => `${d.note_id} ${d.field}`))).toEqual(changed);
    expect(statusRows.every((d) => d.a === 'former' && d.b === 'current')).toBe(true);
    expect(summary).toContain('A − B');
  });
});
