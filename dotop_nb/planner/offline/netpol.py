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
from dataclasses import dataclass
from typing import Any

from dotop_nb.models import ApplyOp, Target
from dotop_nb.planner.offline import addons, netports, parties, slots, statements
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify, Ctx, containers, pod_labels, selector
from dotop_nb.planner.offline.rx import rx
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
# The outside world said as a destination ("only DNS and the internet").
_OUTSIDE = re.compile(
    r"\b(?:the\s+)?(?P<where>(?:public\s+)?internet|outside\s+world|external\s+(?:apis?|"
    r"services?|hosts?|endpoints?|world)|public\s+(?:apis?|endpoints?)|0\.0\.0\.0/0)(?![\w\-])"
)
# A word before it in its clause that cuts it ("stop worker from calling out to the internet",
# "no internet", "block the outside world").
_OUTSIDE_CUT = re.compile(
    r"\b(?:no|not|never|without|stop\w*|block\w*|den(?:y|ies|ied)|cut\w*|except|nothing|"
    r"prevent\w*|forbid\w*|ban\w*|disallow\w*|isolat\w*|lock\w*|but)\b|n't\b"
)


def _outside_allowed(text: str) -> re.Match[str] | None:
    """The outside world said as a destination allowed, when no word before it in its clause
    cuts it."""
    return t.first_uncut(_OUTSIDE, _OUTSIDE_CUT, text, r"[.;:!?,()]")


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


_DENY_ALL = re.compile(r"\b(?:deny|block|drop)[\s-]*(?:all|everything)\b(?!\s+(?:else|other))")


def network_policy(ctx: Ctx) -> PlanResult:
    """A default-deny for the namespace, or DNS-only egress for a workload."""
    text = ctx.text
    addons.contradiction(text)
    if (rule := access(ctx)) is not None:
        return _from_access(ctx, rule)
    if ACCESS_CUE.search(text) and not rx(DNS).search(text):
        # An access rule the grammar could not settle: never a namespace-wide default deny.
        return addons.security(ctx)
    if rx(DNS).search(text):
        if outside := _outside_allowed(text):
            # Round 40 (attack46): "payments may only talk to DNS and the internet": a policy
            # of DNS (and workloads) would cut the outside said allowed.
            raise Clarify(
                f"You allowed {outside.group('where')!r} beside DNS, but a NetworkPolicy here "
                "allows DNS and workloads of the namespace only: it would cut that traffic. "
                "Which addresses should stay reachable (an ipBlock CIDR), or should egress be "
                "DNS only?"
            )
        target, obj, to = _egress_parties(ctx)
        dns = {
            "to": [{"namespaceSelector": {}}],
            "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}],
        }
        manifest = addons.pod_policy(ctx, f"{target.name}-egress-dns", obj, [dns, *to], egress=True)
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
    ingress = bool(rx(r"\bingress\b|\bincoming\b|\binbound\b").search(text))
    egress = bool(rx(r"\begress\b|\boutgoing\b|\boutbound\b").search(text))
    # "default deny all", "deny everything by default": all traffic, in and out, when no
    # direction is said ("default deny" alone is the usual ingress-only policy).
    both = bool(rx(r"\ball (?:traffic|connections)\b|\bboth\b").search(text)) or (
        not (ingress or egress) and bool(_DENY_ALL.search(text))
    )
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
    if (outside := parties.OUTSIDE_CLUSTER.search(text)) is not None:
        # Round 31 (a35c): "block external traffic to all pods": a default deny would shut the
        # cluster out too (every in-cluster caller), never only the outside.
        raise Clarify(
            f"You said {outside.group(0)!r}: a default-deny for namespace {ctx.namespace!r} would "
            "also cut off every caller inside the cluster, not only the outside. Which workload "
            "should be closed to the outside? Say e.g. 'block external traffic to postgres' "
            "(one workload a request), or 'default deny ingress' if every caller is meant."
        )
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


