"""The application layer's pure parts: the one exit table, what counts as an interactive
approval on each surface, who approves by default, and the codes read back from a runbook."""

from __future__ import annotations

import pytest

from dotop_nb.app import (
    EXIT,
    Approval,
    ChangeFailed,
    NotExecutable,
    Outcome,
    exit_code,
    how,
    raise_for,
)
from dotop_nb.app.errors import DriftDetected, OutcomeError, exit_code_of
from dotop_nb.app.outcomes import statuses
from dotop_nb.errors import ConfigError, DotopError, RecordTampered
from dotop_nb.execution import ExecutionRefused
from dotop_nb.settings import Settings, setting


@pytest.mark.parametrize(
    ("status", "code"),
    [
        ("executed", 0),
        ("proposed", 3),
        ("needs_clarification", 4),
        ("blocked", 5),
        ("rejected", 5),
        ("refused", 5),
        ("dry_run_failed", 6),
        ("failed", 7),
        ("error", 7),
        ("rolled_back", 8),
        ("executing", 12),
        ("interrupted", 12),
    ],
)
def test_each_outcome_status_has_one_exit_code(status: str, code: int) -> None:
    assert EXIT[status] == code
    assert exit_code(status) == code


def test_the_table_covers_every_status_and_nothing_else() -> None:
    assert set(EXIT) == set(statuses())


def test_an_error_exits_with_its_own_code_and_a_generic_one_with_the_status() -> None:
    assert exit_code("refused", ExecutionRefused("no")) == 5
    assert exit_code("refused", RecordTampered("edited")) == 9
    assert exit_code("proposed", ConfigError("bad")) == 2
    assert exit_code("rolled_back", DotopError("generic")) == 8
    assert exit_code("no-such-status") == 1


def test_drift_has_its_own_code_not_the_unverified_records_one() -> None:
    assert DriftDetected("x").exit_code == 13
    assert DriftDetected("x").exit_code not in (RecordTampered.exit_code, 11)


@pytest.mark.parametrize(
    ("where", "in_advance", "present", "unattended", "expected"),
    [
        ("widget", False, True, False, "interactive"),
        ("widget", False, True, True, "interactive"),  # only a person can click
        ("magic", False, True, False, "interactive"),  # %operate approve ID
        ("magic", False, True, True, "unattended"),  # DOTOP_UNATTENDED, CI, the trait
        ("magic", True, True, False, "unattended"),  # %operate ... --approve
        ("cli", False, True, False, "interactive"),  # session approve at a TTY
        ("cli", False, False, False, "unattended"),  # no TTY
        ("cli", True, True, False, "unattended"),  # operate --approve, even at a TTY
        ("cli", False, True, True, "unattended"),
        ("runbook", False, True, False, "unattended"),
        ("runbook", True, False, False, "unattended"),
    ],
)
def test_interactive_means_the_same_on_every_surface(
    where: str, in_advance: bool, present: bool, unattended: bool, expected: str
) -> None:
    got = how(where, in_advance=in_advance, present=present, unattended=unattended)  # type: ignore[arg-type]
    assert got == expected


def test_an_unknown_surface_is_refused() -> None:
    with pytest.raises(ConfigError, match="unknown approval surface 'shell'"):
        how("shell", in_advance=False, present=True, unattended=False)  # type: ignore[arg-type]


def test_approval_names_a_real_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DOTOP_USER", "JUPYTERHUB_USER", "GITHUB_ACTOR", "GITLAB_USER_LOGIN", "CI"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("DOTOP_UNATTENDED", raising=False)
    monkeypatch.setenv("GITHUB_ACTOR", "octocat")
    approval = Approval.given("runbook", in_advance=True, present=False, plan_hash="ab" * 32)
    assert (approval.by, approval.how, approval.where) == ("octocat", "unattended", "runbook")
    assert not approval.interactive
    assert Approval.given("cli", by="alice", present=True).by == "alice"
    monkeypatch.setenv("DOTOP_USER", "dora")
    assert Approval.given("magic").by == "dora"
    with pytest.raises(ConfigError, match="not a usable user name"):
        Approval.given("cli", by="eve\nApproved by: root")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, False),
        ({"CI": "true"}, True),
        ({"DOTOP_UNATTENDED": "1"}, True),
        ({"CI": "true", "DOTOP_UNATTENDED": "0"}, False),  # the explicit setting decides
        ({"DOTOP_UNATTENDED": "yes"}, True),
    ],
)
def test_unattended_comes_from_dotop_unattended_else_ci(
    env: dict[str, str], expected: bool
) -> None:
    assert setting("unattended", env) is expected
    assert Settings.from_env(env).unattended is expected


def test_the_default_approver_order() -> None:
    assert setting("user", {"DOTOP_USER": "a", "JUPYTERHUB_USER": "b"}) == "a"
    assert setting("user", {"JUPYTERHUB_USER": "b", "GITHUB_ACTOR": "c"}) == "b"
    assert setting("user", {"GITLAB_USER_LOGIN": "d"}) == "d"
    assert setting("user", {}) not in ("", "runbook")


def _outcome(status: str, *, error: Exception | None = None, replayed: bool = False) -> Outcome:
    return Outcome(None, status, "why", "done", error=error, replayed=replayed)  # type: ignore[arg-type]


def test_a_cell_fails_with_the_outcomes_own_code() -> None:
    with pytest.raises(NotExecutable) as blocked:
        raise_for(_outcome("blocked"), wanted=("executed",))
    assert (blocked.value.exit_code, blocked.value.status) == (5, "blocked")
    with pytest.raises(NotExecutable) as question:
        raise_for(_outcome("needs_clarification"), wanted=("executed",))
    assert question.value.exit_code == 4
    with pytest.raises(ChangeFailed) as rolled:
        raise_for(_outcome("rolled_back"), wanted=("executed",))
    assert rolled.value.exit_code == 8
    refusal = ExecutionRefused("needs a person")
    with pytest.raises(ExecutionRefused):
        raise_for(_outcome("refused", error=refusal), wanted=("executed",))
    raise_for(_outcome("rolled_back"), wanted=("rolled_back",))  # asked for: no error
    raise_for(_outcome("failed", replayed=True), wanted=("executed",))  # a replay: no error


def test_a_runbooks_error_is_read_back_with_the_same_code() -> None:
    error = OutcomeError.of(_outcome("refused"))
    assert str(error).startswith("refused: ")
    assert exit_code_of("OutcomeError", str(error)) == 5
    assert exit_code_of("NotExecutable", "needs_clarification: how many?") == 4
    assert exit_code_of("ChangeFailed", "rolled_back: session x") == 8
    assert exit_code_of("ExecutionRefused", "changed since the plan") == 5
    assert exit_code_of("ConfigError", "bad") == 2
    assert exit_code_of("Interrupted", "stopped") == 12
    assert exit_code_of("KeyError", "'x'") == 1
    assert OutcomeError.status_in("not a status: x") is None
