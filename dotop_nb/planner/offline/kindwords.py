"""The words people type for a Kubernetes kind, said once: "deploy", "svc", "cm", "pdb" … and
the kind each names (reads nothing of the planner: a leaf every reader can import).

Only the words: which kinds a reader takes (a delete may name a Service, never a CronJob; a kept
object may be a budget) is the rule of each reader, who takes its subset of :data:`NOUNS` by
name — :mod:`.removal`, :mod:`.aliases`, :mod:`.deletions`, :mod:`.constraints`,
:mod:`.objphrase`. Tables that drifted apart made one reader know a noun another did not.

Not here: the words matched by their first letters (:mod:`.nouns`, :mod:`.dropped`), kubectl's
own resource names (:mod:`.kubectl`: "deployment.apps", "hpa" as kubectl spells them) and the
plural-aware patterns of :data:`.statements.KIND_WORDS`.

>>> NOUNS["svc"], WORKLOAD_NOUNS["sts"], OBJECT_NOUNS["netpol"]
('Service', 'StatefulSet', ('networking.k8s.io/v1', 'NetworkPolicy'))
>>> canonical("sts"), canonical("Services"), canonical("network policy"), canonical("pod")
('statefulset', 'service', 'networkpolicy', 'pod')
>>> picked("cm", "pdb")
{'cm': 'ConfigMap', 'pdb': 'PodDisruptionBudget'}
"""

from __future__ import annotations

import re

# The API version of each kind :data:`NOUNS` names.
API_VERSION = {
    "Deployment": "apps/v1",
    "StatefulSet": "apps/v1",
    "DaemonSet": "apps/v1",
    "Service": "v1",
    "ConfigMap": "v1",
    "Secret": "v1",
    "PodDisruptionBudget": "policy/v1",
    "HorizontalPodAutoscaler": "autoscaling/v2",
    "ScaledObject": "keda.sh/v1alpha1",
    "ServiceMonitor": "monitoring.coreos.com/v1",
    "NetworkPolicy": "networking.k8s.io/v1",
}
# Each word (lower case, singular, spaces as one space) to the kind it names.
NOUNS = {
    "deployment": "Deployment",
    "deploy": "Deployment",
    "statefulset": "StatefulSet",
    "sts": "StatefulSet",
    "daemonset": "DaemonSet",
    "ds": "DaemonSet",
    "service": "Service",
    "svc": "Service",
    "pdb": "PodDisruptionBudget",
    "poddisruptionbudget": "PodDisruptionBudget",
    "disruption budget": "PodDisruptionBudget",
    "pod disruption budget": "PodDisruptionBudget",
    "budget": "PodDisruptionBudget",
    "hpa": "HorizontalPodAutoscaler",
    "horizontalpodautoscaler": "HorizontalPodAutoscaler",
    "autoscaler": "HorizontalPodAutoscaler",
    "configmap": "ConfigMap",
    "config map": "ConfigMap",
    "cm": "ConfigMap",
    "secret": "Secret",
    "scaledobject": "ScaledObject",
    "scaled object": "ScaledObject",
    "servicemonitor": "ServiceMonitor",
    "service monitor": "ServiceMonitor",
    "networkpolicy": "NetworkPolicy",
    "network policy": "NetworkPolicy",
    "netpol": "NetworkPolicy",
}
# The words of :data:`NOUNS` as one regex alternation, the longest first (escaped, lower case).
ALTERNATION = "|".join(sorted((re.escape(w) for w in NOUNS), key=len, reverse=True))
WORKLOADS = frozenset({"Deployment", "StatefulSet", "DaemonSet"})
# The words of a workload's kind ("deploy", "sts", "ds" …).
WORKLOAD_NOUNS = {w: kind for w, kind in NOUNS.items() if kind in WORKLOADS}
# The words of every other kind, with its API version ("svc": ("v1", "Service")).
OBJECT_NOUNS = {w: (API_VERSION[kind], kind) for w, kind in NOUNS.items() if kind not in WORKLOADS}


def picked(*words: str) -> dict[str, str]:
    """The entries of :data:`NOUNS` for ``words`` (a reader's own subset), in their order."""
    return {w: NOUNS[w] for w in words}


def canonical(word: str) -> str:
    """One spelling per kind, its name in lower case ("svc", "services" -> "service"; "sts" ->
    "statefulset"), or ``word`` (lower case, spaces as one, without a trailing "s") if it names
    no kind of :data:`NOUNS`."""
    word = " ".join(word.lower().split()).rstrip("s")
    kind = NOUNS.get(word) or NOUNS.get(word + "s")
    return kind.lower() if kind else word
