import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** What a model label means to emrx (emrx-model.json `labels`). */
export const MODEL_MEANINGS = [
  'none',
  'smoking.status.current',
  'smoking.status.former',
  'smoking.status.never',
  'smoking.packs_per_day',
  'smoking.cigarettes_per_day',
  'smoking.years_smoked',
  'smoking.pack_years',
  'smoking.quit',
  'smoking.brinkman_index',
  'genetics.gene',
  'genetics.variant',
] as const;
export type ModelMeaning = (typeof MODEL_MEANINGS)[number];

export const MODEL_TASKS = ['text-classification', 'token-classification'] as const;
export type ModelTask = (typeof MODEL_TASKS)[number];

/**
 * `emrx-model.json`: the manifest a reviewed model folder carries beside the Hugging Face files.
 * Unknown keys are kept (a site may record its own review), but the ones emrx reads are checked.
 */
export const modelManifestSchema = z.looseObject({
  emrx_model: z.literal(1),
  name: z.string().min(1),
  version: z.string().min(1),
  task: z.enum(MODEL_TASKS),
  labels: z.record(z.string(), z.enum(MODEL_MEANINGS)),
  max_length: z.number().int().min(8).max(4096).default(128),
  languages: z.array(z.enum(['en', 'ja'])).min(1),
  training_data: z.looseObject({ summary: z.string().min(1) }),
  metrics: z.record(z.string(), z.unknown()),
});
export type ModelManifest = z.infer<typeof modelManifestSchema>;

export type ModelPrecision = 'fp32' | 'int8';

export interface ModelFolder {
  readonly dir: string;
  readonly manifest: ModelManifest;
  /** The ONNX file that will be loaded, relative to `dir`. */
  readonly onnxFile: string;
}

const ONNX_FILE: Record<ModelPrecision, string> = {
  fp32: 'onnx/model.onnx',
  int8: 'onnx/model_quantized.onnx',
};

export class ModelFolderError extends Error {
  override readonly name = 'ModelFolderError';
}

/**
 * Checks a model folder before anything loads it: the Hugging Face files, the ONNX file of the
 * wanted precision, and a valid manifest whose labels cover the model's `id2label`. Every
 * problem names the folder, so a site sees which copy-in went wrong.
 */
export function readModelFolder(
  dir: string,
  precision: ModelPrecision,
  task: ModelTask,
): ModelFolder {
  if (!existsSync(dir)) {
    throw new ModelFolderError(
      `model folder ${dir} does not exist (models are loaded from local files only; copy the reviewed model there or pass --models <dir>)`,
    );
  }
  const onnxFile = ONNX_FILE[precision];
  for (const file of [
    'config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    'emrx-model.json',
    onnxFile,
  ]) {
    if (!existsSync(join(dir, file))) {
      throw new ModelFolderError(`model folder ${dir} has no ${file}`);
    }
  }
  const parsed = modelManifestSchema.safeParse(readJson(dir, 'emrx-model.json'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelFolderError(
      `${join(dir, 'emrx-model.json')}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  const manifest = parsed.data;
  if (manifest.task !== task) {
    throw new ModelFolderError(
      `${join(dir, 'emrx-model.json')}: task is ${manifest.task}, this slot needs ${task}`,
    );
  }
  const config = readJson(dir, 'config.json') as { id2label?: Record<string, string> };
  const labels = Object.values(config.id2label ?? {});
  if (labels.length === 0)
    throw new ModelFolderError(`${join(dir, 'config.json')} has no id2label`);
  const unmapped = labels.filter((label) => !(label in manifest.labels));
  if (unmapped.length > 0) {
    throw new ModelFolderError(
      `${join(dir, 'emrx-model.json')}: labels has no meaning for ${unmapped.join(', ')}`,
    );
  }
  return { dir, manifest, onnxFile };
}

function readJson(dir: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    throw new ModelFolderError(`${join(dir, file)}: not valid JSON (${(error as Error).message})`);
  }
}

/** The `models/` folder shipped with emrx, beside `vocab/` (or found above this file). */
export function defaultModelsDir(vocabDir: string): string {
  const beside = resolve(vocabDir, '..', 'models');
  if (existsSync(beside)) return beside;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'models'))) {
    const parent = dirname(dir);
    if (parent === dir) return beside;
    dir = parent;
  }
  return join(dir, 'models');
}
