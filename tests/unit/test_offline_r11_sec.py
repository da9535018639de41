"""Pod-spec security fields and NetworkPolicies said the way a security reviewer says them
(planner/offline/podsecurity.py, pulls.py, netpol.py, addons.security): a field by its name
(``seccompProfile type RuntimeDefault``, ``privileged false``, ``runAsNonRoot, user 10001``),
"neither … nor" over two settings (both set), "make it read-only" after a finding, the pull
policy after the field or the arrow, whose egress an "egress policy on X" is, and the port and
sources of the clause that allows (a finding before it is context). Each is also tried after a
"SR-12 (High): <finding>." label. The phrasings are this helper's own; the near misses must
still ask (or still plan what they said before)."""

from __future__ import annotations

from typing import Any

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

_LABEL = "SR-12 (High): "


def _only(shop: Operator, said: str) -> tuple[str, Any]:
    """The one operation planned for ``said``: its summary and its patch (or manifest)."""
    p, _ = plans(shop, said)
    assert len(p.operations) == 1, [o.summary() for o in p.operations]
    op = p.operations[0]
    return op.summary(), getattr(op, "patch", None) or getattr(op, "manifest", None)


def _containers(patch: Any) -> dict[str, Any]:
    return {
        c["name"]: c.get("securityContext")
        for c in patch["spec"]["template"]["spec"].get("containers", [])
    }


def _pod(patch: Any) -> Any:
    return patch["spec"]["template"]["spec"].get("securityContext")


