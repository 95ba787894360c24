import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canMoveExactly } from '../../tests/support/summary-exact-attack.js';
import { linearSystem, recoveredNumbers } from './attack.js';
import { countFacts, type NoteFacts, OTHER_GENES, OTHER_VARIANTS } from './counts.js';
import { mergeSummaries } from './merge.js';
import { movable, protect, type Quantity } from './network.js';
import { type Summary, SummarySchema } from './schema.js';
import { summarizeCounts, summarizeFacts } from './summarize.js';
import { protectCrossTab, protectDistribution } from './tables.js';

const text = { description: 'test', unit: 'notes' } as const;
const known = (value: number) => ({ value, persons: null });
const generator = 'emrx test';

/** The summary with every number shown (same layout: the same pooling of labels). */
function truthOf(facts: readonly NoteFacts[], minCell: number, years: boolean): Summary {
  const counts = countFacts(facts, { years, minCell });
  return summarizeCounts(
    { ...counts, personsKnown: false },
    { minCell: 1, source: 'annotations', years, generator },
  );
}

function valueAt(summary: Summary, table: string, path: string): number {
  let node: unknown = (summary.tables as Record<string, unknown>)[table];
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  if (typeof node !== 'number') throw new Error(`no number at ${table}.${path}`);
  return node;
}

/** Every suppressed number of `summary` that an attacker pins down, by either attack. */
function recovered(summary: Summary, truth: Summary): string[] {
  const found = recoveredNumbers(summary).map(
    (r) => `${r.unknown.table}.${r.unknown.path} = ${r.low} (intervals)`,
  );
  const system = linearSystem(summary);
  const values = system.unknowns.map((u) => valueAt(truth, u.table, u.path));
  system.unknowns.forEach((u, i) => {
    if (!canMoveExactly(system, values, i))
      found.push(`${u.table}.${u.path} = ${values[i]} (exact)`);
  });
  return found;
}

