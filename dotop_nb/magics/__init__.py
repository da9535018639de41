"""The ``%operate`` magic (``%load_ext dotop_nb``): its parser (:mod:`.parsing`), its engine
cache (:mod:`.engines`) and the magic itself (:mod:`.magic`), which calls the workflow
(:mod:`dotop_nb.app`) and renders with :mod:`dotop_nb.ui`."""

from __future__ import annotations

from dotop_nb.app.errors import ChangeFailed, DriftDetected, NotExecutable
from dotop_nb.magics.magic import OperateMagics, load, unload
from dotop_nb.magics.parsing import SUBCOMMANDS, Parsed, parse

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
