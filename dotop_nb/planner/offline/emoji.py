"""Emoji said in chat, read as the tone they are: punctuation, never words of the request.

Rule (round 12): a chat emoji of mood or things — a shortcode (":scream:", ":muscle:",
":thinking_face:") or a pictograph — between two words ends the clause before it, as a full
stop would ("worker hasn't got any limits :scream: give it 128Mi requests" is two
sentences); at the end of the message, or before punctuation, it is dropped. A colon inside a
token ("redis:7", "14:00:00", "app:v1:") is never a shortcode: the emoji must stand alone, its
name starting with a letter. An emoji that says something (a thumb, a tick, a cross, a box to
tick, a warning, a laughing or winking face that makes the order a joke) is left as typed for
the rules that read it (:mod:`.roles`, :mod:`.speech`). Pure text; nothing else changes.

>>> said("worker has no limits :scream: give it 128Mi requests")
'worker has no limits. give it 128Mi requests'
>>> said("payments could do with another two pods :muscle:")
'payments could do with another two pods'
"""

from __future__ import annotations

import re

# Emoji that say something — yes, no, done, rejected, a box to tick ("\u2610 drop orders" is a
# to-do note, "\u274c delete worker" a rejected one): never read as tone, left as typed.
_SAYS = (
    r"(?!:(?:\+1|-1|thumbsup|thumbsdown|x|white_check_mark|heavy_check_mark|ballot_box_with_check|"
    r"no_good|no_entry|no_entry_sign|negative_squared_cross_mark|heavy_multiplication_x|warning|"
    r"octagonal_sign|stop_sign|question|grey_question|exclamation|bangbang|hourglass|"
    # A joke or sarcasm marker (roles.py reads "restart orders \U0001f602" as no order).
    r"joy|rofl|laughing|upside_down_face|stuck_out_tongue\w*|smirk|roll_eyes|"
    r"face_with_rolling_eyes|wink|zany_face|clown_face):)"
)
# ":scream:", ":thinking_face:" standing alone.
_SHORTCODE = rf"(?<![\w:/.@\-]){_SAYS}:[a-z][a-z0-9_+\-]*:(?![\w/.:@])"
# Pictographs of mood and things (not thumbs, ticks, crosses or boxes), with the joiners,
# skin tones and variation selectors that build them.
_PICTO = (
    r"(?:(?![\U0001f44d\U0001f44e\U0001f645\U0001f6ab\U0001f6d1\U0001f602\U0001f643\U0001f923"
    r"\U0001f61c\U0001f60f\U0001f644\U0001f609\U0001f92a\U0001f61d\U0001f61b\U0001f921])"
    r"[\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001faff])[\U0001f3fb-\U0001f3ff\ufe0f\u200d]*"
)
_EMOJI = re.compile(rf"\s*(?:(?:{_SHORTCODE}|{_PICTO})\s*)+")


def said(text: str) -> str:
    """``text`` with each emoji read as punctuation (see the module docstring)."""
    if ":" not in text and not re.search(_PICTO, text):
        return text

    def mark(m: re.Match[str]) -> str:
        before, after = text[: m.start()], text[m.end() :]
        if not after.strip() or re.match(r"\s*[,.;!?)]", after):
            return ""
        if not before.strip() or re.search(r"[,.;:!?(]\s*$", before):
            return " " if before.strip() else ""
        return ". "

    return _EMOJI.sub(mark, text)
