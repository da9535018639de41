"""The ``%operate`` magic (``%load_ext dotop_nb``): its parser (:mod:`.parsing`), its engine
cache (:mod:`.engines`) and the magic itself (:mod:`.magic`), which calls the workflow
(:mod:`dotop_nb.app`) and renders with :mod:`dotop_nb.ui`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dotop_nb.magics.magic import OperateMagics, load, unload
from dotop_nb.magics.parsing import SUBCOMMANDS, Parsed, parse

if TYPE_CHECKING:
    from dotop_nb.app.errors import ChangeFailed, DriftDetected, NotExecutable

__all__ = [
    "SUBCOMMANDS",
    "ChangeFailed",
    "DriftDetected",
    "NotExecutable",
    "OperateMagics",
    "Parsed",
    "load",
    "parse",
    "unload",
]


def __getattr__(name: str) -> Any:
    # The errors come with the workflow and its models: imported when asked for, not on
    # %load_ext (see dotop_nb.magics.lazy).
    if name in ("ChangeFailed", "DriftDetected", "NotExecutable"):
        from dotop_nb.app import errors  # noqa: PLC0415

        return getattr(errors, name)
    raise AttributeError(f"module 'dotop_nb.magics' has no attribute {name!r}")
