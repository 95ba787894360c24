import { z } from 'zod';
import { THREE_BY_ONE } from '../extractors/genetics/hgvs/amino-acids.js';

const AMINO_ACID_CODES = new Set(Object.values(THREE_BY_ONE));

// The loaders own the vocab schemas (rules are data; unknown keys are mistakes, not extensions).

const phraseList = z.array(z.string().min(1)).min(1);
const assertionCategory = z.enum([
  'negated',
  'possible',
  'historical',
  'hypothetical',
  'experiencer_other',
]);

export const sectionsFileSchema = z.strictObject({
  version: z.literal(1),
  sections: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case section name'),
        assertion: z
          .strictObject({
            experiencer: z.literal('other').optional(),
            historical: z.literal(true).optional(),
          })
          .optional(),
        en: phraseList,
        ja: phraseList,
      }),
    )
    .min(1),
});

export const abbreviationsFileSchema = z.strictObject({
  version: z.literal(1),
  always: z.array(z.string().min(1)),
  unless_capitalised: z.array(z.string().min(1)),
  /**
   * Short answers after a form's question that stay in the question's sentence ("Smoker? 1 ppd",
   * "Years? 20"): a number answer is the number with at most one of `units`, then one of `ago`; a
   * word answer is one that does not open with one of `prose_openers` (a clause, "He said …").
   * Regular-expression sources, whole words, matched case-insensitively.
   */
  form_answers: z
    .strictObject({
      units: phraseList,
      ago: phraseList,
      prose_openers: phraseList,
    })
    .optional(),
});

const oneOrMany = z.union([z.string().min(1), phraseList]);

export const contextRuleSchema = z
  .strictObject({
    id: z.string().min(1).optional(),
    literal: oneOrMany.optional(),
    pattern: oneOrMany.optional(),
    category: z.union([
      assertionCategory,
      z.literal('pseudo'),
      z.literal('terminate'),
      z.array(assertionCategory).min(1),
    ]),
    direction: z.enum(['forward', 'backward', 'bidirectional']).optional(),
    max_scope: z.number().int().positive().optional(),
    field: z.boolean().optional(),
    list_scope: z.boolean().optional(),
    applies_to: z.array(assertionCategory).min(1).optional(),
    blocks: z.enum(['forward', 'backward', 'both']).optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.literal === undefined && rule.pattern === undefined) {
      ctx.addIssue({ code: 'custom', message: 'needs `literal` or `pattern`' });
    }
    const asserting = rule.category !== 'pseudo' && rule.category !== 'terminate';
    if (asserting && rule.direction === undefined) {
      ctx.addIssue({ code: 'custom', message: 'assertion rules need a `direction`' });
    }
    if (rule.category !== 'terminate' && (rule.applies_to || rule.blocks)) {
      ctx.addIssue({ code: 'custom', message: '`applies_to`/`blocks` are for terminate rules' });
    }
    for (const source of [rule.pattern ?? []].flat()) {
      try {
        new RegExp(source, 'u');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `bad pattern ${source}: ${String(error)}` });
      }
    }
  });

export const contextRuleFileSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(['en', 'ja']),
  defaults: z.strictObject({ max_scope: z.number().int().positive() }),
  rules: z.array(contextRuleSchema).min(1),
});

const ruleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id');
const regexSource = z.string().min(1);

export const SMOKING_FIELDS = [
  'packs_per_day',
  'cigarettes_per_day',
  'years_smoked',
  'year_span',
  'start_age',
  'start_year',
  // "10年前から吸い始めた": the start counted back from the note (current: years = N).
  'start_years_ago',
  'pack_years',
  'brinkman_index',
  'quit_year',
  'quit_years_ago',
  'quit_months_ago',
  // "quit last summer": the end month of the season named (see `seasons`), counted back.
  'quit_season',
  // "quit in March", "禁煙開始日：5月7日": a month with no year, the latest such month up to the
  // note's (`(?<month>…)`: a number 1–12 or an English month name).
  'quit_month',
  'quit_age',
  // "禁煙開始日 R6.7.1": a quit's full date, year·month(·day) as yyyymmdd (day 0 when not written), so that a quit
  // dated after the note is read as a plan (resolve.ts). Not one of the QUIT_DATE_FIELDS: its year is quit_year's.
  'quit_date',
] as const;

/** The ways a quit date is written: one of them per note answers `quit_year`. */
export const QUIT_DATE_FIELDS = [
  'quit_year',
  'quit_years_ago',
  'quit_months_ago',
  'quit_season',
  'quit_month',
] as const satisfies readonly (typeof SMOKING_FIELDS)[number][];

