import type { LegacyNamesFile } from '../../../vocab/schemas.js';
import { type HgvsResult, parseHgvs } from './parse.js';

export interface LegacyName {
  readonly gene: string;
  readonly legacy: string;
  /** The coding change; null for a protein-level name given only as its protein change. */
  readonly hgvsC: string | null;
  /** The protein change of a protein-level name (TTR "V30M" → p.Val50Met); else null. */
  readonly hgvsP: string | null;
  readonly transcript: string;
  readonly verified: boolean;
}

/**
 * Legacy names (BIC numbering: "185delAG") look like coding DNA changes but count from another
 * origin, so reading them as `c.` would give a wrong position. They are only ever looked up in
 * the reviewed table, never parsed.
 */
/** A variant named by an eponym that names its gene too ("Factor V Leiden"). */
export interface EponymMatch {
  readonly gene: string;
  readonly hgvsC: string;
  readonly germline: boolean;
  /** The span read as the gene ("Factor V") and the one read as the variant ("Leiden"). */
  readonly geneSpan: { readonly start: number; readonly end: number; readonly text: string };
  readonly variantSpan: { readonly start: number; readonly end: number; readonly text: string };
}

export class LegacyNames {
  private readonly byName = new Map<string, LegacyName[]>();
  private readonly eponyms: { gene: string; hgvsC: string; germline: boolean; re: RegExp }[];
  /** Literals one of which every eponym holds: a text without them is not scanned. */
  private readonly eponymGate: RegExp | null;

  constructor(file: LegacyNamesFile) {
    // (One expression per pattern: each names its own `gene` and `variant` groups.)
    this.eponyms = (file.eponyms ?? []).flatMap((row) =>
      row.patterns.map((pattern) => ({
        gene: row.gene,
        hgvsC: row.hgvs_c,
        germline: row.germline,
        re: new RegExp(`(?<![A-Za-z0-9])(?:${pattern})(?![A-Za-z0-9])`, 'giu'),
      })),
    );
    const literals = (file.eponyms ?? []).flatMap((row) => row.literals);
    this.eponymGate = literals.length
      ? new RegExp(literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')
      : null;
    for (const row of file.names) {
      for (const legacy of row.legacy) {
        const key = legacy.toLowerCase();
        const entry: LegacyName = {
          gene: row.gene,
          legacy,
          hgvsC: row.hgvs_c ?? null,
          hgvsP: row.hgvs_p ?? null,
          transcript: row.transcript,
          verified: row.verified,
        };
        this.byName.set(key, [...(this.byName.get(key) ?? []), entry]);
      }
    }
  }

  /** Eponyms in `text`, in order ("Factor V Leiden" → F5 c.1601G>A). */
  eponymsIn(text: string): EponymMatch[] {
    const found: EponymMatch[] = [];
    if (this.eponymGate === null || !this.eponymGate.test(text)) return found;
    for (const eponym of this.eponyms) {
      eponym.re.lastIndex = 0;
      for (const m of text.matchAll(eponym.re)) {
        const at = (name: 'gene' | 'variant') => {
          const value = m.groups?.[name];
          if (value === undefined) return null;
          const start = m.index + m[0].indexOf(value);
          return { start, end: start + value.length, text: value };
        };
        const geneSpan = at('gene');
        const variantSpan = at('variant');
        if (geneSpan && variantSpan) {
          found.push({
            gene: eponym.gene,
            hgvsC: eponym.hgvsC,
            germline: eponym.germline,
            geneSpan,
            variantSpan,
          });
        }
      }
    }
    return found.sort((a, b) => a.geneSpan.start - b.geneSpan.start);
  }

  /** The entry for `name` (in `gene` when given); undefined when unknown or ambiguous. */
  lookup(name: string, gene?: string): LegacyName | undefined {
    const found = (this.byName.get(name.trim().toLowerCase()) ?? []).filter(
      (entry) => gene === undefined || entry.gene === gene.toUpperCase(),
    );
    return found.length === 1 ? found[0] : undefined;
  }

  /** Every entry for `name`, in any gene ("K27M" is both H3-3A's and H3C2's). */
  lookupAll(name: string): readonly LegacyName[] {
    return this.byName.get(name.trim().toLowerCase()) ?? [];
  }
}

export interface VariantStringResult extends HgvsResult {
  /** The gene written before the variant ("BRCA1 185delAG", "BRAF:V600E"). */
  readonly gene?: string;
}

// "BRCA1 185delAG", "BRAF: V600E": an HGNC-style symbol, then the variant. RefSeq prefixes
// (NM_…) have an underscore, so they never read as a gene.
const GENE_PREFIX = /^([A-Z][A-Z0-9-]*[A-Z0-9])(?:\s*:\s*|\s+)(\S+)$/;

/**
 * One variant string as a person would type it into `emrx hgvs`: an HGVS description, a bare
 * one-letter protein change, or a legacy name, optionally after its gene.
 */
export function parseVariantString(input: string, legacy: LegacyNames): VariantStringResult {
  const trimmed = input.trim();
  const prefixed = GENE_PREFIX.exec(trimmed);
  const gene = prefixed ? prefixed[1] : undefined;
  const variant = prefixed ? prefixed[2]! : trimmed;
  const known = legacy.lookup(variant, gene);
  if (known) {
    const hgvs = known.hgvsC ?? known.hgvsP!;
    const parsed = parseHgvs(hgvs);
    return {
      input,
      valid: false,
      error:
        `legacy name; HGVS is ${known.gene} ${known.transcript}:${hgvs}` +
        (known.verified ? '' : ' (pairing not yet verified against ClinVar)'),
      normalized: hgvs,
      level: known.hgvsC ? 'c' : 'p',
      ...(parsed.kind ? { kind: parsed.kind } : {}),
      gene: known.gene,
    };
  }
  if (gene !== undefined) {
    const parsed = parseHgvs(variant);
    // "BRAF V600E" is a gene and a change; "EGFR negative" is not a variant string at all.
    if (parsed.level !== undefined) return { ...parsed, input, gene };
  }
  return { ...parseHgvs(trimmed), input };
}
