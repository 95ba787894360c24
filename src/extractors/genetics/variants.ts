import type { AminoAcidNamesFile } from '../../vocab/schemas.js';
import type { LegacyNames } from './hgvs/legacy.js';
import { parseHgvs } from './hgvs/parse.js';
import type { GeneticKind } from './types.js';

/** A variant written in a note: HGVS (c./p., with or without reference) or a bare protein change. */
export interface VariantMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly hgvsC: string | null;
  readonly hgvsP: string | null;
  readonly kind: GeneticKind;
  /** Written without "p." (L858R): needs a gene beside it or a known hotspot to count. */
  readonly bare: boolean;
  readonly rule: string;
}

// Optional reference, then c./p. and the change up to a delimiter.
const HGVS =
  /(?<![A-Za-z0-9])(?:(?:N[MCGRP]_\d+(?:\.\d+)?(?:\([A-Za-z0-9_.-]+\))?|LRG_\d+(?:[tp]\d+)?|ENST\d+(?:\.\d+)?)\s*:\s*)?[cp]\.\(?[A-Za-z0-9_*+\-?>=]+\)?/g;

const ONE = 'ACDEFGHIKLMNPQRSTVWY';
const THREE = 'Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter';
// Bare protein changes: L858R, G12C, R248*, E746_A750del, L747_P753delinsS, S768_D770dup,
// L252Sfs*93, Leu858Arg. "X" as a stop only when nothing follows it (not "L858X1").
// (A range may be written with a hyphen before a deletion or insertion: "E746-A750del",
// "L747-P753delinsS".)
const BARE = new RegExp(
  '(?<![A-Za-z0-9.>_-])(?:' +
    `[${ONE}]\\d{1,4}-[${ONE}]\\d{1,4}(?:delins[${ONE}]+|ins[${ONE}]+|del|dup)|` +
    `[${ONE}]\\d{1,4}(?:_[${ONE}]\\d{1,4})?(?:delins[${ONE}]+|ins[${ONE}]+|del|dup|[${ONE}]?fs(?:\\*\\d+|Ter\\d+|X\\d+|\\*)?|[${ONE}*]|X|[${ONE.toLowerCase()}])` +
    `|(?:${THREE})\\d{1,4}(?:_(?:${THREE})\\d{1,4})?(?:delins(?:${THREE})+|ins(?:${THREE})+|del|dup|(?:${THREE})?fs(?:\\*\\d+|Ter\\d+)?|${THREE}|\\*)` +
    ')(?![A-Za-z0-9])',
  'g',
);

// A deletion named before its range, the older one-letter form: "delE746-A750", "delL747-P753".
const DEL_BEFORE_RANGE = new RegExp(
  `del([${ONE}]\\d{1,4})[-_]([${ONE}]\\d{1,4})(?![A-Za-z0-9])`,
  'g',
);

// One residue deleted, the older form with the deletion named first: "ΔF508", "delF508"
// (CFTR p.Phe508del). Not the start of a range ("delE746-A750", above).
const DEL_BEFORE_RESIDUE = new RegExp(
  `(?:Δ|del)([${ONE}]\\d{1,4})(?![A-Za-z0-9]|[-_][${ONE}]\\d)`,
  'g',
);

// Strings shaped like bare changes that are something else in notes.
const NOT_VARIANTS = /^(?:A1C|T\d[A-Z]|[A-Z]\d{1,2}[A-Z]?)$/;

// Legacy (BIC-era) names: "185delAG", "5382insC", "6174delT", "1100delC".
const LEGACY = /(?<![A-Za-z0-9.>_:+*-])\d{2,5}(?:del[ACGT]+|ins[ACGT]+|dup[ACGT]+)(?![A-Za-z0-9])/g;

/**
 * Amino acids named in Japanese words (ja decision 100; names in `vocab/genetics/amino-acids.yaml`)
 * and the sentence shapes around them, compiled once: "コドン12のグリシンがアスパラギン酸に置換",
 * "12番目のグリシンから…への置換", "グリシン12→アスパラギン酸".
 */
export class AminoAcidNames {
  readonly codes: Readonly<Record<string, string>>;
  /** The codon, its residue. */
  readonly protein: RegExp;
  /** Right after it: the new residue, with が/から and a verb of change, or after an arrow. */
  readonly change: RegExp;

  constructor(file: AminoAcidNamesFile) {
    this.codes = file.names;
    // The longer name first (アスパラギン酸 over アスパラギン).
    const names = Object.keys(file.names)
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    this.protein = new RegExp(
      `(?:コドン\\s*(?<codon>\\d{1,4})\\s*(?:番目)?|(?<nth>\\d{1,4})\\s*番目)\\s*の\\s*(?<ref>${names})` +
        `|(?<ref2>${names})\\s*(?<codon2>\\d{1,4})`,
      'g',
    );
    this.change = new RegExp(
      `^\\s*(?:(?:が|から)\\s*(?<alt>${names})\\s*(?:に|へ)(?:の)?\\s*(?:置換|置き換|変化|変わ)|(?:→|->)\\s*(?<arrow>${names}))`,
    );
  }
}

