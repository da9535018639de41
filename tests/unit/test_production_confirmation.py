"""Attack 12 defects 1 and 4, over the in-memory cluster double: a plan for a production
namespace runs only with the namespace name typed, checked once in the application layer for
every surface (approve cell, ``--approve``, CLI, runbook); approving a ``satisfied`` session is
"nothing to do" (exit 0, nothing changed), not an illegal transition."""

from __future__ import annotations

from pathlib import Path

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from dotop_nb import cli
from dotop_nb.app import Approval, workflow
from dotop_nb.errors import DotopError
from dotop_nb.magics import magic
from dotop_nb.service import Operator
from tests.helpers import deployment
from tests.memory import MemoryCluster, engine
from tests.unit.test_ui import shell

__all__ = ["shell"]


def _production(tmp_path: Path) -> tuple[MemoryCluster, Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    cluster.seed(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": "shop", "labels": {"environment": "production"}},
        }
    )
    return engine(tmp_path, deployment("my-api", "shop"), cluster=cluster)


def _replicas(cluster: MemoryCluster) -> int:
    return int(cluster.get("apps/v1", "Deployment", "my-api", "shop")["spec"]["replicas"])  # type: ignore[index]


@pytest.mark.parametrize("where", ["cli", "magic", "runbook"])
def test_every_surface_needs_the_typed_namespace_in_production(tmp_path: Path, where: str) -> None:
    cluster, op = _production(tmp_path)
    p = op.analyze("scale my-api to 5", namespace="shop")
    approval = Approval.given(where, by="bob", plan_hash=p.plan_hash, in_advance=True)  # type: ignore[arg-type]
    outcome = workflow.approve(op, p.session_id, approval, rollback=True)
    assert outcome.status == "refused"
    assert outcome.exit_code == 5
    assert outcome.error is not None
    assert "production namespace shop" in outcome.error.message
    assert "it was not typed" in outcome.error.message
    hint = outcome.error.hint or ""
    assert (
        f"%operate approve {p.session_id} --hash {p.plan_hash[:12]} --confirm-namespace shop"
        in hint
    )
    assert "`--confirm-namespace shop` on `dotop-nb operate … --approve`" in hint
    assert "-p confirm_namespace shop" in hint
    assert _replicas(cluster) == 2
    assert op.session(p.session_id).status == "proposed"
    wrong = Approval.given(
        where,
        by="bob",
        plan_hash=p.plan_hash,
        in_advance=True,
        confirm_namespace="sho",  # type: ignore[arg-type]
    )
    refused = workflow.approve(op, p.session_id, wrong, rollback=True)
    assert refused.status == "refused"
    assert "'sho' was typed" in refused.message
    assert _replicas(cluster) == 2
    typed = Approval.given(
        where,
        by="bob",
        plan_hash=p.plan_hash,
        in_advance=True,
        confirm_namespace="shop",  # type: ignore[arg-type]
    )
    assert workflow.approve(op, p.session_id, typed, rollback=True).status == "executed"
    assert _replicas(cluster) == 5


def test_operate_with_approve_in_advance_is_refused_without_the_name(tmp_path: Path) -> None:
    cluster, op = _production(tmp_path)
    approval = Approval.given("cli", by="bob", in_advance=True)
    outcome = workflow.operate(
        op, "scale my-api to 3", namespace="shop", approval=approval, rollback=True
    )
    assert (outcome.status, outcome.exit_code) == ("refused", 5)
    assert _replicas(cluster) == 2


def test_the_approve_cell_needs_confirm_namespace(
    shell: InteractiveShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster, op = _production(tmp_path)
    p = op.analyze("scale my-api to 5", namespace="shop")
    magics = magic.load(shell)
    try:
        monkeypatch.setattr(magics, "operator", lambda **_: op)
        monkeypatch.setattr(magics, "_operator_for", lambda _s: op)
        monkeypatch.setattr(magics, "_widgets_enabled", lambda: False)
        with capture_output(), pytest.raises(DotopError) as refused:
            shell.run_line_magic("operate", f"approve {p.session_id} --hash {p.plan_hash[:12]}")
        assert refused.value.exit_code == 5
        assert "--confirm-namespace shop" in (refused.value.hint or "")
        assert _replicas(cluster) == 2
        with capture_output():
            shell.run_line_magic(
                "operate",
                f"approve {p.session_id} --hash {p.plan_hash[:12]} --confirm-namespace shop",
            )
        assert _replicas(cluster) == 5
    finally:
        magic.unload(shell)


def _cli(monkeypatch: pytest.MonkeyPatch, op: Operator, *argv: str) -> int:
    monkeypatch.setattr(cli, "_operator", lambda _args: op)
    monkeypatch.setattr("sys.stdin", None)  # unattended: no terminal to confirm on
    return cli.main(list(argv))


def test_cli_session_approve_needs_confirm_namespace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cluster, op = _production(tmp_path)
    p = op.analyze("scale my-api to 5", namespace="shop")
    assert _cli(monkeypatch, op, "session", "approve", p.session_id, "--hash", p.plan_hash) == 5
    assert "--confirm-namespace shop" in capsys.readouterr().err
    assert _replicas(cluster) == 2
    argv = (
        "session",
        "approve",
        p.session_id,
        "--hash",
        p.plan_hash,
        "--confirm-namespace",
        "shop",
    )
    assert _cli(monkeypatch, op, *argv) == 0
    assert _replicas(cluster) == 5


def test_approving_a_satisfied_session_is_nothing_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop", replicas=3))
    p = op.analyze("scale my-api to 3", namespace="shop")
    assert p.status == "satisfied"
    before = op.session(p.session_id).model_dump()
    approval = Approval.given("cli", by="bob", plan_hash=p.plan_hash)
    outcome = workflow.approve(op, p.session_id, approval, rollback=True)
    assert (outcome.status, outcome.exit_code, outcome.error) == ("satisfied", 0, None)
    assert outcome.done.startswith(f"nothing to do: session {p.session_id} is already in the")
    assert op.session(p.session_id).model_dump() == before
    assert _cli(monkeypatch, op, "session", "approve", p.session_id, "--hash", p.plan_hash) == 0
    captured = capsys.readouterr()
    assert "nothing to do" in captured.out + captured.err
    assert "bug" not in captured.out + captured.err
    assert op.session(p.session_id).model_dump() == before


def test_the_approve_cell_of_a_satisfied_session_says_nothing_to_do(
    shell: InteractiveShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop", replicas=3))
    p = op.analyze("scale my-api to 3", namespace="shop")
    magics = magic.load(shell)
    try:
        monkeypatch.setattr(magics, "operator", lambda **_: op)
        monkeypatch.setattr(magics, "_operator_for", lambda _s: op)
        monkeypatch.setattr(magics, "_widgets_enabled", lambda: False)
        with capture_output() as shown:
            shell.run_line_magic("operate", f"approve {p.session_id} --hash {p.plan_hash[:12]}")
        assert magics.last_outcome is not None
        assert magics.last_outcome.status == "satisfied"
        assert magics.last_outcome.done.startswith("nothing to do")
        assert "Status: satisfied" in shown.outputs[0].data["text/plain"]
        assert op.session(p.session_id).status == "satisfied"
    finally:
        magic.unload(shell)