export const smokingRuleFileSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(['en', 'ja']),
  /** Named pattern pieces, used as {NAME} in the patterns below. */
  macros: z
    .record(z.string().regex(/^[A-Z][A-Z_]*$/, 'UPPER_CASE macro name'), regexSource)
    .optional(),
  prefilter: regexSource,
  concepts: z.array(
    z.strictObject({
      id: ruleId,
      // `tobacco`: smoking words that name no product ("smokes", "喫煙").
      product: z.enum(['tobacco', 'cigarette', 'cigar', 'pipe', 'hookah', 'heated_tobacco']),
      /** The status when no ConText trigger applies (default current; "smoked" → former). */
      status: z.enum(['current', 'former']).optional(),
      pattern: regexSource,
    }),
  ),
  statements: z.array(
    z.strictObject({
      id: ruleId,
      // `ever`: says the patient has smoked, but not whether they still do (喫煙歴あり).
      // `not_now`: "現在は吸っていない" says nothing of the past (former beside a smoking past).
      status: z.enum(['current', 'former', 'never', 'ever', 'not_now']),
      // `relapse` and `quit_again` are turns in a quit–relapse history: they outrank every
      // other statement, and among themselves the later one wins ("quit 2015, relapsed 2018,
      // stopped again two years ago" → former).
      rank: z.enum(['relapse', 'quit_again']).optional(),
      /**
       * What the statement is to resolution beyond its status (resolve.ts):
       * `switched-from-cigarettes` ("加熱式へ切り替え", "switched to a pipe": the cigarette numbers
       * end at the switch), `open-start` (a habit dated from its start with no end,
       * "2002年から1日20本"), `started` (only says smoking began, 吸い始めた), `stated-index` (an `ever`
       * read from a stated index alone, 喫煙指数 600: keeps the numbers, silences no smoking word beside it),
       * `intention` (a plan, wish or refusal to quit, 禁煙予定 / 禁煙したい: the hypothetical words
       * inside it do not make it hypothetical, mentions.ts), `until-stay` (smoked up to an admission,
       * 入院前日まで吸っていた: current only while no quit holds after the stay) and `held-after-stay`
       * (a quit that held after the discharge, 退院後も吸っていない: it ends an `until-stay` habit), and
       * `template-row` (a template row's value read as a statement, 喫煙：あり: it weighs as a field does,
       * so the history told after it in the note's own words outranks it), and `present-never` (a
       * `not_now` told with a never-smoker's word, "nonsmoker now", "currently a non-smoker": never
       * when nothing in the note tells of smoking, former beside a smoking past).
       */
      role: z
        .enum([
          'switched-from-cigarettes',
          'open-start',
          'started',
          'stated-index',
          'intention',
          'until-stay',
          'held-after-stay',
          'template-row',
          'present-never',
        ])
        .optional(),
      pattern: regexSource,
    }),
  ),
  ignore: z.array(z.strictObject({ id: ruleId, pattern: regexSource })),
  /**
   * Other people named as an informant or a companion, not as the smoker ("（本人・家族に確認）",
   * "友人との飲み会で"): an experiencer trigger inside one of these does not make the mention
   * someone else's.
   */
  not_experiencer: z.array(z.strictObject({ id: ruleId, pattern: regexSource })).optional(),
  /**
   * Words that name the patient as a subject (本人, 患者). Where the language drops subjects, a
   * relative named as the topic of a sentence ("両親はともに喫煙者で、自宅では…吸っている")
   * keeps it for the later smoking words of that sentence until one of these appears. Leave it
   * out to turn the carry-over off.
   */
  patient_subject: regexSource.optional(),
  /**
   * Who a pronoun or a first name means (see src/extractors/smoking/referents.ts). People other
   * than the patient by sex (`female`, `male`, `unknown`: word lists as regex alternations),
   * `modifier` words inside such a phrase before the word ("her", "pt's", "late", "twin"),
   * `introducer` phrases that name a companion (`(?<name>…)`: "married to Ray"), `collateral`
   * words that make the person the source of the history ("per daughter, he…"), `not_name`
   * capitalised words that are not first names. Case-sensitive: `patient` (words that name the
   * patient: "Pt", "Mr. Ito"), `he`/`she` (subject pronouns), `patient_female`/`patient_male`
   * (how a note states the patient's sex: "58 y/o F", "Ms. Lee"), `label` (a line label that
   * starts a new topic: "Social:"). Leave it out to turn pronoun resolution off.
   */
  people: z
    .strictObject({
      female: regexSource,
      male: regexSource,
      unknown: regexSource,
      modifier: regexSource,
      introducer: regexSource,
      collateral: regexSource,
      not_name: regexSource,
      patient: regexSource,
      he: regexSource,
      she: regexSource,
      /**
       * Object pronouns (`object_he` "him", `object_she` "her" as an object): after a relative of
       * that sex who is the subject of the clause ("son checks on him daily"), it is someone else,
       * the patient of that sex, who is the topic again.
       */
      object_he: regexSource.optional(),
      object_she: regexSource.optional(),
      patient_female: regexSource,
      patient_male: regexSource,
      label: regexSource,
      /**
       * Verbs of reported speech ("says", "told us"): the subject of the clause they open opens
       * that clause too ("Wife says her brother still smokes").
       */
      reported_speech: regexSource,
      /**
       * What a reported clause opens with when it tells of the patient's habit, not of the speaker
       * ("Wife says it was actually 6 years ago"): the speaker is then a collateral source.
       */
      reported_event: regexSource.optional(),
      /**
       * A person phrase set off by commas right before a smoking verb is the clause's subject
       * ("The dealer at the next table, a friend, still smokes"): the words that may come
       * between ("still", "who") and the smoking verbs, each a regex alternation.
       */
      apposition_adverbs: regexSource,
      apposition_verbs: regexSource,
      /**
       * The patient's children as reporters (`child_reporter`, "daughter", "son") and the words
       * they call a parent by (`parent`, "mum", "dad"): "daughter states mum is a heavy smoker"
       * is about the patient (decision 49), when the parent's sex is the patient's.
       */
      child_reporter: regexSource.optional(),
      parent: regexSource.optional(),
      /**
       * A family-history label opening a field on its line ("Family history: brother had CABG at
       * 58."): a relative named in that field is no topic for a pronoun on a later line.
       */
      family_field: regexSource.optional(),
    })
    .optional(),
  /**
   * Printed text addressed to the reader ("If you smoke, quitting…", "Smoking raises your
   * risk"): a sentence matching `pattern` states nothing about the patient unless it also
   * matches `own_answer` ("you told us you have never smoked", "you quit 3 months ago").
   * Questions ("Do you smoke?") are questionnaires, not education: they are left alone.
   */
  second_person: z.strictObject({ pattern: regexSource, own_answer: regexSource }).optional(),
  /** Seasons and the month each ends in, for `quit_season` amounts (`(?<season>…)`). */
  seasons: z.record(z.string(), z.number().int().min(1).max(12)).optional(),
  /** Holidays and their month, for `quit_month` amounts (`(?<holiday>…)`: "since Thanksgiving"). */
  holidays: z.record(z.string(), z.number().int().min(1).max(12)).optional(),
  /**
   * The day of the month of a holiday in `holidays`, or the earliest day a moving one can fall on
   * (Thanksgiving 22): in the note's own month, a holiday after the note's day is last year's.
   */
  holiday_days: z.record(z.string(), z.number().int().min(1).max(31)).optional(),
  /**
   * A gestational age ("妊娠28週3日"), with named groups `weeks` and optional `days`: the largest in
   * the note, outside the quit itself, is the note's own week, and a quit dated by the week of the
   * pregnancy (an amount's group `gestweek`: "妊娠6週でやめた") is that many weeks before it.
   */
  gestational_age: regexSource.optional(),
  not_tobacco: z.array(z.strictObject({ id: ruleId, pattern: regexSource })),
  fields: z.strictObject({
    label: regexSource,
    values: z.strictObject({
      current: z.array(regexSource).min(1),
      former: z.array(regexSource).min(1),
      never: z.array(regexSource).min(1),
    }),
    checkbox: regexSource,
    /** What a ticked option means, tried in this order: former, never, current, ever. */
    checkbox_values: z.strictObject({
      former: regexSource,
      never: regexSource,
      current: regexSource,
      ever: regexSource,
    }),
    /**
     * Row labels that say what a ticked `ever` option answers, tested on the label right before the
     * tick's row: one asking about smoking now ("喫煙：□なし ■あり", not "喫煙歴：") makes it current,
     * one asking about a quit ("禁煙：■あり") former.
     */
    checkbox_rows: z
      .array(z.strictObject({ status: z.enum(['current', 'former']), label: regexSource }))
      .optional(),
  }),
  /** Sections whose statements are lists, not first-hand accounts: they lose conflicts. */
  weak_sections: z.array(z.string().min(1)),
  /**
   * Weak sections that list other things (medications): a line that opens with a smoking field
   * label ("tob: former, quit 2/2019" right under "meds: …") is the patient's smoking row, not
   * one of the list's items, so it is not weak.
   */
  other_lists: z.array(z.string().min(1)).optional(),
  /**
   * Words that mark a block as copied from an older note or an unedited flowsheet ("SOCIAL
   * HISTORY (copied forward from 07/2023)", "※前回入院時の記載を転記"): statements from the marker
   * to the end of its block lose conflicts, like a list section's.
   */
  carried_forward: regexSource.optional(),
  /**
   * A letter answered later in the same note: `letter` is the heading line that opens it
   * ("REFERRAL LETTER (received 01/30/2024)"), `reply` the heading line of the answer ("ENT
   * CLINIC REPLY (10/01/2024)"). From the letter to the reply, statements lose conflicts like a
   * copied block's, and its figures yield to the reply's: the reply saw the patient later.
   * Each is tested line by line (multiline, case-insensitive).
   */
  answered_letter: z.strictObject({ letter: regexSource, reply: regexSource }).optional(),
  /**
   * A status quoted as what a record or a list says, not told ("問題リストに「#現喫煙者」とある"), or
   * a problem-list item written inline ("#喫煙者"): it loses conflicts, like a list section's
   * statement (decisions 13 and 22).
   */
  record_label: regexSource.optional(),
  /**
   * Words that date an amount to today ("currently 10 a day", "現在は1日3〜5本"), read in the
   * few words before the amount: for a current smoker it outranks the other amounts of its kind
   * ("初診時：1日25本"), which describe an earlier time.
   */
  amount_now: regexSource.optional(),
  /**
   * Words that place an amount in the hospital stay ("3-4 a day in the courtyard here", "on the
   * ward"), read in the rest of its clause: the habit outside hospital ("usually 15 a day") comes
   * first (decisions 44 and 48: the stay's abstinence or restriction is not the habit).
   */
  amount_in_hospital: regexSource.optional(),
  /**
   * Words after a daily amount, read in the rest of its sentence, that restrict it to some days of
   * the week ("10 a day on weekends, none during the week", "8 per day on weekends only"): no daily
   * rate (decision 62), though it still tells that the patient smokes.
   */
  part_week: regexSource.optional(),
  /**
   * A time told in a clause about something else ("Smokes 1 ppd, HTN x 10 yrs", "on dialysis
   * since 2019", "HTN: dx 10 years ago", 「2年前から透析」): it is not the smoking's years, start,
   * quit or past. `breaks` opens a clause (it starts where the match ends); `label` finds a label
   * at a clause's start (group 1, "HTN:", 「糖尿病：」); `word` a word of the clause; `filler` the
   * words that name nothing of their own (a whole word); `keep` words that tie a clause to the
   * smoking without a smoking noun ("quit", やめた). `reads`: `lead`, the clause up to the time
   * (English: its head comes first), or `clause`, the whole clause (Japanese: 「2年前から透析」).
   */
  other_topic: z
    .strictObject({
      breaks: regexSource,
      label: regexSource,
      word: regexSource,
      filler: regexSource,
      keep: regexSource,
      reads: z.enum(['lead', 'clause']),
    })
    .optional(),
  /**
   * Words that make an amount approximate ("about 5 years ago", "5年くらい前"): a quit counted
   * back roughly loses to a dated record of the same quit (decision 66).
   */
  approximate: regexSource.optional(),
  /**
   * A note saying a charted record is wrong or stale ("the imported field above has not been
   * updated", "entered in error"): the record's figures are not history (decision 82).
   */
  disputed_record: regexSource.optional(),
  /**
   * A clause that names a charted record up to a remark on it ("the template ", "status above has
   * ", "smoking field is "), before a `carried_forward` word that ends it ("…; template not
   * updated"): the writer's remark on that record, not the source of the row before it.
   */
  record_remark: regexSource.optional(),
  /**
   * A value denied right after the value that corrects it ("started at 20, not at 14", "25
   * years rather than 20"), read on the text after the correcting value; group `n` is the denied
   * value: another figure of the same field with that value loses (decision 54).
   */
  denied_value: regexSource.optional(),
  /**
   * A change of amount said to have been undone, read on the text right after the amount it
   * reached ("had cut back to half a pack but went back up"): that amount is over, so another of
   * the same field comes first (decision 32: the present amount).
   */
  undone_value: regexSource.optional(),
  /**
   * A bound told right after a value that ends its match in the number ("Years: 30+", "Pack-years:
   * 20 or more", "Years since quit: 15 or less"), read on the text right after it: the number is
   * no value (decisions 20 and 63), as "30+ years" is not.
   */
  bound_after: regexSource.optional(),
  /**
   * Words that say the figure after them, in the same clause, revises an earlier one
   * ("actually 1 ppd", "corrects this to 20 a day", 正しくは5年前, 実際は20本): that figure comes
   * before the other figures of its field (decision 54: the later, corrected figure wins).
   */
  revised_value: regexSource.optional(),
  /**
   * Words adding another product after a count, between the count and that product ("12 a day,
   * plus a cigar on Saturdays"): the count is not that product's.
   */
  added_product: regexSource.optional(),
  /**
   * A line that only names the topic ("TOBACCO / NICOTINE", "Smoking") over the rows that answer
   * it: a heading, so its words are no status (tested on the whole line).
   */
  topic_heading: regexSource.optional(),
  age: regexSource,
  /**
   * A date of birth ("DOB: 09/14/1968"), with named groups year, month and day: the patient's age
   * at the note date when the note states no age (decision 80).
   */
  dob: regexSource.optional(),
  /** Questionnaire rows "Do you currently smoke?    Yes": how to read the answer. */
  questions: z
    .strictObject({
      now: regexSource,
      ever: regexSource,
      /**
       * A smoking question with no time word ("Smoker?", "Do you smoke?", "Smokes?"): answered
       * yes it is current; answered no it is never unless the note tells of smoking (`plain_no`).
       */
      plain: regexSource.optional(),
      /**
       * A question whether the patient is a former smoker ("Ex-smoker?", "Former smoker?"):
       * answered yes it is former (no is never, as `ever`).
       */
      former: regexSource.optional(),
      yes: regexSource,
      no: regexSource,
      amounts: z.array(z.strictObject({ field: z.enum(SMOKING_FIELDS), pattern: regexSource })),
      /**
       * A bare quit question in a form's cell ("Quit?", "Stopped smoking?"): answered No it says the
       * smoking goes on; a bare `when_cell` ("When?") right after it asks when he quit.
       */
      quit_cell: regexSource.optional(),
      when_cell: regexSource.optional(),
      /**
       * Other substances a question may name. A question naming no product ("Ever used?  YES")
       * under a smoking question asks about smoking too, unless it names one of these.
       */
      other_substances: regexSource.optional(),
      /**
       * A line that answers the options above it by their number ("回答：③" under "①はい　②…
       * ③いいえ"), with a named group `n` (a circled or plain number): the printed option of that
       * number is the answer, and the printed options line itself says nothing.
       */
      answer_number: regexSource.optional(),
      /**
       * A line that answers the yes/no question above it in words ("回答：いいえ" under "現在、たばこを習慣的に
       * 吸っていますか　はい・いいえ"), with a named group `word`: read as that answer ticked.
       */
      answer_word: regexSource.optional(),
      /**
       * An answer that names its unit ("1/2 pack", "about 10 cigarettes"), each with a named
       * group `n`: under a per-day question it is that field's amount, whatever unit the
       * question asked in ("How much a day?   1/2 pack" is packs per day).
       */
      answer_units: z
        .strictObject({
          packs_per_day: regexSource.optional(),
          cigarettes_per_day: regexSource.optional(),
        })
        .optional(),
      /**
       * An answer left blank (every printed option unticked, a blank line): under a status
       * question the note asks and does not answer, so numbers beside it say the patient smoked
       * but not whether still (unknown with its numbers).
       */
      blank: regexSource.optional(),
    })
    .optional(),
  amounts: z.array(
    z.strictObject({
      id: ruleId,
      field: z.enum(SMOKING_FIELDS),
      /**
       * `sentence`: needs a smoking statement in its sentence; `block`: or in a row above;
       * `fragment`: or, its sentence being a subjectless fragment ("半箱くらい。"), in the sentence
       * about the patient's smoking right before it (mentions.ts).
       */
      needs_context: z.enum(['sentence', 'block', 'fragment']).optional(),
      /**
       * The pattern may look on (by lookahead) into the sentence right after its own, at most 60
       * characters past it (「2015年に一度禁煙した。以後吸っていない。」); only matches that end inside
       * their own sentence count (mentions.ts).
       */
      reads_next_sentence: z.boolean().optional(),
      /**
       * `switch-year`: the year of a switch to another product (ends the cigarette years);
       * `restart-year`: the year smoking started again after a quit (starts the latest period
       * only, decision 61); `switch-age`: the age at such a switch (ends the cigarette years a
       * start age counts from); `revised`: a figure said as a revision of an earlier one ("it
       * was closer to 35 years"), which comes before the other figures of its field (decision
       * 54); `restart-duration`: the length of a period smoked again after a quit ("quit, then
       * smoked again for 10 years"), added to the length told before it (decision 61). See
       * resolve.ts.
       */
      role: z
        .enum(['switch-year', 'switch-age', 'restart-year', 'revised', 'restart-duration'])
        .optional(),
      pattern: regexSource,
    }),
  ),
  /**
   * Life events that date a quit told only by the event ("stopped the week before his bypass"
   * with "CABG x3 (June 2014)" in the history): the event's year written elsewhere in the note
   * (mentions.ts, an amount's group `event`). `{DATED_EVENT}` in the patterns is every kind's
   * `words`. A kind's written mentions are `dated` (default `words`) with a year right after
   * (`year_after`, anchored at the words' end) or right before (`year_before`, anchored at
   * their start), each with a group year, yy or era/eraYear; a kind may give its own. The one
   * year of all of them dates the quit; two years, or none, date nothing. `relative` (tested on
   * the clause before the words) makes a mention a relative's event, not the patient's, unless
   * the kind names the relative itself (`relative: true`: a child's birth).
   */
  dated_events: z
    .strictObject({
      year_after: regexSource,
      year_before: regexSource,
      relative: regexSource,
      /**
       * Years named relative to the note's ("昨年" 1, "last year" 1, "一昨年" 2, "今年" 0): a dated
       * mention whose group `relyear` holds one of these is that many years before the note date.
       */
      relative_years: z.record(z.string().min(1), z.number().int().min(0).max(5)).optional(),
      kinds: z.array(
        z.strictObject({
          id: ruleId,
          words: regexSource,
          dated: regexSource.optional(),
          relative: z.boolean().optional(),
          /**
           * Each `dated` word is its own event of the kind (a child by rank: 長男, 長女): when the
           * quit's event holds one that the note dates, only that word's mentions date it
           * ("長男が生まれた年" with 長男（平成10年生まれ）、長女（平成13年生まれ）: 1998).
           */
          own_word: z.boolean().optional(),
          /**
           * Kinds whose dated mentions date this one when the note dates none of its own: an
           * admission told only by what caused it ("昨年3月に急性心筋梗塞でPCI" … "入院を機にやめた").
           */
          fallback: z.array(ruleId).optional(),
          /**
           * The note's own encounter (this admission, this visit), told by what ends the quit's text
           * before the event words ("prior to ", "before this "; not "before that "): when the note
           * dates the event nowhere, an interval counted back from it ("quit 2 years prior to
           * admission", "3 yrs PTA") counts back from note_date, as "ago" does.
           */
          encounter: regexSource.optional(),
          year_after: regexSource.optional(),
          year_before: regexSource.optional(),
        }),
      ),
    })
    .optional(),
  /**
   * Dictated and spelled-out text (spoken.ts), rewritten before the rules read it, with offsets
   * kept: number words and spoken years become digits (`numbers`: each word's value; `tens` and
   * `scales` combine), `keep` words stay words when they stand alone, and a number followed by
   * `keep_before` stays words ("three quarters of a pack"). `repairs` fix recognition errors a
   * reader needs no guess for ("formal smoker"). In a note that matches `dictated`, the words of
   * `punctuation` become their marks. `correction` ("correction", "scratch that") between two
   * numbers drops the first.
   */
  spoken: z
    .strictObject({
      numbers: z.record(z.string().min(1), z.number().int().min(0).max(1000)),
      keep: z.array(z.string().min(1)),
      /** The text between a kept word and a number word that makes the two a range ("one or two"). */
      range_joiner: regexSource,
      keep_before: regexSource,
      year_zero: z.string().min(1),
      year_not_before: regexSource,
      fractions: z.record(z.string().min(1), z.string().min(1)),
      repairs: z.array(z.strictObject({ pattern: regexSource, text: z.string() })),
      dictated: regexSource,
      punctuation: z.array(z.strictObject({ pattern: regexSource, text: z.string() })),
      correction: regexSource,
    })
    .optional(),
  /**
   * A record whose line breaks were lost or encoded on export (flattened.ts): rewrites applied
   * in order, with offsets kept, before the rules read it, and only to notes the prefilter hits.
   * Encoded breaks ("<br>", a literal "\\n", "</p>") become breaks, entities ("&nbsp;") their
   * characters; a rule with `flat_only` rewrites only a note with no line break of its own (a
   * template label starting mid-line, a field separator such as "｜").
   */
  flattened: z
    .array(
      z.strictObject({ pattern: regexSource, text: z.string(), flat_only: z.boolean().optional() }),
    )
    .optional(),
  /**
   * A substance-use table in columns, with pipes, tabs or aligned spaces (pipe-tables.ts): the
   * header cells that name each column (start, stop, amount a day, packs a day, status, amount,
   * duration, pack-years, years since quit), the first cells of a cigarette row and of another
   * smoked product's row, the stop cells that mean the smoking goes on, and the blank cells.
   * Each is matched against a whole cell.
   */
  pipe_table: z
    .strictObject({
      product: regexSource,
      other_product: regexSource,
      start: regexSource,
      stop: regexSource,
      per_day: regexSource,
      packs_per_day: regexSource,
      status: regexSource,
      amount: regexSource,
      duration: regexSource,
      pack_years: regexSource,
      since_quit: regexSource,
      present: regexSource,
      blank: regexSource,
      stopped_status: regexSource,
    })
    .optional(),
  /**
   * The detail rows an EHR prints under each product of a substance block ("Quit date: 2018",
   * "Types: Chew", "Start date: 1990"), matched at a line's start (mentions.ts): the nearest
   * product row above them owns them (decision 11).
   */
  detail_row: regexSource.optional(),
  /**
   * Words that mark a row's daily amounts as the habit as it was ("喫煙：20本/日×30年（既往）", "…（やめた）"):
   * with no status word, a former smoker with those numbers (resolve.ts). Each is matched as a whole
   * ConText historical trigger; a word as often a source as a time (元, "history of") stays out.
   */
  past_marks: z.array(z.string().min(1)).optional(),
  /**
   * A label row left blank, matched against a whole line ("Pack-years:"): a run of two or more such
   * lines one under the other is an unfilled form, and its labels say nothing (decisions 34/51).
   */
  blank_label: regexSource.optional(),
  /**
   * A present-tense smoking verb of the patient's (resolve.ts): `verb` is one on its own ("smokes");
   * `bare` ("smoking", "smoke") is one after `before` ("is still smoking", "she's smoking"), and
   * `base` ("smoke") also after `base_before` ("they smoke"). `verb`, `bare` and `base` are matched
   * against the concept's whole text, `before` and `base_before` at the end of the 24 characters
   * before it.
   */
  present_tense: z
    .strictObject({
      verb: regexSource,
      bare: regexSource,
      before: regexSource,
      base: regexSource,
      base_before: regexSource,
    })
    .optional(),
});
export type SmokingRuleFile = z.infer<typeof smokingRuleFileSchema>;

