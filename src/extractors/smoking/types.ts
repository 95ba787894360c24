import type { Assertion } from '../../core/types.js';
import type { SMOKING_FIELDS } from '../../vocab/schemas.js';

export type SmokingStatus = 'current' | 'former' | 'never' | 'unknown';

/** The document-level answer (spec section 2, `smoking`), in the project's camelCase. */
export interface SmokingFinding {
  readonly status: SmokingStatus;
  readonly packYears: number | null;
  readonly cigarettesPerDay: number | null;
  readonly yearsSmoked: number | null;
  readonly quitYear: number | null;
  readonly brinkmanIndex: number | null;
}

export type SmokingAmountField = (typeof SMOKING_FIELDS)[number];

/** Amounts smoked per day: about smoking by their wording alone ("1 ppd"), and what "now" dates. */
export const PER_DAY_FIELDS: ReadonlySet<string> = new Set<SmokingAmountField>([
  'packs_per_day',
  'cigarettes_per_day',
]);

export type SmokingMentionType = 'status' | 'not_tobacco' | 'age' | SmokingAmountField;

/** `tobacco`: a smoking word that names no product ("smokes", "喫煙"). */
export type Product = 'tobacco' | 'cigarette' | 'cigar' | 'pipe' | 'hookah' | 'heated_tobacco';

/**
 * One piece of evidence in a note, with why it counted or not. This is what OMOP note_nlp
 * rows are made of later, and what a reviewer reads to see how the answer was reached.
 */
export interface SmokingMention {
  readonly type: SmokingMentionType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Status for `status` mentions; a number (or [from, to] years) for amounts. */
  readonly value: string | number | readonly [number, number] | null;
  readonly product?: Product;
  readonly assertion: Omit<Assertion, 'triggers'> & { readonly triggers: readonly string[] };
  readonly section: string | null;
  /** The vocab rule that matched, e.g. `smoking.en.statement.former-smoker`. */
  readonly rule: string;
  /** `used`, `won: …`, `lost: …` or `ignored: …`: the decision and its reason. */
  decision: string;
}

export interface SmokingResult {
  readonly finding: SmokingFinding;
  readonly mentions: readonly SmokingMention[];
}
