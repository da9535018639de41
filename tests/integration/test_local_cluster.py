"""The local control plane is a real Kubernetes: controllers, scheduler, admission and validation.

Each test depends on behaviour no API mock provides (ReplicaSet history, scheduling constraints,
PDB status from the disruption controller, OpenAPI validation of CRDs, namespace GC).
"""

from __future__ import annotations

from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import Invalid, NotFound
from tests.helpers import exists, wait_for

pytestmark = pytest.mark.integration

Json = dict[str, Any]


def deployment(name: str, ns: str, image: str, replicas: int = 3) -> Json:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": ns, "labels": {"app": name}},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": name}},
            "template": {
                "metadata": {"labels": {"app": name}},
                "spec": {"containers": [{"name": "app", "image": image}]},
            },
        },
    }


def rollout_complete(kube: KubeClient, name: str, ns: str) -> Json | None:
    dep = kube.get("apps/v1", "Deployment", name, ns)
    want = dep["spec"]["replicas"]
    st = dep.get("status", {})
    done = (
        st.get("observedGeneration", 0) >= dep["metadata"]["generation"]
        and st.get("updatedReplicas") == want
        and st.get("readyReplicas") == want
        and st.get("availableReplicas") == want
        and st.get("replicas") == want
    )
    return dep if done else None


def replicasets(kube: KubeClient, ns: str, app: str) -> dict[str, Json]:
    """ReplicaSets of ``app`` keyed by their revision annotation."""
    return {
        rs["metadata"]["annotations"]["deployment.kubernetes.io/revision"]: rs
        for rs in kube.list("apps/v1", "ReplicaSet", ns, label_selector=f"app={app}")
    }


