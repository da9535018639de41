"""Round 37, helper m43a: what attack43 found on the round's merge, as shapes.

- Pidgin and Singlish words that make a change no order of the writer's, once the particle that
  marks the voice is taken out (:func:`dotop_nb.planner.offline.tongues.chat_unread`): "don"
  before a verb (a past act, "dem don restart worker o"), "liao" (done already), "X say …"
  (another's word, "boss say no"), "he go VERB" (another's promise), "abi" (or, "isn't it?"),
  "no be so", "who dey" (a question) — in the clause naming the change's object only; a clause
  of its own is context ("Friday rush don start, …").
- An apostrophe inside a word ("don't", "b'y") opens no quote: "don't go restarting frontend
  b'y" is a "don't".
- Another's plan said with "gonna", "going to", Indonesian "akan"/"mau", or by two people ("Bob
  n Kemi gonna restart orders").
- French "pas (de)", Norwegian "ikke", Swedish "inte"/"ej" before an order's bare verb.
- A past wish taken back by what was seen since ("… but then I saw the dashboard"), or said
  without its subject ("meant to restart payments, but forget it"); Indonesian "gak jadi" (not
  going ahead); "I wish I could restart worker".
- Over-asks: "kthx" is thanks, Newfoundland "yeah b'y" an exclamation as "yes b'y" is.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

RESTART_WORKER = "restart the pods of deployment/worker in shop"


@pytest.mark.parametrize(
    "intent",
    [
        "dem don restart worker o",
        "dem don restart frontend abeg",
        "abeg dem don scale payments to 4 o",
        "Bob say he go restart frontend b'y",
        "oga say make we restart worker abeg",
        "wanted to restart payments lah but boss say no",
        "Wei Ling say she restart orders liao",
        "restart worker liao lah",
        "who dey restart orders",
        "scale my-api to 6 abi 7",
        "scale payments to 3 abi no be so",
        "dem go restart worker tomorrow o",
    ],
)
def test_pidgin_singlish_no_order_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("abeg restart worker", RESTART_WORKER),
        ("worker dey struggle, double am", "scale deployment/worker in shop to 2 replicas"),
        ("restart worker o", RESTART_WORKER),
        ("Friday rush don start, abeg restart worker", RESTART_WORKER),
        ("Lunch crowd coming liao, restart worker can?", RESTART_WORKER),
        ("restart worker lah", RESTART_WORKER),
    ],
)
def test_pidgin_singlish_order_still_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary.rsplit(" to ", 1)[0])


@pytest.mark.parametrize(
    "intent",
    [
        "don't go restarting frontend b'y",
        "don't restart worker b'y",
        "Bob akan restart postgres",
        "Mary mau restart frontend",
        "Mary gonna scale payments to 6",
        "Bob n Kemi gonna restart orders",
        "Kemi going to restart worker",
        "pas de restart orders",
        "ikke restart worker",
        "inte scale payments to 3",
        "tadinya mau restart my-api, gak jadi deh",
        "restart worker nggak jadi",
        "I wanted to scale orders to 7 but then I saw the dashboard",
        "we wanted to restart worker but we checked the graphs",
        "meant to restart payments, but forget it",
        "wanted to scale worker to 4 but never mind",
        "I wish I could restart worker",
        "Kemi dey go restart postgres",
    ],
)
def test_not_an_order_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale orders to 8 kthx!", "scale deployment/orders in shop to 8 replicas"),
        ("restart worker kthx", RESTART_WORKER),
        ("restart worker, yeah b'y", RESTART_WORKER),
        ("restart worker, yes b'y", RESTART_WORKER),
        ("scale payments to 3 and restart worker", "scale deployment/payments in shop to 3"),
        ("restart worker, gak jadi masalah", RESTART_WORKER),
        ("I wish you would restart worker", RESTART_WORKER),
    ],
)
def test_still_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary)
