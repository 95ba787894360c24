import { countBefore } from '../bisect.js';
import type { AnalyzedNote, Language, SectionHeader, Sentence, Span, Token } from '../types.js';
import {
  type AbbreviationRules,
  englishSentenceStarts,
  lineBreakStarts,
} from './english-sentences.js';
import { tokenizeEnglish, type WinkNlp } from './english-tokens.js';
import { japaneseSentenceStarts, tokenizeJapanese } from './japanese.js';
import { findSectionHeaders, type SectionMatcher } from './sections.js';

/** Everything the text layer needs, loaded once at the edge and injected. */
export interface TextResources {
  readonly nlp: WinkNlp;
  readonly abbreviations: AbbreviationRules;
  readonly sections: SectionMatcher;
}

/** Note text in, sentences with exact offsets, tokens and sections out. Pure. */
export function analyzeText(
  text: string,
  language: Language,
  resources: TextResources,
): AnalyzedNote {
  return analyzeRanges(text, language, [{ start: 0, end: text.length }], resources);
}

/**
 * The text layer of only some parts of a note: sections are found in the whole note (one cheap
 * regex pass), but tokenising and sentence splitting run only inside `ranges`. Extractors pass
 * the line units around their prefilter hits, which keeps wink-nlp off most of the text.
 * Ranges should be line units (see {@link lineUnitAround}) so sentences match a full analysis.
 */
export function analyzeRanges(
  text: string,
  language: Language,
  ranges: readonly Span[],
  resources: TextResources,
): AnalyzedNote {
  const sections = sectionsOf(text, language, resources.sections);
  const headerStarts = sections.map((s) => lineStart(text, s.start));
  const sentences: Sentence[] = [];
  for (const range of mergeRanges(ranges)) {
    const slice = text.slice(range.start, range.end);
    let tokens: Token[];
    let starts: number[];
    if (language === 'en') {
      const wink = tokenizeEnglish(resources.nlp, slice);
      tokens = wink.tokens
        .filter((token) => token.kind !== 'space')
        .map((t) => shift(t, range.start));
      starts = englishSentenceStarts(slice, wink, resources.abbreviations).map(
        (s) => s + range.start,
      );
    } else {
      tokens = tokenizeJapanese(slice, range.start);
      starts = japaneseSentenceStarts(slice).map((s) => s + range.start);
    }
    // A header always starts a sentence, even when written inline after other text.
    const inRange = headerStarts.filter((s) => s >= range.start && s < range.end);
    sentences.push(
      ...buildSentences(text, mergeSorted(starts, inRange), range.end, tokens, sections),
    );
  }
  return { text, language, sentences, sections };
}

/**
 * The line unit holding `offset`: the lines that form one sentence group under the line rules
 * (a hard-wrapped paragraph, a template row, a header line). Japanese units are single lines.
 */
export function lineUnitStarts(text: string, language: Language): number[] {
  const starts = language === 'en' ? lineBreakStarts(text) : japaneseLineStarts(text);
  return [0, ...starts];
}

/** The unit [start, end) around `offset`, given sorted unit starts from {@link lineUnitStarts}. */
export function lineUnitAround(
  unitStarts: readonly number[],
  offset: number,
  textLength: number,
): Span {
  // The last unit starting at or before the offset (the first, when none does).
  const low = Math.max(0, countBefore(unitStarts.length, (i) => unitStarts[i]! <= offset) - 1);
  return { start: unitStarts[low] ?? 0, end: unitStarts[low + 1] ?? textLength };
}

function japaneseLineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function shift(token: Token, by: number): Token {
  return { ...token, start: token.start + by, end: token.end + by };
}

function mergeRanges(ranges: readonly Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

function lineStart(text: string, offset: number): number {
  const newline = text.lastIndexOf('\n', offset - 1);
  const start = newline + 1;
  return start + Math.max(0, text.slice(start, offset).search(/\S/));
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function buildSentences(
  text: string,
  starts: readonly number[],
  limit: number,
  tokens: readonly Token[],
  sections: readonly SectionHeader[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let tokenIndex = 0;
  for (let i = 0; i < starts.length; i += 1) {
    const start = starts[i]!;
    const next = starts[i + 1] ?? limit;
    const end = start + text.slice(start, next).trimEnd().length;
    if (end <= start) continue;
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.start < start) tokenIndex += 1;
    const sentenceTokens: Token[] = [];
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.end <= end) {
      sentenceTokens.push(tokens[tokenIndex]!);
      tokenIndex += 1;
    }
    sentences.push({
      start,
      end,
      text: text.slice(start, end),
      tokens: sentenceTokens,
      section: sectionAt(sections, start),
    });
  }
  return sentences;
}

function sectionAt(sections: readonly SectionHeader[], offset: number): string | null {
  let name: string | null = null;
  for (const section of sections) {
    if (section.start > offset) break;
    name = offset < section.bodyEnd ? section.name : null;
  }
  return name;
}

// Each extractor analyses the lines it needs, but a note's section headers are the same for
// all of them: the last note's headers are kept (a one-entry memo; the result is a pure
// function of the arguments).
let lastSections:
  | { text: string; language: Language; matcher: SectionMatcher; sections: SectionHeader[] }
  | undefined;

function sectionsOf(text: string, language: Language, matcher: SectionMatcher): SectionHeader[] {
  const last = lastSections;
  if (last && last.text === text && last.language === language && last.matcher === matcher) {
    return last.sections;
  }
  const sections = findSectionHeaders(text, language, matcher);
  lastSections = { text, language, matcher, sections };
  return sections;
}
