"""The scenario model: an intent and what a correct plan for it contains, read from
``intents.yaml`` (operation kinds, ``Kind/name`` targets with globs and values, or ``clarify``
when the planner must ask), and the scoring of a proposal against it.

Example::

    cases = load_scenarios(split="dev", categories=["scaling"])
    ok, why = score(cases[0], proposal)
"""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from dotop_nb.errors import ConfigError
from dotop_nb.models import Operation, Proposal

Json = dict[str, Any]
Split = Literal["dev", "holdout"]


@dataclass(frozen=True)
class Scenario:
    """One intent and what a correct plan for it contains."""

    split: str
    category: str
    intent: str
    expect: list[Json] | Literal["clarify"]
    capabilities: tuple[str, ...] = ()

    @classmethod
    def of(cls, raw: Json) -> Scenario:
        expect = raw["expect"]
        if expect != "clarify" and not (
            isinstance(expect, list) and all(isinstance(e, dict) and "kind" in e for e in expect)
        ):
            raise ValueError(f"expect must be 'clarify' or a list of operations: {expect!r}")
        return cls(
            split=str(raw["split"]),
            category=str(raw["category"]),
            intent=str(raw["intent"]),
            expect=expect,
            capabilities=tuple(raw.get("capabilities") or ()),
        )


def scenarios_path(path: str | Path | None = None) -> Path:
    """The scenario file: ``path``, else ``DOTOP_SCENARIOS``, else the one shipped in the
    package (``dotop_nb/evaluation/data/intents.yaml``)."""
    candidates: list[Path] = []
    if path:
        candidates.append(Path(path).expanduser())
    elif os.environ.get("DOTOP_SCENARIOS", "").strip():
        candidates.append(Path(os.environ["DOTOP_SCENARIOS"].strip()).expanduser())
    else:
        candidates.append(
            Path(str(resources.files("dotop_nb.evaluation").joinpath("data", "intents.yaml")))
        )
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise ConfigError(
        f"no scenario file at {candidates[0]}",
        hint="pass --scenarios PATH (or set DOTOP_SCENARIOS) to an intents.yaml",
    )


def load_scenarios(
    path: str | Path | None = None,
    *,
    split: str | None = None,
    categories: Iterable[str] = (),
) -> list[Scenario]:
    """The scenarios of ``path`` (see :func:`scenarios_path`), optionally one split and some
    categories only."""
    source = scenarios_path(path)
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
        cases = [Scenario.of(item) for item in raw]
    except (OSError, yaml.YAMLError, TypeError, KeyError, ValueError) as err:
        raise ConfigError(f"{source} is not a scenario file: {err}") from err
    wanted = set(categories)
    return [
        c
        for c in cases
        if (split in (None, "all") or c.split == split) and (not wanted or c.category in wanted)
    ]


def matches(want: Json, op: Operation) -> bool:
    """Whether ``op`` is the operation ``want`` describes (kind, ``Kind/name`` target with
    globs, and the optional ``replicas``, ``image``, ``manifest_kind``, ``patch_contains``)."""
    if op.kind != want["kind"]:
        return False
    kind, _, name = str(want["target"]).partition("/")
    if kind not in ("*", op.target.kind):
        return False
    if not fnmatch.fnmatchcase(op.target.name, name):
        return False
    if "replicas" in want and getattr(op, "replicas", None) != want["replicas"]:
        return False
    if "image" in want and getattr(op, "image", None) != want["image"]:
        return False
    body = getattr(op, "manifest", None)
    if "manifest_kind" in want and (
        body is None or body.get("kind") not in str(want["manifest_kind"]).split("|")
    ):
        return False
    if "patch_contains" in want:
        text = json.dumps(body if body is not None else getattr(op, "patch", {}))
        if str(want["patch_contains"]) not in text:
            return False
    return True


def score(scenario: Scenario, proposal: Proposal) -> tuple[bool, str]:
    """Whether the proposal does what the scenario expects, and why not. Every expected
    operation must be there and every operation must pass its dry-run; extra operations are
    allowed (a planner may add what a change needs, e.g. requests for an HPA)."""
    if scenario.expect == "clarify":
        ok = proposal.status == "needs_clarification"
        return ok, "" if ok else f"expected a question, got {proposal.status}: {_ops(proposal)}"
    if proposal.status == "needs_clarification":
        return False, f"asked: {proposal.question}"
    missing = [w for w in scenario.expect if not any(matches(w, op) for op in proposal.operations)]
    if missing:
        return False, f"missing {missing}; got {_ops(proposal)}"
    if any(not d.ok for d in proposal.dry_run):
        return False, "dry-run failed: " + "; ".join(
            d.message for d in proposal.dry_run if not d.ok
        )
    return True, ""


def _ops(proposal: Proposal) -> list[str]:
    return [op.summary() for op in proposal.operations]
