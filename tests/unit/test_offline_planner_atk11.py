"""The atk11 blind attack (issue 11, point 3): every unsafe outcome it found must end as exactly the
right plan or a question. Over the in-memory cluster seeded with the attacker's namespace
(tests/unit/data/atk11_app.yaml: cart, cart-remover, payments + PDB, my-api + HPA 2..6, web with a
sidecar, StatefulSet db, Services, ConfigMaps), through the real Operator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.models import Proposal
from dotop_nb.service import Operator
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)
APP = Path(__file__).parent / "data" / "atk11_app.yaml"


@pytest.fixture(scope="module")
def atk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "atk", "prod"))
    objects = [o for o in yaml.safe_load_all(APP.read_text()) if o]
    _, op = engine(tmp_path_factory.mktemp("atk11"), *objects, cluster=cluster)
    yield op
    op.close()


def asks(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="atk")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    assert proposal.question
    return proposal


def plans(op: Operator, intent: str) -> list[Any]:
    proposal = op.analyze(intent, namespace="atk")
    assert proposal.status == "proposed", proposal.question
    return list(proposal.operations)


def only(op: Operator, intent: str) -> Any:
    (operation,) = plans(op, intent)
    return operation


# ---------------------------------------------------------------- 1. "cart remover" is not cart
@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("scale cart remover to 5", "scale"),
        ("scale the cart remover deployment to 4", "scale"),
        ("scale cart remover up by 2", "scale"),
        ("restart cart remover", "rollout_restart"),
        ("set TTL_HOURS=48 on cart remover", "patch"),
    ],
)
def test_words_forming_an_existing_name_target_it(atk: Operator, intent: str, kind: str) -> None:
    operation = only(atk, intent)
    assert operation.kind == kind
    assert operation.target.name == "cart-remover"


def test_cart_remover_values(atk: Operator) -> None:
    assert only(atk, "scale cart remover to 5").replicas == 5
    assert only(atk, "scale cart remover up by 2").replicas == 3


def test_delete_cart_remover_deletes_cart_remover_only(atk: Operator) -> None:
    names = {(o.target.kind, o.target.name) for o in plans(atk, "delete cart remover")}
    assert names == {("Deployment", "cart-remover")}


@pytest.mark.parametrize(
    "intent",
    ["scale cart cleaner to 5", "restart cart worker", "scale payments gateway to 2"],
)
def test_a_word_after_a_name_that_could_name_another_workload_is_asked(
    atk: Operator, intent: str
) -> None:
    asks(atk, intent)


# ---------------------------------------------------------------- 2. signed numbers are relative
@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("payments +2 replicas", 5),
        ("payments + 2 replicas", 5),
        ("web +3 replicas", 5),
        ("scale cart +1", 3),
    ],
)
def test_a_plus_number_is_relative(atk: Operator, intent: str, replicas: int) -> None:
    operation = only(atk, intent)
    assert operation.kind == "scale"
    assert operation.replicas == replicas