# ---------------------------------------------------------------------------------------------
# An access rule, as a network engineer writes one (ACL, security group, firewall rule).
#
# Rule: an access rule is read by ONE grammar of roles, whatever the order of its parts —
#   the GUARDED workload: the one the rule sits on ("ACL on X:", "security group for X:"), the
#     receiver ("X accepts …", "inbound to X", "-> X", "permit A to X") or, for outbound, the
#     sender ("X outbound …", "egress from X");
#   its PEERS: "from A[, B and C]" (inbound), "to B[, C]" after an outbound word, "A ->" (inbound);
#   the PORT: "tcp/5432", "5432/tcp", "port 5432", "on 5432", "accepts 5432";
#   the DIRECTION: outbound/egress words make it egress, else ingress;
#   ONLY (deny-else): "only", "nothing else", "deny everything else", "default deny", or an ACL /
#     security group / firewall said (they deny what they do not permit).
# It plans when every role is said once, every workload named has a role, and ONLY is said; any
# gap (a peer that is no workload, two guarded, two ports) leaves the sentence to the
# workload-by-workload reading of :func:`.addons.security`, which asks.
# ---------------------------------------------------------------------------------------------
_NAME = r"(?:the\s+)?([a-z0-9][a-z0-9-]*)"
_LIST = rf"{_NAME}((?:\s*(?:,|\band\b|\bor\b|&|\+)\s*(?:the\s+)?[a-z0-9][a-z0-9-]*)*)"
# A device that denies what it does not permit, said as the rule's heading.
_DEVICE = (
    r"\b(?:acls?|access[- ]control[- ]lists?|access[- ]lists?|security[- ]groups?|sgs?|"
    r"firewalls?|fw|nsgs?)\b"
)
# "permit frontend to my-api" ("->" is read as "to"); never "allow frontend to reach …".
_VERB = (
    r"(?!(?:reach|call|talk|connect|access|hit|use|be|send|open|read|write|query|run|scale|"
    r"go|get|see)\b)"
)
# "inbound rule on postgres:", "egress rule for worker:", "allowlist for payments:".
_RULE_WORD = (
    r"(?:(?:access|inbound|outbound|ingress|egress|firewall)\s+rules?|allow-?lists?|white-?lists?)"
)
_HEADER_ON = re.compile(
    # ("firewall rule" reaches here as "network policy": :mod:`.plainwords`).
    rf"^\W*(?:an?\s+)?(?:{_DEVICE}|{_RULE_WORD}|network\s*polic(?:y|ies)|netpol)"
    r"(?:\s+(?:rules?|entry|entries))?\s+"
    rf"(?:on|for|of|in\s+front\s+of|around)\s+{_NAME}\s*[:,\u2014-]"
)
# "postgres: tcp/5432 from my-api only": the workload the note is headed with.
_HEADER_NAME = re.compile(rf"^\W*{_NAME}(?:'s)?(?:\s+(?:pods?|service|svc))?\s*:")
_OUTWARD = re.compile(r"\b(?:outbound|egress|outgoing|out\s*going)\b")
_INWARD_SUBJECT = re.compile(
    rf"(?:^|[:,;\u2014]\s*|\bthen\s+){_NAME}\s+(?:should\s+|must\s+|may\s+|can\s+|will\s+)?"
    r"(?:only\s+)?(?:accepts?|allows?|receives?|takes?|admits?|permits?)\b"
)
_INWARD_TO = re.compile(
    rf"\b(?:inbound|ingress|incoming)(?:\s+(?:traffic|connections?))?\s+(?:to|into|on|for)\s+{_NAME}|"
    # "allow 5432 into postgres", "open 8080 on my-api to frontend only": the port's workload.
    rf"\b(?:allow|permit|open)\s+(?:port\s+)?(?:(?:tcp|udp)\s*/?\s*)?\d{{1,5}}(?:\s*/\s*(?:tcp|udp))?\s+"
    rf"(?:in)?(?:to|on)\s+{_NAME}"
)
# "open 8080 on my-api to frontend only": who it is opened to.
_OPENED_TO = re.compile(
    rf"\bopen\s+(?:port\s+)?(?:(?:tcp|udp)\s*/?\s*)?\d{{1,5}}(?:\s*/\s*(?:tcp|udp))?\s+on\s+"
    rf"(?:the\s+)?[a-z0-9][a-z0-9-]*\s+(?:only\s+)?to\s+{_LIST}"
)
# "allowlist payments to postgres", "firewall: my-api to postgres 5432 allow": source to
# destination, said at a clause's start or after a verb of permission ("->" reads "to").
_A_TO_B = re.compile(
    rf"(?:^\W*|[:;,]\s*|\b(?:permit|allow|allow-?list|white-?list|accept)\s+){_NAME}\s+to\s+"
    rf"(?:the\s+)?{_VERB}([a-z][a-z0-9-]*)\b"
)
_ARROW = re.compile(rf"{_NAME}\s*(?:->|-->|→|=>|>)\s*{_NAME}")
_PERMIT_TO = re.compile(
    rf"\b(?:permit|allow)\s+{_NAME}\s+to\s+(?:the\s+)?{_VERB}([a-z][a-z0-9-]*)\b"
)
_FROM = re.compile(rf"\bfrom\s+{_LIST}")
_OUT_SUBJECT = re.compile(
    rf"(?:^|[:,;\u2014]\s*){_NAME}(?:'s)?\s+(?:pods?\s+)?(?:outbound|egress|outgoing)\b|"
    rf"\b(?:outbound|egress|outgoing)(?:\s+(?:traffic|connections?))?\s+(?:from|of|on|for)\s+{_NAME}"
)
_OUT_TO = re.compile(rf"\b(?:only\s+)?to\s+{_LIST}")
_ACCESS_PORT = re.compile(
    r"\b(?:tcp|udp|sctp)\s*/\s*(\d{1,5})\b|\b(\d{1,5})\s*/\s*(?:tcp|udp|sctp)\b|"
    r"\bport\s+(\d{1,5})\b|\bon\s+(?:tcp\s+|udp\s+)?(\d{1,5})\b|\b(?:tcp|udp|sctp)\s+(\d{1,5})\b|"
    r"\b(?:accepts?|allows?|permits?|receives?|admits?|open|inbound|ingress)\s+"
    r"(?:(?:tcp|udp|inbound|ingress)\s+)?(\d{1,5})\b|"
    # "firewall: my-api to postgres 5432 allow": a number after the destination.
    r"\bto\s+(?:the\s+)?[a-z][a-z0-9-]*\s+(\d{1,5})\b(?!\s*(?:%|pods?|replicas?|m\b|mi\b|gi\b))"
)
_ONLY = re.compile(
    r"\bonly\b|\bnothing\s+else\b|\bno(?:thing|\s+one|body)?\s+other\b|"
    r"\b(?:deny|denied|drop|block|reject)\w*\s+(?:all|everything|any(?:thing)?|every\s+\w+)\b|"
    r"\b(?:everything|all|anything)\s+else\b|\b(?:deny|drop|block|reject)\w*\s+the\s+rest\b|"
    r"\bdefault[- ]deny\b|\bimplicit\s+deny\b|" + _DEVICE
)
_PROTO_PORT = r"(?:\b(?:tcp|udp)\s*/\s*\d{1,5}\b|\b\d{1,5}\s*/\s*(?:tcp|udp)\b)"
# The shapes above, as the catalog's cue: a sentence said in a network engineer's words.
ACCESS_CUE = re.compile(
    rf"^\W*(?:an?\s+)?(?:{_DEVICE}|{_RULE_WORD}|network\s*polic(?:y|ies)|netpol)\b"
    # ("netpol: default deny ingress for the whole namespace" is the namespace's default deny.)
    r"(?![^.;]*\b(?:default|by\s+default|deny\s+all|namespace|every\s+pod|all\s+pods)\b)"
    r"(?=[^.;]*\b(?:from|to|only|inbound|outbound|"
    r"ingress|egress|allow\w*|permit\w*|accept\w*|deny|denies|block\w*)\b)|"
    # "only allow 5432 into postgres from payments", "open 8080 on my-api to frontend only".
    # ("allow 1 frontend pod to be evicted" is a count of pods: a budget's.)
    r"\b(?:allow|permit|open)\s+(?:port\s+)?(?:(?:tcp|udp)\s*/?\s*)?\d{2,5}\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:pods?|replicas?|instances?|tasks?|members?|more|extra|at|of)\b)"
    r"[^.;]*\b(?:from|into|to)\s+(?!be\b)|"
    # "allow tcp/5432 from my-api" (a port alone, "liveness on tcp/8080", is a probe's).
    rf"\b(?:from|allow\w*|permit\w*|accept\w*|inbound|ingress)\b.*{_PROTO_PORT}|"
    rf"{_PROTO_PORT}.*\b(?:from|inbound|ingress)\b|"
    r"\b(?:permit|allow)\s+[a-z0-9][a-z0-9-]*\s*(?:->|-->|→|=>)\s*[a-z0-9][a-z0-9-]*|"
    rf"\bpermit\s+[a-z0-9][a-z0-9-]*\s+to\s+(?:the\s+)?{_VERB}[a-z]|"
    rf"\ballow\s+[a-z0-9][a-z0-9-]*\s+to\s+(?:the\s+)?{_VERB}[a-z][a-z0-9-]*\s+"
    r"(?:on\s+|port\s+|(?:tcp|udp)\b)|"
    r"\b(?:outbound|egress|outgoing)\b[^.;]*\bonly\s+to\b|"
    r"\b(?:outbound|egress|outgoing)\b[^.;]*\bto\s+[a-z0-9][a-z0-9-]*\s+only\b|"
    r"\b[a-z0-9][a-z0-9-]*\s+(?:only\s+)?accepts?\s+(?:tcp\s+|udp\s+)?\d{1,5}\b"
)


