"""Round 24, gap helper C: clear orders blind25/26 asked about, read as people say them.

The shapes: (1) "roll the NAME back to V": a name said with its article ("roll the restaurant
API (my-api) back to 1.3.9" is "roll the my-api back …" once the description is read) is the
rollback of "roll NAME back"; (2) Cloud Foundry's "cf rollback X --version 1": its revision 1 is
the app's first, as Nomad's version 0 (any other number stays asked); (3) a database said by
whose data it holds, "the orders DB (postgres)": the workload in parentheses, when it runs a
database and the one named before runs none; (4) what a delete keeps, said with what it stays
for ("the pods stay for the internal test harness"), never for how long; (5) a capitalised word
in the delete's purpose clause ("so the node upgrade can drain FNOL intake") says whose work is
helped, not a variable to remove. The nearest requests that must ask still ask."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (1) "roll the NAME back to V": the image of that version.
@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("roll the restaurant API (my-api) back to 1.3.9", "ghcr.io/acme/my-api:1.3.9"),
        ("roll the my-api back to 1.3.9", "ghcr.io/acme/my-api:1.3.9"),
        ("roll the payments back to 1.2.0", "ghcr.io/acme/payments:1.2.0"),
        ("please roll the quote API (my-api) back to 1.2.0", "ghcr.io/acme/my-api:1.2.0"),
        ("roll our payments back to 1.1.0", "ghcr.io/acme/payments:1.1.0"),
    ],
)
def test_roll_the_name_back_to_a_version_sets_that_image(
    op: Operator, intent: str, image: str
) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["set_image"]
    assert image in body


@pytest.mark.parametrize(
    "intent",
    [
        "roll the my-api back",  # one revision only: nothing to go back to
        "roll the restaurant API (my-api) back",
        "roll the dice on my-api and scale it to 3",
    ],
)
def test_roll_the_name_back_without_a_version_still_asks_here(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) cf rollback X --version 1: the app's first revision.
@pytest.mark.parametrize(
    "intent",
    [
        "cf rollback checkout --version 1",
        "cf rollback checkout --version=1",
        "`cf rollback checkout --version 1`",
        "cf rollback checkout --version 1 — the k8s version of that",
        "cf rollback checkout --version 1, the kubernetes equivalent",
    ],
)
def test_cf_rollback_to_version_one_is_the_first_revision(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["roll deployment/checkout in shop back to revision 1"]


@pytest.mark.parametrize(
    "intent",
    [
        "cf rollback checkout --version 3",
        "cf rollback checkout --version 10",
        "cf rollback checkout --version 12",
    ],
)
def test_cf_rollback_to_another_version_is_asked(op: Operator, intent: str) -> None:
    assert "revision" in (asks(op, intent).question or "")


# (3) A database said by whose data it holds.
@pytest.mark.parametrize(
    "intent",
    [
        "take a pg_dump of the orders DB (postgres) before I run the refunds migration",
        "take a pg_dump of the orders DB (postgres)",
        "back up the payments database (postgres) now",
        "back up the orders database (postgres)",
        "pg_dump the checkout db (postgres)",
    ],
)
def test_a_database_said_by_whose_data_it_holds_is_the_one_in_parentheses(
    op: Operator, intent: str
) -> None:
    proposal, _ = plans(op, intent)
    targets = {o.target.name for o in proposal.operations}
    assert all(name.startswith("postgres") for name in targets), targets
    assert not {"orders", "payments", "checkout"} & targets


def test_the_database_said_before_an_occasion_carries_it(op: Operator) -> None:
    proposal, body = plans(
        op, "take a pg_dump of the orders DB (postgres) before I run the refunds migration"
    )
    assert "pg_dump" in body
    assert "refunds migration" in (proposal.awaits or "")


def test_the_orders_db_restarted_is_postgres(op: Operator) -> None:
    assert summaries(op, "restart the orders DB (postgres)") == [
        "restart the pods of statefulset/postgres in shop"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "restart the orders service (postgres)",  # a service: which of the two?
        "back up the orders (postgres)",
        "restart the orders api (my-api)",
        "take a pg_dump of the orders and payments DB (postgres)",
    ],
)
def test_a_description_naming_another_workload_otherwise_still_asks(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# (4) What the delete keeps, said with what it stays for.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        (
            "delete the adjusters' portal Service (frontend) only, the pods stay for the "
            "internal test harness",
            {"Service/frontend"},
        ),
        (
            "delete the frontend Service only, the pods stay for the internal test harness",
            {"Service/frontend"},
        ),
        (
            "remove the payments Service, the pods remain for our smoke tests",
            {"Service/payments"},
        ),
        (
            "delete the frontend Service only, the pods stay for the load testers",
            {"Service/frontend"},
        ),
        ("delete the frontend Service only, the pods stay for now", {"Service/frontend"}),
    ],
)
def test_what_a_delete_keeps_for_a_purpose_is_kept(op: Operator, intent: str, gone: set) -> None:
    assert deletes(op, intent) == gone


@pytest.mark.parametrize(
    "intent",
    [
        "delete the frontend Service only, the pods stay for the week",
        "delete the frontend Service only, the pods stay for 2 days",
        "delete the frontend Service only, the pods stay for the time being",
        "delete the frontend Service only, the pods stay for the duration of the migration",
    ],
)
def test_what_a_delete_keeps_for_a_while_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A capitalised word in the delete's purpose clause.
@pytest.mark.parametrize(
    "intent",
    [
        "remove the orders PDB so the node upgrade can drain FNOL intake",
        "delete the orders PDB so that the SRE team can drain the ETL nodes",
        "remove the orders PDB so the AKS upgrade can drain the nodes",
        "drop the orders pdb so our CAB-approved patching won't stall",
        "delete the orders PDB in order to let the OS patching finish",
    ],
)
def test_a_capital_word_in_the_purpose_of_a_delete_is_context(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == {"PodDisruptionBudget/orders"}


@pytest.mark.parametrize(
    "intent",
    [
        "delete the orders PDB and QUEUE so the drain can finish",
        "remove FEATURE_X so the orders can start",
        "delete the orders PDB so QUEUE can be read again",  # a key of the namespace
    ],
)
def test_a_setting_beside_the_purpose_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) A factor with a decimal point glued to its "x", ending its clause.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "self-checkout (checkout) x1.5, more lanes are going live",
            "scale deployment/checkout in shop to 3 replicas",
        ),
        ("checkout x1.5", "scale deployment/checkout in shop to 3 replicas"),
        ("scale checkout x1.5", "scale deployment/checkout in shop to 3 replicas"),
        ("payments x1.5.", "scale deployment/payments in shop to 3 replicas"),
        ("payments x1.5 - the promo starts", "scale deployment/payments in shop to 3 replicas"),
    ],
)
def test_a_decimal_factor_after_the_name_scales_by_it(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "checkout x2",  # times that many, or that many?
        "frontend x1.5",  # 4.5 replicas
        "checkout x1.25",
        "checkout x1.5 memory",
        "give checkout x1.5 the memory",
        "scale checkout memory x1.5",
        "checkout x1.5 until the sale ends",
    ],
)
def test_a_decimal_factor_otherwise_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
