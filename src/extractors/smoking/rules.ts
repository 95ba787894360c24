import { indexGates, literalGate } from '../../core/text/literal-gate.js';
import type { Language } from '../../core/types.js';
import type { SmokingRuleFile } from '../../vocab/schemas.js';
import { type CompiledFlattened, compileFlattened } from './flattened.js';
import { BETWEEN_SOURCE, INTEGER_SOURCE, NUMBER_SOURCE, YEAR_SOURCE } from './numbers.js';
import { type CompiledPipeTable, compilePipeTable } from './pipe-tables.js';
import { type CompiledSpoken, compileSpoken } from './spoken.js';
import type { Product, SmokingAmountField } from './types.js';

/** The `people` section, compiled (see referents.ts). */
export interface CompiledPeople {
  /** A person phrase: modifiers, the word (group f, m or x by sex), an optional name after it. */
  readonly person: RegExp;
  /** The person words alone, anchored: a "name" that is one of them is not a name. */
  readonly personWord: RegExp;
  readonly introducer: RegExp;
  /** Tested on the text just before a person phrase ("per "). */
  readonly collateral: RegExp;
  readonly notName: RegExp;
  readonly patient: RegExp;
  /** Subject pronouns: group he or she. */
  readonly pronoun: RegExp;
  /** Object pronouns ("him"): group he or she; never matches when the vocab has none. */
  readonly objectPronoun: RegExp;
  readonly patientFemale: RegExp;
  readonly patientMale: RegExp;
  readonly label: RegExp;
  /** Reported speech ending the text before a person phrase ("Wife says "): people.reported_speech. */
  readonly reportedSpeech: RegExp;
  /**
   * A speech verb right after a person phrase, then a clause about the habit ("Wife says it was
   * actually 6 years ago"): the person is a collateral source (people.reported_event).
   */
  readonly reportsEvent: RegExp;
  /**
   * "The dealer at the next table, a friend, still smokes about ten a day": a person phrase set
   * off by commas right before a smoking verb names the clause's subject (an apposition),
   * whatever the noun before it. Tested on the text right after the phrase:
   * people.apposition_adverbs, people.apposition_verbs.
   */
  readonly appositionSubject: RegExp;
  /**
   * A child of the patient reporting ("Daughter states "), tested on the text before a person
   * phrase, and the parent word that phrase then is ("mum", "her dad"): people.child_reporter,
   * people.parent. Never matches when the vocab has none.
   */
  readonly childReporter: RegExp;
  readonly parentWord: RegExp;
  /** A person phrase that is a child of the patient ("Daughter", "her son"): people.child_reporter. */
  readonly childWord: RegExp;
  /**
   * A family-history label before a person phrase on its line ("Family history: brother…"),
   * tested on the line's text before the phrase: people.family_field. Never matches without one.
   */
  readonly familyField: RegExp;
}

/**
 * `ever`: smoked at some time, current or former not said. `not_now`: "Do you smoke now? No"
 * (with `ever` it means former; alone it says nothing: the patient may never have smoked).
 * `plain_no`: a smoking question with no time word answered no ("Smoker? No", "Smoking: Yes [ ]
 * No [x]"): never, unless the note tells of smoking (with `ever` or smoked numbers it is former,
 * as `not_now`; a quit or a current statement outranks it).
 */
export type StatementStatus = 'current' | 'former' | 'never' | 'ever' | 'not_now' | 'plain_no';

