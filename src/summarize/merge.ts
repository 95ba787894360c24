import { OTHER_GENES, OTHER_VARIANTS, UNKNOWN_YEAR } from './counts.js';
import {
  type CrossTabTable,
  type DistributionTable,
  type NestedCrossTabTable,
  SUMMARY_SCHEMA_VERSION,
  type Summary,
} from './schema.js';
import { TABLE_TEXT } from './summarize.js';
import {
  type CrossTabCounts,
  columnMargin,
  type DistributionCounts,
  type Known,
  type NestedCounts,
  type NestedRowCounts,
  protectCrossTab,
  protectDistribution,
  protectNested,
} from './tables.js';

/**
 * Combining site summaries. A combined number is the sum of the sites' numbers; it is suppressed
 * when any site suppressed its part (it cannot be computed, and hides that part). Labels are
 * matched by name; a site without a label contributes 0 to it. Then the rule is applied again to
 * the combined tables: primary suppression with `minCell` on the combined counts, complementary
 * suppression to a fixed point (see `protect`). Every number the combined summary publishes is a
 * sum of numbers the sites published, so it tells nothing the site summaries did not.
 */
export interface MergeOptions {
  readonly minCell: number;
  readonly generator: string;
}

const known = (values: readonly (number | null)[]): Known => ({
  value: values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0),
  persons: null,
});

/** A label a site does not have counts 0 there; `null` (suppressed) stays unknown. */
const orZero = (count: number | null | undefined): number | null =>
  count === undefined ? 0 : count;

/** Labels in first-seen order, or sorted by `order`. */
function unionLabels(
  lists: readonly (readonly string[])[],
  order?: (a: string, b: string) => number,
) {
  const labels = [...new Set(lists.flat())];
  return order ? labels.sort(order) : labels;
}

const byName = (last: string) => (a: string, b: string) =>
  a === last ? 1 : b === last ? -1 : a < b ? -1 : a > b ? 1 : 0;
const byYear = (a: string, b: string) =>
  a === UNKNOWN_YEAR ? 1 : b === UNKNOWN_YEAR ? -1 : Number(a) - Number(b);

function mergeDistributions(tables: readonly DistributionTable[]): DistributionCounts {
  const labels = unionLabels(tables.map((t) => t.categories.map((c) => c.label)));
  return {
    dimension: tables[0]!.dimension,
    labels,
    cells: labels.map((label) =>
      known(tables.map((t) => orZero(t.categories.find((c) => c.label === label)?.count))),
    ),
    total: known(tables.map((t) => t.total)),
  };
}

function mergeCrossTabs(tables: readonly CrossTabTable[]): CrossTabCounts {
  const rows = unionLabels(
    tables.map((t) => t.rows.labels),
    byYear,
  );
  const columns = unionLabels(tables.map((t) => t.columns.labels));
  const at = (t: CrossTabTable, row: string, column: string) => {
    const i = t.rows.labels.indexOf(row);
    const j = t.columns.labels.indexOf(column);
    return i < 0 || j < 0 ? 0 : orZero(t.cells[i]?.[j]);
  };
  const rowTotal = (t: CrossTabTable, row: string) => {
    const i = t.rows.labels.indexOf(row);
    return i < 0 ? 0 : orZero(t.row_totals[i]);
  };
  const columnTotal = (t: CrossTabTable, column: string) => {
    const j = t.columns.labels.indexOf(column);
    return j < 0 ? 0 : orZero(t.column_totals[j]);
  };
  return {
    rowDimension: tables[0]!.rows.dimension,
    columnDimension: tables[0]!.columns.dimension,
    rowLabels: rows,
    columnLabels: columns,
    cells: rows.map((r) => columns.map((c) => known(tables.map((t) => at(t, r, c))))),
    rowTotals: rows.map((r) => known(tables.map((t) => rowTotal(t, r)))),
    columnTotals: columns.map((c) => known(tables.map((t) => columnTotal(t, c)))),
    total: known(tables.map((t) => t.total)),
  };
}

type Group = NestedCrossTabTable['groups'][number];

/** A listed gene that is not broken down is all "(other)" variants. */
function rowsOf(group: Group): Group['rows'] {
  if (group.rows.length > 0 || group.label === OTHER_GENES) return group.rows;
  return [{ label: OTHER_VARIANTS, cells: group.cells, total: group.total }];
}

