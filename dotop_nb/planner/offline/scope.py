"""What a request acts on must be exactly what was said: a scope the plan cannot honour asks.

Rule: a request is planned only when its plan acts on the object, kind and scope the message
names. It asks, naming what it did not understand, when

- a noun after a workload's name (or "of/for <name>") names a part or another kind the
  planner does not handle ("delete the payments config / logs / db / version", "delete postgres
  storage", "roll back the checkout config"), or a qualifier picks one copy of it ("delete the
  old payments", "delete payments 3.0.0", "old worker stuff"): never the whole workload;
- the message limits the change to part of the pods (a canary, blue/green, one/half of the
  pods, the crashing or oldest pods, a pod on a node, a zone) or one of a list ("the second
  one", "whichever"), or excludes a role the plan cannot tell apart ("not the primary");
- it names another cluster, region or kube context than the session's, or another namespace
  by a form the namespace reader does not know (:func:`_elsewhere`): "prod/payments" (a path
  whose name is a workload here and whose namespace is not the session's), "ns=prod",
  "[prod]", "@prod", "env=prod" leading the message, "in prod-eu", "in every namespace",
  "across all clusters", ``--all-namespaces`` / ``-A``. "shop/payments" (the session's own
  namespace) and "deploy/payments" (a kind) are no other place;
- it picks one workload out of several, or one copy of a workload, by position or comparison
  (:func:`_picked`): "the older of payments and orders", "of payments and orders, restart the
  second", "the one of payments and orders that is crashing", "the other payments", "the second
  payments pod": there is no order or age among the workloads that the planner reads;
- a prohibition said in quotes beside the request ("the runbook says \"never restart
  payments\"", "our rule is 'no restarts of payments'") names a workload the request names
  too, or a set the request acts on ("restart all deployments"), or no workload at all
  (:func:`_quoted_rule`): a rule quoted is honoured or asked about, never read as
  decoration; so is a workload the request names said to be held from change ("payments is
  never restarted", "it is under a change freeze", "orders is frozen", "orders restarts not
  allowed": :func:`_held`);
- a list after a workload's name holds a member said by its role or relation, not its name
  ("restart payments plus the db", "payments and its db", "the cache proxy and redis",
  "payments and whatever depends on it", "… and its neighbours", "payments etc."): the plan
  would drop it silently (:func:`_unnamed_member`);
- a workload's name is said of a node, a node pool, a cluster or a host ("restart the worker node",
  "scale worker nodes to 0", "upgrade the worker nodes to 1.30"): a node is no workload;
- it limits who sees a shared object ("…in the shared config, but only my-api should see it"),
  or keeps pods up while restarting ("restart frontend and keep 2 pods");
- and, read against the finished plan (:func:`planned`): a backup is planned though no backup,
  dump or copy was said (a recurring time or duration beside another change: "turn worker off
  every night", "debug logging for an hour"); a recurrence beside a plan that runs once
  ("restart worker every night"); a duration beside a delete ("delete worker for an hour"); or
  a version is said but no operation sets an image ("deploy frontend 2.2.0 to 5 replicas"
  would only scale).

Example::

    check(ctx, "delete the payments logs")  # Clarify: 'logs' is not the workload payments
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import durations, leftout, statements, waits
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.config import REMOVE_VERBS
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

_DELETE = re.compile(
    rf"\b(?:{REMOVE_VERBS}|clean\s*up|cleanup|tear\s+down|destroy|decommission|trash)\b", re.I
)
_ROLLBACK = re.compile(r"\b(?:roll(?:ing)?[\s-]*back|rollback|revert|undo)\b", re.I)
# Parts and kinds said after a workload's name that no delete reads as an object of its own.
_PART_NOUNS = (
    r"config(?:uration)?s?|settings?|logs?|logging|alerts?|alerting|dashboards?|images?|"
    r"rollouts?|jobs?|cron\s*jobs?|ingress(?:es)?|routes?|endpoints?|databases?|dbs?|data|"
    r"storage|disks?|files?|strategy|namespace|versions?|tags?|service\s*accounts?|sa|"
    r"history|revisions?|metrics|traces?|tracing|backups?|snapshots?|certs?|certificates?|"
    r"dns|domains?|urls?|queues?|topics?|buckets?|schema|tables?|records?|pipelines?|scalers?|"
    r"vpas?|scaledobjects?|webhooks?|events?|charts?|releases?|builds?|packages?|quotas?|"
    r"triggers?|schedules?|polic(?:y|ies)|"
    r"stuff|leftovers?|remnants?|junk|artifacts?|registry|repo(?:sitory)?"
)
# Only config-like parts for a rollback: the undo rule rolls back the whole pod template.
_ROLLBACK_NOUNS = r"config(?:uration)?s?|settings?|env(?:ironment)?(?:\s+var(?:iable)?s?)?|secrets?"
# "nuke the old checkout deploy", "remove its deployment": the object is named by its kind.
_KIND_SAID = re.compile(r"\b(?:deployment|deploy|statefulset|sts|daemonset|ds)s?\b", re.I)
_QUALIFIER = r"old|older|previous|prior|stale|legacy|unused|leftover|former|outdated|obsolete"
_SUBSET = re.compile(
    r"\b(?:canary|blue[/\s-]*green)\b"
    # "restart payments, blue only", "only the green side", "the blue pods": one colour's part.
    r"|\b(?:blue|green)\s+(?:only|side|stack|slot|half|env(?:ironment)?|pods?|replicas?|"
    r"instances?|copy|one)\b|\b(?:only|just)\s+(?:the\s+)?(?:blue|green)\b"
    # "restart frontend pod frontend-abc123": one pod named by its generated name.
    r"|\bpods?\s+(?:named\s+|called\s+)?[a-z0-9][a-z0-9\-]*-(?=[a-z]*\d)[a-z0-9]{5,10}\b"
    # "update one frontend pod", "restart half the pods", "set X on one payments replica":
    # a count of pods right after a verb that changes pods in place (never "scale … to one").
    r"|\b(?:restart|bounce|recycle|update|upgrade|deploy|roll\s*out|release|push|ship|try|patch|"
    # (Round 30, gap33b: never kubectl's KIND/NAME, "deploy/worker is a single pod, … run 3".)
    r"set|enable|disable|turn\s+on|turn\s+off)\b(?!/)(?:[^,.;:!?\u2013\u2014()]|\.(?=\w))*?\b(?:on|to)?\s*"
    r"(?<![\w-])(?:one|a\s+single|half(?:\s+of)?\s+(?:the|its)|some(?:\s+of)?\s+(?:the|its))\s+"
    r"(?:(?!more\b|less\b|fewer\b|extra\b|additional\b|new\b)[\w-]+\s+)?(?:pods?|replicas?|"
    r"instances?|copies)\b(?!\s+at\s+a\s+time)"
    r"|\b(?:crashing|crash-?looping|unhealthy|failing|failed|broken|stuck|pending|oldest|newest|"
    r"youngest|slowest|stale|outdated|leftover)\s+(?:[\w-]+\s+)?"
    r"(?:pods?|replicas?|instances?)\b"
    # "payments' old replicas": never "no old pod may go away" (how a rollout replaces pods).
    r"|'s?\s+(?:old|older|previous)\s+(?:pods?|replicas?|instances?)\b"
    r"|'s\s+(?:oldest|newest|youngest|first|last)\s+(?:pod|replica)\b"
    r"|\bpods?\s+on\s+(?:the\s+)?[\w-]*node[\w-]*"
    # (Round 29, gap32a: never a word that goes on the sentence — "topologySpreadConstraints
    # on zone for deploy/payments" spreads over the zone key, no zone named.)
    rf"|\b(?:in|on|for)\s+(?:the\s+)?zone\s+{t.NOT_A_PLACE_NAME}[\w-]+"
    r"|\b(?:in|on|for)\s+(?:the\s+)?(?!a\b|each\b|every\b|one\b|another\b|any\b|same\b|single\b|"
    r"different\b|other\b)[\w-]+\s+zone\b(?!s)"
    r"|\bon\s+(?:one|a\s+single)\s+(?:pods?|replicas?)\b"
    # "the second payments pod", "only the 2nd pod of payments": one pod by its position.
    # Not "a second replica" (one more of them: :func:`.workloads.scale`).
    r"|(?<!\ba\s)\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\s+(?:[\w-]+\s+)?"
    r"(?:pod|replica|instance)s?\b(?!\s+at\s+a\s+time)",
    re.I,
)
# Round 15: "set a CPU limit of 500m on payments so one pod can't starve the node": pods counted
# in a negated purpose (statements.without_purpose) are what the change guards against, never
# the pods it reaches. A canary, a colour or a zone said there is still a scope.
_NAMED_SUBSET = re.compile(r"canary|blue|green|zone|node", re.I)


def _guarded_against(text: str, m: re.Match[str]) -> bool:
    """Whether the subset ``m`` is said only inside a negated purpose (see above)."""
    return not _NAMED_SUBSET.search(m.group(0)) and not _SUBSET.search(
        statements.without_purpose(text)
    )


# Round 31 (gap34a): a zone said in a clause that tells what happens to people ("node-b dies
# and we go blind on zone 14", "customers in zone 3 see errors"): a place of theirs, told, never
# the pods the change reaches. Only with no verb of change in that clause (:data:`_CHANGE_SAID`,
# below).
_CLAUSE_HEAD = re.compile(r"[,.;:!?\u2014]|\b(?:and|but|so|or|then)\b", re.I)
_PEOPLE_TOLD = re.compile(
    r"^\s*(?:we|i|they|users|customers|people|everyone|everybody|nobody|residents|the\s+[\w-]+"
    r"\s+team)\s+(?!(?:need|want|must|should|have|would|will|can|could|please|pls|'d|'ll)\b)"
    r"[a-z']+\b",
    re.I,
)


def _zone_told(text: str, m: re.Match[str]) -> bool:
    """Whether the zone in ``m`` is said in a clause telling of people (see above)."""
    if "zone" not in m.group(0).lower():
        return False
    head = _CLAUSE_HEAD.split(text[: m.start()])[-1]
    return bool(_PEOPLE_TOLD.match(head)) and not _CHANGE_SAID.search(head)


# "if the canary fails, roll back": the canary is a condition (:mod:`.waits`), not a scope.
_CONDITIONED = re.compile(
    r"\b(?:if|unless|once|when|whenever|should|after|until|till|as\s+soon\s+as)\b[^,.;:!?]*$", re.I
)
_ORDINAL = re.compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|last|latter|former)\s+one\b"
    r"|\bwhichever\b(?![^.;]*\b(?:was|is)\s+the\s+last\s+good\b)|\beither\s+of\b",
    re.I,
)
_ROLE = re.compile(
    r"\b(?:not|except|but)\s+(?:the\s+)?(?:primary|primaries|replicas?|leaders?|master|"
    r"followers?|secondar(?:y|ies)|standbys?|read[\s-]*replicas?)\b",
    re.I,
)
_AWAY = (
    r"this|that|the|our|your|my|same|current|whole|entire|local|shop|k8s|kubernetes|a|an|"
    r"each|every|one|its"
)
# (Round 16: "REGION" in capitals is a key's name — "REGION in shared-config" — no region.)
_CLUSTER = re.compile(
    # ("in the rotterdam depot cluster": up to three words naming it, none of them this one's.)
    rf"\b(?:in|on|against|into)\s+(?:the\s+)?(?!(?:{_AWAY})\b)[\w-]+"
    rf"(?:\s+(?!(?:{_AWAY}|in|on|of|with|for|to|and|or|cluster|context|region)\b)[\w-]+){{0,2}}"
    r"\s+(?:cluster|context|(?-i:(?!REGION\b))region)\b"
    r"|\b(?:in|on|against|into)\s+(?:the\s+)?(?:other|another|second|secondary|remote)\s+"
    r"(?:cluster|context|region)\b"
    r"|\b(?:in|on|against|into)\s+(?:cluster|context|region)\s+(?!(?:upgrades?|maintenance|"
    r"level|scope|wide|nodes?|mode)\b)[\w-]+"
    r"|\b(?:in|on|against|into)\s+(?:the\s+)?(?:us|eu|ap|sa|ca|me|af)-(?:east|west|north|south|"
    r"central|northeast|southeast|northwest|southwest)(?:-\d)?\b"
    r"|\b(?:in|on|against|into)\s+(?:the\s+)?(?:gke|eks|aks|k3d|kind)-[\w-]+"
    # (Round 25: "on cluster-b", "in cluster2", "on kube-context_eu": a cluster's name in one.)
    r"|\b(?:in|on|against|into)\s+(?:the\s+)?(?:cluster|kube-?context|context)"
    r"(?:[-_][a-z0-9][\w-]*|\d[\w-]*)"
    r"|--context\b",
    re.I,
)
_ONLY_SEES = re.compile(
    r"\bshared\b.*\bonly\s+[\w-]+\s+(?:should|may|can|must|gets?|sees?)\b"
    r"|\bonly\s+[\w-]+\s+(?:should|may|can|must)\s+(?:see|get|read|have|use)\b.*\bshared\b",
    re.I,
)
_RESTARTS = re.compile(r"\b(?:restart|bounce|recycle|reboot|cycle|redeploy)\w*\b", re.I)
_FLOOR = re.compile(
    rf"\bkeep(?:ing)?\s+(?:at\s+least\s+)?{t.NUMBER}\s+(?:pods?|replicas?|instances?|copies)\b",
    re.I,
)
# "every night", "nightly", "on weekends": a recurrence, never "the nightly batch".
_RECURRING = re.compile(
    r"(?<!\bthe\s)(?<!\bour\s)(?<!\bits\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\ba\s)"
    r"\b(?:nightly|daily|hourly|weekly|every\s+(?:\d+\s+)?(?:night|day|evening|morning|hour|"
    r"minute|week|weekend|weekday|mon|tue|wed|thu|fri|sat|sun)\w*|each\s+(?:night|day|evening|"
    r"morning|hour|week)\w*|at\s+night|during\s+the\s+day|on\s+weekends)\b"
    r"(?!\s+(?:batch|jobs?|runs?|builds?|backups?|dumps?|reports?|traffic|load|peaks?|windows?|"
    r"maintenance|deploys?|releases?|crons?|import|export|sync)\b)",
    re.I,
)
# "for an hour", "for the night": how long a change should last.
_DURATION = re.compile(
    rf"\bfor\s+(?:an?|{t.NUMBER}|the|the\s+next|a\s+few|a\s+couple\s+of)\s+"
    r"(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekend)\b",
    re.I,
)
# Round 27 (temp): "delete worker for now", "remove the pdb for the time being": a delete said
# to be for a while — nothing brings it back (a workload scaled to 0 keeps its spec).
_FOR_NOW = re.compile(
    r"\b(?:for\s+(?:now|the\s+(?:time\s+being|moment|present))|pro[\s-]tem(?:pore)?)\b", re.I
)
_KEEP_SAID = re.compile(
    r"\b(?:keep|keeps|keeping|leave|leaving|retain|retaining|preserve|spare|stays?|remains?|"
    r"untouched)\b",
    re.I,
)
_CLAUSE_CUT = re.compile(r"[,;:.!?\u2014]|\bthen\b")
_BACKUP_SAID = re.compile(
    r"back(?:ed|ing)?\s*-?\s*ups?|\bback\s+[\w-]+\s+up\b|\bdump|snapshot|velero|\bcop(?:y|ies)\b|restor|archiv|\bsave\b|\bpg_",
    re.I,
)


def check(ctx: Ctx, raw: str) -> None:
    """Asks when ``raw`` names a part, a subset, another cluster or a scope its plan cannot
    honour (see the module's rule). Nothing is planned here."""
    text = statements.masked(raw)
    said = _names(ctx, text)
    names = said or []
    if _DELETE.search(text) and not t.ENV_NAME.search(raw):
        # "remove FEATURE_X from the payments config": a key said is the config reader's.
        for name in names:
            if part := _after(name, _PART_NOUNS, text, _DELETE.pattern):
                raise Clarify(
                    f"I read {part!r} said of {name}, not {name} itself: I never delete a "
                    f"workload for its {part}. Name the object to delete by its kind and name "
                    f"(e.g. 'delete configmap {name}-config'); to delete the workload, ask "
                    f"'delete {name}' alone."
                )
            if owned := rx(rf"{_word(name)}'s?\s+(?:{_QUALIFIER})\s+[\w-]+", re.I).search(text):
                # "delete payments' old deployment": an old copy of its, never the live one.
                raise Clarify(
                    f"{owned.group(0)!r} picks an old copy of {name}'s objects; there is one "
                    f"{name} here and I never delete the live one for it. Name the object to "
                    "delete by its kind and name, or ask 'delete <workload>' alone."
                )
            if not _KIND_SAID.search(text) and (
                q := rx(
                    rf"\b(?:{_QUALIFIER}|v\d+(?:\.\d+)*)\s+(?:[\w-]+\s+)?{re.escape(name)}\b"
                    rf"|{_word(name)}(?:\s+|:)v?\d+(?:\.\d+)+\b",
                    re.I,
                ).search(text)
            ):
                raise Clarify(
                    f"{q.group(0)!r} picks one copy or version of {name}; there is one "
                    f"{name} here and I never delete the live one for it. Name the object "
                    "to delete by its kind and name, or ask 'delete <workload>' alone."
                )
    _old_and_new(text, names)
    _another_copy(text, names)
    if _ROLLBACK.search(text):
        for name in names:
            if part := _after(name, _ROLLBACK_NOUNS, text, _ROLLBACK.pattern):
                raise Clarify(
                    f"A rollback of {name} undoes its whole pod template (image included), not "
                    f"only its {part}. Say the value to set back (e.g. 'set KEY=old on {name}'), "
                    f"or 'roll back {name}' for the whole revision."
                )
    colour = [n for n in names if rx(rf"\b(?:blue|green)\s+{_word(n)}", re.I).search(text)]
    if colour:
        raise Clarify(
            f"I read a colour before {colour[0]}: there is one {colour[0]} here, no blue/green "
            f"pair. Say the change for {colour[0]} itself."
        )
    if (
        (m := _SUBSET.search(text))
        and not _CONDITIONED.search(text[: m.start()])
        and not _guarded_against(text, m)
        and not _zone_told(text, m)
        # "restart frontend canary": frontend-canary? The name reader asks that itself.
        and not (said is None and m.group(0).lower() == "canary")
    ):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: a change to part of the pods (a canary, one pod, "
            "a zone, a colour) is not something I plan; a rollout, restart or setting reaches "
            "every pod of the workload. Say it for the whole workload, or use 'delete pod "
            "<name>' for one pod."
        )
    if m := _ORDINAL.search(text):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: which one? Name the workload to change; I do not "
            "pick one out of a list."
        )
    if m := _ROLE.search(text):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: I cannot tell a database's primary from its "
            "replicas, so I would act on all its pods. Name exactly what to change."
        )
    _elsewhere(ctx, text, names)
    _picked(ctx, text, names)
    _quoted_rule(ctx, raw)
    _unnamed_member(ctx, text, names)
    _held(ctx, raw)
    if m := _CLUSTER.search(text):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: this session works on one cluster, in namespace "
            f"{ctx.namespace!r}, and never acts elsewhere. Open a session on that cluster, or "
            "drop it from the sentence to act here."
        )
    if m := _ONLY_SEES.search(text):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: a shared ConfigMap is read by every workload that "
            "mounts it. Set the value on that workload alone (e.g. 'set KEY=value on my-api')."
        )
    if _RESTARTS.search(text) and (m := _FLOOR.search(text)):
        raise Clarify(
            f"I read {m.group(0)!r} beside a restart: a floor of pods kept up while it rolls "
            "(a PodDisruptionBudget or maxUnavailable) or a new count? Say which, e.g. 'scale "
            "… to N' or 'keep N pods available during rollouts'."
        )


