import type { MappingContext, ProcessedNote } from '../input.js';
import type { FhirResource, Observation } from './fhir-types.js';
import type { GeneIds } from './gene-ids.js';
import { mapGenetics } from './genetics.js';
import { noteContext } from './note-context.js';
import { mapProvenance } from './provenance.js';
import { mapSmoking } from './smoking.js';

export interface FhirMappingContext extends MappingContext {
  /** HGNC ids for `gene-studied` (see `loadHgncIds`); symbols missing here are text only. */
  readonly geneIds: GeneIds;
}

/**
 * One processed note → its FHIR resources: smoking Observations, Variants and their
 * DiagnosticImplications, then the note's Provenance last (it references all the others); no
 * resources at all for a note with no finding.
 * Pure and deterministic: ids and identifiers derive from the note id and the finding, so the
 * same input gives byte-identical JSON and a re-run updates the same resources.
 */
export function mapNoteToFhir(
  processed: ProcessedNote,
  context: FhirMappingContext,
): FhirResource[] {
  const note = noteContext(processed, context.processedAt);
  const { annotation, mentions } = processed.result;
  const observations: Observation[] = [
    ...mapSmoking(note, annotation.smoking),
    ...mapGenetics(note, annotation.genetics, mentions, context.geneIds),
  ];
  // Nothing found, nothing to attest: a Provenance needs at least one target.
  if (observations.length === 0) return [];
  return [...observations, mapProvenance(note, context.system, observations)];
}
