"""Every number an intent says, read whole — so a rule can use exactly what was said, or ask.

The old readers took the digits a regex happened to find: "-1" became 1, "1,000" became 1, "3.7"
became 3. Here a number is a whole whitespace-delimited token (``-1``, ``1,000``, ``3.7``,
``5gb``, ``10x``) or a run of number words (``three``, ``twenty-one``, ``one hundred and five``),
with what is attached to it (a sign, a decimal part, a unit). :func:`placeholders` replaces each
by ``#k`` so a rule's patterns can say which numbers they consumed; the rest are *leftovers* the
rule must ask about instead of ignoring.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from dotop_nb.planner.offline.rx import rx

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
# What a Kubernetes quantity's suffix multiplies its number by (cpu in cores, memory in bytes).
QUANTITY_SUFFIXES = {
    "m": 1e-3,
    "": 1.0,
    "k": 1e3,
    "M": 1e6,
    "G": 1e9,
    "T": 1e12,
    "Ki": 2.0**10,
    "Mi": 2.0**20,
    "Gi": 2.0**30,
    "Ti": 2.0**40,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
NUMBER_WORDS = frozenset([*UNITS, *_TENS, *_SCALES])
# A whole token: optional sign, digits with optional thousands separators and decimals, and
# letters or % glued to it ("5gb", "10x", "70%").
_DIGITS = re.compile(r"^([-+\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z%]*)$")
# Words that make a number a quantity of something other than pods.
UNIT_WORDS = frozenset(
    """% percent pct gb mb kb tb gi mi ki ti gib mib kib g m k b bytes byte gig gigs meg megs
    cpu cpus core cores millicores millicpu ms s sec secs second seconds min mins minute minutes
    h hr hrs hour hours d day days week weeks nodes node zones zone""".split()
)
_STRIP = "\"'`()[]{}.,!?:;"
# "x10", "\u00d73": a factor said with its sign first.
_FACTOR_FIRST = re.compile(r"^[x\u00d7](\d{1,4})$")
# A sign said as a word: "negative 3" always; "minus two" where a value is given ("to minus
# two", "= minus 2", "be minus 2") — elsewhere "minus 2" subtracts ("my-api minus 2 replicas").
_SIGN_WORDS = frozenset({"negative", "minus"})
_VALUE_MARKERS = frozenset({"to", "at", "=", "be", "is", "as", "of", "with", "value", "on", "onto"})
# "one and a half", "2 and a quarter", "3 ½": a fraction said after the whole, a part of the number
# (never "3 replicas" with words left over): the number is then no whole count, and is asked.
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}


# A decimal said without its leading zero (".25 cpu", "cpu=.5", "scale to .5"): that decimal,
# 0.25 — never the 25 left when a reader takes the point for punctuation (round 10).
_POINT = re.compile(r"(?<![\w.,)\]'\"`/\\-])\.(?=\d)")


def points(text: str) -> str:
    """``text`` with each decimal said without its leading zero written with it (".25" →
    "0.25"), so no reader takes the point for punctuation."""
    return _POINT.sub("0.", text)


@dataclass(frozen=True)
class Num:
    """One number as said: ``raw`` text, its ``value`` (None when not a whole count), and why
    it is not a plain count (``problem``), e.g. 'negative', 'a decimal', an unknown unit."""

    index: int
    raw: str
    value: float | None
    unit: str = ""
    negative: bool = False
    decimal: bool = False
    words: bool = False
    # Written with a separator ("1,000"): a thousand in English, one in German — never guessed.
    grouped: bool = False

    @property
    def count(self) -> int | None:
        """The value as a whole, non-negative count, or None."""
        if (
            self.value is None
            or self.negative
            or self.decimal
            or self.grouped
            or self.value != int(self.value)
        ):
            return None
        return int(self.value)

    def problem(self) -> str | None:
        """Why this number cannot be a replica count, in words; None when it can."""
        if self.negative:
            return f"{self.raw!r} is negative"
        if self.grouped:
            return (
                f"{self.raw!r} is written with a separator, which reads as "
                f"{int(self.value or 0)} or as a decimal depending on the locale (say "
                f"{int(self.value or 0)} without it)"
            )
        if self.decimal:
            return f"{self.raw!r} is not a whole number"
        if self.unit:
            return f"{self.raw!r} carries the unit {self.unit!r}"
        if self.value is None and self.words and " " in self.raw.strip():
            # "two four": 24 said digit by digit, 2 or 4, or a stutter — never summed.
            return f"{self.raw!r} is not one number (digits said one by one? two numbers?)"
        if self.value is None:
            return f"{self.raw!r} is not a number I can read exactly"
        return None


def _words_value(words: list[str]) -> int | None:
    """``["one", "hundred", "and", "five"]`` → 105; None when the words do not form a number.

    Words that English does not compose are no number: "two four" (dictated digits, or a
    stutter: 24? 2 or 4?), "four four", "four zero", "twenty thirty" — never summed into one
    nobody said. Only a unit after a tens word ("twenty one") or after a scale word ("hundred
    and five") adds; "zero" stands only alone."""
    total = current = 0
    seen = False
    last = ""  # the kind of the previous word: "unit", "tens" or "scale"
    for word in words:
        if word == "and":
            continue
        parts = word.split("-")
        if word == "zero" and len(words) > 1:
            return None
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
            if last in ("unit", "tens"):
                return None
            current += _TENS[parts[0]] + UNITS[parts[1]]
            last = "unit"
        elif word in UNITS:
            if last == "unit" or (last == "tens" and UNITS[word] >= 10):
                return None
            current += UNITS[word]
            last = "unit"
        elif word in _TENS:
            if last in ("unit", "tens"):
                return None
            current += _TENS[word]
            last = "tens"
        elif word == "dozen":
            current = (current or 1) * 12
            last = "scale"
        elif word == "hundred":
            current = (current or 1) * 100
            last = "scale"
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
            last = "scale"
        else:
            return None
        seen = True
    return total + current if seen else None


def _is_number_word(word: str) -> bool:
    parts = word.split("-")
    return word in NUMBER_WORDS or (
        len(parts) == 2 and parts[0] in _TENS and parts[1] in UNITS and UNITS[parts[1]] < 10
    )


def _dozen(tokens: list[str], i: int) -> tuple[str, float, int] | None:
    """ "a dozen" (12) or "half a dozen" (6) starting at token ``i``: the words, the value and
    how many tokens they take; None otherwise."""
    words = [t.strip(_STRIP) for t in tokens[i : i + 3]]
    if words[:2] == ["a", "dozen"]:
        return "a dozen", 12.0, 2
    if words == ["half", "a", "dozen"] and tokens[i + 1] == "a":
        return "half a dozen", 6.0, 3
    return None


def _tail(token: str, core: str) -> str:
    """What follows ``core`` in ``token`` ("dozen," -> ",")."""
    at = token.find(core)
    return token[at + len(core) :] if at >= 0 else ""


def placeholders(text: str) -> tuple[str, list[Num]]:
    """The lower-cased text with every number replaced by ``#k``, and the numbers.

    A number said with a plus sign keeps it (``+#k``): signed numbers are relative.
    Tokens that merely contain digits (``my-api-2``, ``v1.2``, ``1.5.0``, images) are not
    numbers: only a whole token is.
    """
    # A "#" said ("scale to #4") is no placeholder: written as a full-width sign, it reads as a
    # word no rule takes for a number (and "#4" is then asked about, never read as 4).
    tokens = text.lower().replace("\u2019", "'").replace("#", "\uff03").split()
    out: list[str] = []
    found: list[Num] = []
    signed = ""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        core = token.strip(_STRIP)
        lead = token[: token.find(core)] if core else ""
        tail = token[len(lead) + len(core) :] if core else ""
        if _sign_word(tokens, i, core):
            # The sign belongs to the number that follows: "to minus two" is -2, never "2 less".
            signed = f"{core} "
            i += 1
            continue
        dozen = _dozen(tokens, i) if core in ("a", "half") and not tail else None
        if dozen is not None:
            # "to a dozen" is 12, "half a dozen" 6: the article or the half is the number's.
            said, value, length = dozen
            num = Num(index=len(found), raw=said, value=value, words=True)
            found.append(num)
            out.append(f"{lead}#{num.index}{_tail(tokens[i + length - 1], 'dozen')}")
            i += length
            continue
        factor = _FACTOR_FIRST.match(core) if core else None
        if factor:
            # "payments x10", "\u00d73": a multiplier said before its number is "x" then the number.
            num = Num(index=len(found), raw=core, value=float(factor.group(1)))
            found.append(num)
            out.append(f"{lead}x #{num.index}{tail}")
            i += 1
            continue
        m = _DIGITS.match(core.replace("\u00d7", "x")) if core else None
        if m:
            sign, digits, fraction, unit = m.groups()
            # "10x" is a multiplier: keep the x as a word of its own for the rules to read.
            times = unit == "x"
            unit = "" if times else unit
            value = float(digits.replace(",", "") + (fraction or ""))
            part, taken = _fraction(tokens, i + 1) if not tail else (0.0, 0)
            num = Num(
                index=len(found),
                raw=signed
                + " ".join([core, *(w.strip(_STRIP) for w in tokens[i + 1 : i + 1 + taken])]),
                value=value + part,
                unit=unit,
                negative=bool(signed) or sign in ("-", "\u2212"),
                decimal=bool(fraction) or bool(taken),
                grouped="," in digits,
            )
            signed = ""
            found.append(num)
            # "+2" is relative ("payments +2 replicas" is 5 of 3): the sign stays for the rules.
            plus = "+" if sign == "+" else ""
            if taken:
                tail = tokens[i + taken][len(tokens[i + taken].rstrip(_STRIP)) :]
            out.append(f"{lead}{plus}#{num.index}" + (" x" if times else "") + tail)
            i += 1 + taken
            continue
        if core and _is_number_word(core):
            run = [core]
            j = i + 1
            # "one hundred and five", "twenty one": extend while number words (and "and" inside).
            while j < len(tokens) and not tail:
                nxt = tokens[j].strip(_STRIP)
                if _is_number_word(nxt) or (
                    nxt == "and"
                    and j + 1 < len(tokens)
                    and _is_number_word(tokens[j + 1].strip(_STRIP))
                    and run[-1] in _SCALES
                ):
                    run.append(nxt)
                    tail = tokens[j][tokens[j].find(nxt) + len(nxt) :] if nxt else ""
                    j += 1
                else:
                    break
            spoken = _words_value(run)
            part, taken = _fraction(tokens, j) if not tail and spoken is not None else (0.0, 0)
            num = Num(
                index=len(found),
                raw=signed + " ".join([*run, *(w.strip(_STRIP) for w in tokens[j : j + taken])]),
                value=float(spoken) + part if spoken is not None else None,
                negative=bool(signed),
                decimal=bool(taken),
                words=True,
            )
            signed = ""
            found.append(num)
            if taken:
                tail = tokens[j + taken - 1][len(tokens[j + taken - 1].rstrip(_STRIP)) :]
            out.append(f"{lead}#{num.index}{tail}")
            i = j + taken
            continue
        out.append(token)
        i += 1
    return " ".join(out), found


def _fraction(tokens: list[str], j: int) -> tuple[float, int]:
    """The fraction said at token ``j`` after a whole number ("and a half", "½") and how many
    tokens it takes; (0.0, 0) when none is."""
    words = [t.strip(_STRIP) for t in tokens[j : j + 3]]
    if words[:1] and words[0] in _FRACTIONS and not words[0].isalpha():
        return _FRACTIONS[words[0]], 1
    if (
        len(words) == 3
        and words[0] == "and"
        and words[1] in ("a", "one")
        and words[2] in _FRACTIONS
    ):
        return _FRACTIONS[words[2]], 3
    return 0.0, 0


def _sign_word(tokens: list[str], i: int, core: str) -> bool:
    """Whether token ``i`` is a sign word ('negative', 'minus') for the number right after it."""
    if core not in _SIGN_WORDS or tokens[i] != core or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].strip(_STRIP)
    if not (_DIGITS.match(nxt) or _is_number_word(nxt)):
        return False
    before = tokens[i - 1].strip(_STRIP) if i else ""
    return core == "negative" or not before or before in _VALUE_MARKERS or tokens[i - 1][-1] in ":="


