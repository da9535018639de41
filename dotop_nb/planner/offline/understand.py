"""Which category an intent is, and how sure: every registered category is scored.

Two kinds of evidence, added:

- cue words with weights (:mod:`.catalog`): the strongest cue of a category, plus a little for
  each further one;
- the nearest labelled examples: the intent's terms (stems and concepts, :mod:`dotop_nb.lexical`)
  against the dev half of ``evaluation/data/intents.yaml`` and the examples capabilities
  register, through the same BM25 the knowledge base uses. The best few vote by score.

:func:`read` returns a :class:`Reading`; the planner asks when it is not confident (the best
score is low, or a second, incompatible category is close).

Example::

    read("make my-api survive a node failure").best   # 'ha'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from dotop_nb import lexical
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.memo import per_plan
from dotop_nb.planner.offline.numbers import blank_factors_told
from dotop_nb.planner.offline.registry import REGISTRY

EXAMPLES = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "intents.yaml"
NEIGHBOURS = 7
# Cue words decide; the nearest examples break near-ties between cued categories (they add at
# most TIE_WEIGHT), and carry an intent alone only when it has no cue word at all and they agree
# strongly (ALONE_WEIGHT, then the same FLOOR).
TIE_WEIGHT = 0.15
ALONE_WEIGHT = 0.6
FLOOR = 0.3  # below this nothing is confident enough to plan
MARGIN = 0.12  # a second category within this of the best (in cues and in total) is asked about
STRONG = 0.9  # a cue this strong is an order's own word for its category (restart, bounce …)
_SAME = 0.01  # cues within this are the same strength (sums of weights are not exact)


@dataclass(frozen=True)
class Reading:
    """Scores of every category for one text, best first."""

    ranked: list[tuple[str, float]]
    cued: frozenset[str] = field(default_factory=frozenset)
    cues: dict[str, float] = field(default_factory=dict)

    @property
    def best(self) -> str | None:
        return self.ranked[0][0] if self.ranked and self.ranked[0][1] >= FLOOR else None

    def close(self) -> list[str]:
        """Categories within the margin of the best one that it does not tolerate beside it."""
        if self.best is None:
            return []
        top = self.ranked[0][1]
        top_cue = self.cues.get(self.best, 0.0)
        compatible = REGISTRY[self.best].compatible
        return [
            name
            for name, score in self.ranked[1:]
            # A second category cued as strongly as the best (an order's own verb: "…. roll
            # orders" beside "set BATCH_SIZE=20 …") is close whatever the examples add to the
            # best: planning the best alone would drop the other change without a word.
            if (score >= top - MARGIN or self.cues.get(name, 0.0) >= max(top_cue - _SAME, STRONG))
            and self.cues.get(name, 0.0) >= top_cue - MARGIN
            and name in self.cued
            and name not in compatible
            and self.best not in REGISTRY[name].compatible
        ]

    def score(self, category: str) -> float:
        return dict(self.ranked).get(category, 0.0)


@lru_cache(maxsize=1)
def _index() -> tuple[lexical.Bm25, dict[str, str]]:
    labelled: list[tuple[str, str]] = []
    if EXAMPLES.exists():
        for case in yaml.safe_load(EXAMPLES.read_text(encoding="utf-8")) or []:
            # Only the dev half: the held-out half must stay unseen to measure anything.
            if case.get("split") == "dev" and case.get("category") in REGISTRY:
                labelled.append((str(case["intent"]), str(case["category"])))
    for capability in REGISTRY.values():
        labelled += [(example, capability.category) for example in capability.examples]
    documents: dict[str, dict[str, float]] = {}
    labels: dict[str, str] = {}
    for i, (intent, category) in enumerate(labelled):
        frequencies: dict[str, float] = {}
        for term in lexical.terms(intent):
            frequencies[term] = frequencies.get(term, 0.0) + 1.0
        documents[str(i)] = frequencies
        labels[str(i)] = category
    return lexical.Bm25(documents, saturation=3.0), labels


def neighbours(text: str) -> dict[str, float]:
    """The nearest examples' vote per category, in [0, 1]."""
    index, labels = _index()
    terms = lexical.terms(text)
    # An example that shares one word ("hello") is a coincidence, not a neighbour.
    best = [(k, s) for k, s in index.best(terms, limit=NEIGHBOURS) if index.shared(k, terms) >= 2]
    total = sum(score for _, score in best)
    if not total:
        return {}
    votes: dict[str, float] = {}
    counts: dict[str, int] = {}
    for key, score in best:
        votes[labels[key]] = votes.get(labels[key], 0.0) + score
        counts[labels[key]] = counts.get(labels[key], 0) + 1
    strength = best[0][1]
    # One example is a coincidence, not a vote: a category needs two of the nearest.
    return {name: strength * vote / total for name, vote in votes.items() if counts[name] >= 2}


