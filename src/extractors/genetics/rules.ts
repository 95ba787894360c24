import type { Language } from '../../core/types.js';
import type { DriversFile, GeneticsRuleFile, LayoutFile } from '../../vocab/schemas.js';
import { type ChoiceListRules, compileChoiceLists } from './choices.js';
import { compileTestScope, type TestScope } from './test-scope.js';
import type { GeneticKind, Significance } from './types.js';

export interface CompiledEvent {
  readonly id: string;
  readonly kind: GeneticKind;
  readonly reach: number | undefined;
  readonly re: RegExp;
  /** Kept only where `CompiledGeneticsRules.copyLossGate` reads a copy loss. */
  readonly gate?: 'copy_loss';
}

/** `copy_loss_gate` of the rule file, compiled (see the schema). */
export interface CompiledCopyLossGate {
  readonly context: RegExp;
  readonly against: RegExp;
  readonly againstLine: RegExp;
  /** The loss's own clause names a genomic result (`clause`); null without it. */
  readonly clause: RegExp | null;
  /** Anchored at the text right after / before a gene. */
  readonly after: RegExp;
  readonly before: RegExp;
}

/**
 * `protein_methods`, `dna_methods` and `method_links`, compiled: one phenomenon (a result
 * attributed to a protein method is no DNA finding; a DNA/RNA result of the same gene is the
 * finding), read by one of two readers, chosen by the language's word order:
 * - `linked` (a file with `method_links`, English): the method may stand after its result, joined
 *   by a link ("positive by IHC", "negative (FISH)"), or before it ("FISH showed no
 *   rearrangement"); read per sentence by result-methods.ts.
 * - `lead` (no `method_links`, Japanese): the method always stands right before its result, glued
 *   to it or through a particle ("IHC陽性", "FISHで陰性"), so no link words are needed; read per item
 *   by generic.ts `methodResult`.
 */
export type CompiledMethods =
  | {
      readonly order: 'linked';
      /** Anchored at the text right after a result word: the method it is attributed to. */
      readonly after: RegExp;
      /** Anchored at the end of the text before a result word: its method. */
      readonly before: RegExp;
      /** A DNA method anywhere in a matched method phrase. */
      readonly dna: RegExp;
      /** A line opened by a method as its label ("IHC (D5F3): positive", "FISH: negative"). */
      readonly label: RegExp;
      /** A table cell that is a method alone ("IHC", "FISH"): a column's method header. */
      readonly cell: RegExp;
      /** A heading line of one gene over method lines ("ALK", "ALK testing:"); group 1 the gene. */
      readonly heading: RegExp;
    }
  | {
      readonly order: 'lead';
      /** A protein / a DNA-RNA method word anywhere in a text (`testWord`). */
      readonly protein: RegExp;
      readonly dna: RegExp;
    };

/** The genetics rule file of one language, compiled to regular expressions once. */
export interface CompiledGeneticsRules {
  readonly language: Language;
  /** Report layout words, shared by both languages. */
  readonly layout: CompiledLayout;
  readonly geneticWords: RegExp;
  readonly positive: RegExp;
  readonly positiveBefore: RegExp;
  readonly negativeAfter: RegExp;
  readonly negativeBefore: RegExp;
  readonly notTested: RegExp;
  readonly hypothetical: RegExp;
  /** Anchored at the start of the text after a change: a class of patients, not a result. */
  readonly populationAfter: RegExp | null;
  /** Anchored at the end of the text before a change: a class of patients, not a result. */
  readonly populationBefore: RegExp | null;
  /** Anchored at both ends: the clause's opening words before a change read as a class. */
  readonly populationLead: RegExp | null;
  /** Anchored at the start of the text after a change, any lead: a share of patients, no result. */
  readonly populationGeneral: RegExp | null;
  /** A positive taken back by a later test or a review: the item is absent (generic.ts). */
  readonly overturned: RegExp | null;
  /** Withdrawn results (a corrected report): null when the file lists none. */
  readonly withdrawn: RegExp | null;
  /** A superseded line's label, anchored from the line's start to the item (`withdrawn_labels`). */
  readonly withdrawnLabel: RegExp | null;
  /** Anchored after an item: the value written in error for it, which stands (`corrected_value_after`). */
  readonly correctedValueAfter: RegExp | null;
  /** A positive judged false: it takes back only positive results (null when none listed). */
  readonly withdrawnPositive: RegExp | null;
  /** A signal below the reporting threshold, not called (a sub-threshold read): null if none. */
  readonly belowReporting: RegExp | null;
  /** A hypothesis read before a change only ("suspected EGFR-mutant"): null when none listed. */
  readonly hypothesisBefore: RegExp | null;
  /** A word right before a gene that makes its test a DNA test ("germline MLH1"): null if none. */
  readonly dnaTestBeforeGene: RegExp | null;
  /** A variant's class changed later in the note (global): the later class stands. */
  readonly reclassified: RegExp | null;
  /** A variant named elsewhere: "the same familial variant", "her father's MSH6 variant". */
  readonly sameVariant: RegExp;
  /** Anchored at the end of the text before a gene / the start of the text after it. */
  readonly drugBefore: RegExp;
  readonly drugAfter: RegExp;
  /** Glued right after a symbol (no space): a technique's name ("DST法"), technique_after. */
  readonly techniqueAfter: RegExp | null;
  /** A drug screen's abbreviations and words, all matches (`drug_screen`; global). */
  readonly drugScreen: {
    readonly tokens: RegExp;
    readonly words: RegExp;
    readonly names: RegExp;
  } | null;
  readonly expressionBefore: RegExp;
  readonly expressionAfter: RegExp;
  /** Right after a named change, a word of its course that is no stain's (`change_course_after`). */
  readonly changeCourseAfter: RegExp | null;
  /** Right after a change, a contrast naming another gene or variant instead (`contrast_after`). */
  readonly contrastAfter: RegExp | null;
  /** Right before a named change, a contrast setting it aside for another (`contrast_before`). */
  readonly contrastBefore: RegExp | null;
  /** Right after a named change, a denial that it is that one (`contrast_denied_after`). */
  readonly contrastDeniedAfter: RegExp | null;
  /** The methods results are attributed to (`protein_methods` …): null when the file names none. */
  readonly methods: CompiledMethods | null;
  readonly events: readonly CompiledEvent[];
  readonly copyLossGate: CompiledCopyLossGate | null;
  readonly significance: readonly { readonly value: Significance; readonly re: RegExp }[];
  readonly germline: RegExp;
  readonly somatic: RegExp;
  /**
   * A blood sample or test named for a finding (`inherited_samples`): germline for a gene of
   * inherited cancer risk that is no blood cancer's (`CompiledDrivers.bloodTumourGenes`).
   */
  readonly inheritedSample: RegExp | null;
  /**
   * A sample label naming a germline sample ("検体：末梢血", `inherited_sample_labels`): the
   * source of the results below it, for the same genes as `inheritedSample`.
   */
  readonly inheritedSampleLabel: RegExp | null;
  /**
   * The rules of a note that speaks of no cancer and no tumour test (`cancerContext` finds
   * none): its bare blood samples are germline ones, and a result with no source is germline
   * (a constitutional test in hereditary disease). Null when the vocab names no such words.
   */
  readonly constitutional: CompiledGeneticsRules | null;
  /**
   * The rules for a gene read only in a blood cancer's own blood (`CompiledDrivers.clonalBloodGenes`):
   * the same, but a blood sample (`blood_samples`, "検体：末梢血（EDTA）") is no germline word, being
   * that cancer's sample. Null when the vocab names no blood samples.
   */
  readonly clonalBlood?: CompiledGeneticsRules | null;
  readonly cancerContext: RegExp | null;
  /**
   * In the constitutional rules only: a constitutional sample named (`constitutional_samples`,
   * "Sample: blood (EDTA)"), which makes a tumour-lab note type no source of the note's results.
   */
  readonly constitutionalSample?: RegExp | null;
}

/** Driver list, fusion genes, hotspots and expression genes (`vocab/genetics/drivers.yaml`). */
export interface CompiledDrivers {
  isDriver(
    gene: string,
    hgvsP: string | null,
    kind: GeneticKind,
    exon: number | null,
    hgvsC?: string | null,
  ): boolean;
  /** A driver codon ("p.Gly719" of EGFR): "G719X" there means any residue, not a stop. */
  isDriverCodon(gene: string, codon: string): boolean;
  readonly fusionGenes: ReadonlySet<string>;
  readonly hotspots: ReadonlyMap<string, string>;
  /** Exon-level classes written without their gene: `${kind}:${exon}` → the gene they mean. */
  readonly exonHotspots: ReadonlyMap<string, string>;
  /** Class words that always mean one gene ("ITD": FLT3), matched against the whole word. */
  readonly classHotspots: readonly { readonly re: RegExp; readonly gene: string }[];
  readonly expressionGenes: ReadonlySet<string>;
  /** Clinical names of receptors and stains, lower-cased (HER2, PD-L1, p53). */
  readonly expressionForms: ReadonlySet<string>;
  /** Every gene of the driver list. */
  readonly driverGenes: ReadonlySet<string>;
  /** Genes whose bare "positive" means a fusion ("ALK+ NSCLC"). */
  readonly fusionPositiveGenes: ReadonlySet<string>;
  /** Known fusion pairs read as a fusion when written with a slash, "A/B" (either order). */
  readonly slashFusionPairs: ReadonlySet<string>;
  /** Driver genes and the other cancer genes (`cancer_genes`): a note naming one is a cancer note. */
  readonly cancerGenes: ReadonlySet<string>;
  /** The other cancer genes alone (`cancer_genes`): genes of inherited cancer risk. */
  readonly inheritedCancerGenes: ReadonlySet<string>;
  /** Pharmacogenes (`pharmacogenes`): their genotypes are germline results. */
  readonly pharmacogenes: ReadonlySet<string>;
  /** Cancer genes also read in a blood cancer's own sample (`blood_tumour_genes`). */
  readonly bloodTumourGenes: ReadonlySet<string>;
  /** Genes read only in a blood cancer's own blood (`clonal_blood_genes`): JAK2, CALR, FLT3. */
  readonly clonalBloodGenes: ReadonlySet<string>;
}

const alternation = (patterns: readonly string[]) =>
  // Longest first, so "not detected" wins over "detected" at the same place.
  [...patterns].sort((a, b) => b.length - a.length).join('|');

/**
 * Groups of sample words as one alternation, each group a named capture (`ja_test_samples`), so a
 * match says which test it names. Null when the vocabulary has none.
 */
function sampleGroups(
  groups: Readonly<Record<string, readonly string[]>> | undefined,
  any: (list: readonly string[]) => string,
  flags: string,
): RegExp | null {
  if (!groups || Object.keys(groups).length === 0) return null;
  return new RegExp(
    `(?:${Object.entries(groups)
      .map(([name, list]) => `(?<${name}>${any(list)})`)
      .join('|')})`,
    flags,
  );
}

function compileMethods(
  file: GeneticsRuleFile,
  english: boolean,
  words: (patterns: readonly string[]) => RegExp,
): CompiledMethods | null {
  if (!file.protein_methods?.length || !file.dna_methods?.length) return null;
  if (!file.method_links?.length) {
    return { order: 'lead', protein: words(file.protein_methods), dna: words(file.dna_methods) };
  }
  const flags = english ? 'iu' : 'u';
  // (English methods are whole words; Japanese ones need no boundary.)
  const end = english ? '(?![\\p{L}\\p{N}])' : '';
  const method = `(?:${alternation([...file.protein_methods, ...file.dna_methods])})${end}`;
  const link = `(?:${alternation(file.method_links)})${end}`;
  const aside = '(?:\\s*[(（][^)）\\n]{0,24}[)）])?';
  const space = english ? '\\s+' : '\\s*';
  return {
    order: 'linked',
    // "positive by IHC (SP384)", "not detected by RNA NGS", "negative (IHC)", "positive on the
    // repeat FISH": a short gap, a link, at most two words, the method. (Or the method right
    // after a result that ends in its link: "not detected by" RNA NGS; on its line, in English:
    // "IHC: negative\nRNA NGS: positive" opens the next line's label.)
    after: new RegExp(
      `^(?:\\s*[(（]\\s*(${method})|${english ? '[ \\t]+' : space}(${method})|[^,;.\\n()（）、。]{0,30}?${english ? '\\s' : ''}${link}${space}(?:[\\w-]+\\s+){0,2}?(${method}))`,
      flags,
    ),
    // "IHC positive", "ALK (D5F3) IHC: positive", "FISH showed no rearrangement", "FISHで陰性".
    before: new RegExp(`(${method})${aside}\\s*(?:[:：=–-]\\s*|${link}\\s*)?$`, flags),
    dna: new RegExp(`(?:${alternation(file.dna_methods)})${end}`, flags),
    label: new RegExp(
      `^[ \\t]*(?:[-*•][ \\t]*)?(?:[\\w-]{1,20}[ \\t]+){0,2}?${method}${aside}[ \\t]*[:：=]`,
      flags,
    ),
    cell: new RegExp(`^${method}${aside}$`, flags),
    heading: new RegExp(
      `^[ \\t]*(?:[-*•#][ \\t]*)?([A-Z][A-Za-z0-9-]{1,9})(?:[ \\t]+${file.method_block_heads?.length ? `(?:${alternation(file.method_block_heads)})` : '(?!)'}${end}){0,2}[ \\t]*[:：]?[ \\t]*$`,
      flags,
    ),
  };
}

