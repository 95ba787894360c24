import type { SmokingAnnotation } from '../../pipeline.js';
import type { OmopConceptMapFile } from '../../vocab/schemas.js';
import type { ConceptResolver } from './concepts.js';
import type { ObservationRow } from './rows.js';

const AMOUNT_FIELDS = [
  'pack_years',
  'cigarettes_per_day',
  'years_smoked',
  'quit_year',
  'brinkman_index',
] as const;

/**
 * The patient's smoking history as OBSERVATION rows: the status (Tobacco smoking status with the
 * LOINC answer as value) and one numeric row per stated or derived amount. `unknown` writes no
 * status row: it means the note said nothing usable, which is not an observation.
 */
export function mapSmokingObservations(
  smoking: SmokingAnnotation,
  personId: number,
  date: string,
  map: OmopConceptMapFile,
  concepts: ConceptResolver,
): ObservationRow[] {
  const type = concepts.fixed(map.nlp_type.concept_id);
  const rows: ObservationRow[] = [];
  if (smoking.status !== 'unknown') {
    const question = concepts.resolve(map.smoking.status.question);
    const answer = concepts.resolve(map.smoking.status.answers[smoking.status]);
    rows.push({
      person_id: personId,
      observation_concept_id: question.conceptId,
      observation_date: date,
      observation_type_concept_id: type,
      value_as_number: null,
      value_as_string: smoking.status,
      value_as_concept_id: answer.conceptId,
      unit_concept_id: null,
      observation_source_value: 'smoking_status',
      observation_source_concept_id: question.sourceConceptId,
      unit_source_value: null,
      value_source_value: smoking.status,
    });
  }
  for (const field of AMOUNT_FIELDS) {
    const value = smoking[field];
    if (value === null) continue;
    const amount = map.smoking.amounts[field];
    const concept = amount.code ? concepts.resolve(amount.code) : null;
    rows.push({
      person_id: personId,
      observation_concept_id: concept?.conceptId ?? 0,
      observation_date: date,
      observation_type_concept_id: type,
      value_as_number: value,
      value_as_string: null,
      value_as_concept_id: null,
      // No unit concept is verified: 0 ("no matching concept") with the UCUM string beside it.
      unit_concept_id: amount.unit_source_value ? 0 : null,
      observation_source_value: amount.source_value,
      observation_source_concept_id: concept?.sourceConceptId ?? 0,
      unit_source_value: amount.unit_source_value ?? null,
      value_source_value: String(value),
    });
  }
  return rows;
}
