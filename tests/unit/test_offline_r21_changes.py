"""Round 21, helper changes: a second language's words for a change, and the times said with it.

The shapes:

- a French speaker's "supprimer" said "suppress", and Puppet's "ensure => absent", delete an
  object named with its kind ("suppress the deployment worker", "ensure => absent on the
  checkout deployment"); a name alone, or what is no object of ours ("suppress the alerts of
  worker"), is no delete;
- a clock time in hours the French way ("at 20h", "after the réunion of 15h", "at 9h30") is
  waited on as typed; a count of hours ("in 2h", "a ttl of 12h", "at 2h intervals") is none;
- "the precedent version" is the previous one; "run in root" is "run as root"; "interdict" a
  pod-security setting forbids it;
- an event named after the service ("once the service assessment panel signs it off", "after
  the service review") is waited on; a state of the service ("once the service is healthy")
  still asks;
- a deadline said by a named day ("before Black Friday") is met by the change made now, which
  waits on it as said; a delete or a backup schedule beside it still asks, and a named day's
  weekday word is no weekly backup schedule.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import calques
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries

pytestmark = pytest.mark.timeout(300)


# --------------------------------------------------------------------- suppress, ensure absent


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("suppress the deployment worker, we don't use it anymore", {"Deployment/worker"}),
        ("suppress the checkout deployment", {"Deployment/checkout"}),
        ("suppress the PDB of orders", {"PodDisruptionBudget/orders"}),
        ("suppress the service frontend please", {"Service/frontend"}),
        ("ensure => absent on the checkout deployment", {"Deployment/checkout"}),
        ("ensure => absent for the worker deployment", {"Deployment/worker"}),
        # Two objects of one name, the one deleted said with its kind and the other said to
        # stay: the kind picks it (round 23, blind25's gap list; keptkind.py). Asked before.
        (
            "ensure => absent for Deployment cache (the proxy). the redis statefulset called "
            "cache stays",
            {"Deployment/cache"},
        ),
    ],
)
def test_suppress_and_ensure_absent_delete_an_object_named_with_its_kind(
    shop: Operator, intent: str, expected: set[str]
) -> None:
    assert deletes(shop, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "suppress worker",  # no kind: English "suppress" silences
        "suppress the deployment worker's alerts",
        "suppress alerts for the deployment worker",
        "ensure => absent on checkout",  # no kind
        "ensure => present on the checkout deployment",
    ],
)
def test_suppress_or_ensure_of_no_object_named_with_its_kind_deletes_nothing(
    shop: Operator, intent: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert not [o for o in proposal.operations if o.kind == "delete"]


# --------------------------------------------------------------------- "at 20h"


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "deploy the image ghcr.io/acme/worker:0.9.1 on the worker after the réunion of 15h",
            "set image of container worker in deployment/worker in shop to "
            "ghcr.io/acme/worker:0.9.1",
            "after the réunion of 15h",
        ),
        (
            "relaunch the pods of payments after the change of certificate this evening at 20h",
            "restart the pods of deployment/payments in shop",
            "at 20h",
        ),
        ("restart orders at 9h30", "restart the pods of deployment/orders in shop", "at 9h30"),
        (
            "update frontend to 2.2.0 after the meeting of 14h",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
            "after the meeting of 14h",
        ),
    ],
)
def test_hours_said_the_french_way_are_waited_on_as_typed(
    shop: Operator, intent: str, summary: str, awaits: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert summary in [o.summary() for o in proposal.operations]
    assert awaits in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders in 2h",  # a delay, no clock time
        "scale worker to 3 at 2h intervals",
        "scale worker to 3 after the meeting of 15h, not 4",  # a negation with a number
        "delete worker at 20h",  # a time beside a delete
    ],
)
def test_hours_that_are_no_clock_time_or_beside_a_delete_still_ask(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


def test_a_count_of_hours_is_left_as_said() -> None:
    for said in ("back up postgres with a ttl of 12h", "restart orders in 2h", "at 2h intervals"):
        assert calques.read(said, frozenset()) == said
    assert calques.read("restart orders at 20h", frozenset()) == "restart orders at 20:00"


# ------------------------------------------------------ precedent, in root, interdict


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "the version 1.1.0 of checkout has a bug in the basket, come back to the precedent "
            "version",
            "roll deployment/checkout in shop back",
        ),
    ],
)
def test_the_precedent_version_is_the_previous_one(
    shop: Operator, intent: str, summary: str
) -> None:
    assert any(summary in s for s in summaries(shop, intent))


@pytest.mark.parametrize(
    ("intent", "target", "inside"),
    [
        (
            "for the audit, the containers of payments must not run in root",
            "payments",
            "runAsNonRoot",
        ),
        ("the pods of orders must not run in root", "orders", "runAsNonRoot"),
        (
            "interdict the privilege escalation in my-api",
            "my-api",
            '"allowPrivilegeEscalation": false',
        ),
        (
            "interdict the privilege escalation in worker",
            "worker",
            '"allowPrivilegeEscalation": false',
        ),
    ],
)
def test_in_root_and_interdict_say_pod_security(
    shop: Operator, intent: str, target: str, inside: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [target]
    assert inside in body


@pytest.mark.parametrize(
    "intent",
    [
        "interdict the traffic to payments",  # no setting of pod security
        "put frontend back on the precedent release",  # one revision: nothing to go back to
    ],
)
def test_interdict_of_no_setting_and_no_previous_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_in_and_precedent_in_english_are_left_as_said() -> None:
    for said in ("run in the background", "a precedent for this", "restart worker in 5 minutes"):
        assert calques.read(said, frozenset()) == said


# --------------------------------------------------------------------- the service's people


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        (
            "ship casework worker (worker) 1.0.0 once the service assessment panel signs it off",
            "once the service assessment panel signs it off",
        ),
        ("restart payments once the service owner approves", "once the service owner approves"),
        ("scale frontend to 4 when the service desk confirms", "when the service desk confirms"),
    ],
)
def test_an_event_named_after_the_service_is_waited_on(
    shop: Operator, intent: str, awaits: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.operations, proposal.question
    assert proposal.awaits == awaits


@pytest.mark.parametrize(
    "intent",
    [
        "update orders to 1.2.0 once the service is healthy",
        "update worker to 1.0.0 once the service responds again",
        "restart payments once the services are up",
    ],
)
def test_a_state_of_the_service_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- before Black Friday


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "POS payments gateway (payments) 3.0.0 -> 3.2.0 before Black Friday",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:3.2.0",
            "before Black Friday",
        ),
        (
            "roll my-api to 1.5.0 before Cyber Monday",
            "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.5.0",
            "before Cyber Monday",
        ),
        ("scale frontend to 6 by Black Friday", "scale deployment/frontend in shop to 6", None),
    ],
)
def test_a_named_day_deadline_is_met_now(
    shop: Operator, intent: str, summary: str, awaits: str | None
) -> None:
    proposal, _ = plans(shop, intent)
    assert any(summary in s for s in [o.summary() for o in proposal.operations])
    if awaits:
        assert awaits in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        "take a velero backup of the namespace before the Black Friday code freeze",
        "back up postgres before Black Friday",
        "back up postgres for Black Friday",
    ],
)
def test_a_backup_before_a_named_day_is_one_backup_now(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.manifest["kind"] for o in proposal.operations] == ["Backup"], body  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker before Black Friday",  # a time beside a delete
        "scale frontend to 6 on Black Friday",  # the day itself: cannot be waited on
        "update payments to 3.2.0 after Black Friday",
        "back up postgres on Black Friday",
        "back up postgres before the Black Friday code freeze, daily at 02:00",
    ],
)
def test_a_named_day_that_is_no_deadline_or_beside_a_delete_still_asks(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- a schedule's reason, last


@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("nightly postgres backup at 03:00, after end-of-day till reconciliation", "0 3 * * *"),
        ("daily backup of postgres at 01:30, after the batch", "30 1 * * *"),
        ("back up postgres every night at 02:00, following the nightly export", "0 2 * * *"),
    ],
)
def test_the_event_said_after_a_schedule_is_why_then(
    shop: Operator, intent: str, cron: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.manifest["spec"]["schedule"] for o in proposal.operations] == [cron]  # type: ignore[union-attr]
    assert not proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        "nightly postgres backup at 03:00, after 2 runs",  # a number
        "nightly backup of postgres at 03:00, after the batch is not done",  # a negation
        "back up postgres at 03:00, after the batch",  # no recurrence: once, then?
        "nightly postgres backup, after end-of-day till reconciliation",  # no clock time
    ],
)
def test_an_event_after_a_schedule_without_its_time_or_with_a_number_asks(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)
