"""Requests and limits read from how people say them: every quantity paired with its resource
and with the request or the limit it sets, or asked about.

The old reader took the last resource word of a clause for every number in it, so "100m cpu +
128Mi memory requests" lost the cpu request, and "cpu utilization 75" set a cpu request of 75
cores. Here a quantity's unit says its resource where it can (``Mi``/``Gi`` are memory, ``m``
is cpu), a resource word says it for a bare number, and a number read as neither is asked
about. Quantities said in words become Kubernetes quantities first::

    values("cap web at one full core of cpu")    # {'limits': {'cpu': '1'}}
    values("give it half a core and two gigs")   # {'requests': {'cpu': '500m', 'memory': '2Gi'}}
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import statements
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.numbers import (
    QUANTITY_SUFFIXES,
    UNITS,
    blank_context,
    points,
    without_measures,
)
from dotop_nb.planner.offline.occasions import PAST_SPAN
from dotop_nb.planner.offline.rx import rx

_N = rf"(?:\d+(?:\.\d+)?|{'|'.join(sorted(UNITS, key=len, reverse=True))})"
_FULL = r"(?:full\s+|whole\s+|single\s+|entire\s+)?"
_CORE = r"(?:cores?|vcpus?|cpus?)\b(?!\s+(?:requests?|limits?|quota|utili[sz]ation|usage))"
# "… of a core", "… of one full cpu": a fraction of one cpu.
_OF_ONE = rf"(?:of\s+)?(?:a|an|one)\s+{_FULL}(?:cpu\s+)?{_CORE}"
# (pattern, replacement): spoken quantities → Kubernetes quantities, most specific first.
_SPOKEN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        # Round 41 (sh48a, attack48): "one and a half cores", "2 and a quarter cpus": the
        # fraction is a part of the whole said before it, never a half core of its own.
        (rf"\b(?P<n>{_N})\s+and\s+a\s+(?P<f>half|quarter)\s+{_FULL}(?:cpu\s+)?{_CORE}", "{n} cpu"),
        # "half a core", and "half core" said without the article.
        (rf"\b(?:half|1/2)\s+(?:of\s+)?(?:(?:a|an|one)\s+)?{_FULL}(?:cpu\s+)?{_CORE}", "500m cpu"),
        (rf"\bthree\s+quarters\s+{_OF_ONE}", "750m cpu"),
        (rf"\b(?:a\s+|one\s+)?quarter\s+{_OF_ONE}", "250m cpu"),
        # "a quarter core", "quarter cpu": said without "of a".
        (rf"\b(?:a\s+|one\s+)?quarter\s+(?:cpu\s+)?{_CORE}", "250m cpu"),
        (rf"\b(?:a|one)\s+fifth\s+{_OF_ONE}", "200m cpu"),
        (rf"\b(?:a|one)\s+tenth\s+{_OF_ONE}", "100m cpu"),
        (rf"\b(?:a|an|one)\s+{_FULL}(?:cpu\s+)?(?:cores?|vcpus?)\b", "1 cpu"),
        (rf"\bone\s+{_FULL}{_CORE}", "1 cpu"),
        (rf"\b(?P<n>{_N})\s+{_FULL}(?:cpu\s+)?(?:cores|vcpus|cpus)\b", "{n} cpu"),
        (rf"\b(?P<n>{_N})\s*(?:millicores?|millicpus?|mcpu)\b", "{n}m cpu"),
        (r"\bhalf\s+(?:a|one)\s+(?:gig|gigabyte|gb|gib)\b", "512Mi"),
        (r"\b(?:a|one)\s+(?:gig|gib)\b", "1Gi"),
        (rf"\b(?P<n>{_N})\s*(?:gigs?|gibs?)\b", "{n}Gi"),
        (rf"\b(?P<n>{_N})\s*(?:megs?|mibs?)\b", "{n}Mi"),
        (rf"\b(?P<n>{_N})\s*(?:gigabytes?|gb)\b", "{n}G"),
        (rf"\b(?P<n>{_N})\s*(?:megabytes?|mb)\b", "{n}M"),
    )
)
_MEMORY_UNITS = re.compile(r"^\d+(?:\.\d+)?(?:ki|mi|gi|ti|k|g|t)$", re.IGNORECASE)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?[a-z%]*$", re.IGNORECASE)
# "cap web at 1 cpu", "limit it to 2Gi", "no more than 500m": the verb says limit.
_LIMIT_WORDS = re.compile(
    r"\blimits?\b|\blimited\b|\bcap(?:ped)?\b|\bceiling\b|\bat most\b|\bno more than\b|"
    r"\bmax(?:imum)?\b|"
    # "the envoy sidecar may use up to 256Mi": what it may use is its limit.
    r"\b(?:may|can|could|allowed\s+to|able\s+to)\s+(?:use|take|consume|have|get)\s+up\s+to\b"
)
_REQUEST_WORDS = re.compile(r"\brequests?\b|\brequested\b|\breserve\b|\bguarantee\b")
_BOTH = re.compile(
    r"\b(?:both\s+)?(?:the\s+)?requests?\s*(?:and|&|\+|=)\s*(?:the\s+)?limits?\b|"
    r"\b(?:both\s+)?(?:the\s+)?limits?\s*(?:and|&|\+|=)\s*(?:the\s+)?requests?\b"
)
# "requests 200m/256Mi limits 512Mi": a request or limit word with its own quantity after it.
_OWN = re.compile(
    r"\b((?:(?:cpu|memory|mem|ram)\s+)?(?:requests?|limits?))\b"
    r"(?=\s*[:=]?\s*(?:(?:of\s+)?(?:cpu|memory|mem|ram)\b\s*[:=]?\s*)?"
    r"(?:to\s+|at\s+|of\s+)?\d)"
)
_NOT_A_QUANTITY = re.compile(r"%|\bpercent\b|\butili[sz]ation\b|\btarget\b")
# "3 replicas", "4 pods": a count, said by what follows the number ("checkout pods are using
# 300m" names the pods as whose usage it is, and 300m is a quantity).
_COUNTED = r"\s*(?:replicas?|pods?|instances?|copies)\b"
# "OOMKilled again at 3am", "since 10:30pm": a time of day said as context, never a quantity.
_TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b")


_CLAUSES = re.compile(r",|;|\.\s|\(|\band\b|\s\+\s|\bplus\b|\bwith\b")
# "Worker has no CPU request today, so set one of 250m": "one" is the field said missing.
_LACKED = re.compile(
    r"\b(?:no|without|missing|lacks?|lacking|(?:doesn'?t|does\s+not)\s+have)\s+(?:a\s+|any\s+)?"
    r"(?P<field>(?:cpu|memory|mem)\s+(?:request|limit))s?\b",
    re.I,
)
_ONE_OF = re.compile(
    r"\b(?P<verb>set|add|give\s+it|configure|define|put|apply|create)\s+one\s+of\s+"
    r"(?=\d+(?:\.\d+)?\s*(?:m|mi|gi|ki|g|cores?|cpus?)?\b)",
    re.I,
)


def one_named(text: str) -> str:
    """``text`` with "one" in "set one of 250m" written as the one request or limit said
    missing before it ("Worker has no CPU request today, so set one of 250m" → "… so set a CPU
    request of 250m"). Two fields said missing, or none, leave ``text`` as said."""
    m = _ONE_OF.search(text)
    if m is None:
        return text
    fields = {f.group("field").lower() for f in _LACKED.finditer(text, 0, m.start())}
    if len(fields) != 1:
        return text
    field = next(iter(_LACKED.finditer(text, 0, m.start()))).group("field")
    return f"{text[: m.start()]}{m.group('verb')} a {field} of {text[m.end() :]}"


_REASON = re.compile(r"\b(?:since|because|cuz|coz|bc|as\s+(?:the|our|its|we|it|they))\b")


# A clause that says what the workload has now ("512Mi isn't cutting it", "it has 256Mi now").
_AS_IT_IS = re.compile(
    r"\b(?:isn'?t|is\s+not|aren'?t|are\s+not|wasn'?t|was\s+not)\s+(?:cutting\s+it|enough|"
    r"sufficient|working|helping)\b|\bnot\s+enough\b|\b(?:is|are)\s+too\s+(?:small|low|little|"
    r"tight)\b|\b(?:currently|right\s+now)\b|\b(?:it|they)\s+(?:has|have)\b.*\bnow\b"
)


# A quantity is read whole or asked, never cut (round 10): a decimal said without its leading
# zero is that decimal (numbers.points). A decimal comma ("1,5 cpu", ",5 cores"), a point or a
# comma between thousands ("1.000 cpu", "1,024Mi") read as different values by locale: asked,
# never guessed.
_DECIMAL_COMMA = re.compile(
    r"(?:(?<![\w.,])\d+)?(?<![.,]),\d{1,2}(?![\d,.])(?:[a-z]+\b)?", re.IGNORECASE
)
_THOUSANDS_COMMA = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d.,])(?:[a-z]+\b)?", re.I)
_THOUSANDS_POINT = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])(?:[a-z]+\b)?", re.I)


