"""The blind attacker's sixth report, groups 1, 2 and 8 (/work/notes/atk6-report.md): where the
planner cannot plan exactly what was meant it asks, naming what it did not do — a namespace of
the cluster other than the session's, a capability switched off or weakened, everyone let in,
and a sentence that is a question or an order withdrawn."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

_OTHER_NAMESPACE = [
    # The attacker's.
    "delete worker in default",
    "delete worker in kube-system",
    "delete the kube-system/worker deployment",
    "scale my-api in kube-system to 4",
    "scale default/my-api to 4",
    "update my-api in default to 1.5.0",
    "roll back checkout in default",
    # Ours.
    "restart frontend from kube-system",
    "bump default/payments to 3.1.0",
    "set LOG_LEVEL=debug on my-api within default",
    "kube-system/frontend needs 3 replicas",
    "add a liveness probe to payments inside kube-system",
]


@pytest.mark.parametrize("intent", _OTHER_NAMESPACE)
def test_a_namespace_of_the_cluster_other_than_the_sessions_is_asked(
    shop: Operator, intent: str
) -> None:
    question = asks(shop, intent).question or ""
    assert "names namespace" in question
    assert "'shop'" in question


_SWITCHED_OFF = [
    # The attacker's.
    "stop autoscaling my-api",
    "turn off autoscaling for frontend",
    "pause autoscaling on payments",
    "turn off KEDA for worker",
    "stop backing up postgres",
    "disable the postgres backup",
    "disable monitoring for frontend",
    "stop monitoring payments",
    "stop spreading my-api across zones",
    "turn off the liveness probe of my-api",
    "stop running payments as non-root",
    "make my-api less available",
    # Ours.
    "switch the autoscaler off for worker",
    "we no longer need backups of postgres",
    "suspend the nightly backup schedule of postgres",
    "turn metrics scraping off for my-api",
    "my-api autoscaling off please",
    "deactivate the readiness probe on frontend",
    "reduce the availability of payments",
    "halt zone spreading for frontend",
]


@pytest.mark.parametrize("intent", _SWITCHED_OFF)
def test_a_capability_switched_off_or_weakened_is_asked(shop: Operator, intent: str) -> None:
    assert "switching a capability off" in (asks(shop, intent).question or "")


_EVERYONE = [
    # The attacker's.
    "allow everyone to reach my-api",
    "let any pod reach postgres",
    "allow all traffic to postgres",
    # Ours.
    "permit anyone to connect to payments",
    "let all pods talk to my-api",
    "open frontend to the world",
    "allow traffic to postgres from anywhere",
    "accept any incoming traffic on payments",
]


@pytest.mark.parametrize("intent", _EVERYONE)
def test_everyone_let_in_is_asked(shop: Operator, intent: str) -> None:
    assert "lets everyone in" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "allow only pods with tier=backend to reach postgres",
        "allow just the pods having role=api to reach payments",
        "permit only pods carrying tier=web to call my-api",
    ],
)
def test_an_allowance_planned_as_a_deny_all_is_asked(shop: Operator, intent: str) -> None:
    # Asked: either the deny-all the rules would write, or the label no workload carries.
    asks(shop, intent)


_NOT_A_REQUEST = [
    # The attacker's.
    "cancel: scale my-api to 4",
    "should I scale my-api to 4?",
    # Ours.
    "scale my-api to 4 -- cancelled",
    "abort: restart payments",
    "should we roll back checkout?",
    "is it safe to restart payments now?",
    "do I need to bump frontend to 2.2.0?",
    "what if we delete worker",
    "restart frontend. cancel",
]


@pytest.mark.parametrize("intent", _NOT_A_REQUEST)
def test_a_question_or_a_withdrawn_order_is_asked(shop: Operator, intent: str) -> None:
    assert "changed nothing" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("scale my-api to 4 in shop", "scale"),
        ("scale my-api to 4 in the shop namespace", "scale"),
        ("turn on autoscaling for my-api", "apply"),
        ("enable monitoring for payments", "apply"),
        ("only frontend may reach my-api", "apply"),
        ("allow only pods labelled tier=backend to reach postgres", "apply"),
        ("stop payments from being reached by worker except frontend", None),
        ("can you scale my-api to 4?", "scale"),
        ("please scale my-api to 4", "scale"),
        ("set LOG_LEVEL=debug in my-api-config", None),
        ("add a liveness probe to my-api", "patch"),
        ("we should make postgres highly available", None),
        ("back up postgres nightly", "apply"),
    ],
)
def test_near_misses_still_plan(shop: Operator, intent: str, kind: str | None) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    if kind is None:
        # Planned or asked for its own reason, never by these gates.
        question = proposal.question or ""
        assert "changed nothing" not in question
        assert "switching a capability off" not in question
        assert "names namespace" not in question
        return
    _, body = plans(shop, intent)
    assert f'"kind": "{kind}"' in body
