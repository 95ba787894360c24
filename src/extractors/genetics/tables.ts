/**
 * Report tables and key-value blocks: a row's cells, a gene's row and its neighbours, a table's
 * title gene, an assay table's exon column, a block's exon row. Separate because a table row
 * is read by columns, not as a sentence: the clause rules do not apply inside it.
 */
import { foldWidth } from '../../core/text/fold.js';
import type { Span } from '../../core/types.js';
import { type EventMention, findEvents, GENE_KEY_ROW, type Item } from './items.js';
import type { GeneMention } from './lexicon.js';
import {
  lineIndex,
  lineMemoFor,
  lineOf,
  lineStartOf,
  linesAbove,
  linesBelow,
  spansWithin,
} from './note-lines.js';
import type { CompiledGeneticsRules, CompiledLayout } from './rules.js';
import { findResults, type ResultWord } from './status.js';

/**
 * A key-value row of the variant's report block naming its exon ("Location ...... exon 8 (last
 * nucleotide of the exon)", "Exon: 8"): not a range, and not for an intronic change (c.942+3A>T
 * lies beside an exon, not in it).
 */
const EXON_KEY =
  /^[\s\-*•]*(?:location|exon(?:\s*\/\s*intron)?)\s*(?:\.{2,}|:)\s*(?:exon\s*)?(\d{1,2})(?![\d\-–])(?!\s*(?:-|–|to|and|,)\s*\d)/i;

/** A variant with no exon takes the one its block's key-value row names (decision 127). */
export function withBlockExon(
  item: Item,
  text: string,
  clause: Span,
  entryLines: ReadonlySet<number>,
): Item {
  if (item.what !== 'variant' || item.exon !== null) return item;
  if (item.hgvsC && /^c\.[-*]?\d+[+-]\d/.test(item.hgvsC)) return item;
  // Below the variant up to the next entry, then above it up to the entry that heads it.
  const first = lineIndex(text, clause.end) + 1;
  const below = linesBelow(text, clause.end, 4);
  const next = below.findIndex((_, i) => entryLines.has(first + i));
  const last = lineIndex(text, clause.start) - 1;
  const above = linesAbove(text, clause.start, 4);
  const head = above.findIndex((_, i) => entryLines.has(last - i));
  for (const line of [
    ...(next < 0 ? below : below.slice(0, next)),
    ...(head < 0 ? above : above.slice(0, head)),
  ]) {
    const m = EXON_KEY.exec(line);
    if (m) return { ...item, exon: Number(m[1]) };
  }
  return item;
}

/** A row led by a gene symbol and a column break: "  EGFR ........ not detected", "KRAS | G12C". */
// (A full-width indent and a bracketed assay before the call are a row too: "　EGFR（コバス）：陰性"
// over "　ALK（FISH、break-apart）：陽性".)
// (An ellipsis or a run of middle dots is a leader too: "・EGFR … 陰性", "EGFR・・・陰性".)
// (So is a row that is only the gene and its bracketed sign, one a line: "　EGFR（−）" over "　ALK（−）".)
// (And a spaced dash, as a pasted report lists its calls: "EGFR - not detected".)
export const GENE_TABLE_ROW =
  /^[ \t　]*(?:[-*•・][ \t]*)?[A-Z][A-Z0-9-]{1,9}[ \t]*(?:(?:[(（][^()（）\n]{1,30}[)）][ \t]*)?(?:\.{2,}|[…‥]|・{2,}|[|\t:：]|[ ]{2,}|[ \t][-–][ \t])|[(（][-−－ー+＋][)）][ \t　]*$)/;

/**
 * A neighbouring row of the same table may name the class or variant before its leader ("・ALK融合
 * … 陰性", "・BRAF V600E … 陰性", "KRAS G12C：陰性"): it is still a gene's row.
 */
export const GENE_TABLE_ROW_NEIGHBOUR =
  /^[ \t　]*(?:[-*•・][ \t]*)?[A-Z][A-Z0-9-]{1,9}(?![a-z])[^\n|\t:：…‥.]{0,20}?(?:\.{2,}|[…‥]|・{2,}|[|\t:：]|[ ]{2,}|[ \t][-–][ \t]|[(（][-−－ー+＋][)）][ \t　]*$)/;

/** Whether a gene that is no word (not context-only) stands on a row next to the clause's line. */
export function neighbourRowGene(
  text: string,
  clause: Span,
  genes: readonly GeneMention[],
): boolean {
  // Both lines are rows of a gene table: the gene first, then dots, a pipe, a tab, a colon or
  // a run of spaces before its result.
  if (!GENE_TABLE_ROW.test(lineOf(text, clause.start))) return false;
  const here = lineIndex(text, clause.start);
  return genes.some((g) => {
    if (g.contextOnly || !GENE_TABLE_ROW_NEIGHBOUR.test(lineOf(text, g.start))) return false;
    const row = lineIndex(text, g.start);
    if (row === here || Math.abs(row - here) > 2) return false;
    const between = text.slice(Math.min(g.start, clause.start), Math.max(g.end, clause.end));
    return !/\n[ \t]*\n/.test(between);
  });
}

/**
 * "EGFR陰性。ALK、ROS1は検査中。", "EGFR陰性。\nROS1陰性。": a gene that is also a word, with its
 * result in a sentence of its own, is a gene beside an unambiguous gene named in the prose
 * sentences around it (at most `NEARBY_GENE_REACH` characters away, in the same paragraph).
 */
export function nearbySentenceGene(
  text: string,
  span: Span,
  genes: readonly (Span & { readonly contextOnly?: boolean })[],
): boolean {
  // (Only the genes within reach, found by a binary search: a long note stays linear.)
  const near = [
    ...spansWithin(genes, {
      start: Math.max(0, span.start - NEARBY_GENE_REACH - 40),
      end: span.start,
    }),
    ...spansWithin(genes, { start: span.end, end: span.end + NEARBY_GENE_REACH + 40 }),
  ];
  return near.some((g) => {
    if (g.contextOnly || (g.start >= span.start && g.end <= span.end)) return false;
    const gap = g.start >= span.end ? g.start - span.end : span.start - g.end;
    if (gap < 0 || gap > NEARBY_GENE_REACH) return false;
    const between = text.slice(Math.min(g.end, span.end), Math.max(g.start, span.start));
    // (Prose, a full stop between: not the next row of a list or a table, "KIT 陽性、DOG1 陽性" over
    // "遺伝子検査：PDGFRA …", where a symbol that is also a word stays one.)
    // (The span may hold its own full stop: "EGFR陰性。" before "ALKは検査中".)
    const stop = text.slice(
      Math.max(0, Math.min(g.end, span.end) - 1),
      Math.max(g.start, span.start),
    );
    return stop.includes('。') && !/\n[ \t]*\n/.test(between);
  });
}

const NEARBY_GENE_REACH = 40;

export function cellsOf(line: string): string[] | null {
  // A table row is a line of a report, not a page of text.
  if (line.length > 400) return null;
  if (line.includes('|')) return line.split('|').map((c) => c.trim());
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  // A spaced "::" separates columns ("Gene :: Change :: AF :: AMP tier"); an unspaced one is
  // a fusion inside a cell ("EML4::ALK").
  if (/\s::\s/.test(line)) return line.split(/\s+::\s+/).map((c) => c.trim());
  const cells = line.trim().split(/\s{2,}/);
  return cells.length >= 3 ? cells : null;
}

