/**
 * The language of the project: what a note is, and what the text core says about it.
 * Offsets are UTF-16 code-unit offsets into `Note.text` (JavaScript string indices),
 * half-open [start, end).
 */

export type Language = 'en' | 'ja';

/** A validated clinical note (spec section 1, `notes.jsonl`). */
export interface Note {
  readonly noteId: string;
  readonly personId: string;
  readonly text: string;
  readonly noteDate?: string;
  readonly noteTitle?: string;
  readonly noteType?: string;
  readonly language: Language;
  /** True when `language` was detected from the text rather than given. */
  readonly languageDetected: boolean;
}

/** Where a note came from, precise enough for a data team to find the line again. */
export interface SourceLocation {
  /** File path (or `omop:note` for the database source). */
  readonly source: string;
  /** 1-based line of the record's first line (JSONL/CSV); absent for one-file-per-note sources. */
  readonly line?: number;
}

/** A note that could not be accepted, and why. Never carries note text or person ids. */
export interface Rejection extends SourceLocation {
  readonly noteId?: string;
  readonly reason: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'space' | 'other';

export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
}

export interface Sentence extends Span {
  readonly text: string;
  /** Tokens inside the sentence, whitespace tokens excluded. */
  readonly tokens: readonly Token[];
  /** Canonical section name from `vocab/sections.yaml`, or `null` before any header. */
  readonly section: string | null;
}

export interface SectionHeader extends Span {
  /** Canonical section name, e.g. `social_history`. */
  readonly name: string;
  /** The header as written, e.g. `SH` or `【生活歴】`. */
  readonly text: string;
  /** Where the section's body ends: the next header, or a blank line after its content. */
  readonly bodyEnd: number;
}

/** The text layer every extractor stands on. */
export interface AnalyzedNote {
  readonly text: string;
  readonly language: Language;
  readonly sentences: readonly Sentence[];
  readonly sections: readonly SectionHeader[];
}

export type Experiencer = 'patient' | 'other';

/** ConText modifier categories. */
export type AssertionCategory =
  | 'negated'
  | 'possible'
  | 'historical'
  | 'hypothetical'
  | 'experiencer_other';

export interface TriggerHit extends Span {
  readonly text: string;
  readonly category: AssertionCategory;
  /** Id of the vocab rule that matched (e.g. `en.negated.denies`), or `section:<name>`. */
  readonly rule: string;
}

export interface Assertion {
  readonly negated: boolean;
  readonly possible: boolean;
  readonly historical: boolean;
  readonly hypothetical: boolean;
  readonly experiencer: Experiencer;
  /** The triggers whose scope covers the target: the evidence for each flag. */
  readonly triggers: readonly TriggerHit[];
}
