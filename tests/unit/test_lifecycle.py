"""The session lifecycle: every move allowed or refused exactly as the table says, and nothing
but the lifecycle moves a session (a source check of the service and the executor)."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path
from typing import get_args

import pytest

from dotop_nb import lifecycle
from dotop_nb.lifecycle import TRANSITIONS, IllegalTransition, Status, advance, can
from dotop_nb.models import FINAL_STATUSES, ProposalStatus, Session, SessionStatus

PACKAGE = Path(__file__).resolve().parents[2] / "dotop_nb"

ALLOWED: dict[str, set[str]] = {
    "proposed": {
        "proposed",
        "needs_clarification",
        "dry_run_failed",
        "blocked",
        "satisfied",
        "executing",
        "rejected",
        "error",
    },
    "dry_run_failed": {
        "proposed",
        "needs_clarification",
        "dry_run_failed",
        "blocked",
        "satisfied",
        "executing",
        "rejected",
    },
    "blocked": {
        "proposed",
        "needs_clarification",
        "dry_run_failed",
        "blocked",
        "satisfied",
        "executing",
        "rejected",
    },
    "needs_clarification": {
        "proposed",
        "needs_clarification",
        "dry_run_failed",
        "blocked",
        "satisfied",
        "rejected",
    },
    # Nothing to do (issue 12 §9): never executed; re-planned by refine, or dismissed.
    "satisfied": {
        "proposed",
        "needs_clarification",
        "dry_run_failed",
        "blocked",
        "satisfied",
        "rejected",
    },
    "error": {
        "proposed",
        "needs_clarification",
        "dry_run_failed",
        "blocked",
        "satisfied",
        "rejected",
        "executing",
        "failed",
        "rolled_back",
    },
    "executing": {"executing", "executed", "failed", "rolled_back", "interrupted", "blocked"},
    "interrupted": {"executing", "failed", "rolled_back", "interrupted"},
    "failed": {"rolled_back", "failed"},
    "executed": set(),
    "rolled_back": set(),
    "rejected": set(),
}
"""The table of docs/configuration.md ("Session lifecycle"), written out move by move."""


def session(status: Status) -> Session:
    return Session(
        id="op-20261126-1a2b3c4d", intent="scale my-api to 5", namespace="shop", status=status
    )


def test_the_statuses_are_the_models_statuses() -> None:
    assert set(get_args(SessionStatus)) == lifecycle.STATUSES == set(ALLOWED)
    assert set(get_args(ProposalStatus)) == lifecycle.PLANNED
    assert FINAL_STATUSES == lifecycle.FINAL
    assert set(TRANSITIONS) == lifecycle.STATUSES


@pytest.mark.parametrize(("from_", "to"), list(itertools.product(sorted(ALLOWED), sorted(ALLOWED))))
def test_every_move_is_allowed_or_refused_as_the_table_says(from_: Status, to: Status) -> None:
    s = session(from_)
    s.message = "before"
    if to in ALLOWED[from_]:
        assert can(from_, to)
        advance(s, to, "after", event="moved")
        assert (s.status, s.message) == (to, "after")
        assert [(e.type, e.detail) for e in s.events] == [("moved", "after")]
    else:
        assert not can(from_, to)
        with pytest.raises(IllegalTransition) as caught:
            advance(s, to, "after", event="moved")
        assert f"from {from_} to {to}" in caught.value.message
        assert "bug" in (caught.value.hint or "")
        # Refused: nothing changed.
        assert (s.status, s.message, s.events) == (from_, "before", [])


def test_final_statuses_go_nowhere_but_a_failed_rollback_may_be_retried() -> None:
    for status in lifecycle.FINAL - {"failed"}:
        assert TRANSITIONS[status] == frozenset()
    assert TRANSITIONS["failed"] == {"rolled_back", "failed"}


def test_the_groups_relate_as_documented() -> None:
    assert lifecycle.APPROVABLE < lifecycle.PLANNED
    assert lifecycle.EXECUTED < lifecycle.STARTED
    assert lifecycle.DONE < lifecycle.EXECUTED
    assert lifecycle.RESUMABLE | {"failed"} == lifecycle.ROLLBACKABLE
    # Every approvable status can start executing; nothing started can be rejected.
    assert all(can(s, "executing") for s in lifecycle.APPROVABLE | lifecycle.RESUMABLE)
    assert not any(can(s, "rejected") for s in lifecycle.STARTED)
    assert all(can(s, p) for s in lifecycle.REFINABLE for p in lifecycle.PLANNED)


# ---------------------------------------------------------------------------- source checks
MOVERS = ["service.py", "execution.py", "recovery.py"]


@pytest.mark.parametrize("name", MOVERS)
def test_the_service_and_executor_never_set_a_status_directly(name: str) -> None:
    """Only lifecycle.advance assigns ``<session>.status``; an operation record's status is
    built with model_copy, never assigned either."""
    tree = ast.parse((PACKAGE / name).read_text())
    assigned = [
        f"{name}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Attribute) and target.attr == "status"
    ]
    assert assigned == []


STATUS_WORDS = frozenset(ALLOWED) | set(get_args(lifecycle.OperationStatus))
"""Session and operation statuses: a literal set of these is a status set."""

ALLOW_LISTED: set[str] = set()
"""``file:line`` of literals that look like a status set and are not one (none today)."""


def _status_sets(source: str, rel: str) -> list[str]:
    """Where ``source`` spells a status set: a tuple/list/set literal of two or more status
    names, a status-only literal compared against (``x in ("executed",)``), or an ``or`` of two
    or more comparisons with status names (``s == "failed" or s == "error"``). A single
    comparison (``status == "proposed"``) is not a set."""
    tree = ast.parse(source)
    found = []
    compared = {
        id(c) for node in ast.walk(tree) if isinstance(node, ast.Compare) for c in node.comparators
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set) and node.elts:
            names = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            statuses = len(names) == len(node.elts) and set(names) <= STATUS_WORDS
            if statuses and (len(names) >= 2 or id(node) in compared):
                found.append(f"{rel}:{node.lineno} {sorted(names)}")
        if isinstance(node, ast.BoolOp):
            tests = [
                v
                for v in node.values
                if isinstance(v, ast.Compare)
                and any(
                    isinstance(c, ast.Constant) and c.value in STATUS_WORDS for c in v.comparators
                )
            ]
            if len(tests) >= 2:
                found.append(f"{rel}:{node.lineno} {ast.unparse(node)[:60]}")
    return [f for f in found if f.split(" ")[0] not in ALLOW_LISTED]


def test_no_status_set_is_retyped_outside_the_lifecycle() -> None:
    """Status sets are spelled only in lifecycle.py, anywhere in the package: the others use
    its named groups (EXECUTED, RESUMABLE, READY …)."""
    offenders = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "lifecycle.py" or path.parent != PACKAGE
        for hit in _status_sets(path.read_text(), path.relative_to(PACKAGE).as_posix())
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "source",
    [
        'if s.status in ("executed", "failed", "rolled_back"): pass',
        'DONE = frozenset({"executed", "rolled_back"})',
        'wanted = ["proposed", "blocked"]',
        'ok = status not in ("executing",)',
        'stuck = s == "interrupted" or s == "executing"',
        'lost = r.status in ("writing", "unknown")',
    ],
)
def test_the_source_check_finds_a_retyped_status_set(source: str) -> None:
    assert len(_status_sets(source, "x.py")) == 1


@pytest.mark.parametrize(
    "source",
    [
        'if s.status == "proposed": pass',
        'wanted = ("executed",)',
        'x = ("executed", "something else")',
        "if s.status in lifecycle.EXECUTED | {'executing'}: pass",
    ],
)
def test_the_source_check_lets_a_single_status_pass(source: str) -> None:
    assert _status_sets(source, "x.py") == []
