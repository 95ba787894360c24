import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { FhirMappingContext } from '../../mappers/fhir/index.js';
import { NdjsonFhirSink } from './ndjson-sink.js';
import type { RetryPolicy } from './retry.js';
import { ServerFhirSink, type ServerSinkOptions } from './server-sink.js';
import type { FhirSink } from './sink.js';

/** A FHIR target that cannot be used as given: a usage error (CLI exit code 2). */
export class FhirTargetError extends Error {
  override readonly name = 'FhirTargetError';
}

export interface OpenFhirSinkOptions {
  readonly context: FhirMappingContext;
  readonly log: Logger;
  /** Server targets only. */
  readonly notesPerBundle?: number;
  readonly retry?: RetryPolicy;
  readonly requestTimeoutMs?: number;
  readonly bearerToken?: string;
  readonly retryHooks?: ServerSinkOptions['retryHooks'];
}

export const FHIR_TARGET_FORMS = 'ndjson:<folder> or an http(s):// FHIR base URL';

/**
 * Opens the sink a target names: `ndjson:<folder>` (Bulk Data style files) or
 * `http(s)://…` (a FHIR server's base URL). The target is not echoed in errors or logs: a URL
 * may carry a token in its query.
 */
export async function openFhirSink(
  target: string,
  options: OpenFhirSinkOptions,
): Promise<FhirSink> {
  if (target.startsWith('ndjson:')) {
    const dir = target.slice('ndjson:'.length);
    if (dir === '')
      throw new FhirTargetError(`FHIR target: ndjson: needs a folder (${FHIR_TARGET_FORMS})`);
    return NdjsonFhirSink.open(resolve(dir), options.context, options.log);
  }
  if (/^https?:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new FhirTargetError('FHIR target: not a valid URL');
    }
    // fetch refuses URLs with credentials; say how to authenticate instead.
    if (url.username !== '' || url.password !== '') {
      throw new FhirTargetError('FHIR target: put no credentials in the URL; use a bearer token');
    }
    options.log.info({ host: url.host, protocol: url.protocol }, 'fhir server sink');
    return new ServerFhirSink({ ...options, baseUrl: target });
  }
  throw new FhirTargetError(`FHIR target must be ${FHIR_TARGET_FORMS}`);
}
