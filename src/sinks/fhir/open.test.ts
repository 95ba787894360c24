import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CONTEXT } from '../../../tests/support/fhir-fixtures.js';
import { createLogger } from '../../logger.js';
import { FhirTargetError, openFhirSink } from './open.js';
import { ServerFhirSink } from './server-sink.js';

describe('openFhirSink', () => {
  const lines: string[] = [];
  const log = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );

  it('opens a server sink for http(s) URLs without logging the URL', async () => {
    const sink = await openFhirSink('https://fhir.example.org/r4?token=s3cret', {
      context: CONTEXT,
      log,
    });
    expect(sink).toBeInstanceOf(ServerFhirSink);
    expect(lines.join('')).toContain('fhir.example.org');
    expect(lines.join('')).not.toContain('s3cret');
  });

  it.each(['ftp://x', 'fhir.example.org', 'ndjson:', '', 'https://user:pw@fhir.example.org'])(
    'refuses %j as a usage error',
    async (target) => {
      const error = await openFhirSink(target, { context: CONTEXT, log }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FhirTargetError);
    },
  );

  it('does not echo a URL with credentials', async () => {
    const error = await openFhirSink('https://user:pw-s3cret@h', { context: CONTEXT, log }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/no credentials in the URL/);
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('refuses a bundle size below one', async () => {
    await expect(
      openFhirSink('http://localhost:1', { context: CONTEXT, log, notesPerBundle: 0 }),
    ).rejects.toThrow(RangeError);
  });
});
