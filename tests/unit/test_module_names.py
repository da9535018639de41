"""Every module under dotop_nb/ binds each module-level name once.

A second binding of a module-level name wins for the whole module: every function sees the
later value, and the earlier one is dead or only used by module-level code between the two.
That is rarely what the writer meant (round 40 found five such clashes in the offline planner,
among them two regexes of one name with different words), so the lint fails naming the file,
the line and the name.

Bindings counted: assignment (tuple and list targets too), annotated assignment with a value,
augmented assignment, ``def``, ``class``, ``import`` / ``from … import``, ``for`` targets and
``with … as`` at module level (inside module-level ``if`` / ``try`` / ``with`` / ``for`` blocks
too, never inside a function or class body).

Allowed:
- ``import a.b`` beside ``import a.c`` (or ``import a``): each binds ``a`` to the one package.
- A loop variable reused by another module-level ``for`` loop (``for _kind in …`` twice): a
  name for the loop's time only (bound any other way too, it is a clash).
- Alternatives: a name bound in both branches of one ``if`` / ``else`` (``if TYPE_CHECKING:``
  … ``else:`` …), or in a ``try`` body and its ``except`` handler (``try: import x`` /
  ``except ImportError: x = None``): only one of them runs.
- ``__all__ += [...]``: the module's export list extended by design.

Not allowed: a rebinding whose value reads the name (``X = X | {...}``, ``X = X.format(...)``).
It is a deliberate extension, but code between the two bindings still sees the partial value
and a reader searching for the name finds two definitions; it is written as one binding.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2] / "dotop_nb"
_ALLOWED_AUGMENTED = frozenset({"__all__"})

# How a name is bound: "import" (``import a`` / ``import a.b``: the package), "loop" (a ``for``
# target) or "name" (anything else). Two bindings of one name clash unless both are the same
# kind and that kind is one of _REUSABLE.
_REUSABLE = frozenset({"import", "loop"})
Bound = dict[str, tuple[int, str]]
Clash = tuple[int, str, int]


def _target_names(target: ast.expr) -> Iterator[str]:
    """The names a target binds (``a``, ``a, b``, ``[a, *b]``); attributes and items bind none."""
    if isinstance(target, ast.Name):
        yield target.id
    elif isinstance(target, ast.Starred):
        yield from _target_names(target.value)
    elif isinstance(target, (ast.Tuple, ast.List)):
        for item in target.elts:
            yield from _target_names(item)


def _own_names(stmt: ast.stmt) -> Iterator[tuple[str, str]]:
    """The module-level names one simple statement (or a compound one's header) binds, each
    with how it binds it (see _REUSABLE)."""
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            yield from ((name, "name") for name in _target_names(target))
    elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        yield from ((name, "name") for name in _target_names(stmt.target))
    elif isinstance(stmt, ast.AugAssign):
        names = _target_names(stmt.target)
        yield from ((name, "name") for name in names if name not in _ALLOWED_AUGMENTED)
    elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        yield stmt.name, "name"
    elif isinstance(stmt, ast.Import):
        for alias in stmt.names:
            yield (alias.asname, "name") if alias.asname else (alias.name.split(".")[0], "import")
    elif isinstance(stmt, ast.ImportFrom):
        yield from ((a.asname or a.name, "name") for a in stmt.names if a.name != "*")
    elif isinstance(stmt, (ast.For, ast.AsyncFor)):
        yield from ((name, "loop") for name in _target_names(stmt.target))
    elif isinstance(stmt, (ast.With, ast.AsyncWith)):
        for item in stmt.items:
            if item.optional_vars is not None:
                yield from ((name, "name") for name in _target_names(item.optional_vars))


def _then(first: Bound, second: Bound, clashes: list[Clash]) -> Bound:
    """``first`` followed by ``second``: their union; a name in both is a clash."""
    merged = dict(first)
    for name, (line, kind) in second.items():
        if name not in merged:
            merged[name] = (line, kind)
        elif not (kind == merged[name][1] and kind in _REUSABLE):
            clashes.append((line, name, merged[name][0]))
    return merged


def _either(branches: Iterable[Bound]) -> Bound:
    """Alternatives of which one runs: their union, a name bound in several counted once."""
    merged: Bound = {}
    for branch in branches:
        for name, bound in branch.items():
            merged.setdefault(name, bound)
    return merged


def _bound(body: list[ast.stmt], clashes: list[Clash]) -> Bound:
    """The names ``body`` binds at module level, each with its first line and how it is bound;
    clashes appended."""
    bound: Bound = {}
    for stmt in body:
        own: Bound = {}
        for name, kind in _own_names(stmt):
            own = _then(own, {name: (stmt.lineno, kind)}, clashes)
        bound = _then(bound, own, clashes)
        if isinstance(stmt, ast.If):
            inner = _either([_bound(stmt.body, clashes), _bound(stmt.orelse, clashes)])
        elif isinstance(stmt, ast.Try):
            ran = _then(_bound(stmt.body, clashes), _bound(stmt.orelse, clashes), clashes)
            handlers = [_bound(h.body, clashes) for h in stmt.handlers]
            inner = _then(_either([ran, *handlers]), _bound(stmt.finalbody, clashes), clashes)
        elif isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)):
            inner = _then(_bound(stmt.body, clashes), _bound(stmt.orelse, clashes), clashes)
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            inner = _bound(stmt.body, clashes)
        else:
            inner = {}
        bound = _then(bound, inner, clashes)
    return bound


def rebound(source: str) -> list[Clash]:
    """Each module-level name bound twice in ``source``: (line, name, line of the first)."""
    clashes: list[Clash] = []
    _bound(ast.parse(source).body, clashes)
    return sorted(clashes)


_MODULES = sorted(_ROOT.rglob("*.py"))


def test_modules_found() -> None:
    assert len(_MODULES) > 100, _ROOT


def test_no_module_level_name_bound_twice() -> None:
    found = [
        f"{path.relative_to(_ROOT.parent)}:{line}: {name} (first bound on line {first})"
        for path in _MODULES
        for line, name, first in rebound(path.read_text(encoding="utf-8"))
    ]
    assert not found, "module-level names bound twice:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("X = 1\nY = 2\nX = 3\n", [(3, "X", 1)]),
        ("X = 1\nX = X | {2}\n", [(2, "X", 1)]),
        ("X = '{v}'\nX = X.format(v=1)\n", [(2, "X", 1)]),
        ("a, b = 1, 2\n[c, *a] = [3]\n", [(2, "a", 1)]),
        ("X: int = 1\nX: int = 2\n", [(2, "X", 1)]),
        ("X: int\nX = 1\n", []),
        ("X = 1\nX += 1\n", [(2, "X", 1)]),
        ("__all__ = ['a']\n__all__ += ['b']\n", []),
        ("def f(): pass\nclass f: pass\n", [(2, "f", 1)]),
        ("import re\nfrom re import compile as re\n", [(2, "re", 1)]),
        ("import os.path\nimport os\n", []),
        ("import urllib.error\nimport urllib.request\n", []),
        ("import re\nre = None\n", [(2, "re", 1)]),
        ("import a as b\nimport b\n", [(2, "b", 1)]),
        ("def f():\n    x = 1\n    x = 2\nx = 3\n", []),
        ("class C:\n    y = 1\n    y = 2\n", []),
        ("if T:\n    from a import X\nelse:\n    X = None\n", []),
        ("if T:\n    X = 1\nX = 2\n", [(3, "X", 2)]),
        ("try:\n    import yaml\nexcept ImportError:\n    yaml = None\n", []),
        ("try:\n    X = 1\nfinally:\n    X = 2\n", [(4, "X", 2)]),
        ("if T:\n    X = 1\n    X = 2\n", [(3, "X", 2)]),
        ("for i in range(2):\n    pass\ni = 0\n", [(3, "i", 1)]),
        ("for k in 'ab':\n    pass\nfor k in 'cd':\n    pass\n", []),
        ("x, x = 1, 2\n", [(1, "x", 1)]),
    ],
)
def test_rebound_shapes(source: str, expected: list[Clash]) -> None:
    assert rebound(source) == expected
