import { countBefore } from '../../core/bisect.js';
import { asciiTwin, isAscii } from '../../core/text/literal-gate.js';
import { QUIT_DATE_FIELDS } from '../../vocab/schemas.js';
import type { AmountEvidence, NoteEvidence, StatusCandidate } from './mentions.js';
import type { CompiledPresentTense, SmokingRuleRole } from './rules.js';
import {
  PER_DAY_FIELDS,
  type Product,
  type SmokingAmountField,
  type SmokingFinding,
  type SmokingMention,
  type SmokingStatus,
} from './types.js';

export interface ResolveContext {
  /** `note_date` (YYYY-MM-DD), anchoring "quit 5 years ago"; null when the note has none. */
  readonly noteDate: string | null;
  readonly noteText: string;
  /** The patient's age stated in the note ("58 yo"), for "since age 16". */
  readonly age: number | null;
  /** The language's `disputed_record` and `added_product` words (vocab), or null. */
  readonly disputedRecord?: RegExp | null;
  readonly addedProduct?: RegExp | null;
  /** The language's `denied_value` words (vocab), or null. */
  readonly deniedValue?: RegExp | null;
  /** The language's `undone_value` words (vocab), or null. */
  readonly undoneValue?: RegExp | null;
  /** Rule id → the vocab's `role` of that rule (switches, restarts, open starts). */
  readonly roles?: ReadonlyMap<string, SmokingRuleRole>;
  /** The language's present-tense smoking verbs (vocab `present_tense`), or null. */
  readonly presentTense?: CompiledPresentTense | null;
  /** The language's `past_marks` as ConText trigger names ("historical:既往"), or null. */
  readonly pastMarks?: ReadonlySet<string> | null;
}

// Amounts that say the patient smoked at some time.
const SMOKED_AMOUNTS = new Set<string>([...PER_DAY_FIELDS, 'pack_years', 'brinkman_index']);

const round = (value: number) => Math.round(value * 100) / 100;

// Quit timings counted back from the note date.
const ROUGH_INTERVAL_FIELDS = new Set<string>(['quit_years_ago', 'quit_months_ago']);
/** A template row: a short label, a colon and a value ("Packs/day: 0.50", "Types: Cigarettes"). */
const TEMPLATE_ROW = /^[ \t]*[\p{L}][\p{L}\p{N} /()&.'-]{0,40}:[ \t]*\S[^:]{0,40}$/u;
/** A quit row's label as a quit statement reads it: "Quit date: ", "Quit smoking: ", "Year quit - ". */
/** What follows a word that labels a row's amount: "/day: ", " per day = ". */
const AMOUNT_LABEL = /^[a-z /]{0,12}[:=]/i;
const QUIT_ROW_LABEL = /(?:[:=]|\.{3,}|[ \t][-–])[ \t]*$/;

const EMPTY: Omit<SmokingFinding, 'status'> = {
  packYears: null,
  cigarettesPerDay: null,
  yearsSmoked: null,
  quitYear: null,
  brinkmanIndex: null,
};

/** Why a mention cannot speak for the patient's own smoking, or null when it can. */
function notFirstHand(mention: SmokingMention): string | null {
  if (mention.assertion.experiencer === 'other') return 'ignored: about someone else';
  if (mention.assertion.hypothetical) return 'ignored: hypothetical';
  if (mention.assertion.possible) return 'ignored: uncertain';
  return null;
}

/** A section default (Past Medical History → historical) is not evidence of quitting. */
function historicalByTrigger(mention: SmokingMention): boolean {
  return mention.assertion.triggers.some(
    (t) => t.startsWith('historical:') && !t.startsWith('historical:section:'),
  );
}

/**
 * A quit word that a quit time is read over ("喫煙歴あり（R2.4禁煙）", "喫煙歴：有（2015年禁煙）"): a quit
 * that happened, so a former smoker even beside an ever-smoker statement.
 */
function datedQuit(candidate: StatusCandidate, evidence: NoteEvidence): boolean {
  const { start, end } = candidate.mention;
  return evidence.amounts.some(
    (a) =>
      (a.mention.type === 'quit_year' || a.mention.type === 'quit_years_ago') &&
      !a.mention.assertion.negated &&
      a.mention.start <= start &&
      end <= a.mention.end,
  );
}

/**
 * A quit whose written date (quit_date, yyyymmdd; day 0 when only the month is written) falls after the
 * note date: compared to the month when no day is written, so a quit in the note's own month is no plan.
 */
function quitAfterNote(evidence: NoteEvidence, context: ResolveContext): boolean {
  const note = context.noteDate?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!note) return false;
  const [y, mo, d] = [Number(note[1]), Number(note[2]), Number(note[3])];
  return evidence.amounts.some((a) => {
    const v = a.mention.value;
    if (a.mention.type !== 'quit_date' || typeof v !== 'number') return false;
    if (a.mention.assertion.experiencer === 'other' || a.mention.assertion.negated) return false;
    const day = v % 100;
    const quit = Math.floor(v / 100);
    const now = y * 100 + mo;
    const after = quit > now || (quit === now && day > d);
    if (after) a.mention.decision = 'used: a quit dated after the note, a plan (decision 11)';
    return after;
  });
}

/** What a status candidate says once its assertion is read; null when it says nothing. */
function statusOf(candidate: StatusCandidate): StatusCandidate['status'] | null {
  if (candidate.form === 'concept') {
    if (candidate.mention.assertion.negated) return 'never';
    return historicalByTrigger(candidate.mention) ? 'former' : candidate.defaultStatus;
  }
  // "non-smoker", "has not smoked since" and "Tobacco: never" carry their own negation; "not
  // a current smoker" (negated from outside) does not say which other status holds.
  if (candidate.form === 'statement' && candidate.negatedOutside && candidate.status !== 'never') {
    return null;
  }
  return candidate.status;
}

const isWeak = (candidate: StatusCandidate) => candidate.weak;

interface Judged {
  readonly candidate: StatusCandidate;
  readonly status: Exclude<SmokingStatus, 'unknown'>;
  score: number;
}

/**
 * Many mentions, one answer (spec 3). Status: the strongest first-hand statement, the later one
 * on ties (notes are written in time order). Numbers: from usable amount mentions, preferring the
 * winning statement's sentence; derived fields computed forward only, never backwards.
 */
export function resolveSmoking(evidence: NoteEvidence, context: ResolveContext): SmokingFinding {
  const judged: Judged[] = [];
  let everSmoked = false;
  // A stated index alone ("喫煙指数 600"): smoked, so its numbers stand (decisions 2 and 27), but
  // unlike 喫煙歴あり it silences no smoking word of its sentence.
  let indexStated = false;
  const notNow: StatusCandidate[] = [];
  // "Smoker? No", "Do you smoke? No" (decision 87): never, unless the note tells of smoking.
  const plainNo: StatusCandidate[] = [];
  for (const candidate of evidence.statuses) {
    const reason = notFirstHand(candidate.mention);
    if (reason) {
      candidate.mention.decision = reason;
      continue;
    }
    const status = statusOf(candidate);
    if (status === null) {
      candidate.mention.decision = 'ignored: negated statement';
    } else if (status === 'ever' && hasRole(context.roles, candidate.mention, 'stated-index')) {
      indexStated = true;
      candidate.mention.decision = 'used: a stated index, current or former not stated';
    } else if (status === 'ever') {
      everSmoked = true;
      candidate.mention.decision = 'used: ever smoked, current or former not stated';
    } else if (status === 'not_now') {
      notNow.push(candidate);
      candidate.mention.decision = 'ignored: not smoking now, and never smoked not ruled out';
    } else if (status === 'plain_no') {
      plainNo.push(candidate);
      candidate.mention.decision = 'ignored: a plain no, outranked by smoking told elsewhere';
    } else {
      judged.push({ candidate, status, score: 0 });
    }
  }
  // "Ever smoked? Yes" and "Smoke now? No" together: a former smoker; so is "not now" beside
  // numbers the patient smoked ("現在は喫煙していない。10年前まで1日20本"). An amount that needs a
  // statement beside it has one in a not-now of its own sentence ("Tobacco: 20/day x 15 years,
  // currently non-smoker").
  const notNowSentences = new Set(notNow.map((c) => c.sentence));
  const smokedNumbers = evidence.amounts.some(
    (a) =>
      SMOKED_AMOUNTS.has(a.mention.type) &&
      (a.needsContext === null || notNowSentences.has(a.sentence)) &&
      !notFirstHand(a.mention) &&
      !a.mention.assertion.negated,
  );
  // A product word beside "ever smoker" in its own sentence ("Tobacco: Ever smoker - 15 cig/day
  // x 20 yrs"; "ever smoker, 20 cigarettes a day for 25 years") names what was smoked, not that it
  // is smoked now: with no trigger of its own it adds no status to the ever statement
  // (decision 59). Wording of its own ("still smokes") is a statement and still counts.
  if (everSmoked) {
    const everStatements = evidence.statuses.filter(
      (c) => c.status === 'ever' && !hasRole(context.roles, c.mention, 'stated-index'),
    );
    const everSentences = new Set(everStatements.map((c) => c.sentence));
    // Also on an indented line right under the ever answer, its details ("Q7b. Ever used tobacco?
    // Yes⏎     Type/amount/dates: cigarettes, half a pack a day for 12 years"): the same answer.
    const text = context.noteText;
    const underEver = (start: number) => {
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      if (lineStart === 0 || !/^[ \t]+\S/.test(text.slice(lineStart, lineStart + 12))) return false;
      const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      return everStatements.some(
        (c) => c.mention.start >= previousStart && c.mention.start < lineStart,
      );
    };
    for (let i = judged.length - 1; i >= 0; i -= 1) {
      const { candidate, status } = judged[i]!;
      if (
        candidate.form === 'concept' &&
        status === candidate.defaultStatus &&
        (everSentences.has(candidate.sentence) || underEver(candidate.mention.start)) &&
        !(status === 'former' && datedQuit(candidate, evidence))
      ) {
        candidate.mention.decision = 'ignored: beside an ever-smoker statement';
        judged.splice(i, 1);
      }
    }
  }
  // A denial of another product only ("葉巻は使用していない", "パイプは吸ったことがない") beside an
  // ever-smoker statement ("喫煙歴：あり（1日20本×25年）"): it denies that product, not the smoking
  // history, which stands (unknown with its numbers, decision 2).
  if (everSmoked) {
    for (let i = judged.length - 1; i >= 0; i -= 1) {
      const entry = judged[i]!;
      if (entry.status === 'never' && isOtherProduct(productOf(entry))) {
        entry.candidate.mention.decision =
          'ignored: denies another product only (beside an ever-smoker statement)';
        judged.splice(i, 1);
      }
    }
  }
  if ((everSmoked || smokedNumbers || indexStated) && notNow.length > 0) {
    for (const candidate of notNow) judged.push({ candidate, status: 'former', score: 0 });
  } else if (!judged.some((j) => j.status === 'former')) {
    // A never-smoker's word told of the present ("nonsmoker now", "currently a non-smoker", the
    // Apfel score's "non-smoker"): a never smoker's when nothing tells of a smoking past; beside a
    // former statement or field it only says the smoking is over (role present-never; dev65 6514).
    for (const candidate of notNow) {
      if (!hasRole(context.roles, candidate.mention, 'present-never')) continue;
      candidate.mention.decision = 'used: not smoking now, and nothing tells of a smoking past';
      judged.push({ candidate, status: 'never', score: 0 });
    }
  }
  // (A quit year of the patient's tells of smoking too: "Do you smoke? No" / "Year quit? 2011".)
  const quitDated = evidence.amounts.some(
    (a) =>
      a.mention.type === 'quit_year' &&
      a.needsContext === null &&
      !notFirstHand(a.mention) &&
      !a.mention.assertion.negated,
  );
  // An ever-yes with the year of the quit answered and nothing else ("Have you ever smoked? Yes" /
  // "What year did you quit? 2010"): the quit is the former cue decision 59 asks for.
  if (everSmoked && quitDated && notNow.length === 0 && judged.length === 0) {
    for (const candidate of evidence.statuses)
      if (candidate.status === 'ever' && !hasRole(context.roles, candidate.mention, 'stated-index'))
        judged.push({ candidate, status: 'former', score: 0 });
  }
  // A plain no is former beside an ever-yes or smoked numbers, as a not-now answer is ("Do you
  // smoke? No" / "Have you ever smoked? Yes"); a never only when nothing else tells of smoking
  // (a quit or a current statement wins alone: "Smoker? No … quit 2010").
  if (plainNo.length > 0) {
    const told = everSmoked || smokedNumbers || indexStated || quitDated;
    if (told || !judged.some((j) => j.status !== 'never')) {
      for (const candidate of plainNo)
        judged.push({ candidate, status: told ? 'former' : 'never', score: 0 });
    }
  }
  const winner = pickWinner(
    judged,
    evidence,
    context.roles,
    recordIsDisputed(context),
    context.noteText,
    (text) => recordIsDisputed(context, text),
    context.presentTense ?? null,
  );
  let status: SmokingStatus = winner?.status ?? 'unknown';
  for (const entry of judged) {
    entry.candidate.mention.decision =
      entry === winner
        ? `won: ${entry.status} (${entry.candidate.form}${entry.candidate.relapse ? (entry.status === 'current' ? ', relapse' : ', quit again') : ''}, strongest and latest)`
        : `lost: ${entry.status} (weaker or earlier than the winner)`;
  }
  if (!winner && !everSmoked) status = fallbackStatus(evidence, context);
  // An ever-smoker row whose amounts are marked past ("喫煙歴：20本/日×30年（既往）"): the mark is the former cue
  // decision 2 asks for.
  if (!winner && everSmoked && status === 'unknown' && smokedBefore(evidence, context))
    status = 'former';
  // A relapse told with the year it ended ("Quit in 2015, relapsed 2017-2021", 「2015年に禁煙、2017〜
  // 2021年に再喫煙」): that period is over, so a former smoker whose last quit is the span's end
  // (decisions 4, 42 and 61; ja decision 73).
  if (
    winner?.status === 'current' &&
    winner.candidate.relapse &&
    closedRelapse(winner, evidence, context)
  ) {
    status = 'former';
    winner.candidate.mention.decision =
      'won: former (a relapse that ended in a stated year, decisions 4 and 61)';
  }
  // A product or smoker noun dated by a closed span of years ("Cigarette smoker 2010-2019", a problem
  // list's "Tobacco use disorder (2010–2019)"): the smoking ended with the span, a former smoker whose
  // quit year is its end (decision 4), not the current a bare noun says (psen11 item 13).
  if (
    winner?.status === 'current' &&
    winner.candidate.form === 'concept' &&
    !winner.candidate.relapse &&
    endedSpanAfterNoun(winner, evidence, context)
  ) {
    status = 'former';
    winner.candidate.mention.decision =
      'won: former (a smoking noun dated by a span of years that has ended, decision 4)';
  }
  // Amounts filled in under a status question left blank ("Currently smoke?  [ ] Yes  [ ] No" /
  // "Packs per day:  1"): the patient smoked, but the form does not say whether still, so the
  // amounts do not make a current smoker; the status stays open with its numbers (as "ever
  // smoker", decision 59).
  if (!winner && status === 'current' && evidence.blankStatus.length > 0) {
    everSmoked = true;
    status = 'unknown';
  }
  // A closed age span with no statement to weigh it ("喫煙：20本/日（20〜65歳）、現在72歳", "喫煙歴：
  // 20本×45年（20-65歳）"): the smoking ended at the span's end, so a former smoker (decision 8 reads the
  // years from it), neither the current the bare amounts say nor the unknown of an ever statement.
  if (!winner && (status === 'current' || status === 'unknown') && endedAtAge(evidence, context)) {
    status = 'former';
  }
  // A quit dated after the note ("喫煙歴あり（禁煙開始日 R6.7.1）" in a note of 2024-06-01): a date set for a
  // quit to come, so a plan and the patient still smokes (decision 11), whatever the quit words say.
  if (
    (status === 'former' || (status === 'unknown' && everSmoked)) &&
    quitAfterNote(evidence, context)
  )
    status = 'current';
  // A denial of a cigar, pipe or heated product only, the sole statement ("喫煙：1日20本。葉巻を
  // 試したことがある", "…アイコスは吸ったことがない"), says nothing of the cigarettes counted beside
  // it: the amounts answer, as they do with no statement at all.
  if (
    winner?.status === 'never' &&
    !everSmoked &&
    judged.every((j) => j.status === 'never' && isOtherProduct(productOf(j))) &&
    fallbackStatus(evidence, context) === 'current'
  ) {
    status = 'current';
    winner.candidate.mention.decision =
      'lost: never (another product only; the amounts say current)';
  }
  if (status === 'never') {
    for (const a of evidence.amounts) {
      if (a.mention.decision === 'used') a.mention.decision = 'ignored: never smoker';
    }
    return { status, ...EMPTY };
  }
  if (status === 'unknown' && !everSmoked && !indexStated) {
    // No statement about the patient's smoking: numbers alone say nothing reliable.
    for (const a of evidence.amounts) {
      if (a.mention.decision === 'used') a.mention.decision = 'ignored: no smoking statement';
    }
    return { status, ...EMPTY };
  }
  const agreeing = judged.filter((j) => j.status === status);
  const products = usableProducts(judged);
  const { picked, periods, cigarettesEnd, summedYears, history } = pickAmounts(
    evidence,
    winner?.candidate,
    agreeing,
    judged,
    status,
    products,
    context,
  );
  const finding = derive(picked, status, context, periods, cigarettesEnd, summedYears, history);
  // Cigar, pipe, hookah or heated tobacco only: the cigarette numbers stay null (spec 3). A
  // cigarette past beside them ("quit cigarettes in 2012; cigars now") keeps its numbers.
  // (A label naming the product of the amount beside it counts: "Tobacco: cigarettes - about 5 a
  // day; also a cigar on Friday nights".)
  const amountSentences = new Set(
    evidence.amounts.filter((a) => PER_DAY_FIELDS.has(a.mention.type)).map((a) => a.sentence),
  );
  const smoked = [
    ...judged
      .filter((j) => j.status !== 'never')
      .flatMap((j) => [productOf(j), ...j.candidate.named]),
    ...[...evidence.labelProducts]
      .filter(([sentence]) => amountSentences.has(sentence))
      .flatMap(([, named]) => [...named]),
  ];
  // A Brinkman index that was used is cigarettes by definition (本数×年数): "元喫煙者（喫煙指数
  // 480）。一時期パイプも嗜んだ" smoked cigarettes as well as the pipe. So are pack-years (packs
  // of cigarettes × years): "remote tobacco hx - ~10 pack-yrs. Smoked hookah in his twenties".
  // And packs a day that were used (pickAmounts keeps only those not said of a cigar or a pipe):
  // "smoked 2 packs a day for 30 years, then switched to a pipe" smoked cigarettes first.
  const indexUsed = evidence.amounts.some(
    (a) =>
      (a.mention.type === 'brinkman_index' ||
        a.mention.type === 'pack_years' ||
        a.mention.type === 'packs_per_day') &&
      a.mention.decision === 'used',
  );
  // A switch to heated tobacco, a cigar or a pipe ("たばこ：1日15本を4年ほど。2年前にglo（加熱式）へ切り替え")
  // is a switch from cigarettes: the amounts told before it are cigarettes (decisions 3, 20 and 46),
  // though no sentence names them ("アイコスに切り替えた。1日20本" counts the sticks after it).
  const switches = switchPoints(judged, evidence, context.roles);
  const switched = evidence.amounts.some(
    (a) =>
      a.mention.decision === 'used' &&
      PER_DAY_FIELDS.has(a.mention.type) &&
      switches.some((s) => a.mention.end <= s.mention.start),
  );
  const noCigarettes =
    !indexUsed && !switched && !smoked.includes('cigarette') && smoked.some(isOtherProduct);
  if (!noCigarettes) return finding;
  for (const a of evidence.amounts) {
    if (a.mention.decision === 'used' && !a.mention.type.startsWith('quit_')) {
      a.mention.decision = 'ignored: not cigarettes';
    }
  }
  return {
    ...finding,
    packYears: null,
    cigarettesPerDay: null,
    yearsSmoked: null,
    brinkmanIndex: null,
  };
}