/** Protein changes written in Japanese words; `hgvsP` in three letters. */
function japaneseProteinChanges(text: string, amino: AminoAcidNames): VariantMention[] {
  const out: VariantMention[] = [];
  for (const m of text.matchAll(amino.protein)) {
    const g = m.groups!;
    const ref = amino.codes[(g.ref ?? g.ref2)!];
    const codon = g.codon ?? g.nth ?? g.codon2;
    if (!ref || ref === 'Ter' || !codon) continue;
    const end = m.index + m[0].length;
    const change = amino.change.exec(text.slice(end, end + 40));
    const alt = change ? amino.codes[(change.groups!.alt ?? change.groups!.arrow)!] : undefined;
    if (!change || !alt || alt === ref) continue;
    const parsed = parseHgvs(`p.${ref}${codon}${alt}`);
    if (parsed.normalized === undefined) continue;
    const stop = end + change[0].length;
    out.push({
      start: m.index,
      end: stop,
      text: text.slice(m.index, stop),
      hgvsC: null,
      hgvsP: parsed.normalized,
      kind: parsed.kind ?? 'snv',
      bare: false,
      rule: 'genetics.protein-words',
    });
  }
  return out;
}

/**
 * Variants in `text` (width-folded), in order; overlapping bare forms inside HGVS are dropped.
 * Legacy names count only when the reviewed table knows them (their numbers are not `c.`).
 */
