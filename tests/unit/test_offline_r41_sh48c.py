"""Round 41, helper sh48c: attack48's qualifiers said and dropped (network policies, autoscalers,
scrape endpoints, alerts) and a rollout field added beside the one said.

- An IP or CIDR said ("only frontend and 10.20.0.0/16 may reach my-api", "worker may only talk
  to DNS and 1.1.1.1") that no operation carries is asked: the policy would cut it off. "any
  namespace" said of a policy's peer with no namespaceSelector planned is asked.
- An autoscaler's "never scale down", time window ("weekdays only", "at night"), "of the cpu
  limit" or one container ("the app container's cpu") the HPA does not hold is asked.
- A ServiceMonitor's / PodMonitor's https, tls, auth, relabelings, params, query in the path,
  honorLabels or job label is asked (the endpoint would be plain http without it).
- An alert's window ("in the last hour", "measured over 2m"), time of the week or day, one
  status code ("504 errors") or one container ("the orders app container") is asked.
- A rollout field said alone by name ("deploy my-api 1.6.0 with maxSurge 2", "set my-api rollout
  strategy to maxUnavailable 1") changes that field; the other keeps what the Deployment has
  (the API's 25% when unset), unless zero downtime or a floor is said.
- Kept: the plain policy, autoscaler, monitor and alert, and an address carried by the plan
  ("set DB_HOST=10.0.0.5 on my-api").
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "only frontend and 172.16.0.0/12 may reach payments",
        "allow only checkout and 10.1.0.0/16 to reach payments",
        "payments may only be reached from checkout and 192.168.1.0/24",
        "only frontend and the vpn range 10.8.0.0/16 may reach my-api on 8080",
        "deny all ingress to payments except from checkout and 10.0.0.0/8",
        "only frontend may reach my-api from 172.16.0.0/12",
        "worker may only talk to DNS and 8.8.8.8",
        "limit worker egress to DNS and 10.0.0.0/8",
        "payments may only talk to DNS and 52.1.2.3",
        "worker may only talk to orders, DNS and 169.254.169.254",
        "only checkout (any namespace) may reach payments",
        "only frontend from any namespace may reach my-api",
        "autoscale payments between 2 and 8 and never scale down",
        "autoscale frontend from 2 to 6 at 60% cpu, don't scale down",
        "autoscale worker between 1 and 5 with scale down disabled",
        "autoscale my-api between 2 and 10 at 70% cpu, scale up only",
        "autoscale frontend between 2 and 6 at 60% cpu on weekdays",
        "autoscale frontend between 2 and 6 at 60% cpu at night",
        "autoscale frontend between 2 and 6 at 60% cpu, weekends only",
        "autoscale payments between 2 and 8 at 80% of the cpu limit",
        "autoscale frontend between 2 and 6 at 60% cpu of its limits",
        "autoscale orders between 2 and 6 on the envoy container cpu at 50%",
        "autoscale orders between 2 and 6 at 60% cpu of container app",
        "keda for worker 1 to 10 on cpu 60% at night",
        "add a servicemonitor for frontend over https",
        "add a servicemonitor for checkout with scheme https",
        "add a podmonitor for orders with scheme https",
        "add a servicemonitor for payments with tls insecureSkipVerify true",
        "add a servicemonitor for payments with a bearer token",
        "add a servicemonitor for frontend with basic auth from secret web-creds",
        "add a servicemonitor for payments with relabelings dropping go_gc",
        "add a servicemonitor for checkout with params module=http_2xx",
        "add a servicemonitor for frontend scraping /metrics?format=text",
        "add monitoring to payments with honorLabels true",
        "add monitoring to checkout with jobLabel app",
        "alert if payments error rate is above 2% for 5 minutes in the last 30 minutes",
        "alert if frontend error rate above 5% for 10m, measured over 2m",
        "alert if my-api error rate above 5% for 10 minutes over the past hour",
        "alert if my-api error rate above 5% for 10 minutes on weekends",
        "alert if frontend is down for 5 minutes at night",
        "alert if checkout p95 latency above 500ms for 5 minutes during business hours",
        "alert if payments 504 errors are above 1% for 5m",
        "alert if frontend 500 responses are above 2% for 5m",
        "alert if the orders app container restarts more than 5 times in 10m",
        "alert if orders' envoy container restarts more than 2 times in 30m",
        "alert if payments's sidecar restarts more than 3 times in 15m",
    ],
)
def test_a_qualifier_the_plan_drops_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "only frontend may reach my-api",
        "only frontend may reach payments on 8080",
        "limit worker's egress to DNS",
        "worker may only talk to orders and DNS",
        "default deny ingress in this namespace",
        "set DB_HOST=10.0.0.5 on my-api",
        "set UPSTREAM=http://10.0.0.5:8080 on frontend",
        "autoscale my-api between 2 and 10 at 70% cpu",
        "autoscale orders between 2 and 6 at 60% cpu",
        "autoscale my-api between 2 and 10 on memory at 80%",
        "autoscale frontend between 2 and 6",
        "keda for worker 1 to 10 on cpu 60%",
        "scale my-api to 0",
        "set replicas of my-api to 3",
        "add a servicemonitor for my-api",
        "scrape my-api every 15s",
        "add a podmonitor for worker",
        "add monitoring to payments",
        "alert if my-api error rate is above 5% for 10 minutes",
        "alert if orders restarts more than 3 times in 15m",
        "alert if payments p99 latency above 1s for 5 minutes",
        "alert if payments is down for 3 minutes",
        "alert if my-api restarts more than 3 times in the last 15 minutes",
        "back up postgres nightly at 2",
        "update my-api to 1.5.0",
        "add a pdb to my-api with minAvailable 1",
    ],
)
def test_look_alikes_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)


def _rolling(op: Operator, intent: str) -> dict[str, object]:
    proposal, _ = plans(op, intent)
    for o in proposal.operations:
        patch = json.loads(json.dumps(o.model_dump(mode="json"))).get("patch") or {}
        rolling = ((patch.get("spec") or {}).get("strategy") or {}).get("rollingUpdate")
        if rolling:
            return dict(rolling)
    raise AssertionError([o.summary() for o in proposal.operations])


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("deploy frontend 2.2.0 with maxSurge 2", {"maxSurge": 2, "maxUnavailable": "25%"}),
        ("update payments to 3.1.0 with maxSurge 3", {"maxSurge": 3, "maxUnavailable": "25%"}),
        (
            "set frontend rollout strategy to maxUnavailable 1",
            {"maxUnavailable": 1, "maxSurge": "25%"},
        ),
        (
            "deploy checkout 1.2.0 with maxUnavailable 25%",
            {"maxUnavailable": "25%", "maxSurge": "25%"},
        ),
    ],
)
def test_a_rollout_field_said_alone_changes_alone(
    op: Operator, intent: str, expected: dict[str, object]
) -> None:
    assert _rolling(op, intent) == expected


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("roll out my-api with zero downtime and maxSurge 2", {"maxUnavailable": 0, "maxSurge": 2}),
        (
            "payments rollout strategy: maxSurge 3, maxUnavailable 1",
            {"maxSurge": 3, "maxUnavailable": 1},
        ),
        ("frontend: surge 2, zero unavailable", {"maxSurge": 2, "maxUnavailable": 0}),
        (
            "deploy my-api 1.6.0 with maxSurge 2 and maxUnavailable 0",
            {"maxSurge": 2, "maxUnavailable": 0},
        ),
    ],
)
def test_both_rollout_fields_said_still_plan(
    op: Operator, intent: str, expected: dict[str, object]
) -> None:
    assert _rolling(op, intent) == expected
