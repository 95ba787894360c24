/**
 * Approved HGNC symbol → HGNC id (`EGFR` → `HGNC:3236`): the code of `gene-studied`. Read at the
 * edge by `loadHgncIds` (src/vocab/load.ts) from `vocab/genetics/hgnc/hgnc.tsv.gz`.
 */
export type GeneIds = ReadonlyMap<string, string>;
