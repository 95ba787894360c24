/**
 * An item's alteration class taken from its assay, its line's label ("Fusions (RNA): none
 * detected in ALK, ROS1"), its result word or a FISH probe, and a stain joined to the change it
 * saw. Separate because these fill in what the item's own words leave unsaid.
 */
import { countBefore } from '../../core/bisect.js';
import type { Span } from '../../core/types.js';
import { findEvents, type Item } from './items.js';
import { lineOf, lineStartOf } from './note-lines.js';
import type { Candidate } from './resolve.js';
import type { CompiledDrivers, CompiledGeneticsRules } from './rules.js';
import type { ResultWord } from './status.js';
import type { GeneticKind } from './types.js';

/**
 * "IDH1 R132H（免疫染色）陽性、サンガー法で IDH1 c.395G>A を確認": the stain is no finding, but the
 * substitution sequenced in the same sentence at that codon is the change it saw, so the one
 * entry has both values (ja decision 55).
 */
export function withStainedProtein(
  c: Candidate,
  stained: readonly { item: Item; within: Span }[],
): Candidate {
  if (c.item.hgvsP || !c.item.hgvsC || stained.length === 0) return c;
  const position = /^c\.(\d+)[ACGT]>[ACGT]$/.exec(c.item.hgvsC)?.[1];
  if (!position) return c;
  const codon = Math.ceil(Number(position) / 3);
  // Only stains near it (the list is in text order: a binary search, then a short scan).
  const low = countBefore(
    stained.length,
    (i) => stained[i]!.item.start < c.item.start - STAIN_REACH,
  );
  for (
    let i = low;
    i < stained.length && stained[i]!.item.start <= c.item.end + STAIN_REACH;
    i += 1
  ) {
    const s = stained[i]!;
    if (
      s.item.gene === c.item.gene &&
      c.item.start >= s.within.start &&
      c.item.end <= s.within.end &&
      Number(/^p\.[A-Z][a-z]{2}(\d+)[A-Z][a-z]{2}$/.exec(s.item.hgvsP ?? '')?.[1]) === codon
    ) {
      return { ...c, item: { ...c.item, hgvsP: s.item.hgvsP } };
    }
  }
  return c;
}

/** How far from the sequenced change its stain may be written (characters, each side). */
const STAIN_REACH = 120;

/** The whole line holding an offset. */
// Classes a line label can give the genes listed after it.
const LABEL_CLASSES = new Set<GeneticKind>(['fusion', 'amplification', 'copy_loss']);

/**
 * "Fusions (RNA): none detected in ALK, ROS1, RET": a gene named without a class, on a line
 * whose label names one, is tested for that class (a fusion negative, not a gene-level one).
 */
/** A label's class word, then the genes before the item: "Fusions ALK / ROS1 / ". */
const LABEL_CLASS_OPENER =
  /^[\s\-*•]*([A-Za-z][A-Za-z -]{2,24}?)[ \t]*[(]?[ \t]*(?:[A-Z][A-Za-z0-9-]{1,9}[ \t]*(?:[,/&]|\band\b|\bor\b)[ \t]*)*$/;

/** The genes after the item, up to the label's colon: " / RET:", ", NTRK1-3):". */
const LABEL_GENES_REST =
  /^(?:[ \t]*(?:[,/&]|\band\b|\bor\b)[ \t]*[A-Z][A-Za-z0-9-]{1,9})*[ \t]*[)]?[ \t]*:/;

const OWN_LABEL_AFTER = /^[ \t]*(?:遺伝子|gene)?[ \t]*[:：]/i;

export function withAssayClass(item: Item, text: string, rules: CompiledGeneticsRules): Item {
  if (rules.language !== 'en' || item.what !== 'gene' || item.kind !== 'other' || item.generic)
    return item;
  const lead = text.slice(Math.max(lineStartOf(text, item.start), item.start - 60), item.start);
  const test = rules.layout.assayFor.exec(lead.replace(/^.*[.;](?=\s)/s, ''));
  if (!test) return item;
  const named = test[1]!;
  // (Not a whole-gene copy-number test: "deletion/duplication analysis of BRCA1".)
  if (/\b(?:del(?:etion)?\s*\/\s*dup|MLPA|sequenc)/i.test(named)) return item;
  const itd = /\bITD\b|internal\s+tandem/i.test(named);
  const classes = findEvents(named, rules).filter(
    (e) => LABEL_CLASSES.has(e.kind) || (itd && e.kind === 'duplication'),
  );
  return classes.length === 1 ? { ...item, kind: classes[0]!.kind } : item;
}