# Environments said by their usual names ("prod", "staging"), as a word or a name's first part.
_ENVS = r"staging|stage|prod|production|preprod|pre-prod|dev|development|qa|uat|sandbox"
# Another namespace or cluster said in a form other than "in namespace X" / "-n X" (which
# :func:`.guard.other_namespace` reads): a label of the request, or every namespace at once.
_PLACE = re.compile(
    # (Round 30, gap33a: "velero schedule for the ns: nightly 02:00" — "the ns" is this
    # namespace, and the colon opens what is said of it: no label.)
    r"(?<![\w-])(?:(?<!\bthe\s)(?<!\bthis\s)(?<!\bour\s)ns|kube-?ns|cluster|kube-?context|context)"
    r"\s*[:=]\s*(?P<a>[a-z0-9][-a-z0-9]*)(?![\w=])"
    rf"|(?:^|[(\[{{])\s*(?:env|environment)\s*[:=]\s*(?P<b>(?:{_ENVS})[-a-z0-9]*)\b"
    rf"|[\[(]\s*(?P<c>(?:{_ENVS})(?:-[a-z0-9]+)*)\s*[\])]"
    rf"|(?<![\w.])@(?P<d>(?:{_ENVS})(?:-[a-z0-9]+)*)\b"
    # "in prod-eu", "on k8s-staging": an environment's compound name (a bare "prod" is the
    # namespace reader's).
    rf"|\b(?:in|on|to|for|into|against|at)\s+(?:the\s+)?(?P<e>(?:[a-z0-9]+-)*(?:{_ENVS})"
    r"(?:-[a-z0-9]+)*)\b(?!-)"
    r"|\b(?:in|on|across|to|for|into|against|over)\s+(?:the\s+)?(?:every|each|all(?:\s+(?:of\s+)?the)?|"
    r"both(?:\s+the)?|multiple|several|many)\s+"
    r"(?P<f>namespaces?|clusters?|contexts?|regions?|environments?|envs)\b"
    r"|(?P<g>--all-namespaces\b)",
)
# kubectl's short flag for every namespace, said in capitals ("-a" is no flag of it here).
_ALL_FLAG = re.compile(r"(?<!\S)-A(?!\S)")
# "prod/payments": a namespace and a name, as kubectl's paths and Prometheus labels write them.
_PATH = re.compile(
    r"(?<![\w./:@-])(?P<ns>[a-z0-9][-a-z0-9]*)/(?P<name>[a-z0-9][-a-z0-9]*)(?![\w./@-]|:\w)"
)
# The left part of a path that is a kind ("deploy/payments"), never a namespace.
_KIND_PATH = frozenset(
    """deploy deploys deployment deployments sts statefulset statefulsets ds daemonset daemonsets
    po pod pods svc service services cm configmap configmaps secret secrets job jobs cronjob
    cronjobs cj hpa pdb rs replicaset replicasets apps app workload workloads""".split()
)


