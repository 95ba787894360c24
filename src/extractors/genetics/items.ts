import { gateText, indexGates, literalGate, passingRules } from '../../core/text/literal-gate.js';
import { copyLossEvidence } from './gene-mentions.js';
import type { GeneMention } from './lexicon.js';
import type { CompiledDrivers, CompiledGeneticsRules, CompiledLayout } from './rules.js';
import type { GeneticKind } from './types.js';
import type { VariantMention } from './variants.js';

/**
 * A candidate finding inside one clause: a gene with what the text says about it. `what`
 * says how specific it is: a named variant, an alteration class in words (exon 19 deletion,
 * fusion, amplification), or only the gene with a result ("EGFR negative").
 */
export interface Item {
  readonly start: number;
  readonly end: number;
  readonly gene: string;
  readonly geneMention: GeneMention | null;
  readonly what: 'variant' | 'event' | 'gene';
  readonly hgvsC: string | null;
  readonly hgvsP: string | null;
  readonly kind: GeneticKind;
  readonly exon: number | null;
  readonly partner: string | null;
  /** The class word named a mutation in general ("EGFR mutation"), not a class. */
  readonly generic: boolean;
  /** Where the class word ends, when the item's span is the gene alone. */
  readonly eventEnd?: number;
  /** A test of a familial variant left unnamed: its negative is `other`, not `wild_type`. */
  readonly familial?: boolean;
  /**
   * A residual-disease or typed test of the patient's own known change ("NPM1 MRD", "NPM1 type
   * A"): one site, and its negative is that change's (it takes the change's identity).
   */
  readonly tracked?: boolean;
  /** A mutation word joined to a class word ("KIT：変異・増幅ともに認めず"): two results. */
  readonly coordinated?: boolean;
  /** The codon of a codon-level change ("G719X": `p.Gly719`), any substitution there. */
  readonly codon?: string;
  /**
   * A class named in a parenthesis of examples after its gene ("EGFR（エクソン19欠失…を含む）"):
   * the gene keeps its own result beside it (ja decision 61).
   */
  readonly bracketExample?: boolean;
  readonly rule: string;
}

export interface EventMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: GeneticKind;
  readonly exon: number | null;
  /** Words allowed between the gene and the event; undefined: the default. */
  readonly reach: number | undefined;
  readonly rule: string;
  /** A gated copy loss read so by its own clause only (`copyLossEvidence`): no stain gene's. */
  readonly byClause?: boolean;
}

type EventRule = CompiledGeneticsRules['events'][number];

/** Each event list's rules with their literal gates, one shared index (compiled once). */
const EVENT_GATES = new WeakMap<
  object,
  readonly { readonly gate: readonly string[] | null; readonly event: EventRule }[]
>();

function eventGates(events: readonly EventRule[]) {
  let gated = EVENT_GATES.get(events);
  if (gated === undefined) {
    gated = events.map((event) => ({ gate: literalGate(event.re), event }));
    indexGates(gated.map((g) => g.gate));
    EVENT_GATES.set(events, gated);
  }
  return gated;
}

