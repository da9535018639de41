"""Round 42, helper lex42: the courtesy words of ~150 more tongues, region by region
(:mod:`dotop_nb.planner.offline.courtesy`, unioned into :mod:`.voices`' closed classes).

- A greeting, a thanks, a please or an urging word of another tongue opening, tagging or
  signing off an order of any kind (scale, restart, resources, rollback, config): the order
  planned as it is in English ("restart the banner proxy (the cache Deployment) palihug",
  "… 384Mi, mālō", "Bonas! … from 3 to 5 replicas, ajò").
- An urging word opening the line names nobody ("davai, restart …", "vamos, scale …"); a name
  opening the line ("Bob, …", "Davai Bob, …", "Mālō e lelei Sione, …") still asks.
- "…, mi raccomando no pod deleted by hand": the courtesy out, the prohibition read.
- Near misses still ask: a "no", "later", "tomorrow" of those tongues in the same places, an
  unknown word, a tag with "?".
- The lists: lower-case, no entry both a thanks and a please, none a voice's own word, none of
  the words left out (:data:`.courtesy.EXCLUDED`), no single word an English word or a name.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from dotop_nb.planner.offline import courtesy, voices
from dotop_nb.service import Operator
from tests.memory import asks, outcome, same_plan

pytestmark = pytest.mark.timeout(300)


# (1) One region at least each, as an opening, a tag and a sign-off, around orders of each kind.
@pytest.mark.parametrize(
    ("intent", "english"),
    [
        # Pacific
        ("restart worker, tenkyu", "restart worker"),
        ("set my-api replicas to 4, fa'amolemole", "set my-api replicas to 4"),
        ("scale worker to 4, mālō", "scale worker to 4"),
        ("restart orders, meitaki", "restart orders"),
        # Philippines
        ("restart frontend palihug", "restart frontend"),
        ("Palihug, roll back checkout", "roll back checkout"),
        ("restart worker, agyamanak", "restart worker"),
        # Indonesia and Malaysia
        ("restart orders maturnuwun", "restart orders"),
        ("jom, restart worker", "restart worker"),
        # Mainland Southeast Asia
        ("Suosdei, set LOG_LEVEL=debug in my-api-config", "set LOG_LEVEL=debug in my-api-config"),
        ("restart orders, arkun", "restart orders"),
        # South Asia
        (
            "set the memory limit of my-api to 512Mi dhonyobaad",
            "set the memory limit of my-api to 512Mi",
        ),
        ("scale frontend to 5, dayavittu", "scale frontend to 5"),
        # Central Asia and the Caucasus
        ("iltimos, roll back checkout", "roll back checkout"),
        ("Barev, scale orders to 3", "scale orders to 3"),
        # Middle East
        ("restart my-api, spas", "restart my-api"),
        ("bevakasha, restart frontend", "restart frontend"),
        # Africa
        ("scale worker to 2, eseun", "scale worker to 2"),
        ("scale worker to 2 medaase", "scale worker to 2"),
        ("restart worker, ndatenda", "restart worker"),
        ("restart payments, asseblief", "restart payments"),
        ("ngwa, restart payments", "restart payments"),
        ("Dumela, roll back checkout", "roll back checkout"),
        ("restart orders murakoze", "restart orders"),
        # Europe
        ("jamme, restart frontend", "restart frontend"),
        ("Moien, scale my-api to 3", "scale my-api to 3"),
        ("restart frontend, spasibki", "restart frontend"),
        ("restart orders, poehali", "restart orders"),
        ("scale frontend to 5, kiitti", "scale frontend to 5"),
        ("scale payments to 3, molim", "scale payments to 3"),
        ("restart worker, jallalla", "restart worker"),
        # Americas
        ("Napaykullayki, restart worker", "restart worker"),
        ("roll back checkout, añay", "roll back checkout"),
        ("haku, scale frontend to 4", "scale frontend to 4"),
        ("bonjou, set the cpu limit of worker to 500m", "set the cpu limit of worker to 500m"),
    ],
)
def test_courtesy_of_every_region_around_an_order(op: Operator, intent: str, english: str) -> None:
    same_plan(op, intent, english)


def test_the_briefs_phrasings_plan_with_their_values(op: Operator) -> None:
    status, ops = outcome(
        op, "the receipt proxy (the cache Deployment) memory limit from 256Mi up to 384Mi, mālō"
    )
    assert status == "proposed"
    assert ops == ["patch deployment/cache in shop (strategic)"]
    patch = op.analyze(
        "the receipt proxy (the cache Deployment) memory limit from 256Mi up to 384Mi, mālō",
        namespace="shop",
    ).operations[0]
    assert "384Mi" in str(getattr(patch, "patch", ""))
    assert outcome(op, "restart the banner proxy (the cache Deployment) palihug") == (
        "proposed",
        ["restart the pods of deployment/cache in shop"],
    )
    assert outcome(op, "Bonas! dairy site (frontend) from 3 to 5 replicas, ajò") == (
        "proposed",
        ["scale deployment/frontend in shop to 5 replicas"],
    )
    same_plan(
        op,
        "rollout undo on the balikbayan checkout (checkout) palihug, 1.1.0 double charges",
        "rollout undo on the checkout, 1.1.0 double charges",
    )


# (2) An urging word opening the line is no person addressed; a name still is.
@pytest.mark.parametrize(
    ("intent", "english"),
    [
        (
            "davai, restart all tier=backend deployments but not the rug orders (orders)",
            "restart all tier=backend deployments but not the orders",
        ),
        ("vamos, scale worker to 3", "scale worker to 3"),
        ("Allez, restart frontend", "restart frontend"),
        ("Ajo, scale orders to 3", "scale orders to 3"),
        ("Jom, set LOG_LEVEL=debug in my-api-config", "set LOG_LEVEL=debug in my-api-config"),
        ("Kettik, roll back checkout", "roll back checkout"),
        ("tokende, scale orders to 3", "scale orders to 3"),
    ],
)
def test_an_urging_word_opening_the_line(op: Operator, intent: str, english: str) -> None:
    same_plan(op, intent, english)


@pytest.mark.parametrize(
    "intent",
    [
        "Bob, restart worker",
        "Davai Bob, restart worker",
        "Vamos Luis, scale worker to 3",
        "Mālō e lelei Sione, restart worker",
        "Dan, restart worker",
        "Aga, restart worker",
        "Jo, restart worker",
    ],
)
def test_a_name_opening_the_line_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2b) A courtesy said in words with letters outside ASCII, the okina among them, and an urging
# said in two words opening the line ("Jamme ja, …": its second word is no name).
@pytest.mark.parametrize(
    ("intent", "english"),
    [
        ("Mālō \u02bbaupito, restart worker", "restart worker"),
        ("\u02bbolu\u02bbolu, restart worker", "restart worker"),
        ("scale orders to 3, vamos lá", "scale orders to 3"),
        ("scale orders to 3, hadi bakal\u0131m", "scale orders to 3"),
        ("Jamme ja, restart worker", "restart worker"),
        ("Vamos la, restart worker", "restart worker"),
        ("Hajde pra, scale orders to 3", "scale orders to 3"),
    ],
)
def test_courtesy_in_words_and_with_the_okina(op: Operator, intent: str, english: str) -> None:
    same_plan(op, intent, english)


@pytest.mark.parametrize(
    "intent",
    [
        "\u02bbA\u02bbole, restart worker",
        "restart worker, \u02bba\u02bbole",
        "Jamme Ale, restart worker",
        "scale orders to 3, nhiều",
    ],
)
def test_the_okinas_no_and_a_name_after_an_urging_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) A word insisting before a prohibition: the prohibition still read.
def test_an_insisting_word_keeps_its_prohibition(op: Operator) -> None:
    intent = (
        "restart the curd worker (worker) and the formaggio API (my-api), "
        "mi raccomando no pod deleted by hand"
    )
    assert outcome(op, intent) == (
        "proposed",
        [
            "restart the pods of deployment/my-api in shop",
            "restart the pods of deployment/worker in shop",
        ],
    )
    same_plan(
        op,
        "restart worker and my-api, mi raccomando no scaling",
        "restart worker and my-api, no scaling",
    )
    same_plan(op, "scale worker to 3, mi raccomando no restart", "scale worker to 3, no restart")


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale worker to 3, mi raccomando no scaling", "don't scale anything"),
        ("restart worker, mi raccomando no restarts", "don't restart anything"),
    ],
)
def test_the_prohibition_after_an_insisting_word_still_bites(
    op: Operator, intent: str, said: str
) -> None:
    assert said in asks(op, intent).question


# (4) Near misses: a "no", "later", "tomorrow" of those tongues, an unknown word, "?".
@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3, ikai",
        "scale worker to 3, leai",
        "restart worker, ugma",
        "restart worker, dili",
        "restart my-api, potom",
        "restart my-api, kāo",
        "restart frontend, malo",
        "scale worker to 3, oya",
        "restart worker, ola",
        "restart worker, blorptu",
        # (a word left out, opening the line alone though a greeting's phrase holds it)
        "Malo, restart worker",
        "Boas, restart worker",
        "restart worker, ajò?",
        "restart worker palihug?",
    ],
)
def test_near_misses_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) The lists.
_VOCAB = (
    Path(voices.__file__).resolve().parents[2]
    / "knowledge"
    / "data"
    / "bert-base-uncased-vocab.txt"
)
# Words of the classes' phrases that the English word list holds and that are safe where they
# stand (only ever read as the whole phrase; a greeting's word opening the line is no name).
_ENGLISH_IN_PHRASES_CHECKED = frozenset({"halo", "hello"})
# Phrases each of whose words the word list holds, read only as the whole phrase (a thanks or
# a please as the chat forms are, :mod:`.chat`) and reviewed: none of them English said so.
_READ_WHOLE = frozenset(
    {"bore da", "aw ni ce", "i ni ce", "se fai favor", "fai o favor", "dan allah", "lam on"}
    | {"nos bai"}
)
# Given names a greeting's word must never be (each word of a greeting names nobody).
_NAMES = frozenset(
    """bob sam dan jo ann ale oli bel sera masa aga ina mat mae dee mari anay ayo bora hadi hala
    sali moni ola kal maya rahmat grazia allegra karuna andi zara tika aven modi dali""".split()
)


_NAMES_LEFT_OUT = frozenset(w for w, why in courtesy.EXCLUDED.items() if "name" in why)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _new(kind: str) -> frozenset[str]:
    return courtesy.said(kind)


def test_every_entry_is_lower_case_and_in_one_class() -> None:
    for said in (voices.GREETINGS, voices.THANKS, voices.PLEASE, voices.END_TAGS):
        assert all(p == p.lower() and p == p.strip() for p in said)
    assert not voices.THANKS & voices.PLEASE
    assert not voices.END_TAGS & (voices.THANKS | voices.PLEASE)
    assert not voices.GREETINGS & voices.PLEASE
    assert not voices.URGING - voices.END_TAGS
    new = {k: _new(k) for k in ("greetings", "thanks", "please", "urging", "tags")}
    assert not new["urging"] & new["tags"]
    assert not (new["greetings"] | new["thanks"] | new["please"]) & (new["urging"] | new["tags"])
    assert all(len(courtesy.REGIONS[r]) >= 5 for r in courtesy.REGIONS)
    assert sum(len(tongues) for tongues in courtesy.REGIONS.values()) >= 150


def test_no_entry_is_left_out_english_a_name_or_a_voices_own() -> None:
    english = set(_VOCAB.read_text(encoding="utf-8").split())
    every = voices.GREETINGS | voices.THANKS | voices.PLEASE | voices.END_TAGS
    assert not set(courtesy.EXCLUDED) & every, set(courtesy.EXCLUDED) & every
    for kind in ("greetings", "thanks", "please", "urging", "tags"):
        for phrase in _new(kind):
            assert phrase not in voices.CLAIMED, phrase
            if " " not in phrase:
                assert len(phrase) >= 3, phrase
                assert _fold(phrase) not in english - _ENGLISH_IN_PHRASES_CHECKED, phrase
                assert phrase not in courtesy.EXCLUDED, phrase
            words = phrase.split()
            assert phrase in _READ_WHOLE or not all(w in english for w in words), phrase
            # (Each word of a greeting, and a word of urging alone, opening the line names
            # nobody: :mod:`.addressed`.)
            if kind == "greetings" or (kind == "urging" and " " not in phrase):
                assert not set(words) & (_NAMES | _NAMES_LEFT_OUT), phrase


def test_an_insisting_word_is_a_tag() -> None:
    assert {"mi raccomando", "mi raccomandò"} == courtesy.INSIST
    assert courtesy.INSIST <= voices.END_TAGS