export interface CompiledSmokingRules {
  readonly language: Language;
  readonly prefilter: RegExp;
  readonly concepts: readonly {
    id: string;
    product: Product;
    status: 'current' | 'former';
    regex: RegExp;
    /** Literals one of which any match holds (lower case), or null: see literal-gate.ts. */
    gate: readonly string[] | null;
  }[];
  readonly statements: readonly {
    id: string;
    status: StatementStatus;
    /** A turn in a quit–relapse history (relapse or quit again): the latest one decides. */
    relapse: boolean;
    regex: RegExp;
    gate: readonly string[] | null;
  }[];
  readonly ignore: readonly { id: string; regex: RegExp; gate: readonly string[] | null }[];
  readonly notExperiencer: readonly {
    id: string;
    regex: RegExp;
    gate: readonly string[] | null;
  }[];
  readonly patientSubject: RegExp | null;
  readonly people: CompiledPeople | null;
  readonly secondPerson: { readonly pattern: RegExp; readonly ownAnswer: RegExp } | null;
  /** Season word (lower case) → the month it ends in. */
  readonly seasons: ReadonlyMap<string, number>;
  /** Holiday (lower case, spaces single) → its month. */
  readonly holidays: ReadonlyMap<string, number>;
  /** Holiday (as in `holidays`) → its day of the month, or the earliest day it can fall on. */
  readonly holidayDays: ReadonlyMap<string, number>;
  /** A gestational age with groups weeks and days (the vocab's `gestational_age`), or null. */
  readonly gestationalAge: RegExp | null;
  readonly notTobacco: readonly { id: string; regex: RegExp; gate: readonly string[] | null }[];
  readonly fieldLabel: RegExp;
  /** Literal gates of `fieldLabel`, `checkbox` and `patientSubject` (see literal-gate.ts). */
  readonly gates: {
    readonly fieldLabel: readonly string[] | null;
    readonly checkbox: readonly string[] | null;
    readonly patientSubject: readonly string[] | null;
  };
  readonly fieldValues: readonly { status: 'current' | 'former' | 'never'; regex: RegExp }[];
  readonly checkbox: RegExp;
  readonly checkboxValues: readonly { status: StatementStatus; regex: RegExp }[];
  /** Row labels that make a ticked あり current or former (the vocab's `fields.checkbox_rows`). */
  readonly checkboxRows?: readonly { status: 'current' | 'former'; label: RegExp }[];
  readonly weakSections: ReadonlySet<string>;
  /** Weak sections that a smoking label row leaves (see the vocab's `other_lists`). */
  readonly otherLists: ReadonlySet<string>;
  /** Marks a copied-forward block (see the vocab's `carried_forward`); null when not given. */
  readonly carriedForward: { regex: RegExp; gate: readonly string[] | null } | null;
  /** Heading lines of a letter and of its reply (the vocab's `answered_letter`), or null. */
  readonly answeredLetter: { letter: RegExp; reply: RegExp } | null;
  /** A status quoted from a record or list (see the vocab's `record_label`); null when not given. */
  readonly recordLabel: { regex: RegExp; gate: readonly string[] | null } | null;
  /** Dates an amount to today (see the vocab's `amount_now`); null when not given. */
  readonly amountInHospital?: RegExp | null;
  /** Restricts a daily amount to some days of the week (the vocab's `part_week`), or null. */
  readonly partWeek?: RegExp | null;
  /** A clause about something else (the vocab's `other_topic`), or null. */
  readonly otherTopic?: {
    readonly breaks: RegExp;
    readonly label: RegExp;
    readonly word: RegExp;
    readonly filler: RegExp;
    readonly keep: RegExp;
    readonly wholeClause: boolean;
  } | null;
  readonly amountNow: RegExp | null;
  /** Makes an amount approximate (see the vocab's `approximate`); null when not given. */
  readonly approximate: RegExp | null;
  /** A charted record said to be wrong or stale (the vocab's `disputed_record`), or null. */
  readonly disputedRecord: RegExp | null;
  /** A clause naming a charted record up to a remark on it (the vocab's `record_remark`), whole clause. */
  readonly recordRemark?: RegExp | null;
  /** A value denied after the value that corrects it (the vocab's `denied_value`), or null. */
  readonly deniedValue: RegExp | null;
  /** A change said to be undone after the amount it reached (the vocab's `undone_value`), or null. */
  readonly undoneValue?: RegExp | null;
  /** A bound right after a value's number (the vocab's `bound_after`), or null. */
  readonly boundAfter?: RegExp | null;
  /** Words that say the figure after them revises an earlier one (the vocab's `revised_value`). */
  readonly revisedValue?: RegExp | null;
  /** Words adding another product after a count (the vocab's `added_product`), or null. */
  readonly addedProduct: RegExp | null;
  /** A line that only names the topic (the vocab's `topic_heading`, whole line), or null. */
  readonly topicHeading: RegExp | null;
  readonly age: RegExp;
  /** A date of birth with groups year, month, day (the vocab's `dob`); null when not given. */
  readonly dob: RegExp | null;
  readonly questions: {
    readonly now: RegExp;
    readonly ever: RegExp;
    /** A smoking question with no time word ("Smoker?", "Do you smoke?"): see `plain_no`. */
    readonly plain: RegExp | null;
    /** A question whether the patient is a former smoker ("Ex-smoker?"): yes is former. */
    readonly former: RegExp | null;
    readonly yes: RegExp;
    readonly no: RegExp;
    readonly amounts: readonly { field: SmokingAmountField; regex: RegExp }[];
    readonly otherSubstances: RegExp | null;
    /** A bare quit question cell ("Quit?"), whole cell (the vocab's `quit_cell`), or null. */
    readonly bareQuit: RegExp | null;
    /** A bare "When?" cell (the vocab's `when_cell`), whole cell, or null. */
    readonly bareWhen: RegExp | null;
    /** A quit question as the last question of the text before a cell (`quit_cell`), or null. */
    readonly quitAskedLast: RegExp | null;
    /** A line answering the numbered options above it (the vocab's `answer_number`), or null. */
    readonly answerNumber: RegExp | null;
    /** A line answering the yes/no question above it in words (the vocab's `answer_word`), or null. */
    readonly answerWord: RegExp | null;
    /** An answer left blank (the vocab's `blank`), whole answer, or null. */
    readonly blank: RegExp | null;
    /** Answers that name their unit (the vocab's `answer_units`), whole-answer patterns. */
    readonly answerUnits: readonly {
      field: 'packs_per_day' | 'cigarettes_per_day';
      regex: RegExp;
    }[];
  } | null;
  readonly amounts: readonly {
    id: string;
    field: SmokingAmountField;
    needsContext: 'sentence' | 'block' | 'fragment' | null;
    /** Reads on into the next sentence by lookahead (the vocab's `reads_next_sentence`). */
    readsNextSentence: boolean;
    regex: RegExp;
    gate: readonly string[] | null;
  }[];
  /** A mention's rule name → the vocab's `role` of that statement or amount (resolve.ts). */
  readonly roles: ReadonlyMap<string, SmokingRuleRole>;
  /** Life events dated elsewhere in the note (the vocab's `dated_events`), or null. */
  readonly datedEvents: CompiledDatedEvents | null;
  /** Dictated and spelled-out text rewritten for the rules (the vocab's `spoken`), or null. */
  readonly spoken?: CompiledSpoken | null;
  /** Breaks lost or encoded on export, restored for the rules (the vocab's `flattened`), or null. */
  readonly flattened?: CompiledFlattened | null;
  /** Pipe-table tobacco rows told as sentences (the vocab's `pipe_table`), or null. */
  readonly pipeTable?: CompiledPipeTable | null;
  /** A product's detail row at a line's start (the vocab's `detail_row`), or null. */
  readonly detailRow?: RegExp | null;
  /** A label row left blank, as a whole line (the vocab's `blank_label`), or null. */
  readonly blankLabel?: RegExp | null;
  /** Present-tense smoking verbs (the vocab's `present_tense`), or null. */
  readonly presentTense?: CompiledPresentTense | null;
  /** ConText historical triggers that mark a row's amounts as past (the vocab's `past_marks`). */
  readonly pastMarks?: ReadonlySet<string> | null;
}

