"""Round 28, helper gap30: blind30's misses, grouped into the ways of saying them.

The shapes: (1) the way back said with its time beside an order said with no verb
("LOG_LEVEL=warn on my-api, back to info tomorrow", "my-api to 4, back to 2 tomorrow"): the
plan waited for the way back's time as its start and kept the change; (2) a period said with
"only" closing the request ("… to 4 weekends only", "for the match days only"): a change said
to end, planned for good. Each is asked; the nearest plain orders still plan. Then clear orders
that asked (3..14): a verb typed with a slip before a description, a count in a word, a Turkish
speaker's order of words, "a KEY=50 env on …", "is giving error", "both" and "anymore", an
object's capitals ("HPA … from 1 to 4"), what happened or the load beside the order, a deadline
of an occasion at a clock time, numbered steps with ";", "add a 500m CPU limit" and going back
to "redis:6.2". Each plans with its values; the nearest still ask."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


# (1) The way back with its time, beside an order said with no verb: asked, naming the way back.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        (
            "LOG_LEVEL=warn on the timing api (my-api) for race day, back to info tomorrow",
            "back to info tomorrow",
        ),
        ("LOG_LEVEL=warn on my-api, back to info tomorrow", "back to info tomorrow"),
        ("LOG_LEVEL=debug for worker, back to info at 6pm", "back to info at 6pm"),
        ("worker LOG_LEVEL=debug, info again tomorrow", "info again tomorrow"),
    ],
)
def test_a_way_back_beside_a_verbless_order_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(said) in question
    assert "Nothing here reverts a change on a timer" in question


@pytest.mark.parametrize(
    "intent",
    [
        "my-api to 4, back to 2 tomorrow",
        "worker -> 3, back to 1 on monday",
        "set LOG_LEVEL=warn on my-api, back to info tomorrow",
    ],
)
def test_a_verbless_change_and_its_way_back_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("LOG_LEVEL=debug on worker", "patch deployment/worker in shop (strategic)", ""),
        (
            "scale worker back to 3 at 6am",
            "scale deployment/worker in shop to 3 replicas",
            "at 6am",
        ),
        (
            "set worker LOG_LEVEL=debug at 6pm",
            "patch deployment/worker in shop (strategic)",
            "at 6pm",
        ),
        (
            "LOG_LEVEL=warn on my-api tomorrow",
            "patch configmap/my-api-config in shop (merge)",
            "tomorrow",
        ),
        # (11) a deadline at a clock time of an occasion with an audience, shown as said
        (
            "matching API (my-api) -> 6 pods before the 19:00 Cupid push",
            "scale deployment/my-api in shop to 6 replicas",
            "before the 19:00 Cupid push",
        ),
    ],
)
def test_a_change_said_with_its_start_still_plans(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    summaries, waited = summaries_and_awaits(op, intent)
    assert summaries == [summary]
    assert waited == awaits


# (2) A period said with "only", closing the request: asked as a change that ends.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        (
            "Please scale the permits API (my-api) to 4 for the Christmas market park-and-ride "
            "weekends only.",
            "weekends only",
        ),
        ("scale my-api to 4 weekends only", "weekends only"),
        (
            "scale checkout to 6 for the double discount day only",
            "for the double discount day only",
        ),
        ("scale payments to 4 for peak days only", "for peak days only"),
        ("cpu limit of payments to 1 for race nights only", "for race nights only"),
    ],
)
def test_a_period_said_with_only_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(said) in question
    assert "permanently now" in question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "loyalty redis (cache statefulset) to 2 for the double points weekend",
            "scale statefulset/cache in shop to 2 replicas",
        ),
        (
            "scale checkout to 6 for the double discount day",
            "scale deployment/checkout in shop to 6 replicas",
        ),
        (
            "Please scale the permits API (my-api) to 4 for the Christmas market park-and-ride "
            "weekends.",
            "scale deployment/my-api in shop to 4 replicas",
        ),
        ("scale my-api to 4 for the sale", "scale deployment/my-api in shop to 4 replicas"),
    ],
)
def test_an_occasion_without_only_still_plans(op: Operator, intent: str, summary: str) -> None:
    summaries, waited = summaries_and_awaits(op, intent)
    assert summaries == [summary]
    assert waited == ""


# (3..11) Clear orders that asked: each plans, with its exact values.
@pytest.mark.parametrize(
    ("intent", "summary", "values"),
    [
        # (3) a verb typed with a slip before a workload's description; a count in a word
        (
            "restrat chip-read worker (worker), it stopped reading the 10k mat",
            "restart the pods of deployment/worker in shop",
            [],
        ),
        ("restrat the tally worker (worker)", "restart the pods of deployment/worker in shop", []),
        ("chip-read worker (worker) to three", "scale deployment/worker in shop to 3 replicas", []),
        ("payments to five, it is slow", "scale deployment/payments in shop to 5 replicas", []),
        # (4) a Turkish speaker's order of words
        (
            "in payments-config PROVIDER change to iyzico please",
            "patch configmap/payments-config in shop (merge)",
            ['"PROVIDER": "iyzico"'],
        ),
        (
            "FEATURE_X make on for my-api",
            "patch configmap/my-api-config in shop (merge)",
            ['"FEATURE_X": "on"'],
        ),
        (
            "payments PROVIDER change to adyen",
            "patch configmap/payments-config in shop (merge)",
            ['"PROVIDER": "adyen"'],
        ),
        (
            "Kolay gelsin, please make the web shop (frontend) 6 piece, campaign is starting",
            "scale deployment/frontend in shop to 6 replicas",
            [],
        ),
        ("make worker 3 piece", "scale deployment/worker in shop to 3 replicas", []),
        (
            "give to orders app container cpu limit 1 core, envoy not touch",
            "patch deployment/orders in shop (strategic)",
            ['"name": "app"', '"limits": {"cpu": "1"}'],
        ),
        (
            "basket checkout (checkout) new version is giving error, return it to old version",
            "roll deployment/checkout in shop back to revision 1",
            [],
        ),
        (
            "return checkout to old version",
            "roll deployment/checkout in shop back to revision 1",
            [],
        ),
        (
            "is it ok if I change BATCH_SIZE in orders-config to 20? I'd like to try it",
            "patch configmap/orders-config in shop (merge)",
            ['"BATCH_SIZE": "20"'],
        ),
        # (5) what the pair is, said after it
        (
            "put a MAX_DAILY_LIKES=50 env on the push worker (worker)",
            "patch deployment/worker in shop (strategic)",
            ['"MAX_DAILY_LIKES"', '"50"'],
        ),
        (
            "put a MAX_DAILY_LIKES=50 env var on worker",
            "patch deployment/worker in shop (strategic)",
            ['"MAX_DAILY_LIKES"', '"50"'],
        ),
        # (6) a symptom said with "giving"
        (
            "checkout new version is giving 500s, roll it back",
            "roll deployment/checkout in shop back to revision 1",
            [],
        ),
        # (7) "both" closing a list, "anymore" after a name
        (
            "restart my-api and worker both",
            "restart the pods of deployment/my-api in shop; "
            "restart the pods of deployment/worker in shop",
            [],
        ),
        ("we are not using worker anymore, delete it", "delete deployment/worker in shop", []),
        # (8) an object's capitals are no key
        (
            "I want HPA for worker from 1 to 4",
            "patch deployment/worker in shop (strategic); "
            "apply horizontalpodautoscaler/worker in shop",
            ['"maxReplicas": 4'],
        ),
        # (10) what happened, and the load, said beside the order
        (
            "fare payments (payments) memory limit 256Mi -> 512Mi, OOMKilled twice during the "
            "refund run",
            "patch deployment/payments in shop (strategic)",
            ['"limits": {"memory": "512Mi"}'],
        ),
        (
            "payments memory limit to 512Mi, it crashed during the batch",
            "patch deployment/payments in shop (strategic)",
            ['"memory": "512Mi"'],
        ),
        (
            "booking API (my-api) to 5 pods please, rebooking traffic is 4x normal",
            "scale deployment/my-api in shop to 5 replicas",
            [],
        ),
        # (12) numbered steps with their own separators; (13) a field added with its
        # article; (14) going back to an image said with its name
        (
            "PK-4436: 1) restart the map cache proxy (Deployment/cache); 2) restart the "
            "bay-occupancy redis (StatefulSet/cache).",
            "restart the pods of deployment/cache in shop; "
            "restart the pods of statefulset/cache in shop",
            [],
        ),
        (
            "1) restart frontend; 2) restart worker",
            "restart the pods of deployment/frontend in shop; "
            "restart the pods of deployment/worker in shop",
            [],
        ),
        (
            "Raise the pay-to-park site (frontend) CPU request from 100m to 200m and add a 500m "
            "CPU limit.",
            "patch deployment/frontend in shop (strategic)",
            ['"requests": {"cpu": "200m"}', '"limits": {"cpu": "500m"}'],
        ),
        (
            "add a 256Mi memory request to worker",
            "patch deployment/worker in shop (strategic)",
            ['"requests": {"memory": "256Mi"}'],
        ),
        (
            "Revert the bay-occupancy redis (the cache StatefulSet) to redis:6.2.",
            "set image of container redis in statefulset/cache in shop to redis:6.2",
            [],
        ),
        # (15) a role noun closing a workload's description ("the web app"), never what
        # another workload runs (orders' container "app")
        (
            "stop anything except the web app (frontend) from reaching the matching API (my-api)",
            "apply networkpolicy/my-api-allow-from-frontend in shop",
            ['"frontend"', '"my-api"'],
        ),
        (
            "scale the web app (frontend) to 4",
            "scale deployment/frontend in shop to 4 replicas",
            [],
        ),
    ],
)
def test_a_clear_order_plans(op: Operator, intent: str, summary: str, values: list[str]) -> None:
    proposal, body = plans(op, intent)
    assert "; ".join(o.summary() for o in proposal.operations) == summary
    for value in values:
        assert value in body
    assert '"name": "envoy"' not in body


# The nearest that must still ask.
@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 4 before the 02:00 run",
        "payments memory limit to 512Mi during the batch",
        "my-api x4",
        "worker to three?",
        "bob is restarting worker later",
        "add a GREETING=hello world variable to worker",
        "PDB for worker from 1 to 2",
        "1) set image of my-api to ghcr.io/acme/my-api:1; 2) restart worker",
        "add 500m to the cpu limit of frontend",
        "back out the upgrade of statefulset/cache to redis:7.2",
        "scale the orders app (frontend) to 4",
    ],
)
def test_the_nearest_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)
