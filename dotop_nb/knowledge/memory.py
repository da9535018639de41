"""The in-memory vector index (the default location): exact cosine search in this process.

Why not qdrant-client's ``:memory:`` mode: it is also an exact, brute-force search over every
vector, but importing qdrant-client takes 1-5 s (it builds hundreds of pydantic models), which
was most of the wall time of a first ``%operate`` and of ``dotop-nb operate``. A pattern and
policy set holds tens to hundreds of documents, so scoring them all in plain Python takes
milliseconds. Qdrant is still the store when one is configured (``DOTOP_QDRANT_PATH`` or
``DOTOP_QDRANT_URL``, :mod:`dotop_nb.knowledge.store`), where it brings persistence and sharing.

Same interface and the same results as :class:`~dotop_nb.knowledge.store.VectorStore`: vectors
are normalised on upsert as Qdrant does for cosine distance, a query scores every vector of the
requested ``kind`` / ``keys`` by dot product and returns the best ``limit``
(tests/unit/test_knowledge_memory.py compares the two on the starter set).

Example::

    store = MemoryStore(dimension=3)
    store.upsert([("pattern/autoscaling", [1.0, 0.0, 0.0], "sha256...", "pattern")])
    store.query([2.0, 0.0, 0.0], kind="pattern", limit=5)    # [("pattern/autoscaling", 1.0)]
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass

from dotop_nb.knowledge.errors import KnowledgeError
from dotop_nb.knowledge.location import Stored, point_id


@dataclass(frozen=True)
class _Point:
    key: str
    digest: str
    kind: str
    unit: tuple[float, ...]  # the vector divided by its length (zero stays zero)


class MemoryStore:
    """Document vectors with ``key``, ``digest`` and ``kind``, held in a dict by point id."""

    def __init__(self, *, dimension: int) -> None:
        self.dimension = dimension
        self._points: dict[str, _Point] = {}

    def close(self) -> None:
        self._points = {}

    def stored(self) -> dict[str, Stored]:
        """Every point: ``{point id: Stored}``."""
        return {pid: Stored(p.key, p.digest) for pid, p in self._points.items()}

    def upsert(self, items: Sequence[tuple[str, list[float], str, str]]) -> None:
        """Write ``(key, vector, digest, kind)`` items."""
        for key, vector, digest, kind in items:
            if len(vector) != self.dimension:
                raise KnowledgeError(
                    f"{key}: a vector of {len(vector)} dimensions in an index of {self.dimension}",
                    hint="the embedder changed its dimension without changing its name",
                )
            self._points[point_id(key)] = _Point(key, digest, kind, _unit(vector))

    def delete(self, point_ids: Sequence[str]) -> None:
        for pid in point_ids:
            self._points.pop(pid, None)

    def count(self) -> int:
        return len(self._points)

    def query(
        self,
        vector: list[float],
        *,
        kind: str | None = None,
        keys: Sequence[str] | None = None,
        limit: int = 10,
    ) -> list[tuple[str, float]]:
        """Nearest documents by cosine: ``[(key, similarity)]``, best first. ``keys`` limits
        the search to those documents (to score keyword candidates the vector search missed)."""
        if keys is not None:
            points = [self._points[p] for p in map(point_id, keys) if p in self._points]
        else:
            points = list(self._points.values())
        # Only the query's non-zero terms count: a hashed query has tens of them in 1,024.
        terms = [(i, v) for i, v in enumerate(_unit(vector)) if v]
        scored = [
            (p.key, math.fsum(v * p.unit[i] for i, v in terms))
            for p in points
            if kind is None or p.kind == kind
        ]
        return heapq.nsmallest(max(limit, 0), scored, key=lambda item: (-item[1], item[0]))


def _unit(vector: Sequence[float]) -> tuple[float, ...]:
    norm = math.sqrt(math.fsum(v * v for v in vector))
    if norm == 0.0:
        return tuple(0.0 for _ in vector)
    return tuple(v / norm for v in vector)
