"""The look before a cue's search (:mod:`dotop_nb.planner.offline.needs`) never says no to a
text its pattern matches, and does say no where none of the pattern's words are in the text."""

from __future__ import annotations

import re

import pytest

from dotop_nb import evaluation
from dotop_nb.evaluation import model
from dotop_nb.planner.offline import catalog  # noqa: F401  (registers every capability)
from dotop_nb.planner.offline.needs import may_match, needs
from dotop_nb.planner.offline.registry import REGISTRY


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bdrain", 0, {"drain"}),
        (
            r"\bpdb\b|poddisruptionbudget|disruption budget",
            0,
            {"pdb", "poddisruptionbudget", "disruption budget"},
        ),
        # the longest of the parts every match holds wins
        (r"\bkeep\s+at\s+least\b", 0, {"least"}),
        # the parser joins what alternatives begin with: "scal" is in both
        (r"(?:scale|scaling)\s+out", 0, {"scal"}),
        # a positive look ahead holds what must be there too
        (r"(?=.*\bbetween\b)\d+", 0, {"between"}),
        # a part written in capitals is looked for in lower case
        (r"FEATURE_[A-Z]+=", 0, {"feature_"}),
        (r"(?i:Hpa)\b", 0, {"hpa"}),
        # a repeat that may be absent, a negative look and a class hold nothing required
        (r"(?:very\s+)?fast", 0, {"fast"}),
        (r"(?!no\s)go", 0, {"go"}),
        (r"x?\d+", 0, None),
        (r"[ab]c", 0, None),
        # one alternative with no word of its own: no look at all
        (r"\bhpa\b|\d+%", 0, None),
        (r"(?:auto|)scale", 0, {"scale"}),
    ],
)
def test_needs_reads_what_every_match_holds(
    pattern: str, flags: int, expected: set[str] | None
) -> None:
    got = needs(re.compile(pattern, flags))
    assert (None if got is None else set(got)) == expected


def test_may_match_says_no_only_without_every_fragment() -> None:
    fragments = needs(re.compile(r"\bpdb\b|disruption budget", re.IGNORECASE))
    assert not may_match(fragments, "scale my-api to 4")
    assert may_match(fragments, "add a pdb to my-api")
    assert may_match(fragments, "a disruption budget for orders")
    # no fragments, or text that is not ASCII: always searched
    assert may_match(None, "scale my-api to 4")
    assert may_match(fragments, None)


def _texts() -> list[str]:
    """Every intent of the labelled corpus and of the newest set, as typed and in capitals."""
    cases = evaluation.load_scenarios() + model.load_scenarios("blind42")
    texts = [c.intent for c in cases]
    return texts + [t.upper() for t in texts[::7]]


def test_no_cue_is_skipped_where_its_pattern_matches() -> None:
    cues = [cue for capability in REGISTRY.values() for cue in capability.cues]
    assert sum(cue.needs is not None for cue in cues) > len(cues) * 3 // 4
    skipped = 0
    texts = _texts()
    for text in texts:
        lowered = text.lower() if text.isascii() else None
        for cue in cues:
            if not may_match(cue.needs, lowered):
                skipped += 1
                assert not cue.pattern.search(text), (cue.pattern.pattern[:80], text)
    # the look does its work: most cue searches are skipped
    assert skipped > len(texts) * len(cues) // 2
