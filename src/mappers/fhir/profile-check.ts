import {
  CATEGORY_GENETICS,
  CATEGORY_LABORATORY,
  CATEGORY_SOCIAL_HISTORY,
  DATA_ABSENT_REASON,
  EMRX_FINDING,
  GENOMICS_TBD_CODES,
  HGNC,
  HGVS,
  LOINC,
  PROFILE_DIAGNOSTIC_IMPLICATION,
  PROFILE_US_CORE_SMOKING,
  PROFILE_VARIANT,
  SNOMED,
  UCUM,
  V2_0074,
} from './codes.js';
import type {
  CodeableConcept,
  FhirResource,
  Observation,
  ObservationComponent,
  Provenance,
  Reference,
} from './fhir-types.js';
import { isFhirId } from './ids.js';
import { SMOKING_STATUS_SNOMED_CODES } from './smoking.js';

/** One broken rule, located like a validator would: resource, FHIRPath-ish path, message. */
export interface ProfileProblem {
  readonly resource: string;
  readonly path: string;
  readonly message: string;
}

/*
 * The profile rules emrx relies on, as code: a small stand-in for the FHIR validator with the
 * US Core and Genomics Reporting packages (not available offline). Rules are those listed in
 * ../shared/reference/fhir-profiles.md; terminology is checked only for the codes emrx writes.
 */

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function hasCoding(value: CodeableConcept | undefined, system: string, code?: string): boolean {
  return (value?.coding ?? []).some(
    (c) => c.system === system && (code === undefined || c.code === code),
  );
}

function sameCategory(a: CodeableConcept, b: CodeableConcept): boolean {
  const wanted = b.coding?.[0];
  return wanted !== undefined && hasCoding(a, wanted.system, wanted.code);
}

/** A concept with content: a coding with system and code, or text. */
function filled(value: CodeableConcept | undefined): boolean {
  if (!value) return false;
  const codings = value.coding ?? [];
  return (
    codings.every((c) => c.system !== '' && c.code !== '') &&
    (codings.length > 0 || (value.text ?? '') !== '')
  );
}

function absentReason(reference: { readonly extension?: readonly { readonly url: string }[] }) {
  return (reference.extension ?? []).some((e) => e.url === DATA_ABSENT_REASON);
}

function validSubject(subject: Reference | undefined): boolean {
  if (!subject) return false;
  if (subject.reference !== undefined)
    return /^Patient\/[A-Za-z0-9\-.]{1,64}$/.test(subject.reference);
  return absentReason(subject);
}

type Check = (ok: boolean, path: string, message: string) => void;

function checkObservationBase(o: Observation, check: Check): void {
  check(o.status === 'final', 'status', 'must be final');
  check(validSubject(o.subject), 'subject', 'must reference a Patient or say why it is absent');
  check(filled(o.code), 'code', 'must have a coding or text');
  check(INSTANT.test(o.issued), 'issued', 'must be an instant');
  check(
    o.identifier.some((i) => i.system === EMRX_FINDING && i.value !== ''),
    'identifier',
    `must carry an ${EMRX_FINDING} identifier`,
  );
  check(
    o.derivedFrom.some((r) => r.reference?.startsWith('DocumentReference/') === true),
    'derivedFrom',
    'must include the source DocumentReference',
  );
  const values = [o.valueCodeableConcept, o.valueQuantity, o.valueDateTime].filter(
    (v) => v !== undefined,
  );
  check(values.length <= 1, 'value[x]', 'at most one value[x]');
}

function componentValues(c: ObservationComponent): number {
  return [c.valueCodeableConcept, c.valueQuantity].filter((v) => v !== undefined).length;
}

