import { Writable } from 'node:stream';
import { Client } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { type FhirResource, mapNoteToFhir, safeId } from '../src/mappers/fhir/index.js';
import type { ProcessedNote } from '../src/mappers/input.js';
import { FhirServerError, openFhirSink } from '../src/sinks/fhir/index.js';
import { defaultVocabDir, loadHgncIds } from '../src/vocab/load.js';
import { CONTEXT, finding, processedNote } from './support/fhir-fixtures.js';
import { processSampleNotes } from './support/fhir-samples.js';
import {
  type MedplumTestServer,
  startMedplumServer,
  startStubServer,
} from './support/fhir-server.js';

// The server sink against a real FHIR server in process (Medplum's router over a memory
// repository) and against plain HTTP stubs for the failure paths.
const context = { ...CONTEXT, geneIds: loadHgncIds(defaultVocabDir()) };
const FAST = { sleep: async () => undefined, random: () => 0 };

function memoryLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(stream), text: () => lines.join('') };
}

interface SearchBundle {
  total?: number;
  entry?: { resource: FhirResource & { derivedFrom?: { reference?: string }[] } }[];
}

async function search(
  baseUrl: string,
  resourceType: string,
  searchParams: Record<string, string> = {},
) {
  const client = new Client({ baseUrl });
  return (await client.search({
    resourceType,
    searchParams: { _count: '1000', ...searchParams },
  })) as unknown as SearchBundle;
}

/** A transaction-response that commits every entry of the request bundle. */
function committed(body: string) {
  const request = JSON.parse(body) as { entry: unknown[] };
  return {
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: request.entry.map((_, i) => ({
      response: { status: '201 Created', location: `Observation/x${i}` },
    })),
  };
}

describe('FHIR server sink against an in-process FHIR server', () => {
  let server: MedplumTestServer;
  let notes: ProcessedNote[];
  let mapped: FhirResource[];

  beforeAll(async () => {
    server = await startMedplumServer();
    // The demo notes and a slice of the genetics gold notes: every resource shape, few enough
    // for the memory repository, whose conditional updates scan every stored resource.
    const demo = await processSampleNotes([
      new URL('../samples/notes/notes.jsonl', import.meta.url).pathname,
    ]);
    const genetics = await processSampleNotes([
      new URL('../samples/genetics/en/notes-dev.jsonl', import.meta.url).pathname,
    ]);
    notes = [...demo, ...genetics.slice(0, 12)];
    mapped = notes.flatMap((note) => mapNoteToFhir(note, context));
  }, 120_000);
  afterAll(() => server.close());

  async function run(processedAt: Date) {
    const { log } = memoryLog();
    const sink = await openFhirSink(server.baseUrl, {
      context: { ...context, processedAt },
      log,
      notesPerBundle: 7,
    });
    // Written in uneven slices: the sink batches by notes, not by calls.
    for (let i = 0; i < notes.length; i += 5) await sink.write(notes.slice(i, i + 5));
    return sink.close();
  }

  /** One Provenance per note that produced any resource. */
  const provenances = () => mapped.filter((r) => r.resourceType === 'Provenance').length;

  it('commits every resource in transaction bundles', async () => {
    const result = await run(CONTEXT.processedAt);
    expect(result.resources).toBe(mapped.length);
    const transactions = server.requests.filter((r) => r.method === 'POST' && r.url === '/');
    expect(transactions).toHaveLength(Math.ceil(notes.length / 7));
    const observations = mapped.filter((r) => r.resourceType === 'Observation').length;
    expect((await search(server.baseUrl, 'Observation')).total).toBe(observations);
    expect((await search(server.baseUrl, 'Provenance')).total).toBe(provenances());
  });

  it('updates instead of duplicating on a re-run', async () => {
    const later = new Date('2026-01-02T03:04:05.000Z');
    const before = (await search(server.baseUrl, 'Observation')).total;
    await run(later);
    const after = await search(server.baseUrl, 'Observation');
    expect(after.total).toBe(before);
    expect((await search(server.baseUrl, 'Provenance')).total).toBe(provenances());
    // The resources were rewritten, not skipped: they carry the second run's time.
    expect(
      after.entry?.every((e) => (e.resource as { issued?: string }).issued === later.toISOString()),
    ).toBe(true);
  });

  it('finds a patient’s findings by subject and a finding by its identifier', async () => {
    // s-0001 has a smoking status (s-0002, a pathology report, has genetics only).
    const note = notes.find((n) => n.note.noteId === 's-0001')!;
    const expected = mapNoteToFhir(note, context).filter((r) => r.resourceType === 'Observation');
    const bySubject = await search(server.baseUrl, 'Observation', {
      subject: `Patient/${note.note.personId}`,
    });
    expect(bySubject.total).toBe(expected.length);
    const byKey = await search(server.baseUrl, 'Observation', {
      identifier: 'urn:emrx:finding|s-0001:smoking-status',
    });
    expect(byKey.total).toBe(1);
  });

  it('resolves references inside a bundle to the ids the server assigned', async () => {
    const observations = await search(server.baseUrl, 'Observation');
    const ids = new Set(observations.entry?.map((e) => `Observation/${e.resource.id}`));
    const implications = observations.entry?.filter((e) =>
      e.resource.meta?.profile?.[0]?.endsWith('diagnostic-implication'),
    );
    expect(implications?.length).toBeGreaterThan(0);
    for (const implication of implications ?? []) {
      expect(ids.has(implication.resource.derivedFrom?.[0]?.reference ?? '')).toBe(true);
    }
    const provenance = await search(server.baseUrl, 'Provenance');
    for (const entry of provenance.entry ?? []) {
      const { resource } = entry;
      if (resource.resourceType !== 'Provenance') throw new Error('not a Provenance');
      expect(resource.target.every((t) => ids.has(t.reference ?? ''))).toBe(true);
    }
  });
});

