"""Phrasings that change what a whole request means, asked before anything is planned
(planner/offline/hazards.py). A blind attacker found each planned as if it had not been said;
the phrasings here are our own variants of each shape."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        # a retraction
        ("scale payments to 4. forget that, scale it to 3", "takes back"),
        ("restart frontend... never mind", "takes back"),
        ("restart orders, no wait, restart payments", "takes back"),
        ("bump my-api to 1.5.0 - actually, don't", "takes back"),
        # a delete with a time still to come
        ("checkout goes away next week, delete it", "beside a deletion"),
        ("worker will be decommissioned soon, remove the deployment", "beside a deletion"),
        ("frontend is sunset in 2 days, so delete it", "beside a deletion"),
        # a delete that keeps its pods
        ("remove the checkout deployment but keep its pods", "deletes its pods"),
        ("delete worker without killing the pods", "deletes its pods"),
        # one source blocked
        ("block postgres from worker", "cannot block one source"),
        ("shield payments from frontend traffic", "cannot block one source"),
        ("deny traffic from checkout to payments", "cannot block one source"),
        # a sidecar said beside its workload
        ("give orders and its envoy a 512Mi memory limit", "container of deployment/orders"),
        ("bump orders plus envoy to 1.2.0", "container of deployment/orders"),
        ("LOG_LEVEL=warn on orders, envoy too", "container of deployment/orders"),
        # a pronoun after several workloads
        ("scale worker to 2 and orders to 3, then restart it", "could be any of"),
        # a set less one workload, said with but / besides / save
        ("bounce every deployment but checkout", "a set less one workload"),
        ("scale everything besides frontend to 2", "a set less one workload"),
        # (a label set less one is planned: tests/unit/test_offline_attacker.py)
        ("restart all of the deployments save payments", "a set less one workload"),
        # a clause that states how things are, beside the change
        ("restart worker, orders has 2 replicas", "as how things are"),
        ("bounce checkout, payments uses 750m cpu", "as how things are"),
        ("scale frontend to 4, the my-api image is ghcr.io/acme/my-api:0.9.0", "as how things are"),
    ],
)
def test_a_request_that_changes_its_own_meaning_is_asked(
    op: Operator, intent: str, named: str
) -> None:
    assert named in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker",
        "restart orders and frontend",
        "scale payments to 3 and restart it",
        "only frontend may reach payments",
        "deny all ingress to postgres except from payments",
        "update the envoy sidecar of orders to envoyproxy/envoy:v1.31.2",
        "worker was deleted by mistake yesterday? no: restart worker",
    ],
)
def test_plain_requests_beside_those_words_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)


@pytest.mark.parametrize(
    "intent", ["delet worker", "remov the checkout deployment", "dlete frontend"]
)
def test_a_destructive_word_cut_short_or_mistyped_is_asked(op: Operator, intent: str) -> None:
    assert "Nothing is deleted unless it is said exactly" in (asks(op, intent).question or "")
