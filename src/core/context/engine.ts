import { countBefore } from '../bisect.js';
import { asciiTwin, gateText, isAscii, passingRules } from '../text/literal-gate.js';
import type { SectionDefinition } from '../text/sections.js';
import type { Assertion, AssertionCategory, Sentence, Span, Token, TriggerHit } from '../types.js';
import type { CompiledContextRules, CompiledRule } from './rules.js';

/** A trigger found in a sentence, with the scope it governs. */
export interface ScopedTrigger extends Span {
  readonly rule: CompiledRule;
  readonly text: string;
  readonly scope: Span;
}

// Hard clause ends: no trigger reaches across them.
const CLAUSE_END = /[;；]/g;
// Extra stops for `field` triggers ("Tobacco: yes, Alcohol: none", "Former smoker Packs/day:").
const FIELD_END = /[,，、;；|｜:：]/g;

/**
 * A ConText-family assertion engine (Harkema et al. 2009; rules as data like medspaCy).
 * Triggers are matched leftmost-longest, so a pseudo-trigger ("no increase", "not excluded")
 * hides the shorter trigger inside it. A trigger's scope runs forward and/or backward from it
 * to the nearest of: the sentence edge, a clause end, a termination term for its category,
 * another trigger of the same category (which takes over), or its token limit.
 */
export class ContextEngine {
  constructor(
    private readonly rules: CompiledContextRules,
    private readonly sections: ReadonlyMap<string, SectionDefinition> = new Map(),
  ) {}

  /** All non-pseudo triggers of a sentence with their scopes. Compute once per sentence. */
  triggersIn(sentence: Pick<Sentence, 'start' | 'text' | 'tokens'>): SentenceTriggers {
    const matches = this.match(sentence);
    const asserting = matches.filter((m) => m.rule.kind === 'assert');
    const stops = new StopIndex(sentence, matches);
    const counted = sentence.tokens.filter(isCounted);
    const sentenceEnd = sentence.start + sentence.text.length;
    const scoped = asserting.map((trigger) => {
      const { rule } = trigger;
      let start = trigger.start;
      let end = trigger.end;
      if (rule.direction !== 'backward') {
        end = Math.min(
          stops.nextStop(trigger.end, rule, sentenceEnd),
          tokenLimitForward(counted, trigger.end, rule.maxScope),
        );
      }
      if (rule.direction !== 'forward') {
        start = Math.max(
          stops.previousStop(trigger.start, rule, sentence.start),
          tokenLimitBackward(counted, trigger.start, rule.maxScope),
        );
        if (rule.listScope) start = listStart(sentence, start, trigger.start);
      }
      return { ...trigger, scope: { start, end } };
    });
    return new SentenceTriggers(scoped);
  }

  /** The assertion of one target span inside a sentence. */
  assert(
    sentence: Pick<Sentence, 'start' | 'text' | 'tokens' | 'section'>,
    target: Span,
    triggers: SentenceTriggers = this.triggersIn(sentence),
  ): Assertion {
    const applied: TriggerHit[] = [];
    const flags = new Set<AssertionCategory>();
    for (const trigger of triggers.covering(target)) {
      for (const category of trigger.rule.categories) flags.add(category);
      for (const category of trigger.rule.categories) {
        applied.push({
          start: trigger.start,
          end: trigger.end,
          text: trigger.text,
          category,
          rule: trigger.rule.id,
        });
      }
    }
    // ConText section context: the section a sentence sits in sets a default.
    const section = sentence.section ? this.sections.get(sentence.section) : undefined;
    const sectionCategories: AssertionCategory[] = [];
    if (section?.assertion?.experiencer === 'other') sectionCategories.push('experiencer_other');
    if (section?.assertion?.historical) sectionCategories.push('historical');
    for (const category of sectionCategories) {
      if (flags.has(category) || !section) continue;
      flags.add(category);
      applied.push({
        start: sentence.start,
        end: sentence.start,
        text: '',
        category,
        rule: `section:${section.name}`,
      });
    }
    return {
      negated: flags.has('negated'),
      possible: flags.has('possible'),
      historical: flags.has('historical'),
      hypothetical: flags.has('hypothetical'),
      experiencer: flags.has('experiencer_other') ? 'other' : 'patient',
      triggers: applied,
    };
  }

