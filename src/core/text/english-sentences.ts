import type { Token } from '../types.js';
import type { WinkTokens } from './english-tokens.js';

/** Abbreviations after which a period is not a sentence end (from `vocab/abbreviations.yaml`). */
export interface AbbreviationRules {
  /** Never end a sentence: titles and the like ("Dr.", "Pt.", "approx."). */
  readonly always: ReadonlySet<string>;
  /** End a sentence only when the next word starts upper-case ("tob.", "Temp.", "exac."). */
  readonly unlessCapitalised: ReadonlySet<string>;
  /**
   * Short answers a form's question keeps in its sentence (the vocab's `form_answers`): a number
   * with its unit ("1 ppd", "20 yrs", "10 yrs ago"), and the words that open a clause instead of an
   * answer ("He", "the", "because"). Null or absent: no answer is kept with its question.
   */
  readonly formAnswer?: { readonly number: RegExp; readonly proseOpener: RegExp } | null;
}

/**
 * Sentence start offsets for English text: wink-nlp's boundaries, minus false splits after
 * clinical abbreviations and inside tokens, plus boundaries from the line structure that
 * clinical notes use instead of punctuation (headers, templates, lists).
 */
export function englishSentenceStarts(
  text: string,
  wink: WinkTokens,
  abbreviations: AbbreviationRules,
): number[] {
  const { tokens, sentenceSpans } = wink;
  const starts = new Set<number>();
  for (let s = 1; s < sentenceSpans.length; s += 1) {
    const span = sentenceSpans[s];
    const previous = sentenceSpans[s - 1];
    if (!span || !previous) continue;
    const first = firstContentToken(tokens, span[0], span[1]);
    const last = lastContentToken(tokens, previous[0], previous[1]);
    if (!first || !last) continue;
    if (isFalseSplit(text, tokens, previous, last, first, abbreviations)) continue;
    starts.add(first.start);
  }
  for (const start of gluedPeriodStarts(text, tokens, abbreviations)) starts.add(start);
  for (const start of answerLetterStarts(text)) starts.add(start);
  for (const start of questionCellStarts(text)) starts.add(start);
  for (const start of lineBreakStarts(text)) starts.add(start);
  const ordered = [...starts].sort((a, b) => a - b);
  const firstContent = text.search(/\S/);
  if (firstContent >= 0 && ordered[0] !== firstContent) ordered.unshift(firstContent);
  return ordered;
}

/**
 * Sentence ends wink-nlp missed after a one-letter answer, which it reads as an initial: "Drinks? Y.
 * Smokes? N." The word after "? Y." / "? N." that starts upper-case on the same line opens a new sentence.
 */
function answerLetterStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(ANSWER_LETTER)) starts.push(m.index + m[0].length);
  return starts;
}

const ANSWER_LETTER = /[?？][ \t]{1,3}[YN]\.[ \t]{1,4}(?=\p{Lu})/gu;

/**
 * Sentence ends wink-nlp missed where it read a period run on from a coded string as an
 * abbreviation's or an initial's: "Her sister has BRCA1 c.68_69del. Predictive testing …"
 * ("del."), "EGFR c.2573T>G. KRAS wild type." ("G."). A token ending in a period, written on to
 * the text before it with no space, in a stretch holding a digit, and followed on its line by a
 * capitalised word ends its sentence. A word kept whole as an abbreviation ("(Dr. Smith)", no
 * digit; `always`) does not.
 */
function gluedPeriodStarts(
  text: string,
  tokens: readonly Token[],
  abbreviations: AbbreviationRules,
): number[] {
  const starts: number[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.text.length < 2 || !token.text.endsWith('.')) continue;
    if (tokens[i - 1]!.end !== token.start) continue;
    if (abbreviations.always.has(token.text.slice(0, -1).toLowerCase())) continue;
    // (The stretch run on to the token, up to the space before it: bounded, so linear.)
    const run = /\S*$/.exec(text.slice(Math.max(0, token.start - 40), token.start))![0];
    if (!/\d/.test(run)) continue;
    const next = firstContentToken(tokens, i + 1, Math.min(tokens.length - 1, i + 3));
    if (!next || !/^[ \t]+$/.test(text.slice(token.end, next.start))) continue;
    if (/^\p{Lu}/u.test(next.text)) starts.push(next.start);
  }
  return starts;
}