export function compileGeneticsRules(
  file: GeneticsRuleFile,
  layout: CompiledLayout,
): CompiledGeneticsRules {
  const english = file.language === 'en';
  // Japanese has no case, but the English words inside Japanese notes do ("Pathogenic").
  const flags = 'giu';
  // English entries are whole words; Japanese ones are not (no spaces between words).
  const words = (patterns: readonly string[]) => {
    // A pattern that brings its own look-behind ("(?<=[A-Z0-9])\\+" for "ALK+") is not a word.
    const own = patterns.filter((p) => p.startsWith('(?<='));
    const plain = patterns.filter((p) => !p.startsWith('(?<='));
    const parts: string[] = [];
    if (plain.length > 0) {
      if (english) {
        const body = `(?:${alternation(plain)})`;
        parts.push(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`);
      } else {
        // Japanese entries are not words, but the English words inside Japanese notes are:
        // "if" must not match inside "KIF5B".
        const latin = plain.filter((p) => /^[A-Za-z]/.test(p));
        const other = plain.filter((p) => !/^[A-Za-z]/.test(p));
        if (latin.length > 0) {
          parts.push(`(?<![A-Za-z0-9])(?:${alternation(latin)})(?![A-Za-z0-9])`);
        }
        if (other.length > 0) parts.push(`(?:${alternation(other)})`);
      }
    }
    parts.push(...own);
    return new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', flags);
  };
  const before = (patterns: readonly string[]) =>
    new RegExp(
      `${english ? '(?<![\\p{L}\\p{N}])' : ''}(?:${alternation(patterns)})[\\s:：(（]*$`,
      english ? 'iu' : 'u',
    );
  // (`paragraph`: not past a blank line, where a heading such as "THERAPIES WITH CLINICAL
  // RELEVANCE" opens the next block.)
  const after = (patterns: readonly string[], paragraph = false) =>
    new RegExp(
      `^${paragraph ? '(?:[^\\S\\n]|[:：)）])*(?:\\n(?:[^\\S\\n]|[:：)）])*)?' : '[\\s:：)）]*'}(?:${alternation(patterns)})${english ? '(?![\\p{L}\\p{N}])' : ''}`,
      english ? 'iu' : 'u',
    );
  // Blood samples are germline words for every gene but those read only in a blood cancer's own
  // blood (`clonalBlood`).
  const bloodSamples = file.origin.blood_samples ?? [];
  const compiled: CompiledGeneticsRules = {
    language: file.language,
    layout,
    geneticWords: words(file.genetic_words),
    positive: words(file.positive),
    positiveBefore: words(file.positive_before),
    negativeAfter: words(file.negative_after),
    negativeBefore: words(file.negative_before),
    notTested: words(file.not_tested),
    hypothetical: words(file.hypothetical),
    populationAfter: file.population_after?.length ? after(file.population_after) : null,
    populationBefore: file.population_before?.length ? before(file.population_before) : null,
    populationGeneral: file.population_general?.length ? after(file.population_general) : null,
    populationLead: file.population_lead?.length
      ? new RegExp(`^(?:${alternation(file.population_lead)})$`, english ? 'iu' : 'u')
      : null,
    overturned: file.overturned?.length ? words(file.overturned) : null,
    withdrawn: file.withdrawn ? words(file.withdrawn) : null,
    // (A bracketed label or one closed by a colon, then at most 40 characters to the item.)
    withdrawnLabel: file.withdrawn_labels?.length
      ? new RegExp(
          `^[ \\t　・\\-*•]*(?:[（(【](?:${alternation(file.withdrawn_labels)})[）)】]|(?:${alternation(file.withdrawn_labels)})[ \\t　]*[:：])[^\\n]{0,40}$`,
          'u',
        )
      : null,
    correctedValueAfter: file.corrected_value_after?.length
      ? new RegExp(`^[ \\t　]?(?:${alternation(file.corrected_value_after)})`, 'u')
      : null,
    withdrawnPositive: file.withdrawn_positive?.length ? words(file.withdrawn_positive) : null,
    belowReporting: file.below_reporting?.length ? words(file.below_reporting) : null,
    hypothesisBefore: file.hypothesis_before?.length ? words(file.hypothesis_before) : null,
    dnaTestBeforeGene: file.dna_test_before_gene?.length ? words(file.dna_test_before_gene) : null,
    reclassified: file.reclassified?.length ? words(file.reclassified) : null,
    sameVariant: words(file.same_variant),
    drugBefore: before(file.drug_before),
    drugAfter: after(file.drug_after, true),
    techniqueAfter: file.technique_after?.length
      ? new RegExp(`^(?:${alternation(file.technique_after)})`, english ? 'iu' : 'u')
      : null,
    drugScreen: file.drug_screen
      ? {
          tokens: new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${alternation(file.drug_screen.tokens)})(?![\\p{L}\\p{N}])`,
            'gu',
          ),
          words: new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${alternation(file.drug_screen.words)})(?![\\p{L}\\p{N}])`,
            'giu',
          ),
          names: new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${alternation(file.drug_screen.names)})(?![\\p{L}\\p{N}])`,
            'giu',
          ),
        }
      : null,
    expressionBefore: before(file.expression_before),
    expressionAfter: after(file.expression_after),
    changeCourseAfter: file.change_course_after?.length ? after(file.change_course_after) : null,
    contrastAfter: file.contrast_after?.length ? after(file.contrast_after) : null,
    contrastBefore: file.contrast_before?.length ? before(file.contrast_before) : null,
    contrastDeniedAfter: file.contrast_denied_after?.length
      ? after(file.contrast_denied_after)
      : null,
    methods: compileMethods(file, english, words),
    events: file.events.flatMap((event) =>
      event.patterns.map((pattern) => ({
        id: `genetics.${file.language}.${event.id}`,
        kind: event.kind,
        reach: event.reach,
        re: words([pattern]),
        ...(event.gate ? { gate: event.gate } : {}),
      })),
    ),
    copyLossGate: file.copy_loss_gate
      ? {
          context: words(file.copy_loss_gate.context),
          against: words(file.copy_loss_gate.against),
          againstLine: words(file.copy_loss_gate.against_line),
          clause: file.copy_loss_gate.clause?.length ? words(file.copy_loss_gate.clause) : null,
          after: after(file.copy_loss_gate.after),
          before: before(file.copy_loss_gate.before),
        }
      : null,
    significance: file.significance.map((s) => ({ value: s.value, re: words(s.patterns) })),
    germline: words([...file.origin.germline, ...bloodSamples]),
    somatic: words(file.origin.somatic),
    inheritedSample:
      file.origin.inherited_samples?.length || file.origin.inherited_carrier_words?.length
        ? words([
            ...(file.origin.inherited_samples ?? []),
            ...(file.origin.inherited_carrier_words ?? []),
          ])
        : null,
    inheritedSampleLabel: file.origin.inherited_sample_labels?.length
      ? words(file.origin.inherited_sample_labels)
      : null,
    constitutional: null,
    cancerContext: null,
  };
  const clonalBlood: CompiledGeneticsRules | null =
    bloodSamples.length > 0 ? { ...compiled, germline: words(file.origin.germline) } : null;
  const samples = file.origin.constitutional_samples ?? [];
  const cancer = file.origin.cancer_context ?? [];
  if (cancer.length === 0) return { ...compiled, clonalBlood };
  const cancerContext = words(cancer);
  return {
    ...compiled,
    clonalBlood: clonalBlood && { ...clonalBlood, cancerContext },
    cancerContext,
    constitutional: {
      ...compiled,
      germline: words([...file.origin.germline, ...bloodSamples, ...samples]),
      cancerContext,
      constitutional: null,
      constitutionalSample: samples.length > 0 ? words(samples) : null,
    },
  };
}

export function compileDrivers(file: DriversFile): CompiledDrivers {
  return {
    isDriver(gene, hgvsP, kind, exon, hgvsC = null) {
      return file.drivers.some((d) => {
        if (d.gene !== gene) return false;
        if (hgvsC && d.hgvs_c?.includes(hgvsC)) return true;
        const protein = hgvsP?.replace(/^p\.\(?/, 'p.').replace(/\)$/, '') ?? null;
        if (protein && d.hgvs_p?.includes(protein)) return true;
        if (protein && d.protein_prefix?.some((p) => new RegExp(`^${p}(?!\\d)`).test(protein))) {
          return true;
        }
        // An exon-level driver written as HGVS ("p.Glu746_Ala750del", exon 19) is still it.
        const asExonKind =
          kind === 'deletion' || kind === 'delins'
            ? 'exon_deletion'
            : kind === 'insertion' || kind === 'duplication'
              ? 'exon_insertion'
              : kind;
        const kinds = d.kinds ?? [];
        if (kinds.includes(kind) || (exon !== null && kinds.includes(asExonKind))) {
          return !d.exons || (exon !== null && d.exons.includes(exon));
        }
        return false;
      });
    },
    isDriverCodon(gene, codon) {
      const at = (p: string) => p === codon || new RegExp(`^${codon}(?!\\d)`).test(p);
      return file.drivers.some(
        (d) => d.gene === gene && [...(d.hgvs_p ?? []), ...(d.protein_prefix ?? [])].some(at),
      );
    },
    fusionGenes: new Set(file.fusion_genes),
    hotspots: new Map(Object.entries(file.hotspots)),
    exonHotspots: new Map((file.exon_hotspots ?? []).map((h) => [`${h.kind}:${h.exon}`, h.gene])),
    classHotspots: (file.class_hotspots ?? []).map((h) => ({
      re: new RegExp(`^(?:${h.pattern})$`, 'i'),
      gene: h.gene,
    })),
    expressionGenes: new Set(file.expression_genes),
    expressionForms: new Set(file.expression_forms.map((f) => f.toLowerCase())),
    driverGenes: new Set(file.drivers.map((d) => d.gene)),
    fusionPositiveGenes: new Set(file.fusion_positive_genes),
    slashFusionPairs: new Set(
      (file.slash_fusion_pairs ?? []).flatMap(([a, b]) => [`${a}/${b}`, `${b}/${a}`]),
    ),
    cancerGenes: new Set([...file.drivers.map((d) => d.gene), ...(file.cancer_genes ?? [])]),
    inheritedCancerGenes: new Set(file.cancer_genes ?? []),
    pharmacogenes: new Set(file.pharmacogenes ?? []),
    bloodTumourGenes: new Set(file.blood_tumour_genes ?? []),
    clonalBloodGenes: new Set(file.clonal_blood_genes ?? []),
  };
}

