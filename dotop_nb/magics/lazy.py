"""Modules the magic names at the top but imports on first use.

``%load_ext dotop_nb`` must be quick (≤ 0.3 s in a fresh kernel): it only registers ``%operate``
and its settings. The workflow, the pydantic models, the views and the audit take most of a
second to import, and nothing needs them before the first ``%operate``. Importing them inside
every method would scatter import lines over the magic; a :class:`Lazy` stands for the module
instead and imports it on its first attribute access (the type checker sees the real module,
see ``TYPE_CHECKING`` in :mod:`dotop_nb.magics.magic`).

:func:`warm` imports them in a background thread right after loading, so that the first
``%operate`` (typed a few seconds later) finds them imported. The magic joins that thread before
it runs its first command: no module is ever imported by two threads at once (which could hand
one of them a partly initialised module), and a ``%operate`` typed at once simply waits for the
imports it needs anyway.

Example::

    workflow = Lazy("dotop_nb.app.workflow")    # nothing imported yet
    workflow.propose                            # imports dotop_nb.app.workflow now
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Iterable
from typing import Any


class Lazy:
    """A module imported on first attribute access (thread-safe: the import system locks each
    module while it is imported, so two threads importing it get the same module)."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        module = sys.modules.get(self._name) or importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


# What the first %operate imports, in the order it needs them (the engine and its planner, the
# cluster client, the views and the widget).
FIRST_USE = (
    "dotop_nb.app.workflow",
    "dotop_nb.service",
    "dotop_nb.planner",
    "dotop_nb.planner.offline",
    "dotop_nb.ui.views",
    "dotop_nb.ui.listings",
    "dotop_nb.ui.progress",
    "dotop_nb.audit",
)


def warm(modules: Iterable[str] = FIRST_USE, *, also: Iterable[str] = ()) -> threading.Thread:
    """Import ``modules`` (then ``also``) in a daemon thread and return it (started).

    A daemon thread: a kernel that shuts down while it runs is not kept alive by it. A module
    that fails to import is skipped here: the first ``%operate`` imports it again and reports the
    error where the person sees it.
    """

    def run() -> None:
        for name in (*modules, *also):
            try:
                importlib.import_module(name)
            except Exception:  # noqa: S112 -- reported by the first use, not here
                continue

    thread = threading.Thread(target=run, name="dotop-nb warm-up", daemon=True)
    thread.start()
    return thread
