import type { CrossTabCounts, DistributionCounts, Known, NestedCounts } from './tables.js';

/**
 * What one note contributes to a summary, read from annotations.jsonl or from the OMOP tables.
 * `person` and `year` are used here, in memory, and never written: persons only to count how many
 * distinct persons stand behind each number, years only as a year.
 */
export interface NoteFacts {
  /** Any stable key of the note's person, or null when unknown. */
  readonly person: string | null;
  /** The year of the note's date; null when the note has no date. */
  readonly year: number | null;
  readonly status: SmokingStatus;
  readonly packYears: number | null;
  readonly brinkmanIndex: number | null;
  /** The patient's genetic findings (a relative's are not counted). */
  readonly findings: readonly FindingFacts[];
}

export type SmokingStatus = 'current' | 'former' | 'never' | 'unknown';
export const SMOKING_STATUSES: readonly SmokingStatus[] = ['current', 'former', 'never', 'unknown'];

export type FindingStatus = 'present' | 'absent';
export const FINDING_STATUSES: readonly FindingStatus[] = ['present', 'absent'];

export interface FindingFacts {
  readonly gene: string;
  /** As in OMOP `measurement_source_value` after the gene: `p.Leu858Arg`, `wild_type`, … */
  readonly variant: string;
  readonly status: FindingStatus;
}

/** Lower bounds of the bins; the last bin is open. Brinkman bins are 20 × the pack-year bins. */
export const PACK_YEAR_BINS: readonly number[] = [0, 10, 20, 30, 40];
export const BRINKMAN_BINS: readonly number[] = [0, 200, 400, 600, 800];
export const UNKNOWN_YEAR = 'unknown';
/** Variants of a listed gene that did not reach the listing threshold, pooled. */
export const OTHER_VARIANTS = '(other)';
/** Genes that did not reach the listing threshold, pooled (not broken down by variant). */
export const OTHER_GENES = '(other genes)';

/** `[0,10)`, …, `[40,inf)`. */
export function binLabels(bounds: readonly number[]): string[] {
  return bounds.map((lower, i) => `[${lower},${bounds[i + 1] ?? 'inf'})`);
}

function binOf(bounds: readonly number[], value: number): number {
  let bin = 0;
  for (let i = 0; i < bounds.length; i++) if (value >= bounds[i]!) bin = i;
  return bin;
}

/** A count and the persons behind it (kept only in memory). */
class Tally {
  count = 0;
  readonly persons = new Set<string>();

  add(person: string | null): void {
    this.count += 1;
    if (person !== null) this.persons.add(person);
  }

  static sum(tallies: Iterable<Tally>): Tally {
    const sum = new Tally();
    for (const t of tallies) {
      sum.count += t.count;
      for (const p of t.persons) sum.persons.add(p);
    }
    return sum;
  }
}

class TallyMap {
  private readonly map = new Map<string, Tally>();

  add(key: string, person: string | null): void {
    let tally = this.map.get(key);
    if (!tally) {
      tally = new Tally();
      this.map.set(key, tally);
    }
    tally.add(person);
  }