/** The report-layout patterns (`vocab/genetics/layout.yaml`), compiled once. */
export interface CompiledLayout {
  readonly clauseBreak: RegExp;
  /** A joint that breaks clauses on a lone line only (clauses.ts); null when none. */
  readonly loneLineJoint: RegExp | null;
  readonly descriptionLine: RegExp;
  /**
   * What an assay can find, said before the item in its sentence (`assay_scope_before`): tested on
   * the stretch of the item's line before it, so only a phrase with no full stop after it counts.
   */
  readonly assayScopeBefore: RegExp | null;
  /** The same right after the item (`assay_scope_after`), anchored at the item's end. */
  readonly assayScopeAfter: RegExp | null;
  readonly relativeRow: RegExp;
  readonly ownerAfter: RegExp;
  /** Cues of a relative's chart, each tried alone; the group `role` is the client's relation. */
  readonly relativeChart: readonly RegExp[];
  /** Relatives and the proband as words (global): in a relative's chart, not the patient. */
  readonly chartRelative: RegExp;
  /** After a relative: the variant is the relative's, carried by the client (母と同じ). */
  readonly sameAsAfter: RegExp;
  /** After a relative's result: it is known second-hand or unverified (と聞いている, 報告書なし). */
  readonly hearsayAfter: RegExp;
  /** The whole gap between two genes of a list ("FH, FLCN and BAP1"): blanks or one joiner. */
  readonly geneListJoiner: RegExp;
  /** After a Japanese gene with no result: the result is the previous gene's (METも同様であった). */
  readonly jaSameResultAfter: RegExp;
  /** After a Japanese item's result: a contrast and a later test's lead (が、今回は), its own result next. */
  readonly jaLaterResultAfter: RegExp | null;
  /** Right before a Japanese item: an earlier test's result, a relative clause ("前回陽性であった"). */
  readonly jaEarlierResultBefore: RegExp | null;
  /** English: an earlier result right before an item (`earlier_result_before`), anchored at its end. */
  readonly earlierResultBefore: RegExp | null;
  /** English: an earlier result bracketed after an item's result (`earlier_result_after`), anchored. */
  readonly earlierResultAfter: RegExp | null;
  /** In a Japanese sentence after an item's result: the turn to this patient (本例は), its result next. */
  readonly jaPatientTurn: RegExp | null;
  /**
   * A Japanese test's sample or source, each group a named capture (`ja_test_samples`: germline,
   * plasma, tissue), global; and the same anchored as a clause's topic (`ja_sample_topic_particles`).
   */
  readonly jaTestSample: RegExp | null;
  readonly jaSampleTopic: RegExp | null;
  /** Between another sample's topic and its negative: a class word of its own (`ja_sample_negative_subjects`). */
  readonly jaSampleNegativeSubject: RegExp | null;
  /** After a comma, a catch-all of the changes not named ("、その他", "、他に"; `ja_catch_all_others`). */
  readonly jaCatchAllOthers: RegExp | null;
  /** The named change's own class word before that comma (`ja_catch_all_entry_words`). */
  readonly jaCatchAllEntryWord: RegExp | null;
  /** An English word a gene row of a Japanese note may hold and stay Japanese (`ja_kept_english_row_words`). */
  readonly jaKeptEnglishRowWord: RegExp | null;
  /** The same in English: ", otherwise negative" (`en_catch_all_others`). */
  readonly enCatchAllOthers: RegExp | null;
  /** Between an English entry and the comma after it, words closing it as found (`en_closed_entry_words`). */
  readonly enClosedEntry: RegExp | null;
  /**
   * The joint from a named change to the next English comma entry, a sample or origin word
   * allowed after the comma (`en_comma_entry_samples`): ", germline ".
   */
  readonly enCommaEntryJoint: RegExp;
  /** The same joint ending in a germline test's gene-less call: ", germline (testing) ". */
  readonly enCommaGermlineTest: RegExp | null;
  /** Anywhere after a named change: a comma, then a sample or origin word opening the next entry. */
  readonly enCommaEntrySample: RegExp | null;
  /** Right after a named change: ", germline (testing) negative", the germline test's own call. */
  readonly enCommaGermlineCall: RegExp | null;
  readonly jaClassForAll: RegExp;
  /** Between a class word and its bracketed genes, their result: "融合遺伝子陰性（ALK）". */
  readonly jaClassResultBeforeList: RegExp | null;
  readonly germlineNoteTypes: RegExp;
  readonly somaticNoteTypes: RegExp;
  readonly receptorLine: RegExp;
  /** A stain marker's name alone (`stain_markers`: "HER2", "PgR", "Ki-67"). */
  readonly stainMarker: RegExp;
  /** A genomic signature with its own bare result ("HRD陰性", "MSI: negative"); null when none listed. */
  readonly signatureResult: RegExp | null;
  readonly expressionLine: RegExp;
  readonly expressionHeader: RegExp;
  readonly tableHeader: RegExp;
  readonly significanceColumn: RegExp;
  /** A table column holding only a classification, never the row's result; null when none. */
  readonly classOnlyColumn: RegExp | null;
  /** A class-only column's cell saying no class was given ("該当なし", "N/A"); null when none. */
  readonly classOnlyNoneCell: RegExp | null;
  /**
   * A row's last cell that is a class-only column's label and its value ("エビデンスレベル D",
   * "Tier IIB"): a headerless block's class column; null when none.
   */
  readonly classOnlyLabelledCell: RegExp | null;
  /**
   * A class-only column's label anywhere in a text (`class_only_columns`, unanchored): a text
   * without one holds no `classOnlyLabelledCell`, so its rows are not split into cells for it.
   */
  readonly classOnlyColumnAnywhere: RegExp | null;
  readonly significanceKey: RegExp;
  readonly otherNameBefore: RegExp;
  readonly otherNameColumn: RegExp;
  readonly testNoun: RegExp;
  /** A test noun right before an opening bracket ("melanoma panel ("), test_nouns. */
  readonly testNounBracket: RegExp;
  /** The verb right before a subject test's result ("… was negative"), subject_result_copulas. */
  readonly copulaBefore: RegExp;
  readonly eventBeforeGene: RegExp;
  /** A test's scope list and the result after it naming its own gene (`test_scope`); null when none. */
  readonly testScope: TestScope | null;
  readonly listGap: RegExp;
  readonly japaneseGap: RegExp;
  /** Words naming an earlier test on a result's line ("前回組織検査：KRAS 野生型"). */
  readonly earlierTest: RegExp;
  /** Words of the note's own retest after an earlier test's words (global): "当院で再検したところ". */
  readonly laterTest: RegExp;
  /**
   * A share of cells read against a cut-off, not a monitored level (`share_measure_words`): FISH,
   * 分離シグナル, 陽性率, カットオフ. A measured level beside one is the negative call's own measure.
   */
  readonly shareMeasure: RegExp;
  /** A measure field opening a row's field ("AF 47%", "depth 812x"): `measure_fields`. */
  readonly measureField: RegExp;
  /** A class cell pointing to a note below the table ("See comment"): `see_note_cells`. */
  readonly seeNoteCell: RegExp;
  /** A block's "Method:" row, group 1 its value: `method_labels` (multiline). */
  readonly blockMethodRow: RegExp;
  /** Anchored right after a gene: its MRD or quantified transcript assay (`quantity_*`). */
  readonly quantityAfter: RegExp;
  /**
   * Anchored after an item's first call: a second, opposite call of it in another sample or by
   * another method ("negative in plasma, positive in tissue"); group 1 runs up to that call,
   * group 2 is the call (`discordant_*`). Null when the vocabulary has none.
   */
  readonly discordantPositive: RegExp | null;
  readonly discordantNegative: RegExp | null;
  /**
   * After a first call inside the bracket after a change, up to the bracket's close and the
   * course words, then the opposite call ("T790M (detected 2022) now lost"); group 1 runs up to
   * that call, group 2 is the call. Null when the vocabulary has none.
   */
  readonly discordantBracketPositive: RegExp | null;
  readonly discordantBracketNegative: RegExp | null;
  /**
   * Right after a named change with no call of its own: its sample, a comma, then another
   * sample's negative ("EGFR L858R in tissue, not detected in plasma"); group 1 runs to the call.
   */
  readonly discordantUnsigned: RegExp | null;
  /** Right after a gene, a residual-disease assay of its known change ("NPM1 MRD"). */
  readonly trackedChangeAfter: RegExp;
  /** Right before a gene, the same assay heading it ("MRD (NPM1 type A)", "MRD by NPM1 qPCR"). */
  readonly trackedChangeBefore: RegExp;
  /** Anchored after a negation: a change other than one named before ("no second RET change"). */
  readonly otherChangeAfter: RegExp | null;
  /** A line giving the reason for a test ("検査理由：腫瘍で BRCA2 … を検出"): an earlier result. */
  readonly reasonLine: RegExp;
  /** A Japanese plan line ("推奨：…BRAF V600E 陽性大腸癌として保険適用あり"); null when none. */
  readonly jaPlanLine: RegExp | null;
  /** A Japanese result closed as the reason for the next step ("…認めなかったため、"). */
  readonly jaNextStepTurn: RegExp;
  /**
   * Anchored after a change: an allele fraction written right after it, or after its closing
   * bracket (`allele_share_labels`: " 1.1%,", "（VAF 47%）、", "（c.183A>C）cfDNA 0.9%、").
   */
  readonly measuredAfter: RegExp;
  /** Anchored after a gene: one exon named, not a range or a list of exons (`exon_words`). */
  readonly geneExon: RegExp;
  /** Exons named with the number first, each with groups `number` and `word` (`exon_numbers_first`). */
  readonly exonNumberFirst: readonly RegExp[];
  /** A share against its bracketed cut-off, groups `share`, `cutoff`, `call` (`ja_share_cutoffs`). */
  readonly shareCutoffs: readonly RegExp[];
  /** The calls read for a share under / at or over its cut-off (`ja_share_cutoff_calls`). */
  readonly shareCutoffCalls: { readonly below: string; readonly reached: string } | null;
  /** Anchored after a gene: its own negative, closed by a comma (`gene_negative_closes`). */
  readonly geneNegativeCloses: RegExp;
  /** Anchored after a gene: its own positive, closed by a comma (`gene_positive_closes`). */
  readonly genePositiveCloses: RegExp | null;
  /** Anchored after a gene: its own positive naming the tumour (`gene_positive_disease`). */
  readonly genePositiveDisease: RegExp | null;
  /** From a negation to the bracket after it: actionability only (`unactionable_found_brackets`). */
  readonly unactionableFoundBracket: RegExp | null;
  /** Words naming the note's own person ("本人", "the patient"). */
  readonly selfWord: RegExp;
  /** A line label naming a DNA test ("Germline panel:"), dna_test_labels. */
  readonly dnaTestLabel: RegExp;
  /** A germline test's heading line over gene rows (`germline_report_rows.headings`); null when none. */
  readonly germlineReportHeading: RegExp | null;
  /** A word that makes a gene row a stain's (`germline_report_rows.stain_words`); null when none. */
  readonly germlineReportStainWord: RegExp | null;
  /** A test's label head, and a relative's reason in its bracketed aside (test_label_heads). */
  readonly testLabelHead: RegExp;
  readonly asideReason: RegExp;
  /** The label opening a clinical-history paragraph ("Clinical information:"). */
  readonly clinicalParagraph: RegExp;
  /** A result table header's cell naming what a column holds (`result_table_item_cells`). */
  readonly resultTableItemCell: RegExp;
  /** A result table header's result column (`result_table_call_cells`). */
  readonly resultTableCallCell: RegExp;
  /** Words beside a table header's class word (`result_table_class_qualifiers`), global. */
  readonly resultTableClassQualifier: RegExp;
  /** A commentary section's label opening a line ("Interpretation:"). */
  readonly commentaryLabel: RegExp;
  /** Japanese commentary labels (`ja_commentary_labels`), closed by either colon. */
  readonly jaCommentaryLabel: RegExp;
  /** Right after a change, a suspicion of its source ("change can also be inherited"). */
  readonly sourceSuspicionAfter: RegExp;
  /**
   * Right before a relative's change, the relative's tumour holding it ("sister's lung cancer had",
   * "brother with AML (") (`relative_tumour_leads` / `_nouns` / `_joins`); null when none.
   */
  readonly relativeTumourBefore: RegExp | null;
  /**
   * Right after a relative's change, the tumour it qualifies ("EGFR-mutant lung cancer", "KRAS
   * G12C lung cancer", "JAK2-positive polycythemia"): `relative_tumour_nouns` within three words;
   * null when none.
   */
  readonly relativeTumourAfter: RegExp | null;
  /** A conclusion drawn after a result, to the end of its clause (", so this is acquired"). */
  readonly conclusionAfter: RegExp;
  /** A numbered test block's heading opening a line ("TEST 3: MPL exon 10 (W515L/K)"). */
  readonly testBlockHead: RegExp;
  /** The label of a test block's result line ("  Result: not detected."); group 1 is the call. */
  readonly testBlockResult: RegExp;
  /** An unnumbered test line's key opening its line ("Test: ALK FISH", "Test name: …"). */
  readonly testKeyHead: RegExp | null;
  /**
   * A Japanese key-value test block: its test line's key ("検査項目：", "【検査】"), its other rows'
   * keys ("検体：", "【方法】") and its result line ("結果：陰性", "【結果】検出されず", "　結果　陰性";
   * group 1 is the call; keys `ja_result_line_keys`).
   */
  readonly jaTestKeyHead: RegExp | null;
  readonly jaTestBlockRow: RegExp | null;
  readonly jaTestBlockResult: RegExp;
  /** A sentence's test words and the next sentence's key ("結果は", "判定："); group 1 the call. */
  readonly jaSentenceCallTest: RegExp | null;
  readonly jaSentenceCall: RegExp;
  /** A withheld call in a gene's sentence ("ROS1：判定保留。"; `ja_withheld_calls`). */
  readonly jaWithheldCall: RegExp | null;
  /** A relative speaking of the patient ("妻より：夫は"; `ja_speaker_patient_words`), global. */
  readonly jaSpeakerPatient: RegExp | null;
  /** A bare germline BRCA label with a positive call ("gBRCA+"; `germline_brca_labels`). */
  readonly germlineBrcaLabel: RegExp | null;
  /** The next sentence opened by a retest, group 1 its call ("再検で陰性"; `ja_retest_call_leads`). */
  readonly jaRetestCall: RegExp | null;
  /** The same retest leads anywhere (global): a result read after them is the retest's. */
  readonly jaRetestLead: RegExp | null;
  /** A confirmatory test's call opening a clause ("FISH negative"): it continues the clause before. */
  readonly continuingCall: RegExp | null;
  /** Result templates printing every option with the chosen one marked (choices.ts). */
  readonly choiceList: ChoiceListRules | null;
  /** A clause opened by one allele of repeat sizes told just before ("The 41-repeat allele is …"). */
  readonly alleleReference: RegExp;
  /** In the gap of a subject test and its result, a clause or subject of its own (subject_gap_stops). */
  readonly subjectGapStop: RegExp;
  /** Words between a gene and its test noun ("mutation", "hotspot"), test_noun_modifiers. */
  readonly testNounModifiers: RegExp;
  /** A fusion told in words between its genes ("fused with", "is fused in frame to"), fusion_verbs. */
  readonly fusionVerbJoint: RegExp;
  /** A label naming the test of the sentence before ("Same 30-gene panel:"), same_test_nouns. */
  readonly sameTest: RegExp;
  /**
   * A gene-family name right before a class word, not joined to a list ("BRAF V600E, no FGFR
   * fusion"): the class is the family's, not the gene's before it (family_names).
   */
  readonly familyBeforeClass: RegExp | null;
  /**
   * A gene-family name standing as a member of a gene list, with its comma ("RET, NTRK and ALK
   * fusions"): no gene of its own, so the genes around it still make one list (family_names).
   */
  readonly familyListMember: RegExp | null;
  /** Words saying a change was given no class ("no tier given"), no_class_stated. */
  readonly noClassStated: RegExp | null;
  /** A Japanese reference opened by a relative as its subject ("妹（40）は"), reference_relatives. */
  readonly relativeReferenceJa: RegExp;
  /** Before a variant, the patient and a relative as joint subjects ("he and his father share"). */
  readonly coSubjectBefore: RegExp;
  /** After a variant, a relative sharing it (", as does her sister"). */
  readonly coSubjectAfter: RegExp;
  /**
   * Between a negation and a variant, the relative who owns it (" her sister's ", " his late
   * father's familial "), from the same relatives and qualifiers as the joint subjects.
   */
  readonly relativeOwnerGap: RegExp;
  /**
   * In a family-history field, the turn to the reason for the patient's own test ("これを契機に",
   * "…を疑い" unless a relative suspects it): family_reason_turns, family_reason_suspicions.
   */
  readonly familyReasonTurn: RegExp;
  /** A line that is only a result after a dash ("- not detected.", "- no mutation by Sanger"). */
  readonly resultAfterDash: RegExp;
  /** A line of prose cut mid-phrase: it ends in a preposition, article, auxiliary or comma. */
  readonly cutMidPhrase: RegExp;
  /** Right after a gene: the words naming it as a fusion's partner ("with BICC1 as partner"). */
  readonly partnerWordAfter: RegExp;
  /** The variant as "it"/"this …", then its class verb further on ("it … is classified LP"). */
  readonly classToldOfVariant: RegExp;
  /** Right after a variant, its class told of it ("The laboratory classes this as"). */
  readonly classBackReference: RegExp;
  /** The next sentence classing the changes just listed together ("Both are reported pathogenic"). */
  readonly classTogether: RegExp | null;
  /** After a tumour variant, the blood (germline) check of it negative ("血液からは検出されなかった"). */
  readonly jaBloodCheckNegative: RegExp;
  /** The same check positive ("血液でも同じものが見つかっており"). */
  readonly jaBloodCheckPositive: RegExp;
  /** A bare result line, naming no change, negative ("結果：検出されず（…）"). */
  readonly jaResultLineNegative: RegExp;
  /**
   * A Japanese label line, a gene and only a class, 検査, a method, colon or bracket after it
   * ("ALK融合遺伝子", "【MET遺伝子増幅】："), and the result that opens the line under it ("陰性",
   * "判定：（－）"): ja_label_line_classes, ja_label_line_results; null without them.
   */
  readonly jaLabelLine: RegExp | null;
  /** A label line marked as a field: a colon or 【】 around it, or a test word (ja_label_line_tests). */
  readonly jaLabelLineMarked: RegExp;
  readonly jaLabelLineResult: RegExp | null;
  /** A Japanese line ending mid-phrase at a particle (ja_cut_line_particles); null without them. */
  readonly jaCutLine: RegExp | null;
  /** The key of a Japanese class sentence, joined by a particle ("判定は"); matches always. */
  readonly jaClassSentenceLead: RegExp;
  /** What may follow the class in that sentence ("と判定", "です", "（ACMG）"). */
  readonly jaClassSentenceTail: RegExp;
  /** A count of genes of a test listed before ("両遺伝子とも", "4遺伝子のいずれにも"), global. */
  readonly jaCountedGenes: RegExp;
  /** An inherited syndrome named by its gene (group 1), global: "MUTYH-associated polyposis". */
  readonly geneNamedSyndrome: RegExp;
  /** A Japanese hereditary syndrome with its gene (group 1) bracketed after it, global. */
  readonly jaGeneNamedSyndrome: RegExp;
  /** The same syndrome and bracket right before a gene (anchored at the text's end). */
  readonly jaSyndromeBeforeGene: RegExp;
  /**
   * Anchored at the end of the words before an English gene: a hereditary syndrome it is named
   * for ("Lynch syndrome (", "Lynch syndrome, ", "Li-Fraumeni syndrome due to a "); group 1 is
   * set when the gene stands in the syndrome's bracket (`en_gene_syndromes`).
   */
  readonly enSyndromeBeforeGene: RegExp | null;
  /** Anchored right after an English gene: a carrier word ("MLH1 carrier", `en_carrier_words`). */
  readonly enCarrierAfterGene: RegExp | null;
  /**
   * Anchored right after an English gene: the hereditary syndrome it causes ("-associated Lynch
   * syndrome", " Lynch syndrome"; `en_gene_syndrome_joins`, `en_gene_syndromes`).
   */
  readonly enSyndromeAfterGene: RegExp | null;
  /** Anchored right after an English gene: "type" ("Lynch syndrome, MSH2 type"). */
  readonly enSyndromeGeneType: RegExp | null;
  /**
   * Anchored right after an inherited-cancer gene: the tumour it caused ("-associated breast
   * cancer"; `en_gene_tumour_joins`).
   */
  readonly enTumourAfterGene: RegExp | null;
  /** Anchored at the end of the words before that gene: a risk of such tumours, no result. */
  readonly enGeneTumourRefusedLead: RegExp | null;
  /**
   * Anchored at a gene that is also a word: the gene with its own negative glued after it
   * ("EGFR陰性", "EGFR：陰性", "EGFR（－）", "EGFR negative"; `word_gene_own_negative`).
   */
  readonly wordGeneOwnNegative: RegExp | null;
  /** Anchored at the end of the words before it: "negative for" (`word_gene_own_negative_before`). */
  readonly wordGeneOwnNegativeBefore: RegExp | null;
  /**
   * Anchored at a gene that is also a word: its own positive glued after it ("EGFR陽性",
   * "EGFR(+)"; `word_gene_own_positive`), and what makes it a driver's on its line (a lung cancer,
   * an EGFR-TKI; `word_gene_own_positive_context`).
   */
  readonly wordGeneOwnPositive: RegExp | null;
  readonly wordGeneOwnPositiveContext: RegExp | null;
  /** The same syndrome bracketed alone right after a finding: "MLH1 c.1A>G（リンチ症候群）". */
  readonly jaSyndromeAfterItem: RegExp;
  /** A Japanese statement settling a finding's origin: "生殖細胞系列由来と判明". */
  readonly jaOriginSettled: RegExp;
  /** A Japanese confirmation test that found the finding: "確認検査で同バリアントを検出". */
  readonly jaGermlineConfirmation: RegExp;
  /** English: a germline confirmation that found the finding (`germline_confirmations`). */
  readonly germlineConfirmation: RegExp | null;
  /** A Japanese confirmation test that did not find it: "生殖細胞系列確認検査：陰性". */
  readonly jaGermlineConfirmationNegative: RegExp | null;
  /** Anchored right after a Japanese finding: a source word of its own ("（生殖細胞系列）"). */
  readonly jaOriginAttached: RegExp | null;
  /** Global: the end of a Japanese test's reason, the test done ("…疑いにて検査施行、"). */
  readonly jaTestReasonEnd: RegExp | null;
  /** Global: a contrast closing a Japanese hypothesis ("…が疑われたが、"); also in jaTestReasonEnd. */
  readonly jaHypothesisClose: RegExp | null;
  /** Anchored after a Japanese positive: its disease phrase closed ("…陽性肺腺癌に対し"). */
  readonly jaPositivePhraseClose: RegExp | null;
  /** After a Japanese finding: a doubt of its origin ("生殖細胞系列由来の可能性"). */
  readonly jaOriginHedge: RegExp | null;
  /** Anchored right after an English finding: a source word of its own ("(germline)", "is somatic"). */
  readonly originAttached: RegExp | null;
  /** Global: the end of an English test's reason, the result next ("… testing for X showed"). */
  readonly testReasonEnd: RegExp | null;
  /** After an English finding: a doubt of its origin ("possible germline origin"). */
  readonly originHedge: RegExp | null;
  /** Global: a Japanese source label before findings on its line ("体細胞："). */
  readonly jaOriginLabel: RegExp | null;
  /** Global: an English source label or prefix before findings in its sentence ("germline:"). */
  readonly originLabel: RegExp | null;
  /** The test words between a gene and a same-variant reference that is its result. */
  readonly jaReferenceTestLead: RegExp;
  /** A Japanese test of the note's own time ("今回"), decision 30. */
  readonly currentTest: RegExp;
  /** A class-specific test (group 1: its class words) before its gene: "the ITD assay for". */
  readonly assayFor: RegExp;
  /** The guideline naming a tier at a line's start ("AMP/ASCO/CAP Tier I."). */
  readonly tierGuideline: RegExp;
  /** Between a gene and a class: its test and a verb of looking for ("analysis looked for an"). */
  readonly geneTestSought: RegExp;
  /** Between a gene and a class: a test verb, then the class ("was checked by … and the"). */
  readonly geneTestedThenClass: RegExp;
  /** Words of an ISH measurement between a gene and its call (signals per cell, a ratio). */
  readonly ishMeasurement: RegExp;
  /**
   * The Japanese measurements of an ISH line, and nothing else, up to the call: "/CEP17比 2.5、
   * 平均コピー数 6.0 で、今回は", "シグナル数 8.2、比 3.1 で". (Not a guideline group between, "…、
   * ASCO/CAPグループ5、増幅なし", whose call is read only after an arrow.)
   */
  readonly jaIshMeasurement: RegExp;
  readonly jaIshCallRow: RegExp;
  /** Between a gene and "biallelic loss": its variant, named or written. */
  readonly secondHitAfter: RegExp;
  /** Between a kinase gene and its partner, a Japanese fusion's particle ("FGFR2はBICC1との融合"). */
  readonly jaFusionBetween: RegExp;
  /** After two genes joined by と, words reading them as a group ("…の融合はいずれも陰性"). */
  readonly jaFusionAndGroup: RegExp;
  /** The rest of a parenthesis of examples: "、G13Dを含む）", "など）". */
  readonly includedInParenthesis: RegExp;
  /** A passive test verb right after a gene ("was (then) Sanger-sequenced", "were also tested"). */
  readonly testedAfterGene: RegExp;
  /** A semicolon or colon, then a pronoun subject and its copula, right before a result word. */
  readonly pronounResultLead: RegExp;
  /** A negation that is one bare word ("no", "without"): what it negates is written after it. */
  readonly bareNegation: RegExp;
  /** A line opening with an AMP tier as a sentence ("Tier IIC. Hotspot …", "Tier III."). */
  readonly tierFirst: RegExp;
  /** A Japanese variant introduced as found, in a relative clause before it ("パネルで見つかった"). */
  readonly jaFoundBefore: RegExp;
  /** Words a heading may hold beside its class: "Pathogenic variants (2)". */
  readonly headingWords: RegExp;
  /** After the second gene: "と(の)" and a fusion word, or "が" and a joining verb ("との融合"). */
  readonly jaFusionAfter: RegExp;
  /** After two genes joined by と: "の" and a fusion word, or a joining verb ("の融合", "が融合"). */
  readonly jaFusionAndAfter: RegExp;
  /** After two genes joined by a slash: a fusion word ("PML/RARAの融合", "BCR/ABL1 fusion"). */
  readonly slashFusionAfter: RegExp;
  /** Right after a positive result, a group of patients ("陽性例", "陽性の患者"). */
  readonly caseGroupAfter: RegExp;
  /** A negative heading an "including" list, between a gene and a variant of that list. */
  readonly includingAfterNegative: RegExp;
  /**
   * A bracket of examples opened right after the gene ("KRAS (including G12C, G12D", "EGFR (incl.
   * exon 19 deletions"; `including_words`): the changes in it are examples, the gene keeps its own
   * result (decisions 75 and 89).
   */
  readonly includingBracketOpen: RegExp;
  /** ", <aside>, was also checked:" between a named variant and its result. */
  readonly checkedAfterAside: RegExp;
  /** The words before a coding change that restate the change named before it ("confirmed it as"). */
  readonly confirmedAs: RegExp;
  /** Female relatives, for a pronoun's antecedent (cousin, sibling, parent, child: either). */
  readonly femaleRelative: RegExp;
  /** "It showed", "That test found": a sentence telling the result of the test before, test_told_openers. */
  readonly testToldOpener: RegExp | null;
  /** Male relatives, for a pronoun's antecedent. */
  readonly maleRelative: RegExp;
  /** A relative opening a sentence as the subject of two verbs joined by "and" ("… and was found"). */
  readonly relativeSubjectCoordinated: RegExp;
  /** A relative, then a first name (group 1), global: "her sister Ruth", "his brother, Daniel". */
  readonly relativeNamedAfter: RegExp;
  /** A first name (group 1), then a relative, global: "Ruth (her sister)", "Ruth, his sister". */
  readonly relativeNamedBefore: RegExp;
  /** The sentence before a pronoun's reference, opened by a relative as its subject. */
  readonly pronounRelativeAntecedent: RegExp;
  /** Right after a same-variant reference, the relative it is compared with ("as her mother"). */
  readonly sameAsRelativeAfter: RegExp;
  /** A sentence opened by a first name's test that found its result ("Arjun's genetic testing found"), the name group 1. */
  readonly namedPossessiveTest: RegExp;
  /** Right after a variant, the parent it came from ("was inherited from the mother"). */
  readonly inheritedFromParent: RegExp;
  /** The same with the verb left out after an earlier one ("… and c.101T>C from the father"). */
  readonly fromParent: RegExp;
  /** A verb of inheriting from a parent (global). */
  readonly inheritedFromVerb: RegExp;
  /** A carrier result whose only subject is a pronoun opening it ("she carries it too"). */
  readonly pronounCarrier: RegExp;
  /** The rest of a variant's phrase up to the relative it was found in ("previously found in her sister"). */
  readonly foundInRelative: RegExp;
  /** A reason word opening a phrase, up to four words before a relative ("because his brother"). */
  readonly reasonBeforeRelative: RegExp;
  /** A relative as the subject, an aside between commas, then the result's verb. */
  readonly relativeSubjectPastAside: RegExp;
  /** A result word that names the list it is about: "in any of them", "none of these", "both genes". */
  readonly backReference: RegExp;
}