def test_deployment_rolls_out_and_rollback_restores_the_old_replicaset(
    kube: KubeClient, namespace: str
) -> None:
    kube.apply(deployment("web", namespace, "nginx:1.25"))
    wait_for(lambda: rollout_complete(kube, "web", namespace), what="first rollout")

    pods = kube.list("v1", "Pod", namespace, label_selector="app=web")
    assert len(pods) == 3
    assert all(p["spec"]["nodeName"].startswith("kwok-node-") for p in pods)
    assert all(p["status"]["phase"] == "Running" for p in pods)
    assert all(
        any(c["type"] == "Ready" and c["status"] == "True" for c in p["status"]["conditions"])
        for p in pods
    )
    first = replicasets(kube, namespace, "web")
    assert list(first) == ["1"]

    kube.apply(deployment("web", namespace, "nginx:1.26"))
    wait_for(lambda: rollout_complete(kube, "web", namespace), what="image update rollout")
    second = replicasets(kube, namespace, "web")
    assert set(second) == {"1", "2"}
    assert second["2"]["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.26"
    assert second["1"]["spec"]["replicas"] == 0

    # What `kubectl rollout undo` does: put the previous ReplicaSet's template back.
    old = second["1"]
    template = old["spec"]["template"]
    template["metadata"]["labels"].pop("pod-template-hash", None)
    kube.request(
        "PATCH",
        f"/apis/apps/v1/namespaces/{namespace}/deployments/web",
        body={"spec": {"template": template}},
        content_type="application/strategic-merge-patch+json",
    )
    wait_for(lambda: rollout_complete(kube, "web", namespace), what="rollback rollout")
    third = replicasets(kube, namespace, "web")
    # The old ReplicaSet is reused (same name) and becomes revision 3; the newer one is scaled down.
    assert set(third) == {"2", "3"}
    assert third["3"]["metadata"]["name"] == old["metadata"]["name"]
    assert third["3"]["status"].get("readyReplicas") == 3
    assert third["2"]["spec"]["replicas"] == 0
    images = {
        p["spec"]["containers"][0]["image"]
        for p in kube.list("v1", "Pod", namespace, label_selector="app=web")
        if "deletionTimestamp" not in p["metadata"]
    }
    assert images == {"nginx:1.25"}


def test_statefulset_scales_across_zones_and_pdb_reports_disruptions(
    kube: KubeClient, namespace: str
) -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "db", "namespace": namespace},
            "spec": {"clusterIP": "None", "selector": {"app": "db"}, "ports": [{"port": 5432}]},
        }
    )
    sts: Json = {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": "db", "namespace": namespace},
        "spec": {
            "serviceName": "db",
            "replicas": 1,
            "selector": {"matchLabels": {"app": "db"}},
            "template": {
                "metadata": {"labels": {"app": "db"}},
                "spec": {
                    "topologySpreadConstraints": [
                        {
                            "maxSkew": 1,
                            "topologyKey": "topology.kubernetes.io/zone",
                            "whenUnsatisfiable": "DoNotSchedule",
                            "labelSelector": {"matchLabels": {"app": "db"}},
                        }
                    ],
                    "containers": [{"name": "db", "image": "postgres:16"}],
                },
            },
        },
    }
    kube.apply(sts)
    wait_for(
        lambda: (
            kube.get("apps/v1", "StatefulSet", "db", namespace)
            .get("status", {})
            .get("readyReplicas")
            == 1
        ),
        what="statefulset with 1 ready replica",
    )
    kube.request(
        "PATCH",
        f"/apis/apps/v1/namespaces/{namespace}/statefulsets/db/scale",
        body={"spec": {"replicas": 3}},
        content_type="application/merge-patch+json",
    )
    wait_for(
        lambda: (
            kube.get("apps/v1", "StatefulSet", "db", namespace)
            .get("status", {})
            .get("readyReplicas")
            == 3
        ),
        what="statefulset scaled to 3 ready replicas",
    )
    pods = kube.list("v1", "Pod", namespace, label_selector="app=db")
    assert sorted(p["metadata"]["name"] for p in pods) == ["db-0", "db-1", "db-2"]
    nodes = {n["metadata"]["name"]: n for n in kube.list("v1", "Node")}
    zones = {
        nodes[p["spec"]["nodeName"]]["metadata"]["labels"]["topology.kubernetes.io/zone"]
        for p in pods
    }
    assert len(zones) == 3, f"topology spread was not honoured: {zones}"

    kube.apply(
        {
            "apiVersion": "policy/v1",
            "kind": "PodDisruptionBudget",
            "metadata": {"name": "db", "namespace": namespace},
            "spec": {"minAvailable": 2, "selector": {"matchLabels": {"app": "db"}}},
        }
    )

    def pdb_observed() -> Json | None:
        pdb = kube.get("policy/v1", "PodDisruptionBudget", "db", namespace)
        return pdb if pdb.get("status", {}).get("expectedPods") == 3 else None

    pdb = wait_for(pdb_observed, what="PDB status from the disruption controller")
    assert pdb["status"]["currentHealthy"] == 3
    assert pdb["status"]["disruptionsAllowed"] == 1


def test_server_side_dry_run_validates_and_changes_nothing(
    kube: KubeClient, namespace: str
) -> None:
    bad_type = deployment("api", namespace, "nginx:1.25")
    bad_type["spec"]["replicas"] = "three"
    with pytest.raises(Invalid) as err:
        kube.apply(bad_type, dry_run=True)
    assert "replicas" in str(err.value)

    unknown = deployment("api", namespace, "nginx:1.25")
    unknown["spec"]["replicaz"] = 2
    with pytest.raises(Invalid) as err:
        kube.apply(unknown, dry_run=True)
    assert ".spec.replicaz: field not declared in schema" in str(err.value)
    # The same object created (not applied) under strict field validation.
    with pytest.raises(Invalid) as err:
        kube.request(
            "POST",
            f"/apis/apps/v1/namespaces/{namespace}/deployments",
            query={"dryRun": "All", "fieldValidation": "Strict"},
            body=unknown,
        )
    assert 'unknown field "spec.replicaz"' in str(err.value)

    result = kube.apply(deployment("api", namespace, "nginx:1.25"), dry_run=True)
    assert result["metadata"]["name"] == "api"
    assert result["spec"]["replicas"] == 3
    assert not exists(kube, "apps/v1", "Deployment", "api", namespace)


