import type { ClinicalText } from '../../core/clinical-text.js';
import {
  asciiTwin,
  gateText,
  isAscii,
  passesGate,
  passingRules,
  twinFor,
} from '../../core/text/literal-gate.js';
import type { AnalyzedNote, Assertion, Sentence, Span, TriggerHit } from '../../core/types.js';
import { eraYear, parseNumber } from './numbers.js';
import { Referents } from './referents.js';
import type { CompiledDatedEvents, CompiledSmokingRules, StatementStatus } from './rules.js';
import { PER_DAY_FIELDS, type Product, type SmokingMention } from './types.js';

/** A status mention before resolution: what it says and how strong a statement it is. */
export interface StatusCandidate {
  readonly mention: SmokingMention;
  readonly status: StatementStatus;
  /** 'statement' (explicit wording), 'field' (template row), 'concept' (status from ConText). */
  readonly form: 'statement' | 'field' | 'concept';
  readonly relapse: boolean;
  readonly sentence: Sentence;
  /** A negation trigger outside the mention ("does not smoke"), not one inside it ("non-smoker"). */
  readonly negatedOutside: boolean;
  /** The status a concept has when no trigger applies ("smoked" → former). */
  readonly defaultStatus: 'current' | 'former';
  /** Every product named in the mention ("moved from cigarettes to heated tobacco": both). */
  readonly named: ReadonlySet<Product>;
  /** Said in a list section (problem list, past history): loses conflicts (spec 3). */
  readonly weak: boolean;
}

export interface AmountEvidence {
  readonly mention: SmokingMention;
  readonly sentence: Sentence;
  readonly needsContext: 'sentence' | 'block' | null;
  /** Dated to today by the words before it ("currently", 現在は): see the vocab's `amount_now`. */
  readonly now?: boolean;
  /** Said as approximate ("about 5 years ago", 5年くらい前): see the vocab's `approximate`. */
  readonly rough?: boolean;
  /** Placed in the hospital stay by the rest of its clause (the vocab's `amount_in_hospital`). */
  readonly inHospital?: boolean;
  /** Restricted to some days of the week by the rest of its sentence (the vocab's `part_week`). */
  readonly partWeek?: boolean;
  /** Inside a letter that the note answers later (the vocab's `answered_letter`). */
  readonly superseded?: boolean;
  /** Said as a revision of an earlier figure ("actually 1 ppd", 正しくは5年前): `revised_value`. */
  readonly revised?: boolean;
  /** Inside a block copied from an older note (the vocab's `carried_forward`). */
  readonly copied?: boolean;
}

export interface NoteEvidence {
  readonly statuses: StatusCandidate[];
  readonly amounts: AmountEvidence[];
  readonly notTobacco: SmokingMention[];
  readonly ignored: SmokingMention[];
  /** Sentences with a smoking label ("喫煙歴：15歳から"): context for the amounts in them. */
  readonly labelled: Set<Sentence>;
  /**
   * Products named by those labels ("Cigars - about one a day"): a label is not a status, but
   * it still says what the amounts beside it count.
   */
  readonly labelProducts: Map<Sentence, Set<Product>>;
  /**
   * Status questions left unanswered ("Currently smoke?  [ ] Yes  [ ] No"): the note asked and
   * did not say whether the patient smokes now (see resolve).
   */
  readonly blankStatus: Sentence[];
}

/**
 * Every non-empty match of a global expression in `text`, in order. `ascii`: the text is all
 * ASCII, so the expression's faster twin gives the same matches (literal-gate.ts).
 */
function matches(pattern: RegExp, text: string, ascii = false): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const regex = (ascii && asciiTwin(pattern)) || pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    found.push(m);
  }
  return found;
}

const NONE: readonly RegExpExecArray[] = [];

const INTENTION_RULES = new WeakMap<CompiledSmokingRules, CompiledSmokingRules['statements']>();

const READ_ON_RULES = new WeakMap<CompiledSmokingRules, CompiledSmokingRules['amounts']>();

/** The amount rules that read on into the next sentence (`reads_next_sentence`), once per rule set. */
function readOnRulesOf(rules: CompiledSmokingRules): CompiledSmokingRules['amounts'] {
  let found = READ_ON_RULES.get(rules);
  if (found === undefined) {
    found = rules.amounts.filter((rule) => rule.readsNextSentence);
    READ_ON_RULES.set(rules, found);
  }
  return found;
}

/** The statements of role `intention` (a plan or wish to quit), listed once per rule set. */
function intentionRulesOf(rules: CompiledSmokingRules): CompiledSmokingRules['statements'] {
  let found = INTENTION_RULES.get(rules);
  if (found === undefined) {
    found = rules.statements.filter(
      (rule) => rules.roles.get(`smoking.${rule.id}`) === 'intention',
    );
    INTENTION_RULES.set(rules, found);
  }
  return found;
}

/**
 * {@link matches}, skipped when the text (as `lower`, from gateText) holds none of the rule's
 * gate literals: then it cannot match (literal-gate.ts).
 */
function gatedMatches(
  regex: RegExp,
  gate: readonly string[] | null,
  text: string,
  lower: string,
  ascii: boolean,
): readonly RegExpExecArray[] {
  return passesGate(gate, lower) ? matches(regex, text, ascii) : NONE;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Which characters of a sentence are already claimed by a mention. */
class Occupancy {
  private readonly used: Uint8Array;
  constructor(length: number) {
    this.used = new Uint8Array(length);
  }
  any(span: Span): boolean {
    for (let i = span.start; i < span.end; i += 1) if (this.used[i]) return true;
    return false;
  }
  /** Whether every character of `span` is claimed. */
  all(span: Span): boolean {
    for (let i = span.start; i < span.end; i += 1) if (!this.used[i]) return false;
    return span.end > span.start;
  }
  fill(span: Span): void {
    this.used.fill(1, span.start, span.end);
  }
}

/** Fields that say the same thing, so two matches over one span are one amount. */
const AMOUNT_KIND: Record<string, string> = {
  packs_per_day: 'per-day',
  cigarettes_per_day: 'per-day',
  years_smoked: 'years',
  year_span: 'years',
  start_age: 'start',
  start_year: 'start',
  start_years_ago: 'start',
  pack_years: 'pack-years',
  brinkman_index: 'brinkman',
  quit_year: 'quit',
  quit_years_ago: 'quit',
  quit_months_ago: 'quit',
  quit_season: 'quit',
  quit_month: 'quit',
  // Its own kind: "put them down at fifty-six, in the autumn of 2019" tells the quit age beside the
  // year, and the age closes an age span (years_smoked) that the year cannot (decision 56).
  quit_age: 'quit-age',
  // Its own kind: the full date of a quit beside the year that quit_year reads from the same words.
  quit_date: 'quit-date',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 from "3", "March" or "Sept."; null for anything else. */
export function monthNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  const month = /^\d{1,2}$/.test(text) ? Number(text) : MONTHS.indexOf(text.slice(0, 3)) + 1;
  return month >= 1 && month <= 12 ? month : null;
}

// A calendar or era year ("2015年", "平成十九年", "H20"), as yearWrittenBefore reads them.
const WRITTEN_YEAR =
  /(?<![\d.,/])((?:19|20)\d\d)\s*年|(?<![A-Za-z])(令和|平成|昭和|[RHS])\s*(\d{1,2}|元|[一二三四五六七八九十]{1,3})(?![\d.])\s*年?/gu;

/**
 * The last year written before `offset` on its line (within 200 characters), plus one when `next`
 * ("翌年" is the year after the one just told); null when there is none.
 */
function yearWrittenBefore(text: string, offset: number, next: boolean): number | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 200), offset);
  let year: number | null = null;
  for (const m of before.matchAll(WRITTEN_YEAR)) {
    year = m[1] ? Number(m[1]) : eraYear(m[2]!, m[3]!);
  }
  return year === null ? null : year + (next ? 1 : 0);
}

/**
 * The year of a life event named in a quit (`event`, at `offset` in the note), from where the
 * note writes that event with a year (decisions en 83, ja 72): the one year of all its dated mentions, or
 * null when there is none or they disagree. A relative's event (a relative named in the clause
 * before the words) is not the patient's, in the quit and in the dated mentions, unless the kind
 * names the relative itself (a grandchild's birth).
 */
function eventYear(
  text: string,
  event: string,
  offset: number,
  events: CompiledDatedEvents | null,
  seasons: ReadonlyMap<string, number>,
  /** Days from the event to the quit ("the week before his bypass" −7), or 0. */
  shift = 0,
  /** The note date's year, for years named relative to it ("昨年3月に…", "last year"), or null. */
  noteYear: number | null = null,
): number | null {
  const kind = events?.kinds.find((k) => k.words.test(event.trim()));
  if (!events || !kind) return null;
  if (!kind.namesRelative && events.relative.test(clauseBefore(text, offset))) return null;
  // A kind whose every dated word is its own event (長男, 長女): the one the quit names, when the
  // note dates it; else any (息子 with only 長男 dated).
  kind.dated.lastIndex = 0;
  const word = kind.ownWord ? (kind.dated.exec(event)?.[0] ?? null) : null;
  let found = datedYears(text, kind, events, seasons, noteYear, word);
  if (word !== null && found.years.size === 0) {
    found = datedYears(text, kind, events, seasons, noteYear);
  }
  // An event the note dates nowhere, told by what caused it (the admission for the heart attack
  // dated 昨年3月): the one year of those kinds' dated mentions.
  if (found.years.size === 0 && kind.fallback.length > 0) {
    const years = new Set<number>();
    let precise: DatedYears['precise'] = null;
    for (const id of kind.fallback) {
      const other = events.kinds.find((k) => k.id === id);
      if (!other) continue;
      const more = datedYears(text, other, events, seasons, noteYear);
      for (const year of more.years) years.add(year);
      precise ??= more.precise;
    }
    found = { years, precise };
  }
  const { years, precise } = found;
  if (years.size !== 1 || !precise) return null;
  // Shifted by days only from a full date; by a month (30 days) from a month too (mid-month).
  const { year, month, day } = precise;
  // An event dated by its year alone moves only by whole years ("2 years before his MI (2016)").
  if (month === null) return year + Math.trunc(shift / 365);
  if (shift === 0 || (day === null && Math.abs(shift) < 28)) return year;
  const date = new Date(Date.UTC(year, month - 1, day ?? 15));
  date.setUTCDate(date.getUTCDate() + shift);
  return date.getUTCFullYear();
}

interface DatedYears {
  readonly years: Set<number>;
  /** The most precise date written of that year (a month and day move a quit across a new year). */
  readonly precise: { year: number; month: number | null; day: number | null } | null;
}

/** The years the note writes an event kind with (not a relative's, unless the kind names one). */
function datedYears(
  text: string,
  kind: CompiledDatedEvents['kinds'][number],
  events: CompiledDatedEvents,
  seasons: ReadonlyMap<string, number>,
  noteYear: number | null,
  /** Only the mentions of this word (the kind's `own_word`), or all when null. */
  word: string | null = null,
): DatedYears {
  const relativeBefore = (at: number) =>
    !kind.namesRelative && events.relative.test(clauseBefore(text, at));
  const years = new Set<number>();
  let precise: DatedYears['precise'] = null;
  kind.dated.lastIndex = 0;
  for (let m = kind.dated.exec(text); m; m = kind.dated.exec(text)) {
    if (m[0].length === 0) {
      kind.dated.lastIndex += 1;
      continue;
    }
    if (word !== null && m[0] !== word) continue;
    const end = m.index + m[0].length;
    const after = kind.yearAfter.exec(text.slice(end, end + 80));
    const before = after
      ? null
      : kind.yearBefore.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const dated = after ?? before;
    if (!dated || relativeBefore(m.index)) continue;
    // "昨年3月に…心筋梗塞": a year named relative to the note's.
    const relyear = group(dated, 'relyear');
    const back =
      relyear === undefined
        ? undefined
        : events.relativeYears.get(relyear.toLowerCase().replace(/\s+/g, ' '));
    const year =
      relyear === undefined
        ? amountValue('quit_year', dated, seasons)
        : back !== undefined && noteYear !== null
          ? noteYear - back
          : null;
    if (typeof year !== 'number') continue;
    years.add(year);
    // More years listed right after the first ("MI 2012, 2018", "心筋梗塞（2010年、2016年）"): the
    // event more than once, so which one is not said.
    if (after) {
      const rest = text.slice(end + after[0].length, end + after[0].length + 12);
      const more = /^\s*[、,，/&]\s*((?:19|20)\d\d)(?!\d)/.exec(rest);
      if (more) years.add(Number(more[1]));
    }
    const month = monthNumber(group(dated, 'month') ?? '');
    const day = month === null ? null : Number(group(dated, 'day') ?? '') || null;
    if (!precise || (precise.year === year && (precise.month ?? 0) < (month ?? 0)))
      precise = { year, month, day };
  }
  return { years, precise };
}

/**
 * Months from a week of the pregnancy (`week`) to the note's own gestational age: the largest
 * gestational age the note writes outside `quit` (the quit's own week is not the note's). Null
 * when the note writes none later than the quit's week.
 */
function gestationalMonthsAgo(
  text: string,
  pattern: RegExp | null,
  week: string,
  quit: Span,
): number | null {
  const at = parseNumber(week);
  if (!pattern || at === null) return null;
  let now: number | null = null;
  for (const m of matches(pattern, text)) {
    if (m.index < quit.end && m.index + m[0].length > quit.start) continue;
    const weeks = parseNumber(group(m, 'weeks') ?? '');
    if (weeks === null) continue;
    const total = weeks + (parseNumber(group(m, 'days') ?? '') ?? 0) / 7;
    if (now === null || total > now) now = total;
  }
  return now === null || now <= at || now > 45 ? null : (now - at) / 4.35;
}

/**
 * Days from the event to the quit, by the unit before before/after ("a week after his MI"), times
 * the count before it ("two weeks before this admission"; "a couple of" 2, "a few" 3).
 */
function eventShift(m: RegExpExecArray): number {
  const before = group(m, 'unitbefore');
  const unit = (before ?? group(m, 'unitafter') ?? '').toLowerCase();
  const written = group(m, 'count')?.toLowerCase();
  const count = !written
    ? 1
    : /couple/.test(written)
      ? 2
      : /few/.test(written)
        ? 3
        : (parseNumber(written) ?? 1);
  const days = Math.round(
    (/^y(?:ea)?r/.test(unit)
      ? 365.25
      : /^month/.test(unit)
        ? 30
        : /^week/.test(unit)
          ? 7
          : unit
            ? 1
            : 0) * count,
  );
  return before === undefined ? days : -days;
}

/**
 * Months from an undated encounter of the note's own (a dated-event kind marked `encounter`: "this
 * admission", "this visit") back to a quit counted before it ("2 years prior to admission"), or null
 * when the event is another kind or no interval is counted before it.
 */