/** ", germline (testing) (was) :" after a named change, up to a gene-less call (`en_comma_entry_samples`). */
function germlineTestLead(germline: readonly string[]): string {
  return `\\s*[)\\]]?\\s*,\\s*(?:${alternation(germline)})(?:[ \\t]+(?:testing|test|panel|sequencing|results?))?(?:[ \\t]+(?:was|is|came[ \\t]+back))?[ \\t]*[:-]?[ \\t]*`;
}

export function compileLayout(file: LayoutFile): CompiledLayout {
  const any = (list: readonly string[]) => `(?:${alternation(list)})`;
  const latin = (list: readonly string[]) => list.filter((p) => /^[A-Za-z]/.test(p));
  const other = (list: readonly string[]) => list.filter((p) => !/^[A-Za-z]/.test(p));
  // English words are whole words; Japanese ones are not.
  const words = (list: readonly string[]) =>
    [
      ...(latin(list).length ? [`(?<![A-Za-z])${any(latin(list))}(?![A-Za-z])`] : []),
      ...(other(list).length ? [any(other(list))] : []),
    ].join('|');
  // (A sample or method, with at most two words before it: "by RNA NGS", "on the re-biopsy".)
  // A test's sample, method or time after a link ("in plasma", "on the 2024 rebiopsy"), or its
  // time alone or in a bracket ("2025", "(plasma, 2022)"): each call of a change with its own
  // test (decision 36). (Bounded: linear in the line.)
  const times = file.discordant_times ?? [];
  const bare = times.length ? `|\\([^()\\n]{1,30}\\)|${any(times)}(?![\\w/])` : '';
  const sample = (list: readonly string[]) =>
    `(?:${any(file.discordant_links ?? [])}[ \\t]+(?:(?:the|a|an)[ \\t]+)?(?:[\\w-]{1,15}[ \\t]+){0,2}?${any([...list, ...times])}(?![A-Za-z])${bare})`;
  // Between two calls: a comma, a semicolon, an arrow or a dash, and a word of the course.
  const between = `(?:[ \\t]*(?:[,;]|->|→|=>|[-–](?=[ \\t]))[ \\t]*|[ \\t]+)(?:(?:but|and|while|whereas|yet|though|now|since|then|subsequently|later|currently)[ \\t]+){0,2}`;
  const discordant = (calls: readonly string[] | undefined) =>
    calls?.length && file.discordant_samples?.length && file.discordant_links?.length
      ? new RegExp(
          `^([ \\t]{0,2}${sample(file.discordant_samples)}${between}(?:(?:was|were|is|are)[ \\t]+)?)(${any(calls)})(?![A-Za-z])[ \\t]*${sample(file.discordant_samples)}`,
          'i',
        )
      : null;
  const bracketCourse = (calls: readonly string[] | undefined) =>
    calls?.length && file.discordant_course_words?.length
      ? new RegExp(
          `^([^()\\n]{0,30}\\)[ \\t]*(?:[,;][ \\t]*)?(?:${any(file.discordant_course_words)}[ \\t]+){0,3})(${any(calls)})(?![A-Za-z])`,
          'i',
        )
      : null;
  return {
    clauseBreak: new RegExp(`[;；。]|${words(file.contrast_words)}`, 'giu'),
    loneLineJoint: file.lone_line_joints?.length
      ? new RegExp(alternation(file.lone_line_joints), 'giu')
      : null,
    // (A label may follow a footnote mark, "＊測定対象：…", "注）…", or be a bracketed heading,
    // "【検査対象】EGFR（エクソン19欠失、L858R…）"; ja decisions 21 and 27.)
    descriptionLine: new RegExp(
      `^[\\s\\-*•・＊※]*(?:注\\d?[）):：]|[（(]注\\d?[）)])?[\\s　]*(?:${any(file.description_labels)}\\s*[:：]|【${any(file.description_labels)}[^】\\n]{0,12}】)${
        file.coverage_lines?.length ? `|${any(file.coverage_lines)}` : ''
      }`,
      'i',
    ),
    // (A dot inside a change or a number, "p.L858R", "0.1%", is no full stop.)
    assayScopeBefore: file.assay_scope_before?.length
      ? new RegExp(`(?:${words(file.assay_scope_before)})(?:[^.;\\n]|\\.(?=[\\w%]))*$`, 'i')
      : null,
    assayScopeAfter: file.assay_scope_after?.length
      ? new RegExp(`^(?:${words(file.assay_scope_after)})`, 'i')
      : null,
    // A row or phrase opening with a relative, after a possessive ("her son Luke (8) tested"),
    // not as the owner of what follows ("her father's MSH6 variant").
    relativeRow: new RegExp(
      `^\\s*[・\\-*•]?\\s*(?:(?:his|her|your|their)\\s+)?(?:(?:paternal|maternal)\\s+|${any(file.relative_sides)})?${any(file.relatives)}(?![A-Za-z]|['’]s\\b)`,
      'i',
    ),
    ownerAfter: new RegExp(`^${any(file.owner_after)}`),
    relativeChart: file.relative_chart.map((p) => new RegExp(p, 'im')),
    chartRelative: new RegExp(words([...file.relatives, ...file.chart_relatives]), 'gi'),
    sameAsAfter: new RegExp(`^${any(file.same_as_after)}`, 'i'),
    hearsayAfter: new RegExp(any(file.hearsay_after)),
    geneListJoiner: new RegExp(`^[ \\t]*(?:${any(file.gene_list_joiners)}[ \\t]*)?$`, 'i'),
    jaSameResultAfter: new RegExp(`^${any(file.ja_same_result_after)}`),
    jaLaterResultAfter: file.ja_later_result_after?.length
      ? new RegExp(`^${any(file.ja_later_result_after)}`)
      : null,
    jaEarlierResultBefore: file.ja_earlier_result_before?.length
      ? new RegExp(`(?:${any(file.ja_earlier_result_before)})[ \\t　]*$`)
      : null,
    earlierResultBefore: file.earlier_result_before?.length
      ? new RegExp(`(?:${any(file.earlier_result_before)})[ \\t]*$`, 'i')
      : null,
    earlierResultAfter: file.earlier_result_after?.length
      ? new RegExp(`^[ \\t]*(?:${any(file.earlier_result_after)})`, 'i')
      : null,
    jaPatientTurn: file.ja_patient_turn?.length ? new RegExp(any(file.ja_patient_turn)) : null,
    jaTestSample: sampleGroups(file.ja_test_samples, any, 'g'),
    jaSampleTopic:
      file.ja_test_samples && file.ja_sample_topic_particles?.length
        ? new RegExp(
            `^[ \\t　]*${sampleGroups(file.ja_test_samples, any, '')!.source}(?:検体)?[ \\t　]*${any(file.ja_sample_topic_particles)}`,
          )
        : null,
    jaSampleNegativeSubject: file.ja_sample_negative_subjects?.length
      ? new RegExp(any(file.ja_sample_negative_subjects))
      : null,
    jaCatchAllOthers: file.ja_catch_all_others?.length
      ? new RegExp(
          // (Or an exception glued to the named change, `ja_except_after`: "KRAS G12D以外に".)
          `[、,，;；][ \\t　]*${any(file.ja_catch_all_others)}${
            file.ja_except_after?.length ? `|${any(file.ja_except_after)}` : ''
          }`,
        )
      : null,
    jaCatchAllEntryWord: file.ja_catch_all_entry_words?.length
      ? new RegExp(`^[ \\t　]*${any(file.ja_catch_all_entry_words)}`)
      : null,
    jaKeptEnglishRowWord: file.ja_kept_english_row_words?.length
      ? new RegExp(`^${any(file.ja_kept_english_row_words)}$`, 'i')
      : null,
    enCatchAllOthers: file.en_catch_all_others?.length
      ? new RegExp(`[,;][ \\t]*${any(file.en_catch_all_others)}(?![A-Za-z])`, 'i')
      : null,
    enClosedEntry: file.en_closed_entry_words?.length
      ? new RegExp(`^[ \\t]+${any(file.en_closed_entry_words)}[ \\t]*,[ \\t]*$`, 'i')
      : null,
    enCommaEntryJoint: new RegExp(
      `^\\s*[)\\]]?\\s*,\\s*${
        file.en_comma_entry_samples
          ? `(?:${any([...file.en_comma_entry_samples.germline, ...(file.en_comma_entry_samples.other ?? [])])}[ \\t]+)?`
          : ''
      }$`,
      'i',
    ),
    enCommaGermlineTest: file.en_comma_entry_samples
      ? new RegExp(`^${germlineTestLead(file.en_comma_entry_samples.germline)}$`, 'i')
      : null,
    enCommaEntrySample: file.en_comma_entry_samples
      ? new RegExp(
          `,[ \\t]*${any([...file.en_comma_entry_samples.germline, ...(file.en_comma_entry_samples.other ?? [])])}(?![\\p{L}\\p{N}])`,
          'iu',
        )
      : null,
    enCommaGermlineCall: file.en_comma_entry_samples
      ? new RegExp(
          `^${germlineTestLead(file.en_comma_entry_samples.germline)}${any(file.en_comma_entry_samples.germline_calls)}(?![\\p{L}\\p{N}])`,
          'iu',
        )
      : null,
    // The bracket a class word opens with, said of every row before it: "…（いずれも融合遺伝子）".
    jaClassForAll: new RegExp(`[（(]\\s*${any(file.ja_class_for_all)}\\s*(?:の|が|は)?\\s*$`),
    jaClassResultBeforeList: file.ja_class_result_before_list?.length
      ? new RegExp(`^\\s*(?:遺伝子)?\\s*(?:${any(file.ja_class_result_before_list)})\\s*[(（]\\s*$`)
      : null,
    germlineNoteTypes: new RegExp(any(file.germline_note_types), 'i'),
    somaticNoteTypes: new RegExp(any(file.somatic_note_types), 'i'),
    receptorLine: new RegExp(
      `(?<![A-Za-z0-9])${any(file.stain_markers)}\\s*(?:\\(IHC\\)\\s*)?[:：]?\\s*(?:positive|negative|pos|neg|\\+|[-−]|\\d{1,3}\\s*%|陽性|陰性)`,
      'i',
    ),
    stainMarker: new RegExp(`^(?:${any(file.stain_markers)})$`, 'i'),
    signatureResult:
      file.signature_markers?.length && file.signature_results?.length
        ? new RegExp(
            `${any(file.signature_markers)}\\s*[:：]?\\s*${any(file.signature_results)}`,
            'giu',
          )
        : null,
    expressionLine: new RegExp(
      // (Also a label in a bracketed heading opening the line: "【免疫組織化学】IDH1 R132H：陰性".)
      `^[\\s\\-*•・【■]*${any(file.stain_line_labels)}[^:：\\n]{0,20}[:：]`,
      'i',
    ),
    expressionHeader: new RegExp(
      `^[\\s#*【■●-]*${any(file.stain_headers)}(?:\\s*(?:results|studies|panel))?[\\s:：】]*$`,
      'i',
    ),
    tableHeader: new RegExp(words(file.table_header_words), 'i'),
    significanceColumn: new RegExp(`^${any(file.significance_columns)}$`, 'i'),
    classOnlyColumn: file.class_only_columns?.length
      ? new RegExp(`^${any(file.class_only_columns)}$`, 'i')
      : null,
    classOnlyNoneCell: file.class_only_none_cells?.length
      ? new RegExp(`^${any(file.class_only_none_cells)}$`, 'i')
      : null,
    classOnlyLabelledCell: file.class_only_columns?.length
      ? new RegExp(
          `^${any(file.class_only_columns)}\\s*[:：]?\\s*(?:[A-F]|I{1,3}|IV|V|[ⅠⅡⅢⅣⅤ])[A-D]?$`,
          'i',
        )
      : null,
    classOnlyColumnAnywhere: file.class_only_columns?.length
      ? new RegExp(any(file.class_only_columns), 'i')
      : null,
    significanceKey: new RegExp(
      // "Classification: PATHOGENIC", or a dotted key-value row ("Classification ..... Pathogenic").
      // (Not \b: it never holds after a Japanese key, "判定：Pathogenic".)
      // (Or a bracketed key, "【判定】Pathogenic".)
      // (Or a key-value row aligned by spaces or a tab: "Classification  Class 3 - uncertain".)
      `^[\\s\\-*•]*(?:${any(file.significance_keys)}(?![A-Za-z0-9])(?:[^:：]{0,60}[:：]|\\s*\\.{3,}|(?= {2}|\\t)[ \\t]+(?=\\S))|【${any(file.significance_keys)}】)`,
      'i',
    ),
    otherNameBefore: new RegExp(`${any(file.other_name_before)}\\s*[:：(（]?\\s*$`, 'i'),
    otherNameColumn: new RegExp(any(file.other_name_columns), 'i'),
    testNoun: new RegExp(`^\\s*(?:\\(?s\\)?\\s*)?${any(file.test_nouns)}`, 'i'),
    testNounBracket: new RegExp(`(?<![A-Za-z])${any(file.test_nouns)}\\s*[(（]$`, 'i'),
    copulaBefore: new RegExp(`(?<![A-Za-z])${any(file.subject_result_copulas)}\\s*$`, 'i'),
    testScope: file.test_scope
      ? compileTestScope(file.test_scope, file.test_block_result_labels)
      : null,
    eventBeforeGene: new RegExp(
      // A cell of a table row ("Amplification | ERBB2 | copy number 22") or a heading with a
      // colon ("No fusions detected for: ALK, BRAF, …") links the class word to the gene too.
      // A class word heading a parenthesised list or a label ("Fusions (ALK, ROS1, RET): none
      // detected", "Fusions: ALK, ROS1 not detected") names the class of each gene of it, and
      // so does a negated one before its bracket ("no amplifications detected (ERBB2, MYC …)").
      // "Fusion analysis negative for RET, ALK …": the class's test and its call, then the list.
      // The bracket may say first what the test covers, then lead to the genes ("Gene fusions
      // (112 fusion types, including RET, NTRK1/3 …): none detected"; event_bracket_leads).
      `^\\s*(?:[|\\t]\\s*|(?:(?:detected|identified|seen|found|genes?)\\s*)?[(（]\\s*(?:(?:[^()（）\\n:：]{0,40}?[\\s,])?${any(file.event_bracket_leads)}\\s+)?|[:：]\\s*|(?:(?:analysis|testing|assay|studies)\\s+(?:(?:was|is)\\s+)?(?:negative|positive)\\s+)?(?:(?:detected|identified|seen|found)\\s+)?${any(file.event_gene_links)}\\s*[:：]?\\s+(?:the\\s+)?)$`,
      'i',
    ),
    // (A gene-family name is a member of the list with no gene of its own: "RET/PTC, NTRK and
    // ALK fusions: not detected", family_names.)
    listGap: new RegExp(
      `^(?:${alternation([...file.list_gap_words, ...(file.family_names ?? [])])}|\\d+|\\/|&)$`,
      'i',
    ),
    japaneseGap: new RegExp(
      `${any(file.japanese_gap_words)}|[\\s、,，・:：()（）「」/／はもがをのにでと]`,
      'gu',
    ),
    earlierTest: new RegExp(words(file.earlier_test_labels), 'i'),
    laterTest: new RegExp(any(file.later_test_words), 'g'),
    shareMeasure: new RegExp(any(file.share_measure_words), 'i'),
    measureField: new RegExp(`^${any(file.measure_fields)}\\b`, 'i'),
    seeNoteCell: new RegExp(`^${any(file.see_note_cells)}\\b`, 'i'),
    blockMethodRow: new RegExp(
      `^[ \\t]*(?:[-*•][ \\t]*)?${any(file.method_labels)}[ \\t]*[:：][ \\t]*([^\\n]{1,80})$`,
      'im',
    ),
    quantityAfter: new RegExp(
      `^[ \\t]*(?:${any(file.quantity_qualifiers)}[ \\t]*){0,2}${any(file.quantity_words)}`,
    ),
    discordantPositive: discordant(file.discordant_positive_calls),
    discordantNegative: discordant(file.discordant_negative_calls),
    discordantBracketPositive: bracketCourse(file.discordant_positive_calls),
    discordantBracketNegative: bracketCourse(file.discordant_negative_calls),
    discordantUnsigned:
      file.discordant_negative_calls?.length &&
      file.discordant_samples?.length &&
      file.discordant_links?.length
        ? new RegExp(
            `^((?:[ \\t]*\\([^()\\n]{1,20}\\))?[ \\t]{0,2}${sample(file.discordant_samples)}[ \\t]*(?:[,;]|->|→|[-–](?=[ \\t]))[ \\t]*(?:(?:but|while|whereas|yet|now|since|then|subsequently|later|currently)[ \\t]+){0,2}(?:(?:was|were|is|are)[ \\t]+)?)(${any(file.discordant_negative_calls)})(?![A-Za-z])[ \\t]+${sample(file.discordant_samples)}`,
            'i',
          )
        : null,
    trackedChangeAfter: new RegExp(
      `^[\\s\\-－]*(?:遺伝子)?(?:変異)?(?:[\\s\\-－]*)${any(file.tracked_change_words)}`,
      'i',
    ),
    otherChangeAfter: file.other_change_words?.length
      ? new RegExp(`^\\s+${any(file.other_change_words)}\\s`, 'i')
      : null,
    trackedChangeBefore: new RegExp(
      `(?:^|[^A-Za-z])${any(file.tracked_change_words)}[ \\t]*(?:\\(|by|for|of|[:：\\-–])[ \\t]*$`,
      'i',
    ),
    reasonLine: new RegExp(`^[\\s\\-*•・]*${any(file.reason_labels)}\\s*[:：]`, 'i'),
    jaPlanLine: file.ja_plan_labels?.length
      ? new RegExp(`^[\\s\\-*•・]*${any(file.ja_plan_labels)}\\s*[:：]`)
      : null,
    jaNextStepTurn: new RegExp(any(file.ja_next_step_turns)),
    measuredAfter: new RegExp(
      `^[\\s,:：(（)）]*(?:${any(file.allele_share_labels)}\\s*(?:%\\s*)?[:：=]?\\s*)?\\d{1,3}(?:\\.\\d+)?\\s*%`,
      'i',
    ),
    geneExon: new RegExp(
      `^\\s?${any(file.exon_words)}\\s?(\\d{1,2})(?![\\d\\-–,/]|\\s*(?:-|–|to|and|or|,)\\s*\\d)`,
      'i',
    ),
    exonNumberFirst: (file.exon_numbers_first ?? []).map((p) => new RegExp(p, 'gi')),
    shareCutoffs: (file.ja_share_cutoffs ?? []).map((p) => new RegExp(p, 'gid')),
    shareCutoffCalls: file.ja_share_cutoff_calls ?? null,
    genePositiveCloses: file.gene_positive_closes?.length
      ? new RegExp(`^[ \\t]*${any(file.gene_positive_closes)}[ \\t]*[,;]`, 'i')
      : null,
    unactionableFoundBracket: file.unactionable_found_brackets?.length
      ? new RegExp(
          `^${any(file.unactionable_found_brackets)}[ \\t]*[(（](?:[^()（）;\\n]{1,80}?[,、][ \\t]*)?$`,
          'i',
        )
      : null,
    genePositiveDisease: file.gene_positive_disease?.length
      ? new RegExp(`^[ \\t]*${any(file.gene_positive_disease)}`, 'i')
      : null,
    geneNegativeCloses: new RegExp(
      `^[ \\t　]*(?:は|も|[:：])?[ \\t　]*${any(file.gene_negative_closes)}[ \\t　]*[、,，]`,
      'i',
    ),
    selfWord: new RegExp(words(file.self_words), 'i'),
    dnaTestLabel: new RegExp(
      `^[\\s\\-*•・■【]*[^:：\\n]{0,30}?(?:${words(file.dna_test_labels)})[^:：\\n]{0,30}[:：】]`,
      'i',
    ),
    // (The heading alone on its line, maybe bracketed or with a closing colon: no result on it, no
    // particle of a sentence and no plan.)
    germlineReportHeading: file.germline_report_rows
      ? new RegExp(
          `^(?![^\\n]{0,60}${any(file.germline_report_rows.plans)})[\\s\\-*•・■●【]*[^\\n:：｜|をにはが、。]{0,20}?(?:${any(file.germline_report_rows.headings)})[^\\n:：｜|をにはが、。]{0,30}?[:：]?[ \\t　]*$`,
          'i',
        )
      : null,
    germlineReportStainWord: file.germline_report_rows
      ? new RegExp(any(file.germline_report_rows.stain_words), 'i')
      : null,
    testLabelHead: new RegExp(words(file.test_label_heads), 'i'),
    asideReason: new RegExp(words(file.aside_reasons), 'i'),
    clinicalParagraph: new RegExp(
      `^[ \\t]*${any(file.clinical_paragraph_labels)}\\b[^:\\n]{0,30}:`,
      'i',
    ),
    // (Two such words make one cell: "遺伝子変異", "Gene / Variant".)
    resultTableItemCell: new RegExp(
      `^${any(file.result_table_item_cells)}(?:[ \\t　/／・]{0,3}${any(file.result_table_item_cells)})?$`,
      'i',
    ),
    resultTableCallCell: new RegExp(`^(?:${any(file.result_table_call_cells)})$`, 'i'),
    resultTableClassQualifier: new RegExp(words(file.result_table_class_qualifiers), 'gi'),
    commentaryLabel: new RegExp(`^[ \\t]*${any(file.commentary_labels)}[ \\t]*:`, 'i'),
    jaCommentaryLabel: new RegExp(`^[ \\t　]*${any(file.ja_commentary_labels)}[ \\t　]*[:：]`),
    sourceSuspicionAfter: new RegExp(
      `^[ \\t]*(?:[\\w-]+[ \\t]+){0,2}?${any(file.source_suspicions)}(?![\\w-])`,
      'i',
    ),
    relativeTumourBefore:
      file.relative_tumour_leads?.length &&
      file.relative_tumour_nouns?.length &&
      file.relative_tumour_joins?.length
        ? new RegExp(
            `${any(file.relative_tumour_leads)}\\s+(?:[\\w-]+\\s+){0,3}?${any(file.relative_tumour_nouns)}(?![\\w-])\\s*${any(file.relative_tumour_joins)}(?:\\s+[\\w-]+){0,3}?\\s*$`,
            'iu',
          )
        : null,
    relativeTumourAfter: file.relative_tumour_nouns?.length
      ? new RegExp(
          `^(?:[-–][\\w-]+)?(?:[ \\t]+[\\w-]+){0,3}?[ \\t]+${any(file.relative_tumour_nouns)}(?![\\w-])`,
          'iu',
        )
      : null,
    conclusionAfter: new RegExp(
      `[,;][ \\t]*${any(file.conclusion_openers)}(?![A-Za-z])[^.;\\n]{0,200}`,
      'gi',
    ),
    testBlockHead: new RegExp(
      `^[ \\t]*(?:[-*•][ \\t]*)?${any(file.test_block_heads)}[ \\t]*(?:#[ \\t]*)?\\d{1,2}[a-z]?(?!\\d)[ \\t]*(?:[:.)\\]–-][ \\t]*)?\\S`,
      'i',
    ),
    testBlockResult: new RegExp(
      `^[ \\t]*(?:[-*•][ \\t]*)?${any(file.test_block_result_labels)}[ \\t]*[:：][ \\t]*(\\S[^\\n]{0,80})$`,
      'i',
    ),
    testKeyHead: file.test_block_key_heads?.length
      ? new RegExp(`^[ \\t]*(?:[-*•][ \\t]*)?${any(file.test_block_key_heads)}[ \\t]*[:：]`, 'i')
      : null,
    jaTestKeyHead: file.ja_test_block_key_heads?.length
      ? new RegExp(
          `^[ \\t　]*(?:[-*•・■◆●][ \\t　]*)?(?:【[ \\t　]*${any(file.ja_test_block_key_heads)}[ \\t　]*】|${any(file.ja_test_block_key_heads)}[ \\t　]*[:：])`,
        )
      : null,
    jaTestBlockRow: file.ja_test_block_row_keys?.length
      ? new RegExp(
          `^[ \\t　]*(?:[-*•・■◆●][ \\t　]*)?(?:【[ \\t　]*${any(file.ja_test_block_row_keys)}[ \\t　]*】|${any(file.ja_test_block_row_keys)}[ \\t　]*[:：])`,
        )
      : null,
    jaTestBlockResult: new RegExp(
      `^[ \\t　]*(?:[-*•・■◆●][ \\t　]*)?(?:【[ \\t　]*${any(file.ja_result_line_keys)}[ \\t　]*】[ \\t　]*[:：]?|${any(file.ja_result_line_keys)}(?:[ \\t　]*[:：]|[ \\t　]+))[ \\t　]*(\\S[^\\n]{0,80})$`,
    ),
    jaSentenceCallTest: file.ja_sentence_call_tests?.length
      ? new RegExp(any(file.ja_sentence_call_tests))
      : null,
    jaSentenceCall: new RegExp(
      `^[ \\t　]*(?:その)?${any(file.ja_result_line_keys)}[ \\t　]*(?:は|[:：])[ \\t　]*([^。\\n]{1,60})`,
    ),
    jaWithheldCall: file.ja_withheld_calls?.length ? new RegExp(any(file.ja_withheld_calls)) : null,
    jaSpeakerPatient: file.ja_speaker_patient_words?.length
      ? new RegExp(any(file.ja_speaker_patient_words), 'g')
      : null,
    germlineBrcaLabel: file.germline_brca_labels?.length
      ? new RegExp(any(file.germline_brca_labels))
      : null,
    jaRetestCall: file.ja_retest_call_leads?.length
      ? new RegExp(`^[ \\t　]*${any(file.ja_retest_call_leads)}[、,]?[ \\t　]*([^。\\n]{1,60})`)
      : null,
    jaRetestLead: file.ja_retest_call_leads?.length
      ? new RegExp(any(file.ja_retest_call_leads), 'g')
      : null,
    alleleReference: new RegExp(`^\\s*(?:${alternation(file.allele_references)})(?![A-Za-z])`, 'i'),
    continuingCall: file.continuing_calls?.length
      ? new RegExp(`^\\s*(?:${alternation(file.continuing_calls)})(?![A-Za-z])`, 'iu')
      : null,
    choiceList: file.choice_lists ? compileChoiceLists(file.choice_lists) : null,
    subjectGapStop: new RegExp(`\\b${any(file.subject_gap_stops)}\\b`, 'i'),
    testNounModifiers: new RegExp(`^\\s*(?:${any(file.test_noun_modifiers)}\\s+)+`, 'i'),
    // (Each gene may carry its breakpoint exon: "EML4 exon 13 joined to ALK exon 20", "EML4
    // (exon 6) fused to ALK"; or be written "exon N of GENE": "joining exon 5 of ETV6 to exon 15
    // of NTRK3", "exon 2 of CD74 fused to exon 34 of ROS1".)
    // (A breakpoint written gene-exon to gene-exon needs no verb: "EWSR1 exon 7 to FLI1 exon 6",
    // "EML4 exon 13 to ALK exon 20": the exon before "to" says it is a junction.)
    fusionVerbJoint: new RegExp(
      `^(?:\\s*[(（]?\\s*(?:exon|ex)\\s?\\d{1,2}\\s*[)）]?)?\\s+(?:(?:(?:is|was|are|were|being)\\s+)?(?:${any(file.fusion_verbs)}\\s+(?:in[- ]frame\\s+)?(?:with|to)|in(?:[- ]frame)?\\s+fusion\\s+(?:with|to))|to(?<=(?:exon|ex)\\s?\\d{1,2}\\s*[)）]?\\s+to)|(?:(?:(?:is|was|are|were|being)\\s+)?(?:${any(file.fusion_verbs)}\\s+(?:in[- ]frame\\s+)?)?(?:with|to)(?=\\s+exon\\s?\\d{1,2}\\s+of\\s+$)))\\s+(?:the\\s+)?(?:exon\\s?\\d{1,2}\\s+of\\s+)?$`,
      'i',
    ),
    familyBeforeClass: file.family_names?.length
      ? new RegExp(`(?<![A-Za-z0-9])${any(file.family_names)}(?:\\s*-|\\s*遺伝子)?\\s*$`)
      : null,
    familyListMember: file.family_names?.length
      ? new RegExp(`\\b${any(file.family_names)}(?![A-Za-z0-9/-])\\s*,?`, 'g')
      : null,
    noClassStated: file.no_class_stated?.length
      ? new RegExp(`(?<![A-Za-z0-9])${any(file.no_class_stated)}(?![A-Za-z0-9])`, 'i')
      : null,
    sameTest: new RegExp(
      `^\\s*(?:on\\s+|in\\s+|by\\s+)?(?:the\\s+)?same\\s+(?:[\\w-]+\\s+){0,2}${any(file.same_test_nouns)}\\b`,
      'i',
    ),
    relativeReferenceJa: new RegExp(
      `^[ \\t]*[・-]?[ \\t]*${any(file.reference_relatives)}(?:[（(][^）)\\n]{0,12}[）)])?(?:は|も)`,
    ),
    ...coSubject(`(?:${any(file.co_subject_qualifiers)}\\s+)?${any(file.co_subject_relatives)}`),
    // (Or the relative by first name: "He has not inherited Maria's BRCA2 variant", "she does
    // not carry Owen's c.9097dup"; not a possessive that names no one, "the lab's", "today's".)
    relativeOwnerGap: new RegExp(
      `^\\s+(?:(?:his|her|their|your|the\\s+patient['’]s)\\s+(?:${any(file.co_subject_qualifiers)}\\s+)?${any(file.co_subject_relatives)}['’]s|(?:the|her|his|their)\\s+(?:paternal|maternal)|(?!(?:the|his|her|their|your|its|today|yesterday|patient|lab|laboratory|tumou?r|family|proband|client)['’])[A-Z][a-z]{1,14}['’]s)\\s+(?:(?:pathogenic|likely\\s+pathogenic|familial|known|heterozygous)\\s+){0,3}$`,
      'i',
    ),
    familyReasonTurn: new RegExp(
      `${any(file.family_reason_turns)}|(?<!${any(other(file.relatives))}(?:が|は)[^。、,，\\n]{0,20})${any(file.family_reason_suspicions)}`,
    ),
    ...singleRules(file),
  };
}