def _locale(text: str) -> None:
    """Ask about a number whose separator reads differently by locale ("1,5 cpu", "1.000")."""
    for pattern, what in (
        (_DECIMAL_COMMA, "a decimal comma"),
        (_THOUSANDS_POINT, "a point between thousands"),
        (_THOUSANDS_COMMA, "a comma between thousands"),
    ):
        for m in pattern.finditer(text):
            if m.group(0).startswith(",") and rx(r"\d\S*$").search(text[: m.start()]):
                continue  # "500m,1Gi": two quantities, the comma between them
            raise Clarify(
                f"I read {m.group(0).strip()!r} in {text!r} with {what}, which means different "
                "values in different locales. Say the quantity with a decimal point and its unit, "
                "e.g. '1.5' or '1500m' cpu, '1536Mi' memory."
            )


def spoken(text: str) -> str:
    """``text`` lower-cased with quantities said in words as Kubernetes quantities."""
    # "512M": a capital M after a number is mega (a memory quantity; cpu is never said so), so
    # it is kept as megabytes before the text is lower-cased (where it would read as milli).
    out = points(rx(r"(?<![\w.])(\d+(?:\.\d+)?)M(?![\w])").sub(r"\1MB", text).lower())
    for pattern, replacement in _SPOKEN:

        def sub(m: re.Match[str], replacement: str = replacement) -> str:
            said = m.groupdict().get("n")
            if said is None:
                return replacement
            if part := m.groupdict().get("f"):
                whole = UNITS.get(said, said)
                if not str(whole).isdigit():
                    return m.group(0)  # "1.5 and a half cores": left as said (asked)
                return f"{int(whole) * 1000 + (500 if part == 'half' else 250)}m cpu"
            return replacement.format(n=UNITS.get(said, said))

        out = pattern.sub(sub, out)
    return out


