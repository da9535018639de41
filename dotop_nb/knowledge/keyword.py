"""The lexical half of hybrid search: BM25 over weighted fields, and trigger phrase matches.

Pure and in memory (hundreds of documents): built from the documents at every sync, in
milliseconds. Both scores are in [0, 1]:

- ``keyword``: BM25F (field weights: triggers > name > description > category > body),
  saturated as ``s / (s + saturation)`` so that one strong match is not worth a pile of weak ones;
- ``trigger``: how well the query contains a pattern's trigger phrases verbatim (after stemming):
  a multi-word phrase is strong evidence, a single word weaker; several matches add up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dotop_nb import lexical as analysis
from dotop_nb.knowledge.documents import Document
from dotop_nb.lexical import Bm25

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
        self._entries: dict[str, _Entry] = {}
        frequencies_of: dict[str, dict[str, float]] = {}
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
            frequencies_of[document.key] = frequencies
        self._bm25 = Bm25(frequencies_of, k1=k1, b=b, saturation=saturation)

    def __len__(self) -> int:
        return len(self._entries)

    def keyword(self, key: str, query_terms: Sequence[str]) -> float:
        return self._bm25.score(key, query_terms)

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
