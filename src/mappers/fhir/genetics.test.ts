import { describe, expect, it } from 'vitest';
import { CONTEXT, finding, processedNote } from '../../../tests/support/fhir-fixtures.js';
import type { MentionRecord } from '../../pipeline.js';
import { PROFILE_DIAGNOSTIC_IMPLICATION, PROFILE_VARIANT } from './codes.js';
import type { Observation, ObservationComponent } from './fhir-types.js';
import { describeFinding, findingMeasures } from './genetics.js';
import { mapNoteToFhir } from './map-note.js';

function genomic(options: Parameters<typeof processedNote>[0]): Observation[] {
  return mapNoteToFhir(processedNote(options), CONTEXT).filter(
    (r): r is Observation =>
      r.resourceType === 'Observation' &&
      (r.meta?.profile ?? []).some((p) => p.includes('genomics')),
  );
}

function part(o: Observation | undefined, loinc: string): ObservationComponent[] {
  return (o?.component ?? []).filter((c) => c.code.coding?.[0]?.code === loinc);
}

const L858R = finding({
  gene: 'EGFR',
  hgvs_c: 'c.2573T>G',
  hgvs_p: 'p.Leu858Arg',
  kind: 'snv',
  exon: 21,
  significance: 'pathogenic',
  origin: 'somatic',
});

function mention(value: Record<string, unknown>): MentionRecord {
  return {
    note_id: 'n-1',
    extractor: 'genetics',
    type: 'finding',
    start: 0,
    end: 1,
    text: 'x',
    value,
    section: null,
    rule: 'r',
    decision: 'used',
  } as MentionRecord;
}

