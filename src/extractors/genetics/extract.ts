import type { ClinicalText } from '../../core/clinical-text.js';
import { foldWidth } from '../../core/text/fold.js';
import { mayMatchIn } from '../../core/text/literal-gate.js';
import type { Assertion, Language, Note, Sentence, Span } from '../../core/types.js';
import {
  withAssayClass,
  withLabelClass,
  withProbeClass,
  withResultClass,
  withStainedProtein,
} from './assay-class.js';
import { withChangesClosed } from './change-spacing.js';
import { withChosenOptions } from './choices.js';
import {
  asideJoined,
  boundedClauses,
  bracketedSemicolon,
  bracketOpening,
  clauses,
  continuesLine,
  coverageList,
  eventLines,
  jaRowContinues,
  labelResultLineStart,
  listEnd,
  listStart,
  MEASUREMENT_OPENING,
  notDoneAside,
  rejoinedSentence,
  wrappedTableCell,
  wrapsIntoLine,
} from './clauses.js';
import {
  exonReferenceGene,
  GENE_HEADING_LINE,
  geneAbove,
  gluedSigns,
  isDrugName,
  isExpression,
  namesTestOfVariant,
  statedPartner,
  withGeneAnaphors,
  withHeadingGene,
} from './gene-mentions.js';
import { methodResult, overturnedAt, overturnedResult, populationStatement } from './generic.js';
import type { LegacyNames } from './hgvs/legacy.js';
import { buildItems, type EventMention, findEvents, type Item } from './items.js';
import type { GeneLexicon, GeneMention } from './lexicon.js';
import {
  holdsWord,
  lineEndOf,
  lineIndex,
  lineOf,
  lineStartOf,
  linesAbove,
  lineTest,
  spansWithin,
  testWord,
  withExonWordFirst,
  withLostBreaks,
  withShareCallsWritten,
} from './note-lines.js';
import {
  attachedOrigin,
  germlineConfirmationNegative,
  labelledOrigin,
  originHedgeOf,
  originIn,
  originNear,
  originOfNote,
  settledOrigin,
} from './origin.js';
import {
  possessiveTestNotPatient,
  pronounIsPatient,
  pronounNotPatient,
  resultPronounNotRelative,
  sentencePronounNotPatient,
  statedPatientSex,
} from './pronouns.js';
import {
  coSubjectWithRelative,
  FAMILIAL_BEFORE,
  familyReasonTurnBefore,
  foundInRelativeAfter,
  IN_FAMILY_AFTER,
  inlineSectionLeft,
  isFamilyVariant,
  isRelative,
  namedRelativeSubject,
  ownSentenceInSection,
  RELATIVE_OWNER_BEFORE,
  RELATIVE_OWNER_BEFORE_JA,
  RELATIVE_POSSESSIVE_BEFORE_JA,
  type RelativeChart,
  relativeAfterReference,
  relativeBefore,
  relativeChartOf,
  relativeInReasonAside,
  relativeInTestLabelAside,
  relativeLabelRow,
  relativeRow,
  relativeSubjectOfSentence,
  relativeSubjectPastAside,
  relativeTestTold,
  relativeTopicBefore,
  sameAsRelative,
  selfAfterRelatives,
  speakerPatientBefore,
  speakerPatientWord,
  toldSecondHand,
  triggerNamesGene,
  withFamilyVariant,
} from './relatives.js';
import { type Candidate, resolveFindings } from './resolve.js';
import {
  headedNegativeCameBack,
  headingAbove,
  nextSentenceCall,
  testBlockCall,
} from './result-headings.js';
import {
  columnMethodName,
  methodLinesUnder,
  methodPhrase,
  withoutProteinResults,
} from './result-methods.js';
import type { CompiledDrivers, CompiledGeneticsRules, CompiledLayout } from './rules.js';
import { classStatedMissing, reclassifications, significanceOf } from './significance.js';
import {
  decideStatus,
  discordantCall,
  findResults,
  footnoteResult,
  lineLabel,
  nearWord,
  otherSampleCall,
  personCallPairs,
  type ResultWord,
  type StatusDecision,
  sampleCallPairs,
  sampleGroupIn,
  withoutResultAside,
} from './status.js';
import {
  arrowCourse,
  columnNegativeBelow,
  courseNegativeBelow,
  drawTableCell,
  earlierResult,
  exonTableRows,
  GENE_TABLE_ROW,
  GENE_TABLE_ROW_NEIGHBOUR,
  inTableHeaderClass,
  laterResult,
  laterResultLead,
  leadingCallCell,
  measuredBeforeNegative,
  measuredInRow,
  nearbySentenceGene,
  neighbourRowGene,
  patientTurnResult,
  resultTableHeader,
  tableRowResult,
  tableTitleGene,
  trackedRowsCall,
  trackedRowsNegative,
  underGeneKeyRow,
  withBlockExon,
  withHeaderClass,
  withoutClassColumnDashes,
} from './tables.js';
import { scopeOnlyPositives } from './test-scope.js';
import {
  afterLaterTest,
  currentTestOf,
  earlierTestBefore,
  laterTestBefore,
  testYearOf,
} from './test-year.js';
import type { GeneticMention, GeneticsResult, Origin } from './types.js';
import {
  codonExpansion,
  collectiveAfter,
  collectiveResult,
  coveredAlternative,
  hgvsNamedBefore,
  isOtherName,
} from './variant-names.js';
import { type AminoAcidNames, findVariants, type VariantMention } from './variants.js';

/**
 * A named change gone at a later test, told before it (decision 77): "Loss of T790M at
 * progression", "Clearance of EGFR L858R from plasma". Only right before a change (its gene may
 * stand between): a stain's "loss of MLH1" names a gene, and the item's own status is taken, not
 * a list's (not "loss of T790M, MET amp").
 */
const LOSS_OF_CHANGE_BEFORE =
  /(?<![A-Za-z])(?:(?:ctDNA|cfDNA|plasma|molecular)\s+)?(?:loss|clearance)\s+of\s+(?:the\s+)?$/i;

/** A fusion transcript's isoform written right after it: "BCR::ABL1 p190", "(e13a2)". Bounded. */
const FUSION_ISOFORM_AFTER =
  /^[ \t]{0,2}[(]?[ \t]{0,2}(p190|p210|p230|e1a2|e13a2|e14a2|e19a2|major|minor)(?![A-Za-z0-9])/i;

/** A report block's gene row: "Gene: TP53", "Gene symbol ..... PTEN". Bounded. */
const GENE_KEY_LINE =
  /^[ \t]*(?:[-*•][ \t]*)?gene(?:[ \t]+(?:name|symbol))?[ \t]*(?:[:：]|\.{2,}|\t)[ \t]*[A-Z][A-Z0-9-]{1,9}[ \t]*$/i;

/** The block's change row under it: "Alteration: R273H", "Variant: Q37*", "Protein change: …". */
const CHANGE_KEY_LINE =
  /^[ \t]*(?:[-*•][ \t]*)?(?:alteration|variant|mutation|change|protein(?:[ \t]+change)?|amino[ \t]+acid(?:[ \t]+change)?)[ \t]*(?:[:：]|\.{2,}|\t)/i;

/** The Japanese block's gene row, "遺伝子名：TP53", "①遺伝子：KRAS" (ja decision 51). */
const JA_GENE_KEY_LINE =
  /^[ \t　]*(?:[-*•・■◆●①-⑳][ \t　]*|\d{1,2}[.)．）][ \t　]*)?遺伝子(?:名)?[ \t　]*[:：][ \t　]*[A-Z][A-Z0-9-]{1,9}[ \t　]*$/;

/** Its change row under it: "変化：R175H", "変異：Q563*", "アミノ酸変化：Q37*". */
const JA_CHANGE_KEY_LINE =
  /^[ \t　]*(?:[-*•・][ \t　]*)?(?:変化|変異|アミノ酸変化|アミノ酸置換|タンパク(?:質)?変化|蛋白変化|バリアント)[ \t　]*[:：]/;

export interface GeneticsResources {
  readonly lexicon: GeneLexicon;
  /** Reviewed legacy names (185delAG → c.68_69del); optional. */
  readonly legacy?: LegacyNames;
  /** Amino acids named in words (グリシン → Gly); optional. */
  readonly aminoAcids?: AminoAcidNames;
  readonly rules: Readonly<Record<Language, CompiledGeneticsRules>>;
  readonly drivers: CompiledDrivers;
}

/**
 * The genetic-findings rule extractor: note in, document-level findings and their mentions
 * out. Pure. Genes come from the whole HGNC lexicon; a finding needs a gene with a variant, an
 * alteration class or a stated result, in genetic context, about a test that was done.
 */
/** How far along its line a receptor name's panel row looks for the other rows (characters). */
const PANEL_ROW_REACH = 200;
/** A row opening with a gene symbol and a cell, colon or space: "MLH1｜陰性", "・MSH2：陰性". */
const GENE_ROW = /^[ \t　・\-*•]*[A-Z][A-Z0-9-]{1,9}[ \t　]*[｜|:：\t 　]/;
/** How many gene rows a germline test's heading line may stand above a row. */
const GERMLINE_REPORT_ROWS = 12;

/** A line of two to eight cells, each a gene and its bracketed sign: "　KRAS(−)　HER2(−)　RET(−)". */
const SIGN_CELL_ROW =
  /^[ \t\u3000]*(?:[A-Z][A-Z0-9-]{1,9}[ \t]*[(（][ \t]*[-−－ー+＋][ \t]*[)）][ \t\u3000]*){2,8}$/;

/** How far from a same-variant reference its result may be written (characters, each side). */
const REFERENCE_REACH = 400;

/** Class words of a same-variant reference ("同欠失", "the same duplication") and the kinds they take. */

// (The sentence before a reference opening with a pronoun, when a relative is its subject, "Her
// sister (41) was tested last year.", is layout.yaml `antecedent_relative*`; a carrier result
// whose only subject is a pronoun opening it, "she carries it too", is `pronoun_carrier_*`
// (en.yaml `same_variant`; not "she is heterozygous for it too", read as before).)

const REFERENCE_CLASSES: readonly { word: RegExp; kinds: readonly string[] }[] = [
  { word: /欠失$|\bdeletion$/i, kinds: ['deletion', 'exon_deletion', 'frameshift', 'copy_loss'] },
  { word: /重複$|\bduplication$/i, kinds: ['duplication', 'frameshift', 'other'] },
  { word: /増幅$/, kinds: ['amplification'] },
];

/**
 * "c.35del was inherited from the mother and c.101T>C from the father", "BRCA2 c.5946del
 * (inherited from her father)": the parent a named variant of the patient came from carries it
 * (layout `inherited_from_*`), a family entry of that variant. Where its HGVS is written again,
 * or right after its mention.
 */
function inheritedFromParents(
  text: string,
  rules: CompiledGeneticsRules,
  known: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const scanned = new Set<string>();
  const { inheritedFromParent, fromParent, inheritedFromVerb } = rules.layout;
  for (const c of known) {
    if (c.status !== 'present' || c.subject !== 'patient' || c.origin === 'somatic') continue;
    const written = c.item.hgvsC;
    if (!written && !c.item.hgvsP) continue;
    const key = `${c.item.gene}|${c.item.hgvsP ?? written}`;
    if (seen.has(key)) continue;
    const ends = [c.item.end];
    // (Where its HGVS is written scanned once per variant, however often it is named: linear.)
    if (written && !scanned.has(key)) {
      scanned.add(key);
      for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
        // (Not a longer HGVS it opens: "c.35del" of "c.35delG".)
        if (!/^[\w>]/.test(text.slice(at + written.length, at + written.length + 1)))
          ends.push(at + written.length);
      }
    }
    const from = ends.find((end) => {
      const after = text.slice(end, end + 80);
      if (inheritedFromParent.test(after)) return true;
      if (!fromParent.test(after)) return false;
      // The verb left out: an earlier "inherited from" on the line opens the list.
      const lead = text.slice(Math.max(lineStartOf(text, end), end - 200), end);
      inheritedFromVerb.lastIndex = 0;
      return inheritedFromVerb.test(lead);
    });
    if (from === undefined) continue;
    seen.add(key);
    out.push({
      ...c,
      item: { ...c.item, rule: 'genetics.inherited-from' },
      subject: 'family',
      origin: 'germline',
    });
  }
  return out;
}

