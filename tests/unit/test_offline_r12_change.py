"""Round 12, helper change: updates, rollbacks and restarts said the way people say them
(dotop_nb/planner/offline/frameworks.py, tentative.py, followers.py, negated.py, workloads.py,
guard.py, hazards.py)."""

from __future__ import annotations

from typing import Any

import pytest

from dotop_nb.planner.offline import followers, frameworks, tentative
from dotop_nb.planner.offline import text as t
from dotop_nb.service import Operator


def _ops(plan: Any) -> list[str]:
    return [o.summary() for o in plan.operations]


# A version said of a framework, runtime or library is not the image's tag.
@pytest.mark.parametrize(
    ("said", "versions"),
    [
        ("payments 3.1.0 is the Spring Boot 3.3 upgrade", ["3.3"]),
        ("upgrade my-api to 1.5.0, it brings Jackson 2.17", ["2.17"]),
        ("revert worker to the java 17.0.2 build", ["17.0.2"]),
        ("update postgres to 16.6", []),
        ("move the cache to redis 7.2", []),
    ],
)
def test_foreign_versions(said: str, versions: list[str]) -> None:
    assert [v for _, v in frameworks.foreign(said)] == versions


@pytest.mark.parametrize(
    "said",
    [
        "roll payments back to the Boot 2.7 version",
        "revert worker to the java 17.0.2 build",
        "take frontend back to the node 18.19 one",
        "update my-api to the Spring Boot 3.2 version",
    ],
)
def test_only_a_foreign_version_asks(shop: Operator, said: str) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "needs_clarification", _ops(plan)


@pytest.mark.parametrize(
    ("said", "image"),
    [
        ("upgrade my-api to 1.5.0, it brings Jackson 2.17", "ghcr.io/acme/my-api:1.5.0"),
        ("release v1.4.1 of my-api, same image repo as always", "ghcr.io/acme/my-api:1.4.1"),
        ("upgrade worker to v1.6.0", "ghcr.io/acme/worker:1.6.0"),
        ("ship frontend v2.2.0 please", "ghcr.io/acme/frontend:2.2.0"),
        ("my-api to 1.4.5", "ghcr.io/acme/my-api:1.4.5"),
    ],
)
def test_update_reads_its_own_version(shop: Operator, said: str, image: str) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "proposed", plan.question
    assert any(image in o for o in _ops(plan)), _ops(plan)


@pytest.mark.parametrize(
    ("image", "version", "result"),
    [
        ("ghcr.io/acme/my-api:1.4.0", "v1.4.1", "ghcr.io/acme/my-api:1.4.1"),
        ("envoyproxy/envoy:v1.30.1", "v1.31.0", "envoyproxy/envoy:v1.31.0"),
        ("envoyproxy/envoy:v1.30.1", "1.31.0", "envoyproxy/envoy:1.31.0"),
        ("nginx:latest", "v1.2.0", "nginx:v1.2.0"),
        ("postgres:16.4", "16.6", "postgres:16.6"),
    ],
)
def test_retag_like(image: str, version: str, result: str) -> None:
    assert t.retag_like(image, version) == result


# Heroku's dynos and a Java service's jar are the workload, not the rest of a name.
@pytest.mark.parametrize("word", ["dyno", "dynos", "jar", "binary"])
def test_copies_and_artifacts_are_plain_words(word: str) -> None:
    assert followers.plain_word(word)


@pytest.mark.parametrize(
    ("said", "op"),
    [
        ("restart all the my-api dynos, they're stale", "restart the pods of deployment/my-api"),
        ("bounce the worker dynos", "restart the pods of deployment/worker"),
        (
            "the orders dyno should run orders 1.2.0 now; the envoy sidecar stays as it is",
            "set image of container app in deployment/orders",
        ),
        (
            "deploy the new orders jar, image ghcr.io/acme/orders:1.0.1, just the app container "
            "and not envoy",
            "set image of container app in deployment/orders",
        ),
        ("roll checkout back to the v1.0.0 release", "back to revision 1"),
        ("heroku releases:rollback for checkout", "back to revision 1"),
        ("revert checkout to the previous image, the one before the Jackson bump", "revision 1"),
        ("checkout 1.1.0 has gone pear-shaped, back to the old one please", "revision 1"),
        ("roll checkout back to the previous release before the logging change", "revision 1"),
    ],
)
def test_plans(shop: Operator, said: str, op: str) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "proposed", plan.question
    assert any(op in o for o in _ops(plan)), _ops(plan)
    assert plan.awaits is None


@pytest.mark.parametrize(
    "said",
    [
        "scale cart remover to 3",
        "update orders to 1.0.2, not the app container",
        "roll checkout back to the build before tuesday's release",
        "set checkout back to 1.1.0",
        "restart the payments-dynamo thing",
    ],
)
def test_near_misses_still_ask(shop: Operator, said: str) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "needs_clarification", _ops(plan)


