/** FHIR R4 sinks: Bulk Data style NDJSON files, or a FHIR server via transactions. */
export { NdjsonFhirSink } from './ndjson-sink.js';
export {
  FHIR_TARGET_FORMS,
  FhirTargetError,
  type OpenFhirSinkOptions,
  openFhirSink,
} from './open.js';
export { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
export { FhirServerError, type OutcomeIssue } from './server-errors.js';
export { ServerFhirSink, type ServerSinkOptions } from './server-sink.js';
export type { FhirSink, FhirSinkResult } from './sink.js';
