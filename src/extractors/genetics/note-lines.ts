/**
 * The lines of the note being read: where each line starts and ends (one memo per note text, so
 * a lookup stays logarithmic on a note that is one enormous line), the lines above and below an
 * offset, spans inside a span, table cells of a line, and the report line breaks that were lost
 * in pasting. Shape only, no clinical words: every other genetics module reads lines through
 * these, so it sits at the bottom and imports none of them.
 */
import { countBefore } from '../../core/bisect.js';
import { gatedTest } from '../../core/text/literal-gate.js';
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

/**
 * The text with lost line breaks restored in place (`LOST_BREAK_*`, and with `headerWord`, a
 * pipe table's rows run together, `withLostRowBreaks`; a key-value block pasted as one line of
 * tab cells, `withTabFields`): the same length, offsets hold.
 */
export function withLostBreaks(text: string, headerWord?: RegExp): string {
  let out = text;
  if (out.includes('  ')) {
    const before = out;
    // (Runs are found once each and the label is tried only at a run's end: linear time.)
    out = before.replace(LOST_BREAK_RUN, (run: string, at: number) => {
      if (at === 0 || !/[^\s:]/.test(before[at - 1]!)) return run;
      LOST_BREAK_LABEL.lastIndex = at + run.length;
      return LOST_BREAK_LABEL.test(before) ? `${run.slice(1)}\n` : run;
    });
  }
  if (headerWord && out.includes('|')) out = withLostRowBreaks(out, headerWord);
  if (out.includes('\t')) out = withTabFields(out);
  return out;
}

/**
 * The text with each exon named number first ("第19エクソン", "19番エクソン"; `numberFirst`, each
 * with groups `number` and `word`) written word first ("エクソン19 "), so that the exon-level rules
 * read it: the same length, offsets hold (of the spaces left over, one goes after the number and
 * the rest before the word).
 */
export function withExonWordFirst(text: string, numberFirst: readonly RegExp[]): string {
  let out = text;
  for (const re of numberFirst) {
    out = out.replace(re, (whole: string, ...rest: unknown[]) => {
      const groups = rest.at(-1) as { number?: string; word?: string } | undefined;
      const number = groups?.number;
      const word = groups?.word;
      if (!number || !word) return whole;
      const pad = whole.length - word.length - number.length;
      if (pad < 1) return whole;
      return `${' '.repeat(pad - 1)}${word}${number} `;
    });
  }
  return out;
}

/**
 * The text with each measured share whose bracket states only its cut-off ("陽性率 5%（cut off
 * 15%）"; `patterns`, groups `share`, `cutoff` and `call`) given the call the numbers make: the
 * bracket's inside becomes `calls.below` when the share is under the cut-off, else
 * `calls.reached`, padded with spaces (the same length, offsets hold; left as it is where the call
 * does not fit).
 */
export function withShareCallsWritten(
  text: string,
  patterns: readonly RegExp[],
  calls: { readonly below: string; readonly reached: string } | null,
): string {
  if (!calls || patterns.length === 0) return text;
  let out = text;
  for (const re of patterns) {
    re.lastIndex = 0;
    const edits: { start: number; end: number; call: string }[] = [];
    for (let m = re.exec(out); m; m = re.exec(out)) {
      if (m[0] === '') {
        re.lastIndex += 1;
        continue;
      }
      const share = Number(m.groups?.share);
      const cutoff = Number(m.groups?.cutoff);
      const span = m.indices?.groups?.call;
      if (!span || !Number.isFinite(share) || !Number.isFinite(cutoff)) continue;
      const call = share < cutoff ? calls.below : calls.reached;
      if (call.length > span[1] - span[0]) continue;
      edits.push({ start: span[0], end: span[1], call });
    }
    for (const e of edits.reverse()) {
      out = `${out.slice(0, e.start)}${e.call.padEnd(e.end - e.start, ' ')}${out.slice(e.end)}`;
    }
  }
  return out;
}

/** A cell that ends one row and opens the next: "IIC PIK3CA" (the row's last value, the next row's first). */
const JOINED_ROWS_CELL = /^(.*\S)(\s+)([A-Za-z0-9][A-Za-z0-9.*:/-]{0,30})$/;

