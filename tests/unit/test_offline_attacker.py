"""The blind attacker's unsafe groups (an exclusion acted on alone or dropped, a clause that only
says how things are lending its value to the plan, a count said twice, a kind said beside
another): each is planned right or asked, never acted on wrongly. The attacker's phrasings and,
per group, variants of our own (statements.py, hazards.py, accounting.py, removal.py)."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)

_BACKEND = {"cache", "checkout", "my-api", "orders", "payments", "worker"}


def _targets(op: Operator, intent: str) -> set[str]:
    proposal, _ = plans(op, intent)
    return {o.target.name for o in proposal.operations}


@pytest.mark.parametrize(
    ("intent", "left_out"),
    [
        ("restart all backend deployments but orders", "orders"),
        # ours
        ("restart all backend deployments besides the worker", "worker"),
        ("bounce every backend deployment save payments", "payments"),
        ("restart all tier=backend deployments other than my-api", "my-api"),
        # asked before this round (hazards and negated tests), planned now
        ("restart all the backend deployments save payments", "payments"),
        ("scale all backend deployments to 2 other than the worker", "worker"),
        # asked before session 8 (the exclusion mid-sentence was not read): the rest (leftout)
        ("scale every tier=backend deployment but orders to 3", "orders"),
    ],
)
def test_a_label_set_less_a_member_plans_the_rest(op: Operator, intent: str, left_out: str) -> None:
    assert _targets(op, intent) == _BACKEND - {left_out}


@pytest.mark.parametrize(
    "intent",
    [
        # the attacker's: a set less one, acted on the one
        "restart all but my-api",
        "restart everything save my-api",
        "restart every deployment but payments",
        "scale everything but worker to 2",
        "set LOG_LEVEL=debug on everything but frontend",
        # the excluded name mistyped: the plan would change what was meant to be left out
        "restart all backend deployments except order",
        "restart my-api and frontend, not fronted",
        # ours
        "restart every backend deployment except paymnts",
        "restart payments and worker but not wroker",
        "scale all of them apart from frontend to 4",
        "bump everything besides checkout to 2 replicas",
    ],
)
def test_an_exclusion_is_never_acted_on_alone_nor_dropped(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL=debug on all containers of orders except envoy",
        # ours
        "set LOG_LEVEL=info on every container of orders but not envoy",
        "set TZ=UTC in all orders containers except the envoy one",
        "set TZ=UTC on all containers of orders but envoy",
        "update every container in orders besides envoy to 1.2.0",
    ],
)
def test_a_container_left_out_of_a_whole_workload_change_is_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "velero schedule for everything but secrets and orders",
        # ours
        "velero backup of the namespace except secrets and payments",
        "daily velero backup of everything but configmaps and worker",
    ],
)
def test_a_workload_listed_among_the_kinds_a_backup_leaves_out_is_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "stated"),
    [
        # the attacker's: how things are, planned as a change
        ("restart my-api, payments-config has PROVIDER=adyen", "adyen"),
        ("restart frontend, shared-config has REGION=us", '"us"'),
        ("restart my-api, earlier someone set LOG_LEVEL=trace on frontend", "trace"),
        ("the 4 frontend pods are fine, restart my-api", '"replicas": 4'),
        ("with 6 frontend pods we are fine, restart my-api", '"replicas": 6'),
        ("the 5 payments pods look fine, restart my-api", '"replicas": 5'),
        ("scale my-api to 5, the node has 16 cores", '"16"'),
        ("scale my-api to 5, the node has 8Gi memory", "8Gi"),
        ("autoscale my-api between 2 and 10, the node has 4 cores", '"4"'),
        ("restart frontend, it is using 900m cpu", "900m"),
        ("restart my-api, the 512Mi limit is fine", "512Mi"),
        ("update my-api to 1.5.0, the changelog mentions 2Gi memory", "2Gi"),
        ("restart payments, it has 3 replicas", '"replicas": 3'),
        ("update checkout, 1.1.0 is broken, to 1.1.1", "checkout:1.1.0"),
        ("checkout 1.1.0 is broken, update it to 1.1.1", "checkout:1.1.0"),
        ("roll back checkout, the 1.1.0 image was deleted from the registry", "checkout:1.1.0"),
        # ours
        ("restart worker; the cache proxy runs 1.0.0", "cache"),
        ("restart my-api, frontend is fine", "frontend"),
        ("the 3 web pods look healthy, bounce payments", '"replicas": 3'),
        ("restart orders - the box has 32Gi of ram", "32Gi"),
        ("restart checkout, yesterday someone set DEBUG=true on payments", "DEBUG"),
        ("scale payments to 4, the 250m request looks fine", "250m"),
        ("scale payments to 3, each node has 4 cores", '"4"'),
    ],
)
def test_a_clause_that_says_how_things_are_lends_no_value(
    op: Operator, intent: str, stated: str
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    body = json.dumps([o.model_dump(mode="json", exclude={"reason"}) for o in proposal.operations])
    assert proposal.status in ("proposed", "needs_clarification")
    assert stated not in body, body


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        # the request beside the state is planned with its own value
        ("update checkout, 1.1.0 is broken, to 1.1.1", "checkout:1.1.1"),
        ("checkout 1.1.0 is broken, update it to 1.1.1", "checkout:1.1.1"),
        ("my-api is on 1.4.0, update it to 1.5.0", "my-api:1.5.0"),
        ("scale my-api to 5, the node has 16 cores", '"replicas": 5'),
        ("frontend runs 3 pods and is slow, scale it to 5", '"replicas": 5'),
        ("worker 0.9.0 crashes on start, move it to 0.10.0", "worker:0.10.0"),
    ],
)
def test_the_request_beside_a_state_is_planned_with_its_own_value(
    op: Operator, intent: str, value: str
) -> None:
    _, body = plans(op, intent)
    assert value in body


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        # a state beside the request, whose own value is planned
        ("my-api got OOMKilled, raise its memory limit to 512Mi", "512Mi"),
        ("hotfix for my-api is built (ghcr.io/acme/my-api:1.5.1), roll it out", "1.5.1"),
        ("worker 0.10.0 is released, ship it", "0.10.0"),
        ("bounce whatever has tier=backend", "worker"),
    ],
)
def test_a_stated_clause_beside_a_request_still_plans(
    op: Operator, intent: str, value: str
) -> None:
    _, body = plans(op, intent)
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "my-api to 1.5.0 and 3 replicas",
        # ours
        "frontend -> 2.2.0 and 4 pods",
        "payments to v3.1.0 with 3 replicas",
    ],
)
def test_a_version_said_as_the_target_is_in_the_plan_or_asked(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    body = json.dumps([o.model_dump(mode="json") for o in proposal.operations])
    assert proposal.status == "needs_clarification" or (
        intent.split()[2].lstrip("v") in body or "2.2.0" in body
    )


@pytest.mark.parametrize(
    "intent",
    ["double my-api, then add 1", "double payments and add 2", "triple worker plus 1"],
)
def test_two_changes_of_the_count_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("make frontend twice as big", 6),
        ("make payments half as big", 1),
        ("i want worker twice as big", 2),
    ],
)
def test_a_size_said_as_a_multiple_scales(op: Operator, intent: str, replicas: int) -> None:
    _, body = plans(op, intent)
    assert f'"replicas": {replicas}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL=debug in shared-config only for my-api",
        # ours
        "change REGION to eu in shared-config, just for frontend",
        "put FEATURE_X=on into shared-config for my-api only",
    ],
)
def test_a_shared_configmap_changed_for_one_reader_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "the my-api service is not used, remove the deployment",
        # ours
        "the payments deployment is idle, delete the service",
        "frontend's service is unused - drop the deployment",
        "the payments deployment is deprecated, delete its service",
    ],
)
def test_a_delete_that_names_two_kinds_in_two_clauses_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_delete_with_its_service_still_takes_both(op: Operator) -> None:
    proposal, _ = plans(op, "delete payments with its service")
    assert {o.target.kind for o in proposal.operations} == {"Deployment", "Service"}


def test_a_label_set_less_two_members_plans_the_rest(op: Operator) -> None:
    intent = "restart every backend deployment apart from my-api and worker"
    assert _targets(op, intent) == _BACKEND - {"my-api", "worker"}


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        # A state of another workload beside the request is context (session 8, asides): the
        # request is planned, and nothing of the remark (its workload, its value) is in it.
        ("restart checkout; frontend was at 5 replicas yesterday", "checkout"),
        ("set LOG_LEVEL=debug on my-api, payments already has LOG_LEVEL=debug", "my-api-config"),
        ("postgres has 1 replica and that is fine, restart worker", "worker"),
    ],
)
def test_a_state_of_another_workload_beside_a_request_is_context(
    op: Operator, intent: str, target: str
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert {o.target.name for o in proposal.operations} == {target}


@pytest.mark.parametrize(
    ("intent", "kinds"),
    [
        (
            "Please remove the FEATURE_FLAG variable from the frontend container, it is not "
            "used anymore since release 2.0.",
            ["patch"],
        ),
        ("restart frontend, it has been flaky since 2.1.0", ["rollout_restart"]),
        ("set LOG_LEVEL=debug on my-api, logs are too quiet since version 1.4.0", ["patch"]),
    ],
)
def test_a_version_said_as_when_something_began_is_never_rolled_to(
    op: Operator, intent: str, kinds: list[str]
) -> None:
    # The first was found planned with a set_image to frontend:2.0 beside the env removal.
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == kinds
    assert "set_image" not in body
