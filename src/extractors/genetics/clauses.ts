/**
 * Where the words about one item begin and end: a line that continues the one above (wrapped
 * text, a bullet's second line), sentences rejoined across wrapped lines, clause bounds, and the
 * list or bracket an item sits in. Separate from the extractor because every decision (whose
 * result, which class, which origin) is read within these bounds.
 */
import { countBefore } from '../../core/bisect.js';
import type { AnalyzedNote, Sentence, Span } from '../../core/types.js';
import { GENE_KEY_ROW, type Item } from './items.js';
import { GENE_LABEL_LINE, lineEndOf, lineOf, lineStartOf, testWord } from './note-lines.js';
import type { CompiledLayout } from './rules.js';

/**
 * Whether the prose of the line above wraps into the line starting at `lineStart` (a
 * reference's result may be written there). Only lines of prose length: each reference reads
 * them once, so a note of long lines stays linear.
 */
export function wrapsIntoLine(text: string, lineStart: number, layout: CompiledLayout): boolean {
  if (lineStart === 0) return false;
  if (lineStart - 1 - lineStartOf(text, lineStart - 1) > 400) return false;
  const ahead = text.slice(lineStart, lineStart + 401);
  if (ahead.length > 400 && !ahead.includes('\n')) return false;
  return continuesLine(text, lineStart - 1, layout);
}

interface Clause extends Span {
  readonly section: string | null;
}

/** Clauses of the analysed sentences: split further at line breaks, semicolons and contrasts. */
export function clauses(text: string, analyzed: AnalyzedNote, layout: CompiledLayout): Clause[] {
  const clauseBreak = layout.clauseBreak;
  const out: Clause[] = [];
  const loneLines = new Map<number, boolean>();
  for (const sentence of joinWrapped(text, analyzed.sentences, layout)) {
    let start = sentence.start;
    const body = text.slice(sentence.start, sentence.end);
    const breaks: number[] = [];
    for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
      if (
        (!continuesLine(body, i, layout) && !wrappedTableCell(text, sentence.start + i)) ||
        geneLabelOverRow(text, sentence.start + i)
      ) {
        breaks.push(i);
      }
    }
    clauseBreak.lastIndex = 0;
    for (let m = clauseBreak.exec(body); m; m = clauseBreak.exec(body)) {
      if (!bracketedSemicolon(body, m.index, m[0])) breaks.push(m.index);
    }
    const lone = layout.loneLineJoint;
    if (lone) {
      lone.lastIndex = 0;
      for (let m = lone.exec(body); m; m = lone.exec(body)) {
        const at = sentence.start + m.index;
        if (loneLine(text, at, lone, loneLines)) breaks.push(m.index + m[0].search(/\S/));
      }
    }
    for (const b of [...new Set(breaks)].sort((x, y) => x - y)) {
      const end = sentence.start + b;
      if (end > start) out.push({ start, end, section: sentence.section });
      start = end + 1;
    }
    if (sentence.end > start) out.push({ start, end: sentence.end, section: sentence.section });
  }
  return withAlleleReferences(text, withContinuingCalls(text, out, layout.continuingCall), layout);
}

/**
 * Whether the line holding `at` is a lone line for `joint`: neither the line above nor the one
 * below carries it, nor does a single word open it before the joint (then it parts the line's
 * entries; on a table's rows it joins cells). Each
 * line is judged once (`seen`, by line start), so a long run of joints stays linear.
 */
function loneLine(text: string, at: number, joint: RegExp, seen: Map<number, boolean>): boolean {
  const start = lineStartOf(text, at);
  const known = seen.get(start);
  if (known !== undefined) return known;
  const end = lineEndOf(text, at);
  const near = (from: number, to: number) => {
    const re = new RegExp(joint.source, joint.flags.replace('g', ''));
    return from < to && re.test(text.slice(from, to));
  };
  const above = start > 0 ? near(lineStartOf(text, start - 1), start - 1) : false;
  const below = end < text.length ? near(end + 1, lineEndOf(text, end + 1)) : false;
  // (A line opened by a cell of one word is a row: "KRAS | not detected", "NRAS | codon 12/13 |
  // exon 2-4 | not detected".)
  const first = new RegExp(joint.source, joint.flags.replace('g', '')).exec(text.slice(start, end));
  const rowHead = first !== null && !/\S\s+\S/.test(text.slice(start, start + first.index).trim());
  const lone = !above && !below && !rowHead;
  seen.set(start, lone);
  return lone;
}

