"""A destructive action never reaches a workload through a PART of it named anywhere in the
request (round 25, issue 11; the fifth attack's shapes 0, 0a, 0b, 1).

"postgres latency alert is noisy; delete it" deleted the Service and StatefulSet postgres;
"please remove the noisy postgres latency alert", "the checkout latency alert should be
deleted", "remove: checkout latency alert" deleted the workload; "postgres replica is broken;
turn it off", "orders has envoy; turn it off", "the envoy in orders is broken; turn it off"
scaled it to 0. :mod:`.partoff` reads the words right after a name that follows the verb; here
the name is in another clause (a pronoun), after an adjective, before a passive or after a
colon.

Rule (an allow-list), only when the plan deletes, scales to 0, restarts or rolls back a
workload W and no mention of W is the verb's own object ending its phrase ("delete checkout",
"delete the checkout deployment, it is unused"): EVERY mention of W in the request must end its
noun phrase, after an optional kind word (deployment, sts, service, pods, app …) or "'s
<kind>": punctuation, the end, a conjunction, a preposition, a verb or copula ("is", "has
been", "keeps", "crashed"), an adverb ("now", "too", "completely"). Any other word ("latency
alert", "replica", "envoy", "maintenance page") makes the mention a part of W: asked, naming
the words and what to type for the workload itself. For a delete or switch-off, "W has /
runs / allows / is in / is showing <something>" and "<something> in / on / of W" name what
"it" may be, so they are asked too. "checkout is unused; delete it", "worker is stuck,
restart it", "checkout has been replaced; delete it" still plan. A reply is not checked again.

Round 26 (the sixth attack's shapes A, R2, P): the pronoun landed on the victim, not the cause.
An order on a pronoun ("delete it", "turn it off", "scale it to 3", "restart them") takes the
workload only when the workload is the only noun phrase before it that can be meant: no other
workload, no cause or agent ("because of / due to / thanks to / by / from / after / since /
during / with <X>"), no "it's the X" / "X is why", no aside "(X)" / "- X -", no subject acting
on it ("velero slows postgres"), and "them" never one workload — a time, an event, a state, a
person or a count there is no candidate; a workload said to be unused is its own pronoun's.
Anything else asks, naming the candidates. A name that is the object of a relative clause
("delete the thing that backs up postgres", "whatever pages for payments") is asked, and so is
an order on the bare name with a part of it said beside it ("the worker hpa flaps. delete
worker", "delete worker because its alert is noisy").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dotop_nb.planner.offline import partoff
from dotop_nb.planner.offline.context import containers
from dotop_nb.planner.offline.objphrase import PART_NOUNS
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

__all__ = ["check"]

_TOKEN = re.compile(r"\w[\w'-]*|\S")
_POSS = re.compile(r"'s?(?!\w)")
_CLAUSE = re.compile(r"[.;!?,:\n]")
# Kind words: the workload itself ("the checkout deployment", "worker pods").
_KIND = frozenset(
    """
    deployment deployments deploy deploys statefulset statefulsets sts daemonset daemonsets ds
    service services svc svcs app apps application pods pod workload workloads stack
    microservice replicas instances
    """.split()
)
# Words that end the noun phrase besides partoff's: verbs and copulas, adverbs, pronouns.
_ENDS = frozenset(
    """
    isn't wasn't aren't weren't has have had hasn't haven't hadn't needs need should shouldn't
    must can can't cannot could couldn't would wouldn't will won't may might does doesn't did
    didn't do don't keeps keep kept seems seem looks look broke breaks crashes crashloops
    crashlooping dies hangs hung leaks leaking runs ran works got gets went goes stays remains
    crashing failing restarting hanging looping flapping throws returns serves
    became becomes lost gone dead down off up out away back anymore any more longer
    asap tho though lol pls please plz fine ok itself them those these ones
    entirely too good both either each still share shares hold holds
    restart restarts rollback rollbacks deletion removal shutdown teardown decommission
    reboot bounce cleanup offline online isnt wasnt arent doesnt dont cant wont hasnt
    drain drains wait waits notify announce
    eol end-of-life deprecated obsolete unused retired sunset lives lived
    """.split()
)
# Words in -ing that name a part ("restart checkout scraping"); any other is a verb
# ("my-api timing out", "we don't need checkout running").
_ING_PARTS = frozenset(
    """
    scraping logging caching profiling monitoring alerting tracing routing autoscaling scaling
    limiting throttling retrying batching streaming polling metering sampling rendering
    indexing mirroring pooling queueing queuing setting settings
    """.split()
)
# Words a partoff reading allows after a name that name another object than the workload
# when they follow it elsewhere ("the payments config is stale; delete it"), and what it holds
# ("delete cache (redis pvc)": its volume, never the StatefulSet — round 30).
_OTHER = frozenset(
    """
    config configs cm configmap configmaps api backend task tasks job jobs cronjob cronjobs
    hpa hpas pdb pdbs budget budgets disruption autoscaler autoscalers horizontalpodautoscaler
    poddisruptionbudget poddisruptionbudgets object objects resources thing things
    pvc pvcs pv pvs persistentvolumeclaim persistentvolumeclaims volume volumes disk disks
    storage data snapshot snapshots
    """.split()
)
# "turn off checkout for beta users", "scale frontend to 0 on spot nodes": a scope of the
# switch-off (read by :func:`_scoped`).
_SCOPE = rx(
    r"(?:\s+(?:deployment|deploy|statefulset|sts|app|service|svc|pods|workload))?"
    r"(?:\s+(?:down\s+)?to\s+(?:0|zero)(?:\s+(?:replicas|pods|instances))?)?"
    r"\s+(?P<scope>(?:for|on|in)\s+(?:the\s+|a\s+|an\s+)?(?P<w>[\w'-]+)(?:\s+(?P<w2>[\w'-]+))?)",
    re.I,
)
# Words after "for / on / in" that say a time, this namespace or everything.
_WHEN = frozenset(
    """
    good now ever while bit weekend weekends night nights day days week weeks month months
    year today tonight tomorrow morning mornings evening evenings afternoon noon midnight
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays weekday weekdays january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec holidays holiday christmas xmas maintenance hour hours minute minutes mins min
    next this that these those all everyone everybody me real sure namespace ns
    meantime moment interim time duration rest remainder remaining whole entire rest long
    short few couple second seconds several outage incident migration cutover release freeze
    sale sales drill drills demo demos test tests testing event events launch promo campaign
    exercise audit upgrade rollout window cost costs savings money
    """.split()
)
# "one of the frontend pods", "a couple of worker pods": some pods of W, said before its name.
_ONE_OF = rx(
    r"\b(?:one|two|three|a\s+couple|a\s+few|some|several|a\s+single|any)\s+of\s+"
    r"(?:the\s+|its\s+|our\s+|my\s+)?$",
    re.I,
)
_PODS_NEXT = rx(r"(?:'s)?\s+(?:pods?|replicas?|instances?|containers?)\b", re.I)
# "for checkout the latency alert is noisy": the name as a topic, then its part as a subject.
_FOR = rx(r"(?:^|[.;,:!?\n])\s*(?:for|on|with|about|re|regarding)\s+(?:the\s+)?$", re.I)
_TOPIC = rx(
    r",?\s+(?:the|its)\s+(?P<part>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:is|are|was|were|keeps|has|"
    r"looks|seems|fires|pages)\b",
    re.I,
)
# "turn off checkout - the alert", "…, the alert only": a part said beside the name.
_APPOSED = rx(
    r"\s*(?:,|:|\(|\s[-\u2013\u2014]+)\s*(?:just\s+|only\s+)?(?:the|its)\s+(?P<part>[\w'-]+)"
    r"(?:\s+(?:only|alone|please|pls))?\s*(?:[).!;]|$)",
    re.I,
)
# Words for a group of users or places after a scope's first word: "for the test tenant".
_GROUPS = frozenset(
    """
    tenant tenants user users customer customers client clients account accounts region regions
    team teams org orgs cohort cohorts shard shards zone zones pool pools cluster clusters
    """.split()
)
# "worker utilisation has been under 5% …, scale it to zero": a measure of the workload is
# the workload ("the postgres latency alert" is a part: more follows the measure).
_MEASURE = frozenset(
    """
    utilisation utilization usage traffic load cpu memory latency throughput errors rate
    qps rps volume demand activity
    """.split()
)
# A word in -s followed by one of these is a verb ("orders pages us every evening").
_VERB_S = rx(r"^[a-z]{2,}[^s]s$")
_OBJECT = frozenset(
    "a an the us me them him her it on to at in from with about every its their our my your".split()
)
# "scale worker (our HL7 interface feed) to 0": a gloss in brackets describes the workload.
_GLOSS = frozenset("our my aka which who that i.e ie e.g eg its it's".split())
# "how low can worker go", "did payments pick up …": the subject of a question.
_ASKED = rx(
    r"\b(?:can|could|did|does|do|will|would|should|is|are|was|has|have|may|might|must)\s+"
    r"(?:the\s+|our\s+)?$",
    re.I,
)
# "scale in worker", "ensure absent on the checkout deployment": no part before the name.
_NOT_INSIDE = frozenset("scale scaled scaling check log sign".split())
_KIND_NEXT = rx(
    r"(?:'s)?\s+(?:deployment|deploy|statefulset|sts|daemonset|service|svc|app|pods?|workload)\b",
    re.I,
)
_IF = rx(
    r"(?:^|[.;,:!?\n])\s*(?:if|when|whenever|once|unless|after|as\s+soon\s+as)\b[^.;,:!?\n]*$", re.I
)
# A restart or rollback is read here only of a pronoun ("the checkout alert is noisy,
# restart it"): a name said beside it is the object otherwise.
_PRONOUN = rx(
    rf"\b(?:{partoff._RESTART}|{partoff._UNDO}|roll|back)\s+"
    r"(?:it|them|that|this(?:\s+one)?|those|these|em|'em)\b",
    re.I,
)
# "W has <this>; turn it off": what "it" may be is what W has, runs, allows or shows.
_HAS = rx(
    r"\s+(?:still\s+|also\s+|now\s+)?(?:has|have|runs|uses|allows|shows|enables|"
    r"is\s+(?:in|on|running|showing|using|serving|allowing)|has\s+got)\s+(?P<what>[\w'-]+)",
    re.I,
)
# "has been …", "has no users", "has crashed": W itself.
_HAS_SELF = frozenset("been no nothing zero never not none".split())
# Words in -ed that name a setting W runs with, not what befell it ("payments runs
# privileged, turn it off", "worker has privileged mode on": round 26).
_HAS_SETTING = frozenset("privileged unprivileged elevated escalated".split())
# "the envoy in orders", "turn it off on orders": a part inside W.
_INSIDE = rx(r"(?:(?P<word>[\w'-]+)\s+|^)(?:in|on|inside|within)\s+(?:the\s+)?$", re.I)
_ACTS = {
    "delete": ("delete a workload", "delete the {name} {kind}"),
    "off": ("scale a workload to 0", "scale {name} to 0"),
    "restart": ("restart a workload", "restart {name}"),
    "undo": ("roll a workload back", "rollback {name}"),
}

# Round 26: what a pronoun may stand for. "postgres is slow because of the backup; delete it"
# deleted postgres: "it" takes the workload only when the workload is the only noun phrase
# before it that can be meant (an allow-list of the slots another noun phrase fills).
# The order on a pronoun: "delete it", "turn it off", "scale them to 0", "get rid of it".
_ORDER_IT = rx(
    rf"\b(?:{partoff._VERB}|{partoff._RESTART}|{partoff._UNDO}|roll|turn|switch|shut|take|"
    r"wind|spin|bring)\s+(?P<it>it|them|that|this(?:\s+one)?|those|these|em|'em)\b",
    re.I,
)
_MANY = "more than one thing"
_PLURAL = frozenset("them those these em 'em".split())
# A workload said to be of no use is what its pronoun removes, whatever replaced it ("the
# checkout deployment is unused since payments took over its job, remove it").
_UNNEEDED = rx(
    r"\b(?:unused|(?:not|isn't|aren't|wasn't|isnt|arent)\s+(?:being\s+)?(?:used|needed|required|in\s+use)|no\s+longer|obsolete|retired|"
    r"deprecated|superseded|replaced|redundant|dead\s+weight|(?:do\s*n[o']?t|don't|doesn't|"
    r"does\s+not)\s+need|anymore|any\s+more|nobody|no\s+one|decommissioned|eol|end-of-life)\b",
    re.I,
)
# The slots where another noun phrase is said: a cause or a circumstance ("because of the
# backup", "killed by its probe", "slow since velero started"), "it's the backup", "the backup
# is why".
_DET = r"(?:(?:the|its|their|a|an|our|my|this|that|these|those|all|some|every)\s+)?"
_CAUSE = rx(
    r"\b(?:because\s+of|due\s+to|thanks\s+to|owing\s+to|on\s+account\s+of|"
    r"as\s+a\s+result\s+of|caused\s+by|by|from|during|after|since|with|via|through)\s+"
    rf"{_DET}{_DET}(?P<w>[\w'-]+)",
    re.I,
)
_IS_THE = rx(r"\b(?:it'?s|it\s+is|is|was|are|blame)\s+(?:the|its|their)\s+(?P<w>[\w'-]+)", re.I)
_IS_WHY = rx(
    r"(?:^|\b(?:the|its|their)\s+)(?P<w>[\w'-]+)\s+(?:is|was|are|were)\s+"
    r"(?:to\s+blame|why|the\s+(?:cause|culprit|reason))\b",
    re.I,
)
# An aside in brackets or between dashes: "postgres is slow (backup job), delete it".
_ASIDE = rx(r"\((?P<a>[^()]*)\)|(?:^|\s)[-\u2013\u2014]+\s+(?P<b>[^-\u2013\u2014.;!?\n]*)", re.I)
# Words in those slots that are never what is deleted, stopped, restarted or rolled back: a
# time, an event, a state, a person, a measure, a count.
_NOT_MEANT = (
    _WHEN
    | _MEASURE
    | _KIND
    | frozenset(
        """
        it them this that we i you they he she someone somebody nobody everyone users customers
        people team ops us me him her yesterday ago hours upgrade upgrades update updates
        release releases deploy deploys rollout rollouts incident incidents outage outages
        restart restarts reboot reboots change changes spike spikes peak peaks mistake accident
        accidents default design far now then there here far one same problem culprit cause
        rotation rotations rollover renewal failover switchover patch patching maintenance
        reason issue bottleneck last latest previous new old only main worst state shape see
        cf ie i.e eg e.g aka fyi btw note still again also too just not no so very really
        start started yet what why how who when where which because and or but please pls
        """.split()
    )
)
# Who said first in a clause is no cause of it ("nobody calls worker", "we don't need worker").
# A relative clause before the name makes it the object of another thing ("the thing that
# backs up postgres", "whatever pages for payments", "the thing blocking orders drains").
_RELATIVE = frozenset(
    "that which what what's whatever whatever's thing things stuff whoever".split()
)
_IRREGULAR = frozenset("broke took ate hit hits hogs starve starves ate eats".split())


def _ends(token: str, ends: frozenset[str]) -> bool:
    return (
        (not token[0].isalnum() and token[0] not in "_([")
        or token in partoff._STOP
        or token in _ENDS
        or token in ends
        or token.isdigit()
        or (len(token) > 4 and token.endswith("ed") and token not in ("speed", "embed"))
        or (len(token) > 4 and token.endswith("ing") and token not in _ING_PARTS)
    )


_AB = ["a", "/", "b"]


def _part(rest: str, allowed: frozenset[str], ends: frozenset[str], own: str = "") -> list[str]:
    """The words after a mention that are not the workload: its part, or nothing. A word for
    the workload ends its noun phrase ("the checkout release is erroring")."""
    poss = bool(_POSS.match(rest))
    if poss:
        rest = rest[2:] if rest.startswith("'s") else rest[1:]
    tokens = [m.group(0).lower() for m in _TOKEN.finditer(rest.split("\n", 1)[0])]
    words: list[str] = []
    said = glossed = False
    for i, token in enumerate(tokens):
        if token in ("(", "["):
            if i == 0 and len(tokens) > 1 and tokens[1] in _GLOSS:
                break
            if i == 0 and _what_it_is(tokens, allowed | ({own} if own else set())):
                break  # "sts/cache (radar-frame redis)": the gloss says what it is (round 29)
            glossed = glossed or i == 0
            continue
        if not words and (token in allowed or partoff._misspelt_kind(token)):
            said, poss = True, False
            continue
        if said and not words and token not in _OTHER:
            break
        # "frontend costs $1,250 a month", "my-api depends on it": a verb, then its object.
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not words and _VERB_S.match(token) and (after in _OBJECT or after[:1] in "$0123456789"):
            break
        # ("the frontend down alert": a particle ends the phrase only where nothing but its end
        # follows; "the frontend A/B test": one word.)
        particle = (
            token in partoff._PARTICLES
            and bool(after)
            and after not in ("(", "[")
            and not _ends(after, ends)
        )
        if tokens[i : i + 3] == _AB:
            words.append("a/b")
            continue
        if words[-1:] == ["a/b"] and token in ("/", "b"):
            continue
        if (
            _ends(token, ends)
            and not particle
            and not (poss and not words and token in partoff._PARTICLES)
        ):
            break
        words.append(token)
    # ("delete cache (redis volume)": in a gloss a measure's word is the thing it names.)
    return [] if set(words) <= _MEASURE and not glossed else words


# Words of another copy or place of a workload: a gloss holding one may set another apart.
_ELSEWHERE = frozenset(
    """old older new newer legacy previous former backup standby secondary spare copy clone
    replacement canary shadow blue green staging stage prod production dev test qa""".split()
)


def _what_it_is(tokens: list[str], allowed: frozenset[str]) -> bool:
    """Whether the bracketed words opening ``tokens`` say what the workload is: their last word
    is the workload's own (its kind or what it runs alone: "(radar-frame redis)" of the redis
    StatefulSet), the words before it plain (never a part, a kind of another object, another
    copy or a place: "(redis pvc)", "(latency alert)", "(old redis)" are read as said).
    Round 30 (gap33a): or the workload's own name said again ("orders (one-way rental orders)").
    """
    close = next((j for j, w in enumerate(tokens) if w in (")", "]")), 0)
    inner = tokens[1:close]
    return (
        0 < len(inner) <= 4
        and inner[-1] in allowed
        and not any(w in _OTHER or w in _ELSEWHERE for w in inner)
        and all(w.replace("-", "").isalpha() for w in inner)
    )


def _scoped(scope: re.Match[str], when: frozenset[str]) -> bool:
    """Whether a phrase after a switch-off ("for beta users", "on spot") is a part of the
    workload's pods or users rather than a time or this namespace ("for good", "on friday")."""
    word = scope.group("w").lower().removesuffix("'s")
    # ("for the test tenant", "for the demo customers": a time word naming a group, round 26.)
    if (scope.group("w2") or "").lower() in _GROUPS:
        return True
    return not (word in when or word[0].isdigit())


