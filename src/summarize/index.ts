/** `emrx summarize`: pure counting, small-cell suppression and merging of site summaries. */
export {
  BRINKMAN_BINS,
  countFacts,
  FINDING_STATUSES,
  type FindingFacts,
  type FindingStatus,
  type NoteFacts,
  OTHER_GENES,
  OTHER_VARIANTS,
  PACK_YEAR_BINS,
  type RawCounts,
  SMOKING_STATUSES,
  type SmokingStatus,
  UNKNOWN_YEAR,
} from './counts.js';
export { type MergeOptions, mergeSummaries } from './merge.js';
export {
  type Disclosure,
  isSmall,
  movable,
  type ProtectedQuantity,
  protect,
  type Quantity,
} from './network.js';
export {
  type CrossTabTable,
  type DistributionTable,
  type NestedCrossTabTable,
  SUMMARY_SCHEMA_VERSION,
  type Summary,
  SummarySchema,
  summaryJsonSchema,
} from './schema.js';
export {
  DEFAULT_MIN_CELL,
  type SummarizeOptions,
  summarizeCounts,
  summarizeFacts,
  TABLE_TEXT,
} from './summarize.js';
