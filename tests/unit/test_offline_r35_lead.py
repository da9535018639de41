"""Round 35, the lead's mends.

- A plan never deletes what the request says stays: "delete orders-config. orders stays and
  orders-config too" deleted orders with its stack (the kept clause, with more after its keep,
  was not read as one), now asked; keeps of another object or kind still plan.
- One table of drains said stuck (:data:`dotop_nb.planner.offline.budgets.DRAINS_HANG`), read
  by the budget's relax and by the order it is the reason of.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import guard
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries


@pytest.mark.parametrize(
    "intent",
    [
        "delete orders-config. orders stays and orders-config too",
        "delete payments-config. payments stays and payments-config too",
        "delete payments-config. payments remains, and payments-config as well",
        "delete orders-config; orders itself stays and orders-config also",
        "delete payments-config. the payments deployment must stay, and the config too",
    ],
)
def test_what_is_said_to_stay_is_never_deleted(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("delete the payments service; payments stays", {"Service/payments"}),
        ("delete the payments deployment; the payments service stays", {"Deployment/payments"}),
        ("delete worker, frontend stays", {"Deployment/worker"}),
        ("delete the orders pdb, keep orders", {"PodDisruptionBudget/orders"}),
        ("delete worker. keep the worker service", {"Deployment/worker"}),
    ],
)
def test_a_keep_of_another_object_or_kind_still_plans(
    op: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(op, intent) == gone


def test_drains_said_stuck_are_the_reason_of_another_order(op: Operator) -> None:
    said = "orders runs 2 pods under a PDB with minAvailable 2, so drains hang. Scale orders to 3"
    assert summaries(op, said) == ["scale deployment/orders in shop to 3 replicas"]
    assert summaries(op, "drains hang on the orders pdb, relax it") == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]


def test_a_key_the_protected_workload_never_reads_is_changed(op: Operator) -> None:
    # Round 31 asked this; round 35 (gap38b) reads which keys a protected workload reads: orders
    # reads only QUEUE of orders-config (a configMapKeyRef), so BATCH_SIZE never reaches it.
    said = "Set BATCH_SIZE in orders-config to 20. orders must not be touched."
    assert summaries(op, said) == ["patch configmap/orders-config in shop (merge)"]
    asks(op, "Set QUEUE in orders-config to orders-v2. orders must not be touched.")


@pytest.mark.parametrize(
    "said",
    [
        "Protocol: Velero Schedule, shop namespace, daily at 04:00, ttl 7 days.",
        "Velero schedule ya shop namespace kila Jumapili 03:00, keep 4 weeks",
        "velero backup now; shop ns, keep 30 days",
    ],
)
def test_a_namespace_named_before_its_noun_opening_a_clause_is_the_one_said(said: str) -> None:
    # blind38 on the control plane (session namespace dotop-eval-…): these backed up the
    # session's namespace instead of asking which one is meant.
    assert guard.other_namespace(said, "dotop-eval-1") == "shop"
    assert guard.other_namespace(said, "shop") is None


@pytest.mark.parametrize(
    "said",
    [
        "velero schedule, whole namespace, daily at 04:00",
        "back up everything, this namespace, daily",
        "velero schedule, nightly, entire namespace",
        "Backup calendar: 1st of every month 00:00, full namespace backup, keep 90 days",
    ],
)
def test_a_word_of_the_session_namespace_before_its_noun_names_none(said: str) -> None:
    assert guard.other_namespace(said, "dotop-eval-1") is None


@pytest.mark.parametrize(
    "intent",
    [
        # attack40: read past a word of the tongue no table holds, these acted on a part.
        "futa orders kwa muda",
        "futa the orders pdb labda",
        "bin orders the morra's morn",
        "Si my-api peke yake inaweza kufika postgres",
        "I wouldnae restart worker",
        "ye shouldnae bump frontend tae 2.2.0",
        "weka replicas ya payments tatu bila frontend",
        # A verb said with its subject and tense ("we are investigating") may say when or
        # whether: asked, though here it is only the reason.
        "LOG_LEVEL=debug kwa collection API (my-api), tunachunguza bug",
        # A name before a verb of saying is who said it, never the word of the tongue.
        "Weka asked to restart worker",
    ],
)
def test_a_word_of_scots_or_swahili_not_read_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("futa orders-config kwa sababu ya migration", None),
        ("the cask orders (orders): scale tae 3", "scale deployment/orders in shop to 3 replicas"),
        ("Weka payments replicas tatu", "scale deployment/payments in shop to 3 replicas"),
    ],
)
def test_a_word_of_the_writers_own_beside_the_tongue_still_plans(
    op: Operator, intent: str, summary: str | None
) -> None:
    if summary is None:
        asks(op, intent)  # (asked as its English is: orders reads orders-config)
    else:
        assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        # attack40 on the merge: a deletion said only in another tongue, the words around it
        # unread, deleted now.
        "futa orders in a wee while",
        "bin orders at o600",
        "futa the orders pdb saa tatu",
        "BIN orders fur a wee while",
        # Addressed to someone by a name that is a word of the tongue.
        "Weka: restart worker",
        # No count is both: left as said, and asked.
        "autoscale payments 9 ≤ n ≤ 3",
        # A time in Swahili ("for one hour").
        "set LOG_LEVEL=debug on my-api kwa saa moja",
    ],
)
def test_what_the_round_opened_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("set LOG_LEVEL to tae on my-api", '"LOG_LEVEL": "tae"'),
        ("my-api: LOG_LEVEL := mbili", '"LOG_LEVEL": "mbili"'),
        ("change PROVIDER in payments-config to weka", '"PROVIDER": "weka"'),
    ],
)
def test_a_value_that_is_a_word_of_the_tongue_is_kept_as_typed(
    op: Operator, intent: str, value: str
) -> None:
    _, ops = plans(op, intent)
    assert value in ops
