"""Plain words of people new to Kubernetes, written as the planner's words.

Rule: a VM or Windows admin, or a DBA, names a workload's copies by the machine words they know —
"3 boxes", "two more servers", "0 instances", "one my-api box", "the frontend farm", a Heroku
"dyno" — its
memory as RAM, its limit in MB or GB, root as "administrator" and a network policy as a
"firewall rule". Where a workload of the namespace is named in the request, a COUNT of such
machines is its replica count (said before the workload's name, "one my-api box", its pods;
"add/remove servers", replicas), "RAM" is memory, "run as administrator" is "run as root", a
"firewall rule" is a "network policy", "the NAME farm/pool" is NAME, and "the KIND called NAME"
is KIND/NAME; a Heroku "dyno" counted is one running copy of the app, a pod ("4 worker dynos",
"a single dyno", "each my-api dyno"); a zero in
parentheses beside "offline", "off" or "down" ("(0 instances)") is the count. "512 MB" is read
by :mod:`.quantities` as the decimal 512M (never 512Mi).

Safety: a node of the cluster is never a replica ("drain node 3", "spread over 3 nodes" and
"machines" are left as said); a singular "server" without a count ("the postgres server", a
Prometheus "server http://…") stays; nothing is rewritten when the request names no workload,
so the rules (and their questions) read it unchanged; "all the frontend servers" (no count) stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dotop_nb.models import Operation

_COUNT = (
    r"\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+second|"
    r"a\s+third|another|more|few|a\s+couple\s+of|a\s+couple|several"
)
_MACHINE = r"(?:box(?:es)?|servers?|instances?|vms?|VMs?)"
_KIND_WORD = r"(?:app(?:lication)?|web|application|api)"
# "3 boxes", "two more servers", "3 app servers", "0 instances", "a second one" is not here.
_COUNTED = re.compile(
    rf"\b(?P<n>{_COUNT})(?P<more>\s+(?:more|extra|additional|fewer|less))?"
    rf"(?:\s+{_KIND_WORD})?\s+{_MACHINE}\b(?!\s*(?:url|address|https?:))"
    # "survive one server crashing": a machine lost, not the workload's count.
    r"(?!\s+(?:crash\w*|fail\w*|die[sd]?|dying|going\s+down|goes\s+down|went\s+down|outage))",
    re.I,
)
# "add servers", "remove boxes": machines added to or taken from the workload.
_ADDED = re.compile(rf"\b(?P<verb>add(?:s|ing)?|remove[sd]?|removing)\s+{_MACHINE}\b", re.I)
_OFF = re.compile(r"\b(?:offline|off|down|stop|stopped|shut)\b", re.I)
_ZERO = re.compile(r"\s*\((?P<n>0|zero)\s+(?:replicas|pods)\)", re.I)
_RAM = re.compile(r"\bRAM\b|\bram\b(?=\s+(?:limit|request|usage|use|cap|max))", re.I)
_ADMIN = re.compile(
    r"\b(?P<lead>(?:run|running|runs|ran)\s+as\s+(?:an?\s+|the\s+)?)"
    r"(?:local\s+)?(?:administrator|admin)\b(?:\s*\(root\))?",
    re.I,
)
# "4 worker dynos", "scale checkout down to a single dyno": Heroku's word for a pod.
# Only a counted dyno: "the orders dyno should run 1.2.0" is the workload itself (followers.py).
_DYNO = re.compile(
    rf"(?P<lead>\b(?:{_COUNT}|a\s+single|single|each|every|per)\s+(?:[a-z][\w\-]*\s+)?)"
    r"dyno(?P<s>s)?\b(?![\w\-])",
    re.I,
)
_FIREWALL = re.compile(r"\bfirewall(?:\s+rules?)?\b", re.I)
_CALLED = re.compile(
    r"\b(?P<kind>deployment|statefulset|daemonset)\s+(?:called|named)\s+(?P<name>[a-z0-9][a-z0-9-]*)\b",
    re.I,
)


# An order that opens its clause and asks for a count of a workload by its name in the plural
# ("matchmaking is the bottleneck again, run 4 workers", "we need 6 frontends now"): the count
# of its pods. Never with a word between the count and the plural ("4 gunicorn workers"), a
# place after it ("… per pod", "… on my-api") or a subject before the verb ("gunicorn runs 4
# workers"): those count processes. (Round 15, helper clauses.)
_COPIES_ASKED = re.compile(
    r"(?P<head>(?:^|[,;:.!?]\s*|\b(?:and|then|so)\s+)(?:(?:please|pls|just|now|we|i|let'?s)\s+)*"
    r"(?:(?:want|need)\s+(?:to\s+)?)?(?:run|want|need|keep)\s+"
    rf"(?P<n>{_COUNT})\s+)(?P<word>[a-z][\w\-]*)s(?![\w\-])"
    r"(?!\s+(?:per|on|of|in|inside|within|each|for)\b)"
    r"(?=\s*(?:$|[,;:.!?]|now\b|again\b|please\b|asap\b|tonight\b))",
    re.I,
)


def _copies_asked(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with each count of a workload said by its name in the plural
    (:data:`_COPIES_ASKED`) said as its pods ("run 4 workers" → "run 4 worker pods")."""
    if not _COPIES_ASKED.search(text):
        return text
    known = names()
    return _COPIES_ASKED.sub(
        lambda m: f"{m['head']}{m['word']} pods" if m["word"].lower() in known else m.group(0),
        text,
    )


