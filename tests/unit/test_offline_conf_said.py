"""Config, resources and HA said in ways the planner did not read (issue 11, session 6, helper
"conf"): a ConfigMap key named by what it holds and shared by its readers, a value kept or
replaced beside the one that changes, a time of day beside a quantity, a database said as "the
db", a budget said by what it prevents, and fractions of a core or of the pods. The phrasings
are our own; each shape has several."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(30)


# ----------------------------------------------------------------------------- config
@pytest.mark.parametrize(
    ("intent", "restarted"),
    [
        (
            "the REGION that frontend and my-api share should be ap-south and both must reload it",
            {"my-api", "frontend"},
        ),
        (
            "the shared region setting of my-api and frontend should become eu-west, make sure "
            "they pick up the new value",
            {"my-api", "frontend"},
        ),
        ("set REGION in shared-config to us-east so both apps pick it up", {"my-api", "frontend"}),
        # Only the reader named picks it up: my-api is not restarted for it.
        ("REGION in shared-config should be us-west and frontend should pick it up", {"frontend"}),
        ("the region value shared by my-api and frontend must be us-east", set()),
    ],
)
def test_a_shared_key_changes_in_its_configmap_and_its_readers_pick_it_up(
    op: Operator, intent: str, restarted: set[str]
) -> None:
    proposal, body = plans(op, intent)
    kinds = [(o.kind, o.target.kind, o.target.name) for o in proposal.operations]
    assert kinds[0] == ("patch", "ConfigMap", "shared-config")
    assert '"REGION"' in body
    assert {name for kind, _, name in kinds if kind == "rollout_restart"} == restarted
    assert all(kind != "patch" or k == "ConfigMap" for kind, k, _ in kinds)


def test_a_key_said_as_shared_by_a_workload_that_does_not_read_it_is_asked(
    op: Operator,
) -> None:
    question = asks(op, "the region value shared by my-api and payments must be us-east")
    assert "does not read it" in (question.question or "")


def test_one_workloads_own_key_is_still_its_own_variable(op: Operator) -> None:
    assert summaries(op, "REGION must become us for my-api only, frontend stays in eu") == [
        "patch deployment/my-api in shop (strategic)"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "the QUEUE that orders reads should become orders-v2",
        "The QUEUE key of orders-config must be orders-v2",
        "point the orders app at the orders-v2 queue",
        "switch orders over to the orders-v2 queue",
        "the queue name which orders consumes has to be orders-v2 from now on",
    ],
)
def test_the_queue_said_by_what_it_holds_is_the_queue_key(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch configmap/orders-config in shop (merge)"
    ]
    assert '"QUEUE": "orders-v2"' in body


def test_moving_to_a_region_is_not_read_as_a_key(op: Operator) -> None:
    # "move frontend to the us-east region" may mean nodes of that region: never a key guessed.
    asks(op, "move frontend to the us-east region")


# ----------------------------------------------------------------------------- resources
@pytest.mark.parametrize(
    "intent",
    [
        "Please remove the CPU limit from the orders app container; the memory limit must stay.",
        "lift the cpu limit on the orders app container; the memory limit stays",
        "take off the cpu limit of the app container in orders, the memory limit stays untouched",
        "get rid of the cpu limit on orders' app container while the memory limit remains 512Mi",
        "drop the CPU limit of orders app container but the memory limit of 512Mi should be kept",
    ],
)
def test_one_limit_removed_beside_one_kept(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    (change,) = proposal.operations
    assert change.model_dump(mode="json")["patch"]["spec"]["template"]["spec"]["containers"] == [
        {"name": "app", "resources": {"limits": {"cpu": None}}}
    ]


def test_a_change_beside_a_kept_value_writes_only_the_change(op: Operator) -> None:
    proposal, _ = plans(
        op, "double the cpu request of payments but the memory request remains 128Mi"
    )
    (change,) = proposal.operations
    assert change.model_dump(mode="json")["patch"]["spec"]["template"]["spec"]["containers"] == [
        {"name": "payments", "resources": {"requests": {"cpu": "200m"}}}
    ]


def test_a_request_removed_beside_the_kept_limits(op: Operator) -> None:
    proposal, _ = plans(op, "drop the memory request on payments, the cpu request stays as is")
    (change,) = proposal.operations
    assert change.model_dump(mode="json")["patch"]["spec"]["template"]["spec"]["containers"] == [
        {"name": "payments", "resources": {"requests": {"memory": None}}}
    ]


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("my-api was OOMKilled twice at 3am. mem limit to 512Mi pls", '"memory": "512Mi"'),
        ("since 4 pm frontend is throttled, raise its cpu limit to 1", '"cpu": "1"'),
        ("payments died at 11:40 again; memory limit 1Gi", '"memory": "1Gi"'),
    ],
)
def test_a_time_of_day_is_no_quantity(op: Operator, intent: str, value: str) -> None:
    _, body = plans(op, intent)
    assert value in body
    assert '"4"' not in body
    assert '"3"' not in body


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("the db needs 2Gi of memory, request and limit", '"memory": "2Gi"'),
        ("give the database a 1Gi memory limit", '"memory": "1Gi"'),
        ("our database should reserve half a core", '"cpu": "500m"'),
    ],
)
def test_the_db_is_the_one_workload_running_a_database(
    op: Operator, intent: str, value: str
) -> None:
    proposal, body = plans(op, intent)
    assert [(o.target.kind, o.target.name) for o in proposal.operations] == [
        ("StatefulSet", "postgres")
    ]
    assert value in body


@pytest.mark.parametrize(
    ("intent", "cpu"),
    [
        ("reserve a quarter of a core and 256 megs for checkout", "250m"),
        ("give worker a tenth of a cpu as its request", "100m"),
        ("cap payments at a fifth of a core", "200m"),
        ("payments should reserve three quarters of a core", "750m"),
    ],
)
def test_a_fraction_of_a_core_is_millicores(op: Operator, intent: str, cpu: str) -> None:
    _, body = plans(op, intent)
    assert f'"cpu": "{cpu}"' in body


# ----------------------------------------------------------------------------- ha
@pytest.mark.parametrize(
    ("intent", "spec"),
    [
        (
            "a quarter of the frontend replicas may be unavailable during upgrades",
            '"maxUnavailable": "25%"',
        ),
        ("half of the payments pods may be unavailable during upgrades", '"maxUnavailable": "50%"'),
        (
            "let a fifth of the payments pods go down while nodes are upgraded",
            '"maxUnavailable": "20%"',
        ),
        (
            "a tenth of the frontend replicas may be unavailable during node drains",
            '"maxUnavailable": "10%"',
        ),
        ("allow 1 frontend pod to be evicted during node drains", '"maxUnavailable": 1'),
    ],
)
def test_a_share_of_the_pods_is_a_budget(op: Operator, intent: str, spec: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.target.kind for o in proposal.operations] == ["PodDisruptionBudget"]
    assert spec in body


def test_a_share_during_rollouts_is_still_asked(op: Operator) -> None:
    # The strategy rule reads no share of the pods: asked, never maxUnavailable 0.
    asks(op, "half of the frontend pods may be unavailable during rollouts")


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("make sure payments can't go down during node maintenance", "payments"),
        ("payments must never be unavailable during node drains", "payments"),
        ("frontend should remain available while nodes are drained", "frontend"),
        ("my-api mustn't go offline during a node drain", "my-api"),
        ("zero downtime for payments during node maintenance", "payments"),
        ("no outage for frontend when the nodes are drained, one pod down at a time", "frontend"),
    ],
)
def test_what_a_budget_prevents_is_a_budget(op: Operator, intent: str, name: str) -> None:
    proposal, body = plans(op, intent)
    assert [(o.kind, o.target.kind) for o in proposal.operations] == [
        ("apply", "PodDisruptionBudget")
    ]
    assert f'"app": "{name}"' in body


@pytest.mark.parametrize(
    ("intent", "spec"),
    [
        (
            "During last week's drain both payments pods were evicted together, which must not "
            "happen again, so a PodDisruptionBudget for payments is to be added with at least one "
            "pod always available, and please tell the on-call team after.",
            '"minAvailable": 1',
        ),
        (
            "both frontend pods got evicted at once in yesterday's drain, add a pdb for frontend "
            "with minAvailable 2 and tell the on-call afterwards",
            '"minAvailable": 2',
        ),
    ],
)
def test_pods_that_were_evicted_are_context_not_a_scale(
    op: Operator, intent: str, spec: str
) -> None:
    proposal, body = plans(op, intent)
    assert [o.target.kind for o in proposal.operations] == ["PodDisruptionBudget"]
    assert spec in body


@pytest.mark.parametrize(
    ("intent", "spec"),
    [
        (
            "orders pdb: switch it to maxUnavailable 1 instead of minAvailable 2",
            '"maxUnavailable": 1, "minAvailable": null',
        ),
        (
            "orders pdb should use maxUnavailable 1 in place of minAvailable 2",
            '"maxUnavailable": 1, "minAvailable": null',
        ),
        (
            "for the orders disruption budget, maxUnavailable 1 rather than minAvailable 2 please",
            '"maxUnavailable": 1, "minAvailable": null',
        ),
        (
            "change the orders budget to minAvailable 1 rather than 2",
            '"minAvailable": 1, "maxUnavailable": null',
        ),
    ],
)
def test_the_budget_field_replaced_is_not_a_value_to_write(
    op: Operator, intent: str, spec: str
) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert spec in body


@pytest.mark.parametrize(
    "intent",
    [
        "the cache proxy deploy is a spof, make it HA (leave redis alone)",
        "make the cache proxy deploy highly available, redis stays as it is",
    ],
)
def test_deploy_said_as_a_noun_is_the_deployment(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert {(o.target.kind, o.target.name) for o in proposal.operations} <= {
        ("Deployment", "cache"),
        ("PodDisruptionBudget", "cache"),
    }


def test_deploy_as_a_verb_still_updates(op: Operator) -> None:
    assert summaries(op, "deploy frontend 2.2.0") == [
        "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"
    ]


def test_a_disruption_alone_is_no_budget(op: Operator) -> None:
    # The disruption is when, not what: the scale said is the change.
    assert summaries(op, "scale frontend to 4 for the maintenance") == [
        "scale deployment/frontend in shop to 4 replicas"
    ]
