"""The in-memory vector index (dotop_nb.knowledge.memory) against Qdrant's: the same results, and
no qdrant-client import when the index is in memory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dotop_nb.knowledge import HashingEmbedder, KnowledgeBase, KnowledgeError, Location
from dotop_nb.knowledge.memory import MemoryStore
from dotop_nb.knowledge.store import VectorStore

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ROOT / "patterns"
POLICIES = ROOT / "dotop_nb" / "policy" / "starter"
INTENTS = [
    c["intent"]
    for c in yaml.safe_load((ROOT / "benchmarks/retrieval_cases.yaml").read_text())["cases"]
]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "DOTOP_QDRANT_PATH",
        "DOTOP_QDRANT_URL",
        "DOTOP_QDRANT_COLLECTION",
        "DOTOP_EMBEDDER",
    ):
        monkeypatch.delenv(name, raising=False)


class QdrantInMemory(KnowledgeBase):
    """The knowledge base as it was: qdrant-client's own in-memory mode."""

    def _open(self) -> VectorStore:  # type: ignore[override]
        if self._store is None:
            self._store = VectorStore(
                Location(), collection=self.collection, dimension=self.embedder.dimension
            )
        assert isinstance(self._store, VectorStore)
        return self._store


def test_memory_and_qdrant_rank_the_starter_set_alike() -> None:
    ours = KnowledgeBase(patterns=PATTERNS, policies=POLICIES, location=Location())
    theirs = QdrantInMemory(patterns=PATTERNS, policies=POLICIES, location=Location())
    assert isinstance(ours._open(), MemoryStore)
    assert len(INTENTS) > 40
    for intent in INTENTS:
        for kind in ("pattern", "policy", None):
            a = ours.search(intent, kind=kind, k=8)  # type: ignore[arg-type]
            b = theirs.search(intent, kind=kind, k=8)  # type: ignore[arg-type]
            assert [h.id for h in a] == [h.id for h in b], (intent, kind)
            for x, y in zip(a, b, strict=True):
                # Qdrant keeps float32 vectors; ours are float64.
                assert x.score == pytest.approx(y.score, abs=2e-4), (intent, x.id)
                assert x.scores["vector"] == pytest.approx(y.scores["vector"], abs=2e-4)
                assert x.scores["keyword"] == y.scores["keyword"]
                assert x.scores["trigger"] == y.scores["trigger"]


def test_store_queries_filter_by_kind_and_keys_as_qdrant_does() -> None:
    embedder = HashingEmbedder()
    texts = {
        "pattern/a": "scale the deployment",
        "pattern/b": "nightly backups",
        "policy/c": "scale limits in production",
        "policy/d": "two people approve production changes",
    }
    vectors = embedder.embed(list(texts.values()))
    items = [
        (key, vec, f"d{n}", key.split("/")[0])
        for n, (key, vec) in enumerate(zip(texts, vectors, strict=True))
    ]
    memory = MemoryStore(dimension=embedder.dimension)
    qdrant = VectorStore(Location(), collection="t", dimension=embedder.dimension)
    for store in (memory, qdrant):
        store.upsert(items)
    [query] = embedder.embed(["scale the nightly production backups"])
    for kwargs in (
        {},
        {"kind": "pattern"},
        {"kind": "policy", "limit": 1},
        {"keys": ["pattern/b", "policy/c", "pattern/missing"]},
        {"keys": []},
    ):
        got = memory.query(query, **kwargs)  # type: ignore[arg-type]
        want = qdrant.query(query, **kwargs)  # type: ignore[arg-type]
        assert [k for k, _ in got] == [k for k, _ in want], kwargs
        assert len({s for _, s in got}) == len(got)  # no ties: the order is the scores'
        assert [s for _, s in got] == pytest.approx([s for _, s in want], abs=1e-6)
    assert memory.stored() == qdrant.stored()
    memory.delete([next(iter(memory.stored()))])
    assert memory.count() == 3
    # An empty text embeds to the zero vector: it scores 0, as in Qdrant, instead of failing.
    [zero] = embedder.embed([""])
    memory.upsert([("policy/empty", zero, "e", "policy")])
    assert dict(memory.query(query, kind="policy"))["policy/empty"] == 0.0
    qdrant.close()


def test_a_vector_of_another_dimension_is_refused() -> None:
    store = MemoryStore(dimension=3)
    with pytest.raises(KnowledgeError, match="2 dimensions in an index of 3") as err:
        store.upsert([("pattern/x", [1.0, 0.0], "d", "pattern")])
    assert err.value.hint
    assert store.count() == 0


def test_an_in_memory_search_does_not_import_qdrant_client() -> None:
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from dotop_nb.knowledge import KnowledgeBase, Location\n"
        f"kb = KnowledgeBase(patterns=Path({str(PATTERNS)!r}), policies=Path({str(POLICIES)!r}),"
        " location=Location())\n"
        "hits = kb.retrieve('scale my-api to 3')\n"
        "print(json.dumps([[h.id for h in hits], 'qdrant_client' in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    ids, imported = json.loads(out.stdout)
    assert ids[0] == "gradual-scaling"
    assert imported is False
