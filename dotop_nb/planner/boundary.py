"""Text that crosses the boundary to the model: untrusted-data wrapping, truncation with a note,
YAML rendering and field selection by path (pure)."""

from __future__ import annotations

import html
import re
from typing import Any

import yaml

Json = dict[str, Any]


# Characters a model may read as ``<``, ``>`` or ``&``: the NFKC forms of the fullwidth and small
# variants, and bracket look-alikes NFKC keeps (tests check every BMP character whose NFKC form
# has one of the three is here). They are escaped as character references, like ``<`` itself,
# so a fullwidth ``/untrusted-data`` tag cannot pass for a closing one.
_LOOKALIKES = frozenset(
    "\ufe64\ufe65\uff1c\uff1e\ufe60\uff06"  # small / fullwidth < > &
    "\u2039\u203a\u2329\u232a\u3008\u3009\u27e8\u27e9\u276e\u276f\u02c2\u02c3"
    "\u227a\u227b\u2264\u2265\u226e\u226f"
)


def escape(text: str) -> str:
    """``text`` with ``&``, ``<``, ``>`` and their look-alikes escaped: it cannot open, close
    or fake a boundary, however it is written."""
    return _references(html.escape(text, quote=False))


def _attribute(text: str) -> str:
    return _references(html.escape(text, quote=True))


def _references(text: str) -> str:
    if not any(c in _LOOKALIKES for c in text):
        return text
    return "".join(f"&#x{ord(c):x};" if c in _LOOKALIKES else c for c in text)


def untrusted(source: str, text: str) -> str:
    """``text`` inside the untrusted-data boundary, escaped so it cannot close or fake one."""
    return (
        f'<untrusted-data source="{_attribute(source)}">\n'
        f"{escape(text.rstrip())}\n"
        "</untrusted-data>"
    )


def trusted(source: str, text: str) -> str:
    """``text`` inside the organisational-knowledge boundary: the team's own reviewed patterns
    and policies, guidance the model should follow (unlike cluster data). Escaped all the same,
    so that no document can close or fake either boundary."""
    return (
        f'<organisational-knowledge source="{_attribute(source)}">\n'
        f"{escape(text.rstrip())}\n"
        "</organisational-knowledge>"
    )


# A boundary as untrusted() writes it: everything inside is escaped, so it holds no < or >.
_FENCE = re.compile(r'<untrusted-data source="[^"<>]*">\n[^<>]*\n</untrusted-data>')


def seal(text: str) -> str:
    """A tool result as it may reach the model: the untrusted-data boundaries it holds kept, and
    everything outside them escaped (:func:`escape`).

    Every tool result passes through here (``Toolbox.call``, the refine verdict), so a path
    that quotes cluster text in its own words — an error that lists a CRD's field names, a
    policy reason that quotes an object — cannot open or close a boundary, success or error.
    A boundary only counts when it is well-formed with escaped content; text that imitates one
    exactly is itself just more untrusted data."""
    out: list[str] = []
    cursor = 0
    for match in _FENCE.finditer(text):
        out += [escape(text[cursor : match.start()]), match.group()]
        cursor = match.end()
    out.append(escape(text[cursor:]))
    return "".join(out)


def compact(value: Any) -> Any:
    """``value`` without empty parts (None, False, "", [], {}), recursively: a policy's unset
    rules say nothing, and listing them costs tokens and attention.

    "Empty" is decided by type as well as value: ``0`` equals ``False`` in Python, but a rule
    set to 0 (``min_replicas: 0``, a zero budget) is a rule, and hiding it from the model
    would hide a limit it must respect. Only the unset defaults are dropped (every boolean
    rule defaults to False; see ``dotop_nb.policy.model.PolicyRules``)."""
    if isinstance(value, dict):
        kept = {k: compact(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if not _empty(v)}
    if isinstance(value, list):
        items = [compact(v) for v in value]
        return [v for v in items if not _empty(v)]
    return value


def _empty(value: Any) -> bool:
    return value is None or value is False or (type(value) in (str, list, dict) and not value)


def truncate(text: str, limit: int, *, hint: str) -> tuple[str, str]:
    """``text`` cut to ``limit`` characters (at a line end when one is near) and the note that
    says so ('' when nothing was cut). The note is ours, so it goes outside the boundary."""
    if len(text) <= limit:
        return text, ""
    cut = text.rfind("\n", int(limit * 0.8), limit)
    kept = text[: cut if cut > 0 else limit]
    note = (
        f"[truncated: {len(text) - len(kept):,} of {len(text):,} characters not shown. "
        f"Narrow the request: {hint}]"
    )
    return kept, note


def to_yaml(value: Any) -> str:
    return str(
        yaml.safe_dump(
            value, sort_keys=False, default_flow_style=False, width=120, allow_unicode=True
        )
    )


_PATH_TOKEN = re.compile(r"""\[(\*|\d+)\]|\[(?:'([^']*)'|"([^"]*)")\]|([^.\[\]]+)""")
_ABSENT = "<absent>"


def parse_path(path: str) -> list[str | int]:
    """``spec.containers[0].image`` → ``["spec", "containers", 0, "image"]``; ``[*]`` is ``"*"``,
    ``['a.b/c']`` a key with dots."""
    tokens: list[str | int] = []
    for index, quoted1, quoted2, key in _PATH_TOKEN.findall(path):
        if index:
            tokens.append("*" if index == "*" else int(index))
        elif quoted1 or quoted2:
            tokens.append(quoted1 or quoted2)
        elif key:
            tokens.append(key)
    return tokens


def select(obj: Any, path: str) -> Any:
    """The value at ``path`` in ``obj`` (a list for ``[*]``), or ``"<absent>"``."""

    def walk(value: Any, tokens: list[str | int]) -> Any:
        if not tokens:
            return value
        head, rest = tokens[0], tokens[1:]
        if head == "*":
            if isinstance(value, list):
                return [walk(v, rest) for v in value]
            if isinstance(value, dict):
                return {k: walk(v, rest) for k, v in value.items()}
            return _ABSENT
        if isinstance(head, int):
            if isinstance(value, list) and -len(value) <= head < len(value):
                return walk(value[head], rest)
            return _ABSENT
        if isinstance(value, dict) and head in value:
            return walk(value[head], rest)
        return _ABSENT

    return walk(obj, parse_path(path))
