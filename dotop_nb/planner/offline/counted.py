"""What a number counts — a number is used only in the role it was said in.

Rule: a number said for a replica count is a count of the workload's replicas only when it is
said of the workload itself. A factor or a relative amount ("x5", "times 5", "+10", "double")
said right after another noun ("orders batch size x5", "orders memory x2", "frontend 2.2.0 x 3")
belongs to that noun — a setting, a resource, a version — and is asked, never read as a
multiple of the replicas. A count said per unit ("one per zone", "4 pods per node"), or as a
total over several workloads ("payments and frontend to 4 total", "split 4 between …"), is no
count of one workload: asked. A version said as a range ("3.1.x", "3.1.*", "~3.1", "^3.1") is
no tag: asked. An amount said on top of a resource ("+ 1Gi", "256Mi more") is never its value.
"""

from __future__ import annotations

import re

from dotop_nb.models import Target
from dotop_nb.planner.offline import statements
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.numbers import UNITS
from dotop_nb.planner.offline.rx import rx

# A factor or a relative amount, as one span: "x5", "x 5", "\u00d74", "5x", "times 5", "5 times",
# "+10", "+ 10", "plus 10", "double(d)", "triple", "halve(d)", "twice".
_N = r"(?:\d+|" + "|".join(sorted(UNITS, key=len, reverse=True)) + ")"
_FACTOR = re.compile(
    rf"(?<!\S)(?:[x\u00d7]\s?{_N}|{_N}\s?[x\u00d7]|times\s+{_N}|{_N}\s+times|\+\s?\d+|"
    r"plus\s+\d+|doubled?|tripled?|halved?|twice)(?=$|[\s,.;!?)])"
)
# A factor said in the past tense is a report ("traffic doubled"), unless passive ("have to be
# doubled", "got doubled" asks what to double).
_REPORTED = re.compile(r"(?:doubled|tripled|halved)$")
_PASSIVE = frozenset("be been being is are was were get got gets getting".split())
# Words between the workload and its factor that leave the factor of the replica count.
_OF_THE_COUNT = frozenset(
    """scale scaled scaling up down out in by to the a it its them their replicas replica pods
    pod instances instance copies copy count counts number size capacity please pls plz kindly
    make set bump increase raise grow go take get deployment statefulset workload app service
    now asap just and should be run runs running need needs can could we you someone let lets
    let's us more so for quickly right away please, -""".split()
)
# Verbs and auxiliaries: a factor after one is said of the clause's subject, not of a noun.
_PREDICATE = frozenset(
    """have has had having to be been being is are was were will would should must shall can
    could may might need needs want wants get gets got go goes let""".split()
)
# Words that name a setting or a resource when said right before a factor with no workload
# before it ("BATCH_SIZE x5 on orders", "memory x2 on orders").
_SETTING_WORDS = frozenset(
    """memory mem ram cpu cpus core cores heap size batch connections connection conns threads
    thread workers pool timeout timeouts limit limits request requests concurrency retries
    retry buffer queue ttl interval rate disk storage volume""".split()
)
# The words that lead a reason ("since …", "because …", "given …").
_REASON_LEADS = frozenset("since because cause cuz coz bc given".split())
_VERSION = re.compile(r"^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$")
# Clauses: a dash between words ("re worker — double it") ends one as a comma does.
_CLAUSE = re.compile(r"[,;.!?]\s|\s(?:and|but|then|so)\s|\n|\s*[\u2014\u2013]\s*|\s-{1,2}\s")


def _words(text: str) -> list[str]:
    return [w.strip("\"'`()[]{}:,;!?") for w in text.split()]