describe('FHIR server sink failures', () => {
  const note = processedNote({ personId: 'p-secret-7', smoking: { status: 'former' } });

  it('fails at once on a 4xx, with the OperationOutcome issues and no person id', async () => {
    const stub = await startStubServer(() => ({
      status: 422,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'processing',
            diagnostics: 'Reference Patient/p-secret-7 (p-secret-7) could not be resolved',
            expression: ['Bundle.entry[0].resource.subject'],
          },
        ],
      },
    }));
    const { log } = memoryLog();
    const sink = await openFhirSink(stub.baseUrl, { context, log, retryHooks: FAST });
    await sink.write([note]);
    const error = await sink.close().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirServerError);
    const failure = error as FhirServerError;
    expect(failure.status).toBe(422);
    expect(failure.retryable).toBe(false);
    expect(failure.message).toMatch(/HTTP 422/);
    expect(failure.message).toContain(
      'error processing: "Reference Patient/[person] ([person]) could not be resolved"',
    );
    expect(failure.message).toContain('at Bundle.entry[0].resource.subject');
    expect(failure.message).not.toContain('p-secret-7');
    expect(stub.requests).toHaveLength(1);
    await expect(sink.write([note])).rejects.toBe(error);
    await stub.close();
  });

  it('retries a 503 and then succeeds', async () => {
    const stub = await startStubServer((n, body) =>
      n === 0
        ? { status: 503, body: 'busy', headers: { 'retry-after': '0' } }
        : { status: 200, body: committed(body) },
    );
    const memory = memoryLog();
    const sink = await openFhirSink(stub.baseUrl, { context, log: memory.log, retryHooks: FAST });
    await sink.write([note]);
    expect((await sink.close()).resources).toBe(mapNoteToFhir(note, context).length);
    expect(stub.requests).toHaveLength(2);
    expect(memory.text()).toContain('"reason":"HTTP 503"');
    await stub.close();
  });

  it('gives up after the bounded attempts on 429/5xx', async () => {
    const stub = await startStubServer(() => ({
      status: 429,
      body: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'throttled' }] },
    }));
    const sink = await openFhirSink(stub.baseUrl, {
      context,
      log: memoryLog().log,
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
      retryHooks: FAST,
    });
    await sink.write([note]);
    const error = (await sink.close().catch((e: unknown) => e)) as FhirServerError;
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/failed after retries \(HTTP 429\): error throttled/);
    expect(stub.requests).toHaveLength(3);
    await stub.close();
  });

  it('retries network errors, then reports the server unreachable', async () => {
    const stub = await startStubServer(() => ({ status: 200 }));
    const { baseUrl } = stub;
    await stub.close();
    const sink = await openFhirSink(baseUrl, {
      context,
      log: memoryLog().log,
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
      retryHooks: FAST,
    });
    await sink.write([note]);
    await expect(sink.close()).rejects.toThrow(/unreachable.*ECONNREFUSED/);
  });

  it('drops queued notes when the job failed, and closes once', async () => {
    const stub = await startStubServer((_n, body) => ({ status: 200, body: committed(body) }));
    const memory = memoryLog();
    const sink = await openFhirSink(stub.baseUrl, { context, log: memory.log });
    await sink.write([note]);
    const result = await sink.close('failed');
    expect(result).toEqual({ resources: 0 });
    expect(await sink.close()).toBe(result);
    expect(stub.requests).toHaveLength(0);
    expect(memory.text()).toContain('fhir notes not sent: job failed');
    await stub.close();
  });

  it('refuses a response that did not commit every entry', async () => {
    const stub = await startStubServer(() => ({
      status: 200,
      body: { resourceType: 'Bundle', type: 'transaction-response', entry: [] },
    }));
    const sink = await openFhirSink(stub.baseUrl, {
      context,
      log: memoryLog().log,
      retryHooks: FAST,
    });
    await sink.write([note]);
    await expect(sink.close()).rejects.toThrow(/without committing every entry/);
    await stub.close();
  });
});

