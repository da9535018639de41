"""Round 42, the lead: what a plan says of a rollout strategy matches what it sets.

A rollout field said alone ("deploy frontend 2.2.0 with maxSurge 2") keeps the floor the
Deployment has (25% when unset), so the plan is not a zero-downtime one: its reason and its
validation step said "zero downtime" and "maxUnavailable 0" all the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, crowded_operator, plans, summaries

pytestmark = pytest.mark.timeout(300)


def _strategy(op: Operator, intent: str) -> tuple[str, str, str]:
    proposal, _ = plans(op, intent)
    patch = next(o for o in proposal.operations if "strategy" in str(getattr(o, "patch", "")))
    rolling = patch.patch["spec"]["strategy"]["rollingUpdate"]  # type: ignore[attr-defined]
    return str(rolling["maxUnavailable"]), patch.reason, " ".join(proposal.validation_plan)


@pytest.mark.parametrize(
    ("intent", "unavailable"),
    [
        ("deploy frontend 2.2.0 with maxSurge 2", "25%"),
        ("set my-api rollout strategy to maxUnavailable 1", "1"),
    ],
)
def test_a_rollout_field_said_alone_is_not_called_zero_downtime(
    op: Operator, intent: str, unavailable: str
) -> None:
    said, reason, _ = _strategy(op, intent)
    assert said == unavailable
    assert "zero downtime" not in reason.lower()
    assert f"maxUnavailable {unavailable}" in reason


def test_the_strategy_alone_is_validated_by_the_fields_it_sets(op: Operator) -> None:
    said, reason, validation = _strategy(op, "set my-api rollout strategy to maxUnavailable 1")
    assert "maxUnavailable 1," in validation
    assert "maxUnavailable 0" not in validation
    said, reason, validation = _strategy(op, "make payments zero-downtime with maxSurge 2")
    assert said == "0"
    assert reason.startswith("zero downtime")
    assert "maxUnavailable 0, maxSurge 2" in validation


@pytest.mark.parametrize(
    "intent",
    [
        "make frontend highly available with maxUnavailable 2",
        "make frontend survive a node failure with max unavailable 1",
    ],
)
def test_maxunavailable_beside_availability_is_the_budgets_alone(op: Operator, intent: str) -> None:
    """attack48: the field said with "highly available" was also written into the rollout
    strategy (a second number nobody asked of the rollouts)."""
    proposal, body = plans(op, intent)
    assert any(o.target.kind == "PodDisruptionBudget" for o in proposal.operations)
    assert '"strategy"' not in body


def test_maxunavailable_said_of_rollouts_beside_a_budget_is_still_the_strategys(
    op: Operator,
) -> None:
    proposal, body = plans(
        op, "make frontend HA, pdb maxUnavailable 1, and rollouts with maxUnavailable 0"
    )
    assert '"maxUnavailable": 0' in body
    assert any(o.target.kind == "PodDisruptionBudget" for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "make the weaver DB (postgres) a hot standby in Tashkent",
        "postgres should get a warm standby on another node",
        "give the cache statefulset a hot spare",
    ],
)
def test_a_standby_of_a_database_asked_for_is_asked(op: Operator, intent: str) -> None:
    """blind45 (unsafe on main): a standby asked for was planned as high availability, the
    database scaled to 3 (empty independent databases, not a copy)."""
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "workload"),
    [
        (
            "pls do a rollout restart of the auction redis (the cache StatefulSet), no deleting "
            "pods by hand",
            "statefulset/cache",
        ),
        ("restart worker, no deleting pods manually", "deployment/worker"),
        ("restart worker, no pods deleted by hand", "deployment/worker"),
    ],
)
def test_a_restart_with_no_pods_deleted_by_hand_is_the_restart(
    op: Operator, intent: str, workload: str
) -> None:
    """blind45: the manner after 'no deleting pods' hid the prohibition, and the pods said were
    read as a count (asked how many replicas)."""
    assert summaries(op, intent) == [f"restart the pods of {workload} in shop"]


def test_a_delete_beside_no_pods_deleted_by_hand_is_still_asked(op: Operator) -> None:
    question = asks(op, "restart worker, no deleting pods by hand, and delete orders").question
    assert "don't delete" in (question or "")


@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("put orders to 1", 1),
        ("put the orders deployment to 3", 3),
        ("After 04:45 when the Rungis truck leaves, put the Rungis orders (orders) to 1", 1),
    ],
)
def test_put_with_a_bare_count_scales(op: Operator, intent: str, count: int) -> None:
    """blind45: "put X to N" was not read (asked what to do), as "bring X to N" is."""
    assert summaries(op, intent)[0] == f"scale deployment/orders in shop to {count} replicas"


@pytest.mark.parametrize(
    "intent", ["put the memory limit of orders to 512", "put orders log level to 3"]
)
def test_put_beside_a_resource_or_a_level_is_no_scale(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert not any(o.kind == "scale" for o in proposal.operations)


@pytest.mark.parametrize(
    ("intent", "restarts"),
    [
        ("FEATURE_X out of my-api-config and restart the formaggio API (my-api) after", True),
        ("FEATURE_X out of my-api-config", False),
        ("scale worker to 3, FEATURE_X out of my-api-config", False),
    ],
)
def test_a_key_out_of_a_configmap_with_no_verb_is_removed(
    op: Operator, intent: str, restarts: bool
) -> None:
    """blind45: the key before "out of" with no verb was asked which key should change."""
    proposal, _ = plans(op, intent)
    patch = next(o for o in proposal.operations if o.target.name == "my-api-config")
    assert patch.patch == {"data": {"FEATURE_X": None}}  # type: ignore[attr-defined]
    assert any(o.kind == "rollout_restart" for o in proposal.operations) is restarts


@pytest.mark.parametrize(
    "intent",
    [
        "restart the parc DB (postgres), Erwan changed shared_buffers",
        "Sam changed LOG_LEVEL, restart my-api",
        "restart my-api, Sam bumped the pool size",
    ],
)
def test_a_setting_another_changed_is_the_reason_for_a_restart(op: Operator, intent: str) -> None:
    """blind45: a setting changed by someone else, told beside the speaker's restart, was read
    as someone else's change (asked)."""
    assert all(s.startswith("restart the pods of") for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent",
    [
        "restart postgres, Erwan restarted it",
        "restart worker, Bob scaled it",
        "Sam will change LOG_LEVEL, restart my-api",
        "scale worker to 3, Bob changed the queue size",
    ],
)
def test_anothers_restart_or_a_change_beside_another_order_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "the pounding worker (worker) needs three pods for the Heilala orders",
        "scale worker to 3 for the big orders",
    ],
)
def test_a_name_as_the_noun_of_what_a_change_is_for_is_no_second_target(
    op: Operator, intent: str
) -> None:
    """blind45: "orders" in "for the Heilala orders" was read as the workload, and which of two
    was meant asked."""
    assert summaries(op, intent) == ["scale deployment/worker in shop to 3 replicas"]


