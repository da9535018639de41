"""Resources and config values said in chat short forms or followed by why (issue 11, wave 2
"vals"): "req 100m/128Mi, lim 500m/256Mi", a plus before an amount, memory in words ("3 gigs"),
a limit and a request each with its own value, a reason after a value ("… since the pods get
OOMKilled", "… as agreed"), a statement before the removal of a variable or key, and a key said
with "point(s) at", "needs KEY value", "KEY as value" or "value A replaced with B". Written in
other words than the blind cases."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "target", "needles"),
    [
        # requests and limits in chat short forms
        (
            "worker sizing: reqs 250m/192Mi, lims 1000m/384Mi",
            "deployment/worker",
            ['"requests": {"cpu": "250m", "memory": "192Mi"}', '"limits": {"cpu": "1000m"'],
        ),
        ("frontend req/lim: req cpu 150m, lim cpu 600m", "deployment/frontend", ['"600m"']),
        ("payments lim mem 768Mi", "deployment/payments", ['"limits": {"memory": "768Mi"}']),
        (
            "worker requests 300m/256Mi limits 640Mi",
            "deployment/worker",
            ['"requests": {"cpu": "300m", "memory": "256Mi"}', '"limits": {"memory": "640Mi"}'],
        ),
        ("my-api needs requests: 120m / 160Mi", "deployment/my-api", ['"160Mi"']),
        # a limit and a request, each with its own value
        (
            "worker memory: limit 700Mi and request 350Mi",
            "deployment/worker",
            ['"limits": {"memory": "700Mi"}', '"requests": {"memory": "350Mi"}'],
        ),
        # a plus before the amount, memory in words
        ("my-api cpu request +30m", "deployment/my-api", ['"requests": {"cpu"']),
        ("give the worker memory limit 3 gigs", "deployment/worker", ['"3Gi"']),
        # a reason after the value
        (
            "bump the worker memory limit to 1Gi because the pods keep getting OOMKilled",
            "deployment/worker",
            ['"1Gi"'],
        ),
        # one limit taken off
        ("take the memory limit off payments", "deployment/payments", ['"memory": null']),
        # a statement before the removal of a variable or a key
        (
            "the experiment is finished, remove FEATURE_FLAG from frontend's env",
            "deployment/frontend",
            ['"FEATURE_FLAG"', '"$patch": "delete"'],
        ),
        (
            "FEATURE_X has shipped everywhere, remove that key from my-api-config",
            "configmap/my-api-config",
            ['"FEATURE_X": null'],
        ),
        # a key said with "point(s) at", "needs KEY value", "as", "replaced with"
        (
            "QUEUE in orders-config needs to point to orders-bulk",
            "configmap/orders-config",
            ['"QUEUE": "orders-bulk"'],
        ),
        ("worker needs LOG_LEVEL trace, we are chasing a leak", "deployment/worker", ['"trace"']),
        ("set LOG_LEVEL as warn on frontend", "deployment/frontend", ['"warn"']),
        ("on frontend, FEATURE_FLAG beta is to be replaced by rc", "deployment/frontend", ['"rc"']),
        ("BATCH_SIZE on orders from 10 to 25 as agreed", "configmap/orders-config", ['"25"']),
    ],
)
def test_a_value_said_in_short_or_with_its_reason_is_planned(
    shop: Operator, intent: str, target: str, needles: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.describe().split(" in ")[0] for o in proposal.operations] == [target]
    for needle in needles:
        assert needle in body


@pytest.mark.parametrize(
    ("intent", "question"),
    [
        # the value said as the one there now is not what is there
        ("on frontend, FEATURE_FLAG alpha is to be replaced by rc", "is 'beta' now"),
        # a state, not a value: never "removed" as the value
        ("frontend needs FEATURE_FLAG removed", "Which environment variable"),
    ],
)
def test_a_value_that_cannot_be_read_as_said_is_asked(
    shop: Operator, intent: str, question: str
) -> None:
    assert question in (asks(shop, intent).question or "")