/** A zygosity call after a change on its row ("… p.(Trp1038*)   heterozygous   PATHOGENIC"). */
const ZYGOSITY_AFTER =
  /^[^\n]{0,60}?(?<![\w-])(?:heterozygous|homozygous|hemizygous|het|hom)(?![\w-])(?!\s*\(?\s*(?:deletion|deleted|loss|del)\b)/i;

/** A germline test's label opening the line: "Germline (blood, 12/01/2023):", "Germline panel:". */
const GERMLINE_LINE_LABEL =
  /^[ \t]*(?:[-*•][ \t]*)?(?:germ-?line|constitutional)(?![\w-])[^:()\n]{0,30}(?:\([^()\n]{0,60}\))?[ \t]*:/i;

/** A class stated right after a change on its line: "ATM c.1564_1565del - PATHOGENIC". */
const CLASS_AFTER =
  /^[^\n.;]{0,40}?(?<![\w-])(?:(?:likely\s+)?pathogenic|deleterious|class\s*[45]|VUS|(?:variant\s+of\s+)?uncertain\s+significance)(?![\w-])/i;

export class GeneticsExtractor {
  constructor(
    private readonly core: ClinicalText,
    private readonly resources: GeneticsResources,
  ) {}

  /** The ends of the sample labels of the note last read (`inheritedSampleOrigin`). */
  private sampleLabels: { text: string; re: RegExp; ends: number[] } | null = null;

  /**
   * "BRCA1病的バリアント陽性（血液検査）", "血液検査でBRCA1の病的バリアントを認めた": a blood sample or test
   * named in the clause of a gene of inherited cancer risk is its germline test; not for a gene a
   * blood cancer's own sample is tested for ("JAK2 V617F（末梢血）", a myeloid panel's TET2), nor
   * beside a tumour or plasma word (a paired test, ctDNA). So is a sample label above it
   * ("検体：末梢血", `inherited_sample_labels`).
   */
  private inheritedSampleOrigin(
    text: string,
    clause: Span,
    item: Item,
    rules: CompiledGeneticsRules,
    clauseOnly = false,
  ): Origin | null {
    const { inheritedCancerGenes, bloodTumourGenes } = this.resources.drivers;
    if (
      rules.inheritedSample === null ||
      !inheritedCancerGenes.has(item.gene) ||
      bloodTumourGenes.has(item.gene)
    )
      return null;
    const words = text.slice(clause.start, clause.end);
    if (testWord(rules.inheritedSample, words) && !testWord(rules.somatic, words))
      return 'germline';
    // (Or a sample label above it, "検体：末梢血", with no tumour word between them.)
    if (clauseOnly || rules.inheritedSampleLabel === null) return null;
    // (The labels' ends found once per note, not once per item: linear time.)
    if (this.sampleLabels?.text !== text || this.sampleLabels.re !== rules.inheritedSampleLabel) {
      // (From the start: a test elsewhere leaves the shared expression's lastIndex behind.)
      rules.inheritedSampleLabel.lastIndex = 0;
      const ends = [...text.matchAll(rules.inheritedSampleLabel)].map((m) => m.index + m[0].length);
      this.sampleLabels = { text, re: rules.inheritedSampleLabel, ends };
    }
    // (The last label ending at or before the item: a binary search.)
    const { ends } = this.sampleLabels;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= item.start) lo = mid + 1;
      else hi = mid;
    }
    const after = lo > 0 ? ends[lo - 1]! : -1;
    return after >= 0 && !testWord(rules.somatic, text.slice(after, clause.end))
      ? 'germline'
      : null;
  }

  /**
   * "was found to carry the same familial MLH1 variant", "she did not inherit her father's
   * MSH6 variant", "姉と同じバリアントは検出されず": a result about a variant named elsewhere
   * in the note. It takes that variant (the one of the gene it names, or the note's only one),
   * with its own status and subject.
   */
  private sameVariantReferences(
    note: Pick<Note, 'language'>,
    text: string,
    rules: CompiledGeneticsRules,
    genes: readonly GeneMention[],
    known: readonly Candidate[],
    chart: RelativeChart | null,
  ): Candidate[] {
    const named = new Map<string, Candidate>();
    for (const c of known) {
      if (!c.item.hgvsC && !c.item.hgvsP) continue;
      const key = `${c.item.gene}|${c.item.hgvsP ?? c.item.hgvsC}`;
      if (!named.has(key)) named.set(key, c);
    }
    // In a relative's chart the familial variant may be left unnamed ("a pathogenic APC
    // variant", "MSH2 エクソン1〜6欠失"): with no HGVS in the note, a present finding of a class
    // (not a gene-level negative) is the variant referred to (en decision 76, ja decision 59).
    if (named.size === 0 && chart) {
      for (const c of known) {
        if (c.status !== 'present' || c.item.kind === 'wild_type') continue;
        const key = `${c.item.gene}|${c.item.kind}|${c.item.exon}`;
        if (!named.has(key)) named.set(key, c);
      }
    }
    // A reference that names the class of its variant ("妹は同欠失のシングルサイト検査で非保持",
    // "the same deletion") may be to a variant named at exon level, with no HGVS (MLPA "MLH1
    // エクソン5のヘテロ接合性欠失"): a present finding of that class is a variant it can take, and
    // only one of that class is (not a V600E named elsewhere in the note).
    const classed = new Map<string, Candidate>();
    for (const c of known) {
      if (c.status !== 'present' || c.item.kind === 'wild_type' || c.item.hgvsC || c.item.hgvsP)
        continue;
      const key = `${c.item.gene}|${c.item.kind}|${c.item.exon}`;
      if (!classed.has(key)) classed.set(key, c);
    }
    if (named.size === 0 && classed.size === 0) return [];
    const spans: Span[] = [];
    rules.sameVariant.lastIndex = 0;
    // (A note without the literals its words need has none: not searched.)
    const sameVariant = mayMatchIn(rules.sameVariant, text) ? rules.sameVariant : null;
    for (let m = sameVariant?.exec(text); m; m = rules.sameVariant.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
    if (spans.length === 0) return [];
    const patientSex = note.language === 'en' ? statedPatientSex(text) : null;
    const analyzed = this.core.analyzeAround(
      text,
      note.language,
      // (And the line above a reference that wrapped prose continues: its result may be there.)
      spans.flatMap((sp) => {
        const lineStart = lineStartOf(text, sp.start);
        // (And the end of a reference that wraps itself: "his daughter\n(41) tested".)
        const ownEnd = text.slice(sp.start, sp.end).includes('\n') ? [sp.end] : [];
        return wrapsIntoLine(text, lineStart, rules.layout)
          ? [lineStartOf(text, lineStart - 1), sp.start, ...ownEnd]
          : [sp.start, ...ownEnd];
      }),
    );
    const out: Candidate[] = [];
    const glued = gluedSigns(text, genes);
    const classOf = (span: Span) =>
      REFERENCE_CLASSES.find((rc) => rc.word.test(text.slice(span.start, span.end)));
    for (const [index, span] of spans.entries()) {
      // "妹（42歳）は同欠失のシングルサイト検査で非保持": the relative's words and the class-naming
      // reference after them on the line are one reference; the class word says which variant.
      const next = spans[index + 1];
      if (
        next &&
        !classOf(span) &&
        classOf(next) &&
        next.start - span.end <= 30 &&
        !/[。\n]/.test(text.slice(span.end, next.start))
      )
        continue;
      // "家系内バリアント（BRCA1 c.68_69del）の確認検査：陰性": a reference whose bracket names the
      // variant itself is that variant's name, which reads its own result; the unnamed carrier
      // behind 家系内 gives nothing (ja decision 113).
      if (
        note.language === 'ja' &&
        /^[ \t　]*[（(]/.test(text.slice(span.end, span.end + 4)) &&
        known.some(
          (k) =>
            (k.item.hgvsC || k.item.hgvsP) &&
            k.item.start > span.end &&
            k.item.start - span.end <= 8 &&
            !/[)）\n]/.test(text.slice(span.end, k.item.start)),
        )
      )
        continue;
      // A word that is only a gene in genetic context (a first name such as "Paul") names none.
      const inside = genes.filter(
        (g) => g.start >= span.start && g.end <= span.end && !g.contextOnly,
      );
      const referenceClass = classOf(span);
      let options = (
        referenceClass
          ? [...named.values(), ...classed.values()].filter((c) =>
              referenceClass.kinds.includes(c.item.kind),
            )
          : [...named.values()]
      ).filter((c) => inside.length === 0 || inside.some((g) => g.genes.includes(c.item.gene)));
      // "生殖細胞系列検査：MSH2 エクソン8欠失を検出 … 弟（39）は非保持" beside a tumour "BRAF V600E 陰性":
      // a reference naming no class is to an inherited variant. When no variant written out is
      // one (all are tumour results), the germline or relative's variant named at exon level is.
      const inherited = (c: Candidate) => c.origin === 'germline' || c.subject === 'family';
      if (!referenceClass && !options.some(inherited)) {
        // (A variant of a class, not a gene-level positive: "BRCA2 同バリアント 陽性" is itself a
        // "BRCA2 … 陽性" of kind other, and no variant the reference can take. But an inherited
        // variant left unnamed in another sentence is: "リンチ症候群（MSH2）と診断済み。…長男は同じ部位
        // の検査を受けて陰性", "父はMLH1の病的バリアント保持者。兄は父のバリアントについて検査を受け陰性".)
        const classedInherited = [...classed.values()].filter(
          (c) =>
            inherited(c) &&
            (c.item.kind !== 'other' ||
              // (So in English, en decision 76: "Son tested positive for the familial MSH2
              // variant; daughter negative", "Mother is a known BRCA1 carrier; patient tested
              // negative for the familial variant"; pgen9 item 9.)
              // (Not when the gene's variant is written out elsewhere: that one is meant.)
              (![...named.values()].some((n) => n.item.gene === c.item.gene) &&
                // (Or a clause of its own after a comma: "姉がBRCA2病的バリアント陽性、本人は陰性".)
                (note.language === 'ja' ? /[。\n、，]/ : /[.;,\n]/).test(
                  c.item.end <= span.start
                    ? text.slice(c.item.end, span.start)
                    : text.slice(span.end, c.item.start),
                ))) &&
            (c.item.end <= span.start || c.item.start >= span.end) &&
            (inside.length === 0 || inside.some((g) => g.genes.includes(c.item.gene))),
        );
        if (classedInherited.length > 0) options = classedInherited;
      }
      let genesNamed = new Set(options.map((c) => c.item.gene));
      // "Germline BRCA2 c.9097dup …; her two sisters have since tested negative for it": with
      // several variants in the note, the one whose gene alone is named before it on its line.
      // So in Japanese: "PALB2シングルサイトを検査：PALB2の同バリアントは非保持" beside plasma ESR1 and
      // PIK3CA variants elsewhere in the note.
      if (options.length !== 1 && genesNamed.size > 1) {
        // (From the line above when prose wraps into the reference: "her sister carries\nthe
        // same variant".)
        const refLine = lineStartOf(text, span.start);
        const leadLine = wrapsIntoLine(text, refLine, rules.layout)
          ? lineStartOf(text, refLine - 1)
          : refLine;
        const lead = spansWithin(genes, {
          start: Math.max(leadLine, span.start - REFERENCE_REACH),
          end: span.start,
        });
        const leadGenes = new Set(
          lead.flatMap((g) => g.genes).filter((gene) => genesNamed.has(gene)),
        );
        if (leadGenes.size === 1) {
          options = options.filter((c) => leadGenes.has(c.item.gene));
          genesNamed = leadGenes;
        } else if (leadGenes.size > 1) {
          // "臨床情報：BRAF V600E陽性。家族歴：兄がCDKN2A c.301G>T 病的バリアント保持。本人は同バリアントの
          // シングルサイト検査を受け、検出されず": a same-variant test is of an inherited variant, so
          // of the genes before it, the one whose variant is a relative's or germline.
          const inherited = options.filter(
            (c) =>
              leadGenes.has(c.item.gene) && (c.subject === 'family' || c.origin === 'germline'),
          );
          const inheritedGenes = new Set(inherited.map((c) => c.item.gene));
          if (inheritedGenes.size === 1) {
            options = inherited;
            genesNamed = inheritedGenes;
          }
        } else {
          // "背景：妹の検査でBRCA2 c.2808_2811delが同定 … 本人の結果：同一部位のシングルサイト解析 →
          // 上記バリアントは認めなかった" beside the client's own tumour KRAS G13D: with no gene
          // before it, a same-variant result is of the variant relatives are tested for, a
          // relative's own, when only one gene's variant is a relative's.
          const familial = options.filter((c) => c.subject === 'family');
          const familialGenes = new Set(familial.map((c) => c.item.gene));
          if (familialGenes.size === 1) {
            options = familial;
            genesNamed = familialGenes;
          }
        }
      }
      // "血液側にBRCA2 c.2808_2811del … 腫瘍側にPIK3CA E542K … 妹さんは同部位のシングルサイト検査を受け
      // …、姉（来談者）と同じ変異は妹さんからは検出されず": a relative can carry only an inherited
      // variant, so a reference in a sentence about a relative (or a single-site test) is to one of
      // the germline or relatives' variants when the note has any, not to the nearest tumour one.
      // So in English, where a relative of the sentence or a person as a pronoun carries it: "Your
      // blood test found a PALB2 change … The test on your tumour showed a KRAS change … Your son,
      // tested on the day, and his result came back: he carries it too" is the PALB2 variant.
      if (
        note.language === 'en' &&
        options.length > 1 &&
        inside.length === 0 &&
        options.some(inherited) &&
        !options.every(inherited)
      ) {
        const written = text.slice(span.start, span.end);
        const lead = text.slice(
          Math.max(lineStartOf(text, span.start), span.start - 160),
          span.start,
        );
        const around = `${lead.split(/[.!?]\s/).pop()!}${written}`;
        rules.layout.chartRelative.lastIndex = 0;
        if (rules.layout.chartRelative.test(around) || rules.layout.pronounCarrier.test(written))
          options = options.filter(inherited);
        rules.layout.chartRelative.lastIndex = 0;
        genesNamed = new Set(options.map((c) => c.item.gene));
      }
      if (
        note.language === 'ja' &&
        options.length > 1 &&
        inside.length === 0 &&
        options.some(inherited) &&
        !options.every(inherited)
      ) {
        const from = Math.max(lineStartOf(text, span.start), span.start - 40);
        const to = Math.min(lineEndOf(text, span.end), span.end + 30);
        const around = `${text.slice(from, span.start)}\u0000${text.slice(span.end, to)}`
          .split(/。/)
          .find((part) => part.includes('\u0000'))!;
        rules.layout.chartRelative.lastIndex = 0;
        if (rules.layout.chartRelative.test(around) || /シングルサイト|部位特異的/.test(around))
          options = options.filter(inherited);
        rules.layout.chartRelative.lastIndex = 0;
        genesNamed = new Set(options.map((c) => c.item.gene));
      }
      // A Japanese demonstrative naming no gene ("このバリアント", "同バリアント") with several
      // genes' variants before it and none settled above: its antecedent is the variant named
      // nearest before it, as a pronoun's ("BRCA2 c.… をVAF 44%で検出 … 血液の確認検査を行ったが、
      // このバリアントは血液からは検出されず" beside an earlier BRAF V600E).
      // (Also among several variants of one gene: "EGFR L858R … Bのみ：EGFR C797S … Aではこの変異は
      // 認めなかった" is C797S's.)
      if (
        options.length !== 1 &&
        (genesNamed.size > 1 || options.length > 1) &&
        note.language === 'ja' &&
        inside.length === 0 &&
        // (Only a demonstrative: "母のバリアント" is the mother's, not the nearest tumour variant.)
        /^(?:この|その|本|同じ|同一の?|同|当該|上記の?|前述の?)/.test(
          text.slice(span.start, span.end),
        )
      ) {
        const variantKey = (it: Item) => it.hgvsP ?? it.hgvsC ?? `${it.kind}|${it.exon}`;
        const lastBefore = (c: Candidate) =>
          Math.max(
            -1,
            ...known
              .filter(
                (k) =>
                  k.item.gene === c.item.gene &&
                  variantKey(k.item) === variantKey(c.item) &&
                  k.item.end <= span.start,
              )
              .map((k) => k.item.end),
          );
        const nearest = options
          .map((c) => ({ c, at: lastBefore(c) }))
          .filter((x) => x.at >= 0 && span.start - x.at <= REFERENCE_REACH)
          .sort((a, b) => b.at - a.at)[0];
        if (nearest) {
          options = [nearest.c];
          genesNamed = new Set([nearest.c.item.gene]);
        }
      }
      // "父はMLH1病的バリアント保持。本人は陰性": the client's bare result is of a variant relatives
      // carry or the client inherited; beside tumour results only ("EGFR L858R陽性。本人は陰性") it
      // refers to none.
      // (So in English: "KRAS G12D … the patient tested negative" is no test of the G12D.)
      if (!options.some(inherited) && rules.layout.selfWord.test(text.slice(span.start, span.end)))
        continue;
      if (options.length !== 1 && genesNamed.size !== 1) continue;
      const source = options[0]!;
      // "EGFR L858R（c.2573T>G）：陽性（既知の変異を保持）": a reference in the bracket opened right after
      // its own variant's result on that row is an aside about that finding, no other test of it.
      if (
        note.language === 'ja' &&
        known.some(
          (k) =>
            k.item.gene === source.item.gene &&
            (k.item.hgvsP ?? k.item.hgvsC) === (source.item.hgvsP ?? source.item.hgvsC) &&
            k.item.end <= span.start &&
            OWN_ROW_ASIDE.test(text.slice(k.item.end, span.start)),
        )
      )
        continue;
      // "→ 母親（既知の保持者）と同一のバリアントです", "姉と同じBRCA2バリアントは検出されず", "兄・叔父と
      // 同じバリアントであり": the relative the variant is compared with carries it, whatever the
      // patient's own result (ja decisions 13 and 35): a family entry of that variant.
      if (note.language === 'ja') {
        const from = Math.max(lineStartOf(text, span.start), span.start - 40);
        const owner = sameAsRelative(text.slice(from, span.end), rules.layout);
        if (owner) {
          out.push({
            item: {
              ...source.item,
              start: from + owner.index,
              end: span.end,
              geneMention: inside[0] ?? null,
              what: 'variant',
              familial: !source.item.hgvsC && !source.item.hgvsP,
              rule: 'genetics.same-variant.owner',
            },
            status: 'present',
            subject: 'family',
            significance: source.significance,
            origin: 'germline',
            stated: true,
          });
        }
      }
      // The result may be wrapped onto the next line ("the familial MLH1 variant -\nNOT DETECTED").
      const lineEnd = lineEndOf(text, span.end);
      const wrapped = lineEnd < text.length && continuesLine(text, lineEnd, rules.layout);
      // Or written on the line above, the prose wrapped before the reference ("Her son (31)
      // tested positive\nfor the same MSH6 variant", "her sister carries\nthe same variant").
      const ownLineStart = lineStartOf(text, span.start);
      const wrappedAbove = wrapsIntoLine(text, ownLineStart, rules.layout);
      const line = {
        start: wrappedAbove ? lineStartOf(text, ownLineStart - 1) : ownLineStart,
        end: wrapped ? lineEndOf(text, lineEnd + 1) : lineEnd,
      };
      const first = this.core.sentenceAt(analyzed, span) ?? line;
      // A reference that itself wraps ("his daughter\n(41) tested negative for it"): the
      // splitter may cut at that break, and the sentence goes on to the reference's end.
      const last = text.slice(span.start, span.end).includes('\n')
        ? this.core.sentenceAt(analyzed, { start: span.end, end: span.end })
        : null;
      const own = last && last.end > first.end ? { ...first, end: last.end } : first;
      // (The splitter may cut the sentence at that wrap: it then starts with the line above's.)
      const above =
        wrappedAbove && own.start >= ownLineStart
          ? this.core.sentenceAt(analyzed, { start: ownLineStart - 1, end: ownLineStart - 1 })
          : null;
      const sentence = above ? { ...own, start: Math.min(own.start, above.start) } : own;
      const row = tableRowResult(text, span, line);
      // At most REFERENCE_REACH characters either side: a "sentence" with no full stop may be a
      // whole report, and each reference must not read all of it (linear time).
      // The wrapped line read only up to its sentence's end ("… cannot be\nfully excluded. A
      // negative plasma result …" gives the reference no result of the next sentence).
      // (From the reference on: a sentence may end on its own line before the wrap, "… she
      // carries (BRCA1 5382insC). She would like him seen in our\nclinic".)
      const wrapFrom = Math.min(span.end, lineEnd);
      const wrapStop = wrapped ? /\.(?=\s+[A-Z])/.exec(text.slice(wrapFrom, line.end)) : null;
      // Nor past a semicolon outside brackets that opens another gene's clause: "ATM c.8147T>C
      // at VAF 84% (the germline variant …); no alterations in\nBRCA1, BRCA2 or PALB2" gives the
      // reference no negative. (A pedigree row's "Father (71) - CRC @58; carrier" names no
      // gene after it: its result is the relative's.)
      // (Only within the reference's reach, which bounds the clause anyway: linear time.)
      const semicolonEnd = Math.min(line.end, span.end + REFERENCE_REACH);
      const semicolon = /[;；]/g;
      semicolon.lastIndex = span.end;
      let semicolonStop = line.end;
      for (let m = semicolon.exec(text); m && m.index < semicolonEnd; m = semicolon.exec(text)) {
        // (bracketedSemicolon reads a bounded window around the mark.)
        if (bracketedSemicolon(text, m.index, m[0])) continue;
        const nextBreak = text.slice(m.index + 1, semicolonEnd).search(/[;；]/);
        const rest = {
          start: m.index + 1,
          end: nextBreak < 0 ? semicolonEnd : m.index + 1 + nextBreak,
        };
        if (spansWithin(genes, rest).some((g) => !g.genes.includes(source.item.gene))) {
          semicolonStop = m.index;
          break;
        }
      }
      const clause = row ?? {
        start: Math.max(line.start, sentence.start, span.start - REFERENCE_REACH),
        // (The splitter may cut the sentence at the wrap.)
        end: Math.min(
          line.end,
          wrapped ? Math.max(sentence.end, line.end) : sentence.end,
          wrapStop ? wrapFrom + wrapStop.index + 1 : line.end,
          semicolonStop,
          span.end + REFERENCE_REACH,
        ),
      };
      const item: Item = {
        ...source.item,
        start: span.start,
        end: span.end,
        geneMention: inside[0] ?? null,
        what: 'variant',
        // A single site tested for an unnamed familial variant is not the whole gene.
        familial: !source.item.hgvsC && !source.item.hgvsP,
        rule: 'genetics.same-variant',
      };
      const results = [
        ...findResults(text.slice(clause.start, clause.end), rules).map((r) => ({
          ...r,
          start: r.start + clause.start,
          end: r.end + clause.start,
        })),
        ...glued,
      ]
        // (Not a word inside a Japanese reference itself: "母に認められた変異は検出されず" says where
        // the variant was found, and its result is the one after it. English references may hold
        // their result: "does not carry the variant".)
        // (One running on past it is the result: "次男は陰性" reads "は陰性".)
        .filter((r) => note.language !== 'ja' || r.start < span.start || r.end > span.end)
        .sort((a, b) => a.start - b.start);
      // Nor a negation after it that heads another change of a gene (layout `other_change_words`),
      // nor what follows that gene: "showed the same RET change at 51% and no second RET change
      // (M918T not detected)" found the reference; the rest is the other clause's.
      const otherHead =
        note.language === 'en'
          ? results.find(
              (r) =>
                r.type === 'negative_before' &&
                r.start >= span.end &&
                rules.layout.otherChangeAfter?.test(text.slice(r.end, r.end + 16)) === true &&
                genes.some(
                  (g) =>
                    g.start >= r.end &&
                    g.start - r.end <= 24 &&
                    !/[,;:()\n.]/.test(text.slice(r.end, g.start)),
                ),
            )
          : undefined;
      if (otherHead) results.splice(results.indexOf(otherHead));
      // Only a stated result counts ("positive for the same variant", "does not carry the
      // familial variant … is NEGATIVE"); "the known familial variant was tested" is not one.
      const decision = decideStatus(
        text,
        item,
        [item],
        results,
        note.language === 'ja',
        rules.layout,
      );
      // (A Japanese sentence testing the reference, its call the next sentence's alone: "本人：父の
      // バリアントについて単一部位検査を実施（…）。\n結果：陰性（非保持）。")
      const nextCall =
        note.language === 'ja' && decision.status === null && results.length === 0
          ? nextSentenceCall(
              text,
              {
                start: clause.start,
                end: /[。．]$/.test(text.slice(clause.start, clause.end))
                  ? clause.end - 1
                  : clause.end,
              },
              genes,
              [],
              rules,
              true,
            )
          : null;
      const resultWord =
        decision.word ??
        nextCall ??
        results.find((r) => r.start >= item.end && !r.type.endsWith('_before')) ??
        null;
      const status =
        decision.status ??
        (resultWord
          ? resultWord.type === 'positive' ||
            (resultWord === nextCall && nextCall.type.startsWith('positive'))
            ? 'present'
            : 'absent'
          : null);
      // "She carries the same change as her mother", "the identical variant to his father": the
      // relative it is compared with carries it, whatever the result of the reference's own
      // subject (as ja "母と同じバリアント" above): a family entry of that variant.
      if (
        note.language === 'en' &&
        /^(?:the\s+)?(?:same|identical)\b/i.test(text.slice(span.start, span.end)) &&
        rules.layout.sameAsRelativeAfter.test(text.slice(span.end, span.end + 60)) &&
        !nearWord(text, clause, item, rules.hypothetical, 8)
      ) {
        out.push({
          item: { ...item, rule: 'genetics.same-variant.owner' },
          status: 'present',
          subject: 'family',
          significance: significanceOf(text, item, [item], clause, rules) ?? source.significance,
          origin: 'germline',
          stated: true,
        });
      }
      if (status === null || nearWord(text, clause, item, rules.hypothetical, 8)) continue;
      // "- Mother: 74, well. Maternal side unremarkable.": a relative's row called unremarkable
      // tells of health or history, not of a test, unless a test is named before the word
      // ("Sister (50): testing unremarkable").
      if (
        note.language === 'en' &&
        resultWord !== null &&
        /unremarkable/i.test(resultWord.text) &&
        !/\b(?:test(?:s|ed|ing)?|panel|sequencing|analysis|result)\b/i.test(
          text.slice(span.end, resultWord.start),
        )
      )
        continue;
      // "叔母|68|乳癌|未検（検査の希望なし）": a relative not tested has no result.
      if (row && testWord(rules.notTested, text.slice(clause.start, clause.end))) continue;
      // "母：胃癌のため56歳で死亡、検査歴なし": the "なし" of a not-tested phrase is no result.
      if (resultWord && holdsWord(rules.notTested, text, clause.start, resultWord)) continue;
      // "This variant may be germline; germline FH testing has been requested … and will be
      // reported separately": a test requested, pending or not done before the result word the
      // reference would take is no result of it (as `notTestedFirst` for a named item).
      if (
        note.language === 'en' &&
        resultWord &&
        resultWord.start >= item.end &&
        testWord(
          rules.notTested,
          text.slice(item.end, resultWord.end).replace(/[(（][^)）]*[)）]/g, ' '),
        )
      )
        continue;
      // (The whole sentence where the splitter cut it at a wrapped line: rejoinedSentence.)
      const rejoined =
        note.language === 'en'
          ? rejoinedSentence(text, analyzed, rules.layout, item, true)
          : undefined;
      const assertion = rejoined
        ? this.core.assertIn(note.language, rejoined, item)
        : this.core.assert(analyzed, item);
      // "the BRCA1 variant that was found in your family": the result is the family's.
      const inFamily =
        status === 'present' &&
        decision.word !== null &&
        /^\s*in\s+(?:the|your|his|her|their|this)\s+family\b/i.test(
          text.slice(decision.word.end, decision.word.end + 30),
        );
      const written = text.slice(span.start, span.end);
      // "42M … found after his mother's workup (she carries it too)": a pronoun subject whose
      // gender is not the patient's stated sex stands for a relative. A bare pronoun carrier
      // result ("she carries it too") is read only then: "she" may as well be the patient.
      const pronounRelative = note.language === 'en' && pronounNotPatient(text, span, patientSex);
      const pronounPatient =
        note.language === 'en' &&
        !pronounRelative &&
        pronounIsPatient(text, span, sentence.start, patientSex, rules.layout);
      if (
        note.language === 'en' &&
        rules.layout.pronounCarrier.test(written) &&
        !pronounRelative &&
        !pronounPatient
      )
        continue;
      // "姉の検査で BRCA2 … が判明しており、本人はシングルサイト検査を受けたが同バリアントは検出されな
      // かった": the patient named after the last relative before the reference is its subject,
      // whatever the line's label (家族歴：) or the relative's clause says.
      // (Not when the reference is itself a relative's words: "本人は未検、妹は非保持".)
      // (A Japanese line labelled by the client, "本人：大腸内視鏡で腺腫多数。APC単一部位検査を実施 →
      // 父と同じバリアントを検出した", is the client's in each of its sentences, where the relative is
      // only what the variant is compared with; not "本人：…。姉のバリアント確認後、…", the sister's.)
      const selfLabelled =
        note.language === 'ja' &&
        ownLineStart < sentence.start &&
        /と(?:同じ|同一)/.test(written) &&
        new RegExp(`^[ \\t　]*(?:${rules.layout.selfWord.source})[ \\t　]*[:：]`, 'i').test(
          text.slice(ownLineStart, sentence.start),
        );
      const selfSubject =
        !inFamily &&
        !(note.language === 'ja' && rules.layout.relativeReferenceJa.test(written)) &&
        selfAfterRelatives(
          // (An English reference may name the patient tested itself: "single-site testing of
          // the patient was positive", after the relative's variant. So may a Japanese one that
          // opens with the client, "本人の発症前遺伝学的検査は陽性" after "家族歴：姉が…保持",
          // whatever the line's label says; not "兄と同じ…変異を本人も保有", whose relative is only
          // what the variant is compared with.)
          text.slice(
            Math.max(selfLabelled ? ownLineStart : sentence.start, span.start - REFERENCE_REACH),
            note.language === 'en' || rules.layout.selfWord.test(written) ? span.end : span.start,
          ),
          rules.layout,
        );
      const family =
        pronounRelative ||
        (!selfSubject &&
          !pronounPatient &&
          // ("Her father had colon cancer, and testing showed that she has the same variant".)
          !(
            note.language === 'en' &&
            resultPronounNotRelative(text, sentence.start, span.start, rules.layout)
          ) &&
          (inFamily ||
            relativeRow(written, span.start, text, status, chart, rules.layout) ||
            relativeLabelRow(text, span.start, chart, rules.layout) ||
            // "Your mother, who had womb cancer at 56, was tested earlier this year and carries
            // the same variant": the relative opening the sentence past an aside, or before two
            // verbs joined by "and", is the subject of the result, as for a variant written out.
            (note.language === 'en' &&
              (relativeSubjectPastAside(text, item, sentence.start, rules.layout) ||
                // ("… her sister Ruth's result. Ruth was tested and carries the same variant".)
                namedRelativeSubject(text, item, sentence.start, rules.layout))) ||
            (assertion.experiencer === 'other' &&
              assertion.triggers.some(
                (t) =>
                  isRelative(t, text, status, chart, rules.layout) &&
                  !triggerNamesGene(t, text, genes, rules.layout) &&
                  !foundInRelativeAfter(text, t, item, decision.word, rules.layout) &&
                  // "positive for the maternal BRCA1 variant": the side inside the reference
                  // says where the variant came from, not who was tested.
                  !(
                    t.start >= span.start &&
                    t.end <= span.end &&
                    /^(?:the|her|his|their)\s+(?:maternal|paternal)/i.test(written)
                  ),
              )) ||
            (chart !== null &&
              relativeBefore(text, item, status, sentence.start, chart, rules.layout)) ||
            // "Her sister was tested last year. She is heterozygous for it too.": a pronoun
            // opening the reference's sentence stands for the relative who is the subject of the
            // sentence before ("We tested the patient … She is …" stays the patient's).
            (note.language === 'en' &&
              /^(?:she|he|they)\b/i.test(written) &&
              /^\s*$/.test(text.slice(sentence.start, span.start)) &&
              rules.layout.pronounRelativeAntecedent.test(
                text.slice(Math.max(0, sentence.start - 200), sentence.start),
              )) ||
            // "長男（45歳）は当院でシングルサイト検査を受け、同バリアント非保持": the relative the
            // sentence is about (は/が/も) speaks across its clauses, as for a named variant.
            (chart === null &&
              note.language === 'ja' &&
              relativeSubjectOfSentence(text, item, sentence.start, rules.layout)) ||
            // "上記ATMバリアントは母（67歳）も持っている": the relative named after the reference's
            // topic, as the subject of its result, is the carrier.
            (note.language === 'ja' &&
              relativeAfterReference(text, span, decision.word ?? resultWord, rules.layout))));
      const significance =
        status === 'present'
          ? (significanceOf(text, item, [item], clause, rules) ?? source.significance)
          : null;
      out.push({
        item,
        status,
        subject: family ? 'family' : 'patient',
        // A class stated with the reference is its own ("同バリアント 陽性（Deleterious）").
        significance,
        // A reference is a carrier test (germline), except the patient's tumour variant looked
        // for again in another tumour or plasma sample: "Tissue: EGFR exon 19 deletion … Plasma
        // drawn the same day: the same deletion was not seen" (en decision 36). The sample must
        // be named: "somatic" itself there is the conclusion of a blood check ("not found in
        // blood, so somatic"), whose reference is the germline test.
        // (So in Japanese: "KRAS変異陽性（G13D）… 3月のF1CDxの結果でも同変異がみられ（VAF 29%）", "血漿でも
        // 同変異が拾えている": the tumour test named, no blood. A conclusion "体細胞" is dropped as
        // "somatic" is, and a clause naming blood ("血液からは同バリアントは検出されず、腫瘍にとどまる
        // 変化") names both, so it stays the germline test's.)
        origin:
          (note.language === 'en' || note.language === 'ja') &&
          !family &&
          // (A Japanese source may state no sample: "KRAS変異陽性（G13D）のため抗EGFR抗体は適応外".)
          (source.origin === 'somatic' || (note.language === 'ja' && source.origin === null)) &&
          referenceOrigin(
            originIn(
              text
                .slice(clause.start, clause.end)
                // (Nor a tumour named in the conclusion drawn after the result: "…, and it was not
                // found, so this is an acquired change in the tumour", layout `conclusion_openers`.)
                .replace(note.language === 'en' ? rules.layout.conclusionAfter : /(?!)/g, ' ')
                .replace(/\bsomatic\w*|体細胞(?:性|由来)?/gi, ' '),
              rules,
            ),
            note.language === 'ja' &&
              !this.resources.drivers.inheritedCancerGenes.has(source.item.gene),
          ) === 'somatic'
            ? 'somatic'
            : 'germline',
        stated: true,
        // (Its test's year tells a relative's dated earlier negative from it, decision 36.)
        year: testYearOf(text, item),
      });
    }
    return out;
  }

  /** A receptor or stain name (HER2, PD-L1, p53) or a gene named mostly for its stain. */
  private isExpressionName(mention: GeneMention): boolean {
    const drivers = this.resources.drivers;
    return (
      drivers.expressionForms.has(mention.text.toLowerCase()) ||
      (mention.genes.length === 1 && drivers.expressionGenes.has(mention.genes[0]!))
    );
  }

  /** Where a gene symbol or a variant is written (original offsets): what the models read. */
  candidateHits(note: Pick<Note, 'text'>): number[] {
    const folded = foldWidth(note.text);
    return [
      ...this.genesIn(folded.text),
      ...findVariants(folded.text, this.resources.legacy, this.resources.aminoAcids),
    ].map((hit) => folded.toOriginal(hit.start));
  }

  /**
   * Gene mentions of a (width-folded) text: the lexicon's, and the gene part of an eponym
   * ("Factor V" of "Factor V Leiden", "PT" of "PT G20210A"), which the lexicon does not know.
   */
  private genesIn(text: string): GeneMention[] {
    const genes = withGeneAnaphors(
      text,
      this.resources.lexicon.find(text),
      this.resources.rules.ja.layout,
    );
    const eponyms = this.resources.legacy?.eponymsIn(text) ?? [];
    if (eponyms.length === 0) return genes;
    const named: GeneMention[] = eponyms.map((e) => ({
      ...e.geneSpan,
      genes: [e.gene],
      contextOnly: false,
      // (An inherited allele's result is germline, as the prefix of "gBRCA2" says.)
      ...(e.germline ? { germline: true as const } : {}),
    }));
    return [
      ...genes.filter((g) => !named.some((n) => g.start < n.end && n.start < g.end)),
      ...named,
    ].sort((a, b) => a.start - b.start);
  }

  /** The approved symbol for a written gene form ("HER2" → ERBB2), or null. */
  geneOf(form: string): string | null {
    return this.resources.lexicon.lookup(foldWidth(form).text.trim())?.genes[0] ?? null;
  }

  /** Alteration classes named in words in a piece of text ("amplified", "エクソン19欠失"). */
  eventsIn(text: string, language: Language): EventMention[] {
    return findEvents(foldWidth(text).text, this.resources.rules[language]);
  }

  /** Variants written in a piece of text (HGVS, bare protein changes, legacy names). */
  variantsIn(text: string): VariantMention[] {
    return findVariants(foldWidth(text).text, this.resources.legacy, this.resources.aminoAcids);
  }

  extract(note: Pick<Note, 'text' | 'language' | 'noteType'>): GeneticsResult {
    // A Japanese note's English lines (a pasted FoundationOne, Guardant360 or Invitae section,
    // "EGFR L858R ...... Not detected", "No fusions detected in: ALK, RET") are read with the
    // English rules: their layout, negations, headings and relatives are the English report's.
    // The Japanese rules read the rest of the note, which still sees those lines as context.
    // (An English sentence closing a Japanese line, 「EGFR L858R検出。No ALK fusion detected.」, is
    // read the same way from where it starts: the line maps to that column, a whole line to 0.)
    const english = note.language === 'ja' ? this.englishLines(note.text) : null;
    if (english && english.size > 0) {
      const ja = this.candidatesOf(note);
      const masked = note.text
        .split('\n')
        .map((line, i) => {
          const from = english.get(i);
          return from === undefined ? ' '.repeat(line.length) : ' '.repeat(from) + line.slice(from);
        })
        .join('\n');
      const en = this.candidatesOf({ ...note, language: 'en', text: masked });
      const inEnglish = (offset: number): boolean => {
        const from = english.get(lineIndex(note.text, offset));
        return from !== undefined && offset - lineStartOf(note.text, offset) >= from;
      };
      const jaOwn = (c: Candidate) => !inEnglish(c.item.start);
      const mentions = [...ja.mentions.filter((m) => !inEnglish(m.start)), ...en.mentions].sort(
        (a, b) => a.start - b.start || a.end - b.end,
      );
      // (A sentence closing a Japanese line keeps whose test it is and its source from the
      // Japanese words before it, 「母の遺伝学的検査：No pathogenic variant in BRCA1.」, as the
      // Japanese rules read them for the same gene there.)
      const jaAt = new Map(ja.candidates.map((c) => [`${c.item.gene}@${c.item.start}`, c]));
      const enOwn = en.candidates.map((c) => {
        if (!english.get(lineIndex(note.text, c.item.start))) return c;
        const same = jaAt.get(`${c.item.gene}@${c.item.start}`);
        return same ? { ...c, subject: same.subject, origin: same.origin ?? c.origin } : c;
      });
      const candidates = [...ja.candidates.filter(jaOwn), ...enOwn];
      return { findings: resolveFindings(candidates, this.resources.drivers, note.text), mentions };
    }
    const { candidates, mentions } = this.candidatesOf(note);
    return { findings: resolveFindings(candidates, this.resources.drivers, note.text), mentions };
  }

  /**
   * The lines of a Japanese note written in English: no Japanese script or punctuation, and an
   * English word that is no gene symbol ("detected", "Tier", "fusion"), so a bare "EGFR L858R"
   * row stays with the Japanese heading it sits under.
   */
  private englishLines(text: string): Map<number, number> {
    const out = new Map<number, number>();
    if (!/[A-Za-z]{3}/.test(text)) return out;
    text.split('\n').forEach((line, i) => {
      if (!/[A-Za-z]{3}/.test(line)) return;
      if (JAPANESE_SCRIPT.test(line)) {
        // (It names a gene of its own, and does not open with one: 「…T790M not detected、Exon 19
        // deletion not detected」 is the Japanese line's list, its gene named before.)
        const from = englishSentenceTail(line);
        const tailGenes = from === null ? [] : this.genesIn(line.slice(from));
        if (from !== null && tailGenes.length > 0 && tailGenes.every((g) => g.start > 0))
          out.set(i, from);
        return;
      }
      const genes = this.genesIn(line);
      // (A gene row's result word the Japanese rules read leaves it with its Japanese heading:
      // "CDKN2A loss" under 「FoundationOne CDx 結果：」; layout `ja_kept_english_row_words`.)
      const kept = this.resources.rules.ja.layout.jaKeptEnglishRowWord;
      LATIN_TOKEN.lastIndex = 0;
      for (let m = LATIN_TOKEN.exec(line); m; m = LATIN_TOKEN.exec(line)) {
        const start = m.index;
        const end = start + m[0].length;
        if (
          /^[A-Za-z]{3,}$/.test(m[0]) &&
          !genes.some((g) => g.start < end && g.end > start) &&
          !(genes.length > 0 && kept?.test(m[0]))
        ) {
          out.set(i, 0);
          return;
        }
      }
    });
    return out;
  }

  private candidatesOf(note: Pick<Note, 'text' | 'language' | 'noteType'>): {
    candidates: Candidate[];
    mentions: GeneticMention[];
    text: string;
  } {
    const languageRules = this.resources.rules[note.language];
    // (A dash left in a table's class-only column is no call of its row: tables.ts; same length.)
    const unclassedRows = new Set<number>();
    // (An exon named number first, "第19エクソン", is read word first: note-lines.ts; same length.)
    const undashed = withoutClassColumnDashes(note.text, languageRules.layout, unclassedRows);
    const folded = foldWidth(undashed);
    // (A Japanese share against a cut-off with no verdict written gets the call its numbers make:
    // note-lines.ts; same length.)
    const exonsRead = withShareCallsWritten(
      withExonWordFirst(folded.text, languageRules.layout.exonNumberFirst),
      note.language === 'ja' ? languageRules.layout.shareCutoffs : [],
      languageRules.layout.shareCutoffCalls,
    );
    // (A template printing every option keeps only the marked one: choices.ts.)
    // (A change typed with stray spaces or an arrow, "EGFR L 858 R", "c.2573T → G", is read
    // closed up: change-spacing.ts; same length.)
    const text = withChangesClosed(
      withChosenOptions(
        note.language === 'en'
          ? withLostBreaks(exonsRead, languageRules.layout.tableHeader)
          : exonsRead,
        languageRules.layout.choiceList,
      ),
      (token) => this.resources.lexicon.lookup(token) !== undefined,
    );
    // (Not a disease's abbreviation where the note names the disease: "FH" beside 家族性高コレステ
    // ロール血症, genes.yaml `disease_abbreviations`.)
    const allGenes = this.genesIn(text);
    // (With no gene mention there is none to drop: the disease names are not searched.)
    const diseases =
      allGenes.length > 0
        ? this.resources.lexicon.diseaseAbbreviationsIn(text, allGenes)
        : new Set<GeneMention>();
    const genes = diseases.size > 0 ? allGenes.filter((g) => !diseases.has(g)) : allGenes;
    // A note that speaks of no cancer, no tumour test (vocab `cancer_context`) and no cancer gene
    // (SMA, Fabry, hATTR, TSC, Pompe) reports constitutional tests: its bare blood sample is a
    // germline one (vocab `constitutional_samples`), and so is a result with no source. (Clinic
    // shorthand names a cancer by its genes when by nothing else: "KRAS/NRAS wt, MSS", "MLPAで
    // MSH2のエクソン3が欠失": drivers.yaml `drivers` and `cancer_genes`.)
    const variants = findVariants(text, this.resources.legacy, this.resources.aminoAcids);
    if (genes.length === 0 && variants.length === 0) return { candidates: [], mentions: [], text };
    // (The cancer genes first: the cancer words are a scan of the whole note.)
    const constitutional =
      languageRules.constitutional !== null &&
      languageRules.cancerContext !== null &&
      !genes.some((g) => g.genes.some((gene) => this.resources.drivers.cancerGenes.has(gene))) &&
      !testWord(languageRules.cancerContext, text);
    const rules = constitutional ? languageRules.constitutional! : languageRules;
    // Class words matter on lines naming a gene or variant, and on exon-level lines; the rest
    // of the note is not searched.
    // Rows of an assay table with an exon column ("Exon | Mutation tested | Result").
    // (Cells set off by single ideographic spaces are split on the lines as written.)
    const exonRows = exonTableRows(text, rules, undashed);
    const events = [
      ...findEvents(text, rules, eventLines(text, [...genes, ...variants], rules.layout)),
      ...exonRows.events,
    ].sort((a, b) => a.start - b.start);
    // Exon-level lines may name no gene ("Exon 19 deletions: not detected" under a test title),
    // nor may the rows of a "Gene: …" block ("Type ..... copy number 0"): events are only found
    // on such lines and on lines naming a gene or variant.
    const offsets = [
      ...genes.map((g) => g.start),
      ...variants.map((v) => v.start),
      ...events
        .filter(
          (e) =>
            e.kind.startsWith('exon_') ||
            underGeneKeyRow(text, e.start) ||
            (note.language === 'ja' &&
              e.kind === 'amplification' &&
              ishCallRowBefore(text, e.start, rules.layout)),
        )
        .map((e) => e.start),
    ];
    // Japanese lines are analysed one by one: a line wrapped mid-sentence ("…を検出し、\n
    // Pathogenic と報告されました") brings the next one, so the sentence can be joined again.
    const wrappedLines =
      note.language === 'ja'
        ? [...new Set(offsets.map((o) => lineEndOf(text, o)))].flatMap((end) => {
            if (end >= text.length) return [];
            if (
              (/[、，,]\s*$/.test(text.slice(Math.max(0, end - 4), end)) ||
                jaRowContinues(text, end, rules.layout)) &&
              continuesLine(text, end, rules.layout)
            )
              return [end + 1];
            // (A pipe table's cell wrapped mid-words: "EGFR｜エクソン19⏎欠失｜25%"; clauses.ts.)
            if (wrappedTableCell(text, end)) return [end + 1];
            // (A label line's result on the next non-empty line: "ALK融合遺伝子\n\n陰性".)
            const below = labelResultLineStart(text, end, rules.layout);
            return below === null ? [] : [below];
          })
        : // An English result wrapped after its dash ("EGFR T790M and C797S\n- not detected.")
          // brings its line too (a line of its own to the splitter), as does a measurement
          // wrapped there ("mean HER2\n6.1 copies/cell - amplified", "TP53 p.R273C\n  33% (Tier II)").
          [...new Set(offsets.map((o) => lineEndOf(text, o)))]
            .filter(
              (end) =>
                end < text.length &&
                (rules.layout.resultAfterDash.test(text.slice(end + 1, end + 41)) ||
                  MEASUREMENT_OPENING.test(text.slice(end + 1, end + 41))) &&
                continuesLine(text, end, rules.layout),
            )
            // (At the dash: an English line unit starts at its first non-blank character, so
            // an indented "    - no mutation by Sanger" is not the unit its indent belongs to.)
            .map(
              (end) => end + 1 + (/^[ \t]*/.exec(text.slice(end + 1, end + 41))?.[0].length ?? 0),
            );
    // The line under a gene's heading line ("【BRCA2】") may hold its result alone, also indented
    // under it ("KRAS\n    No mutation detected"; at its first non-blank character, as above).
    const underHeadings = genes.flatMap((g) => {
      const start = lineStartOf(text, g.start);
      const end = lineEndOf(text, g.start);
      if (end >= text.length || !GENE_HEADING_LINE.test(text.slice(start, end))) return [];
      return [end + 1 + (/^[ \t]*/.exec(text.slice(end + 1, end + 41))?.[0].length ?? 0)];
    });
    // An English line that wrapped prose goes on into brings the line above: the splitter starts
    // a line opening in upper case or a digit as a unit of its own, and the relative opening the
    // sentence there is its subject ("His daughter was tested in\nMay 2024 and is negative for
    // BRCA2 c.9097dup"; joined again by joinWrapped, read by rejoinedSentence). Only prose cut
    // mid-phrase (a preposition, article or verb left hanging): a header row ending in a word
    // ("Target      Result") is no sentence of the rows under it.
    const wrappedAbove =
      note.language === 'en'
        ? [...new Set(offsets.map((o) => lineStartOf(text, o)))]
            .filter(
              (start) =>
                start > 0 &&
                rules.layout.cutMidPhrase.test(text.slice(Math.max(0, start - 40), start - 1)) &&
                wrapsIntoLine(text, start, rules.layout),
            )
            .map((start) => lineStartOf(text, start - 1))
        : [];
    const analyzed = this.core.analyzeAround(text, note.language, [
      ...offsets,
      ...wrappedLines,
      ...underHeadings,
      ...wrappedAbove,
      // (And the method lines under a gene's heading: "ALK" over "IHC: …", "FISH: …".)
      ...genes.flatMap((g) => methodLinesUnder(text, g, rules)),
    ]);
    // Protein changes written right after their gene ("RET c.2753T>C, p.(Met918Thr)", "BRAF
    // V600E"), in note order: a bare change later in the note that names no gene of its own
    // refers back to that gene (items.ts `namedEarlier`). Only a change one gene was written with.
    const earlierNamed: { at: number; hgvsP: string; gene: string }[] = [];
    for (const v of variants) {
      if (!v.hgvsP) continue;
      const g = genes.filter((m) => m.end <= v.start && v.start - m.end <= 40).at(-1);
      if (g?.genes.length !== 1) continue;
      const between = text.slice(g.end, v.start);
      if (/[;\n]/.test(between)) continue;
      if (!/^[\s,:(-]*(?:p\.)?[\s(]*$/.test(between.replace(/\bc\.[^\s,;()]+/g, ''))) continue;
      earlierNamed.push({ at: v.start, hgvsP: v.hgvsP, gene: g.genes[0]! });
    }
    const noteGenes = new Set(genes.flatMap((g) => g.genes));
    // Genes written with a change of their own somewhere in the note ("MUTYH   c.536A>G"): a
    // hereditary syndrome or tumour named after the gene elsewhere ("… establishes
    // MUTYH-associated polyposis") is that finding again (decisions 7 and 131).
    const changedGenes = new Set<string>();
    for (const v of variants) {
      const g = genes.filter((m) => m.end <= v.start && v.start - m.end <= 60).at(-1);
      if (g?.genes.length === 1 && !/[;\n]/.test(text.slice(g.end, v.start))) {
        changedGenes.add(g.genes[0]!);
      }
    }
    const namedEarlier = (hgvsP: string, at: number): string | undefined => {
      const named = new Set(
        earlierNamed.filter((e) => e.at < at && e.hgvsP === hgvsP).map((e) => e.gene),
      );
      return named.size === 1 ? [...named][0] : undefined;
    };
    const mentions: GeneticMention[] = [];
    // Protein changes seen by a stain ("IDH1 R132H（免疫染色）陽性"), for the DNA change that
    // confirms one in the same sentence.
    const stained: { item: Item; within: Span }[] = [];
    // Lines naming a gene or a variant: each starts an entry of its own in a report block.
    const entryLines = new Set([...genes, ...variants].map((m) => lineIndex(text, m.start)));
    // Whether a sentence holds genetic words, asked once per sentence, not once per clause.
    const geneticSentences = new Map<Sentence, boolean>();
    const candidates: Candidate[] = [];
    // The lines of changes followed by each person's call ("…：本人 陽性、妹 陰性"), read for each
    // person there (status.ts personCallPairs): no reference within them is a finding of its own.
    const personLists: Span[] = [];
    // (A tumour-lab note type says nothing of a constitutional note that names a constitutional
    // sample: a molecular lab's HFE genotyping of "blood (EDTA)" reports the person's genotype.)
    // (Read from the whole note on first use: a note none of whose results asks for its origin,
    // about one in four with genes, is not scanned for source words. A pure function of these
    // unchanging arguments, so the same answer as reading it here.)
    // The origin words for a gene: a blood sample is no germline word for a gene read only in a
    // blood cancer's own blood (drivers.yaml `clonal_blood_genes`, ja.yaml `origin.blood_samples`).
    const originRulesOf = (gene: string): CompiledGeneticsRules =>
      (this.resources.drivers.clonalBloodGenes.has(gene) ? rules.clonalBlood : null) ?? rules;
    let noteOriginOfGene: ((gene: string) => Origin | null) | undefined;
    let clonalNoteOriginOfGene: ((gene: string) => Origin | null) | undefined;
    const noteType =
      constitutional &&
      rules.constitutionalSample != null &&
      testWord(rules.constitutionalSample, text) &&
      rules.layout.somaticNoteTypes.test(note.noteType ?? '')
        ? undefined
        : note.noteType;
    const noteOrigin = (gene: string): Origin | null => {
      // (A gene read only in a blood cancer's own blood reads the note's blood samples as that
      // cancer's: "検体：末梢血（EDTA）" over "JAK2 V617F：陽性".)
      const own = originRulesOf(gene);
      if (own !== rules) {
        clonalNoteOriginOfGene ??= originOfNote(text, own, noteType, genes);
        return clonalNoteOriginOfGene(gene);
      }
      noteOriginOfGene ??= originOfNote(text, rules, noteType, genes);
      return noteOriginOfGene(gene);
    };
    // A fusion, an amplification or a tumour hotspot (EGFR L858R, IDH1 R132H, a BRAF mutation) is
    // the tumour's unless its own words say germline: a counselling letter or a note that names a
    // germline test elsewhere does not make the patient's ALK fusion inherited.
    const hotspotGenes = new Set(this.resources.drivers.hotspots.values());
    // "gBRCA+。BRCA2 c.5946del": a bare germline BRCA label with a positive call names the test of
    // the note's BRCA1 / BRCA2 variants found (layout `germline_brca_labels`).
    const germlineBrcaLabel = rules.layout.germlineBrcaLabel?.test(text) === true;
    // The findings whose origin is only the note's for their gene (`noteOriginOf`), by gene and
    // start: a germline origin there may be that of a negative germline test of the gene, which
    // then is no source of a change found (below).
    const fromNoteOrigin = new Set<string>();
    const noteOriginTaken = (item: Item): Origin | null => {
      fromNoteOrigin.add(`${item.gene}|${item.start}`);
      return noteOriginOf(item);
    };
    const noteOriginOf = (item: Item): Origin | null => {
      // (A result with no source in a constitutional note is germline, not the clinical note's
      // somatic default: "TTR遺伝子検査：変異を認めず", "GAA c.1935C>A：病的" in a Pompe letter.)
      const origin = noteOrigin(item.gene) ?? (constitutional ? 'germline' : null);
      if (origin !== 'germline') return origin;
      const tumourOnly =
        item.kind === 'fusion' ||
        item.kind === 'amplification' ||
        (item.hgvsP !== null && this.resources.drivers.hotspots.get(item.hgvsP) === item.gene) ||
        // (So is a driver's named codon change, "KRAS G12V", "NRAS Q61R", beside another gene's
        // germline result: drivers.yaml `protein_prefix` / `hgvs_p` rows.)
        (item.hgvsP !== null &&
          item.kind === 'snv' &&
          hotspotGenes.has(item.gene) &&
          this.resources.drivers.isDriver(item.gene, item.hgvsP, item.kind, item.exon)) ||
        (item.kind === 'other' && item.hgvsP === null && hotspotGenes.has(item.gene)) ||
        // A gene-level positive at a driver exon ("GIST … KIT exon 11 mutated" quoted in a
        // counselling note) is a tumour hotspot too.
        (item.kind === 'other' &&
          item.hgvsP === null &&
          item.exon !== null &&
          this.resources.drivers.isDriver(item.gene, null, 'other', item.exon)) ||
        // So is an exon-level driver class ("EGFR exon 19 deletion", "MET exon 14 skipping")
        // beside a germline result on its line ("…; germline MLH1 c.350C>T"); a germline exon
        // deletion (MLPA "MSH2 exons 1-6 deletion") is no driver and keeps the note's origin.
        (EXON_CLASSES.has(item.kind) &&
          item.exon !== null &&
          this.resources.drivers.isDriver(item.gene, null, item.kind, item.exon));
      return tumourOnly ? 'somatic' : origin;
    };
    // Whose chart: a relative's (predictive testing) flips the proband to `family`.
    const chart = relativeChartOf(text, rules.layout);
    const patientSex = note.language === 'en' ? statedPatientSex(text) : null;
    const toOriginal = (span: Span) => ({
      start: folded.toOriginal(span.start),
      end: folded.toOriginal(span.end),
    });
    const mention = (
      span: Span,
      type: GeneticMention['type'],
      value: GeneticMention['value'],
      rule: string,
      decision: string,
      section: string | null,
      assertion?: Assertion,
    ) => {
      const original = toOriginal(span);
      mentions.push({
        type,
        ...original,
        text: note.text.slice(original.start, original.end),
        value,
        ...(assertion
          ? {
              assertion: {
                negated: assertion.negated,
                possible: assertion.possible,
                historical: assertion.historical,
                hypothetical: assertion.hypothetical,
                experiencer: assertion.experiencer,
                triggers: assertion.triggers.map((t) => t.rule),
              },
            }
          : {}),
        section,
        rule,
        decision,
      });
    };

    // "The NRAS result in addendum 1 was transcribed from another specimen … and is withdrawn":
    // a withdrawal naming a gene's result takes back that gene's results written before it
    // (decision 81), not the repeat test told after it. A change named in it ("the KRAS p.G12C
    // result … is WITHDRAWN") takes back only that change.
    const withdrawals: {
      before: number;
      gene: string;
      changes: string[];
      positiveOnly: boolean;
    }[] = [];
    // (So does one that takes a positive back, "The ROS1 result was deemed a false positive":
    // the gene's earlier positive is no result either; its own item there is absent, generic.ts.
    // It takes back only positives: "RT-PCR・NGSともに融合を認めないことからIHCの偽陽性と判断" leaves
    // the repeat tests' negatives standing.)
    const takesPositiveBack = (s: string) =>
      (rules.withdrawnPositive !== null && testWord(rules.withdrawnPositive, s)) ||
      (rules.overturned !== null && testWord(rules.overturned, s));
    const takesBack = (s: string) =>
      (rules.withdrawn !== null && testWord(rules.withdrawn, s)) || takesPositiveBack(s);
    if (takesBack(text)) {
      // (Each sentence is read once: a note that is one long list is not read again per gene.)
      // (And each gene of a sentence kept once.)
      const withdrawing = new Map<
        Sentence,
        { changes: string[]; genes: Set<string>; positiveOnly: boolean } | null
      >();
      for (const g of genes) {
        const sentence = this.core.sentenceAt(analyzed, g);
        if (!sentence) continue;
        let says = withdrawing.get(sentence);
        if (says === undefined) {
          const said = text.slice(sentence.start, sentence.end);
          says = takesBack(said)
            ? {
                changes: variants
                  .filter((v) => v.start >= sentence.start && v.end <= sentence.end)
                  .flatMap((v) => [v.hgvsP, v.hgvsC].filter((c): c is string => c !== null)),
                genes: new Set(),
                // (A retraction that names a false positive takes back only the positive: "their
                // exon 19 result was a false positive … and is retracted" leaves the negatives.)
                positiveOnly:
                  takesPositiveBack(said) ||
                  !(rules.withdrawn !== null && testWord(rules.withdrawn, said)),
              }
            : null;
          withdrawing.set(sentence, says);
        }
        if (!says) continue;
        for (const gene of g.genes) {
          if (says.genes.has(gene)) continue;
          says.genes.add(gene);
          withdrawals.push({
            before: sentence.start,
            gene,
            changes: says.changes,
            positiveOnly: says.positiveOnly,
          });
        }
      }
    }
    // Genes whose earlier positive a later judgement took back (withdrawnLater).
    const positivesTakenBack = new Set<string>();
    const withdrawnLater = (item: Item, status: 'present' | 'absent' | null) =>
      withdrawals.some(
        (w) =>
          item.end <= w.before &&
          w.gene === item.gene &&
          (!w.positiveOnly || status !== 'absent') &&
          (w.changes.length === 0 ||
            (item.hgvsP !== null && w.changes.includes(item.hgvsP)) ||
            (item.hgvsC !== null && w.changes.includes(item.hgvsC))),
      );

    // Partner genes a fusion of an earlier clause took from words after it ("ALKのみ陽性で、EML4との
    // バリアント1の融合であった"): a partner named so is no finding of its own in its later clause.
    const statedPartners = new Set<GeneMention>();
    for (const clause of boundedClauses(clauses(text, analyzed, rules.layout), [
      ...genes,
      ...variants,
    ])) {
      const inClause = <T extends Span>(list: readonly T[]) => spansWithin(list, clause);
      // "【BRCA2】⏎ 病的バリアントを認めず", "BRCA2:⏎ No pathogenic variant detected": a result line
      // under a line that is only a gene's heading is that gene's.
      const clauseGenes = withHeadingGene(text, clause, inClause(genes), genes, variants, rules);
      // A bare change given as another name of a variant described beside it ("Y165C" under a
      // "Legacy name" column, "also called C250T", "TERT promoter C228T") is not one more finding.
      const clauseVariants = inClause(variants).filter(
        // A legacy name is only ever another name ("the variant that used to be called 185delAG")
        // of an HGVS form written before it; with none there ("BRCA1 carrier, legacy name
        // 185delAG") it is the only name of the change, read as its HGVS (en decision 18).
        (v) =>
          !(
            (v.bare ||
              (v.rule === 'genetics.legacy-name' && hgvsNamedBefore(v, variants, genes))) &&
            isOtherName(text, v, rules)
          ) &&
          !(v.bare && codonExpansion(text, v)) &&
          !(v.bare && coveredAlternative(text, v, variants)),
      );
      const clauseEvents = inClause(events) as EventMention[];
      const exonLevel = clauseEvents.some((e) => e.kind.startsWith('exon_'));
      // (Or a class row of a "Gene: …" block: "Type ....... copy number 0 (homozygous loss)".)
      const blockRow =
        clauseGenes.length === 0 &&
        clauseEvents.some((e) => e.kind !== 'other') &&
        underGeneKeyRow(text, clause.start);
      // (Or a gene region in a clause of its own: "FLT3: ITD not detected; TKD not detected".)
      const regionLevel = clauseEvents.some((e) => e.kind === 'wild_type');
      // (Or a class word that always means one gene: "The ITD assay was negative", drivers
      // `class_hotspots`.)
      const hotspotClass =
        clauseGenes.length === 0 &&
        this.resources.drivers.classHotspots.length > 0 &&
        clauseEvents.some((e) =>
          this.resources.drivers.classHotspots.some((h) => h.re.test(e.text)),
        );
      // (Or the call row of a Japanese ISH block, "　判定：増幅あり" under its measure rows: the
      // items decide whether the gene above is the block's.)
      const ishCallRow =
        note.language === 'ja' &&
        clauseGenes.length === 0 &&
        clauseEvents.some((e) => e.kind === 'amplification');
      // (Or the answer to a hypothesis about one gene, a class result after a contrast with no
      // gene of its own: "ALK positivity was suspected, but FISH showed no rearrangement"; the
      // gene is the one named before it on the line, geneAbove.)
      const answersHypothesis =
        note.language === 'en' &&
        clauseGenes.length === 0 &&
        clauseEvents.some((e) => e.kind !== 'other' && e.kind !== 'wild_type') &&
        answersHypothesisBefore(text, clause.start, rules);
      if (
        clauseGenes.length === 0 &&
        clauseVariants.length === 0 &&
        !exonLevel &&
        !blockRow &&
        !regionLevel &&
        !hotspotClass &&
        !ishCallRow &&
        !answersHypothesis
      ) {
        continue;
      }
      // A symbol that names something else is no result about anything: a gene inside a drug,
      // antibody or trial name; HLA typing ("HLA-B*58:01 negative": an allele group carried or
      // not, not a tested DNA variant; ja decision 26, en decision 65); a symbol glued to a
      // technique word ("吻合：DST法", double stapling). The first that applies is the reason.
      const after = (g: GeneMention) => text.slice(g.end, g.end + 12);
      const namesOther: readonly (readonly [string, string, (g: GeneMention) => boolean])[] = [
        [
          'genetics.drug-name',
          'ignored: inside a drug or antibody name',
          (g) => isDrugName(text, g, rules),
        ],
        [
          'genetics.hla-typing',
          'ignored: HLA allele typing, not a DNA finding',
          (g) => HLA_ALLELE.test(after(g)),
        ],
        [
          'genetics.technique-name',
          'ignored: the name of a technique, not a gene',
          (g) => rules.techniqueAfter?.test(after(g)) === true,
        ],
      ];
      const geneMentions = clauseGenes.filter((g) => {
        const other = namesOther.find(([, , applies]) => applies(g));
        if (!other) return true;
        mention(g, 'ignored', { gene: g.genes[0] }, other[0], other[1], clause.section);
        return false;
      });
      const expression = new Set(geneMentions.filter((g) => isExpression(text, g, rules, genes)));
      const rowExon = exonRows.exons.get(lineIndex(text, clause.start));
      // (Not a stain's marker: "PD-L1（22C3）TPS 10%。" above "エクソン20挿入変異には…" heads no rows.)
      // "EGFRエクソン19欠失陽性 …⏎Guardant360では、診断時と同じエクソン19欠失（c.2235_2249del、
      // p.E746_A750del）が検出され、この欠失以外にはPIK3CA E545K…": a change written out in HGVS with
      // no gene, opening a clause whose genes all come after it, is the gene's named above it, as
      // in a clause with no gene at all (the later gene heads its own items only).
      const leadingGeneless =
        note.language === 'ja' &&
        geneMentions.length > 0 &&
        clauseVariants.some((v) => !v.bare && v.end <= geneMentions[0]!.start);
      const above =
        (geneMentions.length === 0 || leadingGeneless) &&
        (clauseVariants.length > 0 || clauseEvents.length > 0)
          ? geneAbove(
              text,
              clause.start,
              genes,
              (g) => this.isExpressionName(g) && isExpression(text, g, rules),
            )
          : undefined;
      const blockGene = leadingGeneless
        ? above && !(this.isExpressionName(above) && isExpression(text, above, rules))
          ? above
          : undefined
        : geneMentions.length === 0 && (clauseVariants.length > 0 || clauseEvents.length > 0)
          ? ((above && !(this.isExpressionName(above) && isExpression(text, above, rules))
              ? above
              : undefined) ??
            (rowExon !== undefined
              ? tableTitleGene(text, clause.start, genes, rules.layout)
              : undefined) ??
            exonReferenceGene(text, clause, genes))
          : undefined;
      // The block names that gene's own variants ("ABL1 c.944C>T: DETECTED" above "negative for
      // E255K/V, Y253H"): bare changes below it are that gene's too.
      const blockLine = blockGene ? lineOf(text, blockGene.start) : '';
      const blockHasVariants =
        blockGene !== undefined &&
        (variants.some((v) => !v.bare && lineOf(text, v.start) === blockLine) ||
          // "Gene: TP53" over "Alteration: R273H": a report block keyed by its gene names that
          // gene's change on its change row, one-letter or not (decision 60; pgen10 item 4).
          (note.language === 'en' &&
            GENE_KEY_LINE.test(blockLine) &&
            CHANGE_KEY_LINE.test(lineOf(text, clause.start))) ||
          (note.language === 'ja' &&
            JA_GENE_KEY_LINE.test(blockLine) &&
            JA_CHANGE_KEY_LINE.test(lineOf(text, clause.start))));
      const { items: built } = buildItems(
        text,
        {
          genes: geneMentions,
          variants: clauseVariants,
          events: clauseEvents,
          ...(blockGene ? { blockGene, blockHasVariants } : {}),
          ...(blockGene && answersHypothesis ? { answersBlockGene: true } : {}),
          ...(note.language === 'en' ? { namedEarlier } : {}),
          noteGenes,
        },
        this.resources.drivers,
        note.language === 'en',
        rules.layout,
      );
      // A named variant in an exon-column row keeps its row's exon ("20   T790M   Not detected"),
      // and so does a gene-level change ("｜CALR｜9｜type 1｜陽性｜", decisions 4 and 49; a negative
      // row's gene-level entry drops it again as wild_type).
      const items = (
        rowExon === undefined
          ? built
          : built.map((it) =>
              (it.what === 'variant' || (it.what === 'gene' && it.kind === 'other')) &&
              it.exon === null
                ? { ...it, exon: rowExon }
                : it,
            )
      )
        .filter((it, _, all) => !namesTestOfVariant(text, it, all))
        .map((it) => {
          // A fusion's partner told after it in words, past the clause ("…融合相手はSLC34A2").
          // (Also a plain positive of a gene whose positive is a fusion, "ALKのみ陽性で、EML4との
          // 融合であった": that gene-level item becomes the fusion.)
          const fusionLike =
            it.kind === 'fusion' ||
            (it.what === 'gene' &&
              it.kind === 'other' &&
              this.resources.drivers.fusionPositiveGenes.has(it.gene));
          if (!fusionLike || it.partner !== null) return it;
          const partner = statedPartner(text, it, genes, this.resources.drivers, rules.layout);
          if (partner) statedPartners.add(partner);
          if (partner) return { ...it, kind: 'fusion' as const, partner: partner.genes[0]! };
          // (So does one whose positive is taken back, "Outside report of ALK+; our repeat FISH
          // negative": what is absent is the rearrangement the positive said; generic.ts.)
          const sentence = rules.overturned ? this.core.sentenceAt(analyzed, it) : undefined;
          return it.what === 'gene' &&
            !it.generic &&
            sentence &&
            overturnedAt(text, sentence, it, rules)
            ? { ...it, kind: 'fusion' as const }
            : it;
        })
        .filter((it) => !(it.geneMention && statedPartners.has(it.geneMention)));
      if (items.length === 0) continue;
      const clauseResults = [
        ...findResults(text.slice(clause.start, clause.end), rules).map((r) => ({
          ...r,
          start: r.start + clause.start,
          end: r.end + clause.start,
        })),
        // (Also to a named variant or class: "KRAS G12C+, EGFR/ALK (-)", "EGFR ex19 del+".)
        ...gluedSigns(text, [...geneMentions, ...clauseVariants, ...clauseEvents]),
      ].sort((a, b) => a.start - b.start);
      const sentence = this.core.sentenceAt(analyzed, clause);
      // "ALK: positive by IHC, negative by FISH": the protein result gives way to the DNA one.
      const results = withoutProteinResults(text, clauseResults, sentence ?? clause, genes, rules);
      const sentenceText = sentence ? sentence.text : text.slice(clause.start, clause.end);
      // Genes that are also words count beside genetic words, variants or other genes.
      const sentenceSpan = sentence ?? clause;
      let sentenceGenetic = sentence ? geneticSentences.get(sentence) : undefined;
      if (sentenceGenetic === undefined) {
        sentenceGenetic = testWord(rules.geneticWords, sentenceText);
        if (sentence) geneticSentences.set(sentence, sentenceGenetic);
      }
      const geneticContext =
        sentenceGenetic ||
        clauseVariants.length > 0 ||
        genes.some(
          (g) => !g.contextOnly && g.start >= sentenceSpan.start && g.end <= sentenceSpan.end,
        ) ||
        // A row of a gene list ("EGFR ........ not detected" over "KRAS ........ not detected"):
        // an unambiguous gene on a row next to it, in the same block.
        neighbourRowGene(text, clause, genes) ||
        // A row of a result table whose header names genes or their changes ("融合遺伝子  結果"
        // over "MET  陰性").
        resultTableHeader(text, clause.start, rules) !== null;
      const heading = headingAbove(text, clause.start, rules);
      const label = lineLabel(lineOf(text, clause.start), rules) ?? heading;
      // "TEST 3: MPL exon 10 (W515L/K)" over "  Result: not detected.": the block's call.
      const blockCall = label ?? testBlockCall(text, clause, genes, variants, rules);
      const proteinOnly = new Set<Item>();
      // (A DNA method's result read for a gene named with its stain, "ALK：IHC 1+→FISH陰性", is the
      // gene's DNA result: no stain's.)
      const byDnaMethod = new Set<Item>();
      // (Nor is a doubt before that result the item's: "ALK融合遺伝子陽性疑い→FISHで陰性を確認" doubts the
      // screen the DNA method settled. The stretch from the item to that result is left unread.)
      const withoutDoubtedScreen = (item: Item, word: ResultWord, from: string) =>
        byDnaMethod.has(item)
          ? from.slice(0, item.end) + ' '.repeat(word.start - item.end) + from.slice(word.start)
          : from;
      const decisions = new Map(
        items.map((it) => {
          const own = decideStatus(
            text,
            it,
            items,
            results,
            note.language === 'ja',
            rules.layout,
            blockCall,
          );
          // (A table whose call column comes first, "｜判定｜遺伝子｜" over "｜陰性｜BRAF｜": the row's call.)
          const stated = collectiveResult(
            own.status === null ? (leadingCallCell(text, it, results, rules) ?? own) : own,
            it,
            text,
            note.language === 'en',
          );
          // "ALK融合遺伝子：IHC陽性、FISH陰性": a protein method's result is no DNA finding, the DNA
          // method's result of the same item stands (`protein_methods`, `dna_methods`; generic.ts).
          // (A fusion, or a gene whose positive is one: the screen a stain is for. HER2's IHC and ISH
          // have their own reading, items.ts.)
          const methodSentence =
            rules.methods?.order === 'lead' &&
            (it.kind === 'fusion' || this.resources.drivers.fusionPositiveGenes.has(it.gene))
              ? this.core.sentenceAt(analyzed, it)
              : undefined;
          const byMethod =
            methodSentence &&
            methodResult(
              text,
              methodSentence,
              it,
              stated,
              genes.filter((g) => !g.genes.includes(it.gene)),
              rules,
            );
          if (byMethod === 'protein') proteinOnly.add(it);
          else if (byMethod) byDnaMethod.add(it);
          const decided = byMethod && byMethod !== 'protein' ? byMethod : stated;
          // "ALK rearrangement was previously reported positive but repeat testing was
          // negative": the later call stands (`overturned`).
          const sentence = rules.overturned ? this.core.sentenceAt(analyzed, it) : undefined;
          return [
            it,
            (sentence && overturnedResult(text, sentence, it, decided, rules)) ?? decided,
          ];
        }),
      );
      // "Mom has Lynch syndrome (MSH2)", "brother with Lynch syndrome, MLH1 positive", "Father -
      // MLH1 carrier": a hereditary syndrome or a carrier word beside a gene names its germline DNA
      // result (layout `en_gene_syndromes`, `en_carrier_words`); the gene alone in the syndrome's
      // bracket is its positive (decision 113).
      // "MSH6-associated Lynch syndrome", "PMS2 Lynch syndrome", "BRCA2-associated PDAC": the
      // hereditary syndrome or, for an inherited-cancer gene, the tumour named right after a
      // gene it caused is the gene's germline positive (layout `en_gene_syndrome_joins`,
      // `en_gene_tumour_joins`; en decisions 7 and 11). Not a risk of such tumours ("population
      // risk for CHEK2-related cancers").
      const geneDiseaseAfter = (it: Item): ResultWord | null => {
        if (
          note.language !== 'en' ||
          it.what !== 'gene' ||
          it.generic ||
          it.geneMention === null ||
          it.geneMention.genes.length !== 1
        )
          return null;
        const g = it.geneMention;
        const after = text.slice(g.end, g.end + 160);
        const disease =
          rules.layout.enSyndromeAfterGene?.exec(after) ??
          (this.resources.drivers.inheritedCancerGenes.has(it.gene)
            ? rules.layout.enTumourAfterGene?.exec(after)
            : null);
        if (
          !disease ||
          rules.layout.enGeneTumourRefusedLead?.test(
            text.slice(Math.max(lineStartOf(text, g.start), g.start - 40), g.start),
          ) ||
          // (A change of the gene named in the note is that finding: "… establishes
          // MUTYH-associated polyposis" after the two MUTYH variants, decisions 7 and 131.)
          changedGenes.has(it.gene) ||
          items.some((o) => o.gene === it.gene && o.what !== 'gene' && !o.generic)
        )
          return null;
        return { start: g.end, end: g.end + disease[0].length, type: 'positive', text: disease[0] };
      };
      const syndromeGene = (it: Item): ResultWord | null => {
        if (it.what !== 'gene' || it.generic || it.geneMention === null) return null;
        const g = it.geneMention;
        const carrier = rules.layout.enCarrierAfterGene?.exec(text.slice(g.end, g.end + 40));
        if (carrier) {
          return {
            start: g.end,
            end: g.end + carrier[0].length,
            type: 'positive',
            text: carrier[0],
          };
        }
        const after = geneDiseaseAfter(it);
        if (after) return after;
        const syndrome = rules.layout.enSyndromeBeforeGene?.exec(
          text.slice(Math.max(lineStartOf(text, g.start), g.start - 60), g.start),
        );
        if (!syndrome) return null;
        const start = g.start - syndrome[0].length;
        return { start, end: g.start, type: 'positive_before', text: syndrome[0] };
      };
      if (note.language === 'en') {
        for (const it of items) {
          const decided = decisions.get(it)!;
          // "BRCA1-associated triple-negative breast cancer": a result word inside the disease
          // named after the gene describes the disease ("triple-negative" staining), so the gene
          // takes the disease's positive.
          const disease = geneDiseaseAfter(it);
          if (
            disease &&
            (decided.status === null ||
              (decided.word !== null &&
                decided.word.start >= disease.start &&
                decided.word.end <= disease.end))
          ) {
            decisions.set(it, { status: 'present', word: disease });
            continue;
          }
          // (Only a gene also read as a stain, MLH1 or MSH2: another gene's carrier word is a
          // result word of its own already.)
          if (
            decided.status !== null ||
            it.geneMention === null ||
            !this.isExpressionName(it.geneMention)
          )
            continue;
          const word = syndromeGene(it);
          // (The bracket holds this gene alone: "Lynch syndrome (MSH6)", not a panel's list; or
          // the gene is the syndrome's type: "Lynch syndrome, MSH2 type".)
          if (
            word &&
            (word.type === 'positive' ||
              (/[([]\s*$/.test(word.text) && /^\s?[)\]]/.test(text.slice(it.end, it.end + 2))) ||
              rules.layout.enSyndromeGeneType?.test(text.slice(it.end, it.end + 12)))
          )
            decisions.set(it, { status: 'present', word });
        }
      } else {
        // "リンチ症候群（MSH2）の大腸癌術後", "#Lynch症候群（MLH1）": a gene alone in a hereditary
        // syndrome's bracket, with no result, is its germline positive (README 5302; layout
        // `ja_gene_syndromes`). Not a list in the bracket ("（MLH1、MSH2…を検査予定）").
        for (const it of items) {
          if (
            it.what !== 'gene' ||
            it.generic ||
            it.geneMention === null ||
            decisions.get(it)!.status !== null ||
            !/^\s?[）)]/.test(text.slice(it.geneMention.end, it.geneMention.end + 2))
          )
            continue;
          const g = it.geneMention;
          const syndrome = rules.layout.jaSyndromeBeforeGene.exec(
            text.slice(Math.max(lineStartOf(text, g.start), g.start - 40), g.start),
          );
          if (!syndrome) continue;
          const start = g.start - syndrome[0].length;
          decisions.set(it, {
            status: 'present',
            word: { start, end: g.start, type: 'positive_before', text: syndrome[0] },
          });
        }
      }
      if (note.language === 'en') {
        // "Loss of T790M at progression", "Clearance of EGFR L858R from plasma": the named change
        // gone at a later test is absent (decision 77; `LOSS_OF_CHANGE_BEFORE`).
        for (const it of items) {
          if (it.what !== 'variant' || it.hgvsP === null || decisions.get(it)!.status !== null)
            continue;
          const from = it.geneMention?.start ?? it.start;
          const m = LOSS_OF_CHANGE_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
          if (!m) continue;
          const start = from - m[0].length;
          decisions.set(it, {
            status: 'absent',
            word: { start, end: from, type: 'negative_before', text: m[0] },
          });
        }
      }
      // "T790M negative in plasma, positive in tissue": the opposite call of another sample or
      // method right after the item's own is another test's result, so the item is read once
      // more with it (decision 36; status.ts `discordantCall`).
      const discordant: Item[] = [];
      // "EGFR L858R (0.6%) at baseline, undetectable at week 8": a named change told with its own
      // sample or time and no call is found there; the negative after the comma is another test's.
      const decided0 = (it: Item): StatusDecision => {
        const decided = decisions.get(it)!;
        if (decided.status !== null || it.what === 'gene' || it.generic || proteinOnly.has(it))
          return decided;
        const unsigned = rules.layout.discordantUnsigned?.exec(text.slice(it.end, it.end + 160));
        if (!unsigned) return decided;
        const start = it.end + unsigned[1]!.length;
        return {
          status: 'absent',
          word: {
            start,
            end: start + unsigned[2]!.length,
            type: 'negative_after',
            text: unsigned[2]!,
          },
        };
      };
      if (note.language === 'en') {
        for (const it of items) {
          const decided = decided0(it);
          // (A call inside the item's own span may close it: "HER2 FISH not amplified in 2020;
          // amplified on 2025 biopsy".)
          if (
            decided.word === null ||
            (decided.word.start < it.end && decided.word.end !== it.end) ||
            decided.word.start < it.start ||
            proteinOnly.has(it)
          )
            continue;
          // "EGFR L858R in tissue, not detected in plasma": a named change told with its own
          // sample and no call is found there; the negative is the other sample's test.
          const unsigned =
            it.what !== 'gene' && !it.generic && decided.status === 'absent'
              ? rules.layout.discordantUnsigned?.exec(text.slice(it.end, it.end + 160))
              : null;
          if (unsigned && it.end + unsigned[1]!.length === decided.word.start) {
            decisions.set(it, { status: 'present', word: null });
            const again = { ...it };
            decisions.set(again, decided);
            discordant.push(again);
            continue;
          }
          const second = discordantCall(text, decided, rules.layout);
          if (second === null) continue;
          const again = { ...it };
          decisions.set(again, second);
          discordant.push(again);
        }
      }
      // The result word a list of genes shares ("EGFR・ALK・…・HER2）は陰性"): a DNA panel's list,
      // so a receptor name in it (HER2) is a gene result too.
      const sharedByGenes = (item: Item, word: ResultWord | null) =>
        word !== null &&
        items.some(
          (other) =>
            other !== item &&
            other.what === 'gene' &&
            !other.generic &&
            decisions.get(other)?.word === word &&
            other.geneMention !== null &&
            !this.isExpressionName(other.geneMention),
        );
      const dnaTestLine = (item: Item) => {
        const head = text.slice(lineStartOf(text, item.start), item.start);
        if (rules.layout.expressionLine.test(head)) return false;
        if (rules.layout.dnaTestLabel.test(head)) return true;
        // (Or the label's genes listed in a bracket before its colon or call: "Lynch panel
        // (MLH1/MSH2/MSH6/PMS2): negative", "Germline testing for Lynch syndrome (MLH1, MSH2,
        // MSH6, PMS2): negative"; not a stain's call after it, "…): intact".)
        const bracket = note.language === 'en' ? GENE_LIST_BRACKET_OPEN.exec(head) : null;
        return (
          bracket !== null &&
          rules.layout.dnaTestLabel.test(`${head.slice(0, bracket.index)}:`) &&
          !STAIN_CALL_AFTER_BRACKET.test(text.slice(item.end, item.end + 80))
        );
      };
      // 「多遺伝子パネル検査（遺伝性腫瘍）\nMLH1｜陰性\nMSH2｜c.942+3A>T｜病的」, 「遺伝性腫瘍パネル（血液）\nMLH1：陰性」: an
      // MMR or receptor gene's row under a germline test's heading line, with only gene rows between,
      // is that test's DNA result (ja decisions 11, 36). A stain word on a row or a stain label above
      // keeps it a stain: 「免疫染色｜結果\nMLH1｜陰性」, 「…\nMLH1｜発現保持」.
      const germlineReportRow = (item: Item) => {
        const heading = rules.layout.germlineReportHeading;
        const stain = rules.layout.germlineReportStainWord;
        if (heading === null || stain === null) return false;
        const row = lineOf(text, item.start);
        if (!GENE_ROW.test(row) || stain.test(row)) return false;
        for (const above of linesAbove(text, item.start, GERMLINE_REPORT_ROWS)) {
          if (stain.test(above) || rules.layout.expressionLine.test(above)) return false;
          if (heading.test(above)) return true;
          if (!GENE_ROW.test(above)) return false;
        }
        return false;
      };
      // "EGFR 陰性 ／ ALK 融合遺伝子 陽性 ／ HER2 陰性 ／ MET ex14スキッピング 陰性", "EGFR(−)、ALK(−)、
      // ROS1(−)、HER2(−)": a receptor name with a result of its own in a list of driver genes'
      // results, and no stain name in it, is one row of a multi-gene DNA panel (ja decision 6).
      // (The list's joints may cut it into clauses, so its line is read, piece by piece: each
      // piece between the joints must open with a driver gene and name no drug, "#乳癌（ER+/HER2−）、
      // CDK4/6阻害薬" is no panel.)
      const panelRow = (item: Item) => {
        // (A driver's receptor name, HER2; not a stain of the MMR proteins, "（MSH2、MSH6は保持）".)
        if (
          note.language !== 'ja' ||
          !item.geneMention ||
          !this.isExpressionName(item.geneMention) ||
          !this.resources.drivers.driverGenes.has(item.gene)
        )
          return false;
        // (Only the rows near it on its line: a note that is one long line stays linear.)
        const lineStart = Math.max(lineStartOf(text, item.start), item.start - PANEL_ROW_REACH);
        const line = text.slice(
          lineStart,
          Math.min(lineEndOf(text, item.start), item.end + PANEL_ROW_REACH),
        );
        // (Joints: 、 , ; 。 and a spaced slash, "EGFR 陰性 ／ ALK 陽性" (width-folded); an unspaced
        // one joins the genes of one entry, "ER+/HER2−", "EGFR/ALK 陰性".)
        const bounds = [0];
        // (Also an unspaced one after a result, "陽性（EML4-ALK）/EGFR変異 陰性/HER2 陰性": the call closes
        // its entry.)
        // (And a space after a bracketed sign or a call, the rows of a transcribed PCR panel set
        // side by side: "EGFR(−)　ALK(−)　ROS1(−)" over "KRAS(−)　HER2(−)　RET(−)".)
        for (const m of line.matchAll(
          /[、，,;；。]|\s*\/\s+|\s+\/\s*|(?<=陰性|陽性|[)）])\/|(?<=陰性|陽性|[)）])[ \t\u3000]+/g,
        )) {
          bounds.push(m.index, m.index + m[0].length);
        }
        bounds.push(line.length);
        // (Rows are short, a gene and its call: not "hx HER2-positive breast ca 2014 (trastuzumab".)
        let driverPieces = 0;
        for (let i = 0; i + 1 < bounds.length; i += 2) {
          const piece = { start: lineStart + bounds[i]!, end: lineStart + bounds[i + 1]! };
          const long = text.slice(piece.start, piece.end).trim().length > 32;
          if (item.start >= piece.start && item.start < piece.end) {
            if (long) return false;
            continue;
          }
          // (Symbols that are also words, EGFR and MET, count: the row is a result.)
          const inPiece = spansWithin(genes, piece);
          if (inPiece.some((g) => this.isExpressionName(g))) return false;
          // (Nor a stain marker that is no gene mention here, with its call: "ER陽性/PgR陽性/HER2陰性、
          // PIK3CA H1047R陽性" is a receptor line before the DNA results.)
          if (
            inPiece.length === 0 &&
            rules.layout.receptorLine.test(text.slice(piece.start, piece.end))
          )
            return false;
          if (long) continue;
          const first = inPiece[0];
          if (
            first?.genes.some((gene) => this.resources.drivers.driverGenes.has(gene)) &&
            !/阻害|抗体|inhibitor|TKI/i.test(text.slice(first.end, piece.end))
          )
            driverPieces += 1;
        }
        if (driverPieces >= 2) return true;
        // (Or the rows of the same panel one a line, each a gene and its sign: "　HER2（−）" among
        // "　EGFR（−）", "　ALK（−）", "　ROS1（＋）" (two driver rows, no stain name, in its block).)
        return panelColumn(item);
      };
      // (Or rows of several such cells each, "　EGFR(−)　ALK(−)" over "　HER2(−)　KRAS(−)": every
      // cell of them is a row.)
      const panelColumn = (item: Item) => {
        const own = lineOf(text, item.start);
        if (!GENE_TABLE_ROW.test(own) && !SIGN_CELL_ROW.test(own)) return false;
        const here = lineIndex(text, item.start);
        const rows = new Set<number>();
        for (const g of genes) {
          if (g.start >= item.start && g.start < item.end) continue;
          const row = lineIndex(text, g.start);
          if (Math.abs(row - here) > 3) continue;
          const line = lineOf(text, g.start);
          const cells = SIGN_CELL_ROW.test(line);
          if (row === here && !cells) continue;
          if (!cells && !GENE_TABLE_ROW_NEIGHBOUR.test(line)) continue;
          if (
            !cells &&
            !line
              .trimStart()
              .replace(/^[-*•・][ \t]*/, '')
              .startsWith(g.text)
          )
            continue;
          const between = text.slice(Math.min(g.start, item.start), Math.max(g.end, item.end));
          if (/\n[ \t]*\n/.test(between)) continue;
          const driver = g.genes.some((gene) => this.resources.drivers.driverGenes.has(gene));
          // (A stain that is no driver in the column makes it a stain list: "ER（＋）", "PgR（−）".)
          if (!driver && this.isExpressionName(g)) return false;
          if (driver) rows.add(g.start);
        }
        return rows.size >= 2;
      };
      // The gene's own negative glued after it: the result word decided for it ends inside the
      // match, so a negative said of another item ("EGFR 陰性？ ALK 陰性") is not taken as its own.
      const gluedOwnNegative = (gene: GeneMention, word: ResultWord | null) => {
        if (word === null) return false;
        const own = rules.layout.wordGeneOwnNegative?.exec(text.slice(gene.start, gene.end + 24));
        if (own && word.start >= gene.end && word.start < gene.start + own[0].length) return true;
        // (Or written before it: "Plasma negative for EGFR".)
        const lead = text.slice(Math.max(0, gene.start - 24), gene.start);
        const before = rules.layout.wordGeneOwnNegativeBefore?.exec(lead);
        return (
          before !== null &&
          before !== undefined &&
          word.end <= gene.start &&
          word.start >= gene.start - (lead.length - before.index)
        );
      };
      // Its own positive glued after it, with a lung cancer or an EGFR-TKI on its line: "EGFR陽性
      // 肺腺癌", "肺腺癌（EGFR＋）、オシメルチニブ内服中" (ja decision 1; layout `word_gene_own_positive`).
      const gluedOwnPositive = (gene: GeneMention, word: ResultWord | null) => {
        const own = rules.layout.wordGeneOwnPositive?.exec(text.slice(gene.start, gene.end + 24));
        if (
          !own ||
          word === null ||
          word.start < gene.end ||
          word.start >= gene.start + own[0].length
        )
          return false;
        // (A window of its line around it: constant per item.)
        const from = Math.max(0, gene.start - 100);
        const around = text.slice(from, gene.end + 100);
        const at = gene.start - from;
        const lineEnd = around.indexOf('\n', at);
        const line = around.slice(
          around.lastIndexOf('\n', at) + 1,
          lineEnd < 0 ? undefined : lineEnd,
        );
        return rules.layout.wordGeneOwnPositiveContext?.test(line) === true;
      };
      for (const item of [...items, ...discordant]) {
        const value = itemValue(item);
        const reject = (reason: string) =>
          mention(item, 'ignored', value, item.rule, `ignored: ${reason}`, clause.section);
        // (An ambiguous symbol among a urine drug screen's classes, whatever the context: "UDS
        // negative for MET, COC, THC"; vocab `drug_screen`.)
        // (Or read with the next class as its change: "Positive: MET, AMP" is no MET amplification.)
        if (
          item.geneMention?.contextOnly &&
          (item.what === 'gene' || drugTokenAfter(text, item.geneMention.end, item.end, rules)) &&
          !item.generic &&
          inDrugScreen(text, item, genes, rules)
        ) {
          reject('a urine drug screen\u2019s class, not a gene');
          continue;
        }
        if (
          item.geneMention?.contextOnly &&
          item.what === 'gene' &&
          !item.generic &&
          !geneticContext &&
          // (A cancer gene's negative beside an unambiguous gene in the prose sentences around it:
          // "EGFR陰性。ALKは検査中。"; not "DIC なし。" before "WT1 mRNA …", nor a positive that may be
          // a stain's, "KIT陽性。PDGFRA変異は検査中。".)
          // (Or beside a change written alone in the prose of its line: "前医でEGFR陰性。当院再検で
          // L858R陽性。"; not a list of changes on the lines below, "ＥＧＦＲ検査は、以下のとおりすべて
          // 陰性であった。" over "ｴｸｿﾝ21 Ｌ８５８Ｒ（－）／…".)
          // (Or a driver whose symbol is also a lab abbreviation with its own negative glued
          // after it: "肺腺癌、EGFR陰性", "EGFR（－）"; layout `word_gene_own_negative`.)
          !(
            item.geneMention !== null &&
            decisions.get(item)?.status === 'absent' &&
            gluedOwnNegative(item.geneMention, decisions.get(item)?.word ?? null)
          ) &&
          !(
            item.geneMention !== null &&
            decisions.get(item)?.status === 'present' &&
            gluedOwnPositive(item.geneMention, decisions.get(item)?.word ?? null)
          ) &&
          // (Or the symbol alone on its line under a negative heading, "【陰性遺伝子】⏎EGFR⏎ALK",
          // "検出されず：⏎・EGFR" (decision 37): a lab value is never a line of its own with no number.)
          !(
            item.geneMention !== null &&
            decisions.get(item)?.status === 'absent' &&
            LONE_ITEM_LEAD.test(
              text.slice(lineStartOf(text, item.start), item.geneMention.start),
            ) &&
            /^[ \t　]*$/.test(text.slice(item.geneMention.end, lineEndOf(text, item.start)))
          ) &&
          !(
            this.resources.drivers.cancerGenes.has(item.gene) &&
            decisions.get(item)?.status === 'absent' &&
            (nearbySentenceGene(text, sentenceSpan, genes) ||
              nearbySentenceGene(
                text,
                sentenceSpan,
                spansWithin(variants, {
                  start: lineStartOf(text, item.start),
                  end: lineEndOf(text, item.start),
                }),
              ))
          )
        ) {
          reject('a word or abbreviation here, not a gene (no genetic context)');
          continue;
        }
        // "エクソン14スキッピング  結果" over "MET  陰性": the header's class word is its rows' class,
        // no finding of its own.
        if (item.what !== 'gene' && inTableHeaderClass(text, item.start, rules)) {
          reject("a result table's header naming its rows' class");
          continue;
        }
        const decided = decisions.get(item)!;
        if (proteinOnly.has(item)) {
          reject('a protein method\u2019s result (IHC), not a DNA finding');
          continue;
        }
        // "ALK融合遺伝子陽性肺癌は若年・非喫煙者に多いが、本例は陰性": the sentence turns to this patient
        // after the item's result, and the result after the turn is the item's (the one before it
        // was said of patients in general, or of a case assumed; tables.ts patientTurnResult).
        const turned =
          note.language === 'ja' && decided.word !== null && decided.word.start >= item.end
            ? patientTurnResult(text, decided.word, items, rules)
            : null;
        // "ERBB2：コピー数増加（CN 5）※" over "※報告書の判定は「増幅なし」": the footnote of the row's mark
        // decides its result (ja decision 97).
        // "NPM1 MRD (qPCR):" over time-point rows ("  06/2025: 0.3%", "  09/2025: not detected"):
        // a tracked change's assay heading with no call of its own, or only its typed name ("NPM1
        // type A MRD (PB):"), takes its rows' call; over no measured or negative row (pending,
        // empty) it has no result (decisions 1 and 36; tables.ts trackedRowsCall).
        const trackedHeading =
          note.language === 'en' &&
          item.what === 'gene' &&
          (decided.status === null ||
            (decided.word !== null &&
              decided.word.start >= item.end &&
              decided.word.start < lineEndOf(text, item.start) &&
              /^type\b/i.test(decided.word.text)))
            ? trackedRowsCall(text, item, items, rules)
            : null;
        const footnoted =
          turned ??
          (note.language === 'ja' && item.what !== 'gene'
            ? footnoteResult(text, item, genes, rules)
            : null) ??
          (trackedHeading === 'none' ? null : trackedHeading);
        // "WT1+, PAX8+" are stains; "ALK+", "EGFR+" are the drivers' results.
        const decisionMade = footnoted
          ? {
              status: footnoted.type.startsWith('positive')
                ? ('present' as const)
                : ('absent' as const),
              word: footnoted,
            }
          : (decided.word?.text === '+' || decided.word?.text === '＋') &&
              !this.resources.drivers.driverGenes.has(item.gene) &&
              // ("FHx: maternal aunt BRCA1+": a relative's gene of inherited cancer risk that
              // names no stain is the relative's carrier result; so is the plus glued to such a
              // gene, "gBRCA2+ breast cancer", "BRCA1+ carrier": decision 38.)
              !(
                this.resources.drivers.inheritedCancerGenes.has(item.gene) &&
                item.geneMention !== null &&
                !this.isExpressionName(item.geneMention) &&
                (relativeOnLineBefore(text, item.start, rules.layout.chartRelative) ||
                  (item.what === 'gene' && decided.word.start === item.geneMention.end))
              ) &&
              // (Not a row of a result table headed by genes or changes: "| CDKN2A | ＋ |".)
              resultTableHeader(text, item.start, rules) === null
            ? { status: null, word: null }
            : decided;
        // 「MLH1：c.655A>G（良性）のみ、病的バリアントなし」, 「VUS：ATM c.5558A>T（p.D1853V）、その他病的バリアントなし」:
        // a named variant given a class short of pathogenic, then a negative of pathogenic
        // variants. The negative is not of the variant, which was found with its class (ja
        // decision 14).
        const classedBeside =
          note.language === 'ja' &&
          decisionMade.status === 'absent' &&
          decisionMade.word !== null &&
          decisionMade.word.start >= item.end &&
          classedBesidePathogenicNegative(text, item, decisionMade.word.start);
        const decision =
          trackedHeading === 'none'
            ? { status: null, word: null }
            : classedBeside
              ? { status: 'present' as const, word: null }
              : decisionMade;
        // Protein results: a gene beside IHC/expression words, or a receptor/IHC gene
        // (ERBB2, ESR1, PD-L1, MMR…) with a bare positive/negative. A genetic word between the
        // gene and its result ("TP53、PTEN：病的バリアントは認めない") makes it a DNA result again.
        const plain = item.what === 'gene' && !item.generic;
        const geneticResult =
          sharedByGenes(item, decision.word) ||
          // A row of a result table headed by genes or changes ("遺伝子  結果  バリアント" over
          // "MLH1  －"): a DNA result, not a stain's.
          (decision.word !== null && resultTableHeader(text, item.start, rules) !== null) ||
          (decision.word !== null && panelRow(item)) ||
          // An origin word glued before the gene ("germline MLH1 testing negative", "constitutional
          // MSH6 sequencing: no variant"): a DNA test of the gene, no stain.
          (decision.word !== null &&
            item.geneMention !== null &&
            rules.dnaTestBeforeGene !== null &&
            testWord(rules.dnaTestBeforeGene, wordBefore(text, item.geneMention.start))) ||
          // A DNA test's label opening the line ("Germline panel: negative for MLH1 and MSH2").
          (decision.word !== null && dnaTestLine(item)) ||
          // A gene row under a germline test's heading line ("遺伝性腫瘍パネル（血液）\nMLH1：陰性").
          (decision.word !== null && germlineReportRow(item)) ||
          // A hereditary syndrome naming the gene in its bracket ("リンチ症候群（MSH2）と診断済み"): the
          // gene's germline result.
          (decision.word !== null &&
            rules.layout.jaSyndromeBeforeGene.test(
              text.slice(Math.max(0, item.start - 30), item.start),
            )) ||
          // So in English, also a carrier word after it ("Father - MLH1 carrier").
          (decision.word !== null && note.language === 'en' && syndromeGene(item) !== null) ||
          // A collective word heading the clause's result ("MSH2、MSH6、PMS2の3つはいずれも病的バリアント
          // を認めなかった"): the change it is about is named after it, in the same clause.
          (decision.word !== null &&
            decision.word.type === 'negative_before' &&
            // (A change named, not a stain's "いずれも保持".)
            /変異|バリアント|融合|増幅|欠失|再構成|転座|mutation|variant|alteration/i.test(
              text.slice(decision.word.end, decision.word.end + 30).split(/[。\n]/)[0]!,
            )) ||
          (decision.word !== null &&
            testWord(
              rules.geneticWords,
              text.slice(
                Math.min(item.end, decision.word.start),
                Math.max(item.start, decision.word.start),
              ),
            )) ||
          // A negative that names a DNA change ("MLH1: no pathogenic variant was
          // identified"); "wild-type" alone is also a stain pattern ("p53: wild-type pattern"),
          // and a positive such as 保持 is also "retained" staining.
          (decision.word !== null &&
            decision.status === 'absent' &&
            (!/wild|WT/i.test(decision.word.text) ||
              // A driver's receptor name has no stain pattern: "HER2 wt" is ERBB2's DNA result.
              (this.resources.drivers.driverGenes.has(item.gene) &&
                !/^\W{0,3}(?:pattern|stain)/i.test(
                  text.slice(decision.word.end, decision.word.end + 12),
                ))) &&
            testWord(rules.geneticWords, decision.word.text));
        // (A receptor's row of a result table headed by genes or changes, "遺伝子変異  結果" over
        // "HER2  陰性", is its DNA result: no stain line.)
        const dnaTableRow =
          plain &&
          decision.word !== null &&
          !rules.layout.expressionLine.test(lineOf(text, item.start)) &&
          resultTableHeader(text, item.start, rules) !== null;
        if (
          item.geneMention &&
          (item.what === 'gene' || item.generic) &&
          !byDnaMethod.has(item) &&
          // (A germline or tumour prefix names a DNA test: "ER+/PR+/HER2- IDC, gBRCA2+".)
          !item.geneMention.germline &&
          !item.geneMention.somatic &&
          ((expression.has(item.geneMention) && !dnaTableRow) ||
            (plain && !geneticResult && this.isExpressionName(item.geneMention)))
        ) {
          reject('a protein (IHC, expression or methylation) result, not a DNA finding');
          continue;
        }
        // "Their melanoma panel (CDKN2A, CDK4, BAP1, MITF, POT1) found a deletion of CDKN2A
        // exons 1-2", "the Lynch panel [MLH1, MSH2, MSH6, PMS2] identified MSH2 c.942+3A>T": a
        // bracketed list of genes right after a test noun is what the test covers; a positive
        // after the bracket names its own gene, so it is no result of each gene listed. (A
        // negative after it is the list's: "The panel (BRCA1, BRCA2, PALB2) was negative".)
        if (
          plain &&
          decision.status === 'present' &&
          decision.word !== null &&
          coverageList(text, clause, item, decision.word.start, rules.layout) &&
          items.some((other) => other.start > decision.word!.start)
        ) {
          reject('a test\u2019s coverage list in brackets, the result names its own gene');
          continue;
        }
        // "IDH1 R132H immunohistochemistry: negative", "H3 K27M免疫染色": a stain for a
        // mutant protein is not a DNA result.
        // (So is a class aimed at by a trial or drug: "エクソン20挿入を対象とした治験", vocab `drug_after`.)
        if (
          (item.what === 'variant' || item.what === 'event') &&
          rules.drugAfter.test(text.slice(item.end, item.end + 40))
        ) {
          reject('inside a drug name ("KRAS G12C inhibitor")');
          continue;
        }
        // "BRCA1ではなくBRCA2に病的バリアント", "変異はEGFRではなくKRASに認められた": a gene or change
        // contrasted away, the result named in another one, is no result of its own (vocab
        // `contrast_after`; the literal reading: not reported present, and no negative written).
        if (rules.contrastAfter?.test(text.slice(item.eventEnd ?? item.end, item.end + 40))) {
          reject('contrasted away: the result is named in another gene or variant');
          continue;
        }
        // "KRAS G12D (not G12C)", "an EGFR G719A, not L858R", "BRAF V600K rather than V600E": a
        // named change set aside right after another change of its gene gives nothing either
        // (vocab `contrast_before`; the same literal reading).
        // (The variant's own words: its item may run from the gene named before the other change.)
        const ownStart =
          item.what === 'variant'
            ? item.end - (/\S+$/.exec(text.slice(item.start, item.end))?.[0].length ?? 0)
            : item.start;
        // (Japanese denies it after the change: "KRAS G12D（G12Cではない）", "KRAS G12C陽性であり、
        // G12Dではない"; vocab `contrast_denied_after`.)
        if (
          item.what === 'variant' &&
          (rules.contrastBefore?.test(text.slice(Math.max(0, ownStart - 40), ownStart)) ||
            rules.contrastDeniedAfter?.test(text.slice(item.end, item.end + 20)) === true) &&
          items.some(
            (other) =>
              other !== item &&
              (other.what === 'variant' || (other.what === 'event' && !other.generic)) &&
              other.gene === item.gene &&
              other.end <= ownStart &&
              ownStart - other.end <= 40,
          )
        ) {
          reject('contrasted away: the result is named in another variant');
          continue;
        }
        // "耐性機序はT790Mではなかった", "EGFR T790Mではない。": a named change only denied, with no other
        // change near it and no result word of its own, gives nothing either (decision 108's literal
        // reading: not reported present, and no negative written for it).
        // (So in English, denied right before it: "BRAF D594G is a class 3 BRAF mutation. It is not
        // V600E, and the data for V600E-directed therapy do not apply"; vocab `contrast_before`.)
        if (
          item.what === 'variant' &&
          decision.word === null &&
          (note.language === 'ja'
            ? rules.contrastDeniedAfter?.test(text.slice(item.end, item.end + 20)) === true
            : rules.contrastBefore?.test(text.slice(Math.max(0, ownStart - 40), ownStart)) === true)
        ) {
          reject('denied, with no result of its own');
          continue;
        }
        // "BRAF V600K detected, but not V600E": set aside in a clause of its own, cut off at ",
        // but" from the change found before it, all the same (en decision 135).
        if (
          note.language === 'en' &&
          item.what === 'variant' &&
          rules.contrastBefore?.test(text.slice(Math.max(0, ownStart - 40), ownStart)) &&
          candidates.some(
            (found) =>
              found.status === 'present' &&
              found.item.gene === item.gene &&
              (found.item.what === 'variant' ||
                (found.item.what === 'event' && !found.item.generic)) &&
              found.item.end <= ownStart &&
              ownStart - found.item.end <= 40,
          )
        ) {
          reject('contrasted away: the result is named in another variant before its clause');
          continue;
        }
        // On the variant's own line: the next line's label ("Protein ..... p.?") is no stain.
        // (A bracket naming the stain itself, "R132H (IHC)", is read before it is skipped.)
        // (A prose line wrapped right after the variant goes on in lower case: "IDH1 R132H\n
        // immunostain negative" is one phrase; a capitalised next line is a label of its own.)
        const nextText = text.slice(item.end, item.end + 60);
        const wrap = /^[ \t]*\n[ \t]*(?=[a-z])/.exec(nextText);
        const ownLine = (wrap ? ` ${nextText.slice(wrap[0].length)}` : nextText).split('\n')[0]!;
        const afterVariant = ownLine.replace(/^\s*[(（][^)）]{0,30}[)）]/, '');
        // So is a variant on a line labelled as stains ("免疫染色：BRAF V600E（VE1）陽性、TTF-1（+）").
        // (Not a coding DNA change, which no antibody reads: "gBRCA1 c.68_69delAG 保持・病的" is a
        // carrier's result.)
        if (
          item.what === 'variant' &&
          item.hgvsC === null &&
          // (Not a word of the change's course, "G12D消失": `change_course_after`.)
          !(rules.changeCourseAfter?.test(afterVariant) ?? false) &&
          (rules.expressionAfter.test(afterVariant.slice(0, 30)) ||
            rules.expressionAfter.test(ownLine.slice(0, 30)) ||
            // Or the stain named right before it as the means: "免疫染色でIDH1 R132H陽性".
            // (Not the loss of a named change at a later test, "Loss of T790M at progression":
            // no stain is lost by its mutant residue; decision 77.)
            (rules.expressionBefore.test(text.slice(Math.max(0, item.start - 30), item.start)) &&
              !(
                note.language === 'en' &&
                LOSS_OF_CHANGE_BEFORE.test(
                  text.slice(
                    Math.max(0, (item.geneMention?.start ?? item.start) - 12),
                    item.geneMention?.start ?? item.start,
                  ),
                )
              )) ||
            // Or between its gene and the change: "EGFR変異特異抗体（L858R）陽性" (`protein_methods`).
            (item.geneMention !== null &&
              rules.methods?.order === 'lead' &&
              item.geneMention.end < item.end &&
              testWord(rules.methods.protein, text.slice(item.geneMention.end, item.end))) ||
            lineTest(text, item.start, 'stain-label', (line) =>
              rules.layout.expressionLine.test(line),
            ))
        ) {
          reject('a stain for a mutant protein, not a DNA finding');
          if (item.hgvsP) {
            stained.push({ item, within: this.core.sentenceAt(analyzed, item) ?? clause });
          }
          continue;
        }
        const local = { ...item, start: item.start, end: item.end };
        // "The KRAS p.G12C result … is WITHDRAWN", 「BRAF V600E 検出」は…誤りであり、撤回します:
        // the whole sentence speaks of a result that no longer stands.
        const inSentence = this.core.sentenceAt(analyzed, item) ?? clause;
        // (Twenty words lie well inside WITHDRAWN_REACH: a note that is one sentence is not
        // read whole for each item.)
        const around = {
          start: Math.max(inSentence.start, item.start - WITHDRAWN_REACH),
          end: Math.min(inSentence.end, item.end + WITHDRAWN_REACH),
        };
        // (Not the item's own negative call: "ALK融合遺伝子は偽陽性と判断した" says it is not there.)
        const ownNegative =
          decision.status === 'absent' && decision.word !== null && decision.word.start >= item.end
            ? decision.word
            : null;
        const withdrawnText = ownNegative
          ? text.slice(0, ownNegative.start) +
            ' '.repeat(ownNegative.end - ownNegative.start) +
            text.slice(ownNegative.end)
          : text;
        // "リキッドでBRAF V600E陽性であったが、組織で確認できず偽陽性と判断した": a positive judged false
        // with its retest's negative told after a contrast in the sentence (tables.ts laterResult)
        // is that retest's result, the change absent (decisions 30 and 65).
        let retestedNegative = false;
        // 「訂正前：EGFR L858R 陽性」, 「（誤）KRAS G12C」: a corrected report's superseded line. 「R175Hは、
        // R273Hの誤りです」: the value named before 「の誤り」 is the one that stands (ja decision 65).
        const supersededLine =
          rules.withdrawnLabel?.test(text.slice(lineStartOf(text, item.start), item.start)) ===
          true;
        const correctedValue =
          rules.correctedValueAfter?.test(text.slice(item.end, item.end + 12)) === true;
        if (supersededLine) {
          reject('a withdrawn result (corrected report)');
          continue;
        }
        if (
          (rules.withdrawn &&
            !correctedValue &&
            nearWord(withdrawnText, around, local, rules.withdrawn, 20)) ||
          (rules.withdrawnPositive &&
            decision.status !== 'absent' &&
            nearWord(withdrawnText, around, local, rules.withdrawnPositive, 20))
        ) {
          retestedNegative =
            note.language === 'ja' &&
            decision.status === 'present' &&
            decision.word !== null &&
            decision.word.start >= item.end &&
            !(rules.withdrawn && nearWord(withdrawnText, around, local, rules.withdrawn, 20)) &&
            laterResult(text, decision.word, items, rules) === 'absent' &&
            // (Not the judgement itself as the later call: "陽性とされたが、再検の結果は偽陽性と判断
            // した" takes the positive back and gives nothing, decision 65.)
            !laterCallIsJudgement(text, decision.word, rules);
          if (!retestedNegative) {
            reject('a withdrawn result (corrected report)');
            continue;
          }
        }
        if (withdrawnLater(item, decision.status)) {
          if (decision.status !== 'absent') positivesTakenBack.add(item.gene);
          reject('a result withdrawn later in the note (corrected report)');
          continue;
        }
        // "血漿のEML4::ALKは偽陽性と判断された" after "EML4::ALK 融合…検出と報告": the judgement that
        // takes the earlier positive back is no result of its own; the repeat tests' negatives
        // are the gene's results (decision 65).
        if (
          ownNegative &&
          rules.withdrawnPositive &&
          positivesTakenBack.has(item.gene) &&
          testWord(
            rules.withdrawnPositive,
            text.slice(ownNegative.start, Math.min(inSentence.end, ownNegative.start + 20)),
          )
        ) {
          reject('a positive of an earlier result judged false, taken back (no result of its own)');
          continue;
        }
        // "A low-level AKT1 E17K read was seen below the reporting threshold and was not
        // reported": a signal the laboratory did not call is no result, whatever word ("seen")
        // it was written with. Within the clause, so "ESR1 not detected; PIK3CA sub-threshold"
        // keeps the ESR1 negative.
        // (A window of the clause around the item: ten words lie well inside it, and a note
        // that is one clause is not read whole for each item.)
        if (
          rules.belowReporting &&
          decision.status !== 'absent' &&
          nearWord(
            text,
            {
              start: Math.max(clause.start, item.start - 200),
              end: Math.min(clause.end, item.end + 200),
            },
            local,
            rules.belowReporting,
            10,
          )
        ) {
          reject('a signal below the reporting threshold, not called');
          continue;
        }
        const word = decision.word;
        // "リンチ症候群疑いにて遺伝学的検査施行、MLH1 c.1731G>A（病的）を認めた", "肺腺癌疑いで気管支鏡施行、
        // EGFR L858R陽性": a Japanese suspicion or purpose that led to a test done is the test's
        // reason; the result told after the words closing it (layout `ja_test_reason_ends`) is in
        // no doubt. (A window before the item: a note that is one clause is not read whole.)
        // So in English (layout `test_reason_ends`): "Genetic testing for suspected Lynch syndrome
        // showed MLH1 c.1731G>A", "Rule out EGFR mutation: EGFR exon 19 deletion detected"; there
        // the reason may hold the item, its result after the end ("To evaluate for ALK
        // rearrangement, FISH was sent: positive"), and a bare colon or arrow ends a reason only
        // where the item's result word comes after it ("Rule out: EGFR T790M" stays a question).
        let reasonStart = clause.start;
        const reasonEnds =
          note.language === 'ja' ? rules.layout.jaTestReasonEnd : rules.layout.testReasonEnd;
        if (reasonEnds) {
          const from = Math.max(clause.start, item.start - 160);
          const upTo =
            note.language === 'en' && word !== null && word.start >= item.end
              ? Math.min(word.start, clause.end)
              : item.start;
          const ends = reasonEnds;
          ends.lastIndex = 0;
          const lead = text.slice(from, upTo);
          for (let m = ends.exec(lead); m; m = ends.exec(lead)) {
            if (m[0] === '') ends.lastIndex += 1;
            else if (
              note.language === 'ja' ||
              /\p{L}/u.test(m[0]) ||
              (word !== null && word.start >= from + m.index + m[0].length)
            )
              reasonStart = from + m.index + m[0].length;
          }
        }
        // "If the DNA panel is negative for EGFR, ALK, ROS1 …": a conditional before the result
        // word that decides a whole list makes every item of it hypothetical.
        const conditionalResult =
          word !== null &&
          word.start >= clause.start &&
          word.end <= clause.end &&
          word.start < item.start &&
          nearWord(
            text,
            // ("Looking for MET exon 14 skipping: RNA NGS detected MET exon 14 skipping": the
            // purpose closed before the result word is no condition on it.)
            note.language === 'en' ? { ...clause, start: reasonStart } : clause,
            word,
            rules.hypothetical,
            6,
            'before',
          );
        // "if an actionable driver (EGFR, ALK, ROS1, BRAF, MET, RET, KRAS G12C) is found": a
        // bracketed list is one phrase, so a conditional before the bracket covers all of it.
        const bracket = bracketOpening(text, clause, item);
        const conditionalList =
          bracket !== null &&
          nearWord(
            text,
            clause,
            { start: bracket, end: bracket + 1 },
            rules.hypothetical,
            6,
            'before',
          );
        // "当時THxIDでＢＲＡＦのＶ６００Ｅ変異が陽性と記録されており、転移の可能性も考えましたが": a
        // Japanese positive stated after the item closes its phrase at the next comma; a doubt or
        // condition past that comma is about something else (not "陽性であれば", "陽性の場合").
        // ("EGFR L858R陽性肺腺癌に対しオシメルチニブ導入目的で入院", "HER2増幅陽性乳癌の術前化学療法目的": so
        // does the disease the positive qualifies, closed by its link (layout
        // `ja_positive_phrase_closes`); the purpose after it is the treatment's.)
        const positiveCut = (() => {
          if (note.language !== 'ja') return -1;
          // (Read from the item, so the positive word may be the phrase's own noun, "…保持者の",
          // or stand before a bracketed item, "ALK融合遺伝子陽性（EML4-ALK）肺腺癌に対し"; a
          // bracketed item with no word of its own is bounded by the phrase too.)
          const phrase = rules.layout.jaPositivePhraseClose?.exec(text.slice(item.end, clause.end));
          if (word === null && decision.status === null && phrase)
            return item.end + phrase[0].length;
          if (decision.status !== 'present' || word === null || word.end > clause.end) return -1;
          const phraseCut =
            phrase && item.end + phrase[0].length >= word.end
              ? item.end + phrase[0].length - word.end
              : -1;
          if (word.start < item.end) return phraseCut;
          const comma = text.slice(word.end, clause.end).search(/[、,，]/);
          if (phraseCut < 0) return comma;
          return comma < 0 ? phraseCut : Math.min(comma, phraseCut);
        })();
        // "TP53 c.743G>A VAF 48%、生殖細胞系列由来の可能性を考慮し遺伝カウンセリングへ": a Japanese doubt of
        // where the found change came from, after it, is no doubt of the result; it and the plan
        // that follows it (counselling, a confirmation test) are left out (layout
        // `ja_origin_hedges`; origin stays the test's, ja decision 12).
        // (So in English, layout `origin_hedges`: "…; possible germline origin, referred to
        // genetic counseling".)
        // (Not for a gene named with no change and no result of its own: "BRCA2の生殖細胞系列バリアント
        // の可能性は否定的" has no found change for the hedge to follow; the doubt is its own.)
        const hedgeWords = item.what === 'gene' && word === null ? null : originHedgeOf(rules);
        const hedge = hedgeWords
          ? hedgeWords.exec(text.slice(item.end, Math.min(clause.end, item.end + 200)))
          : null;
        const doubtClause = hedge ? { ...clause, end: item.end + hedge.index } : clause;
        const hypotheticalSpan = {
          start: reasonStart,
          end: Math.min(
            doubtClause.end,
            positiveCut < 0 ? clause.end : word === null ? positiveCut : word.end + positiveCut,
          ),
        };
        // "EGFR変異陽性の可能性を考えたが、結果は陰性", "ALK陽性が予想されたが、FISHで陰性": a Japanese
        // hypothesis after the item, closed by its contrast before the item's result (layout
        // `ja_hypothesis_closes`: the hedge word to the contrast), is the clinician's expectation,
        // no doubt of that result. The hypothetical words inside those closes are left unread
        // (only they: a condition on the item before one stays, and the rest of the text is still
        // read around the words before the item).
        const closes = note.language === 'ja' ? rules.layout.jaHypothesisClose : null;
        const closed: Span[] = [];
        if (closes && word !== null && word.start >= item.end && word.end <= clause.end) {
          const stretch = text.slice(item.end, word.start);
          closes.lastIndex = 0;
          for (let m = closes.exec(stretch); m; m = closes.exec(stretch)) {
            if (m[0] === '') closes.lastIndex += 1;
            else closed.push({ start: item.end + m.index, end: item.end + m.index + m[0].length });
          }
        }
        const withoutClosedHypothesis = (from: string) => {
          if (closed.length === 0) return from;
          let out = from;
          const hedges = rules.hypothetical;
          const last = closed.at(-1)!.end;
          hedges.lastIndex = 0;
          const within = from.slice(item.end, clause.end);
          for (let m = hedges.exec(within); m; m = hedges.exec(within)) {
            if (m[0] === '') {
              hedges.lastIndex += 1;
              continue;
            }
            const at = item.end + m.index;
            if (at >= last) break;
            // (A hedge glued to the change, "変異陽性が期待", reaches into the close.)
            if (!closed.some((c) => at < c.end && at + m[0].length > c.start)) continue;
            out = out.slice(0, at) + ' '.repeat(m[0].length) + out.slice(at + m[0].length);
          }
          return out;
        };
        if (
          (!turned && (conditionalResult || conditionalList)) ||
          (turned
            ? // (Once turned, only a doubt about the patient's own result counts.)
              nearWord(
                text,
                { start: turned.start, end: Math.min(clause.end, turned.end + 40) },
                turned,
                rules.hypothetical,
                6,
              )
            : nearWord(
                // "NTRK1融合遺伝子：陰性（偽陽性の可能性を除外）": a bracket right after the result that
                // tells of another result (a false positive, a control) is no doubt about this one.
                word !== null && word.start >= item.end
                  ? withoutClosedHypothesis(
                      withoutDoubtedScreen(item, word, withoutResultAside(text, word.end, rules)),
                    )
                  : text,
                hypotheticalSpan,
                local,
                rules.hypothetical,
                6,
                'both',
                note.language === 'ja',
              )) ||
          // "plasma NGS (?C797S ?MET amp)", "? T790M": a query mark glued before the item is
          // the clinician's shorthand for "query", a question, not a result. (Code, not the
          // hypothetical list: that list is read on both sides of an item, and the mark
          // speaks only of what follows it.)
          (note.language === 'en' &&
            QUERY_MARK_BEFORE.test(text.slice(Math.max(0, item.start - 3), item.start))) ||
          // "suspected EGFR-mutant NSCLC", "we expected an EGFR mutation": a clinician's
          // hypothesis before the change, read before it only (vocab `hypothesis_before`); the
          // result told after a contrast is a clause of its own, out of its reach.
          (!turned &&
            rules.hypothesisBefore !== null &&
            nearWord(
              text,
              // (A window before the item: six words lie well inside it.)
              {
                start: Math.max(hypotheticalSpan.start, item.start - 120),
                end: Math.min(hypotheticalSpan.end, item.end),
              },
              local,
              rules.hypothesisBefore,
              6,
              'before',
            )) ||
          // "Because the M918T change can also be inherited": a suspicion of the change's source
          // said right after it is no result of it (layout `source_suspicions`).
          (note.language === 'en' &&
            item.what !== 'gene' &&
            rules.layout.sourceSuspicionAfter.test(text.slice(item.end, item.end + 60)))
        ) {
          reject('hypothetical (a mutation discussed, not found)');
          continue;
        }
        // "効果はV600E変異例に比べて限定的": the change names a class of patients, not a result.
        const changeEnd = item.eventEnd ?? item.end;
        // ("Patients with ALK fusions respond to alectinib", "ALK-positive lung cancer is more
        // common in young never-smokers": generic.ts.)
        // (Past the gene's other name bracketed after it: "HER2（ERBB2）遺伝子変異陽性の非小細胞肺癌にも
        // 承認されている" is the class's, for both names.)
        // (Only the bracket right after the gene is read: a constant window per item.)
        const aliasBracket =
          item.what === 'gene' && item.eventEnd === undefined
            ? /^[ \t]?[（(][ \t]?([A-Za-z][A-Za-z0-9-]{1,11})[ \t]?[）)]/.exec(
                text.slice(item.end, item.end + 20),
              )
            : null;
        const asPopulation =
          aliasBracket && this.genesIn(aliasBracket[1]!).some((g) => g.genes.includes(item.gene))
            ? { ...item, eventEnd: item.end + aliasBracket[0].length }
            : item;
        if (!turned && populationStatement(text, clause, inSentence, asPopulation, rules)) {
          reject('a class of patients with the change (a general statement), not a result');
          continue;
        }
        // "The cobas EGFR v2 assay detects exon 19 deletions, L858R, …", "This assay does not
        // detect T790M below 5%", "BRCA1 exon 13 duplication may not be detected": what the assay
        // can find, not what it found, whatever result words the phrase holds (decisions 1, 22
        // and 107; layout `assay_scope_before` / `assay_scope_after`; pgen10 item 2).
        // (Unless the next sentence gives the listed changes one result that refers back to them:
        // "The assay covers KRAS G12C and KRAS G12D. Neither variant was detected."; variant-names.ts
        // `collectiveAfter`.)
        if (assayScope(text, item, rules.layout) && collectiveAfter(text, item) === null) {
          reject('what the assay can detect or covers, not a result');
          continue;
        }
        if (
          decision.status === null &&
          lineTest(text, item.start, 'description', (line) =>
            rules.layout.descriptionLine.test(line),
          ) &&
          // (Not after a result label opening a later sentence of the line: "Genes tested: BRCA1,
          // BRCA2, PALB2. Result: PALB2 c.3113G>A pathogenic"; test-scope.ts.)
          !rules.layout.testScope?.resultLabelAfter.test(
            text.slice(Math.max(lineStartOf(text, item.start), item.start - 200), item.start),
          )
        ) {
          reject('a method or indication line, not a result');
          continue;
        }
        // "腫瘍BRCA1/2変異：" above "BRCA2 c.4936_4939del … 病的" and "BRCA1 病的バリアント検出されず":
        // a label with nothing after its colon heads the rows below, which give the results.
        if (decision.status === null && item.what !== 'variant') {
          // (Only a short rest of the line is read: a note may be one long line.)
          const labelEnd = lineEndOf(text, changeEnd);
          // (So is a bracketed heading: "[EGFR遺伝子変異（PCR法）]", "【EGFR遺伝子変異】" above
          // "ｴｸｿﾝ19欠失：陰性" and "ｴｸｿﾝ21 L858R：陰性"; the rows may name only an exon-level class.)
          const lineHead = text.slice(lineStartOf(text, item.start), item.start);
          const bracketHeading =
            (EMPTY_HEADING_CLOSE.test(text.slice(changeEnd, labelEnd)) &&
              HEADING_OPEN.test(lineHead)) ||
            // (So is a report's numbered section, its kit bracketed: "1. RAS/BRAF変異（MEBGEN
            // RASKET-B）" above "KRAS エクソン2 G12V：検出" and "BRAF V600E：検出されず".)
            (NUMBERED_HEADING_CLOSE.test(text.slice(changeEnd, labelEnd)) &&
              NUMBERED_HEADING_OPEN.test(lineHead));
          const next = lineIndex(text, item.start) + 1;
          if (
            labelEnd - changeEnd <= 40 &&
            (EMPTY_LABEL.test(text.slice(changeEnd, labelEnd)) || bracketHeading) &&
            (entryLines.has(next) ||
              events.some((e) => e.kind !== 'other' && lineIndex(text, e.start) === next))
          ) {
            reject('a label heading the rows below, no result of its own');
            continue;
          }
        }
        // "No (further) BRCA1 testing needed", "No KRAS analysis was performed": a negation of
        // a test named after the gene is no result about the gene.
        if (
          decision.word?.type === 'negative_before' &&
          decision.word.end <= item.start &&
          item.what === 'gene' &&
          !item.generic &&
          /^no$/i.test(decision.word.text) &&
          rules.layout.testNoun.test(
            text.slice(listEnd(text, item, items), listEnd(text, item, items) + 24),
          )
        ) {
          reject('a test negated, not a result');
          continue;
        }
        // "predictive testing for her father's PALB2 variant, c.1592delT": a relative's variant
        // written out is the relative's finding, whatever the client's own test then says.
        // So in Japanese: "妹で同定されたBRCA2 c.5946del（病的）のシングルサイト検査：検出されず",
        // "父由来のBRCA1 c.68_69del：非保持" (ja decision 50; dev22 2224).
        const owned =
          item.what === 'variant' &&
          (note.language === 'ja' ? RELATIVE_OWNER_BEFORE_JA : RELATIVE_OWNER_BEFORE).test(
            text.slice(Math.max(0, item.start - 60), item.start),
          );
        if (owned) {
          const significance = significanceOf(text, item, items, clause, rules, entryLines);
          candidates.push({
            item,
            status: 'present',
            subject: 'family',
            significance,
            origin: 'germline',
            stated: true,
          });
          mention(
            item,
            'finding',
            { ...value, status: 'present', subject: 'family', significance, origin: 'germline' },
            item.rule,
            "used: a relative's variant, written out (present)",
            clause.section,
          );
          // With no result of its own, the client's test of it is the rest of the sentence.
          if (decision.status === null) continue;
          // "遺伝カウンセリング：母のBRCA2 c.5946del保持が判明。本人は未検査。": a carrier or positive
          // word glued to the relative's own variant (no particle or person between) is the
          // relative's result, not the client's (ja decision 13). Only after the relative's plain
          // possessive: "父と同じMSH2 c.… を保持", "姉で同定されたBRCA1 c.… 保持が判明" may be the
          // client's (relatives.ts RELATIVE_POSSESSIVE_BEFORE_JA).
          if (
            note.language === 'ja' &&
            decision.word !== null &&
            decision.word.start >= item.end &&
            decision.word.type.startsWith('positive') &&
            /^[ \t　]*(?:[（(][^（()）\n]{0,30}[）)])?[ \t　]*$/.test(
              text.slice(item.end, decision.word.start),
            ) &&
            RELATIVE_POSSESSIVE_BEFORE_JA.test(text.slice(Math.max(0, item.start - 60), item.start))
          )
            continue;
        }
        // A heading above the list decides only rows that are not "not evaluated" themselves.
        const fromHeading = decision.word !== null && decision.word === heading;
        // "Germline ALK testing: not sent (no family history)": "not sent" comes before the
        // result word the item would otherwise take, so the test was not done.
        const notTestedFirst =
          decision.word !== null &&
          decision.word.start >= item.end &&
          // (A bracketed aside, "(sent during admission)", is not the result.)
          // (The result word is read with it, so a test "sent … and was negative" is seen to
          // have come back: the not_tested word looks ahead to it.)
          // (A Japanese heading word, "結果はいずれも陰性", is read on to the negative it heads:
          // "提出しているが、結果はいずれも陰性であった" came back. Looked up only where the
          // not_tested word was seen: linear time.)
          ((testWord(
            rules.notTested,
            // (Read after the note's own retest words: "判定保留。再検で陰性" came back.)
            afterLaterTest(
              text.slice(item.end, decision.word.end).replace(/[(（][^)）]*[)）]/g, ' '),
              rules.layout,
            ),
          ) &&
            !(
              note.language === 'ja' &&
              decision.word.type === 'negative_before' &&
              headedNegativeCameBack(text, item, decision.word, results, rules)
            )) ||
            // "not reported" holds the result word "reported" whole (未検 inside 未検出 does not).
            holdsWord(rules.notTested, text, item.end, decision.word) ||
            // A gene in brackets after the test's result ("遺伝子の結果（FLT3）がまだ出ていない"):
            // the not_tested phrase runs through the brackets, so it is read from before them.
            (/[（(]\s?$/.test(text.slice(Math.max(0, item.start - 2), item.start)) &&
              /^\s?[）)]/.test(text.slice(item.end, item.end + 2)) &&
              holdsWord(rules.notTested, text, Math.max(0, item.start - 12), decision.word)));
        // "No NRG1 or NTRK fusion reported (RNA not performed - insufficient tissue)": a negative
        // before the item whose own aside, right after the phrase, says the test was not done is
        // no result. (Not an aside naming a gene, "(ALK FISH not performed)": that speaks of its
        // own gene.)
        const asideNotDone =
          decision.status === 'absent' &&
          decision.word !== null &&
          decision.word.end <= item.start &&
          notDoneAside(text, item.end, genes, rules.notTested);
        // "参考：腫瘍で検出された KRAS G12V、TP53 R175H は本検査の対象外": a change introduced as found
        // (by another test) is a result; the words after it say only that this test did not
        // cover it (ja decision 31).
        const foundAt =
          note.language === 'ja' && decision.status === null ? listStart(text, item, items) : -1;
        const foundLead =
          foundAt < 0
            ? null
            : rules.layout.jaFoundBefore.exec(text.slice(Math.max(0, foundAt - 16), foundAt));
        const foundBefore = foundLead !== null;
        if (
          ((decision.status === null || fromHeading) &&
            !foundBefore &&
            nearWord(
              text,
              // ("Genetic testing for suspected Lynch syndrome showed MLH1 …": an English test
              // named for its reason before the words closing it is no test pending.)
              note.language === 'en' ? { ...doubtClause, start: reasonStart } : doubtClause,
              local,
              rules.notTested,
              6,
              'both',
              note.language === 'ja',
              genes,
            )) ||
          notTestedFirst ||
          asideNotDone
        ) {
          reject('no result: pending, ordered or not done');
          continue;
        }
        // "ERBB2の増幅はなく、METも同様であった", "KRASは野生型で、NRASについても同様": a Japanese gene
        // named with no result of its own, "the same" as the patient's gene just before it in the
        // sentence, takes that result at gene level (the class, or wild type for a named variant's
        // negative: one gene's variant is not another's). No mechanism read such back-references.
        if (decision.status === null && item.what === 'gene' && note.language === 'ja') {
          // (The sentence is looked up only after the words are seen: linear time.)
          const sentenceStart = rules.layout.jaSameResultAfter.test(
            text.slice(item.end, item.end + 30),
          )
            ? (this.core.sentenceAt(analyzed, item) ?? clause).start
            : -1;
          const antecedent =
            sentenceStart >= 0
              ? candidates
                  .filter(
                    (c) =>
                      c.item.start >= sentenceStart &&
                      c.item.end <= item.start &&
                      c.item.gene !== item.gene &&
                      c.subject === 'patient',
                  )
                  .at(-1)
              : undefined;
          const kind = !antecedent
            ? null
            : SAME_RESULT_CLASSES.has(antecedent.item.kind)
              ? antecedent.item.kind
              : antecedent.status === 'absent'
                ? 'wild_type'
                : null;
          if (antecedent && kind) {
            const same: Candidate = {
              ...antecedent,
              item: {
                ...item,
                kind,
                hgvsC: null,
                hgvsP: null,
                exon: null,
                partner: null,
                rule: 'genetics.same-result',
              },
              line: lineIndex(text, item.start),
            };
            candidates.push(same);
            mention(
              item,
              'finding',
              {
                ...itemValue(same.item),
                status: same.status,
                subject: same.subject,
                significance: same.significance,
                origin: same.origin,
              },
              same.item.rule,
              'used: the same result as the gene before it',
              clause.section,
            );
            continue;
          }
        }
        // "KIT exon 11 mutation", "BRAF mut": a mutation named without a result is found;
        // "EGFR mutation testing/analysis" names a test, and a gene alone says nothing.
        if (
          decision.status === null &&
          item.what === 'gene' &&
          (!item.generic ||
            rules.layout.testNoun.test(
              text.slice(item.eventEnd ?? item.end, (item.eventEnd ?? item.end) + 24),
            ))
        ) {
          reject('no result stated for the gene');
          continue;
        }
        // A Japanese label line marked as one (a colon, 【】 or a test word: "ALK融合遺伝子検査：", "【EGFR遺伝子
        // 変異】") with no result under it is a field left empty, no result (layout jaLabelLine).
        // (An unmarked "・TMPRSS2-ERG融合" may be an entry listed under a result heading: kept.)
        if (
          decision.status === null &&
          note.language === 'ja' &&
          rules.layout.jaLabelLine !== null &&
          lineEndOf(text, item.start) - lineStartOf(text, item.start) <= 60 &&
          rules.layout.jaLabelLine.test(lineOf(text, item.start)) &&
          rules.layout.jaLabelLineMarked.test(lineOf(text, item.start))
        ) {
          reject('a label line with no result');
          continue;
        }
        // A gene region named with no result ("the FLT3 tyrosine kinase domain") says nothing.
        if (decision.status === null && item.what === 'event' && item.kind === 'wild_type') {
          reject('a gene region named, no result');
          continue;
        }
        // ConText gives the experiencer; its hypothetical triggers ("call with", "should") are
        // about instructions, so genetics uses its own list (rules.hypothetical) instead.
        // ConText within the clause: a relative in another clause is about another result.
        // (A clause of English prose the splitter cut at a wrapped line is read whole:
        // rejoinedSentence. Japanese reads its relative by particles instead.)
        const clauseSentence =
          (note.language === 'en'
            ? rejoinedSentence(text, analyzed, rules.layout, clause)
            : undefined) ?? this.core.clip(analyzed, clause);
        const assertion = clauseSentence
          ? this.core.assertIn(note.language, asideJoined(clauseSentence), item)
          : this.core.assert(analyzed, item);
        const status = retestedNegative ? 'absent' : (decision.status ?? 'present');
        // "referred because of a known TP53 variant in the family": the family's variant, not
        // a result of the patient (its only result word, if any, is in that phrase).
        const itemEnd = item.eventEnd ?? item.end;
        const inFamily = IN_FAMILY_AFTER.exec(text.slice(itemEnd, itemEnd + 60));
        const familyVariant =
          (inFamily !== null &&
            status === 'present' &&
            (decision.word === null ||
              (decision.word.start >= itemEnd &&
                decision.word.end <= itemEnd + inFamily[0].length))) ||
          // "Referred because of a known familial MSH6 variant": named with no result of its own.
          (note.language === 'en' &&
            decision.word === null &&
            item.what !== 'variant' &&
            FAMILIAL_BEFORE.test(text.slice(Math.max(0, item.start - 40), item.start)));
        const family =
          familyVariant ||
          (!owned &&
            // "Her father had colon cancer, and genetic testing showed that she has MLH1 …".
            !(
              note.language === 'en' &&
              resultPronounNotRelative(
                text,
                (this.core.sentenceAt(analyzed, item) ?? clause).start,
                item.start,
                rules.layout,
              )
            ) &&
            (relativeLabelRow(text, item.start, chart, rules.layout) ||
              // "Pt 33F. … her father has Lynch syndrome. His lab (2022) found MSH2 c.1906G>C":
              // a sentence opened by a pronoun of the other gender than the patient's stated
              // sex is about someone else, the relative named before.
              (note.language === 'en' &&
                chart === null &&
                patientSex !== null &&
                sentencePronounNotPatient(
                  text,
                  (this.core.sentenceAt(analyzed, item) ?? clause).start,
                  item.start,
                  patientSex,
                )) ||
              // "She now has a copy of his report and read it to me: MLH1 c.…" (a 38F).
              (note.language === 'en' &&
                chart === null &&
                possessiveTestNotPatient(
                  text,
                  (this.core.sentenceAt(analyzed, item) ?? clause).start,
                  item.start,
                  patientSex,
                  rules.layout.testNoun,
                )) ||
              // "Your mother had genetic testing in 2022. It showed … BRCA2 c.5946del".
              (note.language === 'en' &&
                chart === null &&
                relativeTestTold(
                  text,
                  item,
                  (this.core.sentenceAt(analyzed, item) ?? clause).start,
                  rules.layout,
                )) ||
              (assertion.experiencer === 'other' &&
                assertion.triggers.some(
                  (t) =>
                    isRelative(t, text, status, chart, rules.layout) &&
                    !triggerNamesGene(t, text, genes, rules.layout) &&
                    !(
                      t.rule.startsWith('section:') &&
                      (inlineSectionLeft(text, analyzed.sections, item.start, rules.layout) ||
                        (note.language === 'ja' &&
                          (familyReasonTurnBefore(text, item.start, rules.layout) ||
                            ownSentenceInSection(
                              text,
                              (this.core.sentenceAt(analyzed, item) ?? clause).start,
                              item.start,
                              rules.layout,
                            ))))
                    ) &&
                    !relativeInTestLabelAside(text, t, item, rules.layout) &&
                    !(note.language === 'ja' && speakerPatientWord(text, t, rules.layout)) &&
                    !(
                      note.language === 'en' &&
                      relativeInReasonAside(
                        text,
                        t,
                        item,
                        (this.core.sentenceAt(analyzed, item) ?? clause).start,
                        rules.layout,
                      )
                    ) &&
                    !foundInRelativeAfter(text, t, item, decision.word, rules.layout),
                )) ||
              // "Her father, who had colon cancer at 58, carries a pathogenic MSH6 frameshift".
              (note.language === 'en' &&
                relativeSubjectPastAside(
                  text,
                  item,
                  (this.core.sentenceAt(analyzed, item) ?? clause).start,
                  rules.layout,
                )) ||
              // "… her sister Ruth's result. Ruth was found in 2022 to carry …".
              (note.language === 'en' &&
                namedRelativeSubject(
                  text,
                  item,
                  (this.core.sentenceAt(analyzed, item) ?? clause).start,
                  rules.layout,
                )) ||
              (chart !== null &&
                relativeBefore(
                  text,
                  item,
                  status,
                  (this.core.sentenceAt(analyzed, item) ?? clause).start,
                  chart,
                  rules.layout,
                )) ||
              (chart === null &&
                note.language === 'ja' &&
                // ("長女より：父はBRCA1陽性と聞いている": the relative speaks of the patient.)
                !speakerPatientBefore(
                  text,
                  item,
                  (this.core.sentenceAt(analyzed, item) ?? clause).start,
                  rules.layout,
                ) &&
                (relativeTopicBefore(
                  text,
                  item,
                  (this.core.sentenceAt(analyzed, item) ?? clause).start,
                  rules.layout,
                ) ||
                  relativeSubjectOfSentence(
                    text,
                    item,
                    (this.core.sentenceAt(analyzed, item) ?? clause).start,
                    rules.layout,
                  )))));
        // "FHx: brother with lung cancer 'ALK-positive'": a relative's tumour result (a fusion or
        // an amplification) is no inherited finding (en decision 98).
        if (
          family &&
          (item.kind === 'fusion' ||
            item.kind === 'amplification' ||
            // ("ALK-positive" is a fusion: fusion_positive_genes.)
            (item.kind === 'other' &&
              status === 'present' &&
              this.resources.drivers.fusionPositiveGenes.has(item.gene)) ||
            // "Her sister's lung cancer had EGFR L858R", "Brother with AML (FLT3-ITD positive)":
            // a driver of no inherited cancer risk, held by the relative's tumour named right
            // before it (layout `relative_tumour_*`).
            (this.resources.drivers.driverGenes.has(item.gene) &&
              !this.resources.drivers.inheritedCancerGenes.has(item.gene) &&
              (rules.layout.relativeTumourBefore?.test(
                text.slice(
                  Math.max(
                    (this.core.sentenceAt(analyzed, item) ?? clause).start,
                    item.start - 150,
                  ),
                  item.start,
                ),
              ) === true ||
                // "Brother has EGFR-mutant lung cancer", "Uncle had KRAS G12C lung cancer",
                // "Father had JAK2-positive polycythemia": the tumour the change qualifies,
                // right after it.
                (note.language === 'en' &&
                  rules.layout.relativeTumourAfter?.test(
                    text.slice(item.eventEnd ?? item.end, (item.eventEnd ?? item.end) + 80),
                  ) === true))))
        ) {
          reject("a relative's tumour result, not an inherited finding");
          continue;
        }
        const significance =
          status === 'present'
            ? significanceOf(text, item, items, clause, rules, entryLines)
            : null;
        // The germline prefix of "gBRCA2m" (and the tumour one of "tBRCA1") is the origin stated
        // on the result itself. So is a
        // star-allele genotype ("CYP2C19 *2/*2"), which is pharmacogenomic (en decision 31).
        // So is a test for a relative's variant ("tested for father's MLH1 variant - negative").
        // (A change introduced as found comes from the sample named there: "腫瘍で検出された KRAS
        // G12V" quoted in a germline report is the tumour's.)
        const foundVerb = foundLead ? Math.max(0, foundAt - 16) + foundLead.index : -1;
        const originRules = originRulesOf(item.gene);
        const foundOrigin = foundLead
          ? originIn(
              text.slice(Math.max(lineStartOf(text, foundAt), foundVerb - 40), foundVerb),
              originRules,
            )
          : null;
        const origin: Origin | null =
          family ||
          item.geneMention?.germline ||
          (note.language === 'en' && isFamilyVariant(item, text))
            ? 'germline'
            : ((item.geneMention?.somatic ? 'somatic' : null) ??
              // (A source word attached to the finding alone is its own: "BRCA2 c.9097dupA（生殖細胞
              // 系列）、KRAS G12D（体細胞）".)
              attachedOrigin(text, item, originRules) ??
              // ("MSH6-associated Lynch syndrome", "BRCA2-associated PDAC", "Lynch syndrome (MSH2)",
              // "MLH1 carrier": a hereditary syndrome, a tumour it caused or a carrier word beside
              // the gene says the result is inherited, en decision 11.)
              (note.language === 'en' && syndromeGene(item) !== null ? 'germline' : null) ??
              // (An origin settled after the finding outweighs the test named before it: "…で
              // BRCA2 c.5946del を検出。確認検査で生殖細胞系列由来と判明。")
              (status === 'present'
                ? settledOrigin(text, item, item.gene, genes, originRules, items)
                : null) ??
              (status === 'present' && germlineBrcaLabel && /^BRCA[12]$/.test(item.gene)
                ? 'germline'
                : null) ??
              foundOrigin ??
              // A pharmacogene's genotype is a germline result, whatever tumour tests the lines
              // above it report (drivers.yaml `pharmacogenes`).
              (this.resources.drivers.pharmacogenes.has(item.gene) ? 'germline' : null) ??
              // ("生殖細胞系列：BRCA2 c.9097dupA、体細胞：KRAS G12D": the last source label before it.)
              labelledOrigin(text, item, originRules) ??
              // (A blood sample or confirmation test named in the clause itself outweighs a tumour
              // test named earlier on the line: "腫瘍組織パネルでBRCA2 c.… を検出。確認検査でもBRCA2
              // c.… を認めた" is the germline test's, decision 12.)
              this.inheritedSampleOrigin(text, clause, item, rules, true) ??
              originNear(text, clause, originRules, decision.word, item, items) ??
              this.inheritedSampleOrigin(text, clause, item, rules) ??
              (decision.word && STAR_ALLELES.test(decision.word.text)
                ? 'germline'
                : noteOriginTaken(item)));
        // The probe heading the item's result after it ("ALK IHC positive, FISH negative"); not
        // a call naming the gene after it ("FISH negative for ALK" stays gene-level).
        const headingMethod =
          decision.word && decision.word.start >= item.end
            ? (methodPhrase(text, decision.word, rules, true) ??
              // (Or its table column's: "Test | IHC | FISH" over "ALK | positive | negative".)
              columnMethodName(text, decision.word, rules) ??
              // (Or its block's method row: "Gene: ALK" / "Method: FISH (break-apart)" /
              // "Result: Negative"; pgen10 item 4.)
              (note.language === 'en'
                ? blockMethodRow(text, item, decision.word, rules.layout)
                : null))
            : null;
        const candidate: Candidate = {
          item:
            status === 'absent'
              ? withResultClass(
                  withLabelClass(
                    withAssayClass(
                      withProbeClass(
                        withHeaderClass(
                          withFamilyVariant(item, text, note.language === 'en', rules.layout),
                          text,
                          rules,
                        ),
                        text,
                        this.resources.drivers,
                        note.language === 'en',
                        headingMethod,
                      ),
                      text,
                      rules,
                    ),
                    text,
                    rules,
                  ),
                  decision.word,
                  rules,
                  text,
                )
              : withProbeClass(
                  withHeaderClass(withBlockExon(item, text, clause, entryLines), text, rules),
                  text,
                  this.resources.drivers,
                  note.language === 'en',
                  headingMethod,
                ),
          status,
          subject: family ? 'family' : 'patient',
          significance,
          origin,
          // ("G12C陽性例としての治療": a result restated as the patient's group states no test.)
          stated:
            (decision.word !== null &&
              !(
                decision.word.type === 'positive' &&
                rules.layout.caseGroupAfter.test(
                  text.slice(decision.word.end, decision.word.end + 4),
                )
              )) ||
            // A germline report's row giving the change's zygosity states its result: "PALB2
            // c.3113G>A p.(Trp1038*) heterozygous PATHOGENIC" after the tumour's "PALB2 …
            // VAF 48%" is one germline finding (en decision 11).
            (note.language === 'en' &&
              origin === 'germline' &&
              status === 'present' &&
              ZYGOSITY_AFTER.test(
                text.slice(item.end, Math.min(lineEndOf(text, item.end), item.end + 80)),
              )) ||
            // So does a line labelled as the germline test, the change's class after it:
            // "Germline (blood, 12/01/2023): ATM c.1564_1565del - PATHOGENIC" after the
            // tumour's "ATM c.1564_1565del p.(Glu522Ilefs*43), VAF 52%" (en decision 11).
            (note.language === 'en' &&
              origin === 'germline' &&
              status === 'present' &&
              GERMLINE_LINE_LABEL.test(text.slice(lineStartOf(text, item.start), item.start)) &&
              CLASS_AFTER.test(
                text.slice(item.end, Math.min(lineEndOf(text, item.end), item.end + 80)),
              )),
          year: testYearOf(text, item) ?? currentTestOf(text, item, rules.layout),
          line: lineIndex(text, item.start),
          earlier: earlierTestBefore(text, item.start, rules.layout),
          later: laterTestBefore(text, item.start, rules.layout),
          unclassed:
            status === 'present' &&
            (unclassedRows.has(lineIndex(text, item.start)) ||
              classStatedMissing(text, item, items, clause, rules)),
          hearsay:
            family &&
            status === 'present' &&
            item.kind === 'other' &&
            !item.hgvsC &&
            !item.hgvsP &&
            toldSecondHand(text, item, rules.layout),
          // "no other VHL alteration", "no additional MLH1 variant": the negation heads the
          // gene's other changes (layout `other_change_words`; resolve.ts).
          otherThanFound:
            status === 'absent' &&
            !item.hgvsC &&
            !item.hgvsP &&
            decision.word !== null &&
            decision.word.end <= item.start &&
            item.start - decision.word.end <= 24 &&
            rules.layout.otherChangeAfter?.test(text.slice(decision.word.end, item.start + 1)) ===
              true,
        };
        candidates.push(candidate);
        // "TP53 c.818G>A（p.R273H）VAF 49%があり、…血液で確認したが、血液からは検出されなかった",
        // "パネルで見つかったCDKN2A c.301G>Tについては、血液で確認検査を行ったが認められず": a tumour
        // variant and its blood check in one sentence, the check negative. It is two findings: the
        // tumour's, present and somatic, and the blood's, absent and germline (ja decision 12).
        if (
          note.language === 'ja' &&
          item.what === 'variant' &&
          !family &&
          (item.hgvsC !== null || item.hgvsP !== null)
        ) {
          const sentenceEnd = (this.core.sentenceAt(analyzed, item) ?? clause).end;
          const check = rules.layout.jaBloodCheckNegative.exec(
            text.slice(item.end, Math.min(sentenceEnd, item.end + 160)),
          );
          const found =
            status === 'present'
              ? decision.word !== null &&
                decision.word.type === 'positive' &&
                check !== null &&
                decision.word.start < item.end + check.index
              : rules.layout.jaFoundBefore.test(
                  text.slice(Math.max(0, item.start - 16), item.start),
                );
          // "APCは c.3927_3931del を腫瘍で検出したが、血液でも同じものがヘテロ接合で見つかっており": the
          // blood check found it too, one finding of germline origin (spec; ja decision 12).
          const alsoInBlood =
            status === 'present' &&
            decision.word?.type === 'positive' &&
            rules.layout.jaBloodCheckPositive.exec(
              text.slice(item.end, Math.min(sentenceEnd, item.end + 160)),
            );
          if (
            alsoInBlood &&
            !check &&
            decision.word!.start < item.end + alsoInBlood.index &&
            candidates.at(-1) === candidate
          ) {
            candidates[candidates.length - 1] = { ...candidate, origin: 'germline' };
          }
          if (check && found) {
            candidates.pop();
            const tumour: Candidate = {
              ...candidate,
              item:
                status === 'present'
                  ? candidate.item
                  : withBlockExon(item, text, clause, entryLines),
              status: 'present',
              significance:
                status === 'present'
                  ? significance
                  : significanceOf(text, item, items, clause, rules, entryLines),
              origin: 'somatic',
            };
            const blood: Candidate = {
              ...candidate,
              status: 'absent',
              significance: null,
              origin: 'germline',
            };
            candidates.push(tumour, blood);
          }
        }
        // "対象：腫瘍組織パネルで検出された CHEK2 c.1100delC" over "結果：検出されず" in a germline
        // confirmation report: the tumour's variant introduced as found, and the report's bare
        // result line right under it, naming no change, is the blood check of that variant. Two
        // findings, the tumour's present and somatic and the blood's absent and germline (ja
        // decision 12), as when the check is told in the variant's own sentence.
        if (
          note.language === 'ja' &&
          item.what === 'variant' &&
          !family &&
          status === 'present' &&
          foundOrigin === 'somatic' &&
          candidates.at(-1) === candidate &&
          candidate.origin === 'somatic' &&
          !entryLines.has(lineIndex(text, item.start) + 1) &&
          noteOrigin(item.gene) === 'germline'
        ) {
          const lineEnd = text.indexOf('\n', item.end);
          const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
          const nextLine =
            lineEnd < 0 ? '' : text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
          if (rules.layout.jaResultLineNegative.test(nextLine)) {
            candidates.push({
              ...candidate,
              status: 'absent',
              significance: null,
              origin: 'germline',
            });
          }
        }
        // "組織NGS：BRCA2 c.7007G>A検出。生殖細胞系列確認検査：陰性。", "腫瘍でATM c.… を検出。唾液検体での
        // 確認検査では陰性。": a tumour variant of a gene of inherited cancer risk, then its germline
        // confirmation's bare negative naming nothing of its own. Two findings, the tumour's present
        // and somatic and the confirmation's absent and germline (ja decision 12, dev 33).
        if (
          note.language === 'ja' &&
          item.what === 'variant' &&
          !family &&
          status === 'present' &&
          (item.hgvsC !== null || item.hgvsP !== null) &&
          candidates.at(-1) === candidate &&
          candidate.origin !== 'germline' &&
          this.resources.drivers.inheritedCancerGenes.has(item.gene) &&
          !this.resources.drivers.bloodTumourGenes.has(item.gene) &&
          germlineConfirmationNegative(text, item, genes, rules)
        ) {
          candidates.push({
            ...candidate,
            status: 'absent',
            significance: null,
            origin: 'germline',
          });
        }
        // "he and his father share the APC variant c.4348C>T", "Like her older sister, she carries
        // the family's BRCA1 185delAG", "She carries BRCA2 c.5946del, as does her mother": the
        // patient and a relative as joint subjects of one result. Each has the finding (en
        // decision 25 keeps the relatives' one family entry beside the patient's).
        if (
          note.language === 'en' &&
          item.what === 'variant' &&
          coSubjectWithRelative(
            text,
            (this.core.sentenceAt(analyzed, item) ?? clause).start,
            item,
            (this.core.sentenceAt(analyzed, item) ?? clause).end,
            rules.layout,
          )
        ) {
          const other: Candidate = { ...candidate, subject: family ? 'patient' : 'family' };
          candidates.push(other.subject === 'family' ? { ...other, origin: 'germline' } : other);
        }
        // "MLH1：家系内のc.1489dupを含め病的バリアントは認めず": the negative names the variant and
        // the rest of the gene, so the gene's own negative stands beside the variant's (ja
        // decision 61, as "KRAS変異（G12C…を含む）は検出されず").
        if (
          status === 'absent' &&
          item.what === 'variant' &&
          item.geneMention !== null &&
          INCLUDED_THEN_CLASS.test(text.slice(item.end, item.end + 30))
        ) {
          candidates.push({
            ...candidate,
            item: {
              ...candidate.item,
              what: 'gene',
              hgvsC: null,
              hgvsP: null,
              kind: 'wild_type',
              exon: null,
              familial: false,
            },
          });
        }
        // A comparison table ("ESR1 | Y537S | 4.8% | 検出されず | 新規出現"): a variant not
        // detected at one draw and measured at another is found too (en decision 108, ja 70).
        // So is a course written after its item with arrows, one step measured and one not
        // detected ("KRAS G12D　前回 0.8% → 今回 検出されず", "BCR::ABL1 推移：0.0011% → 検出感度以下"):
        // found at one time and not at another (decision 30).
        const course =
          item.what !== 'gene' && !family && status !== null
            ? arrowCourse(text, item, items, rules)
            : null;
        // The same finding told with the other status by another test or time: a present one is
        // classed as the item is, an absent one has no class.
        const withOtherStatus = (other: Candidate['status']): Candidate => ({
          ...candidate,
          status: other,
          significance:
            other === 'absent'
              ? null
              : significanceOf(text, item, items, clause, rules, entryLines),
        });
        if (
          status === 'absent' &&
          ((item.what === 'variant' && (measuredInRow(text, item, rules) || course?.measured)) ||
            // (A monitored fusion or MRD level on one line, "BCR-ABL1 IS 12%→0.8%→検出感度以下".)
            (note.language === 'ja' &&
              !family &&
              (item.kind === 'fusion' ||
                rules.layout.quantityAfter.test(text.slice(item.end, item.end + 16))) &&
              decision.word !== null &&
              measuredBeforeNegative(text, item, items, decision.word, rules.layout.shareMeasure)))
        ) {
          candidates.push(withOtherStatus('present'));
        }
        // "ALK融合遺伝子陽性であったが、今回は陰性": the result, then a later test's opposite result
        // after a contrast, is two findings of the item (decision 36; tables.ts laterResult).
        const later =
          note.language === 'ja' &&
          !family &&
          decision.word !== null &&
          decision.word.start >= item.end
            ? laterResult(text, decision.word, items, rules)
            : null;
        if (later !== null && later !== status) {
          // (The later test on a germline sample is the germline test's, for a gene of inherited
          // cancer risk: "腫瘍でPALB2 c.…検出、末梢血で確認されず" (decision 12); not a blood cancer's
          // own sample, "骨髄でBCR-ABL1陽性、末梢血では陰性".)
          const sample = sampleGroupIn(
            laterResultLead(text, decision.word!, rules) ?? '',
            rules.layout,
          );
          const inherited =
            (sample === 'germline' || sample === 'blood') &&
            this.resources.drivers.inheritedCancerGenes.has(item.gene) &&
            !this.resources.drivers.bloodTumourGenes.has(item.gene);
          candidates.push(
            inherited ? { ...withOtherStatus(later), origin: 'germline' } : withOtherStatus(later),
          );
        }
        // "RET M918T（生殖細胞系列検査：陰性、腫瘍：陽性）": each sample's call in the bracket after the
        // change is its test's finding, with that test's origin (decision 12: a tumour variant the
        // germline test did not find is present/somatic and absent/germline; found in both, one
        // germline entry).
        const pairs =
          note.language === 'ja' && !family && (status === 'present' || status === 'absent')
            ? sampleCallPairs(text, item, rules)
            : null;
        if (pairs) {
          // (Blood named alone beside a tumour sample, "TP53 R273H（血液：陰性、腫瘍組織：陽性）", is the
          // germline side of the pair for a gene of inherited cancer risk.)
          const germlineSide = (group: string) =>
            group === 'germline' ||
            (group === 'blood' &&
              this.resources.drivers.inheritedCancerGenes.has(item.gene) &&
              pairs.some((p) => p.group === 'tissue'));
          for (const wanted of ['present', 'absent'] as const) {
            const told = pairs.filter((p) => p.status === wanted);
            if (told.length === 0) continue;
            const origin = told.some((p) => germlineSide(p.group)) ? 'germline' : 'somatic';
            const own = candidates.lastIndexOf(candidate);
            if (wanted !== status) candidates.push({ ...withOtherStatus(wanted), origin });
            else if (own >= 0) candidates[own] = { ...candidate, origin };
          }
        }
        // "既知の家系内バリアント（BRCA1 c.68_69del）：本人 陽性、妹 陰性": each person's call after the
        // change is that person's finding (ja decision 13): the client's own, the relatives' one
        // family entry per call (present and absent apart), all of the germline test of a known
        // familial variant.
        // (A reference heading the change on its line, "家系内バリアント（…）：", or a person of the
        // list read as one, is no finding of its own: `personLists`.)
        const personList =
          note.language === 'ja' && !family && (status === 'present' || status === 'absent')
            ? personCallPairs(text, item, items, rules)
            : null;
        if (personList) {
          personLists.push({ start: lineStartOf(text, item.start), end: personList.end });
          const { people } = personList;
          const own = candidates.lastIndexOf(candidate);
          if (own >= 0) candidates.splice(own, 1);
          const self = people.find((p) => p.self);
          if (self) candidates.push({ ...withOtherStatus(self.status), origin: 'germline' });
          for (const wanted of ['present', 'absent'] as const) {
            if (people.some((p) => !p.self && p.status === wanted)) {
              candidates.push({
                ...withOtherStatus(wanted),
                subject: 'family',
                origin: 'germline',
              });
            }
          }
        }
        // "前回陽性であったT790Mは今回検出されず": an earlier test's result told before the item, its own
        // result after it the later test's, is two findings when they differ (decision 30).
        // (So in English: "Previously detected KRAS G12D was not found on this draw", "not
        // detected (was 2.3% in 01/2025)"; pgen9 item 1.)
        const earlier =
          !family &&
          later === null &&
          item.what !== 'gene' &&
          (status === 'present' || status === 'absent') &&
          decision.word !== null &&
          decision.word.start >= item.end
            ? earlierResult(text, item, status, rules, decision.word)
            : null;
        if (earlier !== null) candidates.push(withOtherStatus(earlier));
        // "EGFR L858R（組織）、血漿では検出されず", "BRCA2 c.5946del 体細胞のみ、生殖細胞系列では認めず": the
        // named change found by its own test, then another test's negative of it, is two findings,
        // the other test's absent with that test's origin (decision 30; status.ts otherSampleCall).
        const otherTest =
          note.language === 'ja' && !family && status === 'present'
            ? otherSampleCall(text, item, items, results, rules.layout)
            : null;
        if (otherTest !== null) {
          candidates.push({
            ...candidate,
            status: 'absent',
            significance: null,
            origin:
              otherTest.group === 'germline' ||
              (otherTest.group === 'blood' &&
                this.resources.drivers.inheritedCancerGenes.has(item.gene) &&
                !this.resources.drivers.bloodTumourGenes.has(item.gene))
                ? 'germline'
                : 'somatic',
          });
        }
        if (
          status === 'present' &&
          ((course?.measured && course.negative) ||
            (item.what === 'variant' &&
              !family &&
              (courseNegativeBelow(
                text,
                item,
                items,
                rules,
                (label) => this.genesIn(label).length > 0 || this.variantsIn(label).length > 0,
              ) ||
                columnNegativeBelow(text, item, rules))))
        ) {
          candidates.push({ ...candidate, status: 'absent', significance: null });
        }
        // A tracked change's assay heading its time points ("NPM1 type A MRD (qPCR):" over
        // "  06/2025      not detected"): a row's negative is that change's loss (resolve.ts).
        if (
          status === 'present' &&
          !family &&
          item.what === 'gene' &&
          trackedRowsNegative(text, item, items, rules)
        ) {
          candidates.push({
            ...candidate,
            item: { ...item, familial: true, tracked: true },
            status: 'absent',
            significance: null,
          });
        }
        mention(
          item,
          'finding',
          { ...value, status, subject: candidate.subject, significance, origin },
          item.rule,
          decision.word
            ? `used: result "${decision.word.text}"`
            : 'used: named, no result word (present)',
          clause.section,
          assertion,
        );
      }
    }
    // A serial table's gene-level negative in a draw row ("2  27/08/2024  …  STK11 not
    // detected"), the gene's one named variant in the same column of another draw row: that
    // variant not found at that draw (decision 73), not a gene-level negative.
    candidates.forEach((c, i) => {
      if (c.status !== 'absent' || c.item.what !== 'gene' || c.subject !== 'patient') return;
      const cell = drawTableCell(text, c.item.start);
      if (!cell) return;
      const tracked = candidates.filter((o) => {
        if (o.status !== 'present' || o.item.gene !== c.item.gene) return false;
        if (!o.item.hgvsC && !o.item.hgvsP) return false;
        const at = drawTableCell(text, o.item.start);
        return (
          at !== null &&
          at.row !== cell.row &&
          at.column === cell.column &&
          at.rows.includes(cell.row)
        );
      });
      const source = tracked[0];
      if (!source || new Set(tracked.map((o) => o.item.hgvsP ?? o.item.hgvsC)).size !== 1) return;
      const { hgvsC, hgvsP, kind, exon } = source.item;
      candidates[i] = { ...c, item: { ...c.item, what: 'variant', hgvsC, hgvsP, kind, exon } };
    });
    // "BCR::ABL1 p210 | Detected" over "BCR::ABL1 p190 | Not detected": the other transcript
    // isoform's negative beside a positive of the fusion adds no absent entry (decision 49;
    // pgen10 item 12). A negative of the same or no isoform (a later draw) stays (decision 36).
    {
      const isoformOf = (c: Candidate) =>
        c.item.kind === 'fusion'
          ? (FUSION_ISOFORM_AFTER.exec(
              text.slice(c.item.end, c.item.end + 16),
            )?.[1]?.toLowerCase() ?? null)
          : null;
      const otherIsoform = new Set(
        candidates.filter((c) => {
          if (c.status !== 'absent' || c.item.partner === null) return false;
          const isoform = isoformOf(c);
          return (
            isoform !== null &&
            candidates.some(
              (o) =>
                o.status === 'present' &&
                o.subject === c.subject &&
                o.item.gene === c.item.gene &&
                o.item.partner === c.item.partner &&
                (isoformOf(o) ?? isoform) !== isoform,
            )
          );
        }),
      );
      if (otherIsoform.size > 0) {
        const own = candidates.filter((c) => !otherIsoform.has(c));
        candidates.length = 0;
        candidates.push(...own);
      }
    }
    // "BRCA1/2 testing: pathogenic variant in BRCA2": the genes named only as the test's scope
    // are no finding of the result that names another gene (test-scope.ts).
    if (rules.layout.testScope) {
      const scopeOnly = scopeOnlyPositives(text, genes, candidates, rules.layout.testScope);
      if (scopeOnly.size > 0) {
        const own = candidates.filter((c) => !scopeOnly.has(c));
        candidates.length = 0;
        candidates.push(...own);
      }
    }
    const references = [
      ...this.sameVariantReferences(note, text, rules, genes, candidates, chart),
      ...(note.language === 'en' ? inheritedFromParents(text, rules, candidates) : []),
    ].filter((r) => !personLists.some((l) => r.item.start >= l.start && r.item.start < l.end));
    // "家系内のMLH1病的バリアントを受け継いでいない": the reference, not a gene-level negative.
    // (So is a gene named only as the target of the test whose result the reference is: "本人も
    // TP53の単一部位検査を実施 → 同バリアントは認めず" gives no TP53 wild type.)
    const covered = (c: Candidate) =>
      c.item.what === 'gene' &&
      references.some(
        (r) =>
          c.status === r.status &&
          ((c.item.start >= r.item.start && c.item.end <= r.item.end) ||
            (note.language === 'ja' &&
              c.subject === r.subject &&
              c.item.gene === r.item.gene &&
              c.item.end <= r.item.start &&
              r.item.start - c.item.end <= 40 &&
              rules.layout.jaReferenceTestLead.test(text.slice(c.item.end, r.item.start)))),
      );
    const kept = candidates.filter((c) => !covered(c)).map((c) => withStainedProtein(c, stained));
    candidates.length = 0;
    candidates.push(...kept, ...references);
    // "has RECLASSIFIED the MSH6 variant as LIKELY BENIGN": the later class of a named variant.
    const reclassified = reclassifications(text, rules, genes);
    if (reclassified.size > 0) {
      candidates.forEach((c, i) => {
        const value = reclassified.get(c.item.gene);
        if (value !== undefined && c.status === 'present' && c.item.what === 'variant') {
          candidates[i] = { ...c, significance: value };
        }
      });
    }
    // "The EGFR PCR kit detected L858R in exon 21 … Reflex NGS on the same block has since
    // confirmed it as c.2573T>G": a coding change told as what the protein change before it was
    // confirmed as is that change's HGVS (one finding, decisions 7 and 23). The note gives no
    // map from c. to p., so the pronoun links them.
    if (note.language === 'en') {
      candidates.forEach((c, i) => {
        if (c.status !== 'present' || !c.item.hgvsC || c.item.hgvsP) return;
        if (
          !rules.layout.confirmedAs.test(text.slice(Math.max(0, c.item.start - 60), c.item.start))
        )
          return;
        const earlier = candidates
          .filter(
            (o) =>
              o.status === 'present' &&
              o.item.gene === c.item.gene &&
              o.item.hgvsP &&
              !o.item.hgvsC &&
              o.item.end <= c.item.start &&
              c.item.start - o.item.end <= REFERENCE_REACH,
          )
          .sort((a, b) => a.item.end - b.item.end)
          .at(-1);
        if (earlier) candidates[i] = { ...c, item: { ...c.item, hgvsP: earlier.item.hgvsP } };
      });
    }
    // "NGS: TP53 R273H.\nGermline TP53 testing: negative.": a change found whose only germline
    // source is the note's germline test of its gene, which was negative, is not that test's
    // (decisions 5 and 26: the germline negative and the tumour's change are two results).
    // Its origin is the note's without that negative's sentence (a germline report stays
    // germline).
    if (note.language === 'en' && fromNoteOrigin.size > 0) {
      candidates.forEach((c, i) => {
        if (
          c.status !== 'present' ||
          c.subject !== 'patient' ||
          c.origin !== 'germline' ||
          c.item.kind === 'wild_type' ||
          !fromNoteOrigin.has(`${c.item.gene}|${c.item.start}`)
        )
          return;
        const negatives = candidates.filter(
          (o) =>
            o.status === 'absent' &&
            o.subject === 'patient' &&
            o.origin === 'germline' &&
            // (A gene-level negative is still of kind "other" here: resolve.ts makes it wild type.)
            (o.item.kind === 'wild_type' || o.item.kind === 'other') &&
            !o.item.hgvsC &&
            !o.item.hgvsP &&
            o.item.gene === c.item.gene,
        );
        if (negatives.length === 0) return;
        let masked = text;
        for (const o of negatives) {
          // (Its sentence on its own line: a "sentence" with no full stop may be a whole report.)
          const sentence = this.core.sentenceAt(analyzed, o.item) ?? o.item;
          const start = Math.max(sentence.start, lineStartOf(text, o.item.start));
          const end = Math.min(sentence.end, lineEndOf(text, o.item.end));
          if (c.item.start < end && c.item.end > start) return;
          masked = `${masked.slice(0, start)}${' '.repeat(end - start)}${masked.slice(end)}`;
        }
        const origin =
          originOfNote(masked, originRulesOf(c.item.gene), noteType, genes)(c.item.gene) ??
          (constitutional ? 'germline' : null);
        if (origin !== 'germline') candidates[i] = { ...c, origin };
      });
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return { candidates, mentions, text };
  }
}