/** Whether the note says a charted record is wrong or stale (the vocab's `disputed_record`). */
function recordIsDisputed(context: ResolveContext, text = context.noteText): boolean {
  const disputed = context.disputedRecord;
  return disputed ? ((isAscii(text) && asciiTwin(disputed)) || disputed).test(text) : false;
}

/** What a statement is about; one naming no product ("former smoker") is about tobacco. */
const productOf = (j: Judged): Product => j.candidate.mention.product ?? 'tobacco';

/** Products whose numbers are not cigarettes (spec 3: their cigarette numbers stay null). */
const isOtherProduct = (product: Product) => product !== 'cigarette' && product !== 'tobacco';

/**
 * The vocab's `role` of the rule behind a mention: `switched-from-cigarettes` (a switch to
 * another product, "加熱式へ切り替え", "パイプに変えた"), `switch-year` (its year, see pickAmounts),
 * `restart-year` (a restart after a quit, "started again in 2016", see summedPeriods),
 * `open-start` (a habit dated from its start with no end, "2002年から1日20本", see pickWinner) and
 * `started` (a statement that smoking began, 吸い始めた).
 */
const hasRole = (
  roles: ReadonlyMap<string, SmokingRuleRole> | undefined,
  mention: SmokingMention,
  role: SmokingRuleRole,
) => roles?.get(mention.rule) === role;

const switchesFromCigarettes = (
  judged: readonly Judged[],
  roles: ReadonlyMap<string, SmokingRuleRole> | undefined,
) =>
  judged
    .filter(
      (j) =>
        j.status !== 'never' && hasRole(roles, j.candidate.mention, 'switched-from-cigarettes'),
    )
    .map((j) => j.candidate);

/**
 * Where the note switches from cigarettes to another product: the switch statements, and the
 * time of a switch told as an amount ("45歳からIQOSへ移行し", "2015年にアイコスに切り替え": roles
 * `switch-age` / `switch-year`), whichever statement wins ("…に切り替え、現在も使用中"). fsja68.
 */
const switchPoints = (
  judged: readonly Judged[],
  evidence: NoteEvidence,
  roles: ReadonlyMap<string, SmokingRuleRole> | undefined,
): readonly {
  readonly mention: SmokingMention;
  readonly sentence: StatusCandidate['sentence'];
}[] => [
  ...switchesFromCigarettes(judged, roles),
  ...evidence.amounts.filter(
    (a) => hasRole(roles, a.mention, 'switch-age') || hasRole(roles, a.mention, 'switch-year'),
  ),
];

/**
 * Higher wins: explicit and specific first-hand statements beat lists and templates. "Never"
 * is a claim about a whole life: a first-hand statement of smoking outweighs it. Current use of
 * any product outweighs having quit another ("quit cigarettes in 2012; a cigar on Saturdays").
 */