def factor_owner(ctx: Ctx, target: Target) -> None:
    """Ask when a factor or relative amount is said of a noun other than the workload (a
    setting, a resource, a version): it is not a multiple of the replica count. A factor said
    in a fact ("my-api is burning its error budget at 6x, scale it to 5") is the request's
    reason: only the words :func:`.statements.facts_blanked` leaves are read."""
    text = statements.facts_blanked(ctx.request.intent)
    named = {target.name, *target.name.split("-")}
    for clause in _CLAUSE.split(text):
        low = clause.lower()
        for m in _FACTOR.finditer(low):
            before = [w for w in _words(low[: m.start()]) if w]
            if _REPORTED.match(m.group(0)) and not (before and before[-1] in _PASSIVE):
                # "gateway traffic doubled overnight": what happened, not a factor to apply.
                continue
            at = max((i for i, w in enumerate(before) if w in named), default=-1)
            if at >= 0 and _REASON_LEADS & set(before[at + 1 :]):
                # "scale orders to 3 since checkout sends twice the traffic": said in the
                # reason after the order, of what the reason is about.
                continue
            if at >= 0:
                # The noun said right before the factor, back to the workload: "orders batch
                # size x5" is of "batch size"; "payments replicas have to be doubled" stops
                # at the verb (the factor is the predicate of the replicas).
                between: list[str] = []
                for w in reversed(before[at + 1 :]):
                    if w in _PREDICATE:
                        break
                    if w not in _OF_THE_COUNT:
                        between.insert(0, w)
            else:
                last = before[-1:] if before else []
                raw_last = _words(clause[: m.start()])[-1:] if before else []
                between = [
                    w
                    for w, raw in zip(last, raw_last, strict=False)
                    if w in _SETTING_WORDS or "_" in w or (raw.isupper() and len(raw) > 1)
                ]
            if not between:
                continue
            said = m.group(0)
            versions = [w for w in between if _VERSION.match(w)]
            if versions:
                raise Clarify(
                    f"{versions[0]} {said}: the version {versions[0]} on some pods, or "
                    f"{said} the replicas of {target.describe()}? A version and a count are "
                    f"two changes: say e.g. 'update {target.name} to {versions[0]}' and "
                    f"'scale {target.name} to N'."
                )
            what = " ".join(between)
            raise Clarify(
                f"{what!r} {said}: that is said of {what!r}, not of the replica count of "
                f"{target.describe()}, and a setting is not changed by a factor here. Say the "
                f"value to set (e.g. 'set KEY=VALUE on {target.name}'), or the replica count."
            )


# "one per zone", "4 pods per node", "2 in each zone", "one on every node", "a pod per az".
# "a" means "per" only after what is counted ("2 pods a node", "one a zone"): "a node drain",
# "a zone outage" name an event, never a unit.
_PER_UNIT = re.compile(
    r"(?:\b(?:per|each|every)|(?:\b(?:\d+|one|two|three|four|five|six|pods?|replicas?|"
    r"instances?|copies|copy)\s+an?))\s+(?:availability\s+)?(?:zones?|azs?|nodes?|hosts?|"
    r"machines?|regions?|racks?|clusters?|datacenters?|dcs?|vms?|servers?|workers?\s+nodes?)\b"
    # "every node drain is an outage", "each zone failure": an event, never a unit.
    r"(?!-|\s+(?:drains?|draining|outages?|failures?|reboots?|upgrades?|restarts?|maintenance|"
    r"rotations?|failovers?|evictions?|patching|replacements?|recycles?|crash(?:es)?|loss|"
    r"goes\s+down|dies)\b)"
)


def per_unit(ctx: Ctx, target: Target, current: int) -> None:
    """Ask when the count is said per zone / node / host: the total is not said."""
    if m := _PER_UNIT.search(ctx.text):
        raise Clarify(
            f"{m.group(0)!r}: a count per unit, not the total number of replicas of "
            f"{target.describe()} (it runs {current} now), and how many of them the pods may "
            "use is not said. How many replicas in total?"
        )


# Round 33 (m38b, attack38 shape 3): a count said as the determiner of the pods ("fix the 3
# worker pods", "make all 7 frontend pods ready", "the 4 payments pods: make them stable") names
# the pods there are, never how many there should be: with no scale said beside it (no "scale",
# "replicas", "more", nor another number outside it) it is asked. ("make the worker 3 pods", "make
# worker 3 pods" say the count after the name: a scale, as before.)
_DETERMINED = re.compile(
    rf"\b(?:all(?:\s+of)?(?:\s+the)?|the|those|these|both)\s+(?P<n>\d{{1,3}}|{_N})\s+"
    r"(?:[a-z0-9][\w-]*\s+)?(?:pods|replicas|instances)\b",
    re.I,
)
_SCALE_SAID = re.compile(
    rf"\bscal|\bresiz|\breplicas?\b|\b(?:more|fewer|less|extra|add|double|halve|triple)\b|"
    rf"(?<![\w.])(?:\d|{_N}\b)",
    re.I,
)


def determiner(ctx: Ctx, target: Target, current: int) -> None:
    """Ask when the only count is the determiner of the pods ("the 3 worker pods") and no
    scale is said: it is what the message refers to, not a replica count to set."""
    text = ctx.request.intent
    if not (m := _DETERMINED.search(text)):
        return
    rest = f"{text[: m.start()]} {text[m.end() :]}"
    if _SCALE_SAID.search(rest):
        return
    raise Clarify(
        f"I read {m.group(0)!r} as the pods you mean, not as how many {target.describe()} "
        f"should run (it runs {current} now). Say what to do with them, e.g. 'restart "
        f"{target.name}', or 'scale {target.name} to N'."
    )


# "to 4 total", "4 in total", "split 4 between", "2 across payments and frontend", "a + b = 6".
_TOTAL = re.compile(
    r"\b(?:total|in\s+all|altogether|combined|between|across|split|divided?|shared?|sum)\b|"
    r"\+\s*[a-z][\w\-]*\s*=|"
    # "payments + frontend = 6" (the plus said as "and" by then): a sum said of the names.
    r"\b(?:and|&)\s+[a-z][\w\-]*\s*=\s*\d"
)


