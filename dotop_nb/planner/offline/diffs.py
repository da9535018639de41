"""A unified diff pasted as a request: its "+" lines are the new state, its "-" lines the old.

Rule: a message that is a unified diff (a "--- a/…" / "+++ b/…" header or an "@@" hunk line, or
a "-key: A" line and a "+key: B" line for the same key) says its change as "key from A to B",
the removed ("-") value the from-value, checked against the live state (:mod:`.workloads`), the
added ("+") value the one to go to — never the removed one, in whichever order the two lines
come. The file's name ("+++ b/frontend.yaml") is said as the label; hunk and context lines are
dropped. A line only removed (no "+" line for its key) is asked: removing a setting is not read
as a change to plan. A "- item" list without a "+" line for the same key is no diff.

Example::

    read("-  image: ghcr.io/acme/frontend:2.2.0\\n+  image: ghcr.io/acme/frontend:2.1.0")
    # 'image from ghcr.io/acme/frontend:2.2.0 to ghcr.io/acme/frontend:2.1.0'
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Clarify

_HEADER = re.compile(r"^(?:---|\+\+\+)\s+(?:[ab]/)?(?P<path>\S+)", re.M)
_HUNK = re.compile(r"^@@ .* @@", re.M)
# "-        image: ghcr.io/…", "+  replicas: 3": a changed line of a YAML file.
_LINE = re.compile(r"^(?P<sign>[-+])(?!--|\+\+)\s*(?P<key>[\w.\-/]+)\s*:\s*(?P<value>\S.*?)\s*$")


def read(text: str) -> str:
    """``text`` with a unified diff said as its change (module docstring); as typed otherwise."""
    lines = text.split("\n")
    changed = [(n, m) for n, line in enumerate(lines) if (m := _LINE.match(line))]
    removed = {m.group("key"): m.group("value") for _, m in changed if m.group("sign") == "-"}
    added = {m.group("key"): m.group("value") for _, m in changed if m.group("sign") == "+"}
    headed = bool(_HEADER.search(text) or _HUNK.search(text))
    if not (set(removed) & set(added)) and not (headed and changed):
        return text
    if only := [k for k in removed if k not in added]:
        raise Clarify(
            f"The diff removes {only[0]}: {removed[only[0]]} and sets nothing in its place. "
            "Say the change in words (what should be set, or removed, on which workload)."
        )
    label = ""
    for m in _HEADER.finditer(text):
        stem = m.group("path").rsplit("/", 1)[-1].split(".", 1)[0]
        if stem and stem != "dev":  # "/dev/null"
            label = f"{stem}: "
    said: list[str] = []
    for key, value in added.items():
        said.append(f"{key} from {removed[key]} to {value}" if key in removed else f"{key} {value}")
    return label + ", ".join(said)
