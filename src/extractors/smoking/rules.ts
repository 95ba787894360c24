import type { Language } from '../../core/types.js';
import type { SmokingRuleFile } from '../../vocab/schemas.js';
import { INTEGER_SOURCE, NUMBER_SOURCE, YEAR_SOURCE } from './numbers.js';
import type { Product, SmokingAmountField } from './types.js';

export type StatementStatus = 'current' | 'former' | 'never' | 'ever';

export interface CompiledSmokingRules {
  readonly language: Language;
  readonly prefilter: RegExp;
  readonly concepts: readonly {
    id: string;
    product: Product;
    status: 'current' | 'former';
    regex: RegExp;
  }[];
  readonly statements: readonly {
    id: string;
    status: StatementStatus;
    /** A turn in a quit–relapse history (relapse or quit again): the latest one decides. */
    relapse: boolean;
    regex: RegExp;
  }[];
  readonly ignore: readonly { id: string; regex: RegExp }[];
  readonly notExperiencer: readonly { id: string; regex: RegExp }[];
  readonly patientSubject: RegExp | null;
  readonly notTobacco: readonly { id: string; regex: RegExp }[];
  readonly fieldLabel: RegExp;
  readonly fieldValues: readonly { status: 'current' | 'former' | 'never'; regex: RegExp }[];
  readonly checkbox: RegExp;
  readonly checkboxValues: readonly { status: StatementStatus; regex: RegExp }[];
  readonly weakSections: ReadonlySet<string>;
  readonly age: RegExp;
  readonly questions: {
    readonly now: RegExp;
    readonly ever: RegExp;
    readonly yes: RegExp;
    readonly no: RegExp;
    readonly amounts: readonly { field: SmokingAmountField; regex: RegExp }[];
  } | null;
  readonly amounts: readonly {
    id: string;
    field: SmokingAmountField;
    needsContext: 'sentence' | 'block' | null;
    regex: RegExp;
  }[];
}

/**
 * Expands the file's macros, then {NUM}, {INT}, {YEAR}, and compiles; a bad pattern names its
 * rule. Whitespace runs are bounded (\s* → \s{0,8}): several unbounded runs in a row, with
 * optional words between them, cost polynomial time on a long run of spaces, and no real
 * phrase needs more than eight.
 */
function compileWith(
  source: string,
  where: string,
  macros: Readonly<Record<string, string>>,
  flags = 'giu',
): RegExp {
  let expanded = source;
  // Macros may use other macros; a few rounds settle any sane nesting.
  for (let round = 0; round < 4 && /\{[A-Z][A-Z_]*\}/.test(expanded); round += 1) {
    expanded = expanded.replace(/\{([A-Z][A-Z_]*)\}/g, (whole, name: string) => {
      if (name in macros) return `(?:${macros[name]})`;
      if (name === 'NUM') return NUMBER_SOURCE;
      if (name === 'INT') return INTEGER_SOURCE;
      if (name === 'YEAR') return YEAR_SOURCE;
      throw new Error(`smoking rule ${where}: unknown macro ${whole}`);
    });
  }
  expanded = expanded.replaceAll('\\s*', '\\s{0,8}').replaceAll('\\s+', '\\s{1,8}');
  try {
    return new RegExp(expanded, flags);
  } catch (error) {
    throw new Error(`smoking rule ${where}: ${(error as Error).message}`);
  }
}

export function compileSmokingRules(file: SmokingRuleFile): CompiledSmokingRules {
  const at = (kind: string, id: string) => `${file.language}.${kind}.${id}`;
  const macros = file.macros ?? {};
  const compile = (source: string, where: string, flags?: string) =>
    compileWith(source, where, macros, flags);
  return {
    language: file.language,
    prefilter: compile(file.prefilter, at('prefilter', 'prefilter')),
    concepts: file.concepts.map((c) => ({
      id: at('concept', c.id),
      product: c.product,
      status: c.status ?? 'current',
      regex: compile(c.pattern, at('concept', c.id)),
    })),
    statements: file.statements.map((s) => ({
      id: at('statement', s.id),
      status: s.status,
      relapse: s.rank !== undefined,
      regex: compile(s.pattern, at('statement', s.id)),
    })),
    ignore: file.ignore.map((r) => ({ id: at('ignore', r.id), regex: compile(r.pattern, r.id) })),
    notExperiencer: (file.not_experiencer ?? []).map((r) => ({
      id: at('not-experiencer', r.id),
      regex: compile(r.pattern, r.id),
    })),
    patientSubject: file.patient_subject
      ? compile(file.patient_subject, at('patient-subject', 'patient_subject'))
      : null,
    notTobacco: file.not_tobacco.map((r) => ({
      id: at('not-tobacco', r.id),
      regex: compile(r.pattern, r.id),
    })),
    fieldLabel: compile(file.fields.label, at('field', 'label')),
    fieldValues: (['current', 'former', 'never'] as const).map((status) => ({
      status,
      // Anchored at the start of the value, and the value must end there (a whole value).
      regex: compile(
        `^[\\s|:=.]*(?:${file.fields.values[status].join('|')})(?=\\s*(?:$|[\\n,;|.。、，；)）\\]　]|\\s{2,}))`,
        at('field', status),
        'iu',
      ),
    })),
    checkbox: compile(file.fields.checkbox, at('field', 'checkbox')),
    checkboxValues: (['former', 'never', 'current', 'ever'] as const).map((status) => ({
      status,
      regex: compile(file.fields.checkbox_values[status], at('checkbox', status), 'iu'),
    })),
    weakSections: new Set(file.weak_sections),
    age: compile(file.age, at('age', 'age')),
    questions: file.questions
      ? {
          now: compile(file.questions.now, at('question', 'now'), 'iu'),
          ever: compile(file.questions.ever, at('question', 'ever'), 'iu'),
          yes: compile(`^\\s*(?:${file.questions.yes})\\s*$`, at('question', 'yes'), 'iu'),
          no: compile(`^\\s*(?:${file.questions.no})\\s*$`, at('question', 'no'), 'iu'),
          amounts: file.questions.amounts.map((a) => ({
            field: a.field,
            regex: compile(a.pattern, at('question', a.field), 'iu'),
          })),
        }
      : null,
    amounts: file.amounts.map((a) => ({
      id: at('amount', a.id),
      field: a.field,
      needsContext: a.needs_context ?? null,
      regex: compile(a.pattern, at('amount', a.id)),
    })),
  };
}
