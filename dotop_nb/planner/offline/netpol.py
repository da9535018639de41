"""NetworkPolicies beyond "only A may reach B": a namespace default-deny, and egress limited to
DNS. ("only frontend may reach payments on port 8080" is :func:`.addons.security`.)

Example::

    default deny ingress in this namespace
    → NetworkPolicy default-deny-ingress {podSelector: {}, policyTypes: [Ingress]}
    limit worker's egress to DNS
    → NetworkPolicy worker-egress-dns {podSelector: app=worker, egress: udp+tcp 53}
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import ApplyOp, Target
from dotop_nb.planner.offline import addons
from dotop_nb.planner.offline.context import Ctx, pod_labels, selector
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
# Egress limited to name resolution ("limit worker egress to DNS only").
DNS_EGRESS = re.compile(
    r"\begress\b.*\bdns\b|\bdns\b.*\begress\b|\bonly (?:talk to|reach|resolve|use) dns\b|"
    r"\boutbound\b.*\bdns\b"
)
_RISKS = [
    "NetworkPolicies take effect only with a network plugin that enforces them (Calico, Cilium, …)",
]


def _apply(ctx: Ctx, manifest: Json, why: str) -> tuple[ApplyOp, Target]:
    target = Target.of(manifest)
    return ApplyOp(target=target, manifest=manifest, reason=why), target


def network_policy(ctx: Ctx) -> PlanResult:
    """A default-deny for the namespace, or DNS-only egress for a workload."""
    text = ctx.text
    if re.search(r"\bdns\b", text):
        target, obj = ctx.workload()
        manifest: Json = {
            "apiVersion": "networking.k8s.io/v1",
            "kind": "NetworkPolicy",
            "metadata": {
                "name": f"{target.name}-egress-dns"[:63].rstrip("-"),
                "namespace": ctx.namespace,
                "labels": dict(pod_labels(obj)),
            },
            "spec": {
                "podSelector": {"matchLabels": selector(obj)},
                "policyTypes": ["Egress"],
                "egress": [
                    {
                        "to": [{"namespaceSelector": {}}],
                        "ports": [
                            {"protocol": "UDP", "port": 53},
                            {"protocol": "TCP", "port": 53},
                        ],
                    }
                ],
            },
        }
        op, policy = _apply(ctx, manifest, f"{target.describe()} may only resolve names (DNS)")
        return PlanResult(
            category="security",
            operations=[op],
            analysis=(
                f"A NetworkPolicy selects the pods of {target.describe()} and allows egress only "
                "to port 53 (UDP and TCP, DNS) in any namespace; every other outbound connection "
                "is denied. Ingress is not changed."
            ),
            risks=[*_RISKS, f"{target.describe()} can no longer call any other service"],
            capabilities=["network-policy"],
            targets=[target, policy],
            validation_plan=[f"{policy.describe()} exists"],
        )
    ingress = bool(re.search(r"\bingress\b|\bincoming\b|\binbound\b", text))
    egress = bool(re.search(r"\begress\b|\boutgoing\b|\boutbound\b", text))
    both = bool(re.search(r"\ball (?:traffic|connections)\b|\bboth\b", text))
    types = (
        ["Ingress", "Egress"]
        if both or (ingress and egress)
        else ["Egress"]
        if egress
        else ["Ingress"]
    )
    if ctx.workloads():
        # "deny all ingress to postgres except from my-api": one workload's policy.
        return addons.security(ctx)
    name = "default-deny-" + ("all" if len(types) == 2 else types[0].lower())
    manifest = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": name, "namespace": ctx.namespace},
        "spec": {"podSelector": {}, "policyTypes": types},
    }
    op, policy = _apply(ctx, manifest, f"deny all {' and '.join(types).lower()} by default")
    risks = [
        *_RISKS,
        "every pod of the namespace loses "
        + " and ".join(t.lower() for t in types)
        + " until a policy allows it",
    ]
    if "Egress" in types:
        risks.append("denying egress also denies DNS: add a DNS egress allowance")
    return PlanResult(
        category="security",
        operations=[op],
        analysis=(
            f"A default-deny NetworkPolicy selects every pod of namespace {ctx.namespace!r} and "
            f"allows no {' and no '.join(t.lower() for t in types)}; policies that allow "
            "specific traffic are added on top of it."
        ),
        risks=risks,
        capabilities=["network-policy"],
        targets=[policy],
        validation_plan=[f"{policy.describe()} exists"],
    )
