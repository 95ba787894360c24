import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type CompiledContextRules, compileContextRules } from '../core/context/rules.js';
import type { AbbreviationRules } from '../core/text/english-sentences.js';
import { compileSectionMatcher, type SectionMatcher } from '../core/text/sections.js';
import type { Language } from '../core/types.js';
import {
  abbreviationsFileSchema,
  contextRuleFileSchema,
  type LegacyNamesFile,
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
  return { always: clean(file.always), unlessCapitalised: clean(file.unless_capitalised) };
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
