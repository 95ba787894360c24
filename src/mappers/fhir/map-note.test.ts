import { describe, expect, it } from 'vitest';
import { CONTEXT, finding, processedNote } from '../../../tests/support/fhir-fixtures.js';
import type { Provenance } from './fhir-types.js';
import { mapNoteToFhir } from './map-note.js';

const NOTE = processedNote({
  noteId: 'n-42',
  smoking: { status: 'former', pack_years: 20 },
  genetics: [
    finding({ gene: 'EGFR', hgvs_p: 'p.Leu858Arg', kind: 'snv', significance: 'pathogenic' }),
  ],
});

describe('mapNoteToFhir', () => {
  it('ends with one Provenance that targets every other resource of the note', () => {
    const resources = mapNoteToFhir(NOTE, CONTEXT);
    const provenance = resources.at(-1) as Provenance;
    expect(resources.map((r) => r.resourceType)).toEqual([
      'Observation',
      'Observation',
      'Observation',
      'Observation',
      'Provenance',
    ]);
    expect(provenance.target.map((t) => t.reference)).toEqual(
      resources.slice(0, -1).map((r) => `Observation/${r.id}`),
    );
    expect(provenance.recorded).toBe('2025-05-06T07:08:09.000Z');
    expect(provenance.agent).toEqual([
      { who: { type: 'Device', display: 'emrx 0.1.0 rules:0123456789ab models:none' } },
    ]);
    expect(provenance.entity).toEqual([
      { role: 'source', what: { reference: 'DocumentReference/n-42' } },
    ]);
    expect(provenance.meta.tag).toEqual([{ system: 'urn:emrx:finding', code: 'n-42:provenance' }]);
  });

  it('is deterministic: same input, byte-identical JSON', () => {
    const again = processedNote({
      noteId: 'n-42',
      smoking: { status: 'former', pack_years: 20 },
      genetics: [
        finding({ gene: 'EGFR', hgvs_p: 'p.Leu858Arg', kind: 'snv', significance: 'pathogenic' }),
      ],
    });
    expect(JSON.stringify(mapNoteToFhir(again, CONTEXT))).toBe(
      JSON.stringify(mapNoteToFhir(NOTE, CONTEXT)),
    );
  });

  it('keys resources by note and field, so another note or field gets other ids', () => {
    const ids = mapNoteToFhir(NOTE, CONTEXT).map((r) => r.id);
    const other = mapNoteToFhir({ ...NOTE, note: { ...NOTE.note, noteId: 'n-43' } }, CONTEXT).map(
      (r) => r.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => other.includes(id))).toBe(false);
  });

  it('gives the same ids whatever the processing time, so a later run updates', () => {
    const later = mapNoteToFhir(NOTE, {
      ...CONTEXT,
      processedAt: new Date('2030-01-01T00:00:00Z'),
    });
    expect(later.map((r) => r.id)).toEqual(mapNoteToFhir(NOTE, CONTEXT).map((r) => r.id));
  });

  it('identifies observations with urn:emrx:finding keys built from the note id', () => {
    const keys = mapNoteToFhir(NOTE, CONTEXT).flatMap((r) =>
      r.resourceType === 'Observation' ? r.identifier.map((i) => `${i.system}|${i.value}`) : [],
    );
    expect(keys.slice(0, 2)).toEqual([
      'urn:emrx:finding|n-42:smoking-status',
      'urn:emrx:finding|n-42:smoking.pack_years',
    ]);
    expect(keys[2]).toMatch(/^urn:emrx:finding\|n-42:variant\.[0-9a-f]{16}$/);
    expect(keys[3]).toMatch(/^urn:emrx:finding\|n-42:implication\.[0-9a-f]{16}$/);
  });
});
