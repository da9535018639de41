"""A comparison said beside the order explains it; the order is what is done.

People who come from another world say the change and, beside it, what it would be there:
"no privilege escalation … like a setuid binary would", "think iptables INPUT policy DROP:
default deny all inbound", "CPUQuota=50% equivalent for payments: a cpu limit of 500m", "only
frontend should reach my-api, an iptables ACCEPT from that one source and DROP for everyone
else", "hpa on payments … like we did with cron and ansible", "alert like a nagios CRITICAL
when …". Read as part of the order, the comparison's words trip the checks meant for real
orders: DROP is a delete, cron a schedule, "would" a hedge. Here, before the other readers,
the comparison is taken out, so every check reads only the order. One table of markers
(:data:`MARKER`) says what a comparison is:

- **inline** — a marker ("like a/an …", "like we did with …", "the way X does it", "as with
  X", "à la X", "akin to X", "in X terms") to the end of its clause, or to a condition or a
  time that follows it ("alert like a nagios CRITICAL when postgres is down …" keeps "when …");
- **a lead before a colon** — "think X: <order>", "X equivalent (for W): <order>", "same idea
  as X: <order>", or a lead that holds an inline comparison ("I don't want to babysit replica
  counts like we did with cron: <order>"); a workload the lead names for the order ("… for
  payments: …") stays with it;
- **an appositive after the order** — ", an iptables …", ", i.e. …", ", in systemd terms …",
  ", basically a cron job": a clause of its own, led by a marker or by an article and a word of
  another system (:data:`ELSEWHERE`).

A workload said to be something of another system, then what follows for it ("worker is
basically a worker@.service template unit and I want worker@1 through worker@4, so four
replicas") is the workload and what follows: "worker: four replicas".

The same holds for the reason a time is chosen, said after it: "restart orders at 18:00,
that's when its queue is empty", "… tonight, which is our quiet window": the time is when the
plan waits; the clause says why then, and its "when" is no second condition.

A comparison is never taken out when it may be what is asked, so the checks still see it:

- it names a workload of the namespace the order does not ("like orders has", "same as
  checkout": what is copied)
  or holds an order on a Kubernetes object ("…, and drop the legacy deployment");
- it holds a number or a value and the order holds none (the comparison is the value:
  "a cpu limit equivalent to CPUQuota=50%"), or a day or a condition ("like we did on black
  friday: …" may say when);
- it follows a verb of manner ("run worker like a cron job", "make it behave like …",
  "do it like we did last time"): how is what;
- it is a wish or a look ("I'd like …", "looks like a leak");
- what is left does not read as a request on its own, or refers back to it ("do that");
- what is left deletes something ("think iptables DROP: delete worker"): a deletion is planned
  only when asked on its own, so the whole sentence is read (and asked about) as said.

Pure text, given the namespace's workload names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import asides, understand, veto

# Words of the systems a Linux administrator compares to: a firewall, an init system, a
# scheduler, configuration management, monitoring, process and privilege terms.
ELSEWHERE = (
    r"(?:iptables|ip6tables|nftables|nft|ufw|firewalld|netfilter|pf|pfctl|systemd|systemctl|"
    r"unit\s+files?|template\s+units?|[\w-]+@\.service|cgroups?|cpuquota|cpushares|memorymax|"
    r"memoryhigh|memorylimit|ulimits?|setuid|suid|sudo|chroot|cron|crontab|anacron|ansible|"
    r"puppet|chef|saltstack|nagios|icinga|zabbix|monit|supervisord|init\.d|upstart|sysvinit|"
    r"logrotate|rsyslog|keepalived|pacemaker|xinetd|inetd|vmware|vsphere)"
)
_ELSEWHERE = re.compile(rf"(?<![\w-]){ELSEWHERE}(?![\w-])", re.I)
# Where a comparison starts. "like" only before what a comparison compares with: an article, a
# person doing something, "in/with/on …" or a word of another system — never a wish ("I'd like
# payments at 3"), a look ("looks like a leak") or a list of examples ("things like the …").
MARKER = (
    r"(?<!['\u2019]d\s)(?<!\bwould\s)(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)"
    r"(?<!\blooks\s)(?<!\blook\s)(?<!\bseems\s)(?<!\bfeels\s)(?<!\bsounds\s)(?<!\bsomething\s)"
    r"(?<!\blooked\s)(?<!\bseemed\s)(?<!\bfelt\s)(?<!\bsmells\s)(?<!\bsounded\s)"
    r"(?<!\bthings\s)(?<!\bstuff\s)(?<!\bones\s)"
    r"\b(?:(?:just|much|kind\s+of|sort\s+of|exactly|pretty\s+much)\s+)?like\s+"
    r"(?=(?:a|an|we|you|they|i|in|with|on|how|old|our|the\s+(?:old|way))\b|"
    rf"{ELSEWHERE}(?![\w-]))|"
    r"\bthe\s+way\s+(?:a|an|the|we|you|they|i|it|[\w.-]+)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:does|did|do|would|used\s+to|handles?)\b|"
    r"\b(?:as\s+with|\u00e0\s+la|a\s+la|akin\s+to|analogous\s+to|comparable\s+to|"
    r"equivalent\s+to|(?:the\s+)?same\s+(?:idea|thing|concept)\s+as)\s+|"
    r"\bin\s+[\w.-]+\s+(?:terms|speak|parlance|lingo)\b"
)
_INLINE = re.compile(MARKER, re.I)
# Where an inline comparison ends: its clause's end, or a condition or a time said after it
# ("alert like a nagios CRITICAL when postgres is down": "when …" is the alert's).
_CLAUSE_END = re.compile(
    r"\s*(?:[,;:()\u2014\u2013]|\.(?:\s|$)|\s-\s)|\s+(?=(?:when|whenever|if|unless|once|until|"
    r"till|after|before|while|so\s+that|at\s+\d|by\s+\d|every|each|daily|nightly|weekly)\b)",
    re.I,
)
# A lead before a colon that says what the order is elsewhere.
_LEAD = re.compile(r"^(?P<lead>[^:]{4,}?):\s+(?P<rest>\S.*)$", re.S)
_LEAD_MARK = re.compile(
    r"^(?:(?:so|ok|okay|basically),?\s+)?(?:think(?:\s+of\s+it\s+as)?|picture|imagine|"
    r"(?:the\s+)?same\s+(?:idea|thing|concept)\s+as|basically|roughly|in\s+[\w.-]+\s+"
    r"(?:terms|speak|parlance|lingo))\b|"
    # "CPUQuota=50% equivalent for payments": a thing of another system and its counterpart.
    r"\s(?:equivalent|analog(?:ue)?|counterpart)(?:\s+(?:for|on|of)\s+"
    r"(?P<w>[\w.-]+))?\s*$",
    re.I,
)
# An appositive after the order: a clause led by a marker, or by an article and a word of
# another system ("an iptables ACCEPT from that one source and DROP for everyone else").
# (A restatement — "i.e. …", "basically …" — only when it says another system's words: "scale
# worker to 3, i.e. one per zone" may say more of the order. "restart worker, the cron one": which
# one is meant, never a comparison.)
_APPOSITIVE = re.compile(
    r"^(?:(?:(?:i\.?e\.?|ie|aka|basically|essentially|think|roughly|so\s+basically)\b,?\s*"
    rf"(?=.*?(?<![\w-]){ELSEWHERE}(?![\w-])))|(?:{MARKER})|"
    rf"(?:an?|the|some)\s+(?:[\w.-]+\s+)?(?={ELSEWHERE}(?![\w-]))(?!.*\bones?\W*$)|"
    rf"{ELSEWHERE}[\s-]+(?:style|equivalent|semantics)\b)",
    re.I,
)
_CLAUSES = re.compile(r"\s*(?:,|;|\s[\u2014\u2013]\s?|\s-\s)\s*")
# A verb of manner just before the comparison: how it is done is what is asked.
_MANNER = re.compile(
    r"\b(?:behave|behaves|act|acts|work|works|run|runs|treat|configure|set\s+(?:[\w-]+\s+)?up|"
    r"handle|do|does|did|done|schedule|deploy|make|build|wire|structure|lay\s+out|organi[sz]e|"
    r"model)\b(?:\s+[\w.-]+){0,2}\s*$",
    re.I,
)
# An order on an object of the cluster inside the comparison: a second order, never context.
_ORDER_INSIDE = re.compile(
    r"\b(?:delete|remove|drop|destroy|kill|wipe|purge|scale|restart|roll\s*back|revert|patch|"
    r"update|upgrade|uninstall|tear\s+down)\s+(?:[\w.-]+\s+){0,3}?(?:deployments?|"
    r"statefulsets?|daemonsets?|pods?|(?<![.\w])services?|svc|configmaps?|secrets?|pvcs?|"
    r"volumes?|namespaces?|cronjobs?|jobs?|ingress(?:es)?|hpas?|pdbs?|replicas?|containers?|"
    r"images?|nodes?|network\s*polic(?:y|ies))\b",
    re.I,
)
_VALUE = re.compile(r"\d|=")
# What is left refers back to what the comparison said: the comparison is the order.
_BACK = re.compile(
    r"^(?:please\s+)?(?:do|make|set\s+up|build|give\s+me|get\s+me|want)\s+(?:that|this|it|"
    r"the\s+same|same|one|so)\b|^(?:that|this|same|the\s+same|so|ditto|exactly\s+that)\b",
    re.I,
)
# "worker is basically a worker@.service template unit …, so four replicas": the workload, what
# it is elsewhere, and what follows from it (the order).
_TRANSLATED = re.compile(
    r"^(?P<w>[\w.-]+)\s+(?:is|was|=)\s+(?:basically|essentially|pretty\s+much|just|really|"
    r"more\s+or\s+less|kind\s+of|sort\s+of|like|akin\s+to|our|the|an?)\b(?P<part>.*?)"
    r"(?:,\s*|\s+)(?:so|hence|therefore|which\s+means|meaning)\s+(?P<order>[^,;:]+?)[.!]?$",
    re.I | re.S,
)
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"zero|single|double|twice|triple|half)\b",
    re.I,
)
# A time said for the order: a clock time, or a named part of the day.
_TIME_SAID = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b|\b(?:at|around|after|by)\s+\d{1,2}\s*(?:h|z|utc)?\b|"
    r"\b(?:tonight|midnight|noon|at\s+night|this\s+(?:evening|afternoon|morning)|tomorrow|"
    r"overnight|after\s+hours|(?:on\s+)?(?:the\s+)?weekend)\b",
    re.I,
)
_REASON_CUT = re.compile(
    r"\s*(?:[,;]|\s[\u2014\u2013]\s?|\s-\s|\.\s)\s*|"
    r"\s+(?=(?:since|because|as|cause|cuz)\s+(?:that'?s|that\s+is|it'?s)\b)|"
    r"\s+(?=(?:which|that)(?:'s|\s+is)\s+(?:usually\s+|always\s+|normally\s+)?when\b)",
    re.I,
)
# A condition, or a day, said in a comparison: it may say when the order runs, so it stays.
_WHEN = re.compile(
    r"\b(?:when|whenever|if|unless|until|till|before|during|while|once|today|yesterday|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|black\s+friday|cyber\s+monday|christmas|xmas|"
    r"new\s+year|easter|holidays?)\b",
    re.I,
)
_QUIET = (
    r"(?:it'?s|it\s+is|things\s+are|traffic\s+is|it\s+gets|things\s+get|we'?re|we\s+are)\s+"
    r"(?:a\s+(?:bit|lot|little)\s+|much\s+|usually\s+|normally\s+)?(?:quieter|quiet|calmer|calm|"
    r"less\s+busy|not\s+(?:so\s+|as\s+)?busy|emptier|slower)"
)
# Why that time: "that's when its queue is empty", "which is our quiet window", "that's off-peak".
_TIME_REASON = re.compile(
    r"^(?:that'?s|that\s+is|which\s+is|which'?s|it'?s|(?:since|because|as|cause|cuz)\s+"
    r"(?:that'?s|that\s+is|it'?s))\s+(?:(?:usually|always|normally|typically|generally|"
    r"roughly|about|around|basically)\s+)?(?:when\b|the\s+(?:[\w-]+\s+)?(?:window|hour|time|"
    r"period|slot)\b|our\s+(?:[\w-]+\s+)?(?:window|hour|time|period|slot)\b|off[- ]?peak\b|"
    r"after\s+hours\b|(?:the\s+)?(?:quiet|quietest|dead|slow|slowest|lowest)\b)|"
    # Round 32 (gap35c): "… after the penguin feeding at 14:00, when it's quieter": the time
    # said is when it is quiet — the clause says why then, and waits on nothing of its own.
    rf"^when\s+{_QUIET}\W*$",
    re.I,
)
# Any word that may lead a comparison (a cheap first look).
_ANY = re.compile(
    rf"(?<![\w-]){ELSEWHERE}(?![\w-])|\b(?:equivalent|analog(?:ue)?|counterpart|think|picture|"
    r"imagine|basically|i\.?e\.?|aka|terms|speak|parlance|lingo|same|that'?s|that\s+is|"
    r"which|quieter|calmer|less\s+busy)\b",
    re.I,
)
_WORDS = re.compile(r"[a-z0-9][a-z0-9.-]*[a-z0-9]|[a-z0-9]")
_SPACE_BEFORE = re.compile(r"\s+([,;:.!])")


def read(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` without the comparisons that only explain its order (see the module
    docstring); unchanged when it holds none. ``names`` gives the namespace's workloads."""
    said = text.strip()
    if not (_INLINE.search(said) or _ANY.search(said)):
        return text
    read_ = _translated(said, names)
    read_ = _lead(read_, names)
    read_ = _appositives(read_, names)
    read_ = _time_reasons(read_, names)
    read_ = _inline(read_, names)
    return read_ if read_ != said else text


