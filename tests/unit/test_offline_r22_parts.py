"""Round 23, helper parts: a part of the request the plan dropped, a value other than said, an
order reversed (third black-box attack), asked (:mod:`dotop_nb.planner.offline.dropped`,
:mod:`dotop_nb.planner.offline.firsts`).

(1) a delete of two objects ("the payments deployment and service", "worker with its
configmap") deleted one; (2) "--cascade=orphan" deleted the pods; (3) "LOG_LEVEL → debug
(my-api)" set the bracketed name as the value; (4) "autoscale … @60%" planned the default 70%;
(5) "backup postgres quarterly" planned one backup; (6) a step said first after another
("restart my-api, LOG_LEVEL=debug in my-api-config first", "\u2013 back up postgres first",
"\u2014 ensure backup exists") ran second. The nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "delete the payments deployment and service",
        "delete the payments service and deployment",
        "delete the orders pdb and deployment",
        "delete deployment payments and service payments",
        "delete worker with its configmap",
        "delete worker including pvc",
    ],
)
def test_a_delete_of_several_objects_is_asked(op: Operator, intent: str) -> None:
    assert "one deletion at a time" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent", ["delete worker --cascade=orphan", "delete worker with cascade orphan"]
)
def test_an_orphaning_delete_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "orphan" in question
    assert "scale <name> to 0" in question


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("LOG_LEVEL → debug (my-api)", "LOG_LEVEL=debug"),
        ("set PROVIDER → adyen (payments)", "PROVIDER=adyen"),
        ("FEATURE_X -> on (checkout)", "FEATURE_X=on"),
    ],
)
def test_an_arrow_with_a_bracketed_name_is_asked(op: Operator, intent: str, value: str) -> None:
    assert value in (asks(op, intent).question or "")


# (Round 29, a32rest: hpa.bounds reads "@60%" as "at 60%" — planned with the target said, never
# the default; it was asked while the target was dropped.)
@pytest.mark.parametrize(
    ("intent", "fields"),
    [
        ("autoscale checkout 3..12 @60%", ('"minReplicas": 3', '"maxReplicas": 12', ": 60")),
        ("hpa for checkout 2-8 @ 55%", ('"minReplicas": 2', '"maxReplicas": 8', ": 55")),
    ],
)
def test_an_autoscale_target_said_with_at_is_read(
    op: Operator, intent: str, fields: tuple[str, ...]
) -> None:
    _, body = plans(op, intent)
    for field in fields:
        assert field in body


@pytest.mark.parametrize(
    "intent",
    [
        "backup postgres twice a week",
        "backup postgres quarterly",
        "backup postgres yearly",
        "back up postgres annually",
    ],
)
def test_a_backup_cadence_not_read_is_asked(op: Operator, intent: str) -> None:
    assert "cadence" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "bump postgres to 16.5 — ensure backup exists",
        "bump postgres to 16.5, but check the backup",
        "upgrade postgres to 16.5; make sure there is a backup",
    ],
)
def test_a_backup_required_of_an_upgrade_is_asked(op: Operator, intent: str) -> None:
    assert "back up <database>" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "restart my-api, LOG_LEVEL=debug in my-api-config first",
        "restart payments \u2013 back up postgres first",
        "restart payments — postgres backup first",
        "restart payments, postgres backup first",
        "restart payments, with a postgres backup first",
        "restart payments, with postgres backed up first",
        "bump payments to 3.1.0, postgres backup first",
        "bump payments to 3.1.0, but first a postgres backup",
        "upgrade payments to 3.1.0, checkout restart beforehand",
    ],
)
def test_a_step_said_first_after_another_is_asked(op: Operator, intent: str) -> None:
    assert "in the order they should run" in (asks(op, intent).question or "")


def test_the_nearest_orders_still_plan(op: Operator) -> None:
    assert deletes(op, "delete the payments deployment") == {"Deployment/payments"}
    assert deletes(op, "delete the worker deployment and the payments deployment") == {
        "Deployment/worker",
        "Deployment/payments",
    }
    _, body = plans(op, "autoscale checkout 3-12 at 60% cpu")
    assert '"averageUtilization": 60' in body
    for intent in (
        "backup postgres weekly",
        "back up postgres monthly",
        "back up postgres nightly",
        "set LOG_LEVEL=debug in my-api-config, then restart my-api",
        "back up postgres, then bump postgres to 16.5",
        "set LOG_LEVEL -> debug in my-api-config",
        "redis → 3 replicas",
        "get rid of the worker deployment, we replaced it with a cronjob",
        "hpa for checkout 2-6 @ 65% cpu",
        "REGION in shared-config: eu -> eu-west-2 (the frontend reads it)",
        "update my-api to 2.3.1 \u2013 quickly",
    ):
        plans(op, intent)
