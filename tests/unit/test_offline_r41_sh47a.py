"""Round 41, helper sh47a: attack47's negations, retractions and names addressed in other tongues.

- A thanks or a greeting, then a "but", a word that stresses it and a negation of another
  tongue before an order's bare verb ("takk, men ikke restart my-api", "kiitos, älä restart …",
  "danke, bloß nicht restart …", "sulpayki, mana scale …", "gracias, pero nunca …"): asked.
- "make my-api not Guaranteed QoS": the state asked for, said negated, is asked.
- A "no" of another tongue before a second value ("scale my-api to 4, nein 5", "…, nee toch
  5") and a retraction of another tongue after the order ("restart my-api, pues no", "…, ou
  pas", "…, laisse tomber", "delete worker, mejor no"): asked.
- A thanks or a friendly word before a capitalised name or a team ("thanks Bob, scale …",
  "compadre Luis, …", "Luis compadre restart …", "Hola frontend team, …"): said to someone
  else, asked as "Hi Bob," is.
- Kept planned: a thanks or a tag with no name or negation ("thanks, restart frontend",
  "thanks! scale my-api to 4", "cheers mate, …", "restart worker, vale", "…, non-stop").
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, question_for, summaries

pytestmark = pytest.mark.timeout(300)


# @A a thanks or a greeting hiding a negation of another tongue.
@pytest.mark.parametrize(
    "intent",
    [
        "takk, men ikke restart my-api",
        "takk, aldri restart my-api",
        "takk, ikkje restart my-api",
        "kiitos, älä restart my-api",
        "danke, bloß nicht restart my-api",
        "sulpayki, mana scale payments to 3",
        "sulpayki, mana restart payments",
        "mana restart payments",
        "tack, men inte restart worker",
        "tak, men aldrig restart worker",
        "hei, älä restart frontend",
        "kiitos, ei scale checkout to 5",
        "thanks, but nicht restart my-api",
        "danke, aber nicht scale payments to 3",
        "danke, ja nicht restart orders",
        "gracias, pero nunca restart frontend",
        "obrigado, mas nunca scale worker to 2",
        "merci, mais jamais restart frontend",
        "grazie, ma mai restart checkout",
        "dank je, maar nooit restart orders",
        "takk fyrir, ekki restart my-api",
        "thanks, ama nunca restart worker",
        "aldri restart my-api",
        "nooit scale frontend to 6",
    ],
)
def test_a_negation_of_another_tongue_after_a_thanks_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "make my-api not Guaranteed QoS": the state asked for, negated.
@pytest.mark.parametrize(
    "intent",
    [
        "make my-api not Guaranteed QoS",
        "make frontend not Guaranteed QoS",
        "keep payments not Guaranteed QoS",
    ],
)
def test_a_state_made_negated_is_asked(op: Operator, intent: str) -> None:
    # (sh47c's reader of QoS asks it first, as "not wanted"; other states reach the negation's)
    question = question_for(op, intent)
    assert "negation" in question or "not wanted" in question


@pytest.mark.parametrize(
    "intent",
    [
        "make worker not read-only",
        "keep worker not paused",
        "make frontend not Burstable",
    ],
)
def test_a_state_made_negated_beyond_qos_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


# @B a "no" of another tongue before a second value.
@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 4, nein 5",
        "scale my-api to 4, nee 5",
        "scale my-api to 4, non 5",
        "scale my-api to 4, nope 5",
        "scale my-api to 4, nej 5",
        "scale my-api to 4, ei 5",
        "scale my-api to 4, nein doch 5",
        "scale my-api to 4, nee toch 5",
        "scale frontend to 2, nein, 3",
        "scale worker to 6 nej 7",
        "update my-api to 1.5.0, nein 1.5.1",
        "set worker to 3 replicas, nej 4",
        "scale payments to 5, não 6",
        "restart worker, nee frontend",
    ],
)
def test_a_value_corrected_in_another_tongue_is_asked(op: Operator, intent: str) -> None:
    assert "corrected" in question_for(op, intent)


# @B a retraction of another tongue after the order (the deletes most of all).
@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 4, pues no",
        "scale my-api to 4, pensándolo bien no",
        "restart my-api, pues no",
        "restart my-api, bueno no",
        "restart my-api, mejor no",
        "restart my-api, ou pas",
        "restart my-api, o no",
        "restart my-api, ja nee",
        "restart my-api, laisse tomber",
        "restart my-api, vergiss es",
        "restart worker, vale no",
        "restart worker, no vale",
        "delete worker, pues no",
        "delete worker, mejor no",
        "delete worker, ou pas",
        "delete worker, bueno no",
        "delete frontend, oder doch nicht",
        "delete worker, lieber nicht",
        "scale payments to 0, olvídalo",
        "restart orders, lascia perdere",
        "restart frontend, eller ikke",
        "delete worker, glöm det",
        "scale worker to 3 - pensandolo bien, no",
    ],
)
def test_a_retraction_in_another_tongue_is_asked(op: Operator, intent: str) -> None:
    assert "takes back" in question_for(op, intent)


# @D a thanks or a friendly word before a name or a team: said to someone else.
@pytest.mark.parametrize(
    ("intent", "who"),
    [
        ("compadre Luis, scale my-api to 4", "Luis"),
        ("compa Luis, restart frontend", "Luis"),
        ("Luis, compadre, restart frontend", "Luis"),
        ("Luis compadre restart frontend", "Luis"),
        ("hermano Luis, restart frontend", "Luis"),
        ("amigo Luis, restart frontend", "Luis"),
        ("cool Bob, restart frontend", "Bob"),
        ("nice one Bob, restart frontend", "Bob"),
        ("cheers Anna, restart frontend", "Anna"),
        ("thanks Bob, scale my-api to 4", "Bob"),
        ("thanks Bob. restart frontend", "Bob"),
        ("thanks Bob; restart frontend", "Bob"),
        ("takk Ola, scale my-api to 4", "Ola"),
        ("takk Ola. scale my-api to 4", "Ola"),
        ("grazas Xoán, restart frontend", "Xoán"),
        ("gracias Pedro, scale worker to 3", "Pedro"),
        ("merci Jean, restart frontend", "Jean"),
        ("thank you Priya - scale checkout to 5", "Priya"),
        ("danke Jonas: restart orders", "Jonas"),
        ("thanks Bob restart frontend", "Bob"),
        ("amiga Sofia, delete worker", "Sofia"),
        ("Hola frontend team, scale my-api to 4", "frontend team"),
        ("thanks payments team, restart worker", "payments team"),
    ],
)
def test_a_name_after_a_thanks_is_addressed(op: Operator, intent: str, who: str) -> None:
    assert f"addressed to {who}" in question_for(op, intent)


# Look-alikes that stay planned.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("thanks, restart frontend", "restart"),
        ("thanks! scale my-api to 4", "scale"),
        ("cheers mate, restart frontend", "restart"),
        ("Thanks Team, restart frontend", "restart"),
        ("thanks again, restart frontend", "restart"),
        ("takk, restart my-api", "restart"),
        ("gracias, scale worker to 3", "scale"),
        ("hi team, restart frontend", "restart"),
        ("restart worker, vale", "restart"),
        ("scale my-api to 4, thanks", "scale"),
        ("scale my-api to 4, gracias", "scale"),
        ("scale worker to 3, pues", "scale"),
        # (Dutch "niet" is "not": "3, niet 4" says 3, as "3, not 4" does.)
        ("scale worker to 3, niet 4", "to 3 replicas"),
    ],
)
def test_a_courtesy_without_a_name_or_negation_is_planned(
    op: Operator, intent: str, summary: str
) -> None:
    assert any(summary in s for s in summaries(op, intent))
