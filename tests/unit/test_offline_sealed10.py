"""The five unsafe outcomes of the sealed blind10 run (docs/evaluation-blind10.md), each closed
as a cause and tried in other words: a version said of the failing release read as an update
beside the rollback, a backup "of it" made of the whole namespace, a sentence's full stop kept
in a path, "half core" (no article) dropped from a limit, and "on minus two" read as two fewer."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    "intent",
    [
        # ("checkout 1.1.0 throwing 500s since the deploy 20 min ago, roll it back" is planned now:
        # the version is said of the failing release, a fact — test_offline_facts8.py)
        # ("before we touch postgres tonight take a one-off velero backup of it" is planned now
        # as a backup of postgres, the one workload the message names — round 13, below)
        "we upgrade the redis later today, velero backup for it first",
        "Kindly scale frontend on minus two replicas.",
        "put payments onto minus 1 replicas",
    ],
)
def test_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("roll back checkout", "rollout_undo"),
        ("checkout 1.1.0 is broken, roll back", "rollout_undo"),
        ("checkout 1.1.0 errors everywhere after the release - roll back", "rollout_undo"),
        ("take a one-off velero backup of postgres", '"postgres"'),
        ("before we touch postgres tonight take a one-off velero backup of it", '"postgres"'),
        (
            "Please the scrape annotation for frontend pods, port 8080 and path /metrics.",
            '"prometheus.io/path": "/metrics"}',
        ),
        ("add a readiness probe on /healthz to worker.", '"path": "/healthz"'),
        ("liveness probe for my-api at /live, please", '"path": "/live"'),
        ("Kindly give to worker half core cpu and 1 gig memory as limit.", '"cpu": "500m"'),
        ("limit my-api to half core", '"cpu": "500m"'),
        # Near misses of the fixes: what a backup leaves "out of it"; a demand said doubled.
        ("nightly velero backup at 1am but leave secrets out of it", '"excludedResources"'),
        (
            "We expect double traffic tonight, so payments should run twice as many pods as now.",
            '"replicas": 4',
        ),
    ],
)
def test_planned_as_said(op: Operator, intent: str, said: str) -> None:
    _, body = plans(op, intent)
    assert said in body
