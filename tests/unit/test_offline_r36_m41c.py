"""Round 36, helper m41c: attack 41's label and praise shapes (plain English).

The shapes (black-box attack 41 on round 36's merge: /work/notes/w36/attack41):

- a ban or a freeze said as a label before an order of the kind it bans ran the order
  ("Restarts are frozen: restart worker", "change freeze: …", "read-only today: …", "do
  nothing: …", "no action: …", "we're in blackout. delete the orders pdb"): asked
  (:func:`.logs.unordered`);
- a label that makes the order no order ran it ("NO: …", "carol's take: …", "last
  week we did: …", "in staging we did: …", "prod-eu: …", "?: …", "restart worker — nit",
  "restart worker 🤔"): asked (:func:`.logs.unordered`); a step or a phase ("phase 2: …") is a
  list's label and stays planned (test_offline_r11_labels: "Phase 3: frontend gets 300m
  cpu"); "suggestion:", "nit:" and "blocking:" alone before an order are the writer's own
  label and stay planned (a standing decision);
- praise of an act done ran it ("well done on the worker restart", "nice work on the worker
  restart", "👍 restart worker", "🎉 restart worker"): asked like thanks for it
  (:mod:`.doubts`, :func:`.logs.unordered` for the emoji).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries

pytestmark = pytest.mark.timeout(300)

_RESTART = ["restart the pods of deployment/worker in shop"]
_SCALE = ["scale deployment/payments in shop to 4 replicas"]


@pytest.mark.parametrize(
    "intent",
    [
        "Restarts are frozen: restart worker",
        "restarts frozen: restart worker",
        "restarts banned: restart worker",
        "restarts off: restart worker",
        "deploys are blocked: scale payments to 4",
        "zero restarts. restart worker",
        "no-restart policy: restart worker",
        "hands off configs. set LOG_LEVEL=debug on my-api",
        "change freeze: restart worker",
        "code freeze — scale payments to 4",
        "release freeze: scale payments to 4",
        "freeze in effect: restart worker",
        "maintenance moratorium: restart worker",
        "moratorium on changes: scale payments to 4",
        "read-only today: restart worker",
        "read only: scale payments to 4",
        "RO mode: restart worker",
        "do nothing: restart worker",
        "touch nothing: scale payments to 4",
        "don't touch anything: restart worker",
        "look but don't touch: restart worker",
        "observe only: restart worker",
        "just watching. delete the orders pdb",
        "no action: restart worker",
        "take no action: scale payments to 4",
        "nothing to do: restart worker",
        "no-op: restart worker",
        "we're in blackout. delete the orders pdb",
        "blackout window: scale payments to 4",
    ],
)
def test_a_ban_or_freeze_label_before_an_order_asks(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "NO: restart worker",
        "carol's take: restart worker",
        "bob's view: scale payments to 4",
        "alice's opinion: restart worker",
        "not my call: scale payments to 4",
        "devil's advocate: restart worker",
        "strong disagree: scale payments to 4",
        "from the retro: restart worker",
        "last week we did: restart worker",
        "on friday we did: scale payments to 4",
        "in staging we did: restart worker",
        "in prod we did: scale payments to 4",
        "we should have: restart worker",
        "should've: scale payments to 4",
        "prod-eu: restart worker",
        "in the other namespace: scale payments to 4",
        "?: restart worker",
        "??: scale payments to 4",
        "random thought: restart worker",
        "hmmm maybe: scale payments to 4",
        "restart worker — nit",
        "restart worker (nit)",
        "restart worker [blocking]",
        "restart worker - not my call",
        "restart worker, per the retro",
        "restart worker 🤔",
        "scale payments to 4 🤷",
        "🤔 restart worker",
        "🌙 scale payments to 4",
    ],
)
def test_a_label_that_makes_the_order_no_order_asks(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "well done on the worker restart",
        "nice work on the worker restart",
        "great job on the worker restart",
        "thanks for the worker restart",
        "love the worker restart",
        "👍 restart worker",
        "🎉 restart worker",
        "mad props: restart worker",
    ],
)
def test_praise_of_an_act_asks(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # the writer's own label (a standing decision)
        ("suggestion: restart worker", _RESTART),
        ("nit: restart worker", _RESTART),
        ("blocking: scale payments to 4", _SCALE),
        # a lead-in, thanks before an order, a list's step
        ("for now, restart worker", _RESTART),
        ("hold on, restart worker", _RESTART),
        ("thanks, restart worker", _RESTART),
        ("step 1: restart worker", _RESTART),
        ("phase 2: restart worker", _RESTART),
        ("TODO: restart worker", _RESTART),
        ("no. restart worker", _RESTART),
        ("restart worker 🙏", _RESTART),
        ("restart worker please", _RESTART),
        ("scale payments to 4", _SCALE),
        ("scale payments to 4 👍", _SCALE),
        ("restart worker, it is on fire 🔥", _RESTART),
    ],
)
def test_near_misses_stay_planned(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned
