"""A side remark names another object: it is never the target, the container changed, the
ConfigMap patched or a party let in, and it lends the plan no value. A change freeze said in
force, and "roll forward" without a version, are asked. The phrasings are our own."""

from __future__ import annotations

import json

import pytest

from dotop_nb.models import Proposal
from dotop_nb.planner.offline import asides
from dotop_nb.service import Operator

pytestmark = pytest.mark.timeout(60)


def plans(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status in ("proposed", "satisfied"), proposal.question
    assert proposal.operations
    return proposal


def asks(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    return proposal


def dumped(proposal: Proposal) -> str:
    return json.dumps(
        [o.model_dump(exclude_none=True, exclude={"reason"}) for o in proposal.operations]
    )


def test_a_need_said_beside_dropping_every_capability_is_asked(shop: Operator) -> None:
    # Round 24 (qtimes): a capability a container is said to need beside a hardening that would
    # drop it ("…, but it needs NET_BIND_SERVICE") is asked; said of the sidecar in a remark, it
    # is asked too (round 13 planned the app container alone): the safe side is taken.
    proposal = shop.analyze(
        "drop all capabilities on orders; envoy relies on NET_ADMIN", namespace="shop"
    )
    assert proposal.status == "needs_clarification", proposal.operations
    assert proposal.operations == []
    assert "net_admin" in (proposal.question or "").lower()


@pytest.mark.parametrize(
    "intent",
    [
        "bump orders to 1.2.0; envoy was upgraded last week",
        "set cpu limit 500m on orders, envoy already has one",
        "make orders read-only root fs, envoy writes to /tmp",
        "orders should run as non-root, while envoy must run as root",
    ],
)
def test_a_container_said_only_in_a_remark_is_not_changed(shop: Operator, intent: str) -> None:
    proposal = plans(shop, intent)
    body = dumped(proposal)
    assert '"name": "envoy"' not in body, body
    assert '"container": "envoy"' not in body, body
    assert "9901" not in body, body
    assert "NET_ADMIN" not in body, body


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("put a pdb on checkout, frontend already got one", "checkout"),
        ("add a pdb to worker, same as payments", "worker"),
        ("give my-api a disruption budget; frontend is fine as it is", "my-api"),
        ("add a pdb to frontend like the one on orders", "frontend"),
        ("autoscale my-api 2-6 on cpu, frontend already autoscales", "my-api"),
        ("back up postgres nightly, worker does not matter", "postgres"),
    ],
)
def test_a_workload_said_only_in_a_remark_is_not_the_target(
    shop: Operator, intent: str, target: str
) -> None:
    proposal = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} <= {target, f"{target}-shop"}, dumped(
        proposal
    )


@pytest.mark.parametrize(
    "intent",
    [
        "only checkout may talk to payments; orders was compromised last week",
        "only checkout may reach payments, worker used to call it",
        "only checkout may reach payments because frontend abused it",
        "only checkout may reach payments and frontend should be blocked",
    ],
)
def test_a_workload_in_a_remark_is_never_let_in(shop: Operator, intent: str) -> None:
    proposal = plans(shop, intent)
    body = dumped(proposal)
    assert "payments-allow-from-checkout" in body, body
    for other in ('"app": "orders"', '"app": "worker"', '"app": "frontend"'):
        assert other not in body


@pytest.mark.parametrize(
    "intent",
    [
        "set FEATURE_X=on for frontend, shared-config remains as it is",
        "set LOG_LEVEL=debug on my-api, my-api-config has been fine",
    ],
)
def test_a_configmap_said_only_in_a_remark_is_not_patched(shop: Operator, intent: str) -> None:
    proposal = plans(shop, intent)
    assert all(o.target.kind == "Deployment" for o in proposal.operations), dumped(proposal)


def test_what_runs_said_in_a_remark_spares_the_workload_running_it(shop: Operator) -> None:
    proposal = plans(shop, "bump the cache to 1.1.0; the redis one is pinned")
    (op,) = proposal.operations
    assert (op.target.kind, op.target.name) == ("Deployment", "cache")


@pytest.mark.parametrize(
    "intent",
    [
        # The request names no other object: the remark's is the one meant.
        "checkout 1.1.0 is broken, go back to the previous one",
        "worker runs without limits, give it 512Mi",
        # Said in the request too, or referred back to, it is meant.
        "restart payments, and worker too",
        "add a pdb to payments, worker needs one too",
    ],
)
def test_a_remark_about_the_object_meant_is_still_read(shop: Operator, intent: str) -> None:
    plans(shop, intent)


def test_remarked_reads_kinds_of_remark() -> None:
    names = ["orders", "envoy", "worker", "payments"]
    assert asides.remarked("update orders, envoy keeps v1.30", names) == {"envoy"}
    assert asides.remarked("add a pdb to payments like worker has", names) == {"worker"}
    assert asides.remarked("restart payments since worker crashed", names) == {"worker"}
    assert asides.remarked("envoy is broken, restart it", names) == set()
    assert asides.remarked("update orders; envoy should be updated too", names) == set()
    assert asides.remarked("I'd like payments at 3", names) == set()


@pytest.mark.parametrize(
    "intent",
    [
        "freeze checkout. bump checkout to 1.2.0",
        "checkout is frozen till friday, restart it",
        "we're in a code freeze; scale frontend to 4",
        "there is a change freeze, restart worker",
        "roll frontend forward",
        "roll forward my-api please",
        "revert the rollback on checkout",
    ],
)
def test_a_freeze_or_a_roll_forward_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    ["roll my-api forward to 1.5.0", "update checkout to 1.2.0 once the freeze ends"],
)
def test_forward_to_a_version_and_a_freeze_to_wait_for_still_plan(
    shop: Operator, intent: str
) -> None:
    plans(shop, intent)
