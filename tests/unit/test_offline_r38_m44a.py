"""Round 38, helper m44a: what attack44 found of dialects' reported speech, negation and
others' plans, as shapes (:mod:`dotop_nb.planner.offline.vernacular`).

- Hearsay: Patois "seh"/"sey" ("dem seh fi …", "mi hear seh …"), "X tell mi fi …", Pidgin
  "talk say", Singlish "X say must / need to / want to …".
- Another's plan or one's own for later: Patois "a go"/"ago"/"gwine", "X fi VERB", Pidgin
  "na X go …", "we/dem/una go …", Scots "X's gonnae …", "we're gaun tae …".
- A negation or past act before the verb: Patois "nuh", "doan", "nah", "neva", "nuh badda",
  "mi nuh waan", Pidgin "don" — in the clause naming the change's object.
- A thought with its g dropped: "thinkin' 'bout scalin' …", "plannin' on …", "fixin' to …".
- A way back with its direction: "…, then bring it back down", Patois "…, den tek it back up".
- Still planned: a particle closing a clause ("tek worker to 3 replicas nuh"), hearsay of a
  symptom ("restart worker now, bredda seh it a lag"), the speaker's want ("mi need worker fi
  run 5 replica"), a negation of a part left out ("scale orders to 3, no restart").
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        # hearsay
        "dem seh fi bounce checkout",
        "Kemar seh fi scale orders to 5",
        "Kemar sey fi delete worker",
        "mi hear seh dem a go restart payments tonight",
        "mi hear sey dem ago scale frontend pon 3",
        "Shanice tell mi fi scale checkout to 5",
        "di boss seh restart frontend",
        "Andre seh fi set BATCH_SIZE=200 on orders",
        "Andre seh fi set LOG_LEVEL=info on my-api",
        "oga talk say make we scale my-api to 5",
        "Chioma talk say make una restart worker",
        "the manager say need to restart orders",
        "my lead say want to scale worker to 2",
        "boss say must restart payments",
        "supervisor say have to scale checkout to 8",
        # plans of others, or of one's own for later
        "dem gwine delete worker",
        "Marcia fi scale orders to 3 tomorrow",
        "Devon a go restart my-api after lunch",
        "wi a go scale payments to 2",
        "na Chidi go restart payments",
        "na Ngozi go scale frontend to 3 tonight",
        "una go restart frontend",
        "dem go scale checkout to 4 next week",
        "we go restart orders on Monday by God's grace",
        "He's gonnae restart frontend",
        "Ailsa's gonnae scale payments tae 5",
        "we're gaun tae scale payments tae 4",
        # negations and past acts
        "nuh restart checkout",
        "nuh badda restart frontend",
        "nah scale payments to 6",
        "neva restart orders",
        "doan delete my-api",
        "doan bounce worker",
        "mi nuh waan worker pon 2 pods",
        "dem don restart checkout",
        "worker a lag, nuh restart it though",
        # thoughts
        "fixin' to restart worker",
        "plannin' on scalin' orders to 6",
        "thinkin' about restartin' payments",
    ],
)
def test_dialect_no_order_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 5 for now, then bring it back down",
        "scale checkout to 6 fi now, den bring it back down",
        "scale worker to 2 fi now, den tek it back up",
        "scale orders to 8, then take it back down later",
        "scale my-api to 9 and then drop it back down",
    ],
)
def test_way_back_with_its_direction_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("tek worker to 3 replicas nuh", "scale deployment/worker in shop to 3 replicas"),
        ("gi checkout a restart nuh", "restart the pods of deployment/checkout in shop"),
        ("restart worker now, bredda seh it a lag", "restart the pods of deployment/worker"),
        ("restart frontend, dem seh it slow", "restart the pods of deployment/frontend"),
        ("bredren, mi need worker fi run 5 replica", "scale deployment/worker in shop to 5"),
        ("scale orders to 3, no restart", "scale deployment/orders in shop to 3 replicas"),
        ("gwaan scale frontend to 5", "scale deployment/frontend in shop to 5 replicas"),
        ("we go live tomorrow, scale frontend to 6 now", "scale deployment/frontend in shop"),
        ("restart worker, na im dey hang", "restart the pods of deployment/worker"),
        ("gonnae restart worker", "restart the pods of deployment/worker"),
        ("Friday rush don start, abeg restart worker", "restart the pods of deployment/worker"),
        ("scale my-api to 4 for now", "scale deployment/my-api in shop to 4 replicas"),
    ],
)
def test_dialect_order_still_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary)
