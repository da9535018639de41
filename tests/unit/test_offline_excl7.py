"""Exclusions never become inclusions (attacker 7, shape excl). A label selector said negated
("not labelled tier=backend", "without the label", "lacking", "tier!=backend") selects the
complement of the label set, never the set; in an allow-only NetworkPolicy a workload said kept
out or judged ("worker was hacked", "block worker", "payments is off limits", "not worker") is
never an allowed source or destination — the policy allows the others alone, or asks."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)

# The shop: frontend is the one Deployment not labelled tier=backend.
_BACKEND = {"cache", "checkout", "my-api", "orders", "payments", "worker"}


def _names(body: str) -> set[str]:
    return {op["target"]["name"] for op in json.loads(body)}


@pytest.mark.parametrize(
    "intent",
    [
        "restart all deployments not labelled tier=backend",
        "restart deployments not labeled tier=backend",
        "bounce every deployment that aren't tagged tier=backend",
        "rolling restart for deployments missing the label tier=backend",
        "set cpu requests to 200m on all deployments which don't carry tier=backend",
        "add liveness probes on /healthz to every deployment not labeled tier=backend",
        "scale every deployment that isn't labelled tier=backend to 2",
        "restart all deployments with tier!=backend",
        "restart every deployment that does not have tier=backend",
    ],
)
def test_a_negated_selector_is_the_complement(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert _names(body) == {"frontend"}


def test_a_negated_selector_beside_a_label_set_leaves_it_out(op: Operator) -> None:
    _, body = plans(
        op, "restart all deployments labelled tier=backend but not labelled app=payments"
    )
    assert _names(body) == _BACKEND - {"payments"}


@pytest.mark.parametrize(
    "intent",
    [
        # A label on nothing: "not labelled" would select every workload (a misspelt label).
        "restart all deployments not labelled tier=nope",
        # A Velero backup reads its own selector: the negation stays a question there.
        "back up everything not labelled tier=backend",
    ],
)
def test_a_negated_selector_that_cannot_be_read_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "allowed", "out"),
    [
        ("only frontend may reach payments; worker was hacked", "frontend", "worker"),
        ("only frontend may reach payments, block worker", "frontend", "worker"),
        ("only my-api may reach postgres, frontend should be blocked", "my-api", "frontend"),
        ("only checkout may reach orders, payments got breached", "checkout", "payments"),
        ("only checkout may call orders; keep payments out", "checkout", "payments"),
        (
            "orders should accept connections only from checkout, my-api is untrusted",
            "checkout",
            "my-api",
        ),
        ("let only frontend talk to my-api, reject payments", "frontend", "payments"),
        ("only checkout may reach orders, payments is quarantined", "checkout", "payments"),
        ("only frontend may reach payments and not worker", "frontend", "worker"),
        ("only frontend may reach payments, not from worker", "frontend", "worker"),
        ("lock down postgres so only my-api can connect, cut worker off", "my-api", "worker"),
    ],
)
def test_a_workload_kept_out_is_never_allowed(
    op: Operator, intent: str, allowed: str, out: str
) -> None:
    proposal, body = plans(op, intent)
    assert f'"app": "{allowed}"' in body
    assert f'"app": "{out}"' not in body
    assert f"{out} is not allowed" in proposal.analysis


def test_two_allowed_and_one_blacklisted(op: Operator) -> None:
    _, body = plans(op, "only checkout and my-api may reach orders, worker is blacklisted")
    assert '"app": "checkout"' in body
    assert '"app": "my-api"' in body
    assert '"app": "worker"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        "worker may only talk out to postgres and DNS, payments is off limits",
        "worker may only talk out to postgres and dns, not to payments",
        "my-api may only talk out to postgres and dns; frontend is blocked",
    ],
)
def test_an_egress_destination_kept_out_is_never_allowed(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"app": "postgres"' in body
    assert '"app": "payments"' not in body
    assert '"app": "frontend"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        # Said allowed, then kept out: which is it?
        "only frontend and payments may reach my-api, payments is compromised",
        "only worker may reach payments, worker was hacked",
    ],
)
def test_a_workload_said_allowed_and_kept_out_is_asked(op: Operator, intent: str) -> None:
    assert "allowed and kept out" in str(asks(op, intent).question)


@pytest.mark.parametrize(
    "intent",
    [
        "only frontend may reach payments, worker too",
        "deny all ingress to postgres except from my-api and payments",
        "payments should not be reachable by anything except frontend",
        "netpol for payments: ingress only from frontend",
    ],
)
def test_near_misses_still_allow_what_was_said(op: Operator, intent: str) -> None:
    plans(op, intent)
