"""Errors of the knowledge base: they live in :mod:`dotop_nb.errors.knowledge` (exit code 2),
and are importable from here as before."""

from __future__ import annotations

from dotop_nb.errors import EmbedderUnavailable as EmbedderUnavailable  # noqa: PLC0414
from dotop_nb.errors import IndexLocked as IndexLocked  # noqa: PLC0414
from dotop_nb.errors import KnowledgeError as KnowledgeError  # noqa: PLC0414
from dotop_nb.errors import PatternError as PatternError  # noqa: PLC0414
