"""What a request over a set leaves out is never acted on (attacker 8, shape excl2).

The rule (:mod:`dotop_nb.planner.offline.leftout`): in a request over several workloads, a
workload said in an exclusion — by a marker before it ("minus", "save for", "other than",
"skipping"), a predicate after it ("is exempt", "stays up", "sits this one out") or a pronoun for
the workload of a fact beside it ("…, it is fragile so skip it") — is taken out of the set. A set
a label selects is planned without it; a set no label selects, a delete and a backup are asked.
The excluded workload is resolved as a target is ("the db", "the api", "the redis cache")."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)

_BACKEND = {"cache", "checkout", "my-api", "orders", "payments", "worker"}


def _targets(body: str) -> set[str]:
    return {f"{op['target']['kind']}/{op['target']['name']}" for op in json.loads(body)}


def _names(body: str) -> set[str]:
    return {op["target"]["name"] for op in json.loads(body)}


@pytest.mark.parametrize(
    ("intent", "out"),
    [
        ("bounce every backend deployment, checkout is exempt", "checkout"),
        ("restart all backend deployments; worker gets to stay as it is", "worker"),
        ("rolling restart of all backend deployments (payments remains untouched)", "payments"),
        ("restart all backend deployments other than orders", "orders"),
        ("restart all backend deployments, with the exception of the queue worker", "worker"),
        ("restart all backend deployments excl. checkout", "checkout"),
        ("restart all backend deployments, leave cache out of this", "cache"),
        ("restart all backend deployments. payments is fragile, so leave it alone", "payments"),
        ("sparing orders, restart all backend deployments", "orders"),
        ("restart all backend deployments bar the api", "my-api"),
        ("restart all backend deployments, my-api sits this one out", "my-api"),
        ("cycle all the backend deployments, payments not included", "payments"),
        ("every backend deployment gets a restart, worker excepted", "worker"),
    ],
)
def test_the_one_left_out_of_a_label_set_is_not_restarted(
    op: Operator, intent: str, out: str
) -> None:
    _, body = plans(op, intent)
    assert _names(body) == _BACKEND - {out}
    assert {o["kind"] for o in json.loads(body)} == {"rollout_restart"}


@pytest.mark.parametrize(
    ("intent", "out", "count"),
    [
        (
            "scale all backend deployments to 2 — orders and worker are excluded",
            {"orders", "worker"},
            2,
        ),
        ("scale every backend deployment to 0 but keep payments running", {"payments"}, 0),
    ],
)
def test_a_scale_of_a_label_set_leaves_them_out(
    op: Operator, intent: str, out: set[str], count: int
) -> None:
    _, body = plans(op, intent)
    ops = json.loads(body)
    assert _names(body) == _BACKEND - out
    assert {o["replicas"] for o in ops} == {count}


def test_a_nickname_left_out_is_resolved_as_a_target_is(op: Operator) -> None:
    # "the redis cache" is the StatefulSet cache: the backend Deployment cache stays in the set.
    _, body = plans(op, "restart all backend deployments apart from the redis cache")
    assert "Deployment/cache" in _targets(body)
    # "the api" is the Deployment running container api: my-api.
    _, body = plans(op, "roll all backend deployments, the api excluded")
    assert "my-api" not in _names(body)


@pytest.mark.parametrize(
    "intent",
    [
        "restart everything except for the database",
        "bounce the whole stack minus the api",
        "scale every deployment to 1, postgres is exempt",
        "set LOG_LEVEL=warn on all workloads, skipping the redis cache",
        "add a pdb to everything, the db can stay as is",
        "restart every app save for the queue worker",
        "restart everything sans the db",
        "restart all but payments",
    ],
)
def test_a_set_no_label_selects_less_a_workload_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "delete every backend deployment, checkout exempted",
        "remove all backend deployments except for worker",
        "tear down everything other than the db",
        "delete all backend deployments; payments stays",
    ],
)
def test_a_delete_of_a_set_less_a_workload_is_asked(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert "delet" in (proposal.question or "").lower()


def test_a_backup_of_a_set_less_a_workload_is_asked(op: Operator) -> None:
    asks(op, "back up everything except the queue worker")


def test_a_container_left_out_is_not_the_one_changed(op: Operator) -> None:
    _, body = plans(op, "add a readiness probe to orders, envoy is exempt")
    (change,) = json.loads(body)
    containers = change["patch"]["spec"]["template"]["spec"]["containers"]
    assert [c["name"] for c in containers] == ["app"]


def test_a_quantifier_that_qualifies_one_workload_is_no_set(op: Operator) -> None:
    _, body = plans(op, "restart all pods of payments")
    assert _names(body) == {"payments"}
    _, body = plans(op, "restart all the worker pods")
    assert _names(body) == {"worker"}


def test_an_allow_list_is_not_a_set_less_a_workload(op: Operator) -> None:
    # "except the cache proxy" picks the one source a NetworkPolicy allows: left to its rule.
    proposal = op.analyze(
        "only the cache proxy may reach the redis statefulset, nothing else", namespace="shop"
    )
    assert "except the cache proxy" not in (proposal.question or "")