# Words made with "double" or "triple" ("double-check", "double click", "double down"; round 29:
# "1.1.0 double charges", "it double books the slot", "double-bills" — a mishap, said as a verb
# with a space as often as with a hyphen): never a factor of the replica count.
DOUBLED_WORDS = (
    r"check|click|tap|down|charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?|book(?:s|ed|ing)?|"
    r"spend(?:s|ing)?|spent|submit(?:s|ted|ting)?|pay(?:s|ing)?|paid|post(?:s|ed|ing)?"
)


_STATUS = re.compile(
    # "we are getting 502 during every deploy", "deploys give us 503", "502 errors", "chasing a
    # 502": an HTTP status seen, said as the symptom.
    r"(\b(?:getting|get|gets|got|seeing|see|sees|saw|throwing|throws|threw|returning|returns|"
    r"returned|hitting|hits|hit|giving\s+us|gives\s+us|give\s+us|gave\s+us|http|status|"
    # Round 29 (gap32a): "the new one gives 500", "it serves 503": said of what answers.
    r"gives|giving|gave|serves|serving|served|"
    r"answers?\s+with|responds?\s+with|"
    # "chasing a 502", "debugging the 504", "because of a 503": what is investigated.
    r"chas(?:e|es|ing)|debug(?:s|ging)?|investigat(?:e|es|ing)|troubleshoot(?:s|ing)?|"
    r"diagnos(?:e|es|ing)|(?:hunt|track)(?:s|ing)?(?:\s+down)?|trac(?:e|es|ing)|fight(?:s|ing)?|"
    r"look(?:s|ing)?\s+into|because\s+of|due\s+to|caus(?:e|es|ing))"
    r"\s+(?:an?\s+|the\s+|those\s+|these\s+|that\s+|this\s+|some\s+|random\s+|"
    r"lots\s+of\s+|many\s+|constant\s+|intermittent\s+|occasional\s+)?)([45]\d\d)\b"
    r"(?!\s*(?:rps|qps|req|requests|replicas|pods|users|connections|ms|m|mi|gi|%)\b)|"
    r"()(?<![\w\-./:=@])([45]\d\d)(?=\s+(?:errors?|responses?|codes?|status(?:es)?|"
    r"bad\s+gateway|gateway)\b)",
    re.I,
)


# "#881", "per JIRA #204": a number said with its sign is an id, never a quantity. (The words
# that number a step, a ticket or a game day's experiment — "step 3", "ticket 4312", "lab 2" —
# are read by the general rule of attachment, :func:`attached`.)
_HASH_ID = re.compile(r"(?<![\w\-])#\d{2,6}\b")


# A number of pods, and the nouns that count them.
_N = r"(?:\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+single|single)"
_PODS = r"(?:pods?|replicas?|instances?|copies)"

# "3 pods are pending", "two replicas keep crashing", "2 of the frontend pods are stuck": how
# pods are, a fact — its number is context, never a count to run.
_POD_FACT = re.compile(
    rf"\b{_N}\s+(?:of\s+(?:the\s+|its\s+)?)?(?:[a-z][\w\-]*\s+)?{_PODS}\s+(?:are\s+|is\s+|"
    r"were\s+|was\s+|have\s+been\s+|has\s+been\s+|got\s+|keeps?\s+|still\s+|now\s+)*"
    r"(?:pending|crash\w*|restarting|failing|failed|down|dead|stuck|unhealthy|not\s+ready|"
    r"unready|evicted|oom\w*|terminating|waiting|unschedulable|broken|missing|erroring|"
    r"flapping|in\s+crashloop\w*|"
    # "all 3 frontend pods landed on one node": where they are, the reason for a spread.
    r"landed|ended\s+up|(?:got\s+)?(?:scheduled|placed|packed|piled|stacked|bunched)|"
    r"(?:all\s+)?(?:sit|sitting|live|living)\s+on|co-?located)\b",
    re.I,
)