function pickWinner(
  judged: Judged[],
  evidence: NoteEvidence,
  roles: ReadonlyMap<string, SmokingRuleRole> | undefined,
  recordDisputed = false,
  noteText = '',
  disputes: (text: string) => boolean = () => false,
  presentVerb: CompiledPresentTense | null = null,
): Judged | undefined {
  // A template row of a record the note says is wrong ("Quit date: 2001" in an imported block,
  // "… was entered on her chart in error"): a field, however its row is worded, so a first-hand
  // statement outweighs it, and it does not count as a statement of smoking against "never".
  // (Once per sentence: a sentence of thousands of statements stays linear.)
  const templateRows = new Map<StatusCandidate['sentence'], boolean>();
  const templateRow = (c: StatusCandidate) => {
    let row = templateRows.get(c.sentence);
    if (row === undefined) {
      row = TEMPLATE_ROW.test(c.sentence.text.trim());
      templateRows.set(c.sentence, row);
    }
    return row;
  };
  // (Not a line that says so in a clause of its own after the statement, "HPI: never smoked;
  // table entered in error": the writer's own correction. "Quit date: 2001 (in error)" is a row.)
  const remarkAfter = (c: StatusCandidate) => {
    const rest = c.sentence.text.slice(c.mention.end - c.sentence.start);
    const clause = rest.search(/[;.][ \t]|[ \t][-–][ \t]/);
    return clause >= 0 && disputes(rest.slice(clause));
  };
  const disputedRow = (c: StatusCandidate) =>
    recordDisputed && c.form === 'statement' && templateRow(c) && !remarkAfter(c);
  // A template's quit row read as a statement ("Quit date: 3/2011", "Quit smoking: 2014" under
  // "Smoking status: Former Smoker"): the statement is the row's own label, at the start of its
  // line. An auto-filled field, however it is worded, so it weighs as one: a first-hand statement
  // told beside it outranks it ("HPI: smokes 1 ppd", "never smoked"; spec 3).
  const labelRow = (c: StatusCandidate) =>
    c.form === 'statement' &&
    c.status === 'former' &&
    QUIT_ROW_LABEL.test(c.mention.text) &&
    /^[ \t|*•-]*$/.test(
      noteText.slice(noteText.lastIndexOf('\n', c.mention.start - 1) + 1, c.mention.start),
    );
  const fieldLike = (c: StatusCandidate) => disputedRow(c) || labelRow(c);
  // Amounts of smoking (not quit dates) make a statement more specific; not the word that is
  // the amount's own unit or row label ("Cigarettes/day: 10" under a ticked "(x) Former").
  const smokingAmounts = evidence.amounts.filter(
    (a) => !notFirstHand(a.mention) && !a.mention.type.startsWith('quit_'),
  );
  // Nor does the time the smoking began back a statement that only says it began ("昭和63年、
  // 就職した年に吸い始めた。平成25年に禁煙"): it repeats the start, and says nothing of whether the
  // smoking goes on, so the later quit still wins.
  // A duration or a total ("Heavy smoker for 40 years", "40 pack-years") is as true of a former
  // smoker as of a current one: it makes a current statement no more specific about today than a
  // quit told after it in another sentence ("she had stopped two weeks before this admission");
  // an amount a day does.
  const quitLater = (c: StatusCandidate) =>
    judged.some(
      (j) =>
        j.status === 'former' &&
        j.candidate.form === 'statement' &&
        !isWeak(j.candidate) &&
        j.candidate.sentence !== c.sentence &&
        j.candidate.mention.start > c.mention.end,
    );
  // (A concept that is itself the label of a row's amount, "Cigarettes/day: 10-20", says nothing
  // of its own: no amount of its sentence backs it. Not 喫煙歴40年, a history told with its length.)
  const unitOfAmount = (c: StatusCandidate) =>
    c.form === 'concept' &&
    smokingAmounts.some(
      (a) =>
        a.sentence === c.sentence &&
        PER_DAY_FIELDS.has(a.mention.type) &&
        a.mention.start <= c.mention.start &&
        c.mention.end <= a.mention.end &&
        AMOUNT_LABEL.test(a.mention.text.slice(c.mention.end - a.mention.start)),
    );
  const backedByAmount = (c: StatusCandidate, status: SmokingStatus) =>
    !unitOfAmount(c) &&
    smokingAmounts.some(
      (a) =>
        a.sentence === c.sentence &&
        (status !== 'current' ||
          c.relapse ||
          PER_DAY_FIELDS.has(a.mention.type) ||
          !quitLater(c)) &&
        !(hasRole(roles, c.mention, 'started') && a.mention.type.startsWith('start_')) &&
        !(
          c.form === 'concept' &&
          a.mention.start <= c.mention.start &&
          c.mention.end <= a.mention.end
        ),
    );
  const smokedByStatement = judged.some(
    (j) =>
      (j.status === 'current' || j.status === 'former') &&
      j.candidate.form === 'statement' &&
      !fieldLike(j.candidate) &&
      !isWeak(j.candidate),
  );
  const smokedFirstHand = judged.some(
    (j) =>
      (j.status === 'current' || j.status === 'former') &&
      j.candidate.form !== 'field' &&
      !fieldLike(j.candidate) &&
      !isWeak(j.candidate),
  );
  // A quit stated in a sentence after the last relapse ("2013年に再喫煙。2018年3月に…禁煙を開始し、
  // …以後1本も吸っていない"), in whatever words, is the next turn of that history: it ranks with the
  // relapse, and the latest turn decides (decision 42). Not a template row ("Quit date: 2017" under
  // "relapsed 2021": a field, not a turn told in order), nor a term quoted alone (外科カルテの「元喫煙者」は…):
  // it names a word, it tells no quit.
  // (Read outwards from the mention over blanks, not by a pattern over the sentence before it: a
  // sentence of thousands of statements stays linear.)
  const quotedTerm = (c: StatusCandidate) => {
    const text = c.sentence.text;
    let before = c.mention.start - c.sentence.start - 1;
    while (before >= 0 && /\s/u.test(text[before]!)) before -= 1;
    if (before < 0 || !'「『"“'.includes(text[before]!)) return false;
    let after = c.mention.end - c.sentence.start;
    while (after < text.length && /\s/u.test(text[after]!)) after += 1;
    return after < text.length && '」』"”'.includes(text[after]!);
  };
  const lastRelapse = judged
    .filter((j) => j.status === 'current' && j.candidate.relapse && !isWeak(j.candidate))
    .sort((x, y) => y.candidate.mention.start - x.candidate.mention.start)[0]?.candidate;
  const turnOf = (j: Judged) =>
    j.candidate.relapse ||
    (lastRelapse !== undefined &&
      j.status === 'former' &&
      j.candidate.form === 'statement' &&
      !isWeak(j.candidate) &&
      !quotedTerm(j.candidate) &&
      !templateRow(j.candidate) &&
      j.candidate.sentence !== lastRelapse.sentence &&
      j.candidate.mention.start > lastRelapse.mention.start);
  const turns = new Map<Judged, boolean>();
  const isTurn = (j: Judged) => {
    let turn = turns.get(j);
    if (turn === undefined) {
      turn = turnOf(j);
      turns.set(j, turn);
    }
    return turn;
  };
  // The turns that a later turn of another status reverses, found in one pass from the last
  // turn back (a history of thousands of turns stays linear).
  const reversed = new Set<Judged>();
  const turnsFromLast = judged
    .filter(isTurn)
    .sort((x, y) => y.candidate.mention.start - x.candidate.mention.start);
  const laterStatuses = new Set<Judged['status']>();
  for (let i = 0; i < turnsFromLast.length; ) {
    const start = turnsFromLast[i]!.candidate.mention.start;
    let next = i;
    while (next < turnsFromLast.length && turnsFromLast[next]!.candidate.mention.start === start)
      next += 1;
    for (let k = i; k < next; k += 1) {
      const j = turnsFromLast[k]!;
      for (const later of laterStatuses)
        if (later !== j.status) {
          reversed.add(j);
          break;
        }
    }
    for (let k = i; k < next; k += 1) laterStatuses.add(turnsFromLast[k]!.status);
    i = next;
  }
  // Rows of a chart (fields and template rows, not a dated quit told in words): on a tie of
  // scores the clinician's own prose beats them, before or after the block (spec 3: first-hand
  // beats auto-filled fields), and only among themselves does the later one win.
  const charted = new Set<Judged>();
  for (const j of judged) {
    const c = j.candidate;
    const turn = isTurn(j);
    // A template row read as a statement ("喫煙：あり（1日20本）", role template-row) weighs as a
    // field: the note's own account told after it ("今回の問診：昨年やめた") outranks it, as it
    // outranks "Smoking: yes (20/day)" in English (decision 13).
    const row = c.form === 'field' || fieldLike(c) || hasRole(roles, c.mention, 'template-row');
    // A quit word that a quit time is read over ("禁煙歴10年", "2013年禁煙", "禁煙期間：8年") is a row of the
    // same form: it weighs as one, so told after "喫煙：あり（20本×30年）" it is the later row and wins the tie.
    const dated = c.form === 'concept' && j.status === 'former' && datedQuit(c, evidence);
    let score = turn ? 10 : c.form === 'statement' && !row ? 3 : row || dated ? 2.5 : 2;
    if (row && !turn) charted.add(j);
    // A chart the note calls wrong or stale ("Status above is wrong", "template outdated"): its
    // rows weigh below any first-hand word, "Denies tobacco" included (decisions 54 and 82).
    if (row && !turn && recordDisputed) score = 1.5;
    if (!turn && isWeak(c)) score -= 1;
    // Numbers back up a smoking statement; beside "never" they contradict it instead.
    // Not for a turn of a quit–relapse history that a later turn reverses: the latest decides
    // (decision 42).
    const reversedLater = turn && reversed.has(j);
    // So does a present-tense verb of the patient's ("Smokes daily.", "is still smoking"): it says
    // the smoking goes on today as specifically as an amount does.
    if (
      j.status !== 'never' &&
      !reversedLater &&
      (backedByAmount(c, j.status) ||
        (j.status === 'current' && c.form === 'concept' && presentTense(c, noteText, presentVerb)))
    )
      score += 0.5;
    if (j.status === 'never' && smokedByStatement) score -= 1.5;
    else if (j.status === 'never' && smokedFirstHand) score -= 0.75;
    j.score = score;
  }
  const ranked = [...judged].sort(
    (a, b) =>
      b.score - a.score ||
      Number(charted.has(a)) - Number(charted.has(b)) ||
      b.candidate.mention.start - a.candidate.mention.start,
  );
  // Said after the statement it overrides: "quit cigarettes in 2012; now a cigar on Saturdays".
  // A quit that names its product ("uses IQOS daily; stopped cigarettes 2 years ago") leaves
  // the other product standing in either order; a bare "gave it up" may be about the product
  // named before it ("pipe smoker for 40 years; gave it up in 2020").
  const otherProductNowBeside = (quit: Judged) =>
    ranked.find(
      (j) =>
        j.status === 'current' &&
        isOtherProduct(productOf(j)) &&
        productOf(j) !== productOf(quit) &&
        !isWeak(j.candidate) &&
        (productOf(quit) !== 'tobacco' ||
          j.candidate.mention.start > quit.candidate.mention.start) &&
        // A bare quit in a sentence naming that very product ("smoked a pipe for 30 years and
        // gave it up in 2015") quit it: a later mention of the product ("COPD from long pipe
        // smoking") is the history, not a use that goes on.
        !(
          productOf(quit) === 'tobacco' &&
          judged.some(
            (k) =>
              k.candidate.sentence === quit.candidate.sentence &&
              k.candidate.mention.start < quit.candidate.mention.start &&
              productOf(k) === productOf(j),
          )
        ),
    );
  const top = ranked[0];
  // A pipe or cigar smoked in the past beside cigarettes smoked now ("Smokes 1 ppd for 25 years;
  // previously smoked a pipe", "Smoked cigars in his 20s"): the cigarettes answer, current (the
  // reverse of decision 19). Only a pipe or cigar, and present smoking (a present-tense verb or a
  // current statement) with its daily amount in its sentence; not when cigarettes have a quit told after the present statement.
  if (top?.status === 'former' && (productOf(top) === 'pipe' || productOf(top) === 'cigar')) {
    const cigarettesNow = ranked.find(
      (j) =>
        j.status === 'current' &&
        !isOtherProduct(productOf(j)) &&
        evidence.amounts.some(
          (a) => PER_DAY_FIELDS.has(a.mention.type) && a.sentence === j.candidate.sentence,
        ) &&
        (j.candidate.form === 'statement' || presentTense(j.candidate, noteText, presentVerb)) &&
        !isWeak(j.candidate) &&
        !j.candidate.relapse &&
        !j.candidate.mention.assertion.historical,
    );
    const cigarettesQuit =
      cigarettesNow &&
      judged.some(
        (j) =>
          j.status === 'former' &&
          !isOtherProduct(productOf(j)) &&
          j.candidate.mention.start > cigarettesNow.candidate.mention.start &&
          !(
            j.candidate.sentence === top.candidate.sentence ||
            j.candidate.mention.assertion.historical
          ),
      );
    if (cigarettesNow && !cigarettesQuit) return cigarettesNow;
  }
  // "Switched to a pipe, which he smoked for 40 years. Gave up the pipe in 2015": a later quit
  // of the same cigar, pipe or hookah ends it, however specific the earlier sentence was.
  if (top?.status === 'current' && !top.candidate.relapse && isOtherProduct(productOf(top))) {
    const laterQuit = judged.find(
      (j) =>
        j.status === 'former' &&
        j.candidate.form === 'statement' &&
        !isWeak(j.candidate) &&
        productOf(j) === productOf(top) &&
        j.candidate.mention.start > top.candidate.mention.start,
    );
    if (laterQuit) return laterQuit;
  }
  // "2002年から毎日20本前後。今年の2月から禁煙中": a habit told from its start year reads as current only
  // because its own sentence names no end (vocab statement smoking-since-year); a quit of the same
  // tobacco told after it is that end, though the amount beside the start backs the earlier one.
  // So for a bare start ("吸い始めたのは18歳の時で、1日20本。50歳まで吸っていた"): it says when the
  // smoking began, not that it goes on.
  if (
    top?.status === 'current' &&
    !top.candidate.relapse &&
    (hasRole(roles, top.candidate.mention, 'open-start') ||
      hasRole(roles, top.candidate.mention, 'started')) &&
    !isOtherProduct(productOf(top))
  ) {
    const laterQuit = ranked.find(
      (j) =>
        j.status === 'former' &&
        j.candidate.form === 'statement' &&
        !isWeak(j.candidate) &&
        !isOtherProduct(productOf(j)) &&
        j.candidate.mention.start > top.candidate.mention.start,
    );
    // A later quit of cigarettes only ("紙巻きはそれ以来吸っていない") beside heated tobacco, a cigar or
    // a pipe used now ("アイコスに切り替え、今も毎日吸っている"): the other product answers, as below.
    if (laterQuit) return otherProductNowBeside(laterQuit) ?? laterQuit;
  }
  // Smoked up to an admission (role until-stay) is current only because the ban explains the
  // abstinence (decision 25); a quit that held after the discharge (role held-after-stay), told
  // before or after it, is the quit the stay began (decision 31).
  if (top?.status === 'current' && hasRole(roles, top.candidate.mention, 'until-stay')) {
    const heldQuit = ranked.find(
      (j) =>
        j.status === 'former' &&
        !isWeak(j.candidate) &&
        hasRole(roles, j.candidate.mention, 'held-after-stay'),
    );
    if (heldQuit) return heldQuit;
  }
  // "Never" about one product ("never a cigarette smoker") says nothing about another ("quit
  // cigars in 2018"): the best statement about the other product answers.
  // (Not a bare product word with no wording of its own in a sentence that denies: "たばこは紙巻きを
  // 含め一度も吸ったことがなく、葉巻やパイプの経験もない" names cigarettes inside the denial.)
  if (top?.status === 'never' && productOf(top) !== 'tobacco') {
    const insideDenial = (j: Judged) =>
      j.candidate.form === 'concept' &&
      j.status === j.candidate.defaultStatus &&
      judged.some((n) => n.status === 'never' && n.candidate.sentence === j.candidate.sentence);
    const otherProduct = ranked.find(
      (j) =>
        j.status !== 'never' &&
        productOf(j) !== 'tobacco' &&
        productOf(j) !== productOf(top) &&
        !insideDenial(j),
    );
    if (otherProduct) return otherProduct;
  }
  // The habit a present amount changed from ("Currently smoking 5/day, used to smoke 1 ppd", "10 a
  // day now. Used to smoke 2 packs"): a former statement told after an amount smoked today (an
  // amount-now statement), in its sentence or right after it on its line, with no quit time in
  // its sentence, is the peak the patient cut down from, not a quit (decisions 9 and 32).
  if (top?.status === 'former' && top.candidate.form === 'statement' && !isTurn(top)) {
    const past = top.candidate;
    const quitTimed = evidence.amounts.some(
      (a) =>
        a.sentence === past.sentence &&
        a.mention.type.startsWith('quit_') &&
        !notFirstHand(a.mention) &&
        !a.mention.assertion.negated,
    );
    const pastAmount = evidence.amounts.some(
      (a) => a.sentence === past.sentence && PER_DAY_FIELDS.has(a.mention.type),
    );
    // The next sentence: only spaces and the stop between them, on one line.
    const rightBefore = (c: StatusCandidate) => {
      if (c.sentence === past.sentence) return true;
      const gap = past.sentence.start - c.sentence.end;
      if (!pastAmount || gap < 0 || gap > 4) return false;
      return /^[ \t.;!?]*$/.test(noteText.slice(c.sentence.end, past.sentence.start));
    };
    const present = quitTimed
      ? undefined
      : ranked.find(
          (j) =>
            j.status === 'current' &&
            j.candidate.mention.rule.endsWith('.amount-now') &&
            !isWeak(j.candidate) &&
            j.candidate.mention.end <= past.mention.start &&
            rightBefore(j.candidate),
        );
    if (present) return present;
  }
  // So with a present-tense verb right before today's amount ("Smokes 1 ppd, used to smoke 2 ppd",
  // "She smokes 5 cigs a day. She smoked a pack a day for 20 years before cutting down", "Smokes
  // 10 cig/day. Previously smoked 1 ppd"): a past amount told after it, in any later sentence, is
  // the habit the patient changed from, unless a quit time stands in the past amount's sentence or
  // a quit is told after today's amount (decision 32).
  if (top?.status === 'former' && top.candidate.form !== 'field' && !isTurn(top)) {
    const cutFrom = cutDownFrom(top.candidate, judged, evidence, roles, noteText, presentVerb);
    if (cutFrom) return cutFrom;
  }
  if (top?.status === 'former' || top?.status === 'never') {
    const otherProductNow = otherProductNowBeside(top);
    if (otherProductNow) return otherProductNow;
  }
  return top;
}

// A present-tense smoking verb (the vocab's `present_tense`): "smokes", "is (still) smoking", "they
// smoke" (the concept's text and the few words before it).
function presentTense(
  c: StatusCandidate,
  noteText: string,
  present: CompiledPresentTense | null | undefined,
): boolean {
  if (!present) return false;
  const text = c.mention.text;
  if (present.verb.test(text)) return true;
  if (!present.bare.test(text)) return false;
  const before = noteText.slice(Math.max(0, c.mention.start - 24), c.mention.start);
  return (
    present.before.test(before) || (present.base.test(text) && present.baseBefore.test(before))
  );
}

/**
 * The smoking of today that a past amount changed from (decision 32): a first-hand present-tense
 * verb, current-smoker statement or current field with an amount a day right after it ("Smokes 1
 * ppd", "is still smoking 6 cigarettes daily", "Tobacco: current smoker, 1/2 ppd"), told before
 * the former `past`, itself right before an amount a day ("used to smoke 2 ppd") with no quit
 * time in its sentence; and no quit told after today's amount (a former mention that is not such
 * a past amount, or a quit time). Undefined when there is none.
 */
function cutDownFrom(
  past: StatusCandidate,
  judged: readonly Judged[],
  evidence: NoteEvidence,
  roles: ReadonlyMap<string, SmokingRuleRole> | undefined,
  noteText: string,
  presentVerb: CompiledPresentTense | null,
): Judged | undefined {
  const firstHand = (a: AmountEvidence) => !notFirstHand(a.mention) && !a.mention.assertion.negated;
  const quitTime = (a: AmountEvidence) => a.mention.type.startsWith('quit_') && firstHand(a);
  // An amount a day in the mention's sentence, inside it or starting at most 12 characters after it.
  const amountAfter = (c: StatusCandidate, before = Number.POSITIVE_INFINITY) =>
    evidence.amounts.some(
      (a) =>
        a.sentence === c.sentence &&
        PER_DAY_FIELDS.has(a.mention.type) &&
        firstHand(a) &&
        a.mention.start >= c.mention.start &&
        a.mention.start - c.mention.end <= 12 &&
        a.mention.end <= before,
    );
  if (evidence.amounts.some((a) => a.sentence === past.sentence && quitTime(a))) return undefined;
  if (!amountAfter(past)) return undefined;
  const present = judged.find((j) => {
    const c = j.candidate;
    return (
      j.status === 'current' &&
      !c.relapse &&
      !isWeak(c) &&
      c.mention.end <= past.mention.start &&
      !hasRole(roles, c.mention, 'until-stay') &&
      !hasRole(roles, c.mention, 'started') &&
      !hasRole(roles, c.mention, 'open-start') &&
      ((c.form === 'concept' && presentTense(c, noteText, presentVerb)) ||
        (c.form === 'statement' && c.mention.rule.endsWith('.current-smoker')) ||
        c.form === 'field') &&
      amountAfter(c, past.mention.start)
    );
  });
  if (!present) return undefined;
  const from = present.candidate.mention.end;
  const quitAfter =
    evidence.amounts.some((a) => a.mention.start > from && quitTime(a)) ||
    judged.some(
      (j) =>
        j.status === 'former' &&
        !isWeak(j.candidate) &&
        j.candidate.mention.start > from &&
        !amountAfter(j.candidate),
    );
  return quitAfter ? undefined : present;
}

/** With no status statement: cigarettes per day said in the present ("Tobacco: 1 ppd") → current. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Amounts marked past by a word of their own ("喫煙：20本/日×30年（既往）", "…（やめた）", "…、既往"): the habit as
 * it was, a former smoker with those numbers (ja decision 42, as 以前喫煙（40本×20年）). The words are the
 * vocab's `past_marks`: a dated trigger (平成8年, 2000年から) dates the smoking, not its end, and a bare 元 or
 * "history of" is as often a source (紹介元の記録, "history of tobacco use"), so they are not among them.
 */
function smokedBefore(evidence: NoteEvidence, context: ResolveContext): boolean {
  const marks = context.pastMarks;
  if (!marks) return false;
  return evidence.amounts.some(
    (a) =>
      PER_DAY_FIELDS.has(a.mention.type) &&
      a.needsContext === null &&
      (num(a.mention) ?? 0) > 0 &&
      !notFirstHand(a.mention) &&
      !a.mention.assertion.negated &&
      a.mention.assertion.triggers.some((t) => marks.has(t)),
  );
}

