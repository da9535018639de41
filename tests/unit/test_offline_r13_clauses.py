"""Round 13: one reading of which clauses of a message say how things are (facts), shared by
the checks of the request (``statements.spans`` and ``statements.facts_blanked``)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import statements


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my-api is burning its error budget at 6x, scale it to 5", ", scale it to 5"),
        ("the cache proxy is a single replica on one node; run two of them", "; run two of them"),
        ("delete checkout, it was folded into payments last quarter", "delete checkout,"),
    ],
)
def test_a_fact_beside_a_request_is_blanked_and_offsets_are_kept(text: str, kept: str) -> None:
    blanked = statements.facts_blanked(text)
    assert len(blanked) == len(text)
    assert blanked.strip() == kept.strip()
    assert text.endswith(blanked.lstrip()) or text.startswith(blanked.rstrip())


@pytest.mark.parametrize(
    "text",
    [
        "worker runs 1",  # all facts: nothing asks, read as said
        "scale worker to 3 and restart payments",  # no fact
        "worker should run 3 replicas, it is the standard",  # an obligation is no fact
    ],
)
def test_a_message_with_no_fact_beside_a_request_is_read_whole(text: str) -> None:
    blanked = statements.facts_blanked(text)
    if text.startswith("worker should"):
        assert blanked.startswith("worker should run 3 replicas")
    else:
        assert blanked == text


def test_spans_cover_each_clause_without_its_separators() -> None:
    text = "payments has a probe; add one on /healthz, port http"
    assert [text[a:b] for a, b in statements.spans(text)] == [
        "payments has a probe",
        "add one on /healthz",
        "port http",
    ]