  get(key: string): Tally {
    return this.map.get(key) ?? new Tally();
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}

export interface RawCounts {
  readonly smoking: CrossTabCounts | undefined;
  readonly smokingStatus: DistributionCounts;
  readonly packYears: DistributionCounts;
  readonly brinkmanIndex: DistributionCounts;
  readonly genetics: NestedCounts;
  readonly personsKnown: boolean;
  readonly notes: number;
}

/**
 * Counts the notes' facts into the summary's tables, before suppression. With `years`, smoking
 * status is counted by year of note (and its distribution is that table's column margin).
 * Genes and variants are labels from an open vocabulary: a label is listed only when at least
 * `minCell` findings (and persons, when known) carry it; the rest are pooled, so a rare variant's
 * name never leaves the TRE.
 */
export function countFacts(
  facts: Iterable<NoteFacts>,
  options: { readonly years: boolean; readonly minCell: number },
): RawCounts {
  const smoking = new TallyMap();
  const packYears = new TallyMap();
  const brinkman = new TallyMap();
  const genetics = new TallyMap();
  const years = new Set<string>();
  let personsKnown = true;
  let notes = 0;
  for (const note of facts) {
    notes += 1;
    if (note.person === null) personsKnown = false;
    const person = note.person;
    const year = note.year === null ? UNKNOWN_YEAR : String(note.year);
    years.add(year);
    smoking.add(`${year}\0${note.status}`, person);
    if (note.packYears !== null)
      packYears.add(String(binOf(PACK_YEAR_BINS, note.packYears)), person);
    if (note.brinkmanIndex !== null)
      brinkman.add(String(binOf(BRINKMAN_BINS, note.brinkmanIndex)), person);
    for (const f of note.findings) genetics.add(`${f.gene}\0${f.variant}\0${f.status}`, person);
  }
  const known = (t: Tally): Known => ({
    value: t.count,
    persons: personsKnown ? t.persons.size : null,
  });
  const small = (t: Tally) =>
    t.count < options.minCell || (personsKnown && t.persons.size < options.minCell);

  const distribution = (map: TallyMap, dimension: string, labels: string[]) => {
    const cells = labels.map((_, i) => map.get(String(i)));
    return { dimension, labels, cells: cells.map(known), total: known(Tally.sum(cells)) };
  };

  // Smoking status by year (the year rows sorted, notes without a date last).
  const yearLabels = [...years].sort((a, b) =>
    a === UNKNOWN_YEAR ? 1 : b === UNKNOWN_YEAR ? -1 : Number(a) - Number(b),
  );
  const grid = yearLabels.map((y) => SMOKING_STATUSES.map((s) => smoking.get(`${y}\0${s}`)));
  const columns = SMOKING_STATUSES.map((_, j) => Tally.sum(grid.map((row) => row[j]!)));
  const all = Tally.sum(columns);
  const smokingStatus: DistributionCounts = {
    dimension: 'smoking_status',
    labels: [...SMOKING_STATUSES],
    cells: columns.map(known),
    total: known(all),
  };
  const byYear: CrossTabCounts | undefined = options.years
    ? {
        rowDimension: 'note_year',
        columnDimension: 'smoking_status',
        rowLabels: yearLabels,
        columnLabels: [...SMOKING_STATUSES],
        cells: grid.map((row) => row.map(known)),
        rowTotals: grid.map((row) => known(Tally.sum(row))),
        columnTotals: columns.map(known),
        total: known(all),
      }
    : undefined;

  // Genetics: gene → variant → status, with labels pooled below the listing threshold.
  const tree = new Map<string, Map<string, Tally[]>>();
  for (const key of genetics.keys()) {
    const [gene, variant] = key.split('\0') as [string, string];
    let variants = tree.get(gene);
    if (!variants) {
      variants = new Map();
      tree.set(gene, variants);
    }
    if (!variants.has(variant))
      variants.set(
        variant,
        FINDING_STATUSES.map((s) => genetics.get(`${gene}\0${variant}\0${s}`)),
      );
  }
  const byLabel = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const groups: { label: string; cells: Tally[]; rows: { label: string; cells: Tally[] }[] }[] = [];
  const pooledGenes: Tally[][] = [];
  for (const gene of [...tree.keys()].sort(byLabel)) {
    const variants = tree.get(gene)!;
    const rows: { label: string; cells: Tally[] }[] = [];
    const pooled: Tally[][] = [];
    for (const variant of [...variants.keys()].sort(byLabel)) {
      const cells = variants.get(variant)!;
      if (small(Tally.sum(cells))) pooled.push(cells);
      else rows.push({ label: variant, cells });
    }
    if (pooled.length > 0)
      rows.push({
        label: OTHER_VARIANTS,
        cells: FINDING_STATUSES.map((_, j) => Tally.sum(pooled.map((c) => c[j]!))),
      });
    const cells = FINDING_STATUSES.map((_, j) => Tally.sum(rows.map((r) => r.cells[j]!)));
    if (small(Tally.sum(cells))) {
      pooledGenes.push(cells);
      continue;
    }
    // A gene whose variants were all pooled is not broken down: its row would repeat the gene.
    groups.push({ label: gene, cells, rows: rows.length === 1 && pooled.length > 0 ? [] : rows });
  }
  if (pooledGenes.length > 0)
    groups.push({
      label: OTHER_GENES,
      cells: FINDING_STATUSES.map((_, j) => Tally.sum(pooledGenes.map((c) => c[j]!))),
      rows: [],
    });
  const geneColumns = FINDING_STATUSES.map((_, j) => Tally.sum(groups.map((g) => g.cells[j]!)));
  const geneticsCounts: NestedCounts = {
    groupsDimension: 'gene',
    rowsDimension: 'variant',
    columnDimension: 'status',
    columnLabels: [...FINDING_STATUSES],
    groups: groups.map((g) => ({
      label: g.label,
      cells: g.cells.map(known),
      total: known(Tally.sum(g.cells)),
      rows: g.rows.map((r) => ({
        label: r.label,
        cells: r.cells.map(known),
        total: known(Tally.sum(r.cells)),
      })),
    })),
    columnTotals: geneColumns.map(known),
    total: known(Tally.sum(geneColumns)),
  };

  return {
    smoking: byYear,
    smokingStatus,
    packYears: distribution(packYears, 'pack_years', binLabels(PACK_YEAR_BINS)),
    brinkmanIndex: distribution(brinkman, 'brinkman_index', binLabels(BRINKMAN_BINS)),
    genetics: geneticsCounts,
    personsKnown: personsKnown && notes > 0,
    notes,
  };
}
