"""Text that crosses the boundary to the model: untrusted-data wrapping, truncation with a note,
YAML rendering and field selection by path (pure)."""

from __future__ import annotations

import html
import re
from typing import Any

import yaml

Json = dict[str, Any]


def untrusted(source: str, text: str) -> str:
    """``text`` inside the untrusted-data boundary, escaped so it cannot close or fake one."""
    return (
        f'<untrusted-data source="{html.escape(source, quote=True)}">\n'
        f"{html.escape(text.rstrip(), quote=False)}\n"
        "</untrusted-data>"
    )


def trusted(source: str, text: str) -> str:
    """``text`` inside the organisational-knowledge boundary: the team's own reviewed patterns
    and policies, guidance the model should follow (unlike cluster data). Escaped all the same,
    so that no document can close or fake either boundary."""
    return (
        f'<organisational-knowledge source="{html.escape(source, quote=True)}">\n'
        f"{html.escape(text.rstrip(), quote=False)}\n"
        "</organisational-knowledge>"
    )


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
