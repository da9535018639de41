"""Round 17, helper analogy: a comparison said beside the order only explains it
(:mod:`dotop_nb.planner.offline.comparisons`). A Linux administrator says the change and what it
would be in the world they know — "like a zombie process", "think ufw default deny:", "the
MemoryMax=512M equivalent", ", i.e. a firewalld rich rule …", "à la the old cron-driven ansible
scaling" — and the comparison's words (DROP, cron, "would", a negation, a time word) must not
trip the checks meant for real orders. The reason a time was chosen ("…, that's when the nightly
batch is done") is read the same way. What stays asked: a comparison that carries the only value
or the only statement of what to do, one after a verb of manner, one that names a workload, and
a real second order or a deletion said beside it."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import comparisons
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)

_NAMES = frozenset({"worker", "orders", "payments", "frontend", "checkout", "my-api", "postgres"})


def _names() -> frozenset[str]:
    return _NAMES


# --------------------------------------------------------------------- inline comparisons


@pytest.mark.parametrize(
    ("intent", "kind", "target", "inside"),
    [
        # The negation, "would" and a time word live in the comparison.
        (
            "bounce worker, nothing has changed on our end, it's stuck like a process in D state",
            "rollout_restart",
            "worker",
            [],
        ),
        (
            "scale orders to 3, like we used to do with ansible across three boxes",
            "scale",
            "orders",
            [],
        ),
        (
            "page me like a zabbix disaster trigger if orders is down for 5 minutes",
            "apply",
            "orders",
            ["orders"],
        ),
        (
            "hpa on checkout, min 2 max 6, 70% cpu, à la the old cron-driven ansible scaling",
            "apply",
            "checkout",
            ['"minReplicas": 2', '"maxReplicas": 6'],
        ),
        (
            "no pod of frontend may escalate privileges the way a sudo binary would, drop all "
            "capabilities",
            "patch",
            "frontend",
            ['"allowPrivilegeEscalation": false', '"ALL"'],
        ),
    ],
)
def test_an_inline_comparison_is_context(
    shop: Operator, intent: str, kind: str, target: str, inside: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == [kind]
    assert target in proposal.operations[0].target.name
    for value in inside:
        assert value in body


# --------------------------------------------------------------------- a lead before a colon


@pytest.mark.parametrize(
    ("intent", "kind", "inside"),
    [
        (
            "think ufw DROP on everything inbound: default deny ingress for all pods in the "
            "namespace",
            "apply",
            ["NetworkPolicy"],
        ),
        ("MemoryMax=1G equivalent for worker: a memory limit of 1Gi", "patch", ['"1Gi"']),
        (
            "we never want to hand-tune replicas again like we did with cron: hpa on orders, "
            "min 2 max 4, cpu 60%",
            "apply",
            ['"maxReplicas": 4'],
        ),
        (
            "in systemd terms Restart=on-failure: add a liveness probe on my-api hitting "
            "/healthz port 8080",
            "patch",
            ["livenessProbe"],
        ),
    ],
)
def test_a_comparison_lead_is_context(
    shop: Operator, intent: str, kind: str, inside: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == [kind]
    for value in inside:
        assert value in body


def test_the_lead_keeps_the_workload_it_names_for_the_order() -> None:
    said = "CPUQuota=25% equivalent for orders: a cpu limit of 250m"
    assert comparisons.read(said, _names) == "a cpu limit of 250m for orders"


# --------------------------------------------------------------------- an appositive


@pytest.mark.parametrize(
    "intent",
    [
        "only checkout may talk to payments on port 8080, i.e. a firewalld rich rule accepting "
        "that one source and dropping the rest",
        "only frontend may reach checkout, an nftables accept from it and drop for everyone else",
        "only orders should reach postgres, basically an iptables DROP policy with one ACCEPT",
        # The workload the comparison names is the order's own.
        "only orders may reach postgres on 5432, a pf pass rule from orders and block drop for "
        "the rest",
    ],
)
def test_an_appositive_in_another_systems_words_is_context(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["NetworkPolicy"]


# --------------------------------------------------------------------- what something is there


def test_a_workload_said_as_a_template_unit_then_what_follows() -> None:
    said = (
        "orders is basically an orders@.service unit and we run orders@1 to orders@3, so three "
        "replicas"
    )
    assert comparisons.read(said, _names) == "orders: three replicas"


def test_template_instances_are_no_time(shop: Operator) -> None:
    proposal, body = plans(
        shop,
        "payments is really a payments@.service template unit, payments@1 through payments@3, "
        "so three replicas",
    )
    assert proposal.awaits is None
    assert '"replicas": 3' in body


# --------------------------------------------------------------------- why that time


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("restart orders at 23:00, that's when the nightly batch is done", "23:00"),
        ("restart worker at 22:00 which is when the queue drains", "22:00"),
        ("bounce payments at 2am since that's when traffic is lowest", "2am"),
    ],
)
def test_the_reason_for_a_time_is_context(shop: Operator, intent: str, awaits: str) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.awaits is not None
    assert awaits in proposal.awaits
    assert [o.kind for o in proposal.operations] == ["rollout_restart"]


# --------------------------------------------------------------------- still asked


@pytest.mark.parametrize(
    "intent",
    [
        # The comparison carries the only value.
        "set payments cpu like CPUQuota=50%",
        # After a verb of manner: how is what.
        "run worker like a cron job every night at 2",
        "make orders behave like a systemd oneshot unit",
        # Nothing else to do.
        "do it like we did with cron and ansible",
        # A workload compared with: what is copied.
        "scale payments like orders",
        # A real second order inside the appositive.
        "only frontend should reach my-api, an iptables ACCEPT from frontend and drop the "
        "worker deployment",
        # A deletion after a comparison lead: asked on its own.
        "think iptables DROP: delete worker",
        # A rule said beside it, not a report of what happened.
        "restart orders, nothing should change",
        # The reason names another workload.
        "restart orders at 18:00, that's when worker is idle",
        # A day said in the comparison may be when the order runs.
        "like we did on black friday: scale worker to 5",
    ],
)
def test_a_comparison_that_may_be_the_order_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "said",
    [
        "I'd like worker at 3 replicas",
        "it looks like a memory leak, restart frontend",
        "restart things like the payments pods",
        "scale orders like payments has it",
    ],
)
def test_a_wish_a_look_or_an_example_is_no_comparison(said: str) -> None:
    assert comparisons.read(said, _names) == said


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "alert like a nagios CRITICAL when orders is down for 2 minutes",
            "alert when orders is down for 2 minutes",
        ),
        ("restart postgres, it's wedged like a zombie", "restart postgres, it's wedged"),
        (
            "think iptables INPUT policy DROP: default deny all ingress in the namespace",
            "default deny all ingress in the namespace",
        ),
    ],
)
def test_what_is_taken_out(said: str, read: str) -> None:
    assert comparisons.read(said, _names) == read


# --------------------------------------------------------------------- what the checks read


@pytest.mark.parametrize(
    "intent",
    [
        "alert when payments has been unavailable for 3 minutes",
        "page me if orders stays down for 5 minutes",
    ],
)
def test_an_outage_said_as_it_lasts_is_an_availability_alert(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["PrometheusRule"]


def test_gaining_privileges_negated_is_no_escalation(shop: Operator) -> None:
    _, body = plans(
        shop, "nobody in checkout should be able to gain privileges, drop all capabilities"
    )
    assert '"allowPrivilegeEscalation": false' in body


@pytest.mark.parametrize(
    "intent",
    ["restart postgres, nothing changed since friday", "kick orders, nobody touched it"],
)
def test_no_change_made_is_a_report(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["rollout_restart"]


@pytest.mark.parametrize(
    "intent", ["restart orders, nothing changes", "restart orders and nothing should change"]
)
def test_no_change_as_a_rule_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