function encounterMonthsAgo(
  event: string,
  m: RegExpExecArray,
  events: CompiledDatedEvents | null,
): number | null {
  const kind = events?.kinds.find((k) => k.words.test(event.trim()));
  const unit = group(m, 'unitbefore')?.toLowerCase();
  if (!kind?.encounter || unit === undefined || group(m, 'count') === undefined) return null;
  if (!kind.encounter.test(m[0].slice(0, m[0].lastIndexOf(event)))) return null;
  const days = -eventShift(m);
  return /^y(?:ea)?r/.test(unit) ? Math.round(days / 365.25) * 12 : days / 30;
}

/** The clause before an offset, on its line: back to the last clause or sentence break. */
function clauseBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 40), offset);
  const breakAt = Math.max(...[...'\n.;。、,，（(「:：'].map((c) => before.lastIndexOf(c)));
  return before.slice(breakAt + 1);
}

/** First defined named group whose name starts with `prefix` (n, n2, n3…). */
/** The end year of "1975-85" (85 → 1985), in the start's century and after the start; else none. */
function shortEnd(from: number, yy: number): number {
  const year = from - (from % 100) + yy;
  return year > from ? year : Number.NaN;
}

function group(m: RegExpExecArray, prefix: string): string | undefined {
  let byPrefix = PREFIXES.get(m);
  if (!byPrefix) {
    byPrefix = new Map();
    for (const [name, value] of Object.entries(m.groups ?? {})) {
      const key = name.replace(/\d+$/, '');
      if (value !== undefined && !byPrefix.has(key)) byPrefix.set(key, value);
    }
    PREFIXES.set(m, byPrefix);
  }
  return byPrefix.get(prefix);
}

const PREFIXES = new WeakMap<RegExpExecArray, Map<string, string>>();

/** The value of an amount match, by its field. `null` when the numbers do not parse. */
function amountValue(
  field: string,
  m: RegExpExecArray,
  seasons: ReadonlyMap<string, number>,
  holidays: ReadonlyMap<string, number> = new Map(),
  holidayDays: ReadonlyMap<string, number> = new Map(),
): SmokingMention['value'] {
  // A holiday's month, with its day (or the earliest it can fall on) as hundredths when the vocab
  // gives one ("Thanksgiving" 11.22): in the note's own month, resolve.ts compares the days.
  const holidayMonth = (holiday: string) => {
    const key = holiday.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
    const month = holidays.get(key);
    return month === undefined ? null : month + (holidayDays.get(key) ?? 0) / 100;
  };
  if (field === 'quit_season') {
    // A holiday counted like a season ("two Thanksgivings ago").
    const holiday = group(m, 'holiday');
    const month =
      holiday !== undefined
        ? holidayMonth(holiday)
        : (seasons.get((group(m, 'season') ?? '').toLowerCase()) ?? null);
    // "the summer before last", "three summers ago": a year further back for each, written as
    // the month plus 12 a year (resolve.ts).
    const count = group(m, 'count');
    const back =
      count !== undefined
        ? (parseNumber(count) ?? 1) - 1
        : group(m, 'beforelast') !== undefined
          ? 1
          : 0;
    return month !== null && back >= 0 ? month + 12 * back : null;
  }
  if (field === 'quit_month') {
    const holiday = group(m, 'holiday');
    if (holiday !== undefined) return holidayMonth(holiday);
    return monthNumber(group(m, 'month') ?? '');
  }
  if (field === 'year_span') {
    const eraFrom = group(m, 'eraFrom');
    const eraTo = group(m, 'eraTo');
    const twoDigits = (yy: string | undefined) => {
      const n = Number(yy);
      return n <= 40 ? 2000 + n : 1900 + n;
    };
    const fromYy = group(m, 'fromyy');
    const toYy = group(m, 'toyy');
    // "1975-85": the end year cut to its last two digits, in the start's century or the next.
    const toShort = group(m, 'toshort');
    const from = eraFrom
      ? eraYear(eraFrom, group(m, 'eraFromYear') ?? '')
      : fromYy !== undefined
        ? twoDigits(fromYy)
        : Number(group(m, 'from'));
    const to = eraTo
      ? eraYear(eraTo, group(m, 'eraToYear') ?? '')
      : toYy !== undefined
        ? twoDigits(toYy)
        : toShort !== undefined
          ? shortEnd(Number(group(m, 'from')), Number(toShort))
          : Number(group(m, 'to'));
    return from !== null &&
      to !== null &&
      Number.isFinite(from) &&
      Number.isFinite(to) &&
      to >= from
      ? [from, to]
      : null;
  }
  if (field === 'quit_date') {
    const year = amountValue('quit_year', m, seasons, holidays);
    const month = Number(group(m, 'month'));
    const day = Number(group(m, 'day') ?? 0);
    return typeof year === 'number' && month >= 1 && month <= 12 && day >= 0 && day <= 31
      ? year * 10000 + month * 100 + day
      : null;
  }
  if (field === 'quit_year' || field === 'start_year') {
    const year = group(m, 'year');
    // A quit counted in years from an event dated beside it ("two years before her wedding (June
    // 1999)"): the event's year moved by the count (en decision 65).
    const before = group(m, 'yrsbefore');
    const after = group(m, 'yrsafter');
    const count = before ?? after;
    if (year && count !== undefined) {
      const years = /^(?:an?|one|the)$/i.test(count) ? 1 : Number(count);
      return Number(year) + (before !== undefined ? -years : years);
    }
    if (year) return Number(year);
    const yy = group(m, 'yy');
    if (yy) {
      const two = Number(yy.replace(/\D/g, ''));
      return two <= 40 ? 2000 + two : 1900 + two;
    }
    const era = group(m, 'era');
    const eraNumber = group(m, 'eraYear');
    // Full-width era letters ("Ｒ２．４"; the digits are already normalised): NFKC makes them ASCII.
    return era && eraNumber ? eraYear(era.normalize('NFKC'), eraNumber) : null;
  }
  // "quit last year" is one year back, "quit last month" one month back.
  if ((field === 'quit_years_ago' || field === 'quit_months_ago') && group(m, 'last') !== undefined)
    return 1;
  // "the year before last" (一昨年, おととし) is two years back.
  if (field === 'quit_years_ago' && group(m, 'twoago') !== undefined) return 2;
  // "quit this year" (今年禁煙, 今春より禁煙): zero years back, the note's own year (spec 3 with N = 0).
  if (field === 'quit_years_ago' && group(m, 'thisyear') !== undefined) return 0;
  // "a pack and a half" / "a pack and a quarter" a day: the fraction after the whole pack.
  const oneAnd = group(m, 'onehalf');
  if (oneAnd !== undefined) return /quarter/i.test(oneAnd) ? 1.25 : 1.5;
  if (group(m, 'sixmonths') !== undefined) return 6;
  // A century named by its fraction (四半世紀, 半世紀): a quarter or a half of a hundred years.
  if (group(m, 'quartercentury') !== undefined) return 25;
  if (group(m, 'halfcentury') !== undefined) return 50;
  const weeks = group(m, 'weeks');
  if (weeks !== undefined) {
    const value = parseNumber(weeks);
    return value === null ? null : value / 4.35;
  }
  // "3日前からやめています": days back, as months (resolve.ts counts a fraction back in days).
  const days = group(m, 'days');
  if (days !== undefined) {
    const value = parseNumber(days);
    return value === null ? null : value / 30.44;
  }
  // "smoked … for 18 months": a duration in months, as years (decision 76).
  const months = group(m, 'months');
  if (months !== undefined) {
    const value = parseNumber(months);
    return value === null ? null : value / 12;
  }
  // "a quarter century", "half a century": the fraction of a hundred years.
  const centuries = group(m, 'centuries');
  if (centuries !== undefined) {
    const value = parseNumber(centuries);
    return value === null ? null : value * 100;
  }
  const decades = group(m, 'decades');
  if (decades !== undefined) {
    // An empty group is a decade named with no number ("for the past decade"): one of it.
    const value = decades === '' ? 1 : parseNumber(decades);
    // "a decade and a half": the half after the unit is half a decade.
    const half = group(m, 'half') !== undefined ? 0.5 : 0;
    return value === null ? null : (value + half) * 10;
  }
  // A unit named with no number ("Tobacco: former - pack a day"): one of it.
  const raw = group(m, 'bareunit') !== undefined ? '1' : group(m, 'n');
  if (raw === undefined) return null;
  const value = /^(?:a\s+)?full$/i.test(raw.trim()) ? 1 : parseNumber(raw);
  if (value === null) return null;
  // 1日1箱半: a half added after the unit; "1 pack q2 days", "every other day": per day.
  let perDay = group(m, 'half') !== undefined ? value + 0.5 : value;
  // A range whose ends each carry the unit ("1日1箱〜1箱半", "10本〜15本"): the midpoint, the upper
  // end in group upto (with its own half in uptohalf).
  const upto = group(m, 'upto');
  if (upto !== undefined) {
    const high = parseNumber(upto);
    if (high === null) return null;
    perDay = (perDay + high + (group(m, 'uptohalf') !== undefined ? 0.5 : 0)) / 2;
  }
  const every = parseNumber(group(m, 'every') ?? '');
  if (every !== null && every > 0) perDay /= every;
  if (group(m, 'other') !== undefined) perDay /= 2;
  // "a pack lasts him a day and a half": the words name no number for parseNumber.
  if (group(m, 'dayhalf') !== undefined) perDay /= 1.5;
  // "a carton a week" (decision 68): 10 packs to a carton, 7 days to a week, 30 to a month.
  if (group(m, 'carton') !== undefined) perDay *= 10;
  if (group(m, 'perweek') !== undefined) perDay /= 7;
  if (group(m, 'permonth') !== undefined) perDay /= 30;
  // "前は1箱だったのが今はその半分": the amount now is half the one named.
  if (group(m, 'halved') !== undefined) perDay /= 2;
  // No one smokes over 200 cigarettes (10 packs) a day or for over 100 years (the gold checker's
  // bounds): such a figure is a year read as an amount ("Last cigarette: 2020", "Cigs/day: 2019").
  if (field === 'cigarettes_per_day' && perDay > 200) return null;
  if (field === 'packs_per_day' && perDay > 10) return null;
  if (field === 'years_smoked' && perDay > 100) return null;
  return perDay;
}

/**
 * Every smoking mention in the candidate sentences of a note, each with its ConText assertion.
 * Precedence inside a sentence: ignored spans and non-tobacco products block what they
 * overlap; template fields and explicit statements take their span before bare concepts.
 */
