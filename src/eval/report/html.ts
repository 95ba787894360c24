import { SMOKING_STATUSES } from '../smoking-score.js';
import {
  confusionHeatmap,
  escapeHtml,
  type HistogramBin,
  histogram,
  type IntervalBarGroup,
  intervalBarChart,
} from './charts.js';
import type { DifferenceRow } from './compare.js';
import type { ErrorRow } from './errors.js';
import type { EvalReport } from './evaluate.js';
import { figureRows, goldLine, methodLine, num, signedInterval, withInterval } from './format.js';
import {
  ERROR_BUCKETS,
  type Estimate,
  type NumericField,
  type SplitKey,
  type SystemMetrics,
} from './metrics.js';

/** Said at the top of both reports, and of the HTML page in a banner. */
export const TRE_NOTICE =
  'This report contains note text (evidence snippets in the error table) and note ids. ' +
  'It must stay inside the Trusted Research Environment: do not copy, e-mail, print or export it. ' +
  'metrics.json holds the figures only, without note text or note ids.';

const esc = escapeHtml;

/** Short axis labels for the error buckets. */
const BUCKET_LABELS: Record<(typeof ERROR_BUCKETS)[number], string> = {
  missed: 'missed',
  '< -10': '< −10',
  '-10 to -5': '−10…−5',
  '-5 to -0.5': '−5…−0.5',
  'within 0.5': '±0.5 ✓',
  '+0.5 to +5': '+0.5…+5',
  '+5 to +10': '+5…+10',
  '> +10': '> +10',
  spurious: 'spurious',
};

