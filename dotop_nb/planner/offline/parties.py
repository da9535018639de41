"""Who a NetworkPolicy sentence is about: the workloads it names, each keyed by the word it is
said with, and the pods of the namespace said as the one source allowed.

Engineers name the workloads of a policy by name ("payments"), by what they run ("redis should
only accept connections from the cache proxy": the StatefulSet ``cache`` running redis, and the
Deployment ``cache`` running ``proxy``), or as "the db" / "the database" (the one workload
running a database engine). A word that describes more than one workload names none here (the
rule then asks). A name two workloads share ("cache") is the one no other word claimed, else
asked. Example::

    named(ctx)  # "redis … from the cache proxy" → {"cache": deployment/cache, "redis": sts/cache}
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import Target
from dotop_nb.planner.offline import asides
from dotop_nb.planner.offline.context import Clarify, Ctx, joined, pod_labels
from dotop_nb.planner.offline.rx import rx

Json = dict[str, Any]
Party = tuple[Target, Json]

# The pods of the policy's own namespace said as who may connect ("only pods in our own
# namespace", "from the same namespace", "same-namespace callers"), or the other namespaces as
# who is kept out ("pods from other namespaces can reach payments").
OWN_NAMESPACE = re.compile(
    r"\b(?:in|of|from|within|inside)\s+(?:our|this|the\s+same|its|their|my|the)\s+(?:own\s+)?"
    r"namespace\b|\bsame[- ]namespace\b|\bin-namespace\b|"
    r"\b(?:this|our|the\s+same|its|my)\s+(?:own\s+)?namespace'?s\s+(?:own\s+)?pods\b|"
    r"\b(?:other|another|foreign|different)\s+namespaces?\b|\bcross[- ]namespace\b|"
    # Round 28 (overask): "nothing from outside the namespace can reach payments", "block
    # traffic to payments from outside our namespace": every pod of it may, no other.
    r"\boutside\s+(?:of\s+)?(?:our|this|the|its|my)\s+(?:own\s+)?namespace\b|"
    r"\bacross\s+namespaces\b"
)
# Round 29 (a32rest): traffic from outside the cluster said as what is kept out ("block traffic
# to payments from outside the cluster", "deny external traffic to payments", "payments must
# not be reachable from the internet", "in-cluster traffic only"): every pod of the cluster may
# connect, nothing from outside — never a deny of all ingress, which shuts the cluster out too.
OUTSIDE_CLUSTER = re.compile(
    # ("no outside-the-cluster traffic", "keep outside traffic away from postgres".)
    r"\boutside[\s-]+(?:of[\s-]+)?(?:the|our|this|my)[\s-]+(?:k8s[\s-]+|kubernetes[\s-]+)?"
    r"cluster\b|\boutside\s+(?:traffic|callers|clients|requests|connections)\b|"
    r"\b(?:from\s+)?the\s+(?:public\s+)?internet\b|\bexternal(?:ly)?\b(?!\s+(?:dns|name|ip|"
    r"service|secret|db|database|api|url|endpoint)s?\b)|\bpublic\s+(?:traffic|access|callers|"
    r"clients|requests|connections)\b|"
    r"\bin-?cluster\s+(?:traffic|callers|clients|pods|access|only)\b|"
    r"\b(?:within|inside)\s+(?:the|our|this)\s+cluster\b"
)
# Round 30 (a34b): the allow-in-cluster policy is planned only for the cluster's outside said as
# what is kept out. The outside said as what is let in ("only allow traffic to payments from
# outside the cluster", "payments may only be reached from outside the cluster", "restrict
# payments to traffic from outside the cluster"), as what a block is lifted from ("stop blocking
# traffic to postgres from outside the cluster"), as a block's exception ("block traffic to
# postgres except from outside the cluster"), or the inside said as blocked ("block traffic to
# postgres from inside the cluster") is the opposite of that policy: asked, never planned.
_KEPT_OUT = re.compile(
    r"\b(?:block\w*|den(?:y|ies|ied)|refus\w*|reject\w*|drop\w*|no|not|never|nothing|nobody|"
    r"no\s*one|without|isolat\w*|shield\w*|close\w*)\b|n't\b|"
    r"\b(?:cut|keep\w*|kept)\b[^.;]{0,40}?\b(?:out|away|off)\b"
)
_ONLY = re.compile(r"\bonly\b")
_LIFTED = re.compile(
    r"\b(?:stop|quit|cease|no\s+longer|don'?t|do\s+not|never|un)[\s-]*(?:block|den(?:y|ie)|refus|"
    r"reject|drop|cut|keep|isolat|clos)\w*|\bunblock\w*|\blift\w*\b|\bremov\w*\s+(?:the\s+)?"
    r"(?:block|deny|restriction)|\ballow\w*\s+(?:\w+\s+){0,6}?again\b"
)
_EXCEPT = re.compile(r"\b(?:except|but|other\s+than|besides|apart\s+from|save\s+for|unless)\b")


def outside_kept_out(text: str, said: re.Match[str], others: list[str]) -> None:
    """Asks unless the outside of the cluster (``said``, an :data:`OUTSIDE_CLUSTER` match) is
    said as what is kept out, with no other workload said beside it (``others``: the workloads
    read as allowed or kept out)."""
    words = said.group(0)
    inside = rx(r"in-?cluster|within|inside").match(words) is not None
    before = text[: said.start()]
    excepted = _EXCEPT.search(before[-40:]) is not None
    # "payments may only be reached from outside the cluster": the outside is what is let in.
    only = any(
        not _KEPT_OUT.search(before[o.end() :])
        for o in _ONLY.finditer(before, max(0, len(before) - 40))
    )
    blocked = _KEPT_OUT.search(text) is not None
    lifted = _LIFTED.search(text)
    if inside:
        # "only allow in-cluster traffic", "block traffic except from within the cluster".
        kept_out = excepted or not _KEPT_OUT.search(before)
    else:
        # "block traffic from outside the cluster", "allow traffic from everywhere except
        # outside the cluster"; never "block traffic except from outside the cluster".
        kept_out = not only and (
            (blocked and not excepted) or (excepted and not _KEPT_OUT.search(before))
        )
    after = _EXCEPT.search(text, said.end())
    if lifted is None and kept_out and after is None and not others:
        return
    if lifted is not None:
        why = f"I read {lifted.group(0)!r}: a block lifted"
    elif others or after is not None:
        why = "I read another caller beside it"
    else:
        why = "I read it as what is let in (or the inside as what is kept out)"
    raise Clarify(
        f"I read {words!r}, but not as what is kept out ({why}): the policy I can plan lets "
        "every pod of the cluster in and keeps out what comes from outside it. Say that, e.g. "
        "'block traffic to payments from outside the cluster', or who may connect, e.g. 'only "
        "frontend may reach payments'."
    )


# Round 19: another namespace said as who may connect — "allow only the openshift-ingress router
# to reach frontend", "only pods in namespace monitoring may reach my-api on 9090", "frontend
# reachable only from the ingress-nginx namespace", "from the openshift-monitoring project":
# the pods of that namespace (OpenShift's router runs in openshift-ingress; its "project" is a
# namespace). Said only after "from", "only" or "allow", and only before a verb of traffic or
# after "from": a namespace said anywhere else stays the guard's (another namespace to act in).
_NS = (
    # ("only pods in the project may reach postgres": "may" is the verb's, no namespace.)
    r"(?!(?:the|this|our|my|same|own|other|another|every|all|any|each|may|can|could|should|"
    r"must|will|would|shall|are|is|to|be|only|and|or|reach|talk|connect|call|access|hit)\b)"
    r"[a-z0-9][a-z0-9-]*"
)
_NS_PODS = (
    r"(?:(?:the\s+)?pods?\s+(?:in|of|from)\s+)?(?:the\s+)?"
    rf"(?:(?:namespace|ns|project)\s+(?P<a>{_NS})|(?P<b>{_NS})\s+(?:namespace|ns|project)\b|"
    # The OpenShift router, by any of its names: its namespace is openshift-ingress.
    r"(?P<router>(?:openshift-ingress|openshift|ingress|default|cluster)?\s*routers?"
    r"(?:\s+pods?)?|openshift-ingress(?:\s+(?:routers?|pods?))?))"
)
_TRAFFIC_VERB = (
    r"(?:to\s+|may\s+|can\s+|should\s+(?:be\s+able\s+to\s+)?|are\s+allowed\s+to\s+|"
    r"is\s+allowed\s+to\s+)?(?:reach|talk\s+to|connect\s+to|call|access|send\s+traffic\s+to|"
    r"hit)\b"
)
NAMESPACE_SOURCE = re.compile(
    r"(?:\bfrom\s+(?:only\s+)?|\b(?:only|allow(?:\s+only)?|let(?:\s+only)?)\s+"
    rf"(?={rx(r'[(][?]P<[a-z]+>').sub('(?:', _NS_PODS)}\s+{_TRAFFIC_VERB}))"
    rf"{_NS_PODS}",
    re.I,
)
_ROUTER_NAMESPACE = "openshift-ingress"


# The words of traffic a sentence about who may connect says (one of them beside the source).
_CONNECTS = re.compile(
    r"\b(?:reach\w*|talk\w*|connect\w*|call\w*|access\w*|traffic|ingress)\b", re.I
)


def source_blanked(text: str) -> str:
    """``text`` with another namespace said as the source of traffic blanked, for the guard that
    asks about a namespace to act in: "allow only pods in namespace monitoring to reach my-api"
    acts in the session's namespace."""
    if not _CONNECTS.search(text):
        return text
    return NAMESPACE_SOURCE.sub(lambda m: " " * len(m.group(0)), text)


