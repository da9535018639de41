"""Dictated requests: spoken forms written as the tokens the planner reads.

Rule: a request said to a voice assistant spells its tokens in words — "my dash api", "front
end", "one point five point zero", "ghcr dot io slash acme slash frontend colon two point two
point zero", "two hundred fifty millicores", "port eight thousand eighty", "sixty percent",
"h p a", "slash healthz", "tier equals backend", "stateful set". Before anything else reads the
request, such words are written as the typed token ONLY where the result is a token the planner
knows: a workload name of the namespace, a version, an image reference, a quantity with its unit,
a port, a path, a label or a kind. Anything else is left exactly as said, so a misheard word
still reaches the rules (and their questions) unchanged. Numbers in words are read by
:func:`numbers._words_value` (English composition: "eight thousand eighty" is 8080, "two four"
is no number); a run that is no number is left as said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import numbers
from dotop_nb.planner.offline.rx import rx

# Kinds said as two words ("config map" is read as said by the rules already).
_KINDS = {
    "stateful set": "statefulset",
    "daemon set": "daemonset",
    "replica set": "replicaset",
}
_KIND = re.compile(r"\b(stateful|daemon|replica)\s+(set)(s?)\b", re.I)
# Words spelled letter by letter that name something the planner reads.
_SPELLED = frozenset({"hpa", "pdb", "vpa", "cpu"})
_LETTERS = re.compile(r"\b[a-z](?:\s+[a-z]\b){1,3}", re.I)
# A unit after a number said in words: how the typed quantity is written.
_UNIT = {
    "millicores": "m",
    "millicore": "m",
    "millicpu": "m",
    "millicpus": "m",
    "percent": "%",
    "mebibytes": "Mi",
    "megabytes": "Mi",
    "gibibytes": "Gi",
    "gigabytes": "Gi",
}
_STOPS = ".,;:!?"
# Spoken punctuation joining the parts of a reference.
_JOIN = {"dot": ".", "slash": "/", "colon": ":", "dash": "-"}
_PART = r"[a-z0-9][a-z0-9._-]*"
_CHAIN = re.compile(
    rf"(?<![\w./:-])(?P<lead>slash\s+)?{_PART}(?:\s+(?:dot|slash|colon|dash)\s+{_PART})+"
    rf"|(?<![\w./:-])slash\s+{_PART}",
    re.I,
)
_IMAGE = re.compile(
    r"[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(?:/[a-z0-9._-]+)+(?::[\w.-]+)?|[a-z0-9._/-]+:\d[\w.-]*"
)
_PATH = re.compile(r"(?:/[a-z0-9._-]+)+")
# Where a path is said: "on slash healthz", "path slash ready".
_PATH_BEFORE = re.compile(
    r"\b(?:on|at|path|paths|endpoint|hits?|checks?|probes?|to|of|from|url|route)\s*$", re.I
)
_LABEL = re.compile(
    r"\b(?P<before>labels?|labell?ed|selector|where)\s+(?P<key>[a-z][a-z0-9._/-]*)\s+equals\s+"
    r"(?P<value>[a-z0-9][a-z0-9._-]*)\b",
    re.I,
)

# Round 33 (gap36b): "add an environment variable PROBE_INTERVAL equals 30s": a key in capitals,
# "equals", its value — the typed KEY=value.
_KEY_EQUALS = re.compile(r"(?<![\w\-.])([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\s+equals\s+(?=[\w'\"])")


# Round 33 (gap36a): a full stop dictated as a word between two clauses of a request typed
# with no stop of its own ("scale frontend up to five replicas period the wine club release
# email just went out"): the stop. Never a period named ("grace period the pods get", "a period
# of 5s", "period 10"): only after a word that ends a clause and before one that opens one.
_SPOKEN_STOP = re.compile(
    r"(?<=[a-z0-9%])(?<!\bgrace)(?<!\bretention)(?<!\btrial)(?<!\bprobe)(?<!\bcheck)"
    r"(?<!\bthe)(?<!\ba)(?<!\bits)(?<!\bthis)(?<!\bthat)(?<!\bsame)(?<!\bwaiting)"
    r"(?<!\bnotice)(?<!\bcooldown)(?<!\bsync)\s+(?:period|full\s+stop)\s+"
    r"(?=(?:the|a|an|we|i|it|its|they|our|this|that|there|so|because|since|then|please|and|"
    r"but|also|thanks|thank)\b)",
    re.I,
)


def stops(text: str) -> str:
    """``text`` with a full stop dictated as a word written as one (:data:`_SPOKEN_STOP`); read
    before anything else, so every reader sees the two sentences."""
    if ("period" in text or "full stop" in text) and not any(c in text for c in ".?!;"):
        return _SPOKEN_STOP.sub(". ", text)
    return text


def read(text: str, names: Callable[[], frozenset[str]]) -> str:
    """The request with its dictated tokens typed (see the module docstring)."""
    said = text
    text = _KIND.sub(_kind, text)
    text = _LETTERS.sub(_spelled, text)
    text = _numbers(text)
    text = _CHAIN.sub(lambda m: _chain(m, names), text)
    text = _joined(text, names)
    text = _LABEL.sub(lambda m: f"{m['before']} {m['key']}={m['value']}", text)
    if " equals " in text:
        text = _KEY_EQUALS.sub(r"\1=", text)
    return text if text != said else said


def _kind(m: re.Match[str]) -> str:
    return _KINDS[f"{m[1].lower()} {m[2].lower()}"] + m[3]


def _spelled(m: re.Match[str]) -> str:
    """ "h p a" → hpa, "a p d b" → a pdb: the longest span of the letters spelling a word known."""
    letters = m[0].split()
    for size in range(len(letters), 1, -1):
        for start in range(len(letters) - size + 1):
            if "".join(letters[start : start + size]).lower() in _SPELLED:
                word = "".join(letters[start : start + size])
                return " ".join([*letters[:start], word, *letters[start + size :]])
    return m[0]


def _value(words: list[str]) -> int | None:
    if not words or "and" in (words[0], words[-1]):
        return None
    return numbers._words_value(words)


def _numbers(text: str) -> str:
    """Versions ("one point five point zero" → 1.5.0), quantities ("two hundred fifty
    millicores" → 250m, "sixty percent" → 60%) and ports ("port eight thousand eighty" → port
    8080) said in words. Other number words stay as said: the rules read them. A word with a
    stop after it ("zero.") ends a number: "one point five point zero." is 1.5.0, never 1.5."""
    tokens = text.split(" ")
    cores = [t.lower().rstrip(_STOPS) for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        parts: list[int] = []
        j = end = i
        while (k := _run(tokens, cores, j)) > j and (n := _value(cores[j:k])) is not None:
            parts.append(n)
            end = k
            ended = tokens[k - 1] != cores[k - 1] and tokens[k - 1].lower() != cores[k - 1]
            if not ended and k + 1 < len(tokens) and tokens[k].lower() == "point":
                j = k + 1
                continue
            break
        if not parts:
            out.append(tokens[i])
            i += 1
            continue
        tail = tokens[end - 1][len(cores[end - 1]) :]
        nxt = cores[end] if end < len(tokens) and not tail else ""
        prev = out[-1].lower() if out else ""
        if len(parts) > 1 and all(0 <= p < 1000 for p in parts):
            out.append(".".join(str(p) for p in parts) + tail)
            i = end
        elif len(parts) == 1 and nxt in _UNIT:
            out.append(f"{parts[0]}{_UNIT[nxt]}{tokens[end][len(nxt) :]}")
            i = end + 1
        elif len(parts) == 1 and prev == "port":
            out.append(f"{parts[0]}{tail}")
            i = end
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


def _run(tokens: list[str], cores: list[str], i: int) -> int:
    """The end of the run of number words starting at token ``i`` (``i`` when none); a word
    with a stop after it is the run's last."""
    j = i
    while j < len(tokens) and (numbers._is_number_word(cores[j]) or (cores[j] == "and" and j > i)):
        j += 1
        if tokens[j - 1].lower() != cores[j - 1]:
            break
    while j > i and cores[j - 1] == "and":
        j -= 1
    return j