def total_of_many(ctx: Ctx, target: Target) -> None:
    """Ask when a count is said as a total over several workloads: how it splits is not said
    (and never the whole of it for each)."""
    text = ctx.request.intent.lower()
    if not (m := _TOTAL.search(text)):
        return
    try:
        names = {t.name for t, _ in ctx.workloads(text)}
    except Clarify:
        return  # the names themselves are asked by the rule that reads them
    if len(names) >= 2:
        raise Clarify(
            f"{m.group(0)!r}: a number said for {', '.join(sorted(names))} together. How many "
            f"replicas should each run? Say e.g. 'scale {target.name} to N and … to M'."
        )


# "3.1.x", "3.1.*", "~3.1", "^3.1", ">=3.1", "3.1+": a range of versions, no one tag.
_RANGE = re.compile(
    r"(?<![\w.\-/:])(?:[~^]|[<>]=?|=>|=<)\s?v?\d+(?:\.\d+)*\b|"
    r"(?<![\w.\-/:])v?\d+(?:\.\d+)*\.(?:x|\*|X)(?:\.(?:x|\*|X))?(?![\w.])|"
    r"(?<![\w.\-/:])v?\d+\.\d+(?:\.\d+)?\+(?!\S*[\w])"
)


def version_range(text: str, target: Target) -> None:
    """Ask when the version is said as a range: which release of it is not said."""
    if m := _RANGE.search(text):
        raise Clarify(
            f"{m.group(0)!r} is a range of versions, not one image tag. Which exact version "
            f"should {target.describe()} run? Say e.g. 'update {target.name} to 3.1.2'."
        )


# "+ 1Gi", "plus 1Gi", "256Mi more", "another 256Mi", "an extra 1 core": on top of the value.
_QTY = r"\d+(?:\.\d+)?\s*(?:m|mi|gi|ki|g|gb|mb|cores?|cpus?|vcpus?)?"
ON_TOP = re.compile(
    rf"(?<![\w+])\+\s?{_QTY}\b|\bplus\s+{_QTY}\b|\b{_QTY}\s+more\b|"
    rf"\b(?:another|extra|additional|further)\s+{_QTY}\b|"
    # Round 10: "increase memory by 256Mi", "add 512Mi to its memory", "256Mi extra", "add half
    # a core", "top up memory by 1Gi": an amount on top, never the value (attack11).
    rf"\bby\s+(?:an?\s+)?(?:extra\s+|additional\s+)?{_QTY}\b|"
    rf"\badd(?:s|ed|ing)?\s+(?:an?\s+|another\s+)?(?:extra\s+)?(?:{_QTY}|half|a\s+quarter)\b|"
    rf"\b{_QTY}(?:\s+(?:of\s+)?(?:cpu|memory|mem|ram))?\s+(?:extra|additional|on\s+top)\b|"
    r"\btop(?:ped)?\s+up\b|"
    # "augment the memory of payments of 256Mi": a verb of more or fewer, then "of" and the
    # amount (French "de"), is the amount it moves by ("to a total of 1Gi" is the value).
    r"\b(?:augment|increas|rais|grow|boost|reduc|decreas|diminish|lower)\w*\s+"
    r"(?:(?!(?:total|maximum|minimum|max|min|count|number|amount|sum|a|an)\s)[a-z][\w\-']*\s+)"
    rf"{{0,6}}of\s+{_QTY}\b"
)


# Round 28 (gap30): "add a 500m CPU limit": the article makes the amount and the field one
# thing added — the field set to it, never an amount on top ("add 500m to the cpu limit").
_A_NEW_FIELD = re.compile(
    rf"add(?:s|ed|ing)?\s+an?\s+{_QTY}\s+(?:cpu|memory|mem|ram)\s+(?:limit|request)s?\b"
)


def on_top(text: str, target: Target) -> None:
    """Ask when a resource amount is said on top of the current value but the reader of
    relative amounts could not read which value: the amount is never the value itself."""
    low = text.lower()
    for m in ON_TOP.finditer(low):
        if m.group(0).startswith("plus") and rx(
            r"\d\S*\s+(?:of\s+)?(?:cpu|memory|mem|ram)?\s*$"
        ).search(low[: m.start()]):
            continue  # "150m cpu plus 192Mi memory": a second value, joined
        if _A_NEW_FIELD.match(low, m.start()):
            continue  # "add a 500m cpu limit": a field set, said as a thing added
        raise Clarify(
            f"{m.group(0).strip()!r} is an amount on top of what {target.describe()} has now, "
            "not the new value. Which one should grow: the cpu or memory, request or limit? "
            "Say e.g. 'add 256Mi to the memory request' or the new value."
        )