@pytest.mark.parametrize(
    "intent", ["worker needs three pods for orders", "scale worker to 3 for the orders"]
)
def test_a_name_after_for_with_no_words_of_its_own_still_asks(op: Operator, intent: str) -> None:
    assert "Which one did you mean" in (asks(op, intent).question or "")


_ROOT_CA = {
    "apiVersion": "v1",
    "kind": "ConfigMap",
    "metadata": {"name": "kube-root-ca.crt", "namespace": "shop"},
    "data": {"ca.crt": "-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----\n"},
}


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Mālō e lelei, pls scale the root site (frontend) to 5",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        ("restart the root site (frontend)", "restart the pods of deployment/frontend in shop"),
    ],
)
def test_the_ca_bundle_every_real_namespace_holds_lends_no_words(
    tmp_path: Path, intent: str, summary: str
) -> None:
    """blind45 on the control plane (passed in memory): kube-root-ca.crt, which the
    controller-manager publishes into every namespace, made 'root' a word of another object, so
    "the root site (frontend)" was asked as frontend of something else."""
    op = crowded_operator(tmp_path, _ROOT_CA)
    try:
        assert summaries(op, intent) == [summary]
    finally:
        op.close()


# ------------------------------------------------------------------------------------------
# attack49 (a black-box attack of this round's readings): what still planned wrongly, asked now.
@pytest.mark.parametrize(
    "intent",
    [
        "delete orders-config, keep orders in mind",
        "delete orders-config, keep orders posted",
        "delete orders-config, keep orders off",
        "remove payments-config, payments will not stay",
        "delete orders-config, keep orders, then restart orders",
        "delete shared-config, keep my-api and frontend, then restart frontend",
        "why put worker to 3",
        "I'd put worker to 3",
        "remove FEATURE_X from my-api-config, BATCH_SIZE to 10 in orders-config",
        "FEATURE_X out of my-api-config, LOG_LEVEL to debug",
        "delete worker for the holiday orders",
    ],
)
def test_attack49s_wrong_plans_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "FEATURE_X out of date in my-api-config",
        "FEATURE_X out of my-api-config is what Sam wants",
        "FEATURE_X out of my-api-config and into payments-config",
        "the FEATURE_X out of my-api-config plan looks fine",
        "restart my-api, FEATURE_X out of scope",
    ],
)
def test_out_of_not_closing_on_its_place_removes_no_key(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert '"FEATURE_X": null' not in json.dumps(
        [o.model_dump(mode="json") for o in proposal.operations]
    )


def test_a_reader_kept_with_its_kind_first_still_plans(op: Operator) -> None:
    assert summaries(op, "delete configmap orders-config, keep deployment orders") == [
        "delete configmap/orders-config in shop"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "aja restart worker",  # Javanese: don't
        "ulah scale worker to 0",  # Sundanese: don't
        "shayad scale payments to 5",  # Hindi: maybe
        "mungkin restart worker",  # Indonesian: maybe
        "czy restart worker",  # Polish: a question
        "hindi restart worker",  # Tagalog: not
    ],
)
def test_a_no_or_maybe_of_another_tongue_before_the_verb_is_asked(
    op: Operator, intent: str
) -> None:
    """attack50 (main's behaviour before this round): a "don't", a "maybe" or a question's
    opener of another tongue, opening the line before the verb, was dropped and the order
    planned."""
    assert "before the order" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "pls restart worker",
        "quick restart worker",
        "then restart worker",
        "hey restart worker",
        "bitte restart worker",
        "gracias, restart worker",
    ],
)
def test_english_and_courtesy_before_the_verb_still_plan(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/worker in shop"]
