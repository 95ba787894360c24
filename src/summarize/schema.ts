import { z } from 'zod';

/**
 * The summary format: what may leave the TRE. Aggregate counts only; no person ids, note ids,
 * text or dates finer than a year. `docs/summary.schema.json` is generated from this schema (a test
 * keeps them equal). Bump the major version for a change a reader must know about.
 */
export const SUMMARY_SCHEMA_VERSION = '1.0';

/** A count; `null` means suppressed (small, or hiding a small one). */
const Count = z
  .number()
  .int()
  .nonnegative()
  .nullable()
  .describe('a count; null = suppressed (small-cell rule or complementary suppression)');

const Unit = z
  .enum(['notes', 'findings'])
  .describe('what is counted: notes, or findings about the patient (one per note and finding)');

const Dimension = z.object({
  dimension: z.string(),
  labels: z.array(z.string()),
});

export const DistributionSchema = z
  .object({
    kind: z.literal('distribution'),
    description: z.string(),
    unit: Unit,
    dimension: z.string(),
    categories: z.array(z.object({ label: z.string(), count: Count }).strict()),
    total: Count.describe('the sum of the categories'),
  })
  .strict()
  .describe('a 1-D distribution with its total');

export const CrossTabSchema = z
  .object({
    kind: z.literal('crosstab'),
    description: z.string(),
    unit: Unit,
    rows: Dimension,
    columns: Dimension,
    cells: z.array(z.array(Count)).describe('cells[row][column]'),
    row_totals: z.array(Count),
    column_totals: z.array(Count),
    total: Count,
  })
  .strict()
  .describe('a 2-D cross-tab with row and column totals and the grand total');

const NestedRow = z
  .object({
    label: z.string(),
    cells: z.array(Count).describe('one per column'),
    total: Count,
  })
  .strict();

export const NestedCrossTabSchema = z
  .object({
    kind: z.literal('nested_crosstab'),
    description: z.string(),
    unit: Unit,
    groups_dimension: z.string(),
    rows_dimension: z.string(),
    columns: Dimension,
    groups: z.array(
      z
        .object({
          label: z.string(),
          cells: z.array(Count).describe('the group × column subtotals'),
          total: Count,
          rows: z
            .array(NestedRow)
            .describe('rows within the group; empty when none reached the listing threshold'),
        })
        .strict(),
    ),
    column_totals: z.array(Count),
    total: Count,
  })
  .strict()
  .describe('a cross-tab whose rows are nested in groups, with group subtotals');

export const SummarySchema = z
  .object({
    schema_version: z.literal(SUMMARY_SCHEMA_VERSION),
    generator: z.string().describe('the emrx release that wrote the summary'),
    source: z.enum(['annotations', 'omop', 'merge']),
    sites: z.number().int().positive().describe('how many site summaries are combined in this one'),
    min_cell: z.number().int().min(1),
    persons_checked: z
      .boolean()
      .describe('the min-cell rule was also applied to distinct persons behind each count'),
    zeros: z.literal('published'),
    tables: z
      .object({
        smoking_status: DistributionSchema,
        smoking_status_by_year: CrossTabSchema.optional(),
        pack_years: DistributionSchema,
        brinkman_index: DistributionSchema,
        genetics: NestedCrossTabSchema,
      })
      .strict(),
  })
  .strict();

export type Summary = z.infer<typeof SummarySchema>;
export type DistributionTable = z.infer<typeof DistributionSchema>;
export type CrossTabTable = z.infer<typeof CrossTabSchema>;
export type NestedCrossTabTable = z.infer<typeof NestedCrossTabSchema>;

/** The JSON Schema document (draft 2020-12) of {@link SummarySchema}. */
export function summaryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SummarySchema),
    $id: `https://emrx.invalid/schemas/summary-${SUMMARY_SCHEMA_VERSION}.json`,
    title: 'emrx summary',
    description:
      'Aggregate counts from `emrx summarize` (what may leave the TRE): small cells suppressed ' +
      'with complementary suppression; see README "emrx summarize".',
  };
}