# A hedged task with a question mark is a tentative request; a bare order with one still asks.
@pytest.mark.parametrize(
    ("said", "op"),
    [
        (
            "I think I'm meant to deploy checkout 1.2.0 today? the image is "
            "ghcr.io/acme/checkout:1.2.0",
            "ghcr.io/acme/checkout:1.2.0",
        ),
        ("I think postgres needs a restart after I changed its settings?", "statefulset/postgres"),
        ("I'm supposed to bump worker to 0.9.2?", "ghcr.io/acme/worker:0.9.2"),
        ("I think worker needs 3 replicas?", "to 3 replicas"),
        # a relayed instruction, and an apology that is no condition
        (
            "hi! sorry if this is obvious, my onboarding ticket says to update my-api to 1.4.2, "
            "could you do that?",
            "ghcr.io/acme/my-api:1.4.2",
        ),
        ("sorry if this is a dumb question, restart worker please", "deployment/worker"),
        # advice asked, then the order should the answer be yes; a how-to, then the change
        ("is it ok to scale worker to 4? if so go ahead", "to 4 replicas"),
        ("how do I undo a rollout? checkout needs undoing, my lead said", "revision 1"),
        # a name going to (or run on) a version, wherever it is said
        ("cheeky one: postgres to 16.6 for the security patch, cheers", "postgres:16.6"),
        ("experiment build: run frontend on 2.1.1-chaos", "frontend:2.1.1-chaos"),
        ("run worker on 0.9.2 please", "worker:0.9.2"),
    ],
)
def test_tentative_and_terse_requests_plan(shop: Operator, said: str, op: str) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "proposed", plan.question
    assert any(op in o for o in _ops(plan)), _ops(plan)
    assert plan.awaits is None


def test_asked_then_yes_keeps_its_wait(shop: Operator) -> None:
    plan = shop.analyze(
        "is it safe to restart payments after the 11:00 standup? if yes please do, I changed "
        "its config map",
        namespace="shop",
    )
    assert plan.status == "proposed", plan.question
    assert _ops(plan) == ["restart the pods of deployment/payments in shop"]
    assert plan.awaits == "after the 11:00 standup"


@pytest.mark.parametrize(
    "said",
    [
        "scale payments to 4?",
        "should I restart payments?",
        "is it safe to restart payments?",
        "how do I undo a rollout? checkout is fine",
        "restart worker if it is slow",
        "my-api to 2.5 pods pls",
        "my-api reps → 2.5",
        "memory to 1.5 for worker",
    ],
)
def test_tentative_near_misses_still_ask(shop: Operator, said: str) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "needs_clarification", _ops(plan)


@pytest.mark.parametrize(
    ("said", "order"),
    [
        ("is it safe to restart payments? if yes please do", "restart payments"),
        ("is it ok to scale worker to 4? if so, go ahead, thanks", "scale worker to 4, thanks"),
        ("how do I undo a rollout? checkout needs undoing", "checkout needs undoing"),
        ("is it safe to restart payments?", "is it safe to restart payments?"),
    ],
)
def test_answered(said: str, order: str) -> None:
    assert tentative.answered(said) == order


# A game day's labels, an abort carried out by an undo, a measurement after the change, and a
# version a pronoun stands for.
@pytest.mark.parametrize(
    ("said", "op", "awaits"),
    [
        (
            "at 15:30 restart postgres, that's experiment 4 (db restart behaviour)",
            "postgres",
            "at 15:30",
        ),
        ("hypothesis 3: scale worker to 2", "to 2 replicas", None),
        ("scale worker to 2 for scenario 5", "to 2 replicas", None),
        (
            "abort! checkout 1.1.0 fell over in the experiment, go back to the previous revision",
            "revision 1",
            None,
        ),
        ("abort! roll checkout back", "revision 1", None),
        (
            "inject a restart: rollout restart frontend, we time how long until everything is "
            "Ready again",
            "deployment/frontend",
            None,
        ),
        ("restart worker and measure how long it takes until the pods are ready", "worker", None),
        ("payments 3.1.0 is the Spring Boot 3.3 upgrade, deploy it please", "payments:3.1.0", None),
        ("worker 0.9.3 has the heap fix, ship it", "worker:0.9.3", None),
    ],
)
def test_game_day_and_pronouns_plan(shop: Operator, said: str, op: str, awaits: str | None) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "proposed", plan.question
    assert any(op in o for o in _ops(plan)), _ops(plan)
    assert plan.awaits == awaits


@pytest.mark.parametrize(
    "said",
    [
        "abort: restart worker",
        "abort! restart worker",
        "cancel: scale my-api to 4",
        "restart worker until monday",
        "restart my-api, frontend runs 2.1.0",
    ],
)
def test_game_day_near_misses_still_ask(shop: Operator, said: str) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "needs_clarification", _ops(plan)


@pytest.mark.parametrize(
    "said",
    [
        "roll checkout to 1.0.0 and 1.1.0",
        "update my-api to 1.5.0 or 1.5.1",
        "worker to 0.9.4, 0.9.5",
        # a cue's words stay out of the words read after a name: still asked
        "frontend timeout up by 2",
    ],
)
def test_versions_side_by_side_ask(shop: Operator, said: str) -> None:
    plan = shop.analyze(said, namespace="shop")
    assert plan.status == "needs_clarification", _ops(plan)


def test_two_workloads_each_with_its_version_still_plan(shop: Operator) -> None:
    plan = shop.analyze("update my-api to 1.5.0 and checkout to 1.1.1", namespace="shop")
    assert plan.status == "proposed", plan.question
    assert len(plan.operations) == 2
