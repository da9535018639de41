"""Round 18, helper foreign: an order said in a neighbouring tool's words
(:mod:`dotop_nb.planner.offline.foreign`). People who run Nomad, Consul, Docker, Swarm, Compose,
systemd, Cloud Foundry or Heroku paste what they would type there — a command or a config stanza,
often as a Markdown code span — and ask for "the k8s version of that". A command or stanza the
table knows is the order it means; a remark that only says "here, in Kubernetes" goes with it; a
restatement that adds nothing is read once. What stays asked: a span as a value, a span glued to a
token, a shell metacharacter in it, a command the table does not know or cannot say exactly (a
Nomad version other than the first, a stop), a workload that is not there, and a restatement that
adds a number or an order."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import foreign, paas
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)

_NAMES = frozenset({"worker", "orders", "payments", "frontend", "checkout", "my-api", "postgres"})


def _names() -> frozenset[str]:
    return _NAMES


# --------------------------------------------------------------------- pasted commands


@pytest.mark.parametrize(
    ("intent", "kind", "target", "inside"),
    [
        ("`docker service scale worker=2` but on k8s", "scale", "worker", ['"replicas": 2']),
        (
            "the k8s equivalent of `nomad job scale frontend 5`",
            "scale",
            "frontend",
            ['"replicas": 5'],
        ),
        ("`docker compose up -d --scale worker=4`", "scale", "worker", ['"replicas": 4']),
        (
            "`systemctl restart payments`, the kubernetes equivalent",
            "rollout_restart",
            "payments",
            [],
        ),
        ("`nomad job restart my-api` please", "rollout_restart", "my-api", []),
        ("`docker restart frontend` in k8s terms", "rollout_restart", "frontend", []),
        ("`cf restart checkout`", "rollout_restart", "checkout", []),
        ("`heroku restart -a my-api`", "rollout_restart", "my-api", []),
        ("`nomad alloc restart` for all the worker allocs", "rollout_restart", "worker", []),
        ("docker service rollback checkout — the k8s version", "rollout_undo", "checkout", []),
        ("nomad job restart my-api, the kubernetes way", "rollout_restart", "my-api", []),
        (
            "docker restart payments, or whatever the equivalent is here",
            "rollout_restart",
            "payments",
            [],
        ),
        (
            "`docker compose restart worker` — kubernetes version please",
            "rollout_restart",
            "worker",
            [],
        ),
    ],
)
def test_a_pasted_command_is_the_order_it_means(
    shop: Operator, intent: str, kind: str, target: str, inside: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == [kind]
    assert proposal.operations[0].target.name == target
    for value in inside:
        assert value in body


def test_nomads_first_version_is_our_first_revision(shop: Operator) -> None:
    proposal, _ = plans(shop, "`nomad job revert checkout 0`, the k8s way")
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("rollout_undo", "checkout")]


def test_a_restatement_that_adds_nothing_is_read_once() -> None:
    said = foreign.read("`nomad job revert orders 0` equivalent: back to its first version", _names)
    assert said == "roll back orders to its first version"


def test_a_restatement_that_adds_something_stays() -> None:
    said = foreign.read("`nomad job scale worker 3` — and restart payments", _names)
    assert said == "scale worker to 3 — and restart payments"


def test_a_deletion_command_names_what_its_restatement_deletes(shop: Operator) -> None:
    assert deletes(shop, "`docker service rm worker` — remove the deployment") == {
        "Deployment/worker"
    }
    gone = deletes(
        shop,
        "`nomad job stop -purge orders`: delete the deployment and its service, keep "
        "orders-config for the compliance team",
    )
    assert "Deployment/orders" in gone
    assert not any(g.startswith("ConfigMap/") for g in gone)


# --------------------------------------------------------------------- pasted stanzas


@pytest.mark.parametrize(
    ("intent", "target", "inside"),
    [
        ("`count = 3` for worker", "worker", ['"replicas": 3']),
        ("`memory = 256` on frontend", "frontend", ['"requests": {"memory": "256Mi"}']),
        ("memory_max = 512 for worker", "worker", ['"limits": {"memory": "512Mi"}']),
        # Docker's "m" is MiB, never Kubernetes' milli.
        ("`docker update --memory 512m worker` in k8s", "worker", ['"memory": "512Mi"']),
        ("`docker update --cpus 0.5 frontend`, the kubernetes equivalent", "frontend", ['"cpu"']),
        (
            "`scaling { max = 8 min = 3 }` for payments, cpu 60%",
            "payments",
            ['"minReplicas": 3', '"maxReplicas": 8', '"averageUtilization": 60'],
        ),
        (
            "scaling { min = 1 max = 4 } for orders, cpu 80%",
            "orders",
            ['"minReplicas": 1', '"maxReplicas": 4'],
        ),
        (
            '`constraint { operator = "distinct_hosts" }` on checkout',
            "checkout",
            ["podAntiAffinity"],
        ),
        (
            "constraint { distinct_hosts = true } on payments",
            "payments",
            ["kubernetes.io/hostname"],
        ),
    ],
)
def test_a_pasted_stanza_is_the_setting_it_means(
    shop: Operator, intent: str, target: str, inside: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {target}
    for value in inside:
        assert value in body


# --------------------------------------------------------------------- Consul intentions


@pytest.mark.parametrize(
    ("intent", "allowed"),
    [
        ("consul intentions: deny * => payments, allow checkout => payments", "checkout"),
        (
            "in consul intentions: deny * => payments, allow checkout => payments and allow "
            "frontend => payments",
            "checkout-frontend",
        ),
        ("deny * -> postgres; allow orders -> postgres", "orders"),
    ],
)
def test_consul_intentions_with_a_default_deny_are_who_may_reach(
    shop: Operator, intent: str, allowed: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["NetworkPolicy"]
    assert proposal.operations[0].target.name.endswith(f"allow-from-{allowed}")


@pytest.mark.parametrize(
    "intent",
    [
        "deny * => postgres",  # no source allowed: which policy?
        "allow my-api => postgres, allow frontend => postgres",  # no default deny
        "deny * => postgres, allow ghost => postgres",  # no such workload
        "deny * => postgres, deny orders => postgres, allow my-api => postgres",
    ],
)
def test_other_intentions_stay_as_said(intent: str) -> None:
    assert foreign.read(intent, _names) == intent


# --------------------------------------------------------------------- what stays asked


@pytest.mark.parametrize(
    "intent",
    [
        "`nomad job revert checkout 2`",  # Nomad's version 2 is none of ours
        "`nomad job stop payments`",  # a stop is not said in our words
        "`nomad job stop -purge payments` — the k8s version of that",
        "`docker rm -f payments`",
        "`nomad job scale ghost 3` in k8s",  # no such workload
        "`systemctl restart payments; rm -rf /`",  # a shell metacharacter
        "set LOG_LEVEL on my-api to `docker restart worker`",  # a span as a value
        "frontend image to ghcr.io/acme/frontend:2.2.0`docker restart x`",  # glued to a token
        "`count = -1` for orders",
        "`cpu = 500` for frontend",  # MHz are no cores
        "`nomad alloc restart 3f2a` on frontend",  # one alloc
        "`nomad job revert checkout 0` equivalent: back to version 3",  # a number it lacks
        "`nomad job run payments.nomad`",
        "memory = 300 for worker",  # a unit forgotten, no stanza said
        "`memory_max = 100` on my-api",  # a limit below the request
    ],
)
def test_what_is_not_clear_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_kept_workload_for_a_reason_is_still_kept(shop: Operator) -> None:
    asks(shop, "delete worker, keep the worker deployment for the auditors")


def test_paas_reads_the_same_hedges() -> None:
    assert paas.read("heroku config:set MODE=fast -a worker, the k8s equivalent") == (
        "set MODE=fast on worker"
    )
