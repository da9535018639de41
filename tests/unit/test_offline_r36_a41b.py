"""Round 36, helper a41b: attack 40's remaining Scots and Swahili shapes.

The shapes (black-box attack 40, re-run on round 35's main: /work/notes/w35/re40):

- a negation, a refusal, a hedge, a report or an "already did" said in Swahili that no table of
  :mod:`.tongues` reads and that marked no message as Swahili ("sitaki restart worker" I don't
  want, "hapana …" no, "labda …"/"pengine …" maybe, "bob alisema …" bob said, "bob anataka …"
  bob wants, "nimeswitch …"/"tumeset …" I/we have switched/set, "usiswitch …"/"usi-restart …"
  don't, "hakuna haja: …" no need, "… baadaye" later, "… hadi kesho" until tomorrow, "… kama bob
  anakubali" if bob agrees, "delete orders-config, si orders" not orders): the order was planned
  for now. Such a word now marks the message as Swahili and is asked
  (:func:`.tongues.dialect_unread`); a capitalised word inside the message (a person) never does;
- the same in Scots: "I winna …" (won't, now in the table), "there's nae point tae …", "it's nae
  guid tae …", "bob's no keen tae …", "we've awready …": asked;
- a value that is a word of a tongue, after a key and its colon ("set LOG_LEVEL: nae on my-api")
  or going on after the "=" ("put REGION=baada ya into shared-config"), was written as its
  English ("no", "of"): kept as typed (or, for two words, asked which value);
- a clock time with the letter o for a zero ("restart worker at o600"): read by no time reader
  and the restart planned for now; asked;
- over-asks of plain Swahili-English: "ongeza payments kwa mbili" (by two), "ongeza payments
  kutoka 2 hadi 4", "punguza frontend hadi 2" (from, to), "aye, scale payments to 4" (yes).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, question_for, summaries

pytestmark = pytest.mark.timeout(300)

_W = "restart the pods of deployment/worker in shop"
_P4 = "scale deployment/payments in shop to 4 replicas"
_IMG = "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"
_ENV = "patch configmap/my-api-config in shop (merge)"


# (1) Swahili negations, hedges, reports and "already did" no table reads: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "sitaki restart worker",
        "Sitaki scale payments to 4",
        "hatutaki switch frontend to 2.2.0",
        "bob hataki roll back checkout",
        "hapana restart worker",
        "hapana, set LOG_LEVEL=debug on my-api",
        "labda restart worker",
        "pengine scale payments to 4",
        "bob alisema restart worker",
        "bob anasema scale payments to 4",
        "bob anataka switch frontend to 2.2.0",
        "bob alipendekeza restart worker",
        "nimesha restart worker",
        "tumesha scale payments to 4",
        "bob ameshafanya: restart worker",
        "nimeswitch frontend to 2.2.0",
        "tumeset LOG_LEVEL=debug on my-api",
        "bob amescale payments to 4",
        "usiswitch frontend to 2.2.0",
        "tusiset LOG_LEVEL=debug on my-api",
        "usi-restart worker",
        "bado usiswitch frontend to 2.2.0",
        "tayari tumeswitch frontend to 2.2.0",
        "nime scale payments to 4 tayari",
        "hakuna haja: restart worker",
        "hakuna haja roll back checkout",
        "scale payments to 4 baadaye",
        "switch frontend to 2.2.0 hadi kesho",
        "scale payments to 4 mpaka kesho",
        "scale payments to 4 leo jioni",
        "switch frontend to 2.2.0 usiku wa leo",
        "scale payments to 4 wiki ijayo",
        "scale payments to 4 kama bob anakubali",
        "restart worker ijumaa",
    ],
)
def test_a_swahili_word_no_table_reads_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_question_names_the_swahili_word(op: Operator) -> None:
    assert "sitaki" in question_for(op, "sitaki restart worker")
    assert "alisema" in question_for(op, "bob alisema scale payments to 4")


# (2) "X, si Y": Swahili "not Y" after a comma: asked, never Y deleted with X.
def test_si_after_a_comma_asks(op: Operator) -> None:
    asks(op, "delete orders-config, si orders")


# (3) Scots refusals and "already": asked.
@pytest.mark.parametrize(
    "intent",
    [
        "I winna restart worker",
        "I winna scale payments to 4",
        "we wullnae roll back checkout",
        "it's nae guid tae switch frontend to 2.2.0",
        "there's nae point tae restart worker",
        "there's nae use tae scale payments to 4",
        "bob's no keen tae set LOG_LEVEL=debug on my-api",
        "we've awready restart worker",
        "bob's awready done: scale payments to 4",
        "mibbe restart worker",
    ],
)
def test_a_scots_refusal_or_report_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) A clock time with the letter o for a zero: asked, never planned for now.
@pytest.mark.parametrize(
    "intent",
    ["restart worker at o600", "scale payments to 4 at 06OO", "restart worker efter o630"],
)
def test_a_time_with_the_letter_o_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A value that is a word of a tongue is the value as typed, never its English.
@pytest.mark.parametrize("value", ["nae", "efter", "doon", "mbili", "weka", "kwa"])
def test_a_dialect_word_after_a_key_and_colon_is_the_value(op: Operator, value: str) -> None:
    _, body = plans(op, f"set LOG_LEVEL: {value} on my-api")
    assert f'"LOG_LEVEL": "{value}"' in body, body


@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL: the noo on my-api",
        "set LOG_LEVEL: baada ya on my-api",
        "put REGION=baada ya into shared-config",
        "put REGION=peke yake into shared-config",
    ],
)
def test_a_two_word_dialect_value_is_asked_never_read(op: Operator, intent: str) -> None:
    question = question_for(op, intent)
    assert "after" not in question.split("(")[0] or "baada" in question


# (6) Plain Swahili-English and Scots requests: planned.
@pytest.mark.parametrize(
    ("intent", "want"),
    [
        ("ongeza payments kwa mbili", [_P4]),
        ("ongeza payments hadi 4", [_P4]),
        ("ongeza payments kutoka 2 hadi 4", [_P4]),
        ("punguza frontend hadi 2", ["scale deployment/frontend in shop to 2 replicas"]),
        ("punguza frontend kwa moja", ["scale deployment/frontend in shop to 2 replicas"]),
        ("aye, scale payments to 4", [_P4]),
        ("restart worker, nae bother", [_W]),
        ("update my-api tae 1.5.0", None),
        ("scale payments fae 2 tae 3", ["scale deployment/payments in shop to 3 replicas"]),
    ],
)
def test_plain_dialect_requests_stay_planned(
    op: Operator, intent: str, want: list[str] | None
) -> None:
    got = summaries(op, intent)
    if want is None:
        assert got, intent
    else:
        assert got == want


# (7) Near misses that stay planned: a person's name, English words, a value as typed.
@pytest.mark.parametrize(
    ("intent", "want"),
    [
        ("restart worker", [_W]),
        ("scale payments to 4", [_P4]),
        ("switch frontend to 2.2.0", [_IMG]),
        ("set LOG_LEVEL=debug on my-api", [_ENV]),
        ("set LOG_LEVEL to tae on my-api", [_ENV]),
        ("put REGION=kesho into shared-config", ["patch configmap/shared-config in shop (merge)"]),
        ("restart worker at 06:00", None),
        ("restart the wiki worker", None),
    ],
)
def test_near_misses_stay_as_they_were(op: Operator, intent: str, want: list[str] | None) -> None:
    got = summaries(op, intent)
    if want is not None:
        assert got == want


def test_a_capitalised_name_inside_the_message_is_no_swahili_word(op: Operator) -> None:
    # ("Alina", "Alisha": people — the word is never read as a Swahili verb.)
    for intent in ("restart worker, Alina asked for it", "scale payments to 4, cc Alisha"):
        proposal = op.analyze(intent, namespace="shop")
        question = (proposal.question or "").lower()
        assert "understand 'alina'" not in question
        assert "understand 'alisha'" not in question


# (8) A Swahili perfect joined by a hyphen to the order's own verb: a report, asked; joined to
# another verb it says a state, and the order beside it stays planned.
@pytest.mark.parametrize("intent", ["tume-restart worker", "nime-rollback checkout"])
def test_a_hyphened_perfect_of_the_order_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "want"),
    [
        (
            "Tafadhali scale the collection API (my-api) to 4, farmers ni wengi sana leo, "
            "1,200 wame-queue",
            ["scale deployment/my-api in shop to 4 replicas"],
        ),
        (
            "lift-registry db postgres: memory limit 2Gi. right now it has none, like running "
            "without ulimit",
            ["patch statefulset/postgres in shop (strategic)"],
        ),
    ],
)
def test_english_and_swahili_context_words_are_no_marks(
    op: Operator, intent: str, want: list[str]
) -> None:
    assert summaries(op, intent) == want


def test_a_name_at_the_head_shaped_like_a_swahili_verb_is_no_mark(op: Operator) -> None:
    proposal = op.analyze(
        "Hubble: unexpected flow frontend → postgres:5432 → block it; only my-api may talk to "
        "postgres",
        namespace="shop",
    )
    assert "hubble" not in (proposal.question or "").lower()


def test_a_swahili_day_a_schedule_reads_stays_planned(op: Operator) -> None:
    # (The day is the schedule's: "jumamosi" is Saturday, schedules.py reads it.)
    assert summaries(op, "velero schedule for namespace shop jumamosi 01:30") == [
        "apply schedule/namespace-shop in shop"
    ]