/**
 * A table row with a cell that is only a negative result and another that is only a measured
 * fraction (VAF): one column per draw, the variant absent at one and present at the other.
 */
export function measuredInRow(text: string, item: Span, rules: CompiledGeneticsRules): boolean {
  const line = lineOf(text, item.start);
  // A table row is a line of a report, not a page of text (and this stays linear).
  if (line.length > 400) return false;
  const cells = cellsOf(line.slice(item.end - lineStartOf(text, item.start)));
  if (!cells) return false;
  return (
    cells.some((c) => negativeCell(c, rules)) &&
    cells.some((c) => /^\d{1,3}(?:\.\d+)?\s*%$/.test(c))
  );
}

/** A cell that is only a negative result ("not detected", "検出されず"). */
function negativeCell(cell: string, rules: CompiledGeneticsRules): boolean {
  const words = findResults(cell, rules);
  return (
    words.length === 1 &&
    words[0]!.type.startsWith('negative') &&
    cell.replace(words[0]!.text, '').trim() === ''
  );
}

/**
 * A serial table with one column per tracked variant and one row per draw, the variant its
 * column's header ("Draw  Date  KRAS c.34G>T p.(Gly12Cys)  Other" over "2  27/08/2024  not
 * detected  …"): a draw row (led by its number or date) whose cell under the variant is only a
 * negative result is the variant not found then (decisions 36, 73 and 108, the table turned).
 * Rows are matched by cell index, so they must split into as many cells as the header.
 */
export function columnNegativeBelow(
  text: string,
  item: Span,
  rules: CompiledGeneticsRules,
): boolean {
  const line = lineOf(text, item.start);
  const cells = cellsOf(line);
  if (!cells || cells.length < 3) return false;
  const written = text.slice(item.start, item.end).trim();
  // The header cell is the variant alone (a unit in brackets at most), not its first column.
  const column = cells.findIndex(
    (c) => c.includes(written) && c.replace(written, '').replace(/[()%\s]/g, '') === '',
  );
  if (column <= 0 || cells.slice(0, column).every((c) => c === '')) return false;
  for (const row of linesBelow(text, item.start, 12)) {
    const rowCells = cellsOf(row);
    if (!rowCells || rowCells.length !== cells.length) return false;
    if (!/^\d/.test(rowCells.find((c) => c !== '') ?? '')) return false;
    if (negativeCell(rowCells[column]!, rules)) return true;
  }
  return false;
}

/** Which cell of a table row (as cellsOf splits it) holds the character at `at`. */
export function cellIndexAt(line: string, at: number): number {
  const before = line.slice(0, at);
  if (line.includes('|')) return before.split('|').length - 1;
  if (line.includes('\t')) return before.split('\t').length - 1;
  if (/\s::\s/.test(line)) return before.split(/\s+::\s+/).length - 1;
  return (before.match(/\S\s{2,}(?=\S)/g) ?? []).length;
}

/** A draw row of a serial table: a row of cells led by its draw's number or date. */
function drawRowCells(line: string): number | null {
  const cells = cellsOf(line);
  if (!cells || cells.length < 3 || !/^\d/.test(cells.find((c) => c !== '') ?? '')) return null;
  return cells.length;
}

/**
 * The draw row and column of a serial table holding the offset ("2  27/08/2024  not detected
 * STK11 not detected"), with the line indices of the table's draw rows (the rows above and
 * below led by a number or date, split into as many cells); null off such a table.
 */
export function drawTableCell(
  text: string,
  at: number,
): { readonly row: number; readonly column: number; readonly rows: readonly number[] } | null {
  const line = lineOf(text, at);
  const width = drawRowCells(line);
  if (width === null) return null;
  const row = lineIndex(text, at);
  const rows = [row];
  const above = linesAbove(text, at, 12);
  for (let i = 0; i < above.length && drawRowCells(above[i]!) === width; i += 1) {
    rows.unshift(row - i - 1);
  }
  const below = linesBelow(text, at, 12);
  for (let i = 0; i < below.length && drawRowCells(below[i]!) === width; i += 1) {
    rows.push(row + i + 1);
  }
  if (rows.length < 2) return null;
  return { row, column: cellIndexAt(line, at - lineStartOf(text, at)), rows };
}

/**
 * A course over time written after its item, steps joined by arrows: "KRAS G12D（c.35G>A）　前回
 * 0.8% → 今回 検出されず", "BCR::ABL1（IS）推移：2024/1 0.0042% → 2025/1 検出感度以下". Whether a
 * step gives a measured fraction (found then) and whether one is a negative (not found then):
 * each time point is a result (decision 30). Null when the rest of the item's entry has no arrow.
 * The entry ends at the next item or at a clause mark, so another item's steps are not read.
 */
export function arrowCourse(
  text: string,
  item: Span,
  items: readonly Span[],
  rules: CompiledGeneticsRules,
): { readonly measured: boolean; readonly negative: boolean } | null {
  const line = lineOf(text, item.start);
  if (line.length > 400 || !/→|⇒|->/.test(line)) return null;
  const lineStart = lineStartOf(text, item.start);
  const lineEnd = lineStart + line.length;
  if (!/→|⇒|->/.test(text.slice(item.end, lineEnd))) return null;
  // (The next item on the line: only the line's items are looked at.)
  const next = items.find((it) => it.start >= item.end && it.start < lineEnd);
  const stop = next ? next.start : lineEnd;
  const rest = text.slice(item.end, stop).split(/[、，,;；。]/)[0]!;
  if (!/→|⇒|->/.test(rest)) return null;
  const steps = rest.split(/→|⇒|->/);
  if (steps.length < 2) return null;
  const measured = steps.some((step) => /(?:^|[^\d.])\d{1,3}(?:\.\d+)?\s*%/.test(step));
  const negative = steps.some((step) =>
    findResults(step, rules).some((w) => w.type.startsWith('negative')),
  );
  return { measured, negative };
}

/** A dated row of a course: "　2023/8：…", "2024年2月 …", "・2025/5 再燃時：…". */
const DATED_ROW =
  /^[ \t　・\-*]*(?:\d{4}\s*[/／.年-]\s*\d{1,2}(?:\s*[/／.月-]\s*\d{1,2})?日?|\d{4}年)/;

/**
 * A course told in dated rows, the item on one of them and a later row, before any other item,
 * holding only a negative: "2023/5：EGFR ex19del VAF 6.4%" … "2024/2：検出されず（陰性化）". That
 * time point is the item's negative (decision 30). Rows between name nothing ("2023/8：同 VAF
 * 0.3%"); a blank line or a row naming an item ends the course, so does a row whose label names a
 * gene or change of its own ("2025.2 C797S：陰性", "2025/2 NRAS：陰性"; `namesGene`, as the items
 * of the item's clause do not reach the rows below).
 */