/**
 * An open bracket of gene symbols up to a gene ("Lynch panel (MLH1/MSH2/", "(MLH1, MSH2, "): the
 * genes a test's label lists before its colon or call.
 */
const GENE_LIST_BRACKET_OPEN =
  /[(（][ \t]*(?:[A-Z][A-Za-z0-9-]{1,9}[ \t]*(?:[,/，、&]|and(?=[ \t]))?[ \t]*){0,8}$/;

/** After such a bracket's gene, the bracket's close and a stain's call: "…PMS2): intact". */
const STAIN_CALL_AFTER_BRACKET =
  /^[^()（）\n]{0,60}[)）][ \t]*[:：-]?[ \t]*(?:intact|retained|preserved|lost|loss|deficient|proficient)\b/i;

/**
 * A named variant with its own class short of pathogenic (a 「VUS：」 label before it on its line,
 * or 良性 / VUS / 意義不明 / 多型 after it), then a negative of pathogenic variants ending at
 * `negativeAt`: 「…（良性）のみ、病的バリアントなし」, 「…は良性の多型であり、病的バリアントは検出されなかった」.
 * Bounded windows.
 */
function classedBesidePathogenicNegative(text: string, item: Item, negativeAt: number): boolean {
  if (item.what !== 'variant' || negativeAt - item.end > 60) return false;
  const between = text.slice(item.end, negativeAt);
  const phrase = PATHOGENIC_NEGATIVE_PHRASE.exec(between);
  if (!phrase) return false;
  const own = between.slice(0, phrase.index);
  if (/病的(?!意義)|pathogenic/i.test(own.replace(/病的でない|非病的/g, ''))) return false;
  return (
    NON_PATHOGENIC_CLASS.test(own) ||
    NON_PATHOGENIC_LABEL.test(
      text.slice(Math.max(lineStartOf(text, item.start), item.start - 30), item.start),
    )
  );
}