@per_plan
def read(text: str) -> Reading:
    """Score every registered category for ``text`` (as typed: cues may match case)."""
    # "EVICTION_POLICY to delete-oldest": a destructive word inside a value cues no delete.
    text = t.joined_destructive_masked(text)
    # "set ON_ERROR=rollback on checkout": no word inside a value given to a key chooses the
    # category (the value is planned as said by the config rules).
    text = t.values_masked(text)
    # "OOMKilled 40 times since monday", "3x traffic": a factor told, no cue (:mod:`.numbers`).
    text = blank_factors_told(text)
    cues = {name: cap.cue_score(text) for name, cap in REGISTRY.items()}
    examples = neighbours(text)
    weight = TIE_WEIGHT if any(cues.values()) else ALONE_WEIGHT
    scores = {name: cues[name] + weight * examples.get(name, 0.0) for name in REGISTRY}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return Reading(ranked=ranked, cued=frozenset(n for n, s in cues.items() if s > 0), cues=cues)


# Round 14: two categories close, and one of them read only from words that are no order:
# - a purpose clause ("… so the HPA lab works", "so that …", "in order to …") says what the change
#   is for, never a change of its own;
# - a means said after a goal ("make payments highly available across nodes with pod
#   anti-affinity", "… using topology spread") is the change asked: the goal is what it is for.
_PURPOSE_CLAUSE = re.compile(
    # "…, so add a pdb" is the consequence, an order: only "so" with no comma before it, or "so
    # that" / "in order to", opens a purpose; one that holds an obligation is an order too.
    r"(?:(?<=[\w)%])\s+so|\s*[,;]?\s+(?:so\s+that|so\s+as\s+to|in\s+order\s+(?:to|that|for)))\s+"
    r"(?!(?:please|pls|then|also|just|we|you|let'?s)\b)"
    r"(?![^,;.!?]*\b(?:should|must|shall|please|pls|(?:is|are)\s+to\s+be|needs?\s+to|has\s+to|"
    r"have\s+to|add|make|set|scale|restart|create|put)\b)[^,;.!?]*",
    re.I,
)
_MEANS = re.compile(
    r"\b(?:with|using|via|through|by\s+(?:adding|using|setting))\s+(?P<means>[^,;.!?]+)", re.I
)


def settle(text: str, best: str, close: list[str]) -> str | None:
    """The category among ``best`` and ``close`` that ``text`` asks for once its purpose clause
    is cut (a category that is left alone), or that the means it names reads as; None when
    neither settles it (the planner asks)."""
    if not close:
        return None
    among = {best, *close}
    cut = _PURPOSE_CLAUSE.sub(" ", text)
    if cut != text:
        reading = read(cut)
        if reading.best in among and not reading.close():
            return reading.best
    for m in _MEANS.finditer(text):
        reading = read(m.group("means"))
        if reading.best in among and not reading.close() and reading.best != best:
            return reading.best
    return None
