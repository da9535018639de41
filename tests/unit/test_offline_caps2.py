"""Capabilities fresh phrasings still missed (helper caps2), as classes: a setting named by its
words or changed "from A to B"; one limit removed, a quantity changed from its current value or
relative to it, Guaranteed QoS with its values; a scale said as more/fewer/times of what runs;
the rollout strategy (surge and floor in words, Recreate). Over the in-memory shop, through the
real Operator. The phrasings are our own, not the blind sets'."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import spoken
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


# ------------------------------------------------------------ class 1: settings named in words
KEYS = {"LOG_LEVEL": {"info"}, "BATCH_SIZE": {"10"}, "PROVIDER": {"stripe"}, "REGION": {"eu"}}


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("worker log level to warn", "worker LOG_LEVEL to warn"),
        ("orders batch-size 10 to 40", "orders BATCH_SIZE=40"),
        ("the provider setting of payments from stripe to adyen", "of payments PROVIDER=adyen"),
        (
            "move payments from stripe to adyen, the PROVIDER setting",
            "move payments PROVIDER=adyen",
        ),
        # One word is a key only as a setting or with its value now.
        ("pick a provider for payments", "pick a provider for payments"),
        ("scale payments from 2 to 4", "scale payments from 2 to 4"),
    ],
)
def test_keys_said_in_words_are_written_as_the_keys(said: str, read: str) -> None:
    assert spoken.name_keys(said, KEYS).strip(",. ") == read


def test_a_key_spelled_from_a_workload_name_is_not_read_in_words() -> None:
    keys = {**KEYS, "POSTGRES_DB": {"shop"}}
    said = "back up the postgres db every night"
    assert spoken.name_keys(said, keys, frozenset({"postgres"})) == said


def test_a_change_from_a_value_the_key_does_not_hold_is_asked() -> None:
    with pytest.raises(Clarify, match="it is 'info' now"):
        spoken.name_keys("my-api log level from debug to warn", KEYS)


@pytest.mark.parametrize(
    ("intent", "target", "contains"),
    [
        # Round 19: a key my-api loads from my-api-config alone is changed there.
        ("my-api log level to warn, chasing a bug", "my-api-config", ['"LOG_LEVEL": "warn"']),
        ("set the log level of my-api to error", "my-api-config", ['"LOG_LEVEL": "error"']),
        ("orders batch size 10 to 30", "orders-config", ['"BATCH_SIZE": "30"']),
        ("the orders batch size should be 20", "orders-config", ['"BATCH_SIZE": "20"']),
        (
            "flip payments from stripe to adyen (the PROVIDER var)",
            "payments-config",
            ['"PROVIDER": "adyen"'],
        ),
        (
            "our payment provider should be switched from stripe to adyen",
            "payments-config",
            ["adyen"],
        ),
        ("REGION should become us on my-api only, frontend stays as it is", "my-api", ["REGION"]),
        ("the clock of worker should be UTC (the TZ variable)", "worker", ['"TZ"', '"UTC"']),
        ("FEATURE_FLAG of frontend should be turned off", "frontend", ['"FEATURE_FLAG"', '"off"']),
        ("pls enable debug logs for my-api", "my-api-config", ['"LOG_LEVEL": "debug"']),
    ],
)
def test_a_setting_named_by_its_words_is_set(
    shop: Operator, intent: str, target: str, contains: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {target}
    for c in contains:
        assert c in body
    assert "shared-config" not in body  # REGION for my-api alone never changes frontend's


@pytest.mark.parametrize(
    "intent",
    [
        "orders batch size from 20 to 40",  # it is 10 now
        "my-api log level from debug to info",  # it is info now
    ],
)
def test_a_setting_changed_from_a_value_it_does_not_hold_is_asked(
    shop: Operator, intent: str
) -> None:
    assert "now" in (asks(shop, intent).question or "")


# ------------------------------------------------------------------------- class 2: resources
@pytest.mark.parametrize(
    ("intent", "target", "contains", "absent"),
    [
        (
            "orders app container: remove the memory limit, keep the cpu limit",
            "orders",
            ['"memory": null'],
            ['"cpu": null'],
        ),
        (
            "the cpu limit of the app container in orders has to be removed",
            "orders",
            ['"cpu": null'],
            ['"memory": null'],
        ),
        (
            "payments memory limit from 256Mi to 768Mi",
            "payments",
            ['"resources": {"limits": {"memory": "768Mi"}}'],
            [],
        ),
        ("cut the memory request of payments in half", "payments", ['"memory": "64Mi"'], []),
        (
            "payments cpu request should go up by twenty percent",
            "payments",
            ['"cpu": "120m"'],
            ["null"],
        ),
        ("the app container of orders gets a limit of three cpus", "orders", ['"cpu": "3"'], []),
        (
            "Guaranteed QoS for worker: 250m cpu and 256Mi memory",
            "worker",
            [
                '"requests": {"cpu": "250m", "memory": "256Mi"}',
                '"limits": {"cpu": "250m", "memory": "256Mi"}',
            ],
            [],
        ),
        (
            "the envoy sidecar of orders can use up to 200Mi of memory",
            "orders",
            ['"limits": {"memory": "200Mi"}'],
            ['"requests"'],
        ),
    ],
)
def test_resources_said_relative_or_removed(
    shop: Operator, intent: str, target: str, contains: list[str], absent: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {target}
    for c in contains:
        assert c in body
    for a in absent:
        assert a not in body


@pytest.mark.parametrize(
    "intent",
    [
        "payments memory limit from 1Gi to 2Gi",  # it is 256Mi now
        "payments memory from 128Mi to 256Mi",  # the request or the limit?
        "payments cpu request should go up",  # by how much?
    ],
)
def test_resources_that_cannot_be_read_whole_are_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# ----------------------------------------------------------------------------- class 3: scale
@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        ("two more payments pls, the queue is long", "payments", 4),
        ("grow frontend by one", "frontend", 4),
        ("frontend can shed two pods tonight", "frontend", 1),
        ("park payments at 0 for now", "payments", 0),
        ("payments needs 3x the pods it runs now", "payments", 6),
        ("take payments down to a single replica", "payments", 1),
        ("my-api could lose one replica", "my-api", 1),
    ],
)
def test_scale_said_relative_to_what_runs(
    shop: Operator, intent: str, target: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    # A time said is awaited as said, never dropped (round 12: "can shed two pods tonight" is
    # the scale, awaiting "tonight"; it was asked before).
    assert proposal.awaits == ("tonight" if "tonight" in intent else None)
    (op,) = proposal.operations
    assert op.kind == "scale"
    assert op.target.name == target
    assert op.replicas == replicas  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "intent",
    [
        "one more thing: scale it",
        "orders needs two more containers",  # not replicas
        "worker: two extra retries please",
        # Round 24: a decimal factor of the count it runs is read (2.5 x 2 = 5, as "3 times the
        # pods" is 6); one that leaves part of a replica is still asked.
        "payments 1.25 times the pods",
    ],
)
def test_scale_words_without_a_count_are_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_decimal_factor_of_the_pods_it_runs_is_a_count(shop: Operator) -> None:
    proposal = shop.analyze("payments 2.5 times the pods", namespace="shop")
    (op,) = proposal.operations
    assert op.kind == "scale"
    assert op.replicas == 5  # type: ignore[union-attr]


# -------------------------------------------------------------------------- class 4: strategy
@pytest.mark.parametrize(
    ("intent", "target", "contains"),
    [
        (
            "payments rollout strategy: maxSurge 3, maxUnavailable 1",
            "payments",
            ['"maxSurge": 3', '"maxUnavailable": 1'],
        ),
        (
            "frontend deploys may add at most two extra pods and must never go below the "
            "current count",
            "frontend",
            ['"maxSurge": 2', '"maxUnavailable": 0'],
        ),
        (
            "switch the update strategy of payments to Recreate",
            "payments",
            ['"type": "Recreate"', '"rollingUpdate": null'],
        ),
        (
            "frontend should use the Recreate strategy so two versions never run side by side",
            "frontend",
            ['"Recreate"'],
        ),
        (
            "payments has to always pull its image, the registry reuses tags",
            "payments",
            ['"imagePullPolicy": "Always"'],
        ),
        (
            "stale images on frontend bc the tag gets reused, make it always pull",
            "frontend",
            ['"imagePullPolicy": "Always"'],
        ),
    ],
)
def test_rollout_strategy_said_in_words(
    shop: Operator, intent: str, target: str, contains: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {target}
    for c in contains:
        assert c in body


@pytest.mark.parametrize(
    "intent",
    [
        "frontend: Recreate strategy with zero downtime",  # contradictory
        "payments rollouts: maxSurge 0 and maxUnavailable 0",  # cannot roll out
    ],
)
def test_strategies_that_cannot_work_are_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("make frontend rollouts zero-downtime", "frontend"),
        ("payments releases should happen with no downtime", "payments"),
        ("rollouts of checkout: zero downtime please", "checkout"),
        ("give my-api zero-downtime updates", "my-api"),
        (
            "we dropped requests in the last payments release. no downtime on its deploys now",
            "payments",
        ),
    ],
)
def test_rollouts_said_without_downtime_are_the_strategy_alone(
    shop: Operator, intent: str, name: str
) -> None:
    # "rollouts"/"release" are an update's words, but with no image or version said there is
    # nothing to update to: the rollouts are to be without downtime (maxUnavailable 0).
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert proposal.operations[0].target.name == name
    assert '"maxUnavailable": 0' in body


def test_rollouts_without_downtime_with_a_version_update_the_image_too(shop: Operator) -> None:
    proposal, body = plans(shop, "roll out my-api 1.5.0, no downtime")
    assert sorted(o.kind for o in proposal.operations) == ["patch", "set_image"]
    assert "my-api:1.5.0" in body
    assert '"maxUnavailable": 0' in body