export function findEvidence(
  core: ClinicalText,
  analyzed: AnalyzedNote,
  normalised: string,
  rules: CompiledSmokingRules,
  /** The note date's year (years named relative to it, see eventYear), or null. */
  noteYear: number | null = null,
): NoteEvidence {
  const evidence: NoteEvidence = {
    statuses: [],
    amounts: [],
    notTobacco: [],
    ignored: [],
    labelled: new Set(),
    labelProducts: new Map(),
    blankStatus: [],
  };
  // Whether a negation trigger outside the mention's own span applies (see negatedOutside).
  const negatedOutside = new WeakMap<SmokingMention, boolean>();
  // Who "he", "she" and first names mean (English): the person just introduced, or the patient.
  const referents = rules.people ? new Referents(normalised, rules.people) : null;
  const copied = carriedForwardBlocks(
    normalised,
    analyzed,
    rules.carriedForward,
    rules.disputedRecord,
    rules.recordRemark ?? null,
  );
  const answered = answeredLetters(normalised, rules.answeredLetter);
  // The 「 of a quotation whose last sentence was about someone else (see carryExperiencer).
  let quotedTopic = -1;
  // Where the last sentence whose subject was someone else ended (see carryExperiencer), else -1.
  let otherTopicUntil = -1;
  const intentionRules = intentionRulesOf(rules);
  const readOnRules = readOnRulesOf(rules);
  // The last sentence about the patient's smoking, and where it (or the fragments that continue
  // it) ended: the context of an elliptic fragment right after it (needs_context `fragment`).
  // (`row`: told only by a smoking row's daily amount, "喫煙：1日20本", whose fragment may open the next
  // line: "25歳から、現在45歳".)
  let told: {
    sentence: Sentence;
    until: number;
    now: boolean;
    quit: boolean;
    row?: boolean;
  } | null = null;
  for (const sentence of analyzed.sentences) {
    // A row indented under a not-tobacco row ("Smokeless tobacco: Former User" / "    Types:
    // Snuff" / "    Quit: '98") is that product's detail: its quit and status are not smoking
    // (decision 11).
    if (underNotTobaccoRow(rules, normalised, sentence.start)) continue;
    const text = normalised.slice(sentence.start, sentence.end);
    const lower = gateText(text);
    const ascii = isAscii(text);
    const superseded = answered.some(
      (block) => sentence.start >= block.start && sentence.start < block.end,
    );
    const inCopy = copied.some(
      (block) => sentence.start >= block.start && sentence.start < block.end,
    );
    const weak =
      (sentence.section !== null &&
        rules.weakSections.has(sentence.section) &&
        !(
          rules.otherLists.has(sentence.section) && opensSmokingRow(rules, normalised, sentence)
        )) ||
      superseded ||
      inCopy;
    // Informants and companions ("（本人・家族に確認）", "友人との飲み会で"): a relative named there
    // is not the smoker.
    let companions: Occupancy | null = null;
    // A quotation left open in this sentence is read on to its line's end (at most 240
    // characters), so it can be told by who is named after it ("「父は…。…」（長女）"); only
    // matches that start in this sentence count.
    const opens = (text.match(/[「『]/g) ?? []).length;
    const openQuote = opens > 0 && opens > (text.match(/[」』]/g) ?? []).length;
    const newline = normalised.indexOf('\n', sentence.end);
    const lineEnd = Math.min(newline < 0 ? normalised.length : newline, sentence.end + 240);
    // A sentence that opens a quotation is also read with what stands before it on its line (at
    // most 60 characters), so it can be told by who is named there ("長女面会時、生活歴を確認。「父は…」"):
    // only the part of a match inside this sentence counts. One that holds a quotation further in
    // is read with the 240 characters before it, lines included, so an informant named above
    // for what follows ("以下、長男より聴取。" over "喫煙：「父は…」") can tell it.
    const lineStart = normalised.lastIndexOf('\n', sentence.start - 1) + 1;
    const quoteLead = /^\s*[「『]/u.test(text)
      ? normalised.slice(Math.max(lineStart, sentence.start - 60), sentence.start)
      : /[「『]/u.test(text)
        ? normalised.slice(Math.max(0, sentence.start - 240), sentence.start)
        : '';
    const line =
      quoteLead +
      (openQuote ? normalised.slice(sentence.start, Math.max(lineEnd, sentence.end)) : text);
    const lineLower = line.length === text.length ? lower : gateText(line);
    const lineAscii = line.length === text.length ? ascii : isAscii(line);
    for (const rule of passingRules(rules.notExperiencer, lineLower)) {
      for (const m of matches(rule.regex, line, lineAscii)) {
        const start = m.index - quoteLead.length;
        const end = Math.min(text.length, start + m[0].length);
        if (start >= text.length) break;
        if (end <= 0) continue;
        companions ??= new Occupancy(text.length);
        companions.fill({ start: Math.max(0, start), end });
      }
    }
    // A status quoted from a record or a list ("問題リストに「#現喫煙者」とある"): weak, as a list
    // section's statement is, though the sentence that reports it is prose (decisions 13, 22).
    let recordLabels: Occupancy | null = null;
    if (rules.recordLabel) {
      const { regex, gate } = rules.recordLabel;
      for (const m of gatedMatches(regex, gate, text, lower, ascii)) {
        recordLabels ??= new Occupancy(text.length);
        recordLabels.fill({ start: m.index, end: m.index + m[0].length });
      }
    }
    // Where the sentence states a plan or wish to quit (statements of role `intention`; see make).
    const intentions: Span[] = passingRules(intentionRules, lower).flatMap((rule) =>
      matches(rule.regex, text, ascii).map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      })),
    );
    const statusesBefore = evidence.statuses.length;
    const amountsBefore = evidence.amounts.length;
    // The end of a questionnaire row's question (sentence offset), once one is found: its "?"
    // or "if" asks, it does not make the answer uncertain or hypothetical.
    let askedUntil = -1;
    // Where the answer to a question about past smoking starts ("How much did you smoke?  \"3
    // packs a day - chain smoker, 15 years\""): a smoker named there is the past, not today.
    let pastAnswerFrom = -1;
    const make = (
      type: SmokingMention['type'],
      start: number,
      end: number,
      value: SmokingMention['value'],
      rule: string,
      product?: Product,
    ): SmokingMention => {
      const span = { start: sentence.start + start, end: sentence.start + end };
      // Amounts are judged at their first word: in "stopped smoking when his daughter was
      // born 12 years ago" the daughter's scope covers the end of the span, not the stopping.
      // Japanese has no spaces: its first word ends at a comma ("先月、同僚が倒れたのを機にやめた").
      const firstWord =
        /^[^\s、，,]+/.exec(analyzed.text.slice(span.start, span.end))?.[0].length ?? 0;
      const target =
        type === 'status' || type === 'not_tobacco'
          ? span
          : { start: span.start, end: span.start + firstWord };
      let assertion = core.assert(analyzed, target);
      if (askedUntil >= 0 && start >= askedUntil) {
        const asking = (t: TriggerHit) =>
          (t.category === 'possible' || t.category === 'hypothetical') &&
          t.end <= sentence.start + askedUntil;
        assertion = withoutTriggers(assertion, asking, ['possible', 'hypothetical']);
      }
      // A plan or wish to quit (a statement of role `intention`: "禁煙予定", "禁煙したい") says the
      // patient smokes now: its plan words do not make it hypothetical (a condition outside it,
      // "もし…なら", still does), nor the history told in a clause before it ("喫煙歴：20本×40年、
      // 入院を機に禁煙する予定": 20本 and 40年 are the history, not the plan).
      if (assertion.hypothetical && intentions.length > 0) {
        const planWord = (t: TriggerHit) =>
          t.category === 'hypothetical' &&
          intentions.some(
            (i) =>
              t.start >= sentence.start + i.start &&
              t.end <= sentence.start + i.end &&
              ((start >= i.start && end <= i.end) ||
                (end <= i.start && CLAUSE_BREAK.test(text.slice(end, i.start)))),
          );
        assertion = withoutTriggers(assertion, planWord, ['hypothetical']);
      }
      // A past cue that is a word of an ignored phrase ("加熱式も禁煙対象である旨説明": the 禁煙 of
      // the counselling) dates nothing the patient does: the product beside it keeps its tense.
      if (assertion.historical && type === 'status' && !ignoredText.any({ start, end })) {
        const counselled = (t: TriggerHit) =>
          t.category === 'historical' &&
          t.start >= sentence.start &&
          ignoredText.any({ start: t.start - sentence.start, end: t.end - sentence.start });
        if (assertion.triggers.some(counselled))
          assertion = withoutTriggers(assertion, counselled, ['historical']);
      }
      // A past time told in another clause that is about something else ("Smoking: 1 ppd, HTN: dx
      // 10 years ago", 「喫煙15本/日、2年前から透析」) dates that thing, not this mention.
      if (assertion.historical && rules.otherTopic) {
        const own = clauseStart(rules.otherTopic.breaks, text, start);
        const elsewhere = (t: TriggerHit) => {
          if (t.category !== 'historical' || t.start < sentence.start || t.end > sentence.end)
            return false;
          const at = { start: t.start - sentence.start, end: t.end - sentence.start };
          if (at.start >= start && at.end <= end) return false;
          return (
            clauseStart(rules.otherTopic!.breaks, text, at.start) !== own &&
            aboutOtherTopic(rules, text, at)
          );
        };
        if (assertion.triggers.some(elsewhere))
          assertion = withoutTriggers(assertion, elsewhere, ['historical']);
      }
      const inCompanion = (t: TriggerHit) =>
        companions?.any({ start: t.start - sentence.start, end: t.end - sentence.start }) ?? false;
      if (
        companions &&
        assertion.experiencer === 'other' &&
        assertion.triggers
          .filter((t) => t.category === 'experiencer_other')
          .every((t) => inCompanion(t))
      ) {
        assertion = {
          ...assertion,
          experiencer: 'patient',
          triggers: assertion.triggers.filter(
            (t) => t.category !== 'experiencer_other' || !inCompanion(t),
          ),
        };
      }
      const who = referents?.speaker(span.start, sentence.start) ?? null;
      if (who === 'other' && assertion.experiencer !== 'other') {
        assertion = {
          ...assertion,
          experiencer: 'other',
          triggers: [
            ...assertion.triggers,
            {
              start: span.start,
              end: span.start,
              text: '',
              category: 'experiencer_other',
              rule: 'pronoun or name of the person introduced before',
            },
          ],
        };
      } else if (who === 'patient' && assertion.experiencer === 'other') {
        // "Per wife, he smoked…": the relative reports the patient's smoking (collateral).
        assertion = {
          ...assertion,
          experiencer: 'patient',
          triggers: assertion.triggers.filter((t) => t.category !== 'experiencer_other'),
        };
      }
      const outside = assertion.triggers.some(
        (t) => t.category === 'negated' && (t.start < span.start || t.end > span.end),
      );
      const result: SmokingMention = {
        type,
        ...span,
        text: analyzed.text.slice(span.start, span.end),
        value,
        ...(product ? { product } : {}),
        assertion: {
          negated: assertion.negated,
          possible: assertion.possible,
          historical: assertion.historical,
          hypothetical: assertion.hypothetical,
          experiencer: assertion.experiencer,
          triggers: assertion.triggers.map((t) => `${t.category}:${t.text || t.rule}`),
        },
        section: sentence.section,
        rule: `smoking.${rule}`,
        decision: 'used',
      };
      negatedOutside.set(result, outside);
      return result;
    };
    // Character occupancy of the sentence, so overlap checks cost the span's length, not the
    // number of mentions already found (a note of 20,000 cues stays linear).
    const blocked = new Occupancy(text.length);
    // Spans of ignored phrases (counselling, education): numbers inside them are not the
    // patient's ("explained that even 5 cigarettes a day…").
    const ignoredText = new Occupancy(text.length);
    // (Each ignored phrase, for the question rows below: only one that ends before a row's answer
    // is part of the question.)
    const ignoredSpans: Span[] = [];
    for (const rule of passingRules(rules.ignore, lower)) {
      for (const m of matches(rule.regex, text, ascii)) {
        const mention = make('status', m.index, m.index + m[0].length, null, rule.id);
        mention.decision = `ignored: ${rule.id.split('.').pop()}`;
        evidence.ignored.push(mention);
        blocked.fill({ start: m.index, end: m.index + m[0].length });
        ignoredText.fill({ start: m.index, end: m.index + m[0].length });
        ignoredSpans.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    // A line of numbered options answered by number on the line below ("①はい　②以前は吸っていたが…
    // ③いいえ（①②以外）" / "回答：③"): the printed options say nothing; the answer line speaks.
    const answeredBelow = numberedOptionsAnsweredBelow(rules, analyzed.text, sentence.start);
    // Likewise an option printed one to a line and left unmarked while another option of its run
    // is marked ("■① はい" or "① はい　←○" above "② 以前は吸っていたが…"): nobody chose it.
    const leftUnmarked = !answeredBelow && optionLeftUnmarked(rules, analyzed.text, sentence.start);
    // And a label left blank among other blank labels ("Currently smokes:\nPack-years:").
    const blankForm =
      !answeredBelow && !leftUnmarked && inBlankLabelRun(rules, analyzed.text, sentence.start);
    if (answeredBelow || leftUnmarked || blankForm) {
      const id = answeredBelow
        ? 'answered-by-number'
        : leftUnmarked
          ? 'unmarked-option'
          : 'blank-form';
      const mention = make('status', 0, text.length, null, `${rules.language}.ignore.${id}`);
      mention.decision = `ignored: ${id}`;
      evidence.ignored.push(mention);
      blocked.fill({ start: 0, end: text.length });
      ignoredText.fill({ start: 0, end: text.length });
    }
    for (const rule of passingRules(rules.notTobacco, lower)) {
      for (const m of matches(rule.regex, text, ascii)) {
        // A product named inside an ignored phrase, a blank row's label ("Tobacco/vape use: ______")
        // or counselling, is no use of it (decisions 34 and 51): vaping there does not make `never`.
        // Only a product wholly inside: "+tobacco (snuff, daily)" names snuff, though an ignored
        // smokeless sentence starts at "snuff" (decision 11).
        if (ignoredText.all({ start: m.index, end: m.index + m[0].length })) continue;
        const mention = make(
          'not_tobacco',
          m.index,
          m.index + m[0].length,
          rule.id.split('.').pop()!,
          rule.id,
        );
        evidence.notTobacco.push(mention);
        blocked.fill({ start: m.index, end: m.index + m[0].length });
      }
    }
    const isBlocked = (span: Span) => blocked.any(span);
    // A section header ("Tobacco Use", "【喫煙歴】") names a topic: the words in it are not a
    // statement about the patient (a template value after it still is, as a field).
    const headerSpans: Span[] = analyzed.sections
      .filter((h) => h.start >= sentence.start && h.start < sentence.end)
      .map((h) => ({ start: h.start - sentence.start, end: h.end - sentence.start }));
    const taken = new Occupancy(text.length);
    const take = (span: Span) => {
      if (isBlocked(span) || taken.any(span)) return false;
      taken.fill(span);
      return true;
    };
    const addStatus = (
      status: StatementStatus,
      form: StatusCandidate['form'],
      start: number,
      end: number,
      rule: string,
      options: { relapse?: boolean; product?: Product; defaultStatus?: 'current' | 'former' } = {},
    ) => {
      const named = productsInside(rules, text, start, end);
      if (options.product) named.add(options.product);
      // "never smoked cigarettes": a denial's object right after it names its product, so a
      // pipe smoked for years still answers (resolve.ts, pickWinner).
      if (status === 'never' && [...named].every((p) => p === 'tobacco')) {
        const object = /^\s{1,3}(?:a\s+|any\s+|regular\s+)?([^\s,.;:]+)/.exec(
          text.slice(end, end + 30),
        );
        if (object)
          for (const p of productsInside(rules, object[1]!, 0, object[1]!.length)) named.add(p);
      }
      const product = options.product ?? mostSpecific(named);
      const mention = make('status', start, end, status, rule, product);
      // A quit told in a clause about something else ("Tobacco: 1 ppd, EtOH: quit 2 years ago").
      if (
        status === 'former' &&
        form === 'statement' &&
        aboutOtherTopic(rules, text, { start, end })
      ) {
        mention.decision = 'ignored: told of another topic in its clause';
        evidence.ignored.push(mention);
        return;
      }
      evidence.statuses.push({
        mention,
        status,
        form,
        relapse: options.relapse ?? false,
        sentence,
        negatedOutside: negatedOutside.get(mention) ?? false,
        defaultStatus: options.defaultStatus ?? 'current',
        named,
        weak: weak || (recordLabels?.any({ start, end }) ?? false),
      });
    };

    // Template rows first: "Smoking status: Former Smoker" is one statement, not three words.
    // The label itself ("Tobacco:", "喫煙：") is not a statement; its value is.
    // An occupancy map, not a list: a row of many labels ("喫煙　■…喫煙　■…") stays linear.
    const labels = new Occupancy(text.length);
    // A question ("Have you ever smoked?", 「吸っていますか。」) states nothing; its answer (a
    // tick, a reply) does.
    const question = QUESTION_END.test(text);
    let statementMatchesOnce:
      | { rule: CompiledSmokingRules['statements'][number]; m: RegExpExecArray }[]
      | null = null;
    const statementMatchesOf = () => {
      statementMatchesOnce ??= (question ? [] : passingRules(rules.statements, lower)).flatMap(
        (rule) => matches(rule.regex, text, ascii).map((m) => ({ rule, m })),
      );
      return statementMatchesOnce;
    };
    // A field inside a longer statement that reads its whole row by position ("酒・たばこ：なし/あり",
    // "Tob/EtOH: -/+": tobacco's own value, not the first one after the colon): the statement's.
    const insideStatement = (span: Span) =>
      statementMatchesOf().some(
        ({ m }) => m.index < span.start && m.index + m[0].length >= span.end,
      );
    // A row whose label names a time window ("Tobacco use in the past 12 months: No"): a
    // question without its question mark, read below with the questions (decision 87).
    const timedRow = timedLabelRow(rules, text);
    for (const m of gatedMatches(rules.fieldLabel, rules.gates.fieldLabel, text, lower, ascii)) {
      const labelEnd = m.index + m[0].length;
      labels.fill({ start: m.index, end: labelEnd });
      evidence.labelled.add(sentence);
      if (timedRow && m.index < timedRow[1]!.length) continue;
      const named = productsInside(rules, text, m.index, labelEnd);
      if (named.size > 0) {
        const known = evidence.labelProducts.get(sentence) ?? new Set<Product>();
        for (const product of named) known.add(product);
        evidence.labelProducts.set(sentence, known);
      }
      const rest = text.slice(labelEnd);
      for (const value of rules.fieldValues) {
        const v = value.regex.exec(rest);
        if (!v) continue;
        const span = { start: m.index, end: labelEnd + v[0].length };
        if (!insideStatement(span) && take(span))
          addStatus(
            value.status,
            'field',
            span.start,
            span.end,
            `${rules.language}.field.${value.status}`,
          );
        break;
      }
    }
    // A ticked box counts only on a smoking row, or right under one ("Smoking:\n[x] Former").
    const startsWithBox = /^\s*(?:\[|[■☑☒✓✔●□☐（(])/.test(text);
    // A numbered option on its own line answers the smoking question above its run of options
    // ("問8 現在、たばこを習慣的に吸っていますか。" / "① はい　←○").
    const checkboxContext =
      testPrefilter(rules, text) ||
      (startsWithBox && testPrefilter(rules, questionFor(analyzed.text, sentence.start))) ||
      (/^[ \t　]*[①-⑳]/u.test(text) &&
        testPrefilter(rules, questionAbove(analyzed.text, sentence.start) ?? ''));
    // The question a ticked はい/いいえ answers: looked up once per sentence, when needed.
    let askedAbove: string | null | undefined;
    const asked = () => {
      if (askedAbove === undefined) {
        // The question on the tick's own line ("Do you smoke now?   [ ] Yes  [x] No"), else the
        // nearest one above.
        const sameLine = questionFor(analyzed.text, sentence.start);
        askedAbove = QUESTION_END.test(sameLine.trim())
          ? sameLine
          : questionAbove(analyzed.text, sentence.start);
      }
      return askedAbove;
    };
    for (const m of checkboxContext
      ? gatedMatches(rules.checkbox, rules.gates.checkbox, text, lower, ascii)
      : NONE) {
      const raw = (group(m, 'value') ?? '').toLowerCase();
      // A ticked yes/no answers its question ("ever smoked? [x] Yes" is not "current"); a
      // tick with no smoking question above means what its own word says.
      // The question in the same sentence before the tick ("Have you ever smoked?  [x] Yes"),
      // else the one its line or the lines above ask.
      // At most 200 characters back, so many ticks on one long line stay linear.
      const window = text.slice(Math.max(0, m.index - 200), m.index);
      const lineBefore = window.slice(window.lastIndexOf('\n') + 1);
      // Unticked options before the tick are not the question: "[ ] No", and the plain
      // option word of a circled-answer row ("現在、たばこを習慣的に吸っている　はい・［○］いいえ").
      const before = lineBefore
        .replace(/(?:\[\s{0,3}\]|[□☐])\s{0,3}[^\s[□☐]{1,12}\s*$/u, '')
        .replace(PLAIN_OPTION_END, '')
        .trim();
      const yesNo = /^(?:yes|no|はい|いいえ)$/.test(raw);
      // A はい/いいえ tick on a smoking row answers that row, question mark or not (健診 forms
      // state the question: "現在、たばこを習慣的に吸っている").
      const rowAsks = QUESTION_END.test(before) || (yesNo && testPrefilter(rules, before));
      const question = rowAsks ? before : asked();
      const valueStatus =
        question !== null && testPrefilter(rules, question) && yesNo
          ? tickedAnswer(rules, raw, question)
          : rules.checkboxValues.find((v) => v.regex.test(raw))?.status;
      const span = { start: m.index, end: m.index + m[0].length };
      // The row's label before its first box names the product the tick answers
      // ("紙巻きたばこ：□吸う　■やめた" is a quit of cigarettes, "加熱式たばこ：■使用している" heated
      // tobacco), so a switch to heated tobacco keeps the cigarette numbers (decision 46). A
      // label of several ("葉巻・パイプ：☑過去にあり") does not say which one; it stays tobacco.
      const rowLabel = lineBefore.split(/[□☐■☑☒✓✔[]/u)[0]!;
      // A ticked あり on a row whose own label says what it asks: now ("喫煙：□なし ■あり", current,
      // as the unticked 喫煙：あり is, JA decision 15) or a quit ("禁煙：■あり", former). The own
      // label is the last one before the tick ("喫煙：□なし ■あり　禁煙：■あり" holds two rows).
      const lastColon = Math.max(...[':', '：', '=', '＝'].map((c) => lineBefore.lastIndexOf(c)));
      const ownLabel =
        lastColon >= 0
          ? lineBefore
              .slice(0, lastColon + 1)
              .split(/[□☐■☑☒✓✔[]/u)
              .pop()!
          : rowLabel;
      const status =
        (valueStatus === 'ever'
          ? rules.checkboxRows?.find((row) => row.label.test(ownLabel))?.status
          : undefined) ?? valueStatus;
      if (status && take(span)) {
        const labelled = productsInside(rules, rowLabel, 0, rowLabel.length);
        labelled.delete('tobacco');
        // A row headed by a product that is not tobacco ("電子たばこ（VAPE等）：（○）なし"): the tick
        // answers for that product (spec 3: vaping alone is no smoking), not for the smoking rows.
        if (labelled.size === 0 && headedByNotTobacco(rules, rowLabel)) continue;
        addStatus(
          status,
          'field',
          span.start,
          span.end,
          `${rules.language}.field.checkbox`,
          labelled.size === 1 ? { product: mostSpecific(labelled) } : {},
        );
        // The question is the asking, not a statement: "吸っている" in it says nothing.
        if (rowAsks) blocked.fill({ start: m.index - lineBefore.length, end: m.index });
      }
    }
    // "回答：③" under a line of numbered options: the option of that number is the answer, read
    // as its ticked box would be (a はい/いいえ answers the question above the options).
    const byNumber =
      answerByNumber(rules, analyzed.text, sentence.start, sentence.end) ??
      answerByWord(rules, analyzed.text, sentence.start, sentence.end);
    if (byNumber) {
      const raw = byNumber.option.toLowerCase();
      const yesNo = /^(?:yes|no|はい|いいえ)$/.test(raw);
      const question = questionAbove(analyzed.text, byNumber.optionsStart);
      const status =
        question !== null && testPrefilter(rules, question) && yesNo
          ? tickedAnswer(rules, raw, question)
          : rules.checkboxValues.find((v) => v.regex.test(raw))?.status;
      const span = { start: 0, end: text.length };
      if (status && take(span))
        addStatus(status, 'field', span.start, span.end, `${rules.language}.field.answer-number`);
    }
    // A questionnaire row "Do you currently smoke?     Yes": the answer speaks, the question
    // itself does not.
    // The answer after two spaces, a dash ("smoker? - no") or a printed form's dot leader
    // ("Do you smoke now? ........ NO").
    // Or a Japanese question with no question mark answered はい/いいえ after a blank
    // ("現在、たばこを習慣的に吸っていますか　いいえ").
    const rowMatch = rules.questions ? QUESTION_ROW.exec(text) : null;
    const row = rowMatch
      ? [rowMatch[0], rowMatch[1] ?? rowMatch[2]!, rowMatch[3]!]
      : ((rules.questions ? answerCutFromQuestion(normalised, sentence.start, text) : null) ??
        timedRow ??
        numberAnswerRow(rules, text, () => questionCellsBefore(analyzed.text, sentence.start)) ??
        statusAnswerRow(rules, text));
    // "For how many years?  25" names no smoking word: it counts under a smoking question row,
    // above it or before it on its own line ("Do you smoke? Y  How long? 20 yrs").
    const above = row ? questionCellsBefore(analyzed.text, sentence.start) : '';
    // A question naming no product ("Ever used?  YES") under a smoking question asks the same.
    const followsSmokingQuestion =
      row !== null &&
      /[?？]/.test(above) &&
      testPrefilter(rules, above) &&
      !(rules.questions?.otherSubstances?.test(row[1]!) ?? false) &&
      withoutNotTobacco(rules, row[1]!) === row[1]!;
    if (
      row &&
      rules.questions &&
      (testPrefilter(rules, withoutNotTobacco(rules, row[1]!)) ||
        followsSmokingQuestion ||
        (rules.questions.amounts.some((a) => a.regex.test(row[1]!)) &&
          testPrefilter(
            rules,
            `${questionLinesAbove(analyzed.text, sentence.start)}\n${questionCellsBefore(analyzed.text, sentence.start)}`,
          )))
    ) {
      const answerStart = text.length - row[2]!.length;
      blocked.fill({ start: 0, end: answerStart });
      askedUntil = answerStart;
      const answer = row[2]!.trim();
      // A question about exposure ("Exposed to second-hand smoke in the past 30 days?  Yes"):
      // its smoking words are all inside an ignored phrase, so its answer is not the patient's.
      // Only a phrase that ends before the answer is the question's: one that takes the answer in
      // ("Ex-smoker? No", status-row-no) reads the row itself. A question that names no smoking
      // word ("Ever used?  YES" under a smoking question) has none to lose.
      const askedIgnored = new Occupancy(answerStart);
      for (const span of ignoredSpans) if (span.end <= answerStart) askedIgnored.fill(span);
      let ownWords = '';
      for (let i = 0; i < answerStart; i += 1)
        ownWords += askedIgnored.any({ start: i, end: i + 1 }) ? ' ' : text[i];
      // (A question the splitter cut off before this answer: its own words, less what is ignored.)
      if (answerStart === 0) {
        ownWords = row[1]!;
        for (const rule of passingRules(rules.ignore, gateText(ownWords)))
          ownWords = ownWords.replace(rule.regex, (m) => ' '.repeat(m.length));
      }
      const aboutExposure =
        testPrefilter(rules, withoutNotTobacco(rules, row[1]!)) && !testPrefilter(rules, ownWords);
      const asks = (r: RegExp) => r.test(row[1]!);
      if (asks(/\b(?:how\s+(?:much|many|long)|what)\b[^?\n]{0,30}\bdid\s+you\s+smoke\b/i))
        pastAnswerFrom = answerStart;
      // One line of several questions ("Smokes? No. Drinks? Yes."): the smoking question's answer
      // ends at its own sentence stop, so the next question's answer does not reach it.
      const headAnswer = /^([^.;?？。\n]{1,20}?)\s*[.;。](?:\s|$)/u.exec(answer)?.[1];
      const said = (r: RegExp) =>
        r.test(answer) || (headAnswer !== undefined && r.test(headAnswer));
      const status: StatementStatus | null = aboutExposure
        ? null
        : ((said(rules.questions.yes)
            ? answerTo(rules, row[1]!, 'yes', false)
            : said(rules.questions.no)
              ? answerTo(rules, row[1]!, 'no', false)
              : null) ?? labelQuestionAnswer(rules, row[1]!, answer));
      if (
        !status &&
        rules.questions.blank?.test(answer) &&
        (asks(rules.questions.now) || asks(rules.questions.ever))
      )
        evidence.blankStatus.push(sentence);
      if (status) {
        addStatus(
          status,
          'field',
          answerStart,
          text.length,
          `${rules.language}.question.${status}`,
        );
      }
      // An approximate answer ("~12", "about 12") is still the number (decision 20).
      // A bare "When?" right after a quit question ("Quit? Y  When? 2016") asks when he quit.
      const field =
        rules.questions.amounts.find((a) => a.regex.test(row[1]!))?.field ??
        (whenAfterQuit(rules, row[1]!, above) ? 'quit_year' : undefined);
      // An answer to "how long" with its unit ("For how many years?  20 years", "How long did you
      // smoke?  about 20 yrs"), in quotes or not: the years; to "how long ago / since you quit" the
      // time back ("5 years", "5 years ago").
      const value =
        /^\s*["“]?\s*(?:~|≈|(?:about|approx\.?|approximately|around|roughly)\s+)?\s*([\d.]+)\s*["”]?\s*$/i.exec(
          answer,
        ) ??
        (field === 'years_smoked' || field === 'quit_years_ago'
          ? /^\s*["“]?\s*(?:~|≈|(?:about|approx\.?|approximately|around|roughly)\s+)?(\d{1,2}(?:\.\d)?)\s*(?:years?|yrs?)(?:\s+ago)?\.?\s*["”]?\s*$/i.exec(
              answer,
            )
          : null);
      // A quit answered as an interval ("If you quit, when?   \"6 years ago\"", "When did you
      // quit?  about 3 yrs ago"): years back from note_date, as "quit 6 years ago" (spec 3).
      const ago =
        field === 'quit_year'
          ? /^\s*["“]?\s*(?:~|≈|(?:about|approx\.?|approximately|around|roughly)\s+)?(\d{1,2})\s*(?:years?|yrs?)\s+ago\.?\s*["”]?\s*$/i.exec(
              answer,
            )
          : null;
      // A quit year answered with two digits and an apostrophe ("Year you stopped?   '11"): the
      // year, with the century rule the quit-year rules use for "quit '09".
      const yy = field === 'quit_year' ? /^\s*['’‘](\d\d)\s*$/.exec(answer) : null;
      // A quit year answered in quotes or with its season or month ('"spring 2001"', "June
      // 2015"): the year.
      const dated =
        field === 'quit_year'
          ? /^["“]?\s*(?:(?:early|late|mid)[\s-]+)?(?:(?:spring|summer|fall|autumn|winter|[a-z]{3,9}\.?)\s+(?:of\s+)?)?((?:19|20)\d\d)\s*["”]?$/i.exec(
              answer,
            )
          : null;
      // An answer with its unit to a per-day question ("How much a day?   1/2 pack", "How many
      // per day?  about 10 cigarettes"): the amount in the unit it names.
      const unitAnswer =
        field && PER_DAY_FIELDS.has(field)
          ? rules.questions.answerUnits
              .map((u) => ({ field: u.field, n: u.regex.exec(answer)?.groups?.n }))
              .find((u) => u.n !== undefined)
          : undefined;
      const amount = unitAnswer
        ? { field: unitAnswer.field, value: parseNumber(unitAnswer.n!) }
        : ago
          ? { field: 'quit_years_ago' as const, value: Number(ago[1]) }
          : yy
            ? { field, value: Number(yy[1]) <= 40 ? 2000 + Number(yy[1]) : 1900 + Number(yy[1]) }
            : { field, value: value ? Number(value[1]) : dated ? Number(dated[1]) : null };
      if (amount.value !== null && amount.field) {
        // "If you quit, what year?  2001": the question's "if" frames the asking (askedUntil).
        const mention = make(
          amount.field,
          answerStart,
          text.length,
          amount.value,
          `${rules.language}.question.${amount.field}`,
        );
        evidence.amounts.push({ mention, sentence, needsContext: null, superseded });
      }
    }
    const statementMatches = [...statementMatchesOf()];
    statementMatches.sort((a, b) => b.m[0].length - a.m[0].length || a.m.index - b.m.index);
    const statementStarts = new Set<number>();
    for (const { rule, m } of statementMatches) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (take(span)) {
        statementStarts.add(span.start);
        const past =
          rule.status === 'current' && pastAnswerFrom >= 0 && span.start >= pastAnswerFrom;
        addStatus(past ? 'ever' : rule.status, 'statement', span.start, span.end, rule.id, {
          relapse: rule.relapse,
        });
      }
    }
    // The topic of the statement right after it ("嗜好：たばこ　今は吸ってない", "tobacco - quit
    // 2015"): the statement speaks for it.
    // (At most three characters between: a set lookup per offset keeps a long sentence linear.)
    const topicOfStatement = (span: Span) => {
      for (let gap = 0; gap <= 3; gap += 1) {
        if (gap > 0 && !/[\s　:：\-–、,]/.test(text[span.end + gap - 1] ?? '')) return false;
        if (statementStarts.has(span.end + gap)) return true;
      }
      return false;
    };
    // The splitter ends a sentence at 。 even inside brackets (「喫煙歴 有（紙巻き 25本/日。ほかに葉巻も）」):
    // a concept's lookbehind (the vocab's NOT_EVER_DETAIL) must still see the open bracket's line.
    const lead = openBracketLead(normalised, sentence.start);
    // Longest first, so "heated tobacco" is heated tobacco, not the tobacco word inside it.
    const conceptMatches = (question ? [] : passingRules(rules.concepts, lower)).flatMap((rule) =>
      matches(rule.regex, text, ascii)
        .filter((m) => lead === '' || matchesAt(rule.regex, lead + text, lead.length + m.index))
        .map((m) => ({ rule, m })),
    );
    conceptMatches.sort((a, b) => b.m[0].length - a.m[0].length || a.m.index - b.m.index);
    for (const { rule, m } of conceptMatches) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (isBlocked(span) || headerSpans.some((h) => overlaps(h, span))) continue;
      // A heading line that only names the topic, over its rows ("TOBACCO / NICOTINE" above
      // "Smoking Status .... Unknown If Ever Smoked"): like a section header, not a status.
      if (onTopicHeading(rules, normalised, sentence.start + span.start)) continue;
      // Inside a label ("Tobacco:") or a statement ("former smoker"): not a status of its own.
      if (labels.any(span) || topicOfStatement(span) || !take(span)) continue;
      addStatus('current', 'concept', span.start, span.end, rule.id, {
        product: rule.product,
        defaultStatus: rule.status,
      });
    }
    // Longest first, one amount of a kind per span: "a pack and a half a day" is not also
    // "a half a day" (but "quit in 2012 after 20 years at 1 ppd" holds three kinds).
    const amountMatches = passingRules(rules.amounts, lower)
      .filter((rule) => !rule.readsNextSentence)
      .flatMap((rule) => matches(rule.regex, text, ascii).map((m) => ({ rule, m })));
    // Rules that look on into the next sentence (a 一度 quit held there: 「2015年に一度禁煙した。以後
    // 吸っていない。」) read up to 60 characters past this one; only matches ending in it count.
    if (readOnRules.length > 0) {
      const onward = normalised.slice(
        sentence.start,
        Math.min(normalised.length, sentence.end + 60),
      );
      for (const rule of passingRules(readOnRules, gateText(onward))) {
        for (const m of matches(rule.regex, onward, isAscii(onward))) {
          if (m.index + m[0].length <= text.length) amountMatches.push({ rule, m });
        }
      }
    }
    amountMatches.sort((a, b) => b.m[0].length - a.m[0].length || a.m.index - b.m.index);
    const amountSpans = new Map<string, Occupancy>();
    const fragmentAmounts: number[] = [];
    for (const { rule, m } of amountMatches) {
      const span = { start: m.index, end: m.index + m[0].length };
      const kind = AMOUNT_KIND[rule.field] ?? rule.field;
      const occupied = amountSpans.get(kind) ?? new Occupancy(text.length);
      amountSpans.set(kind, occupied);
      if (occupied.any(span)) continue;
      // A year referred back to ("平成十九年の暮れに倒れ…。翌年の元日からたばこを断ち", "2015年に入院。同年、
      // 禁煙した"): the last year written before it on its line, plus one for 翌年 (groups refnext / refsame).
      const referred =
        rule.field === 'quit_year' &&
        (group(m, 'refnext') !== undefined || group(m, 'refsame') !== undefined);
      // A quit dated by a life event whose year the note writes elsewhere ("stopped the week before
      // his bypass" … "CABG x3 (June 2014)"): group event, the vocab's dated_events (en 83, ja 72).
      const event = rule.field === 'quit_year' ? group(m, 'event') : undefined;
      // A quit dated by the week of the pregnancy ("妊娠6週でやめた" in a note at 妊娠30週2日): the weeks
      // between, counted back from the note date (ja decision 62).
      const gestweek = group(m, 'gestweek');
      const dated =
        gestweek !== undefined
          ? gestationalMonthsAgo(normalised, rules.gestationalAge, gestweek, {
              start: sentence.start + m.index,
              end: sentence.start + m.index + m[0].length,
            })
          : referred
            ? yearWrittenBefore(
                normalised,
                sentence.start + m.index,
                group(m, 'refnext') !== undefined,
              )
            : event !== undefined
              ? eventYear(
                  normalised,
                  event,
                  sentence.start + m.index + m[0].indexOf(event),
                  rules.datedEvents,
                  rules.seasons,
                  eventShift(m),
                  noteYear,
                )
              : amountValue(rule.field, m, rules.seasons, rules.holidays, rules.holidayDays);
      // An interval before the note's own encounter that the note dates nowhere ("quit 2 years prior
      // to admission", "3 yrs PTA", "18 months before this visit"): counted back from note_date.
      const encounterMonths =
        dated === null && event !== undefined
          ? encounterMonthsAgo(event, m, rules.datedEvents)
          : null;
      const field = encounterMonths === null ? rule.field : 'quit_months_ago';
      const value = encounterMonths ?? dated;
      if (value === null) continue;
      occupied.fill(span);
      // A row's value told as a bound after its number ("Years: 30+", "Pack-years: 20 or more"): no
      // value (decisions 20 and 63).
      if (/\d$/.test(m[0]) && rules.boundAfter?.test(text.slice(span.end, span.end + 16))) {
        const mention = make(field, span.start, span.end, value, rule.id);
        mention.decision = 'ignored: a bound';
        evidence.ignored.push(mention);
        continue;
      }
      // A time told in a clause about something else ("Smokes 1 ppd, HTN x 10 yrs", "on dialysis
      // since 2019", 「高血圧で10年通院中」): that thing's time, not the smoking's.
      if (TIME_KINDS.has(kind) && aboutOtherTopic(rules, text, span)) {
        const mention = make(field, span.start, span.end, value, rule.id);
        mention.decision = 'ignored: told of another topic in its clause';
        evidence.ignored.push(mention);
        continue;
      }
      // A quit's full date is read inside counselling too ("禁煙開始日 R6.7.1" is a 禁煙外来's label): it
      // tells a plan from a quit (resolve.ts).
      if (rule.field !== 'quit_date' && ignoredText.any(span)) {
        const mention = make(field, span.start, span.end, value, rule.id);
        mention.decision = 'ignored: inside counselling or education';
        evidence.ignored.push(mention);
        continue;
      }
      const mention = make(field, span.start, span.end, value, rule.id);
      const now = saysNow(rules.amountNow, text, span);
      const rough = rules.approximate?.test(m[0]) ?? false;
      const revised = saysRevised(rules.revisedValue ?? null, text, span);
      // "has been smoking 3-4 a day in the courtyard here": the rest of the clause places it.
      const inHospital =
        rules.amountInHospital?.test(/^[^.;。,、\n]{0,40}/.exec(text.slice(span.end))?.[0] ?? '') ??
        false;
      // "10 a day on weekends, none during the week": no daily rate (decision 62).
      const partWeek =
        PER_DAY_FIELDS.has(rule.field) &&
        (rules.partWeek?.test(/^[^.\n]{0,80}/.exec(text.slice(span.end))?.[0] ?? '') ?? false);
      // A fragment's amount needs a smoking statement in its sentence until the sentence is found
      // to be a fragment (below).
      const needsContext = rule.needsContext === 'fragment' ? 'sentence' : rule.needsContext;
      evidence.amounts.push({
        mention,
        sentence,
        needsContext,
        now,
        rough,
        superseded,
        inHospital,
        partWeek,
        copied: inCopy,
        revised,
      });
      if (rule.needsContext === 'fragment') fragmentAmounts.push(evidence.amounts.length - 1);
      // An amount smoked today ("down to half a pack a day now", 現在は1日3〜5本) says the
      // patient smokes: a current statement of its own, against "smoked 2 ppd in his 40s".
      if (now && PER_DAY_FIELDS.has(rule.field) && typeof value === 'number' && value > 0) {
        addStatus('current', 'statement', span.start, span.end, `${rules.language}.amount-now`);
      }
    }
    // Printed text addressed to the reader ("If you smoke…", "Smoking raises your risk…")
    // states nothing about the patient, unless it reports the patient's own answer.
    // A "you" inside quotation marks is the quoted speaker's ("30 pk-yr, if you're counting", "you
    // know, a pack a day"), not the note addressing its reader: quotes are left out of that test.
    if (
      rules.secondPerson &&
      !/[?？]/.test(text) &&
      rules.secondPerson.pattern.test(withoutQuotes(text)) &&
      !rules.secondPerson.ownAnswer.test(text)
    ) {
      for (const mention of [
        ...evidence.statuses.splice(statusesBefore).map((c) => c.mention),
        ...evidence.amounts.splice(amountsBefore).map((a) => a.mention),
      ]) {
        mention.decision = 'ignored: addressed to the reader (education)';
        evidence.ignored.push(mention);
      }
    }
    if (rules.patientSubject) {
      // A quotation goes on about the person it was about ("「主人が…また吸い始めて、今は1日10本前後。家でも
      // 吸うので心配」"): a sentence that starts inside the same open 「 keeps that person as its subject.
      const quote = openQuoteAt(normalised, sentence.start);
      // Subject drop across sentences: a sentence that goes on, on the same line, right after one
      // whose subject was a relative ("父は22歳から吸っていて、今も1日1箱。家では換気扇の下で吸っている")
      // keeps that subject, until a word names the patient again, as within one sentence.
      const continuesOther =
        otherTopicUntil >= 0 && followsOnSameLine(normalised, otherTopicUntil, sentence.start);
      const stillOther = carryExperiencer(
        [
          ...evidence.statuses.slice(statusesBefore).map((s) => s.mention),
          ...evidence.amounts.slice(amountsBefore).map((a) => a.mention),
        ],
        text,
        sentence.start,
        rules.patientSubject,
        passesGate(rules.gates.patientSubject, lower),
        ascii,
        (quote !== -1 && quote === quotedTopic) || continuesOther,
      );
      const quoteAtEnd = openQuoteAt(normalised, sentence.end);
      quotedTopic = stillOther && quoteAtEnd !== -1 ? quoteAtEnd : -1;
      // Only a relative made the topic or subject with its particle ("父は", "夫が", "妻も") runs on
      // into the next sentence: a word that only named someone ("職場の人間関係のストレスで") does not.
      const topicOther = evidence.statuses.slice(statusesBefore).some(
        (c) =>
          c.mention.assertion.experiencer === 'other' &&
          c.mention.assertion.triggers.some((t) => {
            if (!t.startsWith('experiencer_other:')) return false;
            const word = t.slice('experiencer_other:'.length);
            if (word === 'topic of the sentence' || /[はがも]$/u.test(word)) return true;
            const at = text.indexOf(word);
            return at >= 0 && /^(?:さん|様)?[はがも]/u.test(text.slice(at + word.length));
          }),
      );
      otherTopicUntil = stillOther && topicOther ? sentence.end : -1;
    }
    // Elliptic follow-ups ("入院の前の日まで吸ってた。半箱くらい。もう30年近くになる"): a short sentence
    // with no status of its own, right after a sentence about the patient's smoking on the same
    // line, says its amount or its years of that smoking: it takes that sentence as its context.
    // Its years only after smoking said as now: after a quit they are the time since the quit.
    const own = evidence.statuses.slice(statusesBefore);
    const patientOwn = own.filter((c) => c.mention.assertion.experiencer !== 'other');
    // A follow-up that revises the figure just told ("Later in visit pt said it was more like 5
    // years ago") may be longer: its revision word ties it to the sentence before.
    const revising =
      text.trim().length <= 100 &&
      fragmentAmounts.length > 0 &&
      fragmentAmounts.every((i) => evidence.amounts[i]!.revised);
    const fragment =
      own.length === 0 &&
      (text.trim().length <= 40 || revising) &&
      told !== null &&
      followsOnSameLine(normalised, told.until, sentence.start, told.row === true);
    if (fragment && told) {
      for (const index of fragmentAmounts) {
        const amount = evidence.amounts[index]!;
        if (amount.mention.assertion.experiencer === 'other') continue;
        if (amount.mention.type === 'years_smoked' && (!told.now || told.quit)) continue;
        // The time since a quit ("やめたけん。もう十年になる"): only right after the quit.
        if (FRAGMENT_QUIT_FIELDS.has(amount.mention.type) && !told.quit) continue;
        evidence.amounts[index] = { ...amount, sentence: told.sentence };
      }
      // A fragment that opens with the time since a quit ("たばこは1日20本。やめて、もう3年になる。", "毎日
      // 1箱。禁煙して5年。"): a quit with no subject or object of its own ends the smoking just told, so it
      // says former (the quit date is the fragment's own amount). Only right after smoking told as
      // a habit, not after a quit (told.quit) nor someone else's smoking (patient-only `told`), and
      // not a quit with an object of its own (を: "昨年、手術を受けて酒をやめた"; a tobacco object would
      // have made a statement of its own, so the fragment would not be one).
      if (!told.quit) {
        const quit = evidence.amounts.slice(amountsBefore).find(
          (a, i) =>
            // Not a time since a quit that needs the quit before it (quit-years-ago-fragment).
            !fragmentAmounts.includes(amountsBefore + i) &&
            FRAGMENT_QUIT_FIELDS.has(a.mention.type) &&
            a.mention.assertion.experiencer !== 'other' &&
            /^[\s「『]*$/u.test(text.slice(0, a.mention.start - sentence.start)) &&
            !a.mention.text.includes('を'),
        );
        if (quit) {
          const at = quit.mention.start - sentence.start;
          const until = quit.mention.end - sentence.start;
          addStatus('former', 'statement', at, until, `${rules.language}.fragment-quit`);
          told.quit = true;
        }
      }
      told.until = sentence.end;
    } else if (patientOwn.length > 0) {
      // What each says, as resolve.ts reads it: a concept by its triggers, a statement by itself.
      const says = (c: StatusCandidate) =>
        c.mention.assertion.hypothetical || c.mention.assertion.possible
          ? null
          : c.form !== 'concept'
            ? c.status
            : c.mention.assertion.negated
              ? 'never'
              : historicalTrigger(c.mention)
                ? 'former'
                : c.defaultStatus;
      const smoked = patientOwn.filter((c) => {
        const status = says(c);
        return (
          status !== null && status !== 'never' && status !== 'not_now' && status !== 'plain_no'
        );
      });
      told =
        smoked.length > 0
          ? {
              sentence,
              until: sentence.end,
              // Smoking told as a habit (now, or in the past with no quit): a duration after it
              // is its length. A quit told ("やめた", "禁煙中"): a duration after it is since then.
              now: smoked.some((c) => says(c) === 'current' || c.form === 'concept'),
              quit: smoked.some((c) => c.form !== 'concept' && c.status === 'former'),
            }
          : null;
    } else if (own.length === 0 && evidence.labelled.has(sentence)) {
      // A smoking row that tells only a daily amount of the patient's, said of no past time
      // ("喫煙：1日20本", "Smoking: 1 ppd"): smoking told as a habit, the context of a fragment after it.
      const amounts = evidence.amounts.slice(amountsBefore);
      told = amounts.some(
        (a) =>
          PER_DAY_FIELDS.has(a.mention.type) &&
          a.needsContext === null &&
          typeof a.mention.value === 'number' &&
          a.mention.value > 0 &&
          a.mention.assertion.experiencer !== 'other' &&
          !a.mention.assertion.negated &&
          !a.mention.assertion.hypothetical &&
          !historicalTrigger(a.mention),
      )
        ? { sentence, until: sentence.end, now: true, quit: false, row: true }
        : null;
    } else {
      told = null;
    }
  }
  return evidence;
}

/** The amounts that time a quit as a duration since it ("やめて3年", "禁煙して半年"): see the fragment quit. */
const FRAGMENT_QUIT_FIELDS = new Set(['quit_years_ago', 'quit_months_ago']);

/**
 * Whether a sentence starting at `start` follows, on the same line, one that ended at `until`:
 * nothing but spaces and sentence ends or quotation marks between them. With `nextLine`, it may
 * open the next line instead (one line break, no blank line).
 */
function followsOnSameLine(text: string, until: number, start: number, nextLine = false): boolean {
  if (until > start) return false;
  const between = text.slice(until, start);
  if (start - until <= 4 && /^[ \t　。．」』「『]*$/u.test(between)) return true;
  return nextLine && start - until <= 8 && /^[ \t　。．]*\n[ \t　]*$/u.test(between);
}

/** A historical trigger of the mention's own (not its section's default): said as past. */
const historicalTrigger = (mention: SmokingMention) =>
  mention.assertion.triggers.some(
    (t) => t.startsWith('historical:') && !t.startsWith('historical:section:'),
  );

/** The offset of the 「 still open at `offset` on its line (none closed after it), else -1. */
function openQuoteAt(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const open = text.lastIndexOf('「', offset - 1);
  if (open < lineStart) return -1;
  const close = text.indexOf('」', open);
  return close !== -1 && close < offset ? -1 : open;
}

/**
 * Subject drop (Japanese): a relative who is the topic of a sentence stays its subject. Once a
 * status mention is someone else's ("両親はともに喫煙者で"), the later mentions of the same
 * sentence are too ("自宅では換気扇の下で吸っている"), until a word names the patient again
 * (本人は…). Mentions and patient words are walked in order once: linear in the sentence.
 * `carriedIn`: the sentence continues a quotation about someone else, so that person is its
 * subject from its start. Returns whether someone else is still the subject at its end.
 */
function carryExperiencer(
  mentions: SmokingMention[],
  text: string,
  offset: number,
  patientSubject: RegExp,
  mayName: boolean,
  ascii: boolean,
  carriedIn = false,
): boolean {
  const patientAt = mayName
    ? matches(patientSubject, text, ascii).map((m) => offset + m.index)
    : [];
  mentions.sort((a, b) => a.start - b.start);
  let carriedFrom: number | null = carriedIn ? offset : null;
  let next = 0;
  for (const mention of mentions) {
    while (next < patientAt.length && patientAt[next]! < mention.start) {
      if (carriedFrom !== null && patientAt[next]! >= carriedFrom) carriedFrom = null;
      next += 1;
    }
    if (mention.assertion.experiencer === 'other') {
      // Only a status names the topic: an amount's own trigger may be a neighbour's scope.
      if (mention.type === 'status' && carriedFrom === null) carriedFrom = mention.end;
      continue;
    }
    if (carriedFrom === null) continue;
    // The mention's assertion object was built for it alone in findEvidence.
    Object.assign(mention.assertion, {
      experiencer: 'other',
      triggers: [...mention.assertion.triggers, 'experiencer_other:topic of the sentence'],
    });
  }
  while (next < patientAt.length) {
    if (carriedFrom !== null && patientAt[next]! >= carriedFrom) carriedFrom = null;
    next += 1;
  }
  return carriedFrom !== null;
}

/**
 * Whether the line at `offset` (which must start it, after its indentation) is indented under a
 * row headed by a not-tobacco product: walking up through lines indented as deep or deeper (its
 * sibling rows), the first shallower line is its parent. A blank line ends the block.
 */
function underNotTobaccoRow(rules: CompiledSmokingRules, text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, offset + 1))![0].length;
  if (lineStart + indent !== offset) return false;
  if (indent === 0) return detailOfNotTobaccoRow(rules, text, lineStart);
  for (const line of blockLinesAbove(text, lineStart)) {
    const depth = /^[ \t]*/.exec(line)![0].length;
    if (depth < indent) return headedByNotTobacco(rules, line);
  }
  return false;
}

/** The up to 8 lines above the line starting at `lineStart`, nearest first, up to a blank line. */
function* blockLinesAbove(text: string, lineStart: number): Generator<string> {
  let end = lineStart - 1;
  for (let i = 0; i < 8 && end > 0; i += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === '') return;
    yield line;
  }
}

/**
 * Whether the flush-left line at `lineStart` is a detail row of a not-tobacco product: Epic prints a
 * "Quit date:" under each product ("Smokeless tobacco: Former User" / "Quit date: 2018"), and the
 * nearest product row above it in its block, past other detail rows, owns it (decision 11).
 */
function detailOfNotTobaccoRow(
  rules: CompiledSmokingRules,
  text: string,
  lineStart: number,
): boolean {
  // A product's detail row (the vocab's `detail_row`): "Quit date: 2018", "Types: Chew".
  const detailRow = rules.detailRow;
  if (!detailRow?.test(text.slice(lineStart, lineStart + 20))) return false;
  for (const line of blockLinesAbove(text, lineStart)) {
    if (!detailRow.test(line.trimStart())) {
      return headedByNotTobacco(rules, line) || headedByOtherSubstance(rules, line);
    }
  }
  return false;
}

/**
 * Whether a row is another substance's ("Alcohol use: Former", "Drug use: Not Currently", "Illicit
 * drugs: Former"), as the ignore rule `other-substance-row` reads it from the row's start: the
 * "Quit date:" / "Years:" printed under it are that substance's, not smoking's (psen11 item 8).
 */
function headedByOtherSubstance(rules: CompiledSmokingRules, row: string): boolean {
  const rule = rules.ignore.find((r) => r.id.endsWith('.other-substance-row'));
  if (!rule) return false;
  rule.regex.lastIndex = 0;
  const hit = rule.regex.exec(row);
  return hit !== null && hit.index === 0 && hit[0].trim() !== '';
}

/**
 * Whether `offset` lies on a line that only names the topic (the vocab's `topic_heading`) and heads
 * the rows below it: the next line is indented deeper, or the heading is in capitals over a
 * non-blank line. A lone "Smoking" in a list of problems ("HTN / Smoking / DM2", one a line, no
 * indent) is not a heading: it is the problem-list entry of decision 16.
 */
function onTopicHeading(rules: CompiledSmokingRules, text: string, offset: number): boolean {
  if (!rules.topicHeading) return false;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) return false;
  const line = text.slice(lineStart, lineEnd);
  if (line.length > 60 || !rules.topicHeading.test(line)) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  if (next.trim() === '') return false;
  const depth = (s: string) => /^[ \t]*/.exec(s)![0].length;
  return depth(next) > depth(line) || line === line.toUpperCase();
}