function mergeNested(tables: readonly NestedCrossTabTable[]): NestedCounts {
  const columns = unionLabels(tables.map((t) => t.columns.labels));
  const cellOf = (t: NestedCrossTabTable, cells: readonly (number | null)[], column: string) => {
    const j = t.columns.labels.indexOf(column);
    return j < 0 ? 0 : orZero(cells[j]);
  };
  const genes = unionLabels(
    tables.map((t) => t.groups.map((g) => g.label)),
    byName(OTHER_GENES),
  );
  const groups = genes.map((gene) => {
    const parts = tables.map((t) => ({ t, group: t.groups.find((g) => g.label === gene) }));
    const variants = unionLabels(
      parts.map(({ group }) => (group ? rowsOf(group).map((r) => r.label) : [])),
      byName(OTHER_VARIANTS),
    );
    const rows: NestedRowCounts[] = variants.map((variant) => {
      const rowParts = parts.map(({ t, group }) => ({
        t,
        row: group ? rowsOf(group).find((r) => r.label === variant) : undefined,
      }));
      return {
        label: variant,
        cells: columns.map((c) =>
          known(rowParts.map(({ t, row }) => (row ? cellOf(t, row.cells, c) : 0))),
        ),
        total: known(rowParts.map(({ row }) => (row ? row.total : 0))),
      };
    });
    return {
      label: gene,
      cells: columns.map((c) =>
        known(parts.map(({ t, group }) => (group ? cellOf(t, group.cells, c) : 0))),
      ),
      total: known(parts.map(({ group }) => (group ? group.total : 0))),
      // Only "(other)" left: the gene is not broken down.
      rows: rows.length === 1 && rows[0]!.label === OTHER_VARIANTS ? [] : rows,
    };
  });
  return {
    groupsDimension: tables[0]!.groups_dimension,
    rowsDimension: tables[0]!.rows_dimension,
    columnDimension: tables[0]!.columns.dimension,
    columnLabels: columns,
    groups,
    columnTotals: columns.map((c) =>
      known(
        tables.map((t) => {
          const j = t.columns.labels.indexOf(c);
          return j < 0 ? 0 : orZero(t.column_totals[j]);
        }),
      ),
    ),
    total: known(tables.map((t) => t.total)),
  };
}

/** Combines site summaries into one, applying the suppression rule again (pure). */
export function mergeSummaries(summaries: readonly Summary[], options: MergeOptions): Summary {
  if (summaries.length === 0) throw new Error('merge needs at least one summary');
  for (const s of summaries)
    if (s.schema_version !== SUMMARY_SCHEMA_VERSION)
      throw new Error(`cannot merge schema_version ${s.schema_version}`);
  // Never weaker than any input's rule.
  const minCell = Math.max(options.minCell, ...summaries.map((s) => s.min_cell));
  const tables = summaries.map((s) => s.tables);
  const yearTables = tables.map((t) => t.smoking_status_by_year);
  const byYear = yearTables.every((t) => t !== undefined)
    ? protectCrossTab(
        mergeCrossTabs(yearTables as CrossTabTable[]),
        TABLE_TEXT.smoking_status_by_year,
        minCell,
      )
    : undefined;
  return {
    schema_version: SUMMARY_SCHEMA_VERSION,
    generator: options.generator,
    source: 'merge',
    sites: summaries.reduce((n, s) => n + s.sites, 0),
    min_cell: minCell,
    persons_checked: summaries.every((s) => s.persons_checked),
    zeros: 'published',
    tables: {
      smoking_status: byYear
        ? columnMargin(byYear, TABLE_TEXT.smoking_status)
        : protectDistribution(
            mergeDistributions(tables.map((t) => t.smoking_status)),
            TABLE_TEXT.smoking_status,
            minCell,
          ),
      ...(byYear ? { smoking_status_by_year: byYear } : {}),
      pack_years: protectDistribution(
        mergeDistributions(tables.map((t) => t.pack_years)),
        TABLE_TEXT.pack_years,
        minCell,
      ),
      brinkman_index: protectDistribution(
        mergeDistributions(tables.map((t) => t.brinkman_index)),
        TABLE_TEXT.brinkman_index,
        minCell,
      ),
      genetics: protectNested(
        mergeNested(tables.map((t) => t.genetics)),
        TABLE_TEXT.genetics,
        minCell,
      ),
    },
  };
}
