"""Text analysis shared by the built-in embedder and the keyword scorer.

Pure and deterministic: lower-case word tokens, a light suffix stemmer, stop words removed, and
*concepts*: a small table of operations vocabulary whose synonyms (``HPA``, ``scale
automatically``, ``KEDA`` …) all add one concept term (``~autoscale``) beside the words
themselves, so that a paraphrase shares terms with a pattern that never uses its words.

Example::

    terms("Make my-api scale automatically")
    # ['mak', 'api', 'scal', 'automatical', '~autoscale', '~scale']
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")

STOP_WORDS = frozenset(
    """a an and any are as at be been being but by can could do does for from get got have has
    how i if in into is it its let lets me might must my need needs of on or our ours please
    shall should so some than that the their them then there these they this those to too us
    want wants was we were what when where which while who whom why will with would you your
    just also only very each every all""".split()
)

# Concepts: canonical term -> phrases (plain words; stemmed when the table is compiled). General
# operations vocabulary, not the wording of any particular pattern: a pattern that uses any of
# these words shares the concept with every query that uses another.
# fmt: off
CONCEPTS: dict[str, tuple[str, ...]] = {
    "autoscale": (
        "autoscale", "autoscaling", "autoscaler", "auto scale", "auto scaling", "auto scaler",
        "scale automatically", "automatically scale", "automatic scaling", "hpa",
        "horizontal pod autoscaler", "keda", "scaledobject", "scaled object", "event driven",
        "elastic", "elasticity", "queue length", "queue depth", "lag", "target utilization",
        "scale on cpu", "scale on load", "scale with load", "scale with traffic", "scale based on",
        "scale by metric", "scale to zero",
    ),
    "scale": (
        "scale", "scaling", "replica", "replicas", "instance", "instances", "scale up",
        "scale down", "scale out", "scale in", "shrink", "grow", "capacity", "pod count",
        "number of pods",
    ),
    "ha": (
        "ha", "high availability", "highly available", "redundant", "redundancy", "redundantly",
        "failover", "fail over", "fault tolerant", "fault tolerance", "resilient", "resilience",
        "survive", "single point of failure", "spof", "node failure", "zone failure",
        "node outage", "standby",
    ),
    "spread": (
        "spread", "anti affinity", "antiaffinity", "topology spread", "availability zone",
        "availability zones", "zone", "zones", "different nodes", "across nodes", "multi az",
    ),
    "pdb": (
        "pdb", "pod disruption budget", "disruption budget", "poddisruptionbudget", "drain",
        "drains", "eviction", "evict", "voluntary disruption",
    ),
    "database": (
        "database", "databases", "db", "postgres", "postgresql", "pg", "mysql", "mariadb", "mongo",
        "mongodb", "redis", "cassandra", "elasticsearch", "etcd", "zookeeper", "statefulset",
        "stateful", "persistent volume", "pvc", "primary",
    ),
    "backup": (
        "backup", "back up", "snapshot", "velero", "pg dump", "mysqldump", "dump", "restore",
        "disaster recovery", "point in time recovery", "retention", "archive",
    ),
    "schedule": (
        "nightly", "daily", "weekly", "hourly", "every night", "every day", "cron", "cronjob",
        "schedule", "scheduled", "periodic", "periodically",
    ),
    "monitoring": (
        "monitor", "monitoring", "metrics", "metric", "prometheus", "scrape", "scraping",
        "servicemonitor", "service monitor", "podmonitor", "pod monitor", "observability",
        "observe", "alert", "alerting", "alerts", "dashboard", "grafana", "slo", "error rate",
        "telemetry",
    ),
    "netpol": (
        "network policy", "networkpolicy", "netpol", "firewall", "ingress traffic", "egress",
        "isolate", "isolation", "segment", "segmentation", "lock down", "lockdown", "default deny",
        "deny by default", "allow traffic", "block traffic", "talk to", "reach", "connect to",
        "zero trust", "traffic between",
    ),
    "rollback": (
        "rollback", "roll back", "revert", "undo", "previous version", "previous revision",
        "previous release", "last good", "last known good", "old version", "go back", "downgrade",
        "rollout undo", "revision",
    ),
    "zerodowntime": (
        "zero downtime", "no downtime", "without downtime", "without interruption",
        "no interruption", "without dropping", "keep serving", "no outage", "without outage",
        "seamless", "seamlessly", "uninterrupted", "max unavailable", "maxunavailable",
        "max surge", "rolling update", "graceful",
    ),
    "update": (
        "update", "upgrade", "deploy", "release", "roll out", "rollout", "new version", "image",
        "tag", "bump", "version",
    ),
    "restart": (
        "restart", "restarts", "bounce", "recycle", "reboot", "rollout restart", "rolling restart",
        "kick", "redeploy", "stuck",
    ),
    "delete": (
        "delete", "remove", "decommission", "tear down", "teardown", "clean up", "cleanup",
        "get rid", "retire", "destroy", "uninstall", "prune", "leftover", "unused", "obsolete",
    ),
    "resources": (
        "resource requests", "resources", "request", "requests", "limit", "limits", "oom",
        "oomkilled", "out of memory", "memory", "cpu", "throttled", "throttling", "throttle",
        "right size", "rightsize", "right sizing", "quota", "headroom",
    ),
    "config": (
        "configmap", "config map", "config", "configuration", "setting", "settings",
        "environment variable", "environment variables", "env var", "env", "variable",
        "feature flag", "flag", "parameter", "properties",
    ),
    "production": (
        "production", "prod", "live", "customer facing",
    ),
    "approval": (
        "approve", "approval", "approver", "sign off", "signoff", "review", "reviewer",
        "change management", "change request", "four eyes", "second pair of eyes", "authorize",
        "authorise",
    ),
    "cost": (
        "cost", "costs", "money", "budget", "cheaper", "spend", "save",
    ),
}
# fmt: on


# (suffix, only for words longer than, replaced by): the first that applies is stripped.
_SUFFIXES = (("ies", 4, "y"), ("ing", 5, ""), ("ed", 4, ""), ("er", 7, ""), ("ly", 5, ""))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English suffix stripper: enough to meet ``scaling``, ``scales`` and ``scale``."""
    w = word
    for suffix, longer_than, replacement in _SUFFIXES:
        if len(w) > longer_than and w.endswith(suffix):
            w = w[: -len(suffix)] + replacement
            break
    else:
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz" and w != word:
        w = w[:-1]  # dropped -> dropp -> drop
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def words(text: str) -> list[str]:
    """Lower-case alphanumeric words, in order (``my-api`` is ``my``, ``api``)."""
    return _WORD.findall(text.lower())


