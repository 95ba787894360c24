import type { Span } from '../../core/types.js';
import {
  lineIndex,
  lineMemoFor,
  lineOf,
  lineStartOf,
  spansWithin,
  testWord,
} from './note-lines.js';
import type { CompiledGeneticsRules, CompiledMethods } from './rules.js';
import { findResults, findResultsIn, type ResultWord } from './status.js';
import { cellIndexAt, cellsOf } from './tables.js';

/**
 * The method readers of both languages (vocab `protein_methods`, `dna_methods`, `method_links`;
 * rules.ts `CompiledMethods`). The phenomenon is one: a result attributed to a protein method
 * (IHC, D5F3, SP384) is no DNA finding; a DNA/RNA result of the same gene (FISH, RT-PCR, NGS) is
 * the finding. Where the method stands differs by word order, and so does the reader:
 * - English (`linked`): before its result or after it, through a link ("positive by IHC",
 *   "negative (FISH)", "FISH showed no rearrangement"); a sentence's protein results give way to
 *   its DNA results here (`withoutProteinResults`, `dnaResultLater`).
 * - Japanese (`lead`): right before its result ("IHC陽性、FISHで陰性", on a line of its own under the
 *   item, "ALK融合遺伝子\nIHC：陽性"), in a bracket right after it ("陽性（IHC）"), or heading its
 *   table column; read per item by generic.ts `methodResult` with `resultMethod` below.
 */

/** How far before a result a `lead` method is read ("FISHで", "IHC 弱", "-IHC（D5F3）"). */
const METHOD_LEAD = 16;

/** The `linked` reader's rules, or null (no methods, or Japanese word order). */
function linkedMethods(
  rules: CompiledGeneticsRules,
): Extract<CompiledMethods, { order: 'linked' }> | null {
  return rules.methods?.order === 'linked' ? rules.methods : null;
}

/**
 * The method a result word is attributed to: "positive by IHC", "IHC (D5F3): positive",
 * "negative (IHC)", "IHC陽性" are protein results; "negative by FISH", "FISH showed no
 * rearrangement", "not detected by RNA NGS", "FISHで陰性" DNA ones. A phrase naming both ("by IHC
 * and FISH", "IHC法・FISH法ともに陽性") is a DNA result. Null: no method named next to it. `from`:
 * (`lead` order) where the text the method is read in starts, the end of the result before.
 */
export function resultMethod(
  text: string,
  word: ResultWord,
  rules: CompiledGeneticsRules,
  from = 0,
): 'protein' | 'dna' | null {
  const methods = rules.methods;
  if (methods === null) return null;
  if (methods.order === 'lead') {
    // (Not one named further back: "(… Break Apart FISH, 2022)　…著変なし".)
    const lead = text.slice(Math.max(from, word.start - METHOD_LEAD), word.start);
    return (
      methodNamed(lead, methods) ??
      methodNamed(trailingMethod(text, word)?.text ?? '', methods) ??
      columnMethod(text, word, methods)
    );
  }
  const phrase = methodPhrase(text, word, rules);
  const method = phrase ?? columnMethodName(text, word, rules);
  if (method === null) return null;
  return methods.dna.test(method) ? 'dna' : 'protein';
}

/** Which method a stretch of text names, the DNA one where it names both. */
function methodNamed(
  text: string,
  methods: Extract<CompiledMethods, { order: 'lead' }>,
): 'protein' | 'dna' | null {
  if (text === '') return null;
  if (testWord(methods.dna, text)) return 'dna';
  return testWord(methods.protein, text) ? 'protein' : null;
}

/**
 * A bracket right after a result word ("陽性（IHC）、陰性（FISH）", "陽性（IHC法）"): the text that
 * may name the result's method (\`lead\` order), and where it ends; the next result's method is
 * read after it. Null: no bracket there.
 */
export function trailingMethod(
  text: string,
  word: ResultWord,
): (Span & { readonly text: string }) | null {
  const m = /^[ \t　]{0,2}[（(]([^（）()\n]{1,30})[）)]/.exec(text.slice(word.end, word.end + 40));
  return m ? { start: word.end, end: word.end + m[0].length, text: m[1]! } : null;
}

/**
 * A result in a table cell under a column headed by a method ("検査項目｜IHC｜FISH" over
 * "ALK融合遺伝子｜陽性｜陰性"): the method of the header cell over it, read on the nearest row
 * above, in the same table and split into as many cells, whose cell there names one.
 */
function columnMethod(
  text: string,
  word: ResultWord,
  methods: Extract<CompiledMethods, { order: 'lead' }>,
): 'protein' | 'dna' | null {
  return fromColumnHeader(text, word, (cell) => methodNamed(cell, methods));
}

/**
 * The first cell above a result word's table cell, in its column, that `accept` turns into a
 * value (up to 16 rows up, through rows of the same number of cells), or null: how a column
 * header names the method of every result under it.
 */
