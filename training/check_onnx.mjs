// Load a model folder's fp32 and int8 ONNX files in onnxruntime-node and
// compare them.
//
//   node training/check_onnx.mjs models/emrx-smoking-status [models/emrx-tagger ...]
//
// For each folder:
//  1. runs both models on a few token-id inputs (batch of 2, one padded) and
//     prints the logits shape and max |fp32 - int8|;
//  2. if training/build/<name>/valid_inputs.json exists (written by
//     train.py), runs the whole valid split through both models and reports
//     max |onnxruntime fp32 - PyTorch| and the int8/fp32 argmax agreement;
//  3. checks that @huggingface/tokenizers (the tokenizer used by
//     transformers.js) produces exactly the ids the Python tokenizer produced
//     for those valid sentences.
// Exits non-zero when a check fails.
import fs from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';

const here = path.dirname(new URL(import.meta.url).pathname);
let failed = false;
const fail = (msg) => {
  failed = true;
  console.log(`FAIL ${msg}`);
};

function feeds(rows, padId = 0) {
  const b = rows.length;
  const n = Math.max(...rows.map((r) => r.length));
  const ids = new BigInt64Array(b * n);
  const mask = new BigInt64Array(b * n);
  const tt = new BigInt64Array(b * n);
  rows.forEach((r, i) => {
    for (let j = 0; j < n; j++) {
      ids[i * n + j] = BigInt(j < r.length ? r[j] : padId);
      mask[i * n + j] = j < r.length ? 1n : 0n;
    }
  });
  return {
    input_ids: new ort.Tensor('int64', ids, [b, n]),
    attention_mask: new ort.Tensor('int64', mask, [b, n]),
    token_type_ids: new ort.Tensor('int64', tt, [b, n]),
  };
}

const argmax = (a) => a.reduce((best, v, i) => (v > a[best] ? i : best), 0);

// logits of example i (cut to its length for token classification)
function rowsOf(out, lens, numLabels, tokenLevel) {
  const d = out.data;
  const [b, n] = out.dims;
  const res = [];
  for (let i = 0; i < b; i++) {
    if (!tokenLevel) {
      res.push([Array.from(d.slice(i * numLabels, (i + 1) * numLabels))]);
    } else {
      const toks = [];
      for (let j = 0; j < lens[i]; j++) {
        const o = (i * n + j) * numLabels;
        toks.push(Array.from(d.slice(o, o + numLabels)));
      }
      res.push(toks);
    }
  }
  return res;
}

