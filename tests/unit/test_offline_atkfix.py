"""Exclusions and clauses that state (helper atkfix): "restart all but my-api" must never
restart my-api alone, "everything save X" leaves X out or asks, and "frontend has 2 replicas"
beside a request is how things are, never a change. Over the in-memory shop, through the real
Operator. The phrasings are our own, not the attacker's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dotop_nb.planner.offline import statements
from dotop_nb.service import Operator
from tests.memory import asks, plans, shop_operator

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    op = shop_operator(tmp_path_factory.mktemp("atkfix"))
    yield op
    op.close()


def _names(op: Operator, intent: str) -> set[str] | None:
    proposal = op.analyze(intent, namespace="shop")
    if proposal.status != "proposed":
        return None
    return {o.target.name for o in proposal.operations}


# ------------------------------------------------ a set said whole, with a name left out
@pytest.mark.parametrize(
    ("intent", "left"),
    [
        ("bounce every deployment apart from frontend", "frontend"),
        ("roll all the pods other than payments", "payments"),
        ("restart each deployment besides checkout please", "checkout"),
        ("scale everything save worker to 3", "worker"),
        ("set LOG_LEVEL=info on all deployments bar my-api", "my-api"),
        ("restart the whole backend tier aside from orders", "orders"),
        ("restart all tier=backend deployments but payments", "payments"),
        ("scale every backend deployment except cache to 2", "cache"),
    ],
)
def test_a_name_left_out_of_a_set_is_never_changed(shop: Operator, intent: str, left: str) -> None:
    names = _names(shop, intent)
    assert names is None or (left not in names and names), (intent, names)


@pytest.mark.parametrize(
    "intent",
    [
        "restart all backend deployments except payment",  # no such workload
        "restart my-api and worker, not wroker",
        "set LOG_LEVEL=debug on every container of orders except envoy",
        "velero schedule of everything but configmaps and payments",
        "velero backup of all except secrets and frontend",
    ],
)
def test_what_is_left_out_names_something_the_plan_spares(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_set_less_one_name_plans_the_others(shop: Operator) -> None:
    names = _names(shop, "restart every tier=backend deployment besides orders")
    assert names
    assert "orders" not in names
    assert "payments" in names


# ------------------------------------------------ a clause that states is no request
@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("bounce payments, checkout runs 3 replicas", "3"),
        ("cache currently has 4 pods, restart worker", "4"),
        ("restart orders; frontend is using 750m cpu", "750m"),
        ("restart worker, the cluster nodes have 32 cores", "32"),
        ("restart frontend, my-api's memory limit is 768Mi", "768Mi"),
        ("update payments to 2.4.0, the release notes mention 3Gi", "3Gi"),
        ("restart cache, shared-config has MODE=fast", "fast"),
        ("restart checkout, yesterday someone set DEBUG=1 on payments", "DEBUG"),
        ("roll back my-api, version 2.0.0 was pulled from the registry", "2.0.0"),
        ("upgrade checkout, 1.3.0 looks broken, to 1.3.1", "1.3.0"),
        ("the payments image is ghcr.io/acme/payments:0.1.0, restart it", "0.1.0"),
    ],
)
def test_a_value_said_only_in_a_stating_clause_is_not_planned(
    shop: Operator, intent: str, value: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    if proposal.status == "proposed":
        body = str([o.model_dump(mode="json") for o in proposal.operations])
        assert value not in body, (intent, body)


@pytest.mark.parametrize(
    ("clause", "state"),
    [
        ("frontend has 2 replicas", True),
        ("it is using 900m cpu", True),
        ("the node has 16 cores", True),
        ("earlier someone set LOG_LEVEL=trace on frontend", True),
        ("frontend has to have 2 replicas", False),
        ("frontend should be at 2 replicas", False),
        ("make sure frontend has 2 replicas", False),
        ("set frontend to 2 replicas", False),
        ("if frontend is slow", False),
        ("payments needs 4", False),
    ],
)
def test_a_stating_clause_is_read_by_grammar(clause: str, state: bool) -> None:
    assert statements.stating(clause) is state


def test_the_request_beside_a_stating_clause_still_plans(shop: Operator) -> None:
    _, body = plans(shop, "my-api is slow today, restart it")
    assert "my-api" in body
