"""Where the vector index lives, the ids of its points and what a store keeps of each (no Qdrant
import: that takes seconds, and listing, validating or an in-memory search does not need it)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

_NAMESPACE = uuid.UUID("5b0f3c52-61a4-4c1e-9f7a-0d0b5e4c9a11")

PATH_VARIABLE = "DOTOP_QDRANT_PATH"
"""The variable naming a local (embedded) Qdrant folder; set by the demo for its kernel."""


@dataclass(frozen=True)
class Stored:
    """What the index knows of a document: its key and content digest."""

    key: str
    digest: str


def point_id(key: str) -> str:
    """A stable Qdrant point id for a document key (``pattern/autoscaling``)."""
    return str(uuid.uuid5(_NAMESPACE, key))


@dataclass(frozen=True)
class Location:
    """Where the index lives: exactly one of memory, a local ``path`` or a server ``url``."""

    path: Path | None = None
    url: str | None = None
    api_key: str | None = field(default=None, repr=False)  # a secret: never shown
    collection: str | None = None
    """The collection (default: one per embedder); checked by the knowledge base."""

    @classmethod
    def from_env(cls) -> Location:
        """``DOTOP_QDRANT_URL`` (with ``DOTOP_QDRANT_API_KEY``), else ``DOTOP_QDRANT_PATH``,
        else memory; ``DOTOP_QDRANT_COLLECTION`` names the collection. The one reader of the
        ``DOTOP_QDRANT_*`` variables."""
        collection = os.environ.get("DOTOP_QDRANT_COLLECTION", "").strip() or None
        url = os.environ.get("DOTOP_QDRANT_URL", "").strip()
        if url:
            api_key = os.environ.get("DOTOP_QDRANT_API_KEY") or None
            return cls(url=url, api_key=api_key, collection=collection)
        path = os.environ.get(PATH_VARIABLE, "").strip()
        folder = Path(path).expanduser() if path else None
        return cls(path=folder, collection=collection)

    def __str__(self) -> str:
        return self.url or (str(self.path) if self.path else ":memory:")