# An environment said before a workload's name ("the prod payments"); not "stage" (a verb).
_ENVS_BEFORE = r"staging|prod|production|preprod|pre-prod|dev|development|qa|uat|sandbox"


def _elsewhere(ctx: Ctx, text: str, names: list[str]) -> None:
    """Ask when ``text`` names another namespace or every namespace in a form the namespace
    reader does not read (see :data:`_PLACE` and :data:`_PATH`)."""
    for m in [*_PLACE.finditer(text.lower()), *_ALL_FLAG.finditer(text)]:
        place = next((v for v in m.groupdict().values() if v), m.group(0))
        if place == ctx.namespace or (
            m.groupdict().get("e") and ("-" not in place or _is_object(ctx, place))
        ):
            continue
        raise Clarify(
            f"I read {m.group(0).strip()!r}: that says another namespace, cluster or several "
            f"of them, but this session works in namespace {ctx.namespace!r} of one cluster and "
            f"never acts elsewhere. Open a session there, or drop it to act in {ctx.namespace!r}."
        )
    for name in names:
        # "the prod payments", "staging orders": the workload of another environment.
        if (env := rx(rf"\b(?:{_ENVS_BEFORE})\s+{_word(name)}", re.I).search(text)) and (
            env.group(0).split()[0].lower() != ctx.namespace
        ):
            raise Clarify(
                f"I read {env.group(0)!r}: {name} of another environment, but this session works "
                f"in namespace {ctx.namespace!r} and never changes its {name} for another's. "
                f"Open a session there, or say {name} alone to act in {ctx.namespace!r}."
            )
    for m in _PATH.finditer(text.lower()):
        space, name = m.group("ns"), m.group("name")
        if (
            space == ctx.namespace
            or space in _KIND_PATH
            or not _is_object(ctx, name)
            or _is_object(ctx, space)
        ):
            continue
        raise Clarify(
            f"I read {m.group(0)!r} as {name} in namespace {space!r}, but this session works in "
            f"namespace {ctx.namespace!r}: I never change {ctx.namespace}'s {name} for it. Open "
            f"a session in {space!r}, or say '{ctx.namespace}/{name}' (or {name} alone) to act "
            "here."
        )