def source_namespace(text: str) -> tuple[str, re.Match[str]] | None:
    """The other namespace said as the one source of traffic (see above), with its words."""
    m = NAMESPACE_SOURCE.search(text)
    if m is None or not _CONNECTS.search(text):
        return None
    if m.group("router"):
        return _ROUTER_NAMESPACE, m
    return (m.group("a") or m.group("b")).lower(), m


# Who may connect said beside the own namespace ("restrict redis to callers in the same
# namespace", "keep other namespaces out of payments"): the request is a NetworkPolicy's.
TRAFFIC_OWN = (
    rf"(?:{OWN_NAMESPACE.pattern})[^.;]*\b(?:reach|call|access|connect|traffic|ingress|"
    r"blocked|allowed|out\s+of)|\b(?:reach|call|access|connect|traffic|ingress|callers?|"
    rf"restrict|keep)\w*\b[^.;]*(?:{OWN_NAMESPACE.pattern})"
)
# "the db", "the database": said of what runs (the words are no object's name).
_DATABASE = re.compile(r"\b(db|database)\b")
# A workload kind said right beside a name: "the cache statefulset", "statefulset cache",
# "sts/cache" — that kind's workload of the name, where two kinds share it.
_KIND = r"(deployments?|deploy|statefulsets?|sts|daemonsets?|ds)"
_KIND_BESIDE = re.compile(
    rf"(?<![\w\-/])([a-z0-9][a-z0-9\-]*)(?:'s)?\s+{_KIND}\b|\b{_KIND}(?:\s+|/)([a-z0-9][a-z0-9\-]*)"
)
_KIND_OF = {"dep": "Deployment", "sts": "StatefulSet", "sta": "StatefulSet", "dae": "DaemonSet"}


