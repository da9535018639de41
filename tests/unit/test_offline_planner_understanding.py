"""The understanding step of the offline planner (issue 11, points 1-3): categories scored with
confidence, compound intents planned whole, pasted kubectl commands, prohibitions honoured, and
the slots the atk11 attack found refused. Over the in-memory cluster seeded with the attacker's
namespace (tests/unit/data/atk11_app.yaml), through the real Operator; the parsers pure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.planner.offline import compound, constraints, kubectl, understand
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)
APP = Path(__file__).parent / "data" / "atk11_app.yaml"


@pytest.fixture(scope="module")
def atk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "atk", "prod"))
    objects = [o for o in yaml.safe_load_all(APP.read_text()) if o]
    _, op = engine(tmp_path_factory.mktemp("understand"), *objects, cluster=cluster)
    yield op
    op.close()


def planned(op: Operator, intent: str) -> list[tuple[str, str, Any]]:
    proposal = op.analyze(intent, namespace="atk")
    assert proposal.status == "proposed", proposal.question
    return [
        (
            o.kind,
            o.target.name,
            getattr(o, "replicas", None) or getattr(o, "image", None),
        )
        for o in proposal.operations
    ]


def asks(op: Operator, intent: str) -> str:
    proposal = op.analyze(intent, namespace="atk")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    return str(proposal.question)


# ----------------------------------------------------------------- 1. classification
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("add an hpa to cart", "autoscale"),
        ("make payments survive a node failure", "ha"),
        ("lock down cart with a netpol", "security"),
        ("add a svcmonitor for web", "monitoring"),
        ("set requests/limits on cart", "resources"),
        ("remove LOG_LEVEL from cart", "config"),
        ("remove 2 replicas from cart", "scale"),
        ("delete the cart service", "delete"),
        ("roll back cart", "rollback"),
    ],
)
def test_every_category_is_scored_and_the_best_wins(text: str, category: str) -> None:
    reading = understand.read(text)
    assert reading.best == category
    assert reading.ranked[0][0] == category
    assert len(reading.ranked) >= 12  # every registered category has a score


def test_nothing_confident_is_no_category() -> None:
    assert understand.read("hello there").best is None


def test_nearest_examples_vote_for_their_category() -> None:
    votes = understand.neighbours("run more copies of frontend please")
    assert max(votes, key=votes.__getitem__) == "scale"


# ----------------------------------------------------------------- 1. compound intents
@pytest.mark.parametrize(
    ("intent", "ops"),
    [
        (
            "restart cart and web",
            [("rollout_restart", "cart", None), ("rollout_restart", "web", None)],
        ),
        ("scale cart and payments to 4", [("scale", "cart", 4), ("scale", "payments", 4)]),
        (
            "scale all workloads labelled tier=backend to 2",
            [("scale", "cart", 2), ("scale", "my-api", 2), ("scale", "payments", 2)],
        ),
        (
            "scale payments to 4 and restart web",
            [("scale", "payments", 4), ("rollout_restart", "web", None)],
        ),
        (
            "update cart to 2.1.0, then restart it",
            [("set_image", "cart", "ghcr.io/shop/cart:2.1.0"), ("rollout_restart", "cart", None)],
        ),
    ],
)
def test_compound_intents_are_one_proposal(
    atk: Operator, intent: str, ops: list[tuple[str, str, Any]]
) -> None:
    assert planned(atk, intent) == ops


def test_actions_split_only_where_a_new_category_starts() -> None:
    assert [c for c, _ in compound.actions("autoscale cart between 2 and 8 replicas")] == [
        "autoscale"
    ]
    assert [c for c, _ in compound.actions("set cart replicas to 3 and image to a/b:1")] == [
        "scale",
        "update",
    ]
    # A comma inside a value is not a clause.
    assert len(compound.actions("set FLAGS to a=1,b=3 in cart-config")) == 1


@pytest.mark.parametrize(
    "intent",
    [
        "restart web and delete web",  # the same workload deleted and changed
        "scale cart to 3 and payments",  # a value for one target, none for the other: asked
        "scale cache to 2",  # not in atk: no workload
        "scale all workloads labelled tier=nothing to 2",
    ],
)
def test_what_cannot_be_planned_whole_is_asked(atk: Operator, intent: str) -> None:
    asks(atk, intent)


# ----------------------------------------------------------------- 1. kubectl
@pytest.mark.parametrize(
    ("intent", "ops"),
    [
        ("kubectl scale deploy/cart --replicas=3", [("scale", "cart", 3)]),
        ("kubectl scale deployment cart --replicas 3 -n atk", [("scale", "cart", 3)]),
        ("kubectl -n atk scale deploy cart --replicas=5", [("scale", "cart", 5)]),
        ("kubectl set image deployment/web web=nginx:1.27", [("set_image", "web", "nginx:1.27")]),
        (
            "kubectl set image deploy/web log-shipper=fluent/fluent-bit:3.1",
            [("set_image", "web", "fluent/fluent-bit:3.1")],
        ),
        ("kubectl rollout restart deployment/cart", [("rollout_restart", "cart", None)]),
        ("kubectl set env deploy/cart LOG_LEVEL-", [("patch", "cart", None)]),
        ("kubectl set env deploy/cart LOG_LEVEL=debug", [("patch", "cart", None)]),
    ],
)
def test_kubectl_commands_are_intents(
    atk: Operator, intent: str, ops: list[tuple[str, str, Any]]
) -> None:
    assert planned(atk, intent) == ops


def test_kubectl_image_goes_to_the_named_container(atk: Operator) -> None:
    proposal = atk.analyze(
        "kubectl set image deploy/web log-shipper=fluent/fluent-bit:3.1", namespace="atk"
    )
    (op,) = proposal.operations
    assert op.container == "log-shipper"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("kubectl scale deploy/cart --replicas=3 -n prod", "'prod'"),
        ("kubectl scale deploy/cart --replicas=3 --namespace=prod", "'prod'"),
        ("kubectl scale deploy/cart --replicas=3 --force", "--force"),
        ("kubectl scale deploy/cart --replicas=-1", "'-1'"),
        ("kubectl drain node-1", "'drain'"),
        ("kubectl rollout status deploy/cart", "only reads"),
        ("kubectl set image deploy/web nope=nginx:1", "no container 'nope'"),
        ("kubectl scale deploy/cart --replicas=3; rm -rf /", "';'"),
    ],
)
def test_kubectl_what_is_not_understood_is_named(atk: Operator, intent: str, named: str) -> None:
    assert named in asks(atk, intent)


def test_the_tokenizer_is_not_a_shell() -> None:
    assert kubectl.tokens("set env deploy/a MSG='a b' X=$HOME") == [
        "set",
        "env",
        "deploy/a",
        "MSG=a b",
        "X=$HOME",
    ]
    with pytest.raises(Clarify):
        kubectl.tokens("set env deploy/a MSG='a b")


# ----------------------------------------------------------------- 3. prohibitions
def test_prohibitions_are_read_apart() -> None:
    text, found = constraints.extract("scale cart to 3 and do not delete anything")
    assert text == "scale cart to 3"
    assert [(p.kinds, p.everything) for p in found] == [(frozenset({"delete"}), True)]
    text, found = constraints.extract("scale cart (not cart-remover) to 3")
    assert text == "scale cart to 3"
    assert found[0].words == "cart-remover"


@pytest.mark.parametrize(
    ("intent", "ops"),
    [
        ("scale cart to 3 and do not delete anything", [("scale", "cart", 3)]),
        ("scale cart to 3 but do not delete anything", [("scale", "cart", 3)]),
        ("scale cart to 3 \u2014 do not restart anything", [("scale", "cart", 3)]),
        ("scale cart to 3 without touching cart-remover", [("scale", "cart", 3)]),
        ("scale cart (not cart-remover) to 3", [("scale", "cart", 3)]),
        (
            "please don't delete the cart deployment, just scale it down to 1",
            [("scale", "cart", 1)],
        ),
        ("restart web without touching cart", [("rollout_restart", "web", None)]),
    ],
)
def test_a_prohibition_beside_a_change(
    atk: Operator, intent: str, ops: list[tuple[str, str, Any]]
) -> None:
    assert planned(atk, intent) == ops


@pytest.mark.parametrize(
    "intent",
    ["don't scale cart", "never restart payments", "don't touch cart, scale it to 3"],
)
def test_a_negated_action_never_acts(atk: Operator, intent: str) -> None:
    asks(atk, intent)


# ----------------------------------------------------------------- 2. slots (atk11 refusals)
@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("increase cart replicas by 50%", 3),
        ("set cart replicas=4", 4),
        ("cart's replicas should be 4", 4),
        ("scale cart 3", 3),
        ("SCALE CART TO 3", 3),
        ("reduce payments by 1", 2),
        ("scale cart from 2 to 4", 4),
        ("scale cart remover up by 2", 3),
        ("scale cart-remover to three", 3),
    ],
)
def test_replicas_said_every_way(atk: Operator, intent: str, replicas: int) -> None:
    (op,) = planned(atk, intent)
    assert op[0] == "scale"
    assert op[2] == replicas


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("halve payments", "1.5"),
        ("increase payments replicas by 50%", "not a whole number"),
        ("scale cart from 3 to 4", "it runs 2 now"),
        ("scale cart to 1,000 or so", "an approximate or alternative value"),
    ],
)
def test_a_relative_change_that_is_not_whole_is_asked(
    atk: Operator, intent: str, named: str
) -> None:
    assert named in asks(atk, intent)


def test_env_var_without_equals(atk: Operator) -> None:
    (op,) = planned(atk, "set TTL_HOURS to 48 on cart-remover")
    assert op[:2] == ("patch", "cart-remover")
    (op,) = planned(atk, "set LOG_LEVEL to debug on cart")
    assert op[:2] == ("patch", "cart")


def test_container_and_image_said_together(atk: Operator) -> None:
    proposal = atk.analyze("set image log-shipper=fluent/fluent-bit:3.1 on web", namespace="atk")
    (op,) = proposal.operations
    assert (op.container, op.image) == ("log-shipper", "fluent/fluent-bit:3.1")  # type: ignore[attr-defined]
    assert "no container 'nope'" in asks(atk, "set image nope=nginx:1 on web")


def test_a_configmap_key_then_where_then_value(atk: Operator) -> None:
    proposal = atk.analyze("set GREETING in web-config to 'hi there'", namespace="atk")
    (op,) = proposal.operations
    assert op.patch == {"data": {"GREETING": "hi there"}}  # type: ignore[attr-defined]
    assert "'hi there'" in asks(atk, "set GREETING in web-config to hi there")
