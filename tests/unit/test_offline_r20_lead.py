"""Round 20 (lead): the four misreads that acted in blind26's first (sealed) run, each as its
shape, with near variants that must still ask.

- "requests and limits equal" (and "limits equal to requests", "the same request and limit")
  was not read as one value for both: only the requests were set. Limits said equal to the
  requests bring the limits down to them; requests said equal to the limits raise them.
- "make the cpu request 2 times" set 2 cores: "N times" (or "Nx") beside a request or limit is
  a factor of the value now; a count of how often something happened is no factor.
- "every Sunday 3 o'clock" made the schedule at the default 02:00: an hour said with o'clock is
  read, and a time that cannot be placed is asked, never replaced by the default.
- "cf restage payments with the new buildpack" restarted payments: a restart brings back the
  image that runs, so a new build, image or release said with it is asked (unless the tag is
  pulled again).
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator


def _plan(shop: Operator, intent: str) -> tuple[str, list[str], str, str]:
    plan = shop.analyze(intent, namespace="shop")
    body = json.dumps([o.model_dump(mode="json") for o in plan.operations])
    return plan.status, [o.summary() for o in plan.operations], plan.question or "", body


def _resources(body: str) -> dict[str, dict[str, str]]:
    (op,) = json.loads(body)
    (container,) = op["patch"]["spec"]["template"]["spec"]["containers"]
    return dict(container["resources"])


@pytest.mark.parametrize(
    ("intent", "both"),
    [
        (
            "set the redis of the cache statefulset to 250m CPU and 512Mi memory, requests and "
            "limits equal",
            {"cpu": "250m", "memory": "512Mi"},
        ),
        (
            "give the orders app container the same request and limit, 300m cpu and 300Mi memory",
            {"cpu": "300m", "memory": "300Mi"},
        ),
        ("worker: 200m cpu and 256Mi memory, requests and limits identical", None),
    ],
)
def test_requests_and_limits_said_equal_set_both(
    shop: Operator, intent: str, both: dict[str, str] | None
) -> None:
    status, _, question, body = _plan(shop, intent)
    assert status == "proposed", question
    resources = _resources(body)
    assert resources["requests"] == resources["limits"], resources
    if both is not None:
        assert resources["limits"] == both


def test_limits_said_equal_to_the_requests_come_down_to_them(shop: Operator) -> None:
    # payments: requests 100m / 128Mi, a 256Mi memory limit and no cpu limit.
    status, _, question, body = _plan(shop, "payments: limits equal to requests")
    assert status == "proposed", question
    assert _resources(body) == {"limits": {"cpu": "100m", "memory": "128Mi"}}
    status, _, question, body = _plan(shop, "make the payments requests equal to its limits")
    assert status == "proposed", question
    assert _resources(body)["requests"] == {"memory": "256Mi"}


@pytest.mark.parametrize(
    ("intent", "field", "resource", "value"),
    [
        ("please make the cpu request of frontend 2 times.", "requests", "cpu", "200m"),
        ("my-api memory limit 2x", "limits", "memory", "512Mi"),
        ("raise the memory limit of payments to 3 times the current", "limits", "memory", "768Mi"),
    ],
)
def test_n_times_a_request_or_limit_is_a_factor_of_the_value_now(
    shop: Operator, intent: str, field: str, resource: str, value: str
) -> None:
    status, _, question, body = _plan(shop, intent)
    assert status == "proposed", question
    assert _resources(body)[field][resource] == value


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        # How often it happened, then the value: the value said, never 3x.
        ("payments memory limit hit 3 times today, raise it to 512Mi", "512Mi"),
    ],
)
def test_a_count_of_times_something_happened_is_no_factor(
    shop: Operator, intent: str, value: str
) -> None:
    status, _, question, body = _plan(shop, intent)
    assert status == "proposed", question
    assert _resources(body)["limits"]["memory"] == value


def test_n_times_down_is_asked(shop: Operator) -> None:
    status, ops, question, _ = _plan(shop, "lower the cpu request of frontend 2 times")
    assert status == "needs_clarification", ops
    assert ops == []
    assert "what value" in question


@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("velero schedule every Sunday 3 o'clock, keep 4 weeks", "0 3 * * 0"),
        ("back up postgres nightly, eleven o'clock at night", "0 23 * * *"),
        ("velero backup of the namespace every saturday at 5 o'clock", "0 5 * * 6"),
    ],
)
def test_an_hour_said_with_oclock_is_the_schedules_hour(
    shop: Operator, intent: str, cron: str
) -> None:
    status, _, question, body = _plan(shop, intent)
    assert status == "proposed", question
    assert f'"{cron}"' in body, body


def test_an_oclock_that_is_no_hour_is_asked_not_defaulted(shop: Operator) -> None:
    status, ops, question, _ = _plan(shop, "velero schedule daily 25 o'clock")
    assert status == "needs_clarification", ops
    assert ops == []
    assert "25 o'clock" in question


@pytest.mark.parametrize(
    "intent",
    [
        "cf restage payments with the new buildpack",
        "restart worker so it picks up the new image",
        "bounce my-api to get the latest build",
        "rollout restart deployment/frontend to load the new release",
    ],
)
def test_a_restart_said_to_bring_a_new_build_is_asked(shop: Operator, intent: str) -> None:
    status, ops, question, _ = _plan(shop, intent)
    assert status == "needs_clarification", ops
    assert ops == []
    assert "brings back the image it runs" in question


@pytest.mark.parametrize(
    "intent",
    [
        "restart my-api to pick up the new config",
        "restart payments with the new LOG_LEVEL",
        "restart frontend",
    ],
)
def test_a_restart_for_new_config_still_plans(shop: Operator, intent: str) -> None:
    status, ops, question, _ = _plan(shop, intent)
    assert status == "proposed", question
    assert len(ops) == 1, ops
    assert ops[0].startswith("restart the pods of"), ops


def test_one_resource_said_equal_to_its_limit_sets_that_resource_alone(shop: Operator) -> None:
    status, _, question, body = _plan(shop, "make the payments memory request equal to its limit")
    assert status == "proposed", question
    assert _resources(body) == {"requests": {"memory": "256Mi"}}
    status, _, question, body = _plan(shop, "set the my-api memory request equal to its limit")
    assert status == "proposed", question
    assert _resources(body) == {"requests": {"memory": "256Mi"}}


@pytest.mark.parametrize(
    "intent",
    [
        "the answer was no, scale worker to 3",
        "the vote was no, scale worker to 3",
        "the CAB's verdict is negative. restart payments",
        "the decision from the CAB was no: restart orders",
        "the DBA said no: restart postgres",
    ],
)
def test_an_answer_told_as_no_before_the_order_is_asked(shop: Operator, intent: str) -> None:
    status, ops, question, _ = _plan(shop, intent)
    assert status == "needs_clarification", ops
    assert ops == []
    # The refusal is quoted as said: "said no" is an answer given, not a Spanish "not".
    assert "no order to change anything" in question


def test_an_answer_told_as_yes_before_the_order_plans(shop: Operator) -> None:
    status, ops, question, _ = _plan(shop, "the answer was yes, scale worker to 3")
    assert status == "proposed", question
    assert ops == ["scale deployment/worker in shop to 3 replicas"]


@pytest.mark.parametrize(
    "intent",
    [
        "delete the errors of payments",
        "remove the errors of payments",
        "remove the warnings of orders",
    ],
)
def test_a_delete_of_something_said_of_a_workload_deletes_nothing(
    shop: Operator, intent: str
) -> None:
    status, ops, question, _ = _plan(shop, intent)
    assert status == "needs_clarification", ops
    assert ops == []
    assert "not the workload itself" in question


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete the deployment of worker", "delete deployment/worker in shop"),
        ("erase the PDB of orders", "delete poddisruptionbudget/orders in shop"),
    ],
)
def test_a_delete_of_a_kind_said_of_a_workload_plans(
    shop: Operator, intent: str, deleted: str
) -> None:
    status, ops, question, _ = _plan(shop, intent)
    assert status == "proposed", question
    assert deleted in ops, ops


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker at 3 a.m.",
        "delete worker in the next MW",
        "delete worker in the weekend",
        "delete worker in half an hour",
        "scale payments to 0 at lunch",
        "scale payments to 0 at the end of the sale",
    ],
)
def test_a_time_ahead_the_waits_do_not_read_is_asked(shop: Operator, intent: str) -> None:
    # Attack 23: each of these deleted or stopped the workload now, the time dropped.
    status, ops, question, _ = _plan(shop, intent)
    assert status == "needs_clarification", ops
    assert ops == []
    assert "a time I cannot wait for" in question


def test_a_schedule_at_a_dotted_am_is_still_a_schedule(shop: Operator) -> None:
    status, _, question, body = _plan(shop, "back up postgres nightly at 3 a.m.")
    assert status == "proposed", question
    assert '"0 3 * * *"' in body