/** The vocab's `present_tense`, compiled: each anchored as resolve.ts tests it. */
export interface CompiledPresentTense {
  readonly verb: RegExp;
  readonly bare: RegExp;
  readonly before: RegExp;
  readonly base: RegExp;
  readonly baseBefore: RegExp;
}

/** The vocab's `dated_events`, compiled (mentions.ts, eventYear). */
export interface CompiledDatedEvents {
  readonly kinds: readonly {
    readonly id: string;
    /** The kind's words as a whole event (anchored): which kind a quit's event is. */
    readonly words: RegExp;
    /** Where the note writes the event (global). */
    readonly dated: RegExp;
    readonly namesRelative: boolean;
    /** Each dated word its own event: only the word the quit's event holds dates it (`own_word`). */
    readonly ownWord: boolean;
    /** Kinds (ids) that date this one when the note dates none of its own (the vocab's `fallback`). */
    readonly fallback: readonly string[];
    /**
     * The note's own encounter, by the quit's text before the event words (anchored at its end):
     * undated, an interval before it counts back from note_date. Null: never.
     */
    readonly encounter: RegExp | null;
    /** Anchored at the start of the text after the words. */
    readonly yearAfter: RegExp;
    /** Anchored at the end of the text before the words. */
    readonly yearBefore: RegExp;
  }[];
  /** A relative named in the clause before the words (anchored at its end by the caller's slice). */
  readonly relative: RegExp;
  /** Years before the note's, by the words naming them (the vocab's `relative_years`, lower case). */
  readonly relativeYears: ReadonlyMap<string, number>;
}

