import type { Language } from '../../core/types.js';
import type { DriversFile, GeneticsRuleFile, LayoutFile } from '../../vocab/schemas.js';
import type { GeneticKind, Significance } from './types.js';

export interface CompiledEvent {
  readonly id: string;
  readonly kind: GeneticKind;
  readonly reach: number | undefined;
  readonly re: RegExp;
}

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
  /** Withdrawn results (a corrected report): null when the file lists none. */
  readonly withdrawn: RegExp | null;
  /** A signal below the reporting threshold, not called (a sub-threshold read): null if none. */
  readonly belowReporting: RegExp | null;
  /** A variant's class changed later in the note (global): the later class stands. */
  readonly reclassified: RegExp | null;
  /** A variant named elsewhere: "the same familial variant", "her father's MSH6 variant". */
  readonly sameVariant: RegExp;
  /** Anchored at the end of the text before a gene / the start of the text after it. */
  readonly drugBefore: RegExp;
  readonly drugAfter: RegExp;
  readonly expressionBefore: RegExp;
  readonly expressionAfter: RegExp;
  readonly events: readonly CompiledEvent[];
  readonly significance: readonly { readonly value: Significance; readonly re: RegExp }[];
  readonly germline: RegExp;
  readonly somatic: RegExp;
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
  readonly expressionGenes: ReadonlySet<string>;
  /** Clinical names of receptors and stains, lower-cased (HER2, PD-L1, p53). */
  readonly expressionForms: ReadonlySet<string>;
  /** Every gene of the driver list. */
  readonly driverGenes: ReadonlySet<string>;
  /** Genes whose bare "positive" means a fusion ("ALK+ NSCLC"). */
  readonly fusionPositiveGenes: ReadonlySet<string>;
}

const alternation = (patterns: readonly string[]) =>
  // Longest first, so "not detected" wins over "detected" at the same place.
  [...patterns].sort((a, b) => b.length - a.length).join('|');

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
  const after = (patterns: readonly string[]) =>
    new RegExp(
      `^[\\s:：)）]*(?:${alternation(patterns)})${english ? '(?![\\p{L}\\p{N}])' : ''}`,
      english ? 'iu' : 'u',
    );
  return {
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
    withdrawn: file.withdrawn ? words(file.withdrawn) : null,
    belowReporting: file.below_reporting?.length ? words(file.below_reporting) : null,
    reclassified: file.reclassified?.length ? words(file.reclassified) : null,
    sameVariant: words(file.same_variant),
    drugBefore: before(file.drug_before),
    drugAfter: after(file.drug_after),
    expressionBefore: before(file.expression_before),
    expressionAfter: after(file.expression_after),
    events: file.events.flatMap((event) =>
      event.patterns.map((pattern) => ({
        id: `genetics.${file.language}.${event.id}`,
        kind: event.kind,
        reach: event.reach,
        re: words([pattern]),
      })),
    ),
    significance: file.significance.map((s) => ({ value: s.value, re: words(s.patterns) })),
    germline: words(file.origin.germline),
    somatic: words(file.origin.somatic),
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
    expressionGenes: new Set(file.expression_genes),
    expressionForms: new Set(file.expression_forms.map((f) => f.toLowerCase())),
    driverGenes: new Set(file.drivers.map((d) => d.gene)),
    fusionPositiveGenes: new Set(file.fusion_positive_genes),
  };
}