function fallbackStatus(evidence: NoteEvidence, context: ResolveContext): SmokingStatus {
  // (An amount that borrows its unit, under a label naming the product: "Tobacco: cigars - about
  // 2 a day".)
  const smokingNow = evidence.amounts.some(
    (a) =>
      PER_DAY_FIELDS.has(a.mention.type) &&
      (a.needsContext === null || evidence.labelProducts.has(a.sentence)) &&
      (num(a.mention) ?? 0) > 0 &&
      !notFirstHand(a.mention) &&
      !a.mention.assertion.negated &&
      !historicalByTrigger(a.mention),
  );
  if (smokingNow) return 'current';
  if (smokedBefore(evidence, context)) return 'former';
  // "Cigarettes: 0/day", "0 pack-years" as the patient's, with nothing else: a denial (decision 74).
  const zeroStated = evidence.amounts.some(
    (a) =>
      SMOKED_AMOUNTS.has(a.mention.type) &&
      a.needsContext === null &&
      num(a.mention) === 0 &&
      !notFirstHand(a.mention),
  );
  if (zeroStated) return 'never';
  // "Smoking status: Unknown If Ever Smoked" beside vaping stays unknown; a bare "Vaping Use"
  // row label is not a statement of use.
  const statedUnknown = evidence.ignored.some((m) => m.rule.endsWith('not-a-statement'));
  const vaping = statedUnknown
    ? []
    : evidence.notTobacco.filter(
        (m) =>
          m.value === 'vaping' &&
          !notFirstHand(m) &&
          !m.assertion.negated &&
          !/^\s*vap\w*(?:\s+use)?\s*:?\s*$/i.test(lineAt(context.noteText, m.start)),
      );
  // Spec 3: vaping or e-cigarettes alone is `never`.
  for (const m of vaping) m.decision = 'won: never (vaping alone is not tobacco smoking)';
  return vaping.length > 0 ? 'never' : 'unknown';
}

/**
 * Whether the patient's smoking is said to have ended at an age ("20〜65歳", "65歳まで吸っていた") that
 * the note's present age is past (or that no age contradicts): a quit age of the patient's own, in a
 * sentence about smoking, not the age of a switch to another product.
 */
function endedAtAge(evidence: NoteEvidence, context: ResolveContext): boolean {
  const smokedIn = new Set(
    evidence.amounts
      .filter(
        (b) =>
          SMOKED_AMOUNTS.has(b.mention.type) && b.needsContext === null && !notFirstHand(b.mention),
      )
      .map((b) => b.sentence),
  );
  const spoken = (a: AmountEvidence) =>
    a.needsContext === null || evidence.labelled.has(a.sentence) || smokedIn.has(a.sentence);
  return evidence.amounts.some((a) => {
    const age = num(a.mention);
    return (
      a.mention.type === 'quit_age' &&
      age !== null &&
      (context.age === null || age < context.age) &&
      !notFirstHand(a.mention) &&
      !a.mention.assertion.negated &&
      !hasRole(context.roles, a.mention, 'switch-age') &&
      spoken(a)
    );
  });
}

/** Products the patient is said to use or to have used, by sentence. */
function usableProducts(judged: readonly Judged[]): Map<StatusCandidate['sentence'], Set<Product>> {
  const products = new Map<StatusCandidate['sentence'], Set<Product>>();
  for (const j of judged) {
    if (j.status === 'never') continue;
    const set = products.get(j.candidate.sentence) ?? new Set<Product>();
    for (const product of j.candidate.named) set.add(product);
    if (j.candidate.mention.product) set.add(j.candidate.mention.product);
    products.set(j.candidate.sentence, set);
  }
  return products;
}

/** The amount mention chosen for each field. */
export type Picked = Partial<Record<SmokingAmountField, SmokingMention>>;

/** One period of a history told in periods ("2 ppd x 10 yrs, then 1 ppd x 15 yrs"). */
export interface SmokingPeriod {
  readonly cigarettesPerDay: number;
  readonly years: number;
}

/**
 * The periods of a former smoker's history when one sentence gives two or more, each an amount
 * right before its duration, or a duration whose mention takes in its amount ("12 yrs x 1 ppd +
 * 29 yrs x 2 ppd", "20 yrs at 1 ppd and 10 yrs at 2 ppd") (decision 73): the note's total is
 * their sum, not any one period.
 */
function periodsOf(usable: readonly AmountEvidence[]): SmokingPeriod[] {
  // (Only amounts and durations: a start year read inside a span, "from 2010 until 2020", starts
  // where the span does and must not come between the amount and its span.)
  const inOrder = usable
    .filter(
      (a) =>
        PER_DAY_FIELDS.has(a.mention.type) ||
        a.mention.type === 'years_smoked' ||
        a.mention.type === 'year_span',
    )
    .sort((a, b) => a.mention.start - b.mention.start);
  const found: { amount: AmountEvidence; span: AmountEvidence; period: SmokingPeriod }[] = [];
  for (let i = 0; i + 1 < inOrder.length; i += 1) {
    const first = inOrder[i]!;
    const next = inOrder[i + 1]!;
    // "12 yrs x 1 ppd": the duration first, its mention reaching over the amount.
    const durationFirst =
      first.mention.type === 'years_smoked' &&
      next.mention.start > first.mention.start &&
      next.mention.end <= first.mention.end;
    const amount = durationFirst ? next : first;
    const span = durationFirst ? first : next;
    const perDay = num(amount.mention);
    // A period told by its years ("1 ppd from 1990 to 2005, then half a pack a day from 2010 until
    // 2020", "2 ppd 1980-1990, 1 ppd 1990-2010"): its length is the span's.
    const bounds = span.mention.type === 'year_span' ? span.mention.value : null;
    const years = Array.isArray(bounds)
      ? (bounds[1] as number) - (bounds[0] as number)
      : num(span.mention);
    if (
      perDay === null ||
      years === null ||
      years <= 0 ||
      !PER_DAY_FIELDS.has(amount.mention.type) ||
      (span.mention.type !== 'years_smoked' && !(bounds && !durationFirst)) ||
      amount.sentence !== span.sentence ||
      // "2 ppd x 10 yrs", "a pack a day for 20 years": the duration follows its amount.
      (!durationFirst && span.mention.start - amount.mention.end > 3)
    ) {
      continue;
    }
    const cigarettesPerDay = amount.mention.type === 'packs_per_day' ? perDay * 20 : perDay;
    found.push({ amount, span, period: { cigarettesPerDay, years } });
    // The pair is spent: its amount does not also open the next period ("… 1 ppd + 29 yrs …").
    i += 1;
  }
  // The sentence that lists the periods: the one with the most of them ("(15 yrs x 1 ppd + 10 yrs
  // x 0.5 ppd = 20 pack-years.)" after "1 ppd from 1990 to 2005 …" in the sentence before); none
  // when two sentences list as many.
  const bySentence = new Map<AmountEvidence['sentence'], typeof found>();
  for (const f of found)
    bySentence.set(f.amount.sentence, [...(bySentence.get(f.amount.sentence) ?? []), f]);
  const lists = [...bySentence.values()].sort((a, b) => b.length - a.length);
  const listed = lists[0] ?? [];
  if (listed.length < 2 || (lists[1]?.length ?? 0) === listed.length) return [];
  for (const { amount, span } of listed) {
    for (const mention of [amount.mention, span.mention]) {
      mention.decision = `used: one of ${listed.length} smoking periods (years summed, amount weighted by years)`;
    }
  }
  return listed.map((f) => f.period);
}