def _kind(clause: str) -> str | None:
    if _BOTH.search(clause):
        return "both"
    if _LIMIT_WORDS.search(clause):
        return "limits"
    if _REQUEST_WORDS.search(clause):
        return "requests"
    return None


# Round 15: the names other platforms give the two fields ("hard limit 512Mi, soft limit 256Mi"
# in ECS, "memory reservation"), with the field it is said again in brackets ("soft limit (the
# request) 256Mi"): one table, read before the fields are.
_RENAMED = r"\s*\((?:the|i\.e\.|aka|=)?\s*"
_FIELD_NAMES = tuple(
    (re.compile(pattern, re.I), name)
    for pattern, name in (
        (rf"\bsoft[\s-]*limits?\b(?:{_RENAMED}requests?\))?", "request"),
        (rf"\bhard[\s-]*limits?\b(?:{_RENAMED}limits?\))?", "limit"),
        (r"\b(?:memory\s*)?reservations?\b", "request"),
    )
)
# "GOMEMLIMIT is 300MiB", "GOMEMLIMIT=300MiB", "JVM_HEAP: 512Mi": a value said of a variable is
# that variable's (numbers.attached reads its key as valued) — never a request or a limit.
_KEY_VALUE = re.compile(
    r"\b(?!(?:CPUS?|MEM|MEMORY|RAM)\b)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*[A-Z0-9]\s*"
    r"(?:=|:|\s(?:is|was|at|of|to)\s)\s*(?P<value>\d[\w.]*)"
)