/**
 * A clause opened by one allele of repeat sizes told in the clause before it ("HTT CAG repeat
 * sizes 41 and 17. The 41-repeat allele is in the full-penetrance range") joins that clause,
 * across the full stop or line: its call is the gene's result (layout `allele_references`).
 */
function withAlleleReferences(text: string, all: Clause[], layout: CompiledLayout): Clause[] {
  if (all.length < 2) return all;
  const out: Clause[] = [all[0]!];
  for (const clause of all.slice(1)) {
    const last = out[out.length - 1]!;
    // (Only right after it, a blank line or none between.)
    const gap = text.slice(last.end, clause.start);
    if (
      last.end <= clause.start &&
      !/\n[ \t]*\n/.test(gap) &&
      /\d/.test(text.slice(last.start, last.end)) &&
      layout.alleleReference.test(text.slice(clause.start, clause.start + 80))
    ) {
      out[out.length - 1] = { ...last, end: clause.end };
    } else out.push(clause);
  }
  return out;
}

/**
 * A clause that is only a confirmatory test's call ("HER2 IHC 2+; FISH negative", "… (2+).
 * Reflex ISH: not amplified") joins the clause before it on the same line: the call is that
 * gene's result (layout `continuing_calls`).
 */
function withContinuingCalls(text: string, all: Clause[], call: RegExp | null): Clause[] {
  if (call === null || all.length < 2) return all;
  const out: Clause[] = [all[0]!];
  for (const clause of all.slice(1)) {
    const last = out[out.length - 1]!;
    const sameLine = last.end <= clause.start && !text.slice(last.end, clause.start).includes('\n');
    // (A call told with its test and measurements runs longer: " Dual-probe ISH performed on the
    // biopsy: ratio 1.4, 3.0 signals/cell, so no amplification".)
    if (sameLine && call.test(text.slice(clause.start, clause.start + 120))) {
      out[out.length - 1] = { ...last, end: clause.end };
    } else out.push(clause);
  }
  return out;
}

/**
 * A semicolon inside a short bracket joins an aside, not two clauses: "pt's mother (proband;
 * endometrial cancer at 52) carries MSH6 …", "AR T878A (c.2632A>G; legacy T877A) 1.2%, Tier II".
 * (Bounded look either side, so this stays linear.)
 */
export function bracketedSemicolon(body: string, at: number, mark: string): boolean {
  if (mark !== ';' && mark !== '；') return false;
  const before = body.slice(Math.max(0, at - 40), at);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0 || /[)）\n]/.test(before.slice(open))) return false;
  // (Prose after it: "(K15;R12)", a fusion's breakpoint codes, stays as written. Japanese
  // takes no space after it, "（p.L2092Pfs*7；旧名称 6503delTT）", whose "；" is ";" once folded.)
  // (Nor a fusion's breakpoint codes glued to Japanese, "融合遺伝子（K15;R12）　エビデンスレベルA": one
  // aside, not two clauses. An English "(K15;R12)" keeps its break.)
  if (
    /^[A-Za-z]{1,4}\d{1,3}\s?[)）]/.test(body.slice(at + 1, at + 12)) &&
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(before.charAt(open - 1))
  )
    return true;
  return /^(?:\s|(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))[^()（）\n;；]{0,60}[)）]/u.test(
    body.slice(at + 1, at + 63),
  );
}

/** The sentence with a bracketed aside's semicolon read as a comma (ConText stops at ";"). */
export function asideJoined<T extends { readonly text: string }>(sentence: T): T {
  const text = sentence.text;
  if (!/[;；]/.test(text)) return sentence;
  const joined = text.replace(/[;；]/g, (mark, at: number) =>
    bracketedSemicolon(text, at, mark) ? ',' : mark,
  );
  return joined === text ? sentence : { ...sentence, text: joined };
}

/**
 * A clause names a few genes (a panel list has tens). Work per item looks at its neighbours,
 * so a pathological clause of thousands of genes is cut into runs of at most
 * `MAX_CLAUSE_MENTIONS`, which keeps the extractor linear in the length of any input.
 */
const MAX_CLAUSE_MENTIONS = 48;

