/**
 * How a written change is read: a collective negative for variants named before it, a codon's
 * covered alternatives ("G719X (G719A/C/S)"), another name of a variant (legacy, "also called")
 * and the HGVS it stands for. Separate because these decide which written changes are findings,
 * not their status.
 */
import type { Span } from '../../core/types.js';
import type { Item } from './items.js';
import type { GeneMention } from './lexicon.js';
import { lineEndOf, lineOf, lineStartOf, linesAbove } from './note-lines.js';
import type { CompiledGeneticsRules } from './rules.js';
import type { StatusDecision } from './status.js';
import { cellsOf } from './tables.js';
import type { VariantMention } from './variants.js';

/**
 * A sentence that only gives one result for the variants named in the sentence before it: "None
 * of the three founder variants was detected.", "Neither was found.", "All three were negative.",
 * "No mutation was found at these positions."
 * (Across at most one blank line; its own words name no gene or variant.)
 */
const COLLECTIVE_NEGATIVE =
  /^[\s.]{0,6}(?:(?:(?:none|neither)(?:\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,3}?(?:variants?|mutations?|alterations?|changes?)))?|neither\s+(?:[\w-]+\s+){0,2}?(?:variant|mutation|alteration|change))\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:detected|found|identified|present)|(?:all|both)(?:\s+(?:of\s+)?(?:them|these|those|two|three|four|five))?(?:\s+(?:variants?|mutations?))?\s+(?:were|are)\s+(?:negative|absent|not\s+detected)|no\s+(?:mutations?|variants?|alterations?|changes?)\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:detected|found|identified|present)\s+(?:at|in)\s+(?:these|those|either|both|any\s+of\s+(?:these|those|the))\s+(?:(?:two|three|four|five)\s+)?(?:positions?|codons?|sites?|loci|locus|hotspots?|variants?|residues?))(?![A-Za-z])/i;

/**
 * A named variant with no result of its own ("the founder test, which looks only for BRCA1
 * c.68_69del (185delAG) … and BRCA2 c.5946del") takes the collective negative of the sentence
 * right after its own.
 */
export function collectiveResult(
  decision: StatusDecision,
  item: Item,
  text: string,
  english: boolean,
): StatusDecision {
  if (!english || decision.status !== null || item.what !== 'variant') return decision;
  const found = collectiveAfter(text, item);
  if (!found) return decision;
  const { end, m } = found;
  const lead = /^[\s.]*/.exec(m[0])![0].length;
  return {
    status: 'absent',
    word: {
      start: end + lead,
      end: end + m[0].length,
      type: 'negative_after',
      text: m[0].slice(lead),
    },
  };
}

/**
 * The collective negative opening the sentence right after the item's own ("The assay covers KRAS
 * G12C and KRAS G12D. Neither variant was detected."), with where that sentence starts; null when
 * there is none. Bounded windows after the item. (English only, the caller checks.)
 */
export function collectiveAfter(
  text: string,
  item: Item,
): { end: number; m: RegExpExecArray } | null {
  // Where the item's sentence ends (a full stop, or a blank line), within a short reach; the
  // sentence may be wrapped over several lines.
  const stop = SENTENCE_STOP.exec(text.slice(item.end, item.end + COLLECTIVE_REACH));
  if (!stop) return null;
  const end = item.end + stop.index + (stop[0] === '.' ? 1 : 0);
  const m = COLLECTIVE_NEGATIVE.exec(text.slice(end, end + 160));
  // "None of the other variants tested was detected" is about the rest, not the ones named.
  if (!m || /(?<![A-Za-z])(?:other|remaining|additional|further)(?![A-Za-z])/i.test(m[0]))
    return null;
  return { end, m };
}

/** A full stop ending a sentence (not "c.68", "e.g. "), or a blank line. */
const SENTENCE_STOP = /(?<!\b(?:e\.g|i\.e|incl|approx|vs))\.(?=\s|$)|\n[ \t]*\n/;

/** How far after a variant the end of its sentence is looked for (characters). */
const COLLECTIVE_REACH = 300;

/**
 * "G719X (G719A/C/S)": the changes in brackets after an any-residue codon list what the assay
 * covers; the finding is the codon (one `snv`, no single `hgvs_p`), not each change.
 */