def _is_object(ctx: Ctx, name: str) -> bool:
    """Whether ``name`` is a workload or a ConfigMap of the session's namespace."""
    return any(
        ctx.get(kind, name) is not None
        for kind in ("Deployment", "StatefulSet", "DaemonSet", "ConfigMap")
    )


# A member of a list said by role or relation ("its db", "redis", "whatever depends on it").
_JOINED = (
    # One word may follow the name first ("the payments service", "the cache proxy").
    r"(?:\s+(?!(?:and|plus|as|along|together)\b)[a-z][\w-]*)?"
    # (Round 28, a31rest: in brackets too, "restart payments (and its db)".)
    r"\s*(?:,\s*)?(?:[(\[]\s*)?(?:\band\b|\bplus\b|\+|&|\bas\s+well\s+as\b|\balong\s+with\b|"
    r"\btogether\s+with\b)"
)
_MEMBER = re.compile(
    r"\s*(?:(?:its|the|their|our|all\s+(?:of\s+)?(?:its|the))\s+)?(?P<m>db|dbs|database|databases|"
    r"redis|queues?|brokers?|dependen(?:ts|cies)|deps|neighbou?rs?|friends|upstreams?|downstreams?|"
    r"consumers|callers|clients|backends|whatever\b[^,.;]*|everything\s+(?:that|which|it)\b[^,.;]*|"
    r"anything\s+(?:that|which)\b[^,.;]*|the\s+rest|others|co)(?![\w-])",
    re.I,
)
_ET_CETERA = re.compile(
    r"\s*(?:,\s*)?(?:etc\.?|et\s+cetera|and\s+so\s+on|and\s+the\s+like|and\s+such|and\s+co\b\.?)",
    re.I,
)
_NODE = re.compile(r"\s+(?:node\s*pools?|nodes?|hosts?|instance\s+groups?|clusters?)\b", re.I)


