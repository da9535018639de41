"""The lexical half of hybrid search: BM25 over weighted fields, and trigger phrase matches.

Pure and in memory (hundreds of documents): built from the documents at every sync, in
milliseconds. Both scores are in [0, 1]:

- ``keyword``: BM25F (field weights: triggers > name > description > category > body),
  saturated as ``s / (s + saturation)`` so that one strong match is not worth a pile of weak ones;
- ``trigger``: how well the query contains a pattern's trigger phrases verbatim (after stemming):
  a multi-word phrase is strong evidence, a single word weaker; several matches add up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from dotop_nb.knowledge import text as analysis
from dotop_nb.knowledge.documents import Document

FIELD_WEIGHTS = {"triggers": 3.0, "name": 2.0, "description": 1.5, "category": 1.0, "body": 0.3}


@dataclass(frozen=True)
class _Entry:
    document: Document
    frequencies: dict[str, float]
    length: float
    triggers: tuple[tuple[str, ...], ...]


class KeywordIndex:
    """BM25F over the documents' fields, plus trigger phrase matching.

    Example::

        index = KeywordIndex(documents)
        index.scores(analysis.terms("nightly backups"), analysis.stems("nightly backups"))
        # {'pattern/scheduled-backups': (0.71, 0.5), ...}
    """

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        k1: float = 1.2,
        b: float = 0.5,
        saturation: float = 6.0,
    ) -> None:
        self.k1, self.b, self.saturation = k1, b, saturation
        self._entries: dict[str, _Entry] = {}
        containing: dict[str, int] = {}
        for document in documents:
            frequencies: dict[str, float] = {}
            for name, weight in FIELD_WEIGHTS.items():
                for term in analysis.terms(document.fields.get(name, "")):
                    frequencies[term] = frequencies.get(term, 0.0) + weight
            triggers = tuple(
                tuple(stems) for phrase in document.triggers if (stems := analysis.stems(phrase))
            )
            self._entries[document.key] = _Entry(
                document, frequencies, sum(frequencies.values()), triggers
            )
            for term in frequencies:
                containing[term] = containing.get(term, 0) + 1
        count = len(self._entries)
        self._average = (sum(e.length for e in self._entries.values()) / count) if count else 1.0
        self._idf = {
            term: math.log(1.0 + (count - n + 0.5) / (n + 0.5)) for term, n in containing.items()
        }

    def __len__(self) -> int:
        return len(self._entries)

    def keyword(self, key: str, query_terms: Sequence[str]) -> float:
        entry = self._entries[key]
        norm = self.k1 * (1.0 - self.b + self.b * entry.length / self._average)
        score = 0.0
        for term in set(query_terms):
            tf = entry.frequencies.get(term)
            if tf:
                score += self._idf[term] * tf * (self.k1 + 1.0) / (tf + norm)
        return score / (score + self.saturation)

    def trigger(self, key: str, query_stems: Sequence[str]) -> float:
        miss = 1.0
        sequence = list(query_stems)
        for phrase in self._entries[key].triggers:
            if analysis.contains(sequence, list(phrase)):
                miss *= 1.0 - (0.8 if len(phrase) > 1 else 0.5)
        return 1.0 - miss

    def scores(
        self, query_terms: Sequence[str], query_stems: Sequence[str], *, kind: str | None = None
    ) -> dict[str, tuple[float, float]]:
        """``{document key: (keyword, trigger)}`` for every document (of ``kind``)."""
        return {
            key: (self.keyword(key, query_terms), self.trigger(key, query_stems))
            for key, entry in self._entries.items()
            if kind is None or entry.document.kind == kind
        }