async function checkDir(dir) {
  const cfg = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
  const numLabels = Object.keys(cfg.id2label).length;
  const tokenLevel = cfg.architectures[0] === 'BertForTokenClassification';
  const fp = await ort.InferenceSession.create(path.join(dir, 'onnx/model.onnx'));
  const q8 = await ort.InferenceSession.create(path.join(dir, 'onnx/model_quantized.onnx'));
  console.log(`== ${dir} (${cfg.architectures[0]}, ${numLabels} labels)`);
  console.log(`   inputs ${fp.inputNames.join(', ')} -> outputs ${fp.outputNames.join(', ')}`);
  for (const s of [fp, q8]) {
    const want = ['input_ids', 'attention_mask', 'token_type_ids'];
    if (JSON.stringify(s.inputNames) !== JSON.stringify(want)) fail(`input names ${s.inputNames}`);
    if (JSON.stringify(s.outputNames) !== JSON.stringify(['logits']))
      fail(`output names ${s.outputNames}`);
  }

  // 1. a few token ids
  const V = cfg.vocab_size;
  const sample = [
    [2, 5 % V, 17 % V, 123 % V, 456 % V, 789 % V, 1011 % V, 3],
    [2, 42 % V, 99 % V, 3],
  ];
  const a = await fp.run(feeds(sample));
  const b = await q8.run(feeds(sample));
  let maxd = 0;
  for (let i = 0; i < a.logits.data.length; i++)
    maxd = Math.max(maxd, Math.abs(a.logits.data[i] - b.logits.data[i]));
  console.log(
    `   sample: logits shape fp32 [${a.logits.dims}] int8 [${b.logits.dims}], max |fp32-int8| ${maxd.toFixed(5)}`,
  );
  if (JSON.stringify(a.logits.dims) !== JSON.stringify(b.logits.dims)) fail('shape mismatch');
  // padding must not change the result of the short row
  const alone = await fp.run(feeds([sample[1]]));
  const padded = rowsOf(a.logits, [8, 4], numLabels, tokenLevel)[1].flat();
  const single = rowsOf(alone.logits, [4], numLabels, tokenLevel)[0].flat();
  const pd = Math.max(...padded.map((v, i) => Math.abs(v - single[i])));
  console.log(
    `   padding invariance (attention_mask): max |padded - alone| ${pd.toExponential(2)}`,
  );
  if (pd > 1e-3) fail('attention_mask not respected');

  // 2. full valid split
  const name = path.basename(path.resolve(dir));
  const vf = path.join(here, 'build', name, 'valid_inputs.json');
  if (!fs.existsSync(vf)) {
    console.log(`   (no ${vf}; skipping valid-set comparison)`);
    return;
  }
  const v = JSON.parse(fs.readFileSync(vf, 'utf8'));
  const order = v.input_ids
    .map((_, i) => i)
    .sort((x, y) => v.input_ids[x].length - v.input_ids[y].length);
  let dTorch = 0;
  let dQ = 0;
  let agree = 0;
  let total = 0;
  const t0 = Date.now();
  for (let s = 0; s < order.length; s += 32) {
    const idx = order.slice(s, s + 32);
    const rows = idx.map((i) => v.input_ids[i]);
    const lens = rows.map((r) => r.length);
    const f = feeds(rows);
    const rf = rowsOf((await fp.run(f)).logits, lens, numLabels, tokenLevel);
    const rq = rowsOf((await q8.run(f)).logits, lens, numLabels, tokenLevel);
    idx.forEach((ex, k) => {
      const tl = tokenLevel ? v.torch_logits_fp32[ex] : [v.torch_logits_fp32[ex]];
      const lo = tokenLevel ? 1 : 0;
      const hi = tokenLevel ? rf[k].length - 1 : 1;
      for (let t = 0; t < rf[k].length; t++) {
        for (let c = 0; c < numLabels; c++) {
          dTorch = Math.max(dTorch, Math.abs(rf[k][t][c] - tl[t][c]));
          dQ = Math.max(dQ, Math.abs(rf[k][t][c] - rq[k][t][c]));
        }
      }
      for (let t = lo; t < hi; t++) {
        total++;
        if (argmax(rf[k][t]) === argmax(rq[k][t])) agree++;
      }
    });
  }
  const unit = tokenLevel ? 'tokens' : 'sentences';
  console.log(
    `   valid (${v.input_ids.length} sentences, ${Date.now() - t0} ms): max |ort fp32 - torch| ${dTorch.toFixed(5)}, ` +
      `max |fp32 - int8| ${dQ.toFixed(4)}, argmax agreement int8/fp32 ${(agree / total).toFixed(4)} (${total} ${unit})`,
  );
  if (dTorch > 1e-3) fail('onnxruntime fp32 differs from PyTorch');
  if (agree / total < 0.99) fail('int8 argmax agreement < 0.99');

  // 3. tokenizer parity with @huggingface/tokenizers (transformers.js)
  if (v.texts) {
    const { Tokenizer } = await import('@huggingface/tokenizers');
    const tj = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer.json'), 'utf8'));
    const tc = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer_config.json'), 'utf8'));
    const tok = new Tokenizer(tj, tc);
    let same = 0;
    let shown = 0;
    v.texts.forEach((text, i) => {
      const ids = tok.encode(text).ids.slice(0, 128);
      if (ids.length === 128) ids[127] = 3; // [SEP] after truncation, as in train.py
      const want = v.input_ids[i];
      if (JSON.stringify(ids) === JSON.stringify(want)) same++;
      else if (shown++ < 3)
        console.log(
          `   tokenizer mismatch: ${JSON.stringify(text)}\n     js ${ids}\n     py ${want}`,
        );
    });
    console.log(
      `   tokenizer parity (@huggingface/tokenizers vs training/tokenizer.py): ${same}/${v.texts.length} identical`,
    );
    if (same !== v.texts.length) fail('tokenizer mismatch');
  }
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node training/check_onnx.mjs models/<name> [...]');
  process.exit(2);
}
for (const d of dirs) await checkDir(d);
console.log(failed ? 'SOME CHECKS FAILED' : 'all checks passed');
process.exit(failed ? 1 : 0);