/** The negative's pathogenic class at the end of the gap: 「、その他病的バリアントは」, 「、病的変異を」. */
const PATHOGENIC_NEGATIVE_PHRASE =
  /[、，,。][ \t　]*(?:(?:その他|そのほか|それ以外|他)(?:に|の|には)?[ \t　]*)?(?:病的|有意な|臨床的意義のある)[ \t　]*(?:な)?(?:バリアント|変異)(?:は|が|を|の)?[ \t　]*(?:検出|認め)?[ \t　]*$/;
/** A class short of pathogenic said of the variant after it. */
const NON_PATHOGENIC_CLASS =
  /良性|意義不明|VUS|多型|likely[ \t]benign|benign|uncertain[ \t]significance/i;
/** A label of such a class before the variant on its line: 「VUS：」, 「病的意義不明バリアント：」. */
const NON_PATHOGENIC_LABEL =
  /(?:VUS|病的意義不明(?:の)?(?:バリアント|変異)?|(?:おそらく)?良性(?:バリアント|変異)?)[ \t　]*[:：][ \t　]*(?:[A-Z][A-Z0-9]{1,9}[ \t　]*[:：]?[ \t　]*)?$/;

/** Japanese script and punctuation (kana, kanji, full-width forms). */
const JAPANESE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/**
 * Where an English sentence closing a Japanese line starts, or null: after the line's last Japanese
 * character, a sentence or clause end (。．、，： or a Latin stop, comma or colon), then a capitalised
 * English word and English words to the line's end ("…検出。No ALK fusion detected.", "報告書より：No
 * BRCA1/2 pathogenic variants."). A gene or change opening the tail ("…陽性、T790M negative") is not.
 */
