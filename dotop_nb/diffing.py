"""Field-level differences between two versions of a Kubernetes object (pure).

Used to show what an operation changes: the object as it is against the apiserver's dry-run
answer, so the diff is what will really change (defaults and admission included), not what a
planner thinks will change. Lists of named items (containers, env, ports, volumes) are matched by
name, so ``spec.template.spec.containers[api].image`` reads like a path a person would write.
"""

from __future__ import annotations

import difflib
from typing import Any

from dotop_nb.models import FieldChange

# Bookkeeping the apiserver and controllers change on every write: never a user-facing change.
_NOISE = frozenset(
    {
        "metadata.resourceVersion",
        "metadata.generation",
        "metadata.managedFields",
        "metadata.uid",
        "metadata.creationTimestamp",
        "metadata.selfLink",
        "metadata.annotations.deployment.kubernetes.io/revision",
        "metadata.annotations.kubectl.kubernetes.io/last-applied-configuration",
        "status",
    }
)


def _named(items: list[Any]) -> bool:
    return bool(items) and all(
        isinstance(i, dict) and isinstance(i.get("name"), str) for i in items
    )


def diff(before: Any, after: Any, *, path: str = "", limit: int = 200) -> list[FieldChange]:
    """Changes from ``before`` to ``after`` (at most ``limit``), noise excluded.

    >>> [c.path for c in diff({"spec": {"replicas": 2}}, {"spec": {"replicas": 5}})]
    ['spec.replicas']
    """
    out: list[FieldChange] = []
    _walk(before, after, path, out, limit)
    return out


def _walk(before: Any, after: Any, path: str, out: list[FieldChange], limit: int) -> None:
    if len(out) >= limit or path in _NOISE or before == after:
        return
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after), key=str):
            sub = f"{path}.{key}" if path else str(key)
            _walk(before.get(key), after.get(key), sub, out, limit)
        return
    if isinstance(before, list) and isinstance(after, list) and _named(before) and _named(after):
        old = {i["name"]: i for i in before}
        new = {i["name"]: i for i in after}
        for name in [*old, *[n for n in new if n not in old]]:
            _walk(old.get(name), new.get(name), f"{path}[{name}]", out, limit)
        return
    out.append(FieldChange(path=path, before=_clean(before, path), after=_clean(after, path)))


def _clean(value: Any, path: str) -> Any:
    """``value`` (found at ``path``) without the bookkeeping below it: a created object's
    ``metadata`` is shown without its uid, timestamps and managed fields."""
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        sub = f"{path}.{key}" if path else str(key)
        if sub not in _NOISE:
            out[key] = _clean(item, sub)
    return out


# What :func:`lookup` returns for an absent path (None is a value).
MISSING: Any = object()


def lookup(obj: Any, path: str) -> Any:
    """The value at a :mod:`dotop_nb.diffing` path (``spec.template.spec.containers[app].image``).

    Keys may contain dots (annotation names), so each step takes the longest key of the object
    that the rest of the path starts with. Returns a private sentinel when the path is absent.
    """
    rest = path
    node = obj
    while rest:
        if rest.startswith("["):
            end = rest.find("]")
            if end < 0 or not isinstance(node, list):
                return MISSING
            name = rest[1:end]
            matches = [i for i in node if isinstance(i, dict) and i.get("name") == name]
            if not matches:
                return MISSING
            node, rest = matches[0], rest[end + 1 :].removeprefix(".")
            continue
        if not isinstance(node, dict):
            return MISSING
        keys = [
            k
            for k in node
            if isinstance(k, str)
            and (rest == k or rest.startswith(k + ".") or rest.startswith(k + "["))
        ]
        if not keys:
            return MISSING
        key = max(keys, key=len)
        node, rest = node[key], rest[len(key) :].removeprefix(".")
    return node


def render(changes: list[FieldChange], *, width: int = 60) -> str:
    """One line per change: ``path: before → after`` (long values shortened; the record shows
    :func:`unified` instead)."""

    def short(value: Any) -> str:
        text = "∅" if value is None else repr(value)
        return text if len(text) <= width else text[: width - 1] + "…"

    return "\n".join(f"{c.path}: {short(c.before)} → {short(c.after)}" for c in changes)


# Maps whose keys may hold dots (label and annotation names, ConfigMap keys): below one of them,
# the rest of a path is a single key.
_KEYED_MAPS = frozenset({"annotations", "labels", "matchLabels", "nodeSelector", "data"})


def steps(path: str) -> list[str | tuple[str]]:
    """A :func:`diff` path as steps: a key, or ``(name,)`` for a named list item.

    >>> steps("spec.template.spec.containers[api].image")
    ['spec', 'template', 'spec', 'containers', ('api',), 'image']
    """
    out: list[str | tuple[str]] = []
    rest = path
    while rest:
        if rest.startswith("["):
            end = rest.find("]")
            out.append((rest[1:end],))
            rest = rest[end + 1 :].removeprefix(".")
            continue
        if out and out[-1] in _KEYED_MAPS:
            out.append(rest)
            break
        cut = min((i for i in (rest.find("."), rest.find("[")) if i >= 0), default=len(rest))
        out.append(rest[:cut])
        rest = rest[cut:].removeprefix(".")
    return out


def _place(tree: dict[str, Any], path: str, value: Any) -> None:
    node: Any = tree
    walk = steps(path)
    for index, step in enumerate(walk):
        last = index == len(walk) - 1
        following = None if last else walk[index + 1]
        fresh: Any = [] if isinstance(following, tuple) else {}
        if isinstance(step, tuple):
            found = next((i for i in node if i.get("name") == step[0]), None)
            if found is None:
                found = {"name": step[0]}
                node.append(found)
            if last:
                found.clear()
                found.update(value if isinstance(value, dict) else {"name": step[0]})
            node = found
        elif last:
            node[step] = value
        else:
            node = node.setdefault(step, fresh)


def sides(changes: list[FieldChange]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The changed parts of the object before and after, each with its parents: what a
    unified diff compares (values are whole, never cut)."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for c in changes:
        if c.before is not None:
            _place(before, c.path, c.before)
        if c.after is not None:
            _place(after, c.path, c.after)
    return before, after


def _yaml_lines(value: dict[str, Any]) -> list[str]:
    import yaml  # noqa: PLC0415 -- only for display

    if not value:
        return []
    text = yaml.safe_dump(value, sort_keys=False, default_flow_style=False, width=100)
    return str(text).splitlines()


def unified(changes: list[FieldChange], *, name: str = "object", context: int = 3) -> list[str]:
    """A unified diff of the changed fields in YAML, like ``kubectl diff`` (server-managed
    fields are never in ``changes``): ``---``/``+++`` headers, ``@@`` hunks, ``-``/``+`` lines.

    >>> unified(diff({"spec": {"replicas": 2}}, {"spec": {"replicas": 5}}), name="d")[2:]
    ['@@ -1,2 +1,2 @@', ' spec:', '-  replicas: 2', '+  replicas: 5']
    """
    before, after = sides(changes)
    lines = difflib.unified_diff(
        _yaml_lines(before),
        _yaml_lines(after),
        fromfile=f"{name} (now)",
        tofile=f"{name} (after, server-side dry-run)",
        n=context,
        lineterm="",
    )
    return list(lines)