def _named(text: str, names: Callable[[], frozenset[str]]) -> list[str]:
    """The workloads ``text`` names, as whole words."""
    words = set(_WORDS.findall(text.lower()))
    return sorted(words & names())


def _context(part: str, rest: str, names: Callable[[], frozenset[str]], subject: str = "") -> bool:
    """Whether ``part`` (a comparison) is context beside ``rest`` (what is left of the order):
    it names no workload the order does not (but its ``subject``), orders nothing on an
    object, carries no value the order lacks, and the order reads as a request on its own."""
    if set(_named(part, names)) - set(_named(rest, names)) - {subject}:
        return False  # "like orders has": another workload, what is copied
    if _TIME_SAID.search(part) or _WHEN.search(part):
        return False  # "like we did on black friday: scale worker to 5": maybe when it runs
    if _ORDER_INSIDE.search(part):
        return False
    if veto.DELETES.search(rest):
        return False  # a deletion is planned only when asked on its own, comparison and all
    if _VALUE.search(part) and not (_VALUE.search(rest) or _NUMBER_WORD.search(rest)):
        return False  # the comparison carries the only value
    left = rest.strip(" ,.;:!")
    if len(left.split()) < 2 or _BACK.match(left):
        return False
    return understand.read(left).best is not None


def _translated(text: str, names: Callable[[], frozenset[str]]) -> str:
    """ "W is basically a <thing of another system> …, so <order>" → "W: <order>"."""
    m = _TRANSLATED.match(text)
    if m is None or m["w"].lower() not in names() or not _ELSEWHERE.search(m["part"]):
        return text
    # (another workload said in what it is may be what is copied: never context)
    order = f"{m['w']}: {m['order'].strip()}"
    return order if _context(m["part"], order, names, m["w"].lower()) else text


