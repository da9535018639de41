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
from dotop_nb.planner.offline import addons, parties, slots
from dotop_nb.planner.offline.context import Clarify, Ctx, pod_labels, selector
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
# Egress limited to name resolution ("limit worker egress to DNS only").
# The cluster's name resolver, by any of its names ("dns", "kube-dns", "coredns").
DNS = r"\b(?:kube-?|core-?)?dns\b"
DNS_EGRESS = re.compile(
    rf"\begress\b.*{DNS}|{DNS}.*\b(?:egress|outbound|outgoing)\b|"
    r"\bonly (?:talk to|reach|resolve|use) dns\b|"
    rf"\boutbound\b.*{DNS}|\b(?:talk|connect|go|call|reach)\s+out\b.*{DNS}|"
    # "must not connect anywhere except coredns", "may call nothing but kube-dns".
    r"\b(?:talk|connect|go|call|reach|send|open)\w*\s+(?:out\s+)?(?:to\s+)?(?:anywhere|anything|"
    rf"nowhere|nothing)\b.*{DNS}|"
    # "worker pods may only reach postgres and dns": DNS among the only destinations.
    rf"\bonly\b[^.;]*\b(?:reach|call|talk|connect|send)\w*\b[^.;]*{DNS}|"
    rf"\b(?:reach|call|talk|connect|send)\w*\b[^.;]*\b(?:except|besides|other\s+than)\b[^.;]*{DNS}"
)
# Every pod of the namespace said as where traffic is denied: "deny ingress namespace-wide",
# "block all incoming traffic to every pod in this namespace".
NAMESPACE_WIDE = (
    # "isolate every pod in this namespace": isolating pods denies their ingress.
    r"\bisolate\s+(?:every|each|all(?:\s+the)?)\s+pods?\s+(?:here|in\s+(?:the|this|our)\s+namespace)\b|"
    r"\b(?:deny|denies|block|blocks|drop|reject)\b[^.;]*\b(?:ingress|egress|incoming|inbound|"
    r"outgoing|outbound|traffic|connections?)\b[^.;]*(?:\bnamespace[- ]wide\b|\b(?:for|to|of|on)\s+"
    r"(?:every|each|all(?:\s+the)?)\s+pods?(?:\s+(?:here|in\s+(?:the|this|our)\s+namespace))?"
    r"\s*[.!]?\s*$|\b(?:in|across|for)\s+the\s+(?:whole|entire)\s+namespace\b)"
)
# "egress of worker", "an egress NetworkPolicy on worker", "egress rules for worker": the policy
# of the workload after "of", "from", "on" or "for" (never "to", the destination's word).
_SOURCE_OF = re.compile(
    r"\b(?:egress|outbound(?:\s+traffic)?)\s+(?:(?:network\s*-?\s*polic(?:y|ies)|netpols?|"
    r"polic(?:y|ies)|rules?|allow-?list)\s+)?(?:of|from|on|for)\s+(?:the\s+)?"
    r"([a-z0-9][a-z0-9-]*)()"
)
# Whose egress it is: "my-api may only talk out to …", "egress of my-api", "my-api's egress".
_SOURCE = re.compile(
    r"^\W*(?:(?:limit|restrict|lock\s+down|allow)\s+)?(?:the\s+)?([a-z0-9][a-z0-9-]*)"
    # "the cache proxy may only …": a word of what it runs after the name.
    r"(?:\s+(?!(?:egress|outbound|should|must|may|can|will|pods?)\b)[a-z0-9][a-z0-9-]*)?(?:'s)?\s+"
    r"(?:pods?\s+)?(?:egress\b|outbound\b|"
    r"(?:should|must|may|can|will)\s+only\b)|\b(?:egress|outbound(?:\s+traffic)?)\s+(?:of|from)\s+"
    r"(?:the\s+)?([a-z0-9][a-z0-9-]*)"
)
_HEADER = re.compile(
    r"^\W*(?:netpol|network\s*polic(?:y|ies))(?:\s+(?:pls|please|plz))?(?:\s+(?:for|on)\s+"
    r"(?:the\s+)?(?P<name>[a-z0-9][a-z0-9-]*))?\s*[:\-\u2014]\s*",
    re.I,
)
# A destination said host:port style ("only to postgres:5432").
_HOST_PORT = re.compile(r"(?<![\w./:-])([a-z][a-z0-9-]*):(\d{1,5})\b")
_RISKS = [
    "NetworkPolicies take effect only with a network plugin that enforces them (Calico, Cilium, …)",
]


def _apply(ctx: Ctx, manifest: Json, why: str) -> tuple[ApplyOp, Target]:
    target = Target.of(manifest)
    return ApplyOp(target=target, manifest=manifest, reason=why), target