describe('suppression by hand', () => {
  it('suppresses a small cell of a distribution and gives it a partner', () => {
    const table = protectDistribution(
      {
        dimension: 'smoking_status',
        labels: ['current', 'former', 'never', 'unknown'],
        cells: [3, 15, 20, 0].map(known),
        total: known(38),
      },
      text,
      10,
    );
    // 3 alone would be 38 − 15 − 20; the cheapest partner is the zero cell (it can only grow).
    expect(table.categories.map((c) => c.count)).toEqual([null, 15, 20, null]);
    expect(table.total).toBe(38);
  });

  it('suppresses a small total and everything it would reveal', () => {
    const table = protectDistribution(
      { dimension: 'd', labels: ['a', 'b'], cells: [3, 0].map(known), total: known(3) },
      text,
      10,
    );
    // The 3 and its total 3 hide each other; the 0 can stay (a + 0 = total, both unknown).
    expect(table.categories.map((c) => c.count)).toEqual([null, 0]);
    expect(table.total).toBeNull();
  });

  it('publishes zeros and counts at the threshold', () => {
    const table = protectDistribution(
      { dimension: 'd', labels: ['a', 'b'], cells: [10, 0].map(known), total: known(10) },
      text,
      10,
    );
    expect(table.categories.map((c) => c.count)).toEqual([10, 0]);
  });

  it('applies the rule to persons too: many notes of few persons are small', () => {
    const table = protectDistribution(
      {
        dimension: 'd',
        labels: ['a', 'b', 'c'],
        cells: [
          { value: 40, persons: 2 },
          { value: 30, persons: 20 },
          { value: 25, persons: 25 },
        ],
        total: { value: 95, persons: 47 },
      },
      text,
      10,
    );
    // 40 notes of 2 persons is small; its cheapest partner is the 25.
    expect(table.categories.map((c) => c.count)).toEqual([null, 30, null]);
  });

  it('protects a cross-tab along rows and columns, margins only when needed', () => {
    const cells = [
      [20, 3, 30],
      [25, 40, 12],
      [18, 22, 35],
    ];
    const table = protectCrossTab(
      {
        rowDimension: 'year',
        columnDimension: 'status',
        rowLabels: ['2022', '2023', '2024'],
        columnLabels: ['a', 'b', 'c'],
        cells: cells.map((r) => r.map(known)),
        rowTotals: cells.map((r) => known(r.reduce((a, b) => a + b, 0))),
        columnTotals: [0, 1, 2].map((j) => known(cells.reduce((a, r) => a + r[j]!, 0))),
        total: known(cells.flat().reduce((a, b) => a + b, 0)),
      },
      text,
      10,
    );
    // The 3 needs a partner in its row and in its column, and those need one in theirs: the
    // cheapest 2×2 block (least count hidden) is rows 2022/2024 × columns a/b (3, 20, 18, 22).
    expect(table.cells).toEqual([
      [null, null, 30],
      [25, 40, 12],
      [null, null, 35],
    ]);
    expect(table.row_totals.every((t) => t !== null)).toBe(true);
    expect(table.total).not.toBeNull();
  });

  it('sees the zero trap that "two unknowns per line" misses', () => {
    // A 2×2 block of suppressed cells 1, 0 / 0, 0 with every margin published has two unknowns in
    // each line, yet the 0 row forces its cells to 0 and then the 1 is its row's total.
    const quantities: Quantity[] = [
      ['r0', 's', 'row0', 'margin', 21],
      ['r1', 's', 'row1', 'margin', 30],
      ['c00', 'row0', 'col0', 'cell', 1],
      ['c01', 'row0', 'col1', 'cell', 0],
      ['c02', 'row0', 'col2', 'cell', 20],
      ['c10', 'row1', 'col0', 'cell', 0],
      ['c11', 'row1', 'col1', 'cell', 0],
      ['c12', 'row1', 'col2', 'cell', 30],
      ['k0', 'col0', 't', 'margin', 1],
      ['k1', 'col1', 't', 'margin', 0],
      ['k2', 'col2', 't', 'margin', 50],
      ['n', 't', 's', 'total', 51],
    ].map(([id, from, to, kind, value]) => ({
      id: id as string,
      from: from as string,
      to: to as string,
      kind: kind as Quantity['kind'],
      value: value as number,
      persons: null,
    }));
    const hidden = new Set(['c00', 'c01', 'c10', 'c11', 'k0']);
    const naive = quantities.map((q) => ({
      ...q,
      disclosure: hidden.has(q.id) ? ('complementary' as const) : ('published' as const),
    }));
    expect(movable(naive).every(Boolean)).toBe(false);
    const protectedTable = protect(quantities, 10);
    expect(movable(protectedTable).every(Boolean)).toBe(true);
  });

  it('the interval attacker recovers a lone suppressed cell', () => {
    const summary = summarizeFacts([], {
      minCell: 10,
      source: 'annotations',
      years: false,
      generator,
    });
    const leaky: Summary = {
      ...summary,
      tables: {
        ...summary.tables,
        pack_years: {
          ...summary.tables.pack_years,
          categories: [
            { label: 'a', count: null },
            { label: 'b', count: 12 },
          ],
          total: 15,
        },
      },
    };
    expect(recoveredNumbers(leaky).map((r) => [r.unknown.path, r.low])).toEqual([
      ['categories.0.count', 3],
    ]);
  });
});

// Random notes: few years, statuses, bins and genes, so that small and zero cells are common.
const finding = fc.record({
  gene: fc.constantFrom('EGFR', 'KRAS', 'ALK', 'BRCA2'),
  variant: fc.constantFrom('p.Leu858Arg', 'wild_type', 'p.Gly12Cys', 'fusion partner EML4'),
  status: fc.constantFrom('present' as const, 'absent' as const),
});
const noteFacts = fc.record({
  person: fc.option(
    fc.integer({ min: 1, max: 60 }).map((n) => `p${n}`),
    { nil: null, freq: 40 },
  ),
  year: fc.option(fc.integer({ min: 2021, max: 2024 }), { nil: null, freq: 8 }),
  status: fc.constantFrom(
    'current' as const,
    'former' as const,
    'never' as const,
    'unknown' as const,
  ),
  packYears: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  brinkmanIndex: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: null }),
  findings: fc.array(finding, { maxLength: 3 }),
});
const facts = fc.array(noteFacts, { maxLength: 150, size: 'large' });
const minCell = fc.constantFrom(2, 3, 5, 10);

