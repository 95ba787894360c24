/** Pure mappers from processed notes to FHIR R4 resources (no I/O). Field table: README.md. */
export { toTransactionBundle } from './bundle.js';
export {
  EMRX_FINDING,
  EMRX_SMOKING_FIELD,
  PROFILE_DIAGNOSTIC_IMPLICATION,
  PROFILE_US_CORE_SMOKING,
  PROFILE_VARIANT,
} from './codes.js';
export type {
  Bundle,
  BundleEntry,
  FhirResource,
  Observation,
  Provenance,
  Reference,
} from './fhir-types.js';
export type { GeneIds } from './gene-ids.js';
export { describeFinding, type FindingMeasures, findingMeasures } from './genetics.js';
export { findingKey, resourceId, safeId, uuidV5 } from './ids.js';
export { type FhirMappingContext, mapNoteToFhir } from './map-note.js';
export { documentReference, patientReference } from './note-context.js';
export { checkProfiles, type ProfileProblem } from './profile-check.js';