function englishSentenceTail(line: string): number | null {
  let last = line.length - 1;
  while (last >= 0 && !JAPANESE_SCRIPT.test(line[last]!)) last--;
  if (last < 0 || line.length - last > 400) return null;
  const tail = ENGLISH_TAIL.exec(line.slice(last + 1));
  if (!tail || !(/[。．、，：]/.test(line[last]!) || tail[1])) return null;
  return last + 1 + tail[0].length;
}

/** The tail's opening: a stop, comma or colon (group 1), then a capitalised word of two or more. */
const ENGLISH_TAIL = /^[ \t]*([.,:;][ \t]*)?(?=[A-Z][a-z]+\b[^\n]*[A-Za-z]{3})/;

/** A run of Latin letters, digits and dots: an English word when it is letters only, three or more. */
const LATIN_TOKEN = /[A-Za-z0-9_.]+/g;

/**
 * After a named change, "including it, (other) pathogenic variants": "c.1489dupを含め病的バリアントは
 * 認めず", "c.68_69delも含めて、その他の変異は検出されなかった".
 */
const INCLUDED_THEN_CLASS =
  /^\s*[)）]?\s*(?:を|も)?含め(?:て)?\s*[、,]?\s*(?:その他の|他の|ほかの)?\s*(?:病的|臨床的意義のある)?\s*(?:バリアント|変異|異常)/;

