import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CONTEXT, finding, processedNote } from '../../../tests/support/fhir-fixtures.js';
import { createLogger } from '../../logger.js';
import { mapNoteToFhir } from '../../mappers/fhir/index.js';
import { openFhirSink } from './open.js';

const quiet = createLogger(new Writable({ write: (_c, _e, done) => done() }));
const notes = [
  processedNote({ noteId: 'n-1', smoking: { status: 'former', pack_years: 3 } }),
  processedNote({
    noteId: 'n-2',
    genetics: [
      finding({ gene: 'EGFR', kind: 'snv', hgvs_p: 'p.Leu858Arg', significance: 'pathogenic' }),
    ],
  }),
];

function lines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

describe('NDJSON FHIR sink', () => {
  it('writes one Bulk Data file per resource type, one resource per line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emrx-fhir-'));
    const sink = await openFhirSink(`ndjson:${dir}`, { context: CONTEXT, log: quiet });
    await sink.write(notes);
    const result = await sink.close();
    const expected = notes.flatMap((n) => mapNoteToFhir(n, CONTEXT));
    expect(result.resources).toBe(expected.length);
    expect(lines(join(dir, 'Observation.ndjson'))).toEqual(
      expected.filter((r) => r.resourceType === 'Observation'),
    );
    expect(lines(join(dir, 'Provenance.ndjson'))).toEqual(
      expected.filter((r) => r.resourceType === 'Provenance'),
    );
    expect(await sink.close()).toBe(result);
    await expect(sink.write(notes)).rejects.toThrow(/closed/);
  });

  it('replaces the previous run’s files and leaves other files alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emrx-fhir-'));
    writeFileSync(join(dir, 'Observation.ndjson'), '{"stale":true}\n');
    writeFileSync(join(dir, 'README.txt'), 'keep me');
    for (let run = 0; run < 2; run++) {
      const sink = await openFhirSink(`ndjson:${dir}`, { context: CONTEXT, log: quiet });
      await sink.write(notes.slice(0, 1));
      await sink.close();
    }
    expect(lines(join(dir, 'Observation.ndjson'))).toHaveLength(2);
    expect(readFileSync(join(dir, 'README.txt'), 'utf8')).toBe('keep me');
  });
});