describe('FHIR server sink logs', () => {
  const TEXT = 'Zebrafish-QX17 smoked forty cigars daily per the zookeeper';
  const PEOPLE = ['PERSON-ZQ-4471', 'MRN 0099 8812', '患者ID-5521'];

  function secretNotes(): ProcessedNote[] {
    return PEOPLE.map((personId, i) => {
      const note = processedNote({
        noteId: `log-${i}`,
        personId,
        smoking: { status: 'current', pack_years: 12 },
        genetics: [
          finding({ gene: 'EGFR', hgvs_p: 'p.Leu858Arg', kind: 'snv', significance: 'pathogenic' }),
        ],
      });
      return { ...note, note: { ...note.note, text: TEXT } };
    });
  }

  function expectNoSecrets(text: string) {
    expect(text.length).toBeGreaterThan(0);
    for (const person of PEOPLE) {
      expect(text).not.toContain(person);
      expect(text).not.toContain(safeId(person));
    }
    expect(text).not.toContain('Zebrafish');
  }

  it('hold counts and durations only: no note text or person ids, on success, retry and refusal', async () => {
    const memory = memoryLog();
    const medplum = await startMedplumServer();
    const ok = await openFhirSink(medplum.baseUrl, { context, log: memory.log, notesPerBundle: 2 });
    await ok.write(secretNotes());
    await ok.close();
    await medplum.close();

    const flaky = await startStubServer((n, body) =>
      n === 0 ? { status: 502, body: 'bad gateway' } : { status: 200, body: committed(body) },
    );
    const retried = await openFhirSink(flaky.baseUrl, {
      context,
      log: memory.log,
      retryHooks: FAST,
    });
    await retried.write(secretNotes());
    await retried.close();
    await flaky.close();

    const refusing = await startStubServer((_n, body) => ({
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'invalid',
            diagnostics: `bad ${PEOPLE.join(' ')} ${body.slice(0, 2000)}`,
          },
        ],
      },
    }));
    const refused = await openFhirSink(refusing.baseUrl, {
      context,
      log: memory.log,
      retryHooks: FAST,
    });
    await refused.write(secretNotes());
    const error = (await refused.close().catch((e: unknown) => e)) as Error;
    await refusing.close();

    expect(memory.text()).toContain('fhir transaction committed');
    expect(memory.text()).toContain('fhir transaction retry');
    expect(memory.text()).toContain('fhir transaction failed');
    expectNoSecrets(memory.text());
    expectNoSecrets(error.message);
  });
});
