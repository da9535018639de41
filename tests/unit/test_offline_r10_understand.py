"""Round 10, helper "understand": shapes blind11/blind12 still asked about, read by rule.

- An alert's condition said as none at all ("with no ready pods", "zero available replicas") is
  below one ready pod; "fewer than 2 checkout replicas are available" counts the workload's own
  pods (another workload's name there is asked); "for more than 5 minutes" is how long it holds.
- A value ends before what the key is or where it goes ("PREFETCH_COUNT=50 as an env var",
  "TIMEOUT_MS=3000 under .spec…env"); "back down to" is a direction; a key's ConfigMap may be
  said as "the orders config map".
- An object's capitals (PDB, HPA) name no config key; a budget's field said twice is the state
  it holds now and where it goes (the state passed over), two amounts left are asked.
- After a delete, "its PDB goes with it" lists a companion; a workload said as the topic of a
  delete of its kinds ("[my-api] delete Deployment, keep Service") is that workload's delete.

The phrasings are this helper's own, sharing only their shape with the sets."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans


def _rule(op: Operator, said: str) -> dict[str, object]:
    p, _ = plans(op, said)
    assert [o.kind for o in p.operations] == ["apply"]
    manifest = p.operations[0].manifest  # type: ignore[union-attr]
    assert manifest["kind"] == "PrometheusRule"
    rule: dict[str, object] = manifest["spec"]["groups"][0]["rules"][0]
    return rule


@pytest.mark.parametrize(
    ("said", "workload", "below", "hold"),
    [
        ("PrometheusRule for orders with no ready pods for 7m", "orders", 1, "7m"),
        (
            "page us if frontend has zero ready pods for more than three minutes",
            "frontend",
            1,
            "3m",
        ),
        (
            "set up a PrometheusRule that fires when my-api has had no available replica for "
            "longer than 90 seconds",
            "my-api",
            1,
            "90s",
        ),
        ("alert when worker has no available replicas for 15m", "worker", 1, "15m"),
        (
            "a PrometheusRule that alerts when fewer than 2 frontend replicas are available for "
            "4 minutes",
            "frontend",
            2,
            "4m",
        ),
        (
            "alert if payments has fewer than 2 ready pods for at least 10 minutes",
            "payments",
            2,
            "10m",
        ),
    ],
)
def test_an_alert_on_no_ready_pods_is_below_one(
    shop: Operator, said: str, workload: str, below: int, hold: str
) -> None:
    rule = _rule(shop, said)
    assert f'deployment="{workload}"}} < {below}' in str(rule["expr"])
    assert rule["for"] == hold


@pytest.mark.parametrize(
    "said",
    [
        # another workload's replicas counted in the alert of one
        "alert if orders has fewer than 2 payments replicas available for 5m",
        # another signal than ready pods
        "PrometheusRule for payments with no errors for 5m",
        # a negation beside it that the plan cannot keep
        "alert if payments has no ready pods for 5m, but not on weekends",
    ],
)
def test_an_alert_not_read_whole_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "target", "written"),
    [
        ("add MAX_CONN=20 as an environment variable on payments", "payments", '"20"'),
        ("give worker RETRY_LIMIT=7 as a new env var", "worker", '"7"'),
        (
            "add env CACHE_TTL=600 under .spec.template.spec.containers[frontend].env",
            "frontend",
            '"600"',
        ),
    ],
)
def test_a_value_ends_before_what_the_key_is(
    shop: Operator, said: str, target: str, written: str
) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"patch deployment/{target} in shop (strategic)"]
    assert written in body


def test_a_value_ends_before_what_the_key_is_in_its_configmap(shop: Operator) -> None:
    # Round 19: my-api loads LOG_LEVEL from my-api-config alone: the key is changed there.
    p, body = plans(shop, "turn LOG_LEVEL back up to debug on my-api")
    assert [o.summary() for o in p.operations] == ["patch configmap/my-api-config in shop (merge)"]
    assert '"LOG_LEVEL": "debug"' in body


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Set BATCH_SIZE back down to 8 in orders-config", '"BATCH_SIZE": "8"'),
        ("set QUEUE in the orders config map to orders-v3", '"QUEUE": "orders-v3"'),
        ("change batch size in the orders configmap to thirty", '"BATCH_SIZE": "30"'),
    ],
)
def test_a_key_in_a_config_map_said_in_words(shop: Operator, said: str, written: str) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == ["patch configmap/orders-config in shop (merge)"]
    assert written in body


@pytest.mark.parametrize(
    "said",
    [
        # a value that may go on is still asked
        "set MOTD=hello as a greeting on frontend",
        "add GREETING=hi under the bridge on frontend",
    ],
)
def test_a_value_that_may_go_on_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("change the orders PDB to minAvailable 1", '"minAvailable": 1'),
        ("switch the orders PDB to maxUnavailable 1", '"maxUnavailable": 1'),
        (
            "the orders budget (minAvailable 2 on 2 replicas) blocks the drain, set it to "
            "minAvailable 1",
            '"minAvailable": 1',
        ),
        (
            "orders pdb has minAvailable 2 and 2 replicas so drains hang; loosen it to "
            "maxUnavailable 1",
            '"maxUnavailable": 1',
        ),
    ],
)
def test_a_budget_changed_from_its_state(shop: Operator, said: str, written: str) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert written in body


@pytest.mark.parametrize(
    "said",
    [
        "set the orders pdb to minAvailable 1 and minAvailable 2",
        "relax the orders pdb to minAvailable 2",
        "change the payments PDB to maxUnavailable 1",  # payments has no budget
    ],
)
def test_a_budget_read_two_ways_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        (
            "Remove the orders deployment; its PDB goes with it",
            {"Deployment/orders", "PodDisruptionBudget/orders"},
        ),
        (
            "delete payments — its service and its configmap can go with it, they're only "
            "for payments",
            {"Deployment/payments", "Service/payments", "ConfigMap/payments-config"},
        ),
        (
            "chore(orders): remove deployment, pdb and configmap",
            {"Deployment/orders", "PodDisruptionBudget/orders", "ConfigMap/orders-config"},
        ),
        (
            "payments: delete the deployment and the service",
            {"Deployment/payments", "Service/payments"},
        ),
        (
            "[frontend] delete Deployment, keep Service (the CDN still points at it)",
            {"Deployment/frontend"},
        ),
        ("[worker] delete deployment", {"Deployment/worker"}),
    ],
)
def test_a_delete_with_its_companions(shop: Operator, said: str, gone: set[str]) -> None:
    assert deletes(shop, said) == gone


@pytest.mark.parametrize(
    "said",
    [
        # the reason names another workload than the one deleted
        "delete orders, its pdb can go with it, they're only for payments",
        # a topic that names no workload
        "ticket: delete deployment",
        "[nope] delete deployment",
        # a second action beside the delete
        "frontend: delete deployment, then scale my-api to 3",
    ],
)
def test_a_delete_not_read_whole_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_a_kept_kind_is_never_deleted(shop: Operator) -> None:
    p, body = plans(shop, "[payments] delete Deployment, keep Service")
    assert "Service" not in json.dumps([o.target.kind for o in p.operations]), body


@pytest.mark.parametrize(
    "said",
    [
        # attack11 UPPERCASE-NOUN: capitals beside another change's verb name no variable
        "scale payments DB to 0",
        "scale worker VMSS to 0",
        "scale frontend CDN to 0",
        "restart orders ELB to 2",
        "roll back checkout SQS to 1",
    ],
)
def test_capitals_beside_another_verb_invent_no_variable(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_an_existing_variable_beside_a_scale_verb_is_still_set(shop: Operator) -> None:
    p, body = plans(shop, "scale my-api LOG_LEVEL to debug")
    # Round 19: in my-api-config, which my-api alone loads.
    assert [o.summary() for o in p.operations] == ["patch configmap/my-api-config in shop (merge)"]
    assert '"LOG_LEVEL": "debug"' in body


@pytest.mark.parametrize(
    "said",
    [
        "the orders pdb needs 2 of 2 pods, relax it",
        "drains hang on orders: its budget wants 2 out of 2, loosen it",
    ],
)
def test_a_budget_state_said_as_kept_of_all_is_state(shop: Operator, said: str) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"maxUnavailable": 1' in body


def test_a_budget_state_that_is_not_the_budgets_is_asked(shop: Operator) -> None:
    asks(shop, "orders pdb wants 3 of 2, loosen it")
