import { countBefore } from './bisect.js';
import { ContextEngine, type SentenceTriggers } from './context/engine.js';
import type { CompiledContextRules } from './context/rules.js';
import { analyzeRanges, analyzeText, lineUnitAround, lineUnitStarts } from './text/analyze.js';
import type { AbbreviationRules } from './text/english-sentences.js';
import type { WinkNlp } from './text/english-tokens.js';
import type { SectionMatcher } from './text/sections.js';
import type { AnalyzedNote, Assertion, Language, Sentence, Span } from './types.js';

export interface ClinicalTextResources {
  readonly nlp: WinkNlp;
  readonly abbreviations: AbbreviationRules;
  readonly sections: SectionMatcher;
  readonly contextRules: Readonly<Record<Language, CompiledContextRules>>;
}

/**
 * The pure clinical text core: sentences, tokens and sections of a note, and the ConText
 * assertion of any span in it. Built once from injected resources; no I/O.
 */
export class ClinicalText {
  private readonly engines: Record<Language, ContextEngine>;
  private readonly triggerCache = new WeakMap<Sentence, SentenceTriggers>();
  private readonly clipCache = new WeakMap<Sentence, Map<string, Sentence>>();

  constructor(private readonly resources: ClinicalTextResources) {
    this.engines = {
      en: new ContextEngine(resources.contextRules.en, resources.sections.definitions),
      ja: new ContextEngine(resources.contextRules.ja, resources.sections.definitions),
    };
  }

  analyze(text: string, language: Language): AnalyzedNote {
    return analyzeText(text, language, this.resources);
  }

  /**
   * The text layer of only the line units holding `offsets` (prefilter hits): what extractors
   * use so that tokenising and sentence splitting run on a fraction of each note.
   */
  analyzeAround(text: string, language: Language, offsets: readonly number[]): AnalyzedNote {
    if (offsets.length === 0) return { text, language, sentences: [], sections: [] };
    const units = lineUnitStarts(text, language);
    const ranges = offsets.map((offset) => lineUnitAround(units, offset, text.length));
    return analyzeRanges(text, language, ranges, this.resources);
  }

  /** The sentence holding a span (the one holding its start when it crosses a boundary). */
  sentenceAt(note: AnalyzedNote, span: Span): Sentence | undefined {
    // Sentences are in text order: binary search (an extractor asks once per mention).
    const sentences = note.sentences;
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const s = sentences[middle]!;
      if (span.start < s.start) high = middle - 1;
      else if (span.start >= s.end) low = middle + 1;
      else return s;
    }
    return undefined;
  }

  /**
   * The part of a sentence inside `bounds` (a clause), as a sentence of its own: assertion then
   * looks only at the clause's triggers. The same bounds give the same object, so its triggers
   * are matched once.
   */
  clip(note: AnalyzedNote, bounds: Span): Sentence | undefined {
    const sentence = this.sentenceAt(note, bounds);
    if (!sentence) return undefined;
    const start = Math.max(sentence.start, bounds.start);
    const end = Math.min(sentence.end, bounds.end);
    if (start === sentence.start && end === sentence.end) return sentence;
    let clips = this.clipCache.get(sentence);
    if (!clips) {
      clips = new Map();
      this.clipCache.set(sentence, clips);
    }
    const key = `${start}:${end}`;
    let clipped = clips.get(key);
    if (!clipped) {
      clipped = {
        start,
        end,
        text: note.text.slice(start, end),
        tokens: tokensWithin(sentence.tokens, start, end),
        section: sentence.section,
      };
      clips.set(key, clipped);
    }
    return clipped;
  }

  /** ConText assertion of a span inside a given sentence (or clause from {@link clip}). */
  assertIn(language: Language, sentence: Sentence, span: Span): Assertion {
    const engine = this.engines[language];
    let triggers = this.triggerCache.get(sentence);
    if (!triggers) {
      triggers = engine.triggersIn(sentence);
      this.triggerCache.set(sentence, triggers);
    }
    return engine.assert(sentence, span, triggers);
  }

  /** ConText assertion of a span of an analysed note. */
  assert(note: AnalyzedNote, span: Span): Assertion {
    const sentence = this.sentenceAt(note, span) ?? {
      start: span.start,
      end: span.end,
      text: note.text.slice(span.start, span.end),
      tokens: [],
      section: null,
    };
    const engine = this.engines[note.language];
    let triggers = this.triggerCache.get(sentence);
    if (!triggers) {
      triggers = engine.triggersIn(sentence);
      this.triggerCache.set(sentence, triggers);
    }
    return engine.assert(sentence, span, triggers);
  }
}

/**
 * The tokens of a sentence inside [start, end). Tokens are in text order (see buildSentences):
 * a binary search, then the run inside, so many clips of one long sentence stay linear.
 */
function tokensWithin<T extends { readonly start: number; readonly end: number }>(
  tokens: readonly T[],
  start: number,
  end: number,
): T[] {
  const low = countBefore(tokens.length, (i) => tokens[i]!.start < start);
  const out: T[] = [];
  for (let i = low; i < tokens.length && tokens[i]!.start <= end; i += 1) {
    if (tokens[i]!.end <= end) out.push(tokens[i]!);
  }
  return out;
}