# Round 19: a quantity that measures something else, said in a report, is no value to set:
# - the size of a thing the program loads or writes ("OOMKilled loading a 1.2GB dataframe",
#   "a 3 gig parquet file", "the 400MB pickle"): the size said before the thing's noun;
# - what the workload burns now ("predict_proba is pinning a core", "it maxes out 2 cores",
#   "eating a whole cpu"): a cpu quantity after a verb of burning it (read after the spoken
#   quantities are written as Kubernetes ones: "a core" is "1 cpu" by then).
# Never a field's value ("a 2Gi limit", "a 512Mi memory request"): those nouns are no thing.
_DATA_NOUNS = (
    r"dataframes?|data\s*frames?|df|files?|csvs?|parquets?|datasets?|data\s*sets?|models?|"
    r"pickles?|joblibs?|artifacts?|blobs?|dumps?|heap\s+dumps?|uploads?|payloads?|tables?|"
    r"indexe?s?|tensors?|matri(?:x|ces)|embeddings?|checkpoints?|archives?|tarballs?|zips?|"
    r"json|xml|exports?|extracts?|batch(?:es)?|arrays?|images?|videos?|documents?|pdfs?|"
    r"spreadsheets?|workbooks?|notebooks?|vocab(?:ulary)?|weights?|snapshots?|backups?"
)
_THING_SIZE = re.compile(
    r"(?<![\w.])(?:~\s*|about\s+|around\s+|roughly\s+|almost\s+|over\s+|nearly\s+)?"
    r"\d+(?:\.\d+)?\s*(?:gb|mb|tb|kb|gib|mib|tib|kib|gi|mi|g|m)\b"
    rf"(?=(?:\s+[a-z][\w\-]*)?\s+(?:{_DATA_NOUNS})\b)",
    re.I,
)
_BURNED = re.compile(
    r"\b(?:pin(?:s|ning|ned)?|peg(?:s|ging|ged)?|max(?:es|ing|ed)?\s+out|saturat(?:es|ing|ed)|"
    r"burn(?:s|ing|ed|t)?(?:\s+through)?|eat(?:s|ing)?|ate|hog(?:s|ging|ged)?|chew(?:s|ing|ed)?"
    r"(?:\s+(?:up|through))?|spin(?:s|ning)?|spun|fry(?:ing)?|melt(?:s|ing)?)\s+"
    r"(?:up\s+|out\s+|through\s+)?(?P<q>\d+(?:\.\d+)?m?\s*cpu)\b"
)


def measured_blanked(text: str) -> str:
    """``text`` (lower case, spoken quantities written) with the quantities that measure
    something else blanked (:data:`_THING_SIZE`, :data:`_BURNED`)."""
    text = _THING_SIZE.sub(lambda m: " " * len(m.group(0)), text)
    return _BURNED.sub(
        lambda m: m.group(0)[: m.start("q") - m.start()] + " " * len(m.group("q")), text
    )


def field_names(text: str) -> str:
    """``text`` (lower case) with the other names of requests and limits written as those."""
    for pattern, name in _FIELD_NAMES:
        text = pattern.sub(name, text)
    return text


# A quantity, up or down, then one word that is no English preposition, then a number.
_STEP_UNREAD = re.compile(
    r"(?<![\w.])(?P<a>\d+(?:\.\d+)?(?:m|mi|gi|ki|ti|g|k)?)\s+(?:up|down)\s+"
    r"(?P<word>(?!(?:to|till?|until|from|by|at|of|and|or|then|from|for|in|on|with|since)\b)"
    r"[a-z]+)\s+(?P<b>\d+(?:\.\d+)?(?:m|mi|gi|ki|ti|g|k)?)(?![\w.])",
    re.I,
)