def named(ctx: Ctx, kept: str | None = None) -> dict[str, Party]:
    """The workloads the sentence names, keyed by the word that names each, in order said
    (``kept``: the guarded workload, when known, is never read as kept out)."""
    groups: dict[str, list[Party]] = {}
    for target, obj in ctx.workloads():
        groups.setdefault(target.name, []).append((target, obj))
    claimed = {group[0][0].key for group in groups.values() if len(group) == 1}
    words = [w for w in ctx.candidates() if w not in groups]
    words += _DATABASE.findall(ctx.text.lower())
    for word in dict.fromkeys(words):
        hits = ctx.running([], text=word)
        if len(hits) == 1 and hits[0][0].key not in claimed:
            groups[word] = hits
            claimed.add(hits[0][0].key)
    parties: dict[str, Party] = {}
    for word, group in groups.items():
        # "only cache may reach redis": redis claims the StatefulSet, cache is the other.
        left = [g for g in group if g[0].key not in claimed] if len(group) > 1 else group
        left = left or group
        if len(left) > 1:
            left = _of_kind_said(ctx.text, word, left)
        if len(left) > 1:
            options = " or ".join(t.describe() for t, _ in left)
            raise Clarify(f"{word!r} names {options}: which one? Name it with its kind.")
        parties[word] = left[0]
    # "only frontend may reach payments, worker is fine": a workload said only in a remark
    # (a statement of it, a reason, a comparison) is no party to the policy.
    aside = asides.remarked(said(ctx), list(parties)) - set(
        excluded(said(ctx), list(parties), kept)
    )
    return (
        {w: p for w, p in parties.items() if w not in aside}
        if len(aside) < len(parties)
        else parties
    )


def _of_kind_said(text: str, word: str, group: list[Party]) -> list[Party]:
    """Of the workloads sharing the name ``word``, the one of the kind said beside it ("the
    cache statefulset should only accept …"); all of them when no one kind is said so."""
    kinds = set()
    for m in _KIND_BESIDE.finditer(text.lower()):
        if m.group(1) == word:
            kinds.add(_KIND_OF.get(m.group(2)[:3], "DaemonSet"))
        elif m.group(4) == word:
            kinds.add(_KIND_OF.get(m.group(3)[:3], "DaemonSet"))
    picked = [p for p in group if p[0].kind in kinds]
    return picked if len(kinds) == 1 and len(picked) == 1 else group


def called(parties: dict[str, Party], word: str) -> str:
    """A name for the party in a policy's name: its own, or its ``app`` label when another party
    has the same name (the Deployment and the StatefulSet ``cache``)."""
    target, obj = parties[word]
    shared = sum(1 for t, _ in parties.values() if t.name == target.name) > 1
    return (pod_labels(obj).get("app") or target.name) if shared else target.name


