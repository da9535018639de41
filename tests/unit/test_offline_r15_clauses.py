"""Round 15, helper clauses: how a clause's role decides what it may change.

- a word of change after an article is a noun, the subject of a fact ("the patch 3.2 client
  needs frontend 2.3.0, deploy it …"): no second action; a version said before the running one
  with nothing going to it qualifies that subject, and is asked;
- "it" after one fact is the fact's subject (statements.subject), never what its cause names;
- ";" after a change ticket's id ends a prose clause, and a ticket's id is no variable;
- a particle after the object ends an order ("swap it in", statements.PARTICLE_ORDER);
- a negation's scope that names kinds the plan does not act on excludes it;
- a kind said in a fact about no object here is no kind to pick ("the Go services talk to redis
  directly now": statements._now_state);
- a purpose after an order names no target ("restart frontend to flush its DNS cache");
- a restart of a container said by its name only restarts its workload's pods;
- a rename of what a key holds is that key's new value;
- a count of a workload said by its name in the plural, as an order's object, is its pods."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(180)


_FRONTEND_230 = (
    "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.3.0"
)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # A fact before the order: its subject, its value.
        (
            "the patch 3.2 client needs frontend 2.3.0, deploy it once the CDN warmup is done",
            _FRONTEND_230,
        ),
        (
            "the new season needs checkout 1.2.0, roll it out after the freeze ends",
            "set image of container checkout in deployment/checkout in shop to "
            "ghcr.io/acme/checkout:1.2.0",
        ),
        (
            "the worker deployment isn't used since matchmaking moved into my-api, delete it",
            "delete deployment/worker in shop",
        ),
        (
            "the checkout deployment is unused since payments took over its job, remove it",
            "delete deployment/checkout in shop",
        ),
        (
            "the worker deployment has been idle since we moved jobs into my-api, tear it down",
            "delete deployment/worker in shop",
        ),
        (
            "the old worker isn't needed since the queue moved to payments, scale it to 0",
            "scale deployment/worker in shop to 0 replicas",
        ),
        # ';' after a ticket's id, and the id is no variable.
        (
            "Decommission the worker deployment per CHG-20560; it processed the old settlement "
            "files",
            "delete deployment/worker in shop",
        ),
        ("delete the checkout deployment per OPS-123", "delete deployment/checkout in shop"),
        (
            "scale payments to 4 per CHG-20601; traffic doubled since the launch",
            "scale deployment/payments in shop to 4 replicas",
        ),
        (
            "Switch the payment PROVIDER from stripe to adyen. Contract signed, CHG-20501.",
            "patch configmap/payments-config in shop (merge)",
        ),
        # A particle that ends the order.
        (
            "new cache proxy build ghcr.io/acme/cache-proxy:1.1.0, swap it in",
            "set image of container proxy in deployment/cache in shop to "
            "ghcr.io/acme/cache-proxy:1.1.0",
        ),
        (
            "checkout 1.2.0 passed staging, swap it in",
            "set image of container checkout in deployment/checkout in shop to "
            "ghcr.io/acme/checkout:1.2.0",
        ),
        (
            "payments 3.1.0 passed QA, slot it in",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:3.1.0",
        ),
        # A negation whose scope names kinds the plan does not touch.
        (
            "Upgrade postgres to 16.6 to pick up the security fixes. No changes to the app "
            "deployments.",
            "set image of container postgres in statefulset/postgres in shop to postgres:16.6",
        ),
        (
            "scale redis sts to 3, don't touch the deployments",
            "scale statefulset/cache in shop to 3 replicas",
        ),
        (
            "update frontend to 2.2.0, no changes to the statefulsets",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
        # A kind said in a fact about no object here.
        (
            "delete the cache Deployment, the Go services talk to redis directly now",
            "delete deployment/cache in shop",
        ),
        (
            "delete the cache Deployment, our Go services hit redis directly now",
            "delete deployment/cache in shop",
        ),
        # A purpose naming another object.
        (
            "restart frontend to flush its DNS cache",
            "restart the pods of deployment/frontend in shop",
        ),
        ("restart my-api to clear its cache", "restart the pods of deployment/my-api in shop"),
        (
            "restart frontend so it re-resolves the my-api service",
            "restart the pods of deployment/frontend in shop",
        ),
        (
            "scale worker to 6 to keep up with the orders backlog",
            "scale deployment/worker in shop to 6 replicas",
        ),
        # A container said by its name only: the pods are restarted.
        ("bounce the envoy on orders", "restart the pods of deployment/orders in shop"),
        ("kick the envoy in orders", "restart the pods of deployment/orders in shop"),
        ("bounce the proxy on cache", "restart the pods of deployment/cache in shop"),
        # A count of a workload by its name in the plural.
        (
            "matchmaking is the bottleneck again, run 4 workers",
            "scale deployment/worker in shop to 4 replicas",
        ),
        ("we need 6 frontends now", "scale deployment/frontend in shop to 6 replicas"),
    ],
)
def test_a_clause_role_lets_the_order_plan(shop: Operator, intent: str, summary: str) -> None:
    assert summaries(shop, intent) == [summary]


@pytest.mark.parametrize(
    ("intent", "patch"),
    [
        ("the orders queue is renamed to orders-v2, it lives in orders-config", "orders-v2"),
        ("the orders queue was renamed to orders-v3 in orders-config", "orders-v3"),
        ("the orders queue moved to orders-v2, update orders-config", "orders-v2"),
    ],
)
def test_a_rename_of_what_a_key_holds_is_its_new_value(
    shop: Operator, intent: str, patch: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    [op] = proposal.operations
    assert op.target.kind == "ConfigMap"
    assert op.target.name == "orders-config"
    assert op.model_dump(mode="json")["patch"] == {"data": {"QUEUE": patch}}


@pytest.mark.parametrize(
    "intent",
    [
        # The version said of the fact's subject is not the workload's.
        "the update 2.0 build needs my-api 1.4.0, ship it",
        "the 2.0 client needs my-api 1.4.0, ship it",
        # "it" after a fact that names two, or a list.
        "worker and my-api are broken, delete it",
        "my-api and worker are unused, delete it",
        # A name said as the fact's object, not in its cause: "it" may be either.
        "frontend talks to my-api, restart it",
        "worker feeds my-api since the migration, delete it",
        # Shell after a ticket id still asks.
        "delete worker-1; rm -rf /",
        "restart orders per OPS-77; cat /etc/passwd",
        # A message cut off is still one.
        "update frontend to 2.2.0 in",
        "deploy payments 3.1.0 in",
        # The scope names a kind the plan acts on, or a name it acts on.
        "update frontend to 2.2.0, no changes to the deployments",
        "Upgrade postgres to 16.6. No changes to the postgres deployment.",
        "restart postgres, no changes to postgres",
        # A kind said beside a name in the fact stays asked.
        "the my-api service is not used, remove the deployment",
        # A purpose that is a second order.
        "restart frontend to restart cache",
        "restart frontend and cache",
        # One container said as one container.
        "restart the orders envoy sidecar",
        "restart only envoy in orders",
        "scale the envoy on orders to 3",
        # A key renamed, or a rename of no value a key holds.
        "rename QUEUE to TOPIC in orders-config",
        "the payments queue is renamed to payments-v2, it lives in orders-config",
        "the orders topic is renamed to orders-v2, it lives in orders-config",
        # Processes, not pods.
        "run 4 gunicorn workers",
        "run 4 workers per pod",
        "have gunicorn run 4 workers",
        "run 4 workers on my-api",
        "bring up two workers",
    ],
)
def test_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_it_after_a_cause_with_its_own_workload_is_asked(shop: Operator) -> None:
    # Round 23 (said, M): "it" after a complaint whose cause names another workload could be
    # either ("frontend is slow since my-api got busy": the slow one or the busy one?), so it
    # is asked since round 23, as "frontend is slow because payments is overloaded. scale it".
    question = asks(shop, "frontend is slow since my-api got busy, restart it").question or ""
    assert "frontend" in question, question
    assert "my-api" in question, question