function fromColumnHeader<T>(
  text: string,
  word: ResultWord,
  accept: (cell: string) => T | null,
): T | null {
  const own = lineOf(text, word.start);
  const cells = cellsOf(own);
  if (!cells) return null;
  const column = cellIndexAt(own, word.start - lineStartOf(text, word.start));
  const { starts } = lineMemoFor(text);
  const here = lineIndex(text, word.start);
  for (let i = here - 1; i >= 0 && i >= here - 16; i -= 1) {
    const row = cellsOf(lineOf(text, starts[i]!));
    if (!row || row.length !== cells.length) return null;
    const value = accept(row[column] ?? '');
    if (value !== null) return value;
  }
  return null;
}

/**
 * The words naming the method of a result word ("by FISH", "IHC: "), or null. `heading`: only a
 * method written before its result ("FISH negative", "FISH: no rearrangement").
 */
export function methodPhrase(
  text: string,
  word: ResultWord,
  rules: CompiledGeneticsRules,
  heading = false,
): string | null {
  const methods = linkedMethods(rules);
  if (methods === null) return null;
  const after = methods.after.exec(text.slice(word.end, word.end + 60));
  if (after) return heading ? null : after[0];
  const before = methods.before.exec(text.slice(Math.max(0, word.start - 40), word.start));
  // (A method glued to a word before it is no method: "non-FISH".)
  if (!before) return null;
  if (rules.language === 'en' && /[\p{L}\p{N}]/u.test(before.input.charAt(before.index - 1)))
    return null;
  return before[0];
}

/**
 * "ALK rearrangement: positive by IHC, negative by FISH", "ROS1 positive by IHC (SP384) but
 * FISH showed no rearrangement": the protein result is no DNA finding (decision 14), so where a
 * clause also gives a DNA-level result, with no other gene named between the two, the protein
 * result is dropped and the DNA result alone decides. (A protein result alone is left to the
 * stain rules: "ALK IHC positive" gives nothing there.)
 */
export function withoutProteinResults(
  text: string,
  results: readonly ResultWord[],
  sentence: Span,
  genes: readonly {
    readonly start: number;
    readonly end: number;
    readonly genes: readonly string[];
  }[],
  rules: CompiledGeneticsRules,
): ResultWord[] {
  if (linkedMethods(rules) === null || results.length === 0) return [...results];
  const protein = results.filter((r) => resultMethod(text, r, rules) === 'protein');
  if (protein.length === 0) return [...results];
  // The DNA results of the whole sentence: a clause may end at "but" before it.
  const dna = findResultsIn(text, sentence.start, sentence.end, rules).filter(
    (r) => resultMethod(text, r, rules) === 'dna',
  );
  // (A protein column's result alone is no finding either, "Test | IHC | FISH" over "ALK |
  // positive | ": no stain rule reads a table's column.)
  // So is a stain line's under its gene's heading ("ROS1" over "immunohistochemistry: negative").
  const laidOut = (r: ResultWord) =>
    methodPhrase(text, r, rules) === null ||
    methodLineGene(text, lineStartOf(text, r.start), genes, rules)?.length === 0;
  if (dna.length === 0) return results.filter((r) => !protein.includes(r) || !laidOut(r));
  // One gene's results: no gene named between them, or only the gene named before the first
  // ("… but RNA NGS negative for ROS1 fusion" restates it).
  const sameGene = (a: ResultWord, b: ResultWord) => {
    const from = Math.min(a.end, b.end);
    const to = Math.max(a.start, b.start);
    const named = new Set(
      genes.filter((g) => g.start >= from && g.end <= to).flatMap((g) => g.genes),
    );
    if (named.size === 0) return true;
    const before = genes.filter((g) => g.end <= Math.min(a.start, b.start)).at(-1);
    return named.size === 1 && before !== undefined && before.genes.some((x) => named.has(x));
  };
  // The protein result dropped; a DNA result of its gene outside the clause (after "but", a
  // semicolon) takes its place: "ALK positive by IHC; confirmed by FISH".
  const out: ResultWord[] = [];
  for (const r of results) {
    const own = dna.filter((d) => sameGene(r, d));
    if (!protein.includes(r) || own.length === 0) out.push(r);
    else out.push(...own.filter((d) => !results.some((x) => x.start === d.start)));
  }
  return out
    .filter((r, i) => out.findIndex((x) => x.start === r.start) === i)
    .sort((a, b) => a.start - b.start);
}

/**
 * The method heading an English result's table column ("Test | IHC | FISH" over "ALK | positive |
 * negative"): the nearest row above, in the same table and split into as many cells, whose cell
 * in that column is a method alone (that cell). Null off a table, or under no method column.
 */
export function columnMethodName(
  text: string,
  word: ResultWord,
  rules: CompiledGeneticsRules,
): string | null {
  const methods = linkedMethods(rules);
  if (methods === null) return null;
  return fromColumnHeader(text, word, (cell) => (methods.cell.test(cell) ? cell : null));
}

