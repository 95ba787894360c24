import { describe, expect, it } from 'vitest';
import { CONTEXT, finding, processedNote } from '../../../tests/support/fhir-fixtures.js';
import type { FhirResource, Observation, Provenance } from './fhir-types.js';
import { mapNoteToFhir } from './map-note.js';
import { checkProfiles } from './profile-check.js';

const resources = mapNoteToFhir(
  processedNote({
    smoking: { status: 'current', pack_years: 10, cigarettes_per_day: 20, quit_year: null },
    genetics: [
      finding({
        gene: 'EGFR',
        hgvs_c: 'c.2573T>G',
        hgvs_p: 'p.Leu858Arg',
        kind: 'snv',
        significance: 'pathogenic',
        origin: 'somatic',
      }),
      finding({ gene: 'ALK', partner: 'EML4', kind: 'fusion' }),
    ],
  }),
  CONTEXT,
);
const [status, packYears, perDay, variant, implication, fusion, provenance] = resources as [
  Observation,
  Observation,
  Observation,
  Observation,
  Observation,
  Observation,
  Provenance,
];

function broken(resource: FhirResource, change: Record<string, unknown>): FhirResource {
  return { ...resource, ...change } as FhirResource;
}

describe('checkProfiles', () => {
  it('passes what the mapper writes', () => {
    expect(fusion.component?.length).toBeGreaterThan(0);
    expect(checkProfiles(resources)).toEqual([]);
  });

  it.each([
    ['smoking status without social-history', status, { category: [] }, 'category'],
    ['smoking status without effective', status, { effectiveDateTime: undefined }, 'effective[x]'],
    [
      'smoking status with a Quantity',
      status,
      {
        valueCodeableConcept: undefined,
        valueQuantity: { value: 1, unit: 'x', system: 'http://unitsofmeasure.org', code: '1' },
      },
      'value[x]',
    ],
    [
      'smoking status with a foreign code',
      status,
      { valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '1' }] } },
      'valueCodeableConcept',
    ],
    [
      'pack-years without UCUM',
      packYears,
      { valueQuantity: { value: 1, unit: 'py', system: 'http://example.org', code: 'py' } },
      'valueQuantity',
    ],
    ['an amount without value', perDay, { valueQuantity: undefined }, 'value[x]'],
    ['status other than final', status, { status: 'preliminary' }, 'status'],
    ['no derivedFrom document', perDay, { derivedFrom: [] }, 'derivedFrom'],
    ['no identifier', perDay, { identifier: [] }, 'identifier'],
    ['a Variant without GE category', variant, { category: [variant.category[0]] }, 'category'],
    [
      'a Variant with the wrong code',
      variant,
      { code: { coding: [{ system: 'http://loinc.org', code: '1-1' }] } },
      'code',
    ],
    [
      'a Variant valued outside LL1971-2 Present/Absent',
      variant,
      { valueCodeableConcept: { text: 'yes' } },
      'valueCodeableConcept',
    ],
    [
      'a Variant component without value',
      variant,
      { component: [{ code: variant.component![0]!.code }] },
      'component[0].value[x]',
    ],
    [
      'a Variant c.HGVS outside the HGVS system',
      variant,
      {
        component: [
          ...variant.component!,
          {
            code: { coding: [{ system: 'http://loinc.org', code: '48004-6' }] },
            valueCodeableConcept: { text: 'c.1A>G' },
          },
        ],
      },
      `component[${variant.component!.length}].value[x]`,
    ],
    [
      'an implication with a value',
      implication,
      { valueCodeableConcept: { text: 'x' } },
      'value[x]',
    ],
    [
      'an implication not derived from a Variant',
      implication,
      { derivedFrom: [implication.derivedFrom[1]] },
      'derivedFrom',
    ],
    ['a Provenance without targets', provenance, { target: [] }, 'target'],
    ['a Provenance without source entity', provenance, { entity: [] }, 'entity'],
    ['a bad id', perDay, { id: 'no spaces allowed' }, 'id'],
  ])('catches %s', (_name, resource, change, path) => {
    const problems = checkProfiles([broken(resource, change)]);
    expect(problems.map((p) => p.path)).toContain(path);
  });

  it('catches a slice written twice and a duplicate resource', () => {
    const twice = broken(variant, { component: [...variant.component!, variant.component![3]!] });
    expect(checkProfiles([twice]).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/appears 2 times/),
    );
    expect(checkProfiles([perDay, perDay]).map((p) => p.message)).toContain('duplicate resource');
  });
});
