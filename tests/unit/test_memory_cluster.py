"""The in-memory cluster's own semantics, through the real KubeClient: what the engine's unit
tests rely on (resourceVersion, dry-run, strategic merge, errors, discovery, scale)."""

from __future__ import annotations

import pytest

from dotop_nb.cluster import capabilities
from dotop_nb.cluster.client import KubeClient
from dotop_nb.cluster.memory import MemoryCluster, json_patch, strategic_merge
from dotop_nb.cluster.memory.patches import PatchError
from dotop_nb.errors import ClusterUnreachable, Conflict, Invalid, NotFound
from tests import crds
from tests.helpers import deployment

pytestmark = pytest.mark.timeout(10)

PATH = "/apis/apps/v1/namespaces/shop/deployments/my-api"
MERGE = "application/merge-patch+json"
STRATEGIC = "application/strategic-merge-patch+json"


@pytest.fixture
def kube() -> KubeClient:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    client = cluster.client()
    client.request(
        "POST", "/apis/apps/v1/namespaces/shop/deployments", body=deployment("my-api", "shop")
    )
    return client


def version(kube: KubeClient) -> str:
    return str(kube.get("apps/v1", "Deployment", "my-api", "shop")["metadata"]["resourceVersion"])


def test_every_write_moves_the_version_and_a_stale_one_is_a_conflict(kube: KubeClient) -> None:
    before = kube.get("apps/v1", "Deployment", "my-api", "shop")
    meta = before["metadata"]
    assert meta["uid"]
    assert meta["generation"] == 1
    assert meta["creationTimestamp"]
    kube.request("PATCH", PATH, body={"spec": {"replicas": 3}}, content_type=MERGE)
    after = kube.get("apps/v1", "Deployment", "my-api", "shop")["metadata"]
    assert int(after["resourceVersion"]) > int(meta["resourceVersion"])
    assert (after["uid"], after["generation"]) == (meta["uid"], 2)
    stale = {"metadata": {"resourceVersion": meta["resourceVersion"]}, "spec": {"replicas": 9}}
    with pytest.raises(Conflict, match="the object has been modified"):
        kube.request("PATCH", PATH, body=stale, content_type=MERGE)
    before["spec"]["replicas"] = 9
    with pytest.raises(Conflict):
        kube.request("PUT", PATH, body=before)
    assert kube.get("apps/v1", "Deployment", "my-api", "shop")["spec"]["replicas"] == 3


def test_dry_run_answers_the_would_be_object_and_stores_nothing(kube: KubeClient) -> None:
    rv = version(kube)
    answer = kube.request(
        "PATCH", PATH, query={"dryRun": "All"}, body={"spec": {"replicas": 7}}, content_type=MERGE
    )
    assert answer["spec"]["replicas"] == 7
    created = kube.request(
        "POST",
        "/api/v1/namespaces/shop/configmaps",
        query={"dryRun": "All"},
        body={"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cm"}},
    )
    assert created["metadata"]["name"] == "cm"
    kube.request("DELETE", PATH, body={"dryRun": ["All"]})
    assert version(kube) == rv
    assert kube.get("apps/v1", "Deployment", "my-api", "shop")["spec"]["replicas"] == 2
    with pytest.raises(NotFound):
        kube.get("v1", "ConfigMap", "cm", "shop")


def test_strategic_merge_merges_lists_by_their_merge_key(kube: KubeClient) -> None:
    sidecar = {"name": "proxy", "image": "envoy:1", "env": [{"name": "A", "value": "1"}]}
    kube.request(
        "PATCH",
        PATH,
        body={"spec": {"template": {"spec": {"containers": [sidecar]}}}},
        content_type=STRATEGIC,
    )
    patch = {"containers": [{"name": "proxy", "env": [{"name": "B", "value": "2"}]}]}
    kube.request(
        "PATCH", PATH, body={"spec": {"template": {"spec": patch}}}, content_type=STRATEGIC
    )
    containers = kube.get("apps/v1", "Deployment", "my-api", "shop")["spec"]["template"]["spec"][
        "containers"
    ]
    assert [c["name"] for c in containers] == ["app", "proxy"]
    assert containers[1]["env"] == [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]
    gone = {"containers": [{"name": "proxy", "$patch": "delete"}]}
    assert strategic_merge({"containers": containers}, gone) == {"containers": containers[:1]}
    # A merge patch replaces the list.
    assert json_patch({"a": [1, 2]}, [{"op": "move", "from": "/a/0", "path": "/b"}]) == {
        "a": [2],
        "b": 1,
    }
    with pytest.raises(PatchError):
        json_patch({"a": 1}, [{"op": "test", "path": "/a", "value": 2}])