/** `vocab/genetics/legacy-names.yaml`: reviewed legacy variant names with their HGVS form. */
export const legacyNamesFileSchema = z.strictObject({
  names: z.array(
    z
      .strictObject({
        gene: z.string().regex(/^[A-Z0-9-]+$/, 'an HGNC symbol'),
        legacy: z.array(z.string().min(2)).min(1),
        hgvs_c: z.string().regex(/^c\./, 'a coding DNA description (c.)').optional(),
        /**
         * A protein-level legacy name (mature-protein numbering: TTR "V30M" is p.Val50Met) maps to
         * its protein change; a row gives `hgvs_c`, `hgvs_p` or both.
         */
        hgvs_p: z
          .string()
          .regex(/^p\.[A-Z][a-z]{2}\d+/, 'a three-letter protein description (p.)')
          .optional(),
        transcript: z.string().min(1),
        source: z.string().min(1),
        verified: z.boolean(),
      })
      .refine((row) => row.hgvs_c !== undefined || row.hgvs_p !== undefined, 'hgvs_c or hgvs_p'),
  ),
  /**
   * Variants named by an eponym that also names the gene ("Factor V Leiden", "FVL", "prothrombin
   * G20210A"): each pattern has the groups `gene` (the span read as the gene) and `variant`.
   */
  eponyms: z
    .array(
      z.strictObject({
        gene: z.string().regex(/^[A-Z0-9-]+$/, 'an HGNC symbol'),
        hgvs_c: z.string().regex(/^c\./, 'a coding DNA description (c.)'),
        transcript: z.string().min(1),
        source: z.string().min(1),
        verified: z.boolean(),
        /** An inherited allele (thrombophilia): its result is germline wherever it is written. */
        germline: z.boolean(),
        /** Literals (any case) one of which every match holds: the cheap test before a scan. */
        literals: z.array(z.string().min(2)).min(1),
        patterns: z
          .array(
            z
              .string()
              .refine(
                (p) => p.includes('(?<gene>') && p.includes('(?<variant>'),
                'a pattern with the groups (?<gene>…) and (?<variant>…)',
              ),
          )
          .min(1),
      }),
    )
    .optional(),
});
export type LegacyNamesFile = z.infer<typeof legacyNamesFileSchema>;

