"""Round 20, helper context: words and numbers said beside a request, not in it. The shape: a
ticket's id in capitals after a name ("my-api TT-7731204"), a name with a noun of its own in a
heading or a remark while the order names the workload by itself ("CDR worker regression on
0.9.0, revert worker to …"), measurements before the order ("lag 40 min", "KPI down to 91%"), a
comparison beside the count that runs ("runs 3 instances like our 3 app servers; two are
enough"), the count said again in the planner's words ("to 4 app servers, so 4 replicas"), a
role the workload has by what it runs ("the database postgres"), and a backup said as the
source of the order ("resync the node from the latest snapshot"), which is a restore — asked,
never a backup made. What stays asked: the noun said in the order itself, an order that refers
back, a rule, a different count said again, a count per zone, a role the workload does not
have, a delete, and a backup left out of rather than restored from."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# --------------------------------------------------------------------- a ticket's id after a name


@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        (
            "ALM-CRIT subscriber API (my-api) TT-7731204, attach KPI down to 91%. "
            "scale my-api to 5 pods",
            "my-api",
            5,
        ),
        ("payments outage CHG-1234: scale payments to 4", "payments", 4),
        ("scale my-api TT-77 to 3", "my-api", 3),
        ("orders INC-4412 error rate down to 2%. scale orders to 3", "orders", 3),
    ],
)
def test_a_ticket_id_after_a_name_is_no_part_of_it(
    shop: Operator, intent: str, target: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.target.name, getattr(o, "replicas", None)) for o in proposal.operations] == [
        (target, replicas)
    ]


def test_a_lower_case_word_with_a_number_after_a_name_stays_asked(shop: Operator) -> None:
    # (Typed in lower case it may be the rest of a name: "my-api-tt-77".)
    asks(shop, "scale my-api tt-77 to 3")


# ------------------------------------------------- a name with a noun beside an order naming it


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("CDR worker regression on 0.9.0, revert worker to ghcr.io/acme/worker:0.8.4", "set_image"),
        ("the checkout import went wrong, revert checkout to the version before", "rollout_undo"),
        ("payments webhook backlog since noon, restart payments", "rollout_restart"),
        ("frontend banner glitch on 2.1.0, restart frontend please", "rollout_restart"),
    ],
)
def test_a_name_with_a_noun_in_a_remark_beside_the_order_is_context(
    shop: Operator, intent: str, kind: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == [kind]


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker regression to 3",  # the noun in the order itself
        "worker regression on 0.9.0, roll it back",  # the order refers back to it
        "worker regression should be fixed, revert worker to ghcr.io/acme/worker:0.8.4",  # a rule
        "the checkout import went wrong, revert checkout import to the version before",
        "payments webhook backlog is huge, wipe it and restart payments",  # destructive
    ],
)
def test_a_name_with_a_noun_said_in_the_order_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- measurements before it


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("CDR worker backlog 1.4M records, mediation lag 40 min. add two more worker pods", 3),
        ("consumer lag 40 min. scale worker to 4", 4),
        ("orders queue age 25 minutes; add one more orders pod", 3),
    ],
)
def test_a_duration_measured_before_the_order_is_context(
    shop: Operator, intent: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [getattr(o, "replicas", None) for o in proposal.operations] == [replicas]


@pytest.mark.parametrize(
    "intent",
    [
        "consumer lag 40 min. add two worker pods for 2 hours",  # a number in the order
        "lag should stay under 40 min. scale worker to 4",  # a rule, not a measure
    ],
)
def test_a_duration_in_the_order_or_a_rule_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_wait_is_never_read_as_a_measure(shop: Operator) -> None:
    proposal = shop.analyze("wait 40 min. then restart worker", namespace="shop")
    assert proposal.status == "needs_clarification"


# ------------------------------------------------- the count now, a comparison, the count wanted


@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        (
            "frontend runs 3 instances like our 3 app servers; two are enough once hypercare "
            "ends at 18:00",
            "frontend",
            2,
        ),
        ("frontend runs 3 replicas; two are enough", "frontend", 2),
        ("payments runs 2 pods like the old 2 VMs, 3 replicas would be plenty", "payments", 3),
        ("orders runs 2 replicas like our 2 hosts. one is plenty", "orders", 1),
    ],
)
def test_a_count_judged_enough_beside_the_count_now_is_the_count(
    shop: Operator, intent: str, target: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.target.name, getattr(o, "replicas", None)) for o in proposal.operations] == [
        (target, replicas)
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "two replicas are enough for frontend",  # what frontend can do, not an order
        "I'd like frontend at 3 replicas like payments; two are enough",  # two counts wanted
        "scale payments to 2, 3 is safer",  # a rival to the count asked for
        "payments has 2 replicas, 3 is safer",  # better, not the count wanted
    ],
)
def test_enough_for_something_or_a_second_wish_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- the count said again


@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        (
            "like adding dialog instances in SM51: my-api to 4 app servers, so 4 replicas",
            "my-api",
            4,
        ),
        ("scale orders to 3 dynos, i.e. 3 pods", "orders", 3),
        ("scale checkout to two boxes, that is 2 replicas", "checkout", 2),
    ],
)
def test_the_same_count_said_again_is_one_count(
    shop: Operator, intent: str, target: str, replicas: int
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.question is None, proposal.question
    assert [(o.target.name, getattr(o, "replicas", None)) for o in proposal.operations] == [
        (target, replicas)
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "my-api to 4 app servers, so 5 replicas",  # another number
        "payments to 4 boxes, so 4 pods per zone",  # per zone
    ],
)
def test_a_different_count_said_again_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- a role by what it runs


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("make a backup of the database postgres now, before the migration", "apply"),
        ("restart the database postgres", "rollout_restart"),
        ("bounce the db postgres please", "rollout_restart"),
    ],
)
def test_a_role_the_workload_runs_describes_it(shop: Operator, intent: str, kind: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations][:1] in (
        [(kind, "postgres")],
        [(kind, "postgres-shop-once")],
    )


@pytest.mark.parametrize(
    "intent",
    [
        "restart the database cache",  # cache runs no database: the database's cache?
        "scale the db cache to 2",
        "delete the database postgres",  # a delete is never read through a descriptor
    ],
)
def test_a_role_the_workload_lacks_or_a_delete_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- a backup as the source


@pytest.mark.parametrize(
    "intent",
    [
        "resync the node from the latest snapshot",
        "rebuild postgres from last night's backup",
        "reseed the cache from yesterday's snapshot",
    ],
)
def test_a_backup_said_as_the_source_is_a_restore_asked(shop: Operator, intent: str) -> None:
    proposal = asks(shop, intent)
    assert "restor" in (proposal.question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "from now on back up postgres every day at 2am",
        "snapshot postgres now",
        "move from the backup cronjob to velero schedules for postgres",
    ],
)
def test_a_backup_to_make_is_still_planned(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.operations
