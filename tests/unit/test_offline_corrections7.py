"""A value or object said, then corrected in the same message (attacker 7, shape I): "update
my-api to 1.5.0, I mean 1.5.1" had planned 1.5.0. The correction is asked, never guessed; a
marker that says which object ("i mean the deployment one") or a courtesy ("sorry to bother")
is read as before, and a refinement that is only the correction corrects the message before."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    "intent",
    [
        "update my-api to 1.5.0, I mean 1.5.1",
        "bump payments to 3.1.0 -- sorry, 3.2.0",
        "update my-api to 1.5.0 (typo: 1.5.1)",
        "roll worker to 0.10.0, err 0.10.1",
        "payments image 3.1.0, correction: 3.2.0",
        "set LOG_LEVEL=debug on my-api, sorry, info",
        "set FEATURE_X to on in my-api-config, I mean off",
        "scale frontend to 4, make that 5",
        "delete the orders pdb, I mean the payments one",
        "set REGION to us in shared-config, I mean my-api-config",
        "only frontend may reach payments, I mean my-api",
        "add a liveness probe on /healthz to worker, i meant /ready",
        "back up postgres at 2am, sorry, 3am",
        "remove the pdb from orders, I mean from payments",
    ],
)
def test_a_correction_inside_the_message_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question
    assert question is not None
    assert "corrected" in question or "takes back" in question  # "i meant": a retraction


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("can u put the cache proxy on 1.0.1, i mean the deployment one not the redis", "1.0.1"),
        ("sorry to bother, scale my-api to 3", '"replicas": 3'),
        ("sorry for the noise - can you scale payments to 3", '"replicas": 3'),
        ("scale payments to 3, err on the side of caution", '"replicas": 3'),
    ],
)
def test_a_marker_that_corrects_no_value_is_read_as_before(
    op: Operator, intent: str, said: str
) -> None:
    _, body = plans(op, intent)
    assert said in body


def test_a_refinement_that_is_only_the_correction_corrects_the_message_before(
    op: Operator,
) -> None:
    first = op.analyze("update my-api to 1.5.0", namespace="shop")
    assert first.status == "proposed"
    again = op.refine(first.session_id, "I mean 1.5.1")
    assert again.status == "proposed", again.question
    assert any("1.5.1" in o.summary() for o in again.operations)