def _containers(live: partoff.Live | None, name: str) -> tuple[frozenset[str], list[str]]:
    """The containers of the workloads named ``name``: the words of the names of those that run
    alone ("the cache proxy": the workload), and the names of those that run beside another
    ("orders" runs app and envoy: each is a part of it wherever it is named)."""
    objs = [obj for k in partoff._WORKLOAD_KINDS if live and (obj := live(k, name))]
    alone: set[str] = set()
    beside: list[str] = []
    for obj in objs:
        run = containers(obj)
        if len(run) == 1:
            box = run[0].get("name", "").lower()
            alone.update(w for w in [box, *box.split("-")] if w)
        else:
            beside += [box for c in run if (box := c.get("name", "")) and box.lower() != name]
    return frozenset(alone), beside


def _head(text: str, start: int) -> str:
    """The noun phrase from ``start`` to the end of its phrase ("backup job started" →
    "backup job")."""
    words: list[str] = []
    for m in _TOKEN.finditer(text, start):
        token = m.group(0).lower()
        if words and (_ends(token, frozenset()) or token in _OBJECT):
            break
        words.append(m.group(0))
        if len(words) == 3 or not token[0].isalnum():
            break
    return " ".join(words).strip(" ,;:.!?()")


def _meant(word: str, name: str) -> bool:
    """Whether a word in a slot of another noun phrase may be what an order on a pronoun acts
    on: not the workload, a time, an event, a state, a person or a count."""
    word = word.lower().removesuffix("'s").removesuffix("'")
    return bool(word) and word != name and word not in _NOT_MEANT and not word[0].isdigit()


