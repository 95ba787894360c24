import { SMOKING_STATUSES } from '../smoking-score.js';
import type { EvalReport } from './evaluate.js';
import { figureRows, goldLine, methodLine, num, signedInterval, withInterval } from './format.js';
import { TRE_NOTICE } from './html.js';
import { ERROR_BUCKETS, type SplitKey } from './metrics.js';

/**
 * A table cell: one line, pipes escaped, and `<`, `>`, `&` as entities so note text can never
 * become markup when the file is rendered.
 */
export const mdCell = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/\s+/g, ' ')
    .trim();

const row = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
const table = (cols: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(cols), `|${cols.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');

/** report.md: the same figures and tables as report.html, without the charts. */
export function renderMarkdown(report: EvalReport): string {
  const [a, b] = report.systems;
  const out: string[] = [
    '# emrx eval report',
    '',
    `> **Contains note text: keep inside the TRE.** ${TRE_NOTICE}`,
    '',
    `${goldLine(report)}; ${methodLine(report)}. Scored per \`../shared/spec/annotations.md\` section 4. ` +
      `Generated ${report.generatedAt} by emrx ${report.tool.version}.`,
    '',
  ];
  if (!a) return `${out.join('\n')}\n`;
  out.push(
    table(
      ['system', 'answers from', 'gold notes without an answer', 'answers for notes not in gold'],
      report.systems.map((s, i) => [
        `${i === 0 ? 'A' : 'B'}: ${s.name}`,
        s.source,
        String(s.missingPredictions),
        String(s.extraPredictions),
      ]),
    ),
    '',
  );
  if (!report.notesInput)
    out.push('No notes file was given: language and note type are `unknown`.', '');

  out.push('## Summary', '');
  const bRows = b ? new Map(figureRows(b.overall).map((r) => [r.key, r])) : undefined;
  out.push(
    table(
      [
        'figure',
        `A: ${a.name}`,
        'counts',
        ...(b ? [`B: ${b.name}`, 'counts', 'A − B (paired 95% CI)'] : []),
      ],
      figureRows(a.overall).map((r) => {
        const cells = [`${r.sub ? '↳ ' : ''}${r.label}`, withInterval(r.estimate), r.detail];
        if (b) {
          const other = bRows?.get(r.key);
          const delta = report.comparison?.deltas[r.key];
          cells.push(
            other ? withInterval(other.estimate) : '—',
            other?.detail ?? '',
            delta ? signedInterval(delta) : '—',
          );
        }
        return cells;
      }),
    ),
    '',
  );

  for (const s of report.systems) {
    const m = s.overall.smoking;
    if (!m) continue;
    out.push(`## Smoking: ${s.name}`, '');
    out.push(
      table(
        ['class', 'precision', 'recall', 'F1', 'gold', 'predicted'],
        SMOKING_STATUSES.map((c) => {
          const k = m.perClass[c];
          return [
            c,
            withInterval(k.precision),
            withInterval(k.recall),
            withInterval(k.f1),
            String(k.support),
            String(k.predicted),
          ];
        }),
      ),
      '',
      'Confusion matrix (rows gold, columns predicted):',
      '',
      table(
        ['gold \\ predicted', ...SMOKING_STATUSES],
        SMOKING_STATUSES.map((g) => [
          g,
          ...SMOKING_STATUSES.map((p) => String(m.confusion[g]?.[p] ?? 0)),
        ]),
      ),
      '',
      'Numeric fields (accuracy: equal within 0.5, scored where gold or prediction is non-null; ' +
        'error distribution of predicted − gold):',
      '',
      table(
        ['field', 'accuracy', 'correct/scored', 'mean abs. error', ...ERROR_BUCKETS],
        Object.entries(m.numeric).map(([f, n]) => [
          f,
          withInterval(n.accuracy),
          `${n.correct}/${n.scored}`,
          n.meanAbsoluteError === null ? '—' : n.meanAbsoluteError.toFixed(2),
          ...ERROR_BUCKETS.map((bucket) => String(n.distribution[bucket])),
        ]),
      ),
      '',
    );
  }

  const genetic = report.systems.filter((s) => s.overall.genetics);
  if (genetic.length > 0) {
    out.push('## Genetic findings', '');
    out.push(
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
        genetic.map((s) => {
          const g = s.overall.genetics!;
          return [
            s.name,
            String(g.notes),
            String(g.gold),
            String(g.predicted),
            String(g.matched),
            withInterval(g.precision),
            withInterval(g.recall),
            withInterval(g.f1),
            g.significance.total === 0
              ? '— (0/0)'
              : `${withInterval(g.significance.accuracy)} (${g.significance.correct}/${g.significance.total})`,
            g.origin.total === 0
              ? '— (0/0)'
              : `${withInterval(g.origin.accuracy)} (${g.origin.correct}/${g.origin.total})`,
          ];
        }),
      ),
      '',
    );
  }

  out.push('## By language and note type', '');
  for (const [key, title] of [
    ['language', 'Language'],
    ['note_type', 'Note type'],
  ] as [SplitKey, string][]) {
    out.push(`### ${title}`, '');
    const rows: string[][] = [];
    for (const value of Object.keys(a.splits[key])) {
      for (const s of b ? [a, b] : [a]) {
        const m = s.splits[key][value]!;
        rows.push([
          value,
          ...(b ? [s.name] : []),
          String(m.smoking?.notes ?? 0),
          m.smoking ? withInterval(m.smoking.macroF1) : '—',
          m.smoking ? withInterval(m.smoking.accuracy) : '—',
          String(m.genetics?.notes ?? 0),
          m.genetics ? withInterval(m.genetics.f1) : '—',
          m.genetics ? `${num(m.genetics.precision.value)} / ${num(m.genetics.recall.value)}` : '—',
        ]);
      }
    }
    out.push(
      table(
        [
          title.toLowerCase(),
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
      '',
    );
  }

  if (report.comparison) {
    const c = report.comparison;
    out.push(`## A against B: per-note differences (${c.differences.length})`, '');
    out.push(
      c.differences.length === 0
        ? 'The two systems gave the same answers on every note.'
        : table(
            [
              'note_id',
              'language',
              'note type',
              'field',
              'gold',
              `A: ${c.a}`,
              `B: ${c.b}`,
              'verdict',
            ],
            c.differences.map((d) => [
              d.note_id,
              d.language,
              d.note_type,
              d.field,
              d.gold,
              d.a,
              d.b,
              d.verdict,
            ]),
          ),
      '',
    );
  }

  for (const s of report.systems) {
    out.push(`## Errors: ${s.name} (${s.errors.length})`, '');
    out.push(
      s.errors.length === 0
        ? 'No errors.'
        : table(
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
            s.errors.map((e) => [
              e.note_id,
              e.language,
              e.note_type,
              e.field,
              e.gold,
              e.predicted,
              e.evidence,
              e.decidedBy,
            ]),
          ),
      '',
    );
  }
  out.push(
    '## Method',
    '',
    'Confidence intervals are a non-parametric bootstrap with the **note** as the resampling unit: each replicate ' +
      'draws as many notes as were scored, with replacement, and rescores them with the same scorer; the 95% interval ' +
      'is the 2.5th–97.5th percentile of the replicates. Smoking and genetics resample their own scored notes; two ' +
      'systems are resampled identically (paired). A figure undefined in a replicate is left out of that replicate. ' +
      `Seed ${report.bootstrap.seed}, ${report.bootstrap.replicates} replicates.`,
    '',
  );
  return out.join('\n');
}
