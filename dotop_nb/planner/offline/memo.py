"""Answers of pure readings kept for the length of one plan.

One plan reads the same words many times over: every check that takes the facts out of a
request asks :func:`.statements.stating` of each of its clauses again (18 calls a plan, 17 of
them repeats), :func:`.statements.facts_blanked` and :func:`.statements.masked` are asked of
the same text by several checks, and :func:`.understand.read` scores every category for the
same words more than once. A function marked :func:`per_plan` answers a repeated call from
what it answered the first time, for the length of one plan (:func:`plan_scope`, entered by
``OfflinePlanner.plan``); outside a plan it is called as it is.

Only for functions whose answer depends on their arguments alone (strings and flags, module
constants) and is never changed by a caller (a bool, a string, a frozen reading): the answer
is then the same whether it is computed again or kept. Nothing is kept between plans (each
plan pays for its own readings, and holds nothing of the last one).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_SCOPE: ContextVar[dict[Hashable, object] | None] = ContextVar("offline_plan_memo", default=None)


@contextmanager
def plan_scope() -> Iterator[None]:
    """The length of one plan: what :func:`per_plan` functions answer in it is kept until it
    ends (a plan inside a plan shares the scope of the outer one)."""
    if _SCOPE.get() is not None:
        yield
        return
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


def per_plan(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` with its answers kept for the length of a plan (see the module)."""

    @functools.wraps(fn)
    def kept(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _SCOPE.get()
        if memo is None:
            return fn(*args, **kwargs)
        key = (fn, args, tuple(sorted(kwargs.items())))
        if key in memo:
            found: R = memo[key]  # type: ignore[assignment]
            return found
        value = fn(*args, **kwargs)
        memo[key] = value
        return value

    return kept
