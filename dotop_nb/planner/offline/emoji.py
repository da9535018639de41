"""Emoji said in chat, read as the tone they are: punctuation, never words of the request.

Rule (round 12): a chat emoji — a shortcode (":scream:", ":muscle:", ":thinking_face:",
":+1:") or a pictograph — between two words ends the clause before it, as a full stop would
("worker hasn't got any limits :scream: give it 128Mi requests" is two sentences); at the end
of the message, or before punctuation, it is dropped. A colon inside a token ("redis:7",
"14:00:00", "app:v1:") is never a shortcode: the emoji must stand alone, its name starting with
a letter. Pure text; nothing else changes.

>>> said("worker has no limits :scream: give it 128Mi requests")
'worker has no limits. give it 128Mi requests'
>>> said("payments could do with another two pods :muscle:")
'payments could do with another two pods'
"""

from __future__ import annotations

import re

# ":scream:", ":thinking_face:", ":+1:", ":-1:" standing alone.
_SHORTCODE = r"(?<![\w:/.@\-]):(?:[a-z][a-z0-9_+\-]*|[+\-]1):(?![\w/.:@])"
# Pictographs and the joiners and variation selectors that build them.
_PICTO = r"[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2705\u274c\ufe0f\u200d]+"
_EMOJI = re.compile(rf"\s*(?:(?:{_SHORTCODE}|{_PICTO})\s*)+")
# The emoji that say yes: read by the answer rules (speech._YES), never blanked here.
_YES = re.compile(r"^\W*(?::\+1:|:thumbsup:|\U0001f44d)\W*$")


def said(text: str) -> str:
    """``text`` with each emoji read as punctuation (see the module docstring)."""
    if ":" not in text and not re.search(_PICTO, text):
        return text
    if _YES.match(text):
        return text

    def mark(m: re.Match[str]) -> str:
        before, after = text[: m.start()], text[m.end() :]
        if not after.strip() or re.match(r"\s*[,.;!?)]", after):
            return ""
        if not before.strip() or re.search(r"[,.;:!?(]\s*$", before):
            return " " if before.strip() else ""
        return ". "

    return _EMOJI.sub(mark, text)
