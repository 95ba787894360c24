import type { CodeableConcept, Coding, Extension } from './fhir-types.js';

/*
 * Every code emrx writes into FHIR, with where it was checked. `ref:` points at
 * `../shared/reference/` (fhir-profiles.md, omop-concepts.csv); `IG 3.0.0` is HL7 Genomics
 * Reporting STU3 (HL7/genomics-reporting input/fsh). Nothing here is invented: where no
 * verified standard code exists the concept is written as text or in emrx's own code system.
 */

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
/** IG 3.0.0 Aliases.fsh `$HGVS`. */
export const HGVS = 'http://varnomen.hgvs.org';
/**
 * IG 3.0.0 Aliases.fsh `$HGNCID` (HL7 terminology's HGNC id system). Older IG builds and some
 * national profiles wrote `http://www.genenames.org/geneId`; STU3 examples use this one.
 */
export const HGNC = 'http://www.genenames.org';
/** IG 3.0.0 Aliases.fsh `$SEQONT`. */
export const SEQUENCE_ONTOLOGY = 'http://sequenceontology.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** HL7 v2 table 0074 (diagnostic service section); ref: fhir-profiles.md, Variant `geCategory`. */
export const V2_0074 = 'http://terminology.hl7.org/CodeSystem/v2-0074';
/** IG 3.0.0 CGCodeSystem.fsh `TbdCodesCS` (id `tbd-codes-cs`): codes awaiting LOINC ones. */
export const GENOMICS_TBD_CODES =
  'http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs';
export const DATA_ABSENT_REASON = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

/**
 * emrx's own code system for smoking amounts that have no verified standard code:
 * omop-concepts.csv marks the LOINC candidates for cigarettes/day (63640-7), quit date
 * (74010-0), years smoked and the Brinkman index UNVERIFIED, and a wrong LOINC code is worse
 * than a local one a terminology server can map later. Codes are the annotation field names.
 */
export const EMRX_SMOKING_FIELD = 'https://emrx.example/fhir/CodeSystem/smoking-field';

/** System of the stable `identifier` (and the Provenance tag) every emrx resource carries. */
export const EMRX_FINDING = 'urn:emrx:finding';

export const PROFILE_US_CORE_SMOKING =
  'http://hl7.org/fhir/us/core/StructureDefinition/us-core-smokingstatus';
export const PROFILE_VARIANT =
  'http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant';
export const PROFILE_DIAGNOSTIC_IMPLICATION =
  'http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/diagnostic-implication';

export function coding(system: string, code: string, display?: string): Coding {
  return display === undefined ? { system, code } : { system, code, display };
}

export function concept(codings: readonly Coding[], text?: string): CodeableConcept {
  return text === undefined ? { coding: codings } : { coding: codings, text };
}

/** US Core "missing data" rule: a required element with no value carries this extension. */
export const ABSENT_UNKNOWN: Extension = { url: DATA_ABSENT_REASON, valueCode: 'unknown' };

export const CATEGORY_SOCIAL_HISTORY = concept(
  [coding(OBSERVATION_CATEGORY, 'social-history', 'Social History')],
  'Social History',
);
export const CATEGORY_LABORATORY = concept([
  coding(OBSERVATION_CATEGORY, 'laboratory', 'Laboratory'),
]);
/** No display: the IG and our references give the code only. */
export const CATEGORY_GENETICS = concept([coding(V2_0074, 'GE')]);

/** ref: omop-concepts.csv 43054909 (VERIFIED), US Core `us-core-24`. */
export const LOINC_TOBACCO_SMOKING_STATUS = coding(LOINC, '72166-2', 'Tobacco smoking status');
/** ref: fhir-profiles.md `us-core-25`; US Core `Observation-pack-years-example.json`. */
export const SNOMED_PACK_YEARS = coding(SNOMED, '401201003', 'Cigarette pack-years');

/** LOINC codes of the Variant and DiagnosticImplication profiles (ref: fhir-profiles.md §2). */
export const LOINC_VARIANT_ASSESSMENT = coding(LOINC, '69548-6', 'Genetic variant assessment');
export const LOINC_GENE_STUDIED = coding(LOINC, '48018-6', 'Gene studied [ID]');
export const LOINC_CODING_HGVS = coding(LOINC, '48004-6', 'DNA change (c.HGVS)');
export const LOINC_PROTEIN_HGVS = coding(LOINC, '48005-3', 'Amino acid change (pHGVS)');
export const LOINC_CHANGE_TYPE = coding(LOINC, '48019-4', 'DNA change type');
export const LOINC_GENOMIC_SOURCE_CLASS = coding(LOINC, '48002-0', 'Genomic source class');
export const LOINC_ALLELIC_STATE = coding(LOINC, '53034-5', 'Allelic state');
export const LOINC_SAMPLE_VAF = coding(LOINC, '81258-6', 'Sample VAF');
/** No display: fhir-profiles.md gives the code and slice (`variation-code`) only. */
export const LOINC_VARIATION_CODE = coding(LOINC, '81252-9');
export const LOINC_CLINICAL_SIGNIFICANCE = coding(
  LOINC,
  '53037-8',
  'Genetic variation clinical significance [Imp]',
);
export const TBD_DIAGNOSTIC_IMPLICATION = coding(
  GENOMICS_TBD_CODES,
  'diagnostic-implication',
  'Diagnostic Implication',
);

/** Variant value, binding LL1971-2 (required); ref: omop-concepts.csv 45879438 / 45884086. */
export const LOINC_PRESENT = coding(LOINC, 'LA9633-4', 'Present');
export const LOINC_ABSENT = coding(LOINC, 'LA9634-2', 'Absent');

export function ucum(value: number, code: string, unit: string) {
  return { value, unit, system: UCUM, code };
}
