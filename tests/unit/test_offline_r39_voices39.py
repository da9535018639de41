"""Round 39, helper voices39: one table of voices (:mod:`.voices`), then the dialect over-asks.

- Part 1 (a refactor, behaviour kept): each voice's words, strong and weak marks, chat words
  and marks of hearsay, plans and negations live in :mod:`.voices`; :mod:`.tongues`,
  :mod:`.followers`, :mod:`.vernacular`, :mod:`.pledges` and :mod:`.roles` take them by name,
  and :data:`.kindwords.ALTERNATION` is the one regex alternation of the kind nouns.
"""

from __future__ import annotations

import re

import pytest

from dotop_nb.planner.offline import followers, kindwords, tongues, vernacular, voices

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
