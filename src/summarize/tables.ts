import { type ProtectedQuantity, protect, type Quantity, type QuantityKind } from './network.js';
import type { CrossTabTable, DistributionTable, NestedCrossTabTable } from './schema.js';

/**
 * Tables before suppression, and their suppression. Each number is a {@link Known}: its count
 * (`null` when unknown, i.e. inherited as suppressed in a merge) and the distinct persons behind it
 * when persons are known. Each table becomes a network ({@link protect}) and comes back as JSON.
 */

export interface Known {
  readonly value: number | null;
  readonly persons: number | null;
}

export interface TableText {
  readonly description: string;
  readonly unit: 'notes' | 'findings';
}

export interface DistributionCounts {
  readonly dimension: string;
  readonly labels: readonly string[];
  readonly cells: readonly Known[];
  readonly total: Known;
}

export interface CrossTabCounts {
  readonly rowDimension: string;
  readonly columnDimension: string;
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** cells[row][column] */
  readonly cells: readonly (readonly Known[])[];
  readonly rowTotals: readonly Known[];
  readonly columnTotals: readonly Known[];
  readonly total: Known;
}

export interface NestedRowCounts {
  readonly label: string;
  readonly cells: readonly Known[];
  readonly total: Known;
}

export interface NestedGroupCounts extends NestedRowCounts {
  /** Empty: the group is not broken down. */
  readonly rows: readonly NestedRowCounts[];
}

export interface NestedCounts {
  readonly groupsDimension: string;
  readonly rowsDimension: string;
  readonly columnDimension: string;
  readonly columnLabels: readonly string[];
  readonly groups: readonly NestedGroupCounts[];
  readonly columnTotals: readonly Known[];
  readonly total: Known;
}

/** Collects a table's numbers as arcs, then reads the suppressed values back by id. */
class Arcs {
  private readonly quantities: Quantity[] = [];
  private result = new Map<string, ProtectedQuantity>();

  add(id: string, from: string, to: string, kind: QuantityKind, known: Known): void {
    this.quantities.push({ id, from, to, kind, value: known.value, persons: known.persons });
  }

  protect(minCell: number): this {
    this.result = new Map(protect(this.quantities, minCell).map((q) => [q.id, q]));
    return this;
  }

  /** The published count, or null when suppressed. */
  count(id: string): number | null {
    const q = this.result.get(id);
    if (!q) throw new Error(`no quantity ${id}`);
    return q.disclosure === 'published' ? q.value : null;
  }

  get all(): readonly ProtectedQuantity[] {
    return [...this.result.values()];
  }
}

/** Source → each category → sink, and the total back: conservation says the categories sum to it. */
export function protectDistribution(
  counts: DistributionCounts,
  text: TableText,
  minCell: number,
): DistributionTable {
  const arcs = new Arcs();
  counts.cells.forEach((cell, i) => {
    arcs.add(`c${i}`, 's', 't', 'cell', cell);
  });
  arcs.add('total', 't', 's', 'total', counts.total);
  arcs.protect(minCell);
  return {
    kind: 'distribution',
    ...text,
    dimension: counts.dimension,
    categories: counts.labels.map((label, i) => ({ label, count: arcs.count(`c${i}`) })),
    total: arcs.count('total'),
  };
}

/** Source → row (row total) → column (cell) → sink (column total) → source (grand total). */
export function protectCrossTab(
  counts: CrossTabCounts,
  text: TableText,
  minCell: number,
): CrossTabTable {
  const arcs = new Arcs();
  counts.rowLabels.forEach((_, i) => {
    arcs.add(`r${i}`, 's', `row${i}`, 'margin', counts.rowTotals[i]!);
    counts.columnLabels.forEach((_, j) => {
      arcs.add(`c${i}.${j}`, `row${i}`, `col${j}`, 'cell', counts.cells[i]![j]!);
    });
  });
  counts.columnLabels.forEach((_, j) => {
    arcs.add(`k${j}`, `col${j}`, 't', 'margin', counts.columnTotals[j]!);
  });
  arcs.add('total', 't', 's', 'total', counts.total);
  arcs.protect(minCell);
  return {
    kind: 'crosstab',
    ...text,
    rows: { dimension: counts.rowDimension, labels: [...counts.rowLabels] },
    columns: { dimension: counts.columnDimension, labels: [...counts.columnLabels] },
    cells: counts.rowLabels.map((_, i) =>
      counts.columnLabels.map((_, j) => arcs.count(`c${i}.${j}`)),
    ),
    row_totals: counts.rowLabels.map((_, i) => arcs.count(`r${i}`)),
    column_totals: counts.columnLabels.map((_, j) => arcs.count(`k${j}`)),
    total: arcs.count('total'),
  };
}

/**
 * Source → group (group total) → row within the group (row total) → group × column node (cell) →
 * column (group subtotal) → sink (column total) → source (grand total). Rows nested in groups keep
 * this a network, so group × column subtotals can be published and protected exactly. A group
 * without rows goes straight from the group node to the columns.
 */
export function protectNested(
  counts: NestedCounts,
  text: TableText,
  minCell: number,
): NestedCrossTabTable {
  const arcs = new Arcs();
  const columns = counts.columnLabels;
  counts.groups.forEach((group, g) => {
    arcs.add(`g${g}`, 's', `group${g}`, 'margin', group.total);
    columns.forEach((_, j) => {
      const from = group.rows.length > 0 ? `group${g}.col${j}` : `group${g}`;
      arcs.add(`g${g}.${j}`, from, `col${j}`, 'margin', group.cells[j]!);
    });
    group.rows.forEach((row, r) => {
      arcs.add(`g${g}r${r}`, `group${g}`, `group${g}.row${r}`, 'margin', row.total);
      columns.forEach((_, j) => {
        arcs.add(
          `g${g}r${r}.${j}`,
          `group${g}.row${r}`,
          `group${g}.col${j}`,
          'cell',
          row.cells[j]!,
        );
      });
    });
  });
  columns.forEach((_, j) => {
    arcs.add(`k${j}`, `col${j}`, 't', 'margin', counts.columnTotals[j]!);
  });
  arcs.add('total', 't', 's', 'total', counts.total);
  arcs.protect(minCell);
  return {
    kind: 'nested_crosstab',
    ...text,
    groups_dimension: counts.groupsDimension,
    rows_dimension: counts.rowsDimension,
    columns: { dimension: counts.columnDimension, labels: [...columns] },
    groups: counts.groups.map((group, g) => ({
      label: group.label,
      cells: columns.map((_, j) => arcs.count(`g${g}.${j}`)),
      total: arcs.count(`g${g}`),
      rows: group.rows.map((row, r) => ({
        label: row.label,
        cells: columns.map((_, j) => arcs.count(`g${g}r${r}.${j}`)),
        total: arcs.count(`g${g}r${r}`),
      })),
    })),
    column_totals: columns.map((_, j) => arcs.count(`k${j}`)),
    total: arcs.count('total'),
  };
}

/** The status distribution as the column margin of the year × status table: one set of numbers. */
export function columnMargin(table: CrossTabTable, text: TableText): DistributionTable {
  return {
    kind: 'distribution',
    ...text,
    dimension: table.columns.dimension,
    categories: table.columns.labels.map((label, j) => ({
      label,
      count: table.column_totals[j] ?? null,
    })),
    total: table.total,
  };
}
