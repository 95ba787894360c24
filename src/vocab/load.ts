import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type CompiledContextRules, compileContextRules } from '../core/context/rules.js';
import type { AbbreviationRules } from '../core/text/english-sentences.js';
import { compileSectionMatcher, type SectionMatcher } from '../core/text/sections.js';
import type { Language } from '../core/types.js';
import type { GeneLexiconSource, HgncGene } from '../extractors/genetics/lexicon.js';
import {
  type AminoAcidNamesFile,
  abbreviationsFileSchema,
  aminoAcidNamesFileSchema,
  contextRuleFileSchema,
  type DriversFile,
  driversFileSchema,
  type EnsembleFile,
  ensembleFileSchema,
  type GeneticsRuleFile,
  geneSupplementFileSchema,
  geneticsRuleFileSchema,
  type LayoutFile,
  type LegacyNamesFile,
  layoutFileSchema,
  legacyNamesFileSchema,
  type SmokingRuleFile,
  sectionsFileSchema,
  smokingRuleFileSchema,
} from './schemas.js';

/** The `vocab/` folder shipped with emrx (a site may point `EMRX_VOCAB_DIR` at its own copy). */
export function defaultVocabDir(): string {
  if (process.env.EMRX_VOCAB_DIR) return resolve(process.env.EMRX_VOCAB_DIR);
  // Runs from src/ (tests) and from dist/src/ (CLI): walk up to the checkout's vocab/.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'vocab', 'sections.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the vocab/ folder; set EMRX_VOCAB_DIR');
    dir = parent;
  }
  return join(dir, 'vocab');
}

/** Reads and validates one YAML/JSON vocab file; every problem is reported with its path. */
export function loadVocabFile<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`${path}: invalid: ${problems}`);
  }
  return result.data;
}

export function loadSections(vocabDir: string): SectionMatcher {
  const file = loadVocabFile(join(vocabDir, 'sections.yaml'), sectionsFileSchema);
  return compileSectionMatcher(
    file.sections.map((s) => ({
      name: s.name,
      headers: { en: s.en, ja: s.ja },
      ...(s.assertion ? { assertion: s.assertion } : {}),
    })),
  );
}

export function loadAbbreviations(vocabDir: string): AbbreviationRules {
  const file = loadVocabFile(join(vocabDir, 'abbreviations.yaml'), abbreviationsFileSchema);
  const clean = (list: string[]) => new Set(list.map((a) => a.toLowerCase().replace(/\.$/, '')));
  const answers = file.form_answers;
  const any = (list: string[]) => `(?:${list.join('|')})`;
  const compile = (source: string, key: string) => {
    try {
      return new RegExp(source, 'i');
    } catch (error) {
      throw new Error(`abbreviations.yaml: form_answers.${key}: ${(error as Error).message}`);
    }
  };
  return {
    always: clean(file.always),
    unlessCapitalised: clean(file.unless_capitalised),
    // (The number and its unit, or a "y/n"-like mark, are shapes; the words are the vocab's.)
    formAnswer: answers
      ? {
          number: compile(
            `^[~≈]?\\d[\\d./-]*(?:\\s?${any(answers.units)}(?:\\s+${any(answers.ago)})?)?$`,
            'units',
          ),
          proseOpener: compile(
            `^(?:[yn][/'’-]|${any(answers.prose_openers)}\\b)|(?:\\S+ ){4}`,
            'prose_openers',
          ),
        }
      : null,
  };
}

export function loadContextRules(vocabDir: string): Record<Language, CompiledContextRules> {
  const load = (language: Language) => {
    const file = loadVocabFile(
      join(vocabDir, 'context', `${language}.yaml`),
      contextRuleFileSchema,
    );
    if (file.language !== language) {
      throw new Error(`context/${language}.yaml: says language ${file.language}`);
    }
    return compileContextRules(file);
  };
  return { en: load('en'), ja: load('ja') };
}

/** The smoking rule files (`vocab/smoking/{en,ja}.yaml`), validated; compiled by the extractor. */
export function loadSmokingRules(vocabDir: string): Record<Language, SmokingRuleFile> {
  const load = (language: Language) => {
    const file = loadVocabFile(
      join(vocabDir, 'smoking', `${language}.yaml`),
      smokingRuleFileSchema,
    );
    if (file.language !== language) {
      throw new Error(`smoking/${language}.yaml: says language ${file.language}`);
    }
    return file;
  };
  return { en: load('en'), ja: load('ja') };
}

/** Reviewed legacy variant names (`vocab/genetics/legacy-names.yaml`). */
export function loadLegacyNames(vocabDir: string): LegacyNamesFile {
  return loadVocabFile(join(vocabDir, 'genetics', 'legacy-names.yaml'), legacyNamesFileSchema);
}

export function loadAminoAcidNames(vocabDir: string): AminoAcidNamesFile {
  return loadVocabFile(join(vocabDir, 'genetics', 'amino-acids.yaml'), aminoAcidNamesFileSchema);
}

