"""Round 36, helper a41c: attack40's refusal labels, others' review labels, record holds, praise
of another's change, relays taken back and prohibitions beside an order of their kind, re-run
on main (/work/notes/w35/re40/misses.txt).

The shapes, each planned at once before:

- an objection or a wait the writer would rather have, said as the head ("I object:", "I
  disagree:", "not convinced:", "hard no:", "-1 on this:", "I'd hold off:", "let's wait:") and
  advice said as the head ("consider:", "would be nice:", "food for thought:", "LGTM, but
  maybe:") (:data:`.noorder._GIVEN_UP`);
- a review's words said as another's ("per alice's review:", "per the review:", "reviewer:",
  "bob commented:", "bob's review:") (:mod:`.noorder`);
- a change record said to come first ("CHG-9 first: …", "CHG-9, then …", "PR #12 needs to
  merge first; …") (:mod:`.waits`), a hold in brackets ("(blocked by PR #12) …", "… (ETA after
  CHG-9)") (:mod:`.noorder`, :mod:`.aliases`);
- praise of someone for a change ("kudos to bob for restarting worker", "bravo bob: …");
- a relay taken back in few words ("bob wanted: … ; not anymore", "…, but no longer", "…
  Dropped.");
- a kind of change forbidden beside an order of that kind ("No restarts. restart worker", "no
  rollbacks please: roll back checkout") (:mod:`.logs`, :mod:`.mentor`).

Decisions that stand: "nit:" / "suggestion:" alone are the writer's own label (planned);
"Recommendation: …" is a request in the sealed sets (planned); "CHG-9: …" names the order's
ticket (planned).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

_W = "restart the pods of deployment/worker in shop"
_P4 = "scale deployment/payments in shop to 4 replicas"
_UNDO = "roll deployment/checkout in shop back to revision 1"
_IMG = "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"


@pytest.mark.parametrize(
    "intent",
    [
        "I object: restart worker",
        "I object to this: roll back checkout",
        "we strongly object: scale payments to 4",
        "I disagree: set LOG_LEVEL=debug on my-api",
        "I don't agree: restart worker",
        "I'm opposed: switch frontend to 2.2.0",
        "strongly against: roll back checkout",
        "opposed to this - restart worker",
        "not convinced: scale payments to 4",
        "I'm not sold: restart worker",
        "not a fan: roll back checkout",
        "hard no: switch frontend to 2.2.0",
        "no from me: set LOG_LEVEL=debug on my-api",
        "I vote no: restart worker",
        "-1 on this: switch frontend to 2.2.0",
        "I'd hold off: roll back checkout",
        "I'd wait: scale payments to 4",
        "let's wait: restart worker",
        "I'd sooner we held off: scale payments to 4",
        "we'd rather wait on this: restart worker",
    ],
)
def test_an_objection_said_as_the_head_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "consider: switch frontend to 2.2.0",
        "worth considering: restart worker",
        "would be nice: scale payments to 4",
        "food for thought: roll back checkout",
        "might be worth it: set LOG_LEVEL=debug on my-api",
        "LGTM, but maybe: roll back checkout",
        "looks good to me but perhaps: restart worker",
    ],
)
def test_advice_said_as_the_head_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "per alice's review: restart worker",
        "per the review: scale payments to 4",
        "from the review: roll back checkout",
        "from bob's code review: switch frontend to 2.2.0",
        "reviewer: switch frontend to 2.2.0",
        "the reviewers: restart worker",
        "bob commented: restart worker",
        "alice noted - scale payments to 4",
        "bob's review: roll back checkout",
        "alice's feedback: restart worker",
    ],
)
def test_a_review_said_as_another_s_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("suggestion: restart worker", _W),
        ("nit: scale payments to 4", _P4),
        ("Recommendation: restart worker", _W),
        ("per my review: restart worker", _W),
        ("CHG-9: restart worker", _W),
        ("CHG-9 - roll back checkout", _UNDO),
        ("restart worker", _W),
        ("against the noisy alerts, restart worker", _W),
    ],
)
def test_the_writer_s_own_label_stays_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "CHG-9 first: restart worker",
        "CHG-9 first: switch frontend to 2.2.0",
        "CHG-9 first, then scale payments to 4",
        "CHG-9 first, then set LOG_LEVEL=debug on my-api",
        "CHG-9, then roll back checkout",
        "OPS-12, and then restart worker",
        "PR #12 first, then switch frontend to 2.2.0",
        "PR #12 needs to merge first; restart worker",
        "PR 12 has to land first: roll back checkout",
        "(blocked by PR #12) restart worker",
        "[blocked by PR #12] set LOG_LEVEL=debug on my-api",
        "(blocked by PR #12): scale payments to 4",
        "restart worker (blocked by CHG-9)",
        "restart worker (ETA after CHG-9)",
        "roll back checkout (ETA: after PR #12)",
    ],
)
def test_a_record_held_first_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "kudos to bob for restarting worker",
        "shoutout to bob for restarting worker",
        "props to bob for scaling payments to 4",
        "hats off to alice for rolling back checkout",
        "big up bob for restarting worker",
        "kudos to the team for restarting worker",
        "kudos to bob for: restart worker",
        "bravo bob: restart worker",
        "nice one alice — restart worker",
        "gg bob on scaling payments to 4",
        "thanks bob for restarting worker",
        "great job alice on rolling back checkout",
    ],
)
def test_praise_of_another_s_change_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("thanks for the help, restart worker", _W),
        ("nice, restart worker", _W),
        ("great work team. now restart worker", _W),
    ],
)
def test_thanks_before_an_order_stays_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "bob wanted: roll back checkout. they no longer want it",
        "bob wanted: roll back checkout; not anymore",
        "bob wanted: set LOG_LEVEL=debug on my-api; not any more",
        "alice wanted to restart worker, but no longer",
        "alice wanted to roll back checkout, but no longer",
        "bob wanted: scale payments to 4. Dropped.",
        "alice asked for a restart of worker; now dropped",
    ],
)
def test_a_relay_taken_back_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "No restarts. restart worker",
        "No restarts! restart worker",
        "no more restarts please. restart worker",
        "no scaling. scale payments to 4",
        "No image changes: switch frontend to 2.2.0",
        "No image changes. switch frontend to 2.2.0",
        "no rollbacks please: roll back checkout",
        "no rollbacks. roll back checkout",
        "no restarts this week: restart worker",
    ],
)
def test_a_prohibition_beside_its_kind_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("no errors. restart worker", _W),
        ("No image changes: restart worker", _W),
    ],
)
def test_a_prohibition_of_another_kind_stays_planned(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]