export function courseNegativeBelow(
  text: string,
  item: Span,
  items: readonly Span[],
  rules: CompiledGeneticsRules,
  namesGene: (label: string) => boolean = () => false,
): boolean {
  if (!DATED_ROW.test(lineOf(text, item.start))) return false;
  let at = text.indexOf('\n', item.end);
  for (let rows = 0; at >= 0 && rows < 4; rows += 1) {
    const start = at + 1;
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const row = text.slice(start, end);
    const date = DATED_ROW.exec(row);
    if (!date || items.some((it) => it.start >= start && it.start < end)) return false;
    const label = /^[^:：]{0,12}[:：]/.exec(row.slice(date[0].length));
    if (label && namesGene(label[0])) return false;
    // The row after its date and label: only result words, and an aside in brackets.
    const value = row
      .slice(date[0].length + (label?.[0].length ?? 0))
      .replace(/[（(][^）)\n]{0,12}[）)]/g, '')
      .trim();
    const words = findResults(value, rules);
    if (
      words.length > 0 &&
      words.every((w) => w.type.startsWith('negative')) &&
      value.replace(/^同\s*/, '').startsWith(words[0]!.text) &&
      value.length <= words.reduce((n, w) => n + w.text.length, 0) + 4
    ) {
      return true;
    }
    at = end < text.length ? end : -1;
  }
  return false;
}

/**
 * A heading naming a tracked change's assay, its time points in rows below it ("NPM1 type A MRD
 * (qPCR, PB):" over "  post C2      0.42" / "  06/2025      not detected (ABL1 62,000 copies)"):
 * whether a row, after its time label, holds only a negative (an aside in brackets at most). That
 * time point is the change not found (en decision 36). The rows end at a blank line, a line
 * naming another item, or after eight rows.
 */
export function trackedRowsNegative(
  text: string,
  item: Span,
  items: readonly Span[],
  rules: CompiledGeneticsRules,
): boolean {
  return trackedRows(text, item, items, rules)?.negative != null;
}

/**
 * The call of a tracked change's assay heading with none of its own ("NPM1 MRD (qPCR):", or its
 * typed form "NPM1 type A MRD (qPCR, PB):"), from its time-point rows: a row measuring the change
 * ("  06/2025: 0.3%", "post C2  0.42") finds it, a row holding only a negative does not; a
 * heading over no measured or negative row (pending, empty) has no result (decision 1). Null
 * when the item heads no such rows.
 */
export function trackedRowsCall(
  text: string,
  item: Span,
  items: readonly Span[],
  rules: CompiledGeneticsRules,
): ResultWord | 'none' | null {
  const rows = trackedRows(text, item, items, rules);
  if (rows === null) return null;
  return rows.positive ?? rows.timedNegative ?? 'none';
}

/**
 * A row label naming a time point ("06/2025", "post C2", "day 28", "at diagnosis"), not another
 * assay ("Flow MRD:"): only such rows give a heading with no call of its own its call.
 */
const TIME_LABEL =
  /\d|\b(?:baseline|diagnosis|dx|post|pre|after|before|end|induction|consolidation|cycle|relapse|screening|current|latest|today|now)\b/i;

/** A measured row value: a number above zero, not a bound ("< 0.001%"), with its unit. */
const MEASURED_ROW = /^(?:\d{1,4}(?:\.\d{1,6})?|\.\d{1,6})(?:[ \t]*%)?(?![\d.])/;

function trackedRows(
  text: string,
  item: Span,
  items: readonly Span[],
  rules: CompiledGeneticsRules,
): {
  positive: ResultWord | null;
  negative: ResultWord | null;
  timedNegative: ResultWord | null;
} | null {
  const layout = rules.layout;
  if (
    !layout.trackedChangeAfter.test(text.slice(item.end, item.end + 16)) &&
    !layout.trackedChangeBefore.test(text.slice(Math.max(0, item.start - 24), item.start))
  )
    return null;
  // (The item's line is a heading: it ends with its colon.)
  const line = lineOf(text, item.start);
  if (line.length > 160 || !/[:：]\s*$/.test(line)) return null;
  let positive: ResultWord | null = null;
  let negative: ResultWord | null = null;
  let timedNegative: ResultWord | null = null;
  let at = text.indexOf('\n', item.end);
  for (let rows = 0; at >= 0 && rows < 8; rows += 1) {
    const start = at + 1;
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const row = text.slice(start, end);
    if (row.trim() === '' || items.some((it) => it.start >= start && it.start < end)) break;
    // The row after its time label (up to a colon or a run of spaces), asides in brackets gone.
    const label = /^\s*[^:：\s][^:：\n]{0,24}?(?:[:：]|\s{2,}|\t)/.exec(row);
    const rest = row.slice(label ? label[0].length : 0);
    const value = rest.replace(/[（(][^）)\n]{0,80}[）)]/g, '').trim();
    const words = findResults(value, rules);
    const offset = start + row.length - rest.length + (rest.length - rest.trimStart().length);
    const timed = label !== null && TIME_LABEL.test(label[0]);
    if (
      words.length > 0 &&
      words.every((w) => w.type.startsWith('negative')) &&
      value.startsWith(words[0]!.text) &&
      value.length <= words.reduce((n, w) => n + w.text.length, 0) + 4
    ) {
      negative ??= { ...words[0]!, start: offset, end: offset + words[0]!.text.length };
      if (timed) timedNegative ??= negative;
    } else if (timed && positive === null) {
      const measured = MEASURED_ROW.exec(value);
      if (measured && Number.parseFloat(measured[0]) > 0)
        positive = {
          start: offset,
          end: offset + measured[0].length,
          type: 'positive',
          text: measured[0],
        };
    }
    at = next;
  }
  return { positive, negative, timedNegative };
}

/**
 * A reference opening a table row ("母|72|卵巣癌（65歳）|陽性（2025/04）"): the result is the
 * last cell, not another column's "なし" (no history); null when the line is no table row.
 */
export function tableRowResult(text: string, span: Span, line: Span): Span | null {
  const row = text.slice(line.start, line.end);
  if (!/[|\t]/.test(row) || text.slice(line.start, span.start).trim() !== '') return null;
  const last = Math.max(row.lastIndexOf('|'), row.lastIndexOf('\t'));
  if (last < span.end - line.start) return null;
  return { start: line.start + last + 1, end: line.end };
}

/** Whether the line at `offset` is a row of a block headed by a gene key row (no blank between). */
export function underGeneKeyRow(text: string, offset: number): boolean {
  for (let at = lineStartOf(text, offset), rows = 0; at > 0 && rows < 6; rows += 1) {
    at = lineStartOf(text, at - 1);
    const line = lineOf(text, at);
    if (line.trim() === '') return false;
    if (GENE_KEY_ROW.test(line)) return true;
  }
  return false;
}

const EXON_HEADER = /^(?:exons?|エクソン|エキソン)$/i;

const LOCATION_HEADER = /^(?:location|exon\s*\/\s*intron|region)$/i;

/** A location cell naming one exon ("exon 7"), not an intron or a range. */
const LOCATION_EXON = /^(?:exon|ex)\s*(\d{1,2})$/i;

const ROW_CLASSES: readonly [RegExp, EventMention['kind']][] = [
  [/^(?:(?:in-?frame\s+)?deletions?|del|欠失)$/i, 'exon_deletion'],
  [/^(?:insertions?|ins|insertion\/duplications?|挿入)$/i, 'exon_insertion'],
  [/^(?:skipping|スキッピング)$/i, 'exon_skipping'],
];