/** `vocab/genetics/amino-acids.yaml`: amino acids named in words (Japanese), to three letters. */
export const aminoAcidNamesFileSchema = z.strictObject({
  version: z.literal(1),
  // (The HGVS parser's own table of codes: one list of amino acids in the project.)
  names: z.record(
    z.string().min(1),
    z
      .string()
      .refine(
        (code) => AMINO_ACID_CODES.has(code),
        'a three-letter amino-acid code (Ala … Val, or Ter)',
      ),
  ),
});
export type AminoAcidNamesFile = z.infer<typeof aminoAcidNamesFileSchema>;

/** `vocab/genetics/genes.yaml`: the reviewed clinical supplement to the HGNC lexicon. */
export const geneSupplementFileSchema = z.strictObject({
  aliases: z.array(
    z.strictObject({
      gene: z.string().regex(/^[A-Z0-9-]+$/, 'an HGNC symbol'),
      forms: z.array(z.string().min(2)).min(1),
    }),
  ),
  families: z.array(
    z.strictObject({
      pattern: z.string().min(1),
      genes: z.array(z.string().regex(/^[A-Z0-9-]+$/)).min(2),
    }),
  ),
  context_only: z.array(z.string().min(2)),
  never: z.array(z.string().min(2)),
  /** Hyphenated tokens none of whose parts is read as a gene ("AR-V7", an isoform, not AR). */
  never_tokens: z.array(z.string().regex(/-/, 'a hyphenated token')).optional(),
  specimen_label_words: z.array(z.string().regex(/^[A-Za-z]+$/, 'a plain word')).min(1),
  /**
   * Words that introduce a treatment cycle label ("post C3", "after C2", "pre-C4"; regular
   * expressions): the label, C and a number (C2-C9 are complement genes), names the cycle.
   */
  cycle_label_words: z.array(z.string().min(2)).optional(),
  /**
   * Right after a gene, a copy count (a regular expression read from the gene's end): the gene is
   * an assay's control, the denominator of a transcript ratio ("(ABL1 44,000)", "ABL1 control
   * 96,400 copies"), no finding.
   */
  control_count_after: z.string().min(1).optional(),
  /**
   * Gene symbols that are also a disease's or a clinical term's abbreviation (FH: familial
   * hypercholesterolaemia): in a note naming the term in full (`names`, regular expressions), or
   * with one of the term's words right after the form (`after`, a regular expression read from
   * its end: "APC resistance"), the bare form is the term, unless written as the gene ("FH遺伝子",
   * "FH gene", "FH c.…").
   */
  disease_abbreviations: z
    .array(
      z
        .strictObject({
          form: z.string().min(2),
          names: z.array(z.string().min(2)).min(1).optional(),
          after: z.string().min(1).optional(),
        })
        .refine((d) => d.names !== undefined || d.after !== undefined, {
          message: 'names or after',
        }),
    )
    .optional(),
});
export type GeneSupplementFile = z.infer<typeof geneSupplementFileSchema>;

export const GENETIC_KINDS = [
  'snv',
  'deletion',
  'insertion',
  'duplication',
  'delins',
  'frameshift',
  'exon_deletion',
  'exon_insertion',
  'exon_skipping',
  'fusion',
  'amplification',
  'copy_loss',
  'wild_type',
  'other',
] as const;

export const SIGNIFICANCES = [
  'pathogenic',
  'likely_pathogenic',
  'uncertain',
  'likely_benign',
  'benign',
] as const;

const patternList = z.array(z.string().min(1));