/**
 * A pipe table pasted with its row breaks lost, all on one line ("Gene | Alteration | VAF | Tier
 * KRAS | p.G12D | 38% | IA APC | p.R1450* | 41% | IIC TP53 | …"): every N-1th cell holds the end
 * of one row and the start of the next. The header (N cells, no digits, most of them header
 * words) fixes N; each joining cell's last space becomes the lost break. Shape only, but for the
 * header's words.
 */
function withLostRowBreaks(text: string, headerWord: RegExp): string {
  const lines = text.split('\n');
  let changed = false;
  for (const [index, line] of lines.entries()) {
    if (line.length > 4000) continue;
    const cells = line.split('|');
    const count = cells.length;
    if (count < 7) continue;
    for (let width = 3; width <= 8; width += 1) {
      const step = width - 1;
      if ((count - 1) % step !== 0 || (count - 1) / step < 3) continue;
      const first = JOINED_ROWS_CELL.exec(cells[step]!.trim());
      if (!first) continue;
      const header = [...cells.slice(0, step).map((c) => c.trim()), first[1]!];
      if (header.some((c) => c === '' || /\d/.test(c) || c.length > 30)) continue;
      if (header.filter((c) => headerWord.test(c)).length * 2 < width) continue;
      const breaks: number[] = [];
      let offset = 0;
      let ok = true;
      for (let i = 0; i < count; i += 1) {
        const cell = cells[i]!;
        if (i > 0 && i % step === 0) {
          const last = i === count - 1;
          // (The line's last cell is the last row's end and whatever followed the table.)
          const joined = last
            ? /^(\s*\S+)(\s+)\S/.exec(cell)
            : /^(.*\S)(\s+)[A-Za-z0-9][A-Za-z0-9.*:/-]{0,30}\s*$/.exec(cell);
          if (!joined) {
            if (!last) ok = false;
          } else breaks.push(offset + joined[1]!.length + joined[2]!.length - 1);
        }
        if (!ok) break;
        offset += cell.length + 1;
      }
      if (!ok) continue;
      const chars = [...line];
      if (chars.length !== line.length) break;
      for (const at of breaks) chars[at] = '\n';
      lines[index] = chars.join('');
      changed = true;
      break;
    }
  }
  return changed ? lines.join('\n') : text;
}

/**
 * A report's key-value block pasted as one line of tab cells ("Result: POSITIVE⇥Gene⇥MUTYH⇥
 * Variant⇥c.1187G>A (p.Gly396Asp)⇥Classification⇥Pathogenic⇥…"), with no tab row above or below
 * (not a table): each label and its value keep their tab, and the tab after the value is the lost
 * break. A cell with its own colon ("Result: POSITIVE") is a field alone. Left alone unless every
 * label finds its value.
 */
function withTabFields(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (const [index, line] of lines.entries()) {
    if (line.length > 4000) continue;
    const cells = line.split('\t');
    if (cells.length < 7) continue;
    if (lines[index - 1]?.includes('\t') || lines[index + 1]?.includes('\t')) continue;
    const breaks: number[] = [];
    let offset = 0;
    let ok = true;
    for (let i = 0; i < cells.length; ) {
      const cell = cells[i]!;
      if (cell.trim() === '') {
        ok = false;
        break;
      }
      if (cell.includes(':')) {
        offset += cell.length + 1;
        if (i + 1 < cells.length) breaks.push(offset - 1);
        i += 1;
        continue;
      }
      const value = cells[i + 1];
      if (value === undefined || value.trim() === '' || cell.length > 40) {
        ok = false;
        break;
      }
      offset += cell.length + 1 + value.length + 1;
      if (i + 2 < cells.length) breaks.push(offset - 1);
      i += 2;
    }
    if (!ok || breaks.length < 3) continue;
    const chars = line.split('');
    for (const at of breaks) chars[at] = '\n';
    lines[index] = chars.join('');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
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

/** `re.test(text)` from the start; skipped where the text lacks the literals `re` needs. */
export function testWord(re: RegExp, text: string): boolean {
  return gatedTest(re, text);
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

/** A line of gene symbols alone, maybe a list and a colon: "NRAS", "MET, EGFR:". Shape only. */
export const GENE_LABEL_LINE =
  /^[ \t]*[A-Z][A-Z0-9-]{1,9}(?:[ \t]*[,/][ \t]*[A-Z][A-Z0-9-]{1,9}){0,5}[ \t]*:?[ \t]*$/;
