import { NUMERIC_FIELDS, SMOKING_STATUSES } from '../smoking-score.js';
import type { EvalReport } from './evaluate.js';
import type { Estimate, SystemMetrics } from './metrics.js';

/** One headline figure: its key in `comparison.deltas`, a label and the estimate. */
export interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly estimate: Estimate;
  /** Counts behind it, e.g. `n=101` or `12/14`. */
  readonly detail: string;
  /** Indented under the row before it in tables. */
  readonly sub: boolean;
}

export const num = (x: number) => x.toFixed(3);

export const interval = (e: Estimate) =>
  e.lower === null || e.upper === null ? '—' : `[${num(e.lower)}, ${num(e.upper)}]`;

export const withInterval = (e: Estimate) =>
  e.lower === null ? num(e.value) : `${num(e.value)} ${interval(e)}`;

export const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(3)}`;

export const signedInterval = (e: Estimate) =>
  e.lower === null || e.upper === null
    ? signed(e.value)
    : `${signed(e.value)} [${signed(e.lower)}, ${signed(e.upper)}]`;

/** The figures every report leads with, in order. */
export function figureRows(m: SystemMetrics): FigureRow[] {
  const rows: FigureRow[] = [];
  if (m.smoking) {
    const s = m.smoking;
    rows.push(
      {
        key: 'smoking.macroF1',
        label: 'smoking status macro-F1',
        estimate: s.macroF1,
        detail: `n=${s.notes}`,
        sub: false,
      },
      {
        key: 'smoking.accuracy',
        label: 'smoking status accuracy',
        estimate: s.accuracy,
        detail: `n=${s.notes}`,
        sub: true,
      },
    );
    for (const c of SMOKING_STATUSES)
      rows.push({
        key: `smoking.${c}.f1`,
        label: `F1 ${c}`,
        estimate: s.perClass[c].f1,
        detail: `gold ${s.perClass[c].support}, predicted ${s.perClass[c].predicted}`,
        sub: true,
      });
    for (const f of NUMERIC_FIELDS)
      rows.push({
        key: `smoking.numeric.${f}`,
        label: `${f} accuracy`,
        estimate: s.numeric[f].accuracy,
        detail: `${s.numeric[f].correct}/${s.numeric[f].scored}`,
        sub: true,
      });
  }
  if (m.genetics) {
    const g = m.genetics;
    rows.push(
      {
        key: 'genetics.f1',
        label: 'genetics F1',
        estimate: g.f1,
        detail: `${g.matched} matched, gold ${g.gold}, predicted ${g.predicted}`,
        sub: false,
      },
      {
        key: 'genetics.precision',
        label: 'genetics precision',
        estimate: g.precision,
        detail: `${g.matched}/${g.predicted}`,
        sub: true,
      },
      {
        key: 'genetics.recall',
        label: 'genetics recall',
        estimate: g.recall,
        detail: `${g.matched}/${g.gold}`,
        sub: true,
      },
      {
        key: 'genetics.significance',
        label: 'significance accuracy (matched)',
        estimate: g.significance.accuracy,
        detail: `${g.significance.correct}/${g.significance.total}`,
        sub: true,
      },
      {
        key: 'genetics.origin',
        label: 'origin accuracy (matched)',
        estimate: g.origin.accuracy,
        detail: `${g.origin.correct}/${g.origin.total}`,
        sub: true,
      },
    );
  }
  return rows;
}

/** The headline F1s `--min-f1` checks: smoking status macro-F1 and genetics F1. */
export function headlineF1s(m: SystemMetrics): { label: string; value: number }[] {
  const out: { label: string; value: number }[] = [];
  if (m.smoking) out.push({ label: 'smoking status macro-F1', value: m.smoking.macroF1.value });
  if (m.genetics) out.push({ label: 'genetics F1', value: m.genetics.f1.value });
  return out;
}

export function goldLine(report: EvalReport): string {
  const g = report.gold;
  return (
    `${g.notes} gold notes (${g.smokingNotes} smoking, ${g.geneticsNotes} genetics with ` +
    `${g.findings} findings)`
  );
}

export function methodLine(report: EvalReport): string {
  const b = report.bootstrap;
  return b.replicates > 0
    ? `95% CI: percentile bootstrap, ${b.replicates} resamples of notes (with replacement), seed ${b.seed}`
    : 'no confidence intervals (--bootstrap 0)';
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

/** The short table printed on the terminal (figures only, no note text). */
export function terminalSummary(report: EvalReport, minF1?: number): string {
  const [a, b] = report.systems;
  if (!a) return 'no system to score\n';
  const lines = [`emrx eval: ${goldLine(report)}; ${methodLine(report)}`];
  const rows = figureRows(a.overall);
  const bRows = b ? new Map(figureRows(b.overall).map((r) => [r.key, r])) : undefined;
  const width = Math.max(...rows.map((r) => r.label.length + (r.sub ? 2 : 0)), 6) + 2;
  const col = Math.max(26, ...report.systems.map((s) => s.name.length + 5));
  const header = [pad('figure', width), pad(`A: ${a.name}`, col)];
  if (b) header.push(pad(`B: ${b.name}`, col), 'A − B');
  lines.push(header.join('').trimEnd());
  for (const row of rows) {
    const cells = [
      pad(`${row.sub ? '  ' : ''}${row.label}`, width),
      pad(withInterval(row.estimate), col),
    ];
    if (b && bRows) {
      const other = bRows.get(row.key);
      cells.push(pad(other ? withInterval(other.estimate) : '—', col));
      const delta = report.comparison?.deltas[row.key];
      cells.push(delta ? signedInterval(delta) : '—');
    }
    lines.push(cells.join('').trimEnd());
  }
  for (const s of report.systems) {
    const missing =
      s.missingPredictions > 0 ? `, ${s.missingPredictions} gold notes without an answer` : '';
    lines.push(`${s.name}: ${s.errors.length} error rows${missing}`);
  }
  if (report.comparison) {
    const notes = new Set(report.comparison.differences.map((d) => d.note_id)).size;
    lines.push(
      `A and B differ on ${notes} notes (${report.comparison.differences.length} answers)`,
    );
  }
  if (minF1 !== undefined) {
    const below = headlineF1s(a.overall).filter((h) => h.value < minF1);
    lines.push(
      below.length === 0
        ? `--min-f1 ${minF1}: met`
        : `--min-f1 ${minF1}: BELOW (${below.map((h) => `${h.label} ${num(h.value)}`).join(', ')})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