def _chain(m: re.Match[str], names: Callable[[], frozenset[str]]) -> str:
    words = m[0].split()
    typed = _typed(m.string[: m.start()], words, names)
    if typed is not None:
        return typed
    # "on slash live": the chain read from a word before the path; the path alone may be one.
    for k in range(1, len(words) - 1):
        if words[k].lower() == "slash":
            before = m.string[: m.start()] + " ".join(words[:k]) + " "
            tail = _typed(before, words[k:], names)
            if tail is not None:
                return " ".join([*words[:k], tail])
    return m[0]


def _typed(before: str, words: list[str], names: Callable[[], frozenset[str]]) -> str | None:
    """The token ``words`` spell with their joiners, when it is one the planner knows."""
    typed = "".join(_JOIN.get(w.lower(), w) for w in words)
    if words[0].lower() == "slash":
        if _PATH.fullmatch(typed) and _PATH_BEFORE.search(before):
            return typed
        return None
    seps = {w.lower() for w in words[1::2]}
    if seps == {"dash"}:
        return typed if typed.lower() in names() else None
    if _IMAGE.fullmatch(typed):
        return typed
    return None


def _joined(text: str, names: Callable[[], frozenset[str]]) -> str:
    """ "front end" → frontend: two words said apart whose joined word is a workload's name,
    and neither of which is one."""

    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = tokens[i : i + 2]
        if len(pair) == 2 and all(rx(r"[a-z]+", re.I).fullmatch(w) for w in pair):
            known = names()
            word = "".join(pair).lower()
            if word in known and not any(w.lower() in known for w in pair):
                out.append("".join(pair))
                i += 2
                continue
        out.append(tokens[i])
        i += 1
    return " ".join(out)
