/**
 * Numbers as clinicians write them: "1.5", "½", "1 1/2", "1/2", "a", "half a", "one",
 * "two and a half", ranges "1-2", "10 to 20", "10〜20" (midpoint, as the guidelines say), and
 * full-width digits (２０). The {NUM} macro of the smoking rules matches exactly this grammar.
 */

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  half: 0.5,
  quarter: 0.25,
  // "roughly a dozen years ago", "half a dozen cigarettes a day": 12 and 6.
  'a dozen': 12,
  'half a dozen': 6,
  半: 0.5,
  // "1日ひと箱", "ふた箱", "1日はんばこ": kana counts (only the rules that name them read them; not in {NUM}).
  ひと: 1,
  ふた: 2,
  はん: 0.5,
};

const KANJI_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二十 → 20, 三十五 → 35, 十 → 10, 百二十 → 120; null when not a kanji numeral. */
function parseKanji(text: string): number | null {
  if (!/^[一二三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c === '百' || c === '十') {
      total += (digit || 1) * (c === '百' ? 100 : 10);
      digit = 0;
    } else {
      digit = KANJI_DIGITS[c] ?? 0;
    }
  }
  return total + digit;
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

// Bounded runs (no number in a smoking history has more than five digits): an unbounded \d+
// next to another \d+ makes a run of digits cost quadratic time.
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,5})(?:\\.\\d{1,3})?';
// Compound number words ("twenty-five", "thirty two"): one number, not the range twenty to five.
// NUMBER_SOURCE is inside most smoking rules, some of them twenty times, and V8 stops optimising
// an expression longer than 20 KB (its matching then ran 2–3 times slower), so the number
// words are written as compactly as they can be (rules.test.ts holds every rule under the limit).
const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TENS = '(?:twen|thir|for|fif|six|seven|eigh|nine)ty';
const COMPOUND = `${TENS}[\\s-]${UNIT}\\b`;
// The tens with an optional unit, as one alternative.
const TENS_UNITS = `${TENS}(?:[\\s-]${UNIT}\\b)?`;
// one … nineteen, then the tens.
const NUMBER_WORDS = `(?:${UNIT}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|${TENS_UNITS})`;
// 半 is a half, but not inside 前半 / 後半 / 大半 / 過半 ("20代前半から12年ほど" is no range from 0.5).
const SIMPLE = `(?:(?:\\d{1,3}/\\d{1,3}|half|(?:a|one)[\\s-]{1,3}quarter|three[\\s-]{1,3}quarters?)\\s+of\\s+an?(?=\\s)|${DIGITS}\\s*[½¼¾⅓⅔]|\\d{1,3}\\s\\d/\\d|\\d{1,3}/\\d{1,3}|${DIGITS}|[½¼¾⅓⅔]|(?:one|two|three)\\s+and\\s+(?:a\\s+)?half|(?:half\\s+)?a\\s+dozen|half\\s+(?:a|of\\s+a)|a\\s+half|${NUMBER_WORDS}|an?(?=\\s)|[一二三四五六七八九十百]{1,4}|(?<![前後大過])半)`;
const RANGE_SEPARATOR = '\\s*(?:-|–|—|to|or|~|〜|～|から)\\s*';
// 、 joins two small numbers only right before a unit ("1日5、6本" = five or six); elsewhere it
// separates list items ("BI 700、5年前に禁煙"), and an era letter's year before it ends a span
// ("S50〜H15、20本/日": 平成15, then twenty).
const JAPANESE_PAIR = '(?<![A-Za-z])\\d{1,2}、\\d{1,2}(?=\\s*(?:本|箱))';

