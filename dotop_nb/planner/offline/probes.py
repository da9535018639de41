"""Readiness, liveness and startup probes: added, changed or removed on one container.

What is read: which probes ("readiness and liveness"), the check (an HTTP GET of a path, a TCP
connect, or what the container's readiness probe already does), the port (a number or a named
container port; the container's only port when none is said), and the period ("every 10s").
An HTTP check with no path is asked, never guessed. Example::

    add a liveness probe to my-api on /healthz port 8080 every 10 seconds
    → containers[api].livenessProbe = {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10}
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.planner.offline import numbers, slots, statements, template
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.workloads import pick_container
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
CUE = re.compile(
    # (Round 33, gap36a and gap36c: never a name's part joined by a hyphen, "the fermentation-probe
    # worker", "probe-runner"; a probe of its kind so joined is, "http-probe".)
    r"\b(readiness|liveness|startup|health)[- ]?(?:probes?|checks?)\b|"
    r"(?:(?<![\w\-])|\b(?:http|https|tcp|grpc|exec|command)-)probes?(?![\w\-])|"
    r"\bhealth ?checks?\b|"
    # "my-api readiness: check every 5s, mark unready after 3 failures": the probe named by its
    # kind alone, with what a probe does said beside it.
    r"\b(?:readiness|liveness|startup)\b(?=[^.;]{0,60}\b(?:checks?|checking|every|period\w*|"
    r"fail\w*|threshold|time\s*outs?|timeouts?|tcp|http|unready|unhealthy|strikes?|delay|"
    r"poll\w*|probing|ping\w*|port)\b|[^.;]{0,60}\s/[a-z][\w\-/]*)",
    re.I,
)
_KINDS = {"readiness": "readinessProbe", "liveness": "livenessProbe", "startup": "startupProbe"}
_REMOVE = re.compile(r"\b(remove|drop|delete|unset|disable)\b")


# The probe's fields said by their name, with or without a unit: "period 10",
# "failureThreshold 30", "timeout 2s", "initialDelaySeconds: 15".
# "period 10", "period: 10", "period of 10", "period is to be 5 seconds", "period should be 5".
_SEP = (
    r"\s*(?:=|:|of|(?:(?:is|should|must|shall|will|would|needs?|has|have|ought)\s+)?(?:to\s+)?be|"
    r"is|to|at)?\s*"
)
# A count in seconds; any other unit said after it is kept (group 2) for :func:`_count` to
# convert or ask ("timeout 500ms" is no 500 seconds).
_S = (
    rf"{_SEP}(\d+(?:[.,]\d+)?)(?:\s*(?:s|secs?|seconds?)\b|"
    r"\s*(ms|msecs?|millis(?:econds?)?|m|mins?|minutes?|h|hrs?|hours?)\b)?"
)
_PERIOD = re.compile(rf"\b(?:periodseconds|period){_S}")
_DELAY = re.compile(rf"\b(?:initialdelayseconds|initial delay|delay){_S}")
_FIELDS = {
    "failureThreshold": re.compile(rf"\b(?:failurethreshold|failure threshold){_SEP}(\d+)\b"),
    "successThreshold": re.compile(
        r"\b(?:successthreshold|success threshold)\s*(?:=|:|of)?\s*(\d+)\b"
    ),
    "timeoutSeconds": re.compile(rf"\b(?:timeoutseconds|timeout){_S}"),
}
# The same fields said in words, each number in the role it is said in (never another field):
# "after 3 failures", "3 strikes", "fails 3 times", "2 successes", "times out after 2s",
# "a 5s period", "wait 30s before the first check".
_N = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_U = r"(?:\s*(s|secs?|seconds?|m|mins?|minutes?)\b)"
_IN_WORDS: dict[str, tuple[re.Pattern[str], ...]] = {
    "failureThreshold": tuple(
        re.compile(p)
        for p in (
            rf"(?:\b(?:after|on|upon|at)\s+(?:the\s+)?)?\b{_N}\s+(?:consecutive\s+|straight\s+|"
            r"failed\s+|missed\s+)?(?:failures?|fails|"
            r"failed\s+(?:checks?|probes?|attempts?|tries)|strikes?|misses|missed\s+(?:checks?|"
            r"probes?)|bad\s+(?:checks?|responses?))\b(?!\s+(?:a|an|per)\s)",
            rf"\bfail(?:s|ed|ing)?\s+{_N}\s+times(?:\s+in\s+a\s+row)?\b",
            # "fail after 3", "unhealthy after 3 tries", "give up after 5 in a row": a count
            # after the failing state, never a duration ("fail after 3s" is not one) nor a time
            # to wait for.
            rf"\b(?:fail(?:s|ed|ing)?|give\s+up|gives\s+up|unready|unhealthy|dead|down)\s+"
            rf"after\s+{_N}\b(?:\s+(?:tries|attempts|checks|probes|times|failures|misses|"
            r"in\s+a\s+row))?(?!\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hours?|ms)\b|[.:]\d)",
        )
    ),
    "successThreshold": (
        re.compile(
            rf"(?:\b(?:after|on|upon)\s+(?:the\s+)?)?\b{_N}\s+(?:consecutive\s+|straight\s+)?"
            r"(?:successes|successful\s+(?:checks?|"
            r"probes?|attempts?|tries)|passes|passing\s+checks?|good\s+(?:checks?|responses?))\b"
        ),
    ),
}
_DURATIONS: dict[str, tuple[re.Pattern[str], ...]] = {
    "timeoutSeconds": tuple(
        re.compile(p)
        for p in (
            rf"\btim(?:es?|ed|ing)\s+out\s+(?:after|at|in|of)\s+{_N}{_U}",
            rf"\b{_N}{_U}\s+(?:time\s*out|timeout)\b",
            rf"\b(?:answer|respond|reply)s?\s+(?:with)?in\s+{_N}{_U}",
        )
    ),
    "periodSeconds": tuple(
        re.compile(p) for p in (rf"\b{_N}{_U}\s+(?:period|interval)\b", rf"\beach\s+{_N}{_U}")
    ),
    "initialDelaySeconds": tuple(
        re.compile(p)
        for p in (
            rf"\b{_N}{_U}\s+(?:initial\s+)?delay\b",
            rf"\bwait\s+{_N}{_U}\s+before\b",
            rf"\b(?:start|begin)\s+(?:checking|probing)\s+(?:only\s+)?after\s+{_N}{_U}",
            rf"\bgive\s+it\s+{_N}{_U}\s+to\s+(?:start|boot|warm\s+up|come\s+up)\b",
        )
    ),
}
# A start-up budget said as its factors: "30 x 10s", "10s * 30" (or with the multiplication
# sign), "30 times 10s", "30 checks 10s apart" — the bare count is the failure threshold, the
# duration the period; a total said with them ("allow up to 5 min (30 x 10s)") must be their
# product (:func:`_budget`).
# "30 x 10s", "30 failures x 10s", "30 checks every 10s": the count, maybe with what it
# counts, then the period.
_TIMES = (
    r"\s*(?:(?:failures?|fails?|failed\s+checks?|tries|attempts?|checks?|probes?)\s*)?"
    r"(?:x|\u00d7|\*|times|checks?(?:\s+(?:of|every))?|tries|attempts?|probes?)\s*"
)
_UNIT = r"\s*(?:s|secs?|seconds?|m|mins?|minutes?)\b"
BUDGET = re.compile(
    rf"(?:\b(?P<total>\d+)(?P<tu>{_UNIT})\s*\(\s*)?"
    rf"(?:\b(?P<n>\d+){_TIMES}(?P<p>\d+)(?P<pu>{_UNIT})(?:\s+apart)?|"
    rf"\b(?P<p2>\d+)(?P<pu2>{_UNIT}){_TIMES}(?P<n2>\d+)\b)(?:\s*\))?",
    re.I,
)


def _seconds(number: str, unit: str | None) -> int:
    return int(number) * (60 if (unit or "s").strip().startswith("m") else 1)


def _budget(text: str) -> dict[str, int]:
    """failureThreshold and periodSeconds from a budget said as its factors; a total said
    beside them that is not their product is asked."""
    m = BUDGET.search(text.lower())
    if m is None:
        return {}
    n = int(m.group("n") or m.group("n2"))
    period = _seconds(m.group("p") or m.group("p2"), m.group("pu") or m.group("pu2"))
    if n < 1 or period < 1:
        raise Clarify(f"{m.group(0)!r}: a probe's failure threshold and period are at least 1.")
    if m.group("total") and _seconds(m.group("total"), m.group("tu")) != n * period:
        raise Clarify(
            f"{m.group(0)!r}: {n} checks {period}s apart is {n * period}s, not "
            f"{m.group('total')}{m.group('tu')}. Which budget?"
        )
    return {"failureThreshold": n, "periodSeconds": period}


# What the guard must not take for a condition or a time ("after 3 failures", "times out after
# 2s", "wait 30s before the first check", "… before restarting it"): each is a probe field, read
# here, and what a failing probe does.
IN_WORDS: re.Pattern[str] = re.compile(
    "|".join(p.pattern for ps in (*_IN_WORDS.values(), *_DURATIONS.values()) for p in ps)
    + r"|\b(?:before|until)\s+(?:it\s+is\s+|it'?s\s+|being\s+|kubernetes\s+|k8s\s+)?"
    r"(?:restart\w*|marked\s+\w+|marking\s+it\s+\w+|killed|killing\s+it|taken\s+out)"
    r"(?:\s+(?:it|the\s+pod|the\s+container))?\b"
)
# Where a number is part of something read elsewhere: a port, a path, a duration.
_READ = re.compile(
    r"\bport\s*(?:=|:|number)?\s*\d+|\bon\s+:?\d{2,5}\b|:\d{2,5}\b|/\S*|"
    r"\b(?:tcp|udp)\s*(?:[:/]\s*|\s)(?:on\s+)?:?\d{1,5}\b|\b\d{1,5}/(?:tcp|udp)\b|"
    rf"\b(?:every|period|interval|delay|timeout)\w*{_SEP}\d+\s*[a-z]*|"
    rf"\b(?:failure|success)\s*threshold{_SEP}\d+|{IN_WORDS.pattern}|{BUDGET.pattern}"
)


def _count(text: str, pattern: re.Pattern[str]) -> int | None:
    """The whole number ``pattern`` reads, in seconds when a unit was said with it; a fraction
    or milliseconds ("timeout 500ms", "period 1.5") are asked: a probe counts whole seconds."""
    m = pattern.search(text.lower())
    if m is None:
        return None
    unit = (m.group(2) if (m.lastindex or 0) > 1 else None) or ""
    if not m.group(1).isdigit() or unit.startswith(("ms", "msec", "milli")):
        raise Clarify(
            f"{m.group(0).strip()!r}: a probe's periods, delays and timeouts are whole seconds "
            "(at least 1). Which value in seconds did you mean, e.g. 'timeout 1s'?"
        )
    n = int(m.group(1)) * (3600 if unit.startswith("h") else 60 if unit.startswith("m") else 1)
    if n < 1:
        raise Clarify(f"{m.group(0)!r}: a probe's {m.group(0).split()[0]} is at least 1.")
    return n


def _value(m: re.Match[str]) -> int:
    """The count of ``m`` (in seconds when a unit was said with it; minutes are 60)."""
    unit = (m.group(2) if (m.lastindex or 0) > 1 else None) or "s"
    return (slots.count(m.group(1)) or 0) * (60 if unit.startswith("m") else 1)


def _in_words(text: str) -> dict[str, int]:
    """The probe fields said in words ("after 3 failures", "times out after 2s"), in seconds
    for the durations; a field said twice with two values is asked."""
    found: dict[str, int] = {}
    for key, patterns in (*_IN_WORDS.items(), *_DURATIONS.items()):
        values = {_value(m) for p in patterns for m in p.finditer(text.lower())}
        if len(values) > 1 or 0 in values:
            raise Clarify(f"I read more than one {key} (or none I can use) in {text!r}: which one?")
        if values:
            found[key] = values.pop()
    return found


def _leftover(text: str) -> None:
    """Ask about a number no field read ("… 30" alone): it is never dropped."""
    # "like on slide 23": the id of another thing (numbers.attached), never a probe's value.
    rest = _READ.sub(" ", numbers.attached(text.lower()))
    if m := rx(r"(?<![\w\-.])\d+(?![\w\-.])").search(rest):
        raise Clarify(
            f"I did not understand {m.group(0)!r} in {text!r}: a port ('port 8080'), a period "
            "('every 10s'), a delay, a timeout or a failure threshold? Say which."
        )


def _wanted(text: str) -> list[str]:
    kinds = [k for k in _KINDS if rx(rf"\b{k}\b").search(text)]
    if rx(r"\ball (?:three )?(?:the )?probes\b").search(text):
        kinds = list(_KINDS)
    return kinds


# The check said by its kind: a command run in the container, a gRPC health check, HTTPS.
_EXEC = re.compile(r"\bexec\b|\bcommand\b|\bruns?\s+(?=['\"`/])")
_GRPC = re.compile(r"\bgrpc\b")
_HTTPS = re.compile(r"\bhttps\b")
# The command: quoted ("exec 'pg_isready -U app'"), else a path with its flags ("/bin/check -q").
_QUOTED = re.compile(r"[\"'`]([^\"'`]+)[\"'`]")
_COMMAND = re.compile(r"(?<![\w.:/])(/[\w.\-/]+(?:\s+--?[\w\-=.]+)*)")


# Well-known ports of databases, caches and brokers: said of a container that does not expose
# them, they are another workload's port.
_SERVICE_PORTS = frozenset({5432, 5433, 3306, 6379, 27017, 9042, 9092, 2181, 11211, 5672, 9200})
# A word just before an unquoted path that is no probe word: a command word ("cat", "test -f").
_BEFORE_PATH = re.compile(
    r"(?<![\w\-])(?!(?:exec|command|cmd|runs?|running|execute[sd]?|executing|probe|with|using|"
    r"calls?|calling|invoke[sd]?|of|is|as|via|and|the|a|an|script)\b)([\w\-]+)\s+$",
    re.I,
)
# Words of a command or a process, not of a port: never read as a TCP or HTTP check.
_SAYS_RUN = re.compile(
    r"\bruns?\b|\brunning\b|\bexecut\w*|\bprocess\w*\b|\bpg_isready\b|\bscript\b", re.I
)


def _path(raw: str) -> str | None:
    """The HTTP path said; of two ("/healthz → /ready", "from /healthz to /ready") the one after
    the arrow or "to", and any other pair asked about, never the first in its place."""
    paths = list(dict.fromkeys(m.group(1) for m in slots._PATH.finditer(raw)))
    if len(paths) < 2:
        return paths[0] if paths else None
    if len(paths) == 2 and rx(
        rf"{re.escape(paths[0])}\s*(?:->|→|=>|>|\bto\b|\binto\b)\s*{re.escape(paths[1])}"
    ).search(raw):
        return paths[1]
    raise Clarify(
        f"I read the paths {', '.join(map(repr, paths))}: which one should the probe call?"
    )


def _command(raw: str) -> list[str]:
    """The exec probe's command, each word an argument (never a shell); asked when not said."""
    m = _QUOTED.search(raw) or _COMMAND.search(raw)
    if m is not None and m.re is _COMMAND and (word := _BEFORE_PATH.search(raw, 0, m.start())):
        # "exec liveness probe: cat /tmp/healthy": the command is the words said, not the path.
        raise Clarify(
            f"I read {word.group(1) + ' ' + m.group(1)!r}: is {word.group(1)!r} part of the "
            "command? Say the whole command quoted, e.g. "
            f"'exec probe running \"{word.group(1)} {m.group(1)}\"'."
        )
    if m is None:
        raise Clarify(
            "Which command should the exec probe run? Say it quoted, e.g. "
            "'exec probe running \"/bin/check --ready\"'."
        )
    return m.group(1).split()


def _number_of(container: Json, port: int | str) -> int:
    """The number of a port said by name (a gRPC probe takes a number, never a name)."""
    if isinstance(port, int):
        return port
    return next(
        int(p["containerPort"]) for p in container.get("ports") or [] if p.get("name") == port
    )


# A kind of check said negated: "doesn't serve http", "no grpc endpoint", "not an http check".
_NOT_KIND = re.compile(
    r"(?:\b(?:not|no|never|without)|n't)\s+(?:(?:serve|speak|expose|have|use|do|support|"
    r"answer|listen\s+on)s?\s+)?(?:(?:an?|any|the)\s+)?(?:https?|grpc|tcp|exec)\b"
)


def _handler(ctx: Ctx, container: Json, text: str) -> tuple[Json, str]:
    """The check itself and how it was chosen: the check and the port said, never others."""
    ports = [p for p in container.get("ports") or [] if p.get("containerPort")]
    said_port = slots.port(text)
    if isinstance(said_port, str) and not any(p.get("name") == said_port for p in ports):
        raise Clarify(
            f"Container {container['name']} has no port named {said_port!r} (it has: "
            f"{', '.join(str(p.get('name') or p['containerPort']) for p in ports) or 'none'})."
        )
    if (
        isinstance(said_port, int)
        and ports
        and said_port in _SERVICE_PORTS
        and not any(p.get("containerPort") == said_port for p in ports)
    ):
        # "payments liveness probe on port 5432": a database's or broker's well-known port
        # that this container does not expose (an app's own extra port, 9000, is its own).
        raise Clarify(
            f"Container {container['name']} exposes no port {said_port} (it has: "
            f"{', '.join(str(p.get('name') or p['containerPort']) for p in ports)}). "
            "Which port should the probe check?"
        )
    http_path = _path(ctx.raw)
    if isinstance(said_port, str):
        # "on port http" names the port, not the check.
        text = rx(rf"\bport\s+{re.escape(said_port)}\b|\b{re.escape(said_port)}\s+port\b").sub(
            " ", text
        )
    if (unsaid := _NOT_KIND.sub(" ", text)) != text and rx(
        rf"{_EXEC.pattern}|{_GRPC.pattern}|\btcp\b|\bsocket\b|\bhttps?\b"
    ).search(unsaid):
        # "celery doesn't serve http so make it a tcp check": a kind said negated is the one
        # ruled out, never a second choice (alone, "not http", it is still asked).
        text = unsaid
    run = bool(_EXEC.search(text))
    grpc = bool(_GRPC.search(text))
    tcp = bool(rx(r"\btcp\b|\bsocket\b|\bconnect").search(text))
    https = bool(_HTTPS.search(text))
    # "GET /healthz" is the method; "postgres must get a startup probe" is the verb.
    http = bool(rx(r"\bhttps?\b|\bget\s+(?=/)|\bhttpget\b").search(text)) or (
        http_path is not None and not run and not grpc
    )
    if sum((run, grpc, tcp, http)) > 1:
        raise Clarify(
            "Which check: a command (exec), gRPC, HTTP or TCP? Say one ('tcp on port 5432', "
            "'http /healthz', 'grpc on port 9000' or 'exec \"/bin/check\"')."
        )
    # "payments runs 3 replicas but no liveness probe, add one": a fact's verb runs nothing.
    if not run and (said := _SAYS_RUN.search(statements.facts_blanked(text))):
        # "a liveness probe that runs pg_isready": a command, never a TCP check in its place.
        raise Clarify(
            f"I read {said.group(0)!r}: should the probe run a command (exec)? Say the command "
            "quoted, e.g. 'exec probe running \"pg_isready -U app\"', or the port/path to check."
        )
    if run:
        if said_port is not None:
            raise Clarify(
                f"An exec probe runs a command and checks no port: what is port {said_port} for?"
            )
        command = _command(ctx.raw)
        return {"exec": {"command": command}}, f"the command {' '.join(command)!r}"
    if said_port is None and (tcp or http or grpc):
        if len(ports) != 1:
            raise Clarify(
                f"On which port of container {container['name']}? Say e.g. 'on port 8080'."
            )
        said_port = ports[0].get("name") or ports[0]["containerPort"]
    if grpc:
        if http_path is not None:
            raise Clarify(
                f"A gRPC health check calls a service, not a path: what is {http_path!r} for?"
            )
        number = _number_of(container, said_port or 0)
        return {"grpc": {"port": number}}, f"a gRPC health check on port {number}"
    if tcp:
        return {"tcpSocket": {"port": said_port}}, f"a TCP connect to port {said_port}"
    if http:
        if http_path is None:
            raise Clarify(
                "Which path should the HTTP check call? Say e.g. 'http /healthz on port 8080'."
            )
        get: Json = {"path": http_path, "port": said_port}
        if https:
            get["scheme"] = "HTTPS"
        return (
            {"httpGet": get},
            f"an HTTP{'S' if https else ''} GET of {http_path} on port {said_port}",
        )
    existing = container.get("readinessProbe") or {}
    for key in ("httpGet", "tcpSocket", "grpc", "exec"):
        if key in existing and (said_port is None or _same_port(container, existing, said_port)):
            check = existing[key]
            if said_port is not None and isinstance(check, dict) and "port" in check:
                # "… on port 8080" where the readiness check names it "http": the port as said.
                check = {**check, "port": said_port}
            return {key: check}, "the same check as its readiness probe"
    if said_port is not None:
        # "a readiness probe on port 9090": that port is the probe's, checked by a TCP connect.
        return {"tcpSocket": {"port": said_port}}, f"a TCP connect to port {said_port}"
    if len(ports) == 1:
        name = ports[0].get("name") or ports[0]["containerPort"]
        return {"tcpSocket": {"port": name}}, f"a TCP connect to its only port ({name})"
    raise Clarify(
        f"What should the probe check on container {container['name']}: an HTTP path "
        "('http /healthz on port 8080') or a TCP port ('tcp on port 5432')?"
    )


