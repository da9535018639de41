"""The session's pictures (issue 12, item 5): where the target's pods run per zone and node
before and after a scale or HA change, and a rollout's ReplicaSets — captured by the engine,
kept in the signed session, drawn in the record's HTML and text.

Over the in-memory cluster (tests/memory.py) with nodes in two zones; the real control plane is
tested in tests/integration/test_picture_live.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dotop_nb import audit, report, topology
from dotop_nb.models import ApplyOp, Picture, Session, Target
from dotop_nb.signing import Keyring
from dotop_nb.ui import html
from dotop_nb.ui.views import SessionView
from tests.helpers import deployment
from tests.memory import engine

NODES = (("node-a1", "zone-a"), ("node-a2", "zone-a"), ("node-b1", "zone-b"))


def node(name: str, zone: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": {"name": name, "labels": {topology.ZONE: zone}},
    }


def nodes() -> list[dict[str, Any]]:
    return [node(n, z) for n, z in NODES]


def counts(picture: Picture) -> dict[tuple[str, str], int]:
    return {(r.zone, r.node): r.pods for r in picture.nodes}


def test_a_scale_records_pods_per_zone_and_node_before_and_after(tmp_path: Path) -> None:
    _, op = engine(tmp_path, *nodes(), deployment("my-api", "shop", replicas=2))
    p = op.analyze("scale my-api to 4 replicas", namespace="shop")
    assert [(x.target.describe(), x.kind) for x in p.pictures] == [
        ("deployment/my-api in shop", "placement")
    ]
    # Round robin over the nodes sorted by name: pods 0, 1 → node-a1, node-a2; node-b1 is empty
    # but shown (where pods could also go).
    assert counts(p.pictures[0]) == {
        ("zone-a", "node-a1"): 1,
        ("zone-a", "node-a2"): 1,
        ("zone-b", "node-b1"): 0,
    }
    session = op.execute(p.session_id, approve=p.plan_hash)
    assert session.status == "executed"
    assert [counts(x) for x in session.after] == [
        {("zone-a", "node-a1"): 2, ("zone-a", "node-a2"): 1, ("zone-b", "node-b1"): 1}
    ]
    assert [r.ready for r in session.after[0].nodes] == [2, 1, 1]
    # Kept in the journal (which is signed) and read back unchanged.
    again = op.session(p.session_id)
    assert again.after == session.after
    assert again.proposal.pictures == p.pictures


def test_the_record_draws_zone_columns_with_node_rows_and_a_text_fallback(
    tmp_path: Path,
) -> None:
    _, op = engine(tmp_path, *nodes(), deployment("my-api", "shop", replicas=2))
    p = op.analyze("scale my-api to 4 replicas", namespace="shop")
    proposed = op.session(p.session_id)
    page = html.session(proposed)
    assert page.count('class="dotop-zone"') == 2
    assert 'data-zone="zone-a"' in page
    assert 'data-zone="zone-b"' in page
    assert 'data-node="node-b1" data-pods="0"' in page
    assert "after: read back once the change is validated" in page
    assert "var(--jp-border-color2" in page  # theme-safe colours
    text = report.session_text(proposed)
    assert "Pods of deployment/my-api in shop by zone and node (before; ● ready, ○ not ready):" in (
        text
    )
    assert "  zone-a     node-a1  1 ●" in text

    done = op.execute(p.session_id, approve=p.plan_hash)
    page = html.session(done)
    assert page.count('class="dotop-placement"') == 2  # before and after side by side
    assert 'data-when="after (read back once validated)"' in page
    after = page.split('data-when="after (read back once validated)"')[1]
    assert 'data-node="node-a1" data-pods="2"' in after
    assert 'data-node="node-b1" data-pods="1"' in after
    text = report.session_text(done)
    assert "(before → after; ● ready, ○ not ready)" in text
    assert "  zone-a     node-a1  1 ●              → 2 ●●" in text
    assert "  zone-b     node-b1  0                → 1 ●" in text


def test_the_pictures_are_signed_with_the_notebook_record(tmp_path: Path) -> None:
    _, op = engine(tmp_path, *nodes(), deployment("my-api", "shop", replicas=2))
    p = op.analyze("scale my-api to 4 replicas", namespace="shop")
    session = op.execute(p.session_id, approve=p.plan_hash)
    keys = Keyring.from_env()  # the test key (tests/conftest.py)
    data, bundle, metadata = _record(session)
    assert metadata["pictures"]["before"][0]["nodes"][0]["node"] == "node-a1"
    assert metadata["pictures"]["after"][0]["nodes"][0]["pods"] == 2
    assert audit.check(data, metadata, bundle, keys=keys) == []
    # An "after" edited to show a different spread no longer verifies.
    forged = {**metadata, "pictures": {**metadata["pictures"]}}
    forged["pictures"]["after"] = [
        {**metadata["pictures"]["after"][0], "nodes": [{"zone": "zone-b", "node": "x", "pods": 4}]}
    ]
    problems = audit.check(data, forged, bundle, keys=keys)
    assert any("edited after it was written" in x for x in problems)
    # The picture in the HTML reviewers read is covered by the view digests.
    edited = {**bundle, "text/html": bundle["text/html"].replace('data-pods="2"', 'data-pods="3"')}
    assert "the text/html representation (what reviewers read) was edited" in audit.check(
        data, metadata, edited, keys=keys
    )


def _record(session: Session) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    bundle, meta = SessionView(session)._repr_mimebundle_()
    views = {m: bundle[m] for m in ("text/plain", "text/html")}
    return bundle[audit.MIME], views, meta[audit.MIME]


def test_make_ha_and_a_pdb_picture_the_workload_once(tmp_path: Path) -> None:
    _, op = engine(tmp_path, *nodes(), deployment("web", "shop", replicas=2))
    p = op.analyze("make web highly available", namespace="shop")
    kinds = sorted({o.target.kind for o in p.operations})
    assert "PodDisruptionBudget" in kinds
    # The Deployment's patch and the PDB that selects its pods give one picture of web.
    assert [(x.target.describe(), x.kind) for x in p.pictures] == [
        ("deployment/web in shop", "placement")
    ]


def test_a_pdb_alone_pictures_the_workloads_it_selects(tmp_path: Path) -> None:
    _, op = engine(
        tmp_path, *nodes(), deployment("web", "shop", replicas=2), deployment("db", "shop")
    )
    pdb = ApplyOp(
        target=Target(kind="PodDisruptionBudget", name="web", namespace="shop"),
        manifest={
            "apiVersion": "policy/v1",
            "kind": "PodDisruptionBudget",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app": "web"}}},
        },
    )
    (picture,) = topology.capture(op.gateway.reader(), [pdb])
    assert (picture.target.describe(), picture.kind) == ("deployment/web in shop", "placement")
    assert sum(r.pods for r in picture.nodes) == 2


def test_an_image_update_records_the_replica_sets_old_and_new(tmp_path: Path) -> None:
    _, op = engine(tmp_path, *nodes(), deployment("my-api", "shop", replicas=3))
    p = op.analyze("set image of my-api to nginx:1.27", namespace="shop")
    assert [
        (x.kind, [(r.images, r.ready, r.desired, r.newest) for r in x.replica_sets])
        for x in p.pictures
    ] == [("rollout", [(["nginx:1.25"], 3, 3, True)])]
    session = op.execute(p.session_id, approve=p.plan_hash)
    assert session.status == "executed"
    (after,) = session.after
    # As observed once validated: the old ReplicaSet scaled to 0, the new one holds every pod.
    assert [(r.images, r.revision, r.ready, r.desired, r.newest) for r in after.replica_sets] == [
        (["nginx:1.25"], "1", 0, 0, False),
        (["nginx:1.27"], "2", 3, 3, True),
    ]
    page = html.session(session)
    assert 'class="dotop-rollout"' in page
    assert "ReplicaSet" in page
    text = report.session_text(session)
    assert "ReplicaSets of deployment/my-api in shop (before → after; ready/desired):" in text
    assert "  after  new " in text
    assert "(revision 2): 3/3 ready — nginx:1.27" in text
    assert "  after  old " in text
    assert "(revision 1): 0/0 ready — nginx:1.25" in text


def test_nodes_of_counts_ready_pods_skips_deleted_ones_and_caps_empty_nodes() -> None:
    pods = [
        {"metadata": {"name": "a"}, "spec": {"nodeName": "n1"}, "status": _ready(True)},
        {"metadata": {"name": "b"}, "spec": {"nodeName": "n1"}, "status": _ready(False)},
        {"metadata": {"name": "c", "deletionTimestamp": "x"}, "spec": {"nodeName": "n2"}},
        {"metadata": {"name": "d"}, "spec": {}, "status": _ready(False)},
    ]
    many = [node(f"n{i}", "z1" if i < 5 else "z2") for i in range(1, 10)]
    rows, note = topology.nodes_of(pods, many, limit=4)
    assert [(r.zone, r.node, r.pods, r.ready) for r in rows] == [
        ("-", "(unscheduled)", 1, 0),
        ("z1", "n1", 2, 1),
        ("z1", "n2", 0, 0),
        ("z1", "n3", 0, 0),
    ]
    assert note == "6 more node(s) without its pods not shown"
    rows, note = topology.nodes_of(pods, None)
    assert [(r.zone, r.node) for r in rows] == [("?", "(unscheduled)"), ("?", "n1")]
    assert note == "nodes not readable with these credentials: zones unknown"


def _ready(ok: bool) -> dict[str, Any]:
    return {"conditions": [{"type": "Ready", "status": "True" if ok else "False"}]}


def test_a_proposal_without_workload_targets_has_no_picture(tmp_path: Path) -> None:
    target = Target(kind="ConfigMap", name="x", namespace="shop")
    assert topology.subjects([]) == []
    op = ApplyOp(
        target=target,
        manifest={
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "x", "namespace": "shop"},
        },
    )
    assert topology.subjects([op]) == []