/** `vocab/genetics/{en,ja}.yaml`: the words and patterns of genetic findings in one language. */
export const geneticsRuleFileSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(['en', 'ja']),
  genetic_words: patternList,
  positive: patternList,
  positive_before: patternList,
  negative_after: patternList,
  negative_before: patternList,
  not_tested: patternList,
  hypothetical: patternList,
  /**
   * Right after a change, making it a class of patients ("V600E変異例に比べて", "KITエクソン9変異例
   * では"): a general statement, no result.
   */
  population_after: patternList.optional(),
  /**
   * Right before a change, making it a class of patients ("in patients with", "tumours
   * harbouring"): a general statement, no result.
   */
  population_before: patternList.optional(),
  /**
   * The only words that may open a clause before a change that `population_after` then makes a
   * class ("For", "In general,"). When given, `population_after` is read to the sentence's end.
   */
  population_lead: patternList.optional(),
  /**
   * Right after a change, whatever opens its clause: what is said of a share of patients, a
   * general statement and no result ("T790M arose in about half of patients", "C797S is the
   * commonest mechanism").
   */
  population_general: patternList.optional(),
  /**
   * A positive taken back by a later test or a review ("previously reported positive but repeat
   * testing was negative", "was a false positive"): the item is absent.
   */
  overturned: patternList.optional(),
  /** A result withdrawn in a corrected report: no finding, whatever result it had. */
  withdrawn: patternList.optional(),
  /** Labels opening a corrected report's superseded line ("訂正前：", "（誤）"). */
  withdrawn_labels: patternList.optional(),
  /** After a value: the earlier value was written in error for it ("…の誤りです"); it stands. */
  corrected_value_after: patternList.optional(),
  /**
   * A positive judged false ("偽陽性と判断した"): it takes back the positive results of the gene
   * written before it (like `withdrawn`), never its negatives (the repeat tests that showed it).
   */
  withdrawn_positive: patternList.optional(),
  /** A signal seen below the laboratory's reporting threshold, not called: no finding. */
  below_reporting: patternList.optional(),
  /**
   * A clinician's hypothesis right before a change, read before it only ("suspected EGFR-mutant",
   * "presumed ALK-positive", "we expected an EGFR mutation"): no result. (After a found change
   * such words are commentary: "TP53-mutant (expected in HGSC)", "presumed acquired resistance".)
   */
  hypothesis_before: patternList.optional(),
  /**
   * A word right before a gene that makes its test a DNA test, not a stain ("germline MLH1
   * testing negative", "constitutional MSH2 testing: no variant"). Narrower than `genetic_words`:
   * "mismatch repair genes MLH1, MSH2: intact" is still a stain.
   */
  dna_test_before_gene: patternList.optional(),
  /**
   * A later class given to a named variant ("has RECLASSIFIED the MSH6 variant as LIKELY BENIGN",
   * 再分類): it replaces the class the report first gave.
   */
  reclassified: patternList.optional(),
  same_variant: patternList,
  drug_before: patternList,
  drug_after: patternList,
  /**
   * A technique or procedure word glued right after a symbol ("DST法", the double-stapling
   * technique): the letters name the method, not a gene.
   */
  technique_after: patternList.optional(),
  /**
   * A urine drug screen's words (ambiguous-term rule: MET is methamphetamine there, THC no alias of
   * WAS): `tokens` are the drug classes' abbreviations, matched in their own case ("MET", "COC",
   * "EtOH"); `words` the drugs' names and `names` the screen's names, matched in any case
   * ("cocaine"; "UDS", "tox screen"). An ambiguous symbol among two or more of them, or under such
   * a screen's name with no unambiguous gene near, is no gene.
   */
  drug_screen: z
    .strictObject({ tokens: patternList, words: patternList, names: patternList })
    .optional(),
  expression_before: patternList,
  expression_after: patternList,
  change_course_after: patternList.optional(),
  /**
   * Right after a change or gene, a contrast that names the result in another gene or variant
   * ("BRCA1ではなくBRCA2に病的バリアント"): the contrasted one is no result of its own.
   */
  contrast_after: patternList.optional(),
  /**
   * Right before a named change, after another change of its gene: a contrast that sets it aside
   * ("KRAS G12D (not G12C)", "G719A, not L858R"): the contrasted one is no result of its own.
   */
  contrast_before: patternList.optional(),
  /**
   * Right after a named change, after another change of its gene: a denial that it is that one
   * (「KRAS G12D（G12Cではない）」): the denied one is no result of its own (as `contrast_before`).
   */
  contrast_denied_after: patternList.optional(),
  /**
   * The method a result is attributed to ("positive by IHC", "IHC: positive", "FISH showed no
   * rearrangement"): `protein_methods` test the protein (IHC, a stain's clone), `dna_methods` the
   * DNA or RNA (FISH, PCR, NGS); `method_links` join a result to its method after it ("by",
   * "on") or a method to its result after it ("showed", "で"). A result attributed to a protein
   * method is no DNA finding: a DNA-level result of the same gene in its clause is the finding.
   * Without `method_links` (Japanese), a method is read only right before its result ("IHC陽性",
   * "FISHで陰性"), item by item (generic.ts `methodResult`); with them, before or after it,
   * sentence by sentence (result-methods.ts). See rules.ts `CompiledMethods`.
   */
  protein_methods: patternList.optional(),
  dna_methods: patternList.optional(),
  method_links: patternList.optional(),
  /**
   * Words after a gene on a heading line over method lines ("ALK testing:" over "IHC: positive",
   * "FISH: negative"): each method line below it is that gene's result by that method.
   */
  method_block_heads: patternList.optional(),
  events: z.array(
    z.strictObject({
      id: z.string().min(1),
      kind: z.enum(GENETIC_KINDS),
      /** Words allowed between the gene and the event (default: 4). */
      reach: z.number().int().nonnegative().optional(),
      /**
       * `copy_loss`: bare loss words ("CDKN2A loss", "RB1 deleted") that are a copy loss only in
       * a genomic result context with nothing against it (`copy_loss_gate`).
       */
      gate: z.enum(['copy_loss']).optional(),
      patterns: patternList.min(1),
    }),
  ),
  /**
   * When a bare loss word next to a gene is a homozygous (deep) copy loss, not a stain's loss or a
   * single-copy loss (decisions 51, 62): `context` on the gene's line or the block above it (a
   * genomic result: NGS, a profiling report, an alterations list, a tier, CN 0), `against` in
   * the gene's own list item (IHC, "1 copy", LOH, a chromosome arm); `after` / `before` are
   * the loss words right after / before the gene, which otherwise name a stain's result.
   */
  copy_loss_gate: z
    .strictObject({
      context: patternList.min(1),
      against: patternList.min(1),
      /** On the loss word's whole line: a stain panel (MMR, "immunostain"), a germline result. */
      against_line: patternList.min(1),
      /**
       * In the loss word's own clause, read across wrapped lines (a genomic result where the line
       * and its headings name none): the DNA method of the loss ("by FISH", "on MLPA", "(NGS)")
       * or the tumour as its subject ("her tumour showed", "tumour with"). Taken only when no
       * `against_line` word is in the clause (a stain's "on IHC" wrapped to the next line); the
       * method itself is not held against the loss ("on MLPA").
       */
      clause: patternList.optional(),
      after: patternList.min(1),
      before: patternList.min(1),
    })
    .optional(),
  significance: z.array(z.strictObject({ value: z.enum(SIGNIFICANCES), patterns: patternList })),
  origin: z.strictObject({
    germline: patternList,
    /**
     * Blood samples of a germline test ("末梢血（EDTA）", "血液検体"): germline words too, except for
     * a gene read only in a blood cancer's own blood (drivers.yaml `clonal_blood_genes`).
     */
    blood_samples: patternList.optional(),
    somatic: patternList,
    /**
     * Samples that are a germline test's only where the note speaks of no cancer (a bare
     * "末梢血", "peripheral blood": in haematology the tumour's own sample).
     */
    constitutional_samples: patternList.optional(),
    /**
     * Blood samples or tests named for a finding ("（血液検査）", "（末梢血）", "採血による"): a germline
     * test's for a gene of inherited cancer risk (drivers.yaml `cancer_genes`) that is not read in a
     * blood cancer's own sample (drivers.yaml `blood_tumour_genes`).
     */
    inherited_samples: patternList.optional(),
    /**
     * Carrier words for such a gene's finding ("BRCA1病的バリアントを保有する", "MSH2変異保有"): its germline
     * result, as `inherited_samples` (same genes; somatic words in the clause void it).
     */
    inherited_carrier_words: patternList.optional(),
    /**
     * Sample labels naming peripheral blood or saliva ("検体：末梢血"): the germline test's sample
     * of the results below them, for the same genes as `inherited_samples`.
     */
    inherited_sample_labels: patternList.optional(),
    /** Words naming a cancer or a tumour test: a note holding none is a constitutional one. */
    cancer_context: patternList.optional(),
  }),
});
export type GeneticsRuleFile = z.infer<typeof geneticsRuleFileSchema>;

const symbol = z.string().regex(/^[A-Z0-9-]+$/, 'an HGNC symbol');

