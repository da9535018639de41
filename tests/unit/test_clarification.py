"""An answer fills the question's slot (issue 12, point 7): "How many replicas?" answered "4"
plans ``scale my-api to 4`` — once, with one clean intent — and other corrections stay as said."""

from __future__ import annotations

from pathlib import Path

import pytest

from dotop_nb import clarification
from dotop_nb.models import ScaleOp
from tests.helpers import deployment
from tests.memory import engine


@pytest.mark.parametrize(
    ("answer", "merged"),
    [
        ("4", "scale my-api to 4"),
        ("4 replicas", "scale my-api to 4"),
        ("to 4", "scale my-api to 4"),
        ("four", "scale my-api to 4"),
        ("use 4 instead.", "scale my-api to 4"),
        ("4 and 5", None),
        ("fewer", None),
        ("4 gigabytes", None),
    ],
)
def test_fill_reads_only_a_count(answer: str, merged: str | None) -> None:
    assert clarification.fill("scale my-api", "replicas", answer) == merged


def test_a_number_already_there_is_corrected_not_doubled() -> None:
    assert clarification.fill("scale my-api to 2.5", "replicas", "3") is None
    assert clarification.fill("scale my-api", "workload", "4") is None


def test_the_answer_fills_the_slot_and_the_intent_stays_clean(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop"))
    asked = op.analyze("scale my-api", namespace="shop")
    assert asked.status == "needs_clarification"
    assert asked.question is not None
    assert asked.question.startswith("How many replicas should deployment/my-api in shop run?")
    assert asked.slot == "replicas"

    answered = op.refine(asked.session_id, "4")
    assert answered.status == "proposed"
    assert answered.question is None
    assert answered.slot is None
    assert answered.intent == "scale my-api to 4"
    [scale] = answered.operations
    assert isinstance(scale, ScaleOp)
    assert scale.replicas == 4
    session = op.session(asked.session_id)
    assert session.intent == "scale my-api"  # the record keeps what was said, as said
    assert session.refinements == ["4"]

    # A later correction (no question asked) is kept beside the request, once.
    corrected = op.refine(asked.session_id, "use 5 instead")
    assert corrected.intent == "scale my-api to 4\n(refined: use 5 instead)"
    assert corrected.operations[0].replicas == 5  # type: ignore[union-attr]


def test_an_answer_that_fills_nothing_is_a_correction(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop"))
    asked = op.analyze("scale my-api", namespace="shop")
    again = op.refine(asked.session_id, "a few more")
    assert again.intent == "scale my-api\n(refined: a few more)"
    assert again.status == "needs_clarification"
    assert again.slot == "replicas"
    answered = op.refine(asked.session_id, "6")
    assert answered.intent == "scale my-api to 6\n(refined: a few more)"
