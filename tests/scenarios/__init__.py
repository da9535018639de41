"""Planner scenarios: intents with what a correct plan contains (see intents.yaml)."""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path
from typing import Any

import yaml

from dotop_nb.models import Proposal

HERE = Path(__file__).parent


def load(split: str | None = None) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((HERE / "intents.yaml").read_text())
    return [c for c in cases if split is None or c["split"] == split]


def _matches(want: dict[str, Any], op: Any) -> bool:
    if op.kind != want["kind"]:
        return False
    kind, _, name = want["target"].partition("/")
    if kind != "*" and op.target.kind != kind:
        return False
    if not fnmatch.fnmatchcase(op.target.name, name):
        return False
    if "replicas" in want and getattr(op, "replicas", None) != want["replicas"]:
        return False
    if "image" in want and getattr(op, "image", None) != want["image"]:
        return False
    body = getattr(op, "manifest", None)
    if "manifest_kind" in want and (
        body is None or body["kind"] not in want["manifest_kind"].split("|")
    ):
        return False
    if "patch_contains" in want:
        text = json.dumps(body if body is not None else getattr(op, "patch", {}))
        if want["patch_contains"] not in text:
            return False
    return True


def score(case: dict[str, Any], proposal: Proposal) -> tuple[bool, str]:
    """Whether the proposal does what the case expects, and why not."""
    expect = case["expect"]
    if expect == "clarify":
        ok = proposal.status == "needs_clarification"
        return ok, "" if ok else f"expected a question, got {proposal.status}: {_ops(proposal)}"
    if proposal.status == "needs_clarification":
        return False, f"asked: {proposal.question}"
    missing = [w for w in expect if not any(_matches(w, op) for op in proposal.operations)]
    if missing:
        return False, f"missing {missing}; got {_ops(proposal)}"
    if proposal.status != "proposed":
        return False, f"{proposal.status}: " + "; ".join(
            d.message for d in proposal.dry_run if not d.ok
        )
    return True, ""


def _ops(proposal: Proposal) -> list[str]:
    return [op.summary() for op in proposal.operations]
