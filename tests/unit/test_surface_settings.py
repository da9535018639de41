"""The surfaces take their defaults from Settings: the magic's traits, the CLI's flags and the
runbook parameters mean "the setting" until given (each default is written once)."""

from __future__ import annotations

import inspect
from typing import ClassVar

import pytest

from dotop_nb import runbooks
from dotop_nb import settings as settings_mod
from dotop_nb.cli import build_parser
from dotop_nb.magics import OperateMagics
from dotop_nb.settings import CI_USER_VARIABLES, Settings

ENV = {
    "DOTOP_NAMESPACE": "shop",
    "DOTOP_PLANNER": "offline",
    "DOTOP_VALIDATION_TIMEOUT": "33",
    "DOTOP_REQUEST_TIMEOUT": "4.5",
    "DOTOP_USER": "alice",
    "DOTOP_UNATTENDED": "yes",
}


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CI", "JUPYTERHUB_USER", *CI_USER_VARIABLES, *settings_mod.ENVIRONMENT):
        monkeypatch.delenv(name, raising=False)


def test_the_magic_traits_default_to_the_settings_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    m = OperateMagics(shell=None)
    assert (m.namespace, m.planner, m.user, m.unattended, m.rollback) == (
        "shop",
        "offline",
        "alice",
        True,
        True,
    )
    assert (m.validation_timeout, m.request_timeout) == (33.0, 4.5)
    assert (m.context, m.kubeconfig, m.sessions_dir, m.policies_dir) == ("", "", "", "")


def test_the_magic_traits_default_to_the_settings_defaults() -> None:
    m = OperateMagics(shell=None)
    s = Settings.from_env({})
    assert (m.namespace, m.planner, m.validation_timeout, m.request_timeout) == (
        s.namespace,
        s.planner,
        s.validation_timeout,
        s.request_timeout,
    )
    assert (m.user, m.rollback, m.unattended) == (s.user, s.rollback, s.unattended)


def test_a_trait_set_explicitly_wins_over_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOTOP_NAMESPACE", "shop")
    m = OperateMagics(shell=None, namespace="prod", validation_timeout=5.0)
    assert (m.namespace, m.validation_timeout) == ("prod", 5.0)


@pytest.mark.parametrize("command", ["operate", "session"])
def test_the_cli_flags_are_unset_until_given(command: str) -> None:
    words = ["scale my-api"] if command == "operate" else ["list"]
    args = build_parser().parse_args([command, *words])
    assert (args.namespace, args.planner, args.timeout, args.api_timeout) == (None,) * 4
    given = build_parser().parse_args(
        [command, *words, "-n", "shop", "--planner", "offline", "--timeout", "9"]
    )
    assert (given.namespace, given.planner, given.timeout) == ("shop", "offline", 9.0)


def test_the_runbook_parameters_default_to_the_setting() -> None:
    params = inspect.signature(runbooks.operate).parameters
    for name in ("namespace", "planner", "context", "rollback", "validation_timeout"):
        assert params[name].default is None, name
    shipped = {book.name: book.parameters for book in runbooks.available()}
    for name, parameters in shipped.items():
        for key in ("namespace", "rollback", "validation_timeout"):
            if key in parameters:
                assert parameters[key] is None, (name, key)


def test_on_a_ci_runner_the_magic_and_an_approval_are_unattended(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dotop_nb.app import Approval  # noqa: PLC0415
    from dotop_nb.app.approval import Facts  # noqa: PLC0415

    monkeypatch.setenv("CI", "true")
    assert OperateMagics(shell=None).unattended is True
    assert Approval.given("cli", by="alice", facts=Facts(tty=True)).how == "unattended"
    monkeypatch.setenv("DOTOP_UNATTENDED", "0")  # the explicit variable decides
    assert OperateMagics(shell=None).unattended is False
    assert Approval.given("cli", by="alice", facts=Facts(tty=True)).how == "interactive"


# ---------------------------------------------------------------------------- api_timeout
class _FakeOperator:
    """Stands in for the engine: records what the engine cache builds it with."""

    built: ClassVar[list[dict[str, object]]] = []

    def __init__(self, **kwargs: object) -> None:
        type(self).built.append(kwargs)
        self.journal = type("J", (), {"folder": "unused"})()

    def close(self) -> None:
        pass


def test_the_api_timeout_trait_reaches_the_ai_planner(monkeypatch: pytest.MonkeyPatch) -> None:
    from dotop_nb import service  # noqa: PLC0415
    from dotop_nb.ui import progress  # noqa: PLC0415

    monkeypatch.setattr(service, "Operator", _FakeOperator)
    monkeypatch.setattr(progress, "ProgressJournal", lambda folder: folder)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test")  # never used: nothing is planned
    monkeypatch.setenv("DOTOP_API_TIMEOUT", "45")
    _FakeOperator.built = []
    m = OperateMagics(shell=None, planner="anthropic")
    assert m.api_timeout is None
    m.operator()
    first = _FakeOperator.built[-1]["planner"]
    assert first.settings.request_timeout == 45.0  # type: ignore[attr-defined]
    m.api_timeout = 7.5  # a change rebuilds the engine with it
    m.operator()
    assert len(_FakeOperator.built) == 2
    second = _FakeOperator.built[-1]["planner"]
    assert second.settings.request_timeout == 7.5  # type: ignore[attr-defined]
    m.operator()
    assert len(_FakeOperator.built) == 2  # cached: same settings, same engine


def test_a_bad_api_timeout_is_refused_when_the_engine_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dotop_nb import service  # noqa: PLC0415
    from dotop_nb.errors import ConfigError  # noqa: PLC0415

    monkeypatch.setattr(service, "Operator", _FakeOperator)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test")
    _FakeOperator.built = []
    m = OperateMagics(shell=None, planner="anthropic", api_timeout=-1.0)
    with pytest.raises(ConfigError, match="request_timeout"):
        m.operator()
    assert _FakeOperator.built == []
