import type { CrossTabTable, DistributionTable, NestedCrossTabTable, Summary } from './schema.js';

/**
 * The attacker's view of a summary: only what it publishes. Every "a total is the sum of its parts"
 * of every table becomes a linear equation over the suppressed numbers (the unknowns); the attack
 * then narrows each unknown's range from non-negativity and the equations (interval propagation to
 * a fixed point). A range of width 0 is a recovered number. This reads the JSON only and shares no
 * code with the suppression, so the tests (and `emrx summarize`, before writing) use it as an
 * independent check. It is sound (a recovered number truly is) but not complete; the tests add an
 * exact search on small tables.
 */

/** Where an unknown sits: `table` and a path such as `cells.2.1` or `groups.0.rows.1.total`. */
export interface Unknown {
  readonly table: string;
  readonly path: string;
}

/** Σ coefficient × unknown = constant; coefficients are +1 or −1. */
export interface Equation {
  readonly terms: readonly { readonly unknown: number; readonly sign: 1 | -1 }[];
  readonly constant: number;
}

export interface LinearSystem {
  readonly unknowns: readonly Unknown[];
  readonly equations: readonly Equation[];
}

type Slot = { readonly unknown: number } | { readonly value: number };

class SystemBuilder {
  readonly unknowns: Unknown[] = [];
  readonly equations: Equation[] = [];

  slot(table: string, path: string, count: number | null): Slot {
    if (count !== null) return { value: count };
    this.unknowns.push({ table, path });
    return { unknown: this.unknowns.length - 1 };
  }

  /** whole = Σ parts */
  sum(whole: Slot, parts: readonly Slot[]): void {
    const terms: { unknown: number; sign: 1 | -1 }[] = [];
    let constant = 0;
    for (const part of parts) {
      if ('unknown' in part) terms.push({ unknown: part.unknown, sign: 1 });
      else constant -= part.value;
    }
    if ('unknown' in whole) terms.push({ unknown: whole.unknown, sign: -1 });
    else constant += whole.value;
    this.equations.push({ terms, constant });
  }

  distribution(name: string, t: DistributionTable): Slot[] {
    const cells = t.categories.map((c, i) => this.slot(name, `categories.${i}.count`, c.count));
    this.sum(this.slot(name, 'total', t.total), cells);
    return cells;
  }

  crossTab(name: string, t: CrossTabTable): Slot[] {
    const cells = t.cells.map((row, i) => row.map((c, j) => this.slot(name, `cells.${i}.${j}`, c)));
    const rows = t.row_totals.map((c, i) => this.slot(name, `row_totals.${i}`, c));
    const columns = t.column_totals.map((c, j) => this.slot(name, `column_totals.${j}`, c));
    const total = this.slot(name, 'total', t.total);
    rows.forEach((r, i) => {
      this.sum(r, cells[i]!);
    });
    columns.forEach((c, j) => {
      this.sum(
        c,
        cells.map((row) => row[j]!),
      );
    });
    this.sum(total, rows);
    this.sum(total, columns);
    return columns;
  }

  nested(name: string, t: NestedCrossTabTable): void {
    const width = t.columns.labels.length;
    const groupCells = t.groups.map((g, gi) =>
      g.cells.map((c, j) => this.slot(name, `groups.${gi}.cells.${j}`, c)),
    );
    const groupTotals = t.groups.map((g, gi) => this.slot(name, `groups.${gi}.total`, g.total));
    t.groups.forEach((g, gi) => {
      this.sum(groupTotals[gi]!, groupCells[gi]!);
      if (g.rows.length === 0) return;
      const rowCells = g.rows.map((r, ri) =>
        r.cells.map((c, j) => this.slot(name, `groups.${gi}.rows.${ri}.cells.${j}`, c)),
      );
      const rowTotals = g.rows.map((r, ri) =>
        this.slot(name, `groups.${gi}.rows.${ri}.total`, r.total),
      );
      rowTotals.forEach((rt, ri) => {
        this.sum(rt, rowCells[ri]!);
      });
      this.sum(groupTotals[gi]!, rowTotals);
      for (let j = 0; j < width; j++)
        this.sum(
          groupCells[gi]![j]!,
          rowCells.map((r) => r[j]!),
        );
    });
    const columns = t.column_totals.map((c, j) => this.slot(name, `column_totals.${j}`, c));
    const total = this.slot(name, 'total', t.total);
    columns.forEach((c, j) => {
      this.sum(
        c,
        groupCells.map((g) => g[j]!),
      );
    });
    this.sum(total, columns);
    this.sum(total, groupTotals);
  }
}

