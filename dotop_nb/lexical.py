"""Lexical analysis shared by the knowledge base (embedder, keyword scorer) and the offline
planner's classifier: one tokenizer, stemmer, concept table and BM25, so both read words alike.

Pure and deterministic, below every engine (it imports nothing of the project): lower-case
word tokens, a light suffix stemmer, stop words removed, and
*concepts*: a small table of operations vocabulary whose synonyms (``HPA``, ``scale
automatically``, ``KEDA`` …) all add one concept term (``~autoscale``) beside the words
themselves, so that a paraphrase shares terms with a pattern that never uses its words.

Example::

    terms("Make my-api scale automatically")
    # ['mak', 'api', 'scal', 'automatical', '~autoscale', '~scale']
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
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


class Bm25:
    """BM25 over documents given as weighted term frequencies, saturated into [0, 1].

    The weights let a caller do BM25F (a term in a title counts more than one in a body) by
    adding each field's terms with its weight. Scores are ``s / (s + saturation)`` so one
    strong match is not worth a pile of weak ones.

    Example::

        index = Bm25({"a": {"scal": 1.0, "~scale": 1.0}, "b": {"restart": 1.0}})
        index.best(terms("scale it"), limit=1)   # [('a', 0.1...)]
    """

    def __init__(
        self,
        documents: Mapping[str, Mapping[str, float]],
        *,
        k1: float = 1.2,
        b: float = 0.5,
        saturation: float = 6.0,
    ) -> None:
        self.k1, self.b, self.saturation = k1, b, saturation
        self._frequencies = {key: dict(freq) for key, freq in documents.items()}
        self._lengths = {key: sum(freq.values()) for key, freq in self._frequencies.items()}
        self._postings: dict[str, list[str]] = {}
        for key, freq in self._frequencies.items():
            for term in freq:
                self._postings.setdefault(term, []).append(key)
        count = len(self._frequencies)
        self._average = (sum(self._lengths.values()) / count) if count else 1.0
        self._idf = {
            term: math.log(1.0 + (count - len(keys) + 0.5) / (len(keys) + 0.5))
            for term, keys in self._postings.items()
        }

    def __len__(self) -> int:
        return len(self._frequencies)

    def _term(self, key: str, term: str) -> float:
        tf = self._frequencies[key].get(term)
        if not tf:
            return 0.0
        norm = self.k1 * (1.0 - self.b + self.b * self._lengths[key] / self._average)
        return self._idf[term] * tf * (self.k1 + 1.0) / (tf + norm)

    def shared(self, key: str, query_terms: Sequence[str]) -> int:
        """How many distinct query terms the document holds."""
        return len(set(query_terms) & self._frequencies[key].keys())

    def score(self, key: str, query_terms: Sequence[str]) -> float:
        """The saturated BM25 score of one document for the query."""
        raw = sum(self._term(key, term) for term in set(query_terms))
        return raw / (raw + self.saturation)

    def best(self, query_terms: Sequence[str], *, limit: int) -> list[tuple[str, float]]:
        """The ``limit`` best documents sharing a term with the query, best first. Only the
        documents in the query terms' postings are scored: cost grows with the matches, not
        with the collection."""
        raw: dict[str, float] = {}
        for term in set(query_terms):
            for key in self._postings.get(term, ()):
                raw[key] = raw.get(key, 0.0) + self._term(key, term)
        ranked = sorted(raw.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(key, s / (s + self.saturation)) for key, s in ranked]
