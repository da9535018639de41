"""The Qdrant adapter: the only module that imports ``qdrant_client``.

Vectors are computed by an :class:`~dotop_nb.knowledge.embeddings.Embedder` and passed as plain
lists (``upsert`` with ``PointStruct``, ``query_points``): qdrant-client's ``add``/``query``
would download a fastembed model, which never happens here.

Where the index lives (:meth:`~dotop_nb.knowledge.location.Location.from_env`):

- ``:memory:`` (default): built at start-up, gone at exit;
- ``DOTOP_QDRANT_PATH``: a local folder, kept between runs. qdrant-client locks it to one process,
  so a second process gets :class:`~dotop_nb.knowledge.errors.IndexLocked`;
- ``DOTOP_QDRANT_URL`` (+ ``DOTOP_QDRANT_API_KEY``): a Qdrant server, shared by processes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

from dotop_nb.knowledge.errors import IndexLocked, KnowledgeError
from dotop_nb.knowledge.location import Location, Stored, point_id


class VectorStore:
    """One Qdrant collection of document vectors with ``kind``, ``key`` and ``digest`` payloads.

    Example::

        store = VectorStore(Location(), collection="dotop-knowledge-hashing", dimension=1024)
        store.upsert([("pattern/autoscaling", vector, "sha256...", "pattern")])
        store.query(vector, kind="pattern", limit=5)    # [("pattern/autoscaling", 1.0)]
    """

    def __init__(self, location: Location, *, collection: str, dimension: int) -> None:
        self.location = location
        self.collection = collection
        self.dimension = dimension
        self._client = _open(location)
        try:
            self._ensure_collection()
        except Exception:
            self._client.close()
            raise

    def _ensure_collection(self) -> None:
        try:
            if self._client.collection_exists(self.collection):
                info = self._client.get_collection(self.collection)
                size = _vector_size(info.config.params.vectors)
                if size == self.dimension:
                    return
                # Same name, other vectors (an embedder changed without a new name): start over.
                self._client.delete_collection(self.collection)
            self._client.create_collection(
                self.collection,
                vectors_config=models.VectorParams(
                    size=self.dimension, distance=models.Distance.COSINE
                ),
            )
            if self.location.url:  # local mode filters without (and warns about) indexes
                self._client.create_payload_index(
                    self.collection, "kind", field_schema=models.PayloadSchemaType.KEYWORD
                )
        except (UnexpectedResponse, ResponseHandlingException) as e:
            raise KnowledgeError(
                f"Qdrant at {self.location} refused collection {self.collection!r}: {e}",
                hint="check DOTOP_QDRANT_URL / DOTOP_QDRANT_API_KEY, or unset them to index in "
                "memory",
            ) from e

    def close(self) -> None:
        self._client.close()

    def stored(self) -> dict[str, Stored]:
        """Every point: ``{point id: Stored}``."""
        found: dict[str, Stored] = {}
        offset: Any = None
        while True:
            points, offset = self._client.scroll(
                self.collection,
                limit=256,
                offset=offset,
                with_payload=["key", "digest"],
                with_vectors=False,
            )
            for p in points:
                payload = p.payload or {}
                found[str(p.id)] = Stored(str(payload.get("key")), str(payload.get("digest")))
            if offset is None:
                return found

    def upsert(self, items: Sequence[tuple[str, list[float], str, str]]) -> None:
        """Write ``(key, vector, digest, kind)`` items."""
        if not items:
            return
        points = [
            models.PointStruct(
                id=point_id(key),
                vector=vector,
                payload={"key": key, "digest": digest, "kind": kind},
            )
            for key, vector, digest, kind in items
        ]
        for start in range(0, len(points), 256):
            self._client.upsert(self.collection, points=points[start : start + 256], wait=True)

    def delete(self, point_ids: Sequence[str]) -> None:
        if point_ids:
            self._client.delete(
                self.collection,
                points_selector=models.PointIdsList(points=list(point_ids)),
                wait=True,
            )

    def count(self) -> int:
        return self._client.count(self.collection, exact=True).count

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
        must: list[Any] = []
        if kind is not None:
            must.append(models.FieldCondition(key="kind", match=models.MatchValue(value=kind)))
        if keys is not None:
            if not keys:
                return []
            must.append(models.HasIdCondition(has_id=[point_id(k) for k in keys]))
        result = self._client.query_points(
            self.collection,
            query=vector,
            query_filter=models.Filter(must=must) if must else None,
            limit=limit,
            with_payload=["key"],
        )
        return [(str((p.payload or {}).get("key")), float(p.score)) for p in result.points]


def _vector_size(vectors: Any) -> int | None:
    if isinstance(vectors, models.VectorParams):
        return vectors.size
    return None


def _open(location: Location) -> QdrantClient:
    if location.url:
        try:
            return QdrantClient(url=location.url, api_key=location.api_key, timeout=10)
        except Exception as e:  # the client raises several kinds for a bad URL
            raise KnowledgeError(
                f"cannot use the Qdrant server at {location.url}: {e}",
                hint="check DOTOP_QDRANT_URL, or unset it to index in memory",
            ) from e
    if location.path is None:
        return QdrantClient(location=":memory:")
    try:
        location.path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KnowledgeError(
            f"cannot create the index folder {location.path}: {e}",
            hint="set DOTOP_QDRANT_PATH to a writable folder, or unset it to index in memory",
        ) from e
    try:
        return QdrantClient(path=str(location.path))
    except RuntimeError as e:
        if "already accessed" not in str(e):
            raise
        raise IndexLocked(
            f"the index folder {location.path} is in use by another process "
            "(qdrant-client's local mode allows one process per folder)",
            hint="close the other notebook kernel or command, give this one its own "
            "DOTOP_QDRANT_PATH, unset it to index in memory, or run a Qdrant server and set "
            "DOTOP_QDRANT_URL",
        ) from e
