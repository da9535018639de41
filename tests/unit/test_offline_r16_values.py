"""Round 16, helper values: numbers and values told as context are not the value asked.

A number belongs to what it is attached to (:func:`dotop_nb.planner.offline.numbers.attached`):
"the quarter-end 1099 batch" names a batch, "three people" and "a few hundred monthly users"
count people, "40k RPS" is a load met, "p99 300ms" a latency, "it's 4 pods" the count now; a
frequency word that qualifies a count ("30 daily visitors") is a rate told
(:func:`dotop_nb.planner.offline.durations.rates_blanked`); an "-ing" word or a made object's
word qualifying a noun keeps a clause a fact ("the order routing service falls behind every
evening"); a version after a comma with a verb of its own is the one being left; "QoS 1" of a
broker is no pod QoS class; "x265" is a codec, never a factor; a closed bracket of words after
a config value is its reason. A number that could be the order's still asks."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import durations, numbers, sizing
from dotop_nb.service import Operator
from tests.memory import asks, question_for

pytestmark = pytest.mark.timeout(300)


def _ops(shop: Operator, intent: str) -> list[str]:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status in ("proposed", "satisfied"), proposal.question
    return [o.summary() for o in proposal.operations]


# A count of replicas said beside numbers that belong to other things.
@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        # a number that names a noun in the singular
        ("payments 2 -> 5 replicas ahead of the quarter-end 1099 batch", "payments", 5),
        ("orders to 4 replicas for the 2024 step of the migration", "orders", 4),
        # irregular plurals count what they name
        ("frontend down to one replica, just three people use it", "frontend", 1),
        ("frontend down to 1 pod, only 5 women on the team look at it", "frontend", 1),
        # a number written with separators, then what it counts
        ("the import queue is 4,500 invoices deep, bump worker to 6", "worker", 6),
        # a load with a magnitude, a latency named by its noun or percentile
        ("frontend is dropping at 40k RPS with p99 300ms, go to 8 replicas", "frontend", 8),
        ("my-api is choking on 2M requests during sales, scale it to 6", "my-api", 6),
        ("orders times out at 50k qps with tmax 120ms, go to 5 replicas", "orders", 5),
        # the count now, said as a state; counts of people told with a rate
        ("scale frontend to 2, it's 4 pods for ~30 daily visitors", "frontend", 2),
        (
            "scale frontend to 2, they're 4 pods for a few hundred monthly active users",
            "frontend",
            2,
        ),
        ("scale frontend to 2, it's 4 pods for two hundred daily users", "frontend", 2),
        ("scale frontend to 3 for our 500 weekly users", "frontend", 3),
        # a habit told in a fact, whose subject is an "-ing" compound
        ("worker 1 -> 3, the report building job falls behind every night", "worker", 3),
        ("scale orders to 4, the order routing service falls behind every evening", "orders", 4),
    ],
)
def test_count_beside_context(shop: Operator, intent: str, target: str, replicas: int) -> None:
    assert _ops(shop, intent) == [f"scale deployment/{target} in shop to {replicas} replicas"]


# Still asked: a second count, a count after a condition, a change said to recur, a target per
# pod, a value of a field the plan sets.
@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 2 and 3 pods",
        "scale frontend to 2, 3 pods",
        "scale frontend to 2 and two hundred",
        "scale frontend to 2, if it's 4 pods keep it",
        "scale frontend to 2 daily",
        "scale frontend to 3 weekly",
        "restart orders nightly, it has 40 daily users",
        "restart frontend every hour, it serves 40 daily users",
        "scale orders to 4 every evening",
        "scale orders to 4, 1k rps per pod",
        "checkout chokes at 300k QPS with timeout 250ms, scale to 7 replicas",
    ],
)
def test_count_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A version after a comma with a verb of its own is the one being left.
@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("roll my-api back to 1.3.7, 1.4.0 breaks the bid floor", "ghcr.io/acme/my-api:1.3.7"),
        ("my-api back to 1.3.7, 1.4.0 loses QoS 1 acks", "ghcr.io/acme/my-api:1.3.7"),
        ("my-api back to 1.3.7, 1.4.0 keeps timing out", "ghcr.io/acme/my-api:1.3.7"),
        ("worker back to 0.8.7 because 0.9.0 drops QoS 2 messages", "ghcr.io/acme/worker:0.8.7"),
        (
            "worker: the broker drops QoS 2 messages, roll back to 0.8.7",
            "ghcr.io/acme/worker:0.8.7",
        ),
    ],
)
def test_version_left_is_context(shop: Operator, intent: str, image: str) -> None:
    (summary,) = _ops(shop, intent)
    assert summary.endswith(f"to {image}"), summary


@pytest.mark.parametrize(
    "intent",
    [
        "roll back my-api to 1.3.7, 1.4.0",
        "roll my-api to 1.3.7 and 1.4.0 please",
        "roll my-api back to 1.3.7, 1.4.0 or 1.2.0",
    ],
)
def test_two_versions_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_listed_versions_reader() -> None:
    from dotop_nb.planner.offline import frameworks  # noqa: PLC0415 - this test only

    for said in ("to 1.3.7, 1.4.0 drops bids", "to 2.0.1, 2.1.0 is broken"):
        assert not frameworks._LISTED.search(said), said
    for said in ("to 1.3.7, 1.4.0 images", "to 1.3.7, 1.4.0 plus a restart", "to 1.0.0, 1.1.0"):
        assert frameworks._LISTED.search(said), said


def test_broker_qos_is_no_pod_qos() -> None:
    for said in ("drops QoS 2 messages", "mqtt qos 1", "QoS level 0 only", "qos=1"):
        assert not sizing.GUARANTEED.search(said.lower()), said
    for said in ("give worker guaranteed qos", "qos class for worker", "worker qos please"):
        assert sizing.GUARANTEED.search(said), said


def test_pod_qos_still_asked(shop: Operator) -> None:
    assert "Guaranteed QoS" in question_for(shop, "give worker guaranteed QoS")


# A codec's name is no factor of a setting; a factor still asks.
def test_codec_is_no_factor(shop: Operator) -> None:
    (summary,) = _ops(shop, "worker needs 1 cpu and 1Gi memory limit for the x265 10-bit encodes")
    assert summary.startswith("patch deployment/worker")
    (summary,) = _ops(shop, "worker needs 1 cpu request for the x264 jobs")
    assert summary.startswith("patch deployment/worker")
    for intent in ("double the worker memory limit x2", "worker memory limit x 2"):
        assert "number said of a setting" in question_for(shop, intent)


# A closed bracket of words after a config value is why; a bracket that may be the value asks.
@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        ("set LOG_FORMAT=json on my-api (the SIEM only parses json)", "LOG_FORMAT", "json"),
        ("my-api: FEATURE_X=on (needed for the beta cohort).", "FEATURE_X", "on"),
        (
            "set TRACING=otel on my-api (requested by the platform team, ticket filed)",
            "TRACING",
            "otel",
        ),
    ],
)
def test_config_reason_in_brackets(shop: Operator, intent: str, key: str, value: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    body = " ".join(o.model_dump_json() for o in proposal.operations).replace("\\", "")
    assert key in body, body
    assert f'"{value}"' in body, body


@pytest.mark.parametrize(
    "intent",
    [
        "set GREETING=hello (world on my-api",
        "set GREETING=hello world (for the banner) on my-api",
        "set GREETING=hello (world) on my-api",
    ],
)
def test_config_value_that_goes_on_asked(shop: Operator, intent: str) -> None:
    assert "does it go on" in question_for(shop, intent)


# The readers themselves.
def test_numbers_attached_to_other_things() -> None:
    said = numbers.blank_context("4 pods for two hundred people, the 837 batch, tmax 80ms")
    assert "two hundred" not in said
    assert "837" not in said
    assert "80ms" not in said
    kept = numbers.blank_context("scale to 3 batches, 2 steps at a time, timeout 80ms")
    assert "3" in kept
    assert "80ms" in kept


def test_rates_told() -> None:
    assert "daily" not in durations.rates_blanked("it's 3 pods for ~40 daily users")
    assert "monthly" not in durations.rates_blanked("2M monthly active users")
    assert "daily" in durations.rates_blanked("restart it daily")
    assert "nightly" in durations.rates_blanked("nightly restarts of worker")