function pickAmounts(
  evidence: NoteEvidence,
  winner: StatusCandidate | undefined,
  agreeing: readonly Judged[],
  judged: readonly Judged[],
  status: SmokingStatus,
  products: ReadonlyMap<StatusCandidate['sentence'], ReadonlySet<Product>>,
  context: ResolveContext,
): {
  picked: Picked;
  periods: SmokingPeriod[];
  cigarettesEnd: number | null;
  summedYears: number | null;
  history: RelapseHistory | null;
} {
  const agreeingSentences = new Set(agreeing.map((j) => j.candidate.sentence));
  const switches = switchPoints(judged, evidence, context.roles);
  // Cigarettes given up for heated tobacco, a cigar or a pipe that goes on (decisions 3, 20 and
  // 46): an amount said as today's after that product, in a sentence naming no cigarettes
  // ("昨年アイコスに切り替えた。今は1日15本ほど。紙巻きの頃は1日20本"), counts the product smoked now,
  // so the cigarette history's amount answers. Not after a return to cigarettes (a relapse).
  const productNow =
    status === 'current' &&
    !judged.some((j) => j.candidate.relapse) &&
    (switches.length > 0 ||
      judged.some((j) => j.status === 'former' && productOf(j) === 'cigarette'))
      ? judged.filter(
          (j) => j.status === 'current' && isOtherProduct(productOf(j)) && !isWeak(j.candidate),
        )
      : [];
  const countsProductNow = (a: AmountEvidence, named: ReadonlySet<Product> | undefined) =>
    PER_DAY_FIELDS.has(a.mention.type) &&
    a.now &&
    !named?.has('cigarette') &&
    productNow.some((j) => j.candidate.mention.end <= a.mention.start);
  // Template rows that lost to a first-hand statement (an imported "Current Every Day Smoker"
  // against "quit 6 months ago … the imported field above has not been updated"): the numbers
  // filed with them lost too. Except an earlier record of a smoker who has quit since: a
  // carried-forward "Current Every Day Smoker / Packs/day: 1.00 / Years: 40.00" under "stopped
  // well over 15 years ago … status changed to Former" is still his history (3021), so its
  // figures stand unless the note says the record itself is wrong or out of date.
  const recordDisputed = recordIsDisputed(context);
  // Nor a cigarette row that says the cigarettes were stopped, under a current hookah, cigar or
  // pipe ("Tobacco use .... Yes - hookah" / "Cigarettes .... stopped 3 yrs ago (had ~15
  // pack-yrs)"): the other product is smoked now, and the cigarette figures are still the
  // patient's history (decision 19).
  // The product may be named beside the winning verb rather than by it ("Still smokes hookah at
  // a lounge": the verb wins, the hookah is its object), as with a cigarette quit in prose
  // ("stopped cigarettes two and a half years ago; 15 pack-year history. Still smokes hookah").
  const otherProductNow =
    status === 'current' &&
    winner !== undefined &&
    (isOtherProduct(winner.mention.product ?? 'tobacco') ||
      judged.some(
        (j) =>
          j.status === 'current' &&
          j.candidate.sentence === winner.sentence &&
          isOtherProduct(productOf(j)),
      ));
  const losingSentences = new Set(
    judged
      .filter(
        (j) =>
          j.candidate.form === 'field' &&
          j.status !== status &&
          !(j.status === 'current' && status === 'former' && !recordDisputed) &&
          !(j.status === 'former' && otherProductNow && !isOtherProduct(productOf(j))) &&
          !agreeingSentences.has(j.candidate.sentence),
      )
      .map((j) => j.candidate.sentence),
  );
  const speaking = [
    ...judged.map((j) => j.candidate.sentence),
    ...evidence.labelled,
    ...evidence.statuses
      .filter((s) => s.mention.decision.startsWith('used: ever'))
      .map((s) => s.sentence),
    ...evidence.amounts
      .filter((a) => a.needsContext === null && !notFirstHand(a.mention))
      .map((a) => a.sentence),
  ].sort((a, b) => a.start - b.start);
  // The sentence that speaks for an amount: its own, or a smoking row above it in the same
  // block of template rows ("Smoking status: …" over "Packs/day: 1.00"), no blank line between.
  const owner = (a: AmountEvidence) => {
    if (speaking.includes(a.sentence)) return a.sentence;
    const above = speaking.filter((s) => s.start < a.sentence.start).pop();
    if (!above) return undefined;
    const between = context.noteText.slice(above.start, a.sentence.start);
    return !/\n[ \t]*\r?\n/.test(between) && between.split('\n').length <= 8 ? above : undefined;
  };
  // A row of a template block whose status row lost ("Smoking status: Former Smoker" over
  // "Types: Cigarettes" and "Years: 12.00", against a later "the chart is wrong … he has smoked
  // continuously since 17"): the block is one record, so its figures lost with its status,
  // though a product row ("Types: Cigarettes") stands between them and speaks for them.
  // Only rows ("Label: value") from the status row down to the figure's line: prose under a
  // template speaks for itself, as does a row that itself says the winning status (a pick-list
  // "Never smoker" over "Tobacco comments: used to smoke 1 ppd for 10 yrs, quit 1985").
  const inLosingBlock = (a: AmountEvidence, speaker: AmountEvidence['sentence']) =>
    !agreeingSentences.has(a.sentence) &&
    [...losingSentences].some((s) => {
      if (s.start > speaker.start || s === a.sentence) return false;
      const lineEnd = context.noteText.indexOf('\n', a.mention.end);
      const lines = context.noteText.slice(s.start, lineEnd < 0 ? undefined : lineEnd).split('\n');
      return lines.length >= 2 && lines.length <= 8 && lines.every((l) => TEMPLATE_ROW.test(l));
    });
  // A Smoking History section (【喫煙歴】, "Tobacco Use") is context for its template rows.
  const blockContext = (a: AmountEvidence) =>
    a.needsContext === 'block' &&
    (a.sentence.section === 'tobacco_history' || owner(a) !== undefined);
  // A telegraphic sentence that goes on from a smoking row ("Smoking: Ex-smoker. 20/day x 25
  // years."): a daily amount there that the row speaks for carries the row to the rest of its
  // sentence, so the duration said with the amount is the smoking's too.
  // (The sentences holding such an amount, found once: a sentence of many amounts stays linear.
  // A row's amount has block context, so it is never the sentence-context amount asked about.)
  let amountRowSentences: Set<AmountEvidence['sentence']> | null = null;
  const spokenByAmount = (a: AmountEvidence) => {
    if (a.needsContext !== 'sentence') return false;
    amountRowSentences ??= new Set(
      evidence.amounts
        .filter(
          (b) => PER_DAY_FIELDS.has(b.mention.type) && !notFirstHand(b.mention) && blockContext(b),
        )
        .map((b) => b.sentence),
    );
    return amountRowSentences.has(a.sentence);
  };
  const hasContext = (a: AmountEvidence) =>
    a.needsContext === null ||
    blockContext(a) ||
    speaking.includes(a.sentence) ||
    spokenByAmount(a);
  // Numbers said with the winning statement first, then with statements agreeing with it; an
  // amount that names its unit ("15 cpd") before one that borrows it from context ("2-3/day").
  // Inside the winning statement itself ("stopped again two years ago") is best of all.
  // (A figure after a losing statement and the bracket that opens right after it, with no bracket
  // between: /^\s*\([^()]*$/ on the text from the statement to the figure. The openings are found
  // once per sentence and only the last one before a figure can hold it, so a sentence of thousands
  // of statements and figures stays linear.)
  const openings = new Map<AmountEvidence['sentence'], number[]>();
  const bracketAfter = /\s*\(/y;
  for (const j of judged) {
    if (j.status === status) continue;
    bracketAfter.lastIndex = j.candidate.mention.end;
    if (!bracketAfter.test(context.noteText)) continue;
    const list = openings.get(j.candidate.sentence) ?? [];
    list.push(bracketAfter.lastIndex);
    openings.set(j.candidate.sentence, list);
  }
  for (const list of openings.values()) list.sort((x, y) => x - y);
  let nextBracket: Int32Array | null = null;
  const inLoserParentheses = (a: AmountEvidence) => {
    const list = openings.get(a.sentence);
    if (!list) return false;
    const i = countBefore(list.length, (k) => list[k]! <= a.mention.start) - 1;
    if (i < 0) return false;
    if (!nextBracket) {
      // The first "(" or ")" at or after each offset (the note's length where none is).
      const text = context.noteText;
      nextBracket = new Int32Array(text.length + 1);
      nextBracket[text.length] = text.length;
      for (let k = text.length - 1; k >= 0; k -= 1)
        nextBracket[k] = text[k] === '(' || text[k] === ')' ? k : nextBracket[k + 1]!;
    }
    return nextBracket[list[i]!]! >= a.mention.start;
  };
  // A figure that another figure of the same field denies right after itself ("he started
  // smoking at 20, not at 14" in an addendum, against "Smoker since age 14" above): the
  // correction wins (decision 54: the later, corrected figure).
  const denied = new Set<SmokingMention>();
  const denial = context.deniedValue
    ? new RegExp(context.deniedValue.source, context.deniedValue.flags.replace('g', ''))
    : null;
  if (denial) {
    for (const b of evidence.amounts) {
      const m = denial.exec(context.noteText.slice(b.mention.end, b.mention.end + 80));
      // ("half a pack a day, not a pack": a pack is one; "not half a pack" a half.)
      const groups = m?.groups;
      const n =
        groups?.n !== undefined
          ? Number(groups.n)
          : groups?.one !== undefined
            ? 1
            : groups?.half !== undefined
              ? 0.5
              : null;
      if (n === null || n === b.mention.value) continue;
      for (const a of evidence.amounts)
        if (a.mention.type === b.mention.type && a.mention.value === n) denied.add(a.mention);
    }
  }
  // An amount a change reached and then undid ("had cut back to half a pack but went back up"):
  // over, so another of its field comes first (decision 32).
  const undo = context.undoneValue
    ? new RegExp(context.undoneValue.source, context.undoneValue.flags.replace('g', ''))
    : null;
  // (Only the amount right before the words: "a pack a day, had cut back to half a pack but went back
  // up" undoes the half pack, not the pack. Found once, before the sort: the words are rare.)
  const undoneSet = new Set<AmountEvidence>();
  if (undo) {
    // The starts of each field's amounts, in order, searched by halves (a long note stays linear).
    const starts = new Map<string, number[]>();
    for (const b of evidence.amounts) {
      const list = starts.get(b.mention.type) ?? [];
      list.push(b.mention.start);
      starts.set(b.mention.type, list);
    }
    for (const list of starts.values()) list.sort((x, y) => x - y);
    for (const a of evidence.amounts) {
      const m = undo.exec(context.noteText.slice(a.mention.end, a.mention.end + 120));
      if (!m) continue;
      const until = a.mention.end + m[0].length;
      const list = starts.get(a.mention.type)!;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! < a.mention.end) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= list.length || list[lo]! >= until) undoneSet.add(a);
    }
  }
  const undone = (a: AmountEvidence) => undoneSet.has(a);
  const preference = (a: AmountEvidence) =>
    (denied.has(a.mention) ? -4 : 0) -
    (undone(a) ? 4 : 0) +
    // A figure said as a revision of an earlier one ("he corrects the history above: it was
    // closer to 35 years") comes before the figures it revises (decision 54).
    // So does one after a revision word ("actually 1 ppd", 正しくは5年前: the vocab's revised_value).
    // Not a current smoker's amount said of a time that is over ("smoked closer to a pack and a
    // half a day through his 30s", below): a revised past is still the past (decision 32).
    ((hasRole(context.roles, a.mention, 'revised') || a.revised) &&
    !(status === 'current' && !a.now && historicalByTrigger(a.mention))
      ? 4
      : 0) +
    (winner && a.mention.start < winner.mention.end && winner.mention.start < a.mention.end
      ? 0.25
      : 0) +
    (winner && a.sentence === winner.sentence ? 2 : 0) +
    (agreeingSentences.has(a.sentence) ? 1 : 0) +
    (a.needsContext === null ? 0.5 : 0) +
    // A current smoker's amount said as today's beats one from an earlier time or no time.
    (status === 'current' && a.now ? 1.5 : 0) -
    // …and one said of a time that is over ("up to two packs a day in my thirties", "two packs
    // back then") loses to one said with no time (decision 32: the present amount).
    (status === 'current' && !a.now && historicalByTrigger(a.mention) ? 1 : 0) -
    // A rough interval ("5年くらい前にやめた", "quit about 5 years ago") loses to a dated
    // record of the same quit ("禁煙開始日 2018年3月12日": decision 66), even when the interval is
    // itself the winning statement, in the winner's sentence (2 + 0.25 + 1 + 0.5 above).
    (ROUGH_INTERVAL_FIELDS.has(a.mention.type) && a.rough ? 4 : 0) -
    // A figure in the parentheses of a statement that lost ("Chart lists her as a former smoker
    // (quit 2003, 20 pk-yrs), but she began again … puts her total at about 22 pack-years") is
    // that statement's: a value of the same field said elsewhere comes first, even when the
    // winning statement shares the sentence (decision 54: the later, corrected figure wins).
    (inLoserParentheses(a) ? 3 : 0) -
    // A figure in a letter the note answers later ("ex-smoker with a 40 pack-year history" in the
    // referral, "56 pack-years rather than the 40 in your letter" in the reply): the reply's
    // figure of the same field comes first (decision 54: the later, corrected figure wins).
    (a.superseded ? 3 : 0) -
    // An amount smoked during the hospital stay ("3-4 a day in the courtyard here") is not the
    // habit: the amount outside hospital ("usually about 15 a day") comes first (decisions 44, 48).
    (a.inHospital ? 2 : 0) -
    // A year after the note's own is no quit that happened ("he will reach 15 years since
    // quitting in 2025" in a 2024 note: the anniversary): any other date of the quit comes first.
    (a.mention.type === 'quit_year' &&
    typeof a.mention.value === 'number' &&
    context.noteDate &&
    a.mention.value > Number(context.noteDate.slice(0, 4))
      ? 5
      : 0);
  const statusesBySentence = new Map<StatusCandidate['sentence'], SmokingMention[]>();
  for (const s of evidence.statuses) {
    const list = statusesBySentence.get(s.sentence) ?? [];
    list.push(s.mention);
    statusesBySentence.set(s.sentence, list);
  }
  for (const list of statusesBySentence.values()) list.sort((x, y) => x.start - y.start);
  // Packs are cigarettes by definition, as pack-years are. A sentence that smokes packs under a
  // general word and then names a pipe or cigars ("smoked 2 packs a day for 30 years, then
  // switched to a pipe around 2005") has a cigarette period: there each amount counts the product
  // named last before it, as a count that borrows its unit does (decision 66), instead of the
  // sentence's products as a whole.
  const generalBefore = (a: AmountEvidence) => {
    const product = productBefore(statusesBySentence.get(a.sentence), a.mention.start);
    return product !== undefined && !isOtherProduct(product);
  };
  const packSentences = new Set(
    evidence.amounts
      .filter((a) => a.mention.type === 'packs_per_day' && generalBefore(a))
      .map((a) => a.sentence),
  );
  // A count that borrows its unit, with nothing named before it in its sentence, and another
  // product added after it ("Now roughly 12 a day, plus a cigar on Saturdays", "10 a day and
  // the odd cigar"): the added product is not what the count counts, so the sentence's cigar
  // does not make the count a cigar count. Without an additive word ("3 a day, cigars mostly")
  // the product after the count still is its unit.
  const addedAfter = (a: AmountEvidence) => {
    if (!PER_DAY_FIELDS.has(a.mention.type) || a.needsContext === null) return false;
    const mentions = statusesBySentence.get(a.sentence) ?? [];
    if (productBefore(mentions, a.mention.start) !== undefined) return false;
    const next = mentions.find((m) => m.start >= a.mention.end && m.product);
    if (!next || !isOtherProduct(next.product!)) return false;
    return context.addedProduct?.test(context.noteText.slice(a.mention.end, next.start)) ?? false;
  };
  const insideOtherProduct = (a: AmountEvidence) => {
    const mentions = statusesBySentence.get(a.sentence) ?? [];
    const cover = mentions.find(
      (m) =>
        m.start <= a.mention.start &&
        m.end >= a.mention.end &&
        m.product !== undefined &&
        isOtherProduct(m.product),
    );
    // Not when cigarettes or a daily amount come before it there ("switched from cigarettes (1
    // ppd x 25 yrs) to heated tobacco"): the duration is theirs.
    const before = (m: SmokingMention) => m.start >= cover!.start && m.start < a.mention.start;
    return (
      cover !== undefined &&
      !mentions.some((m) => m.product === 'cigarette' && m.start > cover.start && before(m)) &&
      !evidence.amounts.some((b) => PER_DAY_FIELDS.has(b.mention.type) && before(b.mention))
    );
  };
  const otherProductDuration = (a: AmountEvidence) => {
    const mentions = statusesBySentence.get(a.sentence) ?? [];
    const last = mentions.filter((m) => m.product !== undefined && m.end <= a.mention.start).pop();
    if (!last || !isOtherProduct(last.product!)) return false;
    // The cigarettes told first with figures of their own ("cigarettes and a pipe for 30 years"
    // gives both one span).
    const cigarettes = mentions.find((m) => m.product === 'cigarette' && m.end <= last.start);
    const cigarettesFirst =
      cigarettes !== undefined &&
      evidence.amounts.some(
        (b) =>
          b.sentence === a.sentence &&
          b.mention.start >= cigarettes.end &&
          b.mention.end <= last.start,
      );
    const amountBetween = evidence.amounts.some(
      (b) =>
        PER_DAY_FIELDS.has(b.mention.type) &&
        b.mention.start >= last.end &&
        b.mention.end <= a.mention.start,
    );
    return cigarettesFirst && !amountBetween;
  };
  const usable = evidence.amounts.filter((a) => {
    const reason = notFirstHand(a.mention);
    if (reason) {
      a.mention.decision = reason;
      return false;
    }
    if (!hasContext(a)) {
      a.mention.decision = 'ignored: no smoking statement beside it';
      return false;
    }
    const speaker = owner(a);
    if (speaker && (losingSentences.has(speaker) || inLosingBlock(a, speaker))) {
      a.mention.decision = 'ignored: said with a statement that lost';
      return false;
    }
    if (a.partWeek) {
      a.mention.decision = 'ignored: some days of the week only, no daily rate (decision 62)';
      return false;
    }
    const byLabel = evidence.labelProducts.get(a.sentence);
    const byStatus = products.get(a.sentence);
    const named =
      byLabel || byStatus ? new Set([...(byStatus ?? []), ...(byLabel ?? [])]) : undefined;
    const otherProductsOnly =
      named !== undefined &&
      !named.has('cigarette') &&
      [...named].some(isOtherProduct) &&
      !(packSentences.has(a.sentence) && generalBefore(a)) &&
      !addedAfter(a) &&
      // Told before the switch to the other product in the same sentence ("喫煙：1日20本を15年、5年前に
      // パイプに切り替えた"): the cigarettes smoked until the switch (see resolve).
      !switches.some((s) => s.sentence === a.sentence && a.mention.end <= s.mention.start);
    if (!a.mention.type.startsWith('quit_') && otherProductsOnly) {
      a.mention.decision = 'ignored: not cigarettes';
      return false;
    }
    if (countsProductNow(a, named)) {
      a.mention.decision = 'ignored: not cigarettes (the product smoked now, decisions 3 and 20)';
      return false;
    }
    // A duration inside the statement of a cigar, pipe or hookah habit ("smokes 2-3 cigars a
    // week and has for 30 years; quit cigarettes after 10 years"): that product's years, even
    // when the sentence names cigarettes elsewhere (decision 25).
    if (a.mention.type === 'years_smoked' && insideOtherProduct(a)) {
      a.mention.decision = 'ignored: not cigarettes (the duration of another product)';
      return false;
    }
    // A duration told after a cigar or pipe that follows the cigarettes in its sentence
    // ("cigarettes 1 ppd x 20 yrs, quit 1990; then a pipe for about 25 yrs"): the product named
    // last before it is what it counts, as for a count that borrows its unit (decision 66). Not
    // when a daily amount stands between that product and the duration (its own amount's span).
    if (a.mention.type === 'years_smoked' && otherProductDuration(a)) {
      a.mention.decision = 'ignored: not cigarettes (the duration of another product)';
      return false;
    }
    // A count that borrows its unit ("2-3 a day") counts the product named last before it in
    // its sentence: "cigarettes ~1 ppd until 1991, then switched to cigars, 2-3 a day" is cigars,
    // though the sentence names cigarettes too.
    if (PER_DAY_FIELDS.has(a.mention.type) && a.needsContext !== null) {
      const product = productBefore(statusesBySentence.get(a.sentence), a.mention.start);
      if (product && isOtherProduct(product)) {
        a.mention.decision = 'ignored: not cigarettes';
        return false;
      }
    }
    return true;
  });
  // (Each figure's preference once, not at every comparison of the sort.)
  const preferred = new Map(usable.map((a) => [a, preference(a)]));
  usable.sort((a, b) => preferred.get(b)! - preferred.get(a)! || b.mention.start - a.mention.start);
  const picked: Picked = {};
  // One quit date per note, whichever way it is written: "quit in 2015 … stopped again two
  // years ago" must not mix the first quit's year with the second's interval.
  const quitDate = QUIT_DATE_FIELDS;
  // Cigarettes quit while a cigar, pipe or heated tobacco goes on (decisions 3, 20 and 46): the
  // patient is current, but the numbers come from the cigarette history, which the quit age ends
  // ("紙巻きたばこは40歳でやめた（20歳から、1日25本）。その後は葉巻に替え、今も…" → 40 − 20 = 20
  // years, not the patient's age − 20). Not after a relapse: gaps do not shorten a current
  // smoker's years (decision 45).
  const cigarettesEnded =
    status === 'current' &&
    !judged.some((j) => j.candidate.relapse) &&
    judged.some((j) => j.status === 'former' && productOf(j) === 'cigarette') &&
    judged.some((j) => j.status === 'current' && isOtherProduct(productOf(j)));
  // The same switch to heated tobacco, a cigar or a pipe that goes on, told as a switch ("2003年頃…
  // 吸い始め…2019年の春からはIQOSに切り替え"): the year of the switch, or of the cigarettes' quit, ends
  // the cigarette years that a start year counts from (decisions 3, 8 and 46: 2019 − 2003 = 16, not
  // the note's year − 2003). It is no quit date of the patient, who still smokes.
  const switchedNow =
    cigarettesEnded ||
    (status === 'current' && !judged.some((j) => j.candidate.relapse) && switches.length > 0);
  let cigarettesEnd: number | null = null;
  // A duration told before the quit that a relapse in the same sentence undid ("had been off
  // cigarettes since about 2014, after some 30 years of a pack a day, but she took it back up over
  // Christmas"): the years of the first period only. The restart adds a period of no stated
  // length, so the total cannot be summed and years_smoked stays null (decision 61).
  const relapseWinner = status === 'current' && winner?.relapse ? winner : undefined;
  const beforeRelapse = (a: AmountEvidence) =>
    relapseWinner !== undefined &&
    a.mention.type === 'years_smoked' &&
    a.sentence === relapseWinner.sentence &&
    a.mention.end <= relapseWinner.mention.start &&
    judged.some(
      (j) =>
        j.status === 'former' &&
        j.candidate.sentence === a.sentence &&
        j.candidate.mention.end <= relapseWinner.mention.start,
    );
  // A period told with its own end ("two packs a day from 1979 until 1996"), in a sentence before
  // the first relapse, or in a row that dates its quit ("Tobacco: Former smoker. Quit 1999. 1 ppd x
  // 25 yrs." above "has been sneaking a few cigarettes a day"): that period's figures are not the
  // relapse's.
  const relapses = judged
    .filter((j) => j.status === 'current' && j.candidate.relapse)
    .map((j) => j.candidate);
  const firstRelapse = relapses.sort((x, y) => x.mention.start - y.mention.start)[0];
  const newlines: number[] = [];
  for (
    let at = context.noteText.indexOf('\n');
    at >= 0;
    at = context.noteText.indexOf('\n', at + 1)
  )
    newlines.push(at);
  const lineOf = (offset: number) => countBefore(newlines.length, (i) => newlines[i]! < offset);
  const sameLine = (a: SmokingMention, b: SmokingMention) =>
    lineOf(Math.min(a.start, b.start)) === lineOf(Math.max(a.end, b.end));
  // Not an amount dated to today ("had quit in 2019 but could not stay away from them; now about 6
  // cigarettes a day" above "A/P: relapsed"): that is the relapse's own amount (decision 9).
  const endedPeriod = (a: AmountEvidence) =>
    firstRelapse !== undefined &&
    a.now !== true &&
    a.mention.end <= firstRelapse.mention.start &&
    !relapses.some((r) => r.sentence === a.sentence) &&
    usable.some(
      (q) =>
        (q.sentence === a.sentence ||
          (q.mention.type === 'quit_year' &&
            sameLine(q.mention, a.mention) &&
            !relapses.some((r) => r.sentence === q.sentence))) &&
        (q.mention.type === 'quit_year' || q.mention.type === 'year_span'),
    );
  for (const amount of usable) {
    const { mention } = amount;
    const field = mention.type as SmokingAmountField;
    if (beforeRelapse(amount)) {
      mention.decision = 'ignored: the years before a quit that a relapse undid (decision 61)';
      continue;
    }
    // The amount of a period that a quit ended, told before the relapse ("two packs a day from
    // 1979 until 1996. Took it up again … a few cigarettes on weekends"): a relapsed smoker's
    // amount is the one smoked since (decision 9), so the old period's says nothing of it.
    if (relapseWinner && PER_DAY_FIELDS.has(field) && endedPeriod(amount)) {
      mention.decision =
        'ignored: the amount of a period a quit ended, before the relapse (decision 9)';
      continue;
    }
    // So are that period's years ("Former smoker, quit 2019, 1.5 ppd x 25 yrs" above "started
    // again after the funeral"): the first period only; summedPeriods adds the restart's when
    // it is dated, and otherwise the total is unknown (decision 61).
    // (Also a span that dates the first period, "two packs a day from 1979, when he enlisted, until
    // 1996" above "took it up again some years later".)
    if (
      relapseWinner &&
      (field === 'years_smoked' || field === 'year_span') &&
      endedPeriod(amount)
    ) {
      mention.decision = 'ignored: the years before a quit that a relapse undid (decision 61)';
      continue;
    }
    // A restart's year starts the latest period only: never the start of the whole history
    // (summedPeriods counts it when the periods can be summed, decision 61).
    if (hasRole(context.roles, mention, 'restart-year')) {
      mention.decision = 'ignored: starts a period after a quit (decision 61)';
      continue;
    }
    // The age of a switch that goes on ("45歳で加熱式に切り替えた") ends the cigarette years as the
    // switch's year does (decisions 8 and 46); it is no quit of the patient, who still smokes.
    // So does the end age of a span told before the switch ("2箱/日（20〜35歳）。その後加熱式たばこに切り替え").
    const switchAge =
      field === 'quit_age' &&
      switchedNow &&
      (hasRole(context.roles, mention, 'switch-age') ||
        switches.some((s) => mention.end <= s.mention.start));
    if (
      field.startsWith('quit_') &&
      status === 'current' &&
      !(field === 'quit_age' && cigarettesEnded) &&
      !switchAge
    ) {
      if (field === 'quit_year' && switchedNow && cigarettesEnd === null) {
        cigarettesEnd = num(mention);
        mention.decision = 'used: ends the cigarette years before the switch (decisions 3 and 46)';
        continue;
      }
      mention.decision = 'ignored: current smoker has no quit date';
      continue;
    }
    // A switch year of a patient who no longer smokes: the switch did not end the smoking, and
    // the year the other product stopped is the quit (decision 65); it still ends the cigarette
    // period the numbers come from (2005–2015 of "2005年に吸い始め…2015年にアイコスに切り替え、
    // 2020年にそれもやめた").
    if (hasRole(context.roles, mention, 'switch-year')) {
      mention.decision = 'ignored: the year of a switch to another product, not a quit';
      if (cigarettesEnd === null) {
        cigarettesEnd = num(mention);
        mention.decision =
          'used: ends the cigarette years before the switch, no quit (decision 65)';
      }
      continue;
    }
    const sameDate = (quitDate as readonly string[]).includes(field)
      ? quitDate.find((f) => picked[f])
      : undefined;
    if (picked[field] || sameDate) {
      mention.decision = `lost: another ${picked[field] ? field : sameDate} was preferred`;
      continue;
    }
    // One daily amount per note, in packs or in cigarettes: a count told in an earlier sentence
    // than the preferred pack amount ("1日10本くらい" … wife: "毎日2箱は吸っていました", confirmed)
    // loses to it, as a count of the same unit would. In one sentence both stand ("1日1箱強（25本
    // ほど）"), and so do an earlier pack amount and a later count (the count is used, derive).
    const otherUnit =
      field === 'packs_per_day'
        ? picked.cigarettes_per_day
        : field === 'cigarettes_per_day'
          ? picked.packs_per_day
          : undefined;
    const otherUnitAmount = otherUnit && usable.find((u) => u.mention === otherUnit);
    if (
      otherUnitAmount &&
      otherUnitAmount.sentence !== amount.sentence &&
      mention.start < otherUnit.start
    ) {
      mention.decision = `lost: another ${otherUnit.type} was preferred`;
      continue;
    }
    // In one sentence, a current smoker's amount of a time that is over ("back up to a pack a day
    // after managing 5 a day over the winter") loses to today's in the other unit (decision 32:
    // the present amount), whichever came first.
    const pastAmount = (a: AmountEvidence) =>
      status === 'current' && !a.now && historicalByTrigger(a.mention);
    if (otherUnitAmount && otherUnitAmount.sentence === amount.sentence) {
      if (pastAmount(amount) && !pastAmount(otherUnitAmount)) {
        mention.decision = `lost: another ${otherUnit.type} was preferred (a past amount)`;
        continue;
      }
      if (pastAmount(otherUnitAmount) && !pastAmount(amount)) {
        otherUnit.decision = `lost: another ${mention.type} was preferred (a past amount)`;
        if (field === 'packs_per_day') picked.cigarettes_per_day = undefined;
        else picked.packs_per_day = undefined;
      }
    }
    picked[field] = mention;
    mention.decision = 'used';
  }
  // A current smoker's duration from a block copied from an older note ("Tobacco: 1 ppd x 20
  // yrs" copied from 2019) against a start told in the note's own words ("started at 20"): the
  // copy was true then, the start counts the years to today (spec 3: the most recent statement).
  const copiedYears = picked.years_smoked && usable.find((u) => u.mention === picked.years_smoked);
  const ownStart = [picked.start_age, picked.start_year]
    .map((m) => m && usable.find((u) => u.mention === m))
    .find((u) => u && !u.copied);
  if (status === 'current' && copiedYears?.copied && ownStart) {
    copiedYears.mention.decision = 'lost: copied from an older note; the start counts to today';
    delete picked.years_smoked;
  }
  dropDerivedFromReplaced(picked, usable);
  // A start year after a quit ("quit cigarettes in '09 … back to smoking since 2017"): the year
  // starts the latest period only, and the first period has no length here, so the years smoked
  // cannot be summed (decision 61). The quit itself is ignored for a current smoker, but it
  // still dates the restart.
  const start = picked.start_year;
  if (
    start &&
    (status === 'current' || status === 'former') &&
    typeof start.value === 'number' &&
    usable.some(
      (a) =>
        a.mention.type === 'quit_year' &&
        typeof a.mention.value === 'number' &&
        // …and the start of a period told with its own end, before a relapse that no restart year
        // dates ("from 1979 … until 1996. Took it up again some years later"): the years since
        // the start hold a gap of unknown length (decision 61).
        (a.mention.value < (start.value as number) ||
          (relapseWinner !== undefined &&
            a.mention.value > (start.value as number) &&
            endedPeriod(usable.find((u) => u.mention === start)!))),
    )
  ) {
    start.decision = 'ignored: starts a period after a quit (decision 61)';
    delete picked.start_year;
  }
  // A relapsed smoker whose history starts at an age ("Started at 19", "34 yo"), with a quit dated
  // before the relapse ("stopped in 2017 …, stayed off until her divorce last fall"): age − start
  // would count the break, and the first period runs from an age to a date, so the periods cannot
  // be summed in one unit (decisions 56 and 61): years_smoked stays null. Only a quit two or more
  // years back, a break that may last years: a short attempt ("昨年春に一度禁煙したが2週間で再開",
  // "quit for two weeks last summer") does not shorten the years (decision 64; ja decision 45).
  const ageStart = picked.start_age;
  const noteYear = context.noteDate ? Number(context.noteDate.slice(0, 4)) : null;
  const longBreak = (a: AmountEvidence) => {
    const v = a.mention.value;
    if (typeof v !== 'number' || a.mention.start >= (relapseWinner?.mention.start ?? 0))
      return false;
    if (a.mention.type === 'quit_year') return noteYear !== null && v <= noteYear - 2;
    return a.mention.type === 'quit_years_ago' && v >= 2;
  };
  if (ageStart && relapseWinner && !picked.quit_age && usable.some(longBreak)) {
    ageStart.decision = 'ignored: the years since this age hold a break (decisions 56 and 61)';
    delete picked.start_age;
  }
  // A current smoker's amount is today's (decision 32); periods are a former smoker's history.
  // Periods after a break told by spans come first: each span is a whole period (decision 61).
  const history = status === 'never' ? null : relapseHistory(usable, status, context);
  const summed = history
    ? null
    : (summedPeriods(usable, status, context) ??
      (status === 'never' ? null : restartDuration(usable, context)));
  // (Periods around a restart before those dated by a change of amount: their lengths are the
  // summed years' own, so the products agree with years_smoked.)
  const listed = status === 'former' ? periodsOf(usable) : [];
  const restarted = listed.length === 0 ? (summed?.periods ?? []) : [];
  const periods =
    listed.length > 0
      ? listed
      : restarted.length > 0
        ? restarted
        : status === 'former'
          ? formerPeriods(usable, context)
          : [];
  return { picked, periods, cigarettesEnd, summedYears: summed?.years ?? null, history };
}

/**
 * A record's stated index that is the product of its own daily amount and years ("Packs/day: 2.00
 * / Years: 20.00 / Pack years: 40.00"), when the note replaced both of those ("entered wrong …
 * about half a pack a day for roughly 10 years"): it was computed from the replaced figures and
 * goes with them (decision 54; spec 3: the specific first-hand statement wins over EHR fields), so
 * the index is computed again from the figures used. Only when amount, years and index lie
 * within a few lines of one another (one record), and both picked figures differ from the losers.
 */
function dropDerivedFromReplaced(picked: Picked, usable: readonly AmountEvidence[]): void {
  const perDay = picked.cigarettes_per_day ?? picked.packs_per_day;
  const years = picked.years_smoked;
  const cigarettes = (m: SmokingMention) =>
    typeof m.value !== 'number' ? null : m.type === 'packs_per_day' ? m.value * 20 : m.value;
  if (!perDay || !years || typeof years.value !== 'number') return;
  const pickedCigarettes = cigarettes(perDay);
  const lost = (a: AmountEvidence) => a.mention.decision.startsWith('lost: another');
  const lostPerDay = usable.filter(
    (a) =>
      PER_DAY_FIELDS.has(a.mention.type) &&
      lost(a) &&
      cigarettes(a.mention) !== null &&
      cigarettes(a.mention) !== pickedCigarettes,
  );
  const lostYears = usable.filter(
    (a) =>
      a.mention.type === 'years_smoked' &&
      lost(a) &&
      typeof a.mention.value === 'number' &&
      a.mention.value !== years.value,
  );
  for (const [field, per] of [
    ['pack_years', 20],
    ['brinkman_index', 1],
  ] as const) {
    const index = picked[field];
    if (!index || typeof index.value !== 'number') continue;
    const stated = index.value;
    const near = (m: SmokingMention) => Math.abs(m.start - index.start) <= RECORD_REACH;
    const derivedFrom = lostPerDay.some(
      (d) =>
        near(d.mention) &&
        lostYears.some(
          (y) =>
            near(y.mention) &&
            Math.abs(y.mention.start - d.mention.start) <= RECORD_REACH &&
            Math.abs((cigarettes(d.mention)! * (y.mention.value as number)) / per - stated) <= 0.5,
        ),
    );
    if (!derivedFrom) continue;
    index.decision = `lost: computed from a replaced amount and years (decision 54)`;
    delete picked[field];
  }
}

/** How far apart the rows of one record may lie ("Packs/day: … / Years: … / Pack years: …"). */
const RECORD_REACH = 120;

/** The positive per-day amounts among the usable evidence, in note order. */
function perDayAmounts(usable: readonly AmountEvidence[]): AmountEvidence[] {
  return usable
    .filter((a) => PER_DAY_FIELDS.has(a.mention.type) && (num(a.mention) ?? 0) > 0)
    .sort((a, b) => a.mention.start - b.mention.start);
}

/** A per-day amount in cigarettes (a pack is 20). */
const dailyCigarettes = (a: AmountEvidence) =>
  num(a.mention)! * (a.mention.type === 'packs_per_day' ? 20 : 1);

/** Exactly two per-day amounts that differ: the two periods of decision 73, or nothing. */
function twoDifferentAmounts(
  usable: readonly AmountEvidence[],
): [AmountEvidence, AmountEvidence] | null {
  const perDay = perDayAmounts(usable);
  if (perDay.length !== 2) return null;
  const [first, second] = perDay as [AmountEvidence, AmountEvidence];
  return dailyCigarettes(first) === dailyCigarettes(second) ? null : [first, second];
}

/**
 * Decision 73 across sentences: a former smoker's amount that changed at a point dated by a year
 * ("through the eighties he was up to two packs a day. When his first daughter arrived in 1990 he
 * cut that in half and held at about a pack a day … put them down for good in the spring of
 * 2003"; "smoked a pack and a half a day until …, 2004. She started again in 2008 - about half
 * that much - and stopped for good in March 2020"). Two amounts, the second in a later sentence
 * with a year before it: the first period runs from the start year to that year, or to a quit
 * before it (a break, decision 61), the second from that year to the last quit. Every period then
 * has an amount and a duration, so the amount is their time-weighted mean and the years their
 * sum. Empty unless every boundary is a year.
 */