export function withLabelClass(item: Item, text: string, rules: CompiledGeneticsRules): Item {
  const own = withOwnLabelClass(item, text, rules);
  return own !== item || rules.language === 'en' || item.what !== 'gene' || item.kind !== 'other'
    ? own
    : withHeadingClassAbove(item, text, rules);
}

/**
 * A Japanese heading line over the rows, naming one class and no result: "【RNA（融合遺伝子）】",
 * "■融合遺伝子", "融合遺伝子：" over "ALK ……… 検出されず" / "ROS1：陰性". Each gene row below it named
 * without a class is tested for that class (a fusion negative, not a gene-level one), up to a
 * blank line or the next heading (whose own class, or none, decides the rows under it).
 */
const JA_HEADING_LINE =
  /^[ \t　]*([■□◆◇▼▽●][ \t　]*)?(?:【([^】\n]{1,24})】|［([^］\n]{1,24})］|\[([^\]\n]{1,24})\]|＜([^＞\n]{1,24})＞|<([^>\n]{1,24})>|([^\s:：A-Za-z0-9■□◆◇▼▽●・\-*][^:：\n]{0,23}?)([:：])?)[ \t　]*$/;

/** The words of a heading line (bracketed, marked, or a label with its colon and nothing after). */
function headingWords(line: string): string | null {
  const m = JA_HEADING_LINE.exec(line);
  if (!m) return null;
  if (m[7] !== undefined && m[1] === undefined && m[8] === undefined) return null;
  return m.slice(2, 8).find((g) => g !== undefined) ?? null;
}

