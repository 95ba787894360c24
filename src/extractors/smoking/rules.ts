import type { Language } from '../../core/types.js';
import type { SmokingRuleFile } from '../../vocab/schemas.js';
import { INTEGER_SOURCE, NUMBER_SOURCE, YEAR_SOURCE } from './numbers.js';
import type { Product, SmokingAmountField } from './types.js';

export type StatementStatus = 'current' | 'former' | 'never' | 'ever';

export interface CompiledSmokingRules {
  readonly language: Language;
  readonly prefilter: RegExp;
  readonly concepts: readonly { id: string; product: Product; regex: RegExp }[];
  readonly statements: readonly {
    id: string;
    status: StatementStatus;
    relapse: boolean;
    regex: RegExp;
  }[];
  readonly ignore: readonly { id: string; regex: RegExp }[];
  readonly notTobacco: readonly { id: string; regex: RegExp }[];
  readonly fieldLabel: RegExp;
  readonly fieldValues: readonly { status: 'current' | 'former' | 'never'; regex: RegExp }[];
  readonly checkbox: RegExp;
  readonly age: RegExp;
  readonly amounts: readonly { id: string; field: SmokingAmountField; regex: RegExp }[];
}

/**
 * Expands {NUM}, {INT}, {YEAR} and compiles; a bad pattern names its rule. Whitespace runs are
 * bounded (\s* → \s{0,8}): several unbounded runs in a row, with optional words between them,
 * cost polynomial time on a long run of spaces, and no real phrase needs more than eight.
 */
function compile(source: string, where: string, flags = 'giu'): RegExp {
  const expanded = source
    .replaceAll('{NUM}', NUMBER_SOURCE)
    .replaceAll('{INT}', INTEGER_SOURCE)
    .replaceAll('{YEAR}', YEAR_SOURCE)
    .replaceAll('\\s*', '\\s{0,8}')
    .replaceAll('\\s+', '\\s{1,8}');
  try {
    return new RegExp(expanded, flags);
  } catch (error) {
    throw new Error(`smoking rule ${where}: ${(error as Error).message}`);
  }
}

export function compileSmokingRules(file: SmokingRuleFile): CompiledSmokingRules {
  const at = (kind: string, id: string) => `${file.language}.${kind}.${id}`;
  return {
    language: file.language,
    prefilter: compile(file.prefilter, at('prefilter', 'prefilter')),
    concepts: file.concepts.map((c) => ({
      id: at('concept', c.id),
      product: c.product,
      regex: compile(c.pattern, at('concept', c.id)),
    })),
    statements: file.statements.map((s) => ({
      id: at('statement', s.id),
      status: s.status,
      relapse: s.rank === 'relapse',
      regex: compile(s.pattern, at('statement', s.id)),
    })),
    ignore: file.ignore.map((r) => ({ id: at('ignore', r.id), regex: compile(r.pattern, r.id) })),
    notTobacco: file.not_tobacco.map((r) => ({
      id: at('not-tobacco', r.id),
      regex: compile(r.pattern, r.id),
    })),
    fieldLabel: compile(file.fields.label, at('field', 'label')),
    fieldValues: (['current', 'former', 'never'] as const).map((status) => ({
      status,
      // Anchored at the start of the value, and the value must end there (a whole value).
      regex: compile(
        `^\\s*(?:${file.fields.values[status].join('|')})(?=\\s*(?:$|[\\n,;|.。、，；)）\\]]|\\s{2,}))`,
        at('field', status),
        'iu',
      ),
    })),
    checkbox: compile(file.fields.checkbox, at('field', 'checkbox')),
    age: compile(file.age, at('age', 'age')),
    amounts: file.amounts.map((a) => ({
      id: at('amount', a.id),
      field: a.field,
      regex: compile(a.pattern, at('amount', a.id)),
    })),
  };
}