export function findVariants(
  text: string,
  legacy?: LegacyNames,
  amino?: AminoAcidNames,
): VariantMention[] {
  const found: VariantMention[] = [];
  // Every legacy name holds "del", "ins" or "dup", and every HGVS form "c." or "p.": a text
  // without them has no match (a cheap test before the scans).
  if (legacy && (text.includes('del') || text.includes('ins') || text.includes('dup'))) {
    for (const m of text.matchAll(LEGACY)) {
      const known = legacy.lookup(m[0]);
      if (!known) continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        hgvsC: known.hgvsC,
        hgvsP: known.hgvsP,
        kind: parseHgvs(known.hgvsC ?? known.hgvsP!).kind ?? 'other',
        bare: false,
        rule: 'genetics.legacy-name',
      });
    }
  }
  // "Factor V Leiden", "PT G20210A": the eponym's variant part (its gene part is a gene mention).
  for (const eponym of legacy?.eponymsIn(text) ?? []) {
    found.push({
      ...eponym.variantSpan,
      hgvsC: eponym.hgvsC,
      hgvsP: null,
      kind: parseHgvs(eponym.hgvsC).kind ?? 'other',
      bare: false,
      rule: 'genetics.eponym',
    });
  }
  const hgvsGate = text.includes('c.') || text.includes('p.');
  for (const m of hgvsGate ? text.matchAll(HGVS) : []) {
    let raw = m[0];
    // Trailing punctuation and an unbalanced ")" belong to the sentence, not the variant.
    while (/[.,;:)]$/.test(raw) && !balanced(raw)) raw = raw.slice(0, -1);
    while (/[.,;:]$/.test(raw)) raw = raw.slice(0, -1);
    let parsed = parseHgvs(raw);
    // "NM_000249.4:c.1732-2A>G": the parser gives no normal form for an intronic position on
    // a bare transcript (the reference would need its genomic sequence), but the finding's
    // `hgvs_c` is the change alone, which is well formed.
    const colon = raw.indexOf(':');
    if (parsed.normalized === undefined && colon > 0)
      parsed = parseHgvs(raw.slice(colon + 1).trim());
    // "p.E746-A750del": a protein range written with a hyphen.
    if (parsed.normalized === undefined && /^p\.\(?[A-Z][a-z]{0,2}\d+-[A-Z]/.test(raw))
      parsed = parseHgvs(raw.replace('-', '_'));
    if (parsed.normalized === undefined || parsed.level === undefined) continue;
    const change = parsed.normalized.slice(parsed.normalized.indexOf(`${parsed.level}.`));
    // "p.?" says the protein effect is unknown, not what it is: no protein change to report.
    if (/^p\.\(?\?\)?$/.test(change)) continue;
    found.push({
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      hgvsC: parsed.level === 'c' ? change : null,
      hgvsP: parsed.level === 'p' ? change.replace(/^p\.\((.*)\)$/, 'p.$1') : null,
      kind: parsed.kind ?? 'other',
      bare: false,
      rule: 'genetics.hgvs',
    });
  }
  // HGVS spans in order; bare matches come in order too, so one cursor walks them.
  const spans = [...found].sort((a, b) => a.start - b.start);
  let cursor = 0;
  const inside = (start: number) => {
    while (cursor < spans.length && spans[cursor]!.end <= start) cursor += 1;
    return cursor < spans.length && spans[cursor]!.start <= start;
  };
  for (const m of text.matchAll(BARE)) {
    if (inside(m.index) || isOtherThing(m[0])) continue;
    // A legacy name shaped like a protein change ("TERT promoter C228T") is that name when its
    // gene is written just before it on the line; elsewhere "C228T" stays a protein change.
    // (So is a protein change in an older numbering: TTR "V30M", "Val30Met" is p.Val50Met.)
    // (A name of several genes is the one whose gene is written before it: "H3-3A K27M",
    // "H3C2 K27M".)
    const named = legacy
      ?.lookupAll(m[0])
      .filter((entry) => legacyGeneBefore(text, m.index, entry.gene));
    if (named?.length === 1) {
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        hgvsC: named[0]!.hgvsC,
        hgvsP: named[0]!.hgvsP,
        kind: parseHgvs(named[0]!.hgvsC ?? named[0]!.hgvsP!).kind ?? 'other',
        bare: false,
        rule: 'genetics.legacy-bare',
      });
      continue;
    }
    // "G12c": a one-letter residue typed in lower case.
    if (/^[A-Z]\d{1,2}[a-z]$/.test(m[0]) && !/^[A-Z]\d{2}[a-z]$/.test(m[0])) continue;
    if (/^[TNM]\d[a-z]$/.test(m[0])) continue; // TNM staging: "T2a", "N1b"
    const written = /^[A-Z]\d+[a-z]$/.test(m[0]) ? m[0].toUpperCase() : m[0].replace('-', '_');
    const parsed = parseHgvs(`p.${written}`);
    if (parsed.normalized === undefined) continue;
    found.push(bareProtein(m.index, m[0], parsed.normalized, parsed.kind ?? 'other'));
    // "E255K/V", "W515L/K", "R132G/S/L": the same codon with other new residues.
    const single = /^([A-Z]\d+)[A-Z]$/.exec(written);
    let after = m.index + m[0].length;
    for (let n = 0; single && n < 8; n += 1) {
      const alternative = /^\/([ACDEFGHIKLMNPQRSTVWY])(?![A-Za-z0-9])/.exec(
        text.slice(after, after + 3),
      );
      if (!alternative) break;
      const other = parseHgvs(`p.${single[1]}${alternative[1]}`);
      const start = after + 1;
      after = start + 1;
      if (!other.normalized) continue;
      found.push(bareProtein(start, alternative[1]!, other.normalized, other.kind ?? 'snv'));
    }
  }
  if (text.includes('del')) {
    for (const m of text.matchAll(DEL_BEFORE_RANGE)) {
      const at = m.index;
      if (/[A-Za-z0-9]/.test(text.charAt(at - 1)) || spans.some((v) => v.start <= at && v.end > at))
        continue;
      const parsed = parseHgvs(`p.${m[1]}_${m[2]}del`);
      if (parsed.normalized === undefined) continue;
      found.push(bareProtein(m.index, m[0], parsed.normalized, parsed.kind ?? 'deletion'));
    }
  }
  if (text.includes('Δ') || text.includes('del')) {
    for (const m of text.matchAll(DEL_BEFORE_RESIDUE)) {
      const at = m.index;
      if (/[A-Za-z0-9]/.test(text.charAt(at - 1)) || spans.some((v) => v.start <= at && v.end > at))
        continue;
      const parsed = parseHgvs(`p.${m[1]}del`);
      if (parsed.normalized === undefined) continue;
      found.push(bareProtein(m.index, m[0], parsed.normalized, parsed.kind ?? 'deletion'));
    }
  }
  if (amino && (text.includes('コドン') || text.includes('番目') || text.includes('置換'))) {
    found.push(...japaneseProteinChanges(text, amino));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A protein change written with no "p." and no gene of its own ("V600E", "delE746-A750"). */
function bareProtein(
  start: number,
  written: string,
  hgvsP: string,
  kind: GeneticKind,
): VariantMention {
  return {
    start,
    end: start + written.length,
    text: written,
    hgvsC: null,
    hgvsP,
    kind,
    bare: true,
    rule: 'genetics.bare-protein',
  };
}

function legacyGeneBefore(text: string, at: number, gene: string): boolean {
  const lead = text.slice(Math.max(0, at - 60), at);
  const line = lead.slice(lead.lastIndexOf('\n') + 1);
  return new RegExp(`(?<![A-Za-z0-9])${gene}(?![A-Za-z0-9])`).test(line);
}

function balanced(s: string): boolean {
  return (s.match(/\(/g)?.length ?? 0) === (s.match(/\)/g)?.length ?? 0);
}

function isOtherThing(s: string): boolean {
  // HbA1c, T-staging ("T2N"), and one-digit codes are not protein changes.
  if (NOT_VARIANTS.test(s) && !/^[A-Z]\d{2,}[A-Z]$/.test(s)) return true;
  return false;
}