/** US Core Smoking Status (7.0.0+): category, effective, value rules, us-core-24/25. */
function checkUsCoreSmoking(o: Observation, check: Check): void {
  check(
    o.category.some((c) => sameCategory(c, CATEGORY_SOCIAL_HISTORY)),
    'category',
    'US Core: needs the social-history category',
  );
  const effective =
    o.effectiveDateTime !== undefined ||
    (o._effectiveDateTime !== undefined && absentReason(o._effectiveDateTime));
  check(effective, 'effective[x]', 'US Core: 1..1 (a date, or data-absent-reason)');
  if (hasCoding(o.code, LOINC, '72166-2')) {
    check(
      o.valueCodeableConcept !== undefined,
      'value[x]',
      'us-core-24: 72166-2 needs a CodeableConcept',
    );
    check(
      (o.valueCodeableConcept?.coding ?? []).some(
        (c) => c.system === SNOMED && SMOKING_STATUS_SNOMED_CODES.has(c.code),
      ),
      'valueCodeableConcept',
      'must hold one of the US Core smoking status SNOMED codes',
    );
  } else if (hasCoding(o.code, SNOMED, '401201003')) {
    check(
      o.valueQuantity?.system === UCUM && o.valueQuantity.code !== '',
      'valueQuantity',
      'us-core-25 / us-core-3: pack-years need a UCUM Quantity',
    );
  } else {
    check(false, 'code', 'US Core smoking status: code must be 72166-2 or 401201003');
  }
}

function checkSocialHistory(o: Observation, check: Check): void {
  check(
    o.category.some((c) => sameCategory(c, CATEGORY_SOCIAL_HISTORY)),
    'category',
    'needs the social-history category',
  );
  check(
    o.valueQuantity !== undefined || o.valueDateTime !== undefined,
    'value[x]',
    'a smoking amount needs a value',
  );
  if (o.valueQuantity) {
    check(o.valueQuantity.system === UCUM, 'valueQuantity.system', 'units must be UCUM');
  }
}

/** Component slices of the Variant profile that emrx writes: code → value type and system. */
const VARIANT_SLICES: Readonly<
  Record<string, { type: 'cc' | 'quantity'; max: number; system?: string }>
> = {
  '48018-6': { type: 'cc', max: Number.POSITIVE_INFINITY },
  '81252-9': { type: 'cc', max: Number.POSITIVE_INFINITY },
  '48004-6': { type: 'cc', max: 1, system: HGVS },
  '48005-3': { type: 'cc', max: 1, system: HGVS },
  '48019-4': { type: 'cc', max: 1 },
  '48002-0': { type: 'cc', max: 1 },
  '53034-5': { type: 'cc', max: 1 },
  '81258-6': { type: 'quantity', max: 1, system: UCUM },
};

function checkGenomicsBase(o: Observation, check: Check): void {
  check(
    o.category.some((c) => sameCategory(c, CATEGORY_LABORATORY)),
    'category',
    'GenomicsBase: needs the laboratory category',
  );
  check(
    o.category.some((c) => hasCoding(c, V2_0074, 'GE') && sameCategory(c, CATEGORY_GENETICS)),
    'category',
    'GenomicsBase: needs the v2-0074 GE category',
  );
  (o.component ?? []).forEach((c, i) => {
    check(filled(c.code), `component[${i}].code`, 'must be coded');
    check(
      componentValues(c) === 1,
      `component[${i}].value[x]`,
      'a slice present needs exactly one value',
    );
    check(
      c.valueCodeableConcept === undefined || filled(c.valueCodeableConcept),
      `component[${i}].valueCodeableConcept`,
      'must have a coding or text',
    );
  });
}