# Words a list of peers runs into that name no peer ("only to my-api, nothing else").
_NOT_PEER = frozenset(
    "only here there nothing everything anything else all any anyone everyone nobody none "
    "other others it them".split()
)


@dataclass(frozen=True)
class Access:
    """An access rule read by the grammar: the pods the policy selects, who they may talk to
    (or be reached from), the port and the direction."""

    guarded: str
    peers: tuple[str, ...]
    ports: tuple[int, ...]
    egress: bool


# Round 24 (gap B): two more ways to say "only X may reach Y": the source said as the only one
# allowed ("worker is the only app allowed to reach postgres") and the destination said to
# accept only it ("the cache statefulset may accept connections on 6379 only from my-api").
# A name with its workload kind after it, or alone.
_PARTY = r"[a-z0-9][a-z0-9-]*(?:\s+(?:deployment|statefulset|sts|daemonset))?"
_ONLY_ONE = re.compile(
    rf"\b(?:the\s+)?(?P<src>{_PARTY})\s+is\s+the\s+only\s+(?:app|application|service|workload|"
    r"client|caller|one|component|thing)\s+(?:that\s+is\s+|that's\s+)?(?:allowed|permitted)\s+to\s+"
    rf"(?:reach|talk\s+to|connect\s+to|call|access|hit)\s+(?:the\s+)?(?P<dst>{_PARTY})\b",
    re.I,
)
_ACCEPTS_ONLY_FROM = re.compile(
    rf"\b(?:the\s+)?(?P<dst>{_PARTY})\s+(?:may|should|must|can|will|shall)\s+accept\s+"
    r"(?:(?:tcp\s+)?(?:connections|traffic|requests)\s+)?(?P<port>on\s+(?:port\s+)?\d{1,5}\s+)?"
    rf"only\s+from\s+(?:the\s+)?(?P<src>{_PARTY})\b",
    re.I,
)