def _unnamed_member(ctx: Ctx, text: str, names: list[str]) -> None:
    """Ask when a list after a workload's name holds a member said by role or relation, or
    "etc.", or when the name is said of a node (see the module's rule)."""
    for name in names:
        for at in rx(_word(name), re.I).finditer(text):
            after = text[at.end() :]
            if node := _NODE.match(after):
                raise Clarify(
                    f"I read '{name}{node.group(0)}': a node, node pool, cluster or host, which "
                    f"is no workload; I plan changes to workloads, never to {name} for it. Say the "
                    f"change to the workload {name} itself, or manage nodes with your cloud's "
                    "tools."
                )
            joined = rx(_JOINED, re.I).match(after)
            member = _MEMBER.match(after, joined.end()) if joined else None
            if (
                member
                # A backup's own readers ask about what they back up ("… and the redis hourly").
                and not _BACKUP_SAID.search(text)
                and not ctx.workloads(member.group("m"))
                # "delete frontend and whatever belongs only to it": what it owns, the
                # delete rule's own reading.
                and not rx(r"\b(?:belong\w*|own\w*|uses?|only)\b").search(member.group("m"))
            ):
                raise Clarify(
                    f"I read {member.group(0).strip()!r} beside {name}: which workload is that? "
                    f"I plan only what is named, and would have left it out. Name each workload "
                    f"to change (e.g. '{name} and postgres')."
                )
            if etc := _ET_CETERA.match(after):
                raise Clarify(
                    f"I read {etc.group(0).strip(' ,')!r} after {name}: which others? Name each "
                    "workload to change; I plan only what is named."
                )


