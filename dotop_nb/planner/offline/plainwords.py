"""Plain words of people new to Kubernetes, and of other platforms, written as the planner's words.

Rule (round 15): ONE table, :data:`TABLE`, says each word another platform (ECS, Fargate,
Nomad, Cloud Foundry, Swarm, Compose, Heroku, VMs) uses for a workload, its running copies
and its settings, the Kubernetes words it means, and when it applies:

- ``counted``: a COUNT said right before a copy-word ("3 tasks", "two more allocations",
  "never fewer than 2 tasks", "0 instances") is the replica count;
- ``owned``: a copy-word right after a workload's name ("the orders tasks", "my-api
  instances") is that workload's pods — read by :meth:`.Ctx._followed` through
  :func:`copy_word`, which still asks when an object is called ``<name>-<word>``, and asks
  for a delete ("delete the orders tasks": the pods or the workload?);
- ``named``: a setting word ("desired count", "service auto scaling", "step scaling",
  "minimum healthy percent 50", "AZs") is the Kubernetes setting when a workload of the
  namespace is named in the request (``paired``: an Auto Scaling group's "min size 2" only
  beside its "max size");
- ``after``: a word for the workload's definition right after its name ("the frontend task
  definition", "the payments task def", "my-api job spec") is the workload itself;
- ``command``: a platform's scale command with a workload's name and a count ("cf scale
  orders -i 4", "docker service update --replicas 4 orders", "nomad job scale worker 3") is
  a scale of that workload;
- ``tally``: a bare "count" right after a workload's name set to a number ("worker count to
  3") is its replicas; a word between only when the workload runs it ("cache proxy count to
  2"; "my-api retry count to 5" is left as said);
- ``unversioned``: "force a new deployment" (and each platform's redeploy-in-place) is a
  restart when no image or version is said (with one said, the update rolls the pods anyway).

The workload's own name in the plural, right after a count that is asked for ("run 4 workers",
"we need 3 workers"), is that many of its pods when no other workload is named and no rate or
owner follows. A count of copies said in a fact ("3 tasks stopped", "2 allocations are
unhealthy") or of work ("8 tasks at a time", "4 workers per pod") is never the replica count.

Nothing is rewritten inside a time or a condition the plan waits on (:func:`.waits.take`): the
plan's ``awaits`` keep the words as said ("after the orders tasks drain").

Older plain words of VM or Windows admins and DBAs are read here too: a workload's copies as
"3 boxes", "two more servers", "0 instances", "one my-api box", "the frontend farm", a Heroku
"dyno"; its memory as RAM, root as "administrator" and a network policy as a "firewall rule".
"the NAME farm/pool" is NAME, and "the KIND called NAME" is KIND/NAME; a Heroku "dyno" counted
is one running copy of the app, a pod ("4 worker dynos", "a single dyno", "each my-api dyno");
a zero in parentheses beside "offline", "off" or "down" ("(0 instances)") is the count.
"512 MB" is read by :mod:`.quantities` as the decimal 512M (never 512Mi).

Verbs of other trades (round 18): :data:`VERBS` is the one table of the verbs an operator of
another platform uses for one of the planner's changes — a mainframe operator's "IPL", "re-IPL",
"stop and start", "vary X offline", "quiesce", "regress", "cut X over to", a VM admin's
"take X down and bring it back up", "respin" — each written as the planner's own verb before any
check reads the request, so every rule (and its questions) reads the one word. Verbs that only
start an order are read only where a verb stands (a clause's start, after "please", "and",
"then" …: "for the IPL" is an occasion, never a restart). A verb that may destroy or stop is
written as the planner's word that still asks: "quiesce" is "stop" (a scale to zero only with
the zero said: "quiesce worker: zero instances"), "vary X offline" and "drain X" are "take X
offline" (the same; "drain the node" stays a node's); "kill", "purge" and "stop" alone are not
in the table and stay asked. A verb whose words surround its object is read only when a
workload of the namespace is named in it, and no node, queue or traffic. The
readers of the words as sent (:mod:`.veto`) read the same table through :func:`verb_words`.

Safety: a node of the cluster is never a replica ("drain node 3", "spread over 3 nodes" and
"machines" are left as said); a singular "server" without a count ("the postgres server", a
Prometheus "server http://…") stays; nothing is rewritten when the request names no workload,
so the rules (and their questions) read it unchanged; "all the frontend servers" (no count) stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dotop_nb.models import Operation
from dotop_nb.planner.offline.rx import rx

_COUNT = (
    r"\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+second|"
    r"a\s+third|another|more|few|a\s+couple\s+of|a\s+couple|several"
)


@dataclass(frozen=True)
class Foreign:
    """A word of another platform: ``said`` (a pattern, any case), the Kubernetes words it
    ``means``, ``when`` it applies (see the module docstring) and ``where`` it is said."""

    said: str
    means: str
    when: frozenset[str]
    where: str


def _w(said: str, means: str, when: str, where: str) -> Foreign:
    return Foreign(said, means, frozenset(when.split()), where)


# The one table of other platforms' words for a workload, its copies and its settings.
TABLE: tuple[Foreign, ...] = (
    # The running copies of a workload.
    _w(r"box(?:es)?|servers?|instances?|vms?", "replicas", "counted owned", "VMs, EC2, CF"),
    _w(r"tasks?", "replicas", "counted owned", "ECS, Fargate, Swarm, Nomad"),
    _w(r"allocations?|allocs?", "replicas", "counted owned", "Nomad"),
    _w(r"dynos?", "pods", "owned dyno", "Heroku (counted: see _DYNO)"),
    _w(r"machines?|hosts?|nodes?|fleet|containers?", "pods", "owned", "VMs, Compose"),
    # How many copies run.
    _w(
        r"desired\s+(?:task\s+|instance\s+)?count|desired\s+capacity|(?:running\s+)?task\s+count|"
        r"desired\s+(?:tasks|instances|allocations|dynos)|"
        r"(?:ecs\s+)?service\s+count|instance\s+count|(?:job|group)\s+count|dyno\s+count|"
        r"number\s+of\s+(?:running\s+)?(?:tasks|allocations|allocs|instances|dynos)",
        "replicas",
        "named",
        "ECS, Nomad, CF, Heroku, EC2 Auto Scaling",
    ),
    # An Auto Scaling group's bounds, said with a count: the autoscaler's ("min size 2").
    _w(
        r"(?P<b>min|max)(?:imum)?\s+(?:size|capacity)(?=(?:\s+(?:of|to|at))?\s*[=:]?\s*"
        r"\d{1,3}\b(?!\s*(?:[kmgtp]i?b?|%|percent)\b|[.,]\d))",
        "{b}",
        "named paired",
        "EC2 Auto Scaling, VM scale sets",
    ),
    # Scaling on load.
    _w(
        r"(?:ecs\s+)?service\s+auto[\s-]?scaling|application\s+auto[\s-]?scaling|"
        r"target[\s-]tracking(?:\s+scaling)?(?:\s+polic(?:y|ies))?|"
        r"step[\s-]scaling(?:\s+polic(?:y|ies))?|auto[\s-]?scaling\s+group|"
        r"dyno\s+auto[\s-]?scaling|(?:app|nomad)\s+autoscaler",
        "autoscaling",
        "named",
        "ECS, EC2, Heroku, CF, Nomad",
    ),
    # How many copies a rollout keeps up, or adds.
    _w(
        r"min(?:imum)?[\s_-]*healthy[\s_-]*(?:percent(?:age)?|pct|%)\s*(?:of\s+|to\s+|at\s+|=\s*|:\s*)?"
        r"(?P<n>\d{1,3})\s*(?:%|percent)?",
        "rolling update maxUnavailable {100-n}%",
        "named",
        "ECS deployment configuration",
    ),
    _w(
        r"max(?:imum)?[\s_-]*percent(?:age)?\s*(?:of\s+|to\s+|at\s+|=\s*|:\s*)?"
        r"(?P<n>\d{3})\s*(?:%|percent)?",
        "rolling update maxSurge {n-100}%",
        "named",
        "ECS deployment configuration",
    ),
    # Where copies run.
    _w(
        r"multi[\s-]?(?:(?-i:AZ)|az|availability[\s-]+zones?)",
        "spread across zones",
        "named",
        "AWS",
    ),
    _w(r"availability[\s-]+zones|(?-i:AZs)|azs", "zones", "named", "AWS"),
    _w(r"availability[\s-]+zone|(?-i:AZ)", "zone", "named", "AWS"),
    # The definition of a workload, said right after its name.
    _w(
        r"task[\s-]?def(?:inition)?s?(?:\s+revision)?|taskdefs?|job\s*spec|job\s+file|"
        r"service\s+definition|container\s+definitions?",
        "",
        "after",
        "ECS, Nomad, Swarm",
    ),
    # A bare "count" of a workload, set to a number ("cache proxy count to 2", "worker pod
    # count = 3"): its replicas (a word between is still checked as the workload's follower).
    _w(
        r"(?:pod\s+|replica\s+|instance\s+)?count(?=\s*(?:to|=|:|at)\s*\d{1,3}(?![\d.]))",
        "replicas",
        "tally",
        "chat, Nomad",
    ),
    # Nomad's count of a group, said with the workload's name ("the count of the worker group").
    _w(
        r"count\s+of\s+(?:the\s+)?(?P<name>{name})\s+(?:task\s+)?(?:group|job|service)",
        "replicas of {name}",
        "command",
        "Nomad",
    ),
    # A platform's scale command said with a workload's name and a count.
    _w(
        r"(?:cf\s+)?scale\s+(?P<name>{name})\s+-i\s+(?P<n>\d{1,3})",
        "scale {name} to {n}",
        "command",
        "Cloud Foundry (cf scale APP -i N)",
    ),
    # Round 24 (gap B): "cf scale payments -m 512M": Cloud Foundry's memory per instance, its
    # limit (CF's M and G are MiB and GiB, never Kubernetes' milli).
    _w(
        r"(?:cf\s+)?scale\s+(?P<name>{name})\s+-m\s+(?P<n>\d{1,5})\s*[mM][bB]?",
        "set the memory limit of {name} to {n}Mi",
        "command",
        "Cloud Foundry (cf scale APP -m SIZE)",
    ),
    # ("orders' app container -m 768M": the flag said of one container of the workload.)
    _w(
        r"(?P<name>{name})(?:'s|')?\s+(?P<c>[a-z][\w\-]*)\s+container\s+-m\s+(?P<n>\d{1,5})\s*"
        r"[mM][bB]?",
        "set the memory limit of container {c} of {name} to {n}Mi",
        "command",
        "Cloud Foundry (cf scale APP -m SIZE)",
    ),
    _w(
        r"(?:cf\s+)?scale\s+(?P<name>{name})\s+-m\s+(?P<n>\d{1,3})\s*[gG][bB]?",
        "set the memory limit of {name} to {n}Gi",
        "command",
        "Cloud Foundry (cf scale APP -m SIZE)",
    ),
    _w(
        r"(?:docker\s+)?service\s+(?:update|scale)\s+--replicas[=\s](?P<n>\d{1,3})\s+(?P<name>{name})|"
        r"(?:nomad\s+)?job\s+scale\s+(?P<name2>{name})\s+(?P<n2>\d{1,3})|"
        r"(?:aws\s+ecs\s+)?update-service\s+--service[=\s](?P<name3>{name})\s+"
        r"--desired-count[=\s](?P<n3>\d{1,3})",
        "scale {name} to {n}",
        "command",
        "Swarm, Nomad, ECS CLI",
    ),
    # A rollout of the same image.
    _w(
        r"force(?:d)?\s+(?:a\s+)?new\s+deployment|--force-new-deployment|"
        r"force[\s-]?(?:re)?deploy(?:ment)?|service\s+update\s+--force|restage|ps:restart",
        "restart",
        "unversioned",
        "ECS, Swarm, CF, Heroku",
    ),
)


@dataclass(frozen=True)
class Verb:
    """A verb of another trade: ``said`` (a pattern, any case; ``obj`` names the object when the
    verb's words surround it), the planner's words it ``means`` (``{obj}`` for that object),
    whether it is read only where a verb stands (``lead``) and ``where`` it is said. A verb
    that does not surround its object is read only before it (``before_object``: "IPL the
    worker", never "the IPL is tonight"), or, said as a noun too ("needs a stop-start"), only
    when no verb of a statement follows ("stop and start is what the runbook says"). A verb
    that may as well act on a thing of no object ("eliminate the errors of payments") is read
    only when its object is ``named``: nothing but workloads' names, kinds and determiners."""

    said: str
    means: str
    lead: bool
    where: str
    before_object: bool = True
    named: bool = False


# The object a verb's words surround: up to four words, no clause break, no other verb.
_NO_OBJ = r"(?!(?:and|then|or|but|to|from|with|down|up|over|off-?line)\b)"
_OBJ = (
    rf"(?P<obj>(?:the\s+)?{_NO_OBJ}[a-z0-9][\w\-]*"
    rf"(?:\s+{_NO_OBJ}[\w\-]+){{0,3}}?)"
)
# A kind of object said beside a name ("the deployment worker", "the checkout deployment").
_KIND_WORD = (
    r"(?:deployment|deploy|statefulset|sts|daemonset|service|svc|configmap|cm|secret|cronjob|"
    r"job|pdb|poddisruptionbudget|hpa|horizontalpodautoscaler|ingress|networkpolicy)"
)
# One workload's name (after a "the" at most): the object of a verb said right after it.
_ONE_OBJ = rf"(?P<obj>(?:the\s+)?{_NO_OBJ}[a-z0-9][\w\-]*)"
# The one table of other trades' verbs for the planner's changes (see the module docstring).
VERBS: tuple[Verb, ...] = (
    # A restart: the workload stopped and started again, said as the two steps.
    Verb(
        r"stop\s*(?:/|&|\+|-|\s+(?:and|&|then)\s+(?:then\s+)?|,\s*(?:then\s+)?)(?:re)?start(?![\w\-])",
        "restart",
        lead=False,
        where="operators of any platform ('stop/start', 'stop and restart')",
        before_object=False,
    ),
    Verb(
        rf"(?:stop|shut(?:\s+down)?)\s+{_OBJ}(?:\s+down)?\s*(?:,\s*)?(?:and|then|&)\s+(?:then\s+)?"
        r"(?:re)?start\s+(?:it|them)(?:\s+(?:back\s+)?up)?(?:\s+again)?(?![\w\-])",
        "restart {obj}",
        lead=True,
        where="operators ('stop X and start it again')",
    ),
    Verb(
        rf"(?:take|bring|shut|spin)\s+{_OBJ}\s+down\s*(?:,\s*)?(?:and|then|&)\s+(?:then\s+)?"
        r"(?:bring|start|spin|put)\s+(?:it|them)\s+(?:back\s+)?up(?:\s+again)?(?![\w\-])",
        "restart {obj}",
        lead=True,
        where="VM and Windows admins ('take X down and bring it back up')",
    ),
    Verb(r"re-?ipl|ipl", "restart", lead=True, where="z/OS operators (initial program load)"),
    Verb(r"re-?spin|cold[\s-]?start", "restart", lead=True, where="VM admins"),
    # Round 20 (times): "start it again" said with another Latin-born verb — Spanish speakers'
    # "reiniciar" as "reinitiate", app operators' "relaunch" (never "reinitialise": it may mean
    # wiping a database's data, left as said).
    Verb(
        r"re-?initiate|re-?launch",
        "restart",
        lead=True,
        where="English as a second language ('reiniciar') and app operators",
    ),
    # A scale to zero: read as the planner's "stop" / "offline", which need the zero said.
    Verb(r"quiesce", "stop", lead=True, where="z/OS, CICS, DB2 operators"),
    # Round 27: "shutdown worker": "shut down" written as one word (the noun's spelling), read
    # as the verb only where a verb stands, before a workload named ("the shutdown hook" stays).
    Verb(
        r"shutdown",
        "shut down",
        lead=True,
        where="the noun's spelling used as the verb",
        named=True,
    ),
    Verb(
        rf"vary\s+{_OBJ}\s+off-?line",
        "take {obj} offline",
        lead=True,
        where="z/OS operators (VARY … OFFLINE)",
    ),
    Verb(
        rf"vary\s+off-?line\s+{_OBJ}(?=\s*(?:$|[.;:!?,(]|\b(?:and|then|for|now|please)\b))",
        "take {obj} offline",
        lead=True,
        where="z/OS operators (VARY OFFLINE …)",
    ),
    # "drain worker": traffic stopped and the copies let go, read as "take worker offline",
    # which still asks unless a zero is said ("drain the node" is a node's, left as said).
    Verb(
        rf"drain\s+{_OBJ}(?=\s*(?:$|[.;:!?,(]|\b(?:and|then|for|now|please|to|before|after|"
        r"until|while)\b))",
        "take {obj} offline",
        lead=True,
        where="load balancer and z/OS operators",
    ),
    # Round 19: a scale to a count said as a flight level — "frontend climb to five replicas",
    # "request payments descend to one", "climb worker to 3", "climb and maintain 4". Only the
    # order's own form (never "climbs", "climbed": a fact), only to a count said after it
    # (a "climb" with no "to" stays as said and is asked), and only on a workload's name
    # ("p99 climb to 800ms", "latency descend to …" are no workload's and stay as said).
    Verb(
        rf"(?:request(?:ing)?\s+)?{_ONE_OBJ}\s*,?\s+(?:climb|descend|ascend)"
        r"(?:\s+and\s+maintain)?(?:\s+to\b|(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|zero)\b))",
        "scale {obj} to",
        lead=True,
        where="airline operations controllers (climb / descend to a level)",
    ),
    Verb(
        rf"(?:request(?:ing)?\s+)?(?:climb|descend|ascend)(?:\s+and\s+maintain)?\s+{_ONE_OBJ}"
        r"\s+to\b",
        "scale {obj} to",
        lead=True,
        where="airline operations controllers ('climb worker to 3')",
    ),
    # Round 20: the false friends of a Spanish speaker's English ("eliminar", "borrar",
    # "quitar"): a delete said with "eliminate" or "erase" of what follows ("eliminate the
    # deployment of worker", "erase the PDB of orders"); "quit" (remove) only of a setting
    # named as one — a KEY_NAME or "the variable …" — since "quit the worker" in English
    # stops it, and no delete may come of that.
    Verb(
        rf"(?:eliminate|erase)\s+{_OBJ}(?=\s*(?:$|[.;:!?,(]|\b(?:and|then|now|please|pls|"
        r"because|since|as|we|it|but)\b))",
        "delete {obj}",
        lead=True,
        where="Spanish speakers (eliminar, borrar: of an object named as one)",
        named=True,
    ),
    # Round 21: a French speaker's "supprimer" (delete) said as "suppress", of an object named
    # with its kind ("suppress the deployment worker"): English "suppress" silences alerts or
    # output, so a name alone ("suppress worker", "suppress the alerts of worker") is left as
    # said — no delete may come of it.
    Verb(
        rf"suppress\s+(?=(?:the\s+)?(?:[\w\-]+\s+)?{_KIND_WORD}\b){_OBJ}"
        r"(?=\s*(?:$|[.;:!?,(]|\b(?:and|then|now|please|pls|because|since|as|we|it)\b))",
        "delete {obj}",
        lead=True,
        where="French speakers (supprimer: of an object named with its kind)",
        named=True,
    ),
    # Round 21: Puppet's "ensure => absent" (Ansible's "state: absent") said of an object:
    # the object's delete ("ensure => absent on the checkout deployment"). The arrow may have
    # been read as "to" already; the object must be named with its kind, as above.
    Verb(
        r"(?:ensure|state)\s*(?:=>|->|:|=|to)\s*absent\s+(?:on|for|of)\s+"
        rf"(?=(?:the\s+)?(?:[\w\-]+\s+)?{_KIND_WORD}\b){_OBJ}"
        r"(?=\s*(?:$|[.;:!?,(]|\b(?:and|then|now|please|pls|because|since|as|we|it)\b))",
        "delete {obj}",
        lead=True,
        where="Puppet and Ansible users (ensure => absent, state: absent)",
        named=True,
    ),
    Verb(
        r"quit(?=\s+(?:the\s+)?(?:(?:env(?:ironment)?\s+)?(?:variable|var|key|flag|setting)\s+"
        r"[\w\-]+|(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![\w\-])))",
        "remove",
        lead=True,
        where="Spanish speakers (quitar: of a setting)",
        before_object=False,
    ),
    # A rollback to the level before.
    Verb(r"regress", "roll back", lead=True, where="mainframe change control"),
    # An update: the workload moved to a new level.
    Verb(
        rf"cut\s+{_OBJ}\s+over\s+to",
        "update {obj} to",
        lead=True,
        where="release managers ('cut X over to 1.2')",
    ),
    Verb(
        rf"cut\s+over\s+{_OBJ}\s+to",
        "update {obj} to",
        lead=True,
        where="release managers ('cut over X to 1.2')",
    ),
)
# What a one-word verb acts on, right after it: a determiner, a pronoun or a workload's name
# ("regress testing found …", "IPL is tonight": no object, no verb).
_OBJECT_WORD = re.compile(r"\s+(?:of\s+)?([a-z0-9][\w\-]*)", re.I)
# A verb of a statement right after the words: they are its subject, no order.
_STATED = re.compile(
    r"\s+(?:is|are|was|were|will|would|has|had|should|must|might|could|can|does|did|means?|"
    r"takes?|took|works?|worked|helps?|helped|fixe[sd]|fixing)\b",
    re.I,
)
_DETERMINERS = frozenset(
    "the all our my its their this that these those every each both it them".split()
)
_WORDS = re.compile(r"[a-z0-9][\w\-]*", re.I)
# The words that name an object by its kind ("the deployment of worker", "the orders PDB").
_KINDS = frozenset(
    "of deployment deployments deploy statefulset statefulsets sts daemonset service services svc "
    "pdb pdbs hpa hpas autoscaler budget configmap configmaps cm netpol networkpolicy "
    "servicemonitor podmonitor cronjob app application workload".split()
)
# An object a verb's words surround that is no workload's, whatever name is said beside it.
_NOT_WORKLOAD = frozenset(
    "node nodes host hosts machine machines vm vms cluster queue queues topic dns traffic "
    "connections pool".split()
)
# Where a verb stands: a clause's start, or after a word that leads an order.
_LEAD = (
    r"(?P<lead>^\s*|[.;:!?,(\n]\s*|\b(?:please|pls|plz|kindly|and|then|so|now|just|also|first|"
    r"next|you|to|let'?s|go\s+ahead\s+and|can\s+you|could\s+you|ok|okay)\s+)"
)
_VERB_READS: tuple[tuple[re.Pattern[str], Verb], ...] = tuple(
    (
        re.compile(
            (rf"{_LEAD}(?:{v.said})" if v.lead else rf"(?P<lead>)(?<![\w\-=/])(?:{v.said})")
            + r"(?![\w\-=])",
            re.I,
        ),
        v,
    )
    for v in VERBS
)


def verb_words(means: str) -> str:
    """The table's verbs that mean ``means`` ("restart", "stop", "roll back", "update"), as one
    pattern without its groups: for the readers of the words as sent (:mod:`.veto`)."""
    return "|".join(
        rx(r"\(\?P<\w+>").sub("(?:", v.said)
        for v in VERBS
        if v.means.split(" {")[0] == means or v.means.startswith(f"{means} ")
    )


def verbs(text: str, known: frozenset[str]) -> str:
    """``text`` with the verbs of :data:`VERBS` written as the planner's (outside a time or a
    condition a plan waits on). A one-word verb (its table entry names no ``obj``) is read only
    when what follows it (after an "of" at most) is its object: a determiner, a pronoun or one
    of the ``known`` workloads' names."""
    for pattern, verb in _VERB_READS:
        text = _sub(pattern, _verb(verb, known), text)
    return text


def _verb(verb: Verb, known: frozenset[str]) -> Callable[[re.Match[str]], str]:
    def sub(m: re.Match[str]) -> str:
        if "{obj}" in verb.means:
            words = {w.lower() for w in _WORDS.findall(m["obj"])}
            if not words & known or words & _NOT_WORKLOAD:
                return m[0]  # "cut over DNS to …", "drain the node": not a workload's
            if verb.named and words - known - _DETERMINERS - _KINDS:
                return m[0]  # "eliminate the errors of payments": no object of ours
            return f"{m['lead']}{verb.means.format(obj=m['obj'])}"
        if not verb.before_object:
            if _STATED.match(m.string, m.end()):
                return m[0]  # "stop and start is what the runbook says": a subject
            return f"{m['lead']}{verb.means}"
        after = _OBJECT_WORD.match(m.string, m.end())
        if after is None or (
            after[1].lower() not in _DETERMINERS and after[1].lower() not in known
        ):
            return m[0]  # "regress testing found …", "the IPL is tonight": no object said
        return f"{m['lead']}{verb.means}"

    return sub


def _said(when: str) -> str:
    return "|".join(f.said for f in TABLE if when in f.when)


def copy_word(word: str) -> bool:
    """Whether ``word`` names the running copies of a workload on some platform ("tasks",
    "allocations", "instances", "dynos", "boxes"): after a workload's name, its pods."""
    return rx(_said("owned"), re.I).fullmatch(word) is not None


def counted_word(word: str) -> bool:
    """Whether ``word``, counted ("two more tasks", "halve the allocations"), counts a
    workload's copies (never "containers": a pod's containers are no replicas)."""
    return rx(f"{_said('counted')}|{_said('dyno')}", re.I).fullmatch(word) is not None


def command(said: str, alt: str) -> str | None:
    """The order a platform's scale command, said whole, means ("nomad job scale worker 3" is
    "scale worker to 3"), from the ``command`` rows of :data:`TABLE` with ``alt`` the namespace's
    workload names; None when ``said`` is no such command (:mod:`.foreign` reads it pasted)."""
    for foreign in TABLE:
        if "command" in foreign.when and (
            m := rx(foreign.said.replace("{name}", alt), re.I).fullmatch(said)
        ):
            return _means(foreign)(m)
    return None


_MACHINE = rf"(?:{_said('counted')})"
_APP_WORD = r"(?:app(?:lication)?|web|application|api)"
# "4 tasks per pod", "8 tasks at a time": work items of a process, never copies.
# "3 tasks stopped unexpectedly", "2 allocations are unhealthy": copies said in a fact, whose
# count is what happened, never the one to set.
_RATE = (
    r"(?!\s+(?:per|each|at\s+a\s+time|at\s+once|in\s+parallel|concurrently|a\s+(?:second|"
    r"minute)|/s)\b)"
)
_NOT_PER = (
    rf"{_RATE}(?!\s+(?:are|is|were|was|have|has|had|got|keep|kept|went|stay|stayed|remain\w*|"
    r"(?!need)[a-z]+ed|stuck|broke|fell|ran|died|crash\w*|fail\w*)\b)"
)
# "3 boxes", "two more servers", "3 app servers", "0 instances", "a second one" is not here.
# (Round 38, gap41a, blind41: "… I don't want them all on one box", "both on one server": the
# machine the pods would share, a node — never a count; "my-api on 3 boxes" still is one.)
_SHARED_ON = "".join(
    rf"(?<!\b{who} {on} )"
    for who in ("all", "both", "them", "they", "together")
    for on in ("on", "onto")
)
_COUNTED = re.compile(
    rf"{_SHARED_ON}\b(?P<n>{_COUNT})(?P<more>\s+(?:more|extra|additional|fewer|less))?"
    rf"(?:\s+{_APP_WORD})?\s+{_MACHINE}\b(?!\s*(?:url|address|https?:)){_NOT_PER}"
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


def read(
    text: str,
    names: Callable[[], frozenset[str]],
    parts: Callable[[], frozenset[str]] = frozenset,
) -> str:
    """``text`` with the plain words above written as the planner's (see the module docstring);
    ``parts`` names the workloads' containers and what they run (a word between a name and its
    "count")."""
    known = names()
    text = verbs(text, known)
    text = _sub(_OADP, "Velero", text)
    if not _CUES.search(text):
        return text
    words = {w.lower() for w in rx(r"[A-Za-z0-9][\w-]*").findall(text)}
    named = sorted(known & words, key=len, reverse=True)
    if not named:
        return _own_plural(text, known, named)
    said = text
    alt = "|".join(re.escape(n) for n in named)
    # "the frontend farm", "the orders server pool": the workload itself ("worker pool" alone
    # may be the app's own pool of threads or workers: left as said, :mod:`.lbwords`).
    text = _sub(
        rf"\b(?P<name>{alt})(?:(?:\s+(?:server|app|web))\s+(?:farm|pool)|\s+farm)\b"
        r"(?!\s*(?:size|max|min))",
        r"\g<name>",
        text,
    )
    text = _platform(text, alt, parts)
    text = _own_plural(text, known, named)
    # "all the frontend servers", "one my-api box": the workload's pods.
    text = _sub(
        rf"\b(?P<count>(?:{_COUNT})\s+)(?P<name>{alt})\s+{_MACHINE}\b{_RATE}",
        lambda m: f"{m['count']}{m['name']} pod{'' if _single(m['count']) else 's'}",
        text,
    )
    # "4 worker dynos", "worker is a single dyno": Heroku's copies of an app, counted, are its
    # pods ("the frontend dynos" is the workload itself: followers.py).
    text = _sub(_DYNO, lambda m: f"{m['lead']}pod{m['s'] or ''}", text)
    text = _sub(_COUNTED, _replicas, text)
    if _OFF.search(text):
        # "take the worker offline for now (0 instances)": the zero said beside it is the count.
        text = _sub(_ZERO, r", \g<n> replicas", text)
    text = _sub(_ADDED, lambda m: f"{m['verb']} replicas", text)
    text = _sub(_RAM, "memory", text)
    text = _sub(_ADMIN, lambda m: f"{m['lead']}root", text)
    text = _sub(_FIREWALL, "network policy", text)
    text = _sub(_CALLED, _called(known), text)
    return text if text != said else said


# Round 19: OpenShift's API for Data Protection is Velero, run by an operator: "an OADP schedule",
# "OADP backup of the project" are Velero's Schedule and Backup (the OpenShift "project" is the
# namespace, which a backup with no workload named covers already).
_OADP = re.compile(r"\bOADP\b(?![\w-])", re.I)
_CUES = re.compile(
    r"box|server|instance|\bvms?\b|\bram\b|admin|firewall|farm|pool|called|named|dyno|task|"
    r"alloc|count|capacity|scaling|autoscaler|healthy|percent|\bAZs?\b|\bazs\b|availability|"
    r"spec|definition|deploy|restage|restart|force|scale|multi|desired|min|max|replicas|"
    # (Round 24: "orders' app container -m 768M": CF's memory flag said of a container.)
    r"\bcontainer\s+-m\s+\d|"
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|more|extra))\s+[a-z][\w-]*s\b",
    re.I,
)
# A version or an image said: "force new deployment" beside it only rolls what the update rolls.
_VERSIONED = re.compile(
    r"\b\d+\.\d+(?:\.\d+)?\b|[a-z0-9][\w.\-/]*:[\w.\-]*[a-z][\w.\-]*|\b(?:version|tag|image)\s+\S*\d",
    re.I,
)


# A time or a condition, to the end of its clause ("even if one availability zone goes down",
# "after the orders tasks drain"): left as said, whether or not a plan waits on it.
_CONDITION = re.compile(
    r"\b(?:if|when(?:ever)?|once|as\s+soon\s+as|after|before|until|till|unless|provided|"
    r"in\s+case|while|whilst)\b[^,;.!?()]*",
    re.I,
)


def _own_plural(text: str, known: frozenset[str], named: list[str]) -> str:
    """A count right before a workload's name in the plural is that many of its pods ("run 4
    workers", "give it two more consumers": "4 worker pods"), when the count is asked for (a
    verb or "to" before it: never "4 workers died"), no other workload is named and no owner or
    rate follows ("4 workers per pod", "4 gunicorn workers on my-api": processes)."""
    words = {w.lower() for w in rx(r"[A-Za-z0-9][\w-]*").findall(text)}
    plural = [w for w in words if w.endswith("s") and w[:-1] in known]
    if len(plural) != 1 or set(named) - {plural[0][:-1]}:
        return text
    own = plural[0][:-1]
    if rx(
        r"\b(?:have|has|let|lets|make|makes|get|gets)\s+(?!it\b|them\b)[\w\-]+\s+run", re.I
    ).search(text):
        return text  # "have gunicorn run 4 workers": another thing's workers
    return _sub(
        rf"(?P<lead>\b(?:run|running|need|needs|want|wants|give|add|scale|to|with|keep|at|"
        rf"it|them|just|only)\s+)"
        rf"(?P<count>(?:\d{{1,3}}|{_COUNT})\s+(?:(?:more|extra|fewer|less)\s+)?)"
        rf"{re.escape(own)}s(?![\w\-])(?!\s+(?:on|of|in|inside|within|at|for)\b){_NOT_PER}",
        lambda m: f"{m['lead']}{m['count']}{own} pods",
        text,
    )


def _sub(
    pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str
) -> str:
    """``pattern`` replaced in ``text``, except inside a time or a condition a plan waits on
    (:func:`.waits.take`): what the plan waits on keeps the words as said."""
    from dotop_nb.planner.offline import waits  # noqa: PLC0415 - import cycle

    compiled = rx(pattern, re.I) if isinstance(pattern, str) else pattern
    if not compiled.search(text):
        return text
    blanked = waits.take("scale", text.lower())[0]
    kept = [c.span() for c in _CONDITION.finditer(text)]

    def one(m: re.Match[str]) -> str:
        if any(blanked[i] == " " != text[i] for i in range(m.start(), m.end())) or any(
            a < m.end() and m.start() < b for a, b in kept
        ):
            return m[0]
        return repl(m) if callable(repl) else m.expand(repl)

    return compiled.sub(one, text)


def _platform(text: str, alt: str, parts: Callable[[], frozenset[str]] = frozenset) -> str:
    """``text`` with the words of other platforms in :data:`TABLE` written as Kubernetes words,
    where each applies (a workload ``alt`` is named; see the module docstring)."""
    from dotop_nb.planner.offline.text import DESTRUCTIVE  # noqa: PLC0415 - import cycle

    deleting = rx(rf"\b(?:{DESTRUCTIVE})\b", re.I).search(text)
    for foreign in TABLE:
        if "paired" in foreign.when and {
            m["b"].lower() for m in rx(foreign.said, re.I).finditer(text)
        } != {"min", "max"}:
            continue  # "max size 100 for the queue": a bound alone may be anything's
        if "named" in foreign.when:
            text = _sub(rf"(?<![\w\-]){foreign.said}(?![\w\-])", _means(foreign), text)
        elif "after" in foreign.when and not deleting:
            # "the frontend task definition": the workload; a delete of it is asked as said.
            text = _sub(
                rf"\b(?P<name>{alt})(?:'s)?\s+(?:{foreign.said})(?![\w\-])", r"\g<name>", text
            )
        elif "tally" in foreign.when:
            text = _sub(
                rf"\b(?P<name>{alt})(?P<mid>\s+[a-z][\w\-]*)?\s+(?:{foreign.said})",
                _tallied(foreign.means, parts),
                text,
            )
        elif "command" in foreign.when:
            text = _sub(
                rf"(?<![\w\-]){foreign.said.replace('{name}', alt)}(?![\w\-])",
                _means(foreign),
                text,
            )
        elif "unversioned" in foreign.when and not _VERSIONED.search(text):
            text = _sub(
                rf"(?<![\w\-])(?:{foreign.said})(?:\s+(?:of|for|on|to))?(?![\w\-])",
                foreign.means,
                text,
            )
    return text


def _tallied(means: str, parts: Callable[[], frozenset[str]]) -> Callable[[re.Match[str]], str]:
    """The workload's "count" as its replicas, when no word stands between or the word is a
    part the workload runs ("cache proxy count"; never "my-api retry count")."""

    def sub(m: re.Match[str]) -> str:
        mid = m["mid"] or ""
        if mid and mid.strip().lower() not in parts():
            return m[0]
        return f"{m['name']}{mid} {means}"

    return sub


def _means(foreign: Foreign) -> Callable[[re.Match[str]], str]:
    def sub(m: re.Match[str]) -> str:
        if "{" not in foreign.means:
            return foreign.means
        if "{b}" in foreign.means:
            return foreign.means.format(b=m["b"].lower())
        if "{name}" in foreign.means:
            said = {k.rstrip("23"): v for k, v in m.groupdict().items() if v is not None}
            return foreign.means.format(**said)
        n = int(m["n"])
        value = 100 - n if "{100-n}" in foreign.means else n - 100
        if not 0 <= value <= 100:
            return m[0]  # "minimum healthy percent 150": no such setting, left as said
        return rx(r"\{[^}]*\}").sub(str(value), foreign.means)

    return sub


def _single(count: str) -> bool:
    return rx(r"\s+").sub(" ", count.strip().lower()) in (
        "one",
        "1",
        "a second",
        "a third",
        "another",
    )


def _replicas(m: re.Match[str]) -> str:
    n = m["n"]
    return f"{n}{m['more'] or ''} {'replica' if _single(n) else 'replicas'}"


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
