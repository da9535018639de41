"""Round 39, helper voices39: one table of voices (:mod:`.voices`), then the dialect over-asks.

- Part 1 (a refactor, behaviour kept): each voice's words, strong and weak marks, chat words
  and marks of hearsay, plans and negations live in :mod:`.voices`; :mod:`.tongues`,
  :mod:`.followers`, :mod:`.vernacular`, :mod:`.pledges` and :mod:`.roles` take them by name,
  and :data:`.kindwords.ALTERNATION` is the one regex alternation of the kind nouns.
- Part 2 (attack44's over-asks in the voices): Patois "pon" before a bare count after "scale"
  is "to" ("scale di worker pon 4"), never before places ("pon 2 nodes"); Patois "lef" is
  "leave"; Pidgin "biko" (please), "jare" (an emphasis, out) and "go" before a bare count after
  "scale NAME" ("biko scale my-api go 8"); Singlish "hor" (out) and "can or not?" ("can?");
  Scots "aye" closing the message after a comma (assent, out); "'cause" (because) marks and is
  read in the voice that drops its g's. Their traps (hearsay, negation, plans) stay asked.
- Left alone: "bounce X fi mi, ya man" (the kit labels it a scale: a restart is right), "mek X
  run N copy", "X fi run pon N replicas, seen?", "we've 2 AZs" beside a count (English too).
"""

from __future__ import annotations

import re

import pytest

from dotop_nb.planner.offline import followers, kindwords, tongues, vernacular, voices
from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


def test_phrase_table_reads_each_phrase_as_its_meaning() -> None:
    assert voices.phrase_table({"later": "nanti|ntar", "now": "sasa"}) == {
        "nanti": "later",
        "ntar": "later",
        "sasa": "now",
    }
    table = {"nanti": "soon"}
    assert voices.phrase_table({"later": "nanti|ntar"}, table, keep=True) is table
    assert table == {"nanti": "soon", "ntar": "later"}
    assert voices.phrase_table({"later": "nanti"}, {"nanti": "soon"}) == {"nanti": "later"}


@pytest.mark.parametrize(
    ("read", "voice"),
    [
        (tongues._SW_WORDS, voices.SWAHILI.words),
        (tongues._SCO_WORDS, voices.SCOTS.words),
        (tongues._PCM_WORDS, voices.PIDGIN.words),
        (tongues._SGL_WORDS, voices.SINGLISH.words),
        (tongues._NL_WORDS, voices.NEWFOUNDLAND.words),
        (tongues._SV_WORDS, voices.SWEDISH.words),
        (tongues._JAM_WORDS, voices.PATOIS.words),
        (tongues._JAM_STRONG, voices.PATOIS.strong),
        (tongues._TH_STRONG, voices.THAI.strong),
        (followers.ADDRESS, voices.ADDRESS),
    ],
)
def test_readers_take_the_voices_tables(read: object, voice: object) -> None:
    assert read is voice


def test_tongues_reads_the_voices_in_order() -> None:
    assert [table for _, _, table, _ in tongues._DIALECTS] == [v.words for v in voices.DIALECTS]


def test_the_kind_nouns_as_one_alternation() -> None:
    assert vernacular._KIND_WORD == kindwords.ALTERNATION
    said = re.compile(rf"(?:{kindwords.ALTERNATION})$")
    assert all(said.match(word) for word in kindwords.NOUNS)
    lengths = [len(word) for word in kindwords.ALTERNATION.split("|")]
    assert lengths == sorted(lengths, reverse=True)  # (the longest first: "pod disruption budget")


@pytest.mark.parametrize("word", sorted(voices.TAGALOG.chat | voices.ADDRESS))
def test_chat_words_go_on_after_a_name(word: str) -> None:
    assert word in followers._WORDS


# Part 2 (attack44's dialect over-asks): the order said in the voice planned.
@pytest.mark.parametrize(
    ("intent", "target", "count"),
    [
        # Patois "pon" before a bare count after "scale": "to".
        ("scale di worker pon 4", "deployment/worker", "4"),
        ("scale di my-api pon 4, we have 2 AZs dem", "deployment/my-api", "4"),
        # Patois "lef" (leave).
        ("scale di payments pon 6 but lef worker alone", "deployment/payments", "6"),
        # Igbo "biko" (please) and Pidgin "go" (to) before a count after "scale".
        ("biko scale my-api go 8", "deployment/my-api", "8"),
        ("biko scale di orders go 3", "deployment/orders", "3"),
        # Scots "aye" closing the message: assent.
        ("scale checkout tae 7, aye", "deployment/checkout", "7"),
    ],
)
def test_dialect_counts_plan(op: Operator, intent: str, target: str, count: str) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 1, planned
    assert target in planned[0].lower(), planned
    assert count in planned[0], planned


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        # Yoruba "jare" closing a Pidgin order (an emphasis), Singlish "hor" (a particle).
        ("abeg bounce worker jare", "deployment/worker"),
        ("restart payments jare, leave orders alone", "deployment/payments"),
        ("help me restart frontend hor", "deployment/frontend"),
        # Singlish "can or not?" (may it be done?) then "just do it".
        ("restart checkout can or not? just do it lah", "deployment/checkout"),
        # A clipped "'cause" in a voice that drops its g's: "because".
        ("restart orders 'cause it's been actin' up", "deployment/orders"),
    ],
)
def test_dialect_particles_plan(op: Operator, intent: str, target: str) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 1, planned
    assert target in planned[0].lower(), planned
    assert planned[0].lower().startswith("restart"), planned


# The voices' traps stay asked: hearsay, a negation, another's plan, a place not a count.
@pytest.mark.parametrize(
    "intent",
    [
        "mi seh scale di worker pon 4",
        "nuh scale di worker pon 4",
        "dem a go scale di worker pon 4",
        "scale di worker pon 2 nodes",
        "biko no scale my-api go 8",
        "bob talk say make we scale my-api go 8",
        "dinnae scale my-api tae 3, aye",
        "Morag says scale my-api tae 3, aye",
        "boss say restart my-api can or not? lah",
        "delete my-api can or not? lah",
        "restart my-api can or not lah, boss say wait",
    ],
)
def test_dialect_traps_ask(op: Operator, intent: str) -> None:
    asks(op, intent)