# A quoted span: in double or typographic quotes, or in single quotes that are no apostrophes.
_QUOTE = re.compile(
    r"\"([^\"]+)\"|\u201c([^\u201d]+)\u201d|\u2018([^\u2019]+)\u2019|(?<!\w)'([^']+)'(?!\w)"
)
# What makes a quoted sentence a prohibition.
_FORBIDS = re.compile(
    r"\b(?:no|not|never|nothing|nobody|don'?t|do\s+not|must\s*n[o']?t|mustn'?t|cannot|can'?t|"
    r"shouldn'?t|should\s+not|won'?t|forbid\w*|prohibit\w*|banned|frozen|freeze|hands\s+off|"
    r"off[\s-]limits|leave\s+[\w-]+\s+alone|keep\s+(?:off|away))\b",
    re.I,
)
# A change said in a quoted prohibition that names no workload ("never restart during peak").
_CHANGE_SAID = re.compile(
    r"\b(?:restart\w*|bounc\w+|scal\w+|deploy\w*|delet\w+|remov\w+|updat\w+|upgrad\w+|"
    r"roll\w*|touch\w*|chang\w+|modif\w+|patch\w*|edit\w*|redeploy\w*|releas\w+)\b",
    re.I,
)
# A set of workloads acted on: "all deployments", "everything", "every workload".
_ANY_SET = re.compile(
    r"\b(?:everything|all|every|each)\b(?!\s+(?:of\s+)?(?:its|their|the\s+pods|pods|replicas|"
    r"containers|keys|values|env|variables)\b)",
    re.I,
)


def _quoted_rule(ctx: Ctx, raw: str) -> None:
    """Ask when a prohibition said in quotes forbids what the rest of the message asks: it
    names a workload the rest names too, the rest acts on a set of workloads, or it names no
    workload but a change (see the module's rule)."""
    for m in _QUOTE.finditer(raw):
        quoted = next(g for g in m.groups() if g)
        if not _FORBIDS.search(quoted):
            continue
        rest = f"{raw[: m.start()]} {raw[m.end() :]}"
        try:
            inside = {target.name for target, _ in ctx.workloads(quoted)}
            outside = {target.name for target, _ in ctx.workloads(rest)}
        except Clarify:
            inside, outside = set(), set()
        if (
            (inside & outside)
            or (inside and _ANY_SET.search(rest))
            or (not inside and _CHANGE_SAID.search(quoted))
        ):
            raise Clarify(
                f"You quoted {quoted.strip()!r} beside the request: I read it as a rule that "
                "forbids what you ask, and do not act against it. Does it hold now? Say the "
                "change alone if it may go ahead, or what to do instead."
            )


# A workload said to be held from change, as how things are run: "payments is never
# restarted", "payments never gets scaled", "it is under a change freeze", "orders is frozen",
# "orders restarts not allowed".
_HELD = re.compile(
    # (Round 35, a40a: "worker's frozen", "worker's in a freeze": the copula joined as "'s".)
    r"(?<![\w-])(?P<w>[a-z0-9][\w-]*)(?:\s+|(?='s\s))(?:"
    r"(?:is|are|gets?|will\s+be)\s+never\s+(?:be\s+|get\s+)?[a-z]+(?:ed|en)\b"
    r"|never\s+gets?\s+[a-z]+(?:ed|en)\b"
    r"|(?:is|are|'s|stays?|remains?)\s+(?:still\s+|currently\s+|now\s+)?(?:under|in)\s+(?:a\s+|the\s+)?"
    r"(?:(?:change|code|deploy(?:ment)?|release|config)\s+)?freeze\b"
    r"|(?:is|are|'s|stays?|remains?)\s+(?:still\s+|currently\s+|now\s+)?frozen\b"
    r"|(?:re-?starts?|restarting|scaling|deploys?|deployments|changes|updates|rollouts?|upgrades?)"
    r"\s+(?:are\s+|is\s+)?not\s+(?:allowed|permitted)\b)",
    re.I,
)


def _held(ctx: Ctx, raw: str) -> None:
    """Ask when a workload the request names ("it": its target) is said to be held from
    change (see :data:`_HELD`): the request would act against what the message states."""
    for m in _HELD.finditer(raw):
        word = m.group("w").lower()
        rest = f"{raw[: m.start()]} {raw[m.end() :]}"
        try:
            held = [t.name for t, _ in ctx.workloads(word)] if word not in _PRONOUN else []
            named = [t.name for t, _ in ctx.workloads(rest)]
        except Clarify:
            return  # the name reader asks about the names itself
        if (word in _PRONOUN and named) or set(held) & set(named):
            if held and set(held) <= leftout.list_left_out(ctx, raw):
                # Round 35 (a40a): "restart payments, worker and frontend; frontend's in a
                # freeze": said after the list, the freeze leaves frontend out of it.
                continue
            raise Clarify(
                f"You said {m.group(0).strip()!r}, and the request would change "
                f"{(held or named)[0]}. Does that hold now? Say the change alone if it may go "
                "ahead, or what to do instead."
            )


_PRONOUN = frozenset({"it", "this", "that", "they"})


# Position or comparison words that pick one of several ("the older of …", "the second").
_PICK_WORDS = (
    r"first|second|third|fourth|1st|2nd|3rd|4th|last|latter|former|other|older|newer|younger|"
    r"oldest|newest|youngest|bigger|biggest|smaller|smallest|larger|largest|busier|busiest|"
    r"quieter|slower|faster|heavier|lighter|cheaper|healthier|worse|better|one"
)
# "the older of payments and orders", "the one of them that …", "the bigger of the two".
_OF_LIST = re.compile(
    rf"\bthe\s+(?:{_PICK_WORDS})\s+(?:one\s+)?of\s+(?:the\s+|these\s+|those\s+)?"
    r"(?:two|three|both|them|these|those|pair|[\w-]+\s*(?:,|&|\band\b|\bor\b))",
    re.I,
)
# "of payments and orders, restart the second": a position said alone, as the object.
# Never a day ("on the 3rd", "by the first"): a date says when.
_POSITION = re.compile(
    r"(?<!\bon\s)(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bfrom\s)(?<!\bafter\s)"
    r"(?<!\bbefore\s)(?<!\bsince\s)"
    r"\bthe\s+(?:first|second|third|fourth|latter|former)\b"
    r"(?=\s*(?:[,.;:!?)]|$|\bto\b|\bby\b|\bwith\b|\bplease\b|\bnow\b))",
    re.I,
)
_COPY = r"other|second|third|2nd|3rd|older|newer|oldest|newest|previous|former|latter"