/** The report-layout patterns (`vocab/genetics/layout.yaml`), compiled once. */
export interface CompiledLayout {
  readonly clauseBreak: RegExp;
  readonly descriptionLine: RegExp;
  readonly relativeRow: RegExp;
  readonly ownerAfter: RegExp;
  /** Cues of a relative's chart, each tried alone; the group `role` is the client's relation. */
  readonly relativeChart: readonly RegExp[];
  /** Relatives and the proband as words (global): in a relative's chart, not the patient. */
  readonly chartRelative: RegExp;
  /** After a relative: the variant is the relative's, carried by the client (母と同じ). */
  readonly sameAsAfter: RegExp;
  readonly germlineNoteTypes: RegExp;
  readonly somaticNoteTypes: RegExp;
  readonly receptorLine: RegExp;
  readonly expressionLine: RegExp;
  readonly expressionHeader: RegExp;
  readonly tableHeader: RegExp;
  readonly significanceColumn: RegExp;
  readonly significanceKey: RegExp;
  readonly otherNameBefore: RegExp;
  readonly otherNameColumn: RegExp;
  readonly testNoun: RegExp;
  /** The verb right before a subject test's result ("… was negative"), subject_result_copulas. */
  readonly copulaBefore: RegExp;
  readonly eventBeforeGene: RegExp;
  readonly listGap: RegExp;
  readonly japaneseGap: RegExp;
  /** Words naming an earlier test on a result's line ("前回組織検査：KRAS 野生型"). */
  readonly earlierTest: RegExp;
  /** A line giving the reason for a test ("検査理由：腫瘍で BRCA2 … を検出"): an earlier result. */
  readonly reasonLine: RegExp;
  /** Words naming the note's own person ("本人", "the patient"). */
  readonly selfWord: RegExp;
  /** A line label naming a DNA test ("Germline panel:"), dna_test_labels. */
  readonly dnaTestLabel: RegExp;
  /** A test's label head, and a relative's reason in its bracketed aside (test_label_heads). */
  readonly testLabelHead: RegExp;
  readonly asideReason: RegExp;
  /** The label opening a clinical-history paragraph ("Clinical information:"). */
  readonly clinicalParagraph: RegExp;
  /** A commentary section's label opening a line ("Interpretation:"). */
  readonly commentaryLabel: RegExp;
  /** A confirmatory test's call opening a clause ("FISH negative"): it continues the clause before. */
  readonly continuingCall: RegExp | null;
  /** In the gap of a subject test and its result, a clause or subject of its own (subject_gap_stops). */
  readonly subjectGapStop: RegExp;
  /** Words between a gene and its test noun ("mutation", "hotspot"), test_noun_modifiers. */
  readonly testNounModifiers: RegExp;
  /** A fusion told in words between its genes ("fused with", "is fused in frame to"), fusion_verbs. */
  readonly fusionVerbJoint: RegExp;
  /** A label naming the test of the sentence before ("Same 30-gene panel:"), same_test_nouns. */
  readonly sameTest: RegExp;
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
  return {
    clauseBreak: new RegExp(`[;；。]|${words(file.contrast_words)}`, 'giu'),
    descriptionLine: new RegExp(`^[\\s\\-*•・]*${any(file.description_labels)}\\s*[:：]`, 'i'),
    // A row or phrase opening with a relative, after a possessive ("her son Luke (8) tested"),
    // not as the owner of what follows ("her father's MSH6 variant").
    relativeRow: new RegExp(
      `^\\s*[・\\-*•]?\\s*(?:(?:his|her|your|their)\\s+)?(?:(?:paternal|maternal)\\s+)?${any(file.relatives)}(?![A-Za-z]|['’]s\\b)`,
      'i',
    ),
    ownerAfter: new RegExp(`^${any(file.owner_after)}`),
    relativeChart: file.relative_chart.map((p) => new RegExp(p, 'im')),
    chartRelative: new RegExp(words([...file.relatives, ...file.chart_relatives]), 'gi'),
    sameAsAfter: new RegExp(`^${any(file.same_as_after)}`, 'i'),
    germlineNoteTypes: new RegExp(any(file.germline_note_types), 'i'),
    somaticNoteTypes: new RegExp(any(file.somatic_note_types), 'i'),
    receptorLine: new RegExp(
      `(?<![A-Za-z0-9])${any(file.stain_markers)}\\s*(?:\\(IHC\\)\\s*)?[:：]?\\s*(?:positive|negative|pos|neg|\\+|[-−]|\\d{1,3}\\s*%|陽性|陰性)`,
      'i',
    ),
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
    significanceKey: new RegExp(
      // "Classification: PATHOGENIC", or a dotted key-value row ("Classification ..... Pathogenic").
      // (Not \b: it never holds after a Japanese key, "判定：Pathogenic".)
      `^[\\s\\-*•]*${any(file.significance_keys)}(?![A-Za-z0-9])(?:[^:：]{0,60}[:：]|\\s*\\.{3,})`,
      'i',
    ),
    otherNameBefore: new RegExp(`${any(file.other_name_before)}\\s*[:：(（]?\\s*$`, 'i'),
    otherNameColumn: new RegExp(any(file.other_name_columns), 'i'),
    testNoun: new RegExp(`^\\s*(?:\\(?s\\)?\\s*)?${any(file.test_nouns)}`, 'i'),
    copulaBefore: new RegExp(`(?<![A-Za-z])${any(file.subject_result_copulas)}\\s*$`, 'i'),
    eventBeforeGene: new RegExp(
      // A cell of a table row ("Amplification | ERBB2 | copy number 22") or a heading with a
      // colon ("No fusions detected for: ALK, BRAF, …") links the class word to the gene too.
      // A class word heading a parenthesised list or a label ("Fusions (ALK, ROS1, RET): none
      // detected", "Fusions: ALK, ROS1 not detected") names the class of each gene of it, and
      // so does a negated one before its bracket ("no amplifications detected (ERBB2, MYC …)").
      // "Fusion analysis negative for RET, ALK …": the class's test and its call, then the list.
      `^\\s*(?:[|\\t]\\s*|(?:(?:detected|identified|seen|found|genes?)\\s*)?[(（]\\s*|[:：]\\s*|(?:(?:analysis|testing|assay|studies)\\s+(?:(?:was|is)\\s+)?(?:negative|positive)\\s+)?(?:(?:detected|identified|seen|found)\\s+)?${any(file.event_gene_links)}\\s*[:：]?\\s+(?:the\\s+)?)$`,
      'i',
    ),
    listGap: new RegExp(`^(?:${alternation(file.list_gap_words)}|\\d+|\\/|&)$`, 'i'),
    japaneseGap: new RegExp(
      `${any(file.japanese_gap_words)}|[\\s、,，・:：()（）「」/／はもがをのにでと]`,
      'gu',
    ),
    earlierTest: new RegExp(words(file.earlier_test_labels), 'i'),
    reasonLine: new RegExp(`^[\\s\\-*•・]*${any(file.reason_labels)}\\s*[:：]`, 'i'),
    selfWord: new RegExp(words(file.self_words), 'i'),
    dnaTestLabel: new RegExp(
      `^[\\s\\-*•・■【]*[^:：\\n]{0,30}?(?:${words(file.dna_test_labels)})[^:：\\n]{0,30}[:：】]`,
      'i',
    ),
    testLabelHead: new RegExp(words(file.test_label_heads), 'i'),
    asideReason: new RegExp(words(file.aside_reasons), 'i'),
    clinicalParagraph: new RegExp(
      `^[ \\t]*${any(file.clinical_paragraph_labels)}\\b[^:\\n]{0,30}:`,
      'i',
    ),
    commentaryLabel: new RegExp(`^[ \\t]*${any(file.commentary_labels)}[ \\t]*:`, 'i'),
    continuingCall: file.continuing_calls?.length
      ? new RegExp(`^\\s*(?:${alternation(file.continuing_calls)})(?![A-Za-z])`, 'iu')
      : null,
    subjectGapStop: new RegExp(`\\b${any(file.subject_gap_stops)}\\b`, 'i'),
    testNounModifiers: new RegExp(`^\\s*(?:${any(file.test_noun_modifiers)}\\s+)+`, 'i'),
    // (Each gene may carry its breakpoint exon: "EML4 exon 13 joined to ALK exon 20", "EML4
    // (exon 6) fused to ALK"; or be written "exon N of GENE": "joining exon 5 of ETV6 to exon 15
    // of NTRK3", "exon 2 of CD74 fused to exon 34 of ROS1".)
    fusionVerbJoint: new RegExp(
      `^(?:\\s*[(（]?\\s*(?:exon|ex)\\s?\\d{1,2}\\s*[)）]?)?\\s+(?:(?:(?:is|was|are|were|being)\\s+)?(?:${any(file.fusion_verbs)}\\s+(?:in[- ]frame\\s+)?(?:with|to)|in(?:[- ]frame)?\\s+fusion\\s+(?:with|to))|(?:(?:(?:is|was|are|were|being)\\s+)?(?:${any(file.fusion_verbs)}\\s+(?:in[- ]frame\\s+)?)?(?:with|to)(?=\\s+exon\\s?\\d{1,2}\\s+of\\s+$)))\\s+(?:the\\s+)?(?:exon\\s?\\d{1,2}\\s+of\\s+)?$`,
      'i',
    ),
    sameTest: new RegExp(
      `^\\s*(?:on\\s+|in\\s+|by\\s+)?(?:the\\s+)?same\\s+(?:[\\w-]+\\s+){0,2}${any(file.same_test_nouns)}\\b`,
      'i',
    ),
    relativeReferenceJa: new RegExp(
      `^[ \\t]*[・-]?[ \\t]*${any(file.reference_relatives)}(?:[（(][^）)\\n]{0,12}[）)])?(?:は|も)`,
    ),
    ...coSubject(`(?:${any(file.co_subject_qualifiers)}\\s+)?${any(file.co_subject_relatives)}`),
    relativeOwnerGap: new RegExp(
      `^\\s+(?:(?:his|her|their|your|the\\s+patient['’]s)\\s+(?:${any(file.co_subject_qualifiers)}\\s+)?${any(file.co_subject_relatives)}['’]s|(?:the|her|his|their)\\s+(?:paternal|maternal))\\s+(?:(?:pathogenic|likely\\s+pathogenic|familial|known|heterozygous)\\s+){0,3}$`,
      'i',
    ),
    familyReasonTurn: new RegExp(
      `${any(file.family_reason_turns)}|(?<!${any(other(file.relatives))}(?:が|は)[^。、,，\\n]{0,20})${any(file.family_reason_suspicions)}`,
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
    coSubjectAfter: new RegExp(
      `^[^.;\\n]{0,40}?,\\s*(?:as\\s+(?:does|did|do)|(?:just\\s+)?like|(?:the\\s+)?same\\s+as)\\s+(?:his|her|their)\\s+${relative}s?\\b`,
      'i',
    ),
  };
}