/** The rest of a line that only labels what follows: "：", "（腫瘍）：". */
const EMPTY_LABEL = /^\s*(?:[(（][^)）\n]{0,20}[)）])?\s*[:：]\s*$/;
/** The close of a bracketed heading line after its item: "（PCR法）]", "】", and its open before. */
const EMPTY_HEADING_CLOSE = /^\s*(?:[(（][^)）\n]{0,20}[)）])?\s*[\]】〕》＞>]\s*[:：]?\s*$/;
const HEADING_OPEN = /^\s*[[【〔《＜<]\s*$/;
/** A numbered section's head before its item ("1. ", "(2) RAS/"), and the rest of its line. */
const NUMBERED_HEADING_OPEN =
  /^\s*(?:\d{1,2}\s?[.．)）]|[(（]\d{1,2}[)）]|[①-⑳])\s*(?:[A-Za-z0-9-]{1,12}\s?[/／・、,]\s?){0,4}$/;
const NUMBERED_HEADING_CLOSE = /^\s*(?:[(（][^)）\n]{1,30}[)）])?\s*[:：]?\s*$/;

/** An HLA allele name after its gene: "*58:01", "*15:02:01". */
const HLA_ALLELE = /^\s?\*\s?\d{2,3}:\d{2,3}/;

function itemValue(item: Item) {
  return {
    gene: item.gene,
    hgvsC: item.hgvsC,
    hgvsP: item.hgvsP,
    kind: item.kind,
    exon: item.exon,
    partner: item.partner,
  };
}

