import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import {
  defaultModelsDir,
  ModelFolderError,
  readModelFolder,
} from '../src/extractors/transformer/model-folder.js';
import { LocalModel, lockDownTransformers } from '../src/extractors/transformer/runtime.js';
import { defaultVocabDir } from '../src/vocab/load.js';
import { runEmrx } from './support/cli-processes.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'emrx.js');
const noNetwork = join(root, 'tests', 'fixtures', 'no-network.mjs');
const modelsDir = defaultModelsDir(defaultVocabDir());
const statusDir = join(modelsDir, 'emrx-smoking-status');
const taggerDir = join(modelsDir, 'emrx-tagger');
const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

function bytesUnder(dir: string): number {
  return readdirSync(dir).reduce((sum, entry) => {
    const path = join(dir, entry);
    return sum + (statSync(path).isDirectory() ? bytesUnder(path) : statSync(path).size);
  }, 0);
}

describe('the models emrx ships', () => {
  let status: LocalModel;
  let tagger: LocalModel;
  beforeAll(async () => {
    status = await LocalModel.load(statusDir, 'text-classification', 'int8');
    tagger = await LocalModel.load(taggerDir, 'token-classification', 'int8');
  });
  afterAll(async () => {
    await status?.dispose();
    await tagger?.dispose();
  });

  it('fit in 20 MB and carry a complete manifest', () => {
    expect(bytesUnder(modelsDir)).toBeLessThanOrEqual(20 * 1024 * 1024);
    for (const dir of [statusDir, taggerDir]) {
      const manifest = JSON.parse(readFileSync(join(dir, 'emrx-model.json'), 'utf8'));
      expect(manifest.training_data.summary).toMatch(/dev-?test/i);
      expect(Object.keys(manifest.metrics).length).toBeGreaterThan(1);
    }
  });

  it('classify plain status sentences in English and Japanese', async () => {
    const classes = await status.classify([
      'Never smoker.',
      'Former smoker, quit in 2009.',
      'Currently smokes 1 ppd.',
      '喫煙歴なし。',
      '元喫煙者（20本/日×30年、10年前に禁煙）。',
      'Father smoked 2 packs a day.',
    ]);
    expect(classes.map((c) => c.meaning)).toEqual([
      'smoking.status.never',
      'smoking.status.former',
      'smoking.status.current',
      'smoking.status.never',
      'smoking.status.former',
      'none',
    ]);
    for (const c of classes) expect(c.score).toBeGreaterThan(0);
  });

  it('tag values and genes with exact offsets into the sentence', async () => {
    const sentences = ['Smokes 1 ppd x 30 yrs.', '喫煙：20本/日×30年間。', 'EGFR L858R detected.'];
    const [en, ja, genetic] = await tagger.tag(sentences);
    const text = (i: number, spans: typeof en) =>
      (spans ?? []).map((s) => [sentences[i]!.slice(s.start, s.end), s.meaning]);
    expect(text(0, en)).toEqual(expect.arrayContaining([['1 ppd', 'smoking.packs_per_day']]));
    expect(text(1, ja)).toEqual(
      expect.arrayContaining([['20本/日', 'smoking.cigarettes_per_day']]),
    );
    expect(text(2, genetic)).toEqual(
      expect.arrayContaining([
        ['EGFR', 'genetics.gene'],
        ['L858R', 'genetics.variant'],
      ]),
    );
  });

  it('give the same classes from the fp32 and the int8 files', async () => {
    const fp32 = await LocalModel.load(statusDir, 'text-classification', 'fp32');
    const sentences = [
      'Never smoker.',
      'Quit smoking 5 years ago.',
      '喫煙：現在',
      'Mother smokes.',
    ];
    const a = await fp32.classify(sentences);
    const b = await status.classify(sentences);
    expect(b.map((c) => c.label)).toEqual(a.map((c) => c.label));
    await fp32.dispose();
  });
});

describe('no model hub', () => {
  it('refuses a hub model id without trying the network', async () => {
    lockDownTransformers();
    expect(env.allowRemoteModels).toBe(false);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const envFetch = vi.spyOn(env, 'fetch');
    await expect(
      AutoTokenizer.from_pretrained('google-bert/bert-base-uncased', { local_files_only: true }),
    ).rejects.toThrow();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(envFetch).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    envFetch.mockRestore();
  });
});