/**
 * The line before a sentence that starts inside a bracket still open on that line (at most 60
 * characters of it), else ''.
 */
function openBracketLead(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lead = text.slice(Math.max(lineStart, start - 60), start);
  const open = Math.max(lead.lastIndexOf('（'), lead.lastIndexOf('('));
  const close = Math.max(lead.lastIndexOf('）'), lead.lastIndexOf(')'));
  return open > close ? lead : '';
}

/** Whether `regex` (global) still matches at `index` of `text`. */
function matchesAt(regex: RegExp, text: string, index: number): boolean {
  regex.lastIndex = index;
  return regex.exec(text)?.index === index;
}

/** Every product a span names ("moved from cigarettes to heated tobacco": both). */
/** Whether a row label opens with a not-tobacco product (after bullets and blanks): "電子たばこ：". */
function headedByNotTobacco(rules: CompiledSmokingRules, rowLabel: string): boolean {
  // A question number before the label ("Q7 電子たばこ（VAPE等）", "問3 電子タバコ", "⑤ VAPE",
  // "(3) e-cigarette") is the form's numbering, not part of the product.
  const head = rowLabel.replace(/^(?:[\s・•*\-\d.)）(（]|(?:Q|問)\s*\.?\s*\d{1,2}|[①-⑳])*/u, '');
  return rules.notTobacco.some((rule) => {
    rule.regex.lastIndex = 0;
    return rule.regex.exec(head)?.index === 0;
  });
}

