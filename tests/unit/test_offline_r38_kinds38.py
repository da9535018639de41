"""Round 38, helper kinds38: one table of the words people type for a Kubernetes kind.

- :mod:`dotop_nb.planner.offline.kindwords` holds the words ("deploy", "sts", "svc", "cm",
  "pdb" …) and the kind each names; :mod:`.removal`, :mod:`.aliases`, :mod:`.deletions`,
  :mod:`.constraints` and :mod:`.objphrase` take their subsets of it, so no reader knows a word
  of a kind another does not know the kind of.
- A kept object said by a word the prohibitions' table lacked ("cm", "config map"): "…; the
  orders cm is out of scope" was read as no kind at all, and the patch of orders-config was
  planned (unsafe); now it is the ConfigMap's prohibition, asked where the plan patches it and
  kept where the plan does not touch it ("scale orders to 3. The cm orders-config must not be
  modified" was asked).
- A kind said again in brackets ("the cache sts (statefulset cache)"): "sts" and "ds" end in an
  "s" of their own, never a plural's.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import (
    aliases,
    constraints,
    deletions,
    kindwords,
    objphrase,
    removal,
)
from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

SCALE_ORDERS = "scale deployment/orders in shop to 3 replicas"
RESTART_ORDERS = "restart the pods of deployment/orders in shop"


# (1) One table: each reader's words name the kind the table says.
def test_every_readers_kind_word_is_the_tables() -> None:
    tables: list[dict[str, str]] = [
        removal._KIND_OF_WORD,
        removal._LISTED_KINDS,
        aliases._KINDS,
        constraints._KIND_OF,
        {w: kind for w, (_, kind) in deletions.KINDS.items()},
        {
            w: kind
            for w, kinds in objphrase._HEAD_WORDS.items()
            if len(kinds) == 1
            for kind in kinds
        },
    ]
    for table in tables:
        assert {w: kindwords.NOUNS[w] for w in table} == table


def test_the_workload_words_are_one_set() -> None:
    assert removal._KIND_OF_WORD == aliases._KINDS == kindwords.WORKLOAD_NOUNS
    assert set(kindwords.WORKLOAD_NOUNS) == {
        "deployment",
        "deploy",
        "statefulset",
        "sts",
        "daemonset",
        "ds",
    }


@pytest.mark.parametrize(
    ("said", "canonical"),
    [
        ("svc", "service"),
        ("Services", "service"),
        ("sts", "statefulset"),
        ("ds", "daemonset"),
        ("deploys", "deployment"),
        ("cms", "configmap"),
        ("pod disruption budget", "poddisruptionbudget"),
        ("netpol", "networkpolicy"),
        ("network  policy", "networkpolicy"),
        ("pods", "pod"),
    ],
)
def test_one_spelling_per_kind(said: str, canonical: str) -> None:
    assert kindwords.canonical(said) == canonical


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("sts", "StatefulSet"),
        ("ds", "DaemonSet"),
        ("StatefulSets", "StatefulSet"),
        ("svc", "Service"),
    ],
)
def test_a_kind_said_again_knows_its_short_words(said: str, kind: str) -> None:
    assert deletions._spelled_kind(said) == kind


def test_a_kind_said_again_in_brackets_is_written_once() -> None:
    assert deletions.canonical("delete the cache sts (statefulset cache)") == "delete the cache sts"


# (2) A kept object said "cm": the ConfigMap's prohibition.
@pytest.mark.parametrize(
    "intent",
    [
        "set BATCH_SIZE to 50 in orders-config; the orders cm is out of scope",
        "set BATCH_SIZE to 50 in orders-config; the cm orders-config is out of scope",
        "set BATCH_SIZE to 50 in orders-config; the orders config map is out of scope",
    ],
)
def test_a_kept_cm_the_plan_patches_is_asked(op: Operator, intent: str) -> None:
    assert "the plan would patch configmap/orders-config" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("scale orders to 3. The cm orders-config must not be modified", [SCALE_ORDERS]),
        ("restart orders; orders-config cm is out of scope", [RESTART_ORDERS]),
        # (As before: the words the table had.)
        ("scale orders to 3; the configmap orders-config must not be modified", [SCALE_ORDERS]),
        ("restart orders, the poddisruptionbudget orders must not be touched", [RESTART_ORDERS]),
    ],
)
def test_a_kept_cm_the_plan_leaves_alone_is_kept(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected
