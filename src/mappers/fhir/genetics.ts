import type { GeneticAnnotation, MentionRecord } from '../../pipeline.js';
import {
  CATEGORY_GENETICS,
  CATEGORY_LABORATORY,
  coding,
  concept,
  HGNC,
  HGVS,
  LOINC,
  LOINC_ABSENT,
  LOINC_ALLELIC_STATE,
  LOINC_CHANGE_TYPE,
  LOINC_CLINICAL_SIGNIFICANCE,
  LOINC_CODING_HGVS,
  LOINC_GENE_STUDIED,
  LOINC_GENOMIC_SOURCE_CLASS,
  LOINC_PRESENT,
  LOINC_PROTEIN_HGVS,
  LOINC_SAMPLE_VAF,
  LOINC_VARIANT_ASSESSMENT,
  LOINC_VARIATION_CODE,
  PROFILE_DIAGNOSTIC_IMPLICATION,
  PROFILE_VARIANT,
  SEQUENCE_ONTOLOGY,
  TBD_DIAGNOSTIC_IMPLICATION,
  ucum,
} from './codes.js';
import type { CodeableConcept, Coding, Observation, ObservationComponent } from './fhir-types.js';
import type { GeneIds } from './gene-ids.js';
import { digest, findingIdentifier, findingKey, resourceId } from './ids.js';
import { METHOD_NLP, type NoteContext } from './note-context.js';

type Kind = GeneticAnnotation['kind'];
type Significance = NonNullable<GeneticAnnotation['significance']>;

/**
 * Kind → Variant `coding-change-type` (48019-4, Sequence Ontology terms under SO:0002072,
 * extensible). A Coding only where the SO term was checked: SNV and deletion in IG 3.0.0
 * examples (EGFR-L858R-var, Inline oncology example 7); insertion, duplication, delins in the
 * IG's `dna-change-type-map` ConceptMap; copy_number_gain/loss are named in the IG's
 * coding-change-type short text, their ids checked in Ensembl VEP and GA4GH sources. An exon
 * deletion or insertion is still a deletion or insertion of sequence (SO: duplication is an
 * insertion). The rest are consequences or events, not change types: text only.
 */
const CHANGE_TYPES: Record<Kind, Coding | string | null> = {
  snv: coding(SEQUENCE_ONTOLOGY, 'SO:0001483', 'SNV'),
  deletion: coding(SEQUENCE_ONTOLOGY, 'SO:0000159', 'deletion'),
  insertion: coding(SEQUENCE_ONTOLOGY, 'SO:0000667', 'insertion'),
  duplication: coding(SEQUENCE_ONTOLOGY, 'SO:1000035', 'duplication'),
  delins: coding(SEQUENCE_ONTOLOGY, 'SO:1000032', 'delins'),
  exon_deletion: coding(SEQUENCE_ONTOLOGY, 'SO:0000159', 'deletion'),
  exon_insertion: coding(SEQUENCE_ONTOLOGY, 'SO:0000667', 'insertion'),
  amplification: coding(SEQUENCE_ONTOLOGY, 'SO:0001742', 'copy_number_gain'),
  copy_loss: coding(SEQUENCE_ONTOLOGY, 'SO:0001743', 'copy_number_loss'),
  frameshift: 'frameshift',
  exon_skipping: 'exon skipping',
  fusion: 'fusion',
  wild_type: 'wild type',
  other: null,
};

/** ref: fhir-profiles.md §2 (LL378-1): Germline LA6683-2, Somatic LA6684-0. */
const SOURCE_CLASSES: Record<NonNullable<GeneticAnnotation['origin']>, Coding> = {
  germline: coding(LOINC, 'LA6683-2', 'Germline'),
  somatic: coding(LOINC, 'LA6684-0', 'Somatic'),
};

/** ref: omop-concepts.csv (VERIFIED): LA6706-1 Heterozygous, LA6705-3 Homozygous (LL381-5). */
const ALLELIC_STATES: Readonly<Record<string, Coding>> = {
  heterozygous: coding(LOINC, 'LA6706-1', 'Heterozygous'),
  homozygous: coding(LOINC, 'LA6705-3', 'Homozygous'),
};

/**
 * ACMG class → 53037-8 value (LL4034-6). Codes from fhir-profiles.md §2 / IG 3.0.0 examples;
 * "Likely benign" has no code in our references, so it is text only.
 */
const SIGNIFICANCES: Record<Significance, CodeableConcept> = {
  pathogenic: concept([coding(LOINC, 'LA6668-3', 'Pathogenic')]),
  likely_pathogenic: concept([coding(LOINC, 'LA26332-9', 'Likely pathogenic')]),
  uncertain: concept([coding(LOINC, 'LA26333-7', 'Uncertain significance')]),
  likely_benign: { text: 'Likely benign' },
  benign: concept([coding(LOINC, 'LA6675-8', 'Benign')]),
};