describe('Variant', () => {
  it('follows the Variant profile: categories, code, value, components', () => {
    const [variant] = genomic({ genetics: [L858R] });
    expect(variant?.meta?.profile).toEqual([PROFILE_VARIANT]);
    expect(variant?.category.map((c) => c.coding?.[0]?.code)).toEqual(['laboratory', 'GE']);
    expect(variant?.code.coding?.[0]).toMatchObject({
      system: 'http://loinc.org',
      code: '69548-6',
    });
    expect(variant?.valueCodeableConcept?.coding?.[0]?.code).toBe('LA9633-4');
    expect(part(variant, '48018-6')[0]?.valueCodeableConcept?.coding).toEqual([
      { system: 'http://www.genenames.org', code: 'HGNC:3236', display: 'EGFR' },
    ]);
    expect(part(variant, '48004-6')[0]?.valueCodeableConcept?.coding?.[0]).toMatchObject({
      system: 'http://varnomen.hgvs.org',
      code: 'c.2573T>G',
    });
    expect(part(variant, '48005-3')[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe(
      'p.Leu858Arg',
    );
    expect(part(variant, '48019-4')[0]?.valueCodeableConcept?.coding?.[0]).toMatchObject({
      system: 'http://sequenceontology.org',
      code: 'SO:0001483',
    });
    expect(part(variant, '48002-0')[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('LA6684-0');
    expect(part(variant, '81252-9')[0]?.valueCodeableConcept?.text).toBe(
      'EGFR p.Leu858Arg (exon 21)',
    );
    expect(variant?.effectiveDateTime).toBe('2024-03-02');
  });

  it('writes a tested-negative finding as Absent, with no implication', () => {
    const all = genomic({
      genetics: [
        finding({ gene: 'KRAS', kind: 'wild_type', status: 'absent', origin: 'germline' }),
      ],
    });
    expect(all).toHaveLength(1);
    expect(all[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('LA9634-2');
    expect(part(all[0], '48002-0')[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('LA6683-2');
    expect(part(all[0], '48019-4')[0]?.valueCodeableConcept).toEqual({ text: 'wild type' });
    expect(part(all[0], '81252-9')).toEqual([]);
  });

  it('names a fusion partner as a second gene studied', () => {
    const [variant] = genomic({
      genetics: [finding({ gene: 'ALK', partner: 'EML4', kind: 'fusion' })],
    });
    expect(
      part(variant, '48018-6').map((c) => c.valueCodeableConcept?.coding?.[0]?.display),
    ).toEqual(['ALK', 'EML4']);
    expect(part(variant, '48019-4')[0]?.valueCodeableConcept).toEqual({ text: 'fusion' });
    expect(part(variant, '81252-9')[0]?.valueCodeableConcept?.text).toBe('EML4::ALK fusion');
  });

  it('falls back to the symbol as text when the HGNC id is unknown', () => {
    const [variant] = genomic({ genetics: [finding({ gene: 'NOTINMAP' })] });
    expect(part(variant, '48018-6')[0]?.valueCodeableConcept).toEqual({ text: 'NOTINMAP' });
  });

  it('omits the change type it cannot code or name, and the origin when unknown', () => {
    const [variant] = genomic({ genetics: [finding({ gene: 'EGFR', kind: 'other' })] });
    expect(part(variant, '48019-4')).toEqual([]);
    expect(part(variant, '48002-0')).toEqual([]);
  });

  it('does not emit a relative’s result as the patient’s Variant', () => {
    const all = genomic({
      genetics: [
        finding({
          gene: 'BRCA1',
          subject: 'family',
          significance: 'pathogenic',
          origin: 'germline',
        }),
      ],
    });
    expect(all).toEqual([]);
  });

  it('keeps findings that differ only in status apart, and drops exact duplicates', () => {
    const t790m = finding({ gene: 'EGFR', hgvs_p: 'p.Thr790Met', kind: 'snv' });
    const all = genomic({ genetics: [t790m, { ...t790m, status: 'absent' }, t790m] });
    expect(all).toHaveLength(2);
    expect(new Set(all.map((o) => o.id)).size).toBe(2);
  });
});

describe('DiagnosticImplication', () => {
  it.each([
    [
      'pathogenic',
      { coding: [{ system: 'http://loinc.org', code: 'LA6668-3', display: 'Pathogenic' }] },
    ],
    [
      'likely_pathogenic',
      { coding: [{ system: 'http://loinc.org', code: 'LA26332-9', display: 'Likely pathogenic' }] },
    ],
    [
      'uncertain',
      {
        coding: [
          { system: 'http://loinc.org', code: 'LA26333-7', display: 'Uncertain significance' },
        ],
      },
    ],
    ['likely_benign', { text: 'Likely benign' }],
    ['benign', { coding: [{ system: 'http://loinc.org', code: 'LA6675-8', display: 'Benign' }] }],
  ] as const)('%s → %j, derived from the Variant', (significance, value) => {
    const [variant, implication] = genomic({ genetics: [{ ...L858R, significance }] });
    expect(implication?.meta?.profile).toEqual([PROFILE_DIAGNOSTIC_IMPLICATION]);
    expect(implication?.code.coding?.[0]).toMatchObject({
      system: 'http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs',
      code: 'diagnostic-implication',
    });
    expect(implication?.valueCodeableConcept).toBeUndefined();
    expect(implication?.derivedFrom[0]).toEqual({ reference: `Observation/${variant?.id}` });
    expect(implication?.derivedFrom[1]?.reference).toBe('DocumentReference/n-1');
    expect(part(implication, '53037-8')[0]?.valueCodeableConcept).toEqual(value);
  });
});

describe('zygosity and VAF from mentions', () => {
  const base = {
    gene: 'EGFR',
    hgvsC: 'c.2573T>G',
    hgvsP: 'p.Leu858Arg',
    status: 'present',
    subject: 'patient',
  };

  it('adds allelic state and VAF the mentions agree on', () => {
    const mentions = [
      mention({ ...base, zygosity: 'Heterozygous', vaf: 0.42 }),
      mention({ ...base, hgvsC: null }),
    ];
    const [variant] = genomic({ genetics: [L858R], mentions });
    expect(part(variant, '53034-5')[0]?.valueCodeableConcept?.coding?.[0]).toMatchObject({
      code: 'LA6706-1',
    });
    expect(part(variant, '81258-6')[0]?.valueQuantity).toEqual({
      value: 0.42,
      unit: 'relative frequency',
      system: 'http://unitsofmeasure.org',
      code: '1',
    });
  });

  it('leaves out conflicting or out-of-range values and other variants’ values', () => {
    expect(
      findingMeasures(L858R, [
        mention({ ...base, zygosity: 'heterozygous' }),
        mention({ ...base, zygosity: 'homozygous' }),
      ]),
    ).toEqual({});
    expect(findingMeasures(L858R, [mention({ ...base, vaf: 42 })])).toEqual({});
    expect(
      findingMeasures(L858R, [mention({ ...base, hgvsC: 'c.1A>G', hgvsP: 'p.Met1Val', vaf: 0.3 })]),
    ).toEqual({});
    expect(
      findingMeasures(L858R, [
        { ...mention({ ...base, vaf: 0.3 }), type: 'ignored' } as MentionRecord,
      ]),
    ).toEqual({});
  });

  it('writes an unknown zygosity word as text', () => {
    const [variant] = genomic({
      genetics: [L858R],
      mentions: [mention({ ...base, zygosity: 'hemizygous' })],
    });
    expect(part(variant, '53034-5')[0]?.valueCodeableConcept).toEqual({ text: 'hemizygous' });
  });
});

describe('describeFinding', () => {
  it.each([
    ['EGFR exon 19 deletion', finding({ gene: 'EGFR', kind: 'exon_deletion', exon: 19 })],
    ['MET exon 14 skipping', finding({ gene: 'MET', kind: 'exon_skipping', exon: 14 })],
    ['ERBB2 amplification', finding({ gene: 'ERBB2', kind: 'amplification' })],
    ['ROS1 fusion', finding({ gene: 'ROS1', kind: 'fusion' })],
    ['KRAS', finding({ gene: 'KRAS', kind: 'wild_type', status: 'absent' })],
    ['BRCA1 c.68_69del', finding({ gene: 'BRCA1', hgvs_c: 'c.68_69del', kind: 'frameshift' })],
  ])('%s', (expected, input) => {
    expect(describeFinding(input)).toBe(expected);
  });
});