/** Alteration classes written in words, in order, the longest at any place. */
export function findEvents(
  text: string,
  rules: CompiledGeneticsRules,
  within: readonly { readonly start: number; readonly end: number }[] = [
    { start: 0, end: text.length },
  ],
): EventMention[] {
  const all: EventMention[] = [];
  for (const span of within) {
    // A span may run over a wrapped line: "homozygous\ndeletion" is the class word too, and
    // so is an indented wrap ("homozygous\n  deletion"), read as one space (`at` maps back).
    const { part, at } = unwrapped(text.slice(span.start, span.end));
    // A class word whose literals the span lacks cannot match there (literal-gate.ts).
    const lower = gateText(part);
    for (const { event } of passingRules(eventGates(rules.events), lower)) {
      event.re.lastIndex = 0;
      for (let m = event.re.exec(part); m; m = event.re.exec(part)) {
        const exon = m.groups?.exon;
        const start = span.start + (at ? at[m.index]! : m.index);
        const end = span.start + (at ? at[m.index + m[0].length - 1]! + 1 : m.index + m[0].length);
        // "CDKN2A loss" in a genomic result only (not "PTEN loss by IHC", "loss (1 copy)").
        const evidence =
          event.gate === 'copy_loss' ? copyLossEvidence(text, start, end, rules) : undefined;
        if (evidence === null) continue;
        all.push({
          start,
          end,
          text: m[0],
          kind: event.kind,
          exon: exon === undefined ? null : Number(exon),
          reach: event.reach,
          rule: event.id,
          ...(evidence === 'clause' ? { byClause: true } : {}),
        });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: EventMention[] = [];
  for (const event of all) {
    const last = kept.at(-1);
    if (last && event.start < last.end) continue;
    kept.push(event);
  }
  return kept;
}

const JA_WORD_CHAR = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]/u;

/**
 * A span's text with each line break, and the indent after it, read as one space; `at` gives
 * each character's offset in the span (null when there is no line break).
 */
function unwrapped(raw: string): { part: string; at: number[] | null } {
  if (!raw.includes('\n')) return { part: raw, at: null };
  const at: number[] = [];
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    // (A Japanese word cut at the line's end joins with no space: "ホモ接合性⏎欠失", "ホモ接合性欠⏎失".)
    if (
      raw[i] === '\n' &&
      JA_WORD_CHAR.test(raw[i - 1] ?? '') &&
      JA_WORD_CHAR.test(raw[i + 1] ?? '')
    ) {
      continue;
    }
    out.push(raw[i] === '\n' ? ' ' : raw[i]!);
    at.push(i);
    if (raw[i] === '\n') while (raw[i + 1] === ' ' || raw[i + 1] === '\t') i += 1;
  }
  return { part: out.join(''), at };
}

/** A legacy name, with its label, as written between a variant's c. and p. forms. */
const LEGACY_BETWEEN =
  /(?:旧表記|旧名|旧称|従来表記|BIC表記|legacy(?:\s+name)?|BIC|formerly|a\.k\.a\.?)?\s*[:：]?\s*\d{2,5}(?:del|ins|dup)[ACGT0-9]{0,6}\s*[、，,;；]/gi;

/** What lies between two spans is only a fusion joint: "EML4-ALK", "EML4::ALK", "KIF5B–RET". */

// Not "/": "EGFR/ALK" is a list. The first gene's breakpoint exon may be written before the
// joint: "EZR（exon 10）－ROS1（exon 34）", "EML4 exon 13::ALK exon 20", "EML4 (E13)-ALK (E20)".
const FUSION_JOINT =
  /^\s?(?:(?:[(（]\s?(?:exon|ex|e|エクソン|エキソン)\s?\d{1,2}\s?[)）]|(?:exon|ex|エクソン|エキソン)\s?\d{1,2})\s?)?(?:-|::|–|—)\s?$/i;

// A fusion told in words between its two genes: "NTRK1 fused with LMNA", "ETV6 joined to
// NTRK3", "EML4 is fused in frame to ALK", "ROS1 in fusion with CD74", "RET rearranged with
// CCDC6": `layout.fusionVerbJoint` (layout `fusion_verbs`). (Which gene is the kinase comes from
// the driver list, as for "A-B".)

// A fusion told in Japanese words around its second gene: the first gene is the topic or subject
// and the second is joined to it by と: "FGFR2はBICC1との融合", "ROS1がEZRと融合しており",
// "RET遺伝子はKIF5B遺伝子との再構成", "NTRK1がTPM3と転座". (Between the genes a topic/subject
// particle only, `layout.jaFusionBetween`; after the second "と(の)" and the fusion word, so
// "ALKとRETの融合" stays a list.) Also the locative (the partner joined onto the kinase gene) and
// the partner as the subject of a joining verb: "ROS1にSDC4との融合", "ALKではEML4との融合",
// "NTRK3にETV6がつながる融合遺伝子", "ALKにEML4が融合"; and a fusion variant's label between
// ("ALKはEML4とのバリアント1の融合"): `layout.jaFusionAfter` after the second gene.

// Or both genes joined by と before "の融合": "ETV6とNTRK3の融合（エビデンスレベルA）", "EML4遺伝子と
// ALK遺伝子の融合を検出". Only when one gene alone is a fusion driver and the other no driver of
// any kind (a partner): "ALKとRETの融合は陰性" (two drivers) stays a list, as "EGFRとALKの融合", and so does a longer list ("EGFR、KRASとALKの融合")
// or one read as a group ("…の融合はいずれも陰性", `layout.jaFusionAndGroup`). After the second
// gene `layout.jaFusionAndAfter`, also with a joining verb: "ETV6とNTRK3がつながった融合遺伝子",
// "EML4とALKが融合".
const JA_FUSION_AND_BETWEEN = /^\s*(?:遺伝子)?\s*と\s*$/;

/** One gene a fusion driver (NTRK3, ALK), the other no driver of any kind (ETV6, EML4, CD74). */
function oneDriverOnePartner(drivers: CompiledDrivers, a: string, b: string): boolean {
  const fusionDriver = (g: string) => drivers.isDriver(g, null, 'fusion', null);
  return (
    (fusionDriver(a) && !drivers.driverGenes.has(b)) ||
    (fusionDriver(b) && !drivers.driverGenes.has(a))
  );
}

// Between genes of one list: "ALK, ROS1 and RET", "ALK/ROS1/RET", "EGFR、ALK".
// (Japanese conjunctions too: "CDKN2AとCDKN2Bのホモ欠失", "EGFRおよびMETの増幅", "ALKやROS1の融合".)
// (An English article may open the next member: "neither an ALK nor a ROS1 fusion".)
const LIST_JOINT =
  /^\s*(?:,|\/|、|・|，|and|or|&|nor|と|および|及び|並びに|ならびに|や)?\s*(?:and|or)?\s*(?:an?\s+)?$/i;

/**
 * A joint between two genes of one list, maybe across a gene-family name standing as a member
 * with no gene of its own ("RET, NTRK and ALK fusions"; layout `familyListMember`).
 */
function listJoint(joint: string, layout: CompiledLayout): boolean {
  if (LIST_JOINT.test(joint)) return true;
  if (layout.familyListMember === null) return false;
  const rest = joint.replace(layout.familyListMember, '');
  return rest !== joint && LIST_JOINT.test(rest);
}

// Between a gene's label and the same gene again: the label mark, maybe a negation.
const LABEL_THEN_SAME_GENE =
  /^\s?(?:[:：]|\s-|\s–)\s*(?:(?:no|not|without|negative\s+for|positive\s+for)\s+)?$/i;

export interface ClauseParts {
  readonly genes: readonly GeneMention[];
  readonly variants: readonly VariantMention[];
  readonly events: readonly EventMention[];
  /** A gene named above the clause in a report block ("Gene: MSH2" / "Variant: c.942+3A>T"). */
  readonly blockGene?: GeneMention;
  /** The block gene's line reports variants of it: bare changes below belong to it. */
  readonly blockHasVariants?: boolean;
  /**
   * The clause answers a hypothesis about the block gene said before it in its sentence ("ALK
   * positivity was suspected, but FISH showed no rearrangement"): its class words are that gene's.
   */
  readonly answersBlockGene?: boolean;
  /**
   * The gene a protein change was written with earlier in the note (p. form → gene), for a bare
   * change that refers back to it ("RET c.2753T>C, p.(Met918Thr) … the M918T seen in the tumour
   * was not there").
   */
  readonly namedEarlier?: (hgvsP: string, at: number) => string | undefined;
  /** Every gene the note names: a bare hotspot goes to its own gene when the note names it. */
  readonly noteGenes?: ReadonlySet<string>;
}

/**
 * Builds the candidate findings of one clause: fusion pairs, variants and class words attached
 * to their gene, and genes standing alone (which count only with a result, decided later).
 */
export function buildItems(
  text: string,
  parts: ClauseParts,
  drivers: CompiledDrivers,
  english: boolean,
  layout: CompiledLayout,
): { items: Item[]; used: Set<GeneMention> } {
  const items: Item[] = [];
  const used = new Set<GeneMention>();
  // Genes whose own positive closes their entry before a bare change (`ownFusionPositive`).
  const fusionPositive = new Set<GeneMention>();
  const genes = parts.genes.filter((g) => g.genes.length === 1 || g.genes.length > 1);
  // Fusion pairs written as one name.
  const pairs = new Map<GeneMention, { gene: string; partner: string; end: number }>();
  // The second gene of each pair: a name's part, no member of a gene list after it.
  const pairMembers = new Set<GeneMention>();
  for (let i = 0; i + 1 < genes.length; i += 1) {
    const a = genes[i]!;
    const b = genes[i + 1]!;
    if (a.genes.length !== 1 || b.genes.length !== 1) continue;
    const jaAnd =
      !english &&
      JA_FUSION_AND_BETWEEN.test(text.slice(a.end, b.start)) &&
      layout.jaFusionAndAfter.test(text.slice(b.end, b.end + 16)) &&
      oneDriverOnePartner(drivers, a.genes[0]!, b.genes[0]!) &&
      // (Not a member of a gene list: "EGFR、CD74とROS1の…". A comma that closes a clause with
      // no gene before it opens the pair: "NGSパネルを追加提出し、CD74とROS1の融合遺伝子が陽性".)
      !(
        /[、,，・/／]\s*$/.test(text.slice(Math.max(0, a.start - 3), a.start)) &&
        i > 0 &&
        /^\s*(?:[（(][^（()）\n]{0,12}[)）])?\s*[、,，・/／]\s*$/.test(
          text.slice(genes[i - 1]!.end, a.start),
        )
      ) &&
      !layout.jaFusionAndGroup.test(text.slice(b.end, b.end + 60));
    const jaVerbal =
      jaAnd ||
      (!english &&
        layout.jaFusionBetween.test(text.slice(a.end, b.start)) &&
        layout.jaFusionAfter.test(text.slice(b.end, b.end + 16)));
    // "PML/RARAの融合シグナル", "BCR/ABL1融合遺伝子", "EML4/ALK fusion": a slash is a list mark
    // ("KRAS/NRAS", "ALK/ROS1融合") unless a fusion word follows the two and they are a fusion
    // driver and a gene that is no driver (`layout.slashFusionAfter`). Read in the written order,
    // as "A-B".
    // (Or a known fusion pair with no fusion word: "EML4/ALK positive", "BCR/ABL positive",
    // drivers.yaml `slash_fusion_pairs`; "KRAS/NRAS wt" stays a list.)
    // (A single colon likewise, a known pair or a fusion word after the two: "EML4:ALK 陽性",
    // "EML4 : ALK融合遺伝子"; not a label's colon before a list, "EGFR：ALK…" of two drivers.)
    const colonJoined =
      /^[ \t]?[:：][ \t]?$/.test(text.slice(a.end, b.start)) &&
      (drivers.slashFusionPairs.has(`${a.genes[0]}/${b.genes[0]}`) ||
        (layout.slashFusionAfter.test(text.slice(b.end, b.end + 16)) &&
          oneDriverOnePartner(drivers, a.genes[0]!, b.genes[0]!))) &&
      !/^\s?[:：/／]/.test(text.slice(b.end, b.end + 2));
    const slashed =
      colonJoined ||
      (/^\s?[/／]\s?$/.test(text.slice(a.end, b.start)) &&
        ((layout.slashFusionAfter.test(text.slice(b.end, b.end + 16)) &&
          oneDriverOnePartner(drivers, a.genes[0]!, b.genes[0]!)) ||
          (drivers.slashFusionPairs.has(`${a.genes[0]}/${b.genes[0]}`) &&
            // (Unspaced: "NTRK3 / ETV6-NTRK3" is a table's gene column, then its fusion.)
            /^[/／]$/.test(text.slice(a.end, b.start)) &&
            // (Not inside a longer slash list: "EML4/ALK/ROS1".)
            !/^\s?[/／]/.test(text.slice(b.end, b.end + 2)) &&
            !/[/／]\s?$/.test(text.slice(Math.max(0, a.start - 2), a.start)))));
    // A spaced dash whose second gene is itself followed by a sign is a row of results, one sign
    // per gene ("EGFR －　ALK －　ROS1 －", "EGFR -  ALK +"), not a fusion "A - B". So is a spaced
    // dash that ends its line: "EGFR/ALK/ROS1 -" then "PD-L1 80%" on the next line.
    const signRow =
      /\s(?:-|–|—)[^\S\n]*\n/.test(text.slice(a.end, b.start)) ||
      (/\s(?:-|–|—)\s/.test(text.slice(a.end, b.start)) &&
        /^\s?(?:-|–|—|\+)(?=$|\s|[,、，;；])/.test(text.slice(b.end, b.end + 3)));
    if (
      signRow ||
      (!FUSION_JOINT.test(text.slice(a.end, b.start)) &&
        !(english && layout.fusionVerbJoint.test(text.slice(a.end, b.start))) &&
        !jaVerbal &&
        !slashed)
    )
      continue;
    const [first, second] = [a.genes[0]!, b.genes[0]!];
    // (In words the order says nothing of 5' and 3': "NTRK3 was fused to ETV6" is NTRK3's, the
    // driver fusion gene, when both may be fused.)
    const verbal = !FUSION_JOINT.test(text.slice(a.end, b.start)) && !slashed;
    const kinaseFirst =
      drivers.fusionGenes.has(first) &&
      (!drivers.fusionGenes.has(second) ||
        (verbal &&
          drivers.isDriver(first, null, 'fusion', null) &&
          !drivers.isDriver(second, null, 'fusion', null)));
    // (Two genes of no driver fusion are a pair only as a dashed name with its fusion word after
    // it, read in the written order, 5' then 3': "CLDN18-ARHGAP26 融合遺伝子" is ARHGAP26's.)
    if (
      !drivers.fusionGenes.has(first) &&
      !drivers.fusionGenes.has(second) &&
      !(
        FUSION_JOINT.test(text.slice(a.end, b.start)) &&
        layout.slashFusionAfter.test(text.slice(b.end, b.end + 16))
      )
    )
      continue;
    pairs.set(a, {
      gene: kinaseFirst ? first : second,
      partner: kinaseFirst ? second : first,
      end: b.end,
    });
    used.add(a);
    used.add(b);
    pairMembers.add(b);
    items.push({
      start: a.start,
      end: b.end,
      gene: kinaseFirst ? first : second,
      geneMention: kinaseFirst ? a : b,
      what: 'event',
      hgvsC: null,
      hgvsP: null,
      kind: 'fusion',
      exon: null,
      partner: kinaseFirst ? second : first,
      generic: false,
      rule: 'genetics.fusion-pair',
    });
    i += 1;
  }
  // A gene's label repeated by its result ("PTEN: no PTEN deletion", "EGFR - EGFR exon 19
  // deletion not detected"): one gene, so the label is no gene-level result of its own.
  for (let i = 0; i + 1 < genes.length; i += 1) {
    const [label, named] = [genes[i]!, genes[i + 1]!];
    if (
      label.genes.length === 1 &&
      named.genes.length === 1 &&
      label.genes[0] === named.genes[0] &&
      !used.has(label) &&
      !used.has(named) &&
      LABEL_THEN_SAME_GENE.test(text.slice(label.end, named.start))
    ) {
      used.add(label);
    }
  }
  const single = genes.filter((g) => !used.has(g));
  const nearestGene = (start: number, end: number): GeneMention | undefined => {
    // The gene in the variant's own reference ("NM_000546.6(TP53):c.584T>C"), else the one
    // written before (closest), else the one right after ("L858R in EGFR").
    const inside = single.find((g) => g.start >= start && g.end <= end);
    if (inside) return inside;
    // A change-first table row ("変化｜遺伝子｜VAF" over "p.R273H｜TP53｜41%"): the change opens the
    // row and its gene is the next cell, not a gene of the row above.
    const rowStart = text.lastIndexOf('\n', start - 1) + 1;
    if (start - rowStart <= 4 && /^[ \t　]*[|｜]?[ \t　]*$/.test(text.slice(rowStart, start))) {
      const cellGene = single.find(
        (g) =>
          g.start >= end &&
          g.start - end <= 6 &&
          /^[ \t　]*[|｜\t][ \t　]*$/.test(text.slice(end, g.start)),
      );
      if (cellGene) return cellGene;
    }
    const before = single.filter((g) => g.end <= start).at(-1);
    if (before) return before;
    // After the variant only through a link word: "L858R in EGFR", "p.V600E (BRAF)"; maybe after
    // its zygosity ("C282Y homozygous (HFE)").
    return single.find(
      (g) =>
        g.start >= end &&
        g.start - end <= 40 &&
        /^\s*(?:mutation|variant|substitution|(?:hetero|homo|hemi)zygo(?:us|te))?\s*(?:in|of|on|at|within|\(|（)\s*(?:the\s+)?$/i.test(
          text.slice(end, g.start),
        ),
    );
  };
  // "exon19 del（c.2235_2249del, p.E746_A750del）" with its gene typed as no symbol ("egfr"): the
  // HGVS in the bracket right after an exon-level class that always means one gene (drivers
  // `exon_hotspots`) is that gene's, as the class is.
  const exonHotspotBefore = (start: number): string | undefined => {
    if (!/[(（]\s*$/.test(text.slice(Math.max(0, start - 4), start))) return undefined;
    const event = parts.events.findLast((e) => e.end <= start);
    if (!event || event.exon === null || !/^\s*[(（]\s*$/.test(text.slice(event.end, start)))
      return undefined;
    return drivers.exonHotspots.get(`${event.kind}:${event.exon}`);
  };
  // Variants: c. and p. of one change written together become one item.
  const variants = [...parts.variants];
  const variantGenes = new Set<GeneMention>();
  for (let i = 0; i < variants.length; i += 1) {
    const v = variants[i]!;
    let hgvsC = v.hgvsC;
    let hgvsP = v.hgvsP;
    let end = v.end;
    const next = variants[i + 1];
    if (
      next &&
      (v.hgvsC === null) !== (next.hgvsC === null) &&
      // (Not a bare change after the bracket closed and a comma: "EGFR exon 19 deletion
      // (c.2235_2249del), T790M negative" names a second change; pgen10 item 12.)
      !(next.bare && /[)\]）］]\s*[,;、，；]/.test(text.slice(v.end, next.start))) &&
      // (Japanese punctuation too: "エクソン11の欠失（c.1669_1674del、p.W557_K558del）".)
      /^[\s,;:/()[\]|、，；：（）［］]*(?:p\.|protein|amino acid)?[\s,;:/()[\]|、，；：（）［］]*$/i.test(
        // (A legacy name written between them is another name of the same change: "c.771_775del
        // （旧表記999del5、p.Asn257Lysfs*17）", "c.68_69del (185delAG; p.Glu23fs)".)
        text.slice(v.end, next.start).replace(LEGACY_BETWEEN, ' '),
      )
    ) {
      hgvsC ??= next.hgvsC;
      hgvsP ??= next.hgvsP;
      // "C228T (c.-124C>T)": a promoter or UTR change has no protein change.
      if (hgvsC && /^c\.[-*]/.test(hgvsC)) hgvsP = null;
      // "G659fs*41（c.1976del）": a frameshift written with its stop but without its new residue
      // cannot be given in the full form (`p.Gly659ValfsTer41`) from the note; the c. written with
      // it names the change. The HGVS short form, "c.5266dup（p.Q1756fs）", is kept as written.
      if (hgvsC && hgvsP && /^p\.[A-Z][a-z]{2}\d+fsTer/.test(hgvsP)) hgvsP = null;
      end = next.end;
      i += 1;
    }
    // A gene from a line above serves HGVS, and a bare change that is that gene's driver
    // ("E542K" under a PIK3CA test title); a bare "K27M" under an MGMT line is no link.
    const block = parts.blockGene;
    const blockServes =
      block !== undefined &&
      (!v.bare ||
        parts.blockHasVariants === true ||
        (hgvsP !== null &&
          block.genes.length === 1 &&
          drivers.isDriverCodon(block.genes[0]!, hgvsP.replace(/[A-Z][a-z]{2}$|\*$/, ''))));
    let geneMention = nearestGene(v.start, end) ?? (blockServes ? block : null) ?? null;
    // A hotspot written apart from its gene ("MET amplification … and loss of T790M"): the
    // gene it always belongs to, unless its own gene stands right before it ("NRAS G12C").
    // So is a bare change written earlier in the note with its gene (a back-reference: "24-gene
    // panel including RET, … and ATM: the M918T seen in the tumour was not there" is RET's, the
    // gene it was reported with, not the last gene of the panel list).
    const earlierGene =
      v.bare && v.hgvsP && !drivers.hotspots.has(v.hgvsP)
        ? parts.namedEarlier?.(v.hgvsP, v.start)
        : undefined;
    const hotspotGene =
      v.bare && v.hgvsP ? (drivers.hotspots.get(v.hgvsP) ?? earlierGene) : undefined;
    if (
      hotspotGene &&
      geneMention &&
      !geneMention.genes.includes(hotspotGene) &&
      (gap(text, geneMention.end, v.start) > 1 ||
        // (A list closed before it is no gene of the change's own: "Blood panel (BRCA1, PALB2):
        // R248Q not detected".)
        (earlierGene !== undefined && /[):]/.test(text.slice(geneMention.end, v.start))) ||
        // (Nor a gene whose own finding a list separator closes before it, when the note names
        // the hotspot's gene and the nearer gene has no driver at that codon: "EGFR L858R陽性。
        // 再生検でMET増幅（+）、C797S（−）", "PIK3CA E545K、T790Mを検出" are EGFR's.)
        (hgvsP !== null &&
          drivers.hotspots.get(hgvsP) === hotspotGene &&
          parts.noteGenes?.has(hotspotGene) === true &&
          HOTSPOT_LIST_SEPARATOR.test(text.slice(geneMention.end, v.start)) &&
          !geneMention.genes.some((g) =>
            drivers.isDriverCodon(g, (hgvsP ?? '').replace(/[A-Z][a-z]{2}$|\*$/, '')),
          )))
    ) {
      geneMention = null;
    }
    const gene =
      (geneMention && geneMention.genes.length === 1
        ? geneMention.genes[0]!
        : hgvsP
          ? (drivers.hotspots.get(hgvsP) ?? (v.bare ? hotspotGene : undefined))
          : undefined) ?? (geneMention ? undefined : exonHotspotBefore(v.start));
    if (!gene) continue;
    if (v.bare && !geneMention && !drivers.hotspots.has(hgvsP ?? '') && gene !== hotspotGene)
      continue;
    // "(plasma: no ALK\nG1202R, …)", "no EGFR\nT790M": the hotspot's own gene ends the line
    // above, so the change is that gene's, read with it (and its result) where the sentence is
    // read across the line; this line alone would lose the negative before the gene.
    if (
      v.bare &&
      !geneMention &&
      /(?<![A-Za-z0-9-])([A-Z][A-Z0-9-]{1,9})[ \t]*\n[ \t]*$/.exec(
        text.slice(Math.max(0, v.start - 16), v.start),
      )?.[1] === gene
    )
      continue;
    // "KRAS - no mutations detected, including G12C, G12D": the gene has its own gene-level
    // negative besides the named variants, so it stays an item of its own.
    // So does "KRAS変異（G12C、G12Dを含む）は検出されず": the variants are examples in parentheses.
    // "BRCA1：病的バリアントなし（c.2612C>T（p.Pro871Leu）は良性多型…）": a change in a bracket
    // after the gene's own negative is an aside beside that result, not its subject.
    // (Not a bracket that holds nothing but changes: "BRAF｜陰性（V600E）", "KRAS：陰性（G12C、G12D）"
    // name what the negative was for, the tested variants; ja decision 77.)
    const aside =
      geneMention !== null &&
      ASIDE_AFTER_NEGATIVE.test(text.slice(Math.max(geneMention.end, v.start - 40), v.start)) &&
      !changesAlone(text, v.start, end, variants);
    // "前医でEGFR陰性、当院で再検しL858R陽性": the gene's own negative, closed by a comma, is a
    // result of its own (kept beside the change's, ja decision 52), not part of the change's words.
    const ownNegative =
      geneMention !== null &&
      geneMention !== parts.blockGene &&
      layout.geneNegativeCloses.test(
        text.slice(geneMention.end, Math.min(v.start, geneMention.end + 24)),
      );
    // "ALK+ NSCLC, G1202R on rebiopsy": so is the own positive of a gene whose positive is its
    // fusion (layout `gene_positive_closes`): the fusion, a finding beside the change.
    const ownFusionPositive =
      geneMention !== null &&
      v.bare &&
      geneMention.genes.every((g) => drivers.fusionPositiveGenes.has(g)) &&
      (layout.genePositiveCloses?.test(text.slice(geneMention.end, v.start)) === true ||
        layout.genePositiveDisease?.test(text.slice(geneMention.end, v.start)) === true);
    if (ownFusionPositive && geneMention) fusionPositive.add(geneMention);
    if (
      geneMention &&
      !aside &&
      !ownNegative &&
      !ownFusionPositive &&
      !layout.includingAfterNegative.test(text.slice(geneMention.end, v.start)) &&
      // ("Not detected: KRAS (including G12C, G12D and G13D)": the gene's own negative besides the
      // examples in its bracket, decisions 75 and 89; pgen10 item 11.)
      !(english && layout.includingBracketOpen.test(text.slice(geneMention.end, v.start))) &&
      !(
        /[(（]/.test(text.slice(geneMention.end, v.start)) &&
        layout.includedInParenthesis.test(text.slice(end, end + 60))
      )
    ) {
      used.add(geneMention);
    }
    // cobas-style "G719X" at a driver codon: any substitution there, no single change.
    const codon = /^[A-Z](\d+)X$/.exec(v.text);
    let codonLevel: string | undefined;
    if (v.bare && codon && hgvsP && drivers.isDriverCodon(gene, hgvsP.replace(/Ter$/, ''))) {
      codonLevel = hgvsP.replace(/Ter$/, '');
      hgvsP = null;
    }
    const kind: GeneticKind = hgvsC ? v.kind : hgvsP ? proteinKind(hgvsP) : 'snv';
    // A gene from a line above (a report block) is not part of the clause's words, nor is a
    // gene an earlier variant already took: in "EGFR L858R +ve, T790M -ve" the second item is
    // "T790M" alone, so the first one's "+ve" is not inside it.
    // So is a gene whose class word stands between it and the change as an entry of its own, a
    // list mark after it: in "EGFR：エクソン19欠失（＋）、L858R（－）" the change is "L858R" alone, so the
    // deletion's "(+)" is not inside it.
    const shared =
      geneMention !== null &&
      (variantGenes.has(geneMention) ||
        parts.events.some(
          (e) =>
            // (A class of its own, not a mutation word: "her father's PMS2 variant, c.137G>T" is
            // one finding.)
            e.kind !== 'other' &&
            e.start >= geneMention.end &&
            e.end <= v.start &&
            /[、,，;；]/.test(text.slice(e.end, v.start).replace(/[(（][^()（）\n]*[)）]/g, '')),
        ));
    if (geneMention) variantGenes.add(geneMention);
    const local =
      geneMention && geneMention !== parts.blockGene && !shared && !aside && !ownNegative
        ? geneMention
        : null;
    items.push({
      start: Math.min(v.start, local?.start ?? v.start),
      end: Math.max(end, local?.end ?? end),
      gene,
      geneMention,
      what: 'variant',
      hgvsC,
      hgvsP,
      kind: hgvsC && hgvsP ? v.kind : kind,
      exon:
        statedExon(
          text,
          (geneMention && geneMention !== parts.blockGene ? geneMention : local)?.end ?? v.start,
          v.start,
          end,
        ) ??
        // An exon written right before a change with no gene of its own on the line
        // ("陽性／ｴｸｿﾝ20 T790M 陰性").
        (Number(EXON_RIGHT_BEFORE.exec(text.slice(Math.max(0, v.start - 16), v.start))?.[1]) ||
          // Or the exon named as the gene's, right before it: "a point mutation in exon 11 of
          // KIT, c.1676T>A (p.Val559Asp)", "a deletion in exon 19 of EGFR (p.E746_A750del)".
          (local
            ? Number(EXON_OF_GENE.exec(text.slice(Math.max(0, local.start - 24), local.start))?.[1])
            : 0) ||
          null),
      partner: null,
      generic: false,
      ...(codonLevel ? { codon: codonLevel } : {}),
      rule: v.rule,
    });
  }
  // Class words: attach to the gene just before, else to the one just after ("fusions in
  // RET"), and to every gene of a list they close or open ("no ALK/ROS1/RET fusions").
  // Mutation words joined to a class word right after them ("変異・増幅"); events are in order.
  const coordinatedEvents = new Set<EventMention>();
  parts.events.forEach((event, i) => {
    const next = parts.events[i + 1];
    if (
      event.kind === 'other' &&
      next &&
      next.kind !== 'other' &&
      next.start - event.end <= 6 &&
      COORDINATION.test(text.slice(event.end, next.start))
    ) {
      coordinatedEvents.add(event);
    }
    // (English also the other way round: "MET amplification or mutation: not detected".)
    const previous = parts.events[i - 1];
    if (
      english &&
      event.kind === 'other' &&
      previous &&
      previous.kind !== 'other' &&
      !previous.kind.startsWith('exon_') &&
      event.start - previous.end <= 6 &&
      COORDINATION.test(text.slice(previous.end, event.start))
    ) {
      coordinatedEvents.add(event);
    }
  });
  // (Each event's neighbours, found by index: a clause of many class words stays linear.)
  const eventIndex = new Map(parts.events.map((e, i) => [e, i]));
  const neighbours = (i: number) =>
    [parts.events[i - 1], parts.events[i + 1]].filter((e) => e !== undefined);
  for (const event of parts.events) {
    if (parts.variants.some((v) => overlaps(v, event))) continue;
    // (On the pair's line: "NTRK1融合" on the next line is a result of its own.)
    const pairItem = items.find(
      (it) =>
        it.rule === 'genetics.fusion-pair' &&
        event.kind === 'fusion' &&
        near(it, event, 30) &&
        !text.slice(Math.min(it.end, event.end), Math.max(it.start, event.start)).includes('\n') &&
        // (Not a class word with another gene between: "EML4-ALK陽性、ROS1融合陰性" is ROS1's.)
        !single.some(
          (g) => g.start >= Math.min(it.end, event.end) && g.end <= Math.max(it.start, event.start),
        ) &&
        // (Nor a class word right after a gene of its own, before the pair: "KMT2A 再構成 陰性、
        // ETV6::RUNX1 陰性" is KMT2A's.)
        !(
          it.start >= event.end &&
          single.some(
            (g) =>
              g.end <= event.start &&
              /^\s?(?:遺伝子)?(?:の)?\s?$/.test(text.slice(g.end, event.start)),
          )
        ),
    );
    if (pairItem) continue;
    const nearestBefore = [...genes].filter((g) => g.end <= event.start).at(-1);
    // "he has no ALK, ROS1 or RET fusion, and exon 14 skipping was … not found": an exon-level
    // class after a gene that already has its own class word, in a new clause, is not that
    // gene's when the class always means another gene (drivers `exon_hotspots`: exon 14
    // skipping is MET's). (Not "EGFR exon 19 deletion and exon 21 L858R": no hotspot of
    // another gene.)
    const hotspotOfOther =
      english &&
      nearestBefore !== undefined &&
      event.kind.startsWith('exon_') &&
      event.exon !== null &&
      (() => {
        const hotspot = drivers.exonHotspots.get(`${event.kind}:${event.exon}`);
        return (
          hotspot !== undefined &&
          !nearestBefore.genes.includes(hotspot) &&
          /[,;]/.test(text.slice(nearestBefore.end, event.start)) &&
          parts.events.some(
            (e) =>
              e !== event &&
              e.kind !== 'other' &&
              e.start >= nearestBefore.end &&
              e.end <= event.start,
          )
        );
      })();
    // "BRAF V600E, no FGFR fusion": a family name right before the class word owns it (layout
    // `family_names`), unless it closes a list with the gene ("no ALK, RET or NTRK fusion").
    // So in Japanese: "Her2増幅なし、NTRK融合 陰性" (not "ALK・ROS1・NTRK融合遺伝子 陰性", a list).
    const familyOwned =
      nearestBefore !== undefined &&
      layout.familyBeforeClass !== null &&
      (() => {
        const between = text.slice(nearestBefore.end, event.start);
        const family = layout.familyBeforeClass.exec(between);
        return (
          family !== null &&
          !/^\s*(?:,|\/|&|\band\b|\bor\b|,\s*(?:and|or)\b|[、，・／]|および|及び|と|や)?\s*$/i.test(
            between.slice(0, family.index),
          )
        );
      })();
    const before = hotspotOfOther || familyOwned ? undefined : nearestBefore;
    const after = genes.find((g) => g.start >= event.end);
    // "HER2 IHC 2+; FISH negative": a confirmatory call opening the next clause of the line is
    // the gene's result (layout `continuing_calls`); the semicolon does not end its reach.
    const continued =
      before !== undefined &&
      event.kind === 'amplification' &&
      continuingCall(text, before.end, event.start, layout) &&
      // (Not when the call names its own gene: "FISH negative for ALK".)
      (after === undefined || /[;；。\n]/.test(text.slice(event.end, after.start)));
    const gapBefore = before
      ? gap(text, before.end, event.start, continued)
      : Number.POSITIVE_INFINITY;
    // "a germline BRCA2 pathogenic variant and biallelic loss in the tumour", "BRCA2 c.… with
    // biallelic inactivation": the second hit on that variant, no deletion of its own (en
    // decision 51).
    if (
      event.kind === 'copy_loss' &&
      before !== undefined &&
      /^biallelic/i.test(event.text) &&
      layout.secondHitAfter.test(text.slice(before.end, Math.min(event.start, before.end + 120))) &&
      // (Not one that names its own genes: "a biallelic deletion spanning CDKN2A and CDKN2B".)
      !(english && after && layout.eventBeforeGene.test(text.slice(event.end, after.start)))
    ) {
      continue;
    }
    // "HER2 (IHC) 2+, ISH ratio 4.2, amplified": an amplification result may trail its gene.
    // Also across the measurements of an ISH line to the conclusion after its arrow ("HER2/CEP17比
    // 1.6、HER2シグナル 3.4個/核 → ASCO/CAPグループ5、増幅なし").
    const concluded =
      event.kind === 'amplification' &&
      before !== undefined &&
      event.start - before.end <= (continued ? 120 : 60) &&
      (/^[^→\n。;；]*→[^→\n。;；]*$/.test(text.slice(before.end, event.start)) ||
        // Or an English ISH line's measurements up to its call, with no arrow: "HER2 dual-probe
        // FISH - mean HER2 8.1 and CEP17 2.0 signals/cell, ratio 4.05, amplified", "HER2/CEP17
        // ratio 2.3, mean 6.4 copies per nucleus - amplified". Only the signal counts and ratio
        // between (no sentence or clause break), so the call is that measurement's.
        // (Across the semicolon of a continuing ISH call, layout `continuing_calls`: "HER2 IHC
        // 2+; reflex ISH ratio 1.6 with 3.4 copies/cell, so not amplified".)
        (english &&
          layout.ishMeasurement.test(text.slice(before.end, event.start)) &&
          !(continued ? /\n|\.(?!\d|\s)/ : /[\n;]|\.(?!\d)/).test(
            text.slice(before.end, event.start),
          )) ||
        // So in Japanese: "HER2/CEP17比 2.5、平均コピー数 6.0 で、今回は増幅ありと判定", "HER2 シグナル
        // 数 5.8、比 2.9 → 増幅".
        (!english &&
          layout.jaIshMeasurement.test(text.slice(before.end, event.start)) &&
          !/[\n;；。]/.test(text.slice(before.end, event.start))));
    // A Japanese ISH test told in prose, in one sentence, from the gene to its call: "HER2：生検では
    // DISHが判定保留（比1.9）で再検の予定だったが、切除検体でFISHをやり直したところ比1.2で増幅なし",
    // "HER2はIHC 2+のためFISHを追加し、HER2/CEP17比 1.4で増幅は認められず", "9p21（CDKN2A）のFISHでは
    // 72%の腫瘍細胞にホモ接合性欠失のシグナルパターンを認めた". The call is that test's, past the word
    // reach of a plain class word (still no other gene between: `before` is the nearest).
    // (So is a break-apart call: "ROS1：IHC（SP384）陽性であったが、FISHで分離シグナルを認めず".)
    const concludedInProse =
      !english &&
      (event.kind === 'amplification' || event.kind === 'copy_loss' || event.kind === 'fusion') &&
      before !== undefined &&
      event.start - before.end <= 120 &&
      JA_ISH_TEST.test(text.slice(before.end, event.start)) &&
      !/[\n;；。]/.test(text.slice(before.end, event.start));
    // So in English, the ISH call told with its test in a later clause of the gene's sentence:
    // "HER2 on the biopsy was 2+ by IHC, so it went on to FISH, which was positive", "HER2 was
    // 3+ by IHC, and the dual-probe ISH done for the trial screen confirmed amplification" (the
    // event's own words name the ISH test, en.yaml; no other gene between).
    const ishCallInProse =
      english &&
      event.kind === 'amplification' &&
      before !== undefined &&
      event.start - before.end <= 120 &&
      /^(?:(?:dual|single)(?:[- ](?:probe|colou?r))?\s+|bright[- ]?field\s+)?[FSC]?ISH\b/i.test(
        event.text,
      ) &&
      !/[\n;]|\.(?!\d)/.test(text.slice(before.end, event.start));
    const reach =
      event.reach ??
      (event.kind === 'amplification'
        ? concluded || concludedInProse || ishCallInProse
          ? 24
          : 9
        : concludedInProse
          ? 24
          : 4);
    const exonLevel = event.kind.startsWith('exon_');
    // A gene above told in a finished sentence of its own prose ("本人に同じBRCA1の変化は認められ
    // なかった。⏎参考までに肺癌の情報も確認：…リアルタイムPCRではエクソン19の欠失が陽性"): no heading,
    // so an exon-level class that always means one other gene (drivers `exon_hotspots`) is that
    // gene's, not the gene of the sentence above.
    const hotspotGene =
      exonLevel && !before && event.exon !== null && parts.blockGene
        ? drivers.exonHotspots.get(`${event.kind}:${event.exon}`)
        : undefined;
    const blockLineEnd = parts.blockGene ? text.indexOf('\n', parts.blockGene.end) : -1;
    const hotspotOverProse =
      hotspotGene !== undefined &&
      !parts.blockGene!.genes.includes(hotspotGene) &&
      (english
        ? // English: the gene above ends its clause or sentence before the class ("ALK FISH
          // negative; exon 14 skipping not detected", "KRAS G12C. Exon 19 deletion: not
          // detected"), so it does not head it.
          /[;.](?:\s|$)/.test(text.slice(parts.blockGene!.end, event.start))
        : text.slice(parts.blockGene!.end, event.start).includes('\n') &&
          text
            .slice(parts.blockGene!.end, blockLineEnd < 0 ? text.length : blockLineEnd)
            .includes('。'));
    let targets: GeneMention[] = [];
    // An exon-level class attached to a gene out of reach (a test's name heading a list of
    // rows: "コバスEGFR変異検出キット：エクソン19欠失 陽性、エクソン20挿入 陰性"): the item is the
    // class words alone, so the results of the rows between are not inside it.
    let distant = false;
    // "NF1 - no pathogenic alterations detected": a negated class word heads what follows it,
    // it does not describe the gene before it.
    // But a class negated right after its gene's label is that gene's ("CDKN2A/B: no homozygous
    // deletion"): a class word, not a generic one, has no list after it to head. A spaced dash
    // is such a label too ("ALK, ROS1, RET - no fusion transcripts detected").
    const labelledBefore =
      before !== undefined &&
      event.kind !== 'other' &&
      // (A method in brackets and dotted leaders may come first: "CDKN2A/B (MLPA) ..... no
      // homozygous deletion".)
      // (Or a longer method aside: "CDKN2A/B (copy-number analysis from the NGS panel): no
      // homozygous deletion"; the whole gap is that label, so it is not counted in words below.)
      (/^(?:\s*[(（][^)）\n]{1,60}[)）])?(?:\s*[:：]|\s+[-–—]|\s*\.{3,})\s*(?:no|without|absence of)\s+(?:[a-z][\w-]*\s+){0,2}$/i.test(
        text.slice(before.end, event.start),
      ) ||
        // Or the gene as the subject of a verb that has the negated class as its object: "MET
        // showed no amplification", "the FLT3 gene showed no internal tandem duplication",
        // "ERBB2 had no amplification": the class is the gene's (spec §3), not a heading.
        (english &&
          /^(?:\s+gene)?\s+(?:showed|shows|had|has|harbou?red|harbou?rs|carried|carries|revealed|demonstrated)\s+no\s+(?:[a-z][\w-]*\s+){0,2}$/.test(
            text.slice(before.end, event.start),
          )) ||
        // Or the gene's test that looked for the class, its name longer than the reach allows:
        // "The FLT3 fragment analysis looked for an internal tandem duplication and none was
        // seen", "the MET FISH assay screened for amplification": the class is what that
        // gene's test sought.
        (english && layout.geneTestSought.test(text.slice(before.end, event.start))) ||
        // Or the gene as the subject of a test verb, the class then named with "the": "FLT3 was
        // checked by fragment analysis and the ITD was negative", "ALK was tested by FISH and the
        // rearrangement was not seen": the class is that gene's, past the word reach.
        (english && layout.geneTestedThenClass.test(text.slice(before.end, event.start))));
    // (Not an ISH call that continues its gene's clause, "… FISH ratio 1.6, so no
    // amplification": the negation is that gene's result, not a heading.)
    const negated =
      !labelledBefore &&
      !(continued && concluded) &&
      /\b(?:no|No|NO|without|Without|negative for|Negative for|NEGATIVE FOR|absence of)\s+(?:[a-z][\w-]*\s+){0,2}$/.test(
        text.slice(Math.max(0, event.start - 30), event.start),
      );
    // An exon-numbered class belongs to the gene right before it: exon numbers are per gene,
    // so "EGFR, KRAS, BRAF and MET exon 14 skipping" is MET's skipping and four genes.
    // "a change in TP53 and loss of both copies of PTEN", "a TP53 mutation and homozygous
    // deletion of PTEN", "KRAS G12D plus amplification of MET": a class joined to the gene before
    // only by "and" that names its own gene after it ("of PTEN") is that gene's, not the one
    // before (items of a new conjunct, so the word reach alone must not decide).
    const ownGeneAfter =
      english &&
      before !== undefined &&
      after !== undefined &&
      !labelledBefore &&
      /^[^.;\n]{0,60}?(?:^|[\s,])(?:and|plus|as\s+well\s+as|along\s+with|together\s+with)\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$/i.test(
        text.slice(before.end, event.start),
      ) &&
      layout.eventBeforeGene.test(text.slice(event.end, after.start));
    if (
      before &&
      !ownGeneAfter &&
      (gapBefore <= reach || (labelledBefore && gapBefore < Infinity)) &&
      !negated
    ) {
      targets =
        event.exon !== null ||
        parallelClass(parts.events, event, genes, text, english) ||
        (!english && mixedList(parts.variants, listEndingAt(genes, before, text, layout), text)) ||
        (!english &&
          ownItemClass(listEndingAt(genes, before, text, layout), event, text, drivers)) ||
        hyphenGlued(text, before, event, genes) ||
        (!english && bracketGlued(text, before, event))
          ? [before]
          : english
            ? listEndingAt(genes, before, text, layout)
            : innerRun(listEndingAt(genes, before, text, layout), text);
      // "EML4-ALK、RET融合なし": the named fusion is an entry of its own, not the first gene of the
      // class's list (only a list's first gene can be a pair's second: a dash is no list joint).
      if (!english && targets.length > 1 && pairMembers.has(targets[0]!))
        targets = targets.slice(1);
      // "ALK：陰性、ROS1：陰性、RET：陰性（いずれも融合遺伝子）": a bracketed class said of them all is
      // the class of every result row of the run it closes, not of the last gene alone.
      if (!english && layout.jaClassForAll.test(text.slice(before.end, event.start)))
        targets = resultRowRun(genes, targets[0]!, text).concat(targets.slice(1));
    } else if (
      after &&
      (english
        ? layout.eventBeforeGene.test(text.slice(event.end, after.start))
        : // "融合遺伝子（ALK／ROS1／RET）：いずれも非検出": a class heading a bracketed list.
          // Or a class as the topic of the list after it, in prose ("融合遺伝子の方はROS1とRETが
          // 検出されず", "増幅については、METとERBB2はいずれも認めず"): no gene before it in reach,
          // so the class is what the following genes were tested for (decision 5).
          event.kind !== 'other' &&
          (/^\s*(?:遺伝子)?\s*[(（]\s*$/.test(text.slice(event.end, after.start)) ||
            // (Its result between: "融合遺伝子陰性（ALK、ROS1）", layout `ja_class_result_before_list`.)
            layout.jaClassResultBeforeList?.test(text.slice(event.end, after.start)) ||
            /^\s*(?:遺伝子)?\s*(?:の方は|については|に関しては|に関して|では|は)\s*[、,]?\s*$/.test(
              text.slice(event.end, after.start),
            )))
    ) {
      targets = listStartingAt(genes, after, text, layout);
    } else if (
      (before ?? parts.blockGene) &&
      event.kind !== 'other' &&
      keyBlockRow(text, (before ?? parts.blockGene)!, event)
    ) {
      // "Gene ....... CDKN2A" over "Type ....... copy number 0 (homozygous loss)": a row of the
      // gene's key-value block.
      targets = [(before ?? parts.blockGene)!];
      distant = !before;
    } else if (exonLevel && (before ?? parts.blockGene) && !hotspotOverProse) {
      // "EGFR mutation analysis (PCR, exons 18-21): MUTATION DETECTED - exon 19 deletion".
      targets = [(before ?? parts.blockGene)!];
      distant = true;
    } else if (
      !english &&
      event.kind === 'amplification' &&
      !before &&
      parts.blockGene &&
      jaIshBlockCall(text, parts.blockGene, event, layout)
    ) {
      // "HER2 FISH：⏎　HER2/CEP17比 4.6⏎　平均HER2コピー数 9.8/核⏎　判定：増幅あり": the call row of an
      // ISH block is the gene's of the measure rows above it.
      targets = [parts.blockGene];
      distant = true;
    } else if (
      parts.answersBlockGene &&
      parts.blockGene &&
      !before &&
      event.kind !== 'other' &&
      event.kind !== 'wild_type'
    ) {
      // "ALK positivity was suspected, but FISH showed no rearrangement": the class of the result
      // that answers a hypothesis about one gene is that gene's.
      targets = [parts.blockGene];
      distant = true;
    } else if (event.kind === 'wild_type' && !before && parts.blockGene) {
      // A gene region in a clause of its own under the gene's label: "FLT3: ITD not detected;
      // TKD (D835/I836) not detected" (the region is FLT3's, as in "FLT3 ITD neg, TKD neg").
      targets = [parts.blockGene];
      distant = true;
    }
    // An exon-level class with no gene in its clause or above it ("初回コバスでエクソン21 L858R陽性・
    // エクソン19欠失陰性", "ex19del陽性"): the gene it always means (drivers `exon_hotspots`), as a
    // bare "T790M" is EGFR's. The item is the class words alone.
    // (Japanese: a gene after it in another clause is no gene of its own: "エクソン19の欠失があり、
    // L858RとT790Mはどちらも陰性だった（PD-L1 22C3 TPS 10%）", "エクソン19欠失陰性、KRAS G12C陽性".)
    const exonHotspot =
      exonLevel &&
      !before &&
      (!after || (!english && /[、,。;；\n（(]/.test(text.slice(event.end, after.start)))) &&
      (!parts.blockGene || hotspotOverProse) &&
      event.exon !== null
        ? drivers.exonHotspots.get(`${event.kind}:${event.exon}`)
        : undefined;
    // "The ITD assay (CE) was negative, so the FLT3 is a TKD change only", "ITD negative" under
    // an NPM1 line: a class word that always means one gene (drivers `class_hotspots`) and that
    // no gene before it took is that gene's, as an exon-level hotspot is. The item is the class
    // words alone.
    const classHotspot =
      targets.length === 0 && !before
        ? drivers.classHotspots.find((h) => h.re.test(event.text))?.gene
        : undefined;
    if ((exonHotspot ?? classHotspot) && targets.length === 0) {
      items.push({
        start: event.start,
        end: event.end,
        gene: (exonHotspot ?? classHotspot)!,
        geneMention: null,
        what: 'event',
        hgvsC: null,
        hgvsP: null,
        kind: event.kind,
        exon: event.exon,
        partner: null,
        generic: false,
        eventEnd: event.end,
        rule: event.rule,
      });
      continue;
    }
    // "HER2 IHC 2+, ISH negative": an ISH call is an amplification result only for a gene whose
    // amplification is what ISH tests; "ALK FISH positive" is a rearrangement probe's (decision 27).
    if (event.kind === 'amplification' && ISH_CALL.test(event.text)) {
      targets = targets.filter((t) =>
        t.genes.some((g) => drivers.isDriver(g, null, 'amplification', null)),
      );
    }
    const generic = event.kind === 'other';
    if (generic) targets = targets.slice(-1);
    const coordinated = generic && coordinatedEvents.has(event);
    // "ERBB2: no mutation or amplification", "AR: no amplification or ligand-binding domain
    // mutations": one negation of the class and of the gene's mutations, two results (en
    // decision 89). The mutation word adds the gene-level item beside the class.
    const negatedMutations =
      english && !generic && !exonLevel && targets.length > 0
        ? negatedCoordination(text, event, neighbours(eventIndex.get(event)!), targets[0]!)
        : undefined;
    if (negatedMutations) {
      for (const target of targets) {
        for (const gene of target.genes) {
          items.push({
            start: target.start,
            end: target.end,
            gene,
            geneMention: target,
            what: 'gene',
            hgvsC: null,
            hgvsP: null,
            kind: 'other',
            exon: null,
            partner: null,
            generic: true,
            eventEnd: negatedMutations.end,
            coordinated: true,
            rule: negatedMutations.rule,
          });
        }
      }
    }
    // "EGFR mutation analysis: no mutations detected": the word names the test, so the gene
    // stays a gene with a result.
    if (generic && layout.testNoun.test(text.slice(event.end, event.end + 24))) targets = [];
    for (const target of targets) {
      // "KRAS G12C mutation": the word adds nothing to the variant already attached. (A word
      // joined to the gene's class, "MET amplification or mutation", is a result of its own.)
      if (generic && used.has(target) && !(coordinated && english && !variantGenes.has(target)))
        continue;
      const pair = pairs.get(target);
      // "EGFR neg (incl. exon 20 insertions)": a class named as an example of the gene's own
      // negative, as named variants are (decision 75): the gene keeps its gene-level result,
      // and the item is the class words alone.
      // So is a class told after the gene's own negative, closed by a comma ("EGFR：前医では陰性、
      // 当院再検でexon19欠失陽性"): the negative is a result of its own (ja decision 52), as for a
      // change written after it (`ownNegative` above).
      // "EGFR（エクソン19欠失、L858R、T790M を含む）：検出されず": a class in a parenthesis of
      // examples, as changes are above (ja decision 61, not 77's bare bracket).
      // ("Not detected: EGFR (including exon 19 deletions and exon 20 insertions)", decision 89.)
      const bracketExample =
        !generic &&
        target === before &&
        /[(（]/.test(text.slice(before.end, event.start)) &&
        (layout.includedInParenthesis.test(text.slice(event.end, event.end + 60)) ||
          (english && layout.includingBracketOpen.test(text.slice(before.end, event.start))));
      const example =
        !generic &&
        target === before &&
        (layout.includingAfterNegative.test(text.slice(before.end, event.start)) ||
          bracketExample ||
          (!english &&
            target !== parts.blockGene &&
            layout.geneNegativeCloses.test(
              text.slice(before.end, Math.min(event.start, before.end + 24)),
            )));
      for (const gene of pair ? [pair.gene] : target.genes) {
        if (!example) used.add(target);
        // "Her tumour showed loss of MLH1": a stain's loss, told only by its clause.
        if (event.byClause && drivers.expressionGenes.has(gene)) continue;
        // A generic word ("mutation", "pathogenic variants") says nothing specific: the item
        // is the gene, so "No pathogenic variants identified in BRCA1" negates BRCA1.
        const own = target === before || target === after;
        const fromAbove =
          (target === parts.blockGene && !genes.includes(target)) || distant || example;
        items.push({
          start: fromAbove
            ? event.start
            : generic || !own
              ? target.start
              : Math.min(target.start, event.start),
          end: fromAbove
            ? event.end
            : generic || !own
              ? target.end
              : Math.max(target.end, event.end),
          gene,
          geneMention: target,
          what: generic ? 'gene' : 'event',
          hgvsC: null,
          hgvsP: null,
          kind: event.kind,
          exon:
            generic && own
              ? (event.exon ??
                statedExon(text, target.end, event.start, event.start) ??
                // (Also an exon bracketed alone after the class word that follows the gene:
                // "KIT遺伝子変異（exon 11）陽性", "KIT遺伝子変異陽性（エクソン11）"; not a class of its
                // own there, "EGFR遺伝子変異陽性（exon 19欠失）", the same finding, decision 2.)
                (target === before
                  ? Number(
                      GENERIC_EXON_BRACKET.exec(text.slice(event.end, event.end + 40))?.[1] ??
                        Number.NaN,
                    ) || null
                  : null))
              : (event.exon ??
                // (Also under a block's gene label: "Gene ..... FLT3 / Type ..... internal tandem
                // duplication (ITD), 36 bp, exon 14".)
                (event.kind === 'duplication' && (own || target === parts.blockGene)
                  ? statedExon(text, target.end, event.start, event.end)
                  : null)),
          partner: pair?.partner ?? null,
          generic,
          eventEnd: event.end,
          ...(coordinated ? { coordinated } : {}),
          ...(bracketExample ? { bracketExample } : {}),
          rule: event.rule,
        });
      }
    }
  }
  // Genes alone: findings only if a result is stated about them.
  for (const g of single) {
    if (used.has(g)) continue;
    for (const gene of g.genes) {
      items.push({
        start: g.start,
        end: g.end,
        gene,
        geneMention: g,
        what: 'gene',
        hgvsC: null,
        hgvsP: null,
        kind: 'other',
        // "CALR exon 9 (fragment analysis)  52-bp deletion DETECTED": the exon tested, kept
        // on a gene-level positive (decision 6; a gene-level negative drops it). So in Japanese,
        // "CALR エクソン9（フラグメント解析）：5bp 挿入を検出".
        exon:
          Number(layout.geneExon.exec(text.slice(g.end, g.end + 12))?.[1] ?? Number.NaN) || null,
        partner: null,
        generic: false,
        // (Its own fusion positive closing its entry, "ALK+ NSCLC, G1202R": resolve.ts keeps it
        // beside a change of the gene, whether the change took the gene or another clause's.)
        rule:
          fusionPositive.has(g) ||
          (drivers.fusionPositiveGenes.has(gene) &&
            (layout.genePositiveCloses?.test(text.slice(g.end, g.end + 80)) === true ||
              layout.genePositiveDisease?.test(text.slice(g.end, g.end + 80)) === true))
            ? 'genetics.gene.fusion-positive'
            : 'genetics.gene',
      });
    }
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return { items, used };
}

/** An in-situ hybridisation call written as the class ("FISH positive", "dual ISH negative"). */
const ISH_CALL = /(?<![A-Za-z])[FSCD]?ISH(?![A-Za-z])/;

/**
 * A mutation word joined to a class word under one negation: "no mutation or amplification",
 * "no amplification or ligand-binding domain mutations" (a few words may qualify the second).
 */
function negatedCoordination(
  text: string,
  event: EventMention,
  events: readonly EventMention[],
  first: GeneMention,
): EventMention | undefined {
  const negation = /(?<![A-Za-z])(?:no|without|negative for|absence of)\s+$/i;
  // (Or before the genes the pair follows: "No ERBB2 amplification or mutation detected".)
  if (
    first.end <= event.start &&
    negation.test(text.slice(Math.max(0, first.start - 16), first.start))
  ) {
    return events.find(
      (other) =>
        other.kind === 'other' &&
        other.start >= event.end &&
        other.start - event.end <= 60 &&
        /^\s*(?:or|nor|and|,)\s+(?:[A-Za-z][\w-]*\s+){0,3}$/i.test(
          text.slice(event.end, other.start),
        ),
    );
  }
  return events.find(
    (other) =>
      other.kind === 'other' &&
      ((other.end <= event.start &&
        event.start - other.end <= 8 &&
        COORDINATION.test(text.slice(other.end, event.start)) &&
        negation.test(text.slice(Math.max(0, other.start - 16), other.start))) ||
        (other.start >= event.end &&
          other.start - event.end <= 60 &&
          /^\s*(?:or|nor|and|,)\s+(?:[A-Za-z][\w-]*\s+){0,3}$/i.test(
            text.slice(event.end, other.start),
          ) &&
          negation.test(text.slice(Math.max(0, event.start - 16), event.start)))),
  );
}

/** Between two class words of one phrase: "変異・増幅", "変異および増幅", "mutation or amplification". */
const COORDINATION = /^\s*(?:・|、|,|\/|及び|および|や|と|or|and|nor)\s*$/i;

// (Also joined by a Japanese particle: "エクソン13のV654Aは検出されなかった", "エクソン17にN822K".)
/**
 * An exon bracketed alone after a gene's class word, its call maybe between: "（exon 11）陽性"; its
 * mutation word too, no class of its own: "陽性（エクソン21点突然変異）", "（exon21 point mutation）".
 */
const GENERIC_EXON_BRACKET =
  /^[ \t　]*(?:陽性|検出|positive|detected)?[ \t　]*[(（][ \t　]*(?:exon|エクソン|エキソン|ex)\.?[ \t　]*(\d{1,2})[ \t　]*(?:の[ \t　]*)?(?:点突然変異|点変異|変異|(?:point|missense)\s?mutations?|mutations?)?[ \t　]*[)）]/i;

/** The exon named right before its gene: "in exon 11 of KIT", "exon 19 of the EGFR". */
const EXON_OF_GENE = /\bexon\s*(\d{1,2})\s+of\s+(?:the\s+)?$/i;
const EXON_RIGHT_BEFORE =
  /(?:exon|エクソン|エキソン|ex)\.?\s*(\d{1,2})\s*(?:[:：]|の|に|では)?\s*$/i;

/** A negative result, then a bracket opening on the change: "なし（c.2612C>T", "negative (VUS: ". */
const ASIDE_AFTER_NEGATIVE =
  /(?:なし|無し|陰性|認めず|認めない|認められず|検出されず|検出せず|検出されなかった|\bnegative|\bnot detected|\bnone|\bno\s+(?:[a-z]+\s+){0,2}(?:detected|found|identified|seen))\s*[（(][^（()）\n]{0,12}$/i;

/**
 * Whether the bracket around a change holds only changes and list joints ("（V600E）",
 * "（G12C、G12D）"), not an aside with words of its own ("（c.2612C>T（p.P871L）は良性多型）").
 */
function changesAlone(
  text: string,
  start: number,
  end: number,
  variants: readonly { start: number; end: number }[],
): boolean {
  const lead = text.slice(Math.max(0, start - 40), start);
  const open = Math.max(lead.lastIndexOf('('), lead.lastIndexOf('（'));
  const close = text.slice(end, end + 60).search(/[()（）\n]/);
  if (open < 0 || close < 0 || !/[)）]/.test(text.charAt(end + close))) return false;
  const from = start - lead.length + open + 1;
  const to = end + close;
  let rest = text.slice(from, to);
  for (const w of variants) {
    if (w.start >= from && w.end <= to)
      rest = `${rest.slice(0, w.start - from)}${' '.repeat(w.end - w.start)}${rest.slice(w.end - from)}`;
  }
  return /^[\s、,，・/／]*$/.test(rest);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end;
}

function near(a: { start: number; end: number }, b: { start: number; end: number }, by: number) {
  return Math.abs(a.end - b.start) <= by || Math.abs(b.end - a.start) <= by;
}

/** A key-value row naming one gene: "Gene: CDKN2A", "Gene ........ TP53", "遺伝子：BRCA1". */
export const GENE_KEY_ROW =
  /^[\s\-*•・]*(?:gene|遺伝子)(?:\s*\.{2,}|\s*[:：])\s*[A-Za-z0-9-]+\s*$/i;

/**
 * Whether `event` sits on a row of the key-value block that `gene`'s row heads: the gene alone on
 * a "Gene: …" row, then up to six rows with no blank line between.
 */
function keyBlockRow(
  text: string,
  gene: { start: number; end: number },
  event: { start: number },
): boolean {
  const rowStart = text.lastIndexOf('\n', gene.start - 1) + 1;
  const rowEnd = text.indexOf('\n', gene.end);
  if (rowEnd < 0 || rowEnd >= event.start || event.start - rowEnd > 600) return false;
  if (!GENE_KEY_ROW.test(text.slice(rowStart, rowEnd))) return false;
  const rows = text.slice(rowEnd + 1, event.start).split('\n');
  return (
    rows.length <= 6 &&
    rows.slice(0, -1).every((row) => row.trim() !== '' && !GENE_KEY_ROW.test(row))
  );
}

/**
 * One line break inside wrapped prose: the line goes on in lower case, no sentence end before.
 * (A gene's own label colon may come first, with words after it on the line: "MET: no\n
 * amplification and no exon 14 skipping"; a colon ending the line opens rows of its own.)
 */

/** An in-situ hybridisation test named in Japanese prose (FISH, DISH, SISH, ISH法). */
const JA_ISH_TEST = /(?<![A-Za-z])(?:[DFS]?ISH|DISH)(?![A-Za-z])/;

// (Or in a measurement of the gene's signals: "mean HER2\n6.1 copies/cell - amplified".)
const WRAPPED_GAP =
  /^(?:[ \t]*:(?=[ \t]*[^\s]))?[^\n.:]*\n[ \t]*(?:[a-z]|\d{1,4}(?:\.\d+)?[ \t]*(?:%|(?:copies|copy|signals?)\b))[^\n]*$/;

/**
 * Words between two offsets (punctuation ignored); "EGFR gene mutation" has a gap of 1.
 * `throughBreak`: one clause break (";", "。") is crossed, as for a continuing call.
 */
/** A list separator between a gene's own finding and a later bare change ("E545K、T790M"). */
const HOTSPOT_LIST_SEPARATOR = /[、，,;；／/・]/;

function gap(text: string, from: number, to: number, throughBreak = false): number {
  const between = text.slice(from, to);
  if ((throughBreak ? /[;；。][\s\S]*[;；。]/ : /[;。]/).test(between))
    return Number.POSITIVE_INFINITY;
  // A line break ends the reach, unless prose wraps there ("HER2\nnot amplified").
  // (Also when the wrapped line starts with the class word itself: "no ALK, RET or NTRK1/2/3\n
  // fusion"; a capitalised word there opens a row of its own.)
  if (
    between.includes('\n') &&
    !WRAPPED_GAP.test(between) &&
    !(
      /^(?:[ \t]*:(?=[ \t]*[^\s]))?[^\n.:]*\n[ \t]*$/.test(between) &&
      /^[a-z]/.test(text.slice(to, to + 1))
    )
  )
    return Number.POSITIVE_INFINITY;
  const words = between.match(
    /[A-Za-z0-9]+|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]+/gu,
  );
  // Japanese runs are not words: "遺伝子" between gene and 変異 is one step.
  return words ? words.length : 0;
}

/**
 * A confirmatory test's call that opens the last clause between a gene and a class word on one
 * line ("HER2 IHC 2+ (equivocal); reflex FISH negative"): it continues the gene's clause.
 */
function continuingCall(text: string, from: number, to: number, layout: CompiledLayout): boolean {
  if (layout.continuingCall === null || to - from > 120) return false;
  const between = text.slice(from, to);
  // (Or an English full stop: "HER2 IHC 2+. FISH then done on the core: ratio 1.6, 3.4
  // signals/cell, so no amplification", whose sentence extract.ts joins to the one before.)
  const cut = Math.max(
    between.lastIndexOf(';'),
    between.lastIndexOf('；'),
    between.lastIndexOf('。'),
    between.search(/\.\s(?![\s\S]*\.\s)/),
  );
  if (cut < 0 || between.includes('\n')) return false;
  return layout.continuingCall.test(text.slice(from + cut + 1, from + cut + 121));
}

/**
 * An exon stated with a variant, on its line: "EGFR exon 21 L858R", "Exon 20 T790M: not
 * detected", "L858R (exon 21)". The nearest mention before the variant wins, then one right after.
 */
function statedExon(text: string, from: number, variantStart: number, variantEnd: number) {
  // Within the variant's line, and near it (a line can be very long).
  const windowStart = Math.max(0, variantStart - 80);
  const newline = text.slice(windowStart, variantStart).lastIndexOf('\n');
  // A phrase wrapped between its gene and its class or change ("reported it as KIT exon 11\n
  // mutated"): the short run from the gene on, across that one line break, is still its words.
  const wrappedFrom =
    from < variantStart &&
    variantStart - from <= 30 &&
    text.slice(from, variantStart).split('\n').length === 2;
  const lineStart = newline < 0 || wrappedFrom ? windowStart : windowStart + newline + 1;
  const lead = text.slice(
    Math.max(lineStart, windowStart, Math.min(from, variantStart)),
    variantStart,
  );
  // Not the exon of a class written before it ("エクソン19欠失／L858R"), nor a range's first
  // ("exon 1-6"); a hyphen to a word is the exon's own ("KIT exon 11-mutant GIST").
  const exon =
    /(?:exon|エクソン|エキソン|ex)\.?\s*(\d{1,2})(?!\d|[-–]\s*\d)(?!\s*(?:の)?\s*(?:欠失|挿入|スキッピング|deletion|insertion|del|ins|skipping|dup))/gi;
  const before = [...lead.matchAll(exon)].at(-1);
  if (before) return Number(before[1]);
  // (Also in a bracket after its positive call: "FLT3-ITD 陽性（エクソン14、AR値 0.35）".)
  // (Also after the duplication's length: "FLT3 | ITD, 54 bp, exon 14", and after the class's
  // abbreviation in brackets: "internal tandem duplication (ITD), 36 bp, exon 14"; not after a
  // bracket's close, "exon 18 (G719X), exon 20 (T790M)".)
  // (Not the exon of a class written after it as the next entry: "L858R, exon 19 deletion
  // negative"; a bracket may still say what the change does, "c.3028+1G>T (exon 14 skipping)".)
  const trail =
    /^(?:\s*(?:陽性|検出|positive|detected)(?=\s*[(（]))?(?:\s*[(（][A-Z]{2,5}[)）](?=[\s,;]))?[\s,;(（\-–]*(?:\d{1,4}\s?(?:bp|nt)(?![A-Za-z])[\s,;]*)?(?:in\s+)?(?:exon|エクソン|エキソン|ex)\s*(\d{1,2})(?!\d)/i.exec(
      text.slice(variantEnd, variantEnd + 32),
    );
  if (
    trail &&
    /[,;、，；]/.test(trail[0]) &&
    /^\s*(?:の)?\s*(?:欠失|挿入|スキッピング|deletion|insertion|del|ins|skipping|dup)/i.test(
      text.slice(variantEnd + trail[0].length, variantEnd + trail[0].length + 16),
    )
  )
    return null;
  return trail ? Number(trail[1]) : null;
}

/** Kind of a protein-only change (spec: nonsense is `snv`, fs is `frameshift`). */
function proteinKind(hgvsP: string): GeneticKind {
  if (/fs/.test(hgvsP)) return 'frameshift';
  if (/delins/.test(hgvsP)) return 'delins';
  if (/del/.test(hgvsP)) return 'deletion';
  if (/dup/.test(hgvsP)) return 'duplication';
  if (/ins/.test(hgvsP)) return 'insertion';
  if (/ext/.test(hgvsP)) return 'other';
  return 'snv';
}

/**
 * "EGFR、ALK融合、ROS1融合、RET融合": Japanese list items that each carry their own class word.
 * The word glued to a gene is that gene's alone when the next item repeats the class, so the
 * bare item before (EGFR) stays a gene.
 */
function parallelClass(
  events: readonly EventMention[],
  event: EventMention,
  genes: readonly GeneMention[],
  text: string,
  english: boolean,
): boolean {
  if (english) return false;
  const next = genes.find((g) => g.start >= event.end);
  if (!next || !LIST_JOINT.test(text.slice(event.end, next.start))) return false;
  return events.some(
    (e) => e.kind === event.kind && e.start >= next.end && gap(text, next.end, e.start) === 0,
  );
}

/**
 * "BRAF V600E、NRAS、ERBB2増幅": one flat list whose items name their own changes (a variant
 * first, joined by the same mark as the genes). The class word glued to the last gene is that
 * gene's alone, not the whole list's (as in "ALK・ROS1・RET融合").
 */
function mixedList(
  variants: readonly VariantMention[],
  list: readonly GeneMention[],
  text: string,
): boolean {
  const first = list[0]!;
  const joint = (from: number, to: number) => text.slice(from, to).trim();
  const lead = variants.filter((v) => v.end <= first.start).at(-1);
  if (!lead || !LIST_JOINT.test(text.slice(lead.end, first.start))) return false;
  const mark = joint(lead.end, first.start);
  if (mark === '') return false;
  return list.every((g, i) => i === 0 || joint(list[i - 1]!.end, g.start) === mark);
}

/**
 * "検出されなかった主な遺伝子異常：BRCA1、BRCA2、KRAS、ERBB2増幅": in a Japanese list of items set off by
 * "、", a class word glued to the last gene is that item's own, not the list's ("ALK・ROS1・RET融合"
 * and "ALK/ROS1/RET融合" share it). A fusion word after fusion genes alone is still shared ("ALK、
 * ROS1、RET融合遺伝子"): it can only be the fusion of each.
 */
function ownItemClass(
  list: readonly GeneMention[],
  event: EventMention,
  text: string,
  drivers: CompiledDrivers,
): boolean {
  const last = list.at(-1)!;
  // (Also set off by a space: "IDH1、IDH2、KRAS、ERBB2 増幅、NTRK 融合".)
  if (
    list.length < 2 ||
    event.start < last.end ||
    !/^[ \u3000]{0,2}$/.test(text.slice(last.end, event.start))
  )
    return false;
  if (
    !list.every((g, i) => i === 0 || /^\s*[、，]\s*$/.test(text.slice(list[i - 1]!.end, g.start)))
  )
    return false;
  return !(
    event.kind === 'fusion' && list.every((g) => g.genes.every((x) => drivers.fusionGenes.has(x)))
  );
}

/**
 * "AML with mutated NPM1 and FLT3-ITD": a class word joined to its gene by a hyphen is that
 * gene's alone, not the list's (a slash list shares it: "ALK/ROS1-rearranged").
 */
function hyphenGlued(
  text: string,
  gene: GeneMention,
  event: EventMention,
  genes: readonly GeneMention[],
): boolean {
  if (!/^[-‐]$/.test(text.slice(gene.end, event.start))) return false;
  const previous = genes[genes.indexOf(gene) - 1];
  return !previous || !/^\s*[/／]\s*$/.test(text.slice(previous.end, gene.start));
}

/**
 * "…、BRAF、KRAS、NRG1（融合）": a class word alone in a bracket right after the last gene of a
 * Japanese list is that gene's note, not the list's class (one said of them all is led by
 * `ja_class_for_all`, "（いずれも融合）", and has a gap before the class word). Only where the
 * result stands before the list, the bracket closing it or followed by "、" / "。".
 * So is the last of several classes in the gene's bracket ("MET（エクソン14スキッピング・増幅）、
 * ALK…"), and there after any result when an exon-numbered class comes first, which only one
 * gene can have ("ERBB2（エクソン20挿入・増幅）：検出されず"; decision 77).
 */
function bracketGlued(text: string, gene: GeneMention, event: EventMention): boolean {
  const inBracket = /^\s*[（(]([^（()）、，,\n]{1,30}[・/／])?\s*$/.exec(
    text.slice(gene.end, event.start),
  );
  if (!inBracket) return false;
  if (inBracket[1] !== undefined && EXON_NUMBERED.test(inBracket[1])) {
    return /^[^（()）\n]{0,6}[）)]/.test(text.slice(event.end, event.end + 10));
  }
  return (
    // (The list goes on or ends after it: "ALK、ROS1（融合遺伝子）：陰性" may give the list its class.)
    /^[^（()）\n]{0,6}[）)]\s*(?:[、，,。．.]|$)/.test(text.slice(event.end, event.end + 10))
  );
}

/** An exon number in Japanese or English shorthand ("エクソン14", "ｴｸｿﾝ19", "exon 20", "ex14"). */
const EXON_NUMBERED = /(?:エクソン|ｴｸｿﾝ|exon|ex)\s*\d/i;

/**
 * "EGFR、KRAS、ALK・ROS1・RET融合": a Japanese list of items set off by "、" whose last item is a
 * group joined by a tighter mark ("・", "/"). A class word glued to that group is the group's,
 * not the whole list's: the genes before the last "、" stay genes.
 */
function innerRun(list: readonly GeneMention[], text: string): GeneMention[] {
  const joint = (i: number) => text.slice(list[i - 1]!.end, list[i]!.start).trim();
  if (list.length < 3 || !/^[・/／]$/.test(joint(list.length - 1))) return [...list];
  for (let i = list.length - 2; i >= 1; i -= 1) {
    if (/^[、，,]$/.test(joint(i))) return list.slice(i);
  }
  return [...list];
}

/** The genes of the list that ends with `last` ("ALK, ROS1 and RET"), in order. */
function listEndingAt(
  genes: readonly GeneMention[],
  last: GeneMention,
  text: string,
  layout: CompiledLayout,
) {
  const index = genes.indexOf(last);
  const list = [last];
  // "found no change in KRAS, NRAS or BRAF, and HER2 was not amplified": a list has one closing
  // conjunction; a ", and" after a list already closed by "or"/"and" opens a new clause, so
  // HER2's class is not the list's.
  const conjunction = (joint: string) => /\b(?:and|or|nor)\b|&/i.test(joint);
  for (let i = index - 1; i >= 0; i -= 1) {
    const joint = text.slice(genes[i]!.end, list[0]!.start);
    if (!listJoint(joint, layout)) break;
    if (list.length === 1 && i > 0 && joint.includes(',') && conjunction(joint)) {
      const earlier = text.slice(genes[i - 1]!.end, genes[i]!.start);
      if (LIST_JOINT.test(earlier) && conjunction(earlier)) break;
    }
    list.unshift(genes[i]!);
  }
  return list;
}

/**
 * "ALK：陰性、ROS1：－、RET：陰性": the genes of the Japanese run of result rows that ends with
 * `last`, each a gene with its short result, set off by "、" on one line (or a plain gene list).
 */
function resultRowRun(genes: readonly GeneMention[], last: GeneMention, text: string) {
  const list = [last];
  for (let i = genes.indexOf(last) - 1; i >= 0; i -= 1) {
    const joint = text.slice(genes[i]!.end, list[0]!.start);
    if (!LIST_JOINT.test(joint) && !/^\s*[:：]?[^\n。:：（()）]{1,16}[、，,；;]\s*$/.test(joint))
      break;
    list.unshift(genes[i]!);
  }
  return list;
}

/**
 * The call of a Japanese ISH block: from the gene in the measure rows above, only indented rows
 * of measures (each read as the next measure of one line) up to the call, "HER2/CEP17比 4.6⏎
 * 　平均HER2コピー数 9.8/核⏎　判定：増幅あり".
 */
function jaIshBlockCall(
  text: string,
  gene: GeneMention,
  event: EventMention,
  layout: CompiledLayout,
): boolean {
  if (event.start - gene.end > 160) return false;
  let rows = text.slice(gene.end, event.start);
  if (!rows.includes('\n')) return false;
  // A key row of empty cells over the call ("…コピー数 3.2⏎判定｜｜⏎　増幅なし") ends the measures.
  const keyRow = rows.lastIndexOf('\n', rows.lastIndexOf('\n') - 1);
  if (keyRow >= 0) {
    const call = layout.jaIshCallRow.exec(rows.slice(keyRow + 1));
    if (call?.[0].includes('\n') && keyRow + 1 + call[0].length === rows.length) {
      rows = rows.slice(0, keyRow);
    }
  }
  const line = rows.replace(/\n[ \t　]+(?=\S)/g, '、');
  return !/[\n;；。]/.test(line) && layout.jaIshMeasurement.test(line);
}

/** The genes of the list that starts with `first` ("in RET, NTRK1, NTRK3, ALK"). */
function listStartingAt(
  genes: readonly GeneMention[],
  first: GeneMention,
  text: string,
  layout: CompiledLayout,
) {
  const index = genes.indexOf(first);
  const list = [first];
  for (let i = index + 1; i < genes.length; i += 1) {
    if (!listJoint(text.slice(list.at(-1)!.end, genes[i]!.start), layout)) break;
    list.push(genes[i]!);
  }
  return list;
}
