"""An order said in a neighbouring tool's words: its command or its config stanza, pasted.

Rule (round 18): people who run Nomad, Consul, Docker, Swarm, Compose, systemd, Cloud Foundry
or Heroku paste what they would type there — often as a Markdown code span — and ask for "the
k8s version of that". ONE table, :data:`TABLE`, says which of those commands and stanzas mean
which of our orders, with the workload each names:

- a command: ``nomad job scale payments 3`` (and every scale command of
  :mod:`.plainwords`), ``nomad job restart X``, ``nomad alloc restart`` (the allocs named in
  words after it), ``docker restart X``, ``systemctl restart X``, ``docker service update
  --force X``, ``cf restart X``, ``nomad job revert X 0`` (Nomad's version 0 is the first
  version), ``docker service rollback X``…;
- Docker's limits: ``docker update --memory 512m X`` (its "m" is MiB, never milli), ``--cpus``;
- a stanza: ``count = 3``, ``memory = 256`` / ``memory_max = 384`` (Nomad's MB are MiB),
  ``scaling { min = 2 max = 6 }``, ``constraint { distinct_hosts = true }``;
- Consul intentions said as lines: "deny * => postgres, allow my-api => postgres" is "only
  my-api may reach postgres".

A command or stanza of the table is written as its order, in a code span or as the request's
first words, and a remark that only says it is wanted here ("— the k8s version of that", "the
kubernetes equivalent", "or whatever the equivalent is here": :data:`HEDGE`) goes with it. A
restatement after it ("`nomad job revert checkout 0` equivalent: back to the first version")
that adds nothing — no number the translation lacks, no other workload, no second order — is
the same order said twice and is read once; one that adds something stays, for the rules.

A code span of another tool that the table does not translate is compared with, not run,
when it is said as a comparison ("like `nomad operator snapshot save`, but …", "`nomad system
gc` equivalent — …"): its words are read as said, for :mod:`.comparisons` to take out or the
rules to ask about. Anything else stays as said, so the guard still asks about it: a span of
our own words or a value (``to `whoami```), a span glued to a token (``2.2.0`rm -rf x```), a
span with a shell metacharacter, a command the table does not know (``nomad job run
payments.nomad``, ``nomad job stop -purge payments``), a version other than Nomad's first
(``nomad job revert checkout 3``: which of ours is it?), and a workload the namespace lacks.

Pure text, given the namespace's workload names. Example::

    read("`nomad job scale payments 3` — the k8s version of that", lambda: names)
    # 'scale payments to 3'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dotop_nb.planner.offline.rx import rx

# The tools whose commands are pasted; a code span starting with one is another tool's.
_TOOL = (
    r"(?:sudo\s+)?(?:nomad|consul|vault|docker(?:-compose)?|podman|systemctl|service|cf|heroku|"
    r"flyctl|fly|pm2|supervisorctl|aws|ecs-cli|terraform|helm|swarm|compose)"
)
_TOOL_LEAD = re.compile(rf"^{_TOOL}\s", re.I)
# A config stanza: "memory_max = 384", "scaling { min = 2 max = 6 }", "count=3".
_STANZA = re.compile(r"^[a-z_][\w.]*\s*(?:=\s*\S.*|(?:\"[^\"]*\"\s*)?\{.*\})$", re.I | re.S)
# A Markdown code span standing as a word of its own (never glued to a token: "2.2.0`rm x`").
_SPAN = re.compile(r"(?<![^\s(\[\"'])`(?P<body>[^`\n]{1,200})`(?![^\s,.;:!?)\]\u2014\u2013-])")
# Shell metacharacters inside a span keep it asked (the guard's own set, less the backtick).
_SHELL = re.compile(r"[;|&$<>\\]")
# A comparison with a span: "like `…`", "as with `…`", "`…` equivalent", "`…`-style".
_LIKE_BEFORE = re.compile(
    r"\b(?:(?:just|much|kind\s+of|sort\s+of|pretty\s+much)\s+)?(?:like|as\s+with|similar\s+to|"
    r"akin\s+to|analogous\s+to|the\s+same\s+as|same\s+as)\s+$",
    re.I,
)
# Where a translated span may stand: opening the request or a clause of its own, after at most
# a polite word or "the k8s version of" — never as a value ("set X to `docker restart y`").
_LEAD = re.compile(
    r"(?:^|[:;.!?\u2014\u2013]|\s-{1,2})\s*(?:(?:please|pls|can\s+you|could\s+you|do|run|just|"
    r"basically|so)\s+)*(?:(?:the|a|an)\s+)?(?:(?:k8s|kubernetes)\s+(?:version|equivalent|"
    r"translation)\s+of\s+)?$",
    re.I,
)
_LIKE_AFTER = re.compile(r"^\s*-?\s*(?:equivalent|style|analogue|counterpart)\b", re.I)

# A remark that only says the pasted order is wanted here, in Kubernetes' terms.
_K8S = r"(?:k8s|kubernetes|kube|the\s+cluster)"
HEDGE = re.compile(
    r"^\s*(?:[,;:(]|\u2014|\u2013|-{1,2})?\s*(?:"
    # "the k8s version of that", "its kubernetes equivalent", "the k8s way please"
    rf"(?:(?:but|just|so|i\.e\.?)\s+)?(?:(?:do\s+)?(?:the|its|your|our|a)\s+)?{_K8S}[\s-]+"
    r"(?:version|equivalent|way|edition|style|flavou?r|counterpart|translation)"
    r"(?:\s+of\s+(?:that|it|this|the\s+above))?|"
    # "in k8s (terms)", "but on kubernetes"
    rf"(?:but\s+)?(?:in|on|for)\s+{_K8S}(?:\s+terms)?|"
    # "or whatever the equivalent is here", "the equivalent here", "or the k8s equivalent"
    r"(?:or\s+)?(?:whatever\s+)?(?:the\s+)?(?:k8s\s+|kubernetes\s+)?equivalent"
    r"(?:\s+(?:is|would\s+be))?(?:\s+(?:here|in\s+(?:k8s|kubernetes)|on\s+(?:k8s|kubernetes)))?|"
    r"or\s+however\s+(?:you|we|one)\s+do\s+(?:it|that)\s+here"
    r")(?:\s*\))?(?:\s+(?:please|pls|plz|here)\b)?\s*[.!]?\s*",
    re.I,
)
# A restatement after a translated order: "… equivalent: <order>", "…, i.e. <order>", "— <order>".
_RESTATED = re.compile(
    r"^\s*(?:-?\s*(?:equivalent|style)\s*)?(?::|\u2014|\u2013|--?(?=\s)|,?\s*i\.?e\.?,?|"
    r",?\s*(?:that\s+is|meaning|so|aka)\b,?)\s*",
    re.I,
)
# What a restatement may not hold to be read as the same order: a second order or a deletion.
_MORE = re.compile(
    r"\b(?:and|then|also|plus|but|keep|except|delete|remove|drop|destroy|purge|wipe)\b|[A-Z]{2}[A-Z_]*",
)
# Where a hedge must end: the end of the request or of its clause.
_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$)")
_DIGITS = re.compile(r"\d+(?:\.\d+)*")
_WORD = re.compile(r"[a-z0-9][\w-]*", re.I)


@dataclass(frozen=True)
class Foreign:
    """A command or stanza of another tool: ``said`` (a pattern, any case, ``{name}`` a workload
    of the namespace), the order it ``means`` (a template of its groups) and ``where``."""

    said: str
    means: str
    where: str


def _c(said: str, means: str, where: str) -> Foreign:
    return Foreign(said, means, where)


# The one table of other tools' commands and stanzas, and the order each means.
TABLE: tuple[Foreign, ...] = (
    # Restarts of every running copy.
    _c(r"nomad\s+job\s+restart\s+(?:-\S+\s+)*(?P<name>{name})", "restart {name}", "Nomad"),
    _c(r"nomad\s+alloc\s+restart", "restart", "Nomad (the allocs are named after it)"),
    _c(
        r"(?:docker|podman)(?:\s+compose|-compose|\s+container)?\s+restart\s+(?P<name>{name})|"
        r"docker-compose\s+restart\s+(?P<name2>{name})",
        "restart {name}",
        "Docker, Compose, Podman",
    ),
    _c(
        r"(?:sudo\s+)?(?:systemctl\s+restart\s+(?P<name>{name})(?:\.service)?|"
        r"service\s+(?P<name2>{name})\s+restart)",
        "restart {name}",
        "systemd, SysV",
    ),
    _c(
        r"docker\s+service\s+update\s+--force\s+(?P<name>{name})|"
        r"cf\s+restart\s+(?P<name2>{name})|"
        r"heroku\s+(?:ps:)?restart\s+(?:-a|--app)[=\s](?P<name3>{name})|"
        r"(?:pm2|supervisorctl)\s+restart\s+(?P<name4>{name})",
        "restart {name}",
        "Swarm, Cloud Foundry, Heroku, pm2, supervisord",
    ),
    # Back to an earlier version.
    _c(
        r"nomad\s+job\s+revert\s+(?P<name>{name})\s+0",
        "roll back {name} to its first version",
        "Nomad (version 0 is the job's first)",
    ),
    # Round 24 (gap C): Cloud Foundry counts an app's revisions from 1; only its first is
    # known to be ours ("cf rollback X --version 3": which of ours is it? asked).
    _c(
        r"cf\s+rollback\s+(?P<name>{name})\s+--version[=\s]1(?!\d)",
        "roll back {name} to its first version",
        "Cloud Foundry (revision 1 is the app's first)",
    ),
    _c(
        r"docker\s+service\s+(?:rollback|update\s+--rollback)\s+(?P<name>{name})|"
        r"heroku\s+(?:releases:)?rollback\s+(?:-a|--app)[=\s](?P<name2>{name})",
        "roll back {name}",
        "Swarm, Heroku (the release before)",
    ),
    # The count of running copies.
    _c(
        r"docker\s+service\s+scale\s+(?P<name>{name})=(?P<n>\d{1,3})|"
        r"docker[\s-]compose\s+(?:up\s+(?:-d\s+)?)?--scale\s+(?P<name2>{name})=(?P<n2>\d{1,3})"
        r"(?:\s+-d)?",
        "scale {name} to {n}",
        "Swarm, Compose",
    ),
    _c(r"(?:count|replicas|desired_count|instances)\s*=\s*(?P<n>\d{1,3})", "{n} replicas", "HCL"),
    # Memory, in Nomad's MB (mebibytes).
    _c(r"memory\s*=\s*(?P<n>\d{1,6})", "a memory request of {n}Mi", "Nomad"),
    _c(r"memory_max\s*=\s*(?P<n>\d{1,6})", "a memory limit of {n}Mi", "Nomad"),
    # Docker's limits: its "m" and "g" are MiB and GiB, never Kubernetes' milli.
    _c(
        r"docker\s+(?:container\s+)?update\s+(?:-m|--memory)[=\s](?P<n>\d{1,6})(?P<u>[mg])b?\s+"
        r"(?P<name>{name})",
        "a memory limit of {n}{u}i on {name}",
        "Docker",
    ),
    _c(
        r"docker\s+(?:container\s+)?update\s+--cpus[=\s](?P<n>\d{1,2}(?:\.\d{1,3})?)\s+"
        r"(?P<name>{name})",
        "a cpu limit of {n} on {name}",
        "Docker",
    ),
    # An autoscaler's bounds.
    _c(
        r"scaling\s*(?:\"[^\"]*\"\s*)?\{\s*(?:enabled\s*=\s*true\s*,?\s*)?"
        r"(?:min\s*=\s*(?P<lo>\d{1,3})\s*,?\s*max\s*=\s*(?P<hi>\d{1,3})|"
        r"max\s*=\s*(?P<hi2>\d{1,3})\s*,?\s*min\s*=\s*(?P<lo2>\d{1,3}))\s*,?\s*\}",
        "autoscale between {lo} and {hi} replicas",
        "Nomad",
    ),
    # One copy per machine.
    _c(
        r"constraint\s*\{\s*(?:distinct_hosts\s*=\s*true|"
        r"operator\s*=\s*\"distinct_hosts\"(?:\s*,?\s*value\s*=\s*\"true\")?)\s*,?\s*\}",
        "never two pods on the same node",
        "Nomad",
    ),
)

# Another tool's deletion of a workload. Never planned from the command: only its restatement
# in our words ("— delete the deployment and its Service") says what goes, and the command names
# the workload that restatement is about ("payments: delete the deployment and its Service").
_DELETED = re.compile(
    r"nomad\s+job\s+stop\s+(?:-purge|--purge)\s+(?P<name>[a-z0-9][a-z0-9-]*)|"
    r"docker\s+(?:service\s+rm|rm\s+-f|stack\s+rm)\s+(?P<name2>[a-z0-9][a-z0-9-]*)|"
    r"(?:cf\s+delete|heroku\s+apps:destroy\s+(?:-a|--app))\s+(?P<name3>[a-z0-9][a-z0-9-]*)(?:\s+-f)?",
    re.I,
)
_DELETE_SAID = re.compile(r"\b(?:delete|remove|drop|tear\s+down|get\s+rid\s+of)\b", re.I)

# Consul intentions said as lines: "deny * => postgres", "allow my-api => postgres".
_INTENTION = (
    r"(?P<verb>allow|deny)\s+(?P<src>\*|[a-z0-9][a-z0-9-]*)\s*(?:=>|->|\u2192)\s*"
    r"(?P<dst>[a-z0-9][a-z0-9-]*)"
)
_INTENTIONS = re.compile(
    r"^\s*(?:(?:in\s+)?consul[\s-]+intentions?(?:[\s-]+style)?\s*[:,\u2014\u2013-]\s*)?"
    rf"(?P<lines>{_INTENTION}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)"
    rf"{_INTENTION.replace('?P<', '?P<x')})+)"
    r"\s*[.!]?\s*$",
    re.I,
)
_ONE_INTENTION = re.compile(_INTENTION, re.I)
_INTENTION_CUE = re.compile(r"\b(?:allow|deny)\s+\S+\s*(?:=>|->|\u2192)", re.I)
# A stanza typed without a code span that only Nomad writes: a block, or its memory ceiling
# ("memory = 256" alone may be a unit forgotten: asked).
_BARE_STANZA = re.compile(
    r"^\s*(?P<stanza>memory_max\s*=\s*\d+|(?:scaling|constraint)\s*(?:\"[^\"]*\"\s*)?\{[^{}]*\})"
    r"(?=\s|[,;:.!]|$)",
    re.I,
)
# Where a command typed without a code span may end: before a clause mark or the end.
_END = re.compile(r"\s*(?:[,;:(]|\u2014|\u2013|\s-{1,2}\s|$)")


def read(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with another tool's command or stanza written as the order it means (see the
    module's rule); otherwise ``text`` as it is."""
    if (
        "`" not in text
        and not _INTENTION_CUE.search(text)
        and not _TOOL_LEAD.match(text.lstrip())
        and not _BARE_STANZA.match(text)
    ):
        return text
    known = names()
    text = _intentions(text, known)
    text = _spans(text, known)
    return _leading(text, known)


