"""Inputs the issue-9 attack found accepted or mis-reported: each is refused before anything
runs, with a ConfigError (exit 2) that names the flag, variable or parameter."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from dotop_nb import cli, runbooks
from dotop_nb.errors import ConfigError
from dotop_nb.planner.settings import AnthropicSettings
from dotop_nb.sessions import check_folder
from dotop_nb.settings import Settings


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("DOTOP_SESSIONS", "DOTOP_MODEL", "DOTOP_STATE_DIR", "DOTOP_USER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KUBECONFIG", str(tmp_path / "no-cluster-is-needed"))


def main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# ------------------------------------------------------------------------------ runbook parameters
SCALE = runbooks.find("scale")


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("approve", "false", "approve must be true or false"),  # -r approve false
        ("approve", "no", "approve must be true or false"),  # -p approve '"no"'
        ("approve", 1, "approve must be true or false"),
        ("approve", None, "approve must be true or false"),
        ("replicas", "3; import os", "replicas must be a whole number"),
        ("replicas", True, "replicas must be a whole number"),
        ("replicas", 2.5, "replicas must be a whole number"),
        ("namespace", 123, "namespace must be text"),
        ("rollback", "yes", "rollback must be true or false"),
        ("validation_timeout", float("nan"), "validation_timeout must be a number"),
        ("validation_timeout", "30", "validation_timeout must be a number"),
        ("workload", ["my-api"], "workload must be text"),
    ],
)
def test_a_parameter_must_have_its_default_s_type(key: str, value: Any, says: str) -> None:
    with pytest.raises(ConfigError, match=says) as refused:
        runbooks.check_parameters(SCALE, {key: value})
    assert f"-p {key}" in str(refused.value.hint)


def test_parameters_of_the_right_type_pass() -> None:
    runbooks.check_parameters(
        SCALE,
        {
            "workload": "my-api",
            "replicas": 3,
            "namespace": None,
            "approve": True,
            "rollback": False,
            "validation_timeout": 30,
        },
    )
    runbooks.check_parameters(SCALE, {"validation_timeout": 12.5, "namespace": "shop"})


def test_the_notebook_s_own_call_refuses_a_text_approve() -> None:
    """papermill run directly skips run(): operate() itself refuses before any engine."""
    for value in ("false", "no", 0, None):
        with pytest.raises(ConfigError, match="approve must be true or false"):
            runbooks.operate("scale my-api to 3", approve=value)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="rollback must be true or false"):
        runbooks.operate("scale my-api to 3", rollback="false")  # type: ignore[arg-type]


def test_an_ordinary_intent_that_mentions_a_secret_is_not_refused() -> None:
    book = runbooks.find("operate")
    runbooks.check_parameters(book, {"intent": "restart my-api to pick up the rotated tls secret"})
    runbooks.check_parameters(book, {"intent": "roll the token-service deployment"})


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"api_token": "abc"}, "api_token"),  # a secret name, whatever the value
        ({"intent": "scale my-api, key sk-ant-api03-" + "a" * 30}, "intent"),
        ({"intent": "use ghp_" + "b" * 36}, "intent"),
        ({"intent": "AKIAABCDEFGHIJKLMNOP for s3"}, "intent"),
        ({"intent": "password=hunter2hunter2"}, "intent"),
        ({"intent": "-----BEGIN RSA PRIVATE KEY----- MII"}, "intent"),
    ],
)
def test_a_secret_name_or_a_credential_shaped_value_is_refused(
    params: dict[str, Any], named: str
) -> None:
    with pytest.raises(ConfigError, match=f"refusing parameter\\(s\\) {named}"):
        runbooks.check_parameters(runbooks.find("operate"), params)


# ------------------------------------------------------------------------------ CLI flags
@pytest.mark.parametrize("value", ["nan", "-1", "0", "inf"])
def test_runbook_run_timeout_is_checked_and_named(
    capsys: pytest.CaptureFixture[str], value: str, tmp_path: Path
) -> None:
    out = tmp_path / "x.ipynb"
    code, text = main(capsys, "runbook", "run", "scale", "--timeout", value, "-o", str(out))
    assert code == 2, text
    assert "--timeout must be" in text
    assert not out.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ("runbook", "run", "scale"),
        ("operate", "scale my-api to 3", "-n", "shop"),
        ("operate", "scale my-api to 3", "-n", "shop", "--approve"),
        ("session", "reject", "op-20260101-deadbeef"),
        ("session", "approve", "op-20260101-deadbeef", "--hash", "0" * 64),
        ("session", "resume", "op-20260101-deadbeef"),
    ],
)
@pytest.mark.parametrize("approver", ["", "  ", "eve\nApproved-by: root"])
def test_a_bad_approver_is_refused_on_every_command_and_names_the_flag(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], approver: str
) -> None:
    code, text = main(capsys, *argv, "--approver", approver)
    assert code == 2, text
    assert "(--approver)" in text
    assert "DOTOP_USER or user=" not in text


# ------------------------------------------------------------------------------ variables
@pytest.mark.parametrize("value", ["/tmp/a\nb", "/tmp/a\tb", "/tmp/a\x1b[31mb"])
def test_dotop_sessions_with_control_characters_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("DOTOP_SESSIONS", value)
    with pytest.raises(ConfigError, match="DOTOP_SESSIONS"):
        Settings.from_env()
    code, text = main(capsys, "operate", "scale my-api to 3", "-n", "shop")
    assert code == 2, text
    assert "DOTOP_SESSIONS" in text


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (a read-only folder)")
def test_an_unwritable_sessions_folder_is_refused_even_for_root() -> None:
    """/proc/self is read-only for every user, root included (permission bits say nothing)."""
    with pytest.raises(ConfigError, match="is not writable"):
        check_folder(Path("/proc/self"), where="DOTOP_SESSIONS")


@pytest.mark.parametrize("value", ["claude\nX-Injected: 1", "claude\x00", "claude\tx"])
def test_dotop_model_with_control_characters_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match="DOTOP_MODEL must be printable text on one line"):
        AnthropicSettings.from_env({"DOTOP_MODEL": value})


def test_a_state_dir_that_is_a_file_is_a_local_cluster_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("")
    monkeypatch.setenv("DOTOP_STATE_DIR", str(afile))
    for action in ("status", "up", "env"):
        code, text = main(capsys, "cluster", action, "--name", "x")
        assert code == 10, text
        assert f"{afile} is a file, not a folder" in text
        assert "unexpected" not in text
    assert os.path.getsize(afile) == 0
