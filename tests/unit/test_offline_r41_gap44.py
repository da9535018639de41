"""Round 41, helper gap44: blind43's and blind44's remaining misses, as shapes.

- A workload said as the topic after "on" / "for" / "in", then the removal of one of its env
  vars ("on the altiplano site (frontend) remove the FEATURE_FLAG env"): the removal is the
  config change, never a delete of something else.
- A count said in French, German, Spanish, Portuguese or Italian right before "pods" /
  "replicas" ("the curing worker (worker) needs deux pods, voilà"): its English count.
- A word calling the reader or an end particle closing a verbless rollback or update ("alpaca
  payments (payments) back to 2.9.8 ya"), and a word urging the reader on, "come on", "let's go"
  in the tongues people write here ("restart the Satispay payments (payments) amunì", "…,
  vamos", "… hajde"): the sentence going on.
- "no delete of pods" / "no pods deleted" beside a restart: "don't delete pods", a prohibition
  the restart does not break ("restart worker, no rollout" still names what the plan does).
- A negative number in a reason after a restart's own clause ("…, it hangs since the -40
  morning"): the reason's temperature, not a sign dropped from the plan.
- A one-off backup "now", kept for a while, before an occasion by its own name ("… now and
  keep it 30 days, before Tsagaan Sar"): made now, the deadline met.
Each shape keeps its traps asked: a question mark, hearsay, a negation of the order, a person
addressed, a number or a change inside the deadline, a negative number in the order.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _planned(op: Operator, intent: str, summary: str, *values: str) -> None:
    proposal, body = plans(op, intent)
    said = [o.summary() for o in proposal.operations]
    assert any(summary in s for s in said), said
    assert len(said) == 1, said
    for value in values:
        assert value in body, (value, body[:400])


_ENV_OFF = "frontend"


# (1) The topic after "on" / "for" / "in", then an env var removed from it.
@pytest.mark.parametrize(
    "intent",
    [
        "on the altiplano site (frontend) remove the FEATURE_FLAG env",
        "on frontend remove the FEATURE_FLAG env",
        "on frontend, remove the FEATURE_FLAG env var",
        "in the tea site (frontend) take out the FEATURE_FLAG env var",
        "for the lamp site (frontend) drop the env FEATURE_FLAG",
        "on the shop site (frontend) delete the FEATURE_FLAG env",
        "on frontend remove FEATURE_FLAG env please",
    ],
)
def test_a_topic_after_on_then_an_env_removed(op: Operator, intent: str) -> None:
    _planned(op, intent, "deployment/frontend", '"FEATURE_FLAG"', '"$patch": "delete"')


@pytest.mark.parametrize(
    "intent",
    [
        "on friday remove the FEATURE_FLAG env from frontend",
        "on frontend remove the FEATURE_FLAG env?",
        "on frontend remove the deployment",
        "on the lamp site (frontend) remove it",
        "on frontend remove the FEATURE_FLAG env and delete worker",
        "on frontend remove FEATURE_FLAG, then delete payments",
        "Ana says on frontend remove the FEATURE_FLAG env",
        "on frontend don't remove the FEATURE_FLAG env",
    ],
)
def test_a_topic_after_on_traps_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) A count word of another tongue before what it counts.
@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("the curing worker (worker) needs deux pods, voilà", 2),
        ("the route worker (worker) needs trois pods", 3),
        ("scale worker to vier replicas", 4),
        ("worker zwei pods bitte", 2),
        ("scale the juice worker (worker) to cuatro replicas", 4),
        ("the press worker (worker) needs cinco pods", 5),
        ("worker needs quattro instances, grazie", 4),
        ("scale payments to drei replicas", 3),
        ("scale the grower payments (payments) to quatro pods", 4),
    ],
)
def test_a_count_word_abroad_before_pods(op: Operator, intent: str, count: int) -> None:
    proposal, _ = plans(op, intent)
    assert [getattr(o, "replicas", None) for o in proposal.operations] == [count]


@pytest.mark.parametrize(
    "intent",
    [
        "the lamp site (frontend) needs trois pods, no?",
        "the curing worker (worker) needs deux pods?",
        "don't give worker deux pods",
        "worker needs deux",
        "the curing worker (worker) needs deux pods, not now",
        "the curing worker (worker) needs deux pods till Monday",
        "the curing worker (worker) needs deux or trois pods",
    ],
)
def test_a_count_word_abroad_traps_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) A tag closing a verbless rollback, and words urging the reader on.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("alpaca payments (payments) back to 2.9.8 ya", "payments:2.9.8"),
        ("payments back to 2.9.8 bro", "payments:2.9.8"),
        ("the boat payments (payments) back to 2.9.8 habibi", "payments:2.9.8"),
        ("payments back to 2.9.8 yaar.", "payments:2.9.8"),
        ("the cache proxy 1.0.2 habibi", "cache-proxy:1.0.2"),
        (
            "restart the Satispay payments (payments) amunì",
            "restart the pods of deployment/payments",
        ),
        ("restart frontend, hajde", "restart the pods of deployment/frontend"),
        ("restart the wool API (my-api) allez", "restart the pods of deployment/my-api"),
        ("restart worker, vamos", "restart the pods of deployment/worker"),
        ("update my-api to 1.5.0 chalo", "my-api:1.5.0"),
        ("rollout restart checkout andiamo", "restart the pods of deployment/checkout"),
    ],
)
def test_a_closing_tag_or_urging_word(op: Operator, intent: str, summary: str) -> None:
    _planned(op, intent, summary)


@pytest.mark.parametrize(
    "intent",
    [
        "payments back to 2.9.8 ya?",
        "payments back to 2.9.8 ne",
        "payments back to 2.9.8 ya no",
        "restart frontend amunì?",
        "restart frontend, Dale",
        "delete worker amunì",
        "don't restart frontend, vamos",
        "Ana says restart frontend, vamos",
        "restart payments amunì, nein",
    ],
)
def test_a_closing_tag_traps_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) "no delete of pods" beside a restart.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("rollout restart Kaspi payments (payments) pls, no delete of pods", "payments"),
        ("rolling restart of the invoice proxy (the cache Deployment), no delete of pods", "cache"),
        ("restart worker, no deleting pods", "worker"),
        ("restart worker, no pods deleted", "worker"),
        ("restart worker, no deletion of the pods please", "worker"),
        ("rollout restart my-api, no deletes of pods", "my-api"),
        ("restart the wool API (my-api) no delete of pods", "my-api"),
    ],
)
def test_no_delete_of_pods_beside_a_restart(op: Operator, intent: str, name: str) -> None:
    _planned(op, intent, f"restart the pods of deployment/{name}")


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, no rollout",
        "delete worker, no delete of pods",
        "restart worker, no delete of pods?",
        "Ana says restart worker, no delete of pods",
        "no delete of pods",
        "restart worker, no delete of pods but delete orders",
        "rollout restart payments, no restart of pods",
        "set PRINT_MODE=fast on worker, no delete of orders",
    ],
)
def test_no_delete_of_pods_traps_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A negative number in a reason after a restart.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("restart the sorting worker (worker) please, it hangs since the -40 morning", "worker"),
        ("restart worker, it is -40 outside", "worker"),
        ("bounce the yak API (my-api), it froze at -35 last night", "my-api"),
        ("restart payments, because it was -30 and the card readers died", "payments"),
        ("rollout restart frontend, the kiosk hangs since the -25 night", "frontend"),
    ],
)
def test_a_negative_number_in_a_reason(op: Operator, intent: str, name: str) -> None:
    _planned(op, intent, f"restart the pods of deployment/{name}")


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker -40",
        "restart worker with -1 replicas",
        "restart worker, it should be -2",
        "scale worker to -40",
        "restart worker, minAvailable -1",
        "restart worker, it is -40 outside?",
        "don't restart worker, it is -40 outside",
        "Ana says restart worker, it's -40",
    ],
)
def test_a_negative_number_in_the_order_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) A one-off backup now, kept a while, before an occasion by its own name.
@pytest.mark.parametrize(
    ("intent", "ttl"),
    [
        (
            "make a velero backup of the whole namespace now and keep it 30 days, before "
            "Tsagaan Sar",
            '"720h',
        ),
        ("velero backup of the namespace now, keep 14 days, before Nauryz", '"336h'),
        ("velero backup of the namespace now and keep it 7 days, before Diwali", '"168h'),
        ("velero backup of the namespace right now and keep it 30 days, before Losar", '"720h'),
    ],
)
def test_a_backup_now_kept_before_an_occasion(op: Operator, intent: str, ttl: str) -> None:
    _planned(op, intent, "backup", '"includedNamespaces"', ttl)


@pytest.mark.parametrize(
    "intent",
    [
        "velero backup of the namespace now and keep it 30 days, before Ana says so",
        "velero backup of the namespace now and keep it 30 days, before Christmas unless it snows",
        "velero backup of the namespace now and keep it 30 days, before 3 pods die",
        "velero backup of the namespace now and keep it 30 days, before we scale payments to 2",
        "Bat says make a velero backup of the namespace now and keep it 30 days, before Tsagaan "
        "Sar",
        "make a velero backup of the whole namespace now and keep it 30 days, before Tsagaan Sar?",
    ],
)
def test_a_backup_kept_before_an_occasion_traps_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)
