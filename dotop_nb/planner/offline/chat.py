"""A phone's chat register read as plain words: one table, read once, early (round 17).

People typing an order on a phone shorten it. Two readings, each in one place:

- :func:`spelled` — the chat short forms of :data:`SHORT` ("b4", "w", "w/", "avail", "rn",
  "tmrw", "bc", "ty", "u", "pls", "its" before a gerund …) written as the words they stand
  for, so every rule reads "before the upgrade" however it was typed. A short form is read
  only as a word of its own: never inside a token or a value ("KEY=rn", "w-1", "b4.2",
  "my-w", "REGION to bc", "REGION BC"), never when it is the name of a workload (``names``),
  and "w" only between two words
  ("something weird w auth"). Run on the message and on the words as sent (:mod:`.veto`), so
  the checks that read those see the same words.
- :func:`verbless` — an order said without its verb. A workload's name, then "to" (or an
  arrow, said "to" by :mod:`.prose`) or "down to", then a bare count that closes its clause
  ("frontend to 8", "worker to 0 for now", "payments → 4 pls", "frontend down to 2. traffic's
  gone") is a scale, written "scale NAME to N" — when every image of that workload is tagged
  with a dotted version, so that the number cannot be its version ("app:42" may go "to 43").
  A workload's name and one word more (its container), then a version that closes the clause
  ("cache proxy 1.0.2 after lunch", "orders envoy v1.30.4 pls"), is an update, written
  "update NAME …". A unit, a version or another noun after the count ("frontend to 8 cpu",
  "frontend to 2.2.0", "frontend to 8080 port"), "up to N" (a ceiling), "back to N" (a count
  or a revision?) and a word of state before the version ("frontend runs 2.1.0") are left as
  typed, for the rules that read them or ask.

Nothing else changes: what the message means is left to the rules.

>>> spelled("velero backup now pls b4 the upgrade")
'velero backup now please before the upgrade'
>>> verbless("frontend to 8. newsletter just went out", frozenset({"frontend"}))
'scale frontend to 8. newsletter just went out'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import voices

# The one table of chat short forms: (the forms, a pattern in any case; the words they stand for).
SHORT: tuple[tuple[str, str], ...] = (
    (r"b4", "before"),
    (r"w/o", "without"),
    (r"w/", "with"),
    (r"avail", "available"),
    (r"unavail", "unavailable"),
    (r"rn", "right now"),
    (r"tmrw|tmrow|tmr|tmw|2moro|2morrow", "tomorrow"),
    (r"bc|b/c|bcuz|bcoz|cuz|coz", "because"),
    (r"ty|thx|thnx|thanx|tysm|tyvm", "thanks"),
    # (Round 37, m43a — attack43: "ok, thanks" run together, "scale orders to 8 kthx!".)
    (r"kthx|kthxbye|kthnx|kthanks", "thanks"),
    (r"u", "you"),
    (r"ur", "your"),
    (r"abt", "about"),
    (r"smth|sth|smthg", "something"),
    (r"pls+|plz+|plox|pleas+e+|pleez+", "please"),
    # Round 40 (oa46): thanks and please in other tongues ("… takk", "sulpayki, update …", "…
    # por favor"): the words of :data:`.voices.THANKS` and :data:`.voices.PLEASE`, less those a
    # voice reads itself (they mark the message as of that voice).
    # (Round 42, lex42: never the thanks that opens a greeting — Tongan "mālō e lelei" is
    # "hello", and the name after it still the one greeted: "Mālō e lelei Sione, …".)
    (
        "(?:"
        + voices.alternation(voices.THANKS - voices.CLAIMED)
        + r")(?!\s+(?:"
        + voices.alternation(
            frozenset(
                g[len(t) :].strip()
                for g in voices.GREETINGS
                for t in voices.THANKS
                if g.startswith(t + " ") and g not in voices.THANKS
            )
        )
        + r")(?![\w\-]))",
        "thanks",
    ),
    (voices.alternation(voices.PLEASE - voices.CLAIMED), "please"),
)
# A short form stands alone: no letter, digit or joiner of a token or a value on either side.
_ALONE_BEFORE = r"(?<![\w\-./:=@$'\"])"
_ALONE_AFTER = r"(?![\w\-./:=@'\"])"
_SHORT = re.compile(
    # (Never a value: "REGION to bc", "MODE as u".)
    r"(?<!\bto\s)(?<!\bas\s)(?<!\bbe\s)(?<!\bis\s)"
    + _ALONE_BEFORE
    + "(?:"
    + "|".join(f"(?P<s{i}>{said})" for i, (said, _) in enumerate(SHORT))
    + ")"
    + _ALONE_AFTER,
    re.I,
)
# "w" for "with", between two words ("something weird w auth", "restart it w the new config").
_WITH = re.compile(r"(?<=[a-z]\s)w(?=\s+[a-z])")
# "its spamming the queue", "its been down": "it's", before a gerund, "been" or "not".
_ITS = re.compile(r"\b([Ii])ts(?=\s+(?:\w+ing|been|not|still|just|already|gone|down|up)\b)")


# Round 42 (lex42): a word that insists, "mind you", opening a prohibition ("restart worker and
# my-api, mi raccomando no pod deleted by hand"; :data:`.voices.INSIST`): the courtesy out, the
# prohibition read as if said alone ("…, no pod deleted by hand").
_INSISTING = re.compile(
    r"(?<![\w\-'])(?:"
    + voices.alternation(voices.INSIST)
    + r")\s*[,:!\u2014\u2013-]*\s*(?=(?:no|not|don'?t|do\s+not|never|nothing|nobody|none|"
    r"without)\b)",
    re.I,
)


def spelled(text: str, names: Callable[[], frozenset[str]] = frozenset) -> str:
    """``text`` with each chat short form of :data:`SHORT` written in words (see the module
    docstring); a short form that is a workload's name is left as typed."""
    if "raccomand" in text.lower():
        text = _INSISTING.sub("", text)
    if not _SHORT.search(text) and not _WITH.search(text) and not _ITS.search(text):
        return text
    known = {n.lower() for n in names()}

    def word(m: re.Match[str]) -> str:
        # ("REGION BC on my-api": a short form in capitals is a value or a name, kept.)
        if m.group(0).lower() in known or (len(m.group(0)) > 1 and m.group(0).isupper()):
            return m.group(0)
        return next(means for i, (_, means) in enumerate(SHORT) if m.group(f"s{i}") is not None)

    text = _SHORT.sub(word, text)
    if "w" not in known:
        text = _WITH.sub("with", text)
    return _ITS.sub(r"\1t's", text)


