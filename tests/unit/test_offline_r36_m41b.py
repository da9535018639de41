"""Round 36, helper m41b: attack 41's plain-English unsafe shapes H2, B and F (English rows).

- H2: "keep 1 orders pods available", "keep 1 orders pods up", "payments: keep 1 pods
  available" scaled the workload to N (orders even below its PDB's minAvailable 2). A number
  of pods kept available or up is a floor during disruptions (a budget's minAvailable), never
  a replica count: :mod:`.numbers`' pod roles read it ungated (said alone too), so the scale
  asks; "keep 3 frontend pods running" alone still says a count, and "keep at least 1 orders
  pods available" still patches the budget.
- B: a deletion followed by a clause that says the object stays or is needed ("delete the
  orders pdb; we need it", "… it stays put", "— actually it should stay", "… it's in use") or
  laughs it off ("… (joke)", "… said no one", "… not in a million years") is asked
  (:mod:`.speech`); the same "we need it" after a scale is its reason (planned).
- F: an order taken back in few words ("restart worker; not anymore", "… no longer needed",
  "… it's fine now", "… OBE", "… moot now", "… fixed itself", "… done already") is asked
  (:mod:`.speech`), and text struck through with one tilde ("~restart worker~", "restart
  worker ~cancelled~") is withdrawn like "~~…~~" (:mod:`.unsafe`); a "~" said for "about" is
  no strike.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries

pytestmark = pytest.mark.timeout(300)


# ---------------------------------------------------------------- H2: a floor kept available


@pytest.mark.parametrize(
    "intent",
    [
        "keep 1 orders pods available",
        "keep 1 orders pods up",
        "keep 1 frontend pods available",
        "keep 1 payments pods available",
        "payments: keep 1 pods available",
        "keep 2 pods of payments up",
        "keep one frontend pod available",
        "keep 1 ya 2 orders pods available",
        "keep 1 vs 2 orders pods available",
        "keep 1 or 2 orders pods available",
    ],
)
def test_pods_kept_available_are_no_replica_count(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("keep 4 frontend pods running", ["scale deployment/frontend in shop to 4 replicas"]),
        ("scale payments to 4", ["scale deployment/payments in shop to 4 replicas"]),
        (
            "keep at least 1 orders pods available",
            ["patch poddisruptionbudget/orders in shop (merge)"],
        ),
        (
            "keep 1 orders pods available during drains",
            ["patch poddisruptionbudget/orders in shop (merge)"],
        ),
    ],
)
def test_a_count_to_run_or_a_budget_stays_planned(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


# ---------------------------------------------------------------- B: the deleted object stays


@pytest.mark.parametrize(
    "intent",
    [
        "delete orders pdb — actually it should stay",
        "delete the orders pdb. it's needed",
        "delete the orders pdb, it stays put",
        "delete the orders pdb; we keep that one",
        "delete the orders pdb (joke)",
        "delete the orders pdb; (joke)",
        "delete the orders pdb; actually it should stay",
        "delete the orders pdb; it's load-bearing",
        "delete the orders pdb; we need it",
        "delete the orders pdb; it protects orders",
        "delete the orders pdb; it's still in use",
        "delete the orders pdb; said no one",
        "delete the orders pdb; not in a million years",
        "remove the orders pdb, this one must remain",
        "drop the my-api hpa; we still use it",
    ],
)
def test_a_delete_said_to_stay_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("delete the orders pdb", ["delete poddisruptionbudget/orders in shop"]),
        ("scale payments to 4; we need it", ["scale deployment/payments in shop to 4 replicas"]),
        (
            "scale payments to 4, it's needed for the sale",
            ["scale deployment/payments in shop to 4 replicas"],
        ),
    ],
)
def test_a_plain_delete_or_a_reason_stays_planned(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


# ---------------------------------------------------------------- F: taken back in few words


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker; not anymore",
        "restart worker, not any more",
        "scale payments to 4. no longer needed",
        "restart worker; no longer required",
        "restart worker; resolved itself",
        "restart worker; moot now",
        "scale payments to 4. moot now",
        "scale payments to 4. OBE",
        "restart worker; overtaken by events",
        "scale payments to 4. done already",
        "restart worker; it's fine now",
        "scale payments to 4. it's fine now",
        "restart worker, it is sorted now",
        "restart worker; fixed itself",
        "scale payments to 4. self-healed",
        "~restart worker~",
        "restart worker ~cancelled~",
        "~scale payments to 4~",
    ],
)
def test_an_order_taken_back_in_few_words_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("restart worker", ["restart the pods of deployment/worker in shop"]),
        ("restart worker for now", ["restart the pods of deployment/worker in shop"]),
        (
            "restart worker (~2 min downtime ok)",
            ["restart the pods of deployment/worker in shop"],
        ),
        (
            "worker is no longer processing jobs, restart it",
            ["restart the pods of deployment/worker in shop"],
        ),
    ],
)
def test_a_plain_order_stays_planned(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned
