"""What a value of the plan is attached to, and which way the change goes (round 15, attack16).

Rule: a value the plan sets (an image tag, a replica count, a cpu or memory quantity, an env
value, an object it creates) must be said as the value to go TO for the workload — never as the
version of another thing ("minimum TLS version to 1.2", "frontend's node to 22.3.0", "the
footer should read 2.2.0"; an IP address is never a tag), never as the side being left ("from
2.1.0", "off 3", "swap 2.1.0 out", "prefer 2.1.0 over 2.2.0", "back out the 2.2.0 rollout",
"back out the checkout HPA"), never as a bound ("stay below 1Gi", "at least 1 replica", "budget
512Mi"), never as a reason ("GOMEMLIMIT=300MiB on my-api, so set …") and never as a word that
names a setting of Kubernetes made into an env key (VIP, DNS, TLS). A cpu said without a unit
that cannot be cores ("cpu 250", ECS "cpu 256 units") is not cores. A rollback undoes the
Deployment's release only: "roll back the autoscaler", "revert the memory limit change", "undo
the last two changes" are not one step of it. Otherwise the plan becomes a question naming the
value and what it was read as attached to.

Pure text over the finished :class:`PlanResult` and the words as sent (the last line only when
the request was already answered).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from dotop_nb.models import ApplyOp, PatchOp, RolloutUndoOp, ScaleOp, SetImageOp
from dotop_nb.planner.offline import guard
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

# Another thing a version can be attached to: a protocol, a runtime, a library, a UI text.
_COMPONENT = (
    r"tls|ssl|mtls|https?(?:/\d)?|http2|grpc|protocol|node(?:\.?js)?|golang|python|java|"
    r"(?:(?<='s\s)|(?<=the\s)|(?<=its\s))go\b|go(?=\s+v?\d+\.\d)|jdk|jre|ruby|php|dotnet|\.net|rust|openssl|libc|glibc|sdk|library|lib|client|driver|"
    r"runtime|kernel|api\s+version|chart|schema|redis|kafka|nginx|envoy|alpine|debian|"
    r"ubuntu|base\s+image|footer|header|banner|page|about|ui"
)
_COMPONENT_BEFORE = re.compile(
    rf"(?<![\w\-])(?:{_COMPONENT})\b(?:\s+[\w'./\-]+){{0,3}}?\s+v?$", re.I
)
_COMPONENT_VERSIONED = re.compile(rf"(?<![\w\-])(?:{_COMPONENT})\s+v?\d+(?:\.\d+)+\b", re.I)
_UI = re.compile(
    r"\b(?:footer|header|banner|about\s+page|/about|ui|page|title|splash)\b|"
    r"\bshould\s+(?:read|say|show|display)\b|\b(?:show|display)s?\s+(?:the\s+)?version\b",
    re.I,
)
# More whole cores than anyone sets without saying "cores".
_MOST_CORES_SAID_BARE = 64
Json = dict[str, Any]
_IP = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# Verbs that move away from what follows them.
_AWAY = (
    r"back\s*-?\s*out|backout|unroll|reverse|undo|undoing|revert|reverting|roll\s*-?\s*back|"
    r"rollback|retire|phase\s+out|swap\s+out|get\s+rid\s+of|replace|deprecate"
)
_AWAY_ONLY = re.compile(
    r"back\s*-?\s*out|backout|unroll|reverse|retire|phase\s+out|swap\s+out", re.I
)
# A change said as a noun: the value after it is the change's, which is moved away from.
_CHANGE_NOUN = (
    r"scale|scaling|scale-?up|bump|rollout|roll-?out|change|upgrade|update|increase|raise|"
    r"switch|move|release|deploy|deployment|setting"
)
_BOUND_BEFORE = re.compile(
    r"\b(?:at\s+least|at\s+most|at\s+minimum|at\s+a\s+minimum|minimum\s+of|min\s+of|"
    r"no\s+(?:more|fewer|less)\s+than|not\s+(?:more|less|fewer)\s+than|(?:more|less|fewer)\s+than|"
    r"below|under|above|beneath|exceed|exceeding|budget(?:\s+(?:of|is|at))?|within|"
    r"stay(?:s)?\s+(?:below|under|above|over)|over)\s+$",
    re.I,
)
_BOUND_AFTER = re.compile(
    r"^\s*(?:replicas?\s+|pods?\s+|instances?\s+)?(?:minimum|min|maximum|max|or\s+(?:more|"
    r"fewer|less|higher|lower|above|below)|at\s+(?:least|most)|tops|floor|ceiling|budget)\b",
    re.I,
)
_SETTING_KEYS = frozenset(
    "VIP DNS TLS SSL MTLS IP CIDR MTU SNI HTTP HTTPS HTTP2 GRPC INGRESS LB VPN NAT".split()
    # Things and agreements, not variables: "payments' WAF should be on", "my-api SLA 99.9".
    + "WAF CDN SLA SLO SLI HSTS CORS CSP MFA SSO RBAC APM IDS IPS DDOS RPO RTO HA DR".split()
)
# Where the clause of a value starts: a stop, ", so/and/then", or "and (then) <verb>".
_CLAUSE_END = re.compile(
    r"[.;!?\n]|,\s+(?:so|and|then|but)\b|\s+(?:so|then|and\s+then)\s+|"
    rf"\s+and\s+(?:(?:after\s+that|then|also|later|afterwards)\s+)*(?=(?:{guard.VERBS})\b)",
    re.I,
)
_RESOURCE_NOUN = re.compile(
    r"\b(?:autoscal\w*|hpa|pdb|disruption\s+budget|budget|network\s*polic\w*|netpol|memory|mem|"
    r"cpu|limits?|requests?|resources?|scal(?:e|ing)|replicas?|migration|schema|db|database|"
    r"probes?|config\w*|env\w*|secret|ingress|service|monitor)\b",
    re.I,
)
_MANY = re.compile(
    r"\b(?:last|past|previous|recent)\s+(?:two|three|four|five|[2-9]|\d{2,})\s+"
    r"(?:changes|revisions|deploys|releases|rollouts|commits|updates|steps)\b",
    re.I,
)


def _tag(image: str) -> str | None:
    last = image.split("@", 1)[0].rsplit("/", 1)[-1]
    return last.rsplit(":", 1)[1] if ":" in last else None


def _values(op: object) -> Iterator[tuple[str, str]]:
    """(value said, what it is) for each value ``op`` sets."""
    if isinstance(op, SetImageOp):
        if tag := _tag(op.image):
            yield tag, "image"
    elif isinstance(op, ScaleOp):
        yield str(op.replicas), "replicas"
    elif isinstance(op, PatchOp) and isinstance(op.patch, dict):
        spec = ((op.patch.get("spec") or {}).get("template") or {}).get("spec") or {}
        for c in spec.get("containers") or []:
            for kind, vals in (c.get("resources") or {}).items():
                for res, q in (vals or {}).items():
                    if q is not None:
                        yield str(q), f"{res} {kind}"
            for env in c.get("env") or []:
                if isinstance(env, dict) and env.get("value") is not None:
                    yield f"{env.get('name')}={env['value']}", "env"
                    yield str(env["value"]), f"env {env.get('name')}"
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                if probe in c:
                    yield "probe", "probe"


def _own_words(op: object) -> set[str]:
    """The words of the image an image op sets and of its container ("redis", "cache")."""
    if not isinstance(op, SetImageOp):
        return set()
    repo = op.image.split("@", 1)[0].rsplit("/", 1)[-1].split(":", 1)[0]
    return {repo, op.container, *rx(r"[-_.]").split(repo)}


def _replicas(op: object, live: Callable[[str, str, str], Json | None] | None) -> int | None:
    """The replicas the workload a scale op targets runs now, when known."""
    if not isinstance(op, ScaleOp) or live is None:
        return None
    obj = live(op.target.kind, op.target.name, "apps/v1") or {}
    replicas = (obj.get("spec") or {}).get("replicas")
    return replicas if isinstance(replicas, int) else None


def _find(value: str, text: str) -> Iterator[re.Match[str]]:
    yield from rx(rf"(?<![\w.\-=]){re.escape(value)}(?![\w\-]|\.\d)", re.I).finditer(text)


def _clause_before(text: str, start: int) -> str:
    head = text[:start]
    ends = list(_CLAUSE_END.finditer(head))
    return head[ends[-1].end() :] if ends else head


def _away(before: str) -> bool:
    """Whether a verb in ``before`` (the clause up to a value) moves away from the value."""
    verbs = list(rx(rf"\b(?:{_AWAY})\b", re.I).finditer(before))
    if not verbs:
        return False
    between = before[verbs[-1].end() :]
    if rx(
        r"[;]|\b(?:and|then|also|plus)\s+(?:\w+\s+){0,2}?(?:give|scale|set|make|bump|raise|"
        r"add|run|take|put|keep)\b",
        re.I,
    ).search(between):
        return False  # "roll back checkout and give it 4 reps": the value is the next order's
    if rx(rf"\b(?:{_CHANGE_NOUN})\b", re.I).search(between):
        return True  # "back out the upgrade to 3.1.0": the value is the change's, undone
    if _AWAY_ONLY.match(verbs[-1].group(0)) and not _GONE_TO.search(between):
        # Round 19: "back out payments to 2.9.4": "to" right after the workload says where it
        # goes back to (with no change noun between: that is the value undone).
        return True
    # "rollback payments to version 2.9.0": the word for a version between "to" and the value.
    # (Round 28, gap30: or an image's name and its colon, "revert the cache sts to redis:6.2".)
    return not rx(
        r"\b(?:to|with|by|back\s+to|onto|into|at)\s+(?:(?:version|release|tag)\s+)?"
        r"(?:[a-z0-9][\w.\-/]*:)?v?$",
        re.I,
    ).search(between)


# What a verb of undoing goes back to: the workload (one word) then "to" right before the value.
_GONE_TO = re.compile(
    r"^\s*(?:the\s+)?[a-z0-9][\w\-]*(?:\s+(?:back\s+)?to|\s+onto)\s+(?:version\s+)?v?$", re.I
)


def _bound_unmet(words: str, value: str, current: int | None) -> bool:
    """Whether a count bound said with ``words`` is one the count now does not meet, so that
    setting ``value`` meets it ("at least 4" with 2 running): a floor or ceiling said
    inclusively. A strict bound ("above 2") is never met by setting its own number."""
    if current is None or not value.isdigit():
        return False
    low = " ".join(words.lower().split())
    if rx(
        r"\b(?:at\s+least|at\s+(?:a\s+)?minimum|minimum|min|no\s+(?:fewer|less)\s+than|"
        r"not\s+(?:fewer|less)\s+than|or\s+(?:more|higher|above))\b"
    ).search(low):
        return current < int(value)
    if rx(
        r"\b(?:at\s+most|maximum|max|no\s+more\s+than|not\s+more\s+than|tops|"
        r"or\s+(?:fewer|less|lower|below))\b"
    ).search(low):
        return current > int(value)
    return False


def _question(
    value: str, what: str, text: str, op: object, current: int | None = None
) -> str | None:
    name = op.target.name  # type: ignore[attr-defined]
    for m in _find(value, text):
        before = _clause_before(text, m.start())
        after = text[m.end() :]
        said = text[max(0, m.start() - 60) : m.end() + 30].strip()
        if what == "image" and _IP.match(value):
            return (
                f"{value} looks like an IP address, not an image tag for {name}. What should "
                "change: a Service or its address, or the image (say 'update "
                f"{name} to <tag>')?"
            )
        if what == "image":
            # The workload's own words and its image's name are not another thing.
            own = {name, *rx(r"[-_.]").split(name), *_own_words(op)}
            pattern = "|".join(re.escape(w) for w in sorted(own, key=len, reverse=True) if w)
            # ("the 3.2 client needs frontend 2.3.0": the workload said as the subject of the
            # value holds it; "the stripe sdk in payments to 13.0.0" does not.)
            own_clause = before
            said_name = list(rx(rf"(?<![\w\-])(?:{pattern})(?![\w\-])", re.I).finditer(own_clause))
            if said_name and not rx(r"\b(?:in|on|of|for|inside|within)\s+(?:the\s+)?$").search(
                before[: said_name[-1].start()]
            ):
                own_clause = own_clause[said_name[-1].start() :]
            stripped = rx(rf"(?<![\w\-])(?:{pattern})(?![\w\-])", re.I).sub(" ", own_clause)
            named = bool(said_name) or bool(rx(r"\b(?:image|tag)\b").search(before))
            if (
                _COMPONENT_BEFORE.search(stripped)
                or (not named and _COMPONENT_VERSIONED.search(text[: m.start()]))
                or _UI.search(before.rsplit(",", 1)[-1])
            ):
                return (
                    f"I read {value} in {said!r} as the version of something else (a protocol, "
                    f"a runtime, a library or a text), not the image {name} runs. Should I "
                    f"deploy {name}:{value}? Say 'update {name} to {value}' to plan it."
                )
        if (
            rx(
                r"\b(?:from|(?:(?:get|move|take|come|switch|migrate|bring|pull)\b[^,;]*?\s)off(?:\s+of)?|"
                r"over|instead\s+of|rather\s+than|in\s+for)\s+v?$",
                re.I,
            ).search(before)
            or rx(
                r"^\s*(?:(?:\w+\s+)?(?:must\s+go|has\s+to\s+go|needs\s+to\s+go|should\s+go)\b|"
                r"(?:\w+\s+)?(?:->|→|to)\s+(?:more|less|fewer|higher|lower|something\s+else))",
                re.I,
            ).match(after)
            or (
                # "swap payments 3.0.0 out" (never "get frontend:2.1.1 out": a release shipped)
                rx(r"^\s*out\b").match(after)
                and rx(r"\b(?:swap|switch|phase|rotate|cycle)\b", re.I).search(before)
            )
        ):
            return (
                f"In {said!r}, {value} is the side being left, not the one to go to: the plan "
                f"would set {what} of {name} to {value}. What should it be instead?"
            )
        if _away(before):
            return (
                f"In {said!r}, {value} belongs to the change to undo, but the plan would apply "
                f"it ({what} of {name} to {value}). What should {name} go back to?"
            )
        bounded = what == "replicas" or what.startswith(("cpu ", "memory "))
        bound = _BOUND_BEFORE.search(before) or _BOUND_AFTER.match(after)
        if bound and what.startswith(("cpu ", "memory ")) and bound.re is _BOUND_AFTER:
            # "512Mi max", "256Mi min": the limit or the request, named after the value.
            bound = (
                None if rx(r"\s*(?:max|maximum|min|minimum)").fullmatch(bound.group(0)) else bound
            )
        if bounded and bound and not _bound_unmet(bound.group(0), value, current):
            return (
                f"In {said!r}, {value} is a bound ({what} of {name}), not the value to set. "
                "Is it already met? Say the value to set, e.g. "
                f"'set {name} {what.split(maxsplit=1)[0]} to …'."
            )
        # "cpu request 250", ECS "cpu 256": a whole number of cores no pod asks for.
        if (
            what.startswith("cpu ")
            and rx(r"\d+").fullmatch(value)
            and int(value) >= _MOST_CORES_SAID_BARE
            and not rx(r"^\s*(?:full\s+)?(?:cores?|cpus?|vcpus?)\b", re.I).match(after)
        ):
            return (
                f"A cpu of {value} without a unit would be {value} cores for {name}. Did "
                f"you mean {value}m (millicores)? Say the unit."
            )
    return None


def check(
    said: str,
    result: PlanResult,
    *,
    answered: bool = False,
    live: Callable[[str, str, str], Json | None] | None = None,
) -> PlanResult:
    """``result``, or a question in its place when a value it sets is attached to something
    else in the words as sent (see the module docstring)."""
    if not result.operations:
        return result
    text = said.splitlines()[-1] if answered and said.splitlines() else said
    low = text.lower()
    for op in result.operations:
        name = op.target.name
        if isinstance(op, RolloutUndoOp):
            for m in rx(rf"\b(?:{_AWAY})\b|back-?out\s+plan").finditer(low):
                # (Its object only: "undo the deploy but keep the replica count" keeps.)
                tail = rx(r"[.;!?,\n]|\b(?:but|and|while|keeping|keep|except|so)\b").split(
                    low[m.end() :], 1
                )[0]
                tail = rx(r"\bto\b.*").sub("", tail)
                tail = rx(rf"\b{re.escape(name.lower())}\b").sub(" ", tail)
                if n := _RESOURCE_NOUN.search(tail):
                    return result.held_back(
                        f"You asked to undo {n.group(0)!r} of {name}, but a rollback undoes "
                        f"only its release (image and pod template): {op.summary()} would "
                        f"change the image, not the {n.group(0)}. What should change?"
                    )
            if m2 := _MANY.search(low):
                return result.held_back(
                    f"You said {m2.group(0)!r}: {op.summary()} goes back one step. Which "
                    f"revision of {name} should run (say 'roll {name} back to revision N')?"
                )
            continue
        if isinstance(op, ApplyOp) or (
            isinstance(op, PatchOp) and any(w == "probe" for w, _ in _values(op))
        ):
            kind = op.target.kind
            if rx(rf"\b(?:{_AWAY})\b").search(low) and not rx(r"\b(?:to|back\s+to)\s+").search(low):
                return result.held_back(
                    f"You asked to back out or undo something, but the plan would "
                    f"{op.summary()}: that adds it, not removes it. Should I remove the {kind} "
                    "instead (say 'delete …')?"
                )
            if kind == "ServiceMonitor" and rx(
                r"\bslos?\b\s*(?:of\s+|at\s+|is\s+|=\s*|:\s*)?\d|\d%?\s+slos?\b"
            ).search(low):
                return result.held_back(
                    "An SLO target is not a scrape config: what should I change for it?"
                )
        for value, what in _values(op):
            if what == "env" and "=" in value:
                key = value.split("=", 1)[0]
                if key.upper() in _SETTING_KEYS and not rx(
                    rf"{re.escape(key)}\s*=|\b(?:env|variable|var)\b", re.I
                ).search(text):
                    return result.held_back(
                        f"{key} names a setting of the network, the cluster or the service, not an "
                        f"environment variable of {name}. What should change (say 'set "
                        f"{key}=… on {name}' for an env var)?"
                    )
                for m in _find(value, text):
                    after = text[m.end() :]
                    before = _clause_before(text, m.start())
                    if rx(r"^[^.;\n]*?,?\s+so\s+\w").match(after) and not rx(
                        r"\b(?:set|add|put|make|change|update)\b", re.I
                    ).search(before):
                        return result.held_back(
                            f"{value} reads as the reason for what follows, not as a change. "
                            f"Should I also set {value} on {name}?"
                        )
                if question := _question(value, what, text, op):
                    return result.held_back(question)
                continue
            question = _question(value, what, text, op, _replicas(op, live))
            if question:
                return result.held_back(question)
        if isinstance(op, PatchOp):
            # "cpu 256 units" (ECS), "gpu 1": a part said that the plan does not hold.
            for m in rx(r"\b(?:gpus?|cpu|memory)\s*:?\s*(\d+)(\s+units?)?\b").finditer(low):
                if m.group(2) or (m.group(0).startswith("gpu") and "gpu" not in str(op.patch)):
                    return result.held_back(
                        f"I read {m.group(0)!r} but the plan does not hold it the way it was "
                        f"said ({op.summary()}). Say each value with its unit (e.g. 250m cpu)."
                    )
    return result