const KIND_WORDS: Record<Kind, string> = {
  snv: 'single nucleotide variant',
  deletion: 'deletion',
  insertion: 'insertion',
  duplication: 'duplication',
  delins: 'deletion-insertion',
  frameshift: 'frameshift',
  exon_deletion: 'deletion',
  exon_insertion: 'insertion',
  exon_skipping: 'skipping',
  fusion: 'fusion',
  amplification: 'amplification',
  copy_loss: 'copy loss',
  wild_type: '',
  other: '',
};

/**
 * A readable name for the finding (`EGFR p.Leu858Arg`, `EGFR exon 19 deletion`,
 * `EML4::ALK fusion`), written as the text of `variation-code` the way the IG's own examples
 * do ("EGFR L858R", "ROS1 Fusion"): the exon has no Variant component of its own.
 */
export function describeFinding(finding: GeneticAnnotation): string {
  const variant = finding.hgvs_p ?? finding.hgvs_c;
  if (variant !== null) {
    return finding.exon === null
      ? `${finding.gene} ${variant}`
      : `${finding.gene} ${variant} (exon ${finding.exon})`;
  }
  const gene =
    finding.kind === 'fusion' && finding.partner !== null
      ? `${finding.partner}::${finding.gene}`
      : finding.gene;
  const exon = finding.exon === null ? '' : ` exon ${finding.exon}`;
  return `${gene}${exon} ${KIND_WORDS[finding.kind]}`.trimEnd();
}

function component(code: Coding, value: CodeableConcept): ObservationComponent {
  return { code: concept([code]), valueCodeableConcept: value };
}

/** HGNC id as code and symbol as display (IG gene-studied rule); the symbol alone if unknown. */
function geneStudied(symbol: string, geneIds: GeneIds): ObservationComponent {
  const id = geneIds.get(symbol);
  return component(
    LOINC_GENE_STUDIED,
    id === undefined ? { text: symbol } : concept([coding(HGNC, id, symbol)]),
  );
}

/**
 * HGVS as written in the note (no transcript: notes rarely give one). The binding is required
 * to the HGVS code system, so it is a Coding, with the string as its display too.
 */
function hgvs(code: Coding, value: string): ObservationComponent {
  return component(code, concept([coding(HGVS, value, value)]));
}

/** Zygosity and VAF stated beside the finding (kept on its mentions, not the annotation). */
export interface FindingMeasures {
  readonly zygosity?: string;
  /** Variant allele fraction in [0, 1]. */
  readonly vaf?: number;
}

type GeneticMentionRecord = Extract<MentionRecord, { extractor: 'genetics' }>;

function sameVariant(finding: GeneticAnnotation, mention: GeneticMentionRecord): boolean {
  const value = mention.value;
  if (value.gene !== finding.gene || value.status !== finding.status) return false;
  if (value.subject !== finding.subject) return false;
  // One change written as c. and p. is one finding; a mention may carry either form.
  if (finding.hgvs_p !== null && value.hgvsP === finding.hgvs_p) return true;
  return finding.hgvs_c !== null && value.hgvsC === finding.hgvs_c;
}

/**
 * Zygosity and VAF of a finding from the mentions that named the same variant. Only a value
 * all those mentions agree on is used; a conflict leaves the field out rather than picking one.
 * VAF must be a fraction in [0, 1] (the IG's 81258-6 examples, UCUM `1`): a percent-like number
 * cannot be told from a fraction of 1, so it is left out rather than rescaled by guesswork.
 */
export function findingMeasures(
  finding: GeneticAnnotation,
  mentions: readonly MentionRecord[],
): FindingMeasures {
  const zygosities = new Set<string>();
  const vafs = new Set<number>();
  for (const mention of mentions) {
    if (mention.extractor !== 'genetics' || mention.type !== 'finding') continue;
    if (!sameVariant(finding, mention)) continue;
    if (mention.value.zygosity !== undefined) zygosities.add(mention.value.zygosity.toLowerCase());
    if (mention.value.vaf !== undefined) vafs.add(mention.value.vaf);
  }
  const [zygosity] = zygosities.size === 1 ? [...zygosities] : [];
  const [vaf] = vafs.size === 1 ? [...vafs] : [];
  return {
    ...(zygosity !== undefined ? { zygosity } : {}),
    ...(vaf !== undefined && Number.isFinite(vaf) && vaf >= 0 && vaf <= 1 ? { vaf } : {}),
  };
}

