"""The text of a value is a value, never an order.

Rule: words inside quotes ('set NOTE="when stuck, restart" on worker') and the value of a label,
an annotation, a note, a comment or a description ("label payments team=restart", "add a comment
to payments: restart if slow") are what was said to be stored, not a change to make. A request
whose category is read only from such words is asked about (labels, annotations and comments
are not changes this planner makes, but the scrape annotations of monitoring); so is a value
that is a placeholder ("{{level}}", "TODO").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline.context import Clarify

# A quoted phrase of two words or more, its quotes not inside a word ("don't", "payments' pods").
_PHRASE = re.compile(
    r"(?<!\w)([\"'\u201c\u2018])([^\"'\u201c\u201d\u2018\u2019]*\s[^\"'\u201c\u201d\u2018\u2019]*)[\"'\u201d\u2019](?!\w)"
)
# Asking to set metadata: "label payments …", "annotate frontend …", "add a comment to …",
# "set a label/annotation/note … on …", "set the description of payments to …".
_METADATA = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:label|annotate|re-?label)\s+\S|"
    r"\b(?:add|set|put|give|attach|write|leave|change|update)\s+(?:it\s+)?(?:a|an|the|this|one)?\s*"
    # (Round 33, gap36b: never the first half of a compound, "the label-image proxy".)
    r"(?:new\s+)?(?:label|annotation|comment|note|description)s?(?![\w\-])(?!\s*=)",
    re.I,
)
# A value that stands for one not given yet.
_PLACEHOLDER = re.compile(
    r"(?:=|\bto\s+)\s*[\"']?(?P<value>\S*(?:\{\{[^}]*\}\}|\$\{[^}]*\}|<[a-z_\- ]+>)\S*|"
    r"(?:TODO|TBD|FIXME|CHANGEME|CHANGE_ME|XXX|X\.Y\.Z|x\.y\.z)\b)"
)


def check(text: str, category: str, read: Callable[[str], str | None]) -> None:
    """Ask when ``text`` sets metadata, gives a placeholder as a value, or is read as
    ``category`` only from the words of a quoted value (``read`` gives a text's category)."""
    if category != "monitoring" and _METADATA.search(text):
        # ("annotate frontend so prometheus scrapes 8080": the scrape annotations monitoring
        # plans, read as such.)
        raise Clarify(
            f"I read {text!r} as setting a label, annotation, note or description: that is "
            "not a change the offline planner makes, and the words of its value are never an "
            "order. Set it with kubectl label/annotate; or, if "
            "you meant a change, say it on its own (e.g. 'restart payments')."
        )
    if m := _PLACEHOLDER.search(text):
        raise Clarify(
            f"{m.group('value')!r} is a placeholder, not a value. What exactly should it be?"
        )
    phrases = list(_PHRASE.finditer(text))
    if not phrases:
        return
    masked = _PHRASE.sub(lambda p: f"{p.group(1)}val{p.group(1)}", text)
    if read(masked) != category:
        raise Clarify(
            f"I read {phrases[0].group(2)!r} as a value in quotes, not as a {category}: "
            "the text of a value is never an order. Name the key it goes in (KEY='…' on …), "
            f"or ask for the {category} on its own."
        )