# "(make a NetworkPolicy to) deny all egress from worker, except DNS and postgres": the egress
# allow-list said by what the denial leaves out — "worker may only talk to postgres and dns".
_EGRESS_EXCEPT = re.compile(
    r"(?:\b(?:please\s+)?(?:make|create|add|write|apply)\s+(?:an?\s+|the\s+)?(?:network\s*polic(?:y|ies)|"
    r"netpol)\s+(?:to|that|which)\s+(?:denies\s+|deny\s+)?|\b(?:deny|block)\s+)"
    r"(?:all|every|any)\s+(?:outbound|egress|outgoing)(?:\s+traffic)?\s+(?:from|of|for)\s+(?:the\s+)?"
    rf"(?P<src>{_PARTY}),?\s+(?:except|but|apart\s+from|other\s+than|save)\s+(?:to\s+)?"
    r"(?P<list>(?:the\s+)?[a-z0-9][a-z0-9-]*(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:to\s+)?(?:the\s+)?"
    r"[a-z0-9][a-z0-9-]*)*)(?=\s*(?:[.!]\s*)?$)",
    re.I,
)


def egress_except(text: str) -> str:
    """``text`` with "deny all egress from X, except DNS and Y" said as "X may only talk to dns
    and y" (:data:`_EGRESS_EXCEPT`); otherwise ``text`` as it is."""
    return _EGRESS_EXCEPT.sub(
        lambda m: (
            f"{m['src']} may only talk to " + rx(r"\b(?:to|the)\s+").sub("", m["list"]).lower()
        ),
        text,
    )


# Round 34 (gap37b): Taglish "yung payments lang pwede maka-connect sa postgres" ("lang" is
# "only", "pwede" "may", "sa" "to"): "only payments may reach postgres" (said as sent, or with
# the particles already read as English by :func:`.tongues.taglish`: "the", "on").
_LANG_ONLY = re.compile(
    r"(?:\b(?:yung|ang|the)\s+)?(?P<src>[a-z0-9][a-z0-9\-]*(?:\s+(?:at|and)\s+[a-z0-9][a-z0-9\-]*)?)"
    r"\s+lang\s+(?:ang\s+)?(?:pwede(?:ng)?|puwede(?:ng)?|pede|may|can)\s+(?:maka-?)?"
    r"(?:connect|access|reach|talk)\s+(?:sa|to|on)\s+(?:(?:yung|ang|the)\s+)?(?P<dst>[a-z0-9][a-z0-9\-]*)",
    re.I,
)


# Round 35 (gap38b): the one source said "alone" — English "my-api alone may reach postgres",
# Swahili "Ni my-api peke yake inaweza kufika postgres" ("ni" it is, "peke yake" alone,
# "inaweza (ku)fika" can reach): "only my-api may reach postgres". (A noun phrase describing a
# workload may already be read away with its verb: "inaweza postgres".)
_ALONE = re.compile(
    r"(?:\b(?:ni|it\s+is|it's)\s+)?(?:\bthe\s+)?"
    r"(?P<src>[a-z0-9][a-z0-9\-]*(?:\s+(?:and|na)\s+[a-z0-9][a-z0-9\-]*)?)"
    r"\s+(?:peke\s+yake|peke\s+yao|alone)\s+"
    r"(?:(?:inaweza|wanaweza|anaweza)(?:\s+(?:ku)?fika)?|(?:may|can|is\s+allowed\s+to|"
    r"are\s+allowed\s+to)\s+(?:reach|connect\s+to|access|talk\s+to))\s+"
    r"(?:the\s+)?(?P<dst>[a-z0-9][a-z0-9\-]*)",
    re.I,
)


def _alone(m: re.Match[str]) -> str:
    """ "only X may reach Y" for a match of :data:`_ALONE`."""
    src = rx(r"\s+na\s+").sub(" and ", m["src"])
    return f"only {src} may reach {m['dst']}"


def only_one(text: str) -> str:
    """``text`` with "X is the only app allowed to reach Y" and "Y may accept connections (on
    P) only from X" said as "only X may reach Y (on P)"; otherwise ``text`` as it is."""
    if " lang " in text:
        text = _LANG_ONLY.sub(
            lambda m: f"only {m['src'].replace(' at ', ' and ')} may reach {m['dst']}", text
        )
    text = _ONLY_ONE.sub(lambda m: f"only {m['src']} may reach {m['dst']}", text)
    if " peke " in text or " alone " in text:
        text = _ALONE.sub(_alone, text)
    text = egress_except(text)
    return _ACCEPTS_ONLY_FROM.sub(
        lambda m: (
            f"only {m['src']} may reach {m['dst']}" + (f" {m['port'].strip()}" if m["port"] else "")
        ),
        text,
    )