export function boundedClauses(all: readonly Clause[], mentions: readonly Span[]): Clause[] {
  const starts = mentions.map((m) => m.start).sort((a, b) => a - b);
  const out: Clause[] = [];
  let i = 0;
  for (const clause of all) {
    while (i < starts.length && starts[i]! < clause.start) i += 1;
    let j = i;
    while (j < starts.length && starts[j]! < clause.end) j += 1;
    if (j - i <= MAX_CLAUSE_MENTIONS) {
      out.push(clause);
      continue;
    }
    let from = clause.start;
    for (let k = i + MAX_CLAUSE_MENTIONS; k < j; k += MAX_CLAUSE_MENTIONS) {
      out.push({ ...clause, start: from, end: starts[k]! });
      from = starts[k]!;
    }
    out.push({ ...clause, start: from });
  }
  return out;
}

/** Sentences the splitter cut at a wrapped line ("No BRCA1/2,\nPALB2 or AKT1 alterations"). */
function joinWrapped(
  text: string,
  sentences: readonly Sentence[],
  layout: CompiledLayout,
): Sentence[] {
  const out: Sentence[] = [];
  // The tokens of the sentence being joined, grown in place (a long run of wrapped lines is
  // not copied again at each line).
  let joinedTokens: Sentence['tokens'][number][] | null = null;
  for (const sentence of sentences) {
    const last = out.at(-1);
    const between = last ? text.slice(last.end, sentence.start) : '';
    if (last && /^\s*$/.test(between) && between.includes('\n')) {
      const joined = text.slice(last.start, sentence.end);
      const newline = last.end - last.start + between.indexOf('\n');
      if (
        !geneLabelOverRow(text, last.end + between.indexOf('\n')) &&
        (continuesLine(joined, newline, layout) ||
          wrappedTableCell(text, last.end + between.indexOf('\n')))
      ) {
        joinedTokens ??= [...last.tokens];
        for (const token of sentence.tokens) joinedTokens.push(token);
        out[out.length - 1] = { ...last, end: sentence.end, text: joined, tokens: joinedTokens };
        continue;
      }
    }
    joinedTokens = null;
    out.push(sentence);
  }
  return out;
}

/** A line opening with a measurement: "6.1 copies/cell", "33% (Tier II)", "12 copies". */
export const MEASUREMENT_OPENING =
  /^[ \t]*\d{1,4}(?:\.\d+)?[ \t]*(?:%|(?:copies|copy|signals?)\b)/i;

/** The joined sentences (`joinWrapped`) of an analysed note, only those the splitter had cut. */
const rejoinedOf = new WeakMap<AnalyzedNote, Sentence[]>();

/**
 * The part of a sentence the splitter cut at a wrapped line, joined again, inside `bounds` (a
 * clause, or the sentence's whole when `bounds` is a mention); undefined where the splitter's own
 * sentence holds `bounds` whole. The clauses are cut from the joined sentences, but ConText's own
 * sentence (`clip`, `assert`) is the splitter's: a relative opening the line above would be lost
 * ("His daughter (44) was tested in\n2024 and is negative for the familial variant", cut before
 * "2024"; "Her sister, tested elsewhere in\nMay 2021, carries BRCA1 c.68_69del").
 */
export function rejoinedSentence(
  text: string,
  analyzed: AnalyzedNote,
  layout: CompiledLayout,
  bounds: Span,
  whole = false,
): Sentence | undefined {
  let rejoined = rejoinedOf.get(analyzed);
  if (!rejoined) {
    const own = new Set(analyzed.sentences);
    rejoined = joinWrapped(text, analyzed.sentences, layout).filter((s) => !own.has(s));
    rejoinedOf.set(analyzed, rejoined);
  }
  if (rejoined.length === 0) return undefined;
  const list = rejoined;
  const i = countBefore(list.length, (k) => list[k]!.start <= bounds.start) - 1;
  const sentence = i >= 0 ? list[i] : undefined;
  if (!sentence || sentence.end < bounds.end) return undefined;
  if (whole) return sentence;
  const start = Math.max(sentence.start, bounds.start);
  const end = Math.min(sentence.end, bounds.end);
  const tokens = sentence.tokens;
  const from = countBefore(tokens.length, (k) => tokens[k]!.start < start);
  const to = countBefore(tokens.length, (k) => tokens[k]!.start < end);
  return {
    ...sentence,
    start,
    end,
    text: text.slice(start, end),
    tokens: tokens.slice(from, to).filter((t) => t.end <= end),
  };
}

