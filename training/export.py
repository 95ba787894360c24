"""ONNX export (fp32) and weight-only int8 quantisation written with the
`onnx` package (onnxruntime's Python quantiser is not available here).

Quantisation scheme ("QDQ weight-only", per-axis symmetric int8):
every float initializer with >= MIN_ELEMENTS elements that feeds a MatMul
(input B), a Gemm (input B) or a Gather (input data, i.e. the word embedding
table) is replaced by
    <name>_quantized (int8) , <name>_scale (float32 [n]) , <name>_zero_point (int8 [n], all 0)
    -> DequantizeLinear(axis=a) -> <name>
so every original consumer keeps reading the tensor called <name>.
The axis is the output-feature axis (MatMul B [K,N]: axis 1; Gemm B with
transB=1 [N,K]: axis 0; Gather table [V,H]: axis 0, one scale per token row).
Biases and LayerNorm parameters stay float32.
"""

from __future__ import annotations

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

OPSET = 14
INPUT_NAMES = ["input_ids", "attention_mask", "token_type_ids"]
MIN_ELEMENTS = 1024


def export_onnx(model: torch.nn.Module, path: str, vocab_size: int):
    model.eval()
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(5, vocab_size, (2, 16), generator=g, dtype=torch.long)
    mask = torch.ones(2, 16, dtype=torch.long)
    mask[1, 10:] = 0
    tt = torch.zeros(2, 16, dtype=torch.long)
    axes = {0: "batch_size", 1: "sequence_length"}
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask, tt),
            path,
            input_names=INPUT_NAMES,
            output_names=["logits"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "logits": axes if model.architecture == "BertForTokenClassification" else {0: "batch_size"}},
            opset_version=OPSET,
            do_constant_folding=True,
        )
    m = onnx.load(path)
    onnx.checker.check_model(m)
    names = [i.name for i in m.graph.input]
    assert names == INPUT_NAMES, f"graph inputs {names} (an input was pruned: it must be used)"
    for i in m.graph.input:
        assert i.type.tensor_type.elem_type == TensorProto.INT64
    assert [o.name for o in m.graph.output] == ["logits"]
    return m


def _axis_for(node: onnx.NodeProto, input_index: int):
    if node.op_type == "MatMul" and input_index == 1:
        return 1
    if node.op_type == "Gemm" and input_index == 1:
        trans_b = next((a.i for a in node.attribute if a.name == "transB"), 0)
        return 0 if trans_b else 1
    if node.op_type == "Gather" and input_index == 0:
        return 0
    return None


def quantize_weights(src: str, dst: str):
    """Write the int8 weight-only copy of `src` to `dst`. Returns
    {name: (int8 array, scale array, axis)} for the replaced tensors."""
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    targets: dict[str, int] = {}
    for node in g.node:
        for idx, name in enumerate(node.input):
            if name not in inits:
                continue
            axis = _axis_for(node, idx)
            if axis is None:
                continue
            t = inits[name]
            if t.data_type != TensorProto.FLOAT or len(t.dims) != 2:
                continue
            if int(np.prod(t.dims)) < MIN_ELEMENTS:
                continue
            prev = targets.get(name)
            assert prev is None or prev == axis, f"{name} used with different axes"
            targets[name] = axis
    # the tensor must not also be consumed in a way we did not account for:
    # that is fine (consumers read the dequantised tensor), nothing to check.
    info = {}
    new_inits = []
    dq_nodes = []
    for t in list(g.initializer):
        if t.name not in targets:
            new_inits.append(t)
            continue
        axis = targets[t.name]
        w = numpy_helper.to_array(t).astype(np.float32)
        red = tuple(i for i in range(w.ndim) if i != axis)
        amax = np.abs(w).max(axis=red)
        scale = np.where(amax > 0, amax / 127.0, 1.0).astype(np.float32)
        shape = [1] * w.ndim
        shape[axis] = -1
        q = np.clip(np.rint(w / scale.reshape(shape)), -127, 127).astype(np.int8)
        zp = np.zeros_like(scale, dtype=np.int8)
        new_inits.append(numpy_helper.from_array(q, t.name + "_quantized"))
        new_inits.append(numpy_helper.from_array(scale, t.name + "_scale"))
        new_inits.append(numpy_helper.from_array(zp, t.name + "_zero_point"))
        dq_nodes.append(
            helper.make_node(
                "DequantizeLinear",
                [t.name + "_quantized", t.name + "_scale", t.name + "_zero_point"],
                [t.name],
                name=t.name + "_DequantizeLinear",
                axis=axis,
            )
        )
        info[t.name] = (q, scale, axis)
    del g.initializer[:]
    g.initializer.extend(new_inits)
    nodes = dq_nodes + list(g.node)
    del g.node[:]
    g.node.extend(nodes)
    # drop stale value_info for replaced tensors (they are now node outputs; keep types)
    onnx.checker.check_model(m)
    onnx.save(m, dst)
    return info


def dequantized_state(model: torch.nn.Module, onnx_fp32_path: str, info: dict):
    """Map each quantised ONNX initializer back to the torch parameter it came
    from (by exact value match) and return a state_dict with the dequantised
    values, so the int8 model's numerics can be checked in PyTorch (there is
    no onnxruntime for Python here; check_onnx.mjs checks it in onnxruntime)."""
    m = onnx.load(onnx_fp32_path)
    fp = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    sd = {k: v.detach().clone() for k, v in model.state_dict().items()}
    used = set()
    for name, (q, scale, axis) in info.items():
        w = fp[name]
        shape = [1] * w.ndim
        shape[axis] = -1
        deq = q.astype(np.float32) * scale.reshape(shape)
        hit = None
        for k, v in sd.items():
            if k in used or v.dim() != 2:
                continue
            a = v.numpy()
            if a.shape == w.shape and np.array_equal(a, w):
                hit = (k, deq)
                break
            if a.shape == w.T.shape and np.array_equal(a, w.T):
                hit = (k, deq.T)
                break
        assert hit is not None, f"no torch parameter matches ONNX initializer {name}"
        used.add(hit[0])
        sd[hit[0]] = torch.from_numpy(np.ascontiguousarray(hit[1]))
    return sd, sorted(used)