def _picked(ctx: Ctx, text: str, names: list[str]) -> None:
    """Ask when ``text`` picks one workload out of several, or one copy of a workload, by its
    position or by a comparison (see the module's rule)."""
    m = _OF_LIST.search(text) or _POSITION.search(text)
    if m is None:
        undo = _ROLLBACK.search(text)
        for name in names:
            # "the other payments", "the second orders deployment": there is one of each here.
            # Not "roll back to the previous payments deployment": a revision, for a rollback.
            copy = rx(
                rf"\bthe\s+(?P<q>{_COPY})\s+{_word(name)}"
                r"(?=\s*(?:[,.;:!?)]|$|\bto\b|\bby\b|(?:deployment|deploy|statefulset|sts|"
                r"daemonset|pod|replica|instance|container|one)s?\b))",
                re.I,
            ).search(text)
            if copy and not (undo and copy.group("q").lower() in ("previous", "older", "former")):
                m = copy
                break
    if m is None or _CONDITIONED.search(text[: m.start()]):
        return
    raise Clarify(
        f"I read {m.group(0).strip()!r}: that picks one out of several by its place or a "
        "comparison, which I cannot tell from the cluster (there is one workload of each name "
        "here, in no order). Name the workload to change."
    )


_RELEASE_SAID = re.compile(
    r"\b(?:deploy\w*|releas\w+|roll\w*\s+(?:out|\S+\s+out)|rollout|ship\w*|push\w*|promot\w+|"
    r"upgrad\w+|updat\w+|bump\w*|mov\w+|put|run|go|switch\w*|canary)\b",
    re.I,
)


def planned(raw: str, result: PlanResult) -> None:
    """Asks when the finished plan is another kind than said: a backup no one asked for, or a
    version said beside a plan that sets no image."""
    ops = list(result.operations)
    if not ops:
        return
    text = statements.masked(raw)
    if any(_is_backup(o.target.kind, o.model_dump_json(exclude={"reason"})) for o in ops) and not (
        _BACKUP_SAID.search(text)
    ):
        raise Clarify(
            f"{raw.strip()!r} would make a backup, but you did not say backup, dump or copy. A "
            "time or duration beside a change ('every night', 'for an hour') is no schedule I "
            "can keep for it: say the change alone, or 'back up … nightly' for a backup."
        )
    # What is created or patched lasts ("we scale by hand every evening, add an hpa",
    # "it crashes every hour, add a probe"); a scale, restart, delete or image runs once.
    # A recurrence inside a fact ("orders pages us every evening, one more replica please") is
    # the reason, never the change's schedule.
    # ("… in tonight's monthly maintenance window": one occurrence of a recurring window.)
    recurring = _RECURRING.search(
        durations.rates_blanked(waits.cadence_blanked(statements.facts_blanked(text)))
    )
    if not any(o.kind in ("apply", "patch") for o in ops) and (m := recurring):
        raise Clarify(
            f"I read {m.group(0)!r}: a change that repeats on a schedule is not something this "
            f"plan can keep ({'; '.join(o.summary() for o in ops)} runs once, when you approve "
            "it). Ask for the change once, or say the schedule as a CronJob or KEDA cron trigger."
        )
    for_now = _FOR_NOW.search(text)
    if for_now and _KEEP_SAID.search(_CLAUSE_CUT.split(text[: for_now.start()])[-1]):
        for_now = None  # "delete the sts but keep the svc for now": the kept's, not the delete's
    if any(o.kind == "delete" for o in ops) and (m := _DURATION.search(text) or for_now):
        raise Clarify(
            f"I read {m.group(0)!r} beside a delete: a delete does not come back by itself. "
            "Scale it to 0 instead (that keeps it, ready to scale back), or ask for the delete "
            "alone."
        )
    # "2.2.0", "v3": a version; "0.5 cpu" is a quantity.
    # ("MIN_APP_VERSION=5.0.0": a value of the key it is attached to, never one to deploy.)
    valued = rx(r"\b[A-Z][A-Z0-9_]*\s*[=:]\s*\S+").sub(" ", raw)
    versions = [
        v for v in t.VERSION.findall(statements.masked(valued)) if v.count(".") >= 2 or v[0] in "vV"
    ]
    if (
        versions
        # Only a version said with a verb of release is one to deploy: "flaky since 2.1.0",
        # "worker 0.9.0 eating all the memory" say which version runs, as context.
        and _RELEASE_SAID.search(text)
        and not any(o.kind == "rollout_undo" for o in ops)
        and not any('"image"' in o.model_dump_json(exclude={"reason"}) for o in ops)
    ):
        raise Clarify(
            f"I read version {versions[0]} in {raw.strip()!r}, but the plan would not deploy it "
            f"({'; '.join(o.summary() for o in ops)}). Say the version change on its own "
            "('update … to <version>'), then the rest."
        )
    if (
        # Round 41 (sh48a, attack48): "update my-api to ghcr.io/acme/my-api:1.6.0 with
        # imagePullPolicy Always" planned the pull policy alone: an image said with a verb of
        # release must be the image planned, or asked.
        (image := t.image_in(valued))
        and image.split(":", 1)[0].lower() not in _FIELD_NAMES
        # ("queue:work can't keep up": a name and a word, no version nor registry said)
        and ("/" in image or "@" in image or rx(r":(?:\S*\d|latest$)").search(image))
        and _RELEASE_SAID.search(text)
        and not any(o.kind == "rollout_undo" for o in ops)
        and not any(image in o.model_dump_json(exclude={"reason"}) for o in ops)
    ):
        raise Clarify(
            f"I read the image {image} in {raw.strip()!r}, but the plan would not deploy it "
            f"({'; '.join(o.summary() for o in ops)}). Say the image change on its own "
            "('update … to <image>'), then the rest."
        )


