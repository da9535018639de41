"""Errors of the knowledge base (patterns and their search index). All are bad input or settings:
:class:`~dotop_nb.errors.input.ConfigError`, exit code 2.

Example::

    raise PatternError("patterns/ha.yaml: document 2 has no `title`", hint="add one")
"""

from __future__ import annotations

from dotop_nb.errors.input import ConfigError


class KnowledgeError(ConfigError):
    """The knowledge base cannot be read, indexed or searched as configured."""


class PatternError(KnowledgeError):
    """A pattern (or a policy file read for search) is not valid. The message names the file,
    the document and the field."""


class IndexLocked(KnowledgeError):
    """The local Qdrant folder (``DOTOP_QDRANT_PATH``) is open in another process."""


class EmbedderUnavailable(KnowledgeError):
    """The chosen embedder is unknown, or its optional extra is not installed."""