export function codonExpansion(text: string, variant: VariantMention): boolean {
  // The alternatives before this one: letters or whole changes ("G719A/C/", "G719A/G719C/"),
  // also listed with commas ("G719X (G719A, G719C, G719S)").
  const lead = /([A-Z])(\d{1,4})X\s*[(（]((?:(?:[A-Z]\d{1,4}[A-Z]|[A-Z])(?:\/|,[ \t]?))*)$/.exec(
    text.slice(Math.max(0, variant.start - 60), variant.start),
  );
  if (!lead) return false;
  const codon = /^p\.[A-Z][a-z]{2}(\d+)/.exec(variant.hgvsP ?? '')?.[1];
  return codon === lead[2] && (lead[3]!.match(/\d+/g) ?? []).every((n) => n === codon);
}

/**
 * "ＢＲＡＦ　Ｖ６００Ｅ／Ｋ（ex15）　Ｖ６００Ｋ 検出", "KRAS G12C/D/V → G12D 陽性", "BRAF（V600E/K 対象）：
 * V600K 検出": a slash group of new residues at one codon lists what the assay covers when its
 * line names one change at that codon on its own, the result. The group's other changes are
 * not findings (the one named again is, through its own mention).
 */
export function coveredAlternative(
  text: string,
  variant: VariantMention,
  variants: readonly VariantMention[],
): boolean {
  // (A change with a slash beside it: "V600E/K", "V600E／V600K". A change named alone is the
  // result only with no slash either side.)
  const inGroup = (v: Span) =>
    /^\s?[/／]/.test(text.slice(v.end, v.end + 2)) ||
    /[/／]\s?$/.test(text.slice(Math.max(0, v.start - 2), v.start));
  if (!inGroup(variant)) return false;
  const codon = /^p\.([A-Z][a-z]{2}\d+)/.exec(variant.hgvsP ?? '')?.[1];
  if (!codon) return false;
  const line = { start: lineStartOf(text, variant.start), end: lineEndOf(text, variant.end) };
  return variants.some(
    (w) =>
      w !== variant &&
      w.bare &&
      w.start >= line.start &&
      w.end <= line.end &&
      w.hgvsP !== variant.hgvsP &&
      /^p\.([A-Z][a-z]{2}\d+)/.exec(w.hgvsP ?? '')?.[1] === codon &&
      !inGroup(w),
  );
}

/**
 * A change written out in HGVS (not another legacy name) shortly before a legacy name, with no
 * other gene named between ("EGFR p.L861Q … BRCA1 carrier, legacy name 185delAG" names two).
 */
export function hgvsNamedBefore(
  legacyName: VariantMention,
  variants: readonly VariantMention[],
  genes: readonly GeneMention[],
): boolean {
  return variants.some(
    (v) =>
      v !== legacyName &&
      v.rule !== 'genetics.legacy-name' &&
      !v.bare &&
      v.end <= legacyName.start &&
      legacyName.start - v.end <= 150 &&
      !genes.some((g) => g.start >= v.end && g.end <= legacyName.start),
  );
}

/** A bare change written as another name of a variant (legacy, "also called", a promoter). */
export function isOtherName(text: string, variant: Span, rules: CompiledGeneticsRules): boolean {
  const lineStart = lineStartOf(text, variant.start);
  if (
    rules.layout.otherNameBefore.test(
      text.slice(Math.max(lineStart, variant.start - 30), variant.start),
    )
  ) {
    return true;
  }
  const row = cellsOf(lineOf(text, variant.start));
  if (!row) return false;
  const lead = text.slice(lineStart, variant.start);
  const index = lead.includes('|')
    ? (lead.match(/\|/g) ?? []).length
    : lead.includes('\t')
      ? (lead.match(/\t/g) ?? []).length
      : lead.trimStart().split(/\s{2,}/).length - 1;
  const column = variant.start - lineStart;
  for (const line of linesAbove(text, variant.start, 12)) {
    const header = cellsOf(line);
    if (!header || !rules.layout.tableHeader.test(line)) continue;
    if (lead.includes('|') || lead.includes('\t'))
      return rules.layout.otherNameColumn.test(header[index] ?? '');
    // Aligned columns: the header cell standing above the variant ("Legacy name" over "Y165C"),
    // whatever the cell count ("Variant" may head both the c. and the p. column).
    const starts = [...line.matchAll(/\S+(?: \S+)*/g)];
    const above = starts.filter((m) => m.index <= column + 2).at(-1);
    return rules.layout.otherNameColumn.test(above?.[0] ?? '');
  }
  return false;
}
