import type { SectionDefinition } from '../text/sections.js';
import type { Assertion, AssertionCategory, Sentence, Span, Token, TriggerHit } from '../types.js';
import type { CompiledContextRules, CompiledRule, Direction } from './rules.js';

interface Stop extends Span {
  readonly blocks: 'forward' | 'backward' | 'both';
}

/** A trigger found in a sentence, with the scope it governs. */
export interface ScopedTrigger extends Span {
  readonly rule: CompiledRule;
  readonly text: string;
  readonly scope: Span;
}

// Hard clause ends: no trigger reaches across them.
const CLAUSE_END = /[;；]/g;
// Extra stops for `field` triggers ("Tobacco: yes, Alcohol: none").
const FIELD_END = /[,，、;；|｜]/g;

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
  triggersIn(sentence: Pick<Sentence, 'start' | 'text' | 'tokens'>): ScopedTrigger[] {
    const matches = this.match(sentence);
    const terminators = matches.filter((m) => m.rule.kind === 'terminate');
    const asserting = matches.filter((m) => m.rule.kind === 'assert');
    const clauseEnds = offsets(sentence, CLAUSE_END);
    const fieldEnds = offsets(sentence, FIELD_END);
    const sentenceEnd = sentence.start + sentence.text.length;
    return asserting.map((trigger) => {
      const stops: Stop[] = [
        ...clauseEnds.map((o) => ({ start: o, end: o + 1, blocks: 'both' as const })),
        ...(trigger.rule.field
          ? fieldEnds.map((o) => ({ start: o, end: o + 1, blocks: 'both' as const }))
          : []),
        ...terminators
          .filter((t) => terminates(t.rule, trigger.rule))
          .map((t) => ({ start: t.start, end: t.end, blocks: t.rule.blocks })),
        ...asserting
          .filter((other) => other !== trigger && sharesCategory(other.rule, trigger.rule))
          .map((t) => ({ start: t.start, end: t.end, blocks: 'both' as const })),
      ];
      let scope = scopeOf(trigger, trigger.rule.direction, stops, sentence, sentenceEnd);
      if (trigger.rule.listScope)
        scope = { ...scope, start: listStart(sentence, scope.start, trigger.start) };
      return { ...trigger, scope };
    });
  }

  /** The assertion of one target span inside a sentence. */
  assert(
    sentence: Pick<Sentence, 'start' | 'text' | 'tokens' | 'section'>,
    target: Span,
    triggers: readonly ScopedTrigger[] = this.triggersIn(sentence),
  ): Assertion {
    const applied: TriggerHit[] = [];
    const flags = new Set<AssertionCategory>();
    for (const trigger of triggers) {
      if (!overlaps(trigger.scope, target) && !overlaps(trigger, target)) continue;
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
    for (const rule of this.rules.rules) {
      rule.regex.lastIndex = 0;
      for (let m = rule.regex.exec(sentence.text); m; m = rule.regex.exec(sentence.text)) {
        if (m[0].length === 0) {
          rule.regex.lastIndex += 1;
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

function terminates(terminator: CompiledRule, trigger: CompiledRule): boolean {
  if (terminator.appliesTo === null) return true;
  return trigger.categories.some((c) => terminator.appliesTo?.has(c));
}

function sharesCategory(a: CompiledRule, b: CompiledRule): boolean {
  return a.categories.some((c) => b.categories.includes(c));
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

function scopeOf(
  trigger: Span & { rule: CompiledRule },
  direction: Direction,
  stops: readonly Stop[],
  sentence: Pick<Sentence, 'start' | 'tokens'>,
  sentenceEnd: number,
): Span {
  let start = trigger.start;
  let end = trigger.end;
  if (direction !== 'backward') {
    end = sentenceEnd;
    for (const stop of stops) {
      if (stop.blocks === 'backward') continue;
      if (stop.start >= trigger.end && stop.start < end) end = stop.start;
    }
    end = Math.min(end, tokenLimitForward(sentence.tokens, trigger.end, trigger.rule.maxScope));
  }
  if (direction !== 'forward') {
    start = sentence.start;
    for (const stop of stops) {
      if (stop.blocks === 'forward') continue;
      if (stop.end <= trigger.start && stop.end > start) start = stop.end;
    }
    start = Math.max(
      start,
      tokenLimitBackward(sentence.tokens, trigger.start, trigger.rule.maxScope),
    );
  }
  return { start, end };
}

function tokenLimitForward(tokens: readonly Token[], from: number, limit: number): number {
  let counted = 0;
  for (const token of tokens) {
    // A token the trigger ends inside (非|喫煙者) is the first one in scope.
    if (token.end <= from || !isCounted(token)) continue;
    counted += 1;
    if (counted === limit) return token.end;
  }
  return Number.POSITIVE_INFINITY;
}

function tokenLimitBackward(tokens: readonly Token[], from: number, limit: number): number {
  let counted = 0;
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const token = tokens[i]!;
    if (token.start >= from || !isCounted(token)) continue;
    counted += 1;
    if (counted === limit) return token.start;
  }
  return Number.NEGATIVE_INFINITY;
}
