"""Config requests that say the key and the value but were asked "which variable" (issue 11,
blind5): a direction or the old value between the key and "to" ("turn LOG_LEVEL up to debug",
"PROVIDER from stripe to adyen"), a participle after the place ("REGION in shared-config changed
to us-east"), a key and its value with neither "=" nor "to" ("add env TIMEOUT_MS 3000"), verbs
that flip or bump a key, and a key known by its words with the verb before the workload's
possessive. Written in other words than the blind cases."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "target", "needles"),
    [
        # a direction between the key and "to"
        ("bump LOG_LEVEL on worker up to trace", "deployment/worker", ['"LOG_LEVEL"', '"trace"']),
        ("worker: dial LOG_LEVEL down to warn", "deployment/worker", ['"LOG_LEVEL"', '"warn"']),
        # verbs that flip, toggle or bump a key, the workload after
        ("toggle FEATURE_FLAG to off for frontend", "deployment/frontend", ['"off"']),
        ("flip FEATURE_FLAG over to ga on frontend", "deployment/frontend", ['"ga"']),
        # a participle after the ConfigMap the key is in
        ("QUEUE in orders-config switched to v2", "configmap/orders-config", ['"QUEUE": "v2"']),
        ("BATCH_SIZE of orders-config bumped up to 40", "configmap/orders-config", ['"40"']),
        # the value it has now, checked, then the new one
        ("on orders, QUEUE from orders to bulk", "configmap/orders-config", ['"bulk"']),
        # a key and its value with neither "=" nor "to"
        ("worker: new env var RETRY_MS 250", "deployment/worker", ['"RETRY_MS"', '"250"']),
        ("add MAX_BODY_KB 512 to frontend", "deployment/frontend", ['"MAX_BODY_KB"', '"512"']),
        ("set var CACHE_TTL 60 on payments", "deployment/payments", ['"CACHE_TTL"', '"60"']),
        # a key known by its words, the workload's possessive before it
        ("make worker's log level to debug", "deployment/worker", ['"LOG_LEVEL"', '"debug"']),
        ("turn frontend's feature flag over to ga", "deployment/frontend", ['"FEATURE_FLAG"']),
    ],
)
def test_a_key_and_its_value_said_another_way_are_planned(
    shop: Operator, intent: str, target: str, needles: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.describe().split(" in ")[0] for o in proposal.operations] == [target]
    for needle in needles:
        assert needle in body


@pytest.mark.parametrize(
    ("intent", "question"),
    [
        # the old value said is not what the key has: the speaker's picture is wrong
        ("switch PROVIDER on payments from paypal to adyen", "'stripe' now"),
        ("QUEUE in orders-config changed from bulk to priority", "'orders' now"),
        # a word that ends a clause is never a value ("on" here names the workload)
        ("set FEATURE_FLAG on frontend", "Which environment variable"),
    ],
)
def test_a_key_said_with_what_does_not_hold_is_asked(
    shop: Operator, intent: str, question: str
) -> None:
    assert question in (asks(shop, intent).question or "")


def test_a_resource_in_capitals_is_no_variable(shop: Operator) -> None:
    """ "set CPU 500m on frontend" is a request of half a core, never a variable named CPU."""
    proposal, body = plans(shop, "set CPU 500m on frontend")
    assert proposal.category == "resources"
    assert '"500m"' in body
    assert '"CPU"' not in body


@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("frontend needs 3 times its current size", 9),
        ("grow payments by a factor of 4", 8),
        ("frontend should be 2x bigger", 6),
        ("take worker to 5x what it runs", 5),
    ],
)
def test_a_multiplier_of_what_runs_now_is_computed(shop: Operator, intent: str, count: int) -> None:
    """A multiplier said of the current count (blind5's "10x what it is now") is that count
    times the multiplier; without a base it is still asked ("make frontend 10x")."""
    proposal, _ = plans(shop, intent)
    assert [getattr(o, "replicas", None) for o in proposal.operations] == [count]


def test_a_multiplier_without_its_base_is_asked(shop: Operator) -> None:
    assert "times what" in (asks(shop, "make frontend 10x").question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "frontend does not need FEATURE_FLAG any more, take it out",
        "The FEATURE_FLAG variable is unused by frontend now; please take it out of its env.",
        "FEATURE_FLAG in frontend is not used any more, remove the variable",
        "no time today, can someone run this for me: kubectl set env deploy frontend FEATURE_FLAG-",
        "pls execute: kubectl set env deployment/frontend FEATURE_FLAG-",
    ],
)
def test_a_variable_said_to_be_unused_is_removed_from_its_one_workload(
    shop: Operator, intent: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("patch", "frontend")]
    assert '{"name": "FEATURE_FLAG", "$patch": "delete"}' in body


@pytest.mark.parametrize(
    "intent",
    [
        # a time before the command is a condition, never stripped as a courtesy
        "run this tonight at 2: kubectl set env deploy frontend FEATURE_FLAG-",
        # a variable two workloads are said to have: which one is asked
        "frontend and my-api no longer use FEATURE_FLAG, take it out",
    ],
)
def test_a_removal_said_with_a_time_or_two_workloads_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