def _names(first: str, rest: str) -> list[str]:
    """The names of a list ("my-api and payments"); it ends at a word of the rule ("…, implicit
    deny", "…, nothing else"), never at a word that names no workload ("…, the internet")."""
    names = [first]
    for word in rx(r"[a-z0-9][a-z0-9-]*").findall(rx(r"\b(?:and|or|the)\b").sub(" ", rest)):
        if word in _NOT_PEER or word in _RULE_STOP:
            break
        names.append(word)
    return names


_RULE_STOP = frozenset(
    "implicit explicit deny denies drop block reject default allow permit on port tcp udp".split()
)


def access(ctx: Ctx) -> Access | None:
    """The access rule the sentence says, when every role is said once and names a workload;
    None otherwise (the other readings then ask)."""
    text = ctx.text
    if rx(DNS).search(text) or not _ONLY.search(text):
        return None
    egress = bool(_OUTWARD.search(text)) and not _INWARD_TO.search(text)
    guarded: list[str] = []
    peers: list[str] = []
    if m := _HEADER_ON.search(text) or _HEADER_NAME.search(text):
        guarded.append(m.group(1))
    if egress:
        guarded += [m.group(1) or m.group(2) for m in _OUT_SUBJECT.finditer(text)]
        for m in _OUT_TO.finditer(text):
            peers += _names(m.group(1), m.group(2))
        if _FROM.search(_OUT_SUBJECT.sub(" ", text)) or _ARROW.search(text):
            return None  # "outbound from A … from B": two readings, asked elsewhere
    else:
        guarded += [m.group(1) for m in _INWARD_SUBJECT.finditer(text)]
        guarded += [m.group(1) or m.group(2) for m in _INWARD_TO.finditer(text)]
        for m in (*_ARROW.finditer(text), *_PERMIT_TO.finditer(text), *_A_TO_B.finditer(text)):
            peers.append(m.group(1))
            guarded.append(m.group(2))
        for m in _OPENED_TO.finditer(text):
            peers += _names(m.group(1), m.group(2))
        for m in _FROM.finditer(text):
            peers += _names(m.group(1), m.group(2))
    peers = [p for p in peers if p not in _NOT_PEER]
    guarded = [g for g in guarded if g not in _NOT_PEER]
    if len(set(guarded)) != 1 or not peers:
        return None
    (who,) = set(guarded)
    # "deny everything else inbound to my-api": the guarded workload is never kept out.
    by_name = parties.named(ctx, kept=who)
    named = {who, *peers}
    if who in peers or named != set(by_name):
        # A peer that is no workload here ("from 10.0.0.0/8", "from the internet"), or a
        # workload named that has no role: not this grammar's to settle.
        return None
    # "allow tcp/5432 and tcp/6432": every port said is allowed, none dropped.
    ports = tuple(
        dict.fromkeys(
            _port_number(next(g for g in m.groups() if g)) for m in _ACCESS_PORT.finditer(text)
        )
    )
    return Access(who, tuple(dict.fromkeys(peers)), ports, egress)


def _from_access(ctx: Ctx, rule: Access) -> PlanResult:
    """The NetworkPolicy of an access rule read by :func:`access`."""
    by_name = parties.named(ctx, kept=rule.guarded)
    out = parties.excluded(parties.said(ctx), list(by_name), rule.guarded)
    if kept := [p for p in rule.peers if p in out]:
        raise Clarify(
            f"{kept[0]} is said allowed and kept out ({out[kept[0]]!r}): may {kept[0]} connect "
            "or not? Say it once."
        )
    target, obj = by_name[rule.guarded]
    peers = [by_name[p] for p in rule.peers]
    called = "-".join(parties.called(by_name, p) for p in rule.peers)
    guarded = parties.called(by_name, rule.guarded)
    selectors = [{"podSelector": {"matchLabels": pod_labels(o) or selector(o)}} for _, o in peers]
    who = " and ".join(t.describe() for t, _ in peers)
    on = f" on port {', '.join(map(str, rule.ports))}" if rule.ports else ""
    if rule.egress:
        allow: Json = {"to": selectors}
        if rule.ports:
            allow["ports"] = [{"protocol": _protocol(ctx), "port": p} for p in rule.ports]
        manifest = addons.pod_policy(
            ctx, f"{guarded}-egress-to-{called}", obj, [allow], egress=True
        )
        why = f"{target.describe()} may open connections only to {who}{on}"
        analysis = (
            f"A NetworkPolicy selects the pods of {target.describe()} and allows egress only to "
            f"the pods of {who}{on}; every other outbound connection is denied, name resolution "
            "(DNS) too. Ingress is not changed."
        )
        risks = [
            *_RISKS,
            f"{target.describe()} can no longer resolve names (DNS) or call anything else: say "
            "'and DNS' to keep name resolution",
        ]
    else:
        ingress: Json = {"from": selectors}
        if rule.ports:
            ingress["ports"] = [r for p in rule.ports for r in netports.rule(ctx, obj, p)]
        manifest = addons.pod_policy(ctx, f"{guarded}-allow-from-{called}", obj, [ingress])
        why = f"only {who}{on} may open connections to {target.describe()}"
        analysis = (
            f"A NetworkPolicy selects the pods of {target.describe()} and allows ingress only "
            f"from the pods of {who}{on}; all other ingress to them is denied. Egress is not "
            "changed."
        )
        risks = [
            *_RISKS,
            "other callers of this workload (ingress controllers, monitoring) lose access "
            "unless allowed too",
        ]
    op, policy = _apply(ctx, manifest, why)
    return PlanResult(
        category="security",
        operations=[op],
        analysis=analysis,
        risks=risks,
        capabilities=["network-policy"],
        targets=[target, policy],
        validation_plan=[f"{policy.describe()} exists"],
    )