def _spans(text: str, known: frozenset[str]) -> str:
    """Each code span of another tool, translated or read as a comparison, in turn."""
    out, last = [], 0
    for m in _SPAN.finditer(text):
        body = m.group("body").strip()
        if _SHELL.search(body) or not (_TOOL_LEAD.match(body) or _STANZA.match(body)):
            continue
        said = translate(body, known)
        before, after = text[last : m.start()], text[m.end() :]
        if said is not None and _LEAD.search(text[: m.start()]):
            out.append(before + said)
            last = m.end() + _after(said, after, known)
        elif (whose := _deleted(body, after, known)) and _LEAD.search(text[: m.start()]):
            out.append(f"{before}{whose[0]}: ")
            last = m.end() + whose[1]
        elif _LIKE_BEFORE.search(text[: m.start()]) or _LIKE_AFTER.match(after):
            out.append(before + body)
            last = m.end()
    out.append(text[last:])
    return "".join(out).strip()


def _leading(text: str, known: frozenset[str]) -> str:
    """A command of the table, or a stanza only Nomad writes, typed as the request's first
    words with no code span."""
    if (m := _BARE_STANZA.match(text)) and (said := translate(m["stanza"], known)):
        return (said + text[m.end() + _after(said, text[m.end() :], known) :]).strip()
    if not _TOOL_LEAD.match(text.lstrip()):
        return text
    for cut in _ends(text):
        said = translate(text[:cut].strip(), known)
        if said is not None:
            return (said + text[cut + _after(said, text[cut:], known) :]).strip()
    return text


