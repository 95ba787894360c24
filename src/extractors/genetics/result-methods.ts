import type { Span } from '../../core/types.js';
import { testWord } from './note-lines.js';
import type { CompiledGeneticsRules, CompiledMethods } from './rules.js';
import { findResults, findResultsIn, type ResultWord } from './status.js';

/**
 * The method readers of both languages (vocab `protein_methods`, `dna_methods`, `method_links`;
 * rules.ts `CompiledMethods`). The phenomenon is one: a result attributed to a protein method
 * (IHC, D5F3, SP384) is no DNA finding; a DNA/RNA result of the same gene (FISH, RT-PCR, NGS) is
 * the finding. Where the method stands differs by word order, and so does the reader:
 * - English (`linked`): before its result or after it, through a link ("positive by IHC",
 *   "negative (FISH)", "FISH showed no rearrangement"); a sentence's protein results give way to
 *   its DNA results here (`withoutProteinResults`, `dnaResultLater`).
 * - Japanese (`lead`): always right before its result ("IHC陽性、FISHで陰性"), read per item by
 *   generic.ts `methodResult` with `resultMethod` below.
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
    if (testWord(methods.dna, lead)) return 'dna';
    return testWord(methods.protein, lead) ? 'protein' : null;
  }
  const phrase = methodPhrase(text, word, rules);
  if (phrase === null) return null;
  return methods.dna.test(phrase) ? 'dna' : 'protein';
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
  if (dna.length === 0) return [...results];
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