/**
 * The cells of a line of an exon-column table: `cellsOf`, and also cells set off by single
 * ideographic spaces ("遺伝子　変異　エクソン　判定" over "KRAS　G12C　2　陰性", pgja8 item 2). The
 * text read is width-folded (an ideographic space is one plain space there), so those cells are
 * split on the line as written (`written`) and folded one by one; header and rows alike, so a
 * row must still have the header's cell count.
 */
function exonTableCells(line: string, written: string | undefined): string[] | null {
  if (written === undefined || !written.includes('　') || /[|｜\t]/.test(written)) {
    return cellsOf(line);
  }
  const cells = written
    .trim()
    .split(/\s{2,}|　/)
    .map((c) => foldWidth(c).text.trim());
  // (Only where the folded cells are the folded line's own, in order.)
  const same = cells.join(' ') === line.trim().replace(/\s+/g, ' ');
  if (cells.length < 3 || !same) {
    return cellsOf(line);
  }
  return cells;
}

/**
 * An assay table with an exon column (cobas-style PCR reports: "Exon  Mutation tested
 * Result" / "18  G719X  Not detected" / "19  Deletions  DETECTED"): each row's exon, and a
 * row whose tested cell is a class word alone ("Deletions", 欠失) as an exon-level event. One
 * pass over the lines.
 */
export function exonTableRows(
  text: string,
  rules: CompiledGeneticsRules,
  written?: string,
): { exons: Map<number, number>; events: EventMention[] } {
  const exons = new Map<number, number>();
  const events: EventMention[] = [];
  const starts = lineMemoFor(text).starts;
  // The lines as written before width folding (same lines): their ideographic-space cells.
  const writtenLines = written?.includes('　') ? written.split('\n') : undefined;
  if (writtenLines && writtenLines.length !== starts.length) writtenLines.length = 0;
  let column = -1;
  let width = 0;
  // A "Location" column names the exon in words ("exon 7"); it holds no class cells.
  let located = false;
  for (let i = 0; i < starts.length; i += 1) {
    const line = lineOf(text, starts[i]!);
    if (line.trim() === '') {
      column = -1;
      continue;
    }
    const cells = line.length <= 400 ? exonTableCells(line, writtenLines?.[i]) : null;
    if (!cells) {
      column = -1;
      continue;
    }
    const header = cells.findIndex((c) => EXON_HEADER.test(c));
    const location = header < 0 ? cells.findIndex((c) => LOCATION_HEADER.test(c)) : -1;
    if (header >= 0 || location >= 0) {
      column = header >= 0 ? header : location;
      located = header < 0;
      width = cells.length;
      continue;
    }
    if (column < 0 || cells.length !== width) continue;
    const exonCell = (located ? LOCATION_EXON : /^(\d{1,2})$/).exec(cells[column]!);
    if (!exonCell) continue;
    const exon = Number(exonCell[1]);
    exons.set(i, exon);
    if (located) continue;
    // Each cell's place on the line, in order (the class cell may come before the exon's).
    let cursor = 0;
    for (const [index, cell] of cells.entries()) {
      const place = line.indexOf(cell, cursor);
      cursor = place < 0 ? cursor : place + cell.length;
      if (index === column || place < 0) continue;
      const kind = ROW_CLASSES.find(([re]) => re.test(cell))?.[1];
      if (!kind) continue;
      const at = starts[i]! + place;
      events.push({
        start: at,
        end: at + cell.length,
        text: cell,
        kind,
        exon,
        reach: undefined,
        rule: `genetics.${rules.language}.exon-table-row`,
      });
    }
  }
  // Rows with no header, each led by its exon ("ｴｸｿﾝ18　G719X　　検出せず" / "ｴｸｿﾝ20　挿入
  // 検出せず"): two or more such lines in a row are an exon-by-exon table too.
  // (Or each row's first cell ends with its exon in brackets, the class rows led by it:
  // "G719X (exon 18)      not detected" / "Exon 19 deletions      DETECTED".)
  let run: number[] = [];
  const rowExon = (line: string) => EXON_LEAD.exec(line) ?? EXON_IN_ROW_LABEL.exec(line);
  const closeRun = () => {
    if (run.length >= 2)
      for (const i of run) exons.set(i, Number(rowExon(lineOf(text, starts[i]!))![1]));
    run = [];
  };
  for (let i = 0; i < starts.length; i += 1) {
    const line = lineOf(text, starts[i]!);
    if (!exons.has(i) && line.length <= 400 && rowExon(line)) run.push(i);
    else closeRun();
  }
  closeRun();
  return { exons, events };
}

/** A line led by an exon number and then something tested ("Exon 20  T790M  Not detected"). */
const EXON_LEAD =
  /^[\s\-*•・]*(?:exon|エクソン|エキソン|ex)\s*(\d{1,2})(?![\d\-–~〜～])[\s:：]+\S/i;