/** `vocab/genetics/drivers.yaml`: well-known drivers, fusion genes, hotspots, expression genes. */
export const driversFileSchema = z.strictObject({
  drivers: z.array(
    z.strictObject({
      gene: symbol,
      hgvs_p: z.array(z.string().regex(/^p\./)).optional(),
      hgvs_c: z.array(z.string().regex(/^c\./)).optional(),
      protein_prefix: z.array(z.string().regex(/^p\./)).optional(),
      kinds: z.array(z.enum(GENETIC_KINDS)).optional(),
      exons: z.array(z.number().int().positive()).optional(),
    }),
  ),
  fusion_genes: z.array(symbol),
  hotspots: z.record(z.string().regex(/^p\./), symbol),
  /** Exon-level classes written without their gene ("エクソン19欠失陰性"): the gene they mean. */
  exon_hotspots: z
    .array(
      z.strictObject({
        kind: z.enum(GENETIC_KINDS),
        exon: z.number().int().positive(),
        gene: symbol,
      }),
    )
    .optional(),
  /** Class words that always mean one gene, written without it ("the ITD assay was negative"). */
  class_hotspots: z.array(z.strictObject({ pattern: z.string().min(2), gene: symbol })).optional(),
  expression_genes: z.array(symbol),
  expression_forms: z.array(z.string().min(2)),
  fusion_positive_genes: z.array(symbol),
  slash_fusion_pairs: z.array(z.tuple([symbol, symbol])).optional(),
  /**
   * Cancer genes besides the drivers (predisposition and tumour-suppressor genes): a note naming
   * one is read as a cancer note, whose unsourced results keep the clinical note's default.
   */
  cancer_genes: z.array(symbol).optional(),
  /**
   * Pharmacogenes: a genotype of one (UGT1A1 *28, NUDT15 R139C, DPYD c.1905+1G>A) is a germline
   * test result whatever tumour results stand beside it.
   */
  pharmacogenes: z.array(symbol).optional(),
  /**
   * Cancer genes also tested in a blood cancer's own sample (myeloid panels, clonal
   * haematopoiesis): a blood sample named for one says nothing of a germline test.
   */
  blood_tumour_genes: z.array(symbol).optional(),
  /**
   * Genes read only in a blood cancer's or clonal haematopoiesis's own cells (JAK2, CALR, FLT3):
   * peripheral blood is their tumour sample, so a blood sample word says nothing of a germline
   * test of them (genetics `origin.blood_samples`).
   */
  clonal_blood_genes: z.array(symbol).optional(),
});
export type DriversFile = z.infer<typeof driversFileSchema>;

