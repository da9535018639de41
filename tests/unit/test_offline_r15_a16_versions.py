"""Round 15, attack16 helper versions: what a value of the plan is attached to, and which way
the change goes (dotop_nb.planner.offline.attachments).

A value the plan sets must be said as the value to go TO for the workload: never the version
of another thing (a protocol, a runtime, a library, a UI text; an IP is never a tag), never
the side being left ("from", "off", "swap … out", "prefer A over B", "back out …"), never a
bound ("stay below", "at least"), never a reason ("KEY=value …, so …"), never a network word
made into an env key; a bare cpu that cannot be cores asks; a rollback undoes the release
only. Ordinary orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        # another thing's version
        "set orders minimum TLS version to 1.3",
        "bump the grpc library in orders to 1.62.0",
        "checkout's python should go to 3.12.4",
        "the about page of checkout should say 1.2.0",
        "checkout should bind to 192.168.1.10",
        "orders should be reachable at 10.1.2.3",
        # the side being left
        "please back out the orders 2.0.0 deploy",
        "undo the payments 3.1.0 upgrade",
        "swap checkout 1.1.0 out",
        "prefer my-api 1.4.0 over 1.5.0",
        "swap my-api 1.4.0 in for 1.5.0",
        "retire payments 3.0.0",
        "checkout 1.1.0 has to go",
        "move frontend off 2.1.0",
        "increase payments from 2 replicas",
        "lower payments memory request from 128Mi",
        "back out the orders scale to 5",
        "back out LOG_LEVEL=debug on orders",
        "back out the my-api autoscaler",
        # bounds
        "orders must stay under 2Gi memory",
        "checkout needs at least 1 replica",
        "orders should never drop below 1 replica",
        # bare cpu, parts
        "checkout cpu limit 300",
        "orders cpu request 64",
        "checkout: cpu 512 units, memory 1024 MiB",
        # network words as env keys, a reason
        "the DNS of orders should be 8.8.8.8",
        "TLS for payments must be 1.2",
        "FEATURE_Y=on on orders, so raise its memory limit to 1Gi",
        # a rollback of something that is not the release
        "roll back the checkout hpa",
        "revert checkout's cpu request change",
        "undo checkout's last three changes",
        "orders SLO 99.9",
    ],
)
def test_value_attached_elsewhere_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments",
        "scale frontend to 4",
        "update frontend to 2.2.0",
        "have frontend run 2.2.0",
        "can you scale payments to 4",
        "could you restart orders",
        "please double payments",
        "replace frontend 2.1.0 with 2.2.0",
        "upgrade frontend from 2.1.0 to 2.2.0",
        "scale frontend from 3 to 5",
        "raise my-api memory limit from 256Mi to 512Mi",
        "set my-api memory limit to 512Mi",
        "give my-api cpu 250m",
        "my-api cpu 2",
        "set PROVIDER=adyen on payments",
        "roll back checkout",
        "undo the most recent checkout deploy but keep the replica count as it is",
        "ship checkout 1.2.0 and my-api 1.5.1 together",
        "put redis on 7.2",
        "deploy frontend 2.1.1, compiled with go 1.22.5",
        "payments is burning budget at 14x, scale it to 6",
        "give worker 256Mi requested and 512Mi max",
        "can we get ghcr.io/acme/frontend:2.1.1 out? just a CSS hotfix",
        "my-api 1.5.0 is out, roll it",
        "checkout should go to 1.2.0 and worker to 0.9.1",
        "rollback checkout and after that scale it to 3",
        "at least 2 worker replicas and a pdb so a drain never takes it to zero",
        "QA signed off 3.1.0 this morning, so put payments on 3.1.0",
    ],
)
def test_ordinary_orders_still_plan(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status in ("proposed", "satisfied"), proposal.question
    assert proposal.operations
