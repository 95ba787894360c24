import type { GeneticAnnotation } from '../../pipeline.js';
import type { OmopConceptMapFile } from '../../vocab/schemas.js';
import type { ConceptResolver } from './concepts.js';
import type { MeasurementRow } from './rows.js';
import { fitVarchar } from './text-limits.js';

/** `EGFR p.Leu858Arg`, `ALK fusion EML4`, `MET exon 14 skipping`: the finding in 50 characters. */
export function findingSourceValue(finding: GeneticAnnotation): string {
  const variant =
    finding.hgvs_p ??
    finding.hgvs_c ??
    [
      finding.kind,
      finding.exon !== null ? `exon ${finding.exon}` : null,
      finding.partner !== null ? `partner ${finding.partner}` : null,
    ]
      .filter(Boolean)
      .join(' ');
  return fitVarchar(`${finding.gene} ${variant}`, 50);
}

/**
 * One MEASUREMENT per genetic finding of the patient: the gene's OMOP Genomic "gene variant
 * measurement" concept, Present or Absent as the value, the gene and HGVS in the source value.
 * A relative's result is not the patient's measurement: it stays in NOTE_NLP only.
 */
export function mapGeneticMeasurements(
  findings: readonly GeneticAnnotation[],
  personId: number,
  date: string,
  map: OmopConceptMapFile,
  concepts: ConceptResolver,
  geneCode: (symbol: string) => string | undefined,
): MeasurementRow[] {
  const type = concepts.fixed(map.nlp_type.concept_id);
  const rows: MeasurementRow[] = [];
  for (const finding of findings) {
    if (finding.subject !== 'patient') continue;
    const code = geneCode(finding.gene);
    const gene = code
      ? concepts.resolve({ vocabulary: map.genetics.gene_vocabulary, code, verified: true })
      : { conceptId: 0, sourceConceptId: 0 };
    const value = concepts.resolve(map.genetics.values[finding.status]);
    rows.push({
      person_id: personId,
      measurement_concept_id: gene.conceptId,
      measurement_date: date,
      measurement_type_concept_id: type,
      value_as_concept_id: value.conceptId,
      measurement_source_value: findingSourceValue(finding),
      measurement_source_concept_id: gene.sourceConceptId,
      value_source_value: finding.status,
    });
  }
  return rows;
}
