import type { Assertion } from '../../core/types.js';
import type { GENETIC_KINDS, SIGNIFICANCES } from '../../vocab/schemas.js';

export type GeneticKind = (typeof GENETIC_KINDS)[number];
export type Significance = (typeof SIGNIFICANCES)[number];
export type Origin = 'somatic' | 'germline';

/** One document-level finding (spec section 2, `genetics`), in the project's camelCase. */
export interface GeneticFinding {
  readonly gene: string;
  readonly hgvsC: string | null;
  readonly hgvsP: string | null;
  readonly kind: GeneticKind;
  readonly exon: number | null;
  readonly partner: string | null;
  readonly status: 'present' | 'absent';
  readonly significance: Significance | null;
  readonly origin: Origin | null;
  readonly subject: 'patient' | 'family';
}

/**
 * One piece of evidence: a gene, variant or result phrase as written, with what it became.
 * Zygosity and VAF stated beside a variant are kept here (they are not annotation fields).
 */
export interface GeneticMention {
  readonly type: 'finding' | 'ignored';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: Partial<GeneticFinding> & { readonly zygosity?: string; readonly vaf?: number };
  readonly assertion?: Omit<Assertion, 'triggers'> & { readonly triggers: readonly string[] };
  readonly section: string | null;
  readonly rule: string;
  decision: string;
}

export interface GeneticsResult {
  readonly findings: readonly GeneticFinding[];
  readonly mentions: readonly GeneticMention[];
}
