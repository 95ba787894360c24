import { describe, expect, it } from 'vitest';
import { CONTEXT, processedNote } from '../../../tests/support/fhir-fixtures.js';
import { EMRX_SMOKING_FIELD, PROFILE_US_CORE_SMOKING } from './codes.js';
import type { Observation } from './fhir-types.js';
import { mapNoteToFhir } from './map-note.js';

function observations(options: Parameters<typeof processedNote>[0]): Observation[] {
  return mapNoteToFhir(processedNote(options), CONTEXT).filter(
    (r): r is Observation => r.resourceType === 'Observation',
  );
}

function codes(o: Observation | undefined): string[] {
  return (o?.valueCodeableConcept?.coding ?? []).map((c) => `${c.system}|${c.code}`);
}

describe('smoking status', () => {
  it.each([
    ['current', ['http://snomed.info/sct|77176002', 'http://loinc.org|LA20356-4']],
    ['former', ['http://snomed.info/sct|8517006', 'http://loinc.org|LA15920-4']],
    ['never', ['http://snomed.info/sct|266919005', 'http://loinc.org|LA18978-9']],
  ] as const)('%s → US Core value %j', (status, expected) => {
    const [first] = observations({ smoking: { status } });
    expect(first?.meta?.profile).toEqual([PROFILE_US_CORE_SMOKING]);
    expect(first?.code.coding).toEqual([
      { system: 'http://loinc.org', code: '72166-2', display: 'Tobacco smoking status' },
    ]);
    expect(first?.category[0]?.coding?.[0]?.code).toBe('social-history');
    expect(codes(first)).toEqual(expected);
  });

  it('is not emitted for unknown: a note that says nothing is not an observation', () => {
    expect(observations({ smoking: { status: 'unknown' } })).toHaveLength(0);
  });

  it('uses the note date as effectiveDateTime and the processing time as issued', () => {
    const [status] = observations({ noteDate: '2019-07-01', smoking: { status: 'former' } });
    expect(status?.effectiveDateTime).toBe('2019-07-01');
    expect(status?.issued).toBe('2025-05-06T07:08:09.000Z');
    expect(status?._effectiveDateTime).toBeUndefined();
  });

  it('marks effective as data-absent when the note has no date, never inventing one', () => {
    const [status] = observations({ noteDate: null, smoking: { status: 'former', pack_years: 5 } });
    expect(status?.effectiveDateTime).toBeUndefined();
    expect(status?._effectiveDateTime).toEqual({
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' },
      ],
    });
  });

  it('points at the patient and the source document', () => {
    const [status] = observations({ personId: 'p-77', noteId: 'n-9' });
    expect(status?.subject).toEqual({ reference: 'Patient/p-77' });
    expect(status?.derivedFrom).toEqual([{ reference: 'DocumentReference/n-9' }]);
  });

  it('does not send all .txt notes without metadata to one Patient/unknown', () => {
    const [status] = observations({ personId: 'unknown' });
    expect(status?.subject.reference).toBeUndefined();
    expect(status?.subject.extension?.[0]?.valueCode).toBe('unknown');
  });
});

describe('smoking amounts', () => {
  it('emits one Observation per non-null amount, in annotation order', () => {
    const all = observations({
      smoking: {
        status: 'former',
        pack_years: 30,
        cigarettes_per_day: 20,
        years_smoked: 30,
        quit_year: 2015,
        brinkman_index: 600,
      },
    });
    expect(all).toHaveLength(6);
    const [, packYears, perDay, years, quit, brinkman] = all;
    expect(packYears?.meta?.profile).toEqual([PROFILE_US_CORE_SMOKING]);
    expect(packYears?.code.coding?.[0]).toMatchObject({
      system: 'http://snomed.info/sct',
      code: '401201003',
    });
    expect(packYears?.valueQuantity).toEqual({
      value: 30,
      unit: 'pack-years',
      system: 'http://unitsofmeasure.org',
      code: '{pack-years}',
    });
    expect(perDay?.meta).toBeUndefined();
    expect(perDay?.code.coding?.[0]).toMatchObject({
      system: EMRX_SMOKING_FIELD,
      code: 'cigarettes_per_day',
    });
    expect(perDay?.valueQuantity).toMatchObject({ value: 20, code: '{cigarettes}/d' });
    expect(years?.valueQuantity).toMatchObject({ value: 30, code: 'a' });
    expect(quit?.valueDateTime).toBe('2015');
    expect(brinkman?.valueQuantity).toMatchObject({ value: 600, code: '1' });
    for (const amount of all.slice(1)) {
      expect(amount.category[0]?.coding?.[0]?.code).toBe('social-history');
    }
  });

  it('never writes LOINC codes for amounts without a verified one', () => {
    const all = observations({
      smoking: { cigarettes_per_day: 10, years_smoked: 5, quit_year: 2001, brinkman_index: 50 },
    });
    for (const amount of all.slice(1)) {
      expect(amount.code.coding?.every((c) => c.system === EMRX_SMOKING_FIELD)).toBe(true);
    }
  });

  it('does not write a fractional quit year as a date (no calendar year to give)', () => {
    const all = observations({
      smoking: { status: 'former', quit_year: 2021.5, years_smoked: 2.5 },
    });
    expect(all.map((o) => o.code.coding?.[0]?.code)).toEqual(['72166-2', 'years_smoked']);
    expect(all[1]?.valueQuantity?.value).toBe(2.5);
  });

  it('skips nulls and keeps zero', () => {
    const all = observations({ smoking: { status: 'former', pack_years: 0 } });
    expect(all).toHaveLength(2);
    expect(all[1]?.valueQuantity?.value).toBe(0);
  });
});