_FORBIDDING = re.compile(
    r"\b(?:don'?t|do\s+not|never|must\s+not|mustn'?t)\s+(?:touch|restart|scale|change|update|"
    r"delete|remove)\b[^.;!?]*|"
    # ("frontend must not restart. payments hangs, restart that one")
    r"[a-z0-9][\w\-]*\s+(?:must|should|may|can)\s*not\s+(?:be\s+)?(?:touch|restart|scal|chang|"
    r"updat|delet|remov)\w*\b[^.;!?]*|[a-z0-9][\w\-]*\s+(?:mustn'?t|shouldn'?t|can'?t)\s+(?:be\s+)?"
    r"(?:touch|restart|scal|chang|updat|delet|remov)\w*\b[^.;!?]*",
    re.I,
)


def _candidates(
    text: str, order: re.Match[str], name: str, names: set[str], targets: set[str]
) -> list[str]:
    """The noun phrases besides the workload ``name`` that the pronoun of ``order`` may stand
    for, in the request less that order (see the round-26 rule above ``_ORDER_IT``)."""
    end = _CLAUSE.search(text, order.end())
    rest = text[: order.start()] + " . " + (text[end.start() :] if end else "")
    if "n't" in rest or "not " in rest or "never " in rest:
        # Round 35 (a40a): "… restart it. don't touch frontend or worker": what a prohibition
        # keeps from change is never what the order's "it" stands for.
        rest = _FORBIDDING.sub(" . ", rest)
    plural = order.group("it").lower() in _PLURAL
    if plural and len(targets) == 1 and not _KIND_NEXT.search(rest):
        return [_MANY]
    if _UNNEEDED.search(rest):
        return []
    found: list[str] = []
    tokens = [m.group(0).lower().removesuffix("'s") for m in _TOKEN.finditer(rest)]
    # ("same as we did for orders last week but for payments: restart it": set apart.)
    if not rx(
        rf"\b(?:but|instead|only)\s+(?:for\s+|on\s+|with\s+)?{re.escape(name)}\b", re.I
    ).search(rest):
        # (Another workload's name as a word of a longer noun: "a bad DNS cache" is no cache.)
        found += [
            t
            for i, t in enumerate(tokens)
            if t in names
            and t != name
            and t not in targets
            and (i == 0 or not tokens[i - 1][0].isalnum() or tokens[i - 1] in partoff._STOP)
        ]
    for pattern in (_CAUSE, _IS_THE, _IS_WHY):
        for m in pattern.finditer(rest):
            phrase = _head(rest, m.start("w"))
            if any(_meant(w, name) for w in phrase.split()):
                found.append(phrase)
    for m in _ASIDE.finditer(rest):
        aside = m.group("a") if m.group("a") is not None else m.group("b")
        words = [w.lower() for w in _TOKEN.findall(aside or "")]
        if (
            words
            and words[0] not in _GLOSS | _NOT_MEANT
            and any(_meant(w, name) and w[0].isalpha() and w not in partoff._STOP for w in words)
        ):
            found.append(aside.strip())
    # "velero slows postgres", "the thing that backs up postgres": the name is the object of
    # something said before it in its clause.
    for m in rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I).finditer(rest):
        head = _CLAUSE.split(rest[: m.start()])[-1]
        before = [w.lower() for w in _TOKEN.findall(head) if w.lower() not in ("the", "our", "my")]
        if not before or before[0] in _NOT_MEANT or before[0] in ("if", "when", "ever", "once"):
            continue
        last = before[-1]
        verb = (
            last in _IRREGULAR
            or bool(_VERB_S.match(last))
            or (len(last) > 4 and last.endswith(("ed", "ing")))
        )
        if any(_opens(before, i) for i in range(len(before))):
            found.append(head.strip(" -"))
        elif verb and len(before) > 1 and any(_meant(w, name) for w in before[:-1]):
            found.append(head[: head.lower().rfind(last)].strip(" -"))
    found = list(dict.fromkeys(f for f in found if f))
    return [f for f in found if not any(f != g and f in g.split() for g in found)]


