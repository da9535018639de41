"""A prohibition said as a statement: "restarts are forbidden", "a pdb is a no-go".

A clause whose predicate is a prohibition or a judgement against something ("is forbidden",
"are banned", "is not allowed", "must be avoided", "would be bad", "is off limits") is never a
request: before this module, "scale payments to 3, restarts are forbidden" planned the scale
*and* a restart, and "scale payments to 3; a pdb is forbidden" added a PDB. Here such a clause
is taken out of the text, and its subject — an action ("restarting frontend", "scaling down")
or a thing a plan may add ("a pdb", "anti-affinity", "a liveness probe", "non-root") — becomes a
:class:`.constraints.Prohibition` checked against the finished plan like "don't restart it". A
violated one is asked, naming what would break it; a respected one costs nothing.

Not read here: what the rules read as the request itself when forbidden ("running as root is
forbidden", "privilege escalation is not allowed", "other ingress is forbidden": pod security
and network policy set exactly that), and outcomes ("downtime is not acceptable"), which the
strategy rules read. A subject that names none of these and no change either is asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dotop_nb.planner.offline import statements
from dotop_nb.planner.offline.constraints import Prohibition
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

# The judgement, said after its subject. Never "is bad" / "is wrong" in the present: "the
# probe is wrong" says how things are, and asks for a fix.
_JUDGED = (
    r"(?:(?:is|are|'s|'re|will\s+be|would\s+be|remains?|stays?)\s+(?:strictly\s+|absolutely\s+|"
    r"totally\s+|completely\s+)?(?:forbidden|banned|prohibited|disallowed|verboten|"
    r"not\s+(?:allowed|permitted|acceptable|ok(?:ay)?|an\s+option|wanted|desired)|"
    r"off[- ]limits|a\s+no[- ]?go|out\s+of\s+the\s+question|unacceptable|to\s+be\s+avoided|"
    r"not\s+to\s+happen)|"
    r"(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+be\s+avoided|"
    r"(?:must|should|may|can)\s*(?:not|n't)\s+happen|cannot\s+happen|"
    r"would\s+(?:be\s+)?(?:bad|wrong|a\s+(?:bad\s+idea|problem|mistake|disaster)|terrible|"
    r"unacceptable|a\s+no[- ]?go|not\s+ok(?:ay)?)|"
    r"isn'?t\s+(?:allowed|permitted|acceptable|ok(?:ay)?|wanted)|"
    r"aren'?t\s+(?:allowed|permitted|acceptable|ok(?:ay)?|wanted))"
)
_CLAUSE = re.compile(
    # "(policy: payments restarts are forbidden)", "[postgres scaling is prohibited]": an
    # aside in brackets is a clause too.
    r"(?P<lead>(?:^|[,;!(\[]|[.:](?=\s)|\u2014|\u2013|\s-\s|\s--\s|"
    r"\b(?:and|but|also|though|plus)\b)\s*)"
    # The subject runs inside its clause: never over a separator or a conjunction.
    r"(?P<subject>(?!(?:and|but|also|though|plus)\b)[a-z0-9]"
    r"(?:(?!\s-\s|\s--\s|\s(?:and|but|also|though|plus|then)\b)[\w\-' ]){0,60}?)\s+"
    + _JUDGED
    + r"\b"
    r"(?:\s+(?:for|on|in|of|to)\s+(?:the\s+)?(?P<tail>[a-z0-9][\w\-]*))?"
    r"(?:\s+(?:here|today|anyway|either|at\s+all|please))?"
    r"(?=\s*(?:[,;.!)\]]|\u2014|\u2013|\s-\s|\bbut\b|\band\b|$))",
    re.IGNORECASE,
)
# "the debug sidecar is not wanted anymore": a removal asked, never a prohibition.
_NO_LONGER = re.compile(r"^\s*(?:any\s*more|any\s+longer|now)\b", re.IGNORECASE)

# What the rules read as the request when it is forbidden, and outcomes: left in the text.
_LEFT = re.compile(
    r"\b(?:(?<!non-)(?<!non\s)root|privileg\w*|escalat\w*|capabilit\w*|host\s*(?:network|pid|ipc|"
    r"path)|traffic|ingress|egress|internet|outbound|inbound|connections?|access|calls?|"
    r"talk\w*|downtime|outages?|interruptions?|disruptions?(?!\s+budget)|data\s+loss|losing|errors?|"
    r"writ\w+\s+(?:root\s+)?file\s*system|token)\b",
    re.IGNORECASE,
)

# Actions: what a subject's verb forbids (operation kinds; "pods": any change that replaces
# the pods, a restart being one).
_RESTART = re.compile(
    r"\b(?:re-?start\w*|reboot\w*|bounc\w*|recycl\w*|re-?deploy\w*|rolling\s+restarts?|"
    r"pod\s+(?:restarts?|replacements?|churn)|new\s+pods|replacing\s+(?:the\s+)?pods|"
    r"(?:rolling|rollouts?)(?!\s+back))\b",
    re.IGNORECASE,
)
_SCALE = re.compile(
    r"\b(?:(?:auto-?)?scal(?:e|es|ed|ing)|replica\s+(?:count\s+)?changes?|"
    r"changing\s+(?:the\s+)?replica\w*|more\s+replicas|fewer\s+replicas)\b",
    re.IGNORECASE,
)
_DELETE = re.compile(
    r"\b(?:delet\w*|remov\w*|destroy\w*|drop\w*|tear\w*\s+down|wip\w*|purg\w*)\b", re.IGNORECASE
)
_IMAGE = re.compile(
    r"\b(?:updat\w*|upgrad\w*|downgrad\w*|image\s+(?:changes?|updates?|bumps?)|"
    r"(?:changing|bumping|new)\s+(?:the\s+|an?\s+)?(?:images?|tags?|versions?))\b",
    re.IGNORECASE,
)
_ROLLBACK = re.compile(r"\b(?:roll(?:ing)?\s*backs?|revert\w*|undo\w*)\b", re.IGNORECASE)
_ANY = re.compile(
    r"\b(?:touch\w*|chang\w*|modif\w*|edit\w*|alter\w*|tamper\w*|fiddl\w*)\b", re.IGNORECASE
)

# Things a plan adds: the kinds of object it applies, the keys a patch writes.
_OBJECTS: list[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]] = [
    (
        re.compile(r"\b(?:pdbs?|(?:pod\s+)?disruption\s+budgets?)\b", re.I),
        ("PodDisruptionBudget",),
        (),
    ),
    (
        re.compile(r"\b(?:hpas?|(?:horizontal\s+)?(?:pod\s+)?auto-?scal\w*)\b", re.I),
        ("HorizontalPodAutoscaler", "ScaledObject"),
        ("replicas",),
    ),
    (re.compile(r"\b(?:keda|scaledobjects?)\b", re.I), ("ScaledObject",), ()),
    (
        re.compile(r"\b(?:netpols?|network\s*polic\w*|firewall\w*)\b", re.I),
        ("NetworkPolicy",),
        (),
    ),
    (re.compile(r"\bservice\s*monitors?\b", re.I), ("ServiceMonitor",), ()),
    (re.compile(r"\bpod\s*monitors?\b", re.I), ("PodMonitor",), ()),
    (
        re.compile(r"\b(?:monitoring|scrap\w*|metrics)\b", re.I),
        ("ServiceMonitor", "PodMonitor"),
        ("prometheus.io/",),
    ),
    (
        re.compile(r"\b(?:velero|back\s*-?\s*ups?|snapshots?|dumps?)\b", re.I),
        ("Schedule", "Backup", "CronJob"),
        (),
    ),
    (re.compile(r"\banti-?\s*affinit\w*", re.I), (), ("podAntiAffinity",)),
    (re.compile(r"(?<!anti-)(?<!anti)\baffinit\w*", re.I), (), ("affinity",)),
    (
        re.compile(r"\b(?:(?:zone|topology|node)\s+)?spread\w*|\btopology\b", re.I),
        (),
        ("topologySpreadConstraints",),
    ),
    (re.compile(r"\bliveness(?:\s+(?:probes?|checks?))?\b", re.I), (), ("livenessProbe",)),
    (re.compile(r"\breadiness(?:\s+(?:probes?|checks?))?\b", re.I), (), ("readinessProbe",)),
    (re.compile(r"\bstartup(?:\s+(?:probes?|checks?))?\b", re.I), (), ("startupProbe",)),
    (
        re.compile(r"\b(?:(?:health\s*)?probes?|health\s*-?\s*checks?)\b", re.I),
        (),
        ("livenessProbe", "readinessProbe", "startupProbe"),
    ),
    (
        re.compile(r"\bnon-?\s*root\b|\brootless\b|\bsecurity\s*context\b|\brun\w*\s+as\b", re.I),
        (),
        ("securityContext",),
    ),
    (re.compile(r"\blimits?\b", re.I), (), ("limits",)),
    (re.compile(r"\brequests?\b", re.I), (), ("requests",)),
    (re.compile(r"\bresources?\b|\bqos\b", re.I), (), ("resources",)),
    (re.compile(r"\b(?:env\w*|variables?|vars?)\b", re.I), (), ('env"', "envFrom")),
    (
        re.compile(r"\b(?:strateg\w*|max\s*(?:surge|unavailable)|surge)\b", re.I),
        (),
        ("strategy",),
    ),
    (re.compile(r"\b(?:pull\s*polic\w*)\b", re.I), (), ("imagePullPolicy",)),
    (re.compile(r"\bannotations?\b", re.I), (), ("annotations",)),
]
# Words of a subject that name no object: determiners, "pods", the action words themselves.
_FILLER = re.compile(
    r"\b(?:a|an|the|any|all|further|more|new|extra|additional|another|of|its|their|pods?|"
    r"containers?|deployments?|workloads?|down|up|in|out|now|currently|even|just|also|"
    r"completely|fully|kind|sort|type)\b",
    re.IGNORECASE,
)
_ONE_NAME = re.compile(r"[a-z0-9][a-z0-9\-]*")
_EVERYTHING = frozenset({"anything", "everything", "any", "all", "whatsoever"})
_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those", "they"})


def _judges_state(before: str) -> bool:
    """Whether the clause just before a pronoun judged against states how things are."""
    said = statements.clauses(before)
    return bool(said) and statements.stating(said[-1])


def extract(raw: str) -> tuple[str, list[Prohibition]]:
    """The text without the prohibitions it states as judgements, and those prohibitions."""
    found: list[Prohibition] = []

    def read(m: re.Match[str]) -> str:
        if _NO_LONGER.match(m.string[m.end() :]):
            return m.group(0)
        subject = m.group("subject").strip()
        if _LEFT.search(subject):
            return m.group(0)
        said = m.group(0).strip(" ,;:.!\u2014\u2013-")
        stated = _prohibitions(said, subject, (m.group("tail") or "").lower())
        named = " ".join(_FILLER.sub(" ", subject).split()).lower()
        if not stated and named in _PRONOUNS and _judges_state(m.string[: m.start()]):
            # "frontend is running as root, this is not allowed, please change to non-root":
            # the pronoun is the state said just before it — the finding, no change forbidden.
            return " , "
        if not stated and _ONE_NAME.fullmatch(named) and named not in _EVERYTHING | _PRONOUNS:
            # "…, checkout is banned": one name judged against — nothing may touch it, which
            # must be a workload or a container (else asked); the clause stays for the readers
            # of what it excludes (an allow-list never lets it in, :mod:`.netpol`).
            found.append(Prohibition(said=said, kinds=None, words=named, subject=True))
            return m.group(0)
        if not stated:
            raise Clarify(
                f"You said {said!r}, and I cannot tell which change that rules out. Say the "
                "request without it, or name the change that must not happen (e.g. 'don't "
                "restart payments')."
            )
        found.extend(stated)
        lead = m.group("lead").strip()
        return " , " if lead in ("", ",", ";", ":", ".", "!") or lead.isalpha() else f" {lead} "

    text = _CLAUSE.sub(read, raw)
    if not found:
        return raw, found
    text = rx(r"\s+").sub(" ", text)
    text = rx(r"\s+,").sub(",", text)
    text = rx(r"(?:\s*[,;:]\s*|\s+(?:and|but)\s*)+$").sub("", text.strip())
    text = rx(r"^(?:\s*[,;:]\s*|\s*(?:and|but)\s+)+").sub("", text)
    text = rx(r"\s*,\s*(?:,\s*)+").sub(", ", text)
    return text.strip(), found


def _prohibitions(said: str, subject: str, tail: str) -> list[Prohibition]:
    """What ``subject`` forbids, on what it names (or ``tail``: "… is forbidden for frontend")."""
    kinds: frozenset[str] = frozenset()
    pods = False
    rest = subject
    for pattern, kind in (
        (_ROLLBACK, frozenset({"rollout_undo"})),
        (_RESTART, frozenset({"rollout_restart"})),
        (_IMAGE, frozenset({"set_image", "rollout_undo"})),
        (_DELETE, frozenset({"delete"})),
    ):
        if pattern.search(rest):
            kinds = kinds | kind
            pods = pods or kind == frozenset({"rollout_restart"})
            rest = pattern.sub(" ", rest)
    objects: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for pattern, object_kinds, keys in _OBJECTS:
        if pattern.search(rest):
            objects.append((object_kinds, keys))
            rest = pattern.sub(" ", rest)
    if _SCALE.search(rest):
        kinds = kinds | {"scale"}
        objects.append((("HorizontalPodAutoscaler", "ScaledObject"), ("replicas",)))
        rest = _SCALE.sub(" ", rest)
    changes = bool(_ANY.search(rest))
    rest = _ANY.sub(" ", rest)
    words = " ".join(_FILLER.sub(" ", rest).split()).lower()
    words = words or tail
    if words in _EVERYTHING:
        words = ""  # "deleting anything is forbidden": on whatever the plan targets
    if not (kinds or objects or changes):
        return []
    if changes and not kinds and not objects and not words:
        return []  # "changes are forbidden": forbids the request itself — asked
    base = Prohibition(
        said=said,
        kinds=None,
        words=words,
        everything=not words,
        subject=bool(words) and words not in _PRONOUNS,
    )
    out: list[Prohibition] = []
    if kinds or (changes and not objects):
        out.append(replace(base, kinds=kinds or None, pods=pods))
    for object_kinds, keys in objects:
        out.extend(replace(base, object_kind=kind) for kind in object_kinds)
        if keys:
            out.append(replace(base, kinds=frozenset({"patch"}), keys=frozenset(keys)))
    return out