function variantComponents(
  finding: GeneticAnnotation,
  measures: FindingMeasures,
  geneIds: GeneIds,
): ObservationComponent[] {
  const components: ObservationComponent[] = [geneStudied(finding.gene, geneIds)];
  // A fusion's 5' partner is a second gene studied (the slice is 0..*: "the gene(s) on which
  // the variant is located").
  if (finding.partner !== null) components.push(geneStudied(finding.partner, geneIds));
  // Only when it says more than the gene ("KRAS" alone for a gene-level negative does not).
  const name = describeFinding(finding);
  if (name !== finding.gene) components.push(component(LOINC_VARIATION_CODE, { text: name }));
  if (finding.hgvs_c !== null) components.push(hgvs(LOINC_CODING_HGVS, finding.hgvs_c));
  if (finding.hgvs_p !== null) components.push(hgvs(LOINC_PROTEIN_HGVS, finding.hgvs_p));
  const changeType = CHANGE_TYPES[finding.kind];
  if (changeType !== null) {
    components.push(
      component(
        LOINC_CHANGE_TYPE,
        typeof changeType === 'string' ? { text: changeType } : concept([changeType]),
      ),
    );
  }
  if (finding.origin !== null) {
    components.push(
      component(LOINC_GENOMIC_SOURCE_CLASS, concept([SOURCE_CLASSES[finding.origin]])),
    );
  }
  if (measures.zygosity !== undefined) {
    const state = ALLELIC_STATES[measures.zygosity];
    components.push(
      component(
        LOINC_ALLELIC_STATE,
        state === undefined ? { text: measures.zygosity } : concept([state]),
      ),
    );
  }
  if (measures.vaf !== undefined) {
    components.push({
      code: concept([LOINC_SAMPLE_VAF]),
      valueQuantity: ucum(measures.vaf, '1', 'relative frequency'),
    });
  }
  return components;
}

/** Identity of a finding within its note: spec section 2's distinct (gene, variant, status, subject). */
function findingDigest(finding: GeneticAnnotation): string {
  return digest([
    finding.gene,
    finding.hgvs_c,
    finding.hgvs_p,
    finding.kind,
    finding.exon,
    finding.partner,
    finding.status,
    finding.subject,
  ]);
}

function genomicBase(context: NoteContext, what: string, profile: string) {
  const key = findingKey(context.noteId, what);
  return {
    resourceType: 'Observation' as const,
    id: resourceId(key),
    meta: { profile: [profile] },
    identifier: [findingIdentifier(key)],
    status: 'final' as const,
    category: [CATEGORY_LABORATORY, CATEGORY_GENETICS],
  };
}

/**
 * The patient's genetic findings: one Variant each (value Present or Absent, per the IG's
 * "pertinent negative" use of Absent), and a DiagnosticImplication `derivedFrom` it when the
 * note gave a clinical significance.
 *
 * A relative's result (`subject: family`) is not emitted: a Variant's subject is the patient
 * and the IG has no "finding about a relative" shape; writing it there would record the
 * mother's BRCA1 variant as the patient's. (It stays in the annotations and OMOP note_nlp.)
 */
export function mapGenetics(
  context: NoteContext,
  findings: readonly GeneticAnnotation[],
  mentions: readonly MentionRecord[],
  geneIds: GeneIds,
): Observation[] {
  const out: Observation[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (finding.subject !== 'patient') continue;
    const id = findingDigest(finding);
    // The pipeline already merges duplicates; a second copy would make two PUTs to one
    // conditional URL, which a transaction rejects.
    if (seen.has(id)) continue;
    seen.add(id);
    const effective = context.noteDate === undefined ? {} : { effectiveDateTime: context.noteDate };
    const variant: Observation = {
      ...genomicBase(context, `variant.${id}`, PROFILE_VARIANT),
      code: concept([LOINC_VARIANT_ASSESSMENT]),
      subject: context.subject,
      ...effective,
      issued: context.issued,
      valueCodeableConcept: concept([finding.status === 'present' ? LOINC_PRESENT : LOINC_ABSENT]),
      method: METHOD_NLP,
      derivedFrom: [context.document],
      component: variantComponents(finding, findingMeasures(finding, mentions), geneIds),
    };
    out.push(variant);
    if (finding.significance === null) continue;
    out.push({
      ...genomicBase(context, `implication.${id}`, PROFILE_DIAGNOSTIC_IMPLICATION),
      code: concept([TBD_DIAGNOSTIC_IMPLICATION]),
      subject: context.subject,
      ...effective,
      issued: context.issued,
      method: METHOD_NLP,
      // GenomicImplication: derivedFrom 1..*, slice `variant` → the Variant it interprets.
      derivedFrom: [{ reference: `Observation/${variant.id}` }, context.document],
      component: [component(LOINC_CLINICAL_SIGNIFICANCE, SIGNIFICANCES[finding.significance])],
    });
  }
  return out;
}
