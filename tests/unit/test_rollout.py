from __future__ import annotations

from typing import Any

from dotop_nb.cluster import rollout


def dep(generation: int = 2, observed: int = 2, **status: Any) -> dict[str, Any]:
    return {
        "kind": "Deployment",
        "metadata": {"name": "api", "generation": generation},
        "spec": {"replicas": 3},
        "status": {"observedGeneration": observed, **status},
    }


def test_deployment_states_follow_kubectl_rollout_status() -> None:
    assert not rollout.deployment(dep(observed=1)).done
    assert "observed" in rollout.deployment(dep(observed=1)).message
    partly = rollout.deployment(dep(updatedReplicas=1, replicas=3, availableReplicas=3))
    assert not partly.done
    assert partly.message == "1 of 3 updated replicas of api are available"
    old = rollout.deployment(dep(updatedReplicas=3, replicas=4, availableReplicas=3))
    assert "1 old replicas" in old.message
    done = rollout.deployment(dep(updatedReplicas=3, replicas=3, availableReplicas=3))
    assert done.done
    assert not done.failed


def test_progress_deadline_is_a_failure() -> None:
    stuck = dep(
        updatedReplicas=1,
        conditions=[
            {"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded"}
        ],
    )
    state = rollout.deployment(stuck)
    assert state.failed
    assert not state.done


def test_statefulset_waits_for_update_revision() -> None:
    sts = {
        "kind": "StatefulSet",
        "metadata": {"name": "db", "generation": 1},
        "spec": {"replicas": 2},
        "status": {
            "observedGeneration": 1,
            "readyReplicas": 2,
            "currentRevision": "db-1",
            "updateRevision": "db-2",
            "updatedReplicas": 1,
        },
    }
    state = rollout.of(sts)
    assert state is not None
    assert not state.done
    sts["status"]["currentRevision"] = "db-2"
    state = rollout.of(sts)
    assert state is not None
    assert state.done


def test_unknown_kinds_have_no_rollout() -> None:
    assert rollout.of({"kind": "ConfigMap"}) is None
