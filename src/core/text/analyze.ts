import type { AnalyzedNote, Language, SectionHeader, Sentence, Token } from '../types.js';
import { type AbbreviationRules, englishSentenceStarts } from './english-sentences.js';
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
  const sections = findSectionHeaders(text, language, resources.sections);
  let tokens: readonly Token[];
  let starts: number[];
  if (language === 'en') {
    const wink = tokenizeEnglish(resources.nlp, text);
    tokens = wink.tokens.filter((token) => token.kind !== 'space');
    starts = englishSentenceStarts(text, wink, resources.abbreviations);
  } else {
    tokens = tokenizeJapanese(text);
    starts = japaneseSentenceStarts(text);
  }
  // A header always starts a sentence, even when written inline after other text.
  starts = mergeSorted(
    starts,
    sections.map((s) => lineStart(text, s.start)),
  );
  return { text, language, sentences: buildSentences(text, starts, tokens, sections), sections };
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
  tokens: readonly Token[],
  sections: readonly SectionHeader[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let tokenIndex = 0;
  for (let i = 0; i < starts.length; i += 1) {
    const start = starts[i]!;
    const limit = starts[i + 1] ?? text.length;
    const end = start + text.slice(start, limit).trimEnd().length;
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