def _same_port(container: Json, check: Json, port: int | str) -> bool:
    """Whether the readiness ``check`` is on the port said (by name or by number)."""
    body = next((v for k, v in check.items() if k in ("httpGet", "tcpSocket", "grpc")), None)
    if not isinstance(body, dict) or body.get("port") is None:
        return False
    numbers = {
        p.get("name"): p.get("containerPort") for p in container.get("ports") or [] if p.get("name")
    }
    return {body["port"], numbers.get(body["port"])} & {port, numbers.get(port)} != set()


# A field said "on the liveness probe of X" or "X's liveness probe": the probe is one that
# exists, never one to make up.
def _the_probe(kind: str) -> re.Pattern[str]:
    return rx(
        rf"\b(?:on|to|of|in|for|from)\s+(?:the|its|their|that|this)\s+(?:existing\s+|current\s+)?"
        rf"{kind}\s+(?:probe|check)\b|\b{kind}\s+(?:probe|check)'s\b|"
        rf"\b(?:existing|current)\s+{kind}\s+(?:probe|check)\b|"
        # Round 26: "increase checkout's liveness probe failureThreshold to 5", "make the
        # liveness probe less aggressive": the value it has, changed relative to it ("on
        # my-api's liveness probe the failure threshold is to be 6" may add one).
        r"\b(?:increase|raise|bump|lower|decrease|reduce|relax|loosen|extend|lengthen|shorten|"
        rf"double|halve)\s+(?:the\s+)?[\w\-]+'s?\s+(?:existing\s+|current\s+)?{kind}\s+"
        r"(?:probe|check)\b|"
        r"\b(?:less|more)\s+(?:aggressive|lenient|tolerant|forgiving|patient|strict|sensitive|"
        r"trigger[\s-]happy)\b"
    )