/** Rows of a tab-separated file with a header line, as header → value records. */
function readTsv(path: string, text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const header = lines[0]?.split('\t');
  if (!header) throw new Error(`${path}: empty`);
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

/**
 * The gene lexicon's sources: every approved HGNC gene (`genetics/hgnc/hgnc.tsv.gz`), the
 * geneOncoX clinical aliases, the HGNC ambiguity table and the reviewed `genetics/genes.yaml`.
 */
export function loadGeneLexiconSource(vocabDir: string): GeneLexiconSource {
  const dir = join(vocabDir, 'genetics', 'hgnc');
  const hgncPath = join(dir, 'hgnc.tsv.gz');
  const hgnc = readHgnc(hgncPath, gunzipSync(readFileSync(hgncPath)));
  if (hgnc.length < 40_000) throw new Error(`${hgncPath}: only ${hgnc.length} approved genes`);
  const supplementaryPath = join(dir, 'supplementary_aliases.tsv');
  const supplementary = readTsv(supplementaryPath, readFileSync(supplementaryPath, 'utf8')).map(
    (row) => ({ alias: row.alias!, symbol: row.symbol! }),
  );
  const ambiguousPath = join(dir, 'ambiguous_terms.tsv');
  const ambiguous = new Map<string, string>();
  for (const row of readTsv(ambiguousPath, readFileSync(ambiguousPath, 'utf8'))) {
    // A term can be both a clinical abbreviation and a word: keep the first, either guards it.
    if (!ambiguous.has(row.term_upper!)) ambiguous.set(row.term_upper!, row.category!);
  }
  const supplement = loadVocabFile(
    join(vocabDir, 'genetics', 'genes.yaml'),
    geneSupplementFileSchema,
  );
  const approved = new Set(hgnc.map((g) => g.symbol));
  for (const symbol of [
    ...supplement.aliases.map((a) => a.gene),
    ...supplement.families.flatMap((f) => f.genes),
    ...supplementary.map((s) => s.symbol),
  ]) {
    if (!approved.has(symbol))
      throw new Error(`genetics/genes.yaml: ${symbol} is not an approved HGNC symbol`);
  }
  return { hgnc, supplementary, ambiguous, supplement };
}

/** The genetics rule files (`vocab/genetics/{en,ja}.yaml`) and the driver list, validated. */
export function loadGeneticsRules(vocabDir: string): {
  readonly rules: Record<Language, GeneticsRuleFile>;
  readonly drivers: DriversFile;
  readonly layout: LayoutFile;
} {
  const load = (language: Language) => {
    const file = loadVocabFile(
      join(vocabDir, 'genetics', `${language}.yaml`),
      geneticsRuleFileSchema,
    );
    if (file.language !== language) {
      throw new Error(`genetics/${language}.yaml: says language ${file.language}`);
    }
    return file;
  };
  return {
    rules: { en: load('en'), ja: load('ja') },
    drivers: loadVocabFile(join(vocabDir, 'genetics', 'drivers.yaml'), driversFileSchema),
    layout: loadVocabFile(join(vocabDir, 'genetics', 'layout.yaml'), layoutFileSchema),
  };
}

/**
 * The HGNC table, read straight from the decompressed bytes: only the symbol, alias and
 * previous-symbol columns of approved rows become strings. (The table is 8 MB of text; keeping
 * it off the JavaScript heap lets a worker run in a small, fixed heap.)
 */
/**
 * Approved symbol → HGNC id (`EGFR` → `HGNC:3236`): FHIR's gene-studied code, and (without the
 * prefix) OMOP Genomic's concept_code. A malformed id fails at start-up, not in written rows.
 */
export function loadHgncIds(vocabDir: string): Map<string, string> {
  const path = join(vocabDir, 'genetics', 'hgnc', 'hgnc.tsv.gz');
  const ids = new Map<string, string>();
  for (const gene of readHgnc(path, gunzipSync(readFileSync(path)))) {
    if (!/^HGNC:\d+$/.test(gene.hgncId))
      throw new Error(`${path}: ${gene.symbol} has a malformed hgnc_id "${gene.hgncId}"`);
    ids.set(gene.symbol, gene.hgncId);
  }
  return ids;
}

function readHgnc(path: string, bytes: Buffer): HgncGene[] {
  const lineEnd = (from: number) => {
    const end = bytes.indexOf(10, from);
    return end < 0 ? bytes.length : end;
  };
  const cells = (start: number, end: number): [number, number][] => {
    const out: [number, number][] = [];
    let from = start;
    for (let tab = bytes.indexOf(9, from); tab >= 0 && tab < end; tab = bytes.indexOf(9, from)) {
      out.push([from, tab]);
      from = tab + 1;
    }
    out.push([from, end]);
    return out;
  };
  const headerEnd = lineEnd(0);
  const header = cells(0, headerEnd).map(([a, b]) => bytes.toString('utf8', a, b).trim());
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${path}: no column ${name}`);
    return index;
  };
  const [symbolAt, aliasAt, previousAt, statusAt, idAt] = [
    column('symbol'),
    column('alias_symbols'),
    column('prev_symbols'),
    column('status'),
    column('hgnc_id'),
  ];
  const list = (cell: [number, number] | undefined) =>
    cell && cell[1] > cell[0]
      ? bytes
          .toString('utf8', cell[0], cell[1])
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  const genes: HgncGene[] = [];
  for (let start = headerEnd + 1; start < bytes.length; ) {
    const end = lineEnd(start);
    const row = cells(start, end);
    const status = row[statusAt];
    if (status && bytes.toString('utf8', status[0], status[1]) === 'Approved') {
      const symbol = row[symbolAt];
      const id = row[idAt];
      if (symbol && symbol[1] > symbol[0]) {
        genes.push({
          symbol: bytes.toString('utf8', symbol[0], symbol[1]).trim(),
          hgncId: id ? bytes.toString('utf8', id[0], id[1]).trim() : '',
          aliases: list(row[aliasAt]),
          previous: list(row[previousAt]),
        });
      }
    }
    start = end + 1;
  }
  return genes;
}

/** vocab/ensemble.yaml: the models to load and the rules + model policy. */
export function loadEnsemblePolicy(vocabDir: string): EnsembleFile {
  return loadVocabFile(join(vocabDir, 'ensemble.yaml'), ensembleFileSchema);
}