function productsInside(
  rules: CompiledSmokingRules,
  text: string,
  start: number,
  end: number,
): Set<Product> {
  const inside = text.slice(start, end);
  const named = new Set<Product>();
  for (const concept of rules.concepts) {
    concept.regex.lastIndex = 0;
    if (concept.regex.test(inside)) named.add(concept.product);
  }
  return named;
}

/**
 * Whether the amount at `span` is dated to today: a now-word inside it, in the 25 characters
 * before it or the 6 after it, within its clause ("she is now at about half a pack a day",
 * "half a pack a day now", "現在は1日3〜5本"; "nowadays it is about half a pack", "these days it's
 * somewhere between 12 and 15": a now-word and a copula before a hedge need the wider reach).
 */
function saysNow(amountNow: RegExp | null, text: string, span: Span): boolean {
  if (!amountNow) return false;
  const before = text.slice(Math.max(0, span.start - 25), span.start);
  // A clause or a bracketed aside ends the reach: "現在は吸っていない（禁煙前は1日20本" is no amount now.
  const clause = before.slice(
    Math.max(...[...'.;。、,\n(（)）'].map((c) => before.lastIndexOf(c))) + 1,
  );
  // Or right after it, in the same clause ("half a pack a day now").
  const after = /^[^.;。、,\n(（)）]{0,6}/.exec(text.slice(span.end))?.[0] ?? '';
  amountNow.lastIndex = 0;
  if (amountNow.test(`${clause}${text.slice(span.start, span.end)}${after}`)) return true;
  // Or a longer now-word as the next word ("History of smoking, smokes 1 ppd currently").
  const nextWord = /^[ \t]{1,3}\p{L}+/u.exec(text.slice(span.end))?.[0] ?? '';
  amountNow.lastIndex = 0;
  return nextWord !== '' && amountNow.test(nextWord);
}