def _ends(text: str) -> list[int]:
    """Where a command typed without a code span may end: before a clause mark or the end."""
    return [m.start() for m in _END.finditer(text) if m.start() > 0]


def _after(said: str, after: str, known: frozenset[str]) -> int:
    """How much of ``after`` goes with the translated ``said``: a hedge (:data:`HEDGE`), or a
    restatement that adds nothing to it (see the module's rule)."""
    hedge = HEDGE.match(after)
    if hedge and hedge.end() > 0 and _CLAUSE_END.match(after[hedge.end() :]):
        return hedge.end()
    restated = _RESTATED.match(after)
    if restated is None or restated.end() == 0:
        return 0
    rest = after[restated.end() :]
    if _same(said, rest, known):
        return len(after)
    return 0


def _deleted(command: str, after: str, known: frozenset[str]) -> tuple[str, int] | None:
    """The workload another tool's deletion ``command`` names and the length of the mark before
    its restatement, when that restatement says the deletion in our words (see
    :data:`_DELETED`); None otherwise."""
    m = _DELETED.fullmatch(command)
    restated = _RESTATED.match(after)
    if m is None or restated is None or restated.end() == 0:
        return None
    name = next(v for v in m.groups() if v is not None).lower()
    if name not in known or not _DELETE_SAID.search(after[restated.end() :]):
        return None
    return name, restated.end()


