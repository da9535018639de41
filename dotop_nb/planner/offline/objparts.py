"""The object a plan changes is the one said, and every part and value said of it is carried or
asked (round 24, issue 11; the third attack's "objects" family).

Rule: the finished plan is held back as a question when the words as sent

- name two workloads as one by a possessive ("checkout's frontend", "payments's postgres",
  "orders' worker"): both are workloads here, so which one is meant is not known — the plan
  changed both;
- protect two workloads in one network rule ("only frontend may reach checkout and payments",
  "lock down payments and postgres so only checkout can reach them"): the rule read made one
  policy on the first and let the second in;
- give an order an aspect of a workload the order does not act on ("harden payments
  availability", "harden postgres backups", "restart payments monitoring", "monitor payments
  logs", "make payments monitoring HA"): the order was planned on the whole workload, whatever
  the aspect;
- say "<workload> back up" with no verb before it ("worker back up please"): running again,
  as likely as a backup;
- spread a workload over something other than zones and nodes ("across racks", "across
  regions", "across the cluster", "across workers") or over two things at once ("over zones
  and nodes"), or keep two workloads apart ("keep payments and postgres on different nodes");
- give a value the plan does not carry: an image variant, registry or digest ("bump frontend to
  2.2.0 alpine", "… from quay", "… with digest pinning"), a metric an autoscaler cannot read here
  ("autoscale checkout 2-10 on latency"), a budget that allows no eviction ("a pdb so none can be
  evicted"), a count in per cent ("scale checkout to 4 per cent"), a restart count or a
  recurrence ("restart payments twice", "from time to time"), a notification channel ("… and
  notify slack"), KEDA's cooldown or polling interval, a backup's storage location or cluster
  resources, a minute of a schedule ("hourly at :30", "on the half hour", "starting at 1am"),
  a network rule's port or namespace ("over https", "from namespace web");
- leave out a part: a second target of a setting ("in my-api-config and shared-config"), a
  backup now beside a schedule ("backup postgres now and nightly"), a backup before and after.

The nearest orders still plan: "scale payments to 4", "harden payments", "restart my-api's
pods", "only frontend and checkout may reach payments", "spread payments across nodes",
"back up worker", "bump frontend to 2.2.0", "autoscale checkout 2-10 on cpu". A reply
(refinements) is not checked again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from dotop_nb.planner.offline.text import lowered
from dotop_nb.ports import PlanResult

_NAME = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
# "checkout's frontend", "orders' worker", "the frontend's checkout service".
_POSSESSIVE = re.compile(rf"(?<![\w.\-/:])({_NAME})(?:'s|s'|')\s+(?:own\s+)?({_NAME})\b")

# A network rule's protected workloads: what may be reached, said as a list.
_LIST = rf"{_NAME}(?:\s*(?:,|&|\+|\band\b|\bor\b|\bas\s+well\s+as\b)\s*(?:the\s+)?{_NAME})+"
_PROTECTED = re.compile(
    # ("… from reaching my-api and payments": the gerund after "stop anything except X".)
    r"\b(?:reach(?:ing)?|talk(?:ing)?\s+to|speak(?:ing)?\s+to|access(?:ing)?|"
    r"connect(?:ing)?\s+to|call(?:ing)?|hit(?:ting)?|send\s+traffic\s+to|"
    rf"get\s+to|lock\s+down|isolate|firewall|fence\s+off|wall\s+off)\s+(?:the\s+)?({_LIST})"
)
_LIST_ITEM = re.compile(_NAME)
# Where a list of what is protected ends: the words' end, a stop, or the rule's own words.
_LIST_END = re.compile(
    r"\s*(?:$|[.;!?)]|,?\s*(?:so|but|and\s+(?:no|nothing|block|deny|drop)|over|on|via|from|"
    r"only|through|in|at|using|with|then|please)\b)"
)

# Aspects of a workload an order may be said of, and the orders that do not act on them.
_ASPECTS = (
    r"availability|uptime|resilience|network(?:ing)?|ingress|egress|traffic|backups?|"
    r"resources|config(?:uration)?|configmaps?|scheduling|placement|rollouts?|deploys?|"
    r"logging|logs|monitoring|metrics|alerts|alerting|observability|dashboards?|"
    r"pdbs?|disruption\s+budgets?|autoscal(?:ing|er)|hpa|replicas|images?|secrets|env|"
    r"environment|limits|requests|quotas?|certificates|certs|tls|dns|storage|volumes?|"
    r"data|database|db|probes?|health\s*checks?|sidecars?|service\s+accounts?|rbac|"
    r"permissions|access|api\s+keys?|credentials|cost|costs|performance|latency"
)
_ASPECT_SAID = re.compile(
    r"\b(?P<verb>harden|restart|bounce|scale|autoscale|monitor|back\s*up|backup|spread|make)\s+"
    rf"(?:the\s+)?(?P<name>{_NAME})(?:'s|')?\s+(?P<aspect>{_ASPECTS})\b"
    r"(?!\s*(?:=|:|-\w|to\s+\d))"
)
# What each order does act on: an aspect said of it is the order's own.
_OWN = {
    "harden": frozenset(),
    "restart": frozenset({"deploys", "deploy", "rollout", "rollouts", "db", "database"}),
    "bounce": frozenset({"db", "database"}),
    "scale": frozenset({"replicas"}),
    "autoscale": frozenset({"replicas", "metrics", "latency", "hpa", "autoscaling", "autoscaler"}),
    "monitor": frozenset({"metrics", "latency", "performance", "alerts", "alerting"}),
    "backup": frozenset(
        {"data", "database", "db", "volumes", "volume", "storage", "config", "configuration"}
        | {"configmaps", "configmap", "secrets", "backups", "backup"}
    ),
    "spread": frozenset({"replicas"}),
    "make": frozenset(),
}
# "harden payments with a pdb first": a hardening said with another kind of object.
_HARDEN_WITH = re.compile(
    rf"\bharden\s+(?:the\s+)?{_NAME}\s+(?:with|by\s+adding|using|via)\s+(?:a\s+|an\s+)?"
    r"(?:pdb|disruption\s+budget|network\s*polic\w*|netpol|hpa|autoscaler|replicas|probes?|"
    r"backups?|monitoring|limits|resources)\b"
)
# "worker back up please": a workload said before "back up", no verb of its own.
# (Round 31, gap34a: the name said with its kind or glossed in brackets after a nickname —
# "stage-map proxy (deploy/cache) back up", "sts/cache back up", "the cache deployment back up"
# — and "back up and running", which can only be the phrasal verb.)
_KIND_SAID = r"(?:deploy(?:ment)?|sts|statefulset|ds|daemonset)"
_BACK_UP_AFTER = re.compile(
    rf"^\W*(?:(?:please|pls|ok|okay|so|now)\W+)?(?:the\s+)?(?:(?:[\w\-]+\s+){{0,3}}\(\s*"
    rf"(?:{_KIND_SAID}/|{_KIND_SAID}\s+)?(?P<glossed>{_NAME})(?:\s+{_KIND_SAID})?\s*\)|"
    rf"(?:{_KIND_SAID}/|{_KIND_SAID}\s+)?(?P<name>{_NAME})(?:\s+{_KIND_SAID})?)(?:\s+pods?)?\s+"
    r"back\s*up\b(?:\s+and\s+running)?\W*(?:(?:please|pls|thanks|thx|now|asap|again|quickly)"
    r"\W*)*$"
)
# Spreads over what no rule here spreads over, or over two things at once.
_SPREAD_ODD = re.compile(
    r"\bspread\w*\s+(?:[\w'\-]+\s+){0,3}?(?:across|over|between|among|by|per)\s+(?:the\s+|all\s+"
    r"(?:the\s+)?|multiple\s+|different\s+|several\s+)?(?P<what>racks?|regions?|clusters?|"
    r"data\s*cent(?:er|re)s?|dcs?|sites?|workers?|cloud\s+providers?|clouds?|providers?|"
    r"rooms?|failure\s+domains?)\b|"
    r"\bspread\w*\s+(?:[\w'\-]+\s+){0,3}?(?:across|over|between|among|by|per)\s+(?:the\s+)?"
    r"(?P<two>(?:zones?|azs?|nodes?|hosts?|machines?)\s+(?:and|&|\+|as\s+well\s+as)\s+"
    r"(?:the\s+)?(?:zones?|azs?|nodes?|hosts?|machines?|regions?|racks?))\b|"
    rf"\bkeep\s+(?P<pair>{_NAME}\s+(?:and|&)\s+{_NAME})\s+(?:on|in)\s+(?:different|separate|"
    r"distinct)\s+(?:nodes|hosts|machines|zones)\b"
)
# Image words a version is said with, which the plan's image must carry.
_IMAGE_WORD = re.compile(
    r"\b(?:bump|update|upgrade|set|move|roll|deploy|change|pin|downgrade)\b[^.;]*?\d+(?:\.\d+)+"
    r"(?P<rest>[^.;]*)"
)
_VARIANT = re.compile(
    r"\b(?:alpine|slim|distroless|bullseye|bookworm|buster|jammy|focal|ubuntu|debian|musl|"
    r"arm64|amd64|rootless|nonroot|debug)\b"
)
_REGISTRY = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<reg>docker\s*hub|dockerhub|quay(?:\.io)?|gcr(?:\.io)?|ecr|acr|"
    r"ghcr(?:\.io)?|artifactory|harbor|nexus|our\s+(?:own\s+)?registry|the\s+mirror|"
    r"(?:private|internal|public)\s+registry|[a-z0-9.-]+\.(?:io|com|net|org|dev))\b"
)
_DIGEST = re.compile(r"\bdigests?\b|\bsha256\b|\bpinn?(?:ed|ing)?\s+(?:by|to)\s+(?:its\s+)?digest")
# An autoscaler's metric the planner's autoscaler does not read.
_METRIC = re.compile(
    r"\b(?:on|by|based\s+on|using|with|from|via|per)\s+(?:the\s+|its\s+)?(?:p9\d\s+)?"
    r"(?P<m>latency|custom\s+metrics?|p9\d|p50|response\s+times?|rps|qps|requests?\s+per\s+"
    r"second|queue\s+(?:depth|length|size)|lag|connections|throughput|errors?|5xx)\b"
)
_CPU_OR_MEMORY = re.compile(r"\b(?:cpu|memory|mem|ram)\b")
# A budget's size said in numbers beside it ("…, change it to maxUnavailable 1").
_BUDGET_SAID = re.compile(r"\bmax\s*unavailable\s*(?:=|:|of|to)?\s*[1-9]|\bmin\s*available\b")
_RESTART_OP = '"kind": "rollout_restart"'
# "restart orders' envoy": the possessive right after the restart.
_RESTART_POSSESSIVE = re.compile(
    r"\b(?:restart|bounce|reboot|cycle|recycle|kick)\w*\s+(?:the\s+)?"
    rf"({_NAME})(?:'s|s'|')\s+(?:own\s+)?({_NAME})\b"
    # (The part ends the clause: "restart ledger's most recent pods" is its pods.)
    r"(?=\s*(?:$|[.;,!)]|\b(?:container|sidecar|process|now|please|and|then)\b))"
)
_AUTOSCALE = re.compile(r"\bautoscal\w*|\bhpa\b|horizontal\s+pod\s+autoscaler")
# A budget that lets no pod go.
_NO_EVICTION = re.compile(
    r"\b(?:none|no\s+pods?|nothing|not\s+(?:a\s+single|one|any)(?:\s+pod)?)\s+(?:of\s+them\s+)?"
    r"(?:can|may|could|should|will|gets?\s+to)\s+(?:ever\s+)?(?:be\s+)?(?:evicted|disrupted|"
    r"drained|taken\s+down|go)\b|\bkeep(?:ing|s)?\s+(?:all|every)\s+(?:of\s+(?:its|the)\s+|the\s+|its\s+)?"
    r"(?:pods?|replicas?|instances?)\b|\bmax\s*unavailable\s*(?:=|:|of|to)?\s*0\b|"
    r"\bmin\s*available\s*(?:=|:|of|to)?\s*100\s*%|\bzero\s+(?:evictions|disruptions?)\b"
)
# "scale checkout to 4 per cent" (not "scale it up by 50%", a relative scale read elsewhere).
_PER_CENT = re.compile(r"\bscale\b[^.;]*?\bto\s+\d+\s*(?:%|per\s*cent\b|percent\b|pct\b)")
# (Said of the restart itself, right after its object: "restart payments twice", never a
# reason beside it — "frontend crashed twice today, restart it", "… restarts more than 3 times".)
_TIMES = re.compile(
    r"\b(?:restart|bounce|reboot|cycle|recycle|kick)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:twice|thrice|(?:\d+|two|three|four|five|several|a\s+few|multiple|many)\s+times|"
    r"from\s+time\s+to\s+time|every\s+so\s+often|now\s+and\s+(?:then|again)|periodically|"
    r"regularly|once\s+in\s+a\s+while|on\s+a\s+(?:loop|schedule)|repeatedly|in\s+a\s+row|"
    r"back\s+to\s+back)\b"
)
_NOTIFY = re.compile(
    r"\b(?:slack|pagerduty|pager\s*duty|opsgenie|ops\s*genie|sms|teams\s+channel|"
    r"msteams|webhook|discord|victorops)\b"
    # "… to #payments-alerts": a chat channel by its name (round 26).
    r"|(?:(?<=\bto\s)|(?<=\bin\s)|(?<=\binto\s)|(?<=\bvia\s))#[a-z][\w-]*"
)
_KEDA_FIELD = re.compile(
    r"\b(?P<w>cool\s*-?down|polling(?:\s+interval)?|poll\s+every|idle\s+replicas?|"
    r"fallback)\b"
)
_KEDA_KEYS = {
    "cool": "cooldownPeriod",
    "poll": "pollingInterval",
    "idle": "idleReplicaCount",
    "fall": "fallback",
}
_LOCATION = re.compile(
    r"\b(?:to\s+(?:the\s+)?)?(?:(?:storage\s+|backup\s+)?location|bucket|bsl)\s+"
    r"(?P<loc>[a-z0-9][\w.-]*)|"
    r"\bto\s+(?:the\s+)?(?P<loc2>[a-z0-9][\w.-]*)\s+(?:(?:storage\s+)?location|bucket|bsl)\b|"
    # "back up postgres to s3": an object store by its kind (round 26).
    r"\b(?:to|in|into|on)\s+(?P<loc3>s3|gcs|azure(?:\s+blob)?|minio|blob\s+storage)\b"
)
_CLUSTER_RESOURCES = re.compile(
    r"\b(?:including|with|plus|and)\s+(?:the\s+)?cluster(?:[\s-]scoped)?\s+(?:resources|objects)\b"
)
_MINUTE = re.compile(
    r"\bhourly\s+at\s+:?(?P<m>\d{1,2})\b|\bat\s+:(?P<m2>\d{2})\b|\b(?:on|at)\s+the\s+half[\s-]hour\b|"
    r"\bstarting\s+(?:at|from)\s+\d|"
    r"\bat\s+(?:the\s+)?(?:top|bottom)\s+of\s+the\s+hour\b"
)
_NOW_TOO = re.compile(
    r"\bnow\s*(?:,|\band\b|\bthen\b|\bplus\b)|\b(?:(?:take|do|make|run)\s+one\s+(?:now|first|right\s+away|"
    r"immediately)|(?:one|a\s+backup)\s+(?:now|right\s+away|immediately)|right\s+now\s+and)\b"
)
# "backup postgres and redis nightly": a second thing backed up that names nothing here.
_BACKED_PAIR = re.compile(
    rf"\b(?:back\s*up|backup|snapshot)\s+(?:the\s+)?(?P<a>{_NAME})\s*(?:,|&|\+|\band\b)\s*"
    rf"(?:the\s+)?(?P<b>{_NAME})(?=\s*(?:$|[,.;]|\b(?:nightly|daily|hourly|weekly|monthly|"
    r"every|at|now|tonight|each|once|too|as\s+well)\b))"
)
_NOT_NAMES = frozenset(
    "then also now it its them their everything all the rest others keep nightly daily "
    "hourly weekly".split()
)
_BEFORE_AND_AFTER = re.compile(r"\b(?:before\s+and\s+after|after\s+and\s+before)\b")
_PORT = re.compile(
    r"\b(?:over|via|on|using)\s+(?:port\s+\d+|https?|grpc|tls|tcp|udp|\d{2,5})\b|\bport\s+\d+\b"
)
_FROM_NS = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:namespace\s+(?!this\b|that\b|the\b|our\b|same\b)"
    rf"{_NAME}|(?!this\b|that\b|the\b|our\b|same\b|its\b|their\b|own\b|current\b){_NAME}\s+"
    r"namespace)\b"
)
# A setting said for two objects ("in my-api-config and shared-config", "in X and its env").
_TWO_PLACES = re.compile(
    rf"\b(?:in|on|into|to)\s+(?:the\s+)?(?P<a>{_NAME})(?:\s+(?:configmap|cm|deployment|env))?"
    rf"\s*(?:,|and|&|\+|as\s+well\s+as)\s*(?:in\s+|on\s+)?(?:the\s+)?(?P<b>{_NAME})"
    r"(?:\s+(?P<b_env>env|environment|configmap|cm|deployment))?\b"
    # (The list ends there: "on my-api, my-api-config has been fine" is a remark.)
    r"(?=\s*(?:$|[.;,!)]|\b(?:too|as\s+well|both|please|now|and|then)\b))"
)
_SPACES = re.compile(r"\s+")
# "… over 10m", "for 15 minutes": how long the alert's condition holds.
_ALERT_FOR = re.compile(
    r"\b(?:over|for|during|in|across)\s+(?:the\s+)?(?:last\s+|past\s+)?(?P<n>\d+)\s*"
    r"(?P<u>s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)\b"
)
# "set FOO to empty": an empty value said in words, which is no value "empty".
_EMPTY = re.compile(r"\b(?:to|=|as)\s+(?P<w>empty|blank|nothing|null|nil|none)\b")
# "restart orders' envoy": a part of a workload said by a possessive, which no restart reaches.
_WHOLE = frozenset(
    "pods pod deployment deployments statefulset daemonset workload workloads replicas "
    "instances containers everything all stuff service services app-pods allocs allocations "
    "tasks processes apps copies".split()
)
# "restart my-api after setting LOG_LEVEL=debug in my-api-config": the wait is an order.
_AFTER_ORDER = re.compile(
    r"\b(?:after|once|when)\s+(?:you\s+|we\s+|i\s+)?(?:setting|changing|updating|bumping|"
    r"scaling|patching|adding|removing|raising|lowering|putting|set|change|update|bump|scale|"
    r"patch|add|remove)\b[^.;]*?(?:\b[a-z][a-z0-9_]{2,}\s*=|\bto\s+\S*\d)"
)
# "set LOG_LEVEL=debug on my-api deployment": the deployment said as where the setting goes.
_ON_DEPLOYMENT = re.compile(
    rf"\b(?:on|in|to|into)\s+(?:the\s+)?(?:{_NAME}\s+)?(?:deployment|deploy|pod\s+spec|"
    r"container|env(?:ironment)?\s+of\s+the\s+deployment)\b"
)
_HA_AFTER = re.compile(r"\b(?:ha|highly\s+available|redundant|resilient|secure|safe)\b")
_SETTING = re.compile(r"\b[A-Z][A-Z0-9_]{2,}\s*=|\bset\s+\w+\s+(?:to|=)")


def _body(result: PlanResult) -> str:
    return json.dumps([op.model_dump(mode="json") for op in result.operations]).lower()


def _kinds(result: PlanResult) -> set[str]:
    out = set()
    for op in result.operations:
        out.add(op.target.kind.lower())
        manifest = getattr(op, "manifest", None)
        if isinstance(manifest, dict) and isinstance(manifest.get("kind"), str):
            out.add(manifest["kind"].lower())
    return out


def _possessed(text: str, names: frozenset[str]) -> str | None:
    for m in _POSSESSIVE.finditer(text):
        owner, owned = m.group(1), m.group(2)
        if owner in names and owned in names and owner != owned:
            return (
                f"You wrote {m.group(0)!r}: {owner} and {owned} are two workloads here, and "
                f"the plan would change both. Which one did you mean? Say the one workload "
                f"by its name (e.g. with {owned!r} alone, or {owner!r} alone), and a "
                "container by 'the <name> container of <workload>'."
            )
    return None


def _protected(text: str, result: PlanResult, names: frozenset[str]) -> str | None:
    if "networkpolicy" not in _kinds(result):
        return None
    policies = sum(1 for op in result.operations if "networkpolicy" in op.summary().lower())
    for m in _PROTECTED.finditer(text):
        if not _LIST_END.match(text, m.end()):
            continue  # "reach payments, orders got compromised": the list ends before
        listed = [n for n in _LIST_ITEM.findall(m.group(1)) if n in names]
        if len(set(listed)) >= 2 and policies < len(set(listed)):
            return (
                f"You named {', '.join(sorted(set(listed)))} as what is protected in "
                f"{m.group(0)!r}, but I read one network policy on one of them, letting the "
                f"other in. Say one rule per workload, e.g. '… may reach {listed[0]}', then "
                f"the same for {listed[1]}."
            )
    return None


def _aspect(text: str, names: frozenset[str]) -> str | None:
    for m in _ASPECT_SAID.finditer(text):
        verb = _SPACES.sub("", m.group("verb"))
        name, aspect = m.group("name"), _SPACES.sub(" ", m.group("aspect"))
        if name not in names or aspect in _OWN.get(verb, frozenset()):
            continue
        if verb == "make" and not _HA_AFTER.search(text, m.end()):
            continue
        if verb == "harden":
            return (
                f"I read {m.group(0)!r}: 'harden' here is the container security settings of "
                f"{name} (non-root, read-only root filesystem, no privilege escalation), not "
                f"its {aspect}, so I changed nothing. Say 'harden {name}' for those, or what to "
                f"change about its {aspect} (e.g. a PDB, a network policy, resources, a backup)."
            )
        return (
            f"I read {m.group(0)!r}: the {m.group('verb')} I can plan acts on the whole "
            f"workload {name}, not on its {aspect}, so I changed nothing. Say what to change "
            f"about its {aspect} (e.g. a PDB, a network policy, resources, a backup, "
            f"monitoring), or '{m.group('verb')} {name}' for the whole workload."
        )
    if with_ := _HARDEN_WITH.search(text):
        return (
            f"I read {with_.group(0)!r}: 'harden' is the container security settings (non-root, "
            "read-only root filesystem, no privilege escalation), which is another change than "
            "the object you named. Say each change on its own, in the order you want them."
        )
    return None


def _part_restarted(text: str, result: PlanResult, names: frozenset[str]) -> str | None:
    if _RESTART_OP not in _body(result):
        return None
    for m in _RESTART_POSSESSIVE.finditer(text):
        owner, part = m.group(1), m.group(2)
        if owner in names and part not in names and part not in _WHOLE:
            return (
                f"I read {m.group(0)!r}: one part of {owner}, which cannot be restarted on its "
                f"own; a restart replaces all of {owner}'s pods, every container. Say "
                f"'restart {owner}' for that, so I changed nothing."
            )
    return None


def _awaited_order(result: PlanResult) -> str | None:
    if not result.awaits or (m := _AFTER_ORDER.search(result.awaits.lower())) is None:
        return None
    return (
        f"You asked for it {m.group(0)!r}, a change of its own that I did not plan (the plan "
        "would only wait for it). Say both in order: the change first, then ', then …'."
    )


def _back_up(text: str, result: PlanResult, names: frozenset[str]) -> str | None:
    if not _kinds(result) & {"schedule", "backup"}:
        return None
    m = _BACK_UP_AFTER.search(text)
    if m is None or (name := m.group("glossed") or m.group("name")) not in names:
        return None
    return (
        f"I read {text.strip()!r} as maybe 'bring {name} back up' (running again) or a backup "
        f"of {name}, so I changed nothing. To start it again say e.g. 'scale {name} to 1' or "
        f"'restart {name}'; to take a backup say 'back up {name}'."
    )


def _spread(text: str) -> str | None:
    m = _SPREAD_ODD.search(text)
    if m is None:
        return None
    if m.group("pair"):
        return (
            f"I read {m.group(0)!r}: keeping two workloads apart from each other is not a "
            "placement I plan (each would only be spread from itself). Say 'spread <workload> "
            "across nodes' for each, or write the anti-affinity."
        )
    what = m.group("what") or m.group("two")
    return (
        f"I read {m.group(0)!r}: I spread pods across zones or across nodes, one at a time, "
        f"and {what!r} is not one of them, so I changed nothing. Say 'spread <workload> across "
        "zones' or '… across nodes'."
    )


def _values(text: str, result: PlanResult) -> str | None:
    body = _body(result)
    summaries = " ".join(op.summary().lower() for op in result.operations)
    kinds = _kinds(result)
    if "prometheusrule" in kinds and (w := _ALERT_FOR.search(text)):
        said_for = f"{int(w.group('n'))}{w.group('u')[0]}"
        if said_for not in body:
            return (
                f"You said {w.group(0)!r}, but the rule I read holds its condition for another "
                "time, so I changed nothing. Say the alert with 'for <minutes>m', or without "
                "the time to take the default."
            )
    if (w := _EMPTY.search(text)) and f'"value": "{w.group("w")}"' in body:
        return (
            f"I read {w.group(0)!r} as the value {w.group('w')!r}. Did you mean an empty value? "
            "Say it with quotes: 'set FOO to \"\"' (or remove the variable)."
        )
    if _ON_DEPLOYMENT.search(text) and kinds <= {"configmap"} and "configmap" in summaries:
        return (
            "You said the setting goes on the deployment, but I read a change of its ConfigMap. "
            "Say 'set … in the configmap', or 'set env … on <workload>' for the container's "
            "environment."
        )
    if "image" in summaries and (m := _IMAGE_WORD.search(text)):
        rest = m.group("rest")
        for pattern in (_VARIANT, _REGISTRY, _DIGEST):
            if (w := pattern.search(rest)) and w.group(0).split()[-1] not in summaries:
                return (
                    f"I read {w.group(0)!r} with the version, but the image I would set "
                    f"({summaries}) does not carry it. Say the whole image reference (e.g. "
                    "'set frontend image to quay.io/acme/frontend:2.2.0-alpine')."
                )
    if (
        "horizontalpodautoscaler" in kinds
        and _AUTOSCALE.search(text)
        and (w := _METRIC.search(text))
        and w.group("m") not in body
        and not _CPU_OR_MEMORY.search(text)
    ):
        return (
            f"You asked to autoscale on {w.group('m')!r}, but the autoscaler I can make "
            "reads cpu or memory, so I changed nothing. Say 'autoscale … on cpu' (or "
            "memory), or use KEDA with the query ('keda on … from prometheus …')."
        )
    if (
        "poddisruptionbudget" in kinds
        and (w := _NO_EVICTION.search(text))
        and '"maxunavailable": 0' not in body
        and not _BUDGET_SAID.search(text)
    ):
        return (
            f"You said {w.group(0)!r}: a budget that lets no pod be evicted blocks every "
            "node drain and upgrade, and the one I read lets one go. Say the number that "
            "may be down at once (e.g. 'a pdb with maxUnavailable 1'), or 'maxUnavailable 0' "
            "to block evictions on purpose."
        )
    if (w := _PER_CENT.search(text)) and ("scale " in summaries or "replicas" in summaries):
        return (
            f"I read {w.group(0)!r} as a share, not a number of replicas, so I changed nothing. "
            "Say the replica count (e.g. 'scale checkout to 4')."
        )
    if _RESTART_OP in body and (w := _TIMES.search(text)):
        return (
            f"I read {w.group(0)!r}: a restart I plan runs once, when you approve it. Say "
            "'restart <workload>' and run it again yourself when you want another."
        )
    if "prometheusrule" in kinds and (w := _NOTIFY.search(text)) and w.group(0) not in body:
        return (
            f"You asked to send the alert to {w.group(0)!r}: where alerts go is Alertmanager's "
            "routing, which I do not change, so I changed nothing. Say the alert alone to "
            "plan the rule, and route it in Alertmanager."
        )
    if "scaledobject" in kinds and (w := _KEDA_FIELD.search(text)):
        key = _KEDA_KEYS[w.group("w")[:4]].lower()
        if key not in body:
            return (
                f"You gave {w.group(0)!r}, which the ScaledObject I read does not carry, so I "
                f"changed nothing. Say it as {_KEDA_KEYS[w.group('w')[:4]]} or leave it out."
            )
    if kinds & {"schedule", "backup"}:
        if (w := _LOCATION.search(text)) and (
            w.group("loc") or w.group("loc2") or w.group("loc3")
        ) not in body:
            return (
                f"You asked for the backup in {w.group(0)!r}, but the backup I read goes to "
                "the default storage location, so I changed nothing. Say it without the "
                "location to use the default."
            )
        if (w := _CLUSTER_RESOURCES.search(text)) and "includeclusterresources" not in body:
            return (
                f"You asked for {w.group(0)!r}, which the backup I read does not include, so I "
                "changed nothing. Say the backup without it, or use velero directly."
            )
        if "schedule" in kinds and (w := _MINUTE.search(text)):
            minute = w.group("m") or w.group("m2") or ("30" if "half" in w.group(0) else None)
            if minute is None or f'"schedule": "{int(minute)} ' not in body:
                return (
                    f"I read {w.group(0)!r}, a minute or start the schedule I read does not "
                    "keep, so I changed nothing. Say the schedule as a cron expression (e.g. "
                    "'back up postgres on schedule 30 * * * *')."
                )
        if (
            (w := _BACKED_PAIR.search(text))
            and w.group("b") not in _NOT_NAMES
            and w.group("b") not in body
        ):
            return (
                f"You asked to back up {w.group('a')!r} and {w.group('b')!r}, but "
                f"{w.group('b')!r} is not in the backup I read (no workload here has that "
                "name), so I changed nothing. Say the backup of what is here, on its own."
            )
        if "backup" not in kinds and (w := _NOW_TOO.search(text)):
            return (
                f"You asked for a backup now beside the schedule ({w.group(0)!r}), but I read "
                "only the schedule. Say each on its own: 'back up <workload> now', then the "
                "schedule."
            )
    if (w := _BEFORE_AND_AFTER.search(text)) and result.operations:
        return (
            f"You asked for it {w.group(0)!r}: I plan one change, now, and nothing waits for "
            "the other step. Say each when it is due (e.g. 'back up postgres' now, and again "
            "after the upgrade)."
        )
    if "networkpolicy" in kinds:
        if (w := _PORT.search(text)) and '"port"' not in body and '"ports"' not in body:
            return (
                f"You limited the traffic to {w.group(0)!r}, but the policy I read allows every "
                "port, so I changed nothing. Say the rule without the port, or with 'on port "
                "<number>'."
            )
        if (w := _FROM_NS.search(text)) and "namespaceselector" not in body:
            return (
                f"You said {w.group(0)!r}, but the policy I read lets in the pods of this "
                "namespace only, so I changed nothing. Say the rule for this namespace, or "
                "write the namespaceSelector."
            )
    return None


def _dropped_place(text: str, raw: str, result: PlanResult, names: frozenset[str]) -> str | None:
    if not _SETTING.search(raw) or not result.operations:
        return None
    targets = {op.target.name.lower() for op in result.operations}
    for m in _TWO_PLACES.finditer(text):
        a, b = m.group("a"), m.group("b")
        if a == b or not (a in names or a.endswith(("config", "-cm"))):
            continue
        if not (b in names or b.endswith(("config", "-cm")) or m.group("b_env")):
            continue
        if a not in targets or b not in targets:
            return _two_places(m.group(0))
    return None


def _two_places(said: str) -> str:
    return (
        f"You asked for the setting {said!r}, two places, but I read one of them. Say each "
        "on its own (e.g. 'set KEY=value in <configmap>', then the same for the other)."
    )


# An object of another kind than the words name (round 26): "drain checkout traffic" (a PDB
# guards node drains, it moves no traffic), "reset the checkout alert threshold" (an HPA),
# "the checkout alert is missing; add it" (a PodMonitor scrapes, it alerts on nothing), "make
# the checkout liveness probe less aggressive" (a probe with no timing said). Each row: the
# kinds planned, the words, what they name, what to type.
_OTHER_OBJECT = (
    (
        "poddisruptionbudget",
        re.compile(r"\bdrain\w*\s+(?:(?:the\s+)?[\w-]+\s+)?traffic\b"),
        "traffic moved away, which a disruption budget (it only limits evictions) does not do",
        "to stop its traffic, scale it to 0 or change its Service by name",
    ),
    (
        "horizontalpodautoscaler",
        re.compile(r"\balert\w*(?:'s)?\s+(?:threshold|level|limit|rule|condition)s?\b"),
        "an alert's threshold, which an autoscaler is not",
        "for an alert say it with its condition, e.g. 'alert when checkout p99 is over 800ms'",
    ),
    (
        "podmonitor servicemonitor",
        re.compile(r"\balerts?\b(?!\s+(?:on|when|if|me|us))"),
        "an alert, which a scrape config (a PodMonitor or ServiceMonitor) does not raise",
        "for an alert say it with its condition, e.g. 'alert when checkout p99 is over 800ms'",
    ),
    (
        "probe",
        re.compile(
            r"\b(?:less|more)\s+(?:aggressive|lenient|tolerant|patient|sensitive|strict)\b|"
            r"\b(?:timeout|threshold|period|delay|interval)\b[^.;,]*?\btoo\s+(?:short|long|low|"
            r"high|small|big|tight)\b"
        ),
        "a probe's timing changed by an amount I cannot read",
        "say the field and its value, e.g. 'set the checkout liveness probe timeout to 5s'",
    ),
)


# "… keeps firing; add a ServiceMonitor": the scrape config named, as planned.
_SCRAPE_SAID = re.compile(r"monitor|\bscrap")


def _other_object(text: str, result: PlanResult) -> str | None:
    kinds = _kinds(result)
    body = ""
    for kind, pattern, what, then in _OTHER_OBJECT:
        if "monitor" in kind and _SCRAPE_SAID.search(text):
            continue
        if kind == "probe":
            body = body or _body(result)
            if "probe" not in body.lower() or any(c.isdigit() for c in text):
                continue
        elif not kinds & set(kind.split()) or "prometheusrule" in kinds:
            continue
        if w := pattern.search(text):
            return f"I read {w.group(0)!r}: {what}, so I changed nothing; {then}."
    return None


def check(
    said: str,
    result: PlanResult,
    answered: bool = False,
    workloads: Iterable[str] = (),
) -> PlanResult:
    """``result``, or a question in its place when ``said`` names another object, part or
    value than the plan changes (see the module's rule)."""
    if answered or not result.operations:
        return result
    text = said.replace("\u2019", "'").replace("\u2018", "'").lower()
    # (Lowered once per set of names, not on every plan: text.lowered.)
    names = (
        lowered(workloads)
        if isinstance(workloads, frozenset)
        else frozenset(w.lower() for w in workloads)
    )
    asked = (
        _possessed(text, names)
        or _protected(text, result, names)
        or _aspect(text, names)
        or _part_restarted(text, result, names)
        or _awaited_order(result)
        or _back_up(text, result, names)
        or _spread(text)
        or _values(text, result)
        or _other_object(text, result)
        or _dropped_place(text, said.replace("\u2019", "'"), result, names)
    )
    return result if asked is None else result.held_back(asked)