  /** Leftmost-longest, non-overlapping matches of every rule; pseudo-triggers win and vanish. */
  private match(sentence: Pick<Sentence, 'start' | 'text'>) {
    const all: { start: number; end: number; text: string; rule: CompiledRule }[] = [];
    // A rule none of whose literals the sentence holds cannot match; an ASCII sentence runs
    // the rule's twin without the `u` flag (same matches, many times faster in V8).
    const lower = gateText(sentence.text);
    const ascii = isAscii(sentence.text);
    for (const rule of passingRules(this.rules.rules, lower)) {
      const regex = (ascii && asciiTwin(rule.regex)) || rule.regex;
      regex.lastIndex = 0;
      for (let m = regex.exec(sentence.text); m; m = regex.exec(sentence.text)) {
        if (m[0].length === 0) {
          regex.lastIndex += 1;
          continue;
        }
        const start = sentence.start + m.index;
        all.push({ start, end: start + m[0].length, text: m[0], rule });
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: typeof all = [];
    let last: (typeof all)[number] | undefined;
    for (const candidate of all) {
      // The same phrase may be listed by several rules ("denied" forward and backward): ties
      // on the exact span all count, unless one of them is a pseudo-trigger.
      const tie =
        last !== undefined && candidate.start === last.start && candidate.end === last.end;
      if (last !== undefined && candidate.start < last.end && !tie) continue;
      chosen.push(candidate);
      last = candidate;
    }
    const pseudo = chosen.filter((m) => m.rule.kind === 'pseudo');
    return chosen.filter(
      (m) =>
        m.rule.kind !== 'pseudo' && !pseudo.some((p) => p.start === m.start && p.end === m.end),
    );
  }
}

// A list item a negation may reach back over: a bare noun (kanji/katakana, no particles).
const BARE_NOUN = /^[\p{Script=Han}\p{Script=Katakana}ー・\s]{1,12}$/u;

/**
 * For `list_scope` triggers: walk back from the trigger over commas as long as the item before
 * each comma is a bare noun ("喫煙、飲酒なし" negates both), stopping at the first comma that
 * follows anything else ("pT1b、断端陰性" negates only 断端).
 */
function listStart(sentence: Pick<Sentence, 'start' | 'text'>, from: number, to: number): number {
  const text = sentence.text.slice(from - sentence.start, to - sentence.start);
  const commas = [...text.matchAll(/[、,，]/g)].map((m) => m.index);
  let start = from;
  for (let i = commas.length - 1; i >= 0; i -= 1) {
    const comma = commas[i]!;
    const itemStart = i > 0 ? commas[i - 1]! + 1 : 0;
    if (!BARE_NOUN.test(text.slice(itemStart, comma))) {
      start = from + comma + 1;
      break;
    }
  }
  return start;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function offsets(sentence: Pick<Sentence, 'start' | 'text'>, pattern: RegExp): number[] {
  const found: number[] = [];
  const regex = new RegExp(pattern.source, 'g');
  for (let m = regex.exec(sentence.text); m; m = regex.exec(sentence.text)) {
    found.push(sentence.start + m.index);
  }
  return found;
}

/** Counted tokens: words and numbers; punctuation does not use up a scope. */
function isCounted(token: Token): boolean {
  return token.kind !== 'punctuation' && token.kind !== 'space';
}

/** Sorted offsets, for the nearest stop on either side of a trigger in O(log n). */
class SortedOffsets {
  private readonly values: number[];
  constructor(values: Iterable<number>) {
    this.values = [...values].sort((a, b) => a - b);
  }
  /** The first value ≥ x, or undefined. */
  atOrAfter(x: number): number | undefined {
    return this.values[countBefore(this.values.length, (i) => this.values[i]! < x)];
  }
  /** The last value ≤ x, or undefined. */
  atOrBefore(x: number): number | undefined {
    const count = countBefore(this.values.length, (i) => this.values[i]! <= x);
    return count === 0 ? undefined : this.values[count - 1];
  }
}

const CATEGORIES: readonly AssertionCategory[] = [
  'negated',
  'possible',
  'historical',
  'hypothetical',
  'experiencer_other',
];

/**
 * Where scopes end, indexed per category so every trigger finds its nearest stop by binary
 * search: a sentence with thousands of triggers stays O(n log n), not O(n²).
 */
class StopIndex {
  private readonly clauseEnds: SortedOffsets;
  private readonly fieldEnds: SortedOffsets;
  private readonly forward = new Map<AssertionCategory, SortedOffsets>();
  private readonly backward = new Map<AssertionCategory, SortedOffsets>();

  constructor(
    sentence: Pick<Sentence, 'start' | 'text'>,
    matches: readonly { start: number; end: number; rule: CompiledRule }[],
  ) {
    this.clauseEnds = new SortedOffsets(offsets(sentence, CLAUSE_END));
    this.fieldEnds = new SortedOffsets(offsets(sentence, FIELD_END));
    for (const category of CATEGORIES) {
      const starts: number[] = [];
      const ends: number[] = [];
      for (const m of matches) {
        const stops =
          m.rule.kind === 'terminate'
            ? m.rule.appliesTo === null || m.rule.appliesTo.has(category)
            : m.rule.kind === 'assert' && m.rule.categories.includes(category);
        if (!stops) continue;
        // A scope running forward stops at the start of what comes after its trigger; one
        // running backward stops at the end of what comes before it. Another trigger of the
        // category takes over only in its own direction ("同居人（妻）が喫煙者": the backward
        // "（妻）" does not cut the forward scope of 同居人).
        const forward =
          m.rule.kind === 'assert' ? m.rule.direction !== 'backward' : m.rule.blocks !== 'backward';
        const backward =
          m.rule.kind === 'assert' ? m.rule.direction !== 'forward' : m.rule.blocks !== 'forward';
        if (forward) starts.push(m.start);
        if (backward) ends.push(m.end);
      }
      this.forward.set(category, new SortedOffsets(starts));
      this.backward.set(category, new SortedOffsets(ends));
    }
  }

  nextStop(from: number, rule: CompiledRule, sentenceEnd: number): number {
    let end = Math.min(sentenceEnd, this.clauseEnds.atOrAfter(from) ?? sentenceEnd);
    if (rule.field) end = Math.min(end, this.fieldEnds.atOrAfter(from) ?? end);
    for (const category of rule.categories) {
      end = Math.min(end, this.forward.get(category)?.atOrAfter(from) ?? end);
    }
    return end;
  }

  previousStop(to: number, rule: CompiledRule, sentenceStart: number): number {
    const after = (offset: number | undefined) =>
      offset === undefined ? sentenceStart : offset + 1;
    let start = Math.max(sentenceStart, after(this.clauseEnds.atOrBefore(to - 1)));
    if (rule.field) start = Math.max(start, after(this.fieldEnds.atOrBefore(to - 1)));
    for (const category of rule.categories) {
      start = Math.max(start, this.backward.get(category)?.atOrBefore(to) ?? sentenceStart);
    }
    return start;
  }
}

/** The scoped triggers of one sentence, indexed for "which triggers cover this span". */
export class SentenceTriggers {
  private readonly byStart: ScopedTrigger[];
  /** prefixEnd[i]: the furthest end (scope or trigger) among byStart[0..i]. */
  private readonly prefixEnd: number[];

  constructor(readonly triggers: readonly ScopedTrigger[]) {
    const from = (t: ScopedTrigger) => Math.min(t.start, t.scope.start);
    this.byStart = [...triggers].sort((a, b) => from(a) - from(b));
    let furthest = Number.NEGATIVE_INFINITY;
    this.prefixEnd = this.byStart.map((t) => {
      furthest = Math.max(furthest, t.end, t.scope.end);
      return furthest;
    });
  }

  /** Triggers whose scope (or own span) overlaps the target, in sentence order. */
  covering(target: Span): ScopedTrigger[] {
    const found: ScopedTrigger[] = [];
    const low = countBefore(this.byStart.length, (i) => {
      const t = this.byStart[i]!;
      return Math.min(t.start, t.scope.start) < target.end;
    });
    for (let i = low - 1; i >= 0 && this.prefixEnd[i]! > target.start; i -= 1) {
      const t = this.byStart[i]!;
      if (overlaps(t.scope, target) || overlaps(t, target)) found.push(t);
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

/** Index of the first token whose end is after `from` (tokens are sorted and disjoint). */
function firstEndingAfter(tokens: readonly Token[], from: number): number {
  return countBefore(tokens.length, (i) => tokens[i]!.end <= from);
}

/** Counted tokens only. A token the trigger ends inside (非|喫煙者) is the first in scope. */
function tokenLimitForward(counted: readonly Token[], from: number, limit: number): number {
  const last = counted[firstEndingAfter(counted, from) + limit - 1];
  return last ? last.end : Number.POSITIVE_INFINITY;
}

function tokenLimitBackward(counted: readonly Token[], from: number, limit: number): number {
  // Tokens starting before `from`: those before the first one starting at or after it.
  const low = countBefore(counted.length, (i) => counted[i]!.start < from);
  const first = counted[low - limit];
  return first ? first.start : Number.NEGATIVE_INFINITY;
}