/** A row label ending with its exon in brackets, then a column gap: "S768I (exon 20)    not detected". */
const EXON_IN_ROW_LABEL =
  /^[\s\-*•・]*[^\s(（][^\n(（]{0,30}?[(（]\s*(?:exon|ex|エクソン|エキソン)\s*(\d{1,2})\s*[)）](?:[ \t]{2,}|\t|\s*[|:：])\s*\S/i;

/** The one gene a table's title names, above its header, across blank lines. */
export function tableTitleGene(
  text: string,
  offset: number,
  genes: readonly GeneMention[],
  layout: CompiledLayout,
): GeneMention | undefined {
  const starts = lineMemoFor(text).starts;
  const here = lineIndex(text, offset);
  for (let i = here - 1; i >= 0 && i >= here - 16; i -= 1) {
    const start = starts[i]!;
    // A request form's clinical paragraph between the title and the table ("EGFR PCR REPORT" …
    // "Clinical information: … Lynch syndrome - germline PMS2 …" … "Exon 19  deletions  DETECTED")
    // tells the history; the table's gene is the report's, above it.
    if (inClinicalParagraph(text, starts, i, layout)) continue;
    const onLine = spansWithin(genes, { start, end: start + lineOf(text, start).length });
    const distinct = new Set(onLine.flatMap((g) => g.genes));
    if (distinct.size === 1) return onLine[0];
    if (distinct.size > 1) return undefined;
  }
  return undefined;
}

/**
 * Whether line `i` lies in a paragraph (lines up to a blank one) opened by a clinical-history
 * label ("Clinical information (request form):"; `clinical_paragraph_labels` in layout.yaml).
 */
function inClinicalParagraph(
  text: string,
  starts: readonly number[],
  i: number,
  layout: CompiledLayout,
): boolean {
  for (let j = i; j >= 0 && j >= i - 12; j -= 1) {
    const line = lineOf(text, starts[j]!);
    if (line.trim() === '') return false;
    if (layout.clinicalParagraph.test(line)) return true;
  }
  return false;
}

/** Classes a result table's header can give the gene rows under it. */
const HEADER_CLASSES: ReadonlySet<string> = new Set([
  'fusion',
  'amplification',
  'copy_loss',
  'exon_skipping',
]);

/** The class a result table's header names for its rows, and where its class word stands. */
export interface TableHeaderClass {
  readonly kind: EventMention['kind'];
  readonly exon: number | null;
  readonly start: number;
  readonly end: number;
}

/**
 * A cell that is a class word alone, qualifiers aside ("融合遺伝子", "ホモ接合性欠失", "RNA Fusions",
 * "エクソン14スキッピング"): its class; null when the cell is anything else.
 */
function classCell(
  cell: string,
  rules: CompiledGeneticsRules,
): { kind: EventMention['kind']; exon: number | null; text: string } | null {
  const events = findEvents(cell, rules);
  if (events.length !== 1 || !HEADER_CLASSES.has(events[0]!.kind)) return null;
  const event = events[0]!;
  // (A qualifier may stand in brackets: "Gene fusions (RNA)".)
  const rest = `${cell.slice(0, event.start)} ${cell.slice(event.end)}`
    .replace(rules.layout.resultTableClassQualifier, ' ')
    .replace(/[()（）]/g, ' ')
    .trim();
  return rest === '' ? { kind: event.kind, exon: event.exon, text: event.text } : null;
}

/**
 * A result table's header row or section line: "遺伝子\t結果\tバリアント\t判定" (a DNA table, no
 * class), "融合遺伝子\t結果" / "| 増幅 | 結果 |" (the class of its rows), "RNA Fusions" over rows
 * alone. Every cell names a column (`result_table_item_cells`, `result_table_call_cells`) or is a
 * class word; at least one names what the rows hold (a change, not a stain's "マーカー  結果").
 */
function judgeTableHeader(
  line: string,
  rules: CompiledGeneticsRules,
): {
  readonly cls: (Omit<TableHeaderClass, 'start' | 'end'> & { at: number; length: number }) | null;
} | null {
  if (line.length > 120) return null;
  const cells = cellsOf(line)?.filter((c) => c !== '') ?? null;
  // A Japanese header may set its words off by one (ideographic, folded) space: "　遺伝子　バリアント
  // 　　判定" over "　MLH1　　検出されず　　－". Each word must name a column, one a change.
  if (!cells && rules.language === 'ja') {
    const words = line.trim().split(/\s+/);
    if (
      words.length >= 2 &&
      words.every(
        (w) => rules.layout.resultTableCallCell.test(w) || rules.layout.resultTableItemCell.test(w),
      ) &&
      words.some((w) => rules.layout.resultTableItemCell.test(w))
    )
      return { cls: null };
  }
  // A two-column header set off by spaces, "Gene      Result" over "EGFR      Negative" (cellsOf
  // takes three or more space-set cells only): a gene column and a call column (pgen10 item 3).
  if (!cells && rules.language === 'en') {
    const pair = line.trim().split(/\s{2,}/);
    if (
      pair.length === 2 &&
      rules.layout.resultTableItemCell.test(pair[0]!) &&
      rules.layout.resultTableCallCell.test(pair[1]!)
    )
      return { cls: null };
  }
  if (!cells || cells.length < 2) {
    // A section line of a class alone ("RNA Fusions"): no result. A colon may close it, with
    // nothing after ("Fusions:", "Rearrangements:", "Amplifications:" over "ALK - not
    // detected"; pgen10 item 5); one with content after it ("Fusions: EML4-ALK") is no heading.
    const alone = line.trim().replace(/[ \t]*[:：]$/, '');
    if (alone === '' || /[:：]/.test(alone)) return null;
    const only = classCell(alone, rules);
    if (!only) return null;
    return {
      cls: {
        kind: only.kind,
        exon: only.exon,
        at: line.indexOf(only.text),
        length: only.text.length,
      },
    };
  }
  let cls: { kind: EventMention['kind']; exon: number | null; at: number; length: number } | null =
    null;
  let items = false;
  for (const cell of cells) {
    if (rules.layout.resultTableCallCell.test(cell)) continue;
    if (rules.layout.resultTableItemCell.test(cell)) {
      items = true;
      continue;
    }
    const found = classCell(cell, rules);
    if (!found || cls) return null;
    cls = {
      kind: found.kind,
      exon: found.exon,
      at: line.indexOf(found.text),
      length: found.text.length,
    };
    items = true;
  }
  return items ? { cls } : null;
}

const headerMemo = new WeakMap<object, Map<number, ReturnType<typeof judgeTableHeader>>>();

/**
 * The header of the result table whose gene row holds the offset (the row is cells led by the
 * gene), up the table's rows to a blank line: whether it is a DNA table, and the class its
 * header names for gene rows (decisions 5 and 37). Null off such a table.
 */
export function resultTableHeader(
  text: string,
  offset: number,
  rules: CompiledGeneticsRules,
): { readonly cls: TableHeaderClass | null } | null {
  const own = lineOf(text, offset);
  if (own.length > 400 || (!cellsOf(own) && !GENE_TABLE_ROW.test(own))) return null;
  const starts = lineMemoFor(text).starts;
  const here = lineIndex(text, offset);
  // (Each line is judged once per note: a memo by line index.)
  const memo = lineMemoFor(text);
  let judged = headerMemo.get(memo);
  if (!judged) {
    judged = new Map();
    headerMemo.set(memo, judged);
  }
  for (let i = here - 1; i >= 0 && i >= here - 16; i -= 1) {
    const line = lineOf(text, starts[i]!);
    if (line.trim() === '') return null;
    let header = judged.get(i);
    if (header === undefined) {
      header = judgeTableHeader(line, rules);
      judged.set(i, header);
    }
    if (header) {
      const cls = header.cls;
      return {
        cls: cls && {
          kind: cls.kind,
          exon: cls.exon,
          start: starts[i]! + cls.at,
          end: starts[i]! + cls.at + cls.length,
        },
      };
    }
    if (!cellsOf(line) && !GENE_TABLE_ROW.test(line)) return null;
  }
  return null;
}

/** Whether the offset lies in a class word of a result table's header (no finding itself). */
export function inTableHeaderClass(
  text: string,
  offset: number,
  rules: CompiledGeneticsRules,
): boolean {
  const line = lineOf(text, offset);
  const header = judgeTableHeader(line, rules);
  if (!header?.cls) return false;
  const at = offset - lineStartOf(text, offset);
  return at >= header.cls.at && at < header.cls.at + header.cls.length;
}

/** The symbol leading a `GENE_TABLE_ROW`. */
const ROW_LEADING_SYMBOL = /^[ \t　]*(?:[-*•・][ \t]*)?([A-Z][A-Z0-9-]{1,9})/;

/** A line led by a short label and a colon: "  Not detected: ALK, RET", "Detected: CD74::ROS1". */
const LABEL_LINE = /^[ \t]*(?:[-*•][ \t]*)?([A-Za-z][A-Za-z ]{1,24}?)[ \t]*:/;

/** Whether the line is a result label and the genes it heads ("Not detected: ALK, RET"). */
function resultLabelLine(line: string, rules: CompiledGeneticsRules): boolean {
  const label = LABEL_LINE.exec(line)?.[1];
  if (!label) return false;
  const words = findResults(label, rules);
  return words.length === 1 && words[0]!.start === 0 && words[0]!.end === label.length;
}

/**
 * The class of a section line alone ("Fusions") over lists led by a result label ("  Detected:
 * CD74::ROS1" / "  Not detected: ALK, RET, NTRK1"), up to a blank line (pgen10 item 5): the
 * class of the genes after the label.
 */
function classOverLabelLines(
  text: string,
  offset: number,
  rules: CompiledGeneticsRules,
): Pick<TableHeaderClass, 'kind' | 'exon'> | null {
  const starts = lineMemoFor(text).starts;
  const here = lineIndex(text, offset);
  for (let i = here - 1; i >= 0 && i >= here - 8; i -= 1) {
    const line = lineOf(text, starts[i]!);
    if (line.trim() === '' || line.length > 400) return null;
    if (resultLabelLine(line, rules) || GENE_TABLE_ROW.test(line)) continue;
    const header = judgeTableHeader(line, rules);
    return header?.cls && (cellsOf(line)?.length ?? 0) < 2 ? header.cls : null;
  }
  return null;
}

/**
 * A gene alone in its row's first cell, under a result table header naming a class ("融合遺伝子
 * 結果" over "ALK  陰性", "| 増幅 | 結果 |" over "| EGFR | ＋ |", "RNA Fusions" over "ALK  Negative"):
 * the row is that class's result, present or absent, not a gene-level one (decisions 5 and 37).
 */
export function withHeaderClass(item: Item, text: string, rules: CompiledGeneticsRules): Item {
  if (item.what !== 'gene' || item.kind !== 'other' || item.generic) return item;
  const line = lineOf(text, item.start);
  // (A row is a line of a report, not a page of text: this stays linear.)
  if (line.length > 400) return item;
  // (A row set off by a leader, not cells, "ALK      Negative", "ALK - not detected", "ALK:
  // negative", is led by its gene the same way.)
  const cells = cellsOf(line);
  const first = cells
    ? (cells.find((c) => c !== '') ?? '')
    : GENE_TABLE_ROW.test(line)
      ? (ROW_LEADING_SYMBOL.exec(line)?.[1] ?? '')
      : line.trim();
  const written = text.slice(item.start, item.end);
  if (first.replace(/^[-*•・][ \t]*/, '') !== written) {
    // (Or a gene of a list after a result label, under the class's section line.)
    if (rules.language !== 'en' || !resultLabelLine(line, rules)) return item;
    const cls = classOverLabelLines(text, item.start, rules);
    return cls ? { ...item, kind: cls.kind, exon: cls.exon } : item;
  }
  const cls = resultTableHeader(text, item.start, rules)?.cls;
  return cls ? { ...item, kind: cls.kind, exon: cls.exon } : item;
}

/**
 * A Japanese item's result, then a contrast and a later test's lead whose own result follows
 * right after it, in the same sentence and with no other item between: "ALK融合遺伝子陽性であったが、
 * 今回は陰性", "T790Mは以前検出されたが、再生検では認めず" (layout `ja_later_result_after`). The later
 * result's status when it differs from the first (a re-test keeps both, decision 36), else null.
 */
export function laterResult(
  text: string,
  word: { readonly end: number; readonly type: string },
  items: readonly Span[],
  rules: CompiledGeneticsRules,
): 'present' | 'absent' | null {
  const lead = rules.layout.jaLaterResultAfter;
  if (!lead) return null;
  // (Only the rest of the sentence, and a short one: linear in the line.)
  const cut = text.slice(word.end, word.end + 60).search(/[。\n]/);
  const rest = text.slice(word.end, cut < 0 ? word.end + 60 : word.end + cut);
  const m = lead.exec(rest);
  if (!m) return null;
  const from = word.end + m[0].length;
  const first = word.type.startsWith('positive') ? 'present' : 'absent';
  const next = findResults(rest.slice(m[0].length), rules)[0];
  if (!next || next.start !== 0) {
    // "初診時FLT3-ITD陽性、寛解時消失": a word of the change's course (`change_course_after`) as
    // the later step's own result, the change gone (decision 60).
    // (Or the change come up after an earlier negative, "C797S：前回陰性、今回出現": the later step found it.)
    const course = rules.changeCourseAfter?.exec(rest.slice(m[0].length));
    if (course?.index !== 0) return null;
    const step = course[0].includes('出現') ? 'present' : 'absent';
    if (step === first) return null;
    return items.some((it) => it.start >= word.end && it.start < from + course[0].length)
      ? null
      : step;
  }
  if (items.some((it) => it.start >= word.end && it.start < from + next.end)) return null;
  const later = next.type.startsWith('positive') ? 'present' : 'absent';
  return later === first ? null : later;
}

/**
 * The lead of that later result (`laterResult`), as written ("、末梢血では"), or null: its sample
 * gives the later test's origin.
 */
export function laterResultLead(
  text: string,
  word: { readonly end: number },
  rules: CompiledGeneticsRules,
): string | null {
  const lead = rules.layout.jaLaterResultAfter;
  if (!lead) return null;
  const cut = text.slice(word.end, word.end + 60).search(/[。\n]/);
  return lead.exec(text.slice(word.end, cut < 0 ? word.end + 60 : word.end + cut))?.[0] ?? null;
}

/**
 * A Japanese earlier test's result told of an item right before it, in its own clause: "前回陽性で
 * あったT790Mは今回検出されず" (layout `ja_earlier_result_before`). That earlier result's status when it
 * differs from the item's own later one (decision 30: each time point its finding), else null.
 */
export function earlierResult(
  text: string,
  item: Span,
  status: 'present' | 'absent',
  rules: CompiledGeneticsRules,
  resultWord?: { readonly end: number },
): 'present' | 'absent' | null {
  if (rules.language === 'en') return englishEarlierResult(text, item, status, rules, resultWord);
  const lead = rules.layout.jaEarlierResultBefore;
  if (!lead) return null;
  // (Only the clause before the item, and a short stretch of it: linear in the line.)
  const before = text
    .slice(Math.max(0, item.start - 40), item.start)
    .replace(/^.*[。、,，\n]/s, '');
  const m = lead.exec(before);
  if (!m) return null;
  const word = findResults(m[0], rules)[0];
  if (!word) return null;
  const earlier = word.type.startsWith('positive') ? 'present' : 'absent';
  return earlier === status ? null : earlier;
}

/**
 * English: an earlier test's result told of an item right before it in its clause ("Previously
 * detected KRAS G12D was not found"), or bracketed right after the item's own result ("not detected
 * (was 2.3% in 01/2025)", "newly detected (absent at diagnosis)"; layout `earlier_result_before`,
 * `earlier_result_after`). Its status when it differs from the item's own, else null.
 */
function englishEarlierResult(
  text: string,
  item: Span,
  status: 'present' | 'absent',
  rules: CompiledGeneticsRules,
  word: { readonly end: number } | undefined,
): 'present' | 'absent' | null {
  const { earlierResultBefore, earlierResultAfter } = rules.layout;
  const before = text.slice(Math.max(0, item.start - 40), item.start).replace(/^.*[.;,\n]/s, '');
  const told =
    earlierResultBefore?.exec(before)?.[0] ??
    (word ? earlierResultAfter?.exec(text.slice(word.end, word.end + 60))?.[0] : undefined);
  if (!told) return null;
  const result = findResults(told, rules)[0];
  const earlier = result
    ? result.type.startsWith('positive')
      ? 'present'
      : 'absent'
    : /[1-9]\d*(?:\.\d+)?\s?%|0\.\d*[1-9]\d*\s?%/.test(told)
      ? 'present'
      : null;
  return earlier === null || earlier === status ? null : earlier;
}

/**
 * A Japanese sentence that turns to this patient after an item's result: "ALK融合遺伝子陽性肺癌は
 * 若年・非喫煙者に多いが、本例は陰性", "EGFR変異陽性の場合はオシメルチニブが推奨されるが、本症例では陰性であった"
 * (layout `ja_patient_turn`). The result right after the turn, before any other item, is the
 * patient's; the result before it was said of patients in general or of a case assumed. Null when
 * the rest of the sentence has no such turn.
 */
export function patientTurnResult(
  text: string,
  word: { readonly end: number },
  items: readonly Span[],
  rules: CompiledGeneticsRules,
): ResultWord | null {
  const turn = rules.layout.jaPatientTurn;
  if (!turn) return null;
  // (Only the rest of the sentence, and a bounded one: linear in the note.)
  const window = text.slice(word.end, word.end + 160);
  const cut = window.search(/[。\n]/);
  const rest = cut < 0 ? window : window.slice(0, cut);
  const m = turn.exec(rest);
  if (!m) return null;
  const from = word.end + m.index + m[0].length;
  const next = findResults(rest.slice(m.index + m[0].length), rules)[0];
  if (!next || next.start !== 0) return null;
  if (items.some((it) => it.start >= word.end && it.start < from + next.end)) return null;
  return { ...next, start: from, end: from + (next.end - next.start) };
}

/** Display columns of a character: wide (CJK, kana, full-width forms, ideographic space) 2. */
function charColumns(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
    ? 2
    : 1;
}

interface AlignedCell {
  readonly from: number;
  readonly to: number;
  readonly left: number;
  readonly right: number;
  readonly text: string;
}

/**
 * The cells of a line of space-aligned columns, split at runs of two or more half-width spaces
 * or at any ideographic space, with their display columns (a wide character takes two), so a
 * Japanese header lines up with its rows; null when fewer than three.
 */
function alignedCells(line: string): AlignedCell[] | null {
  const cells: AlignedCell[] = [];
  let column = 0;
  let from = -1;
  let left = 0;
  let right = 0;
  let gap = 0;
  for (let i = 0; i <= line.length; i += 1) {
    const code = i < line.length ? line.charCodeAt(i) : -1;
    const space = code === 0x20 || code === 0x3000 || code === 0x09;
    if (code === -1 || (space && (code !== 0x20 || line.charCodeAt(i + 1) === 0x20 || gap > 0))) {
      if (from >= 0) {
        const to = gap > 0 ? i - gap : i;
        cells.push({ from, to, left, right, text: line.slice(from, to) });
        from = -1;
      }
      gap = 0;
    } else if (space) {
      gap += 1;
    } else {
      if (from < 0) {
        from = i;
        left = column;
      }
      gap = 0;
      right = column + charColumns(code);
    }
    if (code >= 0) column += code === 0x09 ? 8 - (column % 8) : charColumns(code);
  }
  return cells.length >= 3 ? cells : null;
}

/** A cell that is only a dash mark: "－", "-", "ー", "―". */
const DASH_CELL = /^[-−－ー―‐ｰ]{1,3}$/;

/**
 * A table's class-only column (layout `class_only_columns`: "エビデンスレベル", "Tier") left blank
 * with a dash in a row ("EGFR      増幅      CN 9      －"): the dash is no negative call of the
 * row, so it is blanked (same length, offsets kept). Header rows are found by their words (layout
 * `table_header_words`); aligned rows take the header cell their display columns overlap most,
 * piped rows the cell of the same index. The rows run to the next blank line. `unclassedRows`
 * gets the index of each such row's line: the report gave its change no class, which stays null
 * even for a well-known driver (ja decisions 34 and 45).
 */
export function withoutClassColumnDashes(
  text: string,
  layout: CompiledLayout,
  unclassedRows?: Set<number>,
): string {
  const column = layout.classOnlyColumn;
  const none = layout.classOnlyNoneCell;
  if (
    !column ||
    !(/[-−－ー―‐ｰ]/.test(text) || (none && /該当|N\/?A|applicable|なし/i.test(text)))
  ) {
    return text;
  }
  // (A "no class" cell, "該当なし", is blanked too, but leaves its row's class to the driver rule.)
  const noneCell = (cell: string) => none?.test(foldWidth(cell).text.trim()) === true;
  const lines = text.split('\n');
  let changed = false;
  for (let h = 0; h < lines.length; h += 1) {
    const header = lines[h]!;
    if (header.length > 400 || !layout.tableHeader.test(foldWidth(header).text)) continue;
    const piped = /[|｜]/.test(header);
    // (A header of single tabs, "遺伝子<tab>変化<tab>VAF<tab>エビデンスレベル", is read by tab index in
    // rows of as many tabs: display columns drift there when a cell is wider than a tab stop.)
    const tabCells = !piped && /\t/.test(header) ? header.split('\t') : null;
    const tabTarget = tabCells?.findIndex((c) => column.test(foldWidth(c).text.trim())) ?? -1;
    const headCells = piped
      ? header.split(/[|｜]/).map((c) => c.trim())
      : (alignedCells(header)?.map((c) => c.text) ?? []);
    const target = headCells.findIndex((c) => column.test(foldWidth(c).text.trim()));
    if (target < 0 && tabTarget < 0) continue;
    const aligned = piped ? null : alignedCells(header);
    for (let r = h + 1; r < lines.length && r <= h + 40; r += 1) {
      const row = lines[r]!;
      if (row.trim() === '' || row.length > 400) break;
      const tabbed = tabTarget >= 0 && row.split('\t').length === tabCells!.length;
      if (piped || tabbed) {
        const parts = tabbed ? row.split('\t') : row.split(/[|｜]/);
        const at = tabbed ? tabTarget : target;
        const cell = parts[at];
        if (cell === undefined) continue;
        const unclassed = noneCell(cell);
        if (!unclassed && !DASH_CELL.test(cell.trim())) continue;
        if (!unclassed && parts.filter((p) => DASH_CELL.test(p.trim())).length > 1) continue;
        // (Each separator is one character: the cell starts after the parts and bars before it.)
        const from = parts.slice(0, at).reduce((n, p) => n + p.length + 1, 0);
        lines[r] = row.slice(0, from) + ' '.repeat(cell.length) + row.slice(from + cell.length);
        if (!unclassed) unclassedRows?.add(r);
        changed = true;
        continue;
      }
      const cells = alignedCells(row);
      if (!cells || !aligned || target < 0) continue;
      // (A row of several dash cells, "ホモ接合性欠失　－　－", is read as blank measures already.)
      const dashes = cells.filter((c) => DASH_CELL.test(c.text)).length > 1;
      for (const cell of cells) {
        const unclassed = noneCell(cell.text);
        if (!unclassed && (dashes || !DASH_CELL.test(cell.text))) continue;
        let best = -1;
        let most = 0;
        aligned!.forEach((hc, i) => {
          const overlap = Math.min(hc.right, cell.right) - Math.max(hc.left, cell.left);
          if (overlap > most) {
            most = overlap;
            best = i;
          }
        });
        // (No overlap: the nearest header cell to the left, a short dash under a wide name.)
        if (best < 0) {
          best = aligned!.reduce((b, hc, i) => (hc.left <= cell.left + 1 ? i : b), -1);
        }
        if (best !== target) continue;
        lines[r] = row.slice(0, cell.from) + ' '.repeat(cell.to - cell.from) + row.slice(cell.to);
        if (!unclassed) unclassedRows?.add(r);
        changed = true;
      }
    }
  }
  // A block of aligned rows with no header, one row writing its class cell with the column's label
  // last ("KRAS　G12R（c.34G>C）　VAF 18%　エビデンスレベル D"): a row of the block ending in a lone dash
  // ("SMAD4　ホモ接合性欠失　－") left that column blank, no negative call either.
  const labelled = layout.classOnlyLabelledCell;
  // (Only where a class-only column's label stands: a labelled cell starts with one, and a cell's
  // folded text is part of its line's. Most notes hold none, and their lines are not split.)
  const anywhere = layout.classOnlyColumnAnywhere;
  const current = changed ? lines.join('\n') : text;
  if (
    labelled &&
    (anywhere === null || anywhere.test(current) || anywhere.test(foldWidth(current).text))
  ) {
    let block: { r: number; cells: AlignedCell[] }[] = [];
    for (let r = 0; r <= lines.length; r += 1) {
      const row = lines[r];
      const cells = row !== undefined && row.length <= 400 ? alignedCells(row) : null;
      if (cells) {
        block.push({ r, cells });
        continue;
      }
      const classed = block.some(({ cells: c }) =>
        labelled.test(foldWidth(c.at(-1)!.text).text.trim()),
      );
      for (const { r: at, cells: c } of classed ? block : []) {
        const last = c.at(-1)!;
        if (!DASH_CELL.test(last.text) || c.filter((x) => DASH_CELL.test(x.text)).length > 1) {
          continue;
        }
        const line = lines[at]!;
        lines[at] =
          line.slice(0, last.from) + ' '.repeat(last.to - last.from) + line.slice(last.to);
        unclassedRows?.add(at);
        changed = true;
      }
      block = [];
    }
  }
  return changed ? lines.join('\n') : text;
}

/** The cells of a table line with their offsets in it: piped, tabbed or space-aligned. */
function spannedCells(line: string): { start: number; end: number; text: string }[] {
  const sep = /[|｜]/.test(line) ? /[|｜]/g : line.includes('\t') ? /\t/g : /[ ]{2,}|　+/g;
  const cells: { start: number; end: number; text: string }[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ start: from + lead, end: from + lead + text.length, text });
  };
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  // (A piped row's edges: "｜陰性｜EGFR｜" has no cell before its first bar or after its last.)
  if (cells[0]?.text === '') cells.shift();
  if (cells.at(-1)?.text === '') cells.pop();
  return cells;
}