def _same(said: str, rest: str, known: frozenset[str]) -> bool:
    """Whether ``rest`` says ``said`` again: no number ``said`` lacks, no workload ``said`` does
    not name, no second order or deletion, and a word of ``said`` in it."""
    if not rest.strip() or _MORE.search(rest):
        return False
    if set(_DIGITS.findall(rest)) - set(_DIGITS.findall(said)):
        return False
    words = {w.lower() for w in _WORD.findall(rest)}
    own = {w.lower() for w in _WORD.findall(said)}
    if (words & known) - own:
        return False
    return bool(words & own - {"to", "its", "a", "the", "of", "on"})


def translate(command: str, known: frozenset[str]) -> str | None:
    """The order ``command`` (a whole command or stanza of another tool) means, from
    :data:`TABLE` or the platform commands of :mod:`.plainwords`; None when it is not one."""
    from dotop_nb.planner.offline import paas, plainwords  # noqa: PLC0415 - import cycle

    alt = "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True)) or r"(?!x)x"
    for foreign in TABLE:
        m = rx(foreign.said.replace("{name}", alt), re.I).fullmatch(command)
        if m is not None:
            said = {k.rstrip("234"): v for k, v in m.groupdict().items() if v is not None}
            if "u" in said:
                said["u"] = said["u"].upper()  # "512m" is 512Mi here
            return foreign.means.format(**said)
    if (config := paas.read(command)) != command:
        return config
    return plainwords.command(command, alt)


def _intentions(text: str, known: frozenset[str]) -> str:
    """Consul intentions said as lines, for one destination: a default deny ("deny * => X")
    and the sources allowed ("allow A => X") are "only A may reach X"; any other set (no
    default deny, two destinations, a workload the namespace lacks) is left as said."""
    m = _INTENTIONS.match(text)
    if m is None:
        return text
    lines = [
        (x["verb"].lower(), x["src"].lower(), x["dst"].lower())
        for x in _ONE_INTENTION.finditer(m["lines"])
    ]
    targets = {dst for _, _, dst in lines}
    allowed = [src for verb, src, _ in lines if verb == "allow"]
    if (
        len(targets) != 1
        or ("deny", "*", next(iter(targets))) not in lines
        or not allowed
        or "*" in allowed
        or not set(allowed) | targets <= known
        or any(verb == "deny" and src != "*" for verb, src, _ in lines)
    ):
        return text
    return f"only {' and '.join(allowed)} may reach {next(iter(targets))}"