# A clause that says a workload is kept out of a policy, or judges it unfit to connect: "worker
# was hacked", "payments is off limits", "block worker", "deny frontend", "frontend should be
# blocked", "worker is not allowed", "not worker". Such a workload is never an allowed peer.
_EXCLUDING = re.compile(
    r"\b(?:hack(?:ed)?|compromised|breached|pwned|owned|infected|malicious|rogue|untrusted|"
    r"suspicious|quarantined?|ban(?:ned)?|black-?listed|deny-?listed|deprecated|retired|"
    r"decommissioned|forbid(?:den)?|prohibited|disallow(?:ed)?|off[- ]limits|out[- ]of[- ]bounds|"
    r"block(?:ed)?|deny|denied|reject(?:ed)?|drop(?:ped)?|exclude[ds]?|excluding|"
    # "keep payments out", "shut worker out", "cut frontend off", "lock it out".
    r"(?:shut|keep|kept|lock(?:ed)?|cut)\s+(?:[\w-]+\s+)?(?:out|off)|no\s+longer|"
    r"not|never|\w+n't|nor|no\s+access|no\s+traffic)\b"
)
# A clause that picks from a set ("…, nothing except frontend", "only checkout", "deny all
# but …"): an allow-list, whatever else it says — read by the policy's own rule.
# "deny everything else inbound to my-api": the rest of a set is picked too.
_SELECTING = re.compile(r"\b(?:only|except|besides|other\s+than|apart\s+from|save|but|else)\b")
# A clause whose workload receives the traffic ("payments must not accept traffic from anywhere
# else", "postgres shouldn't be reachable from outside"): the guarded one, never kept out.
_GUARDED = re.compile(
    r"\b(?:accept|receive|take|be\s+(?:reachable|reached|accessible|accessed|called|"
    r"exposed|open))\w*\b|"
    # "deny everything inbound to my-api": the workload after "inbound to" receives.
    r"\b(?:inbound|ingress|incoming)(?:\s+(?:traffic|connections?))?\s+(?:to|into|for|on)\b"
)
# Clauses end at punctuation, a dash, "because", "since" and a "but" that joins clauses — not
# the "but" that picks from a set ("reachable by anything but checkout", "nobody but X").
_CLAUSES = re.compile(
    r"[,;:!?()\u2014\u2013]|\.(?:\s|$)|\s-\s|\bbecause\b|\bsince\b|"
    # "… and worker must be blocked": an "and" before a subject and its verb joins clauses.
    r"\band\b(?=\s+(?:the\s+)?[\w-]+\s+(?:must|should|shall|is|are|was|were|has|gets?|got)\b)|"
    r"(?<!anything\s)(?<!nothing\s)(?<!nobody\s)(?<!no\sone\s)(?<!anyone\s)(?<!everyone\s)"
    r"(?<!everything\s)(?<!none\s)(?<!all\s)\bbut\b"
)


def said(ctx: Ctx) -> str:
    """Everything said, lower-case, before any fact was set apart: "worker was hacked" is read
    as a statement elsewhere, but here it is why worker is kept out."""
    return joined(ctx.request.intent, *ctx.request.refinements).lower()


def excluded(text: str, words: list[str], kept: str | None = None) -> dict[str, str]:
    """The workloads (by the word naming each) said kept out or judged unfit to connect, each
    with the words that say it: in a clause of their own ("worker was hacked", "block worker",
    "payments is off limits") or negated where named ("…, not worker", "and never payments").
    ``kept`` (the guarded workload itself) is never among them, nor a workload in a clause
    that picks from a set ("nothing except frontend"). A workload said allowed in one clause
    and kept out in another ("only frontend and payments may reach my-api, payments is
    compromised") is asked."""
    found: dict[str, str] = {}
    for w in words:
        negated = rx(
            rf"(?<![\w-])(?:not|nor|never)\s+(?:from\s+|to\s+|by\s+)?(?:the\s+)?{re.escape(w)}"
            r"(?![\w-])"
        ).search(text)
        if negated and w != kept:
            found[w] = negated.group(0)
    together: set[str] = set()
    for clause in _CLAUSES.split(text):
        # "from a compromised frontend pod the attacker could reach postgres": the guarded
        # workload beside another is no second party of the clause.
        said = [
            w
            for w in words
            if w != kept and rx(rf"(?<![\w-]){re.escape(w)}(?![\w-])").search(clause)
        ]
        if len(said) > 1:
            together.update(w for w in said if w not in found)
        if len(said) != 1 or _SELECTING.search(clause) or _GUARDED.search(clause):
            continue
        if _EXCLUDING.search(clause):
            found.setdefault(said[0], clause.strip())
    if clash := [w for w in found if w in together]:
        raise Clarify(
            f"{clash[0]} is said allowed and kept out ({found[clash[0]]!r}): may {clash[0]} "
            "connect or not? Say it once."
        )
    return found