const GENE_COLUMN = /^(?:genes?|遺伝子(?:名)?)$/i;

/**
 * The call of a table row whose call column comes before the gene's ("｜判定｜遺伝子｜変異｜" over
 * "｜陰性｜BRAF｜－｜", or aligned "判定    遺伝子   変異"): the result word in the row's call cell, for an
 * item standing in a later cell. The header is the nearest line above (within the block) led by
 * a call cell with a gene cell after it; every row down to the item's has as many cells. Null
 * off such a table.
 */
export function leadingCallCell(
  text: string,
  item: Span,
  results: readonly ResultWord[],
  rules: CompiledGeneticsRules,
): { readonly status: 'present' | 'absent'; readonly word: ResultWord } | null {
  const line = lineOf(text, item.start);
  if (line.length > 200) return null;
  const cells = spannedCells(line);
  if (cells.length < 2) return null;
  const lineStart = lineStartOf(text, item.start);
  const above = linesAbove(text, item.start, 12);
  for (const row of above) {
    if (row.trim() === '' || row.length > 200) return null;
    const heads = spannedCells(row);
    if (heads.length !== cells.length) return null;
    if (!rules.layout.resultTableCallCell.test(heads[0]!.text)) continue;
    const gene = heads.findIndex((h) => GENE_COLUMN.test(h.text));
    if (gene < 1) return null;
    const call = cells[0]!;
    const at = item.start - lineStart;
    if (at < cells[1]!.start) return null;
    const word = results.find(
      (r) => r.start >= lineStart + call.start && r.end <= lineStart + call.end,
    );
    if (!word) return null;
    return { status: word.type.startsWith('positive') ? 'present' : 'absent', word };
  }
  return null;
}

