"""Round 38, helper sh43: the unsafe shapes a black-box attacker (attack43) left on main.

- Another person's plan said after a role ("the oncall gonna restart worker", "our dba going to
  scale orders to 5") or two names ("Wei Ling'll scale orders to 5", "Mary Jane's gonna bump
  frontend"): asked (:data:`dotop_nb.planner.offline.roles._OTHER_ACTOR`).
- A promise the speaker made or told of, or an errand given to another ("I promised Bob I'd
  restart payments", "I told Kemi I'd scale worker to 3 later", "I told Bob to restart
  worker"): asked; "I told you to restart worker" repeats an order and plans.
- Pidgin reported speech with no other Pidgin word ("Kemi don talk say she go restart worker",
  "Bola tok say he go scale orders to 5"): read as Pidgin, the relayed plan asked.
- A date in another tongue after the order ("scale worker to 3 le 12 mars", "scale checkout to
  4 el 3 de abril"): asked, never planned for now; "on 12 March" still waits.
- A backup with a bare clock time ("back up shop at 2am": once, or every night?) or a vague
  cadence ("often", "regularly", "every so often": when?): asked; "daily at 2am" plans.

Left as planned, by decision: "TODO: …", "- [ ] …" and "Runbook step 3: …". Typed into
``%operate``, a to-do or an open checklist box is the user pasting what they want done; the
labelled sets (intents: "TODO: tear down orders …", "- [ ] ship frontend 2.3.0") plan them, and
a to-do filed for later ("TODO later:", "TODO(alice):") or a done box ("- [x] …") is asked
already. Flagged to the lead as a product decision, not changed here.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "the oncall gonna restart worker",
        "Wei Ling'll scale orders to 5",
        "Mary Jane's gonna scale frontend to 3",
        "our dba going to scale orders to 5",
        "the sre team gonna bounce payments",
        "Chen Jie will restart cache",
        "my manager gonna bump my-api to 2.0.1",
        "Juan Carlos's going to scale worker to 2",
        "the night shift gonna restart worker",
        "Ana Maria going to scale checkout to 6",
    ],
)
def test_anothers_plan_after_a_role_or_two_names_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "I promised Bob I'd restart payments",
        "I told Kemi I'd scale worker to 3 later",
        "I said I'd restart worker",
        "I promised the team I would scale orders to 4",
        "we promised to bounce orders",
        "I told Mary Jane I would bump frontend to 2.2.0",
        "I texted Ada I'm gonna restart worker",
        "I swore I'd restart my-api",
        "I told Bob to restart worker",
        "I asked the oncall to scale orders to 5",
    ],
)
def test_a_promise_or_an_errand_told_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    ["I told you to restart worker", "I said restart worker", "I told u to restart worker"],
)
def test_an_order_repeated_to_the_tool_plans(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/worker in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "Kemi don talk say she go restart worker",
        "Bola tok say he go scale orders to 5",
        "Tunde don tell am say make we bump frontend to 2.2.0",
        "Chidi talk say dem go restart payments",
        "Ada yarn say e go restart checkout",
    ],
)
def test_pidgin_reported_speech_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3 le 12 mars",
        "scale checkout to 4 el 3 de abril",
        "scale my-api to 6 il 20 maggio",
        "scale payments to 5 el 3 de diciembre",
        "scale worker to 5 op 12 mei",
        "scale orders to 3 em 12 de maio",
    ],
)
def test_a_foreign_date_after_the_order_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent", ["scale worker to 3 le 12 mars", "scale checkout to 4 el 3 de abril"]
)
def test_the_question_names_the_foreign_date(op: Operator, intent: str) -> None:
    assert "another tongue" in (asks(op, intent).question or "")


def test_an_english_date_after_the_order_still_waits(op: Operator) -> None:
    proposal, _ = plans(op, "scale orders to 5 on 12 March")
    assert proposal.awaits == "on 12 March"


@pytest.mark.parametrize(
    "intent",
    [
        "back up shop at 2am",
        "back up the namespace at 02:00",
        "backup postgres at 2am UTC",
        "back up shop often",
        "back up shop regularly",
        "back up shop every so often",
        "take a backup of shop periodically",
        "back up postgres frequently",
        "back up shop from time to time",
    ],
)
def test_a_backup_with_a_bare_time_or_a_vague_cadence_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "back up shop every night at 2am",
        "back up shop daily at 2am",
        "back up shop on sunday at 3am",
        "schedule a backup of shop at 4am",
        "back up shop now",
    ],
)
def test_a_backup_with_its_cadence_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)