/**
 * Whether the amount at `span` is said as a revision of an earlier figure: a revision word
 * (`revised_value`) in the 60 characters before it or in it, within its sentence part ("On my interview:
 * actually 1 ppd for 30 years", "corrects this to 20 a day", 本人に確認したところ実際は20本).
 */
function saysRevised(revisedValue: RegExp | null, text: string, span: Span): boolean {
  if (!revisedValue) return false;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const part = before.slice(Math.max(...[...';。\n'].map((c) => before.lastIndexOf(c))) + 1);
  revisedValue.lastIndex = 0;
  // The words may open the amount's own match ("more like 5 years ago", 正しくは5年前).
  return revisedValue.test(`${part}${text.slice(span.start, span.end)}`);
}

/** A sentence that opens its line with a smoking field label ("tob: former, quit 2/2019"). */
function opensSmokingRow(
  rules: CompiledSmokingRules,
  text: string,
  sentence: { start: number; end: number },
): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, sentence.start))) return false;
  const label = new RegExp(rules.fieldLabel.source, rules.fieldLabel.flags.replace(/[gy]/g, ''));
  const m = label.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
  return m !== null && /^[ \t]*$/.test(text.slice(sentence.start, sentence.start + m.index));
}

/**
 * Blocks copied from an older note or an unedited flowsheet: from the line of each marker
 * ("copied forward from", 転記) to the next heading or the first blank line after it, whichever
 * is first.
 * A copy repeats what was true then; the note's own statements outrank it (spec 3).
 */