def values(text: str) -> dict[str, dict[str, str]]:
    """``{'requests': {'cpu': '250m'}, 'limits': {'memory': '1Gi'}}`` said in ``text``; asks
    about a number it cannot pair with a resource (never drops one silently)."""
    # "…, 3 pods are pending", "…, throwing 502s": numbers that are context by their syntax;
    # "…, usage never goes past 70Mi", "…, up from 128Mi": a fact's (statements.facts_blanked),
    # unless the request refers back to it ("envoy has no cpu limit, give it 200m").
    keyed = _KEY_VALUE.sub(
        lambda m: m.group(0)[: m.start("value") - m.start()] + " " * len(m.group("value")),
        statements.read_for_category(text),
    )
    unblanked = without_measures(field_names(measured_blanked(spoken(keyed))))
    if (" up " in unblanked or " down " in unblanked) and (step := _STEP_UNREAD.search(unblanked)):
        # Round 35 (gap38a): "cpu limit 500m up xyz 1": a direction, then a word not read, then a
        # number — the number was blanked as that word's id and 500m planned. Asked.
        raise Clarify(
            f"I read {step['a']} and {step['b']} in {step.group(0)!r}, joined by "
            f"{step['word']!r}, which I do not read: which value should it have? Say e.g. "
            f"'from {step['a']} to {step['b']}'."
        )
    said = _TIME_OF_DAY.sub(" ", blank_context(unblanked))
    # "from the last 30 days' p95": the window a figure was read over, never a quantity.
    said = PAST_SPAN.sub(lambda m: " " * len(m.group(0)), said)
    _locale(said)
    if {k.split()[-1].rstrip("s") for k in _OWN.findall(said)} == {"request", "limit"}:
        # "req/lim for worker: req 100m/128Mi, lim 500m/256Mi": each said with its own values,
        # so "requests and limits" is a heading, and each starts its own clause.
        said = _OWN.sub(r", \1", _BOTH.sub(" ", said))
    # "every container needs requests and limits. worker has neither, so 100m/128Mi requests":
    # both fields named in a clause without a number is a rule or a heading, not one quantity
    # for both (never "384Mi, both request and limit": "both" says the one value is for each).
    said = "".join(
        _BOTH.sub(lambda m: m.group(0) if "both" in m.group(0) else " " * len(m.group(0)), piece)
        if not rx(r"\d").search(piece)
        else piece
        for piece in rx(r"([,;]|\.\s)").split(said)
    )
    # "384Mi, both request and limit": one quantity for both. Otherwise a sentence's end splits
    # as a comma does ("… no requests or limits. give it 128Mi"), and so does an opening bracket
    # ("200m (currently 100m)": the note is a clause).
    clauses = [said] if _BOTH.search(said) else [c for c in _CLAUSES.split(said) if c.strip()]
    kinds = [_kind(c) for c in clauses]
    # A clause without its own word takes the one before it, else the first said after it
    # ("100m cpu + 128Mi memory requests"), else a request.
    carried: list[str] = []
    last: str | None = None
    for i, kind in enumerate(kinds):
        last = kind or last or next((k for k in kinds[i + 1 :] if k), None)
        carried.append(last or "requests")
    found: dict[str, dict[str, str]] = {}
    for whole, kind in zip(clauses, carried, strict=True):
        # "512Mi since the pods are getting OOMKilled": the reason is not a value (a number in
        # it is left to the accounting guard, which asks).
        clause = _REASON.split(whole, maxsplit=1)[0]
        if _AS_IT_IS.search(clause):
            continue  # "512Mi isn't cutting it": what it has now, not what it should get
        if rx(r"\s*(?:up|down)\s+from\s+\S+\s*$").match(clause):
            continue  # "a 256Mi memory limit, up from 128Mi": the value it had, not a new one
        for resource, quantity in _pairs(clause, text):
            for k in ("requests", "limits") if kind == "both" else (kind,):
                if found.get(k, {}).get(resource, quantity) != quantity:
                    # "requests 200m, 2 cores": two values for one field — never the last.
                    raise Clarify(
                        f"I read two {resource} {k} in {text!r} ({found[k][resource]} and "
                        f"{quantity}): which one?"
                    )
                found.setdefault(k, {})[resource] = quantity
    return found


