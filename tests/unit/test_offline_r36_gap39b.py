"""Round 36, helper gap39b: blind39's misses in scale, delete, backup and restart, as shapes.

- A greeting of another tongue opening the message ("Ahoj, …", "Howzit, …", "yalla, …") is
  said to whoever reads, never a person addressed (:data:`.addressed._NOBODY`); a name after it
  ("Ahoj Pepa, …", "Howzit Thabo, …") still is (:data:`.addressed._GREETED`).
- The reader called by a word or a politeness particle after an order ("triple it bro",
  "restart worker krub, it stuck"): the sentence going on (:data:`.followers.ADDRESS`), no noun
  of a relative change and the end of a restart's phrase; a delete said so is still asked.
- A load said in colloquial words ("the queue is chock-a-block", "the shop is rammed") is the
  reason for "bump X to N": N replicas.
- A list kept beside a delete ("…, leave orders and orders-config alone") is one clause, never
  a second change.
- A workload kind said only as what stays ("delete the Service (payments), keep the
  deployment", "…, deployment keep na") does not stop "Service (payments)" naming the Service;
  a nickname of two words before the kept kind ("the grower portal deployment stays") keeps that
  kind.
- A backup made now beside an event's deadline said by its own name ("right now please, before
  Shabbat") or the event's day said as a fact ("…, phyto audit is tomorrow"): made now.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, question_for, summaries

pytestmark = pytest.mark.timeout(300)


# (1) Greetings of other tongues.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Ahoj, please scale the e-shop (frontend) to 5 replicas, the Christmas market orders "
            "are coming. Díky",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        (
            "yalla, scale the flow API my-api to 4, the summer peak started",
            "scale deployment/my-api in shop to 4 replicas",
        ),
        (
            "Howzit, scale the booking site (frontend) to 6, the Easter bookings are going lekker",
            "scale deployment/frontend in shop to 6 replicas",
        ),
        ("Yalla, restart my-api", "restart the pods of deployment/my-api in shop"),
        ("Nazdar, restart worker please", "restart the pods of deployment/worker in shop"),
        ("Sawasdee, scale worker to 2", "scale deployment/worker in shop to 2 replicas"),
        ("Howzit team, scale worker to 2", "scale deployment/worker in shop to 2 replicas"),
    ],
)
def test_a_greeting_of_another_tongue_is_no_addressee(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    ("intent", "who"),
    [
        ("Howzit Thabo, restart worker", "Thabo"),
        ("Ahoj Pepa, please restart worker", "Pepa"),
        ("Shalom Dana, scale worker to 2", "Dana"),
        ("Pepa, restart worker", "Pepa"),
    ],
)
def test_a_name_after_the_greeting_is_still_addressed(op: Operator, intent: str, who: str) -> None:
    assert f"addressed to {who}" in question_for(op, intent)


# (2) The reader called after an order.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("grading worker (worker), triple it bro", "scale deployment/worker in shop to 3 replicas"),
        ("triple worker bro", "scale deployment/worker in shop to 3 replicas"),
        ("double it mate, payments", "scale deployment/payments in shop to 4 replicas"),
        ("scale worker to 3 bro", "scale deployment/worker in shop to 3 replicas"),
        (
            "restart label worker (worker) krub, it stuck",
            "restart the pods of deployment/worker in shop",
        ),
        ("restart worker bro", "restart the pods of deployment/worker in shop"),
        ("bounce payments krub", "restart the pods of deployment/payments in shop"),
        ("roll back checkout mate", "roll deployment/checkout in shop back to revision 1"),
        # (At the merge: "na krub" is one Thai particle in a message plainly Thai-English,
        # tongues.particles.)
        ("restart label worker (worker) na krub", "restart the pods of deployment/worker in shop"),
    ],
)
def test_the_reader_called_after_an_order(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker bro",  # a delete with a word after the name: still asked
        "triple worker's batch bro",  # a setting of the workload, relative: asked
        "restart worker threads bro",  # a part of the workload
        "restart worker na",  # "na" alone may be another tongue's "and"
    ],
)
def test_the_reader_called_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) A load said in colloquial words.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "bump worker to 3, the queue is chock-a-block",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "bump frontend to 4, the shop is rammed",
            "scale deployment/frontend in shop to 4 replicas",
        ),
        ("bump frontend to 4, the shop is busy", "scale deployment/frontend in shop to 4 replicas"),
    ],
)
def test_a_colloquial_load_is_the_reason(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent", ["bump frontend up to 5", "bump frontend to 4, the release is busy"]
)
def test_a_bare_bump_still_asks(op: Operator, intent: str) -> None:
    assert "image tag" in question_for(op, intent)


# (4) A list kept beside a delete.
@pytest.mark.parametrize(
    "intent",
    [
        "delete the orders PDB so we can drain the nodes, leave the export orders (orders) and "
        "orders-config alone",
        "delete the orders PDB, leave orders and orders-config alone",
        "remove the orders pdb, leave the orders deployment and orders-config alone",
    ],
)
def test_a_kept_list_beside_a_delete(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["delete poddisruptionbudget/orders in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "delete the orders PDB, leave orders and delete orders-config",
        "delete the orders PDB, leave orders alone and scale frontend to 4",
    ],
)
def test_a_kept_list_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A workload kind kept beside a Service named in parentheses; a two-word nickname kept.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "delete the Service (payments), keep the deployment",
            "delete service/payments in shop",
        ),
        (
            "delete the payments Service (payments), the deployment stays",
            "delete service/payments in shop",
        ),
        ("delete the payments Service, deployment keep na", "delete service/payments in shop"),
        ("delete the payments Service, deployment keep krub", "delete service/payments in shop"),
        (
            "delete the frontend Service, the grower portal deployment stays",
            "delete service/frontend in shop",
        ),
        (
            "delete the frontend Service, the customer web deployment stays",
            "delete service/frontend in shop",
        ),
    ],
)
def test_a_kind_kept_beside_a_service(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "delete the frontend deployment, the grower portal deployment stays",
        "delete the Service (payments), then the deployment",
    ],
)
def test_a_kind_kept_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) A backup made now beside an event's deadline or day.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "one-off pg_dump of the telemetry db (postgres) right now please, before Shabbat",
            "apply job/postgres-backup-once in shop",
        ),
        ("pg_dump postgres now, before Diwali", "apply job/postgres-backup-once in shop"),
        (
            "Velero backup shop namespace now, keep 72h, phyto audit is tomorrow",
            "apply backup/namespace-shop-once in shop",
        ),
        (
            "velero backup of the shop namespace now, the audit is on friday",
            "apply backup/namespace-shop-once in shop",
        ),
    ],
)
def test_a_backup_now_beside_an_event(op: Operator, intent: str, summary: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert summary in [o.summary() for o in proposal.operations]
    assert not proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        "pg_dump postgres before Shabbat",  # no "now": when is asked
        "velero backup of shop tomorrow, the audit is friday",
        "velero backup of shop now, the restore is tomorrow",  # a change of its own then
    ],
)
def test_a_backup_beside_an_event_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) A gloss in parentheses with the other kind left out after it.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "image proxy (the cache Deployment, not the redis statefulset) memory limit from "
            "256Mi to 512Mi",
            "patch deployment/cache in shop (strategic)",
        ),
        (
            "image proxy (the cache Deployment, not the StatefulSet) memory limit to 512Mi",
            "patch deployment/cache in shop (strategic)",
        ),
        (
            "image proxy (the cache Deployment, not the redis statefulset) to version 1.1.1",
            "set image of container proxy in deployment/cache in shop to "
            "ghcr.io/acme/cache-proxy:1.1.1",
        ),
    ],
)
def test_a_gloss_with_the_other_kind_left_out(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (8) What stays said first, its verb after (Czech or Hebrew word order).
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "wholesale orders (orders deployment) to 4 pods please, but the PDB of orders leave "
            "how it is",
            ["scale deployment/orders in shop to 4 replicas"],
        ),
        (
            "scale orders to 4, but the PDB of orders leave alone",
            ["scale deployment/orders in shop to 4 replicas"],
        ),
        (
            "scale orders to 3, the PDB of orders we don't touch",
            ["scale deployment/orders in shop to 3 replicas"],
        ),
        (
            "scale orders to 4, the PDB don't touch",
            ["scale deployment/orders in shop to 4 replicas"],
        ),
        (
            "yalla, rolling restart for all deployments with label tier=backend. The statefulsets "
            "postgres and cache, don't touch",
            [
                f"restart the pods of deployment/{name} in shop"
                for name in ("cache", "checkout", "my-api", "orders", "payments", "worker")
            ],
        ),
    ],
)
def test_what_stays_said_first(op: Operator, intent: str, summary: list[str]) -> None:
    assert summaries(op, intent) == summary


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders, don't touch",  # a clause opened by a verb: never rewritten
        "scale orders to 4, the orders PDB and orders-config don't touch",
        "scale orders to 4, the deployment don't touch",
    ],
)
def test_what_stays_said_first_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)
