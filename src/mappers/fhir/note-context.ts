import { UNKNOWN_PERSON_ID } from '../../sources/index.js';
import type { ProcessedNote } from '../input.js';
import { ABSENT_UNKNOWN } from './codes.js';
import type { CodeableConcept, Reference } from './fhir-types.js';
import { safeId } from './ids.js';

/** What every resource of one note shares: who, which document, when. */
export interface NoteContext {
  readonly noteId: string;
  readonly subject: Reference;
  /** `DocumentReference/<note>`: every finding is `derivedFrom` it, Provenance's source. */
  readonly document: Reference;
  /** The note date (`YYYY-MM-DD`, a valid R4 dateTime), when the note has one. */
  readonly noteDate: string | undefined;
  /** When emrx processed the note (an R4 instant): `Observation.issued`, `Provenance.recorded`. */
  readonly issued: string;
}

/**
 * How the finding was made, as text: no verified code exists for NLP over notes (the Variant
 * binding LL4048-6 is extensible, so text alone is allowed there).
 */
export const METHOD_NLP: CodeableConcept = {
  text: 'Natural language processing of a clinical note (emrx)',
};

/**
 * The patient: `Patient/<safeId(person_id)>`. Notes read from a `.txt` folder without metadata
 * have the person id `unknown`; pointing them all at one `Patient/unknown` would merge different
 * people, so their subject is marked absent instead (US Core's rule for missing required data).
 */
export function patientReference(personId: string): Reference {
  if (personId === UNKNOWN_PERSON_ID) return { extension: [ABSENT_UNKNOWN] };
  return { reference: `Patient/${safeId(personId)}` };
}

export function documentReference(noteId: string): Reference {
  return { reference: `DocumentReference/${safeId(noteId)}` };
}

export function noteContext(processed: ProcessedNote, processedAt: Date): NoteContext {
  const { note } = processed;
  return {
    noteId: note.noteId,
    subject: patientReference(note.personId),
    document: documentReference(note.noteId),
    noteDate: note.noteDate,
    issued: processedAt.toISOString(),
  };
}