def _memory(value: str) -> str | None:
    """A memory quantity; "512 MB" was written 512M by :func:`spoken` (the text is lower-cased
    before it, so a capital M is only ever megabytes said): decimal as said, 512M not 512Mi."""
    if rx(r"\d+(?:\.\d+)?M").fullmatch(value):
        return value
    return t.memory(value)


def cores_or_bytes(quantity: str) -> float:
    """A comparable number for a Kubernetes CPU or memory quantity ("250m" is 0.25 cores,
    "1Gi" 2**30 bytes); 0.0 for anything not written as one."""
    m = rx(r"(\d+(?:\.\d+)?)([a-zA-Z]*)").fullmatch(quantity)
    if not m or m.group(2) not in QUANTITY_SUFFIXES:
        return 0.0
    return float(m.group(1)) * QUANTITY_SUFFIXES[m.group(2)]


_ASSIGNED = (
    r"\b(cpu|memory)\s*[=:]\s*(?:(?:a\s+|the\s+)?(?:requests?|limits?)\s*(?:of\s+|[=:]\s*)?)?(\S+)"
)


def _pairs(clause: str, text: str) -> list[tuple[str, str]]:
    """``[(resource, quantity)]`` in one clause."""
    pairs: list[tuple[str, str]] = []
    named = {
        "cpu" if w in ("cpu", "cpus", "core", "cores") else "memory"
        for w in rx(r"\b(cpus?|cores?|memory|mem|ram)\b").findall(clause)
    }
    # "cpu=200m memory=256Mi": the name says it. (Round 26: "more cpu: request 300m", the
    # field said between the name and its quantity; the clause's kind reads that word.)
    assigned = rx(_ASSIGNED).findall(clause)
    rest = rx(_ASSIGNED).sub(" ", clause)
    for name, typed in assigned:
        # "more cpu: a request of 200m.": the sentence's full stop is not the quantity's.
        value = typed.strip(",;").rstrip(".")
        quantity = t.cpu(value) if name == "cpu" else _memory(value)
        if quantity is None:
            raise Clarify(f"{value!r} is not a {name} quantity. Say e.g. 'cpu 250m, memory 512Mi'.")
        pairs.append((name, quantity))
    # "requests 200m/256Mi": a slash between two quantities separates them.
    for token in (w.strip("\"'`()[]{}.,!?:;") for w in rx(r"\s+|(?<=[\w])/(?=\d)").split(rest)):
        if not token or not _NUMBER.match(token):
            continue
        if (
            _NOT_A_QUANTITY.search(clause)
            or token.endswith("%")
            or rx(rf"(?<![\w.]){re.escape(token)}{_COUNTED}").search(clause)
        ):
            raise Clarify(
                f"I read {token!r} in {text!r} as a percentage or a count, not a cpu or memory "
                "quantity. Say the requests or limits as quantities, e.g. 'cpu request 250m, "
                "memory limit 512Mi'."
            )
        memory = _memory(token) if _MEMORY_UNITS.match(token) or token.endswith("M") else None
        cpu = t.cpu(token)
        if memory is not None:
            pairs.append(("memory", memory))
        elif (
            cpu is not None
            and named != {"memory"}
            and (
                token.lower().endswith("m")
                or named == {"cpu"}
                # Round 40 (gap43b, blind42): "limits cpu 1 memory 1Gi": a bare count said
                # right after "cpu" is its cores, whatever else the clause names.
                or rx(rf"\bcpus?\s+{re.escape(token)}(?![\w.%])").search(clause)
            )
        ):
            pairs.append(("cpu", cpu))
        else:
            raise Clarify(
                f"I did not understand {token!r} in {text!r}: a cpu quantity (e.g. 250m, "
                "0.5, 1) or a memory quantity (e.g. 512Mi, 1Gi)? Say it with its unit."
            )
    return pairs