/** Regex source for {NUM}: a simple number or a range of two. */
// Never starts inside another number ("10" is not read as its "0").
// A range never ends in a bare "a" ("pack-year history of 12 - a pack a day" is 12, then an
// amount).
// (The end of a range is short: digits, a fraction or a number word; "half of a" and the like
// only start one. Keeping it small keeps every rule that writes {NUM} small, see above.)
const RANGE_END = `(?:${DIGITS}\\s*[½¼¾⅓⅔]|\\d{1,3}\\s\\d/\\d|\\d{1,3}/\\d{1,3}|${DIGITS}|[½¼¾⅓⅔]|(?:one|two|three)\\s+and\\s+(?:a\\s+)?half|${NUMBER_WORDS}|[一二三四五六七八九十百]{1,4}|半)`;
// "between 15 and 25", "somewhere between fifteen and twenty-five": a range (its midpoint) that
// "and" joins only after "between" ("1 ppd and 2 beers" is no range).
// "(anywhere) from 10 to 20 a day" is a range too, but not after a word of change: "cut down from
// 20 to 10 a day", "went from 1 to 2 ppd" tell two amounts, and the rules read the later one.
// (Also "one and a half": "between one and a half and two packs a day" is 1.75.)
const ENDPOINT = `(?:${DIGITS}|(?:one|two|three)\\s+and\\s+(?:a\\s+)?half|${NUMBER_WORDS}\\b)`;
const CHANGE_BEFORE_FROM = `(?<!\\b(?:down|up|back|off|cut|cutting|went|gone|going|go|reduc\\w*|decreas\\w*|increas\\w*|taper\\w*|dropp?\\w*|wean\\w*|lower\\w*|escalat\\w*)\\s+(?:[a-z]+\\s+){0,2})`;
const BETWEEN = `(?:(?:somewhere\\s+)?between\\s+${ENDPOINT}\\s+and\\s+|(?:anywhere\\s+)?(?=from\\s)${CHANGE_BEFORE_FROM}from\\s+${ENDPOINT}\\s*(?:to|-|–)\\s*)${ENDPOINT}`;
const COMPOUND_WHOLE = new RegExp(`^${COMPOUND}$`, 'i');
const BETWEEN_WHOLE = new RegExp(
  `^(?:(?:somewhere\\s+)?between\\s+(${SIMPLE})\\s+and\\s+|(?:anywhere\\s+)?(from)\\s+(${SIMPLE})\\s*(?:to|-|–)\\s*)(${SIMPLE})$`,
  'i',
);
// (Compiled once: parseNumber runs for every amount a rule matches.)
const RANGE_WHOLE = new RegExp(`^(${SIMPLE})${RANGE_SEPARATOR}(${SIMPLE})$`, 'i');
// "four, maybe six", "5 or perhaps 6": a hedged second number is a range too (its midpoint). Only
// parseNumber reads it; the rules that write it (the {MAYBE_RANGE} macro of en.yaml) are few, so
// it is not part of {NUM}, which is in nearly every rule. Spoken with a comma alone ("ten, eleven
// years", "six, seven a day") it is a range only when written low to high.
// "Two, sometimes three" (days a pack lasts) is the same hedge: the rule for the pack's days writes it.
const MAYBE_WHOLE = new RegExp(
  `^(${SIMPLE})\\s*(?:,\\s*(?:or\\s+)?(?:(?:maybe|perhaps|possibly|probably|sometimes|occasionally)\\s+)?|(?:or\\s+)?(?:maybe|perhaps|possibly|probably)\\s+)(${SIMPLE})$`,
  'i',
);
const COMMA_PAIR = /^[^,]+,\s*[^\s,]+$/;
export const NUMBER_SOURCE = `(?<![\\d.,/])(?:${JAPANESE_PAIR}|${SIMPLE}(?:${RANGE_SEPARATOR}${RANGE_END})?)`;
/**
 * "(somewhere) between 15 and 25", "between fifteen and twenty-five": the {BETWEEN} macro, for
 * the few amount rules that take it (a loose shape; parseNumber reads it, or gives null). Not
 * part of {NUM}: that is inside most rules, each compiled to native code, and this form doubled
 * their size.
 */
export const BETWEEN_SOURCE = BETWEEN;
export const INTEGER_SOURCE = '\\d{1,3}';
export const YEAR_SOURCE = '(?:19|20)\\d\\d';

/**
 * Full-width digits, signs and Latin letters to ASCII, same length, so offsets stay valid. The
 * letters too: Japanese notes typed in full width write the English shorthand that way ("ＢＩ
 * ５３０", "３０ＰＹ", "１ｐｐｄ", "ＳＭ：ｅｘ"), and the rules read it in ASCII.
 */
export function normaliseWidth(text: string): string {
  // (A note is normalised two or three times in a row, for its prefilter hits and its rules: the
  // last answer is kept. A pure function of the text, so the same answer.)
  if (text === lastWidthText) return lastWidthNormalised;
  lastWidthNormalised = widthNormalised(text);
  lastWidthText = text;
  return lastWidthNormalised;
}

let lastWidthText: string | null = null;
let lastWidthNormalised = '';

