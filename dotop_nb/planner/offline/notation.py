"""A count said in a mathematician's shorthand, as the words every reader reads (round 35,
gap38a).

People who think in formulas write the replica count as a variable: "3 ≤ replicas ≤ 9", "1 <= n
<= 6" (a range: "between 3 and 9 replicas"), "n = 2 ⇒ n = 5" (from 2 to 5), "replicas ←
replicas + 1" / "n := n - 1" / "replicas += 2" (up or down by a step), "let n := 5. scale
frontend to n." (the bound value put where the variable is used). Each was asked ("how many
replicas?", "'←' + 1 is said of '←'"), or read as an unrelated comparison. Rule: only a count's
variable is read so (replicas, pods, instances, copies, n, k, x, count), only with the operators
said (never a strict "<", which the other readers ask about), and only when the whole shape is
there; anything else stays as said.

>>> read("HPA on frontend s.t. 3 ≤ replicas ≤ 9, CPU target 60%.")
'HPA on frontend s.t. between 3 and 9 replicas, CPU target 60%.'
>>> read("filter orders (orders): n = 2 ⇒ n = 5.")
'filter orders (orders): replicas from 2 to 5.'
>>> read("scheduler API (my-api): replicas ← replicas + 1.")
'scheduler API (my-api): replicas up by 1.'
>>> read("let n := 5. scale the observer portal (frontend) to n.")
'scale the observer portal (frontend) to 5.'
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.rx import rx

_VAR = r"replicas?|pods?|instances?|copies|n|k|x|count|replica\s+count"
# "3 ≤ replicas ≤ 9", "9 ≥ pods ≥ 3": a count bounded on both sides, inclusive as said.
_BOUNDED = re.compile(
    r"(?<![\w.])(?P<a>\d{1,4})\s*(?P<op>\u2264|<=|\u2265|>=)\s*"
    rf"(?P<what>{_VAR})\s*(?P=op)\s*(?P<b>\d{{1,4}})(?!\w|\.\d)",
    re.I,
)
# "n = 2 ⇒ n = 5", "replicas: 2 → 5" is read elsewhere: the same variable said twice.
_STEPPED = re.compile(
    rf"(?<![\w.\-])(?P<what>{_VAR})\s*(?:=|:=)\s*(?P<a>\d{{1,4}})\s*"
    r"(?:\u21d2|=>|\u27f9|\u2192|->|\bto\b)\s*(?P=what)\s*(?:=|:=)\s*(?P<b>\d{1,4})(?!\w|\.\d)",
    re.I,
)
# "replicas ← replicas + 1", "n := n - 1", "replicas = replicas + 2", "replicas += 1".
_ASSIGNED_STEP = re.compile(
    rf"(?<![\w.\-])(?P<what>{_VAR})\s*(?:\u2190|:=|=|\u2254)\s*(?P=what)\s*(?P<sign>[+\-\u2212])"
    r"\s*(?P<k>\d{1,3})(?!\w|\.\d)|"
    rf"(?<![\w.\-])(?P<what2>{_VAR})\s*(?P<sign2>[+\-])=\s*(?P<k2>\d{{1,3}})(?!\w|\.\d)",
    re.I,
)
# "let n := 5." / "let n = 5;": a single letter bound to a count, as a sentence of its own.
_LET = re.compile(
    r"(?:^|(?<=[.;:]\s))\s*let\s+(?P<var>[a-z])\s*(?::=|=|\u2254|\u2190)\s*(?P<value>\d{1,4})"
    r"\s*(?:[.;,]\s*|$)",
    re.I,
)


def _unit(what: str) -> str:
    what = what.lower()
    return what if what.startswith(("replica", "pod", "instance", "cop")) else "replicas"


def _bounded(m: re.Match[str]) -> str:
    a, b = int(m["a"]), int(m["b"])
    low, high = (a, b) if m["op"] in ("\u2264", "<=") else (b, a)
    if low > high:
        return m.group(0)  # ("9 ≤ n ≤ 3": no count is both; left as said, and asked)
    return f"between {low} and {high} {_unit(m['what'])}"


def _stepped(m: re.Match[str]) -> str:
    return f"{_unit(m['what'])} from {m['a']} to {m['b']}"


def _step(m: re.Match[str]) -> str:
    what, sign, k = (
        (m["what"], m["sign"], m["k"]) if m["what"] else (m["what2"], m["sign2"], m["k2"])
    )
    return f"{_unit(what)} {'up' if sign == '+' else 'down'} by {k}"


def _let(text: str) -> str:
    m = _LET.search(text)
    if m is None:
        return text
    rest = text[: m.start()] + text[m.end() :]
    # The variable where a count goes: "to n", "at n", "= n" (whole word, outside other words).
    used = rx(rf"\b(?P<lead>to|at|=|of)\s+{re.escape(m['var'])}(?![\w\-/]|\.\w)", re.I)
    if not used.search(rest):
        return text
    return used.sub(lambda u: f"{u['lead']} {m['value']}", rest)


def read(text: str) -> str:
    """``text`` with a count said in shorthand written as words (module docstring)."""
    if "\u2264" in text or "\u2265" in text or "<=" in text or ">=" in text:
        text = _BOUNDED.sub(_bounded, text)
    if "=" in text or "\u2190" in text or "\u2254" in text:
        if (
            "\u21d2" in text
            or "=>" in text
            or "\u27f9" in text
            or "\u2192" in text
            or ("->" in text or " to " in text)
        ):
            text = _STEPPED.sub(_stepped, text)
        text = _ASSIGNED_STEP.sub(_step, text)
        if "let " in text.lower():
            text = _let(text)
    return text
