import { describe, expect, it } from 'vitest';
import { CONTEXT, finding, processedNote } from '../../../tests/support/fhir-fixtures.js';
import { toTransactionBundle } from './bundle.js';
import { mapNoteToFhir } from './map-note.js';

const resources = [
  ...mapNoteToFhir(
    processedNote({
      noteId: 'a,b|c',
      genetics: [
        finding({ gene: 'EGFR', kind: 'snv', hgvs_p: 'p.Leu858Arg', significance: 'pathogenic' }),
      ],
    }),
    CONTEXT,
  ),
  ...mapNoteToFhir(processedNote({ noteId: 'n-2', personId: 'p-2' }), CONTEXT),
];
const bundle = toTransactionBundle(resources);

describe('toTransactionBundle', () => {
  it('makes one conditional PUT per resource', () => {
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry).toHaveLength(resources.length);
    for (const entry of bundle.entry) expect(entry.request.method).toBe('PUT');
    const urls = bundle.entry.map((e) => decodeURIComponent(e.request.url));
    expect(urls[0]).toMatch(
      /^Observation\?identifier=urn:emrx:finding\|h-[0-9a-f]{40}:smoking-status$/,
    );
    expect(urls.at(-1)).toBe('Provenance?_tag=urn:emrx:finding|n-2:provenance');
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('percent-encodes the token so | and : survive the URL', () => {
    expect(bundle.entry[0]?.request.url).toMatch(
      /^Observation\?identifier=urn%3Aemrx%3Afinding%7C/,
    );
  });

  it('drops ids, uses urn:uuid fullUrls and rewrites references between entries', () => {
    for (const [i, entry] of bundle.entry.entries()) {
      expect('id' in entry.resource).toBe(false);
      expect(entry.fullUrl).toBe(`urn:uuid:${resources[i]?.id}`);
    }
    const implication = bundle.entry[2]?.resource;
    const variantUrl = bundle.entry[1]?.fullUrl;
    expect(
      implication && 'derivedFrom' in implication ? implication.derivedFrom[0] : undefined,
    ).toEqual({
      reference: variantUrl,
    });
    const provenance = bundle.entry[3]?.resource;
    expect(
      provenance && 'target' in provenance ? provenance.target.map((t) => t.reference) : [],
    ).toEqual(bundle.entry.slice(0, 3).map((e) => e.fullUrl));
  });

  it('keeps references to resources outside the bundle', () => {
    const status = bundle.entry[4]?.resource;
    expect(status && 'subject' in status ? status.subject : undefined).toEqual({
      reference: 'Patient/p-2',
    });
    expect(status && 'derivedFrom' in status ? status.derivedFrom : undefined).toEqual([
      { reference: 'DocumentReference/n-2' },
    ]);
  });

  it('does not change the mapped resources', () => {
    expect(resources[0]?.id).toBeDefined();
    expect(JSON.stringify(resources)).toContain('"reference":"Observation/');
  });

  it('refuses the same resource twice (two PUTs to one conditional URL fail a transaction)', () => {
    expect(() => toTransactionBundle([resources[0]!, resources[0]!])).toThrow(/twice/);
  });
});
