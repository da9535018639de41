"""What a delete keeps, said by any predicate, and a shared ConfigMap with a protected reader
(issue 11, session 7 wave 2 "keep"). The attacker found "delete my-api; service stays" deleting
ONLY service/my-api — the part said to stay. The rule: a part said to stay ("stays", "must not
go", "is protected", "is off limits", "deleting it is forbidden", "never delete it", "keep it")
is never deleted; the main object and its other parts are, and the analysis lists what is kept.
When the part kept is the workload itself, nothing sensible remains: ask. A change to a
ConfigMap read by a workload the request protects asks, naming the reader. Every phrasing here
is new (none is an attacker's case)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(60)

MY_API = {"Deployment/my-api", "ConfigMap/my-api-config"}
ORDERS_NO_PDB = {"Deployment/orders", "ConfigMap/orders-config"}
ORDERS_NO_CONFIG = {"Deployment/orders", "PodDisruptionBudget/orders"}


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("get rid of my-api, but its svc has to stay", MY_API),
        ("delete my-api -- the service should remain", MY_API),
        ("remove my-api; the service is not to be deleted", MY_API),
        ("delete my-api. Removing its service is prohibited.", MY_API),
        ("nuke my-api; don't delete the service", MY_API),
        ("delete my-api, my-api's service must survive", MY_API),
        ("delete my-api; the svc cannot go", MY_API),
        ("delete orders; its pdb must not be deleted", ORDERS_NO_PDB),
        ("please delete orders, the disruption budget is off-limits", ORDERS_NO_PDB),
        ("drop orders -- dropping the pdb is not ok", ORDERS_NO_PDB),
        ("delete orders; its configuration stays", ORDERS_NO_CONFIG),
        ("delete orders, the config is protected", ORDERS_NO_CONFIG),
        ("delete orders; never remove the configmap", ORDERS_NO_CONFIG),
    ],
)
def test_a_part_said_to_stay_is_never_deleted(
    op: Operator, intent: str, expected: set[str]
) -> None:
    assert deletes(op, intent) == expected


def test_the_analysis_says_what_is_kept(op: Operator) -> None:
    proposal, _ = plans(op, "delete my-api; the service mustn't go")
    assert proposal.analysis is not None
    assert "service/my-api in shop — kept, as you said it stays" in proposal.analysis


@pytest.mark.parametrize(
    "intent",
    [
        "delete my-api; removing the deployment is not allowed",
        "delete postgres, the statefulset must not go",
        "remove orders; never delete the deployment",
        "delete payments -- the deployment is protected",
        "delete worker; it must not go",
    ],
)
def test_keeping_the_workload_itself_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "set REGION to us in shared-config but frontend has to keep eu",
        "change REGION=us in shared-config; leave frontend alone",
        "put REGION us into shared-config, frontend must not be affected",
        "set REGION to us in shared-config -- never touch frontend",
    ],
)
def test_a_shared_configmap_with_a_protected_reader_asks(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert "frontend" in (proposal.question or "")
    assert "shared-config" in (proposal.question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "set REGION to us in shared-config",
        "set REGION=us in shared-config and frontend should pick it up",
    ],
)
def test_a_shared_configmap_change_with_no_protected_reader_plans(
    op: Operator, intent: str
) -> None:
    plans(op, intent)


def test_a_delete_that_keeps_nothing_of_its_own_plans_whole(op: Operator) -> None:
    assert deletes(op, "delete my-api with its service and configmap") == {
        *MY_API,
        "Service/my-api",
    }


def test_a_delete_keeping_a_part_is_no_protected_reader(op: Operator) -> None:
    # my-api reads my-api-config, which goes with it: the kept clause protects no reader.
    assert deletes(op, "delete my-api and keep the service running") == MY_API


def test_an_object_said_to_stay_by_name_is_never_deleted(op: Operator) -> None:
    assert "ConfigMap/shared-config" not in deletes(op, "delete my-api; shared-config is protected")