/** `vocab/genetics/layout.yaml`: the words of report layout (both languages). */
export const layoutFileSchema = z.strictObject({
  version: z.literal(1),
  contrast_words: patternList.min(1),
  /**
   * A joint that parts a line's entries only on a lone line (no neighbouring line carries it):
   * "NGS: KRAS G12V | SMAD4 - deleted" is a list of entries, not a table's row.
   */
  lone_line_joints: patternList.optional(),
  description_labels: patternList.min(1),
  /**
   * Words anywhere on a line that make it a statement of what the assay covers ("注）G12C、G12D…を
   * 測定", "＊エクソン19欠失・L858Rのみ測定"): a description line like a labelled one.
   */
  coverage_lines: patternList.optional(),
  /**
   * What an assay can find, said before the changes it names ("The cobas EGFR v2 assay detects
   * exon 19 deletions, L858R, …", "This assay does not detect T790M below 5%", "The panel does
   * not cover ALK, ROS1 or RET fusions"): no result, whatever result words the phrase holds.
   */
  assay_scope_before: patternList.optional(),
  /** The same said right after the change: "MET exon 14 skipping is detected only by the RNA panel". */
  assay_scope_after: patternList.optional(),
  relatives: patternList.min(1),
  relative_sides: patternList.min(1),
  owner_after: patternList.min(1),
  relative_chart: patternList.min(1),
  chart_relatives: patternList.min(1),
  same_as_after: patternList.min(1),
  hearsay_after: patternList.min(1),
  gene_list_joiners: patternList.min(1),
  ja_same_result_after: patternList.min(1),
  ja_later_result_after: patternList.optional(),
  /** Right before a Japanese item: an earlier test's result told of it ("前回陽性であった"). */
  ja_earlier_result_before: patternList.optional(),
  /**
   * English: an earlier test's result told of an item, right before it ("Previously detected KRAS
   * G12D was not found") or in a bracket after its own result ("not detected (was 2.3% in 01/2025)").
   */
  earlier_result_before: patternList.optional(),
  earlier_result_after: patternList.optional(),
  ja_patient_turn: patternList.optional(),
  /** Groups of Japanese test samples (`germline`, `plasma`, `tissue`) and the particles making one a topic. */
  ja_test_samples: z.record(z.string().min(1), patternList.min(1)).optional(),
  ja_sample_topic_particles: patternList.optional(),
  ja_sample_negative_subjects: patternList.optional(),
  /** A catch-all of the changes not named ("その他", "他に"), after a comma before a negative. */
  ja_catch_all_others: patternList.optional(),
  /** The same exception glued to the named change ("KRAS G12D以外に", "…を除き"). */
  ja_except_after: patternList.optional(),
  /** The named change's own class word, between it and that catch-all ("EML4-ALK融合遺伝子、その他"). */
  ja_catch_all_entry_words: patternList.optional(),
  /** English result words a Japanese note's gene row may hold and stay Japanese ("CDKN2A loss"). */
  ja_kept_english_row_words: patternList.optional(),
  en_catch_all_others: patternList.optional(),
  /** Words closing an English entry as found before a comma ("EGFR L858R adenocarcinoma, …"). */
  en_closed_entry_words: patternList.optional(),
  /** Sample or origin words opening an English comma entry ("…, germline TP53 negative"), by group. */
  en_comma_entry_samples: z
    .object({
      germline: patternList.min(1),
      other: patternList.optional(),
      germline_calls: patternList.min(1),
    })
    .strict()
    .optional(),
  ja_class_for_all: patternList.min(1),
  /** A result between a Japanese class word and the bracketed genes it was said of ("融合遺伝子陰性（ALK）"). */
  ja_class_result_before_list: patternList.optional(),
  germline_note_types: patternList.min(1),
  somatic_note_types: patternList.min(1),
  stain_markers: patternList.min(1),
  signature_markers: patternList.optional(),
  /** The bare results a signature marker takes ("HRD陰性", "MSI: negative"). */
  signature_results: patternList.optional(),
  stain_line_labels: patternList.min(1),
  stain_headers: patternList.min(1),
  table_header_words: patternList.min(1),
  significance_columns: patternList.min(1),
  /**
   * Columns of an aligned or piped table that hold a classification and never the row's result
   * ("エビデンスレベル", "Tier"): a dash there is the class left blank, not a negative call.
   */
  class_only_columns: patternList.optional(),
  class_only_none_cells: patternList.optional(),
  significance_keys: patternList.min(1),
  other_name_before: patternList.min(1),
  other_name_columns: patternList.min(1),
  test_nouns: patternList.min(1),
  subject_result_copulas: patternList.min(1),
  event_gene_links: patternList.min(1),
  event_bracket_leads: patternList.min(1),
  /** Genes named only as a test's scope, then a result naming its own gene (test-scope.ts). */
  test_scope: z
    .strictObject({
      list_joins: patternList.min(1),
      tests_after: patternList.min(1),
      tests_before: patternList.min(1),
      result_links: patternList.min(1),
      result_links_before: patternList.optional(),
    })
    .optional(),
  list_gap_words: patternList.min(1),
  japanese_gap_words: patternList.min(1),
  earlier_test_labels: patternList.min(1),
  later_test_words: patternList.min(1),
  share_measure_words: patternList.min(1),
  /** A measure field in a variant's row, read past when looking for its class: "AF 47%", "depth 812x". */
  measure_fields: patternList.min(1),
  /** A class cell pointing to a note below the table: "See comment", "see note" (English tables). */
  see_note_cells: patternList.min(1),
  /** The label of a report block's method row ("Method: FISH (break-apart)"); no capturing groups. */
  method_labels: patternList.min(1),
  /**
   * Right after a gene, its MRD or quantified transcript assay ("NPM1 MRD", "NPM1 type A MRD",
   * "NPM1変異定量"): the assay words, and the qualifiers that may come between ("type A", 変異).
   */
  quantity_words: patternList.min(1),
  quantity_qualifiers: patternList.min(1),
  discordant_samples: patternList.optional(),
  discordant_links: patternList.optional(),
  /** A test's time that needs no link before it: "negative 2022, positive 2024" (decision 36). */
  discordant_times: patternList.optional(),
  discordant_positive_calls: patternList.optional(),
  discordant_negative_calls: patternList.optional(),
  discordant_course_words: patternList.optional(),
  tracked_change_words: patternList.min(1),
  /** English: after a negation, a change other than one named before ("no second RET change"). */
  other_change_words: patternList.optional(),
  reason_labels: patternList.min(1),
  /**
   * Japanese: labels of a plan line after a report's results ("推奨：", "EP 推奨：", "方針："); a
   * result restated there takes no source from the lines above it.
   */
  ja_plan_labels: patternList.optional(),
  ja_next_step_turns: patternList.min(1),
  gene_negative_closes: patternList.min(1),
  /** English: a gene's own positive closing its entry before a comma ("ALK+ NSCLC, G1202R"). */
  gene_positive_closes: patternList.optional(),
  /** English: a fusion gene's own positive naming the tumour ("ALK+ NSCLC on lorlatinib"). */
  gene_positive_disease: patternList.optional(),
  /**
   * English: a negative of actionability only, its bracket naming what was found ("No targetable
   * alteration (KRAS G12D)"): the negation does not reach the change in the bracket.
   */
  unactionable_found_brackets: patternList.optional(),
  allele_share_labels: patternList.min(1),
  exon_words: patternList.min(1),
  /**
   * An exon named with its number first ("第19エクソン", "19番エクソン"): groups `number` and `word`;
   * the text is read as the word then the number ("エクソン19"), same length.
   */
  exon_numbers_first: patternList.optional(),
  /**
   * A measured share with its cut-off alone in the bracket after it and no verdict written
   * ("分離シグナル 4%（カットオフ15%未満）", "陽性率 25%（cut off 15%）"): groups `share`, `cutoff` and
   * `call` (the bracket's inside); the two numbers are compared and `call` is read as
   * `ja_share_cutoff_calls.below` (share under the cut-off) or `.reached`, padded, same length.
   */
  ja_share_cutoffs: patternList.optional(),
  ja_share_cutoff_calls: z
    .object({ below: z.string().min(1), reached: z.string().min(1) })
    .optional(),
  self_words: patternList.min(1),
  continuing_calls: patternList.optional(),
  /**
   * A result template printing every option with the chosen one marked ("□陽性 ■陰性",
   * "[ ] Positive [x] Negative", "陽性・（陰性）", "→ 2"): only the marked option is read.
   */
  choice_lists: z
    .strictObject({
      options: patternList.min(2),
      marks_on: patternList.min(1),
      marks_off: patternList.min(1),
      separators: patternList.min(1),
      /** Written over a list with no mark: the first Latin word, else the first other one. */
      unmarked: patternList.min(1),
      /** After the list: the chosen option (group `option`) or its number (group `number`). */
      chosen_after: patternList.min(1),
    })
    .optional(),
  allele_references: patternList.min(1),
  dna_test_labels: patternList.min(1),
  /** A germline test's heading over rows of one gene and its call; the words that make a row a stain's. */
  germline_report_rows: z
    .strictObject({
      headings: patternList.min(1),
      stain_words: patternList.min(1),
      plans: patternList.min(1),
    })
    .optional(),
  test_label_heads: patternList.min(1),
  aside_reasons: patternList.min(1),
  clinical_paragraph_labels: patternList.min(1),
  result_table_item_cells: patternList.min(1),
  result_table_call_cells: patternList.min(1),
  result_table_class_qualifiers: patternList.min(1),
  commentary_labels: patternList.min(1),
  ja_commentary_labels: patternList.min(1),
  conclusion_openers: patternList.min(1),
  source_suspicions: patternList.min(1),
  relative_tumour_leads: patternList.optional(),
  relative_tumour_nouns: patternList.optional(),
  relative_tumour_joins: patternList.optional(),
  test_block_heads: patternList.min(1),
  test_block_result_labels: patternList.min(1),
  /** Keys of an unnumbered test line ("Test: ALK FISH", "Test name: …"). */
  test_block_key_heads: patternList.optional(),
  /** Japanese key-value test blocks: the test line's keys ("検査項目：ROS1融合遺伝子", "【検査】…")… */
  ja_test_block_key_heads: patternList.optional(),
  /** …the keys of the block's other rows before the call ("検体：腫瘍組織", "方法：PCR"). */
  ja_test_block_row_keys: patternList.optional(),
  /** The test words of a sentence whose call is the next sentence ("…検査を提出した。結果は陰性。"). */
  ja_sentence_call_tests: patternList.optional(),
  ja_withheld_calls: patternList.optional(),
  /**
   * A relative as the speaker, then the word that in the speaker's mouth names the patient
   * ("妻より：夫は…", "長女より「父は…」"): neither word makes the result a relative's.
   */
  ja_speaker_patient_words: patternList.optional(),
  /**
   * A bare germline BRCA label with a positive call ("gBRCA+", "gBRCA陽性", "gBRCAm"): the note's
   * BRCA1 / BRCA2 variants found are that germline test's.
   */
  germline_brca_labels: patternList.optional(),
  ja_retest_call_leads: patternList.optional(),
  subject_gap_stops: patternList.min(1),
  test_noun_modifiers: patternList.min(1),
  fusion_verbs: patternList.min(1),
  same_test_nouns: patternList.min(1),
  /** Gene-family names that own a class word right after them ("no FGFR fusion"). */
  family_names: patternList.optional(),
  /** A report's own words that a change has no class ("the report gives it no tier"). */
  no_class_stated: patternList.optional(),
  reference_relatives: patternList.min(1),
  co_subject_relatives: patternList.min(1),
  co_subject_qualifiers: patternList.min(1),
  family_reason_turns: patternList.min(1),
  family_reason_suspicions: patternList.min(1),
  dash_result_words: patternList.min(1),
  dash_negated_changes: patternList.min(1),
  cut_phrase_endings: patternList.min(1),
  partner_nouns: patternList.min(1),
  partner_qualifiers: patternList.min(1),
  class_told_verbs: patternList.min(1),
  class_reporters: patternList.min(1),
  class_report_verbs: patternList.min(1),
  class_call_verbs: patternList.min(1),
  class_call_nouns: patternList.min(1),
  class_passive_verbs: patternList.min(1),
  /** Subjects naming the changes just listed together ("Both", "The two variants"). */
  class_together_subjects: patternList.optional(),
  variant_kind_words: patternList.min(1),
  variant_nouns: patternList.min(1),
  ja_blood_samples: patternList.min(1),
  ja_blood_sample_kinds: patternList.min(1),
  ja_blood_check_negatives: patternList.min(1),
  ja_blood_check_positives: patternList.min(1),
  /** The key of a report's bare result line ("結果：検出されず" under the variant it checks). */
  ja_result_line_keys: patternList.min(1),
  /** A Japanese label line's class words, its result on the line under it ("ALK融合遺伝子" over "陰性"). */
  ja_label_line_classes: patternList.optional(),
  /** The results that may open the line under such a label ("陰性", "（－）", "結果：陰性"). */
  ja_label_line_results: patternList.optional(),
  /**
   * Particles a Japanese line cut mid-phrase ends with ("L858R、T790Mは"): with the next line
   * indented, it goes on there ("　いずれも陰性。"), a row continued on the next line.
   */
  ja_cut_line_particles: patternList.optional(),
  /** The test words such a label may end with ("検査"): a marked label with no result is empty. */
  ja_label_line_tests: patternList.optional(),
  ja_class_keys: patternList.min(1),
  ja_class_nouns: patternList.min(1),
  ja_class_judgements: patternList.min(1),
  ja_class_copulas: patternList.min(1),
  ja_counted_gene_tails: patternList.min(1),
  gene_syndrome_links: patternList.min(1),
  gene_syndrome_names: patternList.min(1),
  ja_gene_syndromes: patternList.min(1),
  en_gene_syndromes: patternList.optional(),
  en_syndrome_gene_links: patternList.optional(),
  en_carrier_words: patternList.optional(),
  en_gene_syndrome_joins: patternList.optional(),
  en_syndrome_gene_types: patternList.optional(),
  en_gene_tumour_joins: patternList.optional(),
  en_gene_tumour_refused_leads: patternList.optional(),
  /**
   * A gene symbol that is also an abbreviation (EGFR, eGFR's letters) with its own negative
   * glued after it ("EGFR陰性", "EGFR（－）", "EGFR negative"): a driver's result, no lab value.
   */
  word_gene_own_negative: patternList.optional(),
  /**
   * The same negative written before it, anchored at the end of the words before the gene
   * ("Plasma negative for EGFR"): a kidney value is never "negative for".
   */
  word_gene_own_negative_before: patternList.optional(),
  /**
   * Its own positive glued after it ("EGFR陽性", "EGFR(+)"): the driver's result only with a word
   * of `word_gene_own_positive_context` (a lung cancer, an EGFR-TKI) on its line (ja decision 1).
   */
  word_gene_own_positive: patternList.optional(),
  word_gene_own_positive_context: patternList.optional(),
  /** A Japanese statement settling a finding's origin (ja decision 12), and what voids it after. */
  ja_origin_settled: patternList.min(1),
  ja_origin_settled_not: patternList.min(1),
  /** A Japanese confirmation test that found the tumour's finding (germline). */
  ja_germline_confirmations: patternList.min(1),
  /** English: a germline confirmation that found the tumour's finding ("confirmed germline"). */
  germline_confirmations: patternList.optional(),
  /**
   * A Japanese germline confirmation test or sample as the topic of a bare negative after a tumour
   * finding ("生殖細胞系列確認検査：陰性"): it did not find it (ja decision 12).
   */
  ja_germline_confirmation_negatives: patternList.optional(),
  /**
   * A Japanese source word attached to one finding, read right after it ("（生殖細胞系列）",
   * "は体細胞バリアント"): that finding's own origin, not its clause's.
   */
  ja_origin_attached: patternList.optional(),
  /**
   * In a Japanese clause, the words closing the reason of a test that was done ("…疑いにて遺伝学的
   * 検査施行、", "…を行い、", "検査の結果、"): a doubt or purpose before them is no doubt of the result after.
   */
  ja_test_reason_ends: patternList.optional(),
  /**
   * The contrast closing a Japanese hypothesis before the test's result ("…が疑われたが、", "…の可能性を
   * 考えたが、", "しかし、"): it ends a test's reason too, and the hedge before it is no doubt of a result
   * told after it, though that result is the item's before the hedge ("EGFR変異陽性の可能性を考えたが、
   * 結果は陰性").
   */
  ja_hypothesis_closes: patternList.optional(),
  /**
   * Anchored right after a Japanese positive: the disease or carrier it qualifies, closed by the
   * phrase's link ("…陽性肺腺癌に対し", "…陽性乳癌の", "…保持者の"); a plan or purpose after it
   * ("…導入目的で入院") is about the treatment, no doubt of the result.
   */
  ja_positive_phrase_closes: patternList.optional(),
  /**
   * After a Japanese finding, a doubt of its origin ("生殖細胞系列由来の可能性", "遺伝性を考慮し"): the
   * doubt and the plan after it are no doubt of the result.
   */
  ja_origin_hedges: patternList.optional(),
  /**
   * The English counterparts of the three above: a source word attached to one finding right
   * after it ("(germline)", "is somatic"); the words closing the reason of a test that was done
   * ("… showed", "…: <result>"); a doubt of a finding's origin ("possible germline origin").
   */
  origin_attached: patternList.optional(),
  test_reason_ends: patternList.optional(),
  origin_hedges: patternList.optional(),
  /** Before a Japanese finding on its line: a source label ("体細胞：", "【生殖細胞系列】"), the last one its. */
  ja_origin_labels: patternList.optional(),
  /** Before an English finding in its sentence: a source label or prefix ("germline:", "somatic KRAS"). */
  origin_labels: patternList.optional(),
  ja_reference_test_lead: patternList.min(1),
  ja_current_words: patternList.min(1),
  ja_current_not_test: patternList.min(1),
  assay_nouns: patternList.min(1),
  tier_guidelines: patternList.min(1),
  sought_test_nouns: patternList.min(1),
  seeking_verbs: patternList.min(1),
  tested_then_class_adverbs: patternList.min(1),
  tested_then_class_verbs: patternList.min(1),
  ish_measurement_words: patternList.min(1),
  ja_ish_measures: patternList.min(1),
  ja_ish_call_leads: patternList.min(1),
  ja_ish_method_leads: patternList.min(1),
  second_hit_words: patternList.min(1),
  ja_fusion_between_particles: patternList.min(1),
  ja_group_words: patternList.min(1),
  ja_example_endings: patternList.min(1),
  tested_after_gene_adverbs: patternList.min(1),
  tested_after_gene_verbs: patternList.min(1),
  result_pronouns: patternList.min(1),
  result_copulas: patternList.min(1),
  result_adverbs: patternList.min(1),
  bare_negations: patternList.min(1),
  ja_found_verbs: patternList.min(1),
  class_heading_words: patternList.min(1),
  ja_fusion_words: patternList.min(1),
  ja_fusion_join_verbs: patternList.min(1),
  slash_fusion_words: patternList.min(1),
  case_group_after: patternList.min(1),
  ja_fusion_variant_labels: patternList.min(1),
  including_negations: patternList.min(1),
  including_words: patternList.min(1),
  checked_aside_adverbs: patternList.min(1),
  checked_aside_verbs: patternList.min(1),
  confirmed_as_verbs: patternList.min(1),
  confirmed_as_nouns: patternList.min(1),
  pronoun_female_relatives: patternList.min(1),
  pronoun_male_relatives: patternList.min(1),
  /**
   * A sentence opening that tells what the test of the sentence before found ("It showed", "That
   * test found"): after a relative's test ("your mother had genetic testing in 2022"), the
   * result is the relative's.
   */
  test_told_openers: patternList.optional(),
  coordinated_relative_qualifiers: patternList.min(1),
  coordinated_relatives: patternList.min(1),
  coordinated_first_verbs: patternList.min(1),
  coordinated_result_adverbs: patternList.min(1),
  coordinated_result_verbs: patternList.min(1),
  /**
   * A short lead-in before the relative opening the sentence ("As we discussed, your older
   * brother Paul was diagnosed … and …").
   */
  coordinated_lead_ins: patternList.optional(),
  /** Case-sensitive: written in lower case. */
  named_relative_qualifiers: patternList.min(1),
  named_relatives: patternList.min(1),
  named_relatives_informal: patternList.min(1),
  antecedent_relative_qualifiers: patternList.min(1),
  antecedent_relatives: patternList.min(1),
  same_as_relative_openers: patternList.min(1),
  named_relative_test_nouns: patternList.min(1),
  named_relative_test_verbs: patternList.min(1),
  inherited_from_verbs: patternList.min(1),
  inherited_from_parents: patternList.min(1),
  pronoun_carrier_verbs: patternList.min(1),
  pronoun_carrier_negated_verbs: patternList.min(1),
  found_in_verbs: patternList.min(1),
  found_in_adverbs_before: patternList.min(1),
  found_in_adverbs_after: patternList.min(1),
  found_in_relative_qualifiers: patternList.min(1),
  found_in_relatives: patternList.min(1),
  reason_before_relative_words: patternList.min(1),
  past_aside_openers: patternList.min(1),
  past_aside_auxiliaries: patternList.min(1),
  past_aside_verbs: patternList.min(1),
  back_reference_quantifiers: patternList.min(1),
  gene_count_quantifiers: patternList.min(1),
  gene_count_numbers: patternList.min(1),
  back_reference_verbs: patternList.min(1),
});
export type LayoutFile = z.infer<typeof layoutFileSchema>;