function firstContentToken(tokens: readonly Token[], from: number, to: number): Token | undefined {
  for (let i = from; i <= to; i += 1) {
    const token = tokens[i];
    if (token && token.kind !== 'space') return token;
  }
  return undefined;
}

function lastContentToken(tokens: readonly Token[], from: number, to: number): Token | undefined {
  for (let i = to; i >= from; i -= 1) {
    const token = tokens[i];
    if (token && token.kind !== 'space') return token;
  }
  return undefined;
}

function isFalseSplit(
  text: string,
  tokens: readonly Token[],
  previous: readonly [number, number],
  last: Token,
  first: Token,
  abbreviations: AbbreviationRules,
): boolean {
  // A real boundary has whitespace after it: "p.V600E", "c.2573T>G", "1.5" are single units.
  if (last.end === first.start) return true;
  const gap = text.slice(last.end, first.start);
  // A newline boundary is decided by the line rules, not by the abbreviation list.
  if (gap.includes('\n')) return false;
  // A questionnaire row keeps its answer: "Do you currently smoke?      Yes".
  if (last.text === '?' && /^[ \t]{2,}$/.test(gap)) return true;
  // So does a triage row with a dashed answer: "smoker? - no", "ex-smoker? – yes (2010)".
  if (last.text === '?' && /^[ \t]+$/.test(gap) && /^[-–]$/.test(first.text)) return true;
  // And one with a bare YES/NO after a single space ("in the last 12 months? NO"), also with its
  // stop ("Smokes? No. Drinks? Yes.": the tokenizer keeps "No." whole, as the number sign).
  if (last.text === '?' && /^[ \t]+$/.test(gap) && /^(?:yes|no)\.?$/i.test(first.text)) return true;
  // Or by its letter ("Ex-smoker? Y", "Smoker? N."), when nothing is glued to it ("N/A", "N's").
  if (
    last.text === '?' &&
    /^[ \t]+$/.test(gap) &&
    /^[yn]\.?$/i.test(first.text) &&
    !/[\w/'’-]/.test(text[first.end] ?? '')
  ) {
    return true;
  }
  // And a number after a single space answering a question that asks for one ("For how many
  // years? 30", "If yes, how much per day? 1-2 packs", "What year did you quit? 2010").
  if (
    last.text === '?' &&
    /^[ \t]+$/.test(gap) &&
    /^(?:[~≈]|(?:about|approx\.?|approximately|around|roughly)\s+)?\d/i.test(
      text.slice(first.start, first.start + 20),
    ) &&
    NUMBER_QUESTION.test(
      text.slice(Math.max(0, last.start - 120, text.lastIndexOf('\n', last.start) + 1), last.start),
    )
  ) {
    return true;
  }
  // And a short form answer after a single space to a short question cell ("Tobacco use? Former",
  // "PPD? 1", "When? 10 yrs ago", "Quit date? 2015"): the answer runs to its line's end, a column
  // gap or a stop, and is no clause of prose ("Why? He says…").
  if (
    last.text === '?' &&
    /^[ \t]+$/.test(gap) &&
    isFormAnswer(text, last.start, first.start, abbreviations)
  ) {
    return true;
  }
  // And a printed form's row, whose answer sits after a dot leader ("Do you smoke now? ...... NO").
  if (last.text === '?' && /^[ \t]*$/.test(gap) && /^(?:\.{3}|…)/.test(text.slice(first.start))) {
    return true;
  }
  // A "?" standing alone ("CXR: ? effusion") marks doubt about what follows, not a question.
  if (last.text === '?' && /[\s:]/.test(text[last.start - 1] ?? ' ') && /^[a-z]/.test(first.text)) {
    return true;
  }
  const word = abbreviationBefore(tokens, previous, last);
  if (word === undefined) return false;
  if (abbreviations.always.has(word)) return true;
  return abbreviations.unlessCapitalised.has(word) && /^[a-z0-9(]/.test(first.text);
}

/** The lower-cased word an ending period belongs to ("tob." → "tob"), if it ends in a period. */
function abbreviationBefore(
  tokens: readonly Token[],
  previous: readonly [number, number],
  last: Token,
): string | undefined {
  if (last.text !== '.') {
    // wink keeps some abbreviations whole ("Pt.", "Dr.", "e.g.").
    return last.text.endsWith('.') ? last.text.slice(0, -1).toLowerCase() : undefined;
  }
  for (let i = previous[1]; i >= previous[0]; i -= 1) {
    if (tokens[i] !== last) continue;
    const word = tokens[i - 1];
    if (word && word.end === last.start && word.kind === 'word') return word.text.toLowerCase();
    return undefined;
  }
  return undefined;
}

/**
 * Whether the text at `answerAt` is a short form answer to a short question cell ending at the
 * "?" at `questionEnd`: the cell opens its line or follows a column gap or a stop ("Smoker? Y  PPD?
 * 1", "Current? No. Packs/day? 1."), and the answer (at most four words, to the line's end, a column
 * gap or a stop) starts with no pronoun, article or conjunction. Bounded windows keep it linear.
 */
function isFormAnswer(
  text: string,
  questionEnd: number,
  answerAt: number,
  abbreviations: AbbreviationRules,
): boolean {
  const answers = abbreviations.formAnswer;
  if (!answers) return false;
  const lineStart = text.lastIndexOf('\n', questionEnd) + 1;
  const from = Math.max(lineStart, questionEnd - 60);
  const asked = text.slice(from, questionEnd);
  if (!(from === lineStart ? QUESTION_CELL : INNER_QUESTION_CELL).test(asked)) return false;
  const answer = FORM_ANSWER.exec(text.slice(answerAt, answerAt + 40));
  if (answer === null) return false;
  return /^[~≈\d]/.test(answer[0])
    ? answers.number.test(answer[0])
    : !answers.proseOpener.test(answer[0]);
}

// The question of a cell: no "?" and no column gap in it, opened by its line or by a gap or stop.
const QUESTION_CELL = /(?:^|[ \t]{2}|\t|[.;][ \t])[^?？\t]{1,50}$/;
const INNER_QUESTION_CELL = /(?:[ \t]{2}|\t|[.;][ \t])[^?？\t]{1,50}$/;
// (Only a lone space inside: the cell is one answer.)
const FORM_ANSWER = /^[^\s?？.;](?:[^\s?？;]| (?! ))*?(?=\.?(?:$|\n|[ \t]{2}|\t|[.;] ))/;
/**
 * Starts of the cells of a questionnaire line that holds several questions, each answered ("Smoker?
 * Y  PPD? 1  Years? 20", "Ever smoked? Y  Current? N  Year quit: 2015", "Ever smoker? Yes. Current?
 * No. Packs/day? 1."): a cell after a column gap or a stop that follows an answered question on its
 * line, and is itself a short question with its answer or a "Label: value" cell.
 */
function questionCellStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(QA_NEXT_CELL)) starts.push(m.index + m[0].length);
  for (const m of text.matchAll(LABEL_THEN_QUESTION)) starts.push(m.index + m[0].length);
  return starts;
}

