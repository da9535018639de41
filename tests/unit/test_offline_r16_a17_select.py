"""Round 16, attack17 shapes of what a request selects: a workload said kept beside a label set,
a dependent said as context, a name fragment or another object, a rollout field said with a
restart, and a value's comparison with what runs now. Each is asked or planned without the
extra target; the nearest phrasing that is an order still plans."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, question_for, summaries

_BACKEND = {"cache", "checkout", "my-api", "orders", "payments", "worker"}


def _names(summaries: list[str]) -> set[str]:
    return {s.split("/", 1)[1].split()[0] for s in summaries}


# (1) A workload said kept beside a label-selected set is left out of it.
@pytest.mark.parametrize(
    ("intent", "kept"),
    [
        ("scale every tier=backend deployment to 0; keep worker", "worker"),
        ("restart all tier=backend deployments, please leave cache", "cache"),
        ("bounce all tier=backend deployments, protect checkout", "checkout"),
        ("scale all tier=backend deployments to 1 but preserve payments", "payments"),
        ("restart all tier=backend deployments, ignore my-api and orders", "orders"),
    ],
)
def test_a_workload_kept_beside_a_label_set_is_left_out(
    shop: Operator, intent: str, kept: str
) -> None:
    names = _names(summaries(shop, intent))
    assert kept not in names
    assert names
    assert names < _BACKEND


def test_a_keep_with_a_value_is_no_exclusion(shop: Operator) -> None:
    # "keep orders at 2" is a change to orders, never orders left out silently.
    asks(shop, "scale all tier=backend deployments to 3, keep orders at 2")


def test_the_whole_label_set_still_plans(shop: Operator) -> None:
    assert _names(summaries(shop, "restart all tier=backend deployments")) == _BACKEND


@pytest.mark.parametrize(
    "intent",
    [
        "scale all tier=backend deployments to 0, payments is essential",
        "restart all tier=backend deployments (checkout is still in use)",
        "scale all tier=backend deployments to 0; worker is business critical",
    ],
)
def test_a_workload_said_critical_beside_a_set_is_asked(shop: Operator, intent: str) -> None:
    assert "left out" in question_for(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart all tier=backend deployments except orders-config",
        "scale every tier=backend deployment to 0 excluding shared-config",
    ],
)
def test_an_exclusion_naming_a_configmap_is_asked(shop: Operator, intent: str) -> None:
    assert "ConfigMap" in question_for(shop, intent)


# (2) A dependent said as context is no second target.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("bounce payments; orders talks to it", "payments"),
        ("restart orders, worker and frontend call it", "orders"),
        ("restart orders, my-api connects to it", "orders"),
        ("restart payments, and orders depends on it", "payments"),
    ],
)
def test_a_dependent_said_as_context_is_not_restarted(
    shop: Operator, intent: str, target: str
) -> None:
    assert _names(summaries(shop, intent)) == {target}


def test_a_dependent_is_never_restarted_even_when_asked(shop: Operator) -> None:
    proposal = shop.analyze("bounce payments; checkout relies on it", namespace="shop")
    assert all("checkout" not in o.summary() for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments and my-api",
        "restart payments, my-api",
        "restart payments, my-api needs it too",
        "restart payments, my-api depends on it so restart that too",
    ],
)
def test_a_list_of_targets_still_restarts_both(shop: Operator, intent: str) -> None:
    assert _names(summaries(shop, intent)) == {"payments", "my-api"}


# (3) A name fragment or another object is asked, never acted on.
@pytest.mark.parametrize(
    "intent",
    [
        "restart the public api",
        "scale the rest api to 2",
        "bounce the v2 api",
        "restart the api gateway",
        "scale the api layer to 4",
    ],
)
def test_more_than_what_a_workload_runs_is_asked(shop: Operator, intent: str) -> None:
    assert "my-api" in question_for(shop, intent)


@pytest.mark.parametrize(
    "intent",
    ["restart the api", "restart the main api", "restart the api pods", "scale the api to 3"],
)
def test_what_a_workload_runs_alone_still_plans(shop: Operator, intent: str) -> None:
    assert _names(summaries(shop, intent)) == {"my-api"}


@pytest.mark.parametrize(
    "intent",
    [
        "bounce the frontend namespace",
        "scale the whole orders namespace to 0",
    ],
)
def test_a_namespace_said_as_the_object_is_asked(shop: Operator, intent: str) -> None:
    assert "namespace" in question_for(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "checkout the v1.0.0 tag",
        "check out the release-2 branch",
        "checkout the last release",
        "git checkout 1.0.0",
    ],
)
def test_git_checkout_is_no_order_to_the_checkout_workload(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_the_checkout_workload_still_updates(shop: Operator) -> None:
    assert _names(summaries(shop, "update checkout to 1.0.0")) == {"checkout"}


@pytest.mark.parametrize(
    "intent",
    [
        "bounce frontend, green only",
        "restart only the blue payments",
        "restart pod payments-5f7c9d8b4-q2wxz",
        "restart my-api pod my-api-6d4b7c9f8-abcde",
    ],
)
def test_part_of_the_pods_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# (4) A rollout field said with a restart is the restart's strategy, never a budget.
@pytest.mark.parametrize(
    "intent",
    [
        "bounce payments with max unavailable 0",
        "restart frontend; maxUnavailable: 0",
        "redeploy my-api with maxUnavailable=0",
    ],
)
def test_a_restart_with_max_unavailable_patches_its_strategy(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    kinds = [o.kind for o in proposal.operations]
    assert kinds == ["patch", "rollout_restart"]
    patch = json.dumps(proposal.operations[0].model_dump(mode="json"))
    assert '"maxUnavailable": 0' in patch
    assert "PodDisruptionBudget" not in patch


def test_max_unavailable_without_a_restart_is_still_a_budget(shop: Operator) -> None:
    assert any(
        "poddisruptionbudget" in s for s in summaries(shop, "set maxUnavailable 0 on orders")
    )


# (5) A value's comparison with what runs now is no change of its own.
@pytest.mark.parametrize(
    "intent",
    [
        "set my-api memory limit to 512Mi, twice the current",
        "raise payments cpu limit to 1, 2x the current value",
        "my-api memory request 256Mi, i.e. 2x current",
    ],
)
def test_a_comparison_with_now_never_scales(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert all(o.kind != "scale" for o in proposal.operations)


def test_a_scale_said_beside_a_setting_still_scales(shop: Operator) -> None:
    planned = summaries(shop, "set my-api memory limit to 512Mi and scale it to 4")
    assert any("to 4 replicas" in s for s in planned)


@pytest.mark.parametrize(
    ("intent", "left"),
    [
        ("restart all tier=backend deployments except worker, which is draining a queue", "worker"),
        (
            "scale all tier=backend deployments to 2 except payments since it is mid-migration",
            "payments",
        ),
    ],
)
def test_why_a_workload_is_left_out_goes_with_it(shop: Operator, intent: str, left: str) -> None:
    assert _names(summaries(shop, intent)) == _BACKEND - {left}
