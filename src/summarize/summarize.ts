import { countFacts, type NoteFacts, type RawCounts } from './counts.js';
import { SUMMARY_SCHEMA_VERSION, type Summary } from './schema.js';
import {
  columnMargin,
  protectCrossTab,
  protectDistribution,
  protectNested,
  type TableText,
} from './tables.js';

export const DEFAULT_MIN_CELL = 10;

/** What each table says it counts (written into the summary, so it reads on its own). */
export const TABLE_TEXT = {
  smoking_status: {
    description:
      'Notes by smoking status of the patient (unknown: the note says nothing usable). ' +
      'When smoking_status_by_year is present, these are its column totals.',
    unit: 'notes',
  },
  smoking_status_by_year: {
    description: 'Notes by year of the note date and smoking status of the patient.',
    unit: 'notes',
  },
  pack_years: {
    description: 'Notes that state or imply pack-years, by pack-years bin [lower,upper).',
    unit: 'notes',
  },
  brinkman_index: {
    description:
      'Notes that state or imply a Brinkman index (cigarettes/day × years), by bin [lower,upper).',
    unit: 'notes',
  },
  genetics: {
    description:
      "Genetic findings about the patient (one per note and finding) by gene, variant and status. A gene or variant is listed only when at least min_cell findings carry it; others are pooled under '(other genes)' / '(other)'.",
    unit: 'findings',
  },
} as const satisfies Record<string, TableText>;

export interface SummarizeOptions {
  readonly minCell: number;
  readonly source: 'annotations' | 'omop';
  /** Whether notes carry dates (then smoking status is also counted by year). */
  readonly years: boolean;
  /** The emrx release, e.g. `emrx 0.1.0`. */
  readonly generator: string;
}

/** Counts → suppressed tables (pure). */
export function summarizeCounts(counts: RawCounts, options: SummarizeOptions): Summary {
  const { minCell } = options;
  const byYear = counts.smoking
    ? protectCrossTab(counts.smoking, TABLE_TEXT.smoking_status_by_year, minCell)
    : undefined;
  return {
    schema_version: SUMMARY_SCHEMA_VERSION,
    generator: options.generator,
    source: options.source,
    sites: 1,
    min_cell: minCell,
    persons_checked: counts.personsKnown,
    zeros: 'published',
    tables: {
      // One set of numbers: with years, the status distribution is the cross-tab's margin, so the
      // two can never disagree about what is suppressed.
      smoking_status: byYear
        ? columnMargin(byYear, TABLE_TEXT.smoking_status)
        : protectDistribution(counts.smokingStatus, TABLE_TEXT.smoking_status, minCell),
      ...(byYear ? { smoking_status_by_year: byYear } : {}),
      pack_years: protectDistribution(counts.packYears, TABLE_TEXT.pack_years, minCell),
      brinkman_index: protectDistribution(counts.brinkmanIndex, TABLE_TEXT.brinkman_index, minCell),
      genetics: protectNested(counts.genetics, TABLE_TEXT.genetics, minCell),
    },
  };
}

/** Notes' facts → the summary that may leave the TRE (pure). */
export function summarizeFacts(facts: Iterable<NoteFacts>, options: SummarizeOptions): Summary {
  if (!Number.isSafeInteger(options.minCell) || options.minCell < 1)
    throw new Error(`min-cell must be a positive integer: ${options.minCell}`);
  return summarizeCounts(countFacts(facts, options), options);
}