def read(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with the plain words above written as the planner's (see the module docstring)."""
    text = _copies_asked(text, names)
    if not re.search(
        r"box|server|instance|\bvms?\b|\bram\b|admin|firewall|farm|pool|called|named|dyno",
        text,
        re.I,
    ):
        return text
    known = names()
    words = {w.lower() for w in re.findall(r"[A-Za-z0-9][\w-]*", text)}
    named = sorted(known & words, key=len, reverse=True)
    if not named:
        return text
    said = text
    alt = "|".join(re.escape(n) for n in named)
    # "the frontend farm", "the orders server pool": the workload itself.
    text = re.sub(
        rf"\b(?P<name>{alt})(?:\s+(?:server|app|web))?\s+(?:farm|pool)\b(?!\s*(?:size|max|min))",
        r"\g<name>",
        text,
        flags=re.I,
    )
    # "all the frontend servers", "one my-api box": the workload's pods.
    text = re.sub(
        rf"\b(?P<count>(?:{_COUNT})\s+)(?P<name>{alt})\s+{_MACHINE}\b",
        r"\g<count>\g<name> pod",
        text,
        flags=re.I,
    )
    # "4 worker dynos", "worker is a single dyno": Heroku's copies of an app, counted, are its
    # pods ("the frontend dynos" is the workload itself: followers.py).
    text = _DYNO.sub(lambda m: f"{m['lead']}pod{m['s'] or ''}", text)
    text = _COUNTED.sub(_replicas, text)
    if _OFF.search(text):
        # "take the worker offline for now (0 instances)": the zero said beside it is the count.
        text = _ZERO.sub(r", \g<n> replicas", text)
    text = _ADDED.sub(lambda m: f"{m['verb']} replicas", text)
    text = _RAM.sub("memory", text)
    text = _ADMIN.sub(lambda m: f"{m['lead']}root", text)
    text = _FIREWALL.sub("network policy", text)
    text = _CALLED.sub(_called(known), text)
    return text if text != said else said


def _replicas(m: re.Match[str]) -> str:
    n = m["n"]
    single = n.lower() in ("one", "1", "a second", "a third", "another")
    return f"{n}{m['more'] or ''} {'replica' if single else 'replicas'}"


def _called(known: frozenset[str]) -> Callable[[re.Match[str]], str]:
    def sub(m: re.Match[str]) -> str:
        if m["name"].lower() not in known:
            return m[0]
        return f"{m['kind'].lower()}/{m['name']}"

    return sub


_DECIMAL = re.compile(r'"memory":\s*"(\d+(?:\.\d+)?)([MG])"')


def decimal(operations: Sequence[Operation]) -> str:
    """The analysis's note on a memory quantity planned in decimal units ("512 MB" is 512M,
    512,000,000 bytes, not 512Mi), so a reader used to binary megabytes sees which it is."""
    found = sorted(
        {
            m.group(1) + m.group(2)
            for op in operations
            for m in _DECIMAL.finditer(op.model_dump_json())
        }
    )
    if not found:
        return ""
    said = ", ".join(found)
    binary = ", ".join(f"{n[:-1]}{n[-1]}i" for n in found)
    return (
        f"Memory {said} is in decimal units as said (MB, GB: powers of 1000), not {binary} "
        "(powers of 1024); say Mi or Gi for binary units."
    )
