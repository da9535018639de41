"""Several targets each with its own value, and several settings of one target, in one
proposal (issue 11, wave 2): "ship frontend 2.2.0 and worker 0.9.1 together", "worker and
checkout to 3 apiece", HA with the budget said beside it, "no priv esc". Over the in-memory
shop through the real Operator; what cannot be assigned stays a question."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator

pytestmark = pytest.mark.timeout(30)


def _plan(op: Operator, intent: str) -> list[str]:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.question is None, proposal.question
    return [o.model_dump_json() for o in proposal.operations]


@pytest.mark.parametrize(
    ("intent", "images"),
    [
        ("ship frontend 2.2.0 and worker 0.9.1 together", {"frontend:2.2.0", "worker:0.9.1"}),
        ("upgrade my-api to 1.4.1, payments gets 3.0.1", {"my-api:1.4.1", "payments:3.0.1"}),
        (
            "Both need the new base image: checkout goes to 1.2.1 and worker goes to 0.9.2.",
            {"checkout:1.2.1", "worker:0.9.2"},
        ),
    ],
)
def test_each_target_its_own_version(op: Operator, intent: str, images: set[str]) -> None:
    ops = _plan(op, intent)
    assert len(ops) == 2
    for image in images:
        assert any(image in o for o in ops), ops


@pytest.mark.parametrize(
    "intent", ["worker and checkout to 3 apiece", "my-api and frontend to three each please"]
)
def test_a_count_each(op: Operator, intent: str) -> None:
    ops = _plan(op, intent)
    assert len(ops) == 2, ops
    assert all('"kind":"scale"' in o for o in ops), ops


def test_ha_reads_the_budget_said_with_it(op: Operator) -> None:
    ops = _plan(op, "make worker highly available: 3 replicas plus a budget with maxUnavailable 1")
    assert any('"replicas":3' in o for o in ops)
    pdb = next(json.loads(o) for o in ops if "PodDisruptionBudget" in o)
    assert pdb["manifest"]["spec"]["maxUnavailable"] == 1


def test_ha_budget_above_the_replicas_is_asked(op: Operator) -> None:
    proposal = op.analyze("worker HA: 2 replicas + a pdb with minAvailable 3", namespace="shop")
    assert proposal.question


def test_priv_esc_said_short(op: Operator) -> None:
    ops = _plan(op, "worker: run as non-root + no priv esc")
    assert any('"allowPrivilegeEscalation":false' in o for o in ops), ops


def test_a_delete_beside_a_change_of_the_same_workload_is_asked(op: Operator) -> None:
    # A delete said as its own order beside a change of another workload is planned whole
    # (tests/unit/test_offline_deletes7.py); of the same one, the two cannot both be meant.
    assert op.analyze("scale worker to four and delete worker", namespace="shop").question


def test_hpa_with_a_target_per_resource(op: Operator) -> None:
    ops = _plan(op, "autoscale worker between 2 and 6 on 60% cpu and 80% memory")
    hpa = next(json.loads(o) for o in ops if "HorizontalPodAutoscaler" in o)
    targets = {
        m["resource"]["name"]: m["resource"]["target"]["averageUtilization"]
        for m in hpa["manifest"]["spec"]["metrics"]
    }
    assert targets == {"cpu": 60, "memory": 80}


def test_servicemonitor_scrape_timeout_is_a_field(op: Operator) -> None:
    ops = _plan(op, "monitor frontend with a servicemonitor, interval 15s and scrape timeout 5s")
    monitor = json.loads(ops[-1])["manifest"]
    (endpoint,) = monitor["spec"]["endpoints"]
    assert endpoint["interval"] == "15s"
    assert endpoint["scrapeTimeout"] == "5s"
    said = "servicemonitor for frontend every 30s, scrape timeout 45s"
    asked = op.analyze(said, namespace="shop")
    assert asked.question
