/**
 * Which test a result comes from: the year written with it or with its dated entry, the note's
 * own current test, and an earlier test named before it. Separate because the year only sorts
 * results between tests; it never changes what a result says.
 */
import type { Span } from '../../core/types.js';
import { lineEndOf, lineOf, lineStartOf } from './note-lines.js';
import type { CompiledLayout } from './rules.js';

/** A year as written in a date ("2021", "05/2025", "2022/9"); not a digit run inside HGVS. */
const YEAR = /(?<![\w.])(?:19|20)\d{2}(?!\d)/g;

const YEAR_REACH = 200;

/**
 * The year of the test a result comes from: the last year written before it on its line
 * ("2021 liver bx: … PIK3CA wt", "Outside PCR (11/2023): EGFR … NOT detected"), else the first
 * one within a short reach after it ("PIK3CA wt on primary (2022)"). Null when none is written.
 */
export function testYearOf(text: string, span: Span): string | null {
  // (Bounded: a note that is one long line is not read again for each result.)
  const lineStart = lineStartOf(text, span.start);
  const start = Math.max(lineStart, span.start - YEAR_REACH);
  let year: string | null = null;
  let yearAt = -1;
  for (const m of text.slice(start, span.start).matchAll(YEAR)) {
    year = withMonth(text, start + m.index, m[0]);
    yearAt = start + m.index;
  }
  // (A year of an earlier clause, a semicolon between, yields to one dated in the result's own
  // clause after it: "ESR1 WT on ctDNA 2022; ESR1 Y537S detected 4/2024".)
  // (So does one of an earlier Japanese clause, a comma or an arrow between: "KRAS野生型（2022年）、KRAS G12D検出
  // （2025年）", "EGFR 陰性（2022）→ EGFR L858R 陽性（2025）".)
  if (year !== null && /[;、，→⇒]/.test(text.slice(yearAt, span.start))) {
    const own = /^[^;、，。→⇒\n]{0,40}?(?=[;、，。→⇒\n]|\.(?:\s|$)|$)/.exec(
      text.slice(span.end, span.end + 41),
    );
    const dated = own ? new RegExp(YEAR.source).exec(own[0]) : null;
    if (dated) return withMonth(text, span.end + dated.index, dated[0]);
  }
  if (year !== null) return year;
  // A long timeline row dated at its start ("- 09/2025 PD … No ALK, RET or BRAF alterations").
  if (start > lineStart) {
    const lead = text.slice(lineStart, lineStart + 24).match(YEAR);
    if (lead) return lead[0];
  }
  const after = text.slice(span.end, Math.min(lineEndOf(text, span.end), span.end + 40));
  return after.match(YEAR)?.[0] ?? entryHeadYear(text, span.start);
}

/**
 * The year with its month when the date writes one ("2025/2", "2025年4月", "05/2025"): two tests
 * of one year months apart are two time points ("2025/2 therascreen PIK3CA（血漿）：変異検出せず" and
 * "2025/4 …（組織）：H1047R 検出", ja decision 30). `sameTestTime` reads a bare year as any month.
 */
function withMonth(text: string, at: number, year: string): string {
  const after = /^(?:[/／.]|年)(\d{1,2})(?![\d:])/.exec(text.slice(at + 4, at + 8));
  const before = /(?<![\d/])(\d{1,2})\/$/.exec(text.slice(Math.max(0, at - 4), at));
  const month = Number(after?.[1] ?? before?.[1] ?? 0);
  return month >= 1 && month <= 12 ? `${year}/${month}` : year;
}

/** Whether two tests' dates may be one time point: equal, or one a bare year of the other's. */
export function sameTestTime(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.charAt(short.length) === '/' && long.startsWith(short);
}

/**
 * A Japanese result of the note's own test, undated: "今回PD後の血漿でGuardant360を提出。KRASに
 * c.183A>T（p.Q61H）が新たに出現", "今回のリキッドでは…". It is told apart from a dated earlier test
 * ("2022年の原発巣の検査では、RAS（KRAS/NRAS）は野生型") as a test of its own time (decision 30), so
 * `CURRENT_TEST_YEAR` stands for its year. Read (`layout.currentTest`) in the item's sentence
 * before it, else in the sentence right before that one (the test named, then its result).
 */
const CURRENT_TEST_YEAR = 'current';

/**
 * Whether the words before a result on its line name an earlier test (前回, 前医, 貴院). Only
 * the words after the last retest word of the note's own test count: in "前医ではBRAF陰性で
 * あったが、当院で再検したところBRAF V600Eを検出" the positive is the retest's (ja decision 52).
 */
export function earlierTestBefore(text: string, at: number, layout: CompiledLayout): boolean {
  let lead = text.slice(Math.max(lineStartOf(text, at), at - 80), at);
  // (Or the head its indented row goes on under: "Previous results (02/2020, same panel):" over
  // "  ASXL1        not detected".)
  if (!layout.earlierTest.test(lead)) {
    const head = entryHead(text, at);
    if (head === null || !layout.earlierTest.test(head)) return false;
    let cut = -1;
    for (const m of head.matchAll(layout.laterTest)) cut = m.index + m[0].length;
    return layout.earlierTest.test(head.slice(Math.max(cut, 0)));
  }
  let cut = -1;
  for (const m of lead.matchAll(layout.laterTest)) cut = m.index + m[0].length;
  if (cut >= 0) lead = lead.slice(cut);
  return layout.earlierTest.test(lead);
}

