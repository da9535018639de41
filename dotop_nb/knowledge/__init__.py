"""Organisational knowledge: patterns and policies, indexed (in memory by default, in Qdrant when
``DOTOP_QDRANT_PATH`` / ``DOTOP_QDRANT_URL`` say so), found by hybrid search.

Patterns (``./patterns`` or ``DOTOP_PATTERNS``) are reviewed YAML documents that say how the
team does an operation; policies (``./policies`` or ``DOTOP_POLICIES``) are indexed beside them
so they can be found too (enforcing them is :mod:`dotop_nb.policy`'s job). docs/patterns.md
describes the format.

Example::

    from dotop_nb.knowledge import KnowledgeBase
    kb = KnowledgeBase.from_env()
    for hit in kb.search("make checkout survive a node failure", kind="pattern", k=3):
        print(hit)     # 0.912  pattern/stateless-ha  Stateless High Availability  (vector ...)
"""

from __future__ import annotations

from dotop_nb.knowledge.base import (
    RELEVANCE,
    Hit,
    KnowledgeBase,
    Mode,
    Relevance,
    SyncReport,
    dump,
    relevant,
)
from dotop_nb.knowledge.documents import (
    Category,
    Document,
    Kind,
    Pattern,
    Problem,
    Recommendation,
    parse,
)
from dotop_nb.knowledge.embeddings import EMBEDDERS, Embedder, HashingEmbedder, make_embedder
from dotop_nb.knowledge.errors import (
    EmbedderUnavailable,
    IndexLocked,
    KnowledgeError,
    PatternError,
)
from dotop_nb.knowledge.location import Location

__all__ = [
    "EMBEDDERS",
    "RELEVANCE",
    "Category",
    "Document",
    "Embedder",
    "EmbedderUnavailable",
    "HashingEmbedder",
    "Hit",
    "IndexLocked",
    "Kind",
    "KnowledgeBase",
    "KnowledgeError",
    "Location",
    "Mode",
    "Pattern",
    "PatternError",
    "Problem",
    "Recommendation",
    "Relevance",
    "SyncReport",
    "dump",
    "make_embedder",
    "parse",
    "relevant",
]