function carriedForwardBlocks(
  text: string,
  analyzed: AnalyzedNote,
  marker: CompiledSmokingRules['carriedForward'],
  disputed: RegExp | null,
  recordRemark: RegExp | null,
): Span[] {
  // Searched over the whole note (a copy may head the lines above a smoking sentence), so only
  // when its literals occur, and with the ASCII twin on ASCII text.
  if (!marker || !passesGate(marker.gate, gateText(text))) return [];
  const blocks: Span[] = [];
  for (const m of matches(marker.regex, text, isAscii(text))) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const afterMarker = text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd);
    // What the line says after the marker (and after a label's colon): copied content written
    // inline ("HPI (carried forward from 2023): 'active smoker'") is that line alone; a marker
    // heading the lines below ("SOCIAL HISTORY (copied forward from 07/2023):", "…を転記") is not.
    const colon = afterMarker.search(/[:：]/);
    // A sentence that says a record was imported and is wrong ("The tobacco section above was
    // imported from his old practice and is wrong: he has never actually quit") is the writer's
    // own first-hand correction, not a copy: what follows its colon is today's history, and the
    // disputed record drops out with its status (resolve.ts, decision 82).
    if (disputed && colon >= 0 && disputed.test(afterMarker.slice(0, colon))) continue;
    // Nor is a sentence with no colon that says the imported record is stale ("自動取込の情報は初診時の
    // まま更新されていなかった"): it is the writer's own remark, heading no copy.
    if (disputed && colon < 0 && disputed.test(afterMarker)) continue;
    const inline = (colon < 0 ? afterMarker : afterMarker.slice(colon + 1)).replace(
      /[\s)）\]】.。'"]/g,
      '',
    );
    if (inline !== '' && colon >= 0) {
      blocks.push({ start: lineStart, end: lineEnd < 0 ? text.length : lineEnd });
      continue;
    }
    // A marker that ends a row with its value ("喫煙：あり（1日20本）※前回記載の転記", "喫煙：現在も1日20本
    // （令和4年記載）") says where that row came from: the copy is the row alone, and the lines
    // under it are the note's own. (The row is what stands before the marker's bracket or ※;
    // "生活歴：※前回入院時の記載を転記" has no value there, and heads the copied lines below.)
    if (inline === '' && colon < 0) {
      const before = text.slice(lineStart, m.index);
      // A clause of its own that says another record is stale ("smokes 10 a day; template not
      // updated", "… . Status not updated"): the writer's remark on that record, not where the
      // row before it came from (decision 82). The clause names the record: the vocab's
      // `record_remark` ("the template ", "status above has ").
      const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '));
      if (clauseStart >= 0 && recordRemark?.test(before.slice(clauseStart + 1))) continue;
      const open = Math.max(
        before.lastIndexOf('（'),
        before.lastIndexOf('('),
        before.lastIndexOf('※'),
      );
      if (/[:：=＝][ \t\u3000]*[^\s※（(【[]/u.test(open < 0 ? before : before.slice(0, open))) {
        blocks.push({ start: lineStart, end: lineEnd < 0 ? text.length : lineEnd });
        continue;
      }
    }
    // The next heading ends the copy, except the smoking rows inside it ("喫煙：…" under a copied
    // 【生活歴】), and so do a blank line and a bracketed heading of any name ("【今回の聴取】").
    // A marker that is itself a bracketed heading ("【前回退院サマリー（令和6年8月）より】") heads a
    // whole copied record: its own row labels ("診断：", "喫煙：") are inside it, and it runs to the
    // next bracketed heading, a blank line or a ruled line ("――――").
    const ownHeading = /^[ \t\u3000]*[【[［]/.test(text.slice(lineStart, m.index));
    // A marker set in a ruled banner ("--- copied fwd from 11/2018 visit ---") opens a copy that
    // the next ruled line closes ("---"), with its own headings ("SH:") inside it.
    const banner = /^[ \t]*[-=*_~]{3,}/.test(text.slice(lineStart, m.index));
    const nextHeader =
      ownHeading || banner
        ? undefined
        : analyzed.sections.find((h) => h.start > m.index && h.name !== 'tobacco_history');
    const boundary = banner
      ? /\n[ \t]*(?:\r?\n|[-=*_~]{3,}[ \t]*(?:\r?\n|$))/g
      : ownHeading
        ? /\n[ \t\u3000]*(?:\r?\n|【|[―─━－\-=＝]{4,})/g
        : /\n[ \t\u3000]*(?:\r?\n|【)/g;
    boundary.lastIndex = m.index;
    const end = Math.min(
      nextHeader?.start ?? text.length,
      boundary.exec(text)?.index ?? text.length,
      ownHeading ? indentedRowsEnd(text, lineEnd) : text.length,
    );
    // From the start of the marker's line: "Smoker, 1 ppd (copied forward)" is copied too.
    blocks.push({ start: lineStart, end });
  }
  return blocks;
}

/**
 * Where the rows indented under a heading end: a bracketed heading whose copied rows are indented
 * ("【前回記載より転記】" / "　喫煙：現在　1日20本" / "S）昨年の秋に禁煙し…") heads those rows only, and
 * the first line back at the margin is the note's own. Nothing is cut when the line under the
 * heading is not indented (the copy then runs to the heading's usual boundary).
 */
function indentedRowsEnd(text: string, headingEnd: number): number {
  if (headingEnd < 0) return text.length;
  const margin = /\n(?![ \t\u3000]|\r?\n)/g;
  if (!/^\n[ \t\u3000]+\S/.test(text.slice(headingEnd, headingEnd + 80))) return text.length;
  margin.lastIndex = headingEnd;
  return margin.exec(text)?.index ?? text.length;
}

/**
 * Letters the note answers later: from each letter's heading line (a referral) to the next
 * reply's heading line after it. The reply saw the patient later and speaks for today; the
 * letter it answers is outranked, as a copied block is (spec 3: the most recent statement).
 * A letter with no reply below it is the note's own account.
 */
function answeredLetters(text: string, headings: CompiledSmokingRules['answeredLetter']): Span[] {
  if (!headings) return [];
  const replies = matches(headings.reply, text).map((m) => m.index);
  if (replies.length === 0) return [];
  const blocks: Span[] = [];
  for (const m of matches(headings.letter, text)) {
    const reply = replies.find((r) => r > m.index);
    if (reply !== undefined) blocks.push({ start: m.index, end: reply });
  }
  return blocks;
}

/** The most specific product named: cigar over cigarette over plain "tobacco". */
function mostSpecific(named: ReadonlySet<Product>): Product | undefined {
  for (const product of named) if (product !== 'cigarette' && product !== 'tobacco') return product;
  if (named.has('cigarette')) return 'cigarette';
  return named.has('tobacco') ? 'tobacco' : undefined;
}

/**
 * A question that is only a smoking row label ("Tobacco?   Y", "Smoking?  no", "Tobacco use? N")
 * asks neither "now" nor "ever": its answer means what it would as that row's value ("Tobacco:
 * Y" current, "Tobacco: N" never, decision 10). Null for any other question ("Ready to quit?").
 */
function labelQuestionAnswer(
  rules: CompiledSmokingRules,
  question: string,
  answer: string,
): 'current' | 'former' | 'never' | null {
  const label = question.replace(/^[\s\d.)*•-]*/, '').replace(/\s*[?？]\s*$/, ':');
  rules.fieldLabel.lastIndex = 0;
  const m = rules.fieldLabel.exec(label);
  if (m?.index !== 0 || m[0].length !== label.length) return null;
  return rules.fieldValues.find((value) => value.regex.test(answer))?.status ?? null;
}

/** A clause break between a mention and a plan told after it (see make, intentions). */
const CLAUSE_BREAK = /[、，,;；:：]/;

/** The end of a question: "?", or Japanese 「…ますか。」「…ですか。」. */
// An answer option written plainly before the ticked one ("はい・［○］いいえ", "Yes / [x] No"), or
// with its empty box after it ("Yes [ ] No [x]").
const PLAIN_OPTION_END =
  /(?:^|[\s・/／、,：:])(?:はい|いいえ|yes|no)\s*(?:\[\s{0,3}\]|[(（]\s{0,3}[)）]|[□☐])?\s*[・/／、,]?\s*$/i;

/**
 * A questionnaire row: the question (group 1 or 2) and its answer (group 3). After one space the
 * answer must be a yes or no, written out or as its letter ("Ex-smoker? Y"; not "N/A"). A form
 * may print a colon after the question mark ("How long did you smoke?: \"about 40 years\"",
 * "Do you smoke?: No"): the answer follows it. A 健診 form prints its question as a statement
 * ("現在、たばこを習慣的に吸っている　いいえ", "…吸っている　②いいえ"): when it names its time, a lone はい/いいえ
 * after a blank (with its option number) answers it too.
 */