# What may close a count's clause in a verbless order: the end, a stop, a comma, a dash, or a
# word that starts a time, a reason or another clause ("for now", "pls", "until", "its …").
_CLOSES = (
    r"(?=\s*(?:$|[.,;:!?)\n]|\s[-\u2013\u2014]|\u2014|\u2013|"
    r"(?:for|now|please|right|asap|again|today|tonight|tomorrow|thanks|quickly|temporarily|"
    r"until|till|and|then|before|after|when|once|while|if|so|since|because|as|it'?s|it|"
    r"we'?re|we|they'?re|they|there'?s|i'?m|i)\b))"
)
_VERBLESS = re.compile(
    r"(?:^|(?<=[.,;:!?\n(]))\s*(?:(?:ok|okay|so|please|now|then|also|and)\s+)*(?:the\s+)?"
    # (Round 29, gap32b: "deploy/frontend -> 6": the kind said before it, as kubectl does.)
    r"(?P<pre>(?:deploy|deployment|sts|statefulset)/)?"
    r"(?P<name>[a-z0-9][a-z0-9\-]*)\s+"
    # (Round 23: "cache statefulset to 2": the workload's kind said after its name.)
    r"(?P<kind>(?:statefulset|deployment|daemonset|sts|deploy)\s+)?"
    # (Round 21: "worker to zero" is "worker to 0", the count said in a word; round 28, gap30:
    # so is "worker to three".)
    # (Round 37, gap40b: "kiosk web (frontend) bring down to 2", Singlish "my-api go 4": the
    # verb of a move said after the name, "down to" or "to" all the same; never "go up to".)
    rf"(?P<to>(?:(?:bring|take|go|come)\s+)?(?:down\s+)?to|go)\s+(?P<n>\d{{1,3}}|zero|one|two|three|four|five|six|seven|eight|"
    rf"nine|ten)(?![\w%/:]|\.\d|,\d{{3}}){_CLOSES}",
    re.I,
)

# Round 26 (gap28): a count moved by an amount, said without "scale": "orders plus one",
# "worker minus 2", "make orders one bigger", "make worker two pods smaller" — written "scale
# NAME up/down by N". A unit or another noun after it ("orders plus one cpu") is left as typed.
_COUNT_WORD = r"(?P<n>[1-9]|one|two|three|four|five)"
_MOVED = re.compile(
    r"(?:^|(?<=[.,;:!?\n(]))\s*(?:(?:ok|okay|so|please|now|then|also|and)\s+)*"
    rf"(?:(?P<make>make\s+)(?:the\s+)?(?P<mname>[a-z0-9][a-z0-9\-]*)\s+{_COUNT_WORD}\s+"
    r"(?:(?:replicas?|pods?|instances?)\s+)?(?P<size>bigger|larger|smaller)|(?:the\s+)?"
    r"(?P<name>[a-z0-9][a-z0-9\-]*)\s+(?P<sign>plus|minus)\s+(?P<m>[1-9]|one|two|three|four|five)"
    rf"(?:\s+(?:replicas?|pods?|instances?))?){_CLOSES}",
    re.I,
)

