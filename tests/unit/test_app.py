"""The application layer's pure parts: the one exit table, what counts as an interactive
approval on each surface, who approves by default, and the codes read back from a runbook."""

from __future__ import annotations

from typing import Any

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
from dotop_nb.app.approval import Facts
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


TTY = Facts(tty=True)
NO_TTY = Facts(tty=False)
LAB = Facts(allow_stdin=True)  # a cell a person runs in JupyterLab / Notebook / VS Code
HEADLESS = Facts(allow_stdin=False)  # nbclient, papermill, jupyter execute


@pytest.mark.parametrize(
    ("where", "in_advance", "facts", "unattended", "expected"),
    [
        ("widget", False, HEADLESS, False, "interactive"),  # only a person can click
        ("widget", False, LAB, True, "unattended"),  # DOTOP_UNATTENDED / CI force it
        ("magic", False, LAB, False, "interactive"),  # %operate approve ID in JupyterLab
        ("magic", False, HEADLESS, False, "unattended"),  # the same cell run by papermill
        ("magic", False, Facts(allow_stdin=False, tty=True), False, "unattended"),  # kernel wins
        ("magic", False, TTY, False, "interactive"),  # terminal IPython
        ("magic", False, NO_TTY, False, "unattended"),  # an InteractiveShell in a script
        ("magic", False, LAB, True, "unattended"),  # DOTOP_UNATTENDED, CI, the trait
        ("magic", True, LAB, False, "unattended"),  # %operate ... --approve
        ("cli", False, TTY, False, "interactive"),  # session approve at a TTY
        ("cli", False, NO_TTY, False, "unattended"),  # no TTY
        ("cli", True, TTY, False, "unattended"),  # operate --approve, even at a TTY
        ("cli", False, TTY, True, "unattended"),
        ("runbook", False, TTY, False, "unattended"),
        ("runbook", True, NO_TTY, False, "unattended"),
    ],
)
def test_interactive_means_the_same_on_every_surface(
    where: str, in_advance: bool, facts: Facts, unattended: bool, expected: str
) -> None:
    got = how(where, in_advance=in_advance, facts=facts, unattended=unattended)  # type: ignore[arg-type]
    assert got == expected


class _Kernel:
    """A kernel as ipykernel exposes it to the shell: the request being handled."""

    def __init__(self, parent: dict[str, Any]) -> None:
        self.parent = parent

    def get_parent(self, channel: str = "shell") -> dict[str, Any]:
        return self.parent if channel == "shell" else {}


class _Shell:
    def __init__(self, kernel: _Kernel | None) -> None:
        self.kernel = kernel


def _request(msg_type: str, **content: Any) -> dict[str, Any]:
    return {"header": {"msg_type": msg_type}, "content": content}


@pytest.mark.parametrize(
    ("parent", "expected"),
    [
        (_request("execute_request", code="x", allow_stdin=True), True),  # JupyterLab
        (_request("execute_request", code="x", allow_stdin=False), False),  # nbclient
        (_request("execute_request", code="x"), False),  # missing: false, as ipykernel reads it
        (_request("execute_request", code="x", allow_stdin="true"), False),  # not a bool
        (_request("comm_msg", allow_stdin=True), False),  # not a cell a person ran
        ({}, False),
    ],
)
def test_in_a_kernel_the_request_s_allow_stdin_decides(
    parent: dict[str, Any], expected: bool
) -> None:
    facts = Facts.of_shell(_Shell(_Kernel(parent)))
    assert facts.allow_stdin is expected
    decided = how("magic", in_advance=False, facts=facts, unattended=False)
    assert decided == ("interactive" if expected else "unattended")


def test_outside_a_kernel_the_terminal_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    monkeypatch.setattr("sys.stdin", Stdin(False))
    assert Facts.of_shell(_Shell(None)) == Facts(allow_stdin=None, tty=False)
    monkeypatch.setattr("sys.stdin", Stdin(True))
    assert Facts.of_shell(_Shell(None)) == Facts(allow_stdin=None, tty=True)
    monkeypatch.setattr("sys.stdin", None)
    assert Facts.of_process() == Facts(tty=False)


def test_an_unknown_surface_is_refused() -> None:
    with pytest.raises(ConfigError, match="unknown approval surface 'shell'"):
        how("shell", in_advance=False, facts=TTY, unattended=False)  # type: ignore[arg-type]


def test_approval_names_a_real_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DOTOP_USER", "JUPYTERHUB_USER", "GITHUB_ACTOR", "GITLAB_USER_LOGIN", "CI"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("DOTOP_UNATTENDED", raising=False)
    monkeypatch.setenv("GITHUB_ACTOR", "octocat")
    approval = Approval.given("runbook", in_advance=True, plan_hash="ab" * 32)
    assert (approval.by, approval.how, approval.where) == ("octocat", "unattended", "runbook")
    assert not approval.interactive
    assert Approval.given("cli", by="alice", facts=TTY).by == "alice"
    monkeypatch.setenv("DOTOP_USER", "dora")
    assert Approval.given("magic").by == "dora"
    with pytest.raises(ConfigError, match="not a usable user name"):
        Approval.given("cli", by="eve\nApproved by: root")
    for empty in ("", "  "):  # an explicit empty --approver never falls back to the default
        with pytest.raises(ConfigError, match=r"\(--approver\)"):
            Approval.given("cli", by=empty)


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
