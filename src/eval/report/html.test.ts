import { describe, expect, it } from 'vitest';
import type { GeneticAnnotation, MentionRecord, SmokingAnnotation } from '../../pipeline.js';
import { evaluate, metricsJson } from './evaluate.js';
import { renderHtml, TRE_NOTICE } from './html.js';
import type { EvalNote, SystemPredictions } from './inputs.js';
import { mdCell, renderMarkdown } from './markdown.js';

const smoking = (status: SmokingAnnotation['status']): SmokingAnnotation => ({
  status,
  pack_years: null,
  cigarettes_per_day: null,
  years_smoked: null,
  quit_year: null,
  brinkman_index: null,
});

const HOSTILE =
  'Pt <script>alert("x")</script> smokes | daily & <img src=x onerror=1> see https://evil.example/a.js';
const start = HOSTILE.indexOf('smokes');

const finding: GeneticAnnotation = {
  gene: 'KRAS<b>',
  hgvs_c: null,
  hgvs_p: 'p.Gly12Cys',
  kind: 'snv',
  exon: null,
  partner: null,
  status: 'present',
  significance: 'pathogenic',
  origin: 'somatic',
  subject: 'patient',
};

const NOTES: EvalNote[] = [
  {
    noteId: 'n-1',
    language: 'en',
    noteType: 'progress"><x',
    text: HOSTILE,
    gold: { note_id: 'n-1', smoking: smoking('never') },
  },
  {
    noteId: 'n-2',
    language: 'ja',
    noteType: 'pathology',
    text: '遺伝子検査で KRAS G12C を検出。',
    gold: { note_id: 'n-2', smoking: smoking('current'), genetics: [finding] },
  },
];

const mention = {
  note_id: 'n-1',
  extractor: 'smoking',
  type: 'status',
  start,
  end: start + 'smokes'.length,
  text: 'smokes',
  value: 'current',
  assertion: {
    negated: false,
    possible: false,
    historical: false,
    hypothetical: false,
    experiencer: 'patient',
    triggers: [],
  },
  section: null,
  rule: 'smoking.en.concept.<smoking>',
  decision: 'won: current',
} as unknown as MentionRecord;

const A: SystemPredictions = {
  name: 'rules <v1>',
  source: 'in-process pipeline',
  annotations: new Map([
    ['n-1', { note_id: 'n-1', smoking: smoking('current') }],
    ['n-2', { note_id: 'n-2', smoking: smoking('current'), genetics: [] }],
  ]),
  mentions: new Map([['n-1', [mention]]]),
};
const B: SystemPredictions = {
  name: 'ensemble',
  source: 'b.jsonl',
  annotations: new Map([
    ['n-1', { note_id: 'n-1', smoking: smoking('never') }],
    ['n-2', { note_id: 'n-2', smoking: smoking('current'), genetics: [finding] }],
  ]),
  mentions: new Map(),
};

const report = evaluate({
  notes: NOTES,
  goldFiles: ['gold.jsonl'],
  systems: [A, B],
  bootstrap: { replicates: 200, seed: 1 },
  now: new Date('2026-01-02T03:04:05Z'),
});

describe('report.html', () => {
  const html = renderHtml(report);

  it('is one self-contained file: no script, no external URL, nothing to load', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<(script|link|iframe|img|object|embed|base|audio|video|source)\b/i);
    // Every real tag (note text is escaped, so each `<` left is markup): no attribute that
    // loads or links anything, no event handler, no URL.
    const tags = html.match(/<[a-z!/][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    for (const tag of tags) {
      expect(tag).not.toMatch(/\b(src|href|action|xlink:href|srcset|poster|data)\s*=/i);
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/https?:|\/\/|url\(/i);
    }
    expect(html).not.toMatch(/@import|url\(/i);
    // The one URL in the document is the note's own text, escaped, in the evidence column.
    expect(html.match(/https?:/g)).toEqual(['https:']);
    expect(html).toContain('see https://evil.example');
  });

  it('says plainly that it holds note text and stays in the TRE', () => {
    expect(html).toContain('CONTAINS NOTE TEXT: KEEP INSIDE THE TRE.');
    expect(html).toContain(TRE_NOTICE.replace(/'/g, '&#39;'));
    expect(TRE_NOTICE).toMatch(/note text/);
    expect(TRE_NOTICE).toMatch(/Trusted Research Environment/);
  });

  it('escapes every piece of note text, names and ids', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=1&gt;');
    expect(html).toContain('KRAS&lt;b&gt;');
    expect(html).toContain('progress&quot;&gt;&lt;x');
    expect(html).toContain('rules &lt;v1&gt;');
    expect(html).toContain('smoking.en.concept.&lt;smoking&gt;');
    expect(html).not.toContain('<b>');
  });

  it('has the charts: per-class F1 with CI whiskers, confusion heat map, numeric error histograms', () => {
    expect(html).toContain('aria-label="Smoking status: F1 per class, with 95% CI"');
    expect(html).toContain('aria-label="rules &lt;v1&gt;: confusion matrix (status)"');
    expect(html).toContain('aria-label="rules &lt;v1&gt;: pack_years errors"');
    expect(html).toContain(
      'aria-label="Genetic findings: P/R/F1 and attribute accuracy, with 95% CI"',
    );
    expect(html).toContain('aria-label="Smoking status macro-F1 by language"');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(10);
  });

  it('shows the error table with the evidence snippet and the deciding rule, and the differences', () => {
    expect(html).toContain('[smokes]'); // the deciding mention, in brackets, inside its context
    expect(html).toContain('won: current');
    expect(html).toContain('A against B: per-note differences');
    expect(html).toContain('B right');
  });
});

describe('report.md and metrics.json', () => {
  it('report.md carries the notice and escapes table cells', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('**Contains note text: keep inside the TRE.**');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toContain('<script');
    expect(md).toContain('smokes] \\| daily');
    expect(mdCell('a|b\nc <d> `e`')).toBe('a\\|b c &lt;d&gt; \\`e\\`');
  });

  it('metrics.json holds figures only: no note text and no note ids', () => {
    const json = JSON.stringify(metricsJson(report));
    expect(json).not.toContain('n-1');
    expect(json).not.toContain('smokes');
    expect(json).not.toContain('遺伝子');
    expect(json).toContain('"macroF1"');
    expect(json).toContain('"errorRows":');
  });
});