function datedPeriods(usable: readonly AmountEvidence[], context: ResolveContext): SmokingPeriod[] {
  const pair = twoDifferentAmounts(usable);
  if (!pair) return [];
  const [first, second] = pair;
  // Both amounts in one sentence only with the year of the change between them ("Started in 1980 at
  // a pack a day; in 1990 he went up to two packs a day … until he quit in 2015").
  const sameSentence = first.sentence === second.sentence;
  const between = context.noteText.slice(first.mention.end, second.mention.start);
  if (sameSentence && !/\b(?:19|20)\d\d\b/.test(between)) return [];
  const yearsOf = (field: string) =>
    usable
      .filter((a) => a.mention.type === field)
      .map((a) => num(a.mention))
      .filter((v): v is number => v !== null);
  const lead = sameSentence
    ? between
    : context.noteText.slice(second.sentence.start, second.mention.start);
  // The year of the change before the new amount ("When his first daughter arrived in 1990 he
  // cut that in half"), or else right after it ("cut that to roughly a pack a day after his
  // daughter was born in 1990 and stopped altogether in 1998": the first year that follows; a year
  // that is the last quit fails the test below).
  const tail = context.noteText.slice(second.mention.end, second.sentence.end);
  const quits = yearsOf('quit_year');
  const end = Math.max(...quits);
  // With no year before the new amount, the first amount's own end ("two packs a day until 1995.
  // After his first child was born that year he cut to a pack a day"): the new amount follows on.
  const firstEnd = usable
    .filter(
      (a) =>
        a.mention.type === 'quit_year' &&
        a.sentence === first.sentence &&
        a.mention.start > first.mention.start,
    )
    .map((a) => num(a.mention))
    .find((v): v is number => v !== null && v < end);
  const change = Number(
    [...lead.matchAll(/\b(?:19|20)\d\d\b/g)].pop()?.[0] ??
      firstEnd ??
      /\b(?:19|20)\d\d\b/.exec(tail)?.[0] ??
      Number.NaN,
  );
  const start = Math.min(...yearsOf('start_year'));
  if (!(start < change && change < end)) return [];
  const breakQuit = Math.max(...quits.filter((q) => q > start && q <= change));
  const firstPeriodEnd = Number.isFinite(breakQuit) ? breakQuit : change;
  for (const a of pair) {
    a.mention.decision =
      'used: one of 2 smoking periods dated by years (years summed, amount weighted by years)';
  }
  return [
    { cigarettesPerDay: dailyCigarettes(first), years: firstPeriodEnd - start },
    { cigarettesPerDay: dailyCigarettes(second), years: end - change },
  ];
}

/** A former smoker's periods told by a change of amount, dated by years or else by ages. */
function formerPeriods(
  usable: readonly AmountEvidence[],
  context: ResolveContext,
): SmokingPeriod[] {
  const dated = datedPeriods(usable, context);
  return dated.length > 0 ? dated : agedPeriods(usable, context);
}

/**
 * Decision 73 with ages for boundaries: "she smoked a pack a day from 18 to 30, then cut down to
 * about half a pack a day until she quit at 50" is 12 years at 20 a day and 20 years at 10 a day.
 * Two amounts; the age that closes the first (a quit age read before the second amount) is where
 * the second starts, with a change word and no restart between them (a restart after a quit age
 * is a break, decision 61: `summedPeriods`), and the last quit age ends it. One start age.
 */
function agedPeriods(usable: readonly AmountEvidence[], context: ResolveContext): SmokingPeriod[] {
  const pair = twoDifferentAmounts(usable);
  if (!pair) return [];
  const [first, second] = pair;
  const starts = new Set(
    usable.filter((a) => a.mention.type === 'start_age').map((a) => num(a.mention)),
  );
  if (starts.size !== 1 || usable.some((a) => hasRole(context.roles, a.mention, 'restart-year')))
    return [];
  const start = [...starts][0];
  const quitAges = usable.filter((a) => a.mention.type === 'quit_age');
  const closing = quitAges
    .filter((a) => a.mention.end <= second.mention.start && a.mention.end > first.mention.start)
    .sort((a, b) => a.mention.end - b.mention.end)
    .pop();
  const last = quitAges.filter((a) => a.mention.start > second.mention.end);
  const change = closing ? num(closing.mention) : null;
  const end = last.length > 0 ? Math.max(...last.map((a) => num(a.mention) ?? Number.NaN)) : null;
  if (typeof start !== 'number' || change === null || end === null) return [];
  if (!(start < change && change < end)) return [];
  const turn = context.noteText.slice(closing!.mention.end, second.mention.start);
  if (
    !/\b(?:then|cut|down|up|reduced|decreased|increased|went|dropped|later)\b/i.test(turn) ||
    /\b(?:restart\w*|resum\w*|relaps\w*|again|picked|took)\b/i.test(turn) ||
    turn.length > 60
  )
    return [];
  for (const a of pair) {
    a.mention.decision =
      'used: one of 2 smoking periods told by ages (years summed, amount weighted by years)';
  }
  return [
    { cigarettesPerDay: dailyCigarettes(first), years: change - start },
    { cigarettesPerDay: dailyCigarettes(second), years: end - change },
  ];
}

/** The years of a span mention ("2017-2021", 「2017〜2021年」), or null. */
function spanYears(a: AmountEvidence): readonly [number, number] | null {
  const v = a.mention.value;
  return a.mention.type === 'year_span' && Array.isArray(v) && v[0] < v[1]
    ? (v as readonly [number, number])
    : null;
}

/**
 * The spans among `amounts` that start after a break: after a quit year ("Quit in 2015, smoked
 * again 2017-2021") or two or more years after another span's end ("smoked 1980-2000, quit, then
 * again 2005-2010"; a span that follows on, "1990-1999, then 2000-2010", is one history).
 */
function spansAfterBreak(amounts: readonly AmountEvidence[]): AmountEvidence[] {
  const spans = amounts.filter((a) => spanYears(a) !== null);
  const quits = amounts
    .filter((a) => a.mention.type === 'quit_year' && typeof a.mention.value === 'number')
    .map((a) => a.mention.value as number);
  // (The earliest quit and span end answer for all: linear in the number of mentions.)
  const firstQuit = Math.min(...quits);
  const firstEnd = Math.min(...spans.map((b) => spanYears(b)![1]));
  return spans.filter((a) => {
    const [from] = spanYears(a)!;
    return firstQuit < from || firstEnd <= from - 2;
  });
}

/**
 * A relapse statement whose period ended in a stated year before the note's: a span that starts
 * after a break, beside the relapse words in their clause ("relapsed 2017-2021", "2017〜2021年に
 * 再喫煙"), with no restart after its end. Also one told by ages ("restarted from 40 to 50"): the
 * span's end age, below the patient's age when the note gives it, with no restart age after it.
 */
/**
 * Whether the winning concept ("Cigarettes", "smoker", "Tobacco use disorder") is followed in its
 * sentence, within 20 characters and no clause break, by a span of years, every such span in that
 * sentence ending before the note's year.
 */
function endedSpanAfterNoun(
  winner: Judged,
  evidence: NoteEvidence,
  context: ResolveContext,
): boolean {
  const noteYear = context.noteDate ? Number(context.noteDate.slice(0, 4)) : null;
  if (noteYear === null) return false;
  const noun = winner.candidate.mention;
  const spans = evidence.amounts.filter(
    (a) =>
      a.sentence === winner.candidate.sentence &&
      a.mention.type === 'year_span' &&
      !notFirstHand(a.mention) &&
      !a.mention.assertion.negated,
  );
  const beside = spans.some((a) => {
    if (a.mention.start < noun.end) return false;
    const gap = context.noteText.slice(noun.end, a.mention.start);
    return gap.length <= 20 && !/[,;:、。，；]|\.\s/.test(gap);
  });
  return beside && spans.every((a) => (spanYears(a)?.[1] ?? noteYear) < noteYear);
}

function closedRelapse(winner: Judged, evidence: NoteEvidence, context: ResolveContext): boolean {
  const own = evidence.amounts.filter(
    (a) => !notFirstHand(a.mention) && !a.mention.assertion.negated,
  );
  const relapse = winner.candidate.mention;
  const beside = (a: AmountEvidence) => {
    if (a.sentence !== winner.candidate.sentence) return false;
    const gap = context.noteText.slice(
      Math.min(a.mention.end, relapse.end),
      Math.max(a.mention.start, relapse.start),
    );
    return gap.length <= 20 && !/[,;、。，；]|\.\s/.test(gap);
  };
  const endAge = own.find(
    (a) =>
      a.mention.type === 'quit_age' &&
      a.mention.end > relapse.start &&
      beside(a) &&
      (context.age === null || (num(a.mention) ?? Number.POSITIVE_INFINITY) < context.age),
  );
  if (
    endAge &&
    !own.some(
      (a) =>
        a.mention.type === 'start_age' &&
        a.mention.start >= endAge.mention.end &&
        hasRole(context.roles, a.mention, 'restart-year'),
    )
  )
    return true;
  const noteYear = context.noteDate ? Number(context.noteDate.slice(0, 4)) : null;
  if (noteYear === null) return false;
  const span = spansAfterBreak(own).find((a) => beside(a) && spanYears(a)![1] < noteYear);
  if (!span) return false;
  const end = spanYears(span)![1];
  // A restart after the span's end ("…, smoking again since 2024"): the relapse goes on.
  return !own.some(
    (a) =>
      a.mention.type === 'start_year' &&
      typeof a.mention.value === 'number' &&
      a.mention.value > end,
  );
}

/** The years of a history with periods after breaks told by spans (relapseHistory). */
interface RelapseHistory {
  /** The sum of the periods, or null when one of them cannot be counted (decision 61). */
  readonly years: number | null;
  /** The end of the last span after a break: a later quit than the one before it (decision 42). */
  readonly lastEnd: number;
}

/**
 * Decision 61 for periods after a quit told by their own years ("Quit in 2015, smoked again
 * 2017-2021"; "smoked 1980-2000, quit, then again 2005-2010"; 「平成20年禁煙、平成25年から令和2年まで
 * 再喫煙」): each such span is a period whose end is a later quit (decisions 4 and 42). years_smoked
 * is the sum of the periods only when each can be counted: the first, before the first break, by
 * its own span, a start year or a duration told before the spans; the spans; and a restart after
 * them, to the note's year for a current smoker or to a later quit. Otherwise null. Null (no
 * history) when no span starts after a break.
 */
function relapseHistory(
  usable: readonly AmountEvidence[],
  status: SmokingStatus,
  context: ResolveContext,
): RelapseHistory | null {
  const after = spansAfterBreak(usable);
  if (after.length === 0) return null;
  const noteYear = context.noteDate ? Number(context.noteDate.slice(0, 4)) : null;
  const laterSpans = new Map(after.map((a) => [spanYears(a)!.join('-'), spanYears(a)!]));
  const breakAt = Math.min(...[...laterSpans.values()].map((v) => v[0]));
  const lastEnd = Math.max(...[...laterSpans.values()].map((v) => v[1]));
  const afterSet = new Set(after);
  const firstSpan = mentionOrder(usable).find(
    (a) => spanYears(a) !== null && !afterSet.has(a) && spanYears(a)![1] < breakAt,
  );
  const yearsOf = (field: string) =>
    usable
      .filter((a) => a.mention.type === field && typeof a.mention.value === 'number')
      .map((a) => a.mention.value as number);
  const firstQuit = Math.max(...yearsOf('quit_year').filter((q) => q < breakAt));
  // A restart year read at a span's end ("2017〜2021年に再喫煙"): the span's, not a restart.
  const spanMentions = mentionOrder(usable.filter((b) => spanYears(b) !== null));
  const insideSpan = (a: AmountEvidence) => {
    // The span that starts last before the mention ends (binary search; spans rarely overlap).
    const at = countBefore(
      spanMentions.length,
      (k) => spanMentions[k]!.mention.start < a.mention.end,
    );
    const b = spanMentions[at - 1];
    return b !== undefined && b.mention.end > a.mention.start;
  };
  const firstStart = usable
    .filter(
      (a) =>
        a.mention.type === 'start_year' &&
        typeof a.mention.value === 'number' &&
        a.mention.value < firstQuit &&
        !insideSpan(a) &&
        !hasRole(context.roles, a.mention, 'restart-year'),
    )
    .map((a) => a.mention.value as number);
  const firstMention = Math.min(...after.map((a) => a.mention.start));
  const durationBefore = mentionOrder(usable)
    .filter((a) => a.mention.type === 'years_smoked' && a.mention.end <= firstMention)
    .pop()?.mention;
  const first = firstSpan
    ? spanYears(firstSpan)![1] - spanYears(firstSpan)![0]
    : firstStart.length > 0 && Number.isFinite(firstQuit)
      ? firstQuit - Math.min(...firstStart)
      : num(durationBefore);
  const restart = usable
    .filter(
      (a) =>
        a.mention.type === 'start_year' &&
        typeof a.mention.value === 'number' &&
        a.mention.value > lastEnd &&
        !insideSpan(a),
    )
    .map((a) => a.mention.value as number)
    .sort((x, y) => y - x)[0];
  const end =
    restart === undefined
      ? null
      : status === 'current'
        ? noteYear
        : Math.max(...yearsOf('quit_year').filter((q) => q > restart));
  // A current smoker's period since the last span has no start unless a restart dates it.
  const last =
    restart === undefined
      ? status === 'current'
        ? null
        : 0
      : end !== null && Number.isFinite(end) && end >= restart
        ? end - restart
        : null;
  let spans = 0;
  for (const [from, to] of laterSpans.values()) spans += to - from;
  for (const a of after) a.mention.decision = 'used: a period after a break (decision 61)';
  return {
    years: first === null || first <= 0 || last === null ? null : first + spans + last,
    lastEnd,
  };
}

/** Amounts dated on the calendar (years, spans, intervals back from the note date). */
const CALENDAR_FIELDS = new Set<string>([
  'quit_year',
  'start_year',
  'year_span',
  'quit_years_ago',
  'quit_months_ago',
  'start_years_ago',
  'quit_month',
  'quit_season',
  'quit_date',
]);

/** Amounts in the order the note tells them. */
function mentionOrder(amounts: readonly AmountEvidence[]): AmountEvidence[] {
  return [...amounts].sort((a, b) => a.mention.start - b.mention.start);
}

/**
 * Decision 61: a quit, then a restart dated by its year ("stopped in 2012 after ten years at half
 * a pack, but started again in 2016"; "started in 1978 … quit in 1996 … picked cigarettes back up
 * in 2010"): years_smoked is the first period plus the one since the restart, to the note's year
 * for a current smoker or to the last quit for a former one. Only when every period can be
 * counted in years: the first from a start year to the quit, a duration told before the restart,
 * or a year span that ends by the restart. Otherwise null (the restart's start year is then
 * ignored, pickAmounts).
 */