/** A standard code an emrx finding maps to; `verified: false` keeps it out of lookups. */
const omopCode = z.strictObject({
  vocabulary: z.string().min(1),
  code: z.string().min(1),
  verified: z.boolean().default(true),
});
/** A concept with no usable code, named by id (must be a verified reference row). */
const omopFixedConcept = z.strictObject({ concept_id: z.number().int().positive() });
const omopAmount = z.strictObject({
  code: omopCode.optional(),
  source_value: z.string().min(1).max(50),
  unit_source_value: z.string().min(1).max(50).optional(),
});

export const omopConceptMapFileSchema = z.strictObject({
  version: z.literal(1),
  nlp_type: omopFixedConcept,
  smoking: z.strictObject({
    status: z.strictObject({
      question: omopCode,
      answers: z.strictObject({ current: omopCode, former: omopCode, never: omopCode }),
    }),
    amounts: z.strictObject({
      pack_years: omopAmount,
      cigarettes_per_day: omopAmount,
      years_smoked: omopAmount,
      quit_year: omopAmount,
      brinkman_index: omopAmount,
    }),
  }),
  genetics: z.strictObject({
    gene_vocabulary: z.string().min(1),
    values: z.strictObject({ present: omopCode, absent: omopCode }),
  }),
  note: z.strictObject({
    type: omopFixedConcept,
    class: omopFixedConcept,
    encoding: omopFixedConcept,
    language: z.strictObject({ en: omopFixedConcept, ja: omopFixedConcept }),
  }),
});
export type OmopConceptMapFile = z.infer<typeof omopConceptMapFileSchema>;
export type OmopCode = z.infer<typeof omopCode>;

export const EXTRACTOR_MODES = ['rules', 'transformer', 'ensemble'] as const;
export type ExtractorMode = (typeof EXTRACTOR_MODES)[number];

const probability = z.number().min(0).max(1);

/** vocab/ensemble.yaml: which models run and how their answers join the rules'. */
export const ensembleFileSchema = z.strictObject({
  default: z.enum(EXTRACTOR_MODES),
  models: z.strictObject({
    status: z.string().min(1),
    tagger: z.string().min(1),
    precision: z.enum(['int8', 'fp32']),
    batch_size: z.number().int().min(1).max(1024),
  }),
  transformer: z.strictObject({
    status_min_score: probability,
    span_min_score: probability,
  }),
  ensemble: z.strictObject({
    status_when_rules_unknown: probability,
    field_when_rules_empty: probability,
    gene_when_rules_silent: probability,
  }),
});
export type EnsembleFile = z.infer<typeof ensembleFileSchema>;
