"""Planners turn an intent into typed operations. See :mod:`dotop_nb.ports` for the interface."""

from __future__ import annotations

from dotop_nb.errors import ConfigError
from dotop_nb.planner.offline import OfflinePlanner
from dotop_nb.ports import Planner

PLANNERS = ("auto", "offline")


def make(name: str = "auto") -> Planner:
    """The planner called ``name``. ``auto`` is the offline planner until the AI planner lands."""
    if name in ("auto", "offline"):
        return OfflinePlanner()
    raise ConfigError(
        f"unknown planner {name!r}",
        hint=f"choose one of: {', '.join(PLANNERS)}",
    )


__all__ = ["PLANNERS", "OfflinePlanner", "make"]
