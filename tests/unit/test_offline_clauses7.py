"""Each value feeds only the action of its own clause, and never when it is rejected (issue 11,
wave 2 "clauses"): a frequency said "not weekly" or "would be too rare", a minimum said "too
low", a version said broken, a utilisation said as a fact, an object said only in a reason, a
count said not needed, a limit said once for several workloads, and a restart of a one-replica
StatefulSet said to keep serving. Every phrasing here is new (none is an attacker's case)."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # a rejected frequency the plan would use
        # (Round 11: "every night, not hourly" turns hourly down beside the cadence asked and
        # plans nightly, schedules.rejected_spans; test_offline_r11_obs.py.)
        ("snapshot the postgres with velero, not hourly", "hourly"),
        ("back up postgres every day, hourly is too often", "hourly"),
        # frequencies of different targets: the plan would hold one of them only
        ("back up postgres daily and the redis every hour", "more than one backup frequency"),
        ("velero schedule: postgres weekly, the redis nightly", ""),
        # a rejected number the plan would use
        ("set up an hpa for my-api, max 8, min 1 would be way too low", "'1'"),
        ("autoscale frontend up to 9; a minimum of 2 is too small", "'2'"),
        # a version said broken beside a rollback without a target
        ("roll back payments, v2.0.0 is bad as well", "v2.0.0"),
        ("undo the last checkout rollout - 1.0.0 was broken too", "1.0.0"),
        # (A utilisation said as a fact, "…, memory usage is 90% right now", asked here until
        # round 31: read since as what is seen now, never the target — test_offline_r31_lead.py.)
        ("hpa on my-api between 2 and 8 at cpu 65, memory sits at 85%", "memory"),
        # an object said only in a reason
        ("scale orders to 0; otherwise its pdb blocks the drain", "reason"),
        # a count said not needed
        ("worker does not need 4 pods", "'4'"),
        ("payments doesn't need two replicas any more", "'two'"),
        # one replica cannot restart and keep serving
        ("bounce postgres without any downtime", "1 replica"),
        ("restart the cache statefulset but it has to stay up", "1 replica"),
        ("recycle postgres pods, zero downtime please", "1 replica"),
    ],
)
def test_a_value_from_another_clause_or_rejected_is_asked(
    op: Operator, intent: str, said: str
) -> None:
    assert said in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "carried"),
    [
        ("take velero backups of postgres weekly; daily would be overkill", '"0 2 * * 0"'),
        ("scale worker to 5, 3 is too few", '"replicas": 5'),
        ("scale frontend to 4 because traffic grew", '"replicas": 4'),
        ("scale orders down to 0 since the pdb would block the node drain", '"replicas": 0'),
        ("back up postgres hourly - not nightly", '"0 * * * *"'),
        # the version said broken is the one running: the rollback leaves it
        ("checkout 1.1.0 keeps crashing and is broken, roll it back", '"to_revision": 1'),
        ("restart my-api without downtime", "rollout_restart"),
        ("back up postgres daily at 2am, keep 7 days", '"0 2 * * *"'),
    ],
)
def test_near_misses_still_plan(op: Operator, intent: str, carried: str) -> None:
    _, body = plans(op, intent)
    assert carried in body


@pytest.mark.parametrize(
    ("intent", "resource", "field", "values"),
    [
        ("set memory limit 512Mi on my-api, 1Gi on payments", "memory", "limits", ["512Mi", "1Gi"]),
        (
            "set the cpu request to 200m on my-api and 300m on payments",
            "cpu",
            "requests",
            ["200m", "300m"],
        ),
        ("set the cpu limit to 500m on my-api and 1 on payments", "cpu", "limits", ["500m", "1"]),
    ],
)
def test_a_field_said_once_is_each_targets(
    op: Operator, intent: str, resource: str, field: str, values: list[str]
) -> None:
    proposal, _ = plans(op, intent)
    got = []
    for operation in proposal.operations:
        patch = json.loads(json.dumps(operation.model_dump(mode="json")["patch"]))
        (container,) = patch["spec"]["template"]["spec"]["containers"]
        assert set(container["resources"]) == {field}, container
        got.append(container["resources"][field][resource])
    assert got == values


def test_how_long_something_else_is_kept_is_no_retention(op: Operator) -> None:
    """ "we keep 14 days of logs" beside a backup had become a 14-day backup retention."""
    asks(op, "back up postgres daily, we keep 14 days of logs")
    _, body = plans(op, "back up postgres daily, keep 14 days of backups")
    assert '"ttl": "336h0m0s"' in body
