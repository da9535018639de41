"""The pods a workload runs now, said as what they are: "spread checkout's two pods over zones",
"so its two pods don't share a node".

Rule: a count of pods said with an owner ("its", "their", "checkout's", "the N pods of cart") is
the pods that workload runs now, not a value to write, when it equals the live replica count of
a workload the plan changes and the plan sets no replica count; such a count is blanked before
the accounting of quantities (:mod:`.accounting`). Any other count (one that differs from what
runs, or beside a scale) is left for the accounting to ask about.
"""

from __future__ import annotations

import json
import re
from typing import Any

from dotop_nb.models import WORKLOAD_KINDS
from dotop_nb.planner.offline.context import Ctx
from dotop_nb.planner.offline.text import WORDS

_OWNED = re.compile(
    r"\b(?:its|their|[a-z0-9][\w-]*'s?|(?:all\s+|both\s+)?the)\s+(?:current\s+)?"
    r"(?P<n>\d{1,3}|[a-z]+)\s+(?:[a-z0-9][\w-]*\s+)?(?:pods|replicas|instances)\b",
    re.I,
)

# Round 35 (gap38d): the count in brackets after the change, as a note of how things are:
# "PDB for frontend, minAvailable 2 (n = 3 replicas)", "(3 pods)", "(currently 3 replicas)".
_BRACKETED = re.compile(
    r"\(\s*(?:(?:now|currently|today|runs|running|has|with)\s+|n\s*=\s*)?"
    r"(?P<n>\d{1,3})\s+(?:pods|replicas|instances)\s*\)",
    re.I,
)

# Round 44 (m44b): "podAntiAffinity on hostname for the chair orders (orders) so two pods never
# sit on one node": "two pods" kept apart from each other, said with the place they never share,
# names no count beside a spread (an anti-affinity or a topology spread the plan writes).
_PAIRWISE = re.compile(
    r"\b(?:(?:any|no)\s+)?(?P<n>two|2)\s+(?:pods|replicas|instances|copies)\s+"
    r"(?:(?:will|would|should|can|may|must|shall|are)\s+)?(?:ever|never)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:on|in|into)\s+(?:one|a\s+single|the\s+same)\s+"
    r"(?:node|host|machine|server)s?\b",
    re.I,
)
_SPREADS = ('"podAntiAffinity"', '"topologySpreadConstraints"')


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return WORDS.get(word.lower())


def live_counts(ctx: Ctx, text: str, operations: list[Any]) -> str:
    """``text`` with the counts of pods said as what a changed workload runs now blanked."""
    if any(
        op.kind == "scale" or '"replicas"' in json.dumps(getattr(op, "patch", None) or {})
        for op in operations
    ):
        return text
    if _PAIRWISE.search(text) and any(
        w in json.dumps(getattr(op, "patch", None) or {}) for op in operations for w in _SPREADS
    ):
        text = _PAIRWISE.sub(
            lambda m: (
                m[0][: m.start("n") - m.start()]
                + " " * len(m["n"])
                + m[0][m.end("n") - m.start() :]
            ),
            text,
        )
    if not _OWNED.search(text) and not ("(" in text and _BRACKETED.search(text)):
        return text  # (no count of pods said: the live counts, a pass over 2,000, are not read)
    running: set[int] = set()
    for op in operations:
        if op.target.kind in WORKLOAD_KINDS and (
            obj := ctx.get(op.target.kind, op.target.name, op.target.api_version)
        ):
            running.add(int((obj.get("spec") or {}).get("replicas", 1)))
        running |= _covered(ctx, op)

    def blank(m: re.Match[str]) -> str:
        if m["n"].lower() not in ("a", "an") and _count(m["n"]) in running:
            start, end = m.span("n")
            return m[0][: start - m.start()] + " " * (end - start) + m[0][end - m.start() :]
        return m[0]

    if not running:
        return text
    text = _OWNED.sub(blank, text)
    return _BRACKETED.sub(blank, text) if "(" in text else text


def _covered(ctx: Ctx, op: Any) -> set[int]:
    """Round 19: the live counts of the workloads an object the plan writes is about — a
    budget's pods by its selector ("frontend must keep two of its three pods through a drain:
    PDB minAvailable 2"), an autoscaler's target — so "its three pods" is what runs now there
    too."""
    spec = (getattr(op, "manifest", None) or {}).get("spec") or {}
    wanted = (spec.get("selector") or {}).get("matchLabels") or {}
    target = (spec.get("scaleTargetRef") or {}).get("name")
    if not wanted and not target:
        return set()
    counts: set[int] = set()
    for kind in WORKLOAD_KINDS:
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace):
            labels = ((obj.get("spec") or {}).get("template") or {}).get("metadata", {}).get(
                "labels"
            ) or {}
            if (wanted and all(labels.get(k) == v for k, v in wanted.items())) or (
                target == obj["metadata"]["name"]
            ):
                counts.add(int((obj.get("spec") or {}).get("replicas", 1)))
    return counts