# "periodSeconds -5", "a timeout of minus 2": a probe field is never negative.
_NEGATIVE = re.compile(r"(?<![\w\-])(?:-|minus\s+|negative\s+)\d+\b")


def probe(ctx: Ctx) -> PlanResult:
    """Add, change or remove probes of the container the intent names (see module docstring)."""
    target, obj = ctx.workload()
    container = pick_container(ctx, target, obj)
    text = ctx.text
    kinds = _wanted(text)
    if not kinds:
        raise Clarify(
            "Which probe: readiness (traffic only when ready), liveness (restart when stuck) or "
            "startup (time to start)? Say e.g. 'add a readiness probe on /healthz'."
        )
    body: Json = {}
    if _REMOVE.search(text):
        missing = [k for k in kinds if not container.get(_KINDS[k])]
        if missing:
            raise Clarify(
                f"Container {container['name']} of {target.describe()} has no "
                f"{' or '.join(missing)} probe to remove."
            )
        body = {_KINDS[k]: None for k in kinds}
        summary = f"remove its {' and '.join(kinds)} probe{'s' if len(kinds) > 1 else ''}"
    else:
        if m := _NEGATIVE.search(text):
            raise Clarify(
                f"{m.group(0)!r}: a probe's period, timeout and thresholds are at least 1 and "
                "its delay at least 0. Which value did you mean?"
            )
        # A probe's period and delay are counted in seconds: "period 10" is 10s.
        period = slots.seconds(text, bare="s") or _count(text, _PERIOD)
        delay = slots.seconds(text, cue=r"initial delay(?: of)?|delay(?: of)?", bare="s") or _count(
            text, _DELAY
        )
        extra = {k: n for k, pattern in _FIELDS.items() if (n := _count(text, pattern))}
        named = {"periodSeconds": period, "initialDelaySeconds": delay, **extra}
        for key, value in (*_in_words(text).items(), *_budget(text).items()):
            if named.get(key) not in (None, value):
                raise Clarify(f"I read two values for {key} in {text!r}: which one?")
            named[key] = value
        period, delay = named.pop("periodSeconds"), named.pop("initialDelaySeconds")
        extra = {k: v for k, v in named.items() if v is not None}
        _leftover(ctx.text)
        current = {k: container.get(_KINDS[k]) for k in kinds}
        handler_said = bool(
            slots.port(text)
            or slots.path(ctx.raw)
            or rx(r"\btcp\b|\bhttps?\b").search(text)
            or _EXEC.search(text)
            or _GRPC.search(text)
        )
        described = []
        for kind in kinds:
            if not current[kind] and not handler_said and _the_probe(kind).search(text):
                raise Clarify(
                    f"Container {container['name']} of {target.describe()} has no {kind} probe "
                    "to change. Add one? Say its check, e.g. 'add a "
                    f"{kind} probe on /healthz port 8080' (or name the probe it has)."
                )
            if current[kind] and not handler_said:
                # Only the period (or delay) said: change those, keep the check as it is.
                if period is None and delay is None and not extra:
                    raise Clarify(
                        f"Container {container['name']} already has a {kind} probe. What should "
                        "change: the check ('http /ready on port 8080'), or the period "
                        "('every 5s')?"
                    )
                spec = dict(current[kind] or {})
                how = "its current check"
            else:
                handler, how = _handler(ctx, container, text)
                spec = dict(handler)
            if period is not None:
                spec["periodSeconds"] = period
            if delay is not None:
                spec["initialDelaySeconds"] = delay
            spec.update(extra)
            body[_KINDS[kind]] = spec
            described.append(
                f"{kind}: {how}"
                + (f", every {period}s" if period else "")
                + (f", first after {delay}s" if delay else "")
                + "".join(f", {k} {n}" for k, n in extra.items())
            )
        summary = "; ".join(described)
    risks = []
    if "livenessProbe" in body and body["livenessProbe"] is not None:
        risks.append(
            "a liveness probe that fails under load restarts healthy pods: keep it cheap and "
            "its failure threshold generous"
        )
    return template.plan(
        ctx,
        target,
        "config",
        template.containers_spec({container["name"]: body}),
        analysis=f"Container `{container['name']}` of {target.describe()}: {summary}.",
        verified="the new probes",
        risks=risks,
    )