/** How far from an item a withdrawal word is looked for (characters, each side). */
const WITHDRAWN_REACH = 400;

/** Alteration classes written at exon level (no HGVS). */
const EXON_CLASSES: ReadonlySet<string> = new Set([
  'exon_deletion',
  'exon_insertion',
  'exon_skipping',
]);

/** Gene-level classes another gene's "the same" result may take ("METも同様" after 増幅なし). */
const SAME_RESULT_CLASSES: ReadonlySet<string> = new Set([
  'amplification',
  'fusion',
  'copy_loss',
  'wild_type',
]);

/**
 * From a variant to a reference in the bracket after its result on its row: the result cell,
 * then the bracket opened and not closed ("）：陽性（", ": 陽性 (").
 */
const OWN_ROW_ASIDE =
  /^[)）]?(?:[^\n（()）]{0,4}[（(][^\n（()）]{0,16}[）)])?[^\n（()）]{0,12}[（(][^\n（()）]{0,6}$/;

/** A star-allele genotype written as a result ("*2/*2", "*6/*28"). */
const STAR_ALLELES = /^\*\d/;

/** What may come before a list line's only symbol: nothing, or a bullet ("・EGFR", "2. EGFR"). */
const LONE_ITEM_LEAD = /^[ \t　]*(?:[・\-*•]|\d{1,2}[.)）])?[ \t　]*$/;

