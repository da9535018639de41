"""A PaaS config command typed as the request: Heroku's ``config:set`` and ``config:unset``.

Rule (round 12): ``[heroku] config:set KEY=value … [-a|--app APP]`` and ``config:unset KEY …
[-a|--app APP]`` say the same change as "set KEY=value on APP" and "remove KEY from APP" — the
app named by its flag or in words ("… on frontend", "… for my-api"). The command's own form is
no value and no deletion: "config:unset" removes a variable, never an object. A hedge on the
command ("…, or whatever the equivalent is here") says the speaker does not know this platform's
command, not that the value is approximate: it is dropped with the command. Anything else in the
command (another flag, no key) leaves the text as said, for the other rules to read or ask.

Pure text; the length may change. Example::

    read("heroku config:set PROVIDER=adyen -a payments, or whatever the equivalent is here")
    # 'set PROVIDER=adyen on payments'
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.foreign import HEDGE
from dotop_nb.planner.offline.rx import rx

_KEY = r"[A-Z][A-Z0-9_]{1,62}"
_PAIR = rf"{_KEY}=(?:'[^']*'|\"[^\"]*\"|[^\s'\",;]+)"
_APP_FLAG = r"(?:-a|--app)(?:\s+|=)(?P<app>[a-z0-9][a-z0-9-]*)"
_COMMAND = re.compile(
    r"^\s*(?:heroku\s+)?config:(?P<verb>set|unset|add|remove)\s+"
    rf"(?P<what>(?:{_PAIR}|{_KEY})(?:\s+(?:{_PAIR}|{_KEY}))*)"
    rf"(?:\s+{_APP_FLAG}|\s+(?P<prep>on|for|in|from)\s+(?:the\s+)?(?P<named>[a-z0-9][a-z0-9-]*))?"
    r"(?P<rest>.*)$",
    re.S,
)
# "…, or whatever the equivalent is here": the one table of such remarks (:data:`.foreign.HEDGE`).
_HEDGE = HEDGE


def read(text: str) -> str:
    """``text`` with a ``config:set`` / ``config:unset`` command said as its change (see the
    module's rule); otherwise ``text`` as it is."""
    m = _COMMAND.match(text)
    if m is None:
        return text
    app = m.group("app") or m.group("named")
    rest = m.group("rest")
    hedge = _HEDGE.match(rest)
    if hedge:
        rest = rest[hedge.end() :]
    if app is None or (rest.strip() and not rx(r"\s*[,;.!]").match(rest)):
        return text
    what = m.group("what")
    pairs = rx(_PAIR).findall(what)
    keys = [w for w in what.split() if rx(_KEY).fullmatch(w)]
    if m.group("verb") in ("set", "add"):
        if keys or not pairs:
            return text  # "config:set FOO" names no value
        said = f"set {' '.join(pairs)} on {app}"
    else:
        if pairs or not keys:
            return text  # "config:unset FOO=bar" is no unset
        said = f"remove {' and '.join(keys)} from {app}"
    return f"{said}{rest}".strip()