/** Every published count of the tables (labels are strings, so every number is a count). */
function publishedCounts(node: unknown): number[] {
  if (typeof node === 'number') return [node];
  if (Array.isArray(node)) return node.flatMap(publishedCounts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(publishedCounts);
  return [];
}

function checkSummary(summary: Summary, truth: Summary) {
  SummarySchema.parse(summary);
  const system = linearSystem(summary);
  // Every suppressed number is protected, and every small number is suppressed.
  expect(recovered(summary, truth)).toEqual([]);
  const truthSystem = linearSystem(truth);
  expect(truthSystem.unknowns).toEqual([]);
  return system;
}

describe('attacker: no suppressed number can be recovered', () => {
  it('from random site summaries', () => {
    fc.assert(
      fc.property(facts, minCell, fc.boolean(), (notes, k, years) => {
        const summary = summarizeFacts(notes, {
          minCell: k,
          source: 'annotations',
          years,
          generator,
        });
        const truth = truthOf(notes, k, years);
        checkSummary(summary, truth);
        // Primary rule: no published count is small.
        for (const n of publishedCounts(summary.tables))
          if (n > 0 && n < k) throw new Error(`published small count ${n} with min-cell ${k}`);
      }),
      { numRuns: 300 },
    );
  });

  it('from merged summaries, keeping every site-suppressed number suppressed', () => {
    fc.assert(
      fc.property(
        fc.array(facts, { minLength: 2, maxLength: 3 }),
        minCell,
        fc.boolean(),
        (sites, k, years) => {
          const summaries = sites.map((notes) =>
            summarizeFacts(notes, { minCell: k, source: 'annotations', years, generator }),
          );
          const truths = sites.map((notes) => truthOf(notes, k, years));
          const merged = mergeSummaries(summaries, { minCell: k, generator });
          const mergedTruth = mergeSummaries(truths, { minCell: 1, generator });
          checkSummary(merged, mergedTruth);
          expect(merged.sites).toBe(sites.length);
          // A number some site suppressed stays suppressed; published ones are the sites' sums.
          const status = (s: Summary, label: string) =>
            s.tables.smoking_status.categories.find((c) => c.label === label)?.count;
          for (const label of ['current', 'former', 'never', 'unknown']) {
            const parts = summaries.map((s) => status(s, label));
            if (parts.some((p) => p === null)) expect(status(merged, label)).toBeNull();
            else if (status(merged, label) !== null)
              expect(status(merged, label)).toBe(parts.reduce((a, b) => a! + b!, 0));
          }
          for (const group of merged.tables.genetics.groups)
            for (const [j, count] of group.cells.entries()) {
              const parts = summaries.map(
                (s) => s.tables.genetics.groups.find((g) => g.label === group.label)?.cells[j] ?? 0,
              );
              if (parts.some((p) => p === null)) expect(count).toBeNull();
            }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('labels', () => {
  it('lists a gene or variant only when min-cell findings carry it', () => {
    const notes: NoteFacts[] = [];
    for (let i = 0; i < 30; i++)
      notes.push({
        person: `p${i}`,
        year: 2024,
        status: 'never',
        packYears: null,
        brinkmanIndex: null,
        findings: [
          { gene: 'EGFR', variant: i < 12 ? 'p.Leu858Arg' : 'c.2369C>T', status: 'present' },
          ...(i < 2
            ? [{ gene: 'RET', variant: 'fusion partner KIF5B', status: 'present' as const }]
            : []),
        ],
      });
    const summary = summarizeFacts(notes, {
      minCell: 10,
      source: 'annotations',
      years: true,
      generator,
    });
    const genetics = summary.tables.genetics;
    expect(genetics.groups.map((g) => g.label)).toEqual(['EGFR', OTHER_GENES]);
    expect(genetics.groups[0]!.rows.map((r) => r.label)).toEqual(['c.2369C>T', 'p.Leu858Arg']);
    expect(JSON.stringify(summary)).not.toContain('RET');
    expect(JSON.stringify(summary)).not.toContain('KIF5B');
    expect(OTHER_VARIANTS).toBe('(other)');
  });
});