_ARTICLE = re.compile(r"the\s+$", re.I)
# Round 41 (gap44, blind43): a word calling the reader or an end particle closing the clause
# after the version ("alpaca payments (payments) back to 2.9.8 ya", "… 1.0.2 bro"):
# :data:`.voices.ADDRESS`, the sentence going on.
_TAG_CLOSING = (
    r"\s*(?:" + voices.alternation(voices.ADDRESS) + r")(?![\w\-'])(?=\s*(?:$|[.,;!)\n]))"
)
# "cache proxy 1.0.2 after lunch", "orders envoy v1.30.4 pls": a workload's name and one word more
# (its container), then a version that closes the clause — an update said without its verb (the
# name and the version alone, "payments 3.0.2", are read by the update rule itself).
# Never after a word that tells how things are ("frontend runs 2.1.0", "postgres is on 16.4").
_VERSIONED = re.compile(
    r"(?:^|(?<=[.,;:!?\n(]))\s*(?:(?:ok|okay|so|please|now|then|also|and)\s+)*(?:the\s+)?"
    r"(?P<name>[a-z0-9][a-z0-9\-]*)(?P<part>\s+(?!(?:is|was|are|were|runs?|running|ran|on|at|has|"
    r"had|still|now|currently|broke|breaks|uses?|using|stays?|keeps?|from|to|back|in|needs?|"
    r"wants?|should|must|will|can|could|would|crashed|crashes|fails?|failed|and|or|not)\b)"
    r"[a-z][a-z0-9\-]*)\s+(?P<version>v?\d+\.\d+(?:\.\d+)*(?:-[\w.]+)?)(?![\w.]|\.\w)"
    # (Never before a dash or a colon: "checkout 1.1.0 — the error rate is …" is a topic.)
    r"(?=\s*(?:$|[.,;!?)\n]|(?:for|now|please|asap|today|tonight|tomorrow|thanks|until|till|"
    r"before|after|when|once)\b)|" + _TAG_CLOSING + r")",
    re.I,
)

# Round 36 (gap39a, blind39): "billing payments (payments) back to 2.9.6, 3.0.0 double-charges",
# "frontend back to v2.1.0 please": a workload's name, then "back to" a version, closing its
# clause — a rollback said without its verb, written "roll … back to …". (A name of no workload,
# or more words before the version, "payments back to normal", stay as typed.)
_BACKED = re.compile(
    r"(?:^|(?<=[.,;:!?\n(]))\s*(?:(?:ok|okay|so|please|pls|now|then|also|and)\s+)*(?:the\s+)?"
    r"(?P<name>[a-z0-9][a-z0-9\-]*)\s+back\s+to\s+(?:(?:the\s+)?version\s+)?"
    r"(?P<version>v?\d+\.\d+(?:\.\d+)*(?:-[\w.]+)?)(?![\w.]|\.\w)"
    r"(?=\s*(?:$|[.,;!?)\n]|(?:for|now|please|pls|asap|today|tonight|thanks)\b)|"
    + _TAG_CLOSING
    + r")",
    re.I,
)


def _among(name: str, names: frozenset[str]) -> bool:
    """Whether ``name`` is one of ``names``, case aside (looked up as said first: a match is
    rare, a namespace's names many)."""
    low = name.lower()
    return name in names or any(n.lower() == low for n in names)


