"""Round 40, helper sh46a: attack46's number, unit, field and container shapes.

- A negative number the plan does not carry with its sign ("pdb for my-api with minAvailable
  -1" planned as 1, "alert … for -5 minutes" as ``for: 5m``): asked, in every field; a value
  that keeps its sign (an environment variable's "-5") is planned.
- A resource field named with a value of another kind ("set the cpu limit of my-api to 512Mi"
  planned as the memory limit; "the cpu request of my-api to 5 replicas" planned as a scale):
  asked.
- Guaranteed QoS whose plan leaves a request unlike its limit ("make my-api QoS Guaranteed,
  200m cpu", "requests 200m and limits 400m"): asked; "orders app limits equal to requests"
  changes the app container only.
- A container said before a resource field that the workload does not run ("the envoy memory
  limit of payments"): asked.
- A size with no field or count ("make frontend a bit bigger"), read by look-alike examples
  alone: asked.
- "750 millicores" is 750m; a PDB field "from 2 to 1" is set to 1; "…, and keep everything
  else as is" beside an alert is planned (no internal error from a PrometheusRule's missing
  apiVersion).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _planned(op: Operator, intent: str, summary: str, *values: str) -> str:
    proposal, body = plans(op, intent)
    said = [o.summary() for o in proposal.operations]
    assert any(summary in s for s in said), said
    for value in values:
        assert value in body, (value, body[:600])
    return body


# (1) A negative number where the field takes none.
@pytest.mark.parametrize(
    "intent",
    [
        "pdb for my-api with minAvailable -1",
        "pdb for frontend with minAvailable -1",
        "pdb for worker with maxUnavailable -2",
        "give my-api a pdb with minAvailable -50%",
        "pdb for my-api with minAvailable=-1",
        "pdb orders maxUnavailable: -1",
        "pdb for my-api with minAvailable minus 1",
        "pdb for my-api with minAvailable negative 1",
        "relax the orders pdb to minAvailable -1",
        "lower the orders pdb minAvailable to -1",
        "alert if payments error rate is above 5% for -5 minutes",
        "alert if checkout error rate is above 5% for -5 minutes",
        "alert if payments error rate is above 5% for minus 5 minutes",
        "alert if payments error rate is above 5% for \u22125 minutes",
        "back up postgres nightly at 2, keep for \u22127 days",
    ],
)
def test_a_negative_number_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("set OFFSET=-5 on my-api", '"-5"'),
        ("set TZ_OFFSET to -5 on payments", '"-5"'),
        ("set TZ_OFFSET to \u22125 on payments", "\\u22125"),
    ],
)
def test_a_value_keeping_its_sign_is_planned(op: Operator, intent: str, value: str) -> None:
    _planned(op, intent, "patch deployment/", value)


# (2) A field named with a value of another kind.
@pytest.mark.parametrize(
    "intent",
    [
        "set the cpu limit of my-api to 512Mi",
        "set the cpu limit of frontend to 512Mi",
        "set my-api cpu limit to 1Gi",
        "give payments a cpu request of 256Mi",
        "cpu limit 1Gi on checkout",
        "set the cpu request of my-api to 5 replicas",
        "set the cpu request of frontend to 5 replicas",
        "set the cpu request of my-api to 5 pods",
    ],
)
def test_a_field_with_another_kind_of_value_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("set the memory limit of my-api to 512Mi", '"memory": "512Mi"'),
        ("set the cpu limit of my-api to 500m", '"cpu": "500m"'),
        ("limit checkout to 750 millicores cpu", '"cpu": "750m"'),
        ("frontend cpu request: 750 millicores", '"cpu": "750m"'),
        ("set frontend's cpu limit to 750 millicores", '"cpu": "750m"'),
        ("give payments 300 millicores of cpu request", '"cpu": "300m"'),
    ],
)
def test_a_resource_said_right_is_planned(op: Operator, intent: str, value: str) -> None:
    _planned(op, intent, "patch deployment/", value)


# (3) Guaranteed QoS: requests = limits, or asked.
@pytest.mark.parametrize(
    "intent",
    [
        "make my-api QoS Guaranteed, 200m cpu",
        "make frontend QoS Guaranteed, 200m cpu",
        "my-api QoS guaranteed with requests 200m and limits 400m",
        "payments QoS guaranteed with requests 200m and limits 400m",
    ],
)
def test_guaranteed_with_a_request_unlike_its_limit_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "container", "other"),
    [
        ("orders app limits equal to requests", '"app"', '"envoy"'),
        ("orders envoy requests equal to limits", '"envoy"', '"app"'),
        ("set limits equal to requests on the envoy container of orders", '"envoy"', '"app"'),
    ],
)
def test_equal_on_one_container_changes_that_one(
    op: Operator, intent: str, container: str, other: str
) -> None:
    body = _planned(op, intent, "patch deployment/orders", container)
    assert other not in body


# (4) A container the workload does not run.
@pytest.mark.parametrize(
    "intent",
    [
        "set the envoy memory limit of payments to 256Mi",
        "set envoy memory limit on payments to 256Mi",
        "set the envoy cpu limit of frontend to 300m",
    ],
)
def test_a_container_not_run_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_container_run_is_planned(op: Operator) -> None:
    body = _planned(op, "set the envoy cpu limit of orders to 300m", "patch deployment/orders")
    assert '"envoy"' in body
    assert '"app"' not in body


# (5) A size with no field or count.
@pytest.mark.parametrize(
    "intent", ["make frontend a bit bigger", "make frontend bigger", "make frontend a bit larger"]
)
def test_a_size_alone_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) "from N to M" of a PDB field; "keep everything else" beside an alert.
@pytest.mark.parametrize(
    "intent",
    [
        "lower minAvailable of the orders pdb from 2 to 1",
        "change the orders pdb minAvailable from 2 to 1",
        "lower minAvailable of the orders pdb from two to one",
    ],
)
def test_a_budget_from_to_is_the_to_value(op: Operator, intent: str) -> None:
    _planned(op, intent, "poddisruptionbudget/orders", '"minAvailable": 1')


@pytest.mark.parametrize(
    "intent",
    [
        "alert me if checkout error rate is above 1% for 5 minutes, and keep everything else as is",
        "alert if payments p99 latency is above 500ms for 10 minutes, leave the rest alone",
    ],
)
def test_an_alert_with_everything_else_kept_is_planned(op: Operator, intent: str) -> None:
    _planned(op, intent, "prometheusrule/")


@pytest.mark.parametrize(
    "intent",
    [
        "set the orders pdb minAvailable from 3 to 1",
        "lower minAvailable of the orders pdb from three to one",
        "raise maxUnavailable of the orders pdb from 1 to 2",
    ],
)
def test_a_budget_from_value_it_does_not_hold_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