def _egress_parties(ctx: Ctx) -> tuple[Target, Json, list[Json]]:
    """The workload whose egress is limited, and an egress rule per other workload named
    ("my-api may only talk out to postgres on 5432 and to DNS"); asks whose egress it is when
    several are named and the sentence does not say."""
    # "only dns and redis", "talk out to the db on 5432": workloads said by what they run too.
    by_name = parties.named(ctx)
    # "…, payments is off limits": a workload kept out is never a destination allowed.
    out = parties.excluded(parties.said(ctx), list(by_name))
    by_name = {n: party for n, party in by_name.items() if n not in out}
    named = list(by_name.values())
    for host, _ in _HOST_PORT.findall(ctx.text):
        if host not in by_name:
            # "to redis:6379" where redis is no workload here: never drop a destination said.
            raise Clarify(
                f"{host!r} is no Deployment, StatefulSet or DaemonSet in {ctx.namespace!r}: "
                "which workload should be reachable? Name it, e.g. 'may only talk out to "
                "postgres:5432 and DNS'."
            )
    if len(named) < 2:
        target, obj = named[0] if named else ctx.workload()
        return target, obj, []
    # "netpol pls: my-api egress …", "netpol for worker: egress to …": a note's header names
    # the object asked for (and whose it is), the clause after it says the rest.
    text = _HEADER.sub(lambda m: f"{m.group('name') or ''} ".lstrip(), ctx.text, count=1)
    said = [
        m.group(1) or m.group(2) for pattern in (_SOURCE_OF, _SOURCE) if (m := pattern.search(text))
    ]
    source = next((n for n in said if n in by_name), None)
    if source not in by_name:
        raise Clarify(
            f"Whose egress should be limited: {', '.join(by_name)}? Say e.g. "
            f"'{named[0][0].name} may only talk out to {named[-1][0].name} and DNS'."
        )
    port = slots.port(ctx.text)
    rules = []
    for name, (_, other) in by_name.items():
        if name == source:
            continue
        rule: Json = {"to": [{"podSelector": {"matchLabels": selector(other)}}]}
        if said := [p for host, p in _HOST_PORT.findall(ctx.text) if host == name]:
            # "only to postgres:5432": the port said with that workload, host:port style.
            rule["ports"] = [{"protocol": "TCP", "port": _port_number(p)} for p in said]
        elif port is not None:
            rule["ports"] = [{"protocol": "TCP", "port": port}]
        rules.append(rule)
    target, obj = by_name[str(source)]
    return target, obj, rules


def _port_number(said: str) -> int:
    if not 1 <= int(said) <= 65535:
        raise Clarify(f"Port {said} is not a port (1 to 65535): which port exactly?")
    return int(said)


def _described(rules: list[Json]) -> str:
    return " and ".join(
        "pods "
        + ",".join(f"{k}={v}" for k, v in r["to"][0]["podSelector"]["matchLabels"].items())
        + (f" on port {r['ports'][0]['port']}" if "ports" in r else "")
        for r in rules
    )


def denies_all(result: PlanResult) -> bool:
    """Whether ``result`` applies a NetworkPolicy that denies every caller: it governs ingress
    (said, or by default) and allows no ingress rule. (:mod:`.misreads` asks when the words
    were vaguer; :mod:`.doubts` when they kept some callers.)"""
    for op in result.operations:
        if isinstance(op, ApplyOp) and op.manifest.get("kind") == "NetworkPolicy":
            spec = op.manifest.get("spec") or {}
            if "Ingress" in (spec.get("policyTypes") or ["Ingress"]) and not spec.get("ingress"):
                return True
    return False


def network_policy(ctx: Ctx) -> PlanResult:
    """A default-deny for the namespace, or DNS-only egress for a workload."""
    text = ctx.text
    addons.contradiction(text)
    if re.search(DNS, text):
        target, obj, to = _egress_parties(ctx)
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
                    },
                    *to,
                ],
            },
        }
        also = f" and reach {_described(to)}" if to else ""
        kept_out = "".join(
            f" {n} is not allowed ({said!r})."
            for n, said in parties.excluded(parties.said(ctx), list(parties.named(ctx))).items()
        )
        why = f"{target.describe()} may only resolve names (DNS){also}"
        op, policy = _apply(ctx, manifest, why)
        return PlanResult(
            category="security",
            operations=[op],
            analysis=(
                f"A NetworkPolicy selects the pods of {target.describe()} and allows egress only "
                f"to port 53 (UDP and TCP, DNS) in any namespace{also}; every other outbound "
                f"connection is denied. Ingress is not changed.{kept_out}"
            ),
            risks=[
                *_RISKS,
                f"{target.describe()} can no longer call any other service"
                + (" than those named" if to else ""),
            ],
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