SCALEDOBJECT_CRD: Json = {
    "apiVersion": "apiextensions.k8s.io/v1",
    "kind": "CustomResourceDefinition",
    "metadata": {"name": "scaledwidgets.test.dotop.dev"},
    "spec": {
        "group": "test.dotop.dev",
        "scope": "Namespaced",
        "names": {"plural": "scaledwidgets", "singular": "scaledwidget", "kind": "ScaledWidget"},
        "versions": [
            {
                "name": "v1alpha1",
                "served": True,
                "storage": True,
                "schema": {
                    "openAPIV3Schema": {
                        "type": "object",
                        "properties": {
                            "spec": {
                                "type": "object",
                                "required": ["scaleTargetRef"],
                                "properties": {
                                    "scaleTargetRef": {
                                        "type": "object",
                                        "required": ["name"],
                                        "properties": {"name": {"type": "string"}},
                                    },
                                    "minReplicaCount": {"type": "integer", "minimum": 0},
                                    "maxReplicaCount": {"type": "integer", "minimum": 1},
                                },
                            }
                        },
                    }
                },
            }
        ],
    },
}


def test_crd_objects_are_validated_against_their_schema(kube: KubeClient, namespace: str) -> None:
    kube.apply(SCALEDOBJECT_CRD)

    def established() -> bool:
        crd = kube.get(
            "apiextensions.k8s.io/v1", "CustomResourceDefinition", "scaledwidgets.test.dotop.dev"
        )
        conditions = (crd.get("status") or {}).get("conditions") or []
        return any(c["type"] == "Established" and c["status"] == "True" for c in conditions)

    wait_for(established, what="CRD established")
    # Established comes before discovery serves the kind: the apiserver's aggregated discovery
    # document is updated asynchronously (CI once applied the object in between).
    served = ("test.dotop.dev/v1alpha1", "ScaledWidget")
    wait_for(lambda: served in kube.resources(refresh=True), what="ScaledWidget served")

    def widget(spec: Json) -> Json:
        return {
            "apiVersion": "test.dotop.dev/v1alpha1",
            "kind": "ScaledWidget",
            "metadata": {"name": "w", "namespace": namespace},
            "spec": spec,
        }

    with pytest.raises(Invalid) as err:
        kube.apply(widget({"scaleTargetRef": {"name": "api"}, "minReplicaCount": -1}))
    assert "minReplicaCount" in str(err.value)
    with pytest.raises(Invalid) as err:
        kube.apply(widget({"minReplicaCount": 1}))
    assert "scaleTargetRef" in str(err.value)

    created = kube.apply(widget({"scaleTargetRef": {"name": "api"}, "minReplicaCount": 1}))
    assert created["spec"]["minReplicaCount"] == 1
    assert exists(kube, "test.dotop.dev/v1alpha1", "ScaledWidget", "w", namespace)


def test_deleting_a_namespace_garbage_collects_its_objects(
    kube: KubeClient, namespace: str
) -> None:
    kube.apply(deployment("gc", namespace, "nginx:1.25", replicas=2))
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "settings", "namespace": namespace},
            "data": {"k": "v"},
        }
    )
    wait_for(lambda: rollout_complete(kube, "gc", namespace), what="rollout before deletion")
    kube.request("DELETE", f"/api/v1/namespaces/{namespace}")

    def gone() -> bool:
        try:
            kube.get("v1", "Namespace", namespace)
        except NotFound:
            return True
        return False

    wait_for(gone, what="namespace finalized", timeout=90)
    for api_version, kind in (
        ("apps/v1", "Deployment"),
        ("apps/v1", "ReplicaSet"),
        ("v1", "Pod"),
        ("v1", "ConfigMap"),
    ):
        assert kube.list(api_version, kind, namespace) == [], kind