function widthNormalised(text: string): string {
  return (
    text
      .replace(/[０-９．／－～Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      // "one-and-a-half packs", "a pack-and-a-half a day": hyphens as spaces (same length), so
      // that {NUM} and the "a pack and a half" rules read them without growing {NUM}.
      .replace(/-(and)-(a)-(half|quarter)\b/gi, ' $1 $2 $3')
      // A two-digit year behind a typographic apostrophe or prime ("quit ‘98", "’80–’05"): the
      // rules read the straight one (same length).
      .replace(/[‘’ʼ′`](?=\d\d(?!\d))/g, "'")
      // A Western year in kanji digits ("二〇一五年に禁煙", "一九九八年から"): ASCII digits (same length), so the
      // year rules read it. Only four digits that start 一九 or 二〇 before 年: counts such as 二十年 have 十.
      .replace(KANJI_DIGIT_YEAR, (year) => year.replace(/./g, (c) => String(KANJI_DIGITS[c] ?? 0)))
      // A form's blank filled in other brackets ("1日［ 20 ］本", "【18】年間", "やめた年〔平成26〕年"):
      // the rules read a bracketed answer as （…）, so these become （…） too (same length). Only
      // around a bare number or era year: 【喫煙歴】 and other headings keep their brackets.
      .replace(
        /[［【〔]([ \t　]*(?:(?:令和|平成|昭和|[RHS])[ \t　]*)?(?:\d{1,4}(?:\.\d)?|元)[ \t　]*)[］】〕]/g,
        '（$1）',
      )
      // A year glossed in the other calendar in brackets ("1985年（昭和60年）", "平成2年（1990年）", "H27 (2015)"):
      // the same year twice, so both become the Western year once, padded with blanks (same length),
      // and the rules read it as if written so ("1985年から", "2020年にやめた", "in 2015"). Only when both
      // name the same year.
      .replace(
        CALENDAR_GLOSS,
        (whole, year, era, eraNumber, mark, gloss: string, at: number, all: string) => {
          if (/[\d.]/.test(all[at - 1] ?? '')) return whole;
          const outer = year ? Number(year) : eraYear(era, eraNumber);
          if (outer === null || outer !== glossYear(gloss)) return whole;
          const written = `${outer}${mark || gloss.includes('年') ? '年' : ''}`;
          return written + ' '.repeat(whole.length - written.length);
        },
      )
  );
}

const KANJI_DIGIT_YEAR =
  /(?<![〇○一二三四五六七八九十])(?:一九|二[〇○])[〇○一二三四五六七八九]{2}(?=[ \t　]?年)/g;
const ERA_NAME = '令和|平成|昭和|[RHS]';
const ERA_NUMBER = '\\d{1,2}|元|[一二三四五六七八九十]{1,3}';
/** A year, then the same year in the other calendar in brackets (normaliseWidth). */
const CALENDAR_GLOSS = new RegExp(
  `(?:((?:19|20)\\d\\d)|(${ERA_NAME})[ \\t　]*(${ERA_NUMBER}))[ \\t　]*(年)?[ \\t　]*` +
    `([（(][ \\t　]*(?:(?:19|20)\\d\\d|(?:${ERA_NAME})[ \\t　]*(?:${ERA_NUMBER}))[ \\t　]*年?[ \\t　]*[）)])`,
  'g',
);
const GLOSS_INNER = new RegExp(`((?:19|20)\\d\\d)|(${ERA_NAME})[ \\t　]*(${ERA_NUMBER})`);

function glossYear(inner: string): number | null {
  const m = GLOSS_INNER.exec(inner);
  if (!m) return null;
  return m[1] ? Number(m[1]) : eraYear(m[2]!, m[3]!);
}

// Ages named by their celebration (還暦 = 60, 古希 = 70, …): a quit age told as "還暦を迎えた年にやめた" (ja
// quit-age-milestone captures the word itself, so the number comes from here).
const AGE_WORDS: Record<string, number> = { 還暦: 60, 古希: 70, 古稀: 70, 喜寿: 77, 傘寿: 80 };

function parseSimple(raw: string): number | null {
  let text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  // "3/4 of a (pack)", "three quarters of a": the fraction is the number.
  // (Hyphenated or not, "three-quarter(s)", "one-quarter": the same fraction.)
  const ofA = /^(.+) of an?$/.exec(text);
  if (ofA) {
    const fraction = ofA[1]!.replace(/-/g, ' ');
    text = /^three quarters?$/.test(fraction)
      ? '3/4'
      : /^(?:a|one) quarter$/.test(fraction)
        ? 'quarter'
        : fraction;
  }
  if (text in WORDS) return WORDS[text]!;
  if (text in AGE_WORDS) return AGE_WORDS[text]!;
  if (COMPOUND_WHOLE.test(text)) {
    const [tens, unit] = text.split(/[\s-]/) as [string, string];
    return WORDS[tens]! + WORDS[unit]!;
  }
  const kanji = parseKanji(text);
  if (kanji !== null) return kanji;
  if (text in VULGAR) return VULGAR[text]!;
  if (/^(?:half a|half of a|a half)$/.test(text)) return 0.5;
  const andHalf = /^(one|two|three) and (?:a )?half$/.exec(text);
  if (andHalf) return WORDS[andHalf[1]!]! + 0.5;
  const withVulgar = /^(\d+(?:\.\d+)?)\s*([½¼¾⅓⅔])$/.exec(text);
  if (withVulgar) return Number(withVulgar[1]) + VULGAR[withVulgar[2]!]!;
  const mixed = /^(\d+) (\d)\/(\d)$/.exec(text);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const fraction = /^(\d+)\/(\d+)$/.exec(text);
  if (fraction) return Number(fraction[2]) === 0 ? null : Number(fraction[1]) / Number(fraction[2]);
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : null;
}

/** Parses what {NUM} matched; a range gives its midpoint. `null` when it is not a number. */
export function parseNumber(raw: string): number | null {
  const text = normaliseWidth(raw)
    .trim()
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  // (Kanji too: "十二、三本", "二、三十本", read by their own rules, not by {NUM}.)
  const pair =
    /^(\d{1,2}|[一二三四五六七八九十]{1,3})、(\d{1,2}|[一二三四五六七八九十]{1,3})$/.exec(text);
  if (pair) {
    let low = parseSimple(pair[1]!) ?? 0;
    let high = parseSimple(pair[2]!) ?? 0;
    // The second number gives only the last digit that changes ("12、3本" = twelve or thirteen,
    // 十二、三本) or the first only the tens ("2、30本" = twenty or thirty, 二、三十本).
    if (low >= 10 && high < 10 && low - (low % 10) + high > low) {
      high = low - (low % 10) + high;
    } else if (low < 10 && high >= 10 && high % 10 === 0 && low * 10 < high) {
      low *= 10;
    }
    return (low + high) / 2;
  }
  // Before the range test, which would read "twenty-five" as twenty to five.
  if (COMPOUND_WHOLE.test(text)) return parseSimple(text);
  const between = BETWEEN_WHOLE.exec(text);
  if (between) {
    const low = parseNumber(between[1] ?? between[3]!);
    const high = parseNumber(between[4]!);
    if (low === null || high === null) return null;
    // "from 20 to 10 a day" with no word of change is still a change, not a range (a range is
    // written low to high): the amount it came to.
    return between[2] && low > high ? high : (low + high) / 2;
  }
  // An article before a tilde is no range start: "a ~45 pack-year history" is about 45 (the
  // tilde reads "about" there), not 1 to 45. Checked here, not in {NUM}, to keep the rules small.
  const approx = /^an?\s*~\s*(\S.*)$/i.exec(text);
  if (approx) return parseSimple(approx[1]!);
  const range = RANGE_WHOLE.exec(text) ?? MAYBE_WHOLE.exec(text);
  if (range) {
    const low = parseSimple(range[1]!);
    const high = parseSimple(range[2]!);
    // A bare comma pair written high to low ("20, 10") is two numbers, not a range.
    if (low !== null && high !== null && COMMA_PAIR.test(text) && high <= low) return null;
    // A year and a dash before a small count ("in February 2022 - 18 months ago", "in 2015 - 8
    // years ago") is a date and an aside, not a range: the count, which its unit follows.
    if (low !== null && high !== null && /^(?:19|20)\d\d\b/.test(text) && high < 100) return high;
    if (low !== null && high !== null) return (low + high) / 2;
  }
  return parseSimple(text);
}

/** Japanese era years to Gregorian (令和1 = 2019, 平成1 = 1989, 昭和1 = 1926). */
export function eraYear(era: string, year: string): number | null {
  const n = year === '元' ? 1 : parseNumber(year);
  if (n === null || !Number.isInteger(n) || n < 1) return null;
  const base: Record<string, number> = {
    令和: 2018,
    平成: 1988,
    昭和: 1925,
    R: 2018,
    H: 1988,
    S: 1925,
    // Romanised, as English letters from Japanese hospitals write them ("quit in Heisei 24").
    reiwa: 2018,
    heisei: 1988,
    showa: 1925,
  };
  const start = base[era] ?? base[era.toLowerCase()] ?? base[era.toUpperCase()];
  return start === undefined ? null : start + n;
}
