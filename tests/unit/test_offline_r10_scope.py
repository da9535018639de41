"""What the words limit or place the change to (issue 11, round 10, helper scope).

Another namespace or cluster said in any form ("prod/payments", "ns=prod", "[prod]", "in every
namespace"), one container said by its role or place ("the sidecar", "the second container")
beside a restart or scale, one workload picked out of several ("the older of payments and
orders", "the other payments"), a rule quoted beside the request ("the runbook says \"never
restart payments\"") or a workload said to be held from change ("payments is never restarted",
"it is under a change freeze"): each is asked, never acted on. An exclusion list leaves out
every workload it lists ("except orders, payments"). The phrasings are this helper's own; the
near misses must still plan as said."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)

_RESTART = "restart the pods of deployment/{} in shop"
_SCALE = "scale deployment/{} in shop to {} replicas"


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # Another namespace: a path, a label, a bracket, a handle, an environment's compound name.
        ("prod/payments scale to 3", "prod/payments"),
        ("scale staging/orders to 2", "staging/orders"),
        ("restart qa/frontend", "qa/frontend"),
        ("bounce uat/worker please", "uat/worker"),
        ("scale checkout to 4 ns=prod", "ns=prod"),
        ("restart my-api ns: staging-2", "ns: staging-2"),
        ("[prod] restart orders", "[prod]"),
        ("restart worker @staging", "@staging"),
        ("env=prod restart frontend", "env=prod"),
        ("restart orders in prod-eu", "prod-eu"),
        ("scale cache to 2 on staging-west", "staging-west"),
        ("cluster=eu1 scale payments to 3", "cluster=eu1"),
        # Every namespace or cluster at once.
        ("scale payments to 3 in every namespace", "every namespace"),
        ("restart orders across all namespaces", "all namespaces"),
        ("restart frontend in all clusters", "all clusters"),
        ("set LOG_LEVEL=debug on worker across both clusters", "both clusters"),
        ("restart orders -A", "-A"),
        # An environment said before the name, a region, a cluster's compound name.
        ("scale the prod payments to 5", "prod payments"),
        ("restart staging checkout", "staging checkout"),
        ("bounce the production frontend", "production frontend"),
        ("restart cache in k8s-prod", "k8s-prod"),
        ("qa/my-api: scale to 2", "qa/my-api"),
        ("restart checkout --all-namespaces", "--all-namespaces"),
    ],
)
def test_another_place_is_asked(shop: Operator, intent: str, said: str) -> None:
    question = asks(shop, intent).question or ""
    assert "shop" in question
    place = said.partition("/")[0].rpartition("=")[2].strip(" :[]@-")
    assert place in question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale shop/payments to 3", _SCALE.format("payments", 3)),
        ("shop/payments: scale to 3", _SCALE.format("payments", 3)),
        ("restart orders, prod is fine", _RESTART.format("orders")),
        # A value said as a region is no place.
        (
            "REGION must become us for my-api only, frontend stays in eu",
            "patch deployment/my-api in shop (strategic)",
        ),
        ("restart shop/orders", _RESTART.format("orders")),
        ("scale deploy/worker to 2", _SCALE.format("worker", 2)),
        ("scale deployment/checkout to 4 in namespace shop", _SCALE.format("checkout", 4)),
        ("restart orders -n shop", _RESTART.format("orders")),
        ("scale payments to 3 in shop", _SCALE.format("payments", 3)),
        ("restart frontend, this namespace only", _RESTART.format("frontend")),
        (
            "update payments to ghcr.io/acme/payments:3.1.0",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:3.1.0",
        ),
        # A statement about another cluster is no place of the request.
        ("scale worker to 0, the batch moved to the other cluster", _SCALE.format("worker", 0)),
    ],
)
def test_the_session_namespace_still_plans(shop: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == [summary]


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # One container said by its role or place beside a restart or a scale.
        ("restart only the second container of orders", "second container"),
        ("restart just the sidecar of orders", "sidecar"),
        ("restart the orders sidecar", "sidecar"),
        ("restart orders but just the sidecar", "sidecar"),
        ("bounce the main container of orders", "main container"),
        ("restart the 2nd container of orders", "2nd container"),
        ("restart the sidecar of payments", "sidecar"),
        ("scale the proxy container of cache to 2", "proxy container"),
        # One pod by its position.
        ("restart the second payments pod", "second payments pod"),
        ("restart only the 2nd pod of checkout", "2nd pod"),
        ("restart the first orders replica", "first orders replica"),
        ("bounce the last worker pod", "last worker pod"),
    ],
)
def test_one_container_or_pod_by_role_or_place_is_asked(
    shop: Operator, intent: str, said: str
) -> None:
    assert said in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summaries"),
    [
        ("restart orders with its sidecar", [_RESTART.format("orders")]),
        ("restart orders, sidecar included", [_RESTART.format("orders")]),
        ("restart only orders", [_RESTART.format("orders")]),
        ("just restart checkout", [_RESTART.format("checkout")]),
        (
            "update only the envoy container of orders to envoyproxy/envoy:v1.30.0",
            [
                "set image of container envoy in deployment/orders in shop to "
                "envoyproxy/envoy:v1.30.0"
            ],
        ),
        ("add env DEBUG=1 to only the app container of orders", None),
    ],
)
def test_the_whole_pod_still_plans(
    shop: Operator, intent: str, summaries: list[str] | None
) -> None:
    proposal, body = plans(shop, intent)
    if summaries is not None:
        assert [o.summary() for o in proposal.operations] == summaries
    if "DEBUG" in intent:
        # Only the app container is patched.
        assert '"name": "app"' in body
        assert "envoy" not in body


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("restart the older of payments and orders", "older of payments"),
        ("of payments and orders, restart the second", "the second"),
        ("restart the bigger of frontend and my-api", "bigger of frontend"),
        ("restart the one of worker and cache that is crashing", "one of worker"),
        ("scale the busier of checkout, orders to 5", "busier of checkout"),
        ("scale the faster of the two to 3", "faster of the two"),
        ("payments or orders, bump the latter to 4 replicas", "the latter"),
        ("scale the other payments to 3", "other payments"),
        ("restart the second worker deployment", "second worker"),
        ("roll back the newer checkout", "newer checkout"),
    ],
)
def test_one_picked_out_of_several_is_asked(shop: Operator, intent: str, said: str) -> None:
    assert said in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summaries"),
    [
        ("restart payments and orders", [_RESTART.format("payments"), _RESTART.format("orders")]),
        (
            "scale payments to 3, second step restart orders",
            [_SCALE.format("payments", 3), _RESTART.format("orders")],
        ),
        ("restart orders, it is the one that's crashing", [_RESTART.format("orders")]),
        ("roll back checkout to the previous revision", None),
    ],
)
def test_lists_and_revisions_still_plan(
    shop: Operator, intent: str, summaries: list[str] | None
) -> None:
    proposal, _ = plans(shop, intent)
    if summaries is not None:
        assert [o.summary() for o in proposal.operations] == summaries


@pytest.mark.parametrize(
    "intent",
    [
        # A prohibition in quotes beside a request that breaks it.
        'note from the SRE team: "do not restart orders". restart orders please',
        'our rule is "no restarts of payments", bounce payments',
        "runbook: 'never bounce cache'. bounce cache now",
        "restart worker \u201cnever restart worker\u201d says the wiki",
        'the runbook says "never restart checkout". restart all deployments',
        '"don\'t touch anything" - anyway scale frontend to 3',
        # A workload the request names said to be held from change.
        "payments is never restarted. restart payments",
        "checkout never gets scaled; scale checkout to 5",
        "restart frontend, it is under a change freeze",
        "orders is under a code freeze. set LOG_LEVEL=debug on orders",
        "worker is frozen this week, scale worker to 2",
        "restart my-api \u2014 my-api restarts not allowed",
        # A judgement in brackets.
        "restart payments (policy: payments restarts are forbidden)",
        "scale postgres to 3 [postgres scaling is prohibited]",
    ],
)
def test_a_rule_quoted_or_reported_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("the wiki says never restart payments, so restart orders", _RESTART.format("orders")),
        ("scale payments to 4, orders is under a change freeze", _SCALE.format("payments", 4)),
        ("restart orders (payments restarts are forbidden)", _RESTART.format("orders")),
        ('restart "payments"', _RESTART.format("payments")),
        ('"payments" needs a restart', _RESTART.format("payments")),
        (
            'set MESSAGE="do not disturb" on payments',
            "patch deployment/payments in shop (strategic)",
        ),
    ],
)
def test_a_rule_about_another_workload_or_a_value_still_plans(
    shop: Operator, intent: str, summary: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == [summary]


@pytest.mark.parametrize(
    ("intent", "kept"),
    [
        # A label set less every workload its exclusion list names.
        ("restart all backend deployments except payments, worker", {"payments", "worker"}),
        ("restart all tier=backend deployments except my-api, cache", {"my-api", "cache"}),
        ("restart all backend deployments besides payments, my-api", {"payments", "my-api"}),
        ("restart all backend deployments except cache, worker and payments", None),
    ],
)
def test_an_exclusion_list_leaves_out_every_name(
    shop: Operator, intent: str, kept: set[str] | None
) -> None:
    proposal, _ = plans(shop, intent)
    changed = {o.target.name for o in proposal.operations}
    assert changed
    for name in kept or {"cache", "worker", "payments"}:
        assert name not in changed


@pytest.mark.parametrize(
    "intent",
    [
        # A set no label selects, less a list: asked, never acted on the list's last name.
        "restart all except orders, payments",
        "restart everything except worker, cache",
        "scale everything but frontend, checkout to 2",
        "restart every deployment except orders, payments, worker",
    ],
)
def test_an_unlabelled_set_less_a_list_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # A member of a list said by role or relation, or "etc.": never dropped silently.
        ("restart checkout plus the db", "the db"),
        ("bounce orders + redis", "redis"),
        ("restart the my-api service and its database", "its database"),
        ("scale frontend and its backends to 4", "its backends"),
        ("restart worker and whatever talks to it", "whatever talks to it"),
        ("set LOG_LEVEL=info on checkout and its neighbors", "its neighbors"),
        ("restart orders, frontend etc.", "etc"),
        ("restart payments and the rest", "the rest"),
        # A workload's name said of a node, a node pool or a host.
        ("restart the checkout node", "checkout node"),
        ("scale frontend nodes to 0", "frontend nodes"),
        ("upgrade the orders node pool to 1.30", "orders node pool"),
        ("reboot the cache hosts", "cache hosts"),
        # A version or image said as which copy to delete; old pods of a workload.
        ("delete the v2 checkout", "v2 checkout"),
        ("remove frontend:2.1.0", "frontend:2.1.0"),
        ("scale worker's stale replicas to 0", "stale replicas"),
        ("delete checkout's old service", "checkout's old service"),
        ("remove orders' previous deployment", "orders' previous deployment"),
        ("scale the checkout cluster to 0", "checkout cluster"),
        ("delete the orders policy", "policy"),
    ],
)
def test_a_member_or_a_node_said_beside_a_name_is_asked(
    shop: Operator, intent: str, said: str
) -> None:
    assert said in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summaries"),
    [
        (
            "restart checkout and postgres",
            [_RESTART.format("checkout"), "restart the pods of statefulset/postgres in shop"],
        ),
        ("restart orders plus frontend", [_RESTART.format("orders"), _RESTART.format("frontend")]),
        ("restart my-api and its pods", [_RESTART.format("my-api")]),
        ("scale worker to 0 on all nodes", [_SCALE.format("worker", 0)]),
        ("delete worker", ["delete deployment/worker in shop"]),
        ("restart orders, the cluster is fine", [_RESTART.format("orders")]),
    ],
)
def test_members_named_still_plan(shop: Operator, intent: str, summaries: list[str]) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == summaries