def _lead(text: str, names: Callable[[], frozenset[str]]) -> str:
    """ "think iptables DROP: <order>" → "<order>"; "X equivalent for W: <order>" → "<order>
    for W"."""
    m = _LEAD.match(text)
    if m is None:
        return text
    lead, rest = m.group("lead").strip(), m.group("rest").strip()
    mark = _LEAD_MARK.search(lead)
    inline = _inline_span(lead)
    if mark is None and inline is None:
        return text
    if asides.request(lead):
        # "set a cpu limit like CPUQuota does: 500m for payments": the lead is an order (its
        # comparison alone is taken out, inline).
        return text
    named = _named(lead, names)
    target = mark.group("w") if mark is not None and mark.group("w") else None
    if target is not None and target.lower() not in names():
        return text
    others = [n for n in named if n != (target or "").lower()]
    if others:
        # "nothing in worker should gain privileges like a setuid binary would: …": the lead
        # says the order of its workload; only its comparison is taken out (inline).
        return text
    bare = lead if mark is None or target is None else lead[: mark.start("w")]
    if not _context(bare, rest, names):
        return text
    if target is None or _named(rest, names):
        return rest
    return f"{rest.rstrip(' .!')} for {target}"


def _appositives(text: str, names: Callable[[], frozenset[str]]) -> str:
    """ "<order>, an iptables ACCEPT from … and DROP for everyone else" → "<order>": a clause
    after the first that says the order in another system's words."""
    pieces = _CLAUSES.split(text)
    seps = _CLAUSES.findall(text)
    if len(pieces) < 2:
        return text
    keep = [True] * len(pieces)
    for i in range(1, len(pieces)):
        clause = pieces[i]
        if not _APPOSITIVE.match(clause):
            continue
        rest = " ".join(p for j, p in enumerate(pieces) if j != i and keep[j])
        if _context(clause, rest, names):
            keep[i] = False
    if all(keep):
        return text
    out = pieces[0]
    for i in range(1, len(pieces)):
        if keep[i]:
            out += seps[i - 1] + pieces[i]
    return out.strip(" ,;")


