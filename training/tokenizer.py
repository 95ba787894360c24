"""Shared BERT WordPiece tokenizer for the emrx local models.

Pure Python re-implementation of the Hugging Face `tokenizers` pipeline

    BertNormalizer(clean_text=True, handle_chinese_chars=True,
                   strip_accents=False, lowercase=True)
    -> BertPreTokenizer
    -> WordPiece(unk_token="[UNK]", continuing_subword_prefix="##",
                 max_input_chars_per_word=100)
    -> TemplateProcessing("[CLS] $A [SEP]")

plus a deterministic vocabulary builder (BPE-style merges over the training
words, the same idea as the HF WordPiece trainer) and a writer for
`tokenizer.json` / `tokenizer_config.json` / `special_tokens_map.json`.

`Tokenizer.encode(text)` returns token ids together with (start, end) offsets
in Unicode code points of the ORIGINAL text, which train.py uses to project
character spans to BIO token labels.

Usage (build the shared tokenizer from the train split of the data files):

    python3 training/tokenizer.py --data training/data/status.jsonl \
        training/data/tagger.jsonl --out training/build/tokenizer
"""

from __future__ import annotations

import argparse
import collections
import heapq
import json
import os
import sys
import unicodedata

PAD, UNK, CLS, SEP, MASK = "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"
SPECIALS = [PAD, UNK, CLS, SEP, MASK]
PREFIX = "##"
MAX_CHARS_PER_WORD = 100
MODEL_MAX_LENGTH = 128

# ---------------------------------------------------------------------------
# Character classes (as in tokenizers/src/normalizers/bert.rs and
# tokenizers/src/pre_tokenizers/bert.rs)
# ---------------------------------------------------------------------------