/**
 * Whether the line after the break at `newline` is a heading of gene symbols alone over a row
 * indented under it: it heads rows of its own ("    No mutation detected\nNRAS\n    No mutation
 * detected"), not the wrapped end of the line above.
 */
function geneLabelOverRow(text: string, newline: number): boolean {
  const afterEnd = text.indexOf('\n', newline + 1);
  if (afterEnd < 0 || afterEnd - newline > 80) return false;
  const after = text.slice(newline + 1, afterEnd);
  if (!GENE_LABEL_LINE.test(after)) return false;
  const belowEnd = text.indexOf('\n', afterEnd + 1);
  const below = text.slice(
    afterEnd + 1,
    belowEnd < 0 ? Math.min(text.length, afterEnd + 400) : belowEnd,
  );
  const indent = (line: string) => line.length - line.trimStart().length;
  return below.trim() !== '' && indent(below) > indent(after);
}

/**
 * A line break inside wrapped prose ("No BRCA1/2,\nPALB2 or AKT1 alterations") joins; one that
 * starts a bullet, a "Label:" row or a table row, or ends a finished line, separates.
 */
export function continuesLine(body: string, newline: number, layout: CompiledLayout): boolean {
  const before = body.slice(body.lastIndexOf('\n', newline - 1) + 1, newline);
  const nextEnd = body.indexOf('\n', newline + 1);
  const after = body.slice(newline + 1, nextEnd < 0 ? body.length : nextEnd);
  if (wrappedTableCell(body, newline)) return true;
  if (/[|\t]/.test(before) || /[|\t]/.test(after)) return false;
  // A Japanese label line and the result that opens the next non-empty line are one ("ALK融合遺伝子
  // \n　陰性", "【MET遺伝子増幅】\n\n判定：（－）"), as a label and its result on one line.
  if (labelOverResult(body, newline, layout)) return true;
  // Rows of aligned columns ("18     G719X        Not detected") are rows, not wrapped prose.
  if (/\S {3,}\S/.test(before) && /\S {3,}\S/.test(after)) return false;
  // Prose wrapped mid-sentence: the next line goes on in lower case ("…14\nand 18 wild type").
  // (Not a shorthand with a lower-case prefix that opens a row: "gBRCA1/2：陰性", "mCRPC".)
  if (/^[a-z](?![A-Z])/.test(after) && !/[.:;]\s*$/.test(before)) return true;
  // A hanging indent goes on too: a timeline entry wrapped under its own text ("  2019  …
  // ALK and ROS1\n        negative by FISH"), also over several lines at that indent.
  const indent = (line: string) => line.length - line.trimStart().length;
  // (Or at the text column of the bullet above: "- Tumour (…): BRCA2 …\n  (germline …); PTEN
  // homozygous\n  deletion (Tier IIB)".)
  const hanging =
    indent(after) > indent(before) ||
    (indent(after) >= 4 && indent(after) === indent(before)) ||
    (indent(after) >= 2 &&
      indent(after) === indent(before) &&
      bulletTextColumn(body, newline) === indent(after));
  if (/^\s*[a-z](?![A-Z])/.test(after) && hanging && !/[.:;]\s*$/.test(before)) return true;
  // A line cut inside a list or phrase continues ("No BRCA1/2,\nPALB2 or AKT1 alterations",
  // "TP53 c.659A>G,\n   p.(Tyr220Cys)", "…を検出し、\nPathogenic と報告"), unless the next line is a
  // bullet or a numbered item.
  // (Not a dash standing alone as a Japanese row's value: "エビデンスレベル －".)
  const loneDash =
    /\s-\s*$/.test(before) &&
    /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(before);
  if (jaRowContinues(body, newline, layout)) return true;
  // A fusion cut at its joint, the joint glued to the second gene at the next line's start
  // ("…：FGFR2\n-BICC1 融合"), as "EML4-\nALK" below: a bullet is set off by a space.
  if (
    /[A-Z][A-Z0-9]{1,9}$/.test(before) &&
    /^(?:-|–|::)[A-Z][A-Z0-9]{1,9}(?![A-Za-z0-9])/.test(after)
  )
    return true;
  const cut =
    !loneDash &&
    /(?:[,、，/(&-]|\b(?:and|or|of|in|for|with|the|a|no|not|including))\s*$/i.test(before);
  if (cut && !/^\s*(?:[-*•・●■◆【]|\d+[.)]\s)/.test(after)) return true;
  // A result alone after a dash that wrapped onto the next line is the line above's ("EGFR
  // T790M and C797S\n- not detected."), not a bullet of its own, which would name something.
  if (layout.resultAfterDash.test(after) && !/[.:;]\s*$/.test(before)) return true;
  // A measurement wrapped onto the next line belongs to what the line above names ("… mean
  // HER2\n6.1 copies/cell - amplified", "TP53 p.R273C\n   33% (Tier II)"): a number with its
  // unit or a per cent opens no row of its own (a numbered item is "2. …" or "2) …").
  if (MEASUREMENT_OPENING.test(after) && !/[.:;,]\s*$/.test(before)) return true;
  // A row of aligned columns ("  BRIP1   c.2220G>T   Heterozygous   Uncertain Significance")
  // is finished when the next line opens a line of its own at the margin ("Negative (…): BRCA1,
  // …"): a wrapped cell keeps to its column.
  if (/\S {3,}\S+ {3,}\S/.test(before) && /^[A-Z]/.test(after)) return false;
  if (geneLabelOverRow(body, newline)) return false;
  // A row of its own: indented, a bullet, a number, or "Label: value".
  if (/^(?:\s{2,}|\s*(?:[-*•・●■◆]|\d+[.)]\s|[^:：\n]{1,40}[:：]\s*\S))/.test(after)) return false;
  // A short "Label: value" row is finished; a long line ending in a lower-case word wraps.
  if (/^[^:：\n]{1,40}[:：]\s*\S/.test(before) && before.length < 70) return false;
  return /[a-z]\s*$/.test(before);
}

