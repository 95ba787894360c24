import type { ItsHelpers, Document as WinkDocument, WinkMethods } from 'wink-nlp';
import type { Token, TokenKind } from '../types.js';

/** The wink-nlp instance the English text layer runs on; injected so tests can share one. */
export type WinkNlp = WinkMethods;

/** Token text plus the span of each wink sentence, as token indexes, for one document. */
export interface WinkTokens {
  readonly tokens: readonly Token[];
  /** Inclusive [firstTokenIndex, lastTokenIndex] of each sentence wink found. */
  readonly sentenceSpans: readonly (readonly [number, number])[];
}

const KINDS: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
  tabCRLF: 'space',
  url: 'other',
  email: 'other',
  mention: 'other',
  hashtag: 'other',
  emoji: 'other',
  emoticon: 'other',
  time: 'other',
  ordinal: 'number',
  currency: 'symbol',
  shortForm: 'word',
};

/**
 * Tokenises English text with wink-nlp and gives every token its exact offsets.
 *
 * wink-nlp tokenisation is lossless (value + preceding spaces), but it reports no offsets,
 * so we walk the original text: each token value must appear at or after the cursor with
 * only whitespace in between. Walking (instead of summing lengths) keeps offsets exact even
 * if a model version normalises some whitespace differently.
 */
export function tokenizeEnglish(nlp: WinkNlp, text: string): WinkTokens {
  const doc: WinkDocument = nlp.readDoc(text);
  const its: ItsHelpers = nlp.its;
  const values = doc.tokens().out(its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    const start = text.indexOf(value, cursor);
    if (start < 0 || !/^\s*$/.test(text.slice(cursor, start))) {
      throw new Error(`tokenizer offset drift at token ${i} (offset ${cursor})`);
    }
    const end = start + value.length;
    tokens.push({ start, end, text: value, kind: KINDS[types[i] ?? ''] ?? 'other' });
    cursor = end;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  return { tokens, sentenceSpans: spans };
}