@pytest.mark.parametrize("label", ["", _LABEL])
@pytest.mark.parametrize(
    ("said", "workload", "box"),
    [
        (
            "checkout's root filesystem is writable. Make it read-only.",
            "deployment/checkout",
            {"checkout": {"readOnlyRootFilesystem": True}},
        ),
        (
            "the payments container can write to its disk; it should be read-only",
            "deployment/payments",
            {"payments": {"readOnlyRootFilesystem": True}},
        ),
        (
            "Make worker read-only.",
            "deployment/worker",
            {"worker": {"readOnlyRootFilesystem": True}},
        ),
        (
            "postgres has a writable root fs, make it read-only",
            "statefulset/postgres",
            {"postgres": {"readOnlyRootFilesystem": True}},
        ),
        (
            "the checkout container must be neither privileged nor able to escalate: "
            "privileged false, allowPrivilegeEscalation false.",
            "deployment/checkout",
            {"checkout": {"allowPrivilegeEscalation": False, "privileged": False}},
        ),
        (
            "worker must be neither privileged nor able to escalate.",
            "deployment/worker",
            {"worker": {"allowPrivilegeEscalation": False, "privileged": False}},
        ),
        (
            "frontend must not run privileged",
            "deployment/frontend",
            {"web": {"privileged": False}},
        ),
        (
            "no privileged containers in payments",
            "deployment/payments",
            {"payments": {"privileged": False}},
        ),
        (
            "capabilities: drop ALL on my-api",
            "deployment/my-api",
            {"api": {"capabilities": {"drop": ["ALL"]}}},
        ),
        (
            "frontend should be read-only and drop all capabilities",
            "deployment/frontend",
            {"web": {"readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]}}},
        ),
    ],
)
def test_container_fields_said_by_a_reviewer(
    shop: Operator, label: str, said: str, workload: str, box: dict[str, Any]
) -> None:
    summary, patch = _only(shop, label + said)
    assert summary == f"patch {workload} in shop (strategic)"
    assert _containers(patch) == box
    assert _pod(patch) is None


@pytest.mark.parametrize("label", ["", _LABEL])
@pytest.mark.parametrize(
    ("said", "workload", "pod"),
    [
        (
            "payments has no seccomp profile. Set seccompProfile type RuntimeDefault on payments.",
            "deployment/payments",
            {"seccompProfile": {"type": "RuntimeDefault"}},
        ),
        (
            "frontend lacks a seccomp profile. Apply RuntimeDefault.",
            "deployment/frontend",
            {"seccompProfile": {"type": "RuntimeDefault"}},
        ),
        (
            "use the RuntimeDefault seccomp profile for orders",
            "deployment/orders",
            {"seccompProfile": {"type": "RuntimeDefault"}},
        ),
        (
            "checkout ran as root in the pentest. Make it run as non-root (runAsNonRoot, "
            "user 2000).",
            "deployment/checkout",
            {"runAsNonRoot": True, "runAsUser": 2000},
        ),
        (
            "run my-api as non-root user 10001",
            "deployment/my-api",
            {"runAsNonRoot": True, "runAsUser": 10001},
        ),
    ],
)
def test_pod_fields_said_by_a_reviewer(
    shop: Operator, label: str, said: str, workload: str, pod: dict[str, Any]
) -> None:
    summary, patch = _only(shop, label + said)
    assert summary == f"patch {workload} in shop (strategic)"
    assert _pod(patch) == pod
    assert "containers" not in patch["spec"]["template"]["spec"]


@pytest.mark.parametrize("label", ["", _LABEL])
@pytest.mark.parametrize(
    ("said", "workload", "container", "policy"),
    [
        (
            "with IfNotPresent a stale tag can linger. Set imagePullPolicy Always on checkout.",
            "checkout",
            "checkout",
            "Always",
        ),
        (
            "CHG-77 | payments | imagePullPolicy | IfNotPresent → Always",
            "payments",
            "payments",
            "Always",
        ),
        ("orders envoy imagePullPolicy: Always -> IfNotPresent", "orders", "envoy", "IfNotPresent"),
        (
            "worker pulls IfNotPresent today; switch its pull policy to Always",
            "worker",
            "worker",
            "Always",
        ),
        ("change frontend's pull policy from IfNotPresent to Always", "frontend", "web", "Always"),
    ],
)
def test_the_pull_policy_is_the_one_after_the_field_or_the_arrow(
    shop: Operator, label: str, said: str, workload: str, container: str, policy: str
) -> None:
    summary, patch = _only(shop, label + said)
    assert summary == f"patch deployment/{workload} in shop (strategic)"
    assert patch["spec"]["template"]["spec"]["containers"] == [
        {"name": container, "imagePullPolicy": policy}
    ]


def _ingress(manifest: Any) -> tuple[dict[str, str], list[dict[str, str]], list[int]]:
    spec = manifest["spec"]
    assert spec["policyTypes"] == ["Ingress"]
    (rule,) = spec["ingress"]
    sources = [f["podSelector"]["matchLabels"] for f in rule["from"]]
    ports = [p["port"] for p in rule.get("ports", [])]
    return spec["podSelector"]["matchLabels"], sources, ports


@pytest.mark.parametrize("label", ["", _LABEL])
@pytest.mark.parametrize(
    ("said", "guarded", "sources", "ports"),
    [
        (
            "payments accepts connections from every pod. Only pods labelled tier=backend may "
            "reach payments.",
            {"app": "payments"},
            [{"tier": "backend"}],
            [],
        ),
        (
            # (8443, which payments does not serve, is asked since round 15)
            "the admin port 9901 on payments is reachable from any pod. Allow ingress to "
            "payments only on port 8080 and only from checkout.",
            {"app": "payments"},
            [{"app": "checkout", "tier": "backend"}],
            [8080],
        ),
        (
            # the finding joined by ';' (round 11 focus: the report before it is context)
            "orders exposes port 9901 to everyone; allow ingress to orders only on port 8080 "
            "and only from checkout.",
            {"app": "orders"},
            [{"app": "checkout", "tier": "backend"}],
            [8080],
        ),
        (
            "Allow ingress to orders only on port 8080 and only from checkout.",
            {"app": "orders"},
            [{"app": "checkout", "tier": "backend"}],
            [8080],
        ),
        (
            "from a compromised worker pod the attacker could reach postgres directly. Only "
            "my-api and orders pods should talk to postgres on 5432.",
            {"app": "postgres"},
            [{"app": "my-api", "tier": "backend"}, {"app": "orders", "tier": "backend"}],
            [5432],
        ),
    ],
)
def test_the_allowing_clause_gives_port_and_sources(
    shop: Operator,
    label: str,
    said: str,
    guarded: dict[str, str],
    sources: list[dict[str, str]],
    ports: list[int],
) -> None:
    summary, manifest = _only(shop, label + said)
    assert summary.startswith("apply networkpolicy/")
    assert _ingress(manifest) == (guarded, sources, ports)


@pytest.mark.parametrize("label", ["", _LABEL])
@pytest.mark.parametrize(
    ("said", "source", "to", "port"),
    [
        (
            "stop worker from calling out to the internet. Egress NetworkPolicy on worker "
            "allowing only postgres on 5432 (plus DNS).",
            "worker",
            "postgres",
            5432,
        ),
        ("Egress policy for my-api: only postgres on 5432 and dns", "my-api", "postgres", 5432),
        (
            "egress rules on checkout allowing only payments on 8080 plus DNS",
            "checkout",
            "payments",
            8080,
        ),
    ],
)
def test_an_egress_policy_on_a_workload_is_its_own(
    shop: Operator, label: str, said: str, source: str, to: str, port: int
) -> None:
    summary, manifest = _only(shop, label + said)
    assert summary == f"apply networkpolicy/{source}-egress-dns in shop"
    spec = manifest["spec"]
    assert spec["podSelector"]["matchLabels"] == {"app": source}
    assert spec["policyTypes"] == ["Egress"]
    dns, allowed = spec["egress"]
    assert {p["port"] for p in dns["ports"]} == {53}
    assert allowed == {
        "to": [{"podSelector": {"matchLabels": {"app": to}}}],
        "ports": [{"protocol": "TCP", "port": port}],
    }


@pytest.mark.parametrize(
    "said",
    [
        # loosening, or a value the planner cannot place
        "make checkout privileged",
        "set privileged: true on worker",
        "worker must be privileged and able to escalate",
        "set seccompProfile Unconfined on orders",
        "run worker as user 0",
        # read-only of something that is no root filesystem, or of a database's data
        "make postgres read-only",
        "give worker read-only access to the secrets",
        "make the frontend volume read-only",
        "don't make worker read-only",
        # two pull policies with neither placed, or the new one negated
        "imagePullPolicy Always or IfNotPresent on worker",
        "keep imagePullPolicy IfNotPresent on frontend, don't switch to Always",
        # "neither … nor" over actions or workloads is still a negation
        "neither restart nor scale payments",
        "neither orders nor payments should be privileged",
        # an egress policy without DNS is never planned as an ingress one
        "egress NetworkPolicy on worker allowing only postgres",
        "worker may only talk out to postgres",
        # two ports in the allowing clauses
        "only checkout may reach orders on port 8080 or 9901",
        # everyone let in, with no allow-list closing it
        "allow everyone to reach payments",
        # a label not read as the source is never shut out by a deny-all
        "Restrict ingress to postgres to pods with tier=backend.",
    ],
)
def test_near_misses_still_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "summaries"),
    [
        # a description of privileged mode chooses no security rule
        (
            "user 10001 reported checkout errors, restart checkout",
            ["restart the pods of deployment/checkout in shop"],
        ),
        # "egress is fine": no egress asked for
        (
            "payments should only accept traffic from checkout, egress is fine",
            ["apply networkpolicy/payments-allow-from-checkout in shop"],
        ),
        # one port ending the allow-list
        (
            "payments should only take connections from checkout, 8080",
            ["apply networkpolicy/payments-allow-from-checkout in shop"],
        ),
        # a finding judged with a pronoun, then its fix
        (
            "the worker container is running as root, this is not allowed, please change it "
            "to a non-root user",
            ["patch deployment/worker in shop (strategic)"],
        ),
        # the policy's fields: its podSelector receives, "ingress from" is the source
        (
            "NetworkPolicy orders-in: podSelector app=orders, ingress from app=checkout on "
            "port 8080",
            ["apply networkpolicy/app-orders-allow-from-app-checkout in shop"],
        ),
        # whose egress, said with "from", locked down to DNS
        (
            "I'd like egress from checkout locked down, it only needs DNS",
            ["apply networkpolicy/checkout-egress-dns in shop"],
        ),
        # a DB mode said as a variable stays the variable
        (
            "set DB_MODE to read-only on payments",
            ["patch deployment/payments in shop (strategic)"],
        ),
    ],
)
def test_near_misses_still_plan(shop: Operator, said: str, summaries: list[str]) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == summaries
    assert "privileged" not in body


@pytest.mark.parametrize(
    "said",
    [
        # a pronoun judging the request itself, not a state said before it
        "restart payments, this is not allowed",
        # a source blocked, never an allow-list
        "block traffic from worker",
    ],
)
def test_judgements_and_blocks_still_ask(shop: Operator, said: str) -> None:
    asks(shop, said)
