import type { MentionRecord } from '../../pipeline.js';
import type { OmopCode, OmopConceptMapFile } from '../../vocab/schemas.js';
import type { ConceptResolver, ResolvedConcept } from './concepts.js';
import type { NoteNlpRow } from './rows.js';
import { codePointOffset, fitVarchar } from './text-limits.js';

/** Characters of context each side of a term in `snippet` (which holds 250 in all). */
const SNIPPET_CONTEXT = 60;

export interface NoteNlpContext {
  readonly map: OmopConceptMapFile;
  readonly concepts: ConceptResolver;
  /** `gene symbol → OMOP Genomic concept_code` (the HGNC id number). */
  readonly geneCode: (symbol: string) => string | undefined;
  readonly nlpSystem: string;
  readonly nlpDate: string;
  readonly nlpDatetime: string;
}

const NO_CONCEPT: ResolvedConcept = { conceptId: 0, sourceConceptId: 0, path: 'unverified' };

/** The concept a mention stands for: a status answer, an amount's code, or the gene. */
function mentionConcept(mention: MentionRecord, context: NoteNlpContext): ResolvedConcept {
  const { map, concepts } = context;
  if (mention.extractor === 'genetics') {
    const gene = mention.value.gene;
    const code = gene ? context.geneCode(gene) : undefined;
    return code
      ? concepts.resolve({ vocabulary: map.genetics.gene_vocabulary, code, verified: true })
      : NO_CONCEPT;
  }
  if (mention.type === 'status') {
    const answers = map.smoking.status.answers;
    const value = mention.value;
    return value === 'current' || value === 'former' || value === 'never'
      ? concepts.resolve(answers[value])
      : NO_CONCEPT;
  }
  const amounts: Partial<Record<string, { readonly code?: OmopCode | undefined }>> =
    map.smoking.amounts;
  const code = amounts[mention.type]?.code;
  return code ? concepts.resolve(code) : NO_CONCEPT;
}

/**
 * Whether the term holds for the patient (OHDSI: negated, not the patient, conditional, ruled out
 * or very uncertain make it false). Smoking status mentions carry their negation in the value
 * ("denies tobacco" is the term "never smoker", which exists), so only the subject, hypothetical
 * and the extractor's own dismissal count for them.
 */
function termExists(mention: MentionRecord): boolean {
  if (mention.decision.startsWith('ignored')) return false;
  const assertion = mention.assertion;
  if (assertion && (assertion.experiencer !== 'patient' || assertion.hypothetical)) return false;
  if (mention.extractor === 'genetics')
    return mention.value.status === 'present' && mention.value.subject !== 'family';
  if (mention.type === 'status') return mention.value !== 'unknown';
  return !(assertion?.negated ?? false);
}

/** `key=value` pairs, comma-separated, as in the OHDSI wiki's example; values stripped of commas. */
function modifiers(mention: MentionRecord): string {
  const clean = (value: unknown) => String(value).replace(/[,=\n\r]/g, ' ');
  const pairs: [string, unknown][] = [];
  const assertion = mention.assertion;
  if (assertion) {
    pairs.push(
      ['negated', assertion.negated],
      ['subject', assertion.experiencer],
      ['conditional', assertion.hypothetical],
      ['uncertain', assertion.possible],
      ['historical', assertion.historical],
    );
  }
  pairs.push(['section', mention.section ?? 'none'], ['extractor', mention.extractor]);
  pairs.push(['type', mention.type]);
  if (mention.extractor === 'genetics') {
    for (const [key, value] of Object.entries(mention.value))
      if (value !== null && value !== undefined) pairs.push([key, value]);
  } else {
    if (mention.value !== null) pairs.push(['value', mention.value]);
    if (mention.product) pairs.push(['product', mention.product]);
  }
  pairs.push(['rule', mention.rule], ['decision', mention.decision]);
  return fitVarchar(pairs.map(([k, v]) => `${k}=${clean(v)}`).join(','), 2000);
}

/** One NOTE_NLP row per mention (smoking cues and values, genes and variants). */
export function mapNoteNlp(
  text: string,
  noteId: number,
  mentions: readonly MentionRecord[],
  context: NoteNlpContext,
): NoteNlpRow[] {
  return mentions.map((mention) => {
    const concept = mentionConcept(mention, context);
    const from = Math.max(0, mention.start - SNIPPET_CONTEXT);
    const to = Math.min(text.length, mention.end + SNIPPET_CONTEXT);
    return {
      note_id: noteId,
      // No section concept is verified (OHDSI: LOINC document-panel parts); the name is kept in
      // term_modifiers.
      section_concept_id: 0,
      snippet: fitVarchar(text.slice(from, to), 250),
      offset: String(codePointOffset(text, mention.start)),
      lexical_variant: fitVarchar(mention.text, 250),
      note_nlp_concept_id: concept.conceptId,
      note_nlp_source_concept_id: concept.sourceConceptId,
      nlp_system: fitVarchar(context.nlpSystem, 250),
      nlp_date: context.nlpDate,
      nlp_datetime: context.nlpDatetime,
      term_exists: termExists(mention) ? 'Y' : 'N',
      term_temporal: mention.assertion?.historical ? 'past' : 'present',
      term_modifiers: modifiers(mention),
    };
  });
}
