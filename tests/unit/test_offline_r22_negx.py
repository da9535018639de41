"""Round 23, helper negx: an exception, a negation or an "off" said with the order is never done.

The shapes (third black-box attack of round 22): (1) an EXCEPTION to a hardening said any way —
a field by its own name ("but not readOnlyRootFilesystem", "except runAsNonRoot", "except the
sidecar"), a setting kept ("; keep root fs rw", "allowPrivilegeEscalation stays true", "RO
rootfs off") or what the workload needs ("(rootfs writable)", "it needs root"): the plan set what
was excepted; (2) a thing REFUSED by name ("no pdb for payments", "payments HA off", "payments
needs no HA", "exempt payments from monitoring"): the plan added it; (3) a REFUSAL after the order
("restart payments non", "… (nope)", "…: veto", "…: NACK", "scrap restart payments"); (4) a TIME
or a part EXCLUDED ("any time but friday" awaited friday; "…, but not friday", "… but not for
payments"); (5) a region or colour said as the PART to change ("… but only in eu", "restart
payments green"). Each is asked (saidparts, speech); the nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) An exception to a hardening, said any way: asked, never the excepted setting set.
@pytest.mark.parametrize(
    "intent",
    [
        "harden payments, except readOnlyRootFilesystem",
        "harden payments; keep root fs rw",
        "harden payments; RO rootfs off",
        "harden payments but not readOnlyRootFilesystem",
        "harden payments excluding readOnlyRootFilesystem",
        "harden payments except runAsNonRoot",
        "harden payments - but rootfs must stay writable",
        "harden payments, rootfs writable",
        "harden payments (rootfs writable)",
        "harden payments with a writable root filesystem",
        "harden payments, it needs to write to disk",
        "harden payments, it needs root",
        "harden payments; it must run as root",
        "harden payments; runs as root, keep it that way",
        "harden payments, allowPrivilegeEscalation stays true",
        "harden checkout except readOnlyRootFilesystem",
        "harden my-api but not readOnlyRootFilesystem",
        "apply the restricted profile to payments except readOnlyRootFilesystem",
        "harden orders except the sidecar",
        "harden payments and checkout except readOnlyRootFilesystem",
        # phrasings of our own
        "harden checkout apart from allowPrivilegeEscalation",
        "harden orders, leave the envoy container alone",
        "harden frontend (it writes to /tmp)",
        "harden checkout; runAsNonRoot stays off",
        "lock down payments but it requires root",
        "harden payments without seccompProfile",
    ],
)
def test_an_exception_to_a_hardening_is_asked(shop: Operator, intent: str) -> None:
    question = (asks(shop, intent).question or "").lower()
    assert "readonlyrootfilesystem: true" not in question


# (2) A thing refused by name while the plan would add it: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "stop payments alerting",
        "stop payments from alerting",
        "payments alerting off",
        "payments alerts off",
        "payments HA off",
        "payments alerts: off",
        "payments alerting: disabled",
        "payments alerts disabled",
        "no pdb for payments",
        "no hpa for checkout",
        "no backups for postgres",
        "no monitoring for payments",
        "no HA for payments",
        "payments: no pdb",
        "checkout: no hpa",
        "postgres: no backups",
        "no need for a pdb on payments",
        "no need for monitoring on payments",
        "payments needn't be monitored",
        "payments needs no HA",
        "payments needn't be HA",
        "payments HA not required",
        "exempt payments from monitoring",
        # phrasings of our own
        "checkout doesn't need an hpa",
        "orders: pdb not needed",
        "frontend high availability off",
        "no alerts for frontend please",
        "postgres backups: not required",
    ],
)
def test_a_thing_refused_by_name_is_never_added(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# (3) A refusal after the order, or a first word that cancels it.
@pytest.mark.parametrize(
    "intent",
    [
        "restart payments non",
        "restart payments s'il vous plaît non",
        "restart payments (nope)",
        "restart payments: veto",
        "restart payments: NACK",
        "scrap restart payments",
        # phrasings of our own
        "restart checkout (nah)",
        "scale worker to 4: vetoed",
        "restart frontend nein",
        "nix restart orders",
    ],
)
def test_a_refusal_with_the_order_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# (4) A time or a part excluded: the plan can carry neither, so it is asked.
@pytest.mark.parametrize(
    "intent",
    [
        "set REGION=eu-west-1 in shared-config but not for payments",
        "restart payments any time but tonight",
        "scale checkout to 4, but not friday",
        "restart payments, not at lunch",
        "restart payments but not at lunchtime",
        "bump frontend to 2.2.0 any time but friday",
        "harden payments any time but this week",
        "scale checkout to 4 any time but during the sale",
        # phrasings of our own
        "restart orders whenever except monday",
        "scale worker to 3, not during business hours",
        "roll back checkout but not on the weekend",
    ],
)
def test_an_excluded_time_or_part_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# (5) A region or a colour as the part to change, while the plan changes every pod.
@pytest.mark.parametrize(
    "intent",
    [
        "bump frontend to 2.2.0 but only in eu",
        "bump frontend to 2.2.0 for eu only",
        "restart payments green",
        "restart payments in eu",
        # phrasings of our own
        "restart checkout in us-east-1",
        "scale frontend to 4 only in apac",
        "restart orders blue",
    ],
)
def test_a_region_or_colour_part_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# The nearest plain orders still plan.
@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("harden payments", "Deployment"),
        ("run payments as non-root", "Deployment"),
        ("harden payments with a read-only root filesystem", "Deployment"),
        ("disable privilege escalation on payments", "Deployment"),
        ("make payments HA", "PodDisruptionBudget"),
        ("make payments HA, no downtime", "PodDisruptionBudget"),
        ("add a pdb for payments", "PodDisruptionBudget"),
        ("payments needs a pdb", "PodDisruptionBudget"),
        ("add an hpa for checkout", "HorizontalPodAutoscaler"),
        ("back up postgres nightly", "Schedule"),
        ("monitor payments", "ServiceMonitor"),
        ("scale payments to 4", "Deployment"),
        ("scale payments to 4, not 5", "Deployment"),
        ("restart payments, not worker", "Deployment"),
        ("restart payments (now)", "Deployment"),
        ("restart payments in shop", "Deployment"),
        ("set REGION=eu-west-1 in shared-config", "ConfigMap"),
        ("scale payments to 4 (non-prod)", "Deployment"),
    ],
)
def test_the_nearest_plain_orders_still_plan(shop: Operator, intent: str, kind: str) -> None:
    proposal, _ = plans(shop, intent)
    assert kind in {o.target.kind for o in proposal.operations}


def test_a_later_order_still_carries_its_time(shop: Operator) -> None:
    proposal, _ = plans(shop, "scale worker to 4 tomorrow")
    assert "tomorrow" in (proposal.awaits or "")
