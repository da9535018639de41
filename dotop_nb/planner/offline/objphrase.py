"""The object phrase of a delete: the words its verb takes, read against an allow-list.

Round 26 (attack 29, KN / C / C0): a delete names the workload it destroys, and the words around
that name must mean the workload itself.

- Before the name (kubectl word order, "delete pvc postgres", "delete user named postgres"),
  only words known to mean the workload, its kind or a kind this planner deletes by name may
  stand ("the", "deployment", "deploy", "sts", "svc", "pdb", "the whole", "everything of" …).
  Any other word is the kind of something else: asked, naming the word, never dropped.
- After the name, an apposition or a correction ("delete postgres, namely the schedule",
  "delete worker, i.e. payments", "delete worker: alerts only", "delete worker/alert",
  "delete payments... the alert i mean") says what is meant instead: planned only when what it
  names is the same workload ("delete worker, the whole thing", "delete worker (unused)" — a
  word about it, not an object), else asked.

Round 27 (attack 31): the same for any order whose object is said by what it relates to, a
neighbour the plan acts on ("update the app that calls payments", "add an hpa to the app behind
frontend", "the services checkout calls": asked, naming the phrase); and a delete's state, a
time's own or what someone made ("delete the broken orders", "delete yesterday's payments
deploy", "delete the orders that alice added": pods, records or a copy, never the live one);
and the kind the first delete's object is said to be, as its head ("delete the deployment
behind svc/payments", "delete the image …"), is the kind the plan deletes, or it is asked.

This is a piece of the delete's parse (called by :func:`.removal.delete` before it reads the
rest), cued by the delete verb, and it reads at most a few words after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import dropped, kindwords
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.deletions import KINDS
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

__all__ = ["check", "read"]

# The verbs whose object is read here.
_VERB = rx(
    r"(?<![\w\-./])(?:(?P<delete>delete|remove|nuke|destroy|drop|uninstall|purge|scrap|ditch|"
    r"get\s+rid\s+of|decommission|tear\s+down)|(?P<other>restart|bounce|redeploy|scale|"
    r"roll\s*back|undo))(?![\w\-./=])"
)
# "scale worker to 0, I mean its alert threshold": the count said after the name of a scale.
_COUNT = rx(r"\s+(?:to|by)\s+\d+(?:\s+(?:replicas?|pods?|instances?))?")
_WORD = rx(r"-{1,2}[a-z][\w\-]*(?:=\S+)?|[a-z0-9][\w\-]*(?:\.[a-z][\w\-]*)*")
# Where the verb's clause ends.
_CLAUSE_END = rx(r"[,;:!?()\[\]#/]|\.(?:\s|$|\.)|\s[-\u2013\u2014]+\s|--|::|'s\b")

# Words that may stand between the verb and the name: they mean the workload itself, its kind,
# or a kind the delete reads itself ("delete svc postgres" deletes the Service alone).
_LEAD_OK = frozenset(
    """
    the a an this that my our your its their whole entire everything all both of called named
    deployment deployments deploy deploys deployments.apps deployment.apps statefulset
    statefulsets statefulsets.apps statefulset.apps sts daemonset daemonsets ds app apps
    application applications workload workloads service services svc microservice
    pdb pdbs poddisruptionbudget poddisruptionbudgets disruption budget pod hpa hpas
    horizontalpodautoscaler autoscaler configmap configmaps cm config map secret secrets
    scaledobject scaled object servicemonitor monitor networkpolicy network policy netpol
    pods replicas replicaset replicasets rs instances containers revisions history
    please just also then now go ahead kindly up down out back
    old unused legacy deprecated obsolete stale dead retired former existing current broken
    db database databases only
    """.split()
)
# A list or a clause of its own: "delete notifications and worker", "tear down x since …".
_JOINS = frozenset(
    "and or nor but except besides save since because as so while when if once until after "
    "before then".split()
)
# A preposition among them: "the errors of payments" is read by the delete's own readers.
_PREPOSITION = frozenset("of for on in from at to by with behind about under".split())

# After the name: a separator, words that correct or restate, the phrase, words that close it.
_TAIL = rx(
    r"(?P<sep>(?:\s*(?:\.{2,}|[,;:.!?(\[\u2013\u2014]|--+(?![a-z])|-(?=\s)|/|#|::|\('s|\['s|'s)\s*)+|\s+)"
    r"(?P<marks>(?:(?:namely|i\.?e\.?|that\s+is(?:\s+to\s+say)?|i\s+mean|i\s+meant|meant|"
    r"sorry|or\s+rather|rather|scratch\s+that|specifically|precisely|actually|just|only|"
    r"er+|erm+|um+|uh+|hmm+|well|oops)(?![\w\-])[\s,:.\u2013\u2014\-]*)*)"
    r"(?P<np>(?:(?:the|its|their|his|her|this|that)\s+)?[a-z0-9][\w\-]*"
    r"(?:\s+[a-z0-9][\w\-]*){0,3}?)"
    r"(?P<after>(?:[\s,]+(?:i\s+mean|i\s+meant|actually|only|instead|rather))*)"
    r"\s*[.!?)\]]*\s*$"
)
_DETERMINER = frozenset("the its their his her this that a an my our your".split())
# Words of a phrase that make it a clause or a courtesy, not an object: read elsewhere.
_NOT_OBJECT = frozenset(
    """
    it we i you they he she nobody noone no not never do does go is are was were be been has
    have had will would can could should must please pls thanks thank thx ty now asap today
    tonight tomorrow immediately too also as because since so if when and but or then keep
    keeping leave leaving except for with without from in on at to entirely completely
    permanently forever altogether fully totally everything all nothing unused deprecated
    obsolete legacy dead retired stale gone anymore longer needed required used stay stays
    remain remains go goes cannot failed fails crashed seems seem looks keeps included
    including incl namespace ns cluster k8s kubernetes version way after before until once
    first later during while than untouched unchanged alone excluded scope
    """.split()
)
# (Round 33, a37b, attack37: "… - PDB untouched", "…, the pdb unchanged": how another object
# stays, said after the order — read by :mod:`.constraints`, never an object corrected.)
_VERBISH = frozenset(
    "is are was were be been has have had do does did will would can could should must stay "
    "stays remain remains go goes cannot failed fails crashed seems seem looks keeps untouched "
    "unchanged alone excluded".split()
)
# Kinds the delete itself reads in brackets (deletions.KINDS, one word, "s" or not).
_KINDS = frozenset(k + s for k in KINDS if " " not in k for s in ("", "s"))
# What restates the workload itself: "delete worker, the whole thing", "…, the deployment".
# The words of a restart said again after the one ordered ("…, i.e. a rolling restart").
_RESTART_SAID = frozenset("rolling rollout graceful restart".split())
_SELF = frozenset(
    """
    whole entire thing stack itself one deployment deploy statefulset sts daemonset ds app
    application workload old
    """.split()
)
# Nouns of objects that are not the workload: a bare one after the name is a correction
# ("delete my-api (config)", "delete orders: pdb").
# (The nouns of a workload's parts, PART_NOUNS, are also read by :mod:`.anteced`.)
PART_NOUNS = frozenset(
    """
    alert alerts alerting hpa hpas pdb pdbs monitor servicemonitor dashboard dashboards metrics
    netpol sidecar sidecars endpoint endpoints schedule schedules backup backups autoscaler
    probe probes ingress
    """.split()
)
_OBJECT_NOUN = PART_NOUNS | frozenset(
    """
    alertrule alertrules rule rules config configs configmap configmaps cm secret secrets
    service services svc pvc pvcs volume volumes data disk disks envoy threshold route routes
    cert certs certificate tls dns cdn lb loadbalancer logs log trace traces queue queues topic
    topics table tables user users role roles rolebinding sa serviceaccount job jobs cronjob
    cronjobs cron index bucket restore quota limitrange priorityclass vpa networkpolicy image
    env
    """.split()
)


def check(
    said: str, result: PlanResult, *, answered: bool, workloads: frozenset[str]
) -> PlanResult:
    """``result``, or its question in its place when an order it plans was read from an object
    phrase that says more than the workload (see the module's rule). A reply is not read again,
    and a request already asked keeps its question."""
    if answered or not result.operations:
        return result
    text = said.lower()
    try:
        read(text, workloads.__contains__)
        targets = {o.target.name.lower() for o in result.operations}
        keys = frozenset(k.lower() for k in _KEY.findall(said)) - _KINDS - _APP
        _neighbour(text, workloads.__contains__, targets, keys)
        _head_kind(text, result)
    except Clarify as ask:
        return result.held_back(ask.question)
    return result


# A variable's name in capitals: "the QUEUE that orders reads" is a key, and its phrase names
# what holds it, never a neighbour of orders (a kind, or an application's own word of _THING,
# _APP, is no key in capitals: "the API that calls payments").
_KEY = rx(r"\b[A-Z][A-Z0-9_]{2,}\b")


# The kind a delete's object is said to be, as its head ("delete the deployment behind
# svc/payments", "delete the deployment of the orders pdb", "delete the image ghcr.io/…"): the
# plan deletes an object of that kind, or it is asked (an image is no object here at all).
# (The kinds' words a delete's head may be, a subset of the one table, beside "workload" and
# "image".)
_HEAD_WORDS = {
    **{
        word: {kind}
        for word, kind in kindwords.picked(
            "deployment", "deploy", "statefulset", "sts", "daemonset", "ds"
        ).items()
    },
    "workload": set(kindwords.WORKLOADS),
    **{
        word: {kind}
        for word, kind in kindwords.picked(
            "service", "svc", "pdb", "configmap", "cm", "hpa"
        ).items()
    },
    "image": set(),
}
_DELETE_VERB = rx(r"(?<![\w\-./])(?:delete|remove|destroy|drop|purge|nuke)(?![\w\-./])")
_HEAD = rx(rf"\s+(?:the\s+|that\s+|this\s+)?(?P<head>{'|'.join(_HEAD_WORDS)})s?(?![\w\-./])")
_NEGATED_BEFORE = rx(r"(?:\b(?:don'?t|do\s+not|never|not|no|without)\s+(?:\w+\s+)?)$")


def _head_kind(text: str, result: PlanResult) -> None:
    """Ask when the first delete said names its object by a kind ("delete the deployment behind
    svc/payments") and the plan deletes nothing of it."""
    if "delete" not in {o.kind for o in result.operations}:
        return
    verb = _DELETE_VERB.search(text)
    if verb is None or _NEGATED_BEFORE.search(text[: verb.start()]):
        return
    if (m := _HEAD.match(text, verb.end())) is None:
        return
    kinds = _HEAD_WORDS[m.group("head")]
    deleted = [o for o in result.operations if o.kind == "delete"]
    if (
        any(o.target.kind in kinds for o in deleted)
        or dropped.parts_kept(text, result) is not result
    ):
        # ("delete deployment payments and service payments": two objects said, one planned —
        # :func:`.dropped.parts_kept` asks for one deletion at a time, which says more.)
        return
    raise Clarify(
        f"You said {text[verb.start() : m.end()]!r}, but the plan would "
        + "; ".join(o.summary() for o in deleted)
        + ": not what the words name, so nothing is deleted. Name the object by its kind and "
        "name, e.g. 'delete deployment/payments'"
        + ("; an image is removed from its registry, not from the cluster." if not kinds else ".")
    )


def read(text: str, names: Callable[[str], bool]) -> None:
    """Raise :class:`Clarify` when a delete's object phrase in ``text`` (lower-case) says more
    than the workload it names; ``names(word)`` tells whether a word names a workload."""
    for verb in _VERB.finditer(text):
        said = "delete" if verb.group("delete") else rx(r"\s+").sub(" ", verb.group("other"))
        _read_one(text, verb.start(), verb.end(), said, names)
    if "(" in text:
        _glossed(text, names)


# "checkout is noisy (alerts), delete it": a name glossed in brackets by an object's noun is
# that object, whatever the order then calls it ("(the service)" is read by the delete).
# ("checkout and payments are noisy (alerts)": the gloss of what the subject is said to be.)
_GLOSS = rx(
    r"(?<![\w\-])(?P<name>[a-z0-9][\w\-]*)(?:\s+and\s+[a-z0-9][\w\-]*)?"
    r"(?:\s+(?:is|are)\s+[a-z]+)?\s*\(\s*(?:the\s+|its\s+)?(?P<noun>[a-z]+)\s*\)"
)


def _glossed(text: str, names: Callable[[str], bool]) -> None:
    for m in _GLOSS.finditer(text):
        noun = m.group("noun")
        if noun in _OBJECT_NOUN and noun not in _KINDS and names(m.group("name")):
            raise Clarify(
                f"You said {m.group(0)!r}: I read {noun!r} as what you mean, not the workload "
                f"{m.group('name')!r}, so nothing is changed. For the workload name it alone "
                "(e.g. 'delete " + m.group("name") + "'); for something else, its kind and name."
            )


def _read_one(text: str, start: int, at: int, verb: str, names: Callable[[str], bool]) -> None:
    end = _CLAUSE_END.search(text, at)
    if verb == "delete" and end and (when := _WHEN_S.match(text, at)):
        # "delete yesterday's payments deploy": one rollout or copy of it, never the live one.
        nxt = _WORD.search(text, when.end())
        if nxt and names(nxt.group(0)):
            _ask_state(text[at : nxt.end()].strip(), when.group("when"), nxt.group(0))
    clause = text[at : end.start() if end else len(text)]
    lead: list[str] = []
    skip = False
    for m in _WORD.finditer(clause):
        word = m.group(0)
        if skip or word.startswith("-"):
            skip = word in ("-n", "--namespace")
            continue
        if len(lead) > 3 or word in _PREPOSITION or word in _JOINS or _VERB.fullmatch(word):
            _relation(clause, m.start(), [*lead, word], verb, names)
            return
        if word not in _LEAD_OK and names(word):
            # (After a determiner the words qualify the name, "the failing frontend", "the ETL
            # orders deployment": read by scope; kubectl's order has none.)
            unknown = (
                [w for w in lead if w in _STATE]
                if _DETERMINER & set(lead)
                else [w for w in lead if w not in _LEAD_OK or w in _STATE]
            )
            if verb == "delete" and (state := [w for w in unknown if w in _STATE]):
                kind = _KIND_AFTER.match(text, at + m.end())
                _ask_state(clause[: m.end()].strip(), state[0], word, kind)
                unknown = [w for w in unknown if w not in _STATE]
            if rx(rf"\s*\(\s*{re.escape(word)}\s*\)").match(text, at + m.end()):
                unknown = []  # "decommission bill payments (payments)": glossed by its name
            if _related(lead):  # "delete the app that calls payments"
                _ask_related(clause[: m.end()].strip(), word, verb)
            # (A restart or a scale: only a kind known not to be a workload's, "restart job
            # worker"; "restart the canary checkout" is read by scope.)
            # (Round 34, gap37a: only the head noun, the word right before the name — "scale
            # route API my-api" names an API whose nickname says "route", never a Route.)
            _ask_lead(
                unknown
                if verb == "delete"
                else [w for w in unknown if w in _OBJECT_NOUN and w == lead[-1]],
                word,
                verb,
            )
            after = at + m.end()
            if verb == "delete" and (made := _MADE.match(text, after)):
                _ask_state(f"{word}{made.group(0)}", made.group("verb"), word)
            if verb == "scale" and (count := _COUNT.match(text, after)):
                after = count.end()
            _read_tail(text, after, word, (verb, text[start:after].strip()), names)
            return
        lead.append(word)


# Round 26 (attack 30): a state or an age before the name, after a determiner ("delete the
# failed orders", "delete the crashed payments"): pods, jobs or records in that state, or an
# older copy — never the live workload, deleted for it. ("old", "legacy", "unused" are read by
# the copies' reader; "the failing frontend" is the frontend that fails, test_offline_r10_nouns.)
_STATE = frozenset(
    """
    failed crashed stuck errored evicted terminated completed succeeded pending orphaned
    orphan zombie hung bad new newer newest earlier previous prior disabled paused idle
    leftover dangling broken failing crashing crashlooping crashlooped erroring faulty
    flapping misbehaving unhealthy dead defunct retired deprecated decommissioned
    """.split()
)
# Round 27: a kind said after the name names the object ("delete the failing frontend
# deployment" deletes that Deployment); a time's own before the name ("yesterday's payments
# deploy") or what someone made after it ("the orders that alice added") is one rollout, copy
# or set of records, never the live workload.
_KIND_AFTER = rx(
    r"\s+(?:deployment|deploy|statefulset|sts|daemonset|ds|app|application|workload|stack)s?"
    r"(?![\w\-])"
)
_WHEN_S = rx(
    r"\s*(?:the\s+)?(?P<when>yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week)|"
    r"last\s+(?:night|week|month|year|sprint|release|[a-z]+day)|(?:this\s+)?(?:mon|tues|"
    r"wednes|thurs|fri|satur|sun)day)'s\s"
)
_MADE = rx(
    r"\s+(?:(?:that|which|who)\s+)?(?!(?:and|or|but|then|since|because|as|so|if|when|once|"
    r"after|before|until|is|are|in|on|at|to|for|from|with|now|too|also|please|first)(?![\w\-]))"
    r"[a-z][\w\-]*\s+(?:(?:just|recently|already|accidentally|wrongly|by\s+mistake)\s+)?"
    r"(?P<verb>added|created|deployed|pushed|made|launched|started|built|installed|released|"
    r"shipped|copied|cloned|forked|spun\s+up|set\s+up|rolled\s+out|brought\s+up|applied)"
    r"(?![\w\-])"
)
# Words that make what follows the name of something else: a relative clause ("the app that
# talks to postgres"), a place beside it ("the db behind my-api", "the proxy in front of
# payments"), a role towards it ("the caller of my-api", "the replacement for worker").
_RELATIVE = frozenset("that which who whose whom".split())
_BESIDE = frozenset(
    """
    behind front beside next near under underneath beneath above over upstream downstream
    like similar via through around between alongside backing fronting
    """.split()
)
_ROLE = frozenset(
    """
    caller callers client clients consumer consumers producer producers dependency
    dependencies dependent dependents sibling siblings neighbour neighbours neighbor neighbors
    replacement replacements successor predecessor parent child children backend backends
    upstream upstreams downstream downstreams store datastore storage disk pvc volume proxy
    gateway sidecar peer peers partner owner user users reader readers writer writers
    version versions copy copies revision revisions release releases clone clones fork
    """.split()
)
_NO_RELATION = frozenset("is are was were be been".split())
_INTO = frozenset("into onto towards toward off".split())
_BEHIND = frozenset("behind under underneath beneath upstream downstream backing".split())
# Verbs of one thing using another, before the other's name ("the deployment using postgres").
_REL_ING = frozenset(
    """
    using calling hitting querying reading writing feeding backing fronting talking connecting
    serving proxying consuming scraping reaching depending
    """.split()
)
# Irregular participles: "the deployment bound to postgres", "the jobs fed by orders".
_PARTICIPLE = frozenset("bound built fed kept held sent tied hooked stuck paired".split())
# What belongs to the workload: "the pods that belong to payments" are its own pods.
_OWN = frozenset("belong belongs belonging owned managed controlled created spawned run".split())


def _own_kind(head: str, said: set[str]) -> bool:
    """Whether ``head``, a kind said before the name with the words ``said``, is the workload's
    own object: "the Service in front of payments", "the service (that sits) in front of
    my-api", "the service fronting my-api" — the delete reads the kind and name; never "the
    service behind my-api" nor "the service that talks to postgres"."""
    return head in _KINDS and not (said & _BEHIND or (said & _RELATIVE and "front" not in said))


def _related(lead: list[str]) -> bool:
    """Whether the words before a name make it what the verb's object relates to."""
    heads = [w for w in lead if w not in _DETERMINER]
    said = set(lead)
    if heads and _own_kind(heads[0], said):
        return False
    for i, w in enumerate(lead):
        after = lead[i + 1] if i + 1 < len(lead) else ""
        if w in _BESIDE or (w in _ROLE and after in ("of", "for", "to")):
            return True
        if (
            (w.endswith("ed") or w in _PARTICIPLE)
            and w not in _LEAD_OK | _OWN
            and after in ("to", "by", "with")
        ):
            return True  # "the deployment connected to postgres", "served by payments"
        if w in _REL_ING and i > 0:
            return True  # "the deployment using postgres", "the services checkout calls"
        if w in _RELATIVE and i > 0 and after and after not in _NO_RELATION | _OWN:
            return True  # "the app that talks to", "the one which calls"
    # "the pods talking to postgres"; never "the downlink processing worker", "the timing
    # cache": a participle then a preposition.
    return any(
        w.endswith("ing") and w not in _LEAD_OK | _OWN and after in _PREPOSITION | _INTO
        for w, after in zip(lead[1:], [*lead[2:], ""], strict=False)
    )


def _relation(
    clause: str, at: int, lead: list[str], verb: str, names: Callable[[str], bool]
) -> None:
    """Ask when the verb's object is something that relates to a workload named later in its
    clause ("delete the app that talks to postgres", "scale the db behind my-api to 0"): the
    workload is what the object relates to, never what is acted on."""
    after = _WORD.search(clause, at + len(lead[-1]))
    if not _related([*lead, after.group(0)] if after else lead):  # "in front of"
        return
    for m in _WORD.finditer(clause, at):
        if names(m.group(0)):
            _ask_related(clause[: m.end()].strip(), m.group(0), verb)


# Round 27 (attack 31, W): the same reading for any order ("update the app that calls payments
# to 3.1.0", "add an hpa to the app behind frontend", "set memory of the db behind my-api"),
# from each "the" to the first workload named after it, asked only when the plan acts on
# that workload; and a thing the workload uses, said before its verb ("the deployment frontend
# calls", "the services checkout calls", "the deployment that frontend talks to").
_THE = rx(r"(?<![\w\-])the\s+")
# What the workload's verb does to a thing before it: "the deployment frontend calls".
_USES = frozenset(
    """
    calls talks uses hits queries reads writes depends needs feeds sends consumes reaches
    connects proxies fronts serves scrapes forwards routes points relies pulls pushes publishes
    subscribes polls fetches
    """.split()
)
# Things a workload may use, said as the head before its name; the first row, an application's
# own words, is never a key said in capitals (_KEY).
_APP = frozenset("app apps api db database backend".split())
_THING = _APP | frozenset(
    """
    deployment deployments deploy deploys statefulset statefulsets sts daemonset
    application applications service services svc workload workloads dbs databases
    one ones microservice microservices apis backends pod pods cache caches store
    queue queues broker brokers thing things endpoint endpoints server servers proxy proxies
    gateway gateways
    """.split()
)
# Roles towards another workload, said before "of"/"for"/"to" ("the consumer of orders"); a
# part or a version of it ("the envoy sidecar of orders", "the last release of checkout") is
# its own, read by the readers of parts and rollbacks.
_NEIGHBOUR_ROLE = frozenset(
    """
    caller callers client clients consumer consumers producer producers dependency dependencies
    dependent dependents sibling siblings neighbour neighbours neighbor neighbors replacement
    replacements successor predecessor parent upstream upstreams downstream downstreams peer
    peers partner partners reader readers writer writers
    """.split()
)


# "set memory of payments' database", "update checkout's backend": what the workload uses,
# said as its own (never "payments' pods", "checkout's deployment", its own objects).
_POSSESSED = rx(r"(?<![\w\-])(?P<name>[a-z0-9][\w\-]*)(?:'s|')\s+(?P<noun>[a-z]+)")
_USED = frozenset(
    """
    db dbs database databases backend backends cache caches queue queues broker brokers store
    datastore upstream upstreams downstream downstreams
    """.split()
)


def _neighbour(
    text: str, names: Callable[[str], bool], targets: set[str], keys: frozenset[str] = frozenset()
) -> None:
    """Ask when the object of an order, said "the THING <relation> NAME" ("the app that calls
    payments", "the db behind my-api", "the deployment bound to postgres", "the consumer of
    orders", "the services checkout calls") or "NAME's THING" ("payments' database"), names a
    workload the plan acts on."""
    for own in _POSSESSED.finditer(text) if "'" in text else ():
        name, noun = own.group("name"), own.group("noun")
        if noun in _USED | _NEIGHBOUR_ROLE and name in targets and names(name):
            _ask_related(own.group(0), name, "")
    for det in _THE.finditer(text) if "the " in text else ():
        end = _CLAUSE_END.search(text, det.end())
        stop = end.start() if end else len(text)
        rest: list[str] = []
        for m in _WORD.finditer(text, det.end(), stop):
            word = m.group(0)
            if names(word):
                if rest and (word in targets or any(t.startswith(f"{word}-") for t in targets)):
                    _neighbour_of(text, rest, word, m, det.start())
                break
            if len(rest) > 5 or (word in _JOINS - _RELATIVE) or (rest and word == "the"):
                break
            rest.append(word)
            if rest[0] not in _THING | _NEIGHBOUR_ROLE or rest[0] in keys:
                break


def _neighbour_of(text: str, rest: list[str], name: str, m: re.Match[str], start: int) -> None:
    head, rel = rest[0], [*rest[1:], "", ""]
    used = _WORD.search(text, m.end())
    uses = (
        head in _THING
        and rel[0] in ("", *_RELATIVE)
        and not rel[1]
        and used is not None
        and used.group(0) in _USES
        and text[m.end() : used.start()].isspace()
    )
    related = (
        (rel[0] in _RELATIVE and rel[1] and rel[1] not in _NO_RELATION | _OWN)
        or rel[0] in _BESIDE - {"like", "similar"}
        or rel[:2] == ["in", "front"]
        or (rel[0] in _REL_ING)
        or (
            (rel[0].endswith("ed") or rel[0] in _PARTICIPLE)
            and rel[0] not in _LEAD_OK | _OWN | {"called", "named"}
            and rel[1] in ("to", "by", "with")
        )
        or (head in _NEIGHBOUR_ROLE and rel[0] in ("of", "for", "to"))
    )
    if _own_kind(head, set(rest)):
        related = False  # (r24_gapB)
    if uses or related:
        upto = used.end() if uses and used else m.end()
        if uses and (to := _PREP_AFTER.match(text, upto)):
            upto = to.end()  # "the deployment that frontend talks to"
        _ask_related(text[start:upto].strip(), name, "")


_PREP_AFTER = rx(r"\s+(?:to|on|with|from|into)(?![\w\-])")


def _ask_related(phrase: str, name: str, verb: str) -> None:
    say = f"say '{verb} {name}'" if verb else "name it alone"
    raise Clarify(
        f"I read {phrase!r} as another object than {name}, one that relates to it, so "
        f"nothing is changed. To {verb or 'change'} {name} itself {say}; for the other, name "
        "it by its kind and name."
    )


def _ask_state(phrase: str, word: str, name: str, kind: object = None) -> None:
    if kind:
        return  # "delete the failing frontend deployment": the Deployment said by its kind
    raise Clarify(
        f"I read {phrase!r}: {word!r} may pick pods, records, a rollout or an older copy of "
        f"{name}, never the live workload, so nothing is deleted. To delete the workload say "
        f"'delete {name}'; for its pods say 'restart {name}'; anything else, with kubectl."
    )


def _ask_lead(unknown: list[str], name: str, verb: str) -> None:
    if unknown and verb != "delete":
        raise Clarify(
            f"{unknown[0]!r} is not a kind of workload, and I will not {verb} {name!r} for it. "
            f"Nothing is changed: to {verb} the workload say '{verb} {name}'; anything else, "
            "with kubectl."
        )
    if unknown:
        raise Clarify(
            f"{unknown[0]!r} is not something I delete, and I will not delete {name!r} for it. "
            f"Nothing is deleted: to delete the workload say 'delete {name}'; a Service, "
            f"ConfigMap, PDB or HPA, e.g. 'delete svc {name}'; anything else, with kubectl."
        )


def _read_tail(
    text: str, at: int, name: str, order: tuple[str, str], names: Callable[[str], bool]
) -> None:
    m = _TAIL.match(text, at)
    if m is None or (not m.group("sep").strip() and not m.group("marks").strip()):
        return
    words = m.group("np").split()
    said = [w for w in words if w not in _DETERMINER]
    corrects = bool(m.group("sep").strip() or m.group("marks").strip())
    if not said or (
        any(w in _NOT_OBJECT for w in said)
        # "…, the alert on it": an object's noun first, said as its own phrase ("— the pods
        # are stuck" says why).
        and not (
            corrects
            and said[0] in _OBJECT_NOUN
            and words[0] in _DETERMINER
            and not any(w in _VERBISH for w in said)
        )
    ):
        return
    if all(w == name or w in _SELF for w in said):
        return
    if order[0] in ("restart", "bounce", "redeploy") and all(w in _RESTART_SAID for w in said):
        return  # "bounce payments, I mean a rolling restart": the order said again (round 35)
    if not m.group("marks").strip() and len(said) > 2:
        return  # "bounce frontend, cdn says origin errors": a clause, not a correction
    if m.group("sep").strip() == "(" and not m.group("marks").strip() and said[0] in _KINDS:
        return  # "delete orders (the pdb)": the delete reads the kind in brackets as its object
    other = any(w != name and names(w) for w in said)
    if other and not m.group("marks").strip() and m.group("sep").strip() in (",", "/"):
        return  # "delete worker, payments": a list, read by the delete itself
    # (Without a word that corrects, only a known object's noun or another workload is read
    # as naming something else: "scale checkout to 4, the team agreed" says why.)
    if other or m.group("marks").strip() or said[0] in _OBJECT_NOUN:
        phrase = m.group(0).strip(" ,;:.!?()[]-\u2013\u2014")
        raise Clarify(
            f"You said {phrase!r} after {name!r}: I read that as naming something other than "
            f"the workload, so nothing is {'deleted' if order[0] == 'delete' else 'changed'}. "
            f"For the workload say '{order[1]}' alone; for something else, name it by its kind "
            "and name."
        )