# Rust char::is_whitespace (Unicode White_Space property).
_WHITESPACE = set(
    [chr(c) for c in range(0x09, 0x0E)]
    + [" ", "\u0085", "\u00a0", "\u1680"]
    + [chr(c) for c in range(0x2000, 0x200B)]
    + ["\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
)


def is_whitespace(ch: str) -> bool:
    return ch in _WHITESPACE


def is_control(ch: str) -> bool:
    # \t \n \r are control chars technically but count as whitespace.
    if ch in ("\t", "\n", "\r"):
        return False
    return unicodedata.category(ch).startswith("C")


def is_chinese_char(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B920 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


# ---------------------------------------------------------------------------
# Normalisation + pre-tokenisation with alignment to the original text
# ---------------------------------------------------------------------------


def normalize_with_alignment(text: str):
    """BertNormalizer(clean_text, handle_chinese_chars, lowercase, no strip_accents).

    Returns (normalized_chars, origin) where origin[i] is the index in `text`
    of the character that produced normalized_chars[i]. Padding spaces around
    CJK characters are whitespace and are dropped by the pre-tokenizer, so
    they do not need a real origin.
    """
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        cp = ord(ch)
        # clean_text
        if cp == 0 or cp == 0xFFFD or is_control(ch):
            continue
        if is_whitespace(ch):
            out.append(" ")
            origin.append(i)
            continue
        # handle_chinese_chars
        if is_chinese_char(cp):
            out.extend((" ", ch, " "))
            origin.extend((i, i, i))
            continue
        # lowercase (per char, like Rust char::to_lowercase; may expand)
        low = ch.lower()
        for lc in low:
            out.append(lc)
            origin.append(i)
    return out, origin


def normalize(text: str) -> str:
    return "".join(normalize_with_alignment(text)[0])


def pre_tokenize_normalized(chars: list[str]):
    """BertPreTokenizer: split on whitespace, isolate each punctuation char.

    Returns a list of (word, start, end) in normalized-char indices."""
    words = []
    start = None
    for i, ch in enumerate(chars):
        if is_whitespace(ch):
            if start is not None:
                words.append(("".join(chars[start:i]), start, i))
                start = None
        elif is_punctuation(ch):
            if start is not None:
                words.append(("".join(chars[start:i]), start, i))
                start = None
            words.append((ch, i, i + 1))
        else:
            if start is None:
                start = i
    if start is not None:
        words.append(("".join(chars[start:]), start, len(chars)))
    return words


def pre_tokenize(text: str) -> list[str]:
    chars, _ = normalize_with_alignment(text)
    return [w for w, _, _ in pre_tokenize_normalized(chars)]


# ---------------------------------------------------------------------------
# Tokenizer
# ---------------------------------------------------------------------------


class Tokenizer:
    def __init__(self, vocab: list[str]):
        self.vocab = list(vocab)
        self.token_to_id = {t: i for i, t in enumerate(self.vocab)}
        assert len(self.token_to_id) == len(self.vocab), "duplicate vocab entries"
        for s in SPECIALS:
            assert s in self.token_to_id
        self.pad_id = self.token_to_id[PAD]
        self.unk_id = self.token_to_id[UNK]
        self.cls_id = self.token_to_id[CLS]
        self.sep_id = self.token_to_id[SEP]
        self.mask_id = self.token_to_id[MASK]

    # -- WordPiece -----------------------------------------------------------
    def wordpiece(self, word: str):
        """Greedy longest-match-first. Returns list of (piece, start, end) with
        start/end char indices inside `word`, or None if unknown."""
        n = len(word)
        if n > MAX_CHARS_PER_WORD:
            return None
        pieces = []
        start = 0
        while start < n:
            end = n
            cur = None
            while start < end:
                sub = word[start:end]
                if start > 0:
                    sub = PREFIX + sub
                if sub in self.token_to_id:
                    cur = sub
                    break
                end -= 1
            if cur is None:
                return None
            pieces.append((cur, start, end))
            start = end
        return pieces

    def tokenize_with_offsets(self, text: str):
        """Tokens (no specials) with (start, end) offsets in `text` (code points)."""
        chars, origin = normalize_with_alignment(text)
        out = []
        for word, ws, we in pre_tokenize_normalized(chars):
            pieces = self.wordpiece(word)
            if pieces is None:
                out.append((UNK, origin[ws], origin[we - 1] + 1))
                continue
            for piece, ps, pe in pieces:
                out.append((piece, origin[ws + ps], origin[ws + pe - 1] + 1))
        return out

    def tokenize(self, text: str) -> list[str]:
        return [t for t, _, _ in self.tokenize_with_offsets(text)]

    def encode(self, text: str, max_length: int = MODEL_MAX_LENGTH):
        """[CLS] tokens [SEP], truncated to max_length.

        Returns dict(input_ids, attention_mask, token_type_ids, offsets,
        tokens); offsets for the specials are (0, 0) like HF."""
        toks = self.tokenize_with_offsets(text)
        toks = toks[: max_length - 2]
        tokens = [CLS] + [t for t, _, _ in toks] + [SEP]
        offsets = [(0, 0)] + [(s, e) for _, s, e in toks] + [(0, 0)]
        ids = [self.token_to_id[t] for t in tokens]
        return {
            "input_ids": ids,
            "attention_mask": [1] * len(ids),
            "token_type_ids": [0] * len(ids),
            "offsets": offsets,
            "tokens": tokens,
        }

    # -- (de)serialisation ---------------------------------------------------
    def to_hf_json(self) -> dict:
        return {
            "version": "1.0",
            "truncation": None,
            "padding": None,
            "added_tokens": [
                {
                    "id": self.token_to_id[s],
                    "content": s,
                    "single_word": False,
                    "lstrip": False,
                    "rstrip": False,
                    "normalized": False,
                    "special": True,
                }
                for s in SPECIALS
            ],
            "normalizer": {
                "type": "BertNormalizer",
                "clean_text": True,
                "handle_chinese_chars": True,
                "strip_accents": False,
                "lowercase": True,
            },
            "pre_tokenizer": {"type": "BertPreTokenizer"},
            "post_processor": {
                "type": "TemplateProcessing",
                "single": [
                    {"SpecialToken": {"id": CLS, "type_id": 0}},
                    {"Sequence": {"id": "A", "type_id": 0}},
                    {"SpecialToken": {"id": SEP, "type_id": 0}},
                ],
                "pair": [
                    {"SpecialToken": {"id": CLS, "type_id": 0}},
                    {"Sequence": {"id": "A", "type_id": 0}},
                    {"SpecialToken": {"id": SEP, "type_id": 0}},
                    {"Sequence": {"id": "B", "type_id": 1}},
                    {"SpecialToken": {"id": SEP, "type_id": 1}},
                ],
                "special_tokens": {
                    CLS: {"id": CLS, "ids": [self.cls_id], "tokens": [CLS]},
                    SEP: {"id": SEP, "ids": [self.sep_id], "tokens": [SEP]},
                },
            },
            "decoder": {"type": "WordPiece", "prefix": PREFIX, "cleanup": True},
            "model": {
                "type": "WordPiece",
                "unk_token": UNK,
                "continuing_subword_prefix": PREFIX,
                "max_input_chars_per_word": MAX_CHARS_PER_WORD,
                "vocab": {t: i for i, t in enumerate(self.vocab)},
            },
        }

    def save(self, out_dir: str):
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, "tokenizer.json"), "w", encoding="utf-8") as f:
            json.dump(self.to_hf_json(), f, ensure_ascii=False, indent=2)
            f.write("\n")
        config = {
            "tokenizer_class": "BertTokenizer",
            "do_lower_case": True,
            "model_max_length": MODEL_MAX_LENGTH,
            "unk_token": UNK,
            "sep_token": SEP,
            "pad_token": PAD,
            "cls_token": CLS,
            "mask_token": MASK,
            "strip_accents": False,
            "tokenize_chinese_chars": True,
            "clean_up_tokenization_spaces": True,
        }
        with open(os.path.join(out_dir, "tokenizer_config.json"), "w", encoding="utf-8") as f:
            json.dump(config, f, ensure_ascii=False, indent=2)
            f.write("\n")
        stm = {"unk_token": UNK, "sep_token": SEP, "pad_token": PAD, "cls_token": CLS, "mask_token": MASK}
        with open(os.path.join(out_dir, "special_tokens_map.json"), "w", encoding="utf-8") as f:
            json.dump(stm, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(out_dir, "vocab.txt"), "w", encoding="utf-8") as f:
            for t in self.vocab:
                f.write(t + "\n")

    @classmethod
    def load(cls, path: str) -> "Tokenizer":
        if os.path.isdir(path):
            path = os.path.join(path, "tokenizer.json")
        with open(path, encoding="utf-8") as f:
            j = json.load(f)
        v = j["model"]["vocab"]
        vocab = [None] * len(v)
        for t, i in v.items():
            vocab[i] = t
        return cls(vocab)


