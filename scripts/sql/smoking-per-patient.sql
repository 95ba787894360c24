-- One row per patient: the latest smoking status emrx found in their notes, and the latest
-- pack-years. Rows written by NLP have observation_type_concept_id 32858 ("NLP"). Pack-years is
-- matched on its source value because its concept id is 0 unless the site's vocabulary resolves
-- SNOMED 401201003. Replace `cdm` with your CDM schema.
WITH status AS (
  SELECT DISTINCT ON (person_id)
         person_id, observation_date, value_as_string AS smoking_status, value_as_concept_id
    FROM cdm.observation
   WHERE observation_concept_id = 43054909 AND observation_type_concept_id = 32858
   ORDER BY person_id, observation_date DESC, observation_id DESC
), pack_years AS (
  SELECT DISTINCT ON (person_id) person_id, value_as_number AS pack_years
    FROM cdm.observation
   WHERE observation_source_value = 'pack_years' AND observation_type_concept_id = 32858
   ORDER BY person_id, observation_date DESC, observation_id DESC
)
SELECT s.person_id, s.smoking_status, s.value_as_concept_id AS status_concept_id,
       s.observation_date AS status_date, p.pack_years
  FROM status s
  LEFT JOIN pack_years p USING (person_id)
 ORDER BY s.person_id;