describe('model folders', () => {
  it('name the folder when it is missing or incomplete', () => {
    expect(() => readModelFolder('/nowhere/model', 'int8', 'text-classification')).toThrow(
      /model folder \/nowhere\/model does not exist/,
    );
    const copy = mkdtempSync(join(tmpdir(), 'emrx-model-'));
    cpSync(statusDir, copy, { recursive: true });
    rmSync(join(copy, 'onnx', 'model_quantized.onnx'));
    expect(() => readModelFolder(copy, 'int8', 'text-classification')).toThrow(
      new ModelFolderError(`model folder ${copy} has no onnx/model_quantized.onnx`),
    );
    expect(() => readModelFolder(copy, 'fp32', 'token-classification')).toThrow(
      /task is text-classification, this slot needs token-classification/,
    );
    const manifest = JSON.parse(readFileSync(join(copy, 'emrx-model.json'), 'utf8'));
    manifest.labels = { current: 'smoking.status.current' };
    writeFileSync(join(copy, 'emrx-model.json'), JSON.stringify(manifest));
    expect(() => readModelFolder(copy, 'fp32', 'text-classification')).toThrow(
      /labels has no meaning for /,
    );
  });
});

/** The built CLI under the no-network guard (threads inherit it). */
function emrx(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', noNetwork, bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('emrx extract --extractors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emrx-models-cli-'));
  const input = join(dir, 'notes.jsonl');
  writeFileSync(
    input,
    [
      { note_id: 'a', note_text: 'Social History: former smoker, 1 ppd x 20 yrs, quit 2014.' },
      { note_id: 'b', note_text: '喫煙歴なし。飲酒：機会飲酒。', language: 'ja' },
      { note_id: 'c', note_text: 'Tumour NGS: KRAS G12C detected. EGFR wild-type.' },
      { note_id: 'd', note_text: 'Knee pain after a fall; no other complaints.' },
    ]
      .map((n) => JSON.stringify({ person_id: 'p', note_date: '2024-05-01', ...n }))
      .join('\n'),
  );

  it.each(['transformer', 'ensemble'])(
    '%s: runs from local files with no network, every mention says who produced it',
    (mode) => {
      const out = join(dir, `${mode}.jsonl`);
      const mentions = join(dir, `${mode}-mentions.jsonl`);
      const result = emrx([
        'extract',
        '--in',
        input,
        '--out',
        out,
        '--mentions',
        mentions,
        '--extractors',
        mode,
        '--threads',
        '2',
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toMatch(/NETWORK ATTEMPT/);
      const annotations = readJsonl(out);
      expect(annotations.map((a) => a.note_id)).toEqual(['a', 'b', 'c', 'd']);
      expect(annotations[0].smoking.status).toBe('former');
      expect(annotations[1].smoking.status).toBe('never');
      expect(annotations[3].smoking.status).toBe('unknown');
      const records = readJsonl(mentions);
      expect(records.some((m) => m.source === 'transformer')).toBe(true);
      for (const m of records) {
        expect(['rules', 'transformer']).toContain(m.source);
        if (m.source === 'transformer') expect(m.rule).toMatch(/^model:emrx-/);
      }
      if (mode === 'transformer')
        expect(records.every((m) => m.source === 'transformer')).toBe(true);
    },
    60_000,
  );

  it('fails with the folder named when the models are not there', () => {
    const result = emrx([
      'extract',
      '--in',
      input,
      '--out',
      join(dir, 'x.jsonl'),
      '--extractors',
      'ensemble',
      '--models',
      join(dir, 'no-models'),
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      `model folder ${join(dir, 'no-models', 'emrx-smoking-status')} does not exist`,
    );
  });
});

describe('workers with --extractors ensemble', () => {
  it('give through the queue the answers extract gives in process, with the models in nlp_system', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emrx-models-queue-'));
    const input = 'samples/smoking/ja/notes-dev.jsonl';
    const extracted = emrx([
      'extract',
      '--in',
      input,
      '--out',
      join(dir, 'extract.jsonl'),
      '--extractors',
      'ensemble',
    ]);
    expect(extracted.code, extracted.stderr).toBe(0);
    const queued = await runEmrx(
      [
        'run',
        '--in',
        input,
        '--out',
        join(dir, 'queued.jsonl'),
        '--rejects',
        join(dir, 'rejects.jsonl'),
        '--omop',
        `embedded:${join(dir, 'omop')}`,
        '--extractors',
        'ensemble',
        '--concurrency',
        '2',
      ],
      { REDIS_URL: inject('redisUrl') },
    );
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toMatch(/0 failed, 0 rejected/);
    const sorted = (path: string) => readFileSync(path, 'utf8').trim().split('\n').sort();
    expect(sorted(join(dir, 'queued.jsonl'))).toEqual(sorted(join(dir, 'extract.jsonl')));
    const { openSqlClient } = await import('../src/sinks/omop/sql-client.js');
    const db = await openSqlClient(`embedded:${join(dir, 'omop')}`);
    const systems = await db.query('SELECT DISTINCT nlp_system FROM cdm.note_nlp');
    await db.close();
    expect(systems.rows.map((r) => r.nlp_system)).toEqual([
      expect.stringMatching(
        /models:ensemble,emrx-smoking-status@1\.0\.0:fp32,emrx-tagger@1\.0\.0:fp32$/,
      ),
    ]);
  }, 180_000);
});