const QUESTION_ROW =
  /^(?:([^?？]*[?？])(?:[:：][ \t　]*(?=\S)|[ \t　]{2,}|[ \t]*[-–][ \t]+|[ \t](?=(?:[Yy][Ee][Ss]|[Nn][Oo])\b|[YyNn](?![\w/'’-]))|[ \t]*(?:\.{3,}|…+)[ \t]*|[ \t]*　[ \t　]*(?=(?:はい|いいえ)[ \t　]*$))|([^?？\n]*?(?:(?:ます|です|ました|でした|ません|ある|いる)か|(?<=(?:習慣的|現在|以前|過去|今まで|これまで)[^?？\n]{0,30}?)(?:ている|ていた)))[。．]?[ \t　]+(?:[①-⑳][ \t　]*)?(?=(?:はい|いいえ)[ \t　]*$))(\S[^\n]*)$/;

/**
 * A screening row that names a time window in its label and answers yes or no ("Tobacco use in
 * the past 12 months: No", "Smoked (past 30 days) - yes", "Q12 Tobacco use in the past 12 months:
 * YES."): a question without its question mark. As [row, label, answer], like QUESTION_ROW.
 */
function timedLabelRow(rules: CompiledSmokingRules, text: string): string[] | null {
  const q = rules.questions;
  if (!q) return null;
  const m = TIMED_ROW_COLON.exec(text) ?? TIMED_ROW_DASH.exec(text);
  if (!m) return null;
  const label = m[1]!;
  const answer = m[2]!.trim();
  if (!q.now.test(label) || !testPrefilter(rules, withoutNotTobacco(rules, label))) return null;
  const head = /^([^.;?？。\n]{1,20}?)\s*[.;。](?:\s|$)/u.exec(answer)?.[1];
  const said = (r: RegExp) => r.test(answer) || (head !== undefined && r.test(head));
  return said(q.yes) || said(q.no) ? [m[0], label, m[2]!] : null;
}

/**
 * A question asking for an amount answered with a number after a single space ("For how many
 * years? 30", "If yes, how much per day? 1-2 packs"): a row as QUESTION_ROW reads one, but only
 * for the amount questions, so "Smoker? 1 ppd" stays a statement.
 */
function numberAnswerRow(
  rules: CompiledSmokingRules,
  text: string,
  before: () => string,
): string[] | null {
  const m = NUMBER_ANSWER_ROW.exec(text);
  if (!m) return null;
  const asks =
    rules.questions?.amounts.some((a) => a.regex.test(m[1]!)) ||
    whenAfterQuit(rules, m[1]!, before());
  if (!asks) return null;
  return [m[0], m[1]!, m[2]!];
}

const NUMBER_ANSWER_ROW =
  /^([^?？\n]{1,200}[?？])[ \t](?=(?:~|≈|(?:about|approx\.?|approximately|around|roughly)\s+)?\d)(\S[^\n]*)$/u;

/** The label and answer of a row cut at its first colon, or at a spaced dash. */
const TIMED_ROW_COLON = /^([^?？:：=\n]{3,100})[:：=][ \t]*(\S[^\n]*)$/u;
const TIMED_ROW_DASH = /^([^?？:：=\n]{3,100}?)[ \t]+[-–][ \t]+(\S[^\n]*)$/u;

// A bracketed note may follow the question: the definition it asks by ("吸っていますか（合計100本以上、…）").
// So may its printed choices, neither marked ("吸っていますか　はい・いいえ", "…か　はい／いいえ"): the row
// still asks, and the answer is written elsewhere ("回答：いいえ" below it).
// (Not a bracketed remark that a value is missing, "smokes (amount ?)": the statement before it stands.)
const QUESTION_END =
  /(?:[?？](?<!\((?:amount|quantity|qty|how\s+much)\s?\?)|(?:ます|です|ました|でした|ません|ある|いる)か[。．]?)\s*(?:[（(][^（()）\n]{1,120}[）)])?(?:[ \t　]+(?:はい|いいえ)[ \t　]*[・/／、,][ \t　]*(?:はい|いいえ))?[\s"'」』)）]*$/;

/**
 * A ticked はい/いいえ means what its question asks: "smoking now? yes" → current, "ever
 * smoked? yes" → ever, "ever smoked? no" → never; "smoking now? no" → not_now (former beside
 * an "ever: yes", nothing alone). Null when there is no smoking question above the answer.
 */
function tickedAnswer(
  rules: CompiledSmokingRules,
  raw: string,
  question: string | null,
): StatementStatus | null {
  const q = rules.questions;
  if (!q || question === null || !testPrefilter(rules, question)) return null;
  if (q.yes.test(raw)) return answerTo(rules, question, 'yes', true);
  if (q.no.test(raw)) return answerTo(rules, question, 'no', true);
  return null;
}

/**
 * What a yes or a no says to a smoking question: one about now ("currently", 現在) → current /
 * not_now; one about ever → ever / never; a plain one with no time word ("Smoker?", "Do you
 * smoke?", decision 87) → current / plain_no. A yes to a question that asks both now and ever
 * ("Do you smoke or have you ever smoked?") answers the present first. With `row`, a bare row
 * label whose printed choices are marked ("Smoking: Yes [ ] No [x]", 「たばこ　□はい　■いいえ」)
 * asks plainly too.
 */
function answerTo(
  rules: CompiledSmokingRules,
  question: string,
  answer: 'yes' | 'no',
  row: boolean,
): StatementStatus | null {
  const q = rules.questions;
  if (!q) return null;
  const plain = () => (q.plain?.test(question) ?? false) || (row && isLabelRow(rules, question));
  if (answer === 'yes') {
    if (q.now.test(question) || (q.plain?.test(question) ?? false)) return 'current';
    if (q.former?.test(question)) return 'former';
    if (q.ever.test(question)) return 'ever';
    return plain() ? 'current' : null;
  }
  if (q.now.test(question)) return 'not_now';
  // A bare "Quit?" cell answered No: he has not quit ("Hx of tobacco use? Y … Quit? N").
  if (q.bareQuit?.test(question)) return 'current';
  if (q.ever.test(question)) return 'never';
  return plain() ? 'plain_no' : null;
}

/**
 * A bare はい/いいえ that the Japanese splitter cut from its question at ？ ("たばこを吸いますか？　いいえ"):
 * the row [answer, question, answer], the question being the one that ends right before it on its
 * line (at most 120 characters back). Null for any other sentence.
 */
function answerCutFromQuestion(
  text: string,
  at: number,
  own: string,
): [string, string, string] | null {
  if (!/^[ \t　]*(?:はい|いいえ)[ \t　。]*$/u.test(own)) return null;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 120), at);
  const question = /([^。！!？?\n]+[？?])[ \t　]*$/u.exec(before)?.[1];
  return question ? [own, question, own] : null;
}

/** Whether the text before a row's marked choice is only a smoking row label ("Tobacco use:", "喫煙"). */
function isLabelRow(rules: CompiledSmokingRules, text: string): boolean {
  const label = `${text.replace(/[\s:：=＝?？]+$/u, '').replace(/^[\s\d.)*•-]*/, '')}:`;
  if (label.length > 60) return false;
  rules.fieldLabel.lastIndex = 0;
  const m = rules.fieldLabel.exec(label);
  return m?.index === 0 && m[0].length === label.length;
}

/**
 * The nearest question line above an answer row, at most three lines up, same block. Only the
 * 1,000 characters before the row are searched, so many ticks on one long line stay linear.
 */
function questionAbove(text: string, offset: number): string | null {
  const floor = Math.max(0, offset - 1000);
  let end = text.lastIndexOf('\n', offset - 1);
  for (let step = 0; step < 3 && end > floor; step += 1) {
    const start = Math.max(floor, text.lastIndexOf('\n', end - 1) + 1);
    const line = text.slice(start, end).trim();
    if (line === '') return null;
    if (QUESTION_END.test(line)) return line;
    end = start - 1;
  }
  return null;
}

/** The printed numbered options of a line ("①はい　②…　③いいえ（①②以外）"), by number. */
function numberedOptions(line: string): Map<string, string> {
  const options = new Map<string, string>();
  for (const m of line.matchAll(
    /(?<![^\s・/／])([①-⑳])[ \t　]*([^\n]*?)(?=[ \t　]+[①-⑳]|[ \t　]*$)/gu,
  ))
    if (m[2]) options.set(m[1]!, m[2].replace(/[、,。]+$/u, '').trim());
  return options;
}

/** The line `offset` is on: its start and end in `text`. */
function lineAt(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end < 0 ? text.length : end };
}

/** Whether the line at offset is a blank label (the vocab's `blank_label`) with another right above or below it. */
function inBlankLabelRun(rules: CompiledSmokingRules, text: string, offset: number): boolean {
  const blank = rules.blankLabel;
  if (!blank) return false;
  const line = lineAt(text, offset);
  const isBlank = (span: Span) =>
    span.end - span.start <= 60 && blank.test(text.slice(span.start, span.end));
  if (!isBlank(line)) return false;
  return (
    (line.start > 0 && isBlank(lineAt(text, line.start - 1))) ||
    (line.end < text.length && isBlank(lineAt(text, line.end + 1)))
  );
}

/** The number a line answers by ("回答：③", "回答：3"), as a circled digit; null if none. */
function answerNumberOf(rules: CompiledSmokingRules, line: string): string | null {
  const n = rules.questions?.answerNumber?.exec(line)?.groups?.n;
  if (!n) return null;
  const digit = Number.parseInt(n.normalize('NFKC'), 10);
  return /^[①-⑳]$/u.test(n)
    ? n
    : digit >= 1 && digit <= 20
      ? String.fromCharCode(0x245f + digit)
      : null;
}

/** Whether the line at `offset` is numbered options (two or more) answered by number below it. */
function numberedOptionsAnsweredBelow(
  rules: CompiledSmokingRules,
  text: string,
  offset: number,
): boolean {
  if (!rules.questions?.answerNumber) return false;
  const line = lineAt(text, offset);
  if (line.end >= text.length || line.end - line.start > 400) return false;
  const options = numberedOptions(text.slice(line.start, line.end));
  if (options.size === 0 || (options.size === 1 && !isOptionLine(text, line))) return false;
  // Options printed one to a line ("①はい" / "②以前は吸っていたが…" / "③いいえ" / "→ ③に○"): the
  // run of option lines below this one, down to the line that answers them.
  let below = lineAt(text, line.end + 1);
  for (let i = 0; i < 8 && below.end < text.length && isOptionLine(text, below); i++) {
    for (const [k, v] of numberedOptions(text.slice(below.start, below.end))) options.set(k, v);
    below = lineAt(text, below.end + 1);
  }
  // And the option lines above it, so a later option of the run is read with the first ones.
  let above = line;
  for (let i = 0; i < 8 && above.start > 0 && isOptionLine(text, above); i++) {
    above = lineAt(text, above.start - 1);
    if (!isOptionLine(text, above)) break;
    for (const [k, v] of numberedOptions(text.slice(above.start, above.end))) options.set(k, v);
  }
  if (options.size < 2) return false;
  const n = answerNumberOf(rules, text.slice(below.start, below.end));
  return n !== null && options.has(n);
}

/**
 * Whether the line `offset` is on is a numbered option with no mark of its own while another
 * option line of its run (at most eight lines either way) is marked at its number.
 */
function optionLeftUnmarked(rules: CompiledSmokingRules, text: string, offset: number): boolean {
  const line = lineAt(text, offset);
  // A printed option is short: a long line (many sentences on it) is read once, not per sentence.
  if (line.end - line.start > 400) return false;
  const own = text.slice(line.start, line.end);
  if (!OPTION_NUMBER.test(own) || matches(rules.checkbox, own).length > 0) return false;
  for (const step of [-1, 1]) {
    let at = line;
    for (let i = 0; i < 8; i++) {
      if (step < 0 ? at.start === 0 : at.end >= text.length) break;
      at = lineAt(text, step < 0 ? at.start - 1 : at.end + 1);
      const marked =
        at.end - at.start > 400 ? null : optionMarked(rules, text.slice(at.start, at.end));
      if (marked === null) break;
      if (marked) return true;
    }
  }
  return false;
}

/** A line's option number after at most a box or mark ("■①", "（○）②", "③"; not "→①の方"): group 1 is the number. */
const OPTION_NUMBER = /^[ \t　]*(?:[■☑☒✓✔●□☐（()）[\]［］○〇◯xX✕レ]|[ \t　]){0,6}([①-⑳])/u;

/** Whether an option line is marked at its number (a tick before it, a mark after it); null when it is no option line. */
function optionMarked(rules: CompiledSmokingRules, line: string): boolean | null {
  const number = OPTION_NUMBER.exec(line);
  if (!number) return null;
  const tick = matches(rules.checkbox, line)[0];
  return tick !== undefined && tick.index <= number[0].length - 1;
}

/** Whether a line opens with a numbered option ("　②以前は吸っていたが…"). */
function isOptionLine(text: string, line: Span): boolean {
  return /^[ \t　]*[①-⑳]/u.test(text.slice(line.start, line.end));
}

/**
 * The option a line answering by number chooses (its text, and where the options line starts),
 * when the sentence is that whole line and the line above prints the options; null otherwise.
 */
function answerByNumber(
  rules: CompiledSmokingRules,
  text: string,
  start: number,
  end: number,
): { option: string; optionsStart: number } | null {
  if (!rules.questions?.answerNumber) return null;
  const line = lineAt(text, start);
  if (line.start === 0 || text.slice(line.start, line.end).trim() !== text.slice(start, end).trim())
    return null;
  const n = answerNumberOf(rules, text.slice(line.start, line.end));
  if (n === null) return null;
  let above = lineAt(text, line.start - 1);
  if (line.start - above.start > 401) return null;
  let option = numberedOptions(text.slice(above.start, above.end)).get(n);
  // Options one to a line: the option lines above, back to the first (the question is above it).
  for (let i = 0; i < 8 && above.start > 0 && isOptionLine(text, above); i++) {
    const next = lineAt(text, above.start - 1);
    if (!isOptionLine(text, next)) break;
    above = next;
    option ??= numberedOptions(text.slice(above.start, above.end)).get(n);
  }
  return option ? { option, optionsStart: above.start } : null;
}

/**
 * A line that is only an answer in words ("回答：いいえ", "→ はい") under a yes/no question whose printed
 * choices are not marked ("現在、たばこを習慣的に吸っていますか　はい・いいえ"): the answer, read as that choice ticked;
 * questionAbove(text, optionsStart) finds the question from the answer's own line.
 */
function answerByWord(
  rules: CompiledSmokingRules,
  text: string,
  start: number,
  end: number,
): { option: string; optionsStart: number } | null {
  if (!rules.questions?.answerWord) return null;
  const line = lineAt(text, start);
  const own = text.slice(start, end).trim();
  if (line.start === 0 || text.slice(line.start, line.end).trim() !== own) return null;
  const word = rules.questions.answerWord.exec(own)?.groups?.word;
  return word ? { option: word, optionsStart: line.start } : null;
}

/** The line above the one `offset` is on, when no blank line comes between. */
function lineAbove(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (lineStart === 0) return '';
  return text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
}

/**
 * The question cells before a row on its own line ("Smoker? Y  PPD? 1": "Smoker? Y" for "PPD? 1"),
 * at most 200 characters back, else the line above (see lineAbove).
 */
/**
 * A bare "When?" cell right after a quit question ("Quit? Y  When? 2016"): it asks when he quit
 * (the vocab's `questions.when_cell` and `quit_cell`).
 */
function whenAfterQuit(rules: CompiledSmokingRules, cell: string, before: string): boolean {
  const q = rules.questions;
  return (q?.bareWhen?.test(cell) ?? false) && (q?.quitAskedLast?.test(before) ?? false);
}

function questionCellsBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const own = text.slice(Math.max(lineStart, offset - 200), offset);
  return /[?？]/.test(own) ? own : lineAbove(text, offset);
}

/**
 * A question answered after a single space by a status word of a row label ("Tobacco use? Former",
 * "Smoking status? Never smoker"): a row, as "Tobacco use:  Former" is one (labelQuestionAnswer).
 */
function statusAnswerRow(rules: CompiledSmokingRules, text: string): string[] | null {
  const m = /^([^?？\n]{1,60}[?？])[ \t](\S[^?？\n]{0,40})$/u.exec(text);
  if (!m || labelQuestionAnswer(rules, m[1]!, m[2]!.replace(/[.;]\s*$/, '')) === null) return null;
  return [m[0], m[1]!, m[2]!];
}

/**
 * The run of question lines right above a row (at most four), for a chain of follow-up amount
 * questions under one smoking question ("Have you ever been a smoker?  Yes [X]" / "If yes - how
 * many a day?  ~12 cigs" / "for how many years?  18" / "year you stopped?  '11"): the last ones
 * name no smoking word, but the chain they continue does. Stops at the first line that is not a
 * question.
 */
function questionLinesAbove(text: string, offset: number): string {
  const lines: string[] = [];
  let at = offset;
  for (let i = 0; i < 4; i += 1) {
    const line = lineAbove(text, at);
    if (!/[?？]/.test(line)) break;
    lines.push(line);
    at = text.lastIndexOf('\n', at - 1);
    if (at <= 0) break;
  }
  return lines.join('\n');
}

/**
 * The text with the products that are not tobacco smoking taken out: a question about smokeless
 * tobacco ("Have you ever used smokeless tobacco?   No") asks nothing about smoking, while one
 * naming both ("Do you use tobacco (cigarettes, chew)?") still asks about it (decision 11).
 */
function withoutNotTobacco(rules: CompiledSmokingRules, text: string): string {
  let rest = text;
  for (const rule of rules.notTobacco) rest = rest.replace(rule.regex, ' ');
  return rest;
}

function testPrefilter(rules: CompiledSmokingRules, text: string): boolean {
  const prefilter = prefilterFor(rules, text);
  prefilter.lastIndex = 0;
  return prefilter.test(text);
}

/** The prefilter, or its faster twin for the text (the same matches: `twinFor`). */
function prefilterFor(rules: CompiledSmokingRules, text: string): RegExp {
  return twinFor(rules.prefilter, text);
}

/** The kinds of amount that tell a time (years, a start, a quit): see aboutOtherTopic. */
const TIME_KINDS = new Set(['years', 'start', 'quit', 'quit-age', 'quit-date']);

/**
 * Where the clause holding `offset` of a sentence's text starts: after the last of the vocab's
 * `other_topic.breaks` before it (at most 160 characters back). A break inside a closed quotation
 * is the speaker's ("smoked \"ten a day, give or take\" for fifteen years"): not one.
 */
function clauseStart(breaks: RegExp, text: string, offset: number): number {
  const floor = Math.max(0, offset - 160);
  const before = text
    .slice(floor, offset)
    .replace(/"[^"\n]{0,120}"|“[^”\n]{0,120}”|「[^」\n]{0,120}」/g, (q) => '_'.repeat(q.length));
  let start = floor;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(before); m; m = breaks.exec(before)) {
    if (m[0].length === 0) breaks.lastIndex += 1;
    else start = floor + m.index + m[0].length;
  }
  return start;
}

/** Where the clause holding `offset` ends: at the next break (at most 80 characters on). */
function clauseEnd(breaks: RegExp, text: string, offset: number): number {
  const window = text.slice(offset, offset + 80);
  breaks.lastIndex = 0;
  for (let m = breaks.exec(window); m; m = breaks.exec(window)) {
    if (m[0].length > 0) return offset + m.index;
    breaks.lastIndex += 1;
  }
  return offset + window.length;
}

/** The sentence last asked about and where its prefilter words start (see smokingWordsAt). */
let wordsOf: { rules: CompiledSmokingRules; text: string; at: number[] } | null = null;

/**
 * Where the prefilter's smoking words start in a sentence's text, found once per sentence (its
 * clauses ask in turn: a long sentence stays linear).
 */
function smokingWordsAt(rules: CompiledSmokingRules, text: string): number[] {
  if (wordsOf?.rules === rules && wordsOf.text === text) return wordsOf.at;
  const at: number[] = [];
  const prefilter = prefilterFor(rules, text);
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    if (m[0].length === 0) prefilter.lastIndex += 1;
    else at.push(m.index);
  }
  wordsOf = { rules, text, at };
  return at;
}

/** Whether `part` names something with a word of its own (a word that is not a filler). */
function namesSomething(words: RegExp, filler: RegExp, part: string): boolean {
  words.lastIndex = 0;
  for (let m = words.exec(part); m; m = words.exec(part)) {
    if (m[0].length === 0) words.lastIndex += 1;
    else if (!filler.test(m[0])) return true;
  }
  return false;
}

/**
 * Whether the words at `span` of a sentence's text are told in a clause about something else
 * (the vocab's `other_topic`), so that a time in them is that thing's: a clause opened by a label
 * that names something else, in a row after another field ("Tobacco: 1 ppd, EtOH: quit 2 years
 * ago", 「喫煙：1日20本、糖尿病：2010年から」), or a clause that names something with no word of
 * smoking or of its start or quit ("HTN x 10 yrs", "on dialysis since 2019", 「2年前から透析」).
 * A clause with smoking words keeps its time ("smoked for 15 years, DM2", "1 ppd x 30 yrs"), and
 * so do words told in the span itself ("put them down in '03": the rule's own wording).
 */
function aboutOtherTopic(rules: CompiledSmokingRules, text: string, span: Span): boolean {
  const topic = rules.otherTopic;
  if (!topic) return false;
  const start = clauseStart(topic.breaks, text, span.start);
  const end = clauseEnd(topic.breaks, text, span.end);
  // Only beside smoking told in another clause of the sentence: an elliptic sentence of its own
  // ("喫煙(+)。高校を出てから、ずっと、40年になる") is read as before (the fragment, see findEvidence).
  const hits = smokingWordsAt(rules, text);
  if (!(hits.length > 0 && (hits[0]! < start || hits[hits.length - 1]! >= end))) return false;
  const lead = text.slice(start, span.start);
  const own = text.slice(span.start, span.end);
  const after = topic.wholeClause ? text.slice(span.end, end) : '';
  const whole = lead + own + after;
  const label = topic.label.exec(lead);
  if (
    label &&
    (start > 0 || /[:：]/.test(text.slice(0, start))) &&
    !testPrefilter(rules, label[1]!) &&
    namesSomething(topic.word, topic.filler, label[1]!)
  ) {
    // A new label naming something else: only a smoking word after it (not a quit or start
    // word alone, "EtOH: quit 2 years ago") brings the clause back to smoking.
    if (!testPrefilter(rules, whole.slice(label[0].length).replace(topic.keep, ' '))) return true;
  }
  topic.keep.lastIndex = 0;
  // A product that is not tobacco smoking names another topic ("no cigarettes; he used a vape for
  // about a year afterwards": the vaping's year, spec 3).
  if (testPrefilter(rules, withoutNotTobacco(rules, whole)) || topic.keep.test(whole)) return false;
  if (namesSomething(topic.word, topic.filler, own)) return false;
  // After a label, its value is the clause ("…: it was closer to 35 years").
  const value = lead.slice(Math.max(lead.lastIndexOf(':'), lead.lastIndexOf('：')) + 1);
  return namesSomething(topic.word, topic.filler, `${value} ${after}`);
}

/**
 * The text a checkbox answers: the start of its own line when the sentence began mid-line
 * ("Have you ever smoked?   [ ] Yes  [x] No"), else the line above ("Smoking:\n[x] Former").
 */
function questionFor(text: string, offset: number): string {
  // At most 1,000 characters back: a sentence on one very long line stays linear.
  const floor = Math.max(0, offset - 1000);
  const window = text.slice(floor, offset);
  const lineStart = floor + window.lastIndexOf('\n') + 1;
  if (text.slice(lineStart, offset).trim() !== '') return text.slice(lineStart, offset);
  if (lineStart === 0) return '';
  return text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
}

/** The text with every closed double-quoted span ("…", “…”) blanked out, same length. */
function withoutQuotes(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”/g, (q) => ' '.repeat(q.length));
}

/**
 * The assertion without the triggers `drop` picks, the named flags recomputed from the triggers
 * left (each flag stands on its triggers: core/context).
 */
function withoutTriggers(
  assertion: Assertion,
  drop: (t: TriggerHit) => boolean,
  flags: readonly ('possible' | 'hypothetical' | 'historical')[],
): Assertion {
  const triggers = assertion.triggers.filter((t) => !drop(t));
  const recomputed: { -readonly [K in (typeof flags)[number]]?: boolean } = {};
  for (const flag of flags) recomputed[flag] = triggers.some((t) => t.category === flag);
  return { ...assertion, ...recomputed, triggers };
}
