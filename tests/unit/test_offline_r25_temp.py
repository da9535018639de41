"""Round 25, helper temp: one decision for every temporary window (the lead's).

Nothing in dotop-nb reverts a change on a timer. (1) A change the writer says ENDS or is to be
UNDONE is asked, before or after the order: a bounded window ("for the weekend", "for an hour",
"during the sale", "overnight", "this week only"), an end that comes ("until the fix lands",
"untill the sale ends"), an ongoing thing ("while we drain nodes", "in the meantime"), a said
temporariness ("temporarly", "(timeboxed)") or a revert asked for ("and undo it later"); the
question says how to make it permanently now and that the revert is theirs to run. (2) A
purpose or an occasion with no end ("for the sale", "for the demo") and a qualifier of the
present ("for now", "for the time being", "hotfix:") are planned, with one line in the risks
naming the words. The nearest plain orders still plan as before."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _summaries(op: Operator, intent: str) -> tuple[list[str], list[str]]:
    proposal, _ = plans(op, intent)
    return [o.summary() for o in proposal.operations], proposal.risks


# (1) A window, an end, an ongoing thing, a said temporariness, a revert asked: asked.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        # the attack's samples
        ("scale worker to 3 for the weekend", "for the weekend"),
        ("scale worker to 3 during the sale", "during the sale"),
        ("scale worker up to 3 through the peak", "through the peak"),
        ("scale worker to 3 overnight", "overnight"),
        ("scale worker to 3 for the duration of the sale", "for the duration of the sale"),
        ("scale worker to 3 for today", "for today"),
        ("scale worker to 3 for a week", "for a week"),
        ("scale worker to 3 this weekend only", "this weekend only"),
        ("scale worker to 3 while the backlog drains", "while the backlog drains"),
        ("scale worker to 3 until the fix lands", "until the fix lands"),
        ("scale worker to 3 until things calm down", "until things calm down"),
        ("scale worker to 3 throughout the night", "throughout the night"),
        ("scale worker to 3 for the remainder of the week", "for the remainder of the week"),
        ("scale worker to 3 and undo it later", "undo it later"),
        ("scale worker to 3 - remember to scale it back", "remember to scale it back"),
        ("scale worker to 3 temporarly", "temporarly"),
        ("for the weekend, scale worker to 3", "for the weekend"),
        ("during the sale, scale worker to 3", "during the sale"),
        ("until the incident is resolved, scale worker to 3", "until the incident is resolved"),
        ("while we investigate, scale worker to 3", "while we investigate"),
        ("set LOG_LEVEL=debug in my-api-config until the fix lands", "until the fix lands"),
        ("update frontend to 2.2.0 for the weekend", "for the weekend"),
        ("set payments memory to 1Gi until the leak is fixed", "until the leak is fixed"),
        ("add a pdb to payments during the node upgrade", "during the node upgrade"),
        ("add a pdb to payments while we drain nodes", "while we drain nodes"),
        ("scale frontend to 0 for an hour", "for an hour"),
        ("scale worker to 3 untill the sale ends", "untill the sale ends"),
        ("scale worker to 3 for the next sprint", "for the next sprint"),
        ("scale worker to 3 for december", "for december"),
        ("scale worker to 3 for the holiday season", "for the holiday season"),
        ("scale worker to 3 (timeboxed)", "(timeboxed)"),
        # phrasings of our own
        ("scale orders to 4 for the night", "for the night"),
        ("raise checkout's memory limit to 2Gi over the month", "over the month"),
        ("set FEATURE_X=off in my-api-config over the weekend", "over the weekend"),
        ("over the weekend, put payments at 1 replica", "over the weekend"),
        ("scale orders to 5 for the rest of the week", "for the rest of the week"),
        ("scale orders to 5 in the meantime", "in the meantime"),
        ("autoscale checkout 2-10 while we investigate", "while we investigate"),
        ("scale orders to 5 during the db migration", "during the db migration"),
        ("scale orders to 5 and scale it back later", "scale it back later"),
        ("scale orders to 5 while alice is away", "while alice is away"),
        ("payments can wind down to zero over the weekend", "over the weekend"),
        # Older tests' nearest orders (ha2, r22_status, r25_values), asked since the decision.
        ("the worker can be scaled to zero overnight", "overnight"),
        ("worker can go to zero for the night", "for the night"),
        # Round 26: the window closes the sentence the order then points back to (the r11_counts
        # row moved here; it quoted 'Scale it down' as the window, and "over the weekend" was
        # waited on as a start).
        ("frontend can live with a single replica overnight. Scale it down", "overnight"),
        ("worker can sit at zero over the weekend. scale it down", "over the weekend"),
        ("frontend needs 5 replicas during the sale. do it", "during the sale"),
    ],
)
def test_a_change_said_to_end_is_asked(shop: Operator, intent: str, words: str) -> None:
    question = asks(shop, intent).question or ""
    assert words.lower() in question.lower()
    assert "reverts" in question
    assert "yours to run" in question


# (2) A purpose, an occasion, a qualifier of the present: planned, the words in the risks.
@pytest.mark.parametrize(
    ("intent", "summary", "words"),
    [
        ("scale worker to 3 for the sale", "scale deployment/worker in shop to 3", "for the sale"),
        ("scale worker to 3 for black friday", "scale deployment/worker", "for black friday"),
        ("scale worker to 3 for the time being", "scale deployment/worker", "time being"),
        ("for now, scale worker to 3", "scale deployment/worker in shop to 3", "for now"),
        ("hotfix: scale worker to 3", "scale deployment/worker in shop to 3", "hotfix"),
        ("quick fix: scale worker to 3", "scale deployment/worker in shop to 3", "quick fix"),
        ("update frontend to 2.2.0 for the demo", "set image of container web", "for the demo"),
        ("park payments at 0 for now", "scale deployment/payments in shop to 0", "for now"),
        ("scale frontend to 0 for the maintenance", "to 0 replicas", "for the maintenance"),
        ("deny all ingress to postgres for now", "networkpolicy/postgres", "for now"),
        (
            "We don't need checkout running for the time being, please shut it down.",
            "scale deployment/checkout in shop to 0",
            "for the time being",
        ),
        (
            "checkout and worker to five apiece for the sale",
            "scale deployment/checkout in shop to 5",
            "for the sale",
        ),
        ("run worker on 0.9.2 for the soak test", "set image", "for the soak test"),
    ],
)
def test_a_purpose_or_for_now_plans_with_a_risk(
    shop: Operator, intent: str, summary: str, words: str
) -> None:
    summaries, risks = _summaries(shop, intent)
    assert any(summary in s for s in summaries)
    # (misreads names a period it reads itself, "for the sale": said once, either way.)
    (line,) = [r for r in risks if "nothing reverts this" in r or "nothing changes this back" in r]
    assert words in line.lower()


# The nearest plain orders: planned as before, no line of a timer.
@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3",
        "scale worker to 3 permanently",
        "scale worker to 3 for good",
        "scale worker to 3 from now on",
        "add a pdb to payments",
        "scale payments to 4",
        "make payments HA",
        "run payments as non-root",
        "keep at least 2 pods of my-api running during maintenance",
        "at least half of the payments pods have to stay up while nodes drain",
        "payments: no fewer than 2 pods during maintenance",
        "set worker memory to 1Gi while keeping cpu at 500m",
        "scale worker up to 3",
        # Round 26: "Scale it down" alone is the order, never an undo asked for.
        "frontend can live with a single replica. Scale it down",
    ],
)
def test_a_plain_order_still_plans(shop: Operator, intent: str) -> None:
    _, risks = _summaries(shop, intent)
    assert not [r for r in risks if "nothing reverts" in r or "nothing changes this back" in r]


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("scale worker to 4 tomorrow", "tomorrow"),
        ("scale worker to 3 before the sale", "before the sale"),
        ("bounce checkout overnight", "overnight"),
        ("restart payments tonight", "tonight"),
    ],
)
def test_a_start_is_still_awaited(shop: Operator, intent: str, awaits: str) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.awaits
    assert awaits in proposal.awaits


# (3) A time to START said in words: carried in the awaits, or asked naming it; never dropped.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("restart payments two hours from now", "two hours from now"),
        ("restart payments at twenty hundred", "twenty hundred"),
    ],
)
def test_a_start_said_in_words_is_asked(shop: Operator, intent: str, words: str) -> None:
    assert words in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("restart payments by morning", "by morning"),
        ("scale worker to 3 an hour from now", "an hour from now"),
        ("restart payments by the evening", "by the evening"),
    ],
)
def test_a_start_said_in_words_is_awaited(shop: Operator, intent: str, awaits: str) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.awaits
    assert awaits in proposal.awaits