/** Nothing may load from outside the file: no script, no fetch, no image or font from a URL. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1180px;padding:0 20px 40px;color:#1b1f24;line-height:1.4}
.banner{background:#fff4ce;border:2px solid #b58100;padding:10px 14px;margin:16px 0;font-weight:600}
table{border-collapse:collapse;margin:8px 0 18px;font-size:13px}
th,td{border:1px solid #d0d4da;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f3f5f7}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.sub{padding-left:22px}
td.ev{max-width:520px;font-family:ui-monospace,monospace;font-size:12px}
.chart{display:block;margin:10px 0 4px}
.charts{display:flex;flex-wrap:wrap;gap:10px 24px}
.what{color:#4a535c;font-size:13px;margin:2px 0 12px}
h2{border-bottom:1px solid #d0d4da;padding-bottom:4px;margin-top:32px}
`;

const cell = (s: string, cls?: string) => `<td${cls ? ` class="${cls}"` : ''}>${esc(s)}</td>`;
const head = (cols: readonly string[]) =>
  `<tr>${cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
const table = (cols: readonly string[], rows: readonly string[]) =>
  `<table>${head(cols)}${rows.join('')}</table>`;
const what = (s: string) => `<p class="what">${esc(s)}</p>`;

const bar = (e: Estimate | undefined) =>
  e ? { value: e.value, lower: e.lower, upper: e.upper } : null;

function headline(report: EvalReport): string {
  const [a, b] = report.systems;
  if (!a) return '';
  const bRows = b ? new Map(figureRows(b.overall).map((r) => [r.key, r])) : undefined;
  const cols = ['figure', `A: ${a.name}`, 'counts'];
  if (b) cols.push(`B: ${b.name}`, 'counts', 'A − B (paired 95% CI)');
  const rows = figureRows(a.overall).map((r) => {
    const cells = [
      cell(r.label, r.sub ? 'sub' : undefined),
      cell(withInterval(r.estimate), 'n'),
      cell(r.detail),
    ];
    if (b) {
      const other = bRows?.get(r.key);
      const delta = report.comparison?.deltas[r.key];
      cells.push(
        cell(other ? withInterval(other.estimate) : '—', 'n'),
        cell(other?.detail ?? ''),
        cell(delta ? signedInterval(delta) : '—', 'n'),
      );
    }
    return `<tr>${cells.join('')}</tr>`;
  });
  return table(cols, rows);
}

function smokingSection(report: EvalReport): string {
  const systems = report.systems.filter((s) => s.overall.smoking);
  if (systems.length === 0) return '';
  const names = systems.map((s) => s.name);
  const out: string[] = ['<h2 id="smoking">Smoking status and numbers</h2>'];
  const groups: IntervalBarGroup[] = [
    { label: 'macro-F1', bars: systems.map((s) => bar(s.overall.smoking?.macroF1)) },
    ...SMOKING_STATUSES.map((c) => ({
      label: `F1 ${c}`,
      bars: systems.map((s) => bar(s.overall.smoking?.perClass[c].f1)),
    })),
  ];
  out.push(
    intervalBarChart('Smoking status: F1 per class, with 95% CI', groups, names),
    what(
      'Per-class F1 of the status (current, former, never, unknown) and their macro average, the headline figure. ' +
        'Bars are the point estimate on all notes; whiskers the bootstrap 95% interval over notes.',
    ),
  );
  for (const s of systems) {
    const m = s.overall.smoking!;
    out.push(`<h3>${esc(s.name)}: per class</h3>`);
    out.push(
      table(
        ['class', 'precision', 'recall', 'F1', 'gold', 'predicted'],
        SMOKING_STATUSES.map((c) => {
          const k = m.perClass[c];
          return `<tr>${cell(c)}${cell(withInterval(k.precision), 'n')}${cell(withInterval(k.recall), 'n')}${cell(withInterval(k.f1), 'n')}${cell(String(k.support), 'n')}${cell(String(k.predicted), 'n')}</tr>`;
        }),
      ),
    );
    out.push(
      confusionHeatmap(`${s.name}: confusion matrix (status)`, m.confusion, SMOKING_STATUSES),
      what(
        'Rows are the gold status, columns the predicted one; each cell is a count of notes. The diagonal (blue) is ' +
          'agreement, shaded by the share of its gold row (per-class recall); red cells off the diagonal are errors.',
      ),
    );
    out.push(`<h3>${esc(s.name)}: numeric fields</h3>`);
    out.push(
      table(
        ['field', 'accuracy (within 0.5)', 'correct / scored', 'mean |error| (both non-null)'],
        Object.entries(m.numeric).map(
          ([f, n]) =>
            `<tr>${cell(f)}${cell(withInterval(n.accuracy), 'n')}${cell(`${n.correct}/${n.scored}`, 'n')}${cell(n.meanAbsoluteError === null ? '—' : n.meanAbsoluteError.toFixed(2), 'n')}</tr>`,
        ),
      ),
    );
    const charts = Object.entries(m.numeric).map(([f, n]) =>
      histogram(
        `${s.name}: ${f as NumericField} errors`,
        ERROR_BUCKETS.map(
          (b): HistogramBin => ({
            label: BUCKET_LABELS[b],
            count: n.distribution[b],
            tone:
              b === 'within 0.5'
                ? 'match'
                : b === 'missed' || b === 'spurious'
                  ? 'absent'
                  : 'error',
          }),
        ),
      ),
    );
    out.push(
      `<div class="charts">${charts.join('')}</div>`,
      what(
        'Error distribution of each numeric field over the notes where it is scored (gold or prediction non-null): ' +
          'green is a match (within 0.5), red bars bucket predicted − gold, grey bars are a value only in gold ' +
          '(missed) or only in the prediction (spurious).',
      ),
    );
  }
  return out.join('\n');
}

function geneticsSection(report: EvalReport): string {
  const systems = report.systems.filter((s) => s.overall.genetics);
  if (systems.length === 0) return '';
  const pick = (f: (g: NonNullable<SystemMetrics['genetics']>) => Estimate) =>
    systems.map((s) => bar(f(s.overall.genetics!)));
  const groups: IntervalBarGroup[] = [
    { label: 'F1', bars: pick((g) => g.f1) },
    { label: 'precision', bars: pick((g) => g.precision) },
    { label: 'recall', bars: pick((g) => g.recall) },
    { label: 'significance accuracy', bars: pick((g) => g.significance.accuracy) },
    { label: 'origin accuracy', bars: pick((g) => g.origin.accuracy) },
  ];
  const rows = systems.map((s) => {
    const g = s.overall.genetics!;
    return `<tr>${cell(s.name)}${cell(String(g.notes), 'n')}${cell(String(g.gold), 'n')}${cell(String(g.predicted), 'n')}${cell(String(g.matched), 'n')}${cell(withInterval(g.precision), 'n')}${cell(withInterval(g.recall), 'n')}${cell(withInterval(g.f1), 'n')}${cell(g.significance.total === 0 ? '— (0/0)' : `${withInterval(g.significance.accuracy)} (${g.significance.correct}/${g.significance.total})`, 'n')}${cell(g.origin.total === 0 ? '— (0/0)' : `${withInterval(g.origin.accuracy)} (${g.origin.correct}/${g.origin.total})`, 'n')}</tr>`;
  });
  return [
    '<h2 id="genetics">Genetic findings</h2>',
    intervalBarChart(
      'Genetic findings: P/R/F1 and attribute accuracy, with 95% CI',
      groups,
      systems.map((s) => s.name),
    ),
    what(
      'Precision, recall and F1 over findings (one-to-one within each note: gene, status and subject agree and the ' +
        'variant agrees by hgvs_p, else hgvs_c, else kind + exon + partner), and the accuracy of significance and ' +
        'origin on matched pairs. Whiskers are bootstrap 95% intervals over notes.',
    ),
    table(
      [
        'system',
        'notes',
        'gold',
        'predicted',
        'matched',
        'precision',
        'recall',
        'F1',
        'significance',
        'origin',
      ],
      rows,
    ),
  ].join('\n');
}

function splitSection(report: EvalReport, key: SplitKey, title: string): string {
  const [a, b] = report.systems;
  if (!a) return '';
  const values = Object.keys(a.splits[key]);
  if (values.length === 0) return '';
  const out = [`<h3>${esc(title)}</h3>`];
  const rows: string[] = [];
  for (const value of values) {
    for (const s of b ? [a, b] : [a]) {
      const m = s.splits[key][value]!;
      rows.push(
        `<tr>${cell(value)}${b ? cell(s.name) : ''}${cell(String(m.smoking?.notes ?? 0), 'n')}${cell(m.smoking ? withInterval(m.smoking.macroF1) : '—', 'n')}${cell(m.smoking ? withInterval(m.smoking.accuracy) : '—', 'n')}${cell(String(m.genetics?.notes ?? 0), 'n')}${cell(m.genetics ? withInterval(m.genetics.f1) : '—', 'n')}${cell(m.genetics ? `${num(m.genetics.precision.value)} / ${num(m.genetics.recall.value)}` : '—', 'n')}</tr>`,
      );
    }
  }
  out.push(
    table(
      [
        key === 'language' ? 'language' : 'note type',
        ...(b ? ['system'] : []),
        'smoking notes',
        'status macro-F1',
        'status accuracy',
        'genetics notes',
        'genetics F1',
        'P / R',
      ],
      rows,
    ),
  );
  const systems = b ? [a, b] : [a];
  const names = systems.map((s) => s.name);
  if (values.some((v) => a.splits[key][v]!.smoking))
    out.push(
      intervalBarChart(
        `Smoking status macro-F1 by ${title.toLowerCase()}`,
        values
          .filter((v) => a.splits[key][v]!.smoking)
          .map((v) => ({
            label: `${v} (n=${a.splits[key][v]!.smoking!.notes})`,
            bars: systems.map((s) => bar(s.splits[key][v]!.smoking?.macroF1)),
          })),
        names,
      ),
    );
  if (values.some((v) => a.splits[key][v]!.genetics))
    out.push(
      intervalBarChart(
        `Genetics F1 by ${title.toLowerCase()}`,
        values
          .filter((v) => a.splits[key][v]!.genetics)
          .map((v) => ({
            label: `${v} (n=${a.splits[key][v]!.genetics!.notes})`,
            bars: systems.map((s) => bar(s.splits[key][v]!.genetics?.f1)),
          })),
        names,
      ),
    );
  out.push(
    what(
      'The headline figures on each subset of notes, with intervals from resampling that subset. Small subsets ' +
        'give wide intervals: read them as a hint of where errors concentrate, not as a ranking.',
    ),
  );
  return out.join('\n');
}

function errorTable(rows: readonly ErrorRow[]): string {
  if (rows.length === 0) return '<p>No errors.</p>';
  return table(
    [
      'note_id',
      'language',
      'note type',
      'field',
      'gold',
      'predicted',
      'evidence (note text)',
      'decided by',
    ],
    rows.map(
      (r) =>
        `<tr>${cell(r.note_id)}${cell(r.language)}${cell(r.note_type)}${cell(r.field)}${cell(r.gold)}${cell(r.predicted)}${cell(r.evidence, 'ev')}${cell(r.decidedBy, 'ev')}</tr>`,
    ),
  );
}

function differenceTable(rows: readonly DifferenceRow[], a: string, b: string): string {
  if (rows.length === 0) return '<p>The two systems gave the same answers on every note.</p>';
  return table(
    ['note_id', 'language', 'note type', 'field', 'gold', `A: ${a}`, `B: ${b}`, 'verdict'],
    rows.map(
      (r) =>
        `<tr>${cell(r.note_id)}${cell(r.language)}${cell(r.note_type)}${cell(r.field)}${cell(r.gold)}${cell(r.a)}${cell(r.b)}${cell(r.verdict)}</tr>`,
    ),
  );
}

/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no external URL; a CSP
 * forbids loading anything). Every string from the inputs is escaped.
 */
