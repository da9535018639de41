"""Finding the target workload and container (helper names2, fourth blind round), as classes:
a container or image word picks the one of two same-named workloads it matches; a name said as
a common noun ("a bad DNS cache") is not a second target; a plain word after a name (a chat
abbreviation, an inflected verb, a word of one of its keys) is the sentence going on; the
container of a multi-container pod is the one named and not kept. Over the in-memory shop,
through the real Operator; our own phrasings. The danger (a word that may continue a name)
stays a question."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import followers
from dotop_nb.service import Operator
from tests.memory import asks, question_for

pytestmark = pytest.mark.timeout(60)


def _plans(op: Operator, intent: str) -> tuple[list[str], str]:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    body = json.dumps([o.model_dump(mode="json") for o in proposal.operations])
    return [o.summary().replace(" in shop", "") for o in proposal.operations], body


# ------------------------------------------------- what it runs picks one of a shared name
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("the cache proxy to 3 replicas", "scale deployment/cache to 3"),
        ("cache proxy: 3 replicas", "scale deployment/cache to 3"),
        ("restart the cache proxy", "deployment/cache"),
        ("give the redis cache 2 replicas", "scale statefulset/cache to 2"),
        ("restart the redis sts", "statefulset/cache"),
        ("delete the redis sts", "delete statefulset/cache"),
        ("remove the postgres statefulset, the api stays", "delete statefulset/postgres"),
    ],
)
def test_a_container_or_image_word_picks_the_workload(
    shop: Operator, intent: str, wanted: str
) -> None:
    planned, _ = _plans(shop, intent)
    assert len(planned) == 1, planned
    assert planned[0].startswith(wanted) or wanted in planned[0], planned


def test_a_shared_name_without_such_a_word_is_still_asked(shop: Operator) -> None:
    question = question_for(shop, "restart cache")
    assert "deployment/cache" in question
    assert "statefulset/cache" in question
    # Both kinds' words said: still one name for two workloads.
    asks(shop, "restart the cache, redis and proxy")


# ------------------------------------------------- a name as a common noun
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("restart my-api, it keeps a local cache in memory", "deployment/my-api"),
        ("restart frontend, it serves an old cache", "deployment/frontend"),
    ],
)
def test_a_name_after_a_or_an_is_no_second_target(shop: Operator, intent: str, wanted: str) -> None:
    planned, _ = _plans(shop, intent)
    assert planned == [f"restart the pods of {wanted}"], planned


def test_a_name_said_only_as_a_common_noun_is_no_target_on_its_own(shop: Operator) -> None:
    # No other workload named: "a cache" is the only name said, and still two workloads.
    assert "statefulset/cache" in question_for(shop, "restart a cache")


# ------------------------------------------------- the word after a name
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("scale payments rn to 4 replicas", "scale deployment/payments to 4"),
        ("restart payments asap bc the config changed", "deployment/payments"),
        ("restart worker fyi it is stuck", "deployment/worker"),
        ("frontend serves stale pages, restart it", "deployment/frontend"),
        ("my-api using too much memory, give it 3 replicas", "scale deployment/my-api to 3"),
    ],
)
def test_a_plain_word_after_a_name_is_the_sentence(
    shop: Operator, intent: str, wanted: str
) -> None:
    planned, _ = _plans(shop, intent)
    assert len(planned) == 1, planned
    assert wanted in planned[0], planned


@pytest.mark.parametrize(
    "intent", ["scale orders remover to 3", "restart frontend canary", "restart payments batch"]
)
def test_a_word_that_may_continue_a_name_stays_a_question(shop: Operator, intent: str) -> None:
    assert "follows it" in question_for(shop, intent)


def test_a_word_of_a_key_the_workload_reads_is_no_name_part(shop: Operator) -> None:
    # orders-config has BATCH_SIZE: "orders batch" is that key, not an object orders-batch.
    question = question_for(shop, "orders batch size: make it bigger")
    assert "follows it" not in question


def test_inflections_chat_words_are_plain_but_name_parts_are_not() -> None:
    for word in ("exposes", "using", "talks", "serves", "bc", "rn", "fyi", "once"):
        assert followers.plain_word(word), word
    for word in ("remover", "reports", "batch", "canary", "consumer", "exporter"):
        assert not followers.plain_word(word), word


# ------------------------------------------------- the container of a multi-container pod
@pytest.mark.parametrize(
    ("intent", "container", "value"),
    [
        (
            "orders: set the app container image to ghcr.io/acme/orders:1.1.0, envoy stays",
            "app",
            "ghcr.io/acme/orders:1.1.0",
        ),
        (
            "update the envoy container of orders to v1.32.0 but leave the app container alone",
            "envoy",
            "envoyproxy/envoy:v1.32.0",
        ),
        ("orders: envoy memory limit 256Mi, the app container stays unchanged", "envoy", "256Mi"),
        ("the application container of orders needs a cpu limit of 1", "app", '"cpu": "1"'),
    ],
)
def test_the_container_named_and_not_kept(
    shop: Operator, intent: str, container: str, value: str
) -> None:
    planned, body = _plans(shop, intent)
    assert len(planned) == 1, planned
    assert value in body, body
    assert f'"name": "{container}"' in body or f"container {container} " in planned[0], body
    other = {"app": "envoy", "envoy": "app"}[container]
    assert f'"name": "{other}"' not in body, body


def test_two_containers_both_changed_or_both_kept_are_asked(shop: Operator) -> None:
    assert "which one" in question_for(shop, "orders: app and envoy memory limit 256Mi")
    assert "which one" in question_for(shop, "orders memory limit 256Mi, app and envoy stay")


# ------------------------------------------------- what the target's resolution uncovered
@pytest.mark.parametrize(
    "intent",
    ["hpa for the cache proxy, 1 to 3, cpu 65", "payments needs an hpa. min 2 max 5, cpu 75"],
)
def test_a_bare_number_after_cpu_in_an_hpa_is_its_target(shop: Operator, intent: str) -> None:
    planned, body = _plans(shop, intent)
    assert all("horizontalpodautoscaler" in p for p in planned), planned
    assert '"averageUtilization": 65' in body or '"averageUtilization": 75' in body, body
    assert "not a target utilisation" in question_for(shop, "hpa on payments, max 4, cpu 800")


def test_a_budget_that_keeps_pods_up_is_min_available(shop: Operator) -> None:
    _, body = _plans(shop, "a pdb for payments that keeps 1 pod up during drains")
    assert '"minAvailable": 1' in body, body


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("restart pg", "restart the pods of statefulset/postgres"),
        ("pg to 2 replicas", "scale statefulset/postgres to 2 replicas"),
        ("restart the postgresql statefulset", "restart the pods of statefulset/postgres"),
    ],
)
def test_a_well_known_short_name_of_what_runs(shop: Operator, intent: str, wanted: str) -> None:
    planned, _ = _plans(shop, intent)
    assert planned == [wanted], planned


@pytest.mark.parametrize(
    "intent",
    ["the cache proxy needs 1.0.2, roll it", "the cache proxy requires v1.0.2, roll it pls"],
)
def test_a_version_a_workload_needs_is_an_update(shop: Operator, intent: str) -> None:
    planned, _ = _plans(shop, intent)
    assert planned[0].startswith("set image of container proxy in deployment/cache"), planned
