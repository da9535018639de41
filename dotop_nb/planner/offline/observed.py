"""A clause that tells what is seen, with a number, is context: never the order's value.

Round 31 (attack35's shapes 5 and 9 and the number-context over-asks): beside a clear order, a
clause said as its own piece — before the order and a comma or a dash, after it, or in
brackets — that only tells what is observed, was seen or happened ("cpu at 93% right now",
"(load at 97%)", "p99 at 800ms", "queue at 1200", "2 of 3 ready", "9 at peak", "3 nodes left",
"7 restarts today", "we had 6 last week", "still 5 replicas", "2 replicas unchanged") had its
number read as the order's value (an autoscaler's target of 93%, a scale to 5), its word read
as an order ("7 restarts today" added a restart), or the number asked about. Rule: a piece
whose every word is such an observation (the grammar below, matched whole, never a part of a
piece) is dropped from the words the planner reads; the order beside it is planned alone.
A number that could be the request itself ("autoscale my-api, cpu at 85%": a target said
after a comma) is no observation here: only a word of the moment ("now", "currently", "at
peak", "today"), a word of load or health ("load", "p99", "latency", "ready", "restarts") or
a past ("was", "had") makes it one.

What the replica count is said to stay at ("still 5 replicas") is dropped by
:func:`stays_dropped`, from the planner's words only: :mod:`.stays` still reads it in the
words as sent, and asks when the order changes the count.

Example::

    dropped("scale payments to 4, 7 restarts today")  # "scale payments to 4"
    dropped("autoscale my-api, cpu at 93% right now")  # "autoscale my-api"
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.rx import rx

# The moment a number was seen at.
_WHEN = (
    r"(?:right\s+now|now|currently|today|tonight|this\s+(?:morning|week|hour)|at\s+the\s+moment|"
    r"at\s+peak|(?:at|during)\s+(?:the\s+)?peak|last\s+(?:week|night|month|hour)|yesterday|"
    r"earlier|overnight|atm|all\s+(?:day|night|week|morning)|"
    r"since\s+(?:monday|the\s+deploy|the\s+release|this\s+morning|"
    # (Round 33, attack37: "since lunch", "since midnight", "in the last hour".)
    r"lunch|midnight|noon|breakfast|yesterday|last\s+(?:night|week)|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)|"
    r"in\s+the\s+(?:last|past)\s+(?:hour|day|week|night|\d+\s+(?:min(?:ute)?s?|hours?|days?)))"
)
_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"\s*(?:%|percent\b|ms\b|s\b|sec\b|rps\b|qps\b|k\b|/s\b|mi\b|gi\b)?"
# What is measured and never set: latency, errors, a queue, the load.
_METRIC = (
    r"(?:(?:avg|average|mean)\s+)?(?:p\d{2,3}(?:\s+latency)?|latency|error\s+rate|errors?|"
    r"[45]xx(?:\s+rate)?|queue(?:\s+(?:depth|length|size))?|backlog|lag|consumer\s+lag|load|"
    r"traffic|rps|qps|throughput|heap|disk(?:\s+usage)?|(?:cpu|memory|mem)\s+load)"
)
# Changes and failures said as counted nouns (see _SEEN).
_NOUNS = r"restarts|crashes|ooms|evictions|rollbacks|redeploys|deploys|failovers|reboots"
# What an autoscaler may target: an observation only with a word of the moment.
# (Round 33, attack37: "utilization" alone too, "(93% utilization now)".)
_TARGETABLE = (
    r"(?:(?:avg|average|mean)\s+)?(?:(?:cpu|memory|mem)(?:\s+(?:utili[sz]ation|usage))?|"
    r"utili[sz]ation)"
)
_PODS = r"(?:pods?|replicas?|instances?|nodes?)"
_AT = (
    r"(?:\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:at|of|around|about|near|hovering\s+at|"
    r"sitting\s+at|over|above|up(?:\s+by)?|down(?:\s+by)?)|\s*[:=]|\s+is|\s+was)?"
)
_NOW = r"(?:currently|now|right\s+now|still|at\s+the\s+moment|atm)"
# Round 32 (a36a, attack36 shape 3): an amount of cpu or memory said with its unit.
_AMOUNT = r"\d+(?:\.\d+)?\s*(?:m|mi|gi|ki|g|mb|gb)\b"
_SEEN = (
    # "p99 at 800ms", "queue at 1200", "5xx at 12%", "load at 97%" (with a moment or not).
    # ("error rate 5% at 2.1.0": the release it was seen on.)
    rf"(?:{_NOW}\s+)?{_METRIC}{_AT}\s*{_NUM}{_UNIT}(?:\s+(?:on|with|across|at)\s+{_NUM}\s+"
    rf"{_PODS}|\s+(?:on|at|with|since)\s+v?\d+\.\d+(?:\.\d+)?)?(?:\s+{_WHEN})?",
    # "cpu at 93% right now", "currently cpu at 93%", "cpu: 85% right now".
    rf"{_TARGETABLE}{_AT}\s*{_NUM}{_UNIT}(?:\s+(?:on|with|across|at)\s+{_NUM}\s+{_PODS})?"
    rf"\s+{_WHEN}",
    rf"{_NOW}\s+{_TARGETABLE}{_AT}\s*{_NUM}{_UNIT}",
    # "currently at 97% cpu", "at 93% cpu now".
    rf"{_NOW}\s+(?:at\s+)?{_NUM}\s*%\s+(?:{_TARGETABLE}|{_METRIC})",
    rf"(?:at\s+)?{_NUM}\s*(?:%|percent\b)\s*(?:{_TARGETABLE}|{_METRIC})\s+{_WHEN}",
    # "2 of 3 ready", "1/3 pods up".
    rf"(?:{_NOW}\s+)?{_NUM}\s*(?:of|/)\s*{_NUM}\s+(?:{_PODS}\s+)?(?:are\s+)?(?:ready|up|"
    rf"running|healthy|available|crashlooping|pending)(?:\s+{_WHEN})?",
    # "3 nodes left", "2 pods crashlooping", "7 restarts today", "OOMKilled 5 times".
    rf"{_NUM}\s+(?:{_PODS}\s+)?(?:left|down|crashlooping|crash-looping|pending|evicted|"
    rf"oomkilled|not\s+ready)(?:\s+{_WHEN})?",
    # Round 32 (a36a, attack36 shape 1): a change said as a counted noun is what happened, never
    # the verb ("3 rollbacks this week", "5 deploys today", "4 scale-ups overnight", "2 deletes
    # by mistake yesterday"), nor a bare state beside one ("(crashlooping, 9 restarts)").
    rf"{_NUM}\s+(?:restarts|crashes|oom\s*kills|ooms|evictions|timeouts|incidents|pages|"
    r"alerts|rollbacks|roll-?backs|reverts|deploys|redeploys|scale-?ups|scale-?downs|scalings|deletes|deletions|failovers|reboots|"
    rf"outages|failures|errors)(?:\s+by\s+mistake)?(?:\s+(?:already|so\s+far|{_WHEN})){{0,2}}"
    # (Round 33, attack37: what they came from, "7 restarts from OOM".)
    r"(?:\s+(?:from|due\s+to|because\s+of)\s+(?:the\s+)?(?:oom\w*|crash\w*|oom\s*kills?))?",
    # (Round 33, attack37: the count after its noun, "restarts: 11", "restarts 8 since noon",
    # "restart count 14"; the state before it, "crashloop 9 restarts".)
    rf"(?:{_NOUNS})\s*[:=]?\s*{_NUM}(?:\s+{_WHEN})?",
    rf"restart\s+count\s*[:=]?\s*{_NUM}(?:\s+{_WHEN})?",
    rf"(?:crash-?loop(?:ing)?|oom-?kill(?:ed|ing)?|flapping)\s+{_NUM}\s+(?:restarts|times)"
    rf"(?:\s+{_WHEN})?",
    rf"(?:(?:it|they|the\s+pods?|pods?)\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+)?)?"
    rf"(?:oomkilled|oom-killed|crashed|restarted|evicted|paged|rolled\s+back|reverted|"
    rf"redeployed|deployed|scaled(?:\s+(?:up|down))?|failed\s+over|rebooted)\s+"
    rf"(?:{_NUM}\s+times|once|twice|thrice)(?:\s+(?:already|so\s+far|{_WHEN})){{0,2}}",
    r"(?:crashlooping|crash-looping|crashing|flapping|oomkilled|oom-killed|oomkilling|"
    r"oom-killing)",
    # Round 32 (a36a, attack36 shape 3): what a pod uses, what a resource was, how hard the
    # cpu runs — seen, never the value to set: "using 900m cpu", "it uses 300Mi memory",
    # "memory at 300Mi", "limit was 256Mi", "the cpu request was 500m", "cpu currently 93%",
    # "running at 93% cpu", "cpu pegged at 93%", "x7 traffic". (A percentage said after
    # "cpu at" with no moment may be an autoscaler's target: not here.)
    rf"(?:(?:it'?s|it\s+is|(?:the\s+)?pods?\s+(?:are\s+)?|is|are)\s+)?(?:using|uses|consuming|"
    rf"consumes|eating|burning)\s+(?:about\s+|around\s+|~\s*)?{_AMOUNT}\s*(?:of\s+)?(?:cpu|"
    rf"memory|mem|ram)(?:\s+{_WHEN})?",
    rf"(?:the\s+)?(?:(?:cpu|memory|mem)\s+)?(?:limits?|requests?|cpu|memory|mem)\s+(?:was|were|"
    rf"used\s+to\s+be)\s+(?:at\s+)?{_AMOUNT}(?:\s+{_WHEN})?",
    rf"{_TARGETABLE}\s+{_NOW}\s+(?:at\s+)?{_NUM}{_UNIT}",
    rf"(?:{_TARGETABLE}\s+)?(?:is\s+|was\s+)?(?:pegged|maxed(?:\s+out)?|running|spiking|"
    rf"spiked|peaking|peaked)\s+at\s+{_NUM}{_UNIT}(?:\s+(?:{_TARGETABLE}|{_METRIC}))?"
    rf"(?:\s+{_WHEN})?",
    rf"(?:[x\u00d7]\s?{_NUM}|{_NUM}\s?[x\u00d7])\s+(?:traffic|load|requests|rps|qps)"
    rf"(?:\s+{_WHEN})?",
    # (Round 33, attack37: the factor said after its noun, "traffic x7", "load 3x".)
    rf"(?:traffic|load|requests|rps|qps)\s+(?:(?:is\s+|went\s+|up\s+)?(?:at\s+)?)?"
    rf"(?:[x\u00d7]\s?{_NUM}|{_NUM}\s?[x\u00d7])(?:\s+{_WHEN})?",
    # Round 39 (sh45, attack45): pods lost or failing, counted ("we lost 2 pods", "2 pods are
    # dying", "3 replicas died overnight"): what happened, never the count to run.
    rf"(?:(?:we|it|they)\s+)?(?:lost|have\s+lost|'ve\s+lost|are\s+losing|keep\s+losing|"
    rf"just\s+lost)\s+{_NUM}\s+{_PODS}(?:\s+{_WHEN})?",
    rf"{_NUM}\s+{_PODS}\s+(?:are\s+|were\s+|have\s+|keep\s+|just\s+)?(?:dying|died|dead|"
    rf"gone|crashing|crashed|failing|failed|unhealthy|stuck|lost)(?:\s+{_WHEN})?",
    # "node-3 down".
    r"node[\w\-]*\s+(?:is\s+)?(?:down|gone|notready|not\s+ready|cordoned)",
    # "2 replicas at 90% cpu", "with 2 pods at 90% cpu".
    rf"(?:{_NOW}\s+|with\s+)?{_NUM}\s+{_PODS}\s+at\s+{_NUM}\s*%\s*(?:{_TARGETABLE}|{_METRIC})"
    rf"(?:\s+{_WHEN})?",
)
# A count said of a moment ("9 at peak", "3 now", "was 6 last week"): never read beside an
# autoscaler, whose bounds such a count may be.
_COUNTED_THEN: tuple[str, ...] = (
    rf"{_NUM}(?:\s+{_PODS})?\s+{_WHEN}",
    # ("still 5 replicas" is what stays: :func:`stays_dropped`, and :mod:`.stays` reads it.)
    rf"(?:currently|now|right\s+now|at\s+the\s+moment)\s+{_NUM}(?:\s+{_PODS})?",
    rf"(?:(?:we|it|they)\s+)?(?:was|were|had|ran)\s+{_NUM}(?:\s+{_PODS})?(?:\s+{_WHEN})?",
    # "was 2/10/70": what an autoscaler's bounds were (beside the ones said now).
    rf"(?:was|were|used\s+to\s+be)\s+\d+%?(?:\s*/\s*\d+%?){{1,2}}(?:\s+{_WHEN})?",
)


def _grammar(branches: tuple[str, ...]) -> re.Pattern[str]:
    one = "(?:" + "|".join(branches) + ")"
    return rx(rf"\s*{one}(?:\s*(?:,|and)\s*{one})*\s*[.!]?\s*", re.I)


# Round 33 (attack37): the count a workload runs or holds ("running 5 pods", "holds 5
# replicas", "at 2 replicas"), the count of nodes ("with 3 nodes, scale payments to 5") and a
# value that was ("(was 256Mi)") are seen; so is the load said without a moment beside an order
# that is no autoscaler and says no bounds ("93% cpu, 9 restarts: scale payments to 7", "cpu 93%,
# restart frontend") — beside one it may be the target (_LOAD, never in the _BOUNDED grammars).
_HELD = (
    rf"(?:(?:it'?s|it\s+is|is|it)\s+)?(?:running|runs|holds|holding|keeps|keeping|"
    rf"sits\s+at|sitting\s+at|at|on)\s+{_NUM}\s+{_PODS}(?:\s+{_WHEN})?"
)
_LOAD = (
    rf"(?:at\s+)?{_NUM}\s*(?:%|percent\b)\s*{_TARGETABLE}",
    rf"{_TARGETABLE}{_AT}\s*{_NUM}\s*(?:%|percent\b)",
)
_COUNTED = (
    *_COUNTED_THEN,
    rf"(?:with|on|across)\s+(?:only\s+)?{_NUM}\s+nodes?(?:\s+{_WHEN})?",
    rf"(?:was|were|used\s+to\s+be)\s+{_AMOUNT}(?:\s+{_WHEN})?",
    _HELD,
)
_HELD_ONLY = rx(_HELD, re.I)
_OBSERVATION = _grammar(_SEEN + _COUNTED + _LOAD)
_OBSERVATION_BOUNDED = _grammar(_SEEN + _COUNTED)  # (beside an autoscaler's bounds)
# "memory at 300Mi": what a resource is at — seen, unless the order itself sets cpu or memory
# ("set cpu request at 500m on worker, memory at 1Gi": the second value of that order).
_RESOURCE_AT = (
    rf"(?:cpu|memory|mem|ram)(?:\s+(?:usage|use|consumption))?\s+(?:is\s+|was\s+)?(?:at|around|"
    rf"about|near)\s+{_AMOUNT}(?:\s+{_WHEN})?",
    # (Round 33, attack37: "at 400Mi memory", the amount before its resource.)
    rf"(?:(?:it'?s|is)\s+)?at\s+(?:about\s+|around\s+|~\s*)?{_AMOUNT}\s*(?:of\s+)?(?:cpu|memory|"
    rf"mem|ram)(?:\s+{_WHEN})?",
)
_OBSERVATION_AT = _grammar(_SEEN + _COUNTED + _LOAD + _RESOURCE_AT)
_OBSERVATION_BOUNDED_AT = _grammar(_SEEN + _COUNTED + _RESOURCE_AT)
# Round 33 (attack37's "ctx qty" shapes): a resource's value said as a label ("memory 400Mi",
# "cpu: 900m") — read as what is seen only where no order but a wish with no value ("give it
# more") is said beside it (see :func:`_before_wish`).
_LABEL = (
    rf"(?:cpu|memory|mem|ram)(?:\s+(?:usage|use|request|limit))?\s*(?:[:=]|\s(?:is|was))?\s*"
    rf"{_AMOUNT}(?:\s+{_WHEN})?",
    # (Round 33, m38b: "reached 700Mi memory", "hit 900m cpu", "peaks at 1Gi of memory".)
    rf"(?:reached|reaches|reaching|hit|hits|hitting|peaks\s+at|peaked\s+at|touching|touched)\s+"
    rf"(?:about\s+|around\s+|~\s*)?{_AMOUNT}\s*(?:of\s+)?(?:cpu|memory|mem|ram)(?:\s+{_WHEN})?",
)
# ("seeing 900m cpu on worker", "700Mi memory on my-api": the workload named after the amount.)
_SEEN_ON = re.compile(
    rf"(?:(?:seeing|saw|we\s+see|i\s+see|we\s+saw|i\s+saw)\s+)?(?:about\s+|around\s+|~\s*)?"
    rf"{_AMOUNT}\s*(?:of\s+)?(?:cpu|memory|mem|ram)(?:\s+(?:usage|use))?\s+(?:on|in|for)\s+"
    rf"(?P<name>[a-z][a-z0-9\-]*[a-z0-9])(?:\s+{_WHEN})?",
    re.I,
)
_SEEN_ALONE = _OBSERVATION_AT
_SEEN_BEFORE_WISH = _grammar(_SEEN + _COUNTED + _LOAD + _RESOURCE_AT + _LABEL)
_OBSERVATION_HPA_AT = _grammar(_SEEN + _RESOURCE_AT)
_AMOUNTS = re.compile(rf"(?<![\w.]){_AMOUNT}", re.I)
_SETS_RESOURCES = re.compile(r"\b(?:requests?|limits?|resources?)\b", re.I)
_RESOURCE_WORD = re.compile(r"\b(?:cpu|memory|mem|ram|requests?|limits?|resources?)\b", re.I)
_OBSERVATION_HPA = _grammar(_SEEN)
_AUTOSCALER = re.compile(r"autoscal|\bhpa\b|scaledobject|\bkeda\b", re.I)
_BOUNDS_SAID = re.compile(
    r"\bscal\w*\s+(?:it|itself|themselves|automatically|on|with|by|between)\b|\bwhen\s+busy\b|"
    r"\bup\s+to\s+\d|\bat\s+(?:least|most)\b|\bmin(?:imum)?\b|\bmax(?:imum)?\b|\bbetween\b|"
    r"\bfloor\b|\bceiling\b|\d\s*(?:to|-|\u2013|\.\.|until)\s*\d|\bon\s+(?:its|their)\s+own\b|"
    r"\bby\s+(?:it|them)sel(?:f|ves)\b|\bautopilot\b|\belastic\w*\b|\bgrow\b|\bshrink\b",
    re.I,
)
# "still 5 replicas", "5 replicas unchanged", "replicas 2 unchanged", "replicas: 2, unchanged",
# "replicas stay at 3": the count said to stay.
_STAYS = re.compile(
    rf"\s*(?:(?:still|unchanged\s+at)\s+{_NUM}\s+(?:replicas?|pods?)|"
    rf"{_NUM}\s+(?:replicas?|pods?)\s+(?:unchanged|untouched|as\s+is|as\s+before|stays?|remains?)|"
    # ("…, keeps 5 replicas": round 32, a36a.)
    rf"(?:it\s+)?(?:keeps|kept|keeping|stays\s+at|remains\s+at)\s+{_NUM}\s+(?:replicas?|pods?)|"
    rf"(?:the\s+)?(?:replicas?|replica\s+count|pod\s+count)\s*:?\s*{_NUM}\s*,?\s*"
    r"(?:unchanged|untouched|as\s+is|as\s+before|stays?|remains?)|"
    rf"(?:the\s+)?(?:replicas?|replica\s+count|pod\s+count)\s+(?:stays?|remains?|unchanged|"
    rf"(?:is|are)\s+(?:kept|unchanged))\s+(?:at\s+)?{_NUM})\s*[.!]?\s*",
    re.I,
)
# A piece of the message: a head before ", " or " - ", a tail after one, or a bracket.
# (Round 32, lead: "15 restarts overnight! set LOG_LEVEL=debug on my-api": "!" ends one too.)
_HEAD = re.compile(r"^([^,()\n;!]+?)(?:[,;]|[.!]+\s|\s[-\u2013\u2014]+\s)\s*(?=\S)")
_SEPARATORS = (",", ";", ". ", "! ", " - ", " -- ", " \u2013 ", " \u2014 ")
# Round 32 (a36a): a head said as a label before a colon ("7 restarts today: look into
# payments", "cpu at 93% right now: autoscale my-api") is a piece too; tried after _HEAD, at
# each ": " (the piece may hold one: "cpu: 85% right now: …").
_COLON = ": "
_BRACKET = re.compile(r"\s*\(([^()\n]*)\)")
_NAMED_HEAD = re.compile(
    r"(?:(?:the|our)\s+)?(?P<name>[a-z][a-z0-9\-]*[a-z0-9])(?:'s)?\s+(?P<seen>\S.*)", re.I
)
_HINT = re.compile(r"\d|twice|thrice")  # ("rolled back twice this week", round 32)


# "currently 2", "3 now": what the workload runs now, said in a piece dropped — kept as
# "currently N" after the order, which the plan's checks hold against the live count
# (direction.py: "scale worker to 4, currently 3" when it runs 1 is asked).
_CLAIM = re.compile(
    rf"\b(?:currently|now|right\s+now|at\s+the\s+moment)\s+(?:at\s+)?(\d+)(?!\s*[%.\d])"
    rf"(?!\s*(?:of|/)\s*\d)|(?<![\d.])(\d+)\s+(?:{_PODS}\s+)?(?:right\s+now|now|currently|"
    r"at\s+the\s+moment)\b",
    re.I,
)


_SCALING = re.compile(r"scal|replica|\bpods?\b|\btimes\b", re.I)
# Round 43 (blind46): "my-api is on 2 pods, make it 4": the order after a count of pods says its
# number by a pronoun alone — the count it changes is the one the head said, so the head stays
# (where the scale rule reads "pods" beside "make it 4").
_PODS_SAID = re.compile(rf"\b{_PODS}\b", re.I)
_BRACKETED_HEAD = re.compile(r"^([^,\n;!]+?)(?:,|\s[-\u2013\u2014]+\s)\s*(?=\S)")
_THE_NAMED_HEAD = re.compile(
    r"(?:the\s+)?(?:(?P<nick>(?:[\w'\-]+\s+){1,3})\((?P<glossed>[a-z][a-z0-9\-]*[a-z0-9])\)|"
    r"(?P<name>[a-z][a-z0-9\-]*[a-z0-9])(?:'s)?)\s+(?P<seen>\S.*)",
    re.I,
)
_COUNT_AND_LOAD = re.compile(
    rf"(?P<count>.*?\b{_PODS})\s+and\s+(?:the\s+|its\s+)?(?:cpu|memory|mem|ram|load)\s+"
    r"(?:usage\s+)?(?:shows|is|is\s+at|at|sits\s+at|hits|reads|is\s+showing)\s+"
    r"\d+(?:\.\d+)?\s*(?:%|percent)",
    re.I,
)
_COUNT_BY_PRONOUN = re.compile(
    r"(?:(?:please|pls|so|then|now|just)\s+)?(?:make|take|bring|set|put|get|move|turn)\s+"
    r"(?:it|them|that|this)\s+(?:to\s+|up\s+to\s+|down\s+to\s+)?\d+(?![\w.%])",
    re.I,
)


def _claims(piece: str) -> str:
    """ ", currently N" for each count ``piece`` says runs now ('' when none)."""
    if not _CLAIM.search(piece):
        return ""
    return "".join(f", currently {m.group(1) or m.group(2)}" for m in _CLAIM.finditer(piece))


def _drop(text: str, piece: re.Pattern[str]) -> str:
    """``text`` less its head, tail and bracketed pieces that ``piece`` matches whole, when an
    order is left beside them (a count said to run now is kept, see _CLAIM)."""
    kept = _drop_pieces(text, piece)
    # (Beside a scale only: the count a budget or a change of image keeps is no premise.)
    if kept[1] and kept[0] != text and _SCALING.search(kept[0]):
        return kept[0].rstrip(" .!") + kept[1]
    return kept[0]


def _drop_pieces(text: str, piece: re.Pattern[str]) -> tuple[str, str]:
    """:func:`_drop` of ``text``, and the counts said to run now in the pieces dropped."""
    claims = ""
    out = text
    for m in list(_BRACKET.finditer(out))[::-1]:
        if piece.fullmatch(m.group(1)):
            rest = (out[: m.start()] + out[m.end() :]).strip()
            if len(rest.split()) > 1:
                claims += _claims(m.group(1))
                out = f"{out[: m.start()]}{out[m.end() :]}"
    # (Round 32: each head in turn, "crashlooping, 9 restarts. look into payments".)
    while (head := _HEAD.match(out)) and piece.fullmatch(head.group(1)):
        rest = out[head.end() :]
        if len(rest.split()) <= 1:
            break
        claims += _claims(head.group(1))
        out = rest
    # (Round 43, blind46: "my-api is on 2 pods and the CPU shows 85%, make it 4": the load
    # seen beside the count of pods goes, the count stays for the order's pronoun.)
    if (
        (head := _BRACKETED_HEAD.match(out))
        and (named := _THE_NAMED_HEAD.fullmatch(head.group(1)))
        and (pair := _COUNT_AND_LOAD.fullmatch(named["seen"]))
        and _HELD_ONLY.fullmatch(pair["count"])
        and _COUNT_BY_PRONOUN.match(rest := out[head.end() :])
    ):
        out = f"{named['name'] or named['glossed']} {pair['count']}, {rest}"
    # (Round 33, attack37: the workload named before what is seen of it, "payments at 2
    # replicas; scale it to 6": the name stays, as the order's topic — as before a colon.)
    if (
        (head := _HEAD.match(out))
        and (named := _NAMED_HEAD.fullmatch(head.group(1)))
        and piece.fullmatch(named["seen"])
        and _HELD_ONLY.fullmatch(named["seen"])
        and len((rest := out[head.end() :]).split()) > 1
        and not _LINKED.match(rest)
        and not _JUDGED.match(rest)
        and not (_PODS_SAID.search(named["seen"]) and _COUNT_BY_PRONOUN.match(rest))
    ):
        claims += _claims(named["seen"])
        out = f"{named['name']}: {rest}"
    if _COLON in out:
        at = out.find(_COLON)
        while at > 0:
            said = out[:at]
            if "(" not in said and piece.fullmatch(said):
                rest = out[at + len(_COLON) :].lstrip()
                if len(rest.split()) > 1:
                    claims += _claims(said)
                    out = rest
                break
            # (Round 32, lead, attack37: the workload named before what is seen of it, "my-api
            # x7 traffic: give it more", "payments keeps 5 replicas: …": the name stays, as the
            # order's topic, the rest of the head goes.)
            named = _NAMED_HEAD.fullmatch(said)
            if named and "(" not in said and piece.fullmatch(named["seen"]):
                rest = out[at + len(_COLON) :].lstrip()
                if len(rest.split()) > 1:
                    claims += _claims(named["seen"])
                    out = f"{named['name']}: {rest}"
                break
            at = out.find(_COLON, at + 1)
    # (Round 32: each tail in turn, "scale payments to 4, crashlooping, 9 restarts".)
    while (cut := max(out.rfind(sep) for sep in _SEPARATORS)) > 0:
        tail = out[cut:].lstrip(",;. ").lstrip("-\u2013\u2014")
        if not piece.fullmatch(tail) or len(out[:cut].split()) <= 1:
            break
        claims += _claims(tail)
        out = out[:cut].rstrip()
    # "p99 at 800ms, 9 at peak": nothing but what is seen — no order left to plan alone.
    if out != text and piece.fullmatch(out):
        return text, ""
    return out, claims


# "switch frontend to 2.2.0 (crashlooping, 9 restarts)": a failure said right after a release
# may be that release's (the report :mod:`.doubts` asks about): never dropped.
_FAILING_RELEASE = re.compile(
    r"\d+\.\d+(?:\.\d+)?[\w.\-]*\s*[,;(\-\u2013\u2014]+\s*(?:crash|flap|oom)[\w\-]*\b(?!\s+\d)",
    re.I,
)


# A wish with no value of its own ("give it more", "more please", "bigger", "scale it up").
# Round 33 (m38b, attack38 shape 2): a raise of a request or a limit with no amount ("raise the
# limit", "raise the request above that", "make the limit higher", "the limit must go up", "the
# limit is too low") is such a wish too.
_LIMIT = r"(?:the\s+|its\s+|their\s+)?(?:(?:cpu|memory|mem|ram)\s+)?(?:limits?|requests?)"
_WISH = re.compile(
    r"(?:(?:please|pls|so|just)\s+)?(?:give\s+(?:it|them)\s+(?:some\s+)?more|more|bigger|"
    r"increase\s+it|raise\s+it|bump\s+it(?:\s+up)?|scale\s+(?:it\s+)?up|beef\s+it\s+up|"
    rf"(?:raise|increase|bump|lift|up|grow|bigger)\s+{_LIMIT}|"
    rf"make\s+{_LIMIT}\s+(?:higher|bigger|larger)|"
    rf"{_LIMIT}\s+(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+go\s+up|"
    rf"{_LIMIT}\s+(?:is|are)\s+too\s+(?:low|small|tight))\b"
    r"[^\d]*",
    re.I,
)
_AFTER_HEAD = re.compile(
    rf"\s*(?:after|following)\s+{_NUM}\s+(?:{_NOUNS})(?:\s+{_WHEN})?\s*[:\-\u2013\u2014]\s+(?=\S)",
    re.I,
)
# ("frontend at 3 replicas, so a PDB with minAvailable 2 …": the count is the reason's.)
_LINKED = re.compile(r"(?:so|and|but|because|hence|thus|therefore|which|then)\b", re.I)
# ("frontend runs 3 replicas; two are enough": a count judged against the one seen is the count
# wanted, read beside it — round 20, statements._ENOUGH.)
_JUDGED = re.compile(r"[^,;.]*?\b(?:enough|plenty|sufficient|adequate)\b(?!\s+for\b)", re.I)
# Not seen alone (round 33, the merge): a bare count with a moment that may lie ahead ("worker:
# 5 replicas tonight", "my-api: 3 pods now" — the count to run, and when: round 29), and a
# metric's word with a bare number ("payments heap 1.5" — a setting's value, asked by the
# version guard: round 13).
_NOT_SEEN_ALONE = rx(
    rf"{_NUM}(?:\s+{_PODS})?\s+(?:tonight|today|now|right\s+now|"
    rf"this\s+(?:morning|afternoon|evening|week|hour))|{_METRIC}\s*[:=]?\s*{_NUM}",
    re.I,
)
_NAME_LABEL = re.compile(r"[a-z][a-z0-9\-]*[a-z0-9]:\s+(?=\S)", re.I)
_ALONE = re.compile(r"\s*([a-z][a-z0-9\-]*[a-z0-9])(?:'s)?\s*([,:;]?)\s+(\S.*?)\s*[.!]?\s*", re.I)
_EVENTS = re.compile(rf"\b(?:{_NOUNS})\b", re.I)


def only_seen(text: str, names: frozenset[str]) -> str | None:
    """What is seen of a workload said with nothing else but its name ("my-api, running 5
    pods", "frontend x7 traffic", "worker at 400Mi memory"): no order — the piece, to ask."""
    if not _HINT.search(text) or len(text) > 80:
        return None
    if (m := _ALONE.fullmatch(text)) and m.group(1).lower() in names:
        if m.group(2) not in (",", ";") and _EVENTS.search(m.group(3)):
            return None  # ("worker 8 restarts overnight": asked by :mod:`.described`)
        if _SEEN_ALONE.fullmatch(m.group(3)) and not _NOT_SEEN_ALONE.fullmatch(m.group(3)):
            return m.group(3)
    return None


# Where a head ends before a wish: a colon, a comma, a semicolon or a dash.
_WISH_CUT = re.compile(r"(?::|,|;|\s[-\u2013\u2014]+)\s+(?=\S)")


def _before_wish(text: str) -> str:
    """``text`` less a head that tells what is seen before a wish with no value ("my-api
    memory 400Mi: give it more", "my-api memory at 700Mi, raise the limit" — the name stays,
    as the wish's topic: how much is asked)."""
    for cut in _WISH_CUT.finditer(text):
        said, rest = text[: cut.start()], text[cut.end() :].strip()
        if "(" in said or not _WISH.fullmatch(rest):
            continue
        if _SEEN_BEFORE_WISH.fullmatch(said):
            return rest
        if (named := _NAMED_HEAD.fullmatch(said)) and _SEEN_BEFORE_WISH.fullmatch(named["seen"]):
            return f"{named['name']}: {rest}"
        if on := _SEEN_ON.fullmatch(said):
            return f"{on['name']}: {rest}"
    return text


# Round 44 (m44b): "the roster worker (worker) is on one pod, give it two more": the count a
# workload holds said in words ("on one pod", "running two replicas") is read as its digits
# are — seen, beside the order — when dropping it leaves an order of a count relative to it,
# said of it ("give it two more", "one fewer for them"; else the words stay as said). "the
# worker is on 1 pod, …": the name said with its article ("the", "our") is the order's topic
# as the name alone is (_NAMED_HEAD).
_RELATIVE = rx(r"\b(?:it|them)\b.*\b(?:more|fewer|less|extra)\b", re.I)
_HELD_IN_WORDS = rx(
    r"\b((?:running|runs|holds|holding|keeps|keeping|sits\s+at|sitting\s+at|at|on)\s+)"
    rf"({t.NUMBER[1:-1]})(\s+{_PODS})\b",
    re.I,
)


def dropped(text: str) -> str:
    """``text`` less the pieces that only tell what is seen, with a number (see above)."""
    digits = _HELD_IN_WORDS.sub(lambda m: f"{m[1]}{t.number(m[2])}{m[3]}", text)
    if digits != text and _RELATIVE.search(digits) and (out := _dropped(digits)) != digits:
        return out
    return _dropped(text)


def held_dropped(text: str) -> str:
    """``text`` less the count a workload holds said before an order of a count relative to it
    ("the worker is on one pod, give it two more": "worker: give it 2 more"), else as said —
    read again once a gloss is read ("the roster worker (worker) is on one pod, …")."""
    digits = _HELD_IN_WORDS.sub(lambda m: f"{m[1]}{t.number(m[2])}{m[3]}", text)
    if (
        _RELATIVE.search(digits)
        and _HELD_ONLY.search(digits)
        and (out := _dropped(digits)) != digits
    ):
        return out
    return text


def _dropped(text: str) -> str:
    """:func:`dropped` of ``text`` as said."""
    if not _HINT.search(text) or not any(sep in text for sep in (*_SEPARATORS, "(", _COLON)):
        return text
    if (wished := _before_wish(text)) != text:
        return wished
    # (Round 33, attack37: "after 5 restarts: scale my-api to 5", a head of what came before the
    # order — no time to wait for. Said after the order, "…, after 2 restarts" may be its
    # condition: asked, as before.)
    if (after := _AFTER_HEAD.match(text)) and len(text[after.end() :].split()) > 1:
        return text[after.end() :]
    # (Round 33, attack37: "payments: 4 restarts. more pods please": the workload said as a
    # label, the pieces after it read on their own.)
    if (label := _NAME_LABEL.match(text)) and (rest := text[label.end() :]) != (
        kept := _dropped(rest)
    ):
        return f"{label.group(0)}{kept}"
    if _FAILING_RELEASE.search(text):
        return text
    if _AUTOSCALER.search(text):
        lowered = text.lower()
        bounds = "min" in lowered and "max" in lowered
        if not bounds or ("%" not in text and "cpu" not in lowered):
            # "autoscale my-api, 9 at peak": a count of a moment may be a bound not said.
            # ("autoscale payments, memory at 300Mi": an amount seen, no request set.)
            if " at " in text and not _SETS_RESOURCES.search(text):
                return _drop(text, _OBSERVATION_HPA_AT)
            return _drop(text, _OBSERVATION_HPA)
    if _AUTOSCALER.search(text) or _BOUNDS_SAID.search(text):
        # (An autoscaler, or bounds said — "scale itself up to 15 …, cpu 50%": a percent said
        # beside them may be its target.)
        at, plain = _OBSERVATION_BOUNDED_AT, _OBSERVATION_BOUNDED
    else:
        at, plain = _OBSERVATION_AT, _OBSERVATION
    # (Round 33, attack37: "raise the memory of my-api, memory at 400Mi": an order with no
    # amount of its own has no second value — the amount at is seen.)
    if " at " in text and (
        len(_RESOURCE_WORD.findall(text)) == 1 or len(_AMOUNTS.findall(text)) == 1
    ):
        return _drop(text, at)
    return _drop(text, plain)


def stays_dropped(text: str) -> str:
    """``text`` less a piece that says the replica count stays at a number (see above)."""
    if not _HINT.search(text) or ("replica" not in text.lower() and "pod" not in text.lower()):
        return text
    if not any(sep in text for sep in (*_SEPARATORS, "(", _COLON)):
        return text
    return _drop(text, _STAYS)