/**
 * Whether an ambiguous symbol is a urine drug screen's class (`drug_screen`; spec
 * ambiguous_terms.tsv: MET only in a genetic context): its line has two or more of the screen's
 * words besides it, more than the unambiguous genes there ("UDS negative for MET, COC, THC", "Tox
 * screen: MET neg, COC neg, THC pos"), or a screen's name and no unambiguous gene; or its block
 * (six lines each way, not past a blank line) has no unambiguous gene and two such words or a
 * screen's name ("Urine drug screen" over "Negative:" over "AMP" / "MET" / "COC"). Bounded: a
 * window of at most 1,500 characters each side.
 */
function inDrugScreen(
  text: string,
  gene: Span,
  genes: readonly (Span & { readonly contextOnly?: boolean })[],
  rules: CompiledGeneticsRules,
): boolean {
  const screen = rules.drugScreen;
  if (!screen) return false;
  // (Distinct forms, not the item's own: "Mean MET copies …, MET/CEP7 ratio" repeats one gene.)
  const self = text.slice(gene.start, gene.end).toUpperCase();
  const tally = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const hits = (re: RegExp) => {
      const forms = new Set<string>();
      for (const m of piece.matchAll(re)) {
        const start = from + m.index;
        const form = m[0].toUpperCase();
        if ((start < gene.end && gene.start < start + m[0].length) || self.includes(form)) continue;
        forms.add(form);
      }
      return forms.size;
    };
    const names = hits(screen.names);
    const unambiguous = genes.filter(
      (g) => !g.contextOnly && g.start >= from && g.end <= to,
    ).length;
    return { all: names + hits(screen.tokens) + hits(screen.words), names, unambiguous };
  };
  const own = tally(
    Math.max(lineStartOf(text, gene.start), gene.start - 300),
    Math.min(lineEndOf(text, gene.start), gene.end + 300),
  );
  if (own.all >= 2 && own.all > own.unambiguous) return true;
  if (own.names > 0 && own.unambiguous === 0) return true;
  let from = lineStartOf(text, gene.start);
  for (let i = 0; i < 6 && from > 0 && gene.start - from < 1500; i += 1) {
    const above = lineStartOf(text, from - 1);
    if (text.slice(above, from).trim() === '') break;
    from = above;
  }
  let to = lineEndOf(text, gene.start);
  for (let i = 0; i < 6 && to < text.length && to - gene.end < 1500; i += 1) {
    const below = lineEndOf(text, to + 1);
    if (text.slice(to + 1, below).trim() === '') break;
    to = below;
  }
  const block = tally(Math.max(from, gene.start - 1500), Math.min(to, gene.end + 1500));
  return block.unambiguous === 0 && (block.all >= 2 || block.names > 0);
}

/** Whether an item's text after its symbol is one drug screen's class: "MET, AMP" read as one. */
function drugTokenAfter(text: string, from: number, to: number, rules: CompiledGeneticsRules) {
  const tokens = rules.drugScreen?.tokens;
  if (!tokens || to - from > 12) return false;
  const tail = text.slice(from, to).replace(/^[\s,;/]+/, '');
  return tail !== '' && [...tail.matchAll(tokens)].some((m) => m[0] === tail);
}

/** A query mark right before an item ("(?C797S", " ? MET amp"), not a sentence's "?" ending. */
const QUERY_MARK_BEFORE = /(?:^|[\s([,;/])\?[ \t]?$/;

/** Whether the class word at `at` opens the value of an ISH block's indented call row ("　判定："). */
function ishCallRowBefore(text: string, at: number, layout: CompiledLayout): boolean {
  const lead = text.slice(Math.max(0, at - 24), at);
  const newline = lead.lastIndexOf('\n');
  if (newline < 0) return false;
  if (layout.jaIshCallRow.test(lead.slice(newline + 1))) return true;
  // (The call on its own line under a key row of empty cells: "判定｜｜⏎　増幅なし".)
  const above =
    newline > 0 && /^[ \t　]*$/.test(lead.slice(newline + 1))
      ? lead.lastIndexOf('\n', newline - 1)
      : -1;
  return above >= 0 && layout.jaIshCallRow.test(lead.slice(above + 1));
}

/**
 * Whether the clause at `start` opens after a contrast or a semicolon that closes a hypothesis
 * said earlier in its sentence on the same line ("ALK positivity was suspected, but …", "We
 * expected an EGFR mutation; however, …"): the clause is the result that answers it.
 */
function answersHypothesisBefore(
  text: string,
  start: number,
  rules: CompiledGeneticsRules,
): boolean {
  const breakAt = new RegExp(rules.layout.clauseBreak.source, 'iuy');
  // (The clause starts one character after its break's start: "but" leaves "ut".)
  const lineStart = lineStartOf(text, start);
  let at = -1;
  for (let i = start - 1; i >= Math.max(lineStart, start - 12); i -= 1) {
    breakAt.lastIndex = i;
    if (breakAt.test(text)) {
      at = i;
      break;
    }
  }
  if (at < 0) return false;
  // (A window of the line: a note that is one line is not read whole for each clause.)
  const lead = text.slice(Math.max(lineStart, at - 300), at).replace(/^.*[.!?](?=\s)/s, '');
  return (
    (rules.hypothesisBefore !== null && testWord(rules.hypothesisBefore, lead)) ||
    testWord(rules.hypothetical, lead)
  );
}

/** The word right before `offset`, a space between (no punctuation): "" when none. */
/**
 * The origin of a same-variant reference from the sample its clause names. With none named, a
 * Japanese reference to a tumour variant of a gene with no inherited cancer risk ("BRAF V600E陽性
 * （IHC）、NGSでも同変異を確認") is another tumour test of it, not a carrier test.
 */
function referenceOrigin(named: Origin | null, tumourGene: boolean): Origin | null {
  return named === null && tumourGene ? 'somatic' : named;
}

function wordBefore(text: string, offset: number): string {
  return (
    /([\p{L}\p{N}-]{2,30})[ \t]+$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1] ?? ''
  );
}

/** A relative's word on the item's line before it ("FHx: maternal aunt BRCA1+"). */
function relativeOnLineBefore(text: string, at: number, relative: RegExp): boolean {
  relative.lastIndex = 0;
  const found = relative.test(text.slice(lineStartOf(text, at), at));
  relative.lastIndex = 0;
  return found;
}

/**
 * Whether the later call after a Japanese result's contrast (layout `ja_later_result_after`) is the
 * judgement that takes the result back ("…陽性とされたが、再検の結果は偽陽性と判断した"), not a
 * retest's own negative ("…が、組織で確認できず偽陽性と判断した").
 */
function laterCallIsJudgement(
  text: string,
  word: { readonly end: number },
  rules: CompiledGeneticsRules,
): boolean {
  const lead = rules.layout.jaLaterResultAfter;
  if (!lead || !rules.withdrawnPositive) return false;
  const rest = text.slice(word.end, word.end + 60);
  const m = lead.exec(rest);
  if (!m) return false;
  const call = rest.slice(m[0].length, m[0].length + 24);
  rules.withdrawnPositive.lastIndex = 0;
  return rules.withdrawnPositive.exec(call)?.index === 0;
}

/**
 * Whether the item is named as what an assay can detect or covers, not as a result: after a
 * phrase such as "the assay detects" / "does not cover" in its sentence on its line, or before
 * one such as "may not be detected" (layout `assay_scope_before`, `assay_scope_after`). Bounded
 * windows around the item: constant per item.
 */
function assayScope(text: string, item: Item, layout: CompiledLayout): boolean {
  const end = item.eventEnd ?? item.end;
  // (The phrase may stand inside the item's words, between its gene and its class: "The cobas
  // EGFR v2 assay detects exon 19 deletions".)
  const from = Math.max(lineStartOf(text, item.start), item.start - 240);
  if (layout.assayScopeBefore?.test(text.slice(from, end))) return true;
  return layout.assayScopeAfter?.test(text.slice(end, end + 80)) === true;
}

/**
 * A "Method:" row of the item's report block, between the item's line and its call's ("Gene: ALK"
 * / "Method: FISH (break-apart)" / "Result: Negative"): the method the call is by. Bounded.
 */
function blockMethodRow(
  text: string,
  item: Item,
  word: ResultWord,
  layout: CompiledLayout,
): string | null {
  if (word.start - item.end > 300) return null;
  const between = text.slice(item.end, word.start);
  if (!between.includes('\n') || /\n[ \t]*\n/.test(between)) return null;
  return layout.blockMethodRow.exec(between)?.[1] ?? null;
}