# ---------------------------------------------------------------------------
# Vocabulary builder
# ---------------------------------------------------------------------------


def char_class(ch: str) -> str:
    """Coarse script class used to keep vocabulary pieces homogeneous."""
    cp = ord(ch)
    if unicodedata.category(ch) == "Nd":
        return "digit"
    if 0x3040 <= cp <= 0x309F:
        return "hiragana"
    if 0x30A0 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return "katakana"
    if unicodedata.category(ch).startswith("L"):
        return "letter"
    return "other"


def build_vocab(texts, vocab_size: int = 8000, min_frequency: int = 2) -> list[str]:
    """Deterministic WordPiece vocabulary.

    [PAD] [UNK] [CLS] [SEP] [MASK], then every character seen (as `c`, sorted
    by code point), then every character as `##c`, then tokens produced by
    greedy BPE-style merges of the most frequent adjacent pieces (ties broken
    by the merged string), until `vocab_size` or no pair occurs at least
    `min_frequency` times. Frequent whole words therefore end up as single
    tokens, less frequent ones as frequent subword pieces.

    Pieces never mix character classes (digits / letters / hiragana /
    katakana / other): "も20" or "30yrs" always split between the number and
    the word, so entity boundaries there coincide with token boundaries.
    """
    word_freq: collections.Counter = collections.Counter()
    for t in texts:
        for w in pre_tokenize(t):
            if len(w) <= MAX_CHARS_PER_WORD:
                word_freq[w] += 1
    chars = sorted({c for w in word_freq for c in w})
    vocab = list(SPECIALS) + chars + [PREFIX + c for c in chars]
    seen = set(vocab)

    words = sorted(word_freq)  # deterministic word order
    freqs = [word_freq[w] for w in words]
    # symbols: first unit plain, following units "##"-prefixed
    splits = [[w[0]] + [PREFIX + c for c in w[1:]] for w in words]

    def merge_name(a: str, b: str) -> str:
        return a + b[len(PREFIX):]

    def mergeable(a: str, b: str) -> bool:
        return char_class(a[-1]) == char_class(b[-1])

    pair_count: collections.Counter = collections.Counter()
    pair_where: dict = collections.defaultdict(set)
    for wi, sym in enumerate(splits):
        f = freqs[wi]
        for a, b in zip(sym, sym[1:]):
            if mergeable(a, b):
                pair_count[(a, b)] += f
                pair_where[(a, b)].add(wi)

    # max-heap keyed by (-count, merged string, pair) with lazy invalidation
    heap = [(-c, merge_name(*p), p) for p, c in pair_count.items()]
    heapq.heapify(heap)

    while len(vocab) < vocab_size and heap:
        negc, name, pair = heapq.heappop(heap)
        cur = pair_count.get(pair, 0)
        if cur != -negc:
            if cur > 0:
                heapq.heappush(heap, (-cur, name, pair))
            continue
        if cur < min_frequency:
            break
        a, b = pair
        if name not in seen:
            vocab.append(name)
            seen.add(name)
        changed: dict = {}
        for wi in sorted(pair_where.pop(pair, ())):
            sym = splits[wi]
            f = freqs[wi]
            # remove old pair counts of this word
            for x, y in zip(sym, sym[1:]):
                if mergeable(x, y):
                    pair_count[(x, y)] -= f
                    changed[(x, y)] = True
            new = []
            i = 0
            while i < len(sym):
                if i + 1 < len(sym) and sym[i] == a and sym[i + 1] == b:
                    new.append(name)
                    i += 2
                else:
                    new.append(sym[i])
                    i += 1
            splits[wi] = new
            for x, y in zip(new, new[1:]):
                if mergeable(x, y):
                    pair_count[(x, y)] += f
                    pair_where[(x, y)].add(wi)
                    changed[(x, y)] = True
        pair_count.pop(pair, None)
        for p in changed:
            c = pair_count.get(p, 0)
            if c <= 0:
                pair_count.pop(p, None)
                pair_where.pop(p, None)
            elif p != pair:
                heapq.heappush(heap, (-c, merge_name(*p), p))
    return vocab


def read_train_texts(paths):
    texts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                if r.get("split", "train") == "train":
                    texts.append(r["text"])
    return texts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", nargs="+", required=True, help="jsonl files (only split=train rows are used)")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--vocab-size", type=int, default=8000)
    ap.add_argument("--min-frequency", type=int, default=2)
    args = ap.parse_args(argv)
    texts = read_train_texts(args.data)
    vocab = build_vocab(texts, args.vocab_size, args.min_frequency)
    tok = Tokenizer(vocab)
    tok.save(args.out)
    n_tok = 0
    n_unk = 0
    for t in texts:
        ts = tok.tokenize(t)
        n_tok += len(ts)
        n_unk += sum(1 for x in ts if x == UNK)
    print(
        f"tokenizer: {len(texts)} train texts, vocab {len(vocab)}, "
        f"{n_tok / max(1, len(texts)):.1f} tokens/text, unk rate {n_unk / max(1, n_tok):.4%} -> {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