export function renderHtml(report: EvalReport): string {
  const systems = report.systems;
  const body: string[] = [
    '<h1>emrx eval report</h1>',
    `<div class="banner" role="alert">CONTAINS NOTE TEXT: KEEP INSIDE THE TRE. ${esc(TRE_NOTICE)}</div>`,
    `<p>${esc(goldLine(report))}; ${esc(methodLine(report))}. Scored per ../shared/spec/annotations.md section 4. Generated ${esc(report.generatedAt)} by emrx ${esc(report.tool.version)}.</p>`,
    table(
      ['system', 'answers from', 'gold notes without an answer', 'answers for notes not in gold'],
      systems.map(
        (s, i) =>
          `<tr>${cell(`${i === 0 ? 'A' : 'B'}: ${s.name}`)}${cell(s.source)}${cell(String(s.missingPredictions), 'n')}${cell(String(s.extraPredictions), 'n')}</tr>`,
      ),
    ),
  ];
  if (report.notesInput)
    body.push(
      `<p>Notes: ${report.notesInput.goldNotesMissing} gold notes not found in the notes (language and type unknown), ${report.notesInput.withoutGold} notes without gold (not scored), ${report.notesInput.rejected} rejected.</p>`,
    );
  else
    body.push(
      '<p>No notes file was given: the language and note-type splits are <code>unknown</code> and the error table has no note text.</p>',
    );
  body.push('<h2 id="summary">Summary</h2>', headline(report));
  body.push(smokingSection(report), geneticsSection(report));
  body.push(
    '<h2 id="splits">By language and note type</h2>',
    splitSection(report, 'language', 'Language'),
    splitSection(report, 'note_type', 'Note type'),
  );
  if (report.comparison)
    body.push(
      '<h2 id="compare">A against B: per-note differences</h2>',
      what(
        'Every answer where the two systems differ, on the same gold. Verdict: which system agrees with the gold ' +
          '(for numbers, within 0.5; for findings, whether the finding matched a gold finding in that system\u2019s scoring).',
      ),
      differenceTable(report.comparison.differences, report.comparison.a, report.comparison.b),
    );
  for (const [i, s] of systems.entries())
    body.push(
      `<h2 id="errors-${i === 0 ? 'a' : 'b'}">Errors: ${esc(s.name)} (${s.errors.length})</h2>`,
      what(
        'Every wrong answer: the gold and predicted value, the note text around the mention(s) that decided it ' +
          '(the mention in [brackets]) and the rule and decision behind it.',
      ),
      errorTable(s.errors),
    );
  body.push(
    `<h2 id="method">Method</h2><p>${esc(
      'Confidence intervals: non-parametric bootstrap with the note as the resampling unit. Each replicate draws as ' +
        'many notes as were scored, with replacement, and rescores them with the same scorer; the interval is the ' +
        '2.5th to 97.5th percentile of the replicates. Smoking and genetics resample their own scored notes; two ' +
        'systems are resampled identically (paired), so the A − B interval reflects the same notes. A figure ' +
        'undefined in a replicate (no note of that class in it) is left out of that replicate.',
    )} ${esc(`Percentiles by linear interpolation between order statistics; seed ${report.bootstrap.seed}, ${report.bootstrap.replicates} replicates.`)}</p>`,
  );
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<meta name="robots" content="noindex"><title>emrx eval report (contains note text)</title>` +
    `<style>${STYLE}</style></head><body>\n${body.filter(Boolean).join('\n')}\n</body></html>\n`
  );
}
