import { join } from 'node:path';
import type { ReferenceConcept } from '../mappers/omop/concepts.js';
import type { OmopVocab } from '../mappers/omop/map-note.js';
import { readCsvObjects } from '../sources/csv.js';
import { loadHgncIds, loadVocabFile } from './load.js';
import { omopConceptMapFileSchema } from './schemas.js';

const REFERENCE_COLUMNS = ['concept_id', 'concept_name', 'vocabulary_id', 'concept_code', 'source'];

/** `vocab/omop/concepts.csv`: every row, with whether its source line says VERIFIED. */
export async function loadReferenceConcepts(vocabDir: string): Promise<ReferenceConcept[]> {
  const path = join(vocabDir, 'omop', 'concepts.csv');
  const rows: ReferenceConcept[] = [];
  for await (const event of readCsvObjects(path, {
    source: path,
    maxRecordBytes: 1 << 16,
    required: REFERENCE_COLUMNS,
  })) {
    if (event.kind === 'reject') throw new Error(`${path}:${event.line}: ${event.reason}`);
    const r = event.record as Record<string, string>;
    const id = r.concept_id?.trim() ?? '';
    if (id !== '' && !/^\d+$/.test(id))
      throw new Error(`${path}:${event.line}: bad concept_id ${id}`);
    rows.push({
      conceptId: id === '' ? null : Number(id),
      name: r.concept_name ?? '',
      vocabulary: r.vocabulary_id?.trim() ?? '',
      code: r.concept_code?.trim() ?? '',
      verified: (r.source ?? '').startsWith('VERIFIED'),
    });
  }
  return rows;
}

/** Gene symbol → its HGNC id number, which is the OMOP Genomic gene concept's concept_code. */
export function loadGeneCodes(vocabDir: string): Map<string, string> {
  const codes = new Map<string, string>();
  for (const [symbol, id] of loadHgncIds(vocabDir)) codes.set(symbol, id.slice('HGNC:'.length));
  return codes;
}

export async function loadOmopVocab(vocabDir: string): Promise<OmopVocab> {
  const map = loadVocabFile(join(vocabDir, 'omop', 'concept-map.yaml'), omopConceptMapFileSchema);
  const geneCodes = loadGeneCodes(vocabDir);
  return {
    map,
    reference: await loadReferenceConcepts(vocabDir),
    geneCode: (symbol) => geneCodes.get(symbol),
  };
}