/** A measured level of a monitored transcript: "12%", "0.0032%", "1.2×10^5 copies", "1.2×10^-3" (not "0%"). */
const MEASURED_LEVEL =
  /(?<![\d.])(?!0(?:\.0+)?[ \t]*[%％])(?:\d{1,3}(?:\.\d{1,6})?[ \t]*[%％]|\d{1,3}(?:\.\d{1,3})?[ \t]*[x×][ \t]*10\^?[-−]?\d{1,2})(?![ \t]*(?:未満|以下))/g;

/** A level that is the assay's limit, not a measure: "検出感度 0.001%", "＜0.0032%". */
const LIMIT_BEFORE = /(?:感度|限界|LOD|[<＜≦≤])[ \t（(：:]{0,3}$/;

/**
 * A monitored fusion or MRD course on the item's line, a measured level before the negative that
 * decided it ("BCR-ABL1 IS：2024/10 12%、2025/7 0.05%、2026/1 検出せず", "BCR-ABL1は0.0032%まで低下し、その後
 * 検出感度以下", "NPM1 MRD：0.5%→0.01%→陰性"): the transcript was found then, and is not now (decisions
 * 20, 30 and 73). The stretch runs from the item to the next item or the sentence's end (at most
 * 160 characters); a level read as the assay's limit ("感度 0.001%", "＜0.0032%") is none.
 */
export function measuredBeforeNegative(
  text: string,
  item: Span,
  items: readonly Span[],
  word: ResultWord,
  shareMeasure: RegExp,
): boolean {
  if (word.start < item.end || word.start - item.end > 160) return false;
  const next = items.find((it) => it.start >= item.end && it.start < word.start);
  if (next) return false;
  const stretch = text.slice(item.end, word.start);
  if (/[。\n]/.test(stretch)) return false;
  // (Nor a FISH share on the line, named before the item, in it or after it: "FISH（ROS1）：陽性細胞 6%
  // （陰性）", "ROS1 FISH：分離シグナル 3%（陰性）".)
  const from = Math.max(lineStartOf(text, item.start), item.start - 40);
  if (shareMeasure.test(text.slice(from, word.start))) return false;
  MEASURED_LEVEL.lastIndex = 0;
  for (let m = MEASURED_LEVEL.exec(stretch); m; m = MEASURED_LEVEL.exec(stretch)) {
    if (!LIMIT_BEFORE.test(stretch.slice(Math.max(0, m.index - 8), m.index))) return true;
  }
  return false;
}
