"""A review's recommendation is the request; a backup without a cadence is one backup (r11).

Rules:
- A recommendation written in a review ("We recommend running checkout with 3 replicas",
  "We suggest …", "we advise …", "we propose …", "Recommendation: …", "rec 3: …") names the change
  the reviewer wants: its words are read as the request (the plan is still approved by a person).
  A hedge said in chat ("maybe", "ideally", "perhaps", "might", "could", "should we …?") is not a
  recommendation and keeps asking: only the first-person plural of a review ("we recommend", "I
  recommend", "our recommendation") or a review's label opens one, never "it is recommended
  that maybe …".
- "take a backup", "back up X", "a velero backup of the namespace" said with no cadence is one
  Velero Backup made now; a cadence ("nightly", "every 6 hours", "daily at 4") or a word of
  recurrence ("schedule", "regular", "periodic", "recurring", "automatic", "backups" in the
  plural, "keep X backed up") makes a Schedule.
"""

from __future__ import annotations

import re

# "We recommend running checkout with 3 replicas" -> "running checkout with 3 replicas"; "I'd
# suggest", "we strongly advise that", "our recommendation:", "Recommendation:", "Cost, rec 3:".
_ADVICE = re.compile(
    r"^\W*(?:(?:we|i)(?:\s+would|'d|\s+strongly|\s+therefore)*\s+(?:recommend|suggest|advise|propose)"
    r"(?:\s+that)?(?:\s+(?:we|you))?(?:\s+to)?|(?:our\s+)?recommendation\s*:|"
    r"(?:[a-z][a-z ]{0,30},\s*)?rec(?:ommendation)?\s*#?\d+\s*:)\s+",
    re.I,
)
# A hedge keeps the sentence a thought, not an order: the boundary of the rule. "We recommend
# maybe 3 replicas", "ideally we suggest …", "we might suggest", a question, a later time.
_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|possibly|ideally|might|could|consider(?:ing)?|eventually|"
    r"some\s?day|in\s+the\s+future|long[- ]term|later|evaluat\w*|investigat\w*|"
    r"look\s+into|explor\w+)\b|\?",
    re.I,
)
# A gerund after the recommendation ("running", "adding", "scaling") is its verb's order.
_GERUND = re.compile(r"^([a-z]+?)ing\b", re.I)
_SILENT_E = frozenset(
    "us scal mov introduc enabl increas reduc creat updat upgrad remov delet defin configur rais "
    "tak chang mak giv replac migrat retir rotat siz schedul provid enforc captur reserv requir "
    "disabl restor archiv decommission".split()
)


def _imperative(rest: str) -> str:
    m = _GERUND.match(rest)
    if m is None:
        return rest
    stem = m.group(1)
    low = stem.lower()
    if low in _SILENT_E and low != "decommission":
        stem += "e"
    elif len(low) > 2 and low[-1] == low[-2] and low[-1] not in "lsz":
        stem = stem[:-1]  # running -> run, setting -> set, capping -> cap
    return stem + rest[m.end() :]


# Round 28 (attack 32): advice to destroy ("Recommendation: delete postgres", "I recommend
# deleting worker", "we suggest scaling worker to 0", "… rolling back checkout") is not read as
# the order: a delete, a scale to zero or a rollback on a reviewer's word is asked
# (:mod:`.roles` reads the advice).
_DESTROYS = re.compile(
    r"^(?:delet|remov|destroy|drop|tear\w*\s+down|nuk|decommission|uninstall|purg|wip|kill)\w*|"
    r"^scal\w*\b[^,;.\n]*?\bto\s+(?:0|zero|nothing)\b|^scal\w*\s+(?:\S+\s+)?(?:down\s+)?to\s+(?:0|zero)\b|"
    r"^(?:roll\w*\s+(?:\S+\s+)?back|rollback|revert|undo)\w*",
    re.I,
)


def recommended(text: str) -> str | None:
    """The change a review's recommendation asks for ("We recommend running checkout with 3
    replicas" -> "run checkout with 3 replicas"), or None when ``text`` is not one, hedges or
    advises a delete, a scale to zero or a rollback (:data:`_DESTROYS`)."""
    m = _ADVICE.match(text)
    if m is None or _HEDGE.search(text) or _DESTROYS.match(text[m.end() :].strip()):
        return None
    rest = text[m.end() :].strip()
    return _imperative(rest) if rest else None


def read(text: str) -> str:
    """``text`` with a review's recommendation written as the order it recommends (the plan
    is still approved by a person); anything else as said."""
    return recommended(text) or text


# A word of recurrence: backups on a schedule, not one backup now.
_RECURRING = re.compile(
    r"\b(?:schedul\w*|regular(?:ly)?|periodic(?:ally)?|recurring|routine(?:ly)?|automat\w*|"
    r"backups|snapshots|dumps|continuous(?:ly)?|always|keep\s+\S+(?:\s+\S+)?\s+backed\s+up|"
    r"cron\w*|polic(?:y|ies)|from\s+now\s+on|going\s+forward|each|every)\b",
    re.I,
)


def backup_once(text: str) -> bool:
    """Whether a backup said with no cadence is one backup (no word of recurrence in ``text``)."""
    return _RECURRING.search(text) is None