// (An answered question, its answer up to four words, then the gap or stop; the next cell a short
// question answered, or a label with its value.)
const QA_NEXT_CELL =
  /[?？][ \t]{1,3}[^\s?？]{1,20}(?: [^\s?？]{1,20}){0,3}(?:[ \t]{2,}|\t|[.;][ \t]+)(?=[^\s?？:][^?？:\n\t]{0,50}?(?:[?？][ \t]{1,3}\S|:[ \t]*\S))/gu;

// (A "Label: value" cell opening its line, then an answered question: "Smoker: Y  How much? 1 ppd".)
const LABEL_THEN_QUESTION =
  /^[ \t]*[^\s?？:][^?？:\n\t]{0,40}:[ \t]{0,3}[^\s?？]{1,20}(?: [^\s?？]{1,20}){0,3}(?:[ \t]{2,}|\t)(?=[^\s?？:][^?？:\n\t]{0,50}?[?？][ \t]{1,3}\S)/gmu;

/** A question that asks for a number (see isFalseSplit); tested on its own line, up to the "?". */
const NUMBER_QUESTION =
  /\b(?:how\s+(?:many|much|long|old)|(?:what|which)\s+(?:year|age)|at\s+what\s+age)\b[^?\n]*$/i;

const ENDS_CLAUSE = /[.:!?;]$/;
// A line that starts with a number continues a line cut after a word that wants one ("quit in\n2016", "for\n30
// years", "from 1975 until\n1995"), or after the verb of a duration ("quit smoking\n10 years ago"). A row's
// label ends with its colon (ENDS_CLAUSE), so a label row is not joined to its value rows.
const WANTS_NUMBER =
  /(?:^|[\s(])(?:in|on|for|until|till|to|since|from|at|of|about|around|approx(?:imately)?|over|after|before|by|than|during|through|x|@)$/i;
const DURATION_VERB = /(?:^|\s)(?:smok(?:ed|ing)|quit|stopped|ceased)$/i;
const STARTS_DURATION = /^\d{1,3}(?:\.\d)?\s?(?:years?|yrs?|months?|mos?|weeks?|wks?|decades?)\b/i;
function continuesNumber(previous: string, line: string): boolean {
  if (!/^\d/.test(line)) return false;
  return (
    WANTS_NUMBER.test(previous) || (DURATION_VERB.test(previous) && STARTS_DURATION.test(line))
  );
}
const LIST_ITEM = /^(?:[-*•·▪■●◆○□☐☑☒✓]|\d{1,2}[.)]|\(?[a-z][).]\s)/;
// A questionnaire row with its answer ("smoker? - no", "Do you smoke?    Yes", "Smoke now? .... NO"): a
// line of its own.
const QUESTION_ROW =
  /^[^?\n]{1,80}\?(?:[ \t]*[-–][ \t]|[ \t]{2,}|[ \t](?=(?:yes|no)\b|[yn](?![\w/'’-]))|[ \t]*(?:\.{3,}|…+)[ \t]*)\S/i;

/**
 * Where line structure starts a new sentence. Clinical notes are hard-wrapped prose mixed
 * with templates; a wrapped line continues its sentence only when it starts lower-case and the
 * line before did not end a clause. Everything else (blank lines, headers, "Label: value"
 * rows, list items, capitalised lines) starts a new sentence.
 */
export function lineBreakStarts(text: string): number[] {
  const starts: number[] = [];
  const lines = /[^\n]*(?:\n|$)/g;
  let previousContent: string | null = null;
  let blankSince = false;
  for (let match = lines.exec(text); match && match[0] !== ''; match = lines.exec(text)) {
    const line = match[0];
    const contentOffset = line.search(/\S/);
    if (contentOffset < 0) {
      blankSince = true;
      continue;
    }
    const content = line.trim();
    if (previousContent !== null) {
      const continues =
        !blankSince &&
        !ENDS_CLAUSE.test(previousContent) &&
        (/^[a-z]/.test(content) || continuesNumber(previousContent, content)) &&
        !LIST_ITEM.test(content) &&
        !QUESTION_ROW.test(content) &&
        !QUESTION_ROW.test(previousContent);
      if (!continues) starts.push(match.index + contentOffset);
    }
    previousContent = content;
    blankSince = false;
  }
  return starts;
}