/**
 * A pipe table's cell wrapped onto the next line in the middle of its words ("EGFR｜エクソン19⏎欠失｜25%",
 * "CDKN2A｜ホモ接合性⏎欠失｜－｜－"): the row above has as many cells as the two parts make joined, and
 * the next line opens with no bar of its own (ja decision 51: a result split over lines is one).
 */
export function wrappedTableCell(body: string, newline: number): boolean {
  const cut = body.lastIndexOf('\n', newline - 1);
  if (cut < 0) return false;
  const before = body.slice(cut + 1, newline);
  const nextEnd = body.indexOf('\n', newline + 1);
  const after = body.slice(newline + 1, nextEnd < 0 ? body.length : nextEnd);
  if (!/[|｜]/.test(before) || !/[|｜]/.test(after) || /^[ \t　]*[|｜]/.test(after)) return false;
  if (before.length > 200 || after.length > 200) return false;
  const above = body.slice(body.lastIndexOf('\n', cut - 1) + 1, cut);
  const cells = (line: string) => line.split(/[|｜]/).length;
  const whole = cells(above);
  return (
    above.length <= 200 &&
    cells(before) < whole &&
    cells(before) + cells(after) - 1 === whole &&
    /[^|｜\s]$/.test(before.trimEnd()) &&
    /^[ \t　]*[^|｜\s]/.test(after)
  );
}

/**
 * A Japanese row continued on the next line, indented under it: a line cut after a particle
 * ("…エクソン20挿入は\n　いずれも陰性。", layout `ja_cut_line_particles`), or an item's line with no
 * close whose result opens the next line ("…：エクソン19欠失\n　陽性。", "BRCA1：c.5266dup（…）\n
 * 　検出（病的）"; layout `ja_label_line_results`).
 */
export function jaRowContinues(body: string, newline: number, layout: CompiledLayout): boolean {
  if (!layout.jaCutLine || !layout.jaLabelLineResult) return false;
  const before = body.slice(body.lastIndexOf('\n', newline - 1) + 1, newline);
  const nextEnd = body.indexOf('\n', newline + 1);
  const after = body.slice(newline + 1, nextEnd < 0 ? body.length : nextEnd);
  if (before.trim() === '' || /[。.:：;；]\s*$/.test(before)) return false;
  // A sentence wrapped at the margin right after its topic's particle, its result opening the next
  // line ("EGFR遺伝子変異は⏎陰性であった。", "BRCA1およびBRCA2に病的バリアントは⏎検出されませんでした。"): one sentence.
  if (
    /^[^\s　]/.test(after) &&
    layout.jaCutLine.test(before) &&
    /[はもが][ \t　]*$/.test(before) &&
    layout.jaLabelLineResult.test(after)
  )
    return true;
  if (!/^[ \t　]+\S/.test(after) || /^[ \t　]*(?:[-*•・●■◆【※]|\d+[.)]\s)/.test(after))
    return false;
  // (The next line is no row of its own: "Label：value".)
  if (/^[^:：\n]{1,20}[:：]/.test(after)) return false;
  return layout.jaCutLine.test(before) || layout.jaLabelLineResult.test(after);
}

