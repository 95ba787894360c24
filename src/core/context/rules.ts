import { indexGates, literalGate } from '../text/literal-gate.js';
import type { AssertionCategory, Language } from '../types.js';

export type Direction = 'forward' | 'backward' | 'bidirectional';

/** One ConText rule, as `vocab/context/<language>.yaml` states it (validated by its loader). */
export interface ContextRuleSpec {
  readonly id?: string;
  /** Phrases, matched case-insensitively; a space matches any run of whitespace. */
  readonly literal?: string | readonly string[];
  /** Regular expressions (JavaScript syntax, matched case-insensitively). */
  readonly pattern?: string | readonly string[];
  /** What the trigger asserts; a list for phrases that assert two things ("no longer"). */
  readonly category: AssertionCategory | 'pseudo' | 'terminate' | readonly AssertionCategory[];
  readonly direction?: Direction;
  /** Scope limit in tokens (Japanese: script-run tokens); defaults to the file's. */
  readonly max_scope?: number;
  /** Scope stays inside one "Label: value" field: stops at , 、 ; | as well. */
  readonly field?: boolean;
  /** Backward scope crosses a comma only after a bare noun (a list: 喫煙、飲酒なし). */
  readonly list_scope?: boolean;
  /** For `terminate`: which categories it ends (all when absent). */
  readonly applies_to?: readonly AssertionCategory[];
  /** For `terminate`: which scopes it stops, by the side their trigger is on (default both). */
  readonly blocks?: 'forward' | 'backward' | 'both';
}

export interface ContextRuleFile {
  readonly version: number;
  readonly language: Language;
  readonly defaults: { readonly max_scope: number };
  readonly rules: readonly ContextRuleSpec[];
}

export type RuleKind = 'assert' | 'pseudo' | 'terminate';

export interface CompiledRule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly categories: readonly AssertionCategory[];
  readonly direction: Direction;
  readonly maxScope: number;
  readonly field: boolean;
  readonly listScope: boolean;
  readonly appliesTo: ReadonlySet<AssertionCategory> | null;
  readonly blocks: 'forward' | 'backward' | 'both';
  readonly regex: RegExp;
  /** Literals one of which any match holds (see literal-gate.ts); null when none is provable. */
  readonly gate: readonly string[] | null;
}

export interface CompiledContextRules {
  readonly language: Language;
  readonly rules: readonly CompiledRule[];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Phrase → regular expression. Word boundaries are added only where the phrase starts or ends
 * with a Latin letter or digit, so ": none", "(-)" and Japanese phrases (no spaces between
 * words) match wherever they occur, while "no" never matches inside "nodule".
 */
export function literalToSource(literal: string): string {
  const body = escapeRegExp(literal.trim()).replace(/\s+/g, '\\s+');
  const head = /^[A-Za-z0-9]/.test(literal.trim()) ? '(?<![A-Za-z0-9])' : '';
  const tail = /[A-Za-z0-9]$/.test(literal.trim()) ? '(?![A-Za-z0-9])' : '';
  return `${head}${body}${tail}`;
}

const asList = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly T[]) : [value as T];

export function compileContextRules(file: ContextRuleFile): CompiledContextRules {
  const seen = new Set<string>();
  const rules = file.rules.map((spec, index): CompiledRule => {
    const literals = asList(spec.literal);
    const patterns = asList(spec.pattern);
    const sources = [
      ...[...literals].sort((a, b) => b.length - a.length).map(literalToSource),
      ...patterns,
    ];
    if (sources.length === 0) throw new Error(`context rule ${index}: needs literal or pattern`);
    const category = spec.category;
    const kind: RuleKind =
      category === 'pseudo' ? 'pseudo' : category === 'terminate' ? 'terminate' : 'assert';
    const categories: AssertionCategory[] =
      kind === 'assert' ? [...asList(category as AssertionCategory | AssertionCategory[])] : [];
    if (kind === 'assert' && spec.direction === undefined) {
      throw new Error(`context rule ${index} (${literals[0] ?? patterns[0]}): needs a direction`);
    }
    const label =
      kind === 'assert'
        ? `${categories.join('+')}.${spec.direction}`
        : kind === 'terminate' && spec.applies_to
          ? `terminate-${spec.applies_to.join('+')}${spec.blocks ? `-${spec.blocks}` : ''}`
          : kind;
    const id = spec.id ?? `${file.language}.${label}.${literals[0] ?? patterns[0]}`;
    if (seen.has(id)) throw new Error(`context rule ${index}: duplicate id ${id}`);
    const regex = new RegExp(sources.join('|'), 'giu');
    seen.add(id);
    return {
      id,
      kind,
      categories,
      direction: spec.direction ?? 'forward',
      maxScope: spec.max_scope ?? file.defaults.max_scope,
      field: spec.field ?? false,
      listScope: spec.list_scope ?? false,
      appliesTo: spec.applies_to ? new Set(spec.applies_to) : null,
      blocks: spec.blocks ?? 'both',
      regex,
      gate: literalGate(regex),
    };
  });
  // Each sentence is checked against every rule's gate: one literal scan of it for all of them
  // (so a gate of many literals costs no more to check than a short one).
  indexGates(rules.map((rule) => rule.gate));
  return { language: file.language, rules };
}