/** The `role` a statement or amount rule may declare in the vocab (see schemas.ts). */
export type SmokingRuleRole =
  | NonNullable<SmokingRuleFile['statements'][number]['role']>
  | NonNullable<SmokingRuleFile['amounts'][number]['role']>;

/**
 * Expands the file's macros, then {NUM}, {BETWEEN}, {INT}, {YEAR}, and compiles; a bad pattern names its
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
  // `\p{Lu}` is a Unicode property, not a macro.
  for (let round = 0; round < 4 && /(?<!\\[pP])\{[A-Z][A-Z_]*\}/.test(expanded); round += 1) {
    expanded = expanded.replace(/(?<!\\[pP])\{([A-Z][A-Z_]*)\}/g, (whole, name: string) => {
      if (name in macros) return `(?:${macros[name]})`;
      if (name === 'NUM') return NUMBER_SOURCE;
      if (name === 'BETWEEN') return BETWEEN_SOURCE;
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
  const rules = compileRules(file);
  // Each sentence is checked against every rule's gate: one literal scan of it for all of them.
  indexGates([
    ...[
      ...rules.notExperiencer,
      ...rules.ignore,
      ...rules.notTobacco,
      ...rules.statements,
      ...rules.concepts,
      ...rules.amounts,
    ].map((rule) => rule.gate),
    ...Object.values(rules.gates),
    rules.recordLabel?.gate ?? null,
  ]);
  return rules;
}

function compileRules(file: SmokingRuleFile): CompiledSmokingRules {
  const at = (kind: string, id: string) => `${file.language}.${kind}.${id}`;
  // {DATED_EVENT}: the words of every dated-event kind, for the rules that name the event.
  const events = file.dated_events;
  const macros = events
    ? { ...file.macros, DATED_EVENT: events.kinds.map((k) => `(?:${k.words})`).join('|') }
    : (file.macros ?? {});
  const compile = (source: string, where: string, flags?: string) =>
    compileWith(source, where, macros, flags);
  const gated = (regex: RegExp) => ({ regex, gate: literalGate(regex) });
  const fieldLabel = compile(file.fields.label, at('field', 'label'));
  const checkbox = compile(file.fields.checkbox, at('field', 'checkbox'));
  const patientSubject = file.patient_subject
    ? compile(file.patient_subject, at('patient-subject', 'patient_subject'))
    : null;
  return {
    language: file.language,
    prefilter: compile(file.prefilter, at('prefilter', 'prefilter')),
    concepts: file.concepts.map((c) => ({
      id: at('concept', c.id),
      product: c.product,
      status: c.status ?? 'current',
      ...gated(compile(c.pattern, at('concept', c.id))),
    })),
    statements: file.statements.map((s) => ({
      id: at('statement', s.id),
      status: s.status,
      relapse: s.rank !== undefined,
      ...gated(compile(s.pattern, at('statement', s.id))),
    })),
    ignore: file.ignore.map((r) => ({
      id: at('ignore', r.id),
      ...gated(compile(r.pattern, r.id)),
    })),
    notExperiencer: (file.not_experiencer ?? []).map((r) => ({
      id: at('not-experiencer', r.id),
      ...gated(compile(r.pattern, r.id)),
    })),
    patientSubject,
    people: file.people ? compilePeople(file.people, compile) : null,
    secondPerson: file.second_person
      ? {
          pattern: compile(file.second_person.pattern, at('second-person', 'pattern'), 'iu'),
          ownAnswer: compile(file.second_person.own_answer, at('second-person', 'own'), 'iu'),
        }
      : null,
    holidays: new Map(
      Object.entries(file.holidays ?? {}).map(([day, month]) => [day.toLowerCase(), month]),
    ),
    holidayDays: new Map(
      Object.entries(file.holiday_days ?? {}).map(([holiday, day]) => [holiday.toLowerCase(), day]),
    ),
    seasons: new Map(
      Object.entries(file.seasons ?? {}).map(([season, month]) => [season.toLowerCase(), month]),
    ),
    gestationalAge: file.gestational_age
      ? compile(file.gestational_age, at('gestational-age', 'gestational_age'))
      : null,
    notTobacco: file.not_tobacco.map((r) => ({
      id: at('not-tobacco', r.id),
      ...gated(compile(r.pattern, r.id)),
    })),
    fieldLabel,
    gates: {
      fieldLabel: literalGate(fieldLabel),
      checkbox: literalGate(checkbox),
      patientSubject: patientSubject ? literalGate(patientSubject) : null,
    },
    fieldValues: (['current', 'former', 'never'] as const).map((status) => ({
      status,
      // Anchored at the start of the value, and the value must end there (a whole value). A slash
      // ends it too: one row of several fields ("喫煙 無／飲酒 無／職業 学生").
      regex: compile(
        `^[\\s|:=.]*(?:${file.fields.values[status].join('|')})(?=\\s*(?:$|[\\n,;|.。、，；)）\\]　/／]|\\s{2,}))`,
        at('field', status),
        'iu',
      ),
    })),
    checkbox,
    checkboxValues: (['former', 'never', 'current', 'ever'] as const).map((status) => ({
      status,
      regex: compile(file.fields.checkbox_values[status], at('checkbox', status), 'iu'),
    })),
    checkboxRows: (file.fields.checkbox_rows ?? []).map((row, i) => ({
      status: row.status,
      label: compile(row.label, at('checkbox-row', `${row.status}-${i}`), 'iu'),
    })),
    weakSections: new Set(file.weak_sections),
    otherLists: new Set(file.other_lists ?? []),
    amountNow: file.amount_now ? compile(file.amount_now, at('amount-now', 'amount_now')) : null,
    amountInHospital: file.amount_in_hospital
      ? compile(file.amount_in_hospital, at('amount-in-hospital', 'amount_in_hospital'), 'iu')
      : null,
    partWeek: file.part_week ? compile(file.part_week, at('part-week', 'part_week'), 'iu') : null,
    otherTopic: file.other_topic
      ? {
          breaks: compile(file.other_topic.breaks, at('other-topic', 'breaks'), 'giu'),
          label: compile(file.other_topic.label, at('other-topic', 'label'), 'iu'),
          word: compile(file.other_topic.word, at('other-topic', 'word'), 'giu'),
          filler: compile(`^(?:${file.other_topic.filler})$`, at('other-topic', 'filler'), 'iu'),
          keep: compile(file.other_topic.keep, at('other-topic', 'keep'), 'giu'),
          wholeClause: file.other_topic.reads === 'clause',
        }
      : null,
    approximate: file.approximate
      ? compile(file.approximate, at('approximate', 'approximate'), 'iu')
      : null,
    disputedRecord: file.disputed_record
      ? compile(file.disputed_record, at('disputed-record', 'disputed_record'), 'iu')
      : null,
    recordRemark: file.record_remark
      ? compile(`^(?:${file.record_remark})$`, at('record-remark', 'record_remark'), 'i')
      : null,
    deniedValue: file.denied_value
      ? compile(file.denied_value, at('denied-value', 'denied_value'), 'iu')
      : null,
    undoneValue: file.undone_value
      ? compile(file.undone_value, at('undone-value', 'undone_value'), 'iu')
      : null,
    boundAfter: file.bound_after
      ? compile(file.bound_after, at('bound-after', 'bound_after'), 'iu')
      : null,
    revisedValue: file.revised_value
      ? compile(file.revised_value, at('revised-value', 'revised_value'), 'iu')
      : null,
    // (The whole gap between the count and the product: short, one clause, the words in it.)
    addedProduct: file.added_product
      ? compile(
          `^[^.;\\n]{0,25}?(?:${file.added_product})[^.;\\n]{0,25}$`,
          at('added-product', 'added_product'),
          'iu',
        )
      : null,
    topicHeading: file.topic_heading
      ? compile(
          `^[ \\t]*(?:${file.topic_heading})[ \\t]*$`,
          at('topic-heading', 'topic_heading'),
          'iu',
        )
      : null,
    carriedForward: file.carried_forward
      ? gated(compile(file.carried_forward, at('carried-forward', 'carried_forward')))
      : null,
    answeredLetter: file.answered_letter
      ? {
          letter: compile(file.answered_letter.letter, at('answered-letter', 'letter'), 'gimu'),
          reply: compile(file.answered_letter.reply, at('answered-letter', 'reply'), 'gimu'),
        }
      : null,
    recordLabel: file.record_label
      ? gated(compile(file.record_label, at('record-label', 'record_label')))
      : null,
    age: compile(file.age, at('age', 'age')),
    dob: file.dob ? compile(file.dob, at('dob', 'dob')) : null,
    questions: file.questions
      ? {
          now: compile(file.questions.now, at('question', 'now'), 'iu'),
          ever: compile(file.questions.ever, at('question', 'ever'), 'iu'),
          plain: file.questions.plain
            ? compile(file.questions.plain, at('question', 'plain'), 'iu')
            : null,
          former: file.questions.former
            ? compile(file.questions.former, at('question', 'former'), 'iu')
            : null,
          yes: compile(`^\\s*(?:${file.questions.yes})\\s*$`, at('question', 'yes'), 'iu'),
          no: compile(`^\\s*(?:${file.questions.no})\\s*$`, at('question', 'no'), 'iu'),
          amounts: file.questions.amounts.map((a) => ({
            field: a.field,
            regex: compile(a.pattern, at('question', a.field), 'iu'),
          })),
          otherSubstances: file.questions.other_substances
            ? compile(file.questions.other_substances, at('question', 'other_substances'), 'iu')
            : null,
          bareQuit: file.questions.quit_cell
            ? compile(
                `^\\W{0,3}(?:${file.questions.quit_cell})\\s*[?？]\\s*$`,
                at('question', 'quit_cell'),
                'i',
              )
            : null,
          bareWhen: file.questions.when_cell
            ? compile(
                `^\\W{0,3}(?:${file.questions.when_cell})\\s*[?？]\\s*$`,
                at('question', 'when_cell'),
                'i',
              )
            : null,
          quitAskedLast: file.questions.quit_cell
            ? compile(
                `\\b(?:${file.questions.quit_cell})\\s*[?？][^?？]{0,20}$`,
                at('question', 'quit_cell'),
                'i',
              )
            : null,
          answerNumber: file.questions.answer_number
            ? compile(
                `^\\s*(?:${file.questions.answer_number})\\s*$`,
                at('question', 'answer_number'),
                'iu',
              )
            : null,
          answerWord: file.questions.answer_word
            ? compile(
                `^\\s*(?:${file.questions.answer_word})\\s*$`,
                at('question', 'answer_word'),
                'iu',
              )
            : null,
          blank: file.questions.blank
            ? compile(`^\\s*(?:${file.questions.blank})\\s*$`, at('question', 'blank'), 'iu')
            : null,
          answerUnits: (['packs_per_day', 'cigarettes_per_day'] as const).flatMap((field) => {
            const source = file.questions?.answer_units?.[field];
            return source
              ? [{ field, regex: compile(`^\\s*(?:${source})\\s*$`, at('question', field), 'iu') }]
              : [];
          }),
        }
      : null,
    amounts: file.amounts.map((a) => ({
      id: at('amount', a.id),
      field: a.field,
      needsContext: a.needs_context ?? null,
      readsNextSentence: a.reads_next_sentence ?? false,
      ...gated(compile(a.pattern, at('amount', a.id))),
    })),
    // Keyed by the name a mention carries (`smoking.ja.statement.started`, mentions.ts).
    roles: new Map<string, SmokingRuleRole>([
      ...file.statements.flatMap((s) =>
        s.role ? [[`smoking.${at('statement', s.id)}`, s.role] as const] : [],
      ),
      ...file.amounts.flatMap((a) =>
        a.role ? [[`smoking.${at('amount', a.id)}`, a.role] as const] : [],
      ),
    ]),
    spoken: file.spoken ? compileSpoken(file.spoken) : null,
    flattened: file.flattened ? compileFlattened(file.flattened) : null,
    pipeTable: file.pipe_table ? compilePipeTable(file.pipe_table) : null,
    pastMarks: file.past_marks ? new Set(file.past_marks.map((w) => `historical:${w}`)) : null,
    detailRow: file.detail_row
      ? compile(`^(?:${file.detail_row})`, at('detail-row', 'detail_row'), 'i')
      : null,
    blankLabel: file.blank_label
      ? compile(`^(?:${file.blank_label})$`, at('blank-label', 'blank_label'), 'i')
      : null,
    presentTense: file.present_tense
      ? {
          verb: compile(`^(?:${file.present_tense.verb})$`, at('present-tense', 'verb'), 'i'),
          bare: compile(`^(?:${file.present_tense.bare})$`, at('present-tense', 'bare'), 'i'),
          before: compile(`(?:${file.present_tense.before})$`, at('present-tense', 'before'), 'i'),
          base: compile(`^(?:${file.present_tense.base})$`, at('present-tense', 'base'), 'i'),
          baseBefore: compile(
            `(?:${file.present_tense.base_before})$`,
            at('present-tense', 'base_before'),
            'i',
          ),
        }
      : null,
    datedEvents: events
      ? {
          kinds: events.kinds.map((k) => ({
            id: k.id,
            words: compile(`^(?:${k.words})$`, at('dated-event', k.id), 'iu'),
            dated: compile(k.dated ?? k.words, at('dated-event', k.id)),
            namesRelative: k.relative ?? false,
            ownWord: k.own_word ?? false,
            fallback: k.fallback ?? [],
            encounter: k.encounter
              ? compile(`(?:${k.encounter})$`, at('dated-event', `${k.id}-encounter`), 'iu')
              : null,
            yearAfter: compile(
              `^(?:${k.year_after ?? events.year_after})`,
              at('dated-event', `${k.id}-after`),
              'iu',
            ),
            yearBefore: compile(
              `(?:${k.year_before ?? events.year_before})$`,
              at('dated-event', `${k.id}-before`),
              'iu',
            ),
          })),
          relative: compile(events.relative, at('dated-event', 'relative'), 'iu'),
          relativeYears: new Map(
            Object.entries(events.relative_years ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
          ),
        }
      : null,
  };
}

function compilePeople(
  people: NonNullable<SmokingRuleFile['people']>,
  compile: (source: string, where: string, flags?: string) => RegExp,
): CompiledPeople {
  const where = (part: string) => `people.${part}`;
  const words = `(?<f>${people.female})|(?<m>${people.male})|(?<x>${people.unknown})`;
  return {
    // Up to three modifiers ("her late twin brother"), the word, then a first name either
    // glued ("son Kevin") or in commas ("wife, Ann,"): the name's case is checked in code.
    person: compile(
      `\\b(?:(?:${people.modifier})\\s+){0,3}(?:${words})\\b(?:(?:\\s*,\\s*|[ \\t]+)(?<name>\\p{L}[\\p{Ll}'-]{1,20})\\b)?`,
      where('person'),
      'giud',
    ),
    personWord: compile(`^(?:${words})$`, where('person-word'), 'iu'),
    introducer: compile(people.introducer, where('introducer')),
    collateral: compile(`(?:${people.collateral})\\s*$`, where('collateral'), 'iu'),
    notName: compile(`^(?:${people.not_name})$`, where('not-name'), 'iu'),
    patient: compile(people.patient, where('patient'), 'gu'),
    pronoun: compile(`\\b(?:(?<he>${people.he})|(?<she>${people.she}))\\b`, where('pronoun'), 'gu'),
    objectPronoun:
      people.object_he && people.object_she
        ? compile(
            `\\b(?:(?<he>${people.object_he})|(?<she>${people.object_she}))\\b`,
            where('object-pronoun'),
            'gu',
          )
        : /(?!)/gu,
    patientFemale: compile(people.patient_female, where('patient-female'), 'u'),
    patientMale: compile(people.patient_male, where('patient-male'), 'u'),
    label: compile(people.label, where('label'), 'gmu'),
    // (Built as written, not by `compile`, which would cap the spaces before the person.)
    reportedSpeech: new RegExp(`\\b(?:${people.reported_speech})(?:\\s+that)?\\s+$`, 'i'),
    reportsEvent: people.reported_event
      ? new RegExp(
          `^\\s*,?\\s*(?:${people.reported_speech})(?:\\s+that)?\\s+(?:${people.reported_event})\\b`,
          'i',
        )
      : /(?!)/,
    // (Not "smoked with Joe, a friend, for years", where no verb follows.)
    appositionSubject: new RegExp(
      `^\\s*,\\s*(?:(?:${people.apposition_adverbs})\\s+){0,2}(?:${people.apposition_verbs})\\b`,
      'i',
    ),
    childReporter: people.child_reporter
      ? new RegExp(
          `\\b(?:${people.child_reporter})\\s+(?:${people.reported_speech})(?:\\s+that)?\\s+$`,
          'i',
        )
      : /(?!)/,
    parentWord: people.parent
      ? new RegExp(`^(?:(?:his|her|their)\\s+)?(?:${people.parent})\\b`, 'i')
      : /(?!)/,
    childWord: people.child_reporter
      ? new RegExp(`^(?:(?:${people.modifier})\\s+)?(?:${people.child_reporter})\\b`, 'i')
      : /(?!)/,
    familyField: people.family_field
      ? compile(people.family_field, where('family-field'), 'iu')
      : /(?!)/,
  };
}