function checkVariant(o: Observation, check: Check): void {
  checkGenomicsBase(o, check);
  check(hasCoding(o.code, LOINC, '69548-6'), 'code', 'Variant: code must be LOINC 69548-6');
  check(
    hasCoding(o.valueCodeableConcept, LOINC, 'LA9633-4') ||
      hasCoding(o.valueCodeableConcept, LOINC, 'LA9634-2'),
    'valueCodeableConcept',
    'Variant: LL1971-2 (required) — emrx writes Present or Absent',
  );
  const counts = new Map<string, number>();
  (o.component ?? []).forEach((c, i) => {
    const code = c.code.coding?.find((k) => k.system === LOINC)?.code ?? '';
    const slice = VARIANT_SLICES[code];
    check(slice !== undefined, `component[${i}].code`, `not a Variant slice emrx writes: ${code}`);
    if (!slice) return;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    const value = slice.type === 'cc' ? c.valueCodeableConcept : c.valueQuantity;
    check(
      value !== undefined,
      `component[${i}].value[x]`,
      `slice ${code} needs a ${slice.type} value`,
    );
    if (slice.system !== undefined && value !== undefined) {
      const ok =
        slice.type === 'cc'
          ? hasCoding(c.valueCodeableConcept, slice.system)
          : c.valueQuantity?.system === slice.system;
      check(ok, `component[${i}].value[x]`, `slice ${code} needs a value from ${slice.system}`);
    }
    if (code === '48018-6' && c.valueCodeableConcept?.coding) {
      check(
        c.valueCodeableConcept.coding.every(
          (k) => k.system === HGNC && /^HGNC:\d+$/.test(k.code) && k.display,
        ),
        `component[${i}].valueCodeableConcept`,
        'gene-studied: HGNC id as code, symbol as display',
      );
    }
  });
  for (const [code, count] of counts) {
    check(count <= VARIANT_SLICES[code]!.max, 'component', `slice ${code} appears ${count} times`);
  }
  check((counts.get('48018-6') ?? 0) >= 1, 'component', 'emrx always names the gene studied');
}

function checkDiagnosticImplication(o: Observation, check: Check): void {
  checkGenomicsBase(o, check);
  check(
    hasCoding(o.code, GENOMICS_TBD_CODES, 'diagnostic-implication'),
    'code',
    'DiagnosticImplication: code must be tbd-codes-cs#diagnostic-implication',
  );
  check(
    o.valueCodeableConcept === undefined &&
      o.valueQuantity === undefined &&
      o.valueDateTime === undefined,
    'value[x]',
    'GenomicImplication: value[x] 0..0',
  );
  check(
    o.derivedFrom.some((r) => r.reference?.startsWith('Observation/') === true),
    'derivedFrom',
    'GenomicImplication: derivedFrom the Variant',
  );
  const significance = (o.component ?? []).filter((c) => hasCoding(c.code, LOINC, '53037-8'));
  check(significance.length === 1, 'component', 'emrx writes exactly one clinical-significance');
}

function checkProvenance(p: Provenance, check: Check): void {
  check(p.target.length > 0, 'target', '1..*');
  check(
    p.target.every((t) => /^Observation\/[A-Za-z0-9\-.]{1,64}$/.test(t.reference ?? '')),
    'target',
    'targets must be Observation references',
  );
  check(INSTANT.test(p.recorded), 'recorded', 'must be an instant');
  check(
    p.agent.length > 0 && p.agent.every((a) => (a.who.display ?? '') !== ''),
    'agent',
    '1..* with who',
  );
  check(
    p.entity.some(
      (e) => e.role === 'source' && e.what.reference?.startsWith('DocumentReference/') === true,
    ),
    'entity',
    'the note is the source entity',
  );
  check(
    (p.meta.tag ?? []).some((t) => t.system === EMRX_FINDING && t.code !== ''),
    'meta.tag',
    `must carry an ${EMRX_FINDING} tag`,
  );
}

/** Every profile rule broken by `resources` (an empty list when all hold). */
export function checkProfiles(resources: readonly FhirResource[]): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const seen = new Set<string>();
  for (const resource of resources) {
    const name = `${resource.resourceType}/${resource.id}`;
    const check: Check = (ok, path, message) => {
      if (!ok) problems.push({ resource: name, path, message });
    };
    check(isFhirId(resource.id), 'id', 'must be a FHIR id');
    check(!seen.has(name), 'id', 'duplicate resource');
    seen.add(name);
    if (resource.resourceType === 'Provenance') {
      checkProvenance(resource, check);
      continue;
    }
    checkObservationBase(resource, check);
    const profiles = resource.meta?.profile ?? [];
    if (profiles.includes(PROFILE_US_CORE_SMOKING)) checkUsCoreSmoking(resource, check);
    else if (profiles.includes(PROFILE_VARIANT)) checkVariant(resource, check);
    else if (profiles.includes(PROFILE_DIAGNOSTIC_IMPLICATION))
      checkDiagnosticImplication(resource, check);
    else checkSocialHistory(resource, check);
  }
  return problems;
}