def _protocol(ctx: Ctx) -> str:
    protocols = {p.upper() for p in rx(r"\b(udp|sctp|tcp)\b").findall(ctx.text)}
    if len(protocols) > 1:
        raise Clarify(
            f"I read the protocols {', '.join(sorted(protocols))}: which one should the allowed "
            "traffic use? Say one, e.g. 'on tcp 8080'."
        )
    return protocols.pop() if protocols else "TCP"


# ---------------------------------------------------------------------------------------------
# The last word on a NetworkPolicy plan (round 15, attack16).
#
# Rule: a NetworkPolicy only ever takes traffic away (the pods it selects lose every connection
# it does not allow), so a plan that applies one must be asked for in words that CUT, and must
# cut nothing the words did not:
#   - a word that cuts is said ("only", "deny", "block", "isolate", "restrict", "limit", "lock
#     down", "nothing else", "except", an ACL / firewall …); an allow or reach wish without one
#     ("allow ingress to payments from frontend", "ensure postgres is reachable from orders",
#     "every workload may reach postgres") and a reported failure ("orders can't reach
#     postgres, fix it", "my-api isn't reachable since the policy change") are asked;
#   - every port allowed is one the pods it is allowed on serve (a containerPort, by number or
#     name, or a Service's targetPort) when they declare any, and not only a sidecar's while the
#     app's own port would be cut ("on 9901", envoy's admin); every port said is in the policy;
#   - every workload named is the guarded one, an allowed peer or one said kept out; a source
#     said that is no workload ("plus the prometheus scraper", "the ingress controller too") is
#     asked, as is a database or cache as the only client of an app (the direction swapped).
# ---------------------------------------------------------------------------------------------
_CUTS = re.compile(
    # (Round 34, gap37b: Taglish "lang" is "only": "yung X lang pwede maka-connect sa Y".)
    # (Round 35, gap38b: "X alone may reach Y", Swahili "X peke yake": the one source.)
    r"\bonly\b|\bpeke\s+ya(?:ke|o)\b|\balone\s+(?:may|can|is|are)\b|"
    r"\blang\s+(?:ang\s+)?(?:pwede|puwede|pede)|\bnothing\b|\bnone\b|\bdeny|\bdenie[sd]\b|\bblock|\bisolat|\block(?:ed|ing|s)?\s+(?:\S+\s+)?down\b|"
    r"\blockdown\b|\brestrict|\blimit|\bnothing\s+(?:else|but)\b|\bexcept\b|\bbut\s+not\b|"
    r"\bdrop|\breject|\brefus|\bforbid|\bprevent|\bcut\s+(?:\S+\s+)?off\b|\bkeep\s+\S+(?:\s+\S+)?\s+out\b|"
    r"\bno(?:\s+one|body|\s+other)\b|\bdefault[- ]deny\b|\bsegment|\bfence|\bzero[- ]trust\b|"
    r"\bshould\s*n[o']t\b|\bmust\s*n[o']t\b|\bmay\s+not\b|\bnever\b|\bdisallow|\bsolely\b|"
    r"\bexclusively\b|\bjust\b|\bbesides\b|\bother\s+than\b|\bapart\s+from\b|"
    r"\bno\s+(?:egress|ingress|outbound|inbound|incoming|outgoing|traffic|connections?|outside|"
    r"external)\b|"
    # "NetworkPolicy payments-ingress: … ingress from app=checkout": the object asked by name.
    r"\bnetwork\s*-?\s*polic(?:y|ies)\b|\bnetpols?\b|" + _DEVICE
)
_FAILURE = re.compile(
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t|could\s+not|unable\s+to|fail(?:s|ed|ing)?\s+to|"
    r"isn'?t|is\s+not|aren'?t|are\s+not|no\s+longer|won'?t|doesn'?t|does\s+not)\s+(?:\w+\s+)?"
    r"(?:reach|connect|talk|access|call|resolve|get\s+to|be\s+reached)\w*|\bunreachable\b|"
    r"\btim(?:es|ed|ing)\s+out\b|\bconnection\s+refused\b|\bfix\s+(?:it|this|that)\b"
)
# A source said that is no workload: the policy would cut it.
_OTHER_SOURCE = re.compile(
    r"\bplus\b|\btoo\b|\bas\s+well\b|\balso\b|\binternet\b|\bscrap(?:er|ing)\b|\bcontroller\b|"
    r"\bcheck(?:er|s)\b|\bprometheus\b|\bmonitoring\b|\bload[- ]?balancer\b|\blb\b|\bkubelet\b|"
    r"\bexternal\b|\bgateway\b|\bmesh\b|\bprobes?\b"
)
# A workload said to use the guarded one: a client the policy must not cut silently.
_USES = re.compile(
    r"\b(?:needs?|uses?|using|calls?|calling|reach(?:es)?|talks?|depends?|relies|connects?|"
    r"queries|hits|reads?|writes?|consumes?|as\s+(?:does|do|did)|too|as\s+well|also|still)\b"
)
_DB_IMAGE = re.compile(
    r"(?:^|/)(?:postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|valkey|memcached|"
    r"cassandra|elasticsearch|etcd|zookeeper|clickhouse|cockroach\w*)(?::|@|$)"
)