def verbless(text: str, names: frozenset[str], counted: frozenset[str] | None = None) -> str:
    """``text`` with each verbless scale ("frontend to 8") and update ("cache proxy 1.0.2")
    written with its verb (see the module docstring); any other text as it is. A scale is
    read only of the ``counted`` workloads (default: all ``names``), those a bare number can
    only count (:func:`.spoken.counted_names`)."""

    def scaled(m: re.Match[str]) -> str:
        if not _among(m["name"], names if counted is None else counted):
            return m.group(0)
        # ("ok the frontend to 8": the article goes with the verb.)
        first = m.start("pre") if m["pre"] else m.start("name")
        lead = _ARTICLE.sub("", m.group(0)[: first - m.start()])
        n = "0" if m["n"].lower() == "zero" else m["n"]
        to = "down to" if "down" in m["to"].lower() else "to"
        return f"{lead}scale {m['pre'] or ''}{m['name']} {m['kind'] or ''}{to} {n}"

    def updated(m: re.Match[str]) -> str:
        if not _among(m["name"], names):
            return m.group(0)
        lead = _ARTICLE.sub("", m.group(0)[: m.start("name") - m.start()])
        return f"{lead}update {m.group(0)[m.start('name') - m.start() :]}"

    def moved(m: re.Match[str]) -> str:
        name = m["mname"] or m["name"]
        if not _among(name, names if counted is None else counted):
            return m.group(0)
        lead = m.group(0)[: (m.start("make") if m["make"] else m.start("name")) - m.start()]
        up = (m["size"] or m["sign"]).lower() in ("bigger", "larger", "plus")
        return (
            f"{_ARTICLE.sub('', lead)}scale {name} {'up' if up else 'down'} by {m['n'] or m['m']}"
        )

    def backed(m: re.Match[str]) -> str:
        if not _among(m["name"], names):
            return m.group(0)
        lead = _ARTICLE.sub("", m.group(0)[: m.start("name") - m.start()])
        return f"{lead}roll {m.group(0)[m.start('name') - m.start() :]}"

    def from_said(m: re.Match[str]) -> str:
        if not _among(m["name"], names if counted is None else counted):
            return m.group(0)
        return f"{m['lead']}from {m['a']}{m['to']}"

    text = _FROM_LEFT_OUT.sub(from_said, text) if "scale" in text.lower() else text
    text = _MOVED.sub(moved, text) if _MOVE_CUE.search(text) else text
    text = _BACKED.sub(backed, text) if " back to " in text.lower() else text
    return _VERSIONED.sub(updated, _VERBLESS.sub(scaled, text))


# Round 37 (gap40b, blind40): "please scale ticket payments (payments) 2 -> 1", "scale worker 3
# to 5": the count it runs, then the count it should run, said without "from" — written "scale
# NAME from 2 to 1". Only after "scale" and of a counted workload, two bare counts closing their
# clause ("scale worker 2 to 10 on cpu 70", a range, is left as said).
_FROM_LEFT_OUT = re.compile(
    r"(?P<lead>\bscale\s+(?:the\s+)?(?P<name>[a-z0-9][a-z0-9\-]*)\s+)"
    rf"(?P<a>\d{{1,3}})(?P<to>\s+(?:down\s+|up\s+)?to\s+\d{{1,3}})(?![\w%/:]|\.\d){_CLOSES}",
    re.I,
)
_MOVE_CUE = re.compile(r"\b(?:plus|minus|bigger|larger|smaller)\b", re.I)


# Round 23: "orders batch size 50", "orders BATCH_SIZE 50 for Black Friday": a workload's name,
# a key it holds (as written, or its words: "batch size" for BATCH_SIZE), then a number that
# closes the clause — a setting said without its verb and its "to", written "… to 50". Never
# after a word of state ("orders batch size is 50", "… was 50") or before more words of its
# clause ("orders batch size 50 is too small" is how it is): left as typed, for the readers.
_KEYED = re.compile(
    r"(?:^|(?<=[.,;:!?\n(]))\s*(?:(?:ok|okay|so|please|now|then|also|and)\s+)*(?:the\s+)?"
    r"(?P<name>[a-z0-9][a-z0-9\-]*)(?:'s)?\s+(?:the\s+)?(?P<key>[a-z][a-z0-9_]*(?:\s+[a-z][a-z0-9]*)"
    r"{0,2})\s*:?\s+(?P<value>\d{1,6})(?![\w%/:.\-]|,\d{3}|\s*[%x])"
    r"(?=\s*(?:$|[.,;!?)\n]|\s[-\u2013\u2014]\s|(?:for|now|please|pls|asap|today|tonight|"
    r"tomorrow|thanks|until|till|before|after|when|once|on|in)\b))",
    re.I,
)


def keyed(text: str, names: frozenset[str], keys: Callable[[], dict[str, set[str]]]) -> str:
    """``text`` with each verbless setting ("orders batch size 50") written with its "to"
    ("orders batch size to 50"); any other text as it is (see the comment above)."""
    if not _KEYED.search(text):
        return text
    known = {k.lower().replace("_", " "): k for k in keys()}

    def written(m: re.Match[str]) -> str:
        if not _among(m["name"], names):
            return m.group(0)
        said = " ".join(m["key"].lower().replace("_", " ").split())
        if said not in known:
            return m.group(0)
        cut = m.start("value") - m.start()
        return f"{m.group(0)[:cut].rstrip(': ')} to {m['value']}"

    return _KEYED.sub(written, text)
