"""Compiled patterns for the offline planner, built once per (pattern, flags).

The planner reads a request through several hundred patterns, many of them written inline
(``re.search(r"…", text)``) where the rule reads best. The ``re`` module keeps only 512 compiled
patterns (``re._MAXCACHE``); past that, every plan recompiled the patterns the cache had dropped,
which cost more than the reading itself on a big namespace. :func:`rx` is the one place they are
compiled, with a cache that holds the planner's whole working set.
"""

from __future__ import annotations

import functools
import re

__all__ = ["rx"]


@functools.lru_cache(maxsize=4096)
def rx(pattern: str | re.Pattern[str], flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``pattern`` compiled with ``flags`` (a compiled pattern is returned as it is)."""
    if isinstance(pattern, re.Pattern):
        return pattern
    return re.compile(pattern, flags)
