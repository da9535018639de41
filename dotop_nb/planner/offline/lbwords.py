"""A load balancer's words, written as the planner's: one table.

Rule: network and load-balancer engineers (F5, HAProxy, NGINX, AWS ALB/NLB, Azure LB) say a
workload as its POOL ("the my-api backend pool", "the frontend target group", "the server farm
of orders"; an app's own "thread pool" or "connection pool" is no pool of replicas), its
replicas as the pool's MEMBERS ("two more frontend pool members", "4 members",
"a single backend"), the Service as its VIP ("the payments VIP", "the virtual server of orders"),
a readiness probe as the pool's HEALTH CHECK or health monitor ("GET /healthz, port 8080",
"every 10s": the check that decides whether a member gets traffic) and zone spread as
ACTIVE/ACTIVE across zones or sites. Where a workload of the namespace is named, each row of
:data:`TABLE` writes its words as the planner's; the rules then read them as they read anyone.

Safety: nothing is rewritten when no workload of the namespace is named; members are replicas
only when counted ("the pool members are slow" stays); a health check said with what restarts a
container ("restart it when it hangs", "liveness") or with a probe kind stays as said (the probe
rule asks); active/active is a zone spread only when zones (AZs, sites, data centres) are said.
Example::

    read("my-api backend pool: 4 members", names)   # "my-api: 4 replicas"
    read("health check on payments every 10s", names)  # "readiness probe on payments every 10s"
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline.rx import rx

# A count said of members (as plainwords counts machines).
_COUNT = (
    r"\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+single|"
    r"single|another|a\s+couple\s+of|a\s+couple|a\s+few|several|more"
)
# A load balancer's group of backends: the workload.
_POOL = (
    r"(?:(?:backend|server|app|web|target|real[- ]server)\s+)?"
    r"(?:pool|target[- ]group|server[- ]farm|farm|backend[- ]set)"
)
# The same after the name: a bare "pool" only with a load balancer's word ("the my-api backend
# pool"); "worker pool" alone may be the app's own pool of threads or workers, asked.
_NAMED_POOL = (
    r"(?:(?:(?:backend|server|app|web|target|real[- ]server)\s+)pool|"
    r"target[- ]group|server[- ]farm|farm|backend[- ]set)"
)
# The same, said before the name: only with a load balancer's word.
_LB_POOL = (
    r"(?:(?:backend|server|target|real[- ]server|load[- ]balancer|lb)\s+pool|"
    r"target[- ]group|server[- ]farm|backend[- ]set)"
)
# One backend of a pool: a replica.
_MEMBER = r"(?:pool\s+)?(?:members?|backends?|real[- ]servers?|upstream[- ]servers?)"
# The address a load balancer answers on: the Service.
_VIP = (
    r"(?:vip|virtual[- ]ip(?:\s+address)?|virtual[- ]server|vserver|load[- ]balancer[- ]vip|"
    r"frontend[- ]ip)"
)
# A load balancer's check of its members: a readiness probe.
_CHECK = (
    r"(?:(?:alb|elb|nlb|glb|lb|load[- ]balancer|target[- ]group|haproxy|f5|nginx|pool)'?s?\s+)?"
    r"(?:health[- ]?checks?|health[- ]?monitors?)"
)
# What makes a check a liveness (or startup) probe, or a probe said by its kind: left as said.
_NOT_TRAFFIC = re.compile(
    r"\b(?:readiness|liveness|startup|restarts?|restarted|restarting|kill\w*|stuck|hangs?|hung|"
    r"hanging|deadlock\w*|wedged|frozen|recycle\w*|reboot\w*|boot\w*|start\s*up|slow\s+start|"
    # "health check grace period 60s": how long after start a check is ignored (an initial
    # delay, ECS/ASG words), never how often it runs.
    r"grace)\b",
    re.I,
)
_ZONES = (
    r"(?:zones?|azs?|availability[- ]zones?|data[- ]?cent(?:er|re)s?|dcs|sites|regions?|"
    r"failure[- ]domains?)"
)
_ACTIVE = re.compile(r"\bactive\s*[/-]\s*active\b", re.I)


def _rows(alt: str) -> list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]]:
    """The table: a load balancer's words (for the workloads ``alt`` names) and the planner's."""
    return [
        # "the my-api backend pool", "the frontend target group": the workload.
        (
            rx(
                rf"\b(?P<name>{alt})(?:'s)?\s+{_NAMED_POOL}\b"
                r"(?!\s*(?:size|max|min|members?|backends?))",
                re.I,
            ),
            r"\g<name>",
        ),
        # "the backend pool of my-api": a load balancer's pool only ("the thread pool of
        # payments", "the connection pool of my-api" are the app's, never its replicas).
        (
            rx(rf"\b(?:the\s+)?{_LB_POOL}\s+(?:of\s+|for\s+)?(?P<name>{alt})\b", re.I),
            r"\g<name>",
        ),
        # "two more frontend pool members", "4 members", "a single backend": replicas, counted.
        (
            rx(
                rf"\b(?P<n>{_COUNT})(?P<more>\s+(?:more|extra|additional|fewer|less))?"
                rf"\s+(?:(?P<name>{alt})(?:'s)?\s+)?(?:{_POOL}\s+)?{_MEMBER}\b",
                re.I,
            ),
            _replicas,
        ),
        # "the payments VIP", "the virtual server of orders": the Service.
        (
            rx(rf"\b(?P<name>{alt})(?:'s)?\s+{_VIP}\b", re.I),
            r"\g<name> service",
        ),
        (
            rx(rf"\b(?:the\s+)?{_VIP}\s+(?:of|for)\s+(?:the\s+)?(?P<name>{alt})\b", re.I),
            r"the \g<name> service",
        ),
    ]


def _replicas(m: re.Match[str]) -> str:
    n = m["n"]
    single = rx(r"one|1|a\s+single|single|another", re.I).fullmatch(n) is not None
    name = f"{m['name']} " if m["name"] else ""
    return f"{n}{m['more'] or ''} {name}{'replica' if single else 'replicas'}"


def read(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with a load balancer's words written as the planner's (see the module doc)."""
    if not rx(
        r"pool|member|backend|target|upstream|farm|vip|virtual|health|active|real[- ]server", re.I
    ).search(text):
        return text
    known = names()
    words = {w.lower() for w in rx(r"[A-Za-z0-9][\w-]*").findall(text)}
    named = sorted(known & words, key=len, reverse=True)
    if not named:
        return text
    alt = "|".join(re.escape(n) for n in named)
    for pattern, planner in _rows(alt):
        text = pattern.sub(planner, text)
    if not _NOT_TRAFFIC.search(text):
        # "health check on payments every 10s": the check that decides traffic.
        text = rx(rf"\b{_CHECK}\b", re.I).sub("readiness probe", text)
    if rx(rf"\b{_ZONES}\b", re.I).search(text):
        # "active/active for payments: run the pods in two zones": a spread over zones.
        text = _ACTIVE.sub("spread across zones", text)
    return text