def _time_reasons(text: str, names: Callable[[], frozenset[str]]) -> str:
    """ "restart orders at 18:00, that's when its queue is empty" → "restart orders at 18:00":
    a clause after a time that says why then. Never one with a number (it may be the time), a
    workload not named before it, or an order of its own."""
    pieces = _REASON_CUT.split(text)
    seps = _REASON_CUT.findall(text)
    out = pieces[0]
    for i in range(1, len(pieces)):
        clause = pieces[i]
        if (
            _TIME_REASON.match(clause)
            and _TIME_SAID.search(out)
            and not _VALUE.search(clause)
            and not _ORDER_INSIDE.search(clause)
            and set(_named(clause, names)) <= set(_named(out, names))
        ):
            continue
        out += seps[i - 1] + clause
    return out.strip(" ,;") or text


def _inline_span(text: str, start: int = 0) -> tuple[int, int] | None:
    """The first inline comparison in ``text`` from ``start``: (start, end)."""
    for m in _INLINE.finditer(text, start):
        if _MANNER.search(text[: m.start()]):
            continue  # "run worker like a cron job": how is what
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if stop <= m.end():
            continue
        return m.start(), stop
    return None


def _inline(text: str, names: Callable[[], frozenset[str]]) -> str:
    """ "alert like a nagios CRITICAL when …" → "alert when …": each inline comparison out."""
    at = 0
    while span := _inline_span(text, at):
        s, e = span
        rest = text[:s] + text[e:]
        if not _context(text[s:e], rest, names):
            at = e
            continue
        text = (text[:s].rstrip() + " " + text[e:].lstrip()).strip(" ,;:")
        text = _SPACE_BEFORE.sub(r"\1", text)
        at = s
    return text