def _policies(result: PlanResult) -> list[Json]:
    return [
        op.manifest
        for op in result.operations
        if isinstance(op, ApplyOp) and op.manifest.get("kind") == "NetworkPolicy"
    ]


def _live_workloads(ctx: Ctx) -> list[Json]:
    found: list[Json] = []
    for kind in ("Deployment", "StatefulSet", "DaemonSet"):
        found += ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
    return found


def _selected(ctx: Ctx, match: Json) -> list[Json]:
    """The workloads whose pods a podSelector's matchLabels pick."""
    labels = (match or {}).get("matchLabels") or {}
    if not labels:
        return []
    return [
        obj
        for obj in _live_workloads(ctx)
        if all(pod_labels(obj).get(k) == v for k, v in labels.items())
    ]


def _db(obj: Json) -> bool:
    return any(_DB_IMAGE.search(str(c.get("image", ""))) for c in containers(obj))


def _name(obj: Json) -> str:
    return str(obj["metadata"]["name"])


def _said_ports(text: str) -> set[int]:
    ports = {int(next(g for g in m.groups() if g)) for m in _ACCESS_PORT.finditer(text)}
    ports |= {int(p) for _, p in _HOST_PORT.findall(text)}
    return {p for p in ports if 1 <= p <= 65535}


def doubt(ctx: Ctx, said: str, result: PlanResult) -> str | None:
    """Why a NetworkPolicy plan would cut traffic the words did not ask to cut, or None (see
    the rule above)."""
    policies = _policies(result)
    if not policies:
        return None
    words = said.lower().replace("\u2019", "'")
    if m := _FAILURE.search(words):
        return (
            f"{m.group(0)!r}: a connection reported failing (or to be fixed), and a NetworkPolicy "
            "only takes traffic away. To let it through, say which policy blocks it, or "
            "'only A and B may reach C'"
        )
    if not _CUTS.search(words):
        return (
            "an allowance or a wish that something be reachable, with no word that cuts "
            "('only', 'deny', 'block'), and a NetworkPolicy denies every caller it does not "
            "allow. Say 'only A may reach C' to cut the rest, or which policy to change"
        )
    allowed_ports: set[int] = set()
    for policy in policies:
        spec = policy.get("spec") or {}
        guarded = _selected(ctx, spec.get("podSelector") or {})
        for rule in spec.get("ingress") or []:
            peers = [
                o for p in rule.get("from") or [] for o in _selected(ctx, p.get("podSelector"))
            ]
            ports = [p.get("port") for p in rule.get("ports") or []]
            allowed_ports |= {p for p in ports if isinstance(p, int)}
            for obj in guarded:
                if why := _unserved(ctx, obj, ports):
                    return why
            if peers and guarded and all(_db(o) for o in peers) and not any(map(_db, guarded)):
                return (
                    f"{', '.join(map(_name, peers))} (a database or cache) as the only client of "
                    f"{', '.join(map(_name, guarded))}: a database does not call an app, did "
                    "you mean the other direction?"
                )
        for rule in spec.get("egress") or []:
            ports = [p.get("port") for p in rule.get("ports") or []]
            allowed_ports |= {p for p in ports if isinstance(p, int)}
            for peer in rule.get("to") or []:
                for obj in _selected(ctx, peer.get("podSelector")):
                    if why := _unserved(ctx, obj, ports):
                        return why
    # ("the admin port 9901 is reachable from any pod. Allow … only on 8080": a port said in a
    # fact is what is cut, no port asked for.)
    # ("orders exposes port 9901 to everyone; allow … only on 8080": neither, in a clause that
    # neither cuts nor allows.)
    asked = " ; ".join(
        c
        for c in statements.clauses(statements.facts_blanked(words))
        if _CUTS.search(c) or rx(r"\b(?:allow|permit|accept|open|let)\w*").search(c)
    )
    if missing := sorted(_said_ports(asked) - allowed_ports):
        return (
            f"port {missing[0]} said, but the policy would not allow it (it would be cut): "
            "which ports exactly?"
        )
    return _cut_party(ctx, words, policies)