/**
 * Whether the break at `newline` sits between a Japanese label line and its result on the next
 * non-empty line (layout `jaLabelLine`, `jaLabelLineResult`), at most one blank line between.
 */
function labelOverResult(body: string, newline: number, layout: CompiledLayout): boolean {
  const label = layout.jaLabelLine;
  const result = layout.jaLabelLineResult;
  if (!label || !result) return false;
  let aboveStart = body.lastIndexOf('\n', newline - 1) + 1;
  let above = body.slice(aboveStart, newline);
  if (above.trim() === '' && aboveStart > 0) {
    const end = aboveStart - 1;
    aboveStart = body.lastIndexOf('\n', end - 1) + 1;
    above = body.slice(aboveStart, end);
  }
  if (above.length > 60 || !label.test(above)) return false;
  let belowEnd = body.indexOf('\n', newline + 1);
  if (belowEnd < 0) belowEnd = body.length;
  let below = body.slice(newline + 1, belowEnd);
  if (below.trim() === '' && belowEnd < body.length) {
    const next = body.indexOf('\n', belowEnd + 1);
    below = body.slice(belowEnd + 1, next < 0 ? body.length : next);
  }
  return below.length <= 200 && result.test(below);
}

/**
 * Where the result line under a Japanese label line ending at `lineEnd` starts (`labelOverResult`),
 * past at most one blank line; null where the line is no such label.
 */
export function labelResultLineStart(
  text: string,
  lineEnd: number,
  layout: CompiledLayout,
): number | null {
  if (lineEnd - lineStartOf(text, lineEnd) > 60) return null;
  const body = text.slice(lineStartOf(text, lineEnd), Math.min(text.length, lineEnd + 400));
  const newline = lineEnd - lineStartOf(text, lineEnd);
  if (!labelOverResult(body, newline, layout)) return null;
  const next = text.indexOf('\n', lineEnd + 1);
  return next >= 0 && text.slice(lineEnd + 1, next).trim() === '' ? next + 1 : lineEnd + 1;
}

/**
 * The text column of the bullet whose item the line ending at `newline` continues ("- Tumour:"
 * → 2), walking up over lines at that indent (at most a few); -1 when there is none.
 */
function bulletTextColumn(body: string, newline: number): number {
  let end = newline;
  let column = -1;
  for (let i = 0; i < 8 && end > 0; i += 1) {
    const start = body.lastIndexOf('\n', end - 1) + 1;
    const line = body.slice(start, end);
    const bullet = /^(\s*(?:[-*•]|\d{1,2}[.)])\s+)\S/.exec(line);
    if (bullet) return column < 0 || bullet[1]!.length === column ? bullet[1]!.length : -1;
    const own = line.length - line.trimStart().length;
    if (line.trim() === '' || (column >= 0 && own !== column)) return -1;
    column = own;
    if (start === 0) return -1;
    end = start - 1;
  }
  return -1;
}

/**
 * Where the list that an item continues starts: "KRAS G12V、TP53 R175H" read from TP53 is "KRAS
 * G12V" (items one after another, with only a list mark between).
 */
export function listStart(text: string, item: Item, items: readonly Item[]): number {
  let start = item.start;
  // (A list of at most a few dozen: each step takes the item ending last before the start.)
  for (let step = 0; step < 32; step++) {
    let prev: Item | null = null;
    for (const p of items) if (p.end <= start && (prev === null || p.end > prev.end)) prev = p;
    if (prev === null || !/^\s*[、,・/]\s*$/.test(text.slice(prev.end, start))) break;
    start = prev.start;
  }
  return start;
}

/** Where the plain list of genes that an item opens or continues ends ("BRCA1 or BRCA2"). */
export function listEnd(text: string, item: Item, items: readonly Item[]): number {
  let end = item.end;
  for (const next of items) {
    if (next.start < end) continue;
    if (
      next.what !== 'gene' ||
      !/^\s*(?:,|\/|and|or|&)?\s*(?:and|or)?\s*$/i.test(text.slice(end, next.start))
    )
      break;
    end = next.end;
  }
  return end;
}