function summedPeriods(
  usable: readonly AmountEvidence[],
  status: SmokingStatus,
  context: ResolveContext,
): { years: number; periods: SmokingPeriod[] } | null {
  const noteYear = context.noteDate ? Number(context.noteDate.slice(0, 4)) : null;
  // A restart counted back from the note date ("started again two years ago") is the year it names.
  const restartAgo = (a: AmountEvidence) =>
    a.mention.type === 'start_years_ago' && hasRole(context.roles, a.mention, 'restart-year');
  // An age ("started at eighteen, quit at thirty, took it up again at forty-one") is the year the
  // patient was that old, from the patient's age at the note date: the periods' lengths are the same.
  // Only when the restart itself is told by an age.
  const restartByAge = usable.some(
    (a) => a.mention.type === 'start_age' && hasRole(context.roles, a.mention, 'restart-year'),
  );
  const byAge = (a: AmountEvidence) =>
    restartByAge && (a.mention.type === 'start_age' || a.mention.type === 'quit_age');
  // A former smoker's history told in ages alone ("1 ppd from 18 to 30, quit, restarted at 35 …
  // until she quit at 50"): the periods' lengths need no calendar, so with no age of the patient
  // the ages stand for the years. Not beside a calendar date, which would mix the two scales.
  const agesAlone =
    restartByAge &&
    status === 'former' &&
    context.age === null &&
    !usable.some((a) => CALENDAR_FIELDS.has(a.mention.type));
  // A quit counted back from the note date ("stopped again 4 years ago") ends its period in the
  // year it names, as a start year with such a quit gives years (decision 70).
  const quitAgo = (a: AmountEvidence) => a.mention.type === 'quit_years_ago';
  const yearOf = (a: AmountEvidence) =>
    typeof a.mention.value !== 'number'
      ? null
      : restartAgo(a) || quitAgo(a)
        ? noteYear === null
          ? null
          : noteYear - a.mention.value
        : byAge(a)
          ? agesAlone
            ? a.mention.value
            : noteYear === null || context.age === null
              ? null
              : noteYear - (context.age - a.mention.value)
          : a.mention.value;
  const years = (field: string) =>
    usable.filter(
      (a) =>
        (a.mention.type === field ||
          (field === 'start_year' &&
            (restartAgo(a) || (byAge(a) && a.mention.type === 'start_age'))) ||
          (field === 'quit_year' && (quitAgo(a) || (byAge(a) && a.mention.type === 'quit_age')))) &&
        yearOf(a) !== null,
    );
  const quits = years('quit_year').map((a) => yearOf(a)!);
  // The end of a span ("a pack a day from 1992 to 2006, then quit for ten years") ends a period
  // too, before a restart told as one ("Restarted in 2016").
  const spanEnds = usable.flatMap((a) =>
    a.mention.type === 'year_span' && Array.isArray(a.mention.value)
      ? [a.mention.value[1] as number]
      : [],
  );
  const endsBefore = (a: AmountEvidence) => {
    const y = yearOf(a)!;
    return (
      quits.some((q) => q < y) ||
      (hasRole(context.roles, a.mention, 'restart-year') && spanEnds.some((q) => q < y))
    );
  };
  const restart = years('start_year')
    .filter(
      (a) =>
        endsBefore(a) &&
        (a.mention.type !== 'start_age' || hasRole(context.roles, a.mention, 'restart-year')),
    )
    .sort((a, b) => yearOf(b)! - yearOf(a)!)[0];
  if (!restart) return null;
  const restartYear = yearOf(restart)!;
  const firstQuit = Math.max(
    ...quits.filter((q) => q < restartYear),
    ...(hasRole(context.roles, restart.mention, 'restart-year')
      ? spanEnds.filter((q) => q < restartYear)
      : []),
  );
  const end =
    status === 'current'
      ? noteYear
      : status === 'former'
        ? Math.max(...quits.filter((q) => q > restartYear), Number.NEGATIVE_INFINITY)
        : null;
  if (end === null || !Number.isFinite(end) || end < restartYear) return null;
  const firstStart = years('start_year')
    .map((a) => yearOf(a)!)
    .filter((y) => y < firstQuit);
  const spanBefore = usable.find((a) => {
    const v = a.mention.value;
    return a.mention.type === 'year_span' && Array.isArray(v) && v[1] <= restartYear;
  })?.mention.value as readonly [number, number] | undefined;
  const durationBefore = usable
    .filter(
      (a) =>
        a.mention.type === 'years_smoked' &&
        typeof a.mention.value === 'number' &&
        a.mention.end <= restart.mention.start,
    )
    .pop()?.mention;
  const first =
    firstStart.length > 0
      ? firstQuit - Math.min(...firstStart)
      : spanBefore
        ? spanBefore[1] - spanBefore[0]
        : num(durationBefore);
  if (first === null || first <= 0) return null;
  if (firstStart.length === 0 && !spanBefore && durationBefore)
    durationBefore.decision = 'used: the first of the periods summed (decision 61)';
  restart.mention.decision =
    'used: restarts a period after a quit; the periods are summed (decision 61)';
  return {
    years: first + (end - restartYear),
    periods: status === 'former' ? restartPeriods(usable, restart, first, end - restartYear) : [],
  };
}

/**
 * A period smoked again after a quit, told by its length (`restart-duration`: "for 15 years, quit,
 * then smoked again for 10 years", "quit, relapsed and smoked another 10 yrs"): years_smoked is
 * the length told before it plus its own (decision 61). Only with one such length, one length
 * told before it (the nearest), and no length told after it (a restated total).
 */
function restartDuration(
  usable: readonly AmountEvidence[],
  context: ResolveContext,
): { years: number; periods: SmokingPeriod[] } | null {
  const lengths = usable.filter(
    (a) => a.mention.type === 'years_smoked' && typeof a.mention.value === 'number',
  );
  const again = lengths.filter((a) => hasRole(context.roles, a.mention, 'restart-duration'));
  if (again.length !== 1) return null;
  const later = again[0]!.mention;
  const others = lengths.filter(
    (a) => a.mention.end <= later.start || a.mention.start >= later.end,
  );
  if (others.some((a) => a.mention.start >= later.end)) return null;
  const before = others.pop()?.mention;
  const first = num(before);
  const second = num(later);
  if (!before || first === null || second === null || first <= 0 || second <= 0) return null;
  before.decision = 'used: the first of the periods summed (decision 61)';
  later.decision = 'used: a period smoked again after a quit; the periods are summed (decision 61)';
  return { years: first + second, periods: [] };
}

/**
 * Decision 73 around a restart (decision 61): "1 ppd from 1990 to 2005, then quit for about 5
 * years; restarted in 2010 at about half a pack a day and quit for good 8/2020" (dev65 6522). When
 * every amount told before the restart is one amount, and the first told after it another, with
 * every later one either of the two (a restated sum, "15 yrs x 1 ppd + 10 yrs x 0.5 ppd"), each
 * period has its amount and its length: the amount is their time-weighted mean. Otherwise none,
 * and the amount picked stands (decision 61: a period without its amount).
 */
function restartPeriods(
  usable: readonly AmountEvidence[],
  restart: AmountEvidence,
  firstYears: number,
  secondYears: number,
): SmokingPeriod[] {
  const perDay = perDayAmounts(usable);
  const cigarettes = dailyCigarettes;
  const before = new Set(
    perDay.filter((a) => a.mention.end <= restart.mention.start).map(cigarettes),
  );
  const firstAfter = perDay.find((a) => a.mention.start >= restart.mention.end);
  if (before.size !== 1 || !firstAfter || secondYears <= 0) return [];
  const [earlier] = [...before] as [number];
  const later = cigarettes(firstAfter);
  if (earlier === later || perDay.some((a) => ![earlier, later].includes(cigarettes(a)))) return [];
  for (const a of perDay) {
    a.mention.decision =
      'used: one of 2 smoking periods around a restart (years summed, amount weighted by years)';
  }
  return [
    { cigarettesPerDay: earlier, years: firstYears },
    { cigarettesPerDay: later, years: secondYears },
  ];
}

/**
 * The product of the status mention that ends last before `at` (mentions sorted by start), or
 * undefined when it names none. Binary search: a sentence may hold thousands of mentions.
 */
function productBefore(mentions: readonly SmokingMention[] | undefined, at: number) {
  if (!mentions) return undefined;
  const low = countBefore(mentions.length, (i) => mentions[i]!.start < at);
  // Mentions rarely overlap: a few steps back reach one that ends before `at`.
  for (let i = low - 1; i >= 0 && i >= low - 4; i -= 1) {
    if (mentions[i]!.end <= at) return mentions[i]!.product;
  }
  return undefined;
}

function num(mention: SmokingMention | undefined): number | null {
  return mention && typeof mention.value === 'number' ? mention.value : null;
}

/**
 * The document's fields from the chosen amounts: stated values first, derived ones computed
 * forward only (pack-years from packs/day × years, never years from pack-years). Shared by the
 * rules and the transformer path, so both derive the same way.
 */
export function derive(
  picked: Picked,
  status: SmokingStatus,
  context: ResolveContext,
  periods: readonly SmokingPeriod[] = [],
  /** The year a current smoker's cigarettes ended in a switch to another product (pickAmounts). */
  cigarettesEnd: number | null = null,
  /** The years of a history told in periods around a restart (decision 61, pickAmounts). */
  summedYears: number | null = null,
  /** Periods after a break told by spans (decision 61, relapseHistory). */
  history: RelapseHistory | null = null,
): SmokingFinding {
  const noteYear = context.noteDate ? Number(context.noteDate.slice(0, 4)) : null;
  const packs = num(picked.packs_per_day);
  // A history in periods: the years add up, and the amount is their time-weighted mean, so
  // that pack-years and the Brinkman index equal the sums over the periods (decision 73).
  const periodYears = periods.reduce((sum, p) => sum + p.years, 0);
  const periodMean =
    periods.length > 1 && periodYears > 0
      ? periods.reduce((sum, p) => sum + p.cigarettesPerDay * p.years, 0) / periodYears
      : null;
  // A zero amount or index of a smoker ("Packs/day: 0.00", "Pack years: 0.00" in an Epic block of
  // a former or a pipe smoker) is a field left blank and written as zero, not a value: null, as
  // years_smoked is below (dev77 7718). A zero stated as a denial is `never` (decision 74).
  const positive = (value: number | null) => (value !== null && value <= 0 ? null : value);
  const cigarettesPerDay = positive(
    periodMean ?? num(picked.cigarettes_per_day) ?? (packs === null ? null : packs * 20),
  );
  const span = picked.year_span?.value as readonly [number, number] | undefined;
  const startAge = num(picked.start_age);
  const quitAge = num(picked.quit_age);
  const startYear = num(picked.start_year);
  const startYearsAgo = num(picked.start_years_ago);

  let quitYear = num(picked.quit_year);
  // A quit's full date with no year read by quit_year's rules ("禁煙開始日 R6.5.1"): its year.
  const quitDate = num(picked.quit_date);
  if (quitYear === null && quitDate !== null) quitYear = Math.floor(quitDate / 10000);
  const yearsAgo = num(picked.quit_years_ago);
  // "Two and a half years ago", or a range's midpoint ("2-3 years ago"): a quit year is still a
  // calendar year (spec: integer), so count the months back from the note date (2.5 years
  // before 2024-11-20 is 2022-05); whole years are simply the note's year minus N.
  if (quitYear === null && yearsAgo !== null && noteYear !== null) {
    quitYear = noteYear - yearsAgo;
    if (!Number.isInteger(quitYear)) quitYear = yearBefore(context.noteDate, yearsAgo * 12);
    // The same quit also told by the end year of a span ("2 ppd from 1989 to 2009 … Years since
    // quit: 16" in 2024): the written year wins over the count (spec: an explicit year), when the
    // count puts the quit no later than the year after the span's end. A quit counted well after
    // it is a later quit, after a restart (decision 42).
    if (span && status === 'former' && quitYear !== null && quitYear <= span[1] + 1)
      quitYear = span[1];
  }
  const monthsAgo = num(picked.quit_months_ago);
  if (quitYear === null && monthsAgo !== null && context.noteDate)
    quitYear = yearBefore(context.noteDate, monthsAgo);
  // "quit last summer": the latest such season that ended before the note's month.
  const seasonEnd = num(picked.quit_season);
  if (quitYear === null && seasonEnd !== null && noteYear !== null && context.noteDate) {
    // Above 12: "the summer before last", the year before last summer's, and a year more for
    // each further 12 ("three summers ago", mentions.ts).
    const back = Math.floor((seasonEnd - 1) / 12);
    const month = seasonEnd - 12 * back;
    quitYear = (passedBy(month, context.noteDate, false) ? noteYear : noteYear - 1) - back;
  }
  // "quit in March": the latest March up to the note's month (this year's, or last year's when
  // the note is from before March).
  const quitMonth = num(picked.quit_month);
  if (quitYear === null && quitMonth !== null && noteYear !== null && context.noteDate) {
    quitYear = passedBy(quitMonth, context.noteDate, true) ? noteYear : noteYear - 1;
  }
  if (quitYear === null && span && status === 'former') quitYear = span[1];
  // The end of a period after a break is a later quit than the one before it (decision 42).
  if (history && status === 'former' && (quitYear === null || quitYear < history.lastEnd))
    quitYear = history.lastEnd;

  let yearsSmoked = summedYears ?? (periodMean === null ? num(picked.years_smoked) : periodYears);
  if (yearsSmoked === null && span) yearsSmoked = span[1] - span[0];
  if (yearsSmoked === null && startAge !== null && quitAge !== null)
    yearsSmoked = quitAge - startAge;
  if (yearsSmoked === null && startAge !== null && status === 'current' && context.age !== null) {
    yearsSmoked = context.age - startAge;
  }
  if (yearsSmoked === null && startYear !== null) {
    if (cigarettesEnd !== null) yearsSmoked = cigarettesEnd - startYear;
    else if (status === 'current' && noteYear !== null) yearsSmoked = noteYear - startYear;
    else if (status === 'former' && quitYear !== null) yearsSmoked = quitYear - startYear;
  }
  // "10年前から吸い始めた": a current smoker has smoked N years; a former one until the quit.
  if (yearsSmoked === null && startYearsAgo !== null && noteYear !== null) {
    if (status === 'current') yearsSmoked = startYearsAgo;
    else if (status === 'former' && quitYear !== null)
      yearsSmoked = quitYear - (noteYear - startYearsAgo);
  }
  if (history) yearsSmoked = history.years;
  if (yearsSmoked !== null && yearsSmoked <= 0) yearsSmoked = null;

  const statedPackYears = positive(num(picked.pack_years));
  const statedBrinkman = positive(num(picked.brinkman_index));
  const product =
    cigarettesPerDay !== null && yearsSmoked !== null ? cigarettesPerDay * yearsSmoked : null;
  return {
    status,
    cigarettesPerDay: cigarettesPerDay === null ? null : round(cigarettesPerDay),
    yearsSmoked: yearsSmoked === null ? null : round(yearsSmoked),
    packYears: statedPackYears ?? (product === null ? null : round(product / 20)),
    brinkmanIndex: statedBrinkman ?? (product === null ? null : round(product)),
    quitYear: status === 'current' ? null : quitYear,
  };
}

/**
 * The calendar year `months` before the note date; null without a note date. Whole months are
 * calendar months; a fraction (weeks: "禁煙して2週間", 2 / 4.35 months) counts back in days, so
 * two weeks before 2025-01-08 is 2024.
 */
/**
 * Whether a month of the note's year has come by the note's date: before the note's month, or
 * (`sameMonth`) the note's month itself. A holiday's month carries its day as hundredths
 * ("Thanksgiving" 11.22, mentions.ts): in the note's month it has come only by that day, so
 * "Last cigarette: the week before Thanksgiving" in a note of 2026-11-01 is 2025's.
 */
function passedBy(month: number, noteDate: string, sameMonth: boolean): boolean {
  const noteMonth = Number(noteDate.slice(5, 7));
  const whole = Math.floor(month);
  const day = Math.round((month - whole) * 100);
  if (whole !== noteMonth) return whole < noteMonth;
  if (day === 0) return sameMonth;
  const noteDay = Number(noteDate.slice(8, 10));
  if (!Number.isFinite(noteDay) || noteDay === 0) return sameMonth;
  return sameMonth ? day <= noteDay : day < noteDay;
}

function yearBefore(noteDate: string | null, months: number): number | null {
  if (!noteDate) return null;
  const date = new Date(`${noteDate}T00:00:00Z`);
  if (Number.isInteger(months)) date.setUTCMonth(date.getUTCMonth() - months);
  else date.setUTCDate(date.getUTCDate() - Math.round(months * 30.44));
  return date.getUTCFullYear();
}
