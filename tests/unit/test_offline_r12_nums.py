"""Round 12, helper nums: how a number and the workload it counts are found — "another two
pods" adds, a Heroku dyno is a pod, "N times since monday" and "experiment 2" are context, a
workload's name said as a queue's ("the orders queue") names the queue."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import emoji, nouns, numbers
from dotop_nb.service import Operator


def _summaries(shop: Operator, text: str) -> tuple[str, list[str]]:
    plan = shop.analyze(text, namespace="shop")
    return plan.status, [o.summary() for o in plan.operations]


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        # payments runs 2, worker 1, frontend 3, checkout 2.
        ("payments could do with another two pods", "scale deployment/payments in shop to 4"),
        ("give worker another 3 replicas", "scale deployment/worker in shop to 4"),
        ("frontend needs an extra 2 pods for the sale", "scale deployment/frontend in shop to 5"),
        ("add a further two instances to checkout", "scale deployment/checkout in shop to 4"),
        ("scale checkout down to a single dyno", "scale deployment/checkout in shop to 1"),
        ("run orders on 3 dynos", "scale deployment/orders in shop to 3"),
        ("give frontend two more dynos", "scale deployment/frontend in shop to 5"),
        ("drill 3: scale payments to 1", "scale deployment/payments in shop to 1"),
        ("round 2 of the game day: orders to 4 replicas", "scale deployment/orders in shop to 4"),
        (
            "scale worker to 0 for the drill",
            "scale deployment/worker in shop to 0",
        ),
        (
            "scale worker to 3, the orders queue is backing up",
            "scale deployment/worker in shop to 3",
        ),
        (
            "experiment 2, blast radius worker only: scale worker to zero and we watch the "
            "orders queue",
            "scale deployment/worker in shop to 0",
        ),
    ],
)
def test_count_is_read_as_said(shop: Operator, said: str, summary: str) -> None:
    status, ops = _summaries(shop, said)
    assert status == "proposed", (said, status, ops)
    assert len(ops) == 1, ops
    assert ops[0].startswith(summary + " replica"), ops


@pytest.mark.parametrize(
    "said",
    [
        "payments pods are over their memory quota (R14, 40 times since monday), raise the "
        "memory limit to 384Mi",
        "worker got OOMKilled 12 times overnight, raise the memory limit to 512Mi",
        "give each my-api dyno 1GB of memory, like a standard-2x",
    ],
)
def test_frequency_or_dyno_size_is_no_scale(shop: Operator, said: str) -> None:
    status, ops = _summaries(shop, said)
    assert status == "proposed", (said, status, ops)
    assert ops, said
    assert all(o.startswith("patch deployment/") for o in ops), ops


@pytest.mark.parametrize(
    "said",
    [
        # Near misses that must still ask.
        "give payments another 2",
        "scale the orders queue, worker to 3",
        "delete worker, the orders queue is empty",
        "scenario 5 - worker to 2",
    ],
)
def test_near_misses_ask(shop: Operator, said: str) -> None:
    status, ops = _summaries(shop, said)
    assert status == "needs_clarification", (said, status, ops)


def test_frequency_blanked_but_factor_kept() -> None:
    assert "40" not in numbers.blank_factors_told("R14, 40 times since monday")
    assert "twelve" not in numbers.blank_factors_told("OOMKilled twelve times a day")
    assert "3" in numbers.blank_factors_told("scale payments 3 times")


def test_queue_names_another() -> None:
    assert nouns.names_another("orders", "autoscale worker on the orders queue length")
    assert not nouns.names_another("orders", "scale orders to 3, the orders queue is huge")
    assert not nouns.names_another("orders", "delete worker, the orders queue is empty")


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        ("pop frontend up to 5", "scale deployment/frontend in shop to 5 replicas"),
        ("crank worker up to 4 for the sale", "scale deployment/worker in shop to 4 replicas"),
        (
            "drop orders to one pod for the experiment",
            "scale deployment/orders in shop to 1 replicas",
        ),
        (
            "one more orders pod please, the db pool is saturated (50/50 busy)",
            "scale deployment/orders in shop to 3 replicas",
        ),
        ("can the worker go to three?", "scale deployment/worker in shop to 3 replicas"),
        ("the queue is long, can worker go to 5?", "scale deployment/worker in shop to 5 replicas"),
        (
            "all good if not, but could payments run 3 pods?",
            "scale deployment/payments in shop to 3 replicas",
        ),
        ("i think payments needs 3 replicas?", "scale deployment/payments in shop to 3 replicas"),
        (
            "we had 6 frontend pods at the sale, run that many again",
            "scale deployment/frontend in shop to 6 replicas",
        ),
        (
            "we ran 4 worker dynos on heroku, give the worker the same here",
            "scale deployment/worker in shop to 4 replicas",
        ),
        (
            "stick one on checkout: hpa 2 to 5 at 70% cpu",
            "apply horizontalpodautoscaler/checkout in shop",
        ),
        (
            "payments could do with another two pods :muscle:",
            "scale deployment/payments in shop to 4 replicas",
        ),
        (
            "my-api is a bit starved, could it get a 250m cpu request? ta",
            "patch deployment/my-api in shop (strategic)",
        ),
        (
            "I think frontend needs 200m of cpu requested instead of 100m?",
            "patch deployment/frontend in shop (strategic)",
        ),
        (
            "worker hasn't got any requests or limits :scream: give it 100m / 128Mi requests "
            "and a 256Mi memory limit",
            "patch deployment/worker in shop (strategic)",
        ),
        (
            "the heap of payments is at 90%, raise its memory limit to 768Mi",
            "patch deployment/payments in shop (strategic)",
        ),
    ],
)
def test_request_read_as_said(shop: Operator, said: str, summary: str) -> None:
    status, ops = _summaries(shop, said)
    assert status == "proposed", (said, status, ops)
    assert ops == [summary]


@pytest.mark.parametrize(
    "said",
    [
        "could payments go to 0 without breaking checkout?",
        "could it get OOMKilled again?",
        "would worker go to 5 under load?",
        "payments is slow, would it go to 5?",
        "I think we should scale payments to 4?",
        "payments needs 3 replicas?",
        "scale payments to 4?",
        "we ran 4 worker pods on heroku, give the worker the same as payments",
        "orders had 5 pods last year and 2 now, give it the same",
        "payments disk is full, raise the limit to 1Gi",
        "payments heap is too small, give it 512Mi",
        "raise the payments heap to 512Mi",
        "give worker 100m or 200m cpu",
        "drop worker to 1 replica and delete its config",
    ],
)
def test_near_misses_still_ask(shop: Operator, said: str) -> None:
    status, ops = _summaries(shop, said)
    assert status == "needs_clarification", (said, status, ops)


def test_emoji_is_punctuation() -> None:
    assert emoji.said("worker has no limits :scream: give it 128Mi") == (
        "worker has no limits. give it 128Mi"
    )
    assert emoji.said("scale payments to 3 :muscle:") == "scale payments to 3"
    assert emoji.said("set image redis:7 on cache") == "set image redis:7 on cache"
    assert emoji.said("at 14:00:00 restart it") == "at 14:00:00 restart it"


def test_same_count_needs_one_pod_count() -> None:
    assert numbers.same_count("we ran 4 worker pods, give the worker the same") == 4
    assert numbers.same_count("we ran 4 worker pods, give it the same as payments") is None
    assert numbers.same_count("5 pods then 2 pods, give it the same") is None


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "frontend needs 2 more instances, it's at 90% cpu",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        (
            "scale orders to 4, they're running at 85% cpu",
            "scale deployment/orders in shop to 4 replicas",
        ),
    ],
)
def test_state_after_comma_measures(shop: Operator, said: str, summary: str) -> None:
    status, ops = _summaries(shop, said)
    assert status == "proposed", (said, status, ops)
    assert ops == [summary]


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        ("any chance worker could go to 2?", "scale deployment/worker in shop to 2 replicas"),
        ("worker should get 3 pods", "scale deployment/worker in shop to 3 replicas"),
        ("worker should get 3 more pods", "scale deployment/worker in shop to 4 replicas"),
        ("payments could gain 2 pods", "scale deployment/payments in shop to 4 replicas"),
        ("frontend could lose 1 pod", "scale deployment/frontend in shop to 2 replicas"),
    ],
)
def test_get_gain_lose_counts(shop: Operator, said: str, summary: str) -> None:
    status, ops = _summaries(shop, said)
    assert status == "proposed", (said, status, ops)
    assert ops == [summary]


def test_shed_with_name_between_is_relative(shop: Operator) -> None:
    # payments runs 2: shedding two leaves none, which is asked — never "to 2".
    status, ops = _summaries(shop, "shed two payments pods")
    assert status == "needs_clarification", ops


def test_range_in_words_is_one_action(shop: Operator) -> None:
    status, ops = _summaries(shop, "autoscale worker between two and five pods on cpu 70")
    assert status == "proposed", ops
    assert "apply horizontalpodautoscaler/worker in shop" in ops


@pytest.mark.parametrize(
    "said",
    [
        "\u2610 drop orders",
        "\u274c delete worker",
        ":x: delete worker",
        "\U0001f645 delete worker",
        "restart orders \U0001f602",
        "restart orders :joy:",
    ],
)
def test_emoji_that_says_something_stays(said: str) -> None:
    assert emoji.said(said) == said