/** Every equation a summary's published numbers satisfy, across all its tables. */
export function linearSystem(summary: Summary): LinearSystem {
  const b = new SystemBuilder();
  const t = summary.tables;
  const status = b.distribution('smoking_status', t.smoking_status);
  if (t.smoking_status_by_year) {
    const margin = b.crossTab('smoking_status_by_year', t.smoking_status_by_year);
    // The same numbers in two tables: the attacker lines them up.
    status.forEach((s, j) => {
      const m = margin[j];
      if (m) b.sum(s, [m]);
    });
  }
  b.distribution('pack_years', t.pack_years);
  b.distribution('brinkman_index', t.brinkman_index);
  b.nested('genetics', t.genetics);
  return { unknowns: b.unknowns, equations: b.equations };
}

export interface Range {
  readonly unknown: Unknown;
  readonly low: number;
  readonly high: number;
}

/** Each unknown's range from non-negativity and the equations, narrowed to a fixed point. */
export function attackRanges(system: LinearSystem, maxPasses = 10_000): Range[] {
  const low = system.unknowns.map(() => 0);
  const high = system.unknowns.map(() => Number.POSITIVE_INFINITY);
  for (let pass = 0, changed = true; changed && pass < maxPasses; pass++) {
    changed = false;
    for (const { terms, constant } of system.equations) {
      // Σ sign·x over all terms, as a range: [sumLow, sumHigh] (infinite parts counted apart).
      let sumLow = 0;
      let sumHigh = 0;
      let infiniteLow = 0;
      let infiniteHigh = 0;
      for (const { unknown, sign } of terms) {
        const lo = sign === 1 ? low[unknown]! : -high[unknown]!;
        const hi = sign === 1 ? high[unknown]! : -low[unknown]!;
        if (lo === Number.NEGATIVE_INFINITY) infiniteLow += 1;
        else sumLow += lo;
        if (hi === Number.POSITIVE_INFINITY) infiniteHigh += 1;
        else sumHigh += hi;
      }
      for (const { unknown, sign } of terms) {
        const ownLow = sign === 1 ? low[unknown]! : -high[unknown]!;
        const ownHigh = sign === 1 ? high[unknown]! : -low[unknown]!;
        // The others' range: the whole minus this term.
        const othersLow =
          ownLow === Number.NEGATIVE_INFINITY
            ? infiniteLow > 1
              ? Number.NEGATIVE_INFINITY
              : sumLow
            : infiniteLow > 0
              ? Number.NEGATIVE_INFINITY
              : sumLow - ownLow;
        const othersHigh =
          ownHigh === Number.POSITIVE_INFINITY
            ? infiniteHigh > 1
              ? Number.POSITIVE_INFINITY
              : sumHigh
            : infiniteHigh > 0
              ? Number.POSITIVE_INFINITY
              : sumHigh - ownHigh;
        // sign·x = constant − others
        const termLow = constant - othersHigh;
        const termHigh = constant - othersLow;
        const [lo, hi] = sign === 1 ? [termLow, termHigh] : [-termHigh, -termLow];
        if (lo > low[unknown]!) {
          low[unknown] = lo;
          changed = true;
        }
        if (hi < high[unknown]!) {
          high[unknown] = hi;
          changed = true;
        }
      }
    }
  }
  return system.unknowns.map((unknown, i) => ({ unknown, low: low[i]!, high: high[i]! }));
}

/** The suppressed numbers an attacker recovers by interval propagation (none, when protected). */
export function recoveredNumbers(summary: Summary): Range[] {
  return attackRanges(linearSystem(summary)).filter((r) => r.low === r.high);
}
