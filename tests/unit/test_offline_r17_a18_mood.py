"""Round 17, helper mood (attack18): the marks and words that make a message something other
than its order, read once on every plan (:data:`dotop_nb.planner.offline.emoji.WITHHOLDS` and
``doubts._NOT_ORDERED``).

The shape: an order's words said inside something that withholds them — a stop, a warning, a
skull, a facepalm, a raised hand or a question mark as an emoji, "(sarcasm)" or "/s"; the change
held, paused, called off or corrected ("hold the …", "… is off", "oops, …"); a choice not made
or a change disowned ("torn between", "who told you to …"); a report, an estimate or a picture
of the change ("wants a chart of …"); text about the change (a translation, a verse, a
runbook entry, a step read ahead); a complaint or news ("smh", "… fyi"), an errand left open
("otherwise never mind"); a verdict with no change ("is fast enough", "as stable as a house of
cards"). The nearest orders still plan: a celebrating or pleading emoji, "hold on, …", a report
or the client named as the reason, "hold frontend at 3 replicas", a polite question."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import emoji
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders ⚠️",
        "⛔ delete worker",
        "scale checkout to 0 ☠️",
        "roll back frontend 🤦\u200d♂️",
        "bump frontend to 2.2.0 :facepalm:",
        "scale orders to 1 /s",
        "delete the cache [sarcasm]",
        "🚫 restart payments",
        "scale worker to 6 :octagonal_sign:",
        "restart checkout 🤚",
        "hold off on restarting payments",
        "freeze the frontend upgrade",
        "pause that payments scale-up",
        "the checkout rollback is cancelled",
        "orders restart is on hold",
        "rollback is not necessary, checkout is fine",
        "scale orders to 2 — my bad, checkout to 2",
        "no need for a restart of worker",
        "restart payments ❔",
        "who asked to delete the cache? not me",
        "still debating whether to roll back checkout",
        "can't decide whether to scale orders to 3",
        "not sure whether to restart payments",
        "on the fence about scaling frontend to 6",
        "the CFO needs a cost breakdown for scaling orders to 6",
        "ops want a chart of frontend at 8 replicas",
        "send me a report on restarting payments",
        "estimate the cost of running checkout at 6 replicas",
        "product wants to see the numbers for worker at 3",
        "rephrase this for the status page: restarting payments",
        "proofread: scale orders to 4 tonight",
        "write a poem about deleting the cache",
        "add it to our wiki: roll back checkout when 5xx spike",
        "add to the team checklist: restart worker after deploys",
        "orders keeps crashing smh",
        "checkout 3 pods atm fyi",
        "restart worker if you get a sec, otherwise never mind",
        "payments at 2 replicas right now fwiw",
        "payments is slow again, i'll look at it tomorrow",
        "worker is fast enough",
        "checkout is big enough",
        "orders is as stable as a house of cards",
    ],
)
def test_withheld_orders_are_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "hold on, restart payments",
        "scale worker to 0 for now, its spamming the queue",
        "restart payments, I'll be watching the graphs",
        "restart worker please 🙏",
        "scale frontend to 5 🚀",
        "add a pdb to payments, 1 must stay available",
        "scale orders to 3, the report from the load test says we need it",
        "restart payments, it's stuck",
        "restart worker, we're on step 3 of the incident plan",
        "set a 1Gi memory limit on postgres, 7 days of data is enough",
        "make sure APP_DEBUG=false on my-api, whoops pages are leaking",
        "restart payments, it is stuck again",
        "restart worker, it is OOMing again \U0001f926",
        "checkout 1.1.0 broke the cart :face_palm: roll checkout back please",
        "scale orders to 4, the client wants it",
        "can you scale payments to 4?",
        # (Round 27: the wish alone, relayed, is asked — test_offline_r27_reports; the writer's
        # own go-ahead after it is an order.)
        "the client wants payments at 4 replicas, please do it",
    ],
)
def test_nearest_orders_still_plan(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.operations


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("scale payments to 0 \U0001f6d1", True),
        ("scale payments to 0 :raised_hand:", True),
        ("scale payments to 0 (sarcasm)", True),
        ("scale payments to 0 /s", True),
        ("mount it at /s", False),
        ("scale payments to 0 \U0001f480", True),
        ("restart worker, it is OOMing again \U0001f926", False),
        ("checkout is broken :face_palm: roll it back please", False),
        ("scale payments to 0 \U0001f680", False),
        ("scale payments to 0 \U0001f64f", False),
    ],
)
def test_withholding_marks(text: str, withheld: bool) -> None:
    assert bool(emoji.withheld(text)) is withheld
