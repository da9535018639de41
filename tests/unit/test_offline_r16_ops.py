"""Round 16, helper ops: operations said the way people say them in an incident channel.

- A rolling restart said with its manner ("no downtime", with "one pod at a time") is the
  restart, with the rollout strategy (surge 1, unavailable 0) beside it — never a strategy patch
  alone; a Deployment's pace said alone is still asked.
- An event to come beside a change said to run now ("the match starts at 21:00 — take X to 6
  now") is context: the plan runs when approved, nothing waits for the event.
- Chat verbs of moving a count for two workloads ("take my-api to 6 and the web frontend to 9"),
  a bare "run N" clause beside a PDB, and "we can't lose both pods" as a budget's reason.
- An alert named by its system ("prometheus alert: …") is an alerting rule, never a scrape.
- Where the pods landed ("all 4 pods ended up on one node") is a fact, its number context.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator

pytestmark = pytest.mark.timeout(300)


def _plan(shop: Operator, intent: str) -> tuple[str, list[tuple[str, str, str]], str]:
    proposal = shop.analyze(intent, namespace="shop")
    ops = [
        (
            op.kind,
            f"{op.target.kind}/{op.target.name}",
            json.dumps(
                getattr(op, "patch", None) or getattr(op, "manifest", None) or {},
                default=str,
            )
            + f" replicas={getattr(op, 'replicas', '')}",
        )
        for op in proposal.operations
    ]
    return proposal.status, ops, proposal.question or ""


@pytest.mark.parametrize(
    "intent",
    [
        "do a rolling restart of my-api, one pod at a time, without downtime",
        "rolling restart on frontend please, with no downtime for the shoppers",
        "rolling restart of the web tier (frontend) one pod at a time, zero downtime",
        "rolling restart of my-api — no downtime",
    ],
)
def test_rolling_restart_with_its_manner(shop: Operator, intent: str) -> None:
    status, ops, question = _plan(shop, intent)
    assert status == "proposed", question
    kinds = [k for k, _, _ in ops]
    assert "rollout_restart" in kinds
    # Any patch beside the restart is only the rollout strategy.
    for kind, _, body in ops:
        if kind == "patch":
            assert "strategy" in body
            assert "template" not in body


@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend two pods at a time",
        "rolling restart of frontend, 3 pods at a time",
        # A Deployment's own strategy may surge more: its pace alone is asked.
        "rolling restart of my-api, one pod at a time",
    ],
)
def test_restart_pace_other_than_one_is_asked(shop: Operator, intent: str) -> None:
    status, ops, _ = _plan(shop, intent)
    assert status == "needs_clarification"
    assert not ops


def test_rolling_updates_without_downtime_stay_the_strategy(shop: Operator) -> None:
    status, ops, question = _plan(shop, "make frontend rolling updates zero downtime")
    assert status == "proposed", question
    assert [k for k, _, _ in ops] == ["patch"]


@pytest.mark.parametrize(
    ("intent", "scales"),
    [
        (
            "the match starts at 21:00 — take my-api to 5 and frontend to 8 now",
            {"Deployment/my-api": 5, "Deployment/frontend": 8},
        ),
        (
            "the game kicks off at 21:00, bump frontend to 7 replicas right away",
            {"Deployment/frontend": 7},
        ),
        ("the sale begins at 18:00: scale my-api to 4 immediately", {"Deployment/my-api": 4}),
        (
            "bring my-api to 3 and the storefront frontend to 6",
            {"Deployment/my-api": 3, "Deployment/frontend": 6},
        ),
        (
            "take the web API (my-api) to 4 and frontend to 5",
            {"Deployment/my-api": 4, "Deployment/frontend": 5},
        ),
    ],
)
def test_scales_said_now_or_with_chat_verbs(
    shop: Operator, intent: str, scales: dict[str, int]
) -> None:
    status, ops, question = _plan(shop, intent)
    assert status == "proposed", question
    got = {t: int(body.rsplit("replicas=", 1)[1]) for k, t, body in ops if k == "scale"}
    assert got == scales
    assert all(k == "scale" for k, _, _ in ops)
    assert not shop.analyze(intent, namespace="shop").awaits


@pytest.mark.parametrize(
    "intent",
    [
        # The event's time with no "now": when to scale is asked.
        "the sale starts at 18:00, scale my-api to 6",
        # "two hours from now" is a time of its own.
        "the sale starts at 18:00; scale my-api to 6 two hours from now",
        # A second clause holding more than a name and a value is not split.
        "scale my-api to 6 and the frontend sidecar to 9",
    ],
)
def test_event_times_and_unclear_clauses_stay_asked(shop: Operator, intent: str) -> None:
    status, ops, _ = _plan(shop, intent)
    assert status == "needs_clarification"
    assert not ops


@pytest.mark.parametrize(
    ("intent", "field"),
    [
        (
            "PDB for frontend, maxUnavailable 1, we cannot lose all the pods at once",
            "maxUnavailable",
        ),
        (
            "disruption budget on my-api with minAvailable 1 — we must never lose both replicas",
            "minAvailable",
        ),
        (
            "add a pdb to my-api, maxUnavailable 1; we can't afford to lose both pods",
            "maxUnavailable",
        ),
    ],
)
def test_pdb_with_pods_it_must_not_lose(shop: Operator, intent: str, field: str) -> None:
    status, ops, question = _plan(shop, intent)
    assert status == "proposed", question
    assert [k for k, _, _ in ops] == ["apply"]
    assert "PodDisruptionBudget" in ops[0][2]
    assert f'"{field}": 1' in ops[0][2]


def test_restart_beside_pods_it_must_not_lose_is_asked(shop: Operator) -> None:
    status, ops, _ = _plan(shop, "restart my-api, we can't lose both pods")
    assert status == "needs_clarification"
    assert not ops


@pytest.mark.parametrize(
    ("intent", "replicas", "second"),
    [
        ("frontend is one pod behind the LB: run 3 and add a PDB with minAvailable 2", 3, "apply"),
        ("my-api: run 4, then add a pdb with maxUnavailable 1", 4, "apply"),
        ("worker is a SPOF, run 3 replicas and spread them over zones", 3, "patch"),
    ],
)
def test_run_n_beside_a_second_change(
    shop: Operator, intent: str, replicas: int, second: str
) -> None:
    status, ops, question = _plan(shop, intent)
    assert status == "proposed", question
    assert ops[0][0] == "scale"
    assert ops[0][2].endswith(f"replicas={replicas}")
    assert [k for k, _, _ in ops][1:] == [second]


def test_run_n_jobs_is_no_scale(shop: Operator) -> None:
    status, ops, _ = _plan(shop, "run 2 migrations on worker")
    assert status == "needs_clarification"
    assert not ops


@pytest.mark.parametrize(
    "intent",
    [
        "prometheus alert: frontend has fewer than 2 ready pods for 10 minutes",
        "prom alert on my-api: p99 above 300ms for 15m",
        "Prometheus alerting for checkout: 5xx error rate over 1% for 10 minutes",
    ],
)
def test_alert_named_by_its_system(shop: Operator, intent: str) -> None:
    status, ops, question = _plan(shop, intent)
    assert status == "proposed", question
    assert [k for k, _, _ in ops] == ["apply"]
    assert "PrometheusRule" in ops[0][2]


def test_alert_that_fired_beside_a_monitor_stays_the_monitor(shop: Operator) -> None:
    status, ops, question = _plan(
        shop, "the prometheus alert fired all night for my-api, add a ServiceMonitor for my-api"
    )
    assert status == "proposed", question
    assert "ServiceMonitor" in ops[0][2]


@pytest.mark.parametrize(
    "intent",
    [
        "all 4 my-api replicas ended up on one node, spread them on kubernetes.io/hostname",
        "the 3 frontend pods got scheduled on the same node — add a topology spread by hostname",
        "both my-api pods landed on one node; spread them across nodes",
    ],
)
def test_where_pods_landed_is_context(shop: Operator, intent: str) -> None:
    status, ops, question = _plan(shop, intent)
    assert status == "proposed", question
    assert [k for k, _, _ in ops] == ["patch"]
    assert "topologySpreadConstraints" in ops[0][2] or "podAntiAffinity" in ops[0][2]
