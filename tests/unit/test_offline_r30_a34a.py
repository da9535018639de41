"""Round 30, helper a34a: attack 34's report, withdraw and delete-header shapes.

The shapes (black-box attack 34, /work/notes/w29/attack34): a report of work already done by
someone was planned as an order ("argo already did: scale payments to 4", "flux just did …",
"restart worker was done by argo"; r2report); an acknowledgement opener ("thanks, ", "thx! ",
"cheers - ") hid a withdrawing header after it, and "strike that:", "not needed anymore:",
"please cancel the switch - switch …" were no withdrawal (greet, r2greet, withdraw); a verb that
takes a release back with two targets deployed the tag on both, and a full image reference or
"take back …" taken back was answered "already done" (withdrawverb, round 3); a deletion header
before its object ("delete: poddisruptionbudget/orders", "drop: pdb orders", "rm: orders PDB",
"get rid of: orders pdb", "delete - the orders pdb") was asked as withdrawn (r2delete)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import hazards, openers
from dotop_nb.service import Operator
from tests.memory import asks, deletes, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_SCALE = "scale deployment/payments in shop to 4 replicas"
_SWITCH = "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"
_UNDO = "roll deployment/checkout in shop back to revision 1"
_PDB = {"PodDisruptionBudget/orders"}


# r2report: the change told done by someone, before it or after it: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "argo already did: scale payments to 4",
        "bob did: switch frontend to 2.2.0",
        "CI has done: scale payments to 4",
        "the pipeline has done: switch frontend to 2.2.0",
        "renovate already did - scale payments to 4",
        "flux just did scale payments to 4",
        "bob just did switch frontend to 2.2.0",
        "we already did: restart worker",
        "the sre team has already done: roll back checkout",
        "hey, argo already did: set LOG_LEVEL=debug on my-api",
        "hey, restart worker was done by argo",
        "scale payments to 4 was done by the pipeline",
        "switch frontend to 2.2.0 has been done already",
        "roll back checkout was already done yesterday",
        "argo took care of it: scale payments to 4",
        "handled by argo: scale payments to 4",
        "flux applied: scale payments to 4",
        "CI ran: restart worker",
    ],
)
def test_a_change_told_done_by_someone_is_asked(op: Operator, intent: str) -> None:
    assert "done" in (asks(op, intent).question or "")


# Near misses: an order with a word of doing in it stays planned; a question stays asked.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale payments to 4", _SCALE),
        ("scale payments to 4 so the backlog is done by midnight", _SCALE),
        ("payments ran out of memory: scale payments to 4", _SCALE),
        ("please scale payments to 4", _SCALE),
        ("roll back checkout", _UNDO),
    ],
)
def test_an_order_near_a_report_is_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_a_condition_that_something_was_done_is_awaited(op: Operator) -> None:
    assert summaries_and_awaits(op, "scale payments to 4 once the backup has been done") == (
        [_SCALE],
        "once the backup has been done",
    )


def test_a_question_about_it_is_still_a_question(op: Operator) -> None:
    assert "done already" not in (asks(op, "did argo scale payments to 4?").question or "")


# greet / r2greet: an acknowledgement is an opener, only with its mark.
@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("thanks, forget it: scale x to 4", "forget it: scale x to 4"),
        ("thx! pls cancel: restart x", "cancel: restart x"),
        ("cheers, toss: roll back x", "toss: roll back x"),
        ("hey thanks - never mind: scale x", "never mind: scale x"),
        ("ty, pls cancel: roll back x", "cancel: roll back x"),
        ("np, forget it: roll back x", "forget it: roll back x"),
        ("sure, never mind: switch x", "never mind: switch x"),
        ("cool - toss: switch x", "toss: switch x"),
        ("great, never mind: scale x", "never mind: scale x"),
        ("thank you, scale x to 4", "scale x to 4"),
        ("ah ok, forget it: restart x", "forget it: restart x"),
        ("appreciate it, never mind: restart x", "never mind: restart x"),
        # Not an opener: a word of the message itself, or no mark after it.
        ("cool down the cache x", "cool down the cache x"),
        ("sure thing scale x", "sure thing scale x"),
        ("great work on x", "great work on x"),
        ("thanks", "thanks"),
        ("sure, restart x in the middle of the sale", "sure, restart x in the middle of the sale"),
    ],
)
def test_an_acknowledgement_is_an_opener(text: str, bare: str) -> None:
    assert openers.bare(text) == bare


@pytest.mark.parametrize(
    "intent",
    [
        "thanks, forget it: scale payments to 4",
        "thanks, pls cancel: switch frontend to 2.2.0",
        "thx! toss: set LOG_LEVEL=debug on my-api",
        "thx, cancel that: restart the orders deployment",
        "thx, kindly cancel: switch frontend to 2.2.0",
        "thx, please drop: restart the orders deployment",
        "cheers, never mind: scale payments to 4",
        "ty, pls cancel: roll back checkout",
        "sure, pls cancel: set LOG_LEVEL=debug on my-api",
        "great, toss: roll back checkout",
        "hey thanks - scrap: scale payments to 4",
        "np, never mind: roll back checkout",
        "cool, forget it: scale payments to 4",
        "thx, sre team will bump payments to 3.1.0",
        # withdraw headers with no opener
        "strike that: scale my-api to 5",
        "strike that: roll back checkout",
        "not needed anymore: bump payments to 3.1.0",
        "no longer needed: restart the orders deployment",
        "TOSS: restart the orders deployment",
        "toss: restart the orders deployment",
        # the order withdrawn by its own noun
        "please cancel the switch - switch frontend to 2.2.0",
        "please cancel the roll - roll back checkout",
        "cancel the set - set LOG_LEVEL=debug on my-api",
        "cancel the restart: restart worker",
        "scrap the scale - scale payments to 4",
    ],
)
def test_an_acknowledged_or_bare_withdrawal_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: an acknowledged order stays planned.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("thanks, scale payments to 4", _SCALE),
        ("cheers - scale payments to 4", _SCALE),
        ("cool, switch frontend to 2.2.0", _SWITCH),
        ("thx! roll back checkout", _UNDO),
    ],
)
def test_an_acknowledged_order_is_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "sure, restart payments in the middle of black friday",
        "great, restart payments in the middle of the sale",
    ],
)
def test_an_ironic_acknowledgement_stays_sarcasm(op: Operator, intent: str) -> None:
    assert "sarcasm" in (asks(op, intent).question or "")


def test_a_noun_that_names_another_order_withdraws_nothing() -> None:
    # "forget the rollback - just scale payments to 4" orders the scale: no withdrawing header.
    assert hazards.withdrawn("forget the rollback - just scale payments to 4") is None
    assert hazards.withdrawn("cancel the switch - switch frontend to 2.2.0") is not None


# r2delete: a deletion header before its object deletes it.
@pytest.mark.parametrize(
    "intent",
    [
        "delete: poddisruptionbudget/orders",
        "Delete: pdb/orders",
        "delete: pdb orders",
        "drop: pdb orders",
        "drop: the orders PodDisruptionBudget",
        "remove: poddisruptionbudget/orders",
        "Remove: the orders PodDisruptionBudget",
        "rm: orders PDB",
        "rm: the orders pdb",
        "rm: pdb/orders",
        "get rid of: orders pdb",
        "delete - the orders pdb",
        "delete - orders PDB",
        "remove - pdb orders",
        "remove: the orders pdb",
    ],
)
def test_a_deletion_header_before_its_object_deletes_it(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == _PDB


def test_a_deletion_header_before_its_object_and_an_order(op: Operator) -> None:
    assert summaries(op, "remove: the orders pdb and restart worker") == [
        "delete poddisruptionbudget/orders in shop",
        "restart the pods of deployment/worker in shop",
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("delete: pdb orders", "delete pdb orders"),
        ("rm - the orders pdb", "rm the orders pdb"),
        ("drop: poddisruptionbudget/orders", "drop poddisruptionbudget/orders"),
        # An order after the header, or a withdrawal: left as said (asked as withdrawn).
        ("delete: restart worker", "delete: restart worker"),
        ("toss: restart the orders deployment", "toss: restart the orders deployment"),
        ("forget it: delete worker", "forget it: delete worker"),
        ("delete worker", "delete worker"),
        ("delete: pdb orders, restart worker", "delete pdb orders, restart worker"),
        ("delete: worker and scale payments to 4", "delete: worker and scale payments to 4"),
    ],
)
def test_the_header_mark_is_dropped_only_before_an_object(text: str, said: str) -> None:
    assert hazards.binned(text) == said


# Negatives: an order after a throwing header stays withdrawn.
@pytest.mark.parametrize(
    "intent",
    [
        "delete: restart the orders deployment",
        "rm: restart worker",
        "drop: scale payments to 4",
        "get rid of: switch frontend to 2.2.0",
        "bin: my-api should never go below 3",
    ],
)
def test_an_order_after_a_throwing_header_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# withdrawverb: a release taken back — one workload that runs it: its rollback.
@pytest.mark.parametrize(
    "intent",
    [
        "revoke ghcr.io/acme/checkout:1.1.0",
        "yank ghcr.io/acme/checkout:1.1.0",
        "un-ship ghcr.io/acme/checkout:1.1.0",
        "back out ghcr.io/acme/checkout:1.1.0 from checkout",
        "take back the 1.1.0 release of checkout",
        "take back 1.1.0 from checkout",
        "take back checkout 1.1.0",
        "pull 1.1.0 from checkout",
        "pull the 1.1.0 release of checkout",
        "un-ship 1.1.0 of checkout",
        "take back ghcr.io/acme/checkout:1.1.0 please",
        "revoke 1.1.0 from checkout pls",
    ],
)
def test_a_release_taken_back_from_what_runs_it_is_rolled_back(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_UNDO]


# Two targets, a reference no workload runs, or "roll out of": asked, never an update.
@pytest.mark.parametrize(
    "intent",
    [
        "un-ship 1.1.0 from checkout and frontend",
        "un-ship 1.1.0 from checkout and payments",
        "un-ship 2.1.0 from frontend and checkout",
        "un-ship checkout 1.1.0 and frontend 2.1.0",
        "yank 1.1.0 from checkout and frontend",
        "yank 1.1.0 from checkout and frontend (broken build)",
        "un-ship 1.1.0 from checkout, frontend",
        "revoke 1.1.0 from checkout & payments",
        "take back 1.1.0 from checkout and frontend",
        "revoke ghcr.io/acme/checkout:1.0.0",
        "revoke ghcr.io/acme/checkout:1.1.0 from frontend",
        "roll out of 1.1.0 from checkout and frontend",
        "roll out of ghcr.io/acme/checkout:1.1.0",
        "roll out of the 1.1.0 release of checkout",
        "pull 2.1.0 from checkout",
    ],
)
def test_a_release_taken_back_otherwise_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).status == "needs_clarification"


# Near misses: "pull" fetching an image, a rollout and an update stay as they were.
def test_pull_alone_and_updates_stay_as_said(op: Operator) -> None:
    assert "pulling an image" in (asks(op, "pull ghcr.io/acme/checkout:1.1.0").question or "")
    assert summaries(op, "roll out 1.2.0 to checkout") == [
        "set image of container checkout in deployment/checkout in shop to "
        "ghcr.io/acme/checkout:1.2.0"
    ]
    assert summaries(op, "switch frontend to 2.2.0") == [_SWITCH]