def _relative(text: str, name: str) -> str:
    """The words before a mention of ``name`` in its clause that make it the object of a
    relative clause ("the thing that backs up", "whatever pages for", "the thing blocking"),
    or ""."""
    for m in rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I).finditer(text):
        head = _CLAUSE.split(text[: m.start()])[-1]
        words = [w.lower() for w in _TOKEN.findall(head)]
        for i, word in enumerate(words):
            if _opens(words, i):
                return head[head.lower().find(word) :].strip()
    return ""


def _opens(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a relative clause whose object follows ("the thing that
    backs up", "whatever pages for", "what's paging for", "the thing blocking"); never "the
    pods that …" (the workload itself), "the REGION that …" or "what you want for"."""
    word = words[i]
    after = words[i + 1] if i + 1 < len(words) else ""
    if word in ("thing", "things", "stuff"):
        # (Its "that" opens the clause; never "the first thing to do is restart worker".)
        return after.endswith("ing")
    return (
        word in _RELATIVE
        and after not in _COPULA
        and (i == 0 or words[i - 1] not in _KIND)
        and (word not in ("that", "which") or (i > 0 and words[i - 1] in _RELATIVE))
    )


_ZERO_NEXT = rx(r"\s+(?:all\s+the\s+way\s+)?(?:down\s+)?to\s+(?:0|zero|nil|none)\b", re.I)
# Words of a part said beside an order on the bare name ("delete worker, noisy alert").
_PART_WORDS = PART_NOUNS | frozenset(
    "alarm alarms budget limit limits monitors netpols pager paging podmonitor policy".split()
)
_WORKLOAD_OPS = frozenset("deployment statefulset daemonset service configmap".split())


def _part_beside(text: str, clean: list[re.Match[str]], name: str, result: PlanResult) -> str:
    """A part of ``name`` said outside the clean orders on it: another mention of it with a
    part ("worker's probe", "worker-alerts"), or a part word ("its alert"), or ""."""
    if any(op.target.kind.lower() not in _WORKLOAD_OPS for op in result.operations):
        return ""
    # ("delete the worker deployment, its dashboards are archived": the kind said is no guess.)
    if any(_KIND_NEXT.match(text, c.end()) for c in clean):
        return ""
    spans = [(c.start(), _BESIDE.search(text, c.end())) for c in clean]
    rest = text
    for start, end in sorted(spans, key=lambda s: -s[0]):
        rest = rest[:start] + " . " + (rest[end.start() :] if end else "")
    for m in _TOKEN.finditer(rest):
        token = m.group(0).lower()
        if token.startswith((f"{name}-", f"{name}_")) and token[len(name) + 1 :] in _PART_WORDS:
            return m.group(0)
        if (
            token in _PART_WORDS
            and _tied(rest, m, name)
            and not _KEPT.search(_phrase(rest, m.start()))
        ):
            head = [
                w for w in _CLAUSE.split(rest[: m.start()])[-1].split()[-2:] if w not in _STARTS
            ]
            return " ".join([*head, m.group(0)]).strip()
    return ""


def _tied(rest: str, m: re.Match[str], name: str) -> bool:
    """Whether the part word at ``m`` is said of the workload: its clause names it, or the word
    before is "its", a determiner, an adjective or nothing ("noisy alert", "since the alert";
    "the fleet dashboard" is another thing's)."""
    start = max(rest.rfind(c, 0, m.start()) for c in ".;!?,:\n")
    end = _CLAUSE.search(rest, m.end())
    clause = rest[start + 1 : end.start() if end else len(rest)].lower()
    if name in clause.split() or f"{name}'s" in clause:
        return True
    before = [w.lower() for w in _TOKEN.findall(rest[start + 1 : m.start()])]
    if not before or before[-1] in _STARTS:
        return True
    last = before[-1]
    return (
        last in ("its", "their", "the", "a", "an")
        or last.endswith(("y", "ing", "ed", "en"))
        or last in ("bad", "wrong", "old", "stale", "loud")
    )


# "delete orders; its pdb must not be deleted": a part said to stay is no part meant.
_KEPT = rx(
    r"\bnot\b|n't\b|\b(?:never|keep|leave|except|without|spare|"
    r"retain|preserve)\b",
    re.I,
)
_STARTS = frozenset("because since as cause cuz coz so but and it's".split())
_BESIDE = rx(r"[.;!?,:\n]|\b(?:because|since|as|cause|cuz|coz|so|but)\b", re.I)
_COPULA = frozenset("is are was were does do did if about happened you we i they he she it".split())


def _phrase(text: str, start: int) -> str:
    head = _CLAUSE.split(text[:start])[-1]
    tail = _CLAUSE.split(text[start:])[0]
    return (head + tail).strip(" -—")


def check(
    said: str,
    result: PlanResult,
    answered: bool = False,
    workloads: Iterable[str] = (),
    *,
    intent: str = "",
    live: partoff.Live | None = None,
    namespace: str = "",
) -> PlanResult:
    """``result``, or a question in its place when a destructive action on a workload reads
    a part of it named elsewhere in the request (see the module's rule). ``intent`` is the
    request as typed: its asides ("turn off checkout (latency alert)") are read too."""
    if answered or not result.operations:
        return result
    kinds = ("delete", "scale", "rollout_restart", "rollout_undo")
    if not any(op.kind in kinds for op in result.operations):
        return result
    names = {w.lower() for w in workloads}
    # (A quoted line of a thread, "> is the log level on payments debug?", is context.)
    said = "\n".join(
        line
        for line in said.replace("\u2019", "'").replace("\u2018", "'").split("\n")
        if not line.lstrip().startswith(">")
    )
    typed = intent.lower().replace("\u2019", "'").replace("\u2018", "'")
    when = _WHEN | {namespace.lower()}
    question = _question(said, result, names, live, when)
    if not question and typed and typed != said:
        question = _question(typed, result, names, live, when, typed=True)
    return result.held_back(question) if question else result


def _question(
    text: str,
    result: PlanResult,
    names: set[str],
    live: partoff.Live | None,
    when: frozenset[str],
    *,
    typed: bool = False,
) -> str:
    """The question for the first mention of a part of a workload the plan acts on (in the
    words as typed, ``typed``, only of a delete or switch-off: their asides)."""
    kinds = ("delete", "scale", "rollout_restart", "rollout_undo")
    targets = {o.target.name.lower() for o in result.operations if o.target.name.lower() in names}
    for op in result.operations:
        name = op.target.name.lower()
        if name not in names:
            continue
        # The first action on it read here (partoff's image and hardening are not).
        hits = [
            h for h in partoff._hits(result, name) if h[1] in ("delete", "off", "restart", "undo")
        ]
        if not hits:
            # "my-api is slow due to cache; scale it to 3": another workload "it" may be.
            order = _ORDER_IT.search(text) if op.kind == "scale" and not typed else None
            others = _candidates(text, order, name, names, targets) if order else []
            if (others := [o for o in others if o in names]) and order:
                it = order.group("it")
                return (
                    f"Which do you mean by {it!r}: {name} or "
                    f"{' or '.join(others)}? For {name} type 'scale {name} to "
                    f"{getattr(op, 'replicas', 'N')}'; for the other, name it."
                )
            continue
        kind, action = hits[0]
        # "delete the thing that backs up postgres": the name is the object of another thing.
        if thing := _relative(text, name):
            act, then = _ACTS[action]
            where = _phrase(text, text.find(thing))
            return (
                f"I read {name!r} as what {thing!r} acts on, in {where!r}: "
                f"that is another object than {name}, and I never {act} for it. For the {kind} "
                f"itself type '{then.format(name=name, kind=kind)}'; for the other, name it by "
                "its kind and name."
            )
        if action in ("restart", "undo") and (typed or not _PRONOUN.search(text)):
            continue
        # "frontend FEATURE_FLAG from beta to off, and restart it": a change, then its restart.
        if action in ("restart", "undo") and any(
            o.target.name.lower() == name and o.kind not in kinds for o in result.operations
        ):
            continue
        verb, whole, ends = partoff._ACTIONS[action]
        alone, beside = _containers(live, name)
        whole = whole | _KIND | alone
        # ("the postgres db", "please quiesce the my-api task": the workload itself.)
        allowed = (whole - _OTHER) | {"db", "dbs", "database", "task", "tasks"}
        own = rx(
            rf"\b{verb}\s+(?:[^.;:!?\n]*?(?:,|\band|&|\+|\bplus)\s+)??{partoff._LEAD}"
            rf"(?<![\w-]){re.escape(name)}(?![\w-])",
            re.I,
        )
        # "scale orders to 0 but keep envoy", "envoy (orders) broke, turn it off": one of two
        # containers of W named, a part (round 26).
        if action in ("delete", "off"):
            for box in beside:
                named = rx(rf"(?<![\w-]){re.escape(box)}(?![\w-])", re.I).search(text)
                if named:
                    return (
                        f"I read {box!r} in {_phrase(text, named.start())!r}: a container of "
                        f"{name}, which runs more than one, and to {_ACTS[action][0]} stops "
                        f"them all, so I changed nothing. For the {kind} itself type '"
                        f"{_ACTS[action][1].format(name=name, kind=kind)}'; to change only the "
                        "container, name it and what to change (its image, its resources, or "
                        f"'remove container {box} from {name}')."
                    )
        # ("delete it, postgres is full because of worker": a pronoun is no list's first item.)
        clean = [
            m
            for m in own.finditer(text)
            if not _part(text[m.end() :], whole, ends) and not _ORDER_IT.match(text, m.start())
        ]
        scoped = [s for m in clean if (s := _SCOPE.match(text, m.end())) and _scoped(s, when)]
        # "turn off checkout - the alert", "delete checkout, the alert only": the part said
        # after a dash or comma (round 26).
        apposed = [
            a
            for m in clean
            if (a := _APPOSED.match(text, m.end()))
            and a.group("part").lower() not in allowed | _KIND | _OTHER
        ]
        if apposed and action in ("delete", "off"):
            part = apposed[0].group("part")
            then = _ACTS[action][1].format(name=name, kind=kind)
            return (
                f"I read {apposed[0].group(0).strip(' ,:-')!r} after {name!r}: {part!r} names a "
                f"part of {name}, not the workload itself, and I never {_ACTS[action][0]} for a "
                f"part. For the {kind} itself type '{then}'; to change the part, name it by its "
                "kind and name."
            )
        if clean and action == "off" and scoped:
            return (
                f"I read {scoped[0].group('scope')!r} after {name!r}: only some of its pods, "
                "users or places, and I never scale a whole workload to 0 for a part. To stop "
                f"all its pods type 'scale {name} to 0'; to change only that part, name the "
                "object that sets it apart (a node pool, a feature flag, a route) by its kind "
                "and name."
            )
        if clean and action in ("restart", "undo"):
            continue
        # "the worker hpa flaps. delete worker", "delete worker, its alert is noisy": a part
        # said beside the order on the bare name.
        # ("scale orders down to 0 since the pdb would block the node drain": a zero said of
        # the name itself is no guess, test_offline_clauses7.)
        zero = action == "off" and any(_ZERO_NEXT.match(text, c.end()) for c in clean)
        if clean and not zero and (part := _part_beside(text, clean, name, result)):
            act, then = _ACTS[action]
            return (
                f"I read {part!r} beside {_phrase(text, clean[0].start())!r}: a part of {name}, "
                f"and I never {act} when a part of it may be meant. For the {kind} itself type "
                f"'{then.format(name=name, kind=kind)}' alone; to change the part, name it by "
                "its kind and name."
            )
        if clean:
            continue
        order = _ORDER_IT.search(text)
        others = _candidates(text, order, name, names, targets) if order else []
        # (A restart or rollback acts on workloads: a cause other than a workload, a part of
        # one or a relative clause — "stale dns", "the rotation" — is no candidate.)
        if action in ("restart", "undo"):
            others = [
                o
                for o in others
                if o == _MANY or o in names or (_PART_WORDS | _RELATIVE) & set(o.lower().split())
            ]
        if order and others:
            it = order.group("it")
            act, then = _ACTS[action]
            said = (
                f"{it!r} is more than one thing, and I read one workload, {name}:"
                if others == [_MANY]
                else f"Which do you mean by {it!r}: {name} or "
                f"{' or '.join(repr(o) for o in others)}?"
            )
            return (
                f"{said} "
                f"I never {act} on a guess. For the {kind} itself type "
                f"'{then.format(name=name, kind=kind)}'; for the other, name it by its kind and "
                "name."
            )
        mention = rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)
        for m in mention.finditer(text):
            if any(c.start() <= m.start() < c.end() for c in clean):
                continue
            # "one of the frontend pods is stuck, restart it": one pod, not all (round 26).
            if (one := _ONE_OF.search(text, 0, m.start())) and _PODS_NEXT.match(text, m.end()):
                return (
                    f"I read {_phrase(text, one.start())!r}: some of {name}'s pods, and I never "
                    f"{_ACTS[action][0]} for some of its pods. For all of them type "
                    f"'{_ACTS[action][1].format(name=name, kind=kind)}'; for one pod, delete it "
                    "by its name (its Deployment starts another)."
                )
            if _ASKED.search(text, 0, m.start()) or (
                action in ("restart", "undo") and _IF.search(text, 0, m.start())
            ):
                continue
            words = _part(text[m.end() :], allowed, ends, own=name.lower())
            if not words and action in ("delete", "off"):
                has = _HAS.match(text, m.end())
                what = has.group("what").lower() if has else "ed"
                if (
                    has
                    and what not in _HAS_SELF
                    and (not what.endswith("ed") or what in _HAS_SETTING)
                ):
                    words = [_CLAUSE.split(text[has.start() :])[0].strip()]
                # "for checkout the latency alert is noisy, remove it" (round 26).
                topic = _TOPIC.match(text, m.end())
                if (
                    not words
                    and topic
                    and topic.group("part").split()[0].lower() not in allowed | _KIND
                    and _FOR.search(text, 0, m.start())
                ):
                    words = [topic.group("part")]
                inside = _INSIDE.search(text[: m.start()])
                word = (inside.group("word") or "-").lower() if inside else ""
                if (
                    not words
                    and inside
                    and word not in _KIND | _NOT_INSIDE
                    and not _KIND_NEXT.match(text, m.end())
                ):
                    words = [text[inside.start() : m.start()].strip()]
            if not words:
                continue
            act, then = _ACTS[action]
            return (
                f"I read {' '.join(words)!r} with {name!r} in {_phrase(text, m.start())!r}: a "
                f"part of {name}, not the workload itself, and I never {act} for a part. For "
                f"the {kind} itself type '{then.format(name=name, kind=kind)}'; to change the "
                "part, name it by its kind and name."
            )
    return ""