/**
 * "ALK" or "ALK testing:" over "IHC (D5F3): positive" and "FISH: negative": a line opened by a
 * method, under a heading line of one gene with only other method lines between, is that gene's
 * result by that method. The gene for a DNA method's line, none for a protein method's (no DNA
 * finding, decision 14); null where the line is no such method line. `lineStart`: the line's.
 */
export function methodLineGene<G extends Span>(
  text: string,
  lineStart: number,
  genes: readonly G[],
  rules: CompiledGeneticsRules,
): G[] | null {
  const methods = linkedMethods(rules);
  if (methods === null) return null;
  const label = methods.label.exec(lineOf(text, lineStart));
  if (!label) return null;
  let at = lineStart;
  for (let steps = 0; steps < 6 && at >= 2; steps += 1) {
    const aboveStart = lineStartOf(text, at - 1);
    const above = text.slice(aboveStart, at - 1);
    if (above.trim() === '') return null;
    const named = spansWithin(genes, { start: aboveStart, end: at - 1 });
    const heading = methods.heading.exec(above);
    if (heading) {
      // (One gene, the heading's own: not a line of two genes, nor a word that is no gene.)
      if (named.length !== 1 || text.slice(named[0]!.start, named[0]!.end) !== heading[1])
        return null;
      return methods.dna.test(label[0]) ? [named[0]!] : [];
    }
    // (Only other method lines between, naming no gene: not another gene's line.)
    if (named.length > 0 || !methods.label.test(above)) return null;
    at = aboveStart;
  }
  return null;
}

/**
 * The method lines under a gene's heading line ("ALK testing:" over "  IHC (D5F3): positive" and
 * "  FISH: negative"), each at its first non-blank character: the lines `methodLineGene` reads.
 */
export function methodLinesUnder(
  text: string,
  gene: Span & { readonly text: string },
  rules: CompiledGeneticsRules,
): number[] {
  const methods = linkedMethods(rules);
  if (methods === null) return [];
  const heading = methods.heading.exec(lineOf(text, gene.start));
  if (!heading || heading[1] !== gene.text) return [];
  const out: number[] = [];
  let at = text.indexOf('\n', gene.end);
  for (let steps = 0; steps < 6 && at >= 0 && at + 1 < text.length; steps += 1) {
    const line = lineOf(text, at + 1);
    if (!methods.label.test(line)) break;
    out.push(at + 1 + (line.length - line.trimStart().length));
    at = text.indexOf('\n', at + 1);
  }
  return out;
}

/**
 * Whether a gene's heading line heads a DNA method's line ("ALK" over "IHC: positive" and "FISH:
 * negative"): the stain on the line under it is then no stain of the gene alone.
 */
export function headsDnaMethodLine(
  text: string,
  gene: Span & { readonly text: string },
  rules: CompiledGeneticsRules,
): boolean {
  const methods = linkedMethods(rules);
  if (methods === null) return false;
  return methodLinesUnder(text, gene, rules).some((at) =>
    methods.dna.test(methods.label.exec(lineOf(text, at))?.[0] ?? ''),
  );
}

/** An upper-case name right before a method: the target it probes ("EBER ISH"). */
const OTHER_TARGET = /(?:^|[^\p{L}\p{N}])[A-Z][A-Z0-9]{1,9}\s*$/u;

/**
 * A stain named right after a gene ("ALK IHC positive", "ALK (D5F3) IHC: positive") heads a DNA
 * result when the sentence goes on to one ("…, FISH negative"): the gene is then no stain alone.
 */
export function dnaResultLater(
  text: string,
  from: number,
  otherGenes: readonly Span[] | undefined,
  rules: CompiledGeneticsRules,
): boolean {
  const methods = linkedMethods(rules);
  if (methods === null || otherGenes === undefined) return false;
  // (Up to the sentence's end or the next other gene: "ALK (D5F3) IHC negative; ROS1 FISH: no
  // rearrangement" is ROS1's FISH.)
  let rest = text.slice(from, from + 120);
  const next = otherGenes.find((g) => g.start >= from && g.start < from + rest.length);
  if (next) rest = rest.slice(0, next.start - from);
  const stop = /\.(?:\s|$)|\n|。/.exec(rest);
  const sentence = stop ? rest.slice(0, stop.index) : rest;
  // (Nor a probe named for another target, no gene: "HER2 IHC 0, EBER ISH negative".)
  return findResults(sentence, rules).some((r) => {
    const phrase = methodPhrase(sentence, r, rules, true) ?? methodPhrase(sentence, r, rules);
    if (phrase === null || !methods.dna.test(phrase)) return false;
    const at = sentence.lastIndexOf(phrase, r.start);
    return at < 0 || !OTHER_TARGET.test(sentence.slice(Math.max(0, at - 12), at));
  });
}
