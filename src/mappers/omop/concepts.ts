import type { OmopCode, OmopConceptMapFile } from '../../vocab/schemas.js';

/** One row of the shipped reference list (`vocab/omop/concepts.csv`). */
export interface ReferenceConcept {
  readonly conceptId: number | null;
  readonly name: string;
  readonly vocabulary: string;
  readonly code: string;
  /** The `source` column starts with VERIFIED: the id ↔ code pairing was seen in a cited source. */
  readonly verified: boolean;
}

/** A concept as found in the target database's own `concept` table. */
export interface DatabaseConcept {
  readonly vocabulary: string;
  readonly code: string;
  readonly conceptId: number;
  readonly standard: boolean;
  /** The standard concept a non-standard one "Maps to", when the database has the relationship. */
  readonly mapsTo: number | null;
}

/**
 * How an id was found, recorded per code in the run table: `database` (the site's own concept
 * table), `reference` (a verified row shipped in vocab/), `not-in-database` (the site has a concept
 * table and it lacks the code: 0, because writing an id the site does not have would break its
 * foreign keys), `unverified` (no verified id anywhere: 0) or `unreviewed` (`verified: false` in the
 * concept map: never looked up, 0).
 */
export type ResolutionPath =
  | 'database'
  | 'reference'
  | 'not-in-database'
  | 'unverified'
  | 'unreviewed';

export interface ResolvedConcept {
  /** The standard concept for `*_concept_id`; 0 when none. */
  readonly conceptId: number;
  /** The concept of the code itself for `*_source_concept_id` (differs when it maps to another). */
  readonly sourceConceptId: number;
  readonly path: ResolutionPath;
}

export const codeKey = (vocabulary: string, code: string): string => `${vocabulary}|${code}`;

const UNRESOLVED = (path: ResolutionPath): ResolvedConcept => ({
  conceptId: 0,
  sourceConceptId: 0,
  path,
});

/**
 * Turns (vocabulary, code) into concept ids. Pure: the sink fetches database rows and hands them
 * in ({@link learn}); the mappers only call {@link resolve}. With `databaseHasConcepts` the site's
 * table is the only authority; without, the verified reference rows are.
 */
export class ConceptResolver {
  private readonly reference = new Map<string, number>();
  private readonly verifiedIds = new Set<number>();
  private readonly database = new Map<string, DatabaseConcept>();
  private readonly used = new Map<string, ResolvedConcept>();

  constructor(
    reference: readonly ReferenceConcept[],
    readonly databaseHasConcepts: boolean,
  ) {
    for (const row of reference) {
      if (!row.verified || row.conceptId === null) continue;
      this.verifiedIds.add(row.conceptId);
      if (row.vocabulary && row.code)
        this.reference.set(codeKey(row.vocabulary, row.code), row.conceptId);
    }
  }

  /** Adds rows the sink read from the database's `concept` table. */
  learn(rows: readonly DatabaseConcept[]): void {
    for (const row of rows) {
      const key = codeKey(row.vocabulary, row.code);
      const known = this.database.get(key);
      // A code can appear twice (an old invalid row beside a valid one): prefer the standard one.
      if (!known || (!known.standard && row.standard)) this.database.set(key, row);
    }
  }

  resolve(code: OmopCode): ResolvedConcept {
    const key = codeKey(code.vocabulary, code.code);
    const resolved = this.lookup(key, code.verified);
    this.used.set(key, resolved);
    return resolved;
  }

  /** A concept named by id in the concept map: it must be a verified reference row. */
  fixed(conceptId: number): number {
    if (!this.verifiedIds.has(conceptId))
      throw new Error(`concept ${conceptId} is not a verified row of vocab/omop/concepts.csv`);
    return conceptId;
  }

  /** Every code resolved so far and how: what the run table records. */
  report(): Record<string, ResolvedConcept> {
    return Object.fromEntries([...this.used].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  private lookup(key: string, verified: boolean): ResolvedConcept {
    if (!verified) return UNRESOLVED('unreviewed');
    if (this.databaseHasConcepts) {
      const row = this.database.get(key);
      if (!row) return UNRESOLVED('not-in-database');
      const conceptId = row.standard ? row.conceptId : (row.mapsTo ?? 0);
      return { conceptId, sourceConceptId: row.conceptId, path: 'database' };
    }
    const id = this.reference.get(key);
    return id === undefined
      ? UNRESOLVED('unverified')
      : { conceptId: id, sourceConceptId: id, path: 'reference' };
  }
}

/** Every fixed concept id of the map, checked once at load so a typo fails at start-up. */
export function checkFixedConcepts(map: OmopConceptMapFile, resolver: ConceptResolver): void {
  for (const fixed of [
    map.nlp_type,
    map.note.type,
    map.note.class,
    map.note.encoding,
    map.note.language.en,
    map.note.language.ja,
  ])
    resolver.fixed(fixed.concept_id);
}

/** The codes of the concept map the sink should look up in the database up front. */
export function mapCodes(map: OmopConceptMapFile): OmopCode[] {
  const codes: OmopCode[] = [
    map.smoking.status.question,
    ...Object.values(map.smoking.status.answers),
    ...Object.values(map.genetics.values),
  ];
  for (const amount of Object.values(map.smoking.amounts)) if (amount.code) codes.push(amount.code);
  return codes.filter((c) => c.verified);
}
