import type { GeneticAnnotation } from '../../pipeline.js';
import type { GeneticsScores } from '../genetics-score.js';
import { NUMERIC_FIELDS, scoreSmoking } from '../smoking-score.js';
import { bootstrapIntervals, deriveSeed, identity } from './bootstrap.js';
import { findingLabel, formatValue } from './errors.js';
import {
  type BootstrapSettings,
  type Cases,
  type Estimate,
  geneticsStatistic,
  smokingStatistic,
} from './metrics.js';

export type Verdict = 'A right' | 'B right' | 'both right' | 'both wrong' | 'neither matched';

/** One note where the two systems answered differently. */
export interface DifferenceRow {
  readonly note_id: string;
  readonly language: string;
  readonly note_type: string;
  readonly field: string;
  readonly gold: string;
  readonly a: string;
  readonly b: string;
  readonly verdict: Verdict;
}

const NONE = '—';

const verdict = (aRight: boolean, bRight: boolean): Verdict =>
  aRight && bRight ? 'both right' : aRight ? 'A right' : bRight ? 'B right' : 'both wrong';

/** What a finding is, without the attributes scored on matched pairs. */
const identityKey = (f: GeneticAnnotation) =>
  JSON.stringify([f.gene, f.hgvs_c, f.hgvs_p, f.kind, f.exon, f.partner, f.status, f.subject]);

const isSpurious = (scores: GeneticsScores, f: GeneticAnnotation) =>
  scores.misses.some((m) => m.type === 'fp' && m.finding === f);

const attributeWrong = (scores: GeneticsScores, f: GeneticAnnotation, field: string) =>
  scores.attributeErrors.some((e) => e.predicted === f && e.field === field);

/**
 * Per-note differences between system A and B on the same gold: status and numeric answers
 * that differ, findings only one system reported, and significance/origin that differ on a
 * finding both reported. `a` and `b` must come from `buildCases` over the same notes.
 */
export function noteDifferences(a: Cases, b: Cases): DifferenceRow[] {
  const rows: DifferenceRow[] = [];
  a.smoking.forEach((ca, i) => {
    const cb = b.smoking[i]!;
    const base = {
      note_id: ca.note.noteId,
      language: ca.note.language,
      note_type: ca.note.noteType,
    };
    if (ca.predicted.status !== cb.predicted.status)
      rows.push({
        ...base,
        field: 'smoking.status',
        gold: ca.gold.status,
        a: ca.predicted.status,
        b: cb.predicted.status,
        verdict: verdict(
          ca.predicted.status === ca.gold.status,
          cb.predicted.status === cb.gold.status,
        ),
      });
    const sa = scoreSmoking([ca]).numeric;
    const sb = scoreSmoking([cb]).numeric;
    for (const field of NUMERIC_FIELDS) {
      if (ca.predicted[field] === cb.predicted[field]) continue;
      const right = (n: (typeof sa)[typeof field]) => n.scored === 0 || n.correct === 1;
      rows.push({
        ...base,
        field: `smoking.${field}`,
        gold: formatValue(ca.gold[field]),
        a: formatValue(ca.predicted[field]),
        b: formatValue(cb.predicted[field]),
        verdict: verdict(right(sa[field]), right(sb[field])),
      });
    }
  });
  a.genetics.forEach((ga, i) => {
    const gb = b.genetics[i]!;
    const base = {
      note_id: ga.note.noteId,
      language: ga.note.language,
      note_type: ga.note.noteType,
    };
    const byKey = (list: readonly GeneticAnnotation[]) => {
      const map = new Map<string, GeneticAnnotation[]>();
      for (const f of list) map.set(identityKey(f), [...(map.get(identityKey(f)) ?? []), f]);
      return map;
    };
    const ka = byKey(ga.predicted);
    const kb = byKey(gb.predicted);
    for (const key of new Set([...ka.keys(), ...kb.keys()])) {
      const fa = ka.get(key) ?? [];
      const fb = kb.get(key) ?? [];
      // Findings one system reported (more often) than the other.
      for (let j = Math.min(fa.length, fb.length); j < Math.max(fa.length, fb.length); j++) {
        const inA = j < fa.length;
        const f = (inA ? fa[j] : fb[j])!;
        const spurious = isSpurious(inA ? ga.scores : gb.scores, f);
        rows.push({
          ...base,
          field: 'genetics',
          gold: spurious ? 'not in gold' : 'in gold',
          a: inA ? findingLabel(f) : NONE,
          b: inA ? NONE : findingLabel(f),
          verdict: inA === spurious ? 'B right' : 'A right',
        });
      }
      // Attributes of a finding both reported.
      for (let j = 0; j < Math.min(fa.length, fb.length); j++) {
        for (const field of ['significance', 'origin'] as const) {
          const x = fa[j]!;
          const y = fb[j]!;
          if (x[field] === y[field]) continue;
          const matched = !isSpurious(ga.scores, x) && !isSpurious(gb.scores, y);
          rows.push({
            ...base,
            field: `genetics.${field}`,
            gold: matched ? findingLabel(x) : 'not in gold',
            a: formatValue(x[field]),
            b: formatValue(y[field]),
            verdict: matched
              ? verdict(!attributeWrong(ga.scores, x, field), !attributeWrong(gb.scores, y, field))
              : 'neither matched',
          });
        }
      }
    }
  });
  return rows;
}

/** A − B for every figure, with a paired bootstrap interval (both scored on the same resample). */
export function pairedDeltas(
  a: Cases,
  b: Cases,
  boot: BootstrapSettings,
  label = 'all',
): Record<string, Estimate> {
  const out: Record<string, Estimate> = {};
  const tasks = [
    {
      task: 'smoking',
      n: a.smoking.length,
      fa: smokingStatistic(a.smoking),
      fb: smokingStatistic(b.smoking),
    },
    {
      task: 'genetics',
      n: a.genetics.length,
      fa: geneticsStatistic(a.genetics),
      fb: geneticsStatistic(b.genetics),
    },
  ];
  for (const { task, n, fa, fb } of tasks) {
    if (n === 0) continue;
    const delta = (indices: readonly number[]) => {
      const x = fa(indices);
      const y = fb(indices);
      return Object.fromEntries(Object.keys(x).map((k) => [k, x[k]! - y[k]!]));
    };
    const ci = bootstrapIntervals(n, delta, {
      replicates: boot.replicates,
      seed: deriveSeed(boot.seed, `${label}/${task}`),
    });
    for (const [key, value] of Object.entries(delta(identity(n)))) {
      if (Number.isNaN(value)) continue;
      out[`${task}.${key}`] = {
        value,
        lower: ci[key]?.lower ?? null,
        upper: ci[key]?.upper ?? null,
      };
    }
  }
  return out;
}