# "min:2 max:6 cpu:70": a field and its value glued, never an image (an image's name is no
# field of a spec).
_FIELD_NAMES = frozenset(
    """min max cpu memory mem port replicas target ttl minreplicas maxreplicas minavailable
    maxunavailable maxsurge requests limits timeout period interval weight priority uid gid
    user group""".split()
)


def _is_backup(kind: str, body: str) -> bool:
    return kind in ("Schedule", "Backup") or (kind == "CronJob" and "pg_dump" in body)


# Round 20 (attack): a newer copy said beside the old one ("the new one is live", "the new
# worker takes the load", "now that the new payments deployment is up").
_NEWER = (
    r"\b(?:the|a|our|its|their)\s+(?:new|newer|newest|replacement)\s+(?:one|ones|copy|"
    r"instance|deployment|deploy|statefulset|sts|stack|app|service|workload|{name})\b"
)


def _old_and_new(text: str, names: list[str]) -> None:
    """Ask when a workload is said as the old one of a pair ("the old frontend deployment") and
    a new one is said beside it ("the new one is live"): the words say there are two, and there
    is one of that name here — the old one may live elsewhere, and the one here may be the new
    one. Whatever the change, it is never made to the one here on that reading."""
    for name in names:
        old = rx(rf"\b(?:{_QUALIFIER})\s+{_word(name)}", re.I).search(text)
        if old and (new := rx(_NEWER.format(name=re.escape(name)), re.I).search(text)):
            raise Clarify(
                f"I read {old.group(0)!r} and {new.group(0)!r}: that says there are two of "
                f"{name}, an old one and a new one, and there is one {name} here (it may be "
                "the new one, and the old one elsewhere). I change nothing on that reading: "
                f"name the object by its kind and name (e.g. 'deployment/{name}') if it is "
                "the one here."
            )


# Words that set one copy of a workload apart from another: said of the one workload of a name
# here, they say the speaker thinks of a second.
_APART = (
    # Not "unused" nor "unneeded": said of the one here ("remove the unused checkout
    # deployment" deletes it).
    r"old|older|previous|prior|stale|legacy|leftover|former|outdated|obsolete|deprecated|"
    r"superseded|orphaned|duplicated?|extra|spare|"
    r"shadow|standby|secondary|mirror(?:ed)?|fallback|original|new|newer|copied|cloned?|backup"
)
_APART_NOUN = r"copy|duplicate|clone|mirror|twin"


def _another_copy(text: str, names: list[str]) -> None:
    """Ask when a workload is said with its kind as one copy among several ("the old payments
    deployment", "the shadow worker deployment", "the worker copy", "worker (the duplicate
    one)") and there is one of that name here: acting on the live one may be the wrong object,
    whatever the change. A name of its own carrying the word ("worker-old") is that name; a
    newer copy named beside it ("checkout-v2 took over, nuke the old checkout deploy") makes
    the one here the old one."""
    for name in names:
        own = set(rx(r"[-_]").split(name.lower()))
        m = rx(
            rf"\b(?P<q>{_APART})\s+{_word(name)}\s+(?:deployment|deploy|statefulset|sts|daemonset|ds)\b"
            rf"|\b(?P<n>{_APART_NOUN})\s+of\s+(?:the\s+)?{_word(name)}"
            rf"|{_word(name)}\s+(?:\(\s*(?:the\s+)?(?P<d>{_APART}|{_APART_NOUN})\b[^)]*\)|(?P<c>{_APART_NOUN})\b)",
            re.I,
        ).search(text)
        if m is None or (m.group("q") or "").lower() in own:
            continue
        others = rx(rf"(?<![\w\-./])[\w\-]*{re.escape(name)}[\w\-]*(?![\w\-/])", re.I)
        if any(o.group(0).lower() != name.lower() for o in others.finditer(text)):
            continue  # "checkout-v2 took over …": the other copy has a name of its own
        raise Clarify(
            f"I read {m.group(0)!r}: that sets one {name} apart from another, and there is one "
            f"{name} here. I never act on the live one for another copy. Name the object by "
            f"its own name if it is another; if you mean the one that runs, say '{name}' "
            "without the qualifier."
        )


def _names(ctx: Ctx, text: str) -> list[str] | None:
    """The workloads named, longest first; None when the name reader asks about one."""
    try:
        return sorted({target.name for target, _ in ctx.workloads(text)}, key=len, reverse=True)
    except Clarify:
        return None


def _word(name: str) -> str:
    return rf"(?<![\w\-./]){re.escape(name)}(?![\w\-/]|\.\w)"


def _after(name: str, nouns: str, text: str, verbs: str) -> str | None:
    """The noun of ``nouns`` said as ``name``'s right after one of ``verbs`` ("delete the
    payments logs", "drop payments' db", "remove the config of payments"), or None."""
    m = rx(
        rf"\b(?:{verbs})\s+(?:(?:the|all|its|their|every|any)\s+)*"
        rf"(?:{_word(name)}(?:'s?)?\s+(?P<a>{nouns})\b"
        rf"|(?:(?:last|latest|recent)\s+)?(?P<b>{nouns})(?:\s+changes?)?\s+(?:of|for|on|in|from)\s+"
        rf"(?:the\s+)?{_word(name)})",
        re.I,
    ).search(text)
    return (m.group("a") or m.group("b")) if m else None
