"""Mistyped ordinary words (:mod:`dotop_nb.planner.offline.typos`): read as the planner's
vocabulary when one word is one slip away; never a name, a value, a number or into a deletion."""

from __future__ import annotations

import time

import pytest

from dotop_nb.planner.offline import catalog, guard, typos  # noqa: F401  (catalog registers)
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests.memory import asks, plans

NAMES = frozenset({"cache", "checkout", "frontend", "my-api", "orders", "payments", "worker"})
KNOWN = frozenset({"tier", "backend", "app", "envoy", "proxy"})


def read(text: str) -> str:
    return typos.correct(text, known=KNOWN, names=NAMES).text


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        # verbs
        ("rsetart the worker pods", "restart the worker pods"),
        ("udpate payments to 3.1.0", "update payments to 3.1.0"),
        ("upgarde my-api to 1.6.0", "upgrade my-api to 1.6.0"),
        ("rollbakc checkout", "rollback checkout"),
        ("sacle orders to 4", "scale orders to 4"),
        ("autoscael worker from 2 to 6", "autoscale worker from 2 to 6"),
        # kinds
        ("scale the worker deplyoment to 3", "scale the worker deployment to 3"),
        ("restart the postgres statefulet", "restart the postgres statefulset"),
        ("the orders confgimap", "the orders configmap"),
        ("the frontend sevrice", "the frontend service"),
        # fields
        ("raise the cpu limt of my-api", "raise the cpu limit of my-api"),
        ("failure threshlod 5 on orders", "failure threshold 5 on orders"),
        ("a readines probe on orders", "a readiness probe on orders"),
        ("new imgae for cart", "new image for cart"),
        ("roll back to the previous verison", "roll back to the previous version"),
        # nouns
        ("frontend to 5 replicsa", "frontend to 5 replicas"),
        ("a liveness proeb on orders", "a liveness probe on orders"),
        ("more mmeory for worker", "more memory for worker"),
        ("double the memmory of worker", "double the memory of worker"),
        ("a nightly bakcup of postgres", "a nightly backup of postgres"),
        # function words, and the first word of a sentence keeps its capital
        ("spread orders over teh nodes", "spread orders over the nodes"),
        ("Sacle orders to 4", "Scale orders to 4"),
        ("I need to rsetart worker", "I need to restart worker"),
    ],
)
def test_a_slip_of_typing_is_read_as_the_planners_word(said: str, meant: str) -> None:
    assert read(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "set LOG_LEVEL to debgu on payments",  # a value after "to"
        "LOG_LEVEL=debgu on payments",  # a value after "="
        "scale every tier=bakcend deploy to 3",  # a label value
        "set the mode to 'sacle' on orders",  # quoted
        "restart my-aip",  # a name with a hyphen
        "worker got OOMKiled",  # capitals inside
        "scale frontend to fiev",  # never into a number
        "for the flash sale, scale checkout to 6",  # an English word ("sale") as meant
        "the flag is gone from the code, restart orders",
        "it keeps getting a stale image",
        "spread it aong the nodes",  # along or among: two words as near, left as said
        "the previous replicaset of checkout",  # a word that goes on past "replicas"
        "annotation based scraping on orders",  # the singular of "annotations"
        "restart the envoy proxy of orders",  # names in the namespace
    ],
)
def test_names_values_and_words_meant_are_left_as_said(said: str) -> None:
    assert read(said) == said


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("delte the worker deployment", "'delete'"),
        ("remvoe the orders deployment", "'remove'"),
        ("dorp the cache statefulset", "'drop'"),
        ("wpie the orders configmap", "'wipe'"),
    ],
)
def test_a_slip_near_a_destructive_word_is_asked(said: str, asked: str) -> None:
    with pytest.raises(Clarify) as ask:
        read(said)
    assert asked in ask.value.question


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("scale paymnets to 3", "payments"),
        ("restart chekcout", "checkout"),
        ("bump frontnd to 2.2.0", "frontend"),
        ("give wroker more memory", "worker"),
    ],
)
def test_a_slip_in_a_workload_name_is_asked_naming_it(said: str, name: str) -> None:
    with pytest.raises(Clarify) as ask:
        read(said)
    assert f"did you mean {name}?" in ask.value.question


def test_the_vocabulary_is_collected_and_holds_no_destructive_word_or_number() -> None:
    words = typos.vocabulary()
    assert {"scale", "restart", "replicas", "probe", "memory", "deployment"} <= words
    assert not [w for w in words if guard.destructive_in(w) or w in typos.DESTRUCTIVE]
    assert not words & {"one", "two", "five", "ten"}


def test_the_analysis_says_what_was_read() -> None:
    reading = typos.correct("sacle orders to 4 and rsetart it", known=KNOWN, names=NAMES)
    assert reading.note() == "Read 'sacle' as 'scale', 'rsetart' as 'restart'."


def test_reading_an_intent_takes_under_a_millisecond() -> None:
    said = [
        "pager is loud, frontend is drowning: sacle it to 6 right now pls",
        "rsetart the worker pods, they hold a stale token after the rotation",
        "give payments a readines probe on /ready port 8080 and a liveness proeb",
        "set LOG_LEVEL=debug on payments and double the memmory of worker",
    ] * 25
    typos.correct("warm up", known=KNOWN, names=NAMES)
    best = min(_timed(said) for _ in range(3))
    assert best / len(said) < 0.001


def _timed(said: list[str]) -> float:
    start = time.perf_counter()
    for text in said:
        typos.correct(text, known=KNOWN, names=NAMES)
    return time.perf_counter() - start


@pytest.mark.parametrize(
    ("intent", "value", "note"),
    [
        ("sacle orders to 4", '"replicas": 4', "Read 'sacle' as 'scale'."),
        ("upgarde my-api to 1.6.0", "my-api:1.6.0", "Read 'upgarde' as 'upgrade'."),
        ("raise the cpu limt of my-api to 500m", "500m", "Read 'limt' as 'limit'."),
        ("rsetart the worker pods", "rollout_restart", "Read 'rsetart' as 'restart'."),
        ("scale frontend to 5 replicsa", '"replicas": 5', "Read 'replicsa' as 'replicas'."),
    ],
)
def test_a_mistyped_request_is_planned_and_says_what_was_read(
    op: Operator, intent: str, value: str, note: str
) -> None:
    proposal, body = plans(op, intent)
    assert value in body
    assert note in proposal.analysis


def test_mistyped_deletion_and_name_are_asked_end_to_end(op: Operator) -> None:
    assert "'remove'" in (asks(op, "remvoe the orders deployment").question or "")
    assert "did you mean payments?" in (asks(op, "scale paymnets to 3").question or "")
