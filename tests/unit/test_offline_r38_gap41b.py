"""Round 38, helper gap41b: blind41's misses in its Romanian, Texan, Icelandic and Maltese
voices, as shapes.

- A word with its final g dropped ("freezin'", "loggin'", "movin'", "deletin'") and "'em" are
  speech, read as the word with its g and "them" (:func:`dotop_nb.planner.offline.tongues.
  dialects`) — never an unclosed quote; a quoted value keeps its words, and an unclosed quote
  around a value is still asked.
- "don't go deleting nothing": "don't go Ving" is "don't V", and the double negative of speech
  is "anything" (:mod:`.constraints`).
- "bump frontend up to 5, the crew's all logging in at once": users arriving at once are a
  load, so the number is replicas (:mod:`.workloads`).
- "holler at me if …", "text me when …": an alert (:mod:`.alerts`).
- "KEDA ScaledObject for frontend, 3 to 12 on cpu 70": the autoscaler's bounds and target, never
  a cpu request going from 3 to 12 (:mod:`.compound`).
- "… now, keep 72h, there is a storm warning tonight": why now, never a wait (:mod:`.guard`).
- "Is possible to put worker on two pods?": the learner's "is it possible to" (:mod:`.polite`).
- "Set FEATURE_X on in my-api-config" (:mod:`.calques`), "flip FEATURE_FLAG on the frontend to
  stable" (:mod:`.text`), "take FEATURE_X out of my-api-config" (:mod:`.config`), "add
  TIMEZONE=Europe/Malta as env on payments" (:mod:`.envs`), "…, ekkert mál if it restarts"
  (:mod:`.constraints`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


def _restart(name: str) -> list[str]:
    return [f"restart the pods of deployment/{name} in shop"]


def _scale(name: str, n: int) -> list[str]:
    return [f"scale deployment/{name} in shop to {n} replicas"]


# (1) Dropped g's and 'em: speech, never quotes.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("Double the tank-sensor worker (worker), that norther's got every tank freezin'", 2),
        ("double worker, the queue's been pilin' up all mornin'", 2),
        ("Double worker, folks are waitin'", 2),
        ("scale worker to 3, we're fallin' behind", 3),
        ("scale worker to 4, the herd's comin' in and the hands are workin' late", 4),
    ],
)
def test_dropped_g_is_no_quote_in_a_scale(op: Operator, intent: str, expected: int) -> None:
    assert summaries(op, intent) == _scale("worker", expected)


@pytest.mark.parametrize(
    "intent",
    [
        "Kick the tank-sensor worker (worker) pods, I mean a rollin' restart, don't go deletin' "
        "nothin'",
        "restart worker, a rollin' one, don't go deletin' anything",
        "Kick the worker pods, I mean a rolling restart, don't go deleting anything",
        "restart worker, don't go scalin' nothin'",
        "restart worker, don't go deleting frontend",
    ],
)
def test_dont_go_ving_nothing_is_a_prohibition(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == _restart("worker")


def test_dropped_g_in_a_delete_and_a_schedule(op: Operator) -> None:
    _, body = plans(
        op,
        "Get rid of the Deployment hay payments (payments), its Service and payments-config, "
        "we're movin' to the co-op's system",
    )
    for name in ('"Deployment"', '"Service"', '"ConfigMap"', "payments-config"):
        assert name in body
    _, body = plans(
        op, "Velero schedule for the shop namespace, every night at 01:00, keep 'em 7 days"
    )
    assert "168h" in body
    assert "0 1 * * *" in body
    proposal, _ = plans(
        op,
        "After 19:00, when Uncle Boyd's done feedin', scale the hay payments (payments) down to 1",
    )
    assert "19:00" in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        # An unclosed quote around a value is still asked.
        "set GREETING to 'good mornin on frontend",
        "set GREETING='howdy on frontend, we're freezin'",
        # A value right after its "to" keeps its apostrophe: asked, never "nothing".
        "set LOG_LEVEL to nothin' on my-api",
    ],
)
def test_quotes_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_quoted_value_keeps_its_dropped_g(op: Operator) -> None:
    _, body = plans(op, "set GREETING='mornin' on frontend, the crew's freezin'")
    assert "mornin" in body
    assert "morning" not in body


# (2) Users arriving at once are a load: the number is replicas.
@pytest.mark.parametrize(
    ("intent", "n"),
    [
        (
            "Howdy. Bump the ranch dashboard (frontend) up to 5, the brandin' crew's all "
            "loggin' in at once",
            5,
        ),
        ("bump frontend to 4, everyone is logging in at once", 4),
        ("bump frontend to 4, customers are all signing in at once", 4),
        ("bump frontend to 4, the whole team's logging in at once", 4),
    ],
)
def test_a_rush_of_users_is_a_load(op: Operator, intent: str, n: int) -> None:
    assert summaries(op, intent) == _scale("frontend", n)


@pytest.mark.parametrize(
    "intent", ["bump frontend to 4", "bump frontend to 4, the team is deploying at once"]
)
def test_a_bare_bump_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) Alerts said in speech.
@pytest.mark.parametrize(
    "intent",
    [
        "Holler at me if the hay payments (payments) throws 5xx more than 1% for 5 minutes",
        "text me when payments has fewer than 2 ready pods for 5 minutes",
        "shout at us if worker restarts more than 3 times in 10 minutes",
        "holler if payments throws 5xx more than 1% for 5 minutes",
    ],
)
def test_holler_is_an_alert(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert "PrometheusRule" in body


# (4) An autoscaler's bounds and target in one clause.
@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("KEDA ScaledObject for the booking page (frontend), 3 to 12 on cpu 70", "ScaledObject"),
        ("hpa for frontend, 3 to 12 on cpu 70", "HorizontalPodAutoscaler"),
        ("autoscale frontend, 3 to 12 on cpu 70", "HorizontalPodAutoscaler"),
        ("autoscale frontend, 3 to 12 on memory 80", "HorizontalPodAutoscaler"),
        ("keda for frontend, 3 to 12 at cpu 70%", "ScaledObject"),
    ],
)
def test_bounds_and_target_clause(op: Operator, intent: str, kind: str) -> None:
    _, body = plans(op, intent)
    assert kind in body
    assert "12" in body
    assert '"resources"' not in body


# (5) "there is … tonight" after an order for now.
def test_context_tonight_beside_now(op: Operator) -> None:
    proposal, body = plans(
        op, "Velero backup of the shop namespace now, keep 72h, there is a storm warning tonight"
    )
    assert "72h" in body
    assert not proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        # Without "now", "tonight" may be when: asked as before.
        "Velero backup of the shop namespace, keep 72h, there is a storm warning tonight",
        "restart worker now, there is a window if it rains tonight",
    ],
)
def test_tonight_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) "Is possible to …": a polite request.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Is possible to put the label worker (worker) on two pods? One is not enough",
            _scale("worker", 2),
        ),
        ("Is possible to scale worker to 2?", _scale("worker", 2)),
        ("Is possible to restart payments please?", _restart("payments")),
    ],
)
def test_is_possible_to(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "Is possible that worker has two pods?",
        "is possible to know which image my-api runs?",
        "is possible to delete worker?",
    ],
)
def test_is_possible_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) Config said in speech.
@pytest.mark.parametrize(
    ("intent", "contains"),
    [
        (
            "Set FEATURE_X on in my-api-config and restart the water-tank API (my-api) after",
            ['"FEATURE_X": "on"', "rollout_restart"],
        ),
        ("set FEATURE_X on in my-api-config", ['"FEATURE_X": "on"']),
        (
            "Flip FEATURE_FLAG on the ranch dashboard (frontend) to stable",
            ['"FEATURE_FLAG"', '"stable"'],
        ),
        ("flip FEATURE_FLAG on the frontend to edge", ['"FEATURE_FLAG"', '"edge"']),
        ("Take FEATURE_X out of my-api-config, Ċensu says nobody uses it", ['"FEATURE_X": null']),
        ("take the FEATURE_FLAG env var off frontend", ['"FEATURE_FLAG"', '"delete"']),
        (
            "Add TIMEZONE=Europe/Malta as env on the band-club payments (payments)",
            ['"TIMEZONE"', '"Europe/Malta"'],
        ),
        ("Add TIMEZONE=Europe/Malta as env var on payments", ['"TIMEZONE"', '"Europe/Malta"']),
        (
            "Set LOG_LEVEL=error on the tour API (my-api), ekkert mál if it restarts",
            ['"LOG_LEVEL": "error"'],
        ),
        ("Set LOG_LEVEL=error on my-api, no problem if it restarts", ['"LOG_LEVEL": "error"']),
    ],
)
def test_config_in_speech(op: Operator, intent: str, contains: list[str]) -> None:
    _, body = plans(op, intent)
    for text in contains:
        assert text in body, body


def test_config_permission_plans_no_restart(op: Operator) -> None:
    _, body = plans(op, "Set LOG_LEVEL=error on my-api, no problem if it restarts")
    assert "rollout_restart" not in body


@pytest.mark.parametrize(
    "intent",
    [
        # A condition, not leave: asked as before.
        "Set LOG_LEVEL=error on my-api if it restarts",
        "Set LOG_LEVEL=error on my-api, ok if it restarts tonight",
        # "off" before a place is a value, never "take off".
        "take FEATURE_X off in my-api-config",
        # "load … as env" is still the ConfigMap's keys.
    ],
)
def test_config_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_as_env_still_loads_a_configmap(op: Operator) -> None:
    _, body = plans(op, "load orders-config as env into orders")
    assert "envFrom" in body
