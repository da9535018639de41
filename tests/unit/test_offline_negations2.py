"""Sentence-wide negations and times (helper neg2): a negation or a time stops a plan only when
it constrains what the plan would do. One that says how things are ("redis has no requests"),
restates the request's own restriction ("never more than 8", "except orders", "instead of
/healthz"), or is context beside a request to act ("tonight, go ahead", "after the cert
rotation") is read; one that forbids the action or delays it is asked. Over the in-memory shop,
through the real Operator. The phrasings are our own, not the blind sets'."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import constraints, guard
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


# ------------------------------------------------ a negation that says how things are
@pytest.mark.parametrize(
    ("intent", "target", "needle"),
    [
        ("the payments deployment has no resource requests at all, set cpu 200m memory 256Mi",
         "payments", "200m"),
        ("256Mi is not enough for checkout, give it 512Mi memory limit", "checkout", "512Mi"),
        ("worker never calls the kubernetes api, do not mount the service account token",
         "worker", "automountServiceAccountToken"),
        ("payments: the SA token should not be mounted into its pods",
         "payments", "automountServiceAccountToken"),
        ("no priv esc and non-root for the payments containers", "payments",
         '"allowPrivilegeEscalation": false'),
        ("pin my-api to ghcr.io/acme/my-api:1.5.0 so nobody ends up on a moving tag", "my-api",
         "1.5.0"),
    ],
)  # fmt: skip
def test_a_negation_of_state_is_read(shop: Operator, intent: str, target: str, needle: str) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {target}
    assert needle in body


# ------------------------------------- a negation that restates the request's restriction
def test_except_leaves_names_out_of_a_selected_set(shop: Operator) -> None:
    proposal, _ = plans(shop, "restart all deployments with label tier=backend, excluding orders")
    names = {o.target.name for o in proposal.operations}
    assert "orders" not in names
    assert {"checkout", "payments"} <= names
    proposal, _ = plans(shop, "restart every tier=backend deployment except payments and worker")
    names = {o.target.name for o in proposal.operations}
    assert not names & {"payments", "worker"}
    assert "checkout" in names


def test_nothing_else_is_a_prohibition_checked_against_the_plan(shop: Operator) -> None:
    proposal, _ = plans(shop, "take checkout back a revision, and nothing else may be restarted")
    assert [o.kind for o in proposal.operations] == ["rollout_undo"]


@pytest.mark.parametrize(
    ("intent", "needle"),
    [
        ("frontend readiness probe path /ready rather than /healthz", '"path": "/ready"'),
        ("for checkout rollouts, no pod may be removed until its replacement is ready",
         '"maxUnavailable": 0'),
        ("give worker every key of my-api-config as env vars (envFrom), not only LOG_LEVEL",
         "envFrom"),
        ("would be great if the my-api pods ended up on different nodes, not a strict rule",
         "preferredDuringScheduling"),
        ("payments pods: never schedule them together on the same node",
         "requiredDuringScheduling"),
        ("ideally spread checkout over nodes, but don't block scheduling if it is not possible",
         "preferredDuringScheduling"),
    ],
)  # fmt: skip
def test_a_restated_restriction_is_read(shop: Operator, intent: str, needle: str) -> None:
    _, body = plans(shop, intent)
    assert needle in body


def test_instead_of_forbids_the_replaced_target(shop: Operator) -> None:
    proposal, _ = plans(shop, "set LOG_LEVEL=debug on my-api instead of frontend")
    # Round 19: in my-api-config, which my-api alone loads; frontend is not touched.
    assert {o.target.name for o in proposal.operations} == {"my-api-config"}
    asks(shop, "restart frontend instead of frontend")


# ------------------------------------------------------- a time said as context
@pytest.mark.parametrize(
    ("intent", "when"),
    [
        ("traffic will be low today, so scale frontend down to 2", "today"),
        ("checkout is idle tonight, go ahead and scale it to 1", "tonight"),
        ("payments has to be restarted following the token rotation",
         "following the token rotation"),
    ],
)  # fmt: skip
def test_a_time_as_context_is_read_and_said(shop: Operator, intent: str, when: str) -> None:
    proposal, _ = plans(shop, intent)
    assert f"Said with {when!r}: this plan runs when you approve it" in proposal.analysis


def test_an_event_closing_a_restart_is_waited_on(shop: Operator) -> None:
    # Round 19: "after the config change" closing the order is still ahead: waited on.
    proposal, _ = plans(shop, "restart orders after the config change")
    assert proposal.awaits == "after the config change"


# ------------------------------------------------------------- still questions
@pytest.mark.parametrize(
    "intent",
    [
        "don't scale checkout",
        "restart checkout, but not now",
        "scale checkout to 4 but not tonight",
        "autoscale checkout 2-8 but not over the weekend",
        # (a clock time said of the change is planned and waits: test_offline_r9_clock)
        "scale checkout to 5 when traffic drops",
        "checkout doesn't need to be restarted, scale it to 2",
        "delete everything except worker",
        "restart payments except payments",
    ],
)
def test_a_negation_or_time_that_constrains_the_plan_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "scale checkout to 5 tonight",
        "scale checkout to 5 tonight, so the batch finishes",
        "restart frontend on friday",
        "update checkout to 1.2.0 this evening",
        "restart checkout after the migration finishes",
        "restart checkout once the migration finishes",
    ],
)
def test_a_time_said_of_the_change_is_what_it_waits_on(shop: Operator, intent: str) -> None:
    """Asked before session 7; now planned and waiting on a person (planner/offline/waits.py,
    app.workflow.check_awaits refuses an unattended approval)."""
    p = shop.analyze(intent, namespace="shop")
    assert p.status == "proposed", p.question
    assert p.awaits


def test_the_rules_are_pure_text() -> None:
    assert guard.STATE.search("redis has no requests")
    assert not guard.STATE.search("cart doesn't need to be restarted")
    # Round 19: a rotation read as past by its day; one closing the order is waited on.
    assert guard.times_read("restart", "restart it after yesterday's cert rotation") == (
        "after yesterday's cert rotation"
    )
    assert guard.times_read("restart", "restart it after the cert rotation") is None
    assert guard.times_read("scale", "scale cart to 5 tonight") is None
    text, found = constraints.extract("restart all tier=web deployments except cart and web")
    assert text == "restart all tier=web deployments"
    assert [(p.words, p.left_out) for p in found] == [("cart", True), ("web", True)]
    _, found = constraints.extract("restart cart but not now")
    assert found == []