def _cut_party(ctx: Ctx, words: str, policies: list[Json]) -> str | None:
    """A workload named, or a source said, that an allow-only policy would cut off."""
    restricting = [
        p
        for p in policies
        if any(r.get("from") for r in (p.get("spec") or {}).get("ingress") or [])
    ]
    if not restricting:
        return None
    roles: set[str] = set()
    for policy in restricting:
        spec = policy.get("spec") or {}
        roles |= {_name(o) for o in _selected(ctx, spec.get("podSelector") or {})}
        for rule in spec.get("ingress") or []:
            for peer in rule.get("from") or []:
                roles |= {_name(o) for o in _selected(ctx, peer.get("podSelector"))}
    named = {t.name: obj for t, obj in ctx.workloads(words)}
    out = parties.excluded(words, list(named))
    # "…; orders got popped last week": a workload said in a remark of its own is no client;
    # one said to use the guarded workload ("my-api still needs it", "as does worker") is.
    clauses = statements.clauses(words)
    users = [
        n
        for n in named
        if n not in roles and n not in out and any(_said_to_use(n, c) for c in clauses)
    ]
    if cut := users:
        return (
            f"{cut[0]} is named but the policy would cut it off (it allows only "
            f"{', '.join(sorted(roles))}): should {cut[0]} keep access?"
        )
    kept_out = rx(r"\b(?:not|never|no|nothing|deny|denied|block\w*|drop\w*|outside)\b")
    # ("only frontend may reach payments, worker too": a workload allowed is no other source.)
    said = [
        m
        for c in clauses
        if not kept_out.search(c)
        for m in _OTHER_SOURCE.finditer(c)
        if m.group(0) not in named
        and not (
            rx(r"too|also|as\s+well|plus").fullmatch(m.group(0))
            and any(rx(rf"(?<![\w-]){re.escape(r)}(?![\w-])").search(c) for r in roles)
        )
    ]
    if said and (m := said[0]):
        return (
            f"{m.group(0)!r}: a source said that is no workload here, and the policy would cut "
            "it off. Which pods or namespace is it (labels)?"
        )
    return None


def _unserved(ctx: Ctx, obj: Json, ports: list[Any]) -> str | None:
    """Why a port allowed on ``obj`` is none it serves, or None."""
    declared = [p for c in containers(obj) for p in c.get("ports") or []]
    served = {p.get("containerPort") for p in declared} | {p.get("name") for p in declared}
    for svc in netports._services(ctx, obj):
        served |= {sp.get("targetPort") for sp in (svc.get("spec") or {}).get("ports") or []}
    served.discard(None)
    if not declared:
        return None
    for port in ports:
        if port is not None and port not in served:
            listed = ", ".join(
                f"{p.get('containerPort')}" + (f" ({p['name']})" if p.get("name") else "")
                for p in declared
            )
            return (
                f"port {port} allowed on {_name(obj)}, which serves {listed}: the policy would "
                f"open a port nothing serves and cut the real one. Did you mean {listed}?"
            )
    # "only frontend may reach orders on 9901": the envoy's admin port, while the app's own
    # port (the first container's) would be cut.
    first, *others = containers(obj) or [{}]
    own = {p.get("containerPort") for p in first.get("ports") or []} | {
        p.get("name") for p in first.get("ports") or []
    }
    own.discard(None)
    if own and ports and not any(p in own for p in ports):
        side = next(
            (
                c.get("name")
                for c in others
                for p in c.get("ports") or []
                if {p.get("containerPort"), p.get("name")} & set(ports)
            ),
            None,
        )
        if side:
            return (
                f"port {', '.join(map(str, ports))} is container {side}'s, not the app's "
                f"({', '.join(sorted(map(str, own)))}): the policy would cut the app's own port. "
                "Allow which ports?"
            )
    return None


def check(ctx: Ctx, said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when its NetworkPolicy would cut traffic the
    words did not ask to cut (see :func:`doubt`)."""
    if answered or not result.operations or (why := doubt(ctx, said, result)) is None:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    end = "" if why.endswith("?") else "."
    return result.held_back(
        f"You said {said.strip()!r}: {why}{end} I would {changes}, which would cut traffic the "
        "words did not ask to cut."
    )


def _said_to_use(name: str, clause: str) -> bool:
    """Whether ``clause`` says workload ``name`` uses the guarded one now ("my-api still needs
    it", "as does worker"), never what it did ("worker used to call it", "frontend abused it")."""
    m = rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])").search(clause)
    if m is None or not _USES.search(clause):
        return False
    after = clause[m.end() :]
    return not rx(r"\s*(?:\w+\s+)?(?:used\s+to|abused|misused|once|formerly|no\s+longer)\b").match(
        after
    )