def test_errors_are_the_apiservers_translated_by_the_client(kube: KubeClient) -> None:
    with pytest.raises(NotFound, match=r'deployments\.apps "nope" not found'):
        kube.get("apps/v1", "Deployment", "nope", "shop")
    with pytest.raises(Conflict, match="already exists") as exists:
        kube.request(
            "POST", "/apis/apps/v1/namespaces/shop/deployments", body=deployment("my-api", "shop")
        )
    assert (exists.value.status, exists.value.reason) == (409, "AlreadyExists")
    bad = deployment("other", "shop")
    bad["spec"]["template"]["metadata"]["labels"] = {"app": "else"}
    with pytest.raises(Invalid, match="selector` does not match template `labels`") as invalid:
        kube.request("POST", "/apis/apps/v1/namespaces/shop/deployments", body=bad)
    assert invalid.value.status == 422
    with pytest.raises(Invalid, match="field is immutable"):
        kube.request(
            "PATCH",
            PATH,
            body={"spec": {"selector": {"matchLabels": {"app": "x"}}}},
            content_type=MERGE,
        )
    with pytest.raises(NotFound, match='namespaces "elsewhere" not found'):
        kube.request(
            "POST", "/api/v1/namespaces/elsewhere/configmaps", body={"metadata": {"name": "c"}}
        )


def test_scale_subresource_lists_selectors_and_cascading_delete(kube: KubeClient) -> None:
    rv = version(kube)
    scale = kube.request(
        "PATCH",
        f"{PATH}/scale",
        body={"metadata": {"resourceVersion": rv}, "spec": {"replicas": 4}},
        content_type=MERGE,
    )
    assert (scale["kind"], scale["spec"]["replicas"]) == ("Scale", 4)
    with pytest.raises(Conflict):
        kube.request(
            "PATCH",
            f"{PATH}/scale",
            body={"metadata": {"resourceVersion": rv}, "spec": {"replicas": 5}},
            content_type=MERGE,
        )
    dep = kube.get("apps/v1", "Deployment", "my-api", "shop")
    assert dep["status"]["readyReplicas"] == 4  # the controller step ran
    pods = kube.list("v1", "Pod", "shop", label_selector="app in (my-api,x),!absent")
    assert len(pods) == 4
    assert kube.list("v1", "Pod", "shop", label_selector="app notin (my-api)") == []
    kube.request("DELETE", PATH, body={"propagationPolicy": "Background"})
    assert kube.list("apps/v1", "ReplicaSet", "shop") == []
    assert kube.list("v1", "Pod", "shop") == []


def test_a_crd_is_served_once_created_and_an_outage_is_unreachable() -> None:
    cluster = MemoryCluster()
    kube = cluster.client()
    assert not capabilities.discover(kube, refresh=True).has("keda")
    crds.install(kube, "keda")
    assert kube.resource("keda.sh/v1alpha1", "ScaledObject").namespaced
    assert capabilities.discover(kube, refresh=True).has("keda")
    with pytest.raises(Invalid, match="Required value"):
        kube.request(
            "POST",
            "/apis/keda.sh/v1alpha1/namespaces/default/scaledobjects",
            body={
                "apiVersion": "keda.sh/v1alpha1",
                "kind": "ScaledObject",
                "metadata": {"name": "s"},
                "spec": {},
            },
        )
    cluster.unreachable = True
    with pytest.raises(ClusterUnreachable):
        kube.get("v1", "Namespace", "default")


def test_a_list_answers_what_is_stored_then_and_a_change_to_it_stays_with_the_reader(
    kube: KubeClient,
) -> None:
    # Items are serialized straight from the store (no copy first): what a reader does to them,
    # or a later write, changes nothing in an answer already given or in the store.
    first = kube.list("apps/v1", "Deployment", "shop")
    assert (
        "apiVersion"
        not in kube.request("GET", "/apis/apps/v1/namespaces/shop/deployments")["items"][0]
    )
    first[0]["spec"]["replicas"] = 99
    first[0]["metadata"]["labels"]["x"] = "y"
    again = kube.list("apps/v1", "Deployment", "shop")
    assert again[0]["spec"]["replicas"] != 99
    assert "x" not in again[0]["metadata"]["labels"]
    kube.request("PATCH", f"{PATH}/scale", body={"spec": {"replicas": 7}}, content_type=MERGE)
    assert again[0]["spec"]["replicas"] != 7
    assert kube.list("apps/v1", "Deployment", "shop")[0]["spec"]["replicas"] == 7
