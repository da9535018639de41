"""Filipino words in an English order, as Filipino developers write in chat (Taglish, round 34).

"Yung seat-lock worker (worker), gawing three replicas po. Wag galawin yung seat redis (cache
sts)." says to leave the cache StatefulSet alone ("wag galawin": don't touch), but with the
prohibition unread the only workload the last sentence named was the one scaled. "Dagdag 2
replicas sa frontend" adds two ("dagdag": add), never sets two. Read only in a text that is
plainly Taglish (a word no English sentence holds: "yung", "ng", "wag", "paki-…", "dagdag",
"lagyan", …), these words are written as the English they mean, so the English rules read them:

- a prohibition, "wag/huwag galawin X" and "X wag galawin": "do not touch";
- "dagdag(an) (ng) N": "add N"; "lagyan (ng)": "put"; "paki-VERB": "please VERB";
- the particles "yung" ("the") and "po" (politeness: "please"); "walang X": "no X";
- "at" between two quantities said with their fields ("1 CPU limit at 2Gi memory limit"):
  "and" — only there, since "at 2Gi" is English too.

Other Filipino words are left as said (the readers after this one ask about what they do not
know). A word inside quotes or a name of the namespace is never rewritten (:func:`.tongues.read`).

>>> read("Yung app container wag galawin.")
'the app container do not touch.'
>>> read("Dagdag 2 replicas sa frontend po")
'add 2 replicas sa frontend please'
>>> read("scale the api at 2pm")
'scale the api at 2pm'
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Words only a Filipino sentence holds: the text is read as Taglish when one is there.
_MARKER = re.compile(
    r"(?<![\w\-./:=@'`\"])(?:yung|iyong|ng|wag|huwag|paki-?[a-z]+|pa-[a-z]+|dagdag(?:an)?|bawas(?:an)?|"
    r"lagyan|gawing|walang|mamaya(?:ng)?|kasama|pwede|puwede|salamat|ibalik|tanggalin|"
    r"ngayon|kahapon|niya|natin|galawin|isali|kapag)(?![\w\-/=@`\"])",
    re.I,
)
_EDGE_BEFORE = r"(?<![\w\-./:=@'`\"])"
_EDGE_AFTER = r"(?![\w\-/=@`\"]|:\S|\.\w|'\w)"
# A quantity said with its field ("1 CPU limit", "250m cpu request", "512Mi memory limit").
_QUANTITY_FIELD = (
    r"\d+(?:\.\d+)?\s*(?:m|mi|gi|ki|mb|gb|k|cpus?|cores?)?\s+(?:cpu|cpus|memory|mem|ram)\s+"
    r"(?:limits?|requests?)"
)
# (pattern, English) in the order they are read: the longer phrases first.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_EDGE_BEFORE + pattern, re.I), english)
    for pattern, english in (
        (
            r"(?:wag|huwag)\s+(?:(?:mo|nyo|niyo|ninyo|mong|nyong|niyong|ninyong)\s+)?galawin"
            + _EDGE_AFTER,
            "do not touch",
        ),
        (
            r"(?:paki-?)?dagdag(?:an)?(?:\s+(?:ng|pa))?"
            r"(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
            "add",
        ),
        # ("bawasan ng 1 replica": take one away — said as a removal, which asks: never "to 1")
        (
            r"(?:paki-?)?bawas(?:an)?(?:\s+(?:ng|pa))?"
            r"(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
            "remove",
        ),
        (r"lagyan(?:\s+ng)?" + _EDGE_AFTER, "put"),
        # ("Paki-scale", "Pakiscale": the verb after it is English.)
        (
            r"paki-?(?=(?:scale|restart|set|setup|delete|update|rollback|drop|add|remove)\b)",
            "please ",
        ),
        (r"walang" + _EDGE_AFTER, "has no"),
        (r"(?:yung|iyong)" + _EDGE_AFTER, "the"),
        (r"po" + _EDGE_AFTER, "please"),
    )
)
_QUOTED = re.compile(
    r"\"[^\"]*\"|'[^'\s][^']*'|`[^`]*`|\u201c[^\u201d]*\u201d|\u2018[^\u2019]*\u2019"
)
_AND = re.compile(rf"(?P<first>{_QUANTITY_FIELD})\s+at\s+(?=\d)", re.I)


def taglish(text: str) -> bool:
    """Whether ``text`` holds a word only a Filipino sentence holds (a cheap look first)."""
    return bool(_MARKER.search(text))


def read(
    text: str,
    named: Callable[[str], bool] = lambda word: False,
    quoted: re.Pattern[str] | None = None,
) -> str:
    """``text`` with the Filipino words of the table written as English, when it is Taglish;
    otherwise ``text`` itself. A word inside ``quoted`` spans, or one ``named`` says is a name of
    the namespace, stays as said."""
    if not taglish(text):
        return text

    def swap(pattern: re.Pattern[str], english: str | None, text: str) -> str:
        spans = [(q.start(), q.end()) for q in (quoted or _QUOTED).finditer(text)]

        def one(m: re.Match[str]) -> str:
            if any(a <= m.start() < b for a, b in spans) or named(m.group(0)):
                return m.group(0)
            return english if english is not None else f"{m['first']} and "

        return pattern.sub(one, text)

    for pattern, english in _RULES:
        text = swap(pattern, english, text)
    return swap(_AND, None, text)
