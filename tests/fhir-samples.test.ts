import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkProfiles,
  type FhirResource,
  mapNoteToFhir,
  PROFILE_DIAGNOSTIC_IMPLICATION,
  PROFILE_VARIANT,
  toTransactionBundle,
} from '../src/mappers/fhir/index.js';
import type { ProcessedNote } from '../src/mappers/input.js';
import { defaultVocabDir, loadHgncIds } from '../src/vocab/load.js';
import { CONTEXT, finding, processedNote } from './support/fhir-fixtures.js';
import { processSampleNotes, sampleNoteFiles } from './support/fhir-samples.js';
import { fhirSchema } from './support/fhir-schema.js';

// Every resource emrx writes for every sample note (the demo notes and all smoking and genetics
// gold notes, through the real pipeline) must be valid R4 JSON and keep the profile rules.
const context = { ...CONTEXT, geneIds: loadHgncIds(defaultVocabDir()) };
let notes: ProcessedNote[] = [];
let resources: FhirResource[] = [];
const schema = fhirSchema();
const quickSchema = fhirSchema({ allErrors: false });

/** Hand-built edge cases the samples may not have: no date, unknown person, every kind. */
const EDGE_NOTES = [
  processedNote({
    noteId: 'edge-1',
    noteDate: null,
    smoking: { status: 'former', pack_years: 5, quit_year: 1999 },
  }),
  processedNote({
    noteId: 'edge 2/with spaces',
    personId: 'unknown',
    genetics: [
      finding({
        gene: 'ALK',
        partner: 'EML4',
        kind: 'fusion',
        significance: 'pathogenic',
        origin: 'somatic',
      }),
      finding({ gene: 'ERBB2', kind: 'amplification', significance: 'likely_benign' }),
      finding({ gene: 'EGFR', kind: 'exon_deletion', exon: 19, significance: 'likely_pathogenic' }),
      finding({ gene: 'KRAS', kind: 'wild_type', status: 'absent' }),
    ],
  }),
];

const PREFIX = 40;

/** Every string value anywhere inside a JSON-like value. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) yield* stringsIn(item);
}

/** Ids of the notes whose first PREFIX characters appear inside any string of the resources. */
function leakedNoteIds(written: FhirResource[], source: ProcessedNote[]): string[] {
  const windows = new Set<string>();
  for (const text of stringsIn(written)) {
    for (let i = 0; i + PREFIX <= text.length; i++) windows.add(text.slice(i, i + PREFIX));
  }
  return source
    .filter((n) => n.note.text.length > PREFIX && windows.has(n.note.text.slice(0, PREFIX)))
    .map((n) => n.note.noteId);
}

function errors(definition: string, value: unknown): string[] {
  // The quick validator decides; the thorough one runs only to list a failure's every error.
  if (quickSchema(definition)(value)) return [];
  const validate = schema(definition);
  validate(value);
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

beforeAll(async () => {
  notes = [...(await processSampleNotes(sampleNoteFiles())), ...EDGE_NOTES];
  resources = notes.flatMap((note) => mapNoteToFhir(note, context));
}, 120_000);

describe('FHIR resources for every sample note', () => {
  it('covers the notes and every resource shape (the checks below are not vacuous)', () => {
    expect(notes.length).toBeGreaterThan(1000);
    const profiles = resources.flatMap((r) =>
      r.resourceType === 'Observation' ? (r.meta?.profile ?? []) : [],
    );
    expect(profiles.filter((p) => p === PROFILE_VARIANT).length).toBeGreaterThan(100);
    expect(profiles.filter((p) => p === PROFILE_DIAGNOSTIC_IMPLICATION).length).toBeGreaterThan(50);
    // One Provenance per note that produced anything; a note with no finding produces nothing.
    const producing = notes.filter((note) => mapNoteToFhir(note, context).length > 0);
    expect(producing.length).toBeGreaterThan(500);
    expect(resources.filter((r) => r.resourceType === 'Provenance')).toHaveLength(producing.length);
    const silent = notes.filter((note) => !producing.includes(note));
    for (const note of silent) expect(note.result.annotation.smoking.status).toBe('unknown');
  });

  it('validates against the official R4 JSON schema', () => {
    const failures = resources.flatMap((r) =>
      errors(r.resourceType, r).map((e) => `${r.resourceType}/${r.id}: ${e}`),
    );
    expect(failures).toEqual([]);
  });

  it('keeps the US Core and Genomics Reporting profile rules', () => {
    expect(checkProfiles(resources)).toEqual([]);
  });

  it('writes transaction Bundles that validate too', () => {
    for (let i = 0; i < notes.length; i += 100) {
      const batch = notes.slice(i, i + 100).flatMap((note) => mapNoteToFhir(note, context));
      expect(errors('Bundle', toTransactionBundle(batch))).toEqual([]);
    }
  });

  it('never writes note text into a resource', () => {
    // Every 40-character window of every string the resources hold, so each note's opening is
    // one set lookup: searching the whole JSON once per note grew with notes × JSON size and
    // outran the test timeout as the gold sets grew.
    expect(leakedNoteIds(resources, notes)).toEqual([]);
    // The check itself can fail: a resource carrying a note's opening is caught.
    const note = notes.find((n) => n.note.text.length > PREFIX) as ProcessedNote;
    const planted = { resourceType: 'Basic', id: 'x', text: { div: `<p>${note.note.text}</p>` } };
    expect(leakedNoteIds([...resources, planted as unknown as FhirResource], notes)).toContain(
      note.note.noteId,
    );
  });

  it('codes every gene studied with its HGNC id', () => {
    const genes = resources.flatMap((r) =>
      r.resourceType === 'Observation'
        ? (r.component ?? []).filter((c) => c.code.coding?.[0]?.code === '48018-6')
        : [],
    );
    expect(genes.length).toBeGreaterThan(100);
    expect(genes.filter((g) => !g.valueCodeableConcept?.coding)).toEqual([]);
  });

  it('is deterministic: mapping again gives byte-identical JSON', () => {
    const again = notes.flatMap((note) => mapNoteToFhir(note, context));
    expect(JSON.stringify(again)).toBe(JSON.stringify(resources));
  });
});