/** A line opened by a section mark or a bracketed label. */
const SECTION_OPENED = /^[ \t　]*(?:[■□◆◇▼▽●【［＜<]|\[)/;

/** How many rows above the item its heading may stand. */
const HEADING_ROWS_REACH = 16;

function withHeadingClassAbove(item: Item, text: string, rules: CompiledGeneticsRules): Item {
  let start = lineStartOf(text, item.start);
  // (A line opened by a section mark or bracket and its content, "【生殖細胞系列】BRCA1、BRCA2…",
  // is a section of its own: the heading above does not reach it or past it.)
  if (SECTION_OPENED.test(lineOf(text, item.start))) return item;
  for (let n = 0; n < HEADING_ROWS_REACH && start > 0; n += 1) {
    start = lineStartOf(text, start - 1);
    const line = lineOf(text, start);
    if (line.trim() === '') return item;
    const words = headingWords(line);
    if (words === null) {
      if (SECTION_OPENED.test(line)) return item;
      continue;
    }
    const events = findEvents(words, rules);
    const kinds = new Set(events.map((e) => e.kind));
    const only = kinds.size === 1 ? events[0]!.kind : null;
    return only !== null && LABEL_CLASSES.has(only) ? { ...item, kind: only } : item;
  }
  return item;
}

function withOwnLabelClass(item: Item, text: string, rules: CompiledGeneticsRules): Item {
  if (item.what !== 'gene' || item.kind !== 'other' || item.generic) return item;
  const line = lineOf(text, item.start);
  // (English labels run longer: "Fusion transcripts not detected: NTRK1, NTRK2, NTRK3, RET".)
  const label = (
    rules.language === 'en'
      ? /^[\s\-*•・]*([^:：\n]{1,48})[:：]/
      : /^[\s\-*•・]*([^:：\n]{1,24})[:：]/
  ).exec(line);
  // (Only for genes after the label: "KRAS G12C、NRAS、BRAF融合：検出されず" names NRAS in it.)
  const column = item.start - (text.lastIndexOf('\n', item.start - 1) + 1);
  if (!label || label[0].length > column) {
    // English: a label opened by its class, then only the genes tested for it ("Fusions ALK /
    // ROS1 / RET: none", "Rearrangements (ALK, ROS1): negative", "Amplification MET, ERBB2:
    // not detected"). The class word comes first, so no gene before it is named in it. (Such a
    // label may be longer than a plain label's 24 characters.)
    if (rules.language !== 'en') return japaneseClassOpener(item, line, column, rules);
    const opener = LABEL_CLASS_OPENER.exec(line.slice(0, column));
    if (!opener || !LABEL_GENES_REST.test(line.slice(column + item.end - item.start))) return item;
    const classes = findEvents(opener[1]!, rules).filter((e) => LABEL_CLASSES.has(e.kind));
    return classes.length === 1 ? { ...item, kind: classes[0]!.kind } : item;
  }
  // The label heads its own sentence only: "FGFR2 fusion: pending. KRAS: no mutation detected"
  // gives KRAS no fusion class.
  if (/[.;。](?:\s|$)/.test(line.slice(label[0].length, column))) return item;
  // Nor a gene with a label of its own after it: "RET融合遺伝子：陽性、EGFR：陰性" is EGFR's own row.
  if (label[0].length < column && OWN_LABEL_AFTER.test(text.slice(item.end, item.end + 8))) {
    return item;
  }
  const classes = findEvents(label[1]!, rules).filter((e) => LABEL_CLASSES.has(e.kind));
  return classes.length === 1 ? { ...item, kind: classes[0]!.kind } : item;
}

/**
 * A Japanese line opened by a class word alone, then the genes with their results and no colon:
 * "融合遺伝子 ALK (-) ROS1 (-) RET (-)", "遺伝子増幅（FISH）　MET 陰性、ERBB2 陰性". The class named once
 * is each listed gene's (a fusion negative, not a gene-level one). Nothing but the genes and their
 * results may stand between the class word and the item: no other class, no sentence end.
 */
const JA_CLASS_OPENER =
  /^[\s\-*•・■□●○◆◇]*([^\sA-Za-z0-9:：(（]{2,8})(?:[ \t　]*[(（][^)）\n]{0,20}[)）])?[ \t　]+(?=[A-Za-z])/;

function japaneseClassOpener(
  item: Item,
  line: string,
  column: number,
  rules: CompiledGeneticsRules,
): Item {
  const opener = JA_CLASS_OPENER.exec(line);
  if (!opener || opener[0].length > column) return item;
  const events = findEvents(opener[1]!, rules);
  const only = events.length === 1 ? events[0]! : null;
  // (The class word is the whole opener: not "KRAS変異陽性 EGFR …" or a sentence.)
  if (!only || !LABEL_CLASSES.has(only.kind) || only.end - only.start !== opener[1]!.length)
    return item;
  const between = line.slice(opener[0].length, column);
  // (Nor past a named change, another entry: "融合遺伝子 ALK (-)、KRAS G12C 陽性、EGFR (-)".)
  if (
    /[。]|\.(?:\s|$)|[A-Z]\d{1,4}(?:[A-Z*]|fs|del|dup|ins)|[cp]\.\d/.test(between) ||
    findEvents(between, rules).length > 0
  )
    return item;
  return { ...item, kind: only.kind };
}

/** The lower-case words right after a negation, up to a clause mark: " homozygous deletion". */
const CLASS_AFTER_NEGATION = /^[ \t]{1,2}[a-z][a-z -]{0,36}(?![a-z -])/;

/**
 * "ALK, ROS1, RET ...... no fusions detected", "ERBB2 (HER2) copy number 2.1 - no amplification":
 * a gene named without a class, whose negative result after it names one, is tested for that
 * class (a fusion or amplification negative, not a gene-level one).
 */
export function withResultClass(
  item: Item,
  word: ResultWord | null,
  rules: CompiledGeneticsRules,
  text?: string,
): Item {
  // (Japanese too: "HER2をIHCで2+と判定し、FISHを追加したが比1.5にとどまり増幅なし" is an
  // amplification negative, as "not amplified" is.)
  if (item.what !== 'gene' || item.kind !== 'other' || item.generic) return item;
  if (word === null || word.start < item.end) return item;
  // A negation before its class, after the gene ("CDKN2A hemizygous loss (CN 1), no homozygous
  // deletion"): the class words right after it, lower case only (no other gene named there).
  const phrase =
    word.type === 'negative_before' && text !== undefined
      ? `${word.text}${CLASS_AFTER_NEGATION.exec(text.slice(word.end, word.end + 40))?.[0] ?? ''}`
      : word.type === 'negative_after'
        ? word.text
        : null;
  if (phrase === null) return item;
  const classes = findEvents(phrase, rules).filter(
    (e) =>
      LABEL_CLASSES.has(e.kind) &&
      // (The class closing the negated phrase: "(no deletion analysis)" negates a method.)
      (word.type !== 'negative_before' || phrase.slice(e.end).trim() === ''),
  );
  return classes.length === 1 ? { ...item, kind: classes[0]!.kind } : item;
}

/**
 * "ALK FISH negative", "ROS1 (FISH): positive", "KMT2A break-apart FISH: negative": a gene
 * named with a break-apart probe, or with FISH when its rearrangement is what FISH tests, is a
 * fusion result of that gene (decision 27), not a gene-level one ("HER2 FISH" stays).
 */
const PROBE_AFTER = /^[ \t]{0,3}[(（]?[ \t]{0,2}(?:(break[- ]?apart)|FISH(?![A-Za-z]))/i;

/**
 * The positive first, the probe later in its phrase: "(ALK+, dx 2021 by FISH)", "ROS1 positive
 * on break-apart FISH", "ALK-positive per FISH". FISH sees the rearrangement, so a kinase-domain
 * ALK G1202R found later is another finding (decision 42), not this one restated.
 * (Also after a colon or a copula: "ALK was negative by FISH", "ROS1: positive on FISH".)
 */
const PROBE_LATER =
  /^(?:\+|(?:[ \t]{0,2}[:：][ \t]{0,2}|[ \t](?:was|is|were|came[ \t]back|returned)[ \t])?[- ]?(?:positive|pos|negative|neg)(?![A-Za-z]))[^()\n;.]{0,30}?(?<![A-Za-z])(?:by|on|per|via|with)\s+(?:(break[- ]?apart)\s+)?(?:FISH(?![A-Za-z])|(?:break[- ]?apart)(?![A-Za-z]))/i;

/** The probe as the method its result is attributed to: "ALK IHC positive, FISH negative". */
const PROBE_NAMED = /(?:(break[- ]?apart)|FISH(?![A-Za-z]))/i;

/** The probe right before the gene: "Initial FISH ALK negative", "break-apart FISH for ROS1: …". */
const PROBE_BEFORE = new RegExp(
  `(?:${PROBE_NAMED.source})(?:[ \\t]{1,3}(?:probes?|FISH))?[ \\t]{1,3}(?:for[ \\t]{1,3})?$`,
  'i',
);

export function withProbeClass(
  item: Item,
  text: string,
  drivers: CompiledDrivers,
  english: boolean,
  /** The method its result is attributed to (result-methods.ts `methodPhrase`). */
  method: string | null = null,
): Item {
  // (Japanese gold keeps "ALK FISH：陰性" gene-level; "転座(−)" names the class, ja decision 32.)
  if (!english || item.what !== 'gene' || item.kind !== 'other' || item.generic) return item;
  const probe =
    PROBE_AFTER.exec(text.slice(item.end, item.end + 24)) ??
    PROBE_LATER.exec(text.slice(item.end, item.end + 60)) ??
    (item.geneMention && item.geneMention.start === item.start
      ? PROBE_BEFORE.exec(text.slice(Math.max(0, item.start - 40), item.start))
      : null) ??
    (method === null ? null : PROBE_NAMED.exec(method));
  if (!probe || (!probe[1] && !drivers.fusionPositiveGenes.has(item.gene))) return item;
  return { ...item, kind: 'fusion' };
}
