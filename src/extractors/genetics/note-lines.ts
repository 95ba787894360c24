/**
 * The lines of the note being read: where each line starts and ends (one memo per note text, so
 * a lookup stays logarithmic on a note that is one enormous line), the lines above and below an
 * offset, spans inside a span, table cells of a line, and the report line breaks that were lost
 * in pasting. Shape only, no clinical words: every other genetics module reads lines through
 * these, so it sits at the bottom and imports none of them.
 */
import { countBefore } from '../../core/bisect.js';
import type { Span } from '../../core/types.js';
import type { ResultWord } from './status.js';

/**
 * A report pasted with its line breaks lost ("…identified.  Genes analyzed (84): APC, ATM …
 * Variants of uncertain significance: none reported."): a run of two or more spaces before a
 * label of two to six words and its colon stands for the lost break (the label opens a line of
 * its own: a methods list, another result). Shape only, no words. One-word labels are left
 * alone, so aligned columns ("VAF:   72%   Tier: IA") keep their row; so is a run after a colon
 * (a label's value aligned under its column).
 */
const LOST_BREAK_RUN = / {2,}/g;

const LOST_BREAK_LABEL =
  /[A-Z][A-Za-z0-9/-]{0,30}(?: [A-Za-z0-9/-]{1,30}){1,5}(?: \([^)\n]{0,20}\))?:[ \t]/y;

/** The text with lost line breaks restored in place (`LOST_BREAK_*`): the same length, offsets hold. */
export function withLostBreaks(text: string): string {
  if (!text.includes('  ')) return text;
  // (Runs are found once each and the label is tried only at a run's end: linear time.)
  return text.replace(LOST_BREAK_RUN, (run: string, at: number) => {
    if (at === 0 || !/[^\s:]/.test(text[at - 1]!)) return run;
    LOST_BREAK_LABEL.lastIndex = at + run.length;
    return LOST_BREAK_LABEL.test(text) ? `${run.slice(1)}\n` : run;
  });
}

/** The members of a start-sorted list that lie inside a span (binary search, then a scan). */
export function spansWithin<T extends Span>(list: readonly T[], span: Span): T[] {
  const low = countBefore(list.length, (i) => list[i]!.start < span.start);
  const out: T[] = [];
  for (let i = low; i < list.length && list[i]!.start < span.end; i += 1) {
    if (list[i]!.end <= span.end) out.push(list[i]!);
  }
  return out;
}

/** Whether a match of `re` after `from` ends with `word` and starts before it. */
export function holdsWord(re: RegExp, text: string, from: number, word: Span): boolean {
  const lead = Math.max(from, word.start - 24);
  const piece = text.slice(lead, word.end);
  re.lastIndex = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    if (lead + m.index < word.start && lead + m.index + m[0].length === word.end) return true;
  }
  return false;
}

export function testWord(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** A line opened by a bracketed section heading ("【体細胞変異】", "【遺伝子検査】GenMineTOP…"). */
export const SECTION_OPEN = /^[ \t　]*【[^】\n]{1,40}】/;

/**
 * Line positions of the note being read, found once: per-mention line lookups stay
 * logarithmic even on a note that is one enormous line. (A one-entry memo keyed by the text.)
 */
let lineMemo:
  | {
      text: string;
      starts: number[];
      lines: Map<number, string>;
      tests: Map<string, boolean>;
      headings: Map<number, ResultWord | 'result' | 'none'>;
    }
  | undefined;

export function lineMemoFor(text: string) {
  if (lineMemo?.text === text) {
    // The same note read again is an equal but other string: keep this one, so the next
    // comparisons are of one object (constant time), not of every character.
    lineMemo.text = text;
    return lineMemo;
  }
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  lineMemo = { text, starts, lines: new Map(), tests: new Map(), headings: new Map() };
  return lineMemo;
}

/** Index of the line holding an offset. */
export function lineIndex(text: string, offset: number): number {
  const { starts } = lineMemoFor(text);
  // (starts[0] is 0: some line always starts at or before the offset.)
  return Math.max(0, countBefore(starts.length, (i) => starts[i]! <= offset) - 1);
}

export function lineStartOf(text: string, offset: number): number {
  return lineMemoFor(text).starts[lineIndex(text, offset)]!;
}

export function lineEndOf(text: string, offset: number): number {
  const { starts } = lineMemoFor(text);
  const next = starts[lineIndex(text, offset) + 1];
  return next === undefined ? text.length : next - 1;
}

export function lineOf(text: string, offset: number): string {
  const memo = lineMemoFor(text);
  const index = lineIndex(text, offset);
  let line = memo.lines.get(index);
  if (line === undefined) {
    const next = memo.starts[index + 1];
    line = text.slice(memo.starts[index]!, next === undefined ? text.length : next - 1);
    memo.lines.set(index, line);
  }
  return line;
}

/** A regular-expression test of the line holding an offset, done once per line. */
export function lineTest(
  text: string,
  offset: number,
  name: string,
  test: (line: string) => boolean,
): boolean {
  const memo = lineMemoFor(text);
  const key = `${name}:${lineIndex(text, offset)}`;
  let result = memo.tests.get(key);
  if (result === undefined) {
    result = test(lineOf(text, offset));
    memo.tests.set(key, result);
  }
  return result;
}

/** Non-empty lines above an offset in the same block (stops at a blank line), nearest first. */
export function linesAbove(text: string, offset: number, max: number): string[] {
  const memo = lineMemoFor(text);
  const lines: string[] = [];
  for (let i = lineIndex(text, offset) - 1; i >= 0 && lines.length < max; i -= 1) {
    const line = lineOf(text, memo.starts[i]!);
    if (line.trim() === '') break;
    lines.push(line);
  }
  return lines;
}

/** Non-empty lines below an offset's line in the same block, nearest first. */
export function linesBelow(text: string, offset: number, max: number): string[] {
  const memo = lineMemoFor(text);
  const lines: string[] = [];
  for (let i = lineIndex(text, offset) + 1; i < memo.starts.length && lines.length < max; i += 1) {
    const line = lineOf(text, memo.starts[i]!);
    if (line.trim() === '') break;
    lines.push(line);
  }
  return lines;
}