/** Where the bracket holding an item opens, within its clause and a short reach; else null. */
export function bracketOpening(text: string, clause: Span, item: Span): number | null {
  const from = Math.max(clause.start, item.start - 80);
  const lead = text.slice(from, item.start);
  const open = Math.max(lead.lastIndexOf('('), lead.lastIndexOf('（'));
  if (open < 0 || /[)）]/.test(lead.slice(open))) return null;
  return from + open;
}

/**
 * A gene inside a bracketed list of two or more gene symbols (and nothing else) that opens right
 * after a test noun ("melanoma panel (CDKN2A, CDK4, BAP1)"), the bracket closing before `before`
 * (the result word).
 */
export function coverageList(
  text: string,
  clause: Span,
  item: Span,
  before: number,
  layout: CompiledLayout,
): boolean {
  const open = bracketOpening(text, clause, item);
  if (open === null) return false;
  const close = text.slice(item.end, Math.min(before, item.end + 120)).search(/[)）\]]/);
  if (close < 0) return false;
  const inside = text.slice(open + 1, item.end + close);
  return (
    /^\s*[A-Z][A-Za-z0-9-]*(?:\s*(?:,|\/|;|&|\band\b|\bor\b)\s*[A-Z][A-Za-z0-9-]*)+\s*$/.test(
      inside.replace(/,?\s+(?:and|or)\s+/g, ', '),
    ) && layout.testNounBracket.test(text.slice(Math.max(0, open - 30), open + 1))
  );
}

/** An aside opened within a few words after `from`, with no gene in it, holding a not_tested word. */
export function notDoneAside(
  text: string,
  from: number,
  genes: readonly { start: number }[],
  notTested: RegExp,
): boolean {
  const m = NEAR_ASIDE.exec(text.slice(from, from + 120));
  if (!m) return false;
  const start = from + m.index + m[0].length - m[1]!.length;
  const end = start + m[1]!.length;
  if (genes.some((g) => g.start >= start && g.start < end)) return false;
  return testWord(notTested, m[1]!);
}

/**
 * An aside after at most six words of the same phrase on the same line (the rest of a list,
 * "or ROS1 fusion seen"): its inside is group 1.
 */
// (Each word is closed by its spaces, so a word is never split: no backtracking.)
const NEAR_ASIDE = /^[ \t,]*(?:[A-Za-z0-9/-]+[ \t,]+){0,6}\(([^()\n]{1,80})\)/;

/** Line spans worth searching for class words: lines with a gene or variant, or an exon. */
export function eventLines(
  text: string,
  mentions: readonly Span[],
  layout: CompiledLayout,
): Span[] {
  const spans: Span[] = [];
  const add = (offset: number) => {
    const start = lineStartOf(text, offset);
    if (spans.at(-1)?.start === start) return;
    const end = lineEndOf(text, offset);
    // Prose wrapped after the gene ("HER2\nnot amplified", "CDKN2A/B homozygous\ndeletion")
    // goes on with its class word on the next line.
    const wrapped = end < text.length && continuesLine(text, end, layout);
    spans.push({ start, end: wrapped ? lineEndOf(text, end + 1) : end });
  };
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const added = spans.length;
    add(m.start);
    // The indented call row under an ISH block's measure row ("　平均HER2コピー数 9.8/核⏎　判定：
    // 増幅あり") holds that measurement's class word. (Once a line: the line's end is known.)
    const next = spans.length > added ? spans.at(-1)!.end + 1 : text.length;
    const callRow =
      next < text.length ? layout.jaIshCallRow.exec(text.slice(next, next + 24)) : null;
    if (callRow) add(next);
    // (A key row of empty cells, "判定｜｜", has its call on the line after it.)
    if (callRow?.[0].includes('\n')) add(next + callRow[0].length);
    // A "Gene: CDKN2A" / "Gene ....... CDKN2A" row heads a block whose rows describe that gene
    // ("Type ....... copy number 0 (homozygous loss)"): their class words count too.
    if (!GENE_KEY_ROW.test(lineOf(text, m.start))) continue;
    for (let at = lineEndOf(text, m.start) + 1, rows = 0; at < text.length && rows < 6; rows += 1) {
      const line = lineOf(text, at);
      if (line.trim() === '' || GENE_KEY_ROW.test(line)) break;
      add(at);
      at = lineEndOf(text, at) + 1;
    }
  }
  for (const m of text.matchAll(/exon|エクソン|エキソン|ex\s?\d/gi)) add(m.index);
  spans.sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start);
}
