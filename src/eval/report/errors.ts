import type { GeneticAnnotation, MentionRecord } from '../../pipeline.js';
import { QUIT_DATE_FIELDS } from '../../vocab/schemas.js';
import { NUMERIC_FIELDS, scoreSmoking } from '../smoking-score.js';
import type { EvalNote, SystemPredictions } from './inputs.js';
import type { Cases, NumericField } from './metrics.js';

/** One wrong answer, with the evidence and the rule (or model) that decided it. */
export interface ErrorRow {
  readonly note_id: string;
  readonly language: string;
  readonly note_type: string;
  /** `smoking.status`, `smoking.pack_years`, …, `genetics` (a missed or spurious finding), `genetics.significance`, `genetics.origin`. */
  readonly field: string;
  readonly gold: string;
  readonly predicted: string;
  /** Note text around the deciding mention(s): holds note text, stays in the TRE. */
  readonly evidence: string;
  /** Rule id (or model) and its decision, e.g. `smoking.en.concept.smoking (won: current …)`. */
  readonly decidedBy: string;
}

const NONE = '—';

/** Mention types that feed each numeric answer, most direct first. */
const NUMERIC_SOURCES: Record<NumericField, readonly string[]> = {
  pack_years: ['pack_years', 'packs_per_day', 'cigarettes_per_day', 'years_smoked', 'year_span'],
  cigarettes_per_day: ['cigarettes_per_day', 'packs_per_day'],
  years_smoked: ['years_smoked', 'year_span', 'start_age', 'start_year', 'start_years_ago'],
  quit_year: [...QUIT_DATE_FIELDS, 'quit_age'],
  brinkman_index: [
    'brinkman_index',
    'cigarettes_per_day',
    'packs_per_day',
    'years_smoked',
    'year_span',
  ],
};

/** `used`/`won` mentions decided the answer; `lost` and `ignored` ones explain a miss. */
const decisionRank = (decision: string): number =>
  decision.startsWith('used') || decision.startsWith('won')
    ? 0
    : decision.startsWith('lost')
      ? 1
      : 2;

export const formatValue = (value: unknown): string =>
  value === null || value === undefined ? 'null' : String(value);

/** A finding in one line: gene, variant, status, and `(family)` for a relative's result. */
export function findingLabel(f: GeneticAnnotation): string {
  const variant =
    f.hgvs_p ??
    f.hgvs_c ??
    [f.kind, f.exon !== null ? `exon ${f.exon}` : '', f.partner ? `with ${f.partner}` : '']
      .filter(Boolean)
      .join(' ');
  return `${f.gene} ${variant} ${f.status}${f.subject === 'family' ? ' (family)' : ''}`;
}

/** The note text around a span, on one line, at most ~`width` characters each side. */
export function snippet(text: string, start: number, end: number, width = 60): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const body = `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`;
  return `${from > 0 ? '…' : ''}${body.replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

function describe(note: EvalNote, mentions: readonly MentionRecord[]) {
  if (mentions.length === 0) return { evidence: '', decidedBy: '' };
  return {
    evidence: mentions
      .map((m) => (note.text !== undefined ? snippet(note.text, m.start, m.end) : `[${m.text}]`))
      .join(' … '),
    decidedBy: mentions.map((m) => `${m.rule} (${m.decision})`).join('; '),
  };
}

function best(mentions: readonly MentionRecord[], limit: number): MentionRecord[] {
  return [...mentions]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => decisionRank(a.m.decision) - decisionRank(b.m.decision) || a.i - b.i)
    .slice(0, limit)
    .map(({ m }) => m);
}

function geneticsEvidence(
  mentions: readonly MentionRecord[],
  finding: GeneticAnnotation,
): MentionRecord[] {
  const ofGene = mentions.filter(
    (m) => m.extractor === 'genetics' && (m.value as { gene?: string }).gene === finding.gene,
  );
  const sameVariant = ofGene.filter((m) => {
    const v = m.value as {
      hgvsP?: string | null;
      hgvsC?: string | null;
      kind?: string;
      exon?: number | null;
    };
    if (finding.hgvs_p) return v.hgvsP === finding.hgvs_p;
    if (finding.hgvs_c) return v.hgvsC === finding.hgvs_c;
    return v.kind === finding.kind && (finding.exon === null || v.exon === finding.exon);
  });
  return best(sameVariant.length > 0 ? sameVariant : ofGene, 1);
}

const noEvidence = (system: SystemPredictions) =>
  system.mentions.size === 0 ? '(no mentions given)' : '(no mention)';

/** Every wrong answer of one system, note by note (notes in gold order). */
export function errorRows(cases: Cases, system: SystemPredictions): ErrorRow[] {
  const rows: ErrorRow[] = [];
  const base = (note: EvalNote) => ({
    note_id: note.noteId,
    language: note.language,
    note_type: note.noteType,
  });
  const withEvidence = (note: EvalNote, mentions: MentionRecord[]) => {
    const d = describe(note, mentions);
    return { evidence: d.evidence, decidedBy: d.decidedBy || noEvidence(system) };
  };
  for (const { note, gold, predicted } of cases.smoking) {
    const mentions = (system.mentions.get(note.noteId) ?? []).filter(
      (m) => m.extractor === 'smoking',
    );
    if (gold.status !== predicted.status) {
      rows.push({
        ...base(note),
        field: 'smoking.status',
        gold: gold.status,
        predicted: predicted.status,
        ...withEvidence(
          note,
          best(
            mentions.filter((m) => m.type === 'status'),
            1,
          ),
        ),
      });
    }
    const numeric = scoreSmoking([{ gold, predicted }]).numeric;
    for (const field of NUMERIC_FIELDS) {
      if (numeric[field].scored === 0 || numeric[field].correct === 1) continue;
      const sources = NUMERIC_SOURCES[field];
      const used = mentions
        .filter((m) => sources.includes(m.type))
        .sort((a, b) => sources.indexOf(a.type) - sources.indexOf(b.type));
      rows.push({
        ...base(note),
        field: `smoking.${field}`,
        gold: formatValue(gold[field]),
        predicted: formatValue(predicted[field]),
        ...withEvidence(note, best(used, 2)),
      });
    }
  }
  for (const { note, scores } of cases.genetics) {
    const mentions = system.mentions.get(note.noteId) ?? [];
    for (const miss of scores.misses) {
      rows.push({
        ...base(note),
        field: 'genetics',
        gold: miss.type === 'fn' ? findingLabel(miss.finding) : NONE,
        predicted: miss.type === 'fp' ? findingLabel(miss.finding) : NONE,
        ...withEvidence(note, geneticsEvidence(mentions, miss.finding)),
      });
    }
    for (const e of scores.attributeErrors) {
      rows.push({
        ...base(note),
        field: `genetics.${e.field}`,
        gold: `${formatValue(e.gold[e.field])} (${findingLabel(e.gold)})`,
        predicted: formatValue(e.predicted[e.field]),
        ...withEvidence(note, geneticsEvidence(mentions, e.predicted)),
      });
    }
  }
  return rows;
}