def stems(text: str) -> list[str]:
    """Stemmed words without stop words, in order."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


def _compile() -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], list[str]] = {}
    for concept, phrases in CONCEPTS.items():
        for phrase in phrases:
            key = tuple(stem(w) for w in words(phrase) if w not in STOP_WORDS)
            if key:
                table.setdefault(key, []).append(f"~{concept}")
    return {key: tuple(dict.fromkeys(found)) for key, found in table.items()}


_PHRASES = _compile()
_LONGEST = max(len(key) for key in _PHRASES)


def concepts(sequence: list[str]) -> list[str]:
    """Concept terms (``~name``) of a stemmed word sequence, each once, in order of appearance."""
    found: dict[str, None] = {}
    for start in range(len(sequence)):
        for size in range(min(_LONGEST, len(sequence) - start), 0, -1):
            for concept in _PHRASES.get(tuple(sequence[start : start + size]), ()):
                found.setdefault(concept, None)
    return list(found)


def terms(text: str) -> list[str]:
    """The analysed terms of a text: its stems, then its concepts.

    Example::

        terms("nightly backups for postgres")
        # ['nightly', 'backup', 'postgr', '~schedule', '~backup', '~database']
    """
    sequence = stems(text)
    return sequence + concepts(sequence)


def contains(haystack: list[str], needle: list[str]) -> bool:
    """Whether ``needle`` occurs as a contiguous run in ``haystack``."""
    size = len(needle)
    if not size or size > len(haystack):
        return False
    first = needle[0]
    return any(
        haystack[i] == first and haystack[i : i + size] == needle
        for i in range(len(haystack) - size + 1)
    )