/**
 * Whether the words before a result on its line name the note's own retest ("Outside lab reported
 * EGFR L858R; our repeat testing was negative for EGFR mutations"; `later_test_words`).
 */
export function laterTestBefore(text: string, at: number, layout: CompiledLayout): boolean {
  const lead = text.slice(Math.max(lineStartOf(text, at), at - 80), at);
  return lead.search(layout.laterTest) >= 0;
}

/**
 * The part of `span` after the last retest lead in it: in "ROS1：判定保留。再検で陰性" or
 * "初回判定保留、再検で陽性" the withheld call is the first test's, and the result after 再検で is the
 * retest's (`ja_retest_call_leads`; ja decisions 30 and 52).
 */
export function afterLaterTest(span: string, layout: CompiledLayout): string {
  if (layout.jaRetestLead === null) return span;
  let cut = -1;
  for (const m of span.matchAll(layout.jaRetestLead)) cut = m.index + m[0].length;
  return cut > 0 ? span.slice(cut) : span;
}

export function currentTestOf(text: string, span: Span, layout: CompiledLayout): string | null {
  const lead = text.slice(Math.max(0, span.start - 120), span.start);
  const stops = [...lead.matchAll(/[。\n]/g)].map((m) => m.index);
  const own = lead.slice((stops.at(-1) ?? -1) + 1);
  if (layout.currentTest.test(own)) return CURRENT_TEST_YEAR;
  // (The sentence before, only when it is on the same line: "今回PD後の血漿でGuardant360を提出。")
  if (stops.length > 0 && lead[stops.at(-1)!] === '。') {
    const previous = lead.slice((stops.at(-2) ?? -1) + 1, stops.at(-1));
    if (!previous.includes('\n') && layout.currentTest.test(previous)) return CURRENT_TEST_YEAR;
  }
  return null;
}

/** An entry of a dated list opened by its year: "* 2021 - rectal cancer …", "- 03/2025: …". */
const DATED_ENTRY_HEAD =
  /^[ \t]*(?:[-*•·]|\(?\d{1,2}[.)])?[ \t]*(?:\d{1,2}\/)?((?:19|20)\d{2})(?!\d)/d;

/**
 * A test's label dated in its closing brackets, over its indented rows: "今回：Guardant360 CDx
 * （血漿、2025/4）" over "　KRAS Q61H 0.8%", "Outside PCR (11/2023):" over "  EGFR: not detected".
 */
const DATED_TEST_HEAD =
  /[(（][^()（）\n]{0,30}?((?:19|20)\d{2})(?!\d)[^()（）\n]{0,30}[)）][ \t]*[:：]?[ \t　]*$/d;

/**
 * The year heading the dated list entry an indented line goes on under ("* 2021 - rectal
 * adenocarcinoma. Molecular summary …:" over "    - KRAS: no mutation detected"; "* 2025 - lung
 * adenocarcinoma … Tissue NGS showed" over "  KRAS G12C (AF 31%)"): the entry's test is of that
 * year. Up over lines indented more than the line above them, to a head less indented (at most
 * a few lines, no blank line between).
 */
/**
 * A head line dated anywhere before its closing colon: "NEW: ctDNA 12/05/2025 at progression
 * (bone + two new liver lesions):" over "  ESR1 p.Y537S (c.1610A>C)   3.4%".
 */
const DATED_COLON_HEAD = /^[^\n]*?(?<![\w.])((?:19|20)\d{2})(?!\d)[^\n]*[:：][ \t　]*$/d;

/** The line an indented row goes on under (less indented, no blank line between), or null. */
function entryHead(text: string, offset: number): string | null {
  const indent = (line: string) => line.length - line.trimStart().length;
  let line = lineStartOf(text, offset);
  const depth = indent(lineOf(text, offset));
  for (let steps = 0; depth > 0 && line > 0 && steps < 8; steps += 1) {
    line = lineStartOf(text, line - 1);
    const above = text.slice(line, lineEndOf(text, line));
    if (above.trim() === '') return null;
    if (indent(above) < depth) return above;
  }
  return null;
}

function entryHeadYear(text: string, offset: number): string | null {
  const indent = (line: string) => line.length - line.trimStart().length;
  let line = lineStartOf(text, offset);
  let depth = indent(lineOf(text, offset));
  for (let steps = 0; depth > 0 && line > 0 && steps < 8; steps += 1) {
    line = lineStartOf(text, line - 1);
    const above = text.slice(line, lineEndOf(text, line));
    if (above.trim() === '') return null;
    if (indent(above) >= depth) continue;
    const head =
      DATED_ENTRY_HEAD.exec(above) ?? DATED_TEST_HEAD.exec(above) ?? DATED_COLON_HEAD.exec(above);
    // (With its month when the head writes one: "broad NGS (DNA + RNA, 03/2025):" is another
    // time point than "Riverside (02/2025): … EGFR mutation NOT detected", decision 36.)
    const at = head?.indices?.[1]?.[0];
    if (head) return at === undefined ? head[1]! : withMonth(text, line + at, head[1]!);
    depth = indent(above);
  }
  return null;
}
