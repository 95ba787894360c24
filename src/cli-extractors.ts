import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { defaultModelsDir, readModelFolder } from './extractors/transformer/model-folder.js';
import type { NlpSystem } from './system.js';
import { loadEnsemblePolicy } from './vocab/load.js';
import { EXTRACTOR_MODES, type ExtractorMode } from './vocab/schemas.js';

export interface ExtractorFlags {
  readonly extractors?: ExtractorMode;
  readonly models?: string;
}

/** `--extractors` and `--models`, shared by extract, run and worker. */
export function addExtractorOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--extractors <which>',
        'rules, transformer (local models only) or ensemble (default: vocab/ensemble.yaml)',
      ).choices(EXTRACTOR_MODES),
    )
    .option('--models <dir>', 'folder holding the model folders named in vocab/ensemble.yaml');
}

export interface ChosenExtractors {
  readonly extractors: ExtractorMode;
  readonly modelsDir: string;
  /** `name@version` of each model the mode loads, for `nlp_system` and Provenance. */
  readonly models: readonly string[];
}

/**
 * The mode to run and the models it needs, checked before any thread starts: a missing or
 * incomplete model folder is a clear error naming it, not a thread crash later.
 */
export function chooseExtractors(flags: ExtractorFlags, vocabDir: string): ChosenExtractors {
  const policy = loadEnsemblePolicy(vocabDir);
  const extractors = flags.extractors ?? policy.default;
  const modelsDir = flags.models ? resolve(flags.models) : defaultModelsDir(vocabDir);
  if (extractors === 'rules') return { extractors, modelsDir, models: [] };
  const { precision } = policy.models;
  const status = readModelFolder(
    resolve(modelsDir, policy.models.status),
    precision,
    'text-classification',
  );
  const tagger = readModelFolder(
    resolve(modelsDir, policy.models.tagger),
    precision,
    'token-classification',
  );
  const models = [status, tagger].map(
    (folder) => `${folder.manifest.name}@${folder.manifest.version}:${precision}`,
  );
  return { extractors, modelsDir, models: [`${extractors}`, ...models] };
}

/** The run's NLP system with the models it uses. */
export function withModels(system: NlpSystem, chosen: ChosenExtractors): NlpSystem {
  return { ...system, models: chosen.models };
}
