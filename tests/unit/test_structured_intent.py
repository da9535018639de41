"""Structured intents: the model's validation, its sentence, and the offline planner's mapping of
each action onto its builders — through the real Operator over the in-memory cluster (dry-run and
policies included, nothing executed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError

from dotop_nb import evaluation
from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.errors import ConfigError
from dotop_nb.intents import StructuredIntent, WorkloadRef
from dotop_nb.models import ApplyOp, PatchOp, RolloutUndoOp, ScaleOp, SetImageOp
from dotop_nb.planner.conversation import Prompts
from dotop_nb.ports import PlanRequest
from dotop_nb.service import Operator
from tests.helpers import deployment
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)


def intent(action: str, *names: str, **slots: object) -> StructuredIntent:
    refs = [WorkloadRef(name=n) for n in names]
    return StructuredIntent.model_validate({"action": action, "targets": refs, **slots})


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[MemoryCluster, Operator]]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    kube = cluster.client()
    evaluation.install_shop(kube, "shop")
    # "release" is a word the text rules skip: only a structured intent can name it.
    cluster.seed(deployment("release", "shop", replicas=1))
    cluster, op = engine(tmp_path, cluster=cluster)
    yield cluster, op
    op.close()


# ------------------------------------------------------------------------------ the model
@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"action": "scale", "targets": [{"name": "my-api"}]}, "scale needs replicas"),
        (
            {"action": "scale", "targets": [{"name": "a"}, {"name": "b"}], "replicas": 2},
            "scale acts on one workload, not 2",
        ),
        (
            {"action": "scale", "targets": [{"name": "a"}], "replicas": 2, "image": "x:1"},
            "scale takes no image",
        ),
        ({"action": "scale", "targets": [{"name": "My_Api"}], "replicas": 2}, "not a workload"),
        ({"action": "scale", "targets": [{"name": "a"}], "replicas": -1}, "greater than or equal"),
        (
            {
                "action": "autoscale",
                "targets": [{"name": "a"}],
                "min_replicas": 5,
                "max_replicas": 2,
            },
            "max_replicas 2 is below min_replicas 5",
        ),
        ({"action": "set_image", "targets": [{"name": "a"}], "image": "x; rm -rf /"}, "image"),
        (
            {"action": "set_image", "targets": [{"name": "a"}, {"name": "a"}], "image": "1.0"},
            "named twice",
        ),
        ({"action": "harden", "targets": [{"name": "a"}], "fixes": []}, "harden needs fixes"),
        ({"action": "drain", "targets": [{"name": "a"}]}, "action"),
        ({"action": "restart", "targets": []}, "at least 1"),
    ],
)
def test_the_model_refuses_what_cannot_be_planned(data: dict[str, object], problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        StructuredIntent.model_validate(data)


def test_each_action_reads_as_a_sentence() -> None:
    deploy = WorkloadRef(kind="Deployment", name="my-api")
    assert intent("scale", "my-api", replicas=4).sentence() == "scale my-api to 4 replicas"
    assert (
        StructuredIntent(action="scale", targets=[deploy], replicas=4).sentence()
        == "scale deployment/my-api to 4 replicas"
    )
    assert (
        intent("set_image", "a", "b", image="2.0.0", container="api").sentence()
        == "update a, b to image 2.0.0 (container api)"
    )
    assert (
        intent("autoscale", "a", min_replicas=2, max_replicas=6, cpu_percent=60).sentence()
        == "autoscale a, min 2, max 6, target 60% cpu"
    )
    assert intent("make_ha", "a").sentence() == "make a highly available"
    assert intent("restart", "a").sentence() == "restart a"
    assert intent("rollback", "a").sentence() == "roll back a"
    assert intent("rollback", "a", revision=2).sentence() == "roll back a to revision 2"
    assert (
        intent("harden", "a", "b", fixes=["requests", "pdb"]).sentence()
        == "add the missing requests, pdb to a, b"
    )


# ------------------------------------------------------------------------------ the mapping
def test_scale_is_planned_from_the_slot_and_recorded_with_its_sentence(
    shop: tuple[MemoryCluster, Operator],
) -> None:
    _, op = shop
    wanted = intent("scale", "my-api", replicas=4)
    proposal = op.analyze(wanted, namespace="shop")
    assert proposal.status == "proposed"
    assert [
        (o.kind, o.target.ref, o.replicas) for o in proposal.operations if isinstance(o, ScaleOp)
    ] == [("scale", "deployment/my-api", 4)]
    assert len(proposal.operations) == 1
    session = op.session(proposal.session_id)
    assert session.structured == wanted
    assert session.intent == "scale my-api to 4 replicas"
    # The record round-trips: what the journal stored is the typed intent.
    assert type(session.structured) is StructuredIntent


def test_a_workload_the_text_rules_cannot_name_is_planned(
    shop: tuple[MemoryCluster, Operator],
) -> None:
    _, op = shop
    proposal = op.analyze(intent("scale", "release", replicas=3), namespace="shop")
    assert proposal.status == "proposed"
    op_ = proposal.operations[0]
    assert isinstance(op_, ScaleOp)
    assert (op_.target.ref, op_.replicas) == ("deployment/release", 3)


def test_one_image_rotation_across_several_workloads_is_one_proposal(
    shop: tuple[MemoryCluster, Operator],
) -> None:
    _, op = shop
    proposal = op.analyze(
        intent("set_image", "my-api", "payments", image="9.9.9"), namespace="shop"
    )
    assert proposal.status == "proposed"
    assert [
        (o.target.ref, o.container, o.image)
        for o in proposal.operations
        if isinstance(o, SetImageOp)
    ] == [
        ("deployment/my-api", "api", "ghcr.io/acme/my-api:9.9.9"),
        ("deployment/payments", "payments", "ghcr.io/acme/payments:9.9.9"),
    ]
    assert len(proposal.operations) == 2

    full = op.analyze(
        intent("set_image", "worker", image="ghcr.io/acme/worker:1.0.0"), namespace="shop"
    )
    assert [(o.target.ref, o.image) for o in full.operations if isinstance(o, SetImageOp)] == [
        ("deployment/worker", "ghcr.io/acme/worker:1.0.0")
    ]


def test_a_rotation_leaves_a_workload_already_there_alone_and_says_when_nothing_is_left(
    shop: tuple[MemoryCluster, Operator],
) -> None:
    _, op = shop
    proposal = op.analyze(
        intent("set_image", "my-api", "payments", image="3.0.0"), namespace="shop"
    )
    assert [o.target.ref for o in proposal.operations] == ["deployment/my-api"]
    assert "deployment/payments in shop already runs `ghcr.io/acme/payments:3.0.0`: nothing to" in (
        proposal.analysis
    )

    same = op.analyze(intent("set_image", "payments", image="3.0.0"), namespace="shop")
    assert same.status == "needs_clarification"
    assert same.operations == []
    assert same.question == "Nothing to do: payments already run that image."


def test_autoscale_uses_the_typed_bounds(shop: tuple[MemoryCluster, Operator]) -> None:
    _, op = shop
    proposal = op.analyze(
        intent("autoscale", "frontend", min_replicas=3, max_replicas=6, cpu_percent=55),
        namespace="shop",
    )
    assert proposal.status == "proposed"
    (hpa,) = [o for o in proposal.operations if isinstance(o, ApplyOp)]
    spec = hpa.manifest["spec"]
    assert (hpa.manifest["kind"], spec["minReplicas"], spec["maxReplicas"]) == (
        "HorizontalPodAutoscaler",
        3,
        6,
    )
    assert spec["metrics"][0]["resource"]["target"]["averageUtilization"] == 55


def test_make_ha_rollback_and_restart_map_onto_their_builders(
    shop: tuple[MemoryCluster, Operator],
) -> None:
    _, op = shop
    ha = op.analyze(intent("make_ha", "postgres"), namespace="shop")
    # One replica: scaled out first (its own step), then spread, then a budget.
    assert [(o.kind, o.target.ref) for o in ha.operations] == [
        ("scale", "statefulset/postgres"),
        ("patch", "statefulset/postgres"),
        ("apply", "poddisruptionbudget/postgres"),
    ]
    back = op.analyze(intent("rollback", "checkout"), namespace="shop")
    (undo,) = back.operations
    assert isinstance(undo, RolloutUndoOp)
    assert (undo.target.ref, undo.to_revision) == ("deployment/checkout", 1)
    missing = op.analyze(intent("rollback", "checkout", revision=7), namespace="shop")
    assert missing.status == "needs_clarification"
    assert "there is no revision 7" in (missing.question or "")
    restart = op.analyze(intent("restart", "worker"), namespace="shop")
    assert [(o.kind, o.target.ref) for o in restart.operations] == [
        ("rollout_restart", "deployment/worker")
    ]


def test_harden_adds_exactly_what_is_missing(shop: tuple[MemoryCluster, Operator]) -> None:
    _, op = shop
    proposal = op.analyze(
        intent("harden", "worker", "my-api", fixes=["requests", "probes", "pdb"]),
        namespace="shop",
    )
    assert proposal.status == "proposed"
    assert [(o.kind, o.target.ref) for o in proposal.operations] == [
        ("patch", "deployment/worker"),
        ("apply", "poddisruptionbudget/worker"),
        ("apply", "poddisruptionbudget/my-api"),
    ]
    patch = proposal.operations[0]
    assert isinstance(patch, PatchOp)
    assert patch.patch == {
        "spec": {
            "template": {
                "spec": {
                    "containers": [
                        {
                            "name": "worker",
                            "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}},
                            "readinessProbe": {"tcpSocket": {"port": "http"}, "periodSeconds": 10},
                        }
                    ]
                }
            }
        }
    }
    pdb = proposal.operations[2]
    assert isinstance(pdb, ApplyOp)
    assert pdb.manifest["spec"] == {
        "maxUnavailable": 1,
        "selector": {"matchLabels": {"app": "my-api"}},
    }
    # Only the fixes asked for.
    only = op.analyze(intent("harden", "worker", fixes=["pdb"]), namespace="shop")
    assert [(o.kind, o.target.ref) for o in only.operations] == [
        ("apply", "poddisruptionbudget/worker")
    ]


def test_a_target_that_is_not_there_is_asked_and_a_namespace_mismatch_refused(
    shop: tuple[MemoryCluster, Operator],
) -> None:
    _, op = shop
    absent = op.analyze(
        StructuredIntent(
            action="restart", targets=[WorkloadRef(kind="StatefulSet", name="my-api")]
        ),
        namespace="shop",
    )
    assert absent.status == "needs_clarification"
    assert absent.question == "There is no StatefulSet named 'my-api' in namespace 'shop'."
    before = list(op.sessions())
    with pytest.raises(ConfigError, match="names namespace 'other'"):
        op.analyze(
            intent("restart", "my-api").model_copy(update={"namespace": "other"}),
            namespace="shop",
        )
    assert list(op.sessions()) == before


def test_a_correction_is_text_read_after_the_structured_intent(
    shop: tuple[MemoryCluster, Operator],
) -> None:
    _, op = shop
    proposal = op.analyze(intent("scale", "my-api", replicas=4), namespace="shop")
    refined = op.refine(proposal.session_id, "use 5 instead")
    (scale,) = refined.operations
    assert isinstance(scale, ScaleOp)
    assert scale.replicas == 5


def test_the_ai_planner_reads_the_typed_parameters_in_its_prompt(
    shop: tuple[MemoryCluster, Operator],
) -> None:
    _, op = shop
    wanted = intent("scale", "my-api", replicas=4)
    request = PlanRequest(intent=wanted.sentence(), namespace="shop", structured=wanted)
    text = Prompts(planner="anthropic").context(request, op.gateway.reader())
    assert "scale my-api to 4 replicas\n\nThe same intent as typed parameters" in text
    assert '"replicas": 4' in text
    assert '"action": "scale"' in text
    plain = Prompts(planner="anthropic").context(
        PlanRequest(intent="scale my-api to 4 replicas", namespace="shop"), op.gateway.reader()
    )
    assert "typed parameters" not in plain