# "payments pods stuck w/ stale dns", "the orders pods have a stale token", "frontend pods all
# wedged": how the pods of a workload are, said with no number (telegraphic or not) — a fact.
PODS_STATE = re.compile(
    # (Not "payments pods using the old image should be restarted": an obligation asks.)
    r"(?:^|(?<=[,;.!?:]\s))(?![^,;.!?]*\b(?:should|must|needs?|has\s+to|have\s+to|to\s+be|please|"
    r"pls|plz|want|wanna)\b)\W*(?:(?:the|all|both|its|their|our|these|those)\s+)?(?:[a-z][\w\-]*\s+)?"
    r"(?:pods|replicas|instances|containers)\s+(?:are\s+|is\s+|were\s+|was\s+|have\s+been\s+|"
    r"got\s+|keep\s+|still\s+|now\s+|all\s+|seem\s+|look\s+)*(?:stuck|wedged|hung|hanging|"
    r"frozen|deadlocked|unresponsive|pending|crash\w*|restarting|failing|dead|unhealthy|not\s+ready|"
    r"unready|evicted|oom\w*|erroring|flapping|leaking|throttl\w*|(?:have|has|had|got|hold|holding|"
    r"using|serving|caching)\s+(?:an?\s+|the\s+|some\s+)?(?:stale|old|outdated|cached|bad|wrong|"
    r"corrupt\w*|broken|expired|rotated))\b[^,;.!?]*",
    re.I,
)


# "PDB for my-api, we can't lose both pods": the pods a disruption must not take, the reason
# for a budget beside it — no count of replicas and no scale.
_NO_LOSS = re.compile(
    r"\b(?:we\s+|it\s+|they\s+)?(?:can'?t|cannot|can\s+not|must\s+not|mustn'?t|shouldn'?t|"
    r"should\s+not|never|(?:do\s+not|don'?t)\s+want\s+to|can'?t\s+afford\s+to)\s+(?:ever\s+)?"
    r"lose\s+(?:both|all|every|any|more\s+than\s+one|the|two|2)\s+(?:(?:of\s+)?(?:the|its|our|"
    r"their)\s+)?(?:[a-z][\w\-]*\s+)?(?:pods?|replicas?|instances?)\b",
    re.I,
)


# Round 28 (overask): "scale orders to 3 so one pod can be drained", "… so that 2 stay up": the
# pods a drain may take (or must leave) said as what the change is FOR — never a count to run.
ROOM = re.compile(
    rf"\bso\s+(?:that\s+)?(?:at\s+least\s+|only\s+|just\s+|still\s+)?{_N}\s+"
    rf"(?:(?:of\s+(?:the|its|them)\s+)?(?:[a-z][\w\-]*\s+)?{_PODS}\s+)?"
    r"(?:(?:can|could|may|might|will)\s+(?:always\s+|safely\s+)?(?:be\s+)?(?:drained|evicted|"
    r"disrupted|moved|rescheduled|taken\s+(?:down|out)|go\s+(?:down|away)|go\b|stay\s+up|"
    r"remain\s+up)|(?:always\s+)?(?:stays?|remains?|(?:is|are)\s+(?:always\s+)?)\s*(?:up|"
    r"available|running|serving))\b(?:\s+(?:at\s+a\s+time|at\s+once|during\s+(?:a\s+|the\s+)?"
    r"(?:node\s+)?(?:drains?|maintenance|upgrades?)))?",
    re.I,
)


def without_pod_facts(text: str) -> str:
    """``text`` with the facts about pods blanked ("3 pods are pending", "payments pods
    stuck w/ stale dns"): a clause that is only such a fact asks nothing, and its number is no
    count."""
    text = PODS_STATE.sub(lambda m: rx(r"\S").sub(" ", m.group(0)), text)
    text = _NO_LOSS.sub(lambda m: rx(r"\S").sub(" ", m.group(0)), text)
    text = ROOM.sub(lambda m: rx(r"\S").sub(" ", m.group(0)), text)
    return _POD_FACT.sub(lambda m: rx(r"\S").sub(" ", m.group(0)), text)


# "the retailers expect 3x traffic", "5 times the usual load": a factor of the load the service
# meets, context — never a factor of its replicas (which is said of them: "3x the pods").
_LOAD_FACTOR = re.compile(
    r"(?<![\w\-./])\d{1,4} ?(?:x|times)\s+(?:more\s+|the\s+|normal\s+|usual\s+|our\s+)?"
    r"(?:peak\s+)?(?:traffic|load|requests|users|volume|throughput|qps|rps|messages|events)\b|"
    # (Round 28, gap30: the load said first, "rebooking traffic is 4x normal".)
    r"\b(?:traffic|load|volume|throughput|qps|rps)\s+(?:is|are|was|were|at|runs\s+at)\s+"
    r"(?:about\s+|around\s+|~)?\d{1,4} ?(?:x|times)(?![\w\-])",
    re.I,
)


# Round 12: "R14, 40 times since monday", "crashed 5 times today", "OOMKilled twelve times a
# day", "3 times in a row": how often something happened — a frequency told, never a factor.
_SPOKEN = "|".join(sorted(NUMBER_WORDS - {"dozen"}))
_NUMBER_SAID = rf"(?:\d{{1,6}}|(?:{_SPOKEN})(?:[\s\-]+(?:{_SPOKEN}))*)"
_FREQUENCY = re.compile(
    rf"(?<![\w\-./]){_NUMBER_SAID}\s*(?:x|times)\s+(?=(?:since|today|yesterday|tonight|"
    r"overnight|already|so\s+far|in\s+a\s+row|this|last|in\s+the\s+(?:last|past)|over\s+the|"
    r"during|within|per|each|every|an?\s+(?:second|minute|hour|day|night|week|month))\b)",
    re.I,
)

# Round 34 (gap37a): "bump my-api to 5 copies, we hired 12 more techs": what people did, told
# in a clause of its own ("we"/"they" and a verb done), with "N more" of a thing that is no
# pod — the reason for the change, never a step of the count.
_TOLD_MORE = re.compile(
    r"(?:^|(?<=[,;.:!?]))\s*(?:and\s+|since\s+|as\s+|because\s+)?(?:we|they)\s+"
    r"(?:(?:just|recently|now|also)\s+)?(?:[a-z]+ed|got|have|took|brought|won|'ve\s+got|"
    rf"have\s+got)\s+(?P<n>{_NUMBER_SAID})\s+more\s+"
    r"(?!(?:replicas?|pods?|instances?|copies|copy|nodes?|containers?|workers?|processes)\b)"
    r"[a-z][\w\-]*",
    re.I,
)


def told_more_blanked(text: str) -> str:
    if " more " not in text:
        return text
    return _TOLD_MORE.sub(
        lambda m: (
            m.group(0)[: m.start("n") - m.start()]
            + " " * len(m["n"])
            + m.group(0)[m.end("n") - m.start() :]
        ),
        text,
    )


# Round 34 (gap37a): "orders 2 -> 1 replica. Only 40 orders per day now": a rate of things that
# are no pods (orders, requests, pings a day) is how busy it is — never a count of replicas.
_RATE = re.compile(
    rf"(?<![\w\-./]){_NUMBER_SAID}\s+(?!(?:replicas?|pods?|instances?|copies|copy|nodes?|"
    r"containers?|processes|workers?|"
    # (The lead, at the merge: "scale worker to 3 for a week" is a span, no rate.)
    r"for|in|at|on|by|to|from|until|till|during|over|within|after|before|of|times?)\b)"
    r"[a-z][\w\-]*\s*(?:per|a|an|each|every|/)\s*"
    r"(?:second|sec|s|minute|min|hour|hr|h|day|night|week|month|year)\b",
    re.I,
)


