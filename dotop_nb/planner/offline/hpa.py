"""Autoscaler bounds read whole, and edits of an existing HorizontalPodAutoscaler.

The old reader took the first digits after "max" and fell back to a default for the rest, so
"set my-api HPA min to 3" rewrote maxReplicas to 10 and "max to -5" became 10 too. Here every
number said is read whole (:mod:`.numbers`): a floor, a ceiling or a target utilisation, each
validated, and any number left over is asked. An existing HPA is patched in exactly the fields
said; nothing else of it changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dotop_nb.models import PatchOp, Target
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.numbers import Num, blank_context, placeholders, postfix_bounds
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
_SEP = r"\s*(?:of|to|=|at|:|is|be)?\s*"
_RANGES = (
    r"\bbetween #(\d+) and #(\d+)\b",
    r"\bfrom #(\d+) (?:up )?(?:to|through|till|until) #(\d+)\b",
    r"(?<!\S)#(\d+) (?:up )?(?:to|through) #(\d+)\b",
)
# "keep at least its current 3": the floor is the count it runs now (said, or only named).
_NOW = r"(?:(?:its|the|their)\s+)?(?:current|present|existing)(?:\s+(?:count|replicas?|pods?))?"
# (Round 26: "minimal 2, maximal 6", as Dutch and German say them.)
_FLOOR = (
    r"min(?:imum|imal)?|floor|at least|lower bound|never (?:go |drop |fall )?(?:below|under)|"
    r"(?:no|never) (?:fewer|less) than"
)
# "keep at least the 2 it has now", "2 at minimum", "8 tops": each bound in its role, said
# before or after its number.
_MIN = (
    # "floor stays at 2", "the minimum remains 3": the floor said as what it stays at.
    rf"\b(?:{_FLOOR})(?:\s+(?:of\s+)?replicas?)?(?:\s+(?:stays?|remains?|should\s+stay))?{_SEP}(?:{_NOW}\s+|(?:the|its|their)\s+)?"
    r"#(\d+)\b"
)
# Read only when the field is not said before a number: "min 2 max 10" is never "2 max".
_MIN_AFTER = (
    r"#(\d+)\s+(?:replicas?\s+|pods?\s+)?(?:(?:it|they)\s+(?:runs?|has|have)\s+"
    r"(?:now|today|currently)\s+)?(?:min(?:imum)?|at\s+(?:the\s+)?(?:minimum|least)|"
    # "keep the current 2 as the min", "3 as its floor".
    r"as\s+(?:a|the|its|their)\s+(?:floor|min(?:imum)?|lower\s+bound))\b"
)
# A resource said right before a number ("cpu 60 min"): the number may be its target.
_RESOURCE_BEFORE = re.compile(r"\b(?:cpu|memory|mem)\s*(?:at|=|:)?\s*\Z", re.I)
# "the current 2", "the 3 it runs now": a count said as what runs now — a claim about the live
# count, checked against it, never a value of its own.
_CLAIMED = (
    r"\b(?:current|present|existing|today'?s)\s+#(\d+)\b|"
    r"(?<!\S)#(\d+)\s+(?:replicas?\s+|pods?\s+)?(?:it|they|we)\s+(?:runs?|has|have|are\s+running|"
    r"is\s+running)\s+(?:now|today|currently|at\s+the\s+moment)\b"
)
# "min = current", "keep it at least where it is", "never below what it runs now": the floor
# said in words as the count it runs now (round 16: never the default floor below it).
_HERE = (
    r"(?:where\s+(?:it|they)\s*(?:is|are|'s|'re|stands?|sits?)(?:\s+now)?|"
    r"what\s+(?:it|they)\s+(?:has|have|runs?|is\s+running|are\s+running)(?:\s+(?:now|today|"
    r"currently))?|(?:the\s+)?(?:count|number)\s+(?:it|they)\s+(?:has|have|runs?)(?:\s+now)?|"
    r"(?:right\s+)?now|today)"
)
_MIN_NOW = (
    rf"\b(?:{_FLOOR})(?:\s*[=:]\s*|\s+(?:is|at|of|as)\s+|\s+)(?:{_NOW}|{_HERE})(?!\w)|"
    rf"\b{_NOW}\s+(?:as\s+(?:the\s+|its\s+)?)?(?:min(?:imum)?|floor)\b"
)
# "autoscale frontend, it has 3 now": the count it runs now, said beside the autoscaler with
# no floor — the floor is that count (checked against the live one).
_HAS_NOW = (
    r"\b(?:it|they)\s*(?:has|have|runs?|is\s+(?:at|running)|are\s+(?:at|running)|'s\s+at)\s+"
    r"(?:#(\d+)\s+)?(?:(?:replicas?|pods?)\s+)?(?:now|today|currently|at\s+the\s+moment|"
    r"right\s+now)\b"
)
# "go to zero when nothing is queued", "scale down to 0 when idle": a floor of zero (KEDA only).
_ZERO = (
    r"\b(?:go(?:es)?|scal(?:e|es|ing)|drop(?:s)?|shrink(?:s)?|fall(?:s)?|come(?:s)?|idle(?:s)?|"
    r"sit(?:s)?|park(?:ed)?)\s+(?:(?:all\s+the\s+way\s+)?(?:down|in)\s+)?(?:to|at)\s+#(\d+)\b"
)
_MAX = (
    rf"\b(?:max(?:imum|imal)?|ceiling|cap|at most|up to|upper bound|(?:no|never) more than|"
    rf"never (?:go )?(?:above|over)|"
    # Round 24 (qtimes): "but don't go past 6", "do not go over 5", "never exceed 8".
    rf"(?:don'?t|do not|never|not) (?:ever )?(?:(?:go|get|scale|grow) )?(?:above|over|past|"
    rf"beyond)|(?:don'?t|do not|never|not) (?:ever )?exceed|"
    # "let payments scale out to 10 under load": how far an autoscaler may go is its ceiling.
    rf"(?:scale|scales|scaling|grow|grows|growing|burst|bursts|bursting|go|goes)\s+(?:out|up)"
    rf"\s+to|(?:grow|grows|growing|burst|bursts|bursting)\s+to|as many as|as high as)"
    rf"(?:\s+(?:of\s+)?replicas?)?{_SEP}#(\d+)\b"
)
_MAX_AFTER = (
    r"#(\d+)\s+(?:replicas?\s+|pods?\s+)?(?:max(?:imum)?|at\s+(?:the\s+)?most|tops|"
    r"as\s+(?:a|the)\s+(?:ceiling|cap))\b"
)
# "cpu utilization 75", "targeting 60", "average usage of 80": a target said without "%".
_TARGET = (
    r"\b(?:utili[sz]ation|usage|target(?:ing|ed)?|average)(?:\s+(?:cpu|memory|utili[sz]ation))?"
    r"\s*(?:of|at|to|=|:|is|be|around|about)?\s*#(\d+)\b"
    # "…, cpu 70": a bare number after the resource, ending the clause, is its target.
    # (Round 31, gap34a: a polite word may close it, "… cpu 70 pls"; a35b: "cpu 60 min 3 max
    # 9": or the bounds said with their numbers may follow it.)
    r"|\b(?:cpu|memory|mem)\s*(?:at|=|:)?\s*#(\d+)(?=\s*(?:[,;.)!]|$|(?:please|pls|plz|thanks|"
    r"thx|ty|kindly)\b)|\s+(?:min|max)(?:imum)?\s+#\d)"
    # "when cpu hits 80", "once memory goes above 75": the threshold said is the target.
    r"|\b(?:cpu|memory|mem)(?:\s+(?:usage|utili[sz]ation|load))?\s+(?:(?:is|goes|gets|climbs|"
    r"rises|runs)\s+)?(?:hits|reaches|crosses|passes|exceeds|tops|over|above|past|beyond)\s+#(\d+)\b"
)
# One bound said changing (round 10): "max from 5 to 10", "min 1 -> 2" (:mod:`.fields` writes
# the arrow "from 1 to 2") — the bound becomes the right side, the left is what it was (checked
# against the live autoscaler), never the other bound. "min 1 to 2" without "from" or an arrow
# may be either a change or a range: asked.
_BOUND = rf"(?:{_FLOOR}|max(?:imum|imal)?|ceiling|cap|upper\s+bound)"
_CHANGED = re.compile(
    rf"\b(?P<field>{_BOUND})(?:\s+(?:of\s+)?replicas?)?\s+(?:(?:goes|going|go|changes?|"
    r"changing|moves?|moving|raised|lowered|bumped|up|down)\s+)*from\s+#(?P<old>\d+)\s+"
    r"(?:up\s+|down\s+)?(?:to|through|till|until)\s+#(?P<new>\d+)\b"
)
_CHANGED_OR_RANGE = re.compile(
    rf"\b(?P<field>{_BOUND})(?:\s+(?:of\s+)?replicas?)?\s+#(?P<old>\d+)\s+(?:to|through)\s+"
    r"#(?P<new>\d+)\b"
)
# "2/8/70", "2/8": bounds said with slashes, in no role (asked, :func:`bounds`).
_SLASHED = re.compile(r"(?<![\w./:])\d+%?(?:\s*/\s*\d+%?){1,2}(?![\w./])")
# "2..6", "2-10", "2 ... 6" (or an en dash): a range said with punctuation (a sentence's full
# stop may close it: "autoscale frontend 3-12.", round 28).
_RANGE_MARK = re.compile(
    r"(?<![\w.\-])(\d+)\s*(?:-|\u2013|\u2014|\.\.\.?|\u2026)\s*(\d+)(?![\w\-]|\.[\w.\-])"
)


# Round 29 (a32rest): the fields glued to their numbers — "min:3 max:9 cpu:60", "min=3,max=9",
# "3..9 @ 60%", "@60%": read as "min 3, max 9, cpu 60", "at 60%". (Unread, "min:3" named no
# number at all and the defaults 2..10 were planned; "@60%" was dropped for 70%.)
_GLUED_FIELD = re.compile(
    r"\b(min(?:imum)?|max(?:imum)?|cpu|memory|mem|target|utili[sz]ation)\s*[:=]\s*(?=\d)"
)
_GLUED_AT = re.compile(r"(?<![\w.@])@\s*(?=\d)")
_GLUED_COMMA = re.compile(r"(?<=\d)(%?)\s*,(?=[a-z])")


# Round 30 (a34b): an autoscaler's fields said by other names glued to their values —
# "minReplicas:3 maxReplicas:9 targetCPU:60", "min_replicas:3", "minPods:3", "lo:3 hi:9",
# "targetCPUUtilizationPercentage:60", "averageUtilization:60" — are the floor, the ceiling and
# the cpu target (unread, the defaults 2..10 at 70% were planned). A value glued to a field of
# the autoscaler that is no whole number ("cpu:-60", "cpu:+60", "cpu:~60", "cpu:6O",
# "cpu:60-70", "cpu:60m") is asked, never dropped for the default; so is a field-like key not
# known ("maxSurge:3" beside an autoscaler). "cpu:60" is the cpu target wherever it stands
# ("cpu:60 min:3 max:9"), as 60%.
_KEYED = re.compile(r"(?<![\w./-])([a-z][a-z_-]*)\s*[:=]\s*(?=[\d+~.-])([^\s,;:=]+)")
_KEY_LIKE = re.compile(r"min|max|cpu|mem|target|util|replica|pod|percent|^lo$|^hi$|^low$|^high$")
_FIELD_NAMES = {
    "min": ("min", "minimum", "minreplicas", "minpods", "lo", "low", "floor", "minreplicacount"),
    "max": (
        "max",
        "maximum",
        "maxreplicas",
        "maxpods",
        "hi",
        "high",
        "ceiling",
        "cap",
        "maxreplicacount",
    ),
    "cpu": (
        "cpu",
        "targetcpu",
        "cputarget",
        "targetcpuutilizationpercentage",
        "averageutilization",
        "cpuutilization",
        "targetcpuutilization",
        "target",
        "utilization",
        "utilisation",
        "cpupercent",
        "targetutilization",
    ),
    "memory": ("memory", "mem"),
}
_PLAIN_KEYS = frozenset({"replicas", "replica", "pods", "pod"})  # "replicas: 2-6": read on
_FIELD_OF = {name: field for field, names in _FIELD_NAMES.items() for name in names}
_PLAIN_VALUE = re.compile(r"\d+%?[).]?")
# "min/max/cpu = 3/9/60": the fields named in the order of the numbers.
_SLASH_FIELDS = re.compile(
    r"\b([a-z]+(?:\s*/\s*[a-z]+){1,2})\s*(?:[:=]|\bare\b|\bis\b)?\s*"
    r"(\d+%?(?:\s*/\s*\d+%?){1,2})(?![\w./])",
    re.I,
)


def slashed_fields(text: str) -> str:
    """``text`` with the autoscaler's fields named in the order of their numbers ("min/max/cpu
    = 3/9/60", "cpu/min/max = 60/3/9", "max/min = 9/3") as "min 3 max 9 cpu 60%" (round 31:
    the value check read "cpu/min/max = 60/3/9" as 60 for the maximum, and asked)."""
    if "/" not in text or not (m := _SLASH_FIELDS.search(text)):
        return text
    names = [
        _FIELD_OF.get(n.strip().lower().replace("_", "").replace("-", ""))
        for n in m.group(1).split("/")
    ]
    values = [v.strip() for v in m.group(2).split("/")]
    if len(names) != len(values) or None in names or len(set(names)) != len(names):
        return text
    said = " ".join(
        f"{n} {v.rstrip('%')}%" if n in ("cpu", "memory") else f"{n} {v}"
        for n, v in zip(names, values, strict=True)
    )
    return f"{text[: m.start()]}{said}{text[m.end() :]}"


def _named_fields(text: str) -> str:
    """``text`` (lower-cased) with the autoscaler's fields said by other names (see above) as
    "min N", "max N", "cpu N%"; asks about a glued value that is no whole number."""
    text = slashed_fields(text)
    if ":" not in text and "=" not in text:
        return text
    out: list[str] = []
    last = 0
    for m in _KEYED.finditer(text):
        key, value = m.group(1), m.group(2)
        field = _FIELD_OF.get(key.replace("_", "").replace("-", ""))
        if field is None:
            if _KEY_LIKE.search(key) and key not in _PLAIN_KEYS and value[:1].isdigit():
                raise Clarify(
                    f"I read {m.group(0)!r} but not which field of the autoscaler {key!r} is: "
                    "say each in words, e.g. 'autoscale <name> min 2, max 8, 70% cpu'."
                )
            continue
        if not _PLAIN_VALUE.fullmatch(value):
            raise Clarify(
                f"I read {m.group(0)!r}, but {value!r} is not a whole number for the "
                f"{'target utilisation' if field in ('cpu', 'memory') else field + 'imum'}: "
                "which number exactly? Say e.g. 'min 2, max 8, 70% cpu'."
            )
        number = value.rstrip(").")
        tail = value[len(number) :]
        said = (
            f"{field} {number.rstrip('%')}%" if field in ("cpu", "memory") else f"{field} {number}"
        )
        out.append(f"{text[last : m.start()]}{said}{tail}")
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _unglued(text: str) -> str:
    """``text`` (lower-cased) with its fields and numbers apart (see above)."""
    if ":" not in text and "=" not in text and "@" not in text and "," not in text:
        return text
    text = _GLUED_COMMA.sub(r"\1, ", _GLUED_FIELD.sub(r"\1 ", text))
    return _GLUED_AT.sub(" at ", text)


@dataclass
class Bounds:
    """What was said about an autoscaler: floor, ceiling, target utilisation (None = unsaid)."""

    minimum: int | None = None
    maximum: int | None = None
    percent: int | None = None
    floor_now: bool = False  # "keep at least its current count": the floor is what runs now
    claimed: int | None = None  # "the current 2": what the speaker says runs now
    # "max from 5 to 10": what a bound was said to be before ({"minimum": 1}), checked live.
    was: dict[str, int] = field(default_factory=dict)


def _count(num: Num, what: str) -> int:
    if (problem := num.problem()) or num.count is None:
        raise Clarify(f"{problem or repr(num.raw)}: what {what} exactly (a whole number)?")
    return num.count


_PRONOUN = re.compile(
    r"\b((?:put|puts|add|adds|stick|slap|create|set\s+up|give\s+it|get|gets|need|needs|want|"
    r"wants|have|has|deploy|install)(?:\s+(?:just|another))?)\s+one(?=\s+(?:on|to|for|in|onto)\b)"
)


# Round 19 (attack): a percent said only in the reason ("…, because worker peaked at 80%",
# "since cpu sat at 90% all week", "given that checkout hit 75%") is what was seen, of this
# workload or another, not the target it should keep: with no percent said outside the reason,
# the target is asked, never taken from it.
_REASON = re.compile(
    # (Never "as it is": a bracket or a full stop ends the reason too.)
    r"\b(?:because|since|cuz|coz|given\s+that|seeing\s+(?:as|that)|as\s+(?=\S+\s+(?:peaked|hit|"
    r"sat|spiked|reached)\b))[^.;\n()]*"
)
_PERCENT = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d+)?\s*(?:%|percent\b)")


def _target_only_in_reason(text: str) -> None:
    """Ask when every percent of ``text`` is said inside a reason (see _REASON)."""
    reasons = list(_REASON.finditer(text))
    inside = [p for r in reasons for p in _PERCENT.finditer(r.group(0))]
    if not inside:
        return
    outside = _REASON.sub(lambda m: " " * len(m.group(0)), text)
    if _PERCENT.search(outside):
        return
    raise Clarify(
        f"I read {inside[0].group(0)!r} only in the reason ({reasons[0].group(0).strip()!r}): "
        "what was seen, not the target to keep. Which target utilisation exactly? Say it, e.g. "
        "'min 3, max 10, 70% cpu'."
    )


# Round 31 (attack35's shape 5): "autoscale my-api, (cpu at 97%)", "… - memory at 85%": a load
# said aside, in brackets or after a dash, may be what is seen now or the target — with no
# other percent said, asked (":mod:`.observed` drops it when a moment is said: "cpu at 97% now").
_ASIDE_LOAD = re.compile(
    r"(?:\(\s*|\s[-\u2013\u2014]\s+)((?:avg\s+|average\s+)?(?:cpu|memory|mem)(?:\s+(?:is\s+)?at|"
    r"\s+usage(?:\s+(?:is\s+)?at)?)\s*\d{1,3}\s*%)\s*(?:\)|$)",
    re.I,
)


# Round 33 (attack37's "ctx pct" shapes): the load said as a piece of its own, a head before the
# order ("93% cpu: autoscale my-api", "cpu at 93 percent, add an hpa to payments"), with no
# other number and no word of a target, may be what is seen as well as the target: asked, never
# taken. (Said after the order, "autoscale my-api, cpu 93%", it is the target.)
# (":mod:`.observed` drops it when a moment is said; "autoscale my-api: cpu 70%", a colon after
# the order, and "autoscale my-api at 70% cpu", said in the order, stay the target.)
_LOAD_WORD = (
    r"(?:(?:avg|average)\s+)?(?:cpu|memory|mem|utili[sz]ation|usage)"
    r"(?:\s+(?:utili[sz]ation|usage))?"
)
_LOAD_PIECE = re.compile(
    rf"(?:at\s+)?(?:{_LOAD_WORD}\s*(?:(?:is\s+)?at\s+|:\s*)?\d{{1,3}}\s*(?:%|percent\b)|"
    rf"\d{{1,3}}\s*(?:%|percent\b)\s*(?:of\s+)?{_LOAD_WORD})",
    re.I,
)
_LOAD_HEAD = re.compile(r"^\s*([^,:;()]+?)\s*(?:[,:;]|\s[-\u2013\u2014]+\s)")
# ("autoscale orders, three to seven pods, 75% cpu": bounds said in words.)
_BOUND_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"min\w*|max\w*|floor|ceiling|between|up\s+to|at\s+(?:least|most)|pods?|replicas?)\b",
    re.I,
)
_TARGET_WORD = re.compile(r"target|aim|threshold|keep|hold|scale\s+(?:at|on)|trigger", re.I)


def _load_piece(text: str) -> str | None:
    """The load said as the head of ``text`` before the order, alone of its numbers (see above).

    A comma's tail after the order ("autoscale my-api, cpu 70%") is the target, not this.
    """
    if len(_PERCENT.findall(text)) != 1 or len(rx(r"\d+").findall(text)) != 1:
        return None
    if _TARGET_WORD.search(text) or _BOUND_WORD.search(text):
        return None
    if (m := _LOAD_HEAD.match(text)) and _LOAD_PIECE.fullmatch(m.group(1)):
        return m.group(1)
    return None


def _load_aside(text: str) -> None:
    """Ask when the only percent of ``text`` is a load said aside (see _ASIDE_LOAD)."""
    if "%" not in text and "percent" not in text.lower():
        return
    m = None
    if "(" in text or "-" in text or "\u2013" in text:
        m = _ASIDE_LOAD.search(text)
    if m and len(_PERCENT.findall(text)) == 1:
        piece: str | None = m.group(1)
    else:
        piece = _load_piece(text)
    if piece:
        raise Clarify(
            f"I read {piece.strip()!r} beside the autoscaler: is it the load seen now, or "
            "the target utilisation to keep? Say the target, e.g. 'autoscale <name> at 70% cpu'."
        )


def bounds(text: str, *, zero_ok: bool = False) -> Bounds:
    """The floor, ceiling and target said in ``text``; asks about a bad or an unread number."""
    _target_only_in_reason(text.lower())
    _load_aside(text)
    text = _named_fields(text.lower())
    if m := _SLASHED.search(text):
        # Round 28 (a31rest): "hpa frontend 2/8/70" planned max 10 (the default): numbers said
        # with slashes name no bound; none is guessed.
        raise Clarify(
            f"I read {m.group(0)!r} but not which number is the minimum, the maximum or the "
            "target: say each in words, e.g. 'autoscale <name> min 2, max 8, 70% cpu'."
        )
    # "…, chasing 503s under load": a status seen is context, never a bound.
    # (Round 30, gap33a: a KEDA ScaledObject's "minReplicaCount 1, maxReplicaCount 6" are its
    # bounds, read before the context blanks a number after "count".)
    lowered = _unglued(text.lower())
    if "replicacount" in lowered or "replica count" in lowered:
        lowered = rx(r"\b(min|max)replica\s?count\b").sub(r"\1replicas", lowered)
    lowered = _RANGE_MARK.sub(r"\1 to \2", blank_context(lowered))
    # The spec's own field names typed as such ("minReplicas 2", "averageUtilization 70").
    lowered = rx(r"\b(min|max)[-_]?(?:replicas|pods)\b").sub(r"\1 replicas", lowered)
    lowered = rx(r"\b(?:targetcpuutilizationpercentage|averageutilization)\b").sub(
        "utilization", lowered
    )
    lowered = rx(r"\s*=\s*").sub(" = ", lowered)
    # "an HPA …, so put one on frontend", "add one to payments": the autoscaler, said as a
    # pronoun between a verb of adding and where it goes — no number.
    lowered = _PRONOUN.sub(r"\1 it", lowered)
    said, nums = placeholders(lowered)
    # "3 min 10 max": both bounds said after their numbers — each number is the bound after it
    # (numbers.attached), never "min 10".
    said = postfix_bounds(said)
    found = Bounds()
    used: set[int] = set()
    ceiling: int | None = None  # the index a range read as the maximum
    if m := _CHANGED_OR_RANGE.search(said):
        old, new = nums[int(m.group("old"))].raw, nums[int(m.group("new"))].raw
        raise Clarify(
            f"I read {m.group('field')!r} with {old} and {new} in {text!r}: does the "
            f"{m.group('field')} go from {old} to {new}, or is {old} to {new} the range? Say e.g. "
            f"'{m.group('field')} from {old} to {new}' or 'min {old}, max {new}'."
        )
    for m in list(_CHANGED.finditer(said))[::-1]:
        # "max from 5 to 10": the new value is the bound, said as the field's own.
        which = "maximum" if rx(r"max|ceiling|cap|upper").match(m.group("field")) else "minimum"
        if which in found.was:
            raise Clarify(f"I read two changes of the {which} in {text!r}: which one?")
        found.was[which] = _count(nums[int(m.group("old"))], f"{which} it was")
        used.add(int(m.group("old")))
        said = f"{said[: m.start()]}{m.group('field')} #{m.group('new')}{said[m.end() :]}"
    for pattern in _RANGES:
        if m := rx(pattern).search(said):
            low, high = nums[int(m.group(1))], nums[int(m.group(2))]
            found.minimum, found.maximum = _count(low, "minimum"), _count(high, "maximum")
            used |= {low.index, high.index}
            ceiling = high.index
            break
    if m := rx(_MIN).search(said) or rx(_MIN_AFTER).search(said):
        index = int(m.group(1))
        if m.re.pattern == _MIN_AFTER and _RESOURCE_BEFORE.search(said, 0, m.start()):
            # Round 31 (a35b's note): "hpa my-api cpu 60 min" planned minReplicas 60 (and a
            # maximum three times it): the number said right after cpu may be its target.
            said_number = nums[index].raw.rstrip("%")
            raise Clarify(
                f"I read {said_number} right after the resource and before 'min' in {text!r}: "
                f"is it the target utilisation or the minimum? Say e.g. 'min 2, max 8, "
                f"{said_number}% cpu'."
            )
        found.minimum = _count(nums[index], "minimum")
        used.add(index)
        if (c := rx(_CLAIMED).search(said)) and int(c.group(1) or c.group(2)) == index:
            found.claimed = found.minimum
    elif rx(_MIN_NOW).search(said):
        found.floor_now = True
    if found.minimum is None and (h := rx(_HAS_NOW).search(said)):
        # (The count itself may be masked as a fact's: compound.premise_false checks it.)
        found.floor_now = True
        if h.group(1):
            found.claimed = _count(nums[int(h.group(1))], "count it runs")
            used.add(int(h.group(1)))
    if (z := rx(_ZERO).search(said)) and nums[int(z.group(1))].value == 0:
        if found.minimum not in (None, 0):
            raise Clarify(f"I read two minimums ({found.minimum} and 0) in {text!r}: which one?")
        found.minimum = 0
        used.add(int(z.group(1)))
    if m := rx(_MAX).search(said) or rx(_MAX_AFTER).search(said):
        index = int(m.group(1))
        # "from 2 up to 7": the range's own maximum said with "up to" is one bound, not two.
        if index in used and index != ceiling:
            raise Clarify(f"I read {nums[index].raw!r} as two bounds in {text!r}: which is it?")
        found.maximum = _count(nums[index], "maximum")
        used.add(index)
    if (m := rx(_TARGET).search(said)) and int(
        g := m.group(1) or m.group(2) or m.group(3)
    ) not in used:
        i = next(i for i in (1, 2, 3) if m.group(i))
        said = said[: m.start(i) - 1] + f"#{g} percent" + said[m.end(i) :]
    for index in sorted(used):
        # "max 3x current": a factor, not the bound itself (counted's rule: a number is used
        # only in the role it was said in) — which bound is meant is asked.
        if rx(rf"(?:\b(?:x|times) #{index}\b|(?<!\S)#{index} (?:x|times)\b)").search(said):
            raise Clarify(
                f"{nums[index].raw!r} in {text!r} is a factor, not a number of replicas: "
                "which minimum and maximum exactly? Say e.g. 'min 2, max 6'."
            )
    for num in nums:
        if num.index in used:
            continue
        percent = (
            num.unit == "%"
            or rx(rf"#{num.index}\s*percent\b").search(said)
            or rx(rf"\bpercent\s*=\s*#{num.index}\b").search(said)  # --cpu-percent=70
        )
        if percent and found.percent is None:
            if num.negative or num.decimal or num.value is None or not 1 <= num.value <= 100:
                raise Clarify(
                    f"{num.raw!r} is not a target utilisation (a whole percent from 1 to 100)."
                )
            found.percent = int(num.value)
            continue
        raise Clarify(
            f"I did not understand {num.raw!r} in {text!r}: is it the minimum, the maximum or "
            "the target utilisation? Say e.g. 'min 2, max 8, 70% cpu'."
        )
    if found.minimum is not None and found.minimum < (0 if zero_ok else 1):
        raise Clarify(
            "An autoscaler keeps at least 1 replica (only a KEDA event trigger scales to zero): "
            "what minimum exactly?"
        )
    return found


def count_said(intent: str, said: Bounds) -> Bounds:
    """``said`` with the floor at the count it runs now when the message says that count
    beside the autoscaler and no floor ("autoscale frontend, it has 3 now": a fact, set aside
    from the autoscaler's words, still says where its floor is; compound.premise_false checks
    the count)."""
    if said.minimum is None and rx(_HAS_NOW.replace("#(", "#?(")).search(intent.lower()):
        said.floor_now = True
    return said


def existing(ctx: Ctx, target: Target) -> Json | None:
    """The HorizontalPodAutoscaler that scales ``target``, if there is one."""
    for hpa in ctx.cluster.list_objects(
        "autoscaling/v2", "HorizontalPodAutoscaler", ctx.namespace, stale_ok=True
    ):
        ref = (hpa.get("spec") or {}).get("scaleTargetRef") or {}
        if ref.get("name") == target.name and ref.get("kind", "Deployment") == target.kind:
            return hpa
    return None


def _replicas(ctx: Ctx, target: Target) -> int:
    obj = ctx.get(target.kind, target.name, target.api_version) or {}
    return int((obj.get("spec") or {}).get("replicas", 1))


def edit(ctx: Ctx, target: Target, hpa: Json, said: Bounds, resource: str) -> PlanResult:
    """Patch ``hpa`` in exactly the fields said."""
    spec = hpa.get("spec") or {}
    hpa_target = Target.of(hpa)
    current_min, current_max = int(spec.get("minReplicas", 1)), int(spec.get("maxReplicas", 1))
    metrics = [dict(m) for m in spec.get("metrics") or []]
    if said.minimum is None and said.maximum is None and said.percent is None:
        raise Clarify(
            f"{target.describe()} already has {hpa_target.describe()} ({current_min}..."
            f"{current_max} replicas). What should change: the minimum, the maximum or the "
            "target utilisation (e.g. 'set its max to 8')?"
        )
    if said.claimed is not None and said.claimed not in (current_min, _replicas(ctx, target)):
        raise Clarify(
            f"You said {said.claimed} runs now, but {hpa_target.describe()} keeps at least "
            f"{current_min} and {target.describe()} runs {_replicas(ctx, target)}: which "
            "minimum exactly?"
        )
    for which, before in said.was.items():
        # "max from 5 to 10": the value said as the live one must be it.
        live = current_min if which == "minimum" else current_max
        if before != live:
            raise Clarify(
                f"You said the {which} of {hpa_target.describe()} goes from {before}, but it is "
                f"{live} now. Set it to {getattr(said, which)} anyway? Say 'set its "
                f"{which} to {getattr(said, which)}'."
            )
    low = said.minimum if said.minimum is not None else current_min
    high = said.maximum if said.maximum is not None else current_max
    if low > high:
        raise Clarify(
            f"That makes the minimum ({low}) above the maximum ({high}) of "
            f"{hpa_target.describe()}. Which range exactly?"
        )
    policy_max, policy = ctx.policy_bound("max_replicas", target)
    if policy_max is not None and high > policy_max:
        raise Clarify(f"Policy {policy} caps replicas at {policy_max}: which maximum then?")
    patch: Json = {}
    changes = []
    if said.minimum is not None:
        patch["minReplicas"] = said.minimum
        changes.append(f"minReplicas {current_min} → {said.minimum}")
    if said.maximum is not None:
        patch["maxReplicas"] = said.maximum
        changes.append(f"maxReplicas {current_max} → {said.maximum}")
    if said.percent is not None:
        match = [
            m
            for m in metrics
            if m.get("type") == "Resource" and (m.get("resource") or {}).get("name") == resource
        ]
        if not match:
            raise Clarify(
                f"{hpa_target.describe()} does not scale on {resource}: add a {resource} "
                "target, or change another metric? Say which."
            )
        for metric in match:
            metric["resource"] = {
                **metric["resource"],
                "target": {"type": "Utilization", "averageUtilization": said.percent},
            }
        patch["metrics"] = metrics  # a merge patch replaces the list: every metric is kept
        changes.append(f"{resource} target → {said.percent}%")
    return PlanResult(
        category="autoscale",
        operations=[
            PatchOp(
                target=hpa_target,
                patch_type="merge",
                patch={"spec": patch},
                reason=f"requested: {ctx.request.intent}",
            )
        ],
        analysis=f"Edit {hpa_target.describe()}: {'; '.join(changes)}. Nothing else changes.",
        targets=[target, hpa_target],
        validation_plan=[f"{hpa_target.describe()} has {', '.join(changes)}"],
    )
