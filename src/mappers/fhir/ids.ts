import { createHash } from 'node:crypto';
import { EMRX_FINDING } from './codes.js';
import type { Identifier } from './fhir-types.js';

/** FHIR R4 `id`: 1–64 of `[A-Za-z0-9-.]` (R4 datatypes, "id"). */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export function isFhirId(value: string): boolean {
  return FHIR_ID.test(value);
}

/**
 * A FHIR id for a site identifier (person id, note id): the identifier itself when it already
 * fits, else `h-` and 40 hex digits of its SHA-256. Deterministic, so every note of a person
 * points at the same `Patient/<id>` in every run.
 */
export function safeId(raw: string): string {
  if (isFhirId(raw)) return raw;
  return `h-${createHash('sha256').update(raw, 'utf8').digest('hex').slice(0, 40)}`;
}

/** Fixed namespace for emrx's name-based UUIDs (generated once; never change it). */
const EMRX_UUID_NAMESPACE = 'e1f33c48-41a2-45e4-a93a-bf3ecbf48368';

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: string = EMRX_UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  if (ns.length !== 16) throw new RangeError(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The stable key of one resource: `<note>:<what>`. The note part is {@link safeId} of the note
 * id, whose alphabet has no `:`, so keys of different notes never collide; it also keeps FHIR
 * search's special characters (`,` `|` `$` `\`) out of `identifier=` URLs.
 */
export function findingKey(noteId: string, what: string): string {
  return `${safeId(noteId)}:${what}`;
}

/** The resource id of a key: a UUID, so it also serves as the bundle's `urn:uuid:` fullUrl. */
export function resourceId(key: string): string {
  return uuidV5(key);
}

export function findingIdentifier(key: string): Identifier {
  return { system: EMRX_FINDING, value: key };
}

/** A short digest of a canonical JSON value, for keys of findings with many fields. */
export function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex').slice(0, 16);
}