def rates_blanked(text: str) -> str:
    """``text`` with the rates of :data:`_RATE` blanked, offsets kept."""
    if not rx(r"\d").search(text):
        return text
    return _RATE.sub(lambda m: " " * len(m.group(0)), text)


# "the thread pool is saturated (200/200 busy)", "worker 0/1 available": how full or how ready
# something is, said as a ratio of bare counts — never a value to set.
_FILL = re.compile(
    r"(?<![\w\-./:])\d{1,6}/\d{1,6}(?![\w/.:])(?=\s*(?:busy|used|full|in\s+use|active|taken|"
    r"ready|available|healthy|running|up|saturated|occupied|threads?|connections?|slots?|\)))",
    re.I,
)


def blank_factors_told(text: str) -> str:
    """``text`` with the factors that are no factor of anything the request sets blanked: how
    often something happened ("40 times since monday"). Read before the category is chosen,
    so such a "times" cues no scale. (A factor of the load, "3x traffic", still cues a scale:
    its count is asked.)"""
    return _FREQUENCY.sub(lambda m: " " * len(m.group(0)), text)


# "one" said for an object, never as a count: "the cache proxy (the rust one, not redis)",
# "the new one", "which one", "that one". Not a count said with its unit or of a kind ("the
# one pod", "a single one", "the last one left", "one more").
_ONE_WORD = (
    r"(?!(?:single|lone|only|last|remaining|extra|additional|spare|other|more|same|to|at|by|"
    r"from|with|of|up|down|back|and|or|on|in|for|than|is|are|was|runs?|scaled?|now|just|"
    r"exactly|about|around|"
    # (Round 33, gap36a: a preposition before a count is none of the object's words — "autoscale
    # the worker between one and five replicas", "the api within one to four".)
    r"between|within|under|over|below|above|into|through|till|until|min|max|minimum|maximum|"
    r"least|most)\b)[a-z][\w\-]*"
)
_ONE_FOR = re.compile(
    rf"\b(?:(?:the|a|an|that|this)\s+{_ONE_WORD}(?:\s+{_ONE_WORD})?|that|this|which)\s+(one)\b"
    r"(?!\s*(?:pods?|replicas?|instances?|copies|copy|more|extra|of|left|at\s+a\s+time|[\d\-])\b)",
    re.I,
)


def statuses_blanked(text: str) -> str:
    """``text`` with the HTTP statuses said as symptoms blanked (:data:`_STATUS`): "the new
    one gives 500", "throwing 503" count nothing."""
    return _STATUS.sub(lambda m: (m.group(1) or "") + " " * len(m.group(2) or m.group(4)), text)


def ones_for_objects_blanked(text: str) -> str:
    """``text`` with the "one" that stands for an object blanked (:data:`_ONE_FOR`)."""
    return _ONE_FOR.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + "   ", text)


