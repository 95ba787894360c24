import type { Note } from '../../src/core/types.js';
import type { FhirMappingContext } from '../../src/mappers/fhir/index.js';
import type { ProcessedNote } from '../../src/mappers/input.js';
import type { GeneticAnnotation, MentionRecord, SmokingAnnotation } from '../../src/pipeline.js';
import type { NlpSystem } from '../../src/system.js';

export const SYSTEM: NlpSystem = {
  name: 'emrx',
  version: '0.1.0',
  rules: '0123456789ab',
  models: [],
};
export const PROCESSED_AT = new Date('2025-05-06T07:08:09.000Z');

/** A few real HGNC ids (vocab/genetics/hgnc/hgnc.tsv.gz), enough for hand-built notes. */
export const GENE_IDS: ReadonlyMap<string, string> = new Map([
  ['EGFR', 'HGNC:3236'],
  ['ALK', 'HGNC:427'],
  ['EML4', 'HGNC:1316'],
  ['KRAS', 'HGNC:6407'],
  ['BRCA1', 'HGNC:1100'],
  ['BRCA2', 'HGNC:1101'],
]);

export const CONTEXT: FhirMappingContext = {
  system: SYSTEM,
  processedAt: PROCESSED_AT,
  geneIds: GENE_IDS,
};

/** The default answer of a hand-built note: a status and no amounts (one status Observation). */
export const FORMER_NO_AMOUNTS: SmokingAnnotation = {
  status: 'former',
  pack_years: null,
  cigarettes_per_day: null,
  years_smoked: null,
  quit_year: null,
  brinkman_index: null,
};

export function finding(
  overrides: Partial<GeneticAnnotation> & { gene: string },
): GeneticAnnotation {
  return {
    hgvs_c: null,
    hgvs_p: null,
    kind: 'other',
    exon: null,
    partner: null,
    status: 'present',
    significance: null,
    origin: null,
    subject: 'patient',
    ...overrides,
  };
}

/** A processed note built by hand (no pipeline): what the mapper unit tests feed in. */
export function processedNote(options: {
  noteId?: string;
  personId?: string;
  noteDate?: string | null;
  smoking?: Partial<SmokingAnnotation>;
  genetics?: readonly GeneticAnnotation[];
  mentions?: readonly MentionRecord[];
}): ProcessedNote {
  const noteId = options.noteId ?? 'n-1';
  const noteDate = options.noteDate === undefined ? '2024-03-02' : options.noteDate;
  const note: Note = {
    noteId,
    personId: options.personId ?? 'p-1',
    text: 'not used by the mapper',
    ...(noteDate === null ? {} : { noteDate }),
    language: 'en',
    languageDetected: false,
  };
  return {
    note,
    result: {
      annotation: {
        note_id: noteId,
        smoking: { ...FORMER_NO_AMOUNTS, ...options.smoking },
        genetics: options.genetics ?? [],
      },
      mentions: options.mentions ?? [],
    },
  };
}