/**
 * The rules built from one rule's word lists each (the lower part of layout.yaml). The lists are
 * joined in the order written, not longest first: these rules read how far their match goes.
 */
function singleRules(file: LayoutFile) {
  const o = (list: readonly string[]) => `(?:${list.join('|')})`;
  // The variant told of as "it", "this (frameshift) variant" or "the variant".
  const thisVariant = `(?:it|this(?:\\s+(?:${o(file.variant_kind_words)}\\s+)?${o(file.variant_nouns)})?|the\\s+variant)`;
  const guideline = o(file.tier_guidelines);
  return {
    resultAfterDash: new RegExp(
      `^\\s*[-–]\\s*(?:${o(file.dash_result_words)}\\s*(?:[.;,(]|$)|no\\s+(?:[a-z-]+\\s+){0,2}${o(file.dash_negated_changes)}(?![\\w-]))`,
      'i',
    ),
    cutMidPhrase: new RegExp(`(?:,|\\b${o(file.cut_phrase_endings)})[ \\t]*$`, 'i'),
    partnerWordAfter: new RegExp(
      `^\\s+(?:as|being)\\s+(?:(?:the|its|a)\\s+)?(?:${o(file.partner_qualifiers)}\\s+){0,2}${o(file.partner_nouns)}(?![\\w-])`,
      'i',
    ),
    classToldOfVariant: new RegExp(
      `(?:^|[;:,–—]\\s*|\\s-\\s*)\\s*\\b(?:it|this(?:\\s+[a-z-]+){0,3}?|the\\s+variant)\\s+(?:(?!\\b(?:not|no|never)\\b)[^.;\\n]){0,100}?\\b(?:is|was|has\\s+been)\\s+${o(file.class_told_verbs)}(?:\\s+as)?\\s+(?:an?\\s+)?`,
      'i',
    ),
    classTogether: file.class_together_subjects?.length
      ? new RegExp(
          `^[)\\s]*[.;]?\\s*${o(file.class_together_subjects)}\\s+(?:are|were|have\\s+been)\\s+(?:(?:both|all)\\s+)?(?:${o(file.class_passive_verbs)}\\s+)?(?:as\\s+)?(?:an?\\s+)?`,
          'i',
        )
      : null,
    classBackReference: new RegExp(
      `^[)\\s]*[.;]?\\s*(?:(?:the\\s+${o(file.class_reporters)}|we)\\s+(?:${o(file.class_report_verbs)}\\s+${thisVariant}\\s+as|${o(file.class_call_verbs)}\\s+(?:it|this(?:\\s+${o(file.class_call_nouns)})?|the\\s+variant)(?:\\s+as)?)|${thisVariant}\\s+(?:is|was|has\\s+been)\\s+${o(file.class_passive_verbs)}\\s+as)\\s+(?:an?\\s+)?`,
      'i',
    ),
    jaBloodCheckNegative: new RegExp(
      `${o(file.ja_blood_samples)}${o(file.ja_blood_sample_kinds)}?(?:で|から|にて|での|の)(?:は|も)?[^。\\n]{0,40}?${o(file.ja_blood_check_negatives)}`,
    ),
    jaBloodCheckPositive: new RegExp(
      `${o(file.ja_blood_samples)}${o(file.ja_blood_sample_kinds)}?(?:で|から|にて)も[^。\\n]{0,30}?${o(file.ja_blood_check_positives)}`,
    ),
    jaResultLineNegative: new RegExp(
      `^[ \\t　]*${o(file.ja_result_line_keys)}[ \\t　]*[:：][ \\t　]*(?:は)?${o(file.ja_blood_check_negatives)}`,
    ),
    jaLabelLine: file.ja_label_line_classes?.length
      ? new RegExp(
          `^[ \\t　]*(?:[【［\\[■◆●・◇□][ \\t　]*)?[A-Z][A-Z0-9]{1,9}(?:[ \\t　]?(?:[-/／]|::)[ \\t　]?[A-Z][A-Z0-9]{1,9})?[ \\t　]?(?:遺伝子)?[ \\t　]?${o(file.ja_label_line_classes)}?[ \\t　]?${file.ja_label_line_tests?.length ? `${o(file.ja_label_line_tests)}?` : ''}[ \\t　]?(?:[（(][^（()）\\n]{1,20}[)）])?[ \\t　]?[】］\\]]?[ \\t　]?[:：]?[ \\t　]*$`,
        )
      : null,
    jaLabelLineMarked: new RegExp(
      `(?:[:：]|[】］\\]])[ \\t　]*$|^[ \\t　]*[【［\\[]${file.ja_label_line_tests?.length ? `|${o(file.ja_label_line_tests)}` : ''}`,
    ),
    jaLabelLineResult: file.ja_label_line_results?.length
      ? new RegExp(
          `^[ \\t　]*(?:${o(file.ja_result_line_keys)}[ \\t　]*[:：][ \\t　]*)?${o(file.ja_label_line_results)}`,
        )
      : null,
    jaCutLine: file.ja_cut_line_particles?.length
      ? new RegExp(
          `[\\p{Script=Han}\\p{Script=Katakana}ー\\p{L}\\p{N})）]${o(file.ja_cut_line_particles)}[ \\t　]*$`,
          'u',
        )
      : null,
    jaClassSentenceLead: new RegExp(
      `^(?:${o(file.ja_class_keys)}\\s*(?:は|として(?:は)?|[:：])?\\s*[、,]?\\s*)?`,
    ),
    jaClassSentenceTail: new RegExp(
      `^\\s*(?:[（(][^（()）\\n]{0,20}[)）])?\\s*(?:${o(file.ja_class_nouns)}?\\s*(?:と${o(file.ja_class_judgements)}(?:され|し)?(?:た|ました|ています|ている)?|${file.ja_class_copulas.join('|')})?)?\\s*[。.]?\\s*$`,
    ),
    jaCountedGenes: new RegExp(
      `(?:(両)|([2-9])|([二三四五六七八九]))遺伝子(?=\\s*${o(file.ja_counted_gene_tails)})`,
      'g',
    ),
    geneNamedSyndrome: new RegExp(
      `\\b([A-Z][A-Z0-9]{1,9})[- ]${o(file.gene_syndrome_links)}\\s+${o(file.gene_syndrome_names)}`,
      'g',
    ),
    jaGeneNamedSyndrome: new RegExp(
      `${o(file.ja_gene_syndromes)}\\s?[（(]\\s?([A-Z][A-Z0-9]{1,9})(?![A-Za-z0-9])`,
      'g',
    ),
    jaSyndromeBeforeGene: new RegExp(`${o(file.ja_gene_syndromes)}\\s?[（(]\\s?$`),
    enSyndromeBeforeGene: file.en_gene_syndromes?.length
      ? new RegExp(
          `${o(file.en_gene_syndromes)}[ \\t]{0,2}(?:([(\\[])[ \\t]{0,2}|[,:\\-–][ \\t]{0,2}|${o(file.en_syndrome_gene_links ?? [])}[ \\t]+(?:(?:an?|the)[ \\t]+)?)$`,
          'i',
        )
      : null,
    enCarrierAfterGene: file.en_carrier_words?.length
      ? new RegExp(`^[ \\t]{0,2}${o(file.en_carrier_words)}(?![A-Za-z])`, 'i')
      : null,
    enSyndromeAfterGene: file.en_gene_syndromes?.length
      ? new RegExp(
          `^(?:${o(file.en_gene_syndrome_joins ?? [])})?[ \\t]{1,2}${o(file.en_gene_syndromes)}(?![\\p{L}\\p{N}])(?![ \\t]+(?:(?:gene|genetic|multigene|NGS)[ \\t]+)?(?:panels?|genes?|tests?|testing|screen(?:ing)?|work-?up|evaluation|criteria))`,
          'iu',
        )
      : null,
    enSyndromeGeneType: file.en_syndrome_gene_types?.length
      ? new RegExp(`^[ \\t]{1,2}${o(file.en_syndrome_gene_types)}(?![\\p{L}\\p{N}])`, 'iu')
      : null,
    enTumourAfterGene: file.en_gene_tumour_joins?.length
      ? new RegExp(`^${o(file.en_gene_tumour_joins)}(?![\\p{L}\\p{N}])`, 'iu')
      : null,
    enGeneTumourRefusedLead: file.en_gene_tumour_refused_leads?.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])${o(file.en_gene_tumour_refused_leads)}[ \\t]*$`, 'iu')
      : null,
    wordGeneOwnNegative: file.word_gene_own_negative?.length
      ? new RegExp(`^${o(file.word_gene_own_negative)}`)
      : null,
    wordGeneOwnNegativeBefore: file.word_gene_own_negative_before?.length
      ? new RegExp(`${o(file.word_gene_own_negative_before)}$`)
      : null,
    wordGeneOwnPositive: file.word_gene_own_positive?.length
      ? new RegExp(`^${o(file.word_gene_own_positive)}`)
      : null,
    wordGeneOwnPositiveContext: file.word_gene_own_positive_context?.length
      ? new RegExp(o(file.word_gene_own_positive_context), 'i')
      : null,
    jaSyndromeAfterItem: new RegExp(
      `^[^\\n、。,，;；]{0,40}?[（(]\\s?${o(file.ja_gene_syndromes)}\\s?[）)]`,
    ),
    jaOriginSettled: new RegExp(
      `${o(file.ja_origin_settled)}(?![^。\\n]{0,6}?${o(file.ja_origin_settled_not)})`,
    ),
    jaGermlineConfirmation: new RegExp(o(file.ja_germline_confirmations)),
    germlineConfirmation: file.germline_confirmations?.length
      ? new RegExp(o(file.germline_confirmations), 'i')
      : null,
    // (The topic, its particle or colon, then the blood check's negative, and no condition after.)
    jaGermlineConfirmationNegative: file.ja_germline_confirmation_negatives?.length
      ? new RegExp(
          `${o(file.ja_germline_confirmation_negatives)}(?:[ \\t　]*[:：][ \\t　]*|の結果(?:は)?[、,]?[ \\t　]?|では|で|にて|からは|から|において(?:は)?|は)?[ \\t　]?${o(file.ja_blood_check_negatives)}(?![ \\t　]?(?:の場合|であれば|なら|場合|か|[（(][ \\t　]?(?:[A-Z]|$)))`,
        )
      : null,
    jaOriginAttached: file.ja_origin_attached?.length
      ? new RegExp(`^${o(file.ja_origin_attached)}`, 'u')
      : null,
    jaTestReasonEnd:
      file.ja_test_reason_ends?.length || file.ja_hypothesis_closes?.length
        ? new RegExp(
            o([...(file.ja_test_reason_ends ?? []), ...(file.ja_hypothesis_closes ?? [])]),
            'gu',
          )
        : null,
    jaHypothesisClose: file.ja_hypothesis_closes?.length
      ? new RegExp(o(file.ja_hypothesis_closes), 'gu')
      : null,
    jaPositivePhraseClose: file.ja_positive_phrase_closes?.length
      ? new RegExp(`^${o(file.ja_positive_phrase_closes)}`, 'u')
      : null,
    jaOriginHedge: file.ja_origin_hedges?.length ? new RegExp(o(file.ja_origin_hedges), 'u') : null,
    originAttached: file.origin_attached?.length
      ? new RegExp(`^${o(file.origin_attached)}`, 'iu')
      : null,
    testReasonEnd: file.test_reason_ends?.length
      ? new RegExp(o(file.test_reason_ends), 'giu')
      : null,
    originHedge: file.origin_hedges?.length ? new RegExp(o(file.origin_hedges), 'iu') : null,
    jaOriginLabel: file.ja_origin_labels?.length
      ? new RegExp(o(file.ja_origin_labels), 'gu')
      : null,
    // (Case-sensitive: the prefix names a gene symbol after it, "germline BRCA2".)
    originLabel: file.origin_labels?.length ? new RegExp(o(file.origin_labels), 'gu') : null,
    jaReferenceTestLead: new RegExp(o(file.ja_reference_test_lead)),
    currentTest: new RegExp(`${o(file.ja_current_words)}(?!${file.ja_current_not_test.join('|')})`),
    assayFor: new RegExp(
      `(?:^|[\\s(,;:])([A-Za-z][A-Za-z0-9 /-]{1,30}?)[ \\t]+${o(file.assay_nouns)}[ \\t]+(?:for|of|on)[ \\t]+(?:the[ \\t]+)?$`,
      'i',
    ),
    tierGuideline: new RegExp(`^\\s*${guideline}(?:\\s*\\/\\s*${guideline})*\\s+`, 'i'),
    geneTestSought: new RegExp(
      `^(?:\\s+[\\w-]+){0,3}?\\s+${o(file.sought_test_nouns)}\\s+${o(file.seeking_verbs)}\\s+(?:(?:an?|any|the)\\s+)?$`,
      'i',
    ),
    geneTestedThenClass: new RegExp(
      `^\\s+(?:gene\\s+)?(?:was|were|had\\s+been|has\\s+been)\\s+(?:${o(file.tested_then_class_adverbs)}\\s+)?${o(file.tested_then_class_verbs)}(?:\\s+(?:by|with|on|using|in|at|for)\\s+[^.;:\\n]{1,50}?)?\\s*,?\\s+(?:and|so|:|-|–)\\s+(?:the|its)\\s+$`,
      'i',
    ),
    ishMeasurement: new RegExp(
      `\\b${o(file.ish_measurement_words)}\\b[\\s\\S]*\\d(?:\\.\\d+)?`,
      'i',
    ),
    // (The IHC score and the ISH method may come first, and the measures be joined by ・, the
    // mean written bare, per cell: "HER2 IHC 2+、DISHで比1.7・平均4.1/細胞と増幅なし".)
    // The indented call row of a Japanese ISH block, "　判定：増幅あり（陽性）".
    // (Or a table's key row of empty cells whose call is the next line: "判定｜｜⏎　増幅なし".)
    jaIshCallRow: new RegExp(
      `^(?:[ \\t　]+${o(file.ja_result_line_keys)}[ \\t　]*[:：]|[ \\t　]*${o(file.ja_result_line_keys)}[ \\t　]*(?:[|｜][ \\t　]*){1,6}\\n[ \\t　]*)`,
    ),
    jaIshMeasurement: new RegExp(
      `^(?:\\s*[（(]?\\s*(?:IHC|免疫染色)\\s*(?:[（(]\\s*)?[0-3]\\s*\\+?\\s*[）)]?\\s*[、,→]?)?(?:\\s*${o(file.ja_ish_method_leads)})?(?:\\s*[（(|｜]?\\s*(?:[DFS]?ISH|DISH)\\s*(?:法)?\\s*[）)]?\\s*(?:で|にて|[:：|｜])?)?(?:\\s*[/／]\\s*CEP\\s?17)?(?:\\s*[、,・]?\\s*${o(file.ja_ish_measures)}\\s*[:：=]?\\s*\\d+(?:\\.\\d+)?\\s*(?:個?\\/(?:核|細胞)|個|コピー)?)+\\s*(?:で|と)?\\s*[、,]?\\s*${o(file.ja_ish_call_leads)}?\\s*$`,
    ),
    secondHitAfter: new RegExp(
      `(?<![A-Za-z])(?:${file.second_hit_words.join('|')}|[cp]\\.[\\w*])`,
      'i',
    ),
    jaFusionBetween: new RegExp(`^\\s*(?:遺伝子)?\\s*${o(file.ja_fusion_between_particles)}\\s*$`),
    jaFusionAndGroup: new RegExp(`^[^。\\n]{0,30}?${o(file.ja_group_words)}`),
    includedInParenthesis: new RegExp(`^[^)）\\n]{0,50}${o(file.ja_example_endings)}\\s*[)）]`),
    // (An exon may name the region tested: "CALR exon 9 had been sent … and was negative".)
    testedAfterGene: new RegExp(
      `^(?:\\s+exons?\\s*\\d{1,2}(?:\\s*(?:-|–|to|and|,)\\s*\\d{1,2})*)?\\s+(?:was|were|had\\s+been|has\\s+been)\\s+(?:${o(file.tested_after_gene_adverbs)}\\s+)?(?:[A-Za-z]+-)?${o(file.tested_after_gene_verbs)}\\b`,
      'i',
    ),
    pronounResultLead: new RegExp(
      `[;:]\\s*(?:${o(file.result_pronouns)}\\s+${o(file.result_copulas)}\\s+(?:${file.result_adverbs.map((a) => `${a}\\s+`).join('|')})?)?$`,
      'i',
    ),
    bareNegation: new RegExp(`^${o(file.bare_negations)}$`, 'i'),
    tierFirst: new RegExp(
      `^\\s*(?:${guideline}(?:\\s*\\/\\s*${guideline})*\\s+)?tier\\s*(?:I{1,3}|IV|[1-4])[A-D]?\\s*[.;]`,
      'i',
    ),
    jaFoundBefore: new RegExp(`${o(file.ja_found_verbs)}\\s*$`),
    headingWords: new RegExp(`^(?:${file.class_heading_words.join('|')}|\\d{1,2})$`, 'i'),
    jaFusionAfter: new RegExp(
      `^\\s*(?:遺伝子)?\\s*(?:との?\\s*(?:${o(file.ja_fusion_variant_labels)}\\s*\\d{1,2}[a-z]?\\s*(?:の|型の)?\\s*)?${o(file.ja_fusion_words)}|が\\s*${o(file.ja_fusion_join_verbs)})`,
    ),
    jaFusionAndAfter: new RegExp(
      `^\\s*(?:遺伝子)?\\s*(?:の\\s*${o(file.ja_fusion_words)}|が\\s*${o(file.ja_fusion_join_verbs)})`,
    ),
    slashFusionAfter: new RegExp(
      `^\\s*(?:遺伝子|genes?)?\\s*(?:の)?\\s*${o(file.slash_fusion_words)}`,
      'i',
    ),
    caseGroupAfter: new RegExp(`^${o(file.case_group_after)}`),
    includingAfterNegative: new RegExp(
      `\\b${o(file.including_negations)}\\b[^.;\\n]{0,60}\\b${o(file.including_words)}(?![A-Za-z])`,
      'i',
    ),
    includingBracketOpen: new RegExp(
      `^\\s{0,3}[(（]\\s{0,3}${o(file.including_words)}(?![A-Za-z])`,
      'i',
    ),
    checkedAfterAside: new RegExp(
      `^\\s*,[^.;:\\n]{1,120},\\s*(?:was|were|has\\s+been|had\\s+been)\\s+(?:${file.checked_aside_adverbs.map((a) => `${a}\\s+`).join('|')})?${o(file.checked_aside_verbs)}\\s*(?:[:–-]\\s*|and\\s+(?:(?:was|is)\\s+)?)?$`,
      'i',
    ),
    confirmedAs: new RegExp(
      `\\b${o(file.confirmed_as_verbs)}\\s+(?:it|this|that|the\\s+(?:same\\s+)?${o(file.confirmed_as_nouns)})\\s+as\\s+(?:an?\\s+)?$`,
      'i',
    ),
    femaleRelative: new RegExp(`\\b${o(file.pronoun_female_relatives)}s?\\b(?!['’]s)`, 'i'),
    maleRelative: new RegExp(`\\b${o(file.pronoun_male_relatives)}s?\\b(?!['’]s)`, 'i'),
    testToldOpener: file.test_told_openers?.length
      ? new RegExp(`^\\s*${o(file.test_told_openers)}\\b`, 'i')
      : null,
    // (A name or bracket after the relative, or a name in commas: "Her father, Declan, was …".)
    // (A letter to the patient names the relative with "your", maybe after a short lead-in: "As we
    // discussed, your older brother Paul was diagnosed … and genetic testing showed that he has …".)
    relativeSubjectCoordinated: new RegExp(
      `^\\s*(?:[-•*]\\s*)?(?:${o(file.coordinated_lead_ins ?? ['(?!)'])}\\s*,\\s*)?(?:(?:her|his|their|your|the\\s+patient['’]s|pt['’]s)\\s+)?(?:${o(file.coordinated_relative_qualifiers)}\\s*)*${o(file.coordinated_relatives)}(?:\\s+[A-Z][a-z]+)?(?:\\s*\\([^)\\n]{0,30}\\))?(?:\\s*,\\s*[A-Z][a-z]+(?:\\s+[A-Z][a-z]*\\.?)?\\s*,)?\\s+${o(file.coordinated_first_verbs)}\\b[^.;:\\n]{1,150}?\\band\\s+(?:(?:was|is|were|has\\s+been|had\\s+been)\\s+)?(?:${o(file.coordinated_result_adverbs)}\\s+)?${o(file.coordinated_result_verbs)}\\b`,
      'i',
    ),
    // (Case-sensitive: the name is capitalised, the possessive's first letter either.)
    relativeNamedAfter: new RegExp(
      `\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Tt]he\\s+patient['’]s)\\s+(?:${o(file.named_relative_qualifiers)}\\s*)?${o([...file.named_relatives, ...file.named_relatives_informal])}\\s*,?\\s+([A-Z][a-z]{2,14})\\b`,
      'g',
    ),
    relativeNamedBefore: new RegExp(
      `\\b([A-Z][a-z]{2,14})\\s*(?:,\\s*|\\(\\s*)(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\\s+(?:${o(file.named_relative_qualifiers)}\\s*)?${o(file.named_relatives)}\\b`,
      'g',
    ),
    pronounRelativeAntecedent: new RegExp(
      `(?:^|[.!?]\\s+)(?:(?:her|his|their|the\\s+patient[''’]s|pt[''’]s)\\s+)?(?:${o(file.antecedent_relative_qualifiers)}\\s*)?${o(file.antecedent_relatives)}\\b[^.!?]*[.!?]\\s*$`,
      'i',
    ),
    inheritedFromParent: new RegExp(
      `^[ \\t]*[,(]?[ \\t]*(?:(?:was|is|were|are|been)\\s+)?(?:${o(file.inherited_from_verbs)})\\s+from\\s+(?:(?:the|her|his|their|your)\\s+)?${o(file.inherited_from_parents)}\\b`,
      'i',
    ),
    fromParent: new RegExp(
      `^[ \\t]+from\\s+(?:(?:the|her|his|their|your)\\s+)?${o(file.inherited_from_parents)}\\b`,
      'i',
    ),
    inheritedFromVerb: new RegExp(`\\b(?:${o(file.inherited_from_verbs)})\\s+from\\b`, 'gi'),
    namedPossessiveTest: new RegExp(
      `^\\s*([A-Z][a-z]{2,14})['’]s\\s+(?:[A-Za-z-]+\\s+){0,2}?${o(file.named_relative_test_nouns)}(?:\\s*\\([^)\\n]{0,30}\\))?\\s+(?:(?:has|had|also)\\s+)?${o(file.named_relative_test_verbs)}\\b`,
    ),
    sameAsRelativeAfter: new RegExp(
      `^\\s+${o(file.same_as_relative_openers)}\\s+(?:(?:her|his|their|your|the\\s+patient['’]s)\\s+)?(?:${o(file.antecedent_relative_qualifiers)}\\s*)?${o([...file.antecedent_relatives, ...file.named_relatives_informal])}\\b`,
      'i',
    ),
    pronounCarrier: new RegExp(
      `^(?:she|he)\\s+(?:(?:also\\s+)?${o(file.pronoun_carrier_verbs)}\\s+it|(?:does|did)\\s*(?:not|n['’]t)\\s+${o(file.pronoun_carrier_negated_verbs)}\\s+it)\\b`,
      'i',
    ),
    foundInRelative: new RegExp(
      `^[ \\t]*(?:[^\\s.;:]+[ \\t]+){0,3}?(?:(?:that|which)\\s+(?:was|is|has\\s+been|had\\s+been)\\s+)?(?:${file.found_in_adverbs_before.map((a) => `${a}\\s+`).join('|')})?${o(file.found_in_verbs)}\\s+(?:${file.found_in_adverbs_after.map((a) => `${a}\\s+`).join('|')})?in\\s+(?:(?:his|her|their|your|the\\s+patient['’]s|the)\\s+)?(?:${o(file.found_in_relative_qualifiers)}\\s*)*${o(file.found_in_relatives)}s?$`,
      'i',
    ),
    reasonBeforeRelative: new RegExp(
      `\\b${o(file.reason_before_relative_words)}\\s+(?:[\\w'’-]+\\s+){0,4}$`,
      'i',
    ),
    relativeSubjectPastAside: new RegExp(
      `^\\s*(?:[-•*]\\s*)?(?:(?:her|his|their|your|the\\s+patient['’]s|pt['’]s)\\s+)?(?:${o(file.coordinated_relative_qualifiers)}\\s*)*${o(file.coordinated_relatives)}(?:\\s+[A-Z][a-z]+)?(?:\\s*\\([^)\\n]{0,30}\\))?\\s*,\\s*${o(file.past_aside_openers)}\\b[^,;\\n]{1,100},\\s*(?:${o(file.past_aside_auxiliaries)}\\s+){0,2}${o(file.past_aside_verbs)}\\b`,
      'i',
    ),
    backReference: new RegExp(
      `\\b${o(file.back_reference_quantifiers)}\\s+of\\s+(?:them|these|those)\\b|\\b${o(file.gene_count_quantifiers)}(?:\\s+(?:of\\s+)?(?:the\\s+)?${o([...file.gene_count_numbers, '\\d{1,2}'])})?\\s+genes\\b|^(?:neither|none)\\s+(?:of\\s+(?:them|these|those|the\\s+\\w+)\\s+)?${o(file.back_reference_verbs)}\\b`,
      'i',
    ),
  };
}

/** The patient and a relative (`relative`: a qualified relative word) as joint subjects. */
function coSubject(relative: string): { coSubjectBefore: RegExp; coSubjectAfter: RegExp } {
  return {
    // "he and his father share", "her sister and she", "Like her older sister, she carries"
    // (not with a contrast after it in the sentence).
    coSubjectBefore: new RegExp(
      `(?:^|[^A-Za-z])(?:(?:both\\s+)?(?:she|he|the\\s+patient|pt|patient)\\s+and\\s+(?:his|her|their)\\s+${relative}|(?:his|her|their)\\s+${relative}\\s+and\\s+(?:she|he|the\\s+patient|herself|himself)|like\\s+(?:his|her|their)\\s+${relative}(?:\\s*\\([^)\\n]{0,20}\\))?\\s*,\\s*(?:she|he|the\\s+patient))\\b(?![^.;\\n]*\\b(?:but|whereas|while|however)\\b)`,
      'i',
    ),
    // ", as does her sister", ", like his father".
    // (Also ", also in her mother", ", also found in her sister", ", also carried by her mother",
    // ", shared with her mother", ", which her mother also carries", "(first found in her
    // brother)", "(patient and mother)": pgen9 item 8, decisions 12 and 25.)
    coSubjectAfter: new RegExp(
      `^[^.;\\n]{0,40}?(?:,\\s*(?:(?:as\\s+(?:does|did|do)|(?:just\\s+)?like|(?:the\\s+)?same\\s+as|also\\s+(?:(?:found|identified|detected|present|seen)\\s+)?in|(?:also\\s+)?(?:carried\\s+by|shared\\s+with))\\s+(?:his|her|their)\\s+${relative}s?\\b|which\\s+(?:his|her|their)\\s+${relative}s?\\s+(?:also\\s+)?(?:carries|carry|has|have|shares|share)\\b)|[,(]\\s*(?:(?:identified|found|detected)\\s+first|first\\s+(?:identified|found|detected))\\s+in\\s+(?:his|her|their)\\s+${relative}\\b|\\(\\s*(?:the\\s+)?(?:patient|pt)\\s+and\\s+(?:(?:his|her|their)\\s+)?${relative}s?\\s*\\))`,
      'i',
    ),
  };
}
