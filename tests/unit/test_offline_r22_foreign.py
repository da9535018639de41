"""Round 23, helper foreign: another language's words after an English order, and a change said
for a while.

The shapes (black-box attack of round 22): (D) a time, negation, doubt or condition said in
another language after an English order ("scale payments to 4 nicht jetzt", "delete worker
może", "update my-api to 2.3.1 morgen", "… bis Freitag", "… in KW 50") was dropped and the
order planned for now; (F) a change said to hold for a while ("until monday", "while we
migrate", "for a bit", "as a test", "temporarily") was planned as a permanent one. Another
language's words are read as the English they mean (:mod:`.tongues`): a time is waited on, in
the words as sent; "not now", "maybe", "if necessary" and an end are asked; words after the
order that are not English are asked, naming them. A change for a while is asked, saying that
nothing here reverts it on a timer (:mod:`.durations`). The nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import tongues
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (D) "not now", "maybe", "if necessary" in another language: asked, naming the words.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale payments to 4 nicht jetzt", "nicht jetzt"),
        ("scale payments to 4 agora não", "agora não"),
        ("scale payments to 4 nie teraz", "nie teraz"),
        ("scale payments to 4 pas maintenant", "pas maintenant"),
        ("update my-api to 2.3.1 nicht jetzt", "nicht jetzt"),
        ("set memory limit of payments to 1Gi agora não", "agora não"),
        ("restart worker ahora no", "ahora no"),
        ("scale orders to 3 niet nu", "niet nu"),
        ("scale payments to 4 vielleicht", "vielleicht"),
        ("scale payments to 4 talvez", "talvez"),
        ("scale payments to 4 może", "może"),
        ("scale payments to 4 peut-être", "peut-être"),
        ("delete worker może", "może"),
        ("delete worker peut-être", "peut-être"),
        ("delete the payments service vielleicht", "vielleicht"),
        ("update my-api to 2.3.1 vielleicht", "vielleicht"),
        ("restart checkout forse", "forse"),
        ("scale orders to 2 quizás", "quizás"),
        ("scale payments to 4 se necessário", "se necessário"),
        ("scale payments to 4 jeśli trzeba", "jeśli trzeba"),
        ("scale payments to 4 si nécessaire", "si nécessaire"),
        ("give worker 512Mi of memory falls nötig", "falls nötig"),
        ("scale payments to 4 noch nicht", "noch nicht"),
    ],
)
def test_a_negation_doubt_or_condition_in_another_language_is_asked(
    op: Operator, intent: str, said: str
) -> None:
    question = asks(op, intent).question or ""
    assert repr(said) in question


# (D) A time or a day in another language: waited on, in the words as sent (a delete asks).
@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("scale payments to 4 morgen", "morgen"),
        ("scale payments to 4 amanhã", "amanhã"),
        ("scale payments to 4 jutro", "jutro"),
        ("scale payments to 4 내일", "내일"),
        ("scale payments to 4 غدا", "غدا"),
        ("scale payments to 4 demain", "demain"),
        ("scale payments to 4 mañana", "mañana"),
        ("scale payments to 4 domani", "domani"),
        ("scale payments to 4 bukra", "bukra"),
        ("scale payments to 4 ba'den", "ba'den"),
        ("scale payments to 4 nach dem Release", "nach dem Release"),
        ("scale payments to 4 po wydaniu", "po wydaniu"),
        ("scale payments to 4 heute Abend", "heute Abend"),
        ("scale payments to 4 esta noite", "esta noite"),
        ("scale payments to 4 dziś wieczorem", "dziś wieczorem"),
        ("scale payments to 4 ce soir", "ce soir"),
        ("scale payments to 4 na segunda", "na segunda"),
        ("scale payments to 4 w poniedziałek", "w poniedziałek"),
        ("scale payments to 4 lundi", "lundi"),
        ("restart worker amanhã", "amanhã"),
        ("update my-api to 2.3.1 morgen", "morgen"),
        ("restart orders stasera", "stasera"),
        ("scale worker to 2 am Freitag", "am Freitag"),
        ("restart checkout vanavond", "vanavond"),
        ("scale frontend to 5 завтра", "завтра"),
        ("restart payments plus tard", "plus tard"),
    ],
)
def test_a_time_in_another_language_is_waited_on_as_said(
    op: Operator, intent: str, awaits: str
) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.awaits == awaits
    assert proposal.operations


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker mañana",
        "delete worker amanhã",
        "delete the orders pdb morgen",
        "delete the payments service amanhã",
        "delete worker, bitte erst nach dem cutover",
        "delete worker next wk",
        "delete worker demain",
    ],
)
def test_a_delete_with_a_time_in_another_language_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (D) An end in another language, and a calendar week: asked.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale payments to 4 bis Freitag", "until friday"),
        ("scale payments to 4 até sexta", "until friday"),
        ("scale payments to 4 do piątku", "until friday"),
        ("scale worker to 0 hasta el lunes", "until monday"),
        ("set LOG_LEVEL=debug on my-api durante o incidente", "during the incident"),
        ("scale worker to 0 podczas migracji", "podczas migracji"),
        ("scale payments to 4 in KW 50", "in KW 50"),
        ("scale payments to 4 in week 50", "in week 50"),
        ("scale payments to 4 in CW50", "in CW50"),
        ("delete worker in KW 50", "in KW 50"),
        ("delete worker in week 50", "in week 50"),
        ("update my-api to 2.3.1 in week 50", "in week 50"),
    ],
)
def test_an_end_or_a_calendar_week_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(said) in question


# (D) Words after the order that are not English and no reader reads: asked, named.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("scale payments to 4 nicht", "nicht"),
        ("scale payments to 4 明後日", "明後日"),
        ("restart worker завтра утром", "утром"),
        ("scale orders to 3 quando possível", "quando possível"),
        ("scale payments to 4 domingo", "domingo"),
        ("scale worker to 0 während der Migration", "während der Migration"),
    ],
)
def test_words_after_the_order_that_are_not_english_are_asked(
    op: Operator, intent: str, words: str
) -> None:
    question = asks(op, intent).question or ""
    assert repr(words) in question


# (D) The nearest plain orders, names and values still plan.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4",
        "scale payments to 4 please",
        "scale payments to 4, danke",
        "scale payments to 4, merci",
        "update my-api to 2.3.1",
        "set LOG_LEVEL=debug on my-api",
        "set GREETING=café on my-api",
        'set GREETING to "café" on my-api',
        "set the GREETING of my-api to café",
        "delete worker",
        "restart checkout asap",
        "make payments HA",
        "run payments as non-root",
        "rollback checkout",
        "frontend across zones pls, eu-west-1a blipped last wk",
        "kindly increase the memory limit of payments to 512Mi. Thanks and regards, Zoë",
    ],
)
def test_plain_orders_names_and_values_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)


def test_a_time_in_english_still_waits(op: Operator) -> None:
    proposal, _ = plans(op, "scale worker to 4 tomorrow")
    assert proposal.awaits == "tomorrow"


def test_a_value_with_an_accent_is_carried_as_said(op: Operator) -> None:
    _, body = plans(op, "set GREETING=café on my-api")
    assert '"value": "caf\\u00e9"' in body


def test_a_name_is_never_read_as_another_language() -> None:
    assert tongues.read("restart morgen", frozenset({"morgen"})) == "restart morgen"
    assert tongues.read('set NOTE="nicht jetzt" on worker') == 'set NOTE="nicht jetzt" on worker'
    assert tongues.read("scale payments to 4 nicht jetzt") == "scale payments to 4 not now"


# (F) A change said to hold for a while: asked, saying nothing reverts it on a timer.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale worker to 4 until monday", "until monday"),
        ("scale worker to 4 till monday", "till monday"),
        ("scale worker to 4 through the weekend", "through the weekend"),
        ("set LOG_LEVEL=debug on my-api until friday", "until friday"),
        ("set LOG_LEVEL=debug on my-api for the next hour", "for the next hour"),
        ("set LOG_LEVEL=debug on my-api while we investigate", "while we investigate"),
        ("set LOG_LEVEL=debug on my-api during the incident", "during the incident"),
        ("set LOG_LEVEL=debug on my-api through the incident", "through the incident"),
        ("set LOG_LEVEL=debug on my-api just for today", "just for today"),
        ("set LOG_LEVEL=debug on my-api for today only", "for today only"),
        ("set memory limit of payments to 1Gi through friday", "through friday"),
        ("set memory limit of payments to 512Mi until friday", "until friday"),
        ("update my-api to 2.3.1 until friday", "until friday"),
        ("rollback checkout until friday", "until friday"),
        ("scale payments to 0 for the holidays", "for the holidays"),
        ("scale payments to 0 while the db is migrated", "while the db is migrated"),
        ("scale payments to 0 while we migrate", "while we migrate"),
        ("scale payments to 0 whilst we migrate", "whilst we migrate"),
        ("scale payments to 0 as we migrate", "as we migrate"),
        (
            "scale payments to 0 for the duration of the migration",
            "for the duration of the migration",
        ),
        ("scale payments to 0 for the migration", "for the migration"),
        ("scale payments to 0 for a bit", "for a bit"),
        ("scale payments to 0 for a while", "for a while"),
        ("scale payments to 0 briefly", "briefly"),
        ("scale payments to 0 momentarily", "momentarily"),
        ("scale payments to 0 short-term", "short-term"),
        ("scale payments to 0 in the short term", "in the short term"),
        ("scale payments to 0 as a stopgap", "as a stopgap"),
        ("scale payments to 0 as a temporary measure", "as a temporary measure"),
        ("scale payments to 0 as a quick fix until the patch", "as a quick fix until the patch"),
        ("scale payments to 0 as a test", "as a test"),
        ("scale payments to 0 as an experiment", "as an experiment"),
        ("scale payments to 0 for a test", "for a test"),
        ("scale worker to 4 temporarily", "temporarily"),
        ("autoscale payments 2-10 at 70% cpu temporarily", "temporarily"),
        ("Can you make the scale of payments to 4 until the evening?", "until the evening"),
        ("back up postgres nightly during the migration", "during the migration"),
        # phrasings of our own
        ("scale orders to 6 till the evening", "till the evening"),
        ("give worker 1Gi of memory until next week", "until next week"),
        ("set FEATURE_X=on in my-api-config for a few hours", "for a few hours"),
        ("scale checkout to 5 for the next couple of days", "for the next couple of days"),
        ("scale orders to 0 while we debug the consumer", "while we debug the consumer"),
        ("set LOG_LEVEL=trace on worker temporarily", "temporarily"),
        ("scale frontend to 2 as a workaround", "as a workaround"),
        ("pin checkout to 1.0.0 on a trial basis", "on a trial basis"),
        # round 10 and 16 phrasings, planned before round 23
        ("scale orders to 0 till tuesday", "till tuesday"),
        ("checkout to 6 replicas through sunday", "through sunday"),
        ("my-api to 3 pods from now till friday", "from now till friday"),
        ("set LOG_LEVEL=debug on my-api until thursday", "until thursday"),
        (
            "scale worker to 0 so nothing gets consumed from the queue while we migrate the "
            "database",
            "while we migrate the database",
        ),
        (
            "take worker down to zero so it doesn't pick up jobs during the cutover",
            "during the cutover",
        ),
    ],
)
def test_a_change_for_a_while_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(said) in question
    assert "Nothing here reverts a change on a timer" in question
    assert "permanently now" in question
    assert "yours to run" in question


@pytest.mark.parametrize(
    "intent",
    ["scale worker to 4 except weekends", "set LOG_LEVEL=debug on my-api except weekends"],
)
def test_a_change_on_some_days_only_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "on a schedule" in question
    assert "yours to run" in question


# (F) The nearest phrasings that say no end of the change still plan.
@pytest.mark.parametrize(
    "intent",
    [
        # (Round 25: "… for the weekend", "… while we watch the orders queue" bound a window:
        # asked, see test_offline_r25_temp.)
        "scale payments to 4 for the sale",
        "park payments at 0 for now",
        "back up postgres nightly",
        "back up postgres every day and keep 7 days",
        "make payments HA",
        "run payments as non-root",
        "rollback checkout",
        "set LOG_LEVEL to debug until further notice on my-api",
        "roll back checkout and scale it to 4 while we investigate",
        "scale worker to zero while I debug the task retries, nothing may consume from the queue",
        "my-api should log more while we debug: LOG_LEVEL=debug",
        "set CACHE_MODE=temporary on worker",
    ],
)
def test_orders_with_no_end_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)


def test_a_time_to_start_still_waits(op: Operator) -> None:
    proposal, _ = plans(op, "scale worker to 4 on monday")
    assert proposal.awaits == "on monday"


def test_a_period_said_of_what_is_kept_is_no_change_for_a_while(op: Operator) -> None:
    # "for the migration" is how long the service and its ConfigMap are kept, not the delete.
    p, _ = plans(
        op, "delete the payments deployment, keep its service and payments-config for the migration"
    )
    assert [(o.kind, o.target.name) for o in p.operations] == [("delete", "payments")]


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 0 and keep it there for a while",
        "scale worker to 0, leave it like that for a bit",
    ],
)
def test_a_period_said_of_the_change_kept_is_still_asked(op: Operator, intent: str) -> None:
    assert "only for a while" in (asks(op, intent).question or "")
