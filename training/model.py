"""A small BERT in plain PyTorch (no `transformers`), parameter layout and
maths identical to Hugging Face BertForSequenceClassification /
BertForTokenClassification (post-LN encoder, GELU(erf) FFN, additive
attention mask, pooler dense+tanh on [CLS])."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
from torch import nn


@dataclass
class BertConfig:
    vocab_size: int
    hidden_size: int = 128
    num_hidden_layers: int = 2
    num_attention_heads: int = 4
    intermediate_size: int = 512
    max_position_embeddings: int = 128
    type_vocab_size: int = 2
    layer_norm_eps: float = 1e-12
    hidden_dropout_prob: float = 0.1
    attention_probs_dropout_prob: float = 0.1
    initializer_range: float = 0.02
    pad_token_id: int = 0
    num_labels: int = 2

    def to_dict(self):
        return asdict(self)


class Embeddings(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.word_embeddings = nn.Embedding(c.vocab_size, c.hidden_size, padding_idx=c.pad_token_id)
        self.position_embeddings = nn.Embedding(c.max_position_embeddings, c.hidden_size)
        self.token_type_embeddings = nn.Embedding(c.type_vocab_size, c.hidden_size)
        self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)

    def forward(self, input_ids, token_type_ids):
        seq_len = input_ids.shape[1]
        pos = torch.arange(seq_len, dtype=torch.long, device=input_ids.device).unsqueeze(0)
        x = self.word_embeddings(input_ids) + self.position_embeddings(pos) + self.token_type_embeddings(token_type_ids)
        return self.dropout(self.LayerNorm(x))


class SelfAttention(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        assert c.hidden_size % c.num_attention_heads == 0
        self.h = c.num_attention_heads
        self.d = c.hidden_size // c.num_attention_heads
        self.query = nn.Linear(c.hidden_size, c.hidden_size)
        self.key = nn.Linear(c.hidden_size, c.hidden_size)
        self.value = nn.Linear(c.hidden_size, c.hidden_size)
        self.dropout = nn.Dropout(c.attention_probs_dropout_prob)

    def split(self, x):
        b, s, _ = x.shape
        return x.view(b, s, self.h, self.d).transpose(1, 2)  # b h s d

    def forward(self, x, ext_mask):
        q, k, v = self.split(self.query(x)), self.split(self.key(x)), self.split(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.d) + ext_mask
        probs = self.dropout(torch.softmax(scores, dim=-1))
        ctx = torch.matmul(probs, v).transpose(1, 2).contiguous()
        b, s = ctx.shape[0], ctx.shape[1]
        return ctx.view(b, s, self.h * self.d)


class Layer(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.attention = SelfAttention(c)
        self.attention_output = nn.Linear(c.hidden_size, c.hidden_size)
        self.attention_norm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
        self.intermediate = nn.Linear(c.hidden_size, c.intermediate_size)
        self.output = nn.Linear(c.intermediate_size, c.hidden_size)
        self.output_norm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)

    def forward(self, x, ext_mask):
        a = self.dropout(self.attention_output(self.attention(x, ext_mask)))
        x = self.attention_norm(x + a)
        f = self.dropout(self.output(nn.functional.gelu(self.intermediate(x))))
        return self.output_norm(x + f)


class Encoder(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.embeddings = Embeddings(c)
        self.layers = nn.ModuleList([Layer(c) for _ in range(c.num_hidden_layers)])

    def forward(self, input_ids, attention_mask, token_type_ids):
        # additive mask: 0 for real tokens, large negative for padding
        ext = (1.0 - attention_mask[:, None, None, :].to(torch.float32)) * -10000.0
        x = self.embeddings(input_ids, token_type_ids)
        for layer in self.layers:
            x = layer(x, ext)
        return x


def _init_weights(module: nn.Module, std: float):
    for m in module.modules():
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, 0.0, std)
            nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, 0.0, std)
            if m.padding_idx is not None:
                with torch.no_grad():
                    m.weight[m.padding_idx].zero_()
        elif isinstance(m, nn.LayerNorm):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)


class BertForSequenceClassification(nn.Module):
    architecture = "BertForSequenceClassification"

    def __init__(self, c: BertConfig):
        super().__init__()
        self.config = c
        self.bert = Encoder(c)
        self.pooler = nn.Linear(c.hidden_size, c.hidden_size)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)
        self.classifier = nn.Linear(c.hidden_size, c.num_labels)
        _init_weights(self, c.initializer_range)

    def forward(self, input_ids, attention_mask, token_type_ids):
        h = self.bert(input_ids, attention_mask, token_type_ids)
        pooled = torch.tanh(self.pooler(h[:, 0]))
        return self.classifier(self.dropout(pooled))


class BertForTokenClassification(nn.Module):
    architecture = "BertForTokenClassification"

    def __init__(self, c: BertConfig):
        super().__init__()
        self.config = c
        self.bert = Encoder(c)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)
        self.classifier = nn.Linear(c.hidden_size, c.num_labels)
        _init_weights(self, c.initializer_range)

    def forward(self, input_ids, attention_mask, token_type_ids):
        h = self.bert(input_ids, attention_mask, token_type_ids)
        return self.classifier(self.dropout(h))


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
