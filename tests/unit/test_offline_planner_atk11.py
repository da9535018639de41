"""The atk11 blind attack (issue 11, point 3): every unsafe outcome it found must end as exactly the
right plan or a question. Over the in-memory cluster seeded with the attacker's namespace
(tests/unit/data/atk11_app.yaml: cart, cart-remover, payments + PDB, my-api + HPA 2..6, web with a
sidecar, StatefulSet db, Services, ConfigMaps), through the real Operator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.models import Proposal
from dotop_nb.service import Operator
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)
APP = Path(__file__).parent / "data" / "atk11_app.yaml"


@pytest.fixture(scope="module")
def atk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "atk", "prod"))
    objects = [o for o in yaml.safe_load_all(APP.read_text()) if o]
    _, op = engine(tmp_path_factory.mktemp("atk11"), *objects, cluster=cluster)
    yield op
    op.close()


def asks(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="atk")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    assert proposal.question
    return proposal


def plans(op: Operator, intent: str) -> list[Any]:
    proposal = op.analyze(intent, namespace="atk")
    assert proposal.status == "proposed", proposal.question
    return list(proposal.operations)


def only(op: Operator, intent: str) -> Any:
    (operation,) = plans(op, intent)
    return operation


# ----- 1. "cart remover" is not cart
@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("scale cart remover to 5", "scale"),
        ("scale the cart remover deployment to 4", "scale"),
        ("scale cart remover up by 2", "scale"),
        ("restart cart remover", "rollout_restart"),
        ("set TTL_HOURS=48 on cart remover", "patch"),
    ],
)
def test_words_forming_an_existing_name_target_it(atk: Operator, intent: str, kind: str) -> None:
    operation = only(atk, intent)
    assert operation.kind == kind
    assert operation.target.name == "cart-remover"


def test_cart_remover_values(atk: Operator) -> None:
    assert only(atk, "scale cart remover to 5").replicas == 5
    assert only(atk, "scale cart remover up by 2").replicas == 3


def test_delete_cart_remover_deletes_cart_remover_only(atk: Operator) -> None:
    names = {(o.target.kind, o.target.name) for o in plans(atk, "delete cart remover")}
    assert names == {("Deployment", "cart-remover")}


@pytest.mark.parametrize(
    "intent",
    ["scale cart cleaner to 5", "restart cart worker", "scale payments gateway to 2"],
)
def test_a_word_after_a_name_that_could_name_another_workload_is_asked(
    atk: Operator, intent: str
) -> None:
    asks(atk, intent)


# ----- 2. signed numbers are relative
@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("payments +2 replicas", 5),
        ("payments + 2 replicas", 5),
        ("web +3 replicas", 5),
        ("scale cart +1", 3),
    ],
)
def test_a_plus_number_is_relative(atk: Operator, intent: str, replicas: int) -> None:
    operation = only(atk, intent)
    assert operation.kind == "scale"
    assert operation.replicas == replicas


# ----- 5. conditions in every category
@pytest.mark.parametrize(
    "intent",
    [
        "scale cart to 3 unless it has an HPA",
        "scale cart to 3 if it has no hpa",
        "add an hpa to cart when traffic is high tomorrow",
        # round 11: HA waits on a condition said as a request ("… if the backup works" is
        # awaited, as a scale's is); one that negates is still asked
        "make payments highly available unless the backup fails",
        "enable monitoring on web unless it has metrics",
        "restart web when the hpa settles",
    ],
)
def test_a_condition_is_asked_in_every_category(atk: Operator, intent: str) -> None:
    asks(atk, intent)


def test_a_category_is_not_chosen_from_a_word_inside_a_condition(atk: Operator) -> None:
    proposal = asks(atk, "scale cart to 3 unless it has an HPA")
    assert proposal.category == "scale"


# ----- 6. a second action is planned too (issue 11: compound intents are planned whole; this
# test asked before — it now asserts the whole plan)
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "set cart replicas to 3 and image to ghcr.io/shop/cart:2.1.0",
            [("scale", 3), ("set_image", "ghcr.io/shop/cart:2.1.0")],
        ),
        (
            "scale cart to 3 and image ghcr.io/shop/cart:2.1.0",
            [("scale", 3), ("set_image", "ghcr.io/shop/cart:2.1.0")],
        ),
        (
            "update cart to 2.1.0 and replicas to 4",
            [("set_image", "ghcr.io/shop/cart:2.1.0"), ("scale", 4)],
        ),
        ("set LOG_LEVEL=debug on cart and 4 replicas", [("patch", None), ("scale", 4)]),
    ],
)
def test_a_second_action_is_planned_in_the_same_proposal(
    atk: Operator, intent: str, planned: list[tuple[str, Any]]
) -> None:
    operations = plans(atk, intent)
    assert all(o.target.name == "cart" for o in operations)
    got = [
        (o.kind, o.replicas if o.kind == "scale" else o.image if o.kind == "set_image" else None)
        for o in operations
    ]
    assert got == planned


# ----- 7. a bare number as a version
@pytest.mark.parametrize("intent", ["bump cart to 4", "update cart to 3", "upgrade payments to 4"])
def test_a_bare_number_as_a_version_is_asked(atk: Operator, intent: str) -> None:
    asks(atk, intent)


def test_a_bare_number_with_replicas_scales_and_a_version_word_updates(atk: Operator) -> None:
    assert only(atk, "bump cart to 4 replicas").replicas == 4
    assert only(atk, "update cart to version 3").image == "ghcr.io/shop/cart:3"
    assert only(atk, "update cart to 2.1.0").image == "ghcr.io/shop/cart:2.1.0"


# ----- 8. a namespace in the sentence
@pytest.mark.parametrize(
    "intent",
    [
        "scale cart to 3 replicas in namespace prod",
        "scale cart to 3 replicas in namespace default",
        "scale -n prod cart to 3",
        "restart cart --namespace=prod",
        "restart cart in the prod namespace",
        "delete cart in namespace prod",
        "restart cart in namespace monitoring",
    ],
)
def test_another_namespace_in_the_sentence_is_asked(atk: Operator, intent: str) -> None:
    assert "atk" in str(asks(atk, intent).question)


def test_the_session_namespace_in_the_sentence_is_fine(atk: Operator) -> None:
    assert only(atk, "scale cart to 3 replicas in namespace atk").replicas == 3
    assert only(atk, "scale -n atk cart to 4").replicas == 4


# ----- 3. an HPA edit changes what was said
def _hpa_patch(atk: Operator, intent: str) -> dict[str, Any]:
    operation = only(atk, intent)
    assert operation.kind == "patch"
    assert (operation.target.kind, operation.target.name) == ("HorizontalPodAutoscaler", "my-api")
    return dict(operation.patch)


def test_editing_an_hpa_changes_only_the_field_said(atk: Operator) -> None:
    assert _hpa_patch(atk, "set my-api HPA min to 3") == {"spec": {"minReplicas": 3}}
    assert _hpa_patch(atk, "set the my-api hpa max to 8") == {"spec": {"maxReplicas": 8}}
    assert _hpa_patch(atk, "change the hpa of my-api to between 3 and 9") == {
        "spec": {"minReplicas": 3, "maxReplicas": 9}
    }
    metrics = _hpa_patch(atk, "set my-api hpa target cpu to 50%")["spec"]["metrics"]
    assert metrics == [
        {
            "type": "Resource",
            "resource": {
                "name": "cpu",
                "target": {"type": "Utilization", "averageUtilization": 50},
            },
        }
    ]
    assert set(_hpa_patch(atk, "set my-api hpa target cpu to 50%")["spec"]) == {"metrics"}


@pytest.mark.parametrize(
    "intent",
    [
        "set my-api hpa max to -5",
        "set the my-api hpa max to 1.5",
        "set my-api hpa min to 0",
        "set my-api hpa min to 8",  # above the current max 6
        "set my-api hpa target cpu to 150%",
        "set my-api hpa max to 5 replicas for 2 hours",
        "edit the my-api hpa",
    ],
)
def test_a_bad_or_missing_hpa_value_is_asked(atk: Operator, intent: str) -> None:
    asks(atk, intent)


def test_a_new_autoscaler_takes_the_range_said(atk: Operator) -> None:
    for intent in ("autoscale cart 2-8", "autoscale cart between 2 and 8", "autoscale cart 2 to 8"):
        (apply,) = [o for o in plans(atk, intent) if o.kind == "apply"]
        assert apply.manifest["spec"]["minReplicas"] == 2, intent
        assert apply.manifest["spec"]["maxReplicas"] == 8, intent
    asks(atk, "autoscale cart 2-8 at 3")
    asks(atk, "autoscale cart with max -4")


# ----- 4. values read whole
def test_a_value_is_read_whole_up_to_its_clause(atk: Operator) -> None:
    operation = only(atk, "set FEATURE_FLAGS to a=1,b=3 in cart-config")
    assert operation.patch == {"data": {"FEATURE_FLAGS": "a=1,b=3"}}
    operation = only(atk, "set FEATURE_FLAGS=a=1,b=3 in cart-config")
    assert operation.patch == {"data": {"FEATURE_FLAGS": "a=1,b=3"}}
    env = only(atk, "set LOG_LEVEL=debug, on cart").patch
    assert env["spec"]["template"]["spec"]["containers"][0]["env"] == [
        {"name": "LOG_LEVEL", "value": "debug"}
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "set GREETING to hello world in web-config",
        "set FEATURE_FLAGS to a=1,B_FLAG=3 in cart-config",
        "set LOG_LEVEL to debug verbose on cart",
        "set LOG_LEVEL=x=1,B_FLAG=3 on cart",
    ],
)
def test_an_ambiguous_value_is_asked(atk: Operator, intent: str) -> None:
    asks(atk, intent)


# ----- 9. a delete names exactly what was said
def _deleted(atk: Operator, intent: str) -> set[tuple[str, str]]:
    operations = plans(atk, intent)
    assert all(o.kind == "delete" for o in operations)
    return {(o.target.kind, o.target.name) for o in operations}


def test_a_named_kind_deletes_only_that_object(atk: Operator) -> None:
    assert _deleted(atk, "delete the cart service") == {("Service", "cart")}
    assert _deleted(atk, "delete the payments pdb") == {("PodDisruptionBudget", "payments")}
    assert _deleted(atk, "remove the HPA on my-api") == {("HorizontalPodAutoscaler", "my-api")}
    # web-config is read by a workload here: deleting it on its name alone is asked (its pods
    # would not start again), see test_offline_safety4.
    proposal = atk.analyze("delete the web-config configmap", namespace="atk")
    assert proposal.status == "needs_clarification"
    assert "used by" in (proposal.question or "")


def test_removing_an_env_var_is_a_config_change(atk: Operator) -> None:
    operation = only(atk, "remove LOG_LEVEL from cart")
    assert operation.kind == "patch"
    assert operation.target.name == "cart"
    assert operation.patch["spec"]["template"]["spec"]["containers"][0]["env"] == [
        {"name": "LOG_LEVEL", "$patch": "delete"}
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "delete old replicasets of cart",
        "delete the payments service and its pdb",
        "delete the cart pdb",  # cart has no PDB
        "delete the cart hpa",  # nor an HPA
    ],
)
def test_a_delete_it_cannot_honour_exactly_is_asked(atk: Operator, intent: str) -> None:
    asks(atk, intent)


def test_a_delete_that_leaves_its_config_keeps_it(atk: Operator) -> None:
    # Once asked; a part said to stay is now left out of the delete (session 7, helper keep).
    deleted = {
        (o.target.kind, o.target.name) for o in plans(atk, "delete cart but leave the config")
    }
    assert ("Deployment", "cart") in deleted
    assert not any(kind == "ConfigMap" for kind, _ in deleted)


def test_what_worked_still_works(atk: Operator) -> None:
    (apply,) = [
        o
        for o in plans(atk, "kubectl autoscale deployment cart --min=2 --max=8 --cpu-percent=70")
        if o.kind == "apply"
    ]
    spec = apply.manifest["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 8)
    assert spec["metrics"][0]["resource"]["target"]["averageUtilization"] == 70
    # "stack" is not part of a name: the whole cart stack, listed for approval.
    deleted = {(o.target.kind, o.target.name) for o in plans(atk, "tear down the cart stack")}
    assert ("Deployment", "cart") in deleted
    assert ("Deployment", "cart-remover") not in deleted
    # "the namespace but …" names no namespace; "but keep its service" leaves out the kind
    # said (issue 11: the blind set asks for it), and only that.
    kept = {
        (o.target.kind, o.target.name)
        for o in plans(atk, "remove cart from the namespace but keep its service")
    }
    assert ("Deployment", "cart") in kept
    assert not {k for k, _ in kept} & {"Service"}