def blank_context(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with the numbers blanked whose role is context by their syntax alone: HTTP
    statuses said as symptoms ("throwing 500s", "chasing a 502", "502 errors"), labels
    ("step 3", "ticket 4312", "#881"), facts about pods ("3 pods are pending"), factors
    of the load ("3x traffic"), how often something happened ("40 times since monday") and
    how full something is ("200/200 busy"), and the numbers that belong to another thing
    (:func:`attached`; ``names`` are the live cluster's). Never a count, a size or a time the
    request sets."""
    text = rx(r"(?<![\w\-./])[1-5]\d\ds\b").sub(lambda m: " " * len(m.group(0)), text)
    text = statuses_blanked(text)
    text = without_pod_facts(text)
    text = _LOAD_FACTOR.sub(lambda m: " " * len(m.group(0)), text)
    text = _FREQUENCY.sub(lambda m: " " * len(m.group(0)), text)
    text = told_more_blanked(text)
    text = _FILL.sub(lambda m: " " * len(m.group(0)), text)
    text = _HASH_ID.sub(lambda m: " " * len(m.group(0)), text)
    text = ones_for_objects_blanked(text)
    return attached(text, names)


# A number of pods in a role that is not the count the workload should run (the rule: a count
# is a replica count only when it is what the workload runs from now on).
_POD_ROLES = (
    # "kill 1 pod of frontend", "bounce one frontend pod", "delete two of the payments pods",
    # "stop 2 payments pods", "shut down one worker pod": single pods replaced or stopped, never
    # the count it runs.
    (
        "a pod kill",
        re.compile(
            r"\b(?:kill|delete|evict|terminate|nuke|bounce|restart|recycle|cycle|kick|reboot|"
            r"stop|halt|shut\s+down|shutdown|take\s+down|"
            rf"destroy|shoot|murder)\s+(?:just\s+|only\s+)?{_N}\s+(?:of\s+(?:the\s+|its\s+)?)?"
            rf"(?:[a-z][\w\-]*\s+)?pods?\b",
            re.I,
        ),
    ),
    # "2 pods at a time", "one at a time", "in batches of 2": how fast a rollout goes.
    (
        "a rollout pace",
        re.compile(
            rf"\b{_N}\s+(?:{_PODS}\s+)?(?:at\s+(?:a|one|the\s+same)\s+time|at\s+once|per\s+"
            r"(?:step|batch|wave|round)|in\s+parallel|each\s+(?:step|time|wave))\b|"
            rf"\bin\s+(?:batches|waves|groups)\s+of\s+{_N}\b",
            re.I,
        ),
    ),
    # "keep 2 pods up", "at least 2 must stay up", "2 pods must stay available": a floor kept
    # while pods are replaced or drained, never a count to scale to.
    (
        "a floor of pods kept up",
        re.compile(
            rf"\b(?:keep(?:ing)?|leave|leaving|with|have|having)\s+(?:at\s+least\s+|min(?:imum)?\s+)?"
            rf"{_N}\s+(?:{_PODS}\s+)?(?:up|running|alive|available|serving|ready|online|healthy)\b|"
            rf"\b(?:at\s+least\s+)?{_N}\s+(?:{_PODS}\s+)?(?:(?:must|should|need\s+to|needs\s+to|"
            r"have\s+to|has\s+to|shall|will|to)\s+)?(?:stay|stays|remain|remains|be|are|is)\s+"
            r"(?:up|running|alive|available|serving|ready|online|healthy)\b",
            re.I,
        ),
    ),
    # Round 36 (m41b, attack41 H2): "keep 1 orders pods available", "keep 2 pods of payments
    # up", "payments: keep 1 pods available": a number of pods kept available (a budget's
    # minAvailable) is a floor during disruptions even said alone, never a count to scale to
    # ("keep 3 frontend pods running" alone still says a count).
    (
        "a floor of pods kept available",
        re.compile(
            rf"\bkeep(?:ing)?\s+{_N}\s+(?:[a-z0-9][\w\-]*\s+){{0,3}}?{_PODS}\s+"
            r"(?:of\s+(?:the\s+)?[a-z][\w\-]*\s+)?(?:up|available)\b",
            re.I,
        ),
    ),
    # "let it lose one pod", "orders can lose 1 pod", "allow two pods to go down": pods let go
    # while drained or disrupted (a budget's maxUnavailable), never a count to scale down to.
    (
        "pods let go in a disruption",
        re.compile(
            rf"\b(?:lose|losing|shed|shedding|spare|sparing)\s+(?:only\s+|just\s+)?{_N}\s+"
            rf"(?:[a-z][\w\-]*\s+)?{_PODS}\b|"
            rf"\b(?:let|allow|letting|allowing)\s+(?:only\s+|just\s+)?{_N}\s+"
            rf"(?:[a-z][\w\-]*\s+)?{_PODS}\s+(?:to\s+)?(?:go|be\s+(?:evicted|down|disrupted|"
            r"unavailable|drained|taken\s+down))\b",
            re.I,
        ),
    ),
)
# The roles that hold only while pods are replaced or drained: said alone they may be a count.
_GATED = frozenset({"a floor of pods kept up", "pods let go in a disruption"})


# Pods being replaced or drained: a floor of pods said beside them is kept during that, not run.
_REPLACING = re.compile(
    r"\b(?:restart\w*|roll\w*|update\w*|upgrad\w*|deploy\w*|redeploy\w*|bounce\w*|"
    r"recycl\w*|cycl\w*|drain\w*|maintenance|pdbs?|budgets?|disruption|evict\w*|set\s+image|"
    r"ship\w*|release)\b",
    re.I,
)


def pod_role(text: str, *, replacing: bool = False) -> tuple[str, str] | None:
    """``(role, words)`` when ``text`` says a number of pods in a role other than the count the
    workload should run: a pod kill, a rollout pace, a floor kept up while pods are replaced or
    drained ("keep 2 pods running" alone still says a count; ``replacing`` says they are).
    Such a number never becomes a replica count; what it asks is planned by its own rule (a
    budget's minimum) or asked."""
    for role, pattern in _POD_ROLES:
        m = pattern.search(text)
        if m and (role not in _GATED or replacing or _REPLACING.search(text)):
            return role, m.group(0)
    return None


# Round 37 (en41): a floor of pods said beside a scale to more pods ("scale frontend to 4 and keep
# 2 pods available") is a budget's minimum, never the count (compound.py, workloads.scale).
_COUNT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_COUNT_SAID = re.compile(rf"\b(\d{{1,4}}|{_COUNT_WORDS})\b", re.I)
_SCALED_TO = re.compile(rf"\bto\s+(\d{{1,4}}|{_COUNT_WORDS})\b", re.I)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else UNITS[word.lower()]


def floor_below_scale(floor: str, scale: str) -> bool:
    """Whether the pods of ``floor`` ("keep 2 pods available") are fewer than the count the
    clause ``scale`` ("scale frontend to 4") scales to."""
    kept, to = _COUNT_SAID.search(floor), _SCALED_TO.search(scale)
    return bool(kept and to and _count(kept.group(1)) < _count(to.group(1)))


# A sentence that measures ("CPU p95 is 160m vs 100m requested", "memory averages 90Mi of its
# 128Mi request", "it uses 300m at peak") says how the workload runs, not a value to set: its
# quantities are context when another sentence says the change and it has no verb of change.
# "add a third", "run it with a second replica", "needs a third pod": the verbs before one more
# pod said by its place (workloads._NTH, the scale cue, sanity's fraction check).
NTH_VERBS = (
    r"(?:add(?:s|ing)?|with|gets?|needs?|wants?|run|spin\s+up|start|bring\s+up|give|gives)"
    r"\s+(?:(?:it|them)\s+)?a"
)
# "2 pods at 97% cpu": the pods it runs, seen at a load — a count said as the live one.
PODS_AT = re.compile(
    r"(?<!\bto\s)\b(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w\-]+\s+)?(?:pods?|replicas?)\s+(?:running\s+)?at\s+(?:\d+(?:\.\d+)?\s*%|"
    r"(?:cpu|memory|mem|utili[sz]ation|load|capacity)\b)",
    re.I,
)
_MEASURES = re.compile(
    r"\bp\d{2}\b|\bp99\.\d\b|\baverag(?:e|es|ed|ing)\b|\bavg\b|\bmedian\b|\bmean\b|"
    r"\bpeak(?:s|ed|ing)?\b|\bvs\.?(?=\s)|\bversus\b|\buses\b|\busing\b|\bused\b|\busage\b|"
    r"\bconsum(?:es|ed|ing|ption)\b|\bhovers?\b|\bidles?\b|"
    # "2 pods at 85% CPU", "running at 90% memory": a load seen.
    r"\bat\s+(?:\d+(?:\.\d+)?\s*%\s*)?(?:cpu|memory|mem|utili[sz]ation|load)\b|"
    rf"{PODS_AT.pattern}",
    re.I,
)
_CHANGES = re.compile(
    r"\b(?:set|raise|lower|bump|give|make|increase|decrease|reduce|cut|drop|change|double|"
    r"halve|move|put|cap|limit|should|must|needs?|please|pls|want|to|auto-?scale|scale|keep|"
    r"run|add|allow|let|spread|restart|update|roll|pin|alert|fire|page|trigger|min|max|"
    r"between|target|right-?siz\w*|resiz\w*)\b|"
    # "right-size my-api: requests of 200m cpu …, from the last 30 days' p95": a field's value.
    r"\b(?:requests?|limits?)\s+(?:of|at|to)\s+\d|\d\S*\s+(?:cpu|memory|mem)\s+(?:requests?|limits?)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.:;!?])(?=\s|$)")


# Round 12: "frontend needs 2 more instances, it's at 90% cpu": a clause after a comma that says
# how the workload is now ("it's at 90% cpu", "they're using 300m") measures, like a sentence
# of its own — unless it holds a word of change.
_SEEN_NOW = re.compile(
    r"(?<=,)\s*(?:it'?s|it\s+is|they'?re|they\s+are|cpu\s+is|memory\s+is)\s+(?:(?:currently|"
    r"already|now|constantly|always)\s+)?(?:at|using|sitting\s+at|hovering\s+at|running\s+at|"
    r"peaking\s+at)\s+\d+(?:\.\d+)?\s*(?:%|m|mi|gi)\s*(?:of\s+)?(?:cpu|memory|mem)?\b(?=\s*(?:$|[,.;!?]))",
    re.I,
)


def _blank_numbers(m: re.Match[str]) -> str:
    return rx(r"\d+(?:\.\d+)?[a-z%]*", re.I).sub(lambda n: " " * len(n.group(0)), m.group(0))


def without_measures(text: str) -> str:
    """``text`` with the quantities of each sentence that only measures blanked (see
    ``_MEASURES``), when some other sentence is left."""
    sentences = [c for c in _SENTENCE.split(text) if c]
    measured = [bool(_MEASURES.search(c) and not _CHANGES.search(c)) for c in sentences]
    if len(sentences) < 2 or all(measured):
        return _SEEN_NOW.sub(_blank_numbers, text)
    return _SEEN_NOW.sub(
        _blank_numbers,
        "".join(
            rx(r"(?<![\w.])\d+(?:\.\d+)?[a-z%]*\b", re.I).sub(lambda n: " " * len(n.group(0)), c)
            if gone
            else c
            for c, gone in zip(sentences, measured, strict=True)
        ),
    )


# Round 12: "we ran 4 worker dynos on heroku, give the worker the same here": "the same" (or
# "as many", "that many") said of the count refers to the one count of pods the message says —
# only when that is the only number said, with its pod word ("4 worker pods"), and "the same"
# is not compared with something else ("the same as payments").
_SAME = re.compile(
    r"\b(?:give|make|run|keep|scale|want|need|match)\b[^.;?!]*?\b(?:the\s+same(?:\s+(?:count|"
    r"number|amount))?|as\s+many|that\s+many)\b(?!\s+(?:as|than|of)\b)"
)
_POD_COUNT = re.compile(
    r"(?<!\S)#(\d+) (?:[a-z][\w\-]* )?(?:replicas?|pods?|instances?|dynos?|copies)\b"
)


def same_count(intent: str) -> int | None:
    """The count "the same" refers to (see :data:`_SAME`), or None."""
    text, nums = placeholders(intent)
    if len(nums) != 1 or not _SAME.search(text) or not (m := _POD_COUNT.search(text)):
        return None
    return nums[int(m.group(1))].count


# --- Which numbers are quantities of the request (round 14, helper numbers) ----------------
#
# Rule: a number belongs to the word it is attached to. "<noun> N" names or versions that noun
# ("lab 3", "slide 23", "SOC 2", "iOS 5.2", "the celery 5.4 bump"); "N <noun>" and "N of <the
# noun>" count that noun ("2M users", "two of our biggest customers", "50% of traffic"); "<we,
# it, they> are <state> at N" says the count there is now ("we're overprovisioned at 3"). The
# number is a quantity of the request only when that word is one the plan has a value for
# (:data:`VALUE_WORDS`: a field, a unit, a pod word, a kind, a version word, a verb or
# preposition of change or of value, a pronoun for what runs) or a name of the live cluster;
# otherwise it is context, blanked for every check that counts numbers. A noun after a verb of
# change ("set retries 5", "upgrade celery 5.4") keeps its number: it may be the value.
VALUE_WORDS = frozenset(
    """replica replicas pod pods instance instances copy copies container containers dyno
    dynos box boxes server servers host hosts machine machines vm vms worker workers node nodes
    zone zones az azs rack racks region regions tasks process processes proc procs thread
    threads shard shards partition partitions slot slots
    deployment deployments statefulset statefulsets daemonset daemonsets sts deploy deploys
    app apps service services svc job jobs cronjob cronjobs hpa pdb configmap cm secret
    version versions ver tag tags image images release releases revision revisions rev build
    builds v
    min mins minimum minimums minimal max maximum maximal floor ceiling cap caps bound bounds
    lower upper
    port ports period periodseconds timeout timeouts delay delays threshold thresholds
    failurethreshold successthreshold initialdelayseconds timeoutseconds failures successes
    retries retry attempts ttl interval intervals target targets utilization utilisation
    surge maxsurge unavailable maxunavailable available minavailable budget retention keep
    requests request limits limit cpu cpus core cores memory mem ram heap storage disk size
    capacity concurrency workers parallelism backofflimit history schedule every count number
    total percent pct percentage share weight priority
    to by at from of on onto into in for within after before until till than over under
    above below between and or with as about around approx approximately roughly exactly only
    just least most more less fewer extra another plus minus times per each x up down back
    is are be was were been being becomes become stays stay remains remain equals equal
    it them that this these those one ones all both its their
    set sets scale scales scaled make makes give gives get gets run runs keep keeps put bump
    bumps raise raises lower lowers increase increases decrease decreases reduce reduces cut
    cuts drop drops change changes move moves cap caps use uses want wants need needs say says
    said suggest suggests suggested recommend recommends recommended try go goes grow shrink
    resize upsize downsize add adds remove removes allow allows let deploy update upgrade
    downgrade pin roll revert restore wait sleep double halve triple hold holds start starts
    stop expose bind listen listens serve serves rollback rollout
    current currently running deployed desired wanted actual usual same default old new
    previous last first next other remaining existing
    present original normal standard full whole additional further good solid
    hit reach exceed cross pass top tops peak spike jump climb fall dip rise exceeds
    through thru autoscale autoscales replicate
    sans without except excluding plus
    grace pool conns connections buffer cache queue length depth lag backlog window burst rate
    qps rps latency slo sli error errors quota level usage load average avg mean median""".split()
)
# What a number said before it counts for the plan ("lab 3 replicas" is still 3 replicas).
COUNT_NOUNS = UNIT_WORDS | frozenset(
    """replica replicas pod pods instance instances copy copies min max minimum maximum x
    times revision revisions release releases version versions deploy deploys rollout rollouts
    back""".split()
)
# The parts a field's one-word name is made of ("minreplicas", "periodseconds", "maxsurge").
_FIELD_PARTS = frozenset(
    """replicas replica utilization utilisation seconds threshold surge unavailable available
    percentage port limit request timeout delay period""".split()
)
# Where a noun's own number is said: at the start of a clause or a bracket ("lab 3, step 2:",
# "(lab 11)"), after a determiner or a preposition ("our SOC 2", "the celery 5.4 bump", "on
# slide 23", "part of lab 12") or after another label's number ("lab 4 part 2"). Elsewhere the
# word may be a verb ("cpu crosses 65"), whose number is a value.
_NOUN_PLACE = frozenset(
    """the a an our my your their its his her this that these those each every any some of
    on in for from with like per via during about across behind before after until till
    is are was were be that's it's this's here's there's""".split()
)


# Words after which the next word is a verb ("billing should autoscale 2 through 5").
_BEFORE_A_VERB = frozenset(
    """should must can could would will shall may might to please pls plz we i you they let
    just also then now only always never still not don't didn't doesn't""".split()
)


def _maybe_verb(prev: str, word: str) -> bool:
    """Whether ``word`` after ``prev`` may be a verb whose object is the number: it ends like a
    verb ("crosses", "spiked", "hitting"), or follows a plural subject ("the pods hit 80").
    "DR exercise step 4", "Recovery plan step 1": a noun after a noun names a thing."""
    low = word.lower()
    if word.isupper() and len(word) <= 4:
        return False  # "SOC", "PCI": an acronym
    return bool(rx(r"(?:s|ed|ing)$").search(low)) or (
        prev.lower().endswith("s") and not prev.lower().endswith("ss") and len(prev) > 3
    )


# Verbs after which a noun's number may be the value itself ("set retries 5").
_CHANGE_LEAD = frozenset(
    """set make give bump raise lower increase decrease reduce change put cap limit use
    configure scale update upgrade downgrade deploy pin install ship roll revert with""".split()
) - {"with"}
_SKIP_LEAD = frozenset("the a an its their our my your his her this that".split())
# Function words ending in "s" that count nothing ("to 3 thanks", "to 3 across zones").
_NOT_PLURAL = frozenset(
    """thanks across always unless less plus minus perhaps besides towards afterwards
    sometimes nonetheless regardless its this his hers ours yours theirs us was has does goes
    is as yes please pls plz""".split()
)
# Words that end a noun phrase: what follows them counts nothing the number said.
_CLAUSE_WORDS = frozenset(
    """when whenever if while until unless and or but so because since then now please we i
    you they he she it there here which who where what though although once as than today
    tonight tomorrow again asap instead too also only""".split()
)
_NUM_WORDS_RE = "|".join(sorted(NUMBER_WORDS - {"dozen", "hundred", "thousand", "million"}))
# "<noun> N": a bare number or version right after a word.
# (Round 16: "tmax 80ms", "grace 30s": a unit glued to the number is the noun's too —
# :data:`UNIT_WORDS` only.)
# (And "p99 300ms", "p95 1.2s": a percentile names the latency measured.)
_NAMED = re.compile(
    r"(?<![\w\-./:=@'])(?P<word>[A-Za-z]+|p\d{2}(?:\.\d)?)\s+(?P<num>#?\d+(?:\.\d+)*)(?P<unit>[a-z]{0,3})"
    r"(?![\w\-/@%]|:\d|\.\w)(?!\s*(?:to|->|\u2192|=>|-|\.\.)\s*v?\d)(?=(?:\s+(?P<next>[a-z]+))?)",
    re.I,
)
# "N <words>": a number (with a unit or a sign glued to it) or a spoken one, then what it counts.
# A run of number words read whole ("two hundred", "a few hundred": "hundred").
_NUM_WORD = rf"(?:{_NUM_WORDS_RE}|hundred|thousand|million)"
_NUM_RUN = rf"{_NUM_WORD}(?:(?:\s+and)?[\s\-]+{_NUM_WORD})*"
# (Round 16: "2,300 VOD assets": a number written with separators is read whole.)
_COUNTS = re.compile(
    # (Round 21: "4 million people": the digits and their scale word are one number.)
    rf"(?<![\w\-./:=@'#])(?<!\d,)(?P<num>\d+(?:\.\d+)?\s+(?:thousand|million|billion)\b|"
    rf"\d{{1,3}}(?:,\d{{3}})+(?![\d.])|\d+(?:\.\d+)?[a-z%]*|"
    rf"{_NUM_RUN})\s+"
    # (What it counts is looked at, not taken: "4 pods for two hundred users" reads both.)
    r"(?=(?P<of>of\s+(?:(?:the|our|my|its|their|your|his|her|all|these|those)\s+)?)?"
    r"(?P<words>[a-z][a-z']*(?:\s+[a-z][a-z']*){0,2}))",
    re.I,
)
# "we're overprovisioned at 3", "it's at 4 replicas": the count there is now, said as a state.
_STATE_AT = re.compile(
    r"(?<!\bsure\s)(?<!\bensure\s)(?<!\bthat\s)(?<!\bso\s)(?<!\buntil\s)(?<!\bif\s)"
    r"(?<!\bwhen\s)(?<!\bonce\s)(?<!\bunless\s)"
    r"\b(?:we|it|they)(?:'re|'s|\s+are|\s+is|\s+were|\s+was)\s+(?:(?:currently|already|still|"
    r"now|way|clearly|massively|really|probably)\s+)*(?:[a-z\-]+\s+)?at\s+"
    # (Round 15: "we're at 41k CCU", "it's at 1.2M": a magnitude glued to it is the same state.)
    r"(?P<num>\d{1,4}(?:\.\d+)?(?:k|m|bn)?)(?:\s+(?:replicas?|pods?|instances?|copies))?"
    r"(?![\w.%])",
    re.I,
)


# Round 16: "down to 2 replicas, it's 3 pods for ~40 users", "they're only two pods today": the
# pods it runs now, said as a state with its pod word — never a count to run (said after a
# condition, "if it's 3 pods", it is asked as before).
_STATE_IS = re.compile(
    r"(?<!\bsure\s)(?<!\bensure\s)(?<!\bthat\s)(?<!\bso\s)(?<!\buntil\s)(?<!\bif\s)"
    r"(?<!\bwhen\s)(?<!\bonce\s)(?<!\bunless\s)(?<!\bwhether\s)"
    r"\b(?:it|they)(?:'s|'re|\s+are|\s+is|\s+were|\s+was)\s+(?:(?:currently|already|still|now|"
    r"only|just)\s+)*(?P<num>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:replicas?|pods?|instances?|copies)\b(?!\s+(?:more|less|fewer|too)\b)",
    re.I,
)


# "3 min 10 max", "2 minimum, 8 maximum": both bounds said after their numbers.
_POSTFIX_BOUNDS = re.compile(
    r"(?<![\w\-./:])(#?\d+)\s+(min(?:imum)?)\s*,?\s+(#?\d+)\s+(max(?:imum)?)\b(?!\s*[#\d])",
    re.I,
)


# "worker is a single pod …, run two of them": a count of "them" counts what they stand for —
# pods, when only pods were said before it.
_OF_THEM = re.compile(
    r"\b(?P<verb>run|keep|have|want|need|give\s+(?:it|us|me)|make\s+it)\s+(?P<num>\d{1,3}|"
    r"two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:them|those)\b(?!\s+(?:up|running|alive))",
    re.I,
)
_POD_SAID = re.compile(r"\b(?:pods?|replicas?|instances?|copies|copy)\b", re.I)


def of_them(text: str) -> str:
    """``text`` with "run N of them" said as "run N pods" when the pods are what was counted
    before it (see :data:`_OF_THEM`)."""
    m = _OF_THEM.search(text)
    if m is None or not _POD_SAID.search(text[: m.start()]) or _OF_THEM.search(text, m.end()):
        return text
    return f"{text[: m.start()]}{m.group('verb')} {m.group('num')} pods{text[m.end() :]}"


def postfix_bounds(text: str) -> str:
    """``text`` with bounds said after their numbers put before them ("3 min 10 max" → "min 3,
    max 10"): a number belongs to the bound word it is attached to, never the next one."""
    return _POSTFIX_BOUNDS.sub(r"\2 \1, \4 \3", text)


def _word_forms(names: Iterable[str]) -> frozenset[str]:
    """The live names and their words, lower-cased ("my-api" is also "api"), with plurals."""
    return _forms_of(tuple(names))


@functools.lru_cache(maxsize=8)
def _forms_of(names: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        for part in [name, *rx(r"[-_.]").split(name)]:
            if part := part.lower():
                out |= {part, f"{part}s"}
    return frozenset(out)


# What a number before it counts in a rollout ("in 10% steps", "2 batches"); after a number
# only ("step 9:", "wave 2" name a step).
_PACES = frozenset("step steps batch batches wave waves increment increments".split())
# Round 16: "two people ever look at it", "40 children", "3 women on call": a plural said without
# an "s" counts what it names, like any plural.
_IRREGULAR_PLURALS = frozenset(
    """people persons folks men women children staff humans teeth feet mice geese data
    criteria media""".split()
)
# Round 16: "the end-of-month 837 batch", "a 3 step rollout": a pace noun said in the singular
# after a bare number other than one is named by it (or made an adjective), never counted.
_PACE_SINGULAR = frozenset("step batch wave increment".split())
# Round 16: "timing out at 120k QPS", "2M requests a day": a rate or a volume with a magnitude
# glued to its number is the load met, never a value the request sets (a target of an
# autoscaler is said per pod: "1k rps per pod").
_LOAD_NOUNS = frozenset(
    """qps rps tps req reqs requests request msgs messages events calls hits queries
    transactions""".split()
)


def _valued(word: str, names: frozenset[str], *, counted: bool = True) -> bool:
    """Whether ``word`` is one the plan has a value for (units only after the number)."""
    low = word.lower()
    return (
        low in VALUE_WORDS
        # A field's own name, one word ("minReplicas", "averageutilization", "targetPort").
        or rx(r"[a-z][A-Z][a-z]").search(word) is not None
        or any(low.endswith(w) or low.startswith(w) for w in _FIELD_PARTS)
        or (counted and low in UNIT_WORDS | _PACES)
        or low in names
        or _is_number_word(low)
        # An upper-case variable's name ("WORKERS 4"), not an acronym ("SOC 2").
        or (word.isupper() and len(word) > 3)
    )


# Round 15: "41k CCU", "2M DAU", "1.5k players": a number with a magnitude glued to it ("k", "M",
# "bn") counts the noun after it, whatever its number; so does a number before an acronym of
# what is counted ("500 CCU", "40 TPS of load") — never a clock's ("3 PM", "9 UTC").
_MAGNITUDE = re.compile(r"^\d+(?:\.\d+)?(?:k|K|M|bn|mil|\s+(?:thousand|million|billion))$")
_CLOCK_ACRONYMS = frozenset(
    """AM PM UTC GMT CET CEST EET EEST WET BST IST EST EDT CST CDT MST MDT PST PDT JST KST AEST
    AEDT NZST MSK SGT HKT ET PT CT MT Z EOD COB EOW ASAP ETA FYI TBD BTW PLS PLZ THX TIA""".split()
)


# Round 15: "rebuilt with go 1.23.2", "on node 20.11": a runtime whose name is also a verb or a
# count word, said after a preposition or a determiner with a dotted version, is named by it —
# the version is that runtime's, never one to deploy or a count.
_RUNTIMES = frozenset({"go", "node"})


def _runtime(word: str, num: str, text: str, m: re.Match[str]) -> bool:
    """Whether ``word`` ``num`` is a runtime's version (see :data:`_RUNTIMES`)."""
    if word.lower() not in _RUNTIMES or "." not in num:
        return False
    before = text[: m.start()].split()
    return bool(before) and before[-1].lower().strip("(") in _NOUN_PLACE | {"to"}


def _counts_other(num: str, word: str, known: frozenset[str], after: str = "") -> bool:
    """Whether ``num`` said before ``word`` counts something the plan has no value for, by
    the number's magnitude or the word's shape (see :data:`_MAGNITUDE`), or names ``word``
    (:data:`_PACE_SINGULAR`); ``after`` is the word that follows ``word``."""
    word = word.strip("'")
    low = word.lower()
    if num.isdigit() and int(num) != 1 and low in _PACE_SINGULAR:
        return True
    if _MAGNITUDE.match(num) and low in _LOAD_NOUNS and after.lower() not in ("per", "each"):
        return True
    if not word.isalpha() or _valued(word, known) or word.lower() in _CLAUSE_WORDS | _NOT_PLURAL:
        return False
    if _MAGNITUDE.match(num):
        return True
    return (
        num.replace(",", "").isdigit()
        and word.isupper()
        and 2 <= len(word) <= 5
        and word not in _CLOCK_ACRONYMS
    )


# Round 15: "… so one pod can't starve the node", "so that a single replica never eats the
# host": one pod as the subject of a negated purpose, said of what it must not do to the others,
# is any pod — no count (never the pod's own fate: "so one pod never goes down").
_POD_NOUN = r"(?:[\w\-]+\s+)?(?:pod|replica|instance|container|task|process)"
_ANY_POD = re.compile(
    # "so (that) one pod can't …", "to make sure a single replica never …"
    r"\b(?:(?:so(?:\s+that)?|to\s+(?:make\s+sure|ensure)(?:\s+that)?)\s+(?:any\s+)?"
    rf"(?P<a>one|a\s+single|1)\s+{_POD_NOUN}\s+(?:can'?t|cannot|won'?t|doesn'?t|does\s+not|"
    r"never|will\s+not)\b|"
    # "so no single pod can …"
    rf"so(?:\s+that)?\s+no\s+(?P<b>single|one)\s+{_POD_NOUN}\s+(?:can|could|will|may|ever)\b|"
    # "to stop one pod from …", "to prevent a single replica from …"
    rf"to\s+(?:stop|prevent|keep)\s+(?:any\s+)?(?P<c>one|a\s+single|1)\s+{_POD_NOUN}\s+from\b)"
    r"[^,;.]*\b(?:node|nodes|host|machine|cluster|others|other\s+pods|neighbou?rs?|rest|"
    r"everything|everyone|everybody)\b",
    re.I,
)


def any_pod_blanked(text: str) -> str:
    """``text`` with the "one" of "so one pod can't starve the node" blanked (:data:`_ANY_POD`)."""

    def blank(m: re.Match[str]) -> str:
        said = next(g for g in ("a", "b", "c") if m.group(g))
        a, b = m.start(said) - m.start(), m.end(said) - m.start()
        return m.group(0)[:a] + " " * (b - a) + m.group(0)[b:]

    return _ANY_POD.sub(blank, text)


# A release named by a noun and its number: "for the wave 3 release", "the sprint 12 rollout"
# — a singular noun of releases after a number other than one, with a noun of its own before
# it (never "back 2 release", "the last 2 rollout": how many back).
_RELEASE_NOUNS = frozenset("release rollout deploy launch cutover".split())
_RELEASE_COUNTED = frozenset("back by to the last previous prior earlier over past".split())


def _named_release(m: re.Match[str], text: str) -> bool:
    """Whether the number of ``m`` names a release ("the wave 3 release")."""
    if m.group("next").lower() not in _RELEASE_NOUNS or m.group("num") in ("1", "01"):
        return False
    word = m.group("word")
    return (
        word.isalpha()
        and word.lower() not in _RELEASE_COUNTED
        and bool(rx(r"\b(?:the|our|a|this|next|for)\s+$", re.I).search(text[: m.start()]))
    )


# Round 21 (counts): a span glued to its unit inside a noun phrase, after its determiner or
# owner and before its noun — "the regulator's 48h payout SLA", "our 24h turnaround" — is the
# noun's own attribute. Not after "for", "during" or "within" ("for the 48h sale": how long a
# change holds), and never before a word the plan has a value for ("the 48h window").
_SPAN_OF_NOUN = re.compile(
    r"(?<!\bfor\s)(?<!\bduring\s)(?<!\bwithin\s)(?<!\bover\s)"
    r"(?:\b(?:the|a|an|our|their|its|his|her|your|my)|[a-z]'s)\s+"
    r"(?P<num>\d+(?:\.\d+)?(?:h|hr|hrs|d|wk|w)|\d+-(?:hour|day|week|month))\s+"
    r"(?P<noun>[a-z][a-z\-]*)\b",
    re.I,
)


def attached(text: str, names: Iterable[str] = (), *, ids: bool = True) -> str:
    """``text`` with the numbers blanked that belong to another thing (see the rule above):
    ids and versions of other things, counts of other things, the count there is now. Same
    length; ``names`` are the live cluster's object names."""
    known = _word_forms(names)
    text = any_pod_blanked(text)
    out = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if not text[i].isspace():
                out[i] = " "

    for m in _NAMED.finditer(text) if ids else ():
        word = m.group("word")
        if word.lower() in (_NOUN_PLACE | _CLAUSE_WORDS | _NOT_PLURAL) - {"since"}:
            continue  # "back on the 1.0.0 build", "like 5": no noun to name
        if m.group("unit") and m.group("unit").lower() not in UNIT_WORDS:
            continue  # "python 3a": no number said whole
        runtime = _runtime(word, m.group("num"), text, m)
        if (_valued(word, known, counted=False) and not runtime) or (
            m.group("next")
            and m.group("next").lower() in COUNT_NOUNS
            # ("iOS 5.2 release": the release of the thing versioned.)
            and not ("." in m.group("num") and m.group("next").lower() in ("release", "version"))
            and not _named_release(m, text)
        ):
            continue  # "payments 5", "port 8080", "lab 3 replicas": a value of the request
        before = text[: m.start()].split()
        prev = before[-1] if before else ""
        if not (
            not prev
            or prev[-1] in ",;:(.!?"
            or prev.lower() in _NOUN_PLACE
            or rx(r"#?\d+(?:\.\d+)*").fullmatch(prev)
            or word.lower() == "since"
            or (
                prev.isalpha()
                and prev.lower() not in _BEFORE_A_VERB
                and not _maybe_verb(prev, word)
                # Round 24 (gap B): a sentence's full stop too ("… under CR 5521.").
                and rx(r"\s*(?:[,;:)(]|\.(?:\s|$)|$)").match(text[m.end("unit") :])
            )
        ):
            continue  # "cpu crosses 65": the word before the number may be a verb of it
        lead = [w.strip(",.;:()").lower() for w in before[-2:]]
        if lead and lead[-1] in _SKIP_LEAD:
            lead = lead[:-1]
        if lead and lead[-1] in _CHANGE_LEAD:
            continue  # "set retries 5", "upgrade celery 5.4": the noun may be what is set
        if lead and lead[-1] in ("to", "=", "at", "by") and not m.group("num").count("."):
            continue  # "scale to lab 5"? never guessed: a value word leads
        blank(m.start("num"), m.end("unit"))
    for m in _COUNTS.finditer(text):
        words = m.group("words").split()
        counted: str | None = None
        if _counts_other(m.group("num"), words[0], known, words[1] if len(words) > 1 else ""):
            blank(m.start("num"), m.end("num"))
            continue
        # "3 min", "two of them", "5 orders pods", "3 celery workers": what the plan counts.
        # ("a few hundred monthly active users": up to three words name what is counted.)
        for word in words if m.group("of") else words[:3]:
            if _valued(word, known) or word.lower() in _NOT_PLURAL | _CLAUSE_WORDS or "'" in word:
                counted = None
                break
            counted = word
            if (
                word.endswith("s") and len(word) > 3 and not word.endswith("ss")
            ) or word.lower() in _IRREGULAR_PLURALS:
                break
        else:
            counted = counted if m.group("of") else None
        if counted is not None:
            blank(m.start("num"), m.end("num"))
    for m in [*_STATE_AT.finditer(text), *_STATE_IS.finditer(text)]:
        blank(m.start("num"), m.end("num"))
    for m in _SPAN_OF_NOUN.finditer(text):
        if not _valued(m.group("noun"), known):
            blank(m.start("num"), m.end("num"))
    return "".join(out)
