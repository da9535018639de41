"""Round 40, helper oa46: attack45's over-asks and two of its unsafe shapes, blind43's words of
courtesy, as word classes (:mod:`dotop_nb.planner.offline.voices`).

- A greeting of another tongue opening an order (:data:`.voices.GREETINGS`: "Jambo, …", "Ni
  hao - …", "Selamat pagi, team, …", "Allillanchu! …"): said to whoever reads, the order planned
  as it is without it, a delete too; a name after the greeting ("Jambo Ravi, …") is still asked.
- Thanks and please of another tongue (:data:`.voices.THANKS`, :data:`.voices.PLEASE`: "…
  takk", "sulpayki, …", "…, grazas", "… por favor"): read as "thanks" and "please"; a delete
  with one is exactly as safe as with the English word.
- An end tag after an order (:data:`.voices.END_TAGS`: "…, ja", "… da", "…, la", "…
  pues", "… nomás", "…, voilà"): the sentence going on; with "?" still a question, and a word
  no class holds still asked.
- A harmless note after a pasted kubectl command marked by "// …", "— …", " -- …" or a courtesy
  alone after a gap ("…   takk"): read as a "# …" comment is; a note that doubts the command
  is still asked, and "create cronjob … -- cmd" keeps its own words.
- "orders, 6 replicas, that's what it runs": how things are, never a scale (attack45 unsafe).
- "delete my-api (the my-api-config map)": a bracket that names another object than the name
  before it is asked (attack45 unsafe).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, outcome, same_plan

pytestmark = pytest.mark.timeout(300)


def _as_safe(op: Operator, intent: str, english: str) -> None:
    """``intent`` is answered as ``english`` is, or asked: never a plan ``english`` lacks."""
    got, expected = outcome(op, intent), outcome(op, english)
    assert got == expected or (got[0] == "needs_clarification" and not got[1]), (intent, got)


# (1) A greeting of another tongue opening an order.
@pytest.mark.parametrize(
    ("intent", "english"),
    [
        ("Jambo, restart the worker deployment", "restart the worker deployment"),
        ("Talofa, restart frontend", "restart frontend"),
        ("Talofa, set my-api replicas to 4", "set my-api replicas to 4"),
        ("Sveiki - set my-api replicas to 5", "set my-api replicas to 5"),
        ("Oi, restart orders", "restart orders"),
        ("Bula, restart orders", "restart orders"),
        ("Zdravo - restart the my-api deployment", "restart the my-api deployment"),
        ("Ayubowan - scale worker to 4", "scale worker to 4"),
        ("Habari! scale worker to 7", "scale worker to 7"),
        ("Kamusta, update frontend to 2.2.0", "update frontend to 2.2.0"),
        ("Szia, set LOG_LEVEL=debug in my-api-config", "set LOG_LEVEL=debug in my-api-config"),
        ("Konnichiwa, roll back checkout", "roll back checkout"),
        ("Buenas tardes, restart frontend", "restart frontend"),
        ("Namaskaram - scale payments to 3", "scale payments to 3"),
        ("Allillanchu! scale the weavers site (frontend) to 4", "scale frontend to 4"),
        ("Ni hao - delete the my-api deployment", "delete the my-api deployment"),
        ("Ni hao, delete the frontend deployment", "delete the frontend deployment"),
        ("Selamat pagi, team, delete the payments deployment", "delete the payments deployment"),
        ("Moin - delete the frontend deployment", "delete the frontend deployment"),
        ("Sawasdee, delete the worker deployment", "delete the worker deployment"),
        ("Sawubona, team, delete the frontend deployment", "delete the frontend deployment"),
        ("Hallo - delete the frontend deployment", "delete the frontend deployment"),
        ("Ciao! delete the frontend deployment", "delete the frontend deployment"),
        ("Labas, delete the frontend deployment", "delete the frontend deployment"),
        ("Aloha - delete the orders deployment", "delete the orders deployment"),
        ("Nomoskar! delete the payments deployment", "delete the payments deployment"),
        ("Howdy - delete the checkout deployment", "delete the checkout deployment"),
    ],
)
def test_greetings_of_other_tongues_open_the_order(op: Operator, intent: str, english: str) -> None:
    same_plan(op, intent, english)


@pytest.mark.parametrize(
    "intent",
    [
        "Jambo Ravi, restart the worker deployment",
        "Talofa Sione, restart frontend",
        "Ni hao Wei, delete the frontend deployment",
        "Bula Tomasi - scale worker to 4",
        "Habari Juma, scale worker to 7",
        "Zorblat, restart frontend",
        "Hola, restart frontend?",
        "Ciao! delete the frontend deployment, na?",
    ],
)
def test_names_unknown_words_and_questions_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) Thanks and please of another tongue.
@pytest.mark.parametrize(
    ("intent", "english"),
    [
        ("sulpayki, update payments to 3.0.2", "update payments to 3.0.2"),
        ("sulpayki, update alpaca payments (payments) to 3.0.2", "update payments to 3.0.2"),
        ("restart worker, grazas", "restart worker"),
        ("scale orders to 4, takk", "scale orders to 4"),
        ("restart frontend, merci beaucoup", "restart frontend"),
        ("roll back checkout, danke", "roll back checkout"),
        ("scale my-api to 3, xie xie", "scale my-api to 3"),
        ("set LOG_LEVEL=debug in my-api-config, arigato", "set LOG_LEVEL=debug in my-api-config"),
        ("terima kasih, restart worker", "restart worker"),
        ("restart worker, asante sana", "restart worker"),
        ("restart worker por favor", "restart worker"),
        ("bitte restart orders", "restart orders"),
        ("scale worker to 2, misaotra", "scale worker to 2"),
        ("update frontend to 2.2.0, dziękuję", "update frontend to 2.2.0"),
    ],
)
def test_thanks_and_please_of_other_tongues(op: Operator, intent: str, english: str) -> None:
    same_plan(op, intent, english)


@pytest.mark.parametrize(
    ("intent", "english"),
    [
        ("delete the frontend deployment, gracias", "delete the frontend deployment, thanks"),
        ("delete worker, takk", "delete worker, thanks"),
        ("sulpayki, delete the checkout deployment", "thanks, delete the checkout deployment"),
        ("delete orders por favor", "delete orders please"),
        ("kubectl delete deploy/payments   gracias", "kubectl delete deploy/payments   thanks"),
        ("delete my-api-config, merci", "delete my-api-config, thanks"),
        ("delete the frontend deployment cher", "delete the frontend deployment"),
    ],
)
def test_a_delete_with_thanks_is_as_safe(op: Operator, intent: str, english: str) -> None:
    _as_safe(op, intent, english)


@pytest.mark.parametrize(
    "intent",
    [
        "takk fyri, everything runs fine now",
        "grazas, the frontend is fine again",
        "sulpayki, all good now with payments",
    ],
)
def test_thanks_alone_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) An end tag after an order.
@pytest.mark.parametrize(
    ("intent", "english"),
    [
        ("scale frontend to 2 replicas, ja", "scale frontend to 2 replicas"),
        ("run six replicas of payments da", "run six replicas of payments"),
        ("set payments replicas to 8, oui", "set payments replicas to 8"),
        ("set payments replicas to 5, da", "set payments replicas to 5"),
        ("bounce orders, sha", "bounce orders"),
        ("run five replicas of checkout la", "run five replicas of checkout"),
        ("rollout restart payments ya", "rollout restart payments"),
        ("scale worker to 5 replicas, la", "scale worker to 5 replicas"),
        ("scale orders to 6, ya", "scale orders to 6"),
        ("restart the dye worker (worker) pues, the colours are stuck", "restart worker"),
        ("the weavers site (frontend) to 4 replicas nomás", "scale frontend to 4"),
        ("the curing worker (worker) needs 2 pods, voilà", "scale worker to 2"),
        ("update frontend to 2.2.0, compadre", "update frontend to 2.2.0"),
        ("roll back checkout, habibi", "roll back checkout"),
        ("restart worker davai", "restart worker"),
    ],
)
def test_end_tags_close_the_order(op: Operator, intent: str, english: str) -> None:
    same_plan(op, intent, english)


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 2 replicas, ja?",
        "restart my-api, na?",
        "scale orders to 6, ya?",
        "scale my-api to 7, ne",
        "rollout restart orders abi",
        "restart worker, blorf",
        "restart worker na",  # (Swahili "and": a second item lost, round 36)
        "restart my-api, na",
    ],
)
def test_tag_questions_and_unknown_tags_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) A harmless note after a pasted kubectl command.
@pytest.mark.parametrize(
    ("intent", "english"),
    [
        ("kubectl scale deploy/payments --replicas=5 -- pls", "scale payments to 5"),
        ("kubectl scale deploy/my-api --replicas=4 -- do it please", "scale my-api to 4"),
        ("kubectl rollout restart deployment/payments -- for the sale", "restart payments"),
        ("kubectl scale deployment checkout --replicas=7 -- ta", "scale checkout to 7"),
        ("kubectl -n shop rollout restart deployment my-api  — pls", "restart my-api"),
        ("kubectl -n shop rollout restart deployment orders  — we need it", "restart orders"),
        ("kubectl scale deploy/worker --replicas=6  — as agreed", "scale worker to 6"),
        ("kubectl scale deploy/checkout --replicas=6   // cheers machan", "scale checkout to 6"),
        ("kubectl -n shop scale deploy/checkout --replicas=8   // thanks!", "scale checkout to 8"),
        ("kubectl rollout restart deploy/payments   // as agreed", "restart payments"),
        ("kubectl scale deploy/frontend --replicas=5   // pls", "scale frontend to 5"),
        ("kubectl scale deploy/payments --replicas=4   takk", "scale payments to 4"),
        ("kubectl scale deploy/orders --replicas=3   por favor", "scale orders to 3"),
        (
            "kubectl set image deploy/payments payments=ghcr.io/acme/payments:3.1.0 -- boat "
            "payments, grazas",
            "kubectl set image deploy/payments payments=ghcr.io/acme/payments:3.1.0",
        ),
    ],
)
def test_a_note_after_a_pasted_command(op: Operator, intent: str, english: str) -> None:
    same_plan(op, intent, english)


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale deploy/payments --replicas=5 -- actually 6",
        "kubectl scale deploy/payments --replicas=5 // not now",
        "kubectl rollout restart deploy/worker  — maybe later",
        "kubectl scale deploy/worker --replicas=5 -- or 6?",
        "kubectl scale deploy/payments --replicas=5   // never run this in shop",
    ],
)
def test_a_note_that_doubts_the_command_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) How things are, said after a verbless count; a bracket naming another object.
@pytest.mark.parametrize(
    "intent",
    [
        "orders, 6 replicas, that's what it runs",
        "payments, 7 replicas, that's what it runs",
        "my-api, 3 replicas, that's what it runs",
        "checkout, 6 replicas, that's what it runs",
        "frontend, 4 replicas, which is what it has now",
        "worker, 5 replicas, that is what it runs",
        "orders 2 replicas - that's how many it runs",
        "delete my-api (the my-api-config map)",
        "restart my-api (the my-api-config map)",
        "delete payments (the payments-config map)",
        "delete my-api (the orders-config map)",
        "restart orders (the worker deployment)",
        "scale checkout (the payments deployment) to 3",
    ],
)
def test_how_things_are_and_a_second_name_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "english"),
    [
        ("restart the weavers site (frontend)", "restart frontend"),
        ("restart orders (orders)", "restart orders"),
        ("scale worker (the worker deployment) to 3", "scale worker to 3"),
        ("scale orders to 6, that's what it needs", "scale orders to 6"),
    ],
)
def test_a_nickname_or_the_same_name_in_brackets_plans(
    op: Operator, intent: str, english: str
) -> None:
    same_plan(op, intent, english)
