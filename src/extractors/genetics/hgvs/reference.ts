import type { HgvsLevel } from './parse.js';

type ReferenceType = 'genomic' | 'transcript' | 'protein' | 'unknown';

/** What a reference accession names, from its prefix (RefSeq, LRG, Ensembl). */
function referenceType(accession: string): ReferenceType {
  if (/^(?:N[CGTW]_|LRG_\d+$|ENSG)/.test(accession)) return 'genomic';
  if (/^(?:N[MR]_|X[MR]_|LRG_\d+t\d+$|ENST)/.test(accession)) return 'transcript';
  if (/^(?:NP_|XP_|YP_|LRG_\d+p\d+$|ENSP)/.test(accession)) return 'protein';
  return 'unknown'; // GenBank and the like: the prefix does not say.
}

/**
 * Whether the reference fits the description (HGVS "Reference sequences"): `c.`/`n.`/`r.` on a
 * transcript (a genomic one names its transcript in brackets: `NC_000023.11(NM_004006.2):c.`),
 * `g.`/`m.` on a genomic sequence, `p.` on a protein; intronic `c.` positions need the genomic
 * context (a bare NM_ has no introns); RefSeq accessions carry a version.
 */
export function referenceProblems(reference: string, level: HgvsLevel, body: string): string[] {
  const [, outer = reference, inner] = /^([^(]+)(?:\(([^)]+)\))?$/.exec(reference) ?? [];
  const problems: string[] = [];
  const refseq = /^(?:N[CGMRTWP]|X[MRP]|YP)_\d+/;
  for (const accession of [outer, inner]) {
    if (accession && refseq.test(accession) && !/\.\d+$/.test(accession)) {
      problems.push(`the reference ${accession} needs its version (${accession}.N)`);
    }
  }
  const outerType = referenceType(outer);
  const innerType = inner ? referenceType(inner) : undefined;
  // NC_000023.11(NM_004006.2) names a transcript; NC_012920.1(MT-TL1) a gene's annotation.
  const type =
    outerType === 'genomic' && (innerType === 'transcript' || innerType === 'unknown')
      ? 'transcript'
      : outerType;
  if (type === 'unknown') return problems;
  if (level === 'c' || level === 'n' || level === 'r') {
    if (type === 'genomic') {
      problems.push(
        `a "${level}." description on a genomic reference names its transcript: ${outer}(NM_…):${level}.`,
      );
    } else if (type === 'protein') {
      problems.push(`a "${level}." description needs a transcript reference, not a protein`);
    } else if (
      level !== 'r' &&
      outerType === 'transcript' &&
      !/^LRG_/.test(outer) &&
      /(?:^|[_(])[-*]?\d+[+-]\d+/.test(body)
    ) {
      problems.push(
        `intronic positions need a genomic reference: NC_…(${outer}):${level}. (a transcript has no introns)`,
      );
    }
  } else if (level === 'g' || level === 'm' || level === 'o') {
    if (outerType !== 'genomic')
      problems.push(`a "${level}." description needs a genomic reference`);
  } else if (type !== 'protein') {
    problems.push('a "p." description needs a protein reference (NP_…)');
  }
  return problems;
}
