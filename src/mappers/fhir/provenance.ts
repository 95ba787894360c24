import { describeSystem, type NlpSystem } from '../../system.js';
import { EMRX_FINDING } from './codes.js';
import type { Observation, Provenance } from './fhir-types.js';
import { findingKey, resourceId } from './ids.js';
import type { NoteContext } from './note-context.js';

/**
 * One Provenance per note: every resource of the note was made by this emrx release (rules
 * digest, models) from this document, at this time.
 *
 * R4 Provenance has no `identifier`, so its stable key is a `meta.tag` in the same namespace
 * as the findings' identifiers; the transaction updates it with `Provenance?_tag=…`.
 */
export function mapProvenance(
  context: NoteContext,
  system: NlpSystem,
  targets: readonly Observation[],
): Provenance {
  const key = findingKey(context.noteId, 'provenance');
  return {
    resourceType: 'Provenance',
    id: resourceId(key),
    meta: { tag: [{ system: EMRX_FINDING, code: key }] },
    target: targets.map((target) => ({ reference: `Observation/${target.id}` })),
    recorded: context.issued,
    // A display-only Device reference: the software is named, not registered as a resource.
    agent: [{ who: { type: 'Device', display: describeSystem(system) } }],
    entity: [{ role: 'source', what: context.document }],
  };
}
