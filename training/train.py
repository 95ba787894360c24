"""Train one of the emrx local models and export it.

    OMP_NUM_THREADS=2 /usr/bin/python3 training/train.py --task status \
        --data training/data/status.jsonl --out models/emrx-smoking-status
    OMP_NUM_THREADS=2 /usr/bin/python3 training/train.py --task tagger \
        --data training/data/tagger.jsonl --out models/emrx-tagger

The shared tokenizer is read from --tokenizer (default training/build/tokenizer);
if it does not exist it is built first from the train split of
status.jsonl + tagger.jsonl found next to --data (see tokenizer.py).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import math
import os
import random
import shutil
import sys
import time

import numpy as np
import onnx
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from export import dequantized_state, export_onnx, quantize_weights  # noqa: E402
from model import (  # noqa: E402
    BertConfig,
    BertForSequenceClassification,
    BertForTokenClassification,
    count_parameters,
)
from tokenizer import MODEL_MAX_LENGTH, Tokenizer, build_vocab, read_train_texts  # noqa: E402

STATUS_LABELS = ["current", "former", "never", "other"]
STATUS_MEANING = {
    "current": "smoking.status.current",
    "former": "smoking.status.former",
    "never": "smoking.status.never",
    "other": "none",
}
ENTITY_TYPES = ["PPD", "CPD", "YEARS", "PACK_YEARS", "QUIT", "BRINKMAN", "GENE", "VARIANT"]
ENTITY_MEANING = {
    "PPD": "smoking.packs_per_day",
    "CPD": "smoking.cigarettes_per_day",
    "YEARS": "smoking.years_smoked",
    "PACK_YEARS": "smoking.pack_years",
    "QUIT": "smoking.quit",
    "BRINKMAN": "smoking.brinkman_index",
    "GENE": "genetics.gene",
    "VARIANT": "genetics.variant",
}
TAGGER_LABELS = ["O"] + [f"{p}-{t}" for t in ENTITY_TYPES for p in ("B", "I")]
MODEL_NAMES = {"status": "emrx-smoking-status", "tagger": "emrx-tagger"}
TOKENIZER_FILES = ["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def set_seed(seed: int):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


# ---------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------


def bio_labels(offsets, spans):
    """Project character spans to BIO labels over tokens.

    A token belongs to a span when their character ranges overlap; the first
    token of the span gets B-X, the following ones I-X. Special tokens
    (offset (0,0)) get -100 (ignored by the loss)."""
    labels = []
    for s, e in offsets:
        labels.append(-100 if s == e else 0)
    for ss, se, lab in sorted(spans, key=lambda x: (x[0], x[1])):
        first = True
        for i, (s, e) in enumerate(offsets):
            if s == e or e <= ss or s >= se:
                continue
            if labels[i] not in (0, -100):
                # overlapping spans: keep the earlier one
                first = False
                continue
            labels[i] = TAGGER_LABELS.index(("B-" if first else "I-") + lab)
            first = False
    return labels


def featurize(rows, tok: Tokenizer, task: str):
    feats = []
    for r in rows:
        enc = tok.encode(r["text"], MODEL_MAX_LENGTH)
        f = {"input_ids": enc["input_ids"], "offsets": enc["offsets"], "row": r}
        if task == "status":
            f["label"] = STATUS_LABELS.index(r["label"])
        else:
            f["labels"] = bio_labels(enc["offsets"], r["spans"])
        feats.append(f)
    return feats


def collate(batch, task, pad_id):
    n = max(len(f["input_ids"]) for f in batch)
    ids = torch.full((len(batch), n), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), n), dtype=torch.long)
    for i, f in enumerate(batch):
        L = len(f["input_ids"])
        ids[i, :L] = torch.tensor(f["input_ids"])
        mask[i, :L] = 1
    tt = torch.zeros_like(ids)
    if task == "status":
        y = torch.tensor([f["label"] for f in batch], dtype=torch.long)
    else:
        y = torch.full((len(batch), n), -100, dtype=torch.long)
        for i, f in enumerate(batch):
            y[i, : len(f["labels"])] = torch.tensor(f["labels"])
    return ids, mask, tt, y


def batches(feats, bs, shuffle, rng=None):
    idx = list(range(len(feats)))
    if shuffle:
        rng.shuffle(idx)
        # light length bucketing: sort inside chunks of 50 batches
        chunk = bs * 50
        idx = [j for c in range(0, len(idx), chunk) for j in sorted(idx[c : c + chunk], key=lambda k: len(feats[k]["input_ids"]))]
        bl = [idx[i : i + bs] for i in range(0, len(idx), bs)]
        rng.shuffle(bl)
    else:
        idx.sort(key=lambda k: len(feats[k]["input_ids"]))
        bl = [idx[i : i + bs] for i in range(0, len(idx), bs)]
    return bl


# ---------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def r4(x):
    return round(float(x), 4)


def predict(model, feats, task, pad_id, bs=64, state_dict=None):
    """Returns list of logits arrays (per example; token-level arrays cut to length)."""
    if state_dict is not None:
        orig = {k: v.clone() for k, v in model.state_dict().items()}
        model.load_state_dict(state_dict)
    model.eval()
    out = [None] * len(feats)
    with torch.no_grad():
        for b in batches(feats, bs, False):
            ids, mask, tt, _ = collate([feats[i] for i in b], task, pad_id)
            logits = model(ids, mask, tt).numpy()
            for j, i in enumerate(b):
                out[i] = logits[j] if task == "status" else logits[j, : len(feats[i]["input_ids"])]
    if state_dict is not None:
        model.load_state_dict(orig)
    return out


def decode_entities(pred_ids, offsets):
    """BIO token labels -> set of (start, end, TYPE) character spans.
    B-X starts an entity; I-X continues an open X entity; an I-X with no
    open X entity is dropped (strict: on the valid split this is clearly
    better than starting a new entity there); O or special tokens close it."""
    ents = []
    cur = None
    for lab_id, (s, e) in zip(pred_ids, offsets):
        if s == e:
            if cur:
                ents.append(tuple(cur))
                cur = None
            continue
        lab = TAGGER_LABELS[lab_id]
        if lab == "O":
            if cur:
                ents.append(tuple(cur))
                cur = None
            continue
        p, t = lab.split("-", 1)
        if p == "I":
            if cur is not None and cur[2] == t:
                cur[1] = e
            else:
                if cur:
                    ents.append(tuple(cur))
                cur = None
        else:
            if cur:
                ents.append(tuple(cur))
            cur = [s, e, t]
    if cur:
        ents.append(tuple(cur))
    return set(ents)


def evaluate(feats, logits, task):
    if task == "status":
        y = [f["label"] for f in feats]
        p = [int(np.argmax(l)) for l in logits]
        acc = sum(a == b for a, b in zip(y, p)) / max(1, len(y))
        per = {}
        for i, lab in enumerate(STATUS_LABELS):
            tp = sum(1 for a, b in zip(y, p) if a == i and b == i)
            fp = sum(1 for a, b in zip(y, p) if a != i and b == i)
            fn = sum(1 for a, b in zip(y, p) if a == i and b != i)
            pp, rr, ff = prf(tp, fp, fn)
            per[lab] = {"precision": r4(pp), "recall": r4(rr), "f1": r4(ff), "support": sum(1 for a in y if a == i)}
        by_lang = {}
        for lang in sorted({f["row"]["lang"] for f in feats}):
            ix = [k for k, f in enumerate(feats) if f["row"]["lang"] == lang]
            by_lang[lang] = {"accuracy": r4(sum(y[k] == p[k] for k in ix) / len(ix)), "n": len(ix)}
        conf = [[sum(1 for a, b in zip(y, p) if a == i and b == j) for j in range(len(STATUS_LABELS))] for i in range(len(STATUS_LABELS))]
        return {
            "n": len(y),
            "accuracy": r4(acc),
            "macro_f1": r4(sum(v["f1"] for v in per.values()) / len(per)),
            "per_label": per,
            "by_language": by_lang,
            "confusion": {"rows_gold_cols_pred": STATUS_LABELS, "matrix": conf},
        }
    # tagger
    tok_correct = tok_total = 0
    counts = {t: [0, 0, 0] for t in ENTITY_TYPES}
    lang_counts = collections.defaultdict(lambda: [0, 0, 0])
    n_gold = n_aligned = 0
    for f, l in zip(feats, logits):
        pred = [int(x) for x in np.argmax(l, axis=-1)]
        for a, b in zip(f["labels"], pred):
            if a != -100:
                tok_total += 1
                tok_correct += a == b
        gold = {(s, e, t) for s, e, t in f["row"]["spans"]}
        # upper bound: gold spans exactly representable by token boundaries
        tstarts = {s for s, e in f["offsets"] if s != e}
        tends = {e for s, e in f["offsets"] if s != e}
        for s, e, t in gold:
            n_gold += 1
            n_aligned += s in tstarts and e in tends
        predset = decode_entities(pred, f["offsets"])
        lang = f["row"]["lang"]
        for t in ENTITY_TYPES:
            g = {x for x in gold if x[2] == t}
            pr = {x for x in predset if x[2] == t}
            tp = len(g & pr)
            for c in (counts[t], lang_counts[lang]):
                c[0] += tp
                c[1] += len(pr) - tp
                c[2] += len(g) - tp
    per = {}
    tot = [0, 0, 0]
    for t in ENTITY_TYPES:
        tp, fp, fn = counts[t]
        pp, rr, ff = prf(tp, fp, fn)
        per[t] = {"precision": r4(pp), "recall": r4(rr), "f1": r4(ff), "support": tp + fn}
        tot = [a + b for a, b in zip(tot, counts[t])]
    mp, mr, mf = prf(*tot)
    by_lang = {}
    for lang, (tp, fp, fn) in sorted(lang_counts.items()):
        pp, rr, ff = prf(tp, fp, fn)
        by_lang[lang] = {"precision": r4(pp), "recall": r4(rr), "f1": r4(ff), "support": tp + fn}
    return {
        "n": len(feats),
        "token_accuracy": r4(tok_correct / max(1, tok_total)),
        "entity_micro": {"precision": r4(mp), "recall": r4(mr), "f1": r4(mf), "support": tot[0] + tot[2]},
        "per_label": per,
        "by_language": by_lang,
        "gold_spans_token_aligned": r4(n_aligned / max(1, n_gold)),
    }


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def get_tokenizer(args):
    path = os.path.join(args.tokenizer, "tokenizer.json")
    if not os.path.exists(path):
        d = os.path.dirname(os.path.abspath(args.data))
        srcs = [os.path.join(d, n) for n in ("status.jsonl", "tagger.jsonl")]
        srcs = [s for s in srcs if os.path.exists(s)]
        log(f"building shared tokenizer from {srcs} -> {args.tokenizer}")
        Tokenizer(build_vocab(read_train_texts(srcs), args.vocab_size)).save(args.tokenizer)
    return Tokenizer.load(path)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def data_summary(rows, task):
    sp = collections.Counter(r["split"] for r in rows)
    by_lang = {}
    for split in ("train", "valid"):
        c = collections.Counter(r["lang"] for r in rows if r["split"] == split)
        for lang, n in c.items():
            by_lang.setdefault(lang, {})[split] = n
    by_label = {}
    for split in ("train", "valid"):
        if task == "status":
            c = collections.Counter(r["label"] for r in rows if r["split"] == split)
        else:
            c = collections.Counter(s[2] for r in rows if r["split"] == split for s in r["spans"])
        for lab, n in c.items():
            by_label.setdefault(lab, {})[split] = n
    order = STATUS_LABELS if task == "status" else ENTITY_TYPES
    by_label = {k: by_label[k] for k in order if k in by_label} | {k: v for k, v in sorted(by_label.items()) if k not in order}
    return {"train": sp.get("train", 0), "valid": sp.get("valid", 0)}, dict(sorted(by_lang.items())), by_label


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--task", choices=["status", "tagger"], required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--tokenizer", default=os.path.join(HERE, "build", "tokenizer"))
    ap.add_argument("--vocab-size", type=int, default=8000)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--intermediate", type=int, default=512)
    ap.add_argument("--class-weight-power", type=float, default=0.5, help="class weight = freq^-power (0 = none)")
    ap.add_argument(
        "--max-minutes",
        type=float,
        default=0.0,
        help="stop training after this many minutes (0 = no limit; a limit makes the result depend on machine load)",
    )
    args = ap.parse_args(argv)
    task = args.task
    if args.epochs is None:
        args.epochs = 12 if task == "status" else 20
    if args.lr is None:
        args.lr = 1e-3
    t0 = time.time()
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
    set_seed(args.seed)

    tok = get_tokenizer(args)
    rows = read_jsonl(args.data)
    labels = STATUS_LABELS if task == "status" else TAGGER_LABELS
    train_rows = [r for r in rows if r["split"] == "train"]
    valid_rows = [r for r in rows if r["split"] == "valid"]
    train = featurize(train_rows, tok, task)
    valid = featurize(valid_rows, tok, task)
    n_trunc = sum(1 for f in train + valid if len(f["input_ids"]) == MODEL_MAX_LENGTH)
    log(f"{task}: {len(train)} train / {len(valid)} valid, vocab {len(tok.vocab)}, {n_trunc} truncated to {MODEL_MAX_LENGTH}")

    cfg = BertConfig(
        vocab_size=len(tok.vocab),
        hidden_size=args.hidden,
        num_hidden_layers=args.layers,
        num_attention_heads=args.heads,
        intermediate_size=args.intermediate,
        max_position_embeddings=MODEL_MAX_LENGTH,
        num_labels=len(labels),
        pad_token_id=tok.pad_id,
    )
    Model = BertForSequenceClassification if task == "status" else BertForTokenClassification
    model = Model(cfg)
    log(f"model {Model.architecture}: {count_parameters(model):,} parameters")

    # class weights (frequency^-power, default inverse sqrt; mean-normalised over seen classes)
    if task == "status":
        cnt = collections.Counter(f["label"] for f in train)
    else:
        cnt = collections.Counter(x for f in train for x in f["labels"] if x != -100)
    w = torch.ones(len(labels))
    seen = [i for i in range(len(labels)) if cnt.get(i, 0) > 0]
    if seen:
        raw = {i: cnt[i] ** -args.class_weight_power for i in seen}
        mean = sum(raw.values()) / len(raw)
        for i in seen:
            w[i] = raw[i] / mean
    log("class weights: " + ", ".join(f"{labels[i]}={w[i]:.2f}" for i in range(len(labels))))
    loss_fn = nn.CrossEntropyLoss(weight=w, ignore_index=-100)

    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=args.lr)
    rng = random.Random(args.seed)
    steps_per_epoch = math.ceil(len(train) / args.batch_size)
    total = max(1, steps_per_epoch * args.epochs)
    warm = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))

    t_train = time.time()
    epochs_done = 0
    for ep in range(args.epochs):
        model.train()
        tl = 0.0
        nb = 0
        for b in batches(train, args.batch_size, True, rng):
            ids, mask, tt, y = collate([train[i] for i in b], task, tok.pad_id)
            logits = model(ids, mask, tt)
            loss = loss_fn(logits.reshape(-1, len(labels)), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            tl += loss.item()
            nb += 1
        epochs_done += 1
        msg = f"epoch {ep + 1}/{args.epochs} loss {tl / max(1, nb):.4f} ({time.time() - t_train:.0f}s)"
        if valid and (ep + 1) % max(1, args.epochs // 4) == 0 or ep + 1 == args.epochs:
            m = evaluate(valid, predict(model, valid, task, tok.pad_id), task)
            msg += f" valid {m['accuracy'] if task == 'status' else m['entity_micro']['f1']}"
        log(msg)
        if args.max_minutes and (time.time() - t_train) / 60 > args.max_minutes:
            log(f"stopping early: time budget {args.max_minutes} min reached")
            break
    train_seconds = time.time() - t_train
    model.eval()

    # ---- evaluation (fp32 torch) ----
    logits_fp = predict(model, valid, task, tok.pad_id)
    metrics = evaluate(valid, logits_fp, task)

    # ---- export ----
    out = args.out
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    fp32_path = os.path.join(out, "onnx", "model.onnx")
    q_path = os.path.join(out, "onnx", "model_quantized.onnx")
    export_onnx(model, fp32_path, len(tok.vocab))
    info = quantize_weights(fp32_path, q_path)
    sd_q, qnames = dequantized_state(model, fp32_path, info)
    logits_q = predict(model, valid, task, tok.pad_id, state_dict=sd_q)
    metrics_q = evaluate(valid, logits_q, task)
    diffs = [float(np.abs(a - b).max()) for a, b in zip(logits_fp, logits_q)]
    if task == "status":
        agree = [int(np.argmax(a) == np.argmax(b)) for a, b in zip(logits_fp, logits_q)]
    else:
        agree = [int(x) for a, b in zip(logits_fp, logits_q) for x in (np.argmax(a[1:-1], -1) == np.argmax(b[1:-1], -1))]
    quant = {
        "scheme": "weight-only int8, per-output-channel symmetric (DequantizeLinear), "
        "MatMul/Gemm weights and the word/position embedding tables; activations float32",
        "quantized_tensors": len(info),
        "max_abs_logit_diff_vs_fp32": r4(max(diffs) if diffs else 0.0),
        "argmax_agreement_vs_fp32": r4(sum(agree) / max(1, len(agree))),
        "unit": "sentences" if task == "status" else "tokens",
        "metrics_int8": {k: metrics_q[k] for k in (("accuracy", "macro_f1") if task == "status" else ("token_accuracy", "entity_micro"))},
    }
    log(f"int8: {quant}")

    # dump valid inputs + torch logits so check_onnx.mjs can verify onnxruntime numerics
    build_dir = os.path.join(HERE, "build", os.path.basename(os.path.normpath(out)))
    os.makedirs(build_dir, exist_ok=True)
    with open(os.path.join(build_dir, "valid_inputs.json"), "w") as f:
        json.dump(
            {
                "task": task,
                "texts": [x["row"]["text"] for x in valid],
                "input_ids": [x["input_ids"] for x in valid],
                "torch_logits_fp32": [np.round(l, 5).tolist() for l in logits_fp],
            },
            f,
        )

    # ---- tokenizer + config ----
    for n in TOKENIZER_FILES:
        shutil.copyfile(os.path.join(args.tokenizer, n), os.path.join(out, n))
    hf_cfg = {
        "architectures": [Model.architecture],
        "model_type": "bert",
        "vocab_size": cfg.vocab_size,
        "hidden_size": cfg.hidden_size,
        "num_hidden_layers": cfg.num_hidden_layers,
        "num_attention_heads": cfg.num_attention_heads,
        "intermediate_size": cfg.intermediate_size,
        "hidden_act": "gelu",
        "hidden_dropout_prob": cfg.hidden_dropout_prob,
        "attention_probs_dropout_prob": cfg.attention_probs_dropout_prob,
        "max_position_embeddings": cfg.max_position_embeddings,
        "type_vocab_size": cfg.type_vocab_size,
        "initializer_range": cfg.initializer_range,
        "layer_norm_eps": cfg.layer_norm_eps,
        "pad_token_id": cfg.pad_token_id,
        "position_embedding_type": "absolute",
        "id2label": {str(i): l for i, l in enumerate(labels)},
        "label2id": {l: i for i, l in enumerate(labels)},
    }
    if task == "status":
        hf_cfg["problem_type"] = "single_label_classification"
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(hf_cfg, f, indent=2)
        f.write("\n")

    # ---- manifest ----
    sent, by_lang, by_label = data_summary(rows, task)
    if task == "status":
        label_map = {l: STATUS_MEANING[l] for l in labels}
        summary = (
            "Sentences (English and Japanese) labelled with the patient's own tobacco-smoking status "
            "(current / former / never; other = not about the patient's smoking), from training/data/status.jsonl"
            "; the sentences are the candidate sentences of the training splits of samples/ (smoking dev–dev7, genetics dev–dev6; never a dev-test split) labelled by the rule extractor and checked against the gold answers, plus sentences generated from templates by training/make-data.mjs"
        )
    else:
        label_map = {"O": "none"}
        for l in labels[1:]:
            label_map[l] = ENTITY_MEANING[l.split("-", 1)[1]]
        summary = (
            "Sentences (English and Japanese) with character spans for smoking quantities (PPD, CPD, YEARS, "
            "PACK_YEARS, QUIT, BRINKMAN) and genetics mentions (GENE, VARIANT), from training/data/tagger.jsonl; "
            "by_label counts spans; the sentences are the candidate sentences of the training splits of samples/ (smoking dev–dev7, genetics dev–dev6; never a dev-test split) labelled by the rule extractor and checked against the gold answers, plus sentences generated from templates by training/make-data.mjs"
        )
    mdict = {"split": "valid (held-out part of the training data; no dev-test note)"}
    mdict.update(metrics)
    mdict["int8"] = quant
    files = {}
    for rel in ("onnx/model.onnx", "onnx/model_quantized.onnx"):
        p = os.path.join(out, rel)
        files[rel] = {"bytes": os.path.getsize(p), "sha256": sha256(p)}
    manifest = {
        "emrx_model": 1,
        "name": MODEL_NAMES[task],
        "version": "1.0.0",
        "task": "text-classification" if task == "status" else "token-classification",
        "labels": label_map,
        "max_length": MODEL_MAX_LENGTH,
        "languages": ["en", "ja"],
        "training_data": {"summary": summary, "sentences": sent, "by_language": by_lang, "by_label": by_label},
        "metrics": mdict,
        "files": files,
        "created_with": f"training/train.py (PyTorch {torch.__version__}, onnx {onnx.__version__})",
    }
    with open(os.path.join(out, "emrx-model.json"), "w") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")

    run = {
        "task": task,
        "args": vars(args),
        "epochs_done": epochs_done,
        "parameters": count_parameters(model),
        "train_seconds": round(train_seconds, 1),
        "total_seconds": round(time.time() - t0, 1),
        "torch_threads": torch.get_num_threads(),
    }
    with open(os.path.join(build_dir, "run.json"), "w") as f:
        json.dump(run, f, indent=2)
    write_card(out, manifest, hf_cfg, run, args)
    log(json.dumps(metrics, ensure_ascii=False))
    log(f"done in {time.time() - t0:.0f}s (training {train_seconds:.0f}s) -> {out}")


def fmt_size(n):
    return f"{n / 1e6:.2f} MB"


def write_card(out, man, cfg, run, args):
    task = run["task"]
    m = man["metrics"]
    q = m["int8"]
    lines = []
    name = man["name"]
    if task == "status":
        what = (
            "Sentence classifier for the patient's **smoking status**. Input: one sentence (English or Japanese). "
            "Output: one of `current`, `former`, `never`, `other` (`other` = the sentence is not about the "
            "patient's own tobacco smoking, e.g. family history, other substances, unrelated text)."
        )
    else:
        what = (
            "Token classifier (BIO tags) for **smoking quantities and genetics mentions** in one sentence "
            "(English or Japanese). Entity types: PPD (packs/day), CPD (cigarettes/day), YEARS (years smoked), "
            "PACK_YEARS, QUIT (quit date / time since quitting), BRINKMAN (Brinkman index), GENE, VARIANT."
        )
    lines += [f"# {name} {man['version']}", "", what, ""]
    lines += ["## Labels", "", "| model label | emrx meaning |", "|---|---|"]
    lines += [f"| `{k}` | `{v}` |" for k, v in man["labels"].items()]
    lines += [""]
    fsz = man["files"]
    lines += [
        "## Architecture and size",
        "",
        f"Small BERT trained from scratch in plain PyTorch (`training/model.py`), exported as `{cfg['architectures'][0]}`: "
        f"hidden {cfg['hidden_size']}, {cfg['num_hidden_layers']} layers, {cfg['num_attention_heads']} heads, "
        f"intermediate {cfg['intermediate_size']}, GELU, post-LayerNorm, max {cfg['max_position_embeddings']} positions, "
        f"{cfg['vocab_size']}-entry shared WordPiece vocabulary; {run['parameters']:,} parameters.",
        "",
        f"- `onnx/model.onnx`: float32, {fmt_size(fsz['onnx/model.onnx']['bytes'])} (opset 14)",
        f"- `onnx/model_quantized.onnx`: int8 weights, {fmt_size(fsz['onnx/model_quantized.onnx']['bytes'])} "
        f"({q['scheme']})",
        "",
        "Inputs `input_ids`, `attention_mask`, `token_type_ids` (int64, `[batch_size, sequence_length]`), output `logits` "
        + ("`[batch_size, 4]`." if task == "status" else f"`[batch_size, sequence_length, {len(man['labels'])}]`."),
        "Tokenizer: `tokenizer.json` (Hugging Face format: BertNormalizer lowercase, no accent stripping, CJK characters "
        "split; BertPreTokenizer; WordPiece `##`; `[CLS] … [SEP]`), max length 128 tokens including `[CLS]`/`[SEP]` "
        "(truncate longer input), `token_type_ids` all 0.",
        "",
    ]
    if task == "tagger":
        lines += [
            "Decoding: every word piece carries a tag (B- on the first piece of an entity, I- on the rest). "
            "Take the argmax per token, skip `[CLS]`/`[SEP]`/padding; B-X opens an entity, I-X extends an open X "
            "entity, an I-X with no open X entity is dropped (and closes any open entity), `O` closes the open "
            "entity. The entity's character span runs from the first token's start offset to the last token's end "
            "offset, in the original text. transformers.js does not return offsets: compute them by replaying the "
            "normaliser/pre-tokenizer with a character map, as `training/tokenizer.py` `tokenize_with_offsets` does. "
            "The metrics below use exactly this decoding.",
            "",
        ]
    td = man["training_data"]
    lines += ["## Training data", "", td["summary"] + ".", "", f"Sentences: train {td['sentences']['train']}, valid {td['sentences']['valid']}.", ""]
    lines += ["| language | train | valid |", "|---|---|---|"]
    lines += [f"| {k} | {v.get('train', 0)} | {v.get('valid', 0)} |" for k, v in td["by_language"].items()]
    lines += ["", f"| {'label' if task == 'status' else 'span type'} | train | valid |", "|---|---|---|"]
    lines += [f"| {k} | {v.get('train', 0)} | {v.get('valid', 0)} |" for k, v in td["by_label"].items()]
    lines += [""]
    lines += ["## Held-out metrics", "", f"Split: {m['split']}. Figures for the float32 model; int8 figures below.", ""]
    if task == "status":
        lines += [f"Accuracy **{m['accuracy']}**, macro-F1 {m['macro_f1']} (n = {m['n']}).", ""]
        lines += ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
        lines += [f"| {k} | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |" for k, v in m["per_label"].items()]
        lines += ["", "By language: " + ", ".join(f"{k} accuracy {v['accuracy']} (n = {v['n']})" for k, v in m["by_language"].items()) + "."]
    else:
        e = m["entity_micro"]
        lines += [
            f"Entity-level exact character-span match, micro: precision {e['precision']}, recall {e['recall']}, "
            f"**F1 {e['f1']}** (gold spans {e['support']}, {m['n']} sentences). Token accuracy {m['token_accuracy']}. "
            f"Share of gold spans whose boundaries coincide with token boundaries (upper bound on recall): "
            f"{m['gold_spans_token_aligned']}.",
            "",
            "| span type | precision | recall | F1 | support |",
            "|---|---|---|---|---|",
        ]
        lines += [f"| {k} | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |" for k, v in m["per_label"].items()]
        lines += ["", "By language (micro): " + ", ".join(f"{k} F1 {v['f1']} (spans {v['support']})" for k, v in m["by_language"].items()) + "."]
    lines += [
        "",
        f"int8 vs float32 on the same valid set: argmax agreement {q['argmax_agreement_vs_fp32']} ({q['unit']}), "
        f"max |logit difference| {q['max_abs_logit_diff_vs_fp32']}; int8 metrics {json.dumps(q['metrics_int8'])}.",
        "",
        "## How to retrain",
        "",
        "From the repository root (Debian python3 with python3-torch and python3-onnx; see `training/README.md`):",
        "",
        "```sh",
        "export OMP_NUM_THREADS=2",
        "npm run build && node training/make-data.mjs",
        "/usr/bin/python3 training/tokenizer.py --data training/data/status.jsonl training/data/tagger.jsonl --out training/build/tokenizer",
        f"/usr/bin/python3 training/train.py --task {task} --data training/data/{'status' if task == 'status' else 'tagger'}.jsonl "
        f"--out models/{name} --epochs {args.epochs} --seed {args.seed}",
        f"node training/check_onnx.mjs models/{name}",
        "```",
        "",
        f"Training took {run['train_seconds']:.0f} s ({run['epochs_done']} epochs) on {run['torch_threads']} CPU threads; "
        "the run is seeded and deterministic on the same machine and library versions.",
        "",
        "## Limitations",
        "",
        "- Trained from scratch on project-generated and silver-labelled sample sentences, not on real clinical notes; "
        "it has never seen the variety of real documentation. **Not a clinical-grade model**; use it as one signal next "
        "to the rule-based extractors, and validate on local data before relying on it.",
        "- The held-out figures come from the same distribution as the training sentences and overstate "
        "performance on real notes.",
        "- Sentence-level only: no document context (negation or temporality across sentences, who is being described).",
        "- English and Japanese only; other languages, scripts or heavy abbreviations outside the vocabulary map to `[UNK]`.",
        "- Input beyond 128 tokens is truncated.",
        "",
    ]
    with open(os.path.join(out, "README.md"), "w") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
