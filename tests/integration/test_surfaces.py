"""One workflow behind every surface: the same scenario ends with the same outcome status and
the same exit code on the CLI (a real `dotop-nb operate` process), the ``%operate`` magic (a real
IPython shell) and a runbook (`dotop-nb runbook run`, papermill), on the real control plane.

Every run approves in advance where it approves at all (``--approve``, ``approve=True``), which
is unattended on every surface; the CLI runs without a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from IPython.core.interactiveshell import InteractiveShell

from dotop_nb.app import EXIT
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import DotopError
from dotop_nb.magics import OperateMagics
from tests.helpers import deploy, deployment

pytestmark = pytest.mark.integration

APPROVAL_POLICY = (
    "id: people-approve\nname: People Approve\neffect: require_approval\n"
    "rules: {require_approval_for: [scale]}\n"
)
DENY_POLICY = (
    "id: no-scaling\nname: No Scaling\neffect: deny\nrules: {forbidden_operations: [scale]}\n"
)
# scenario → (intent, approve, the session's recorded status, policy file or None)
SCENARIOS: dict[str, tuple[str, bool, str, str | None]] = {
    "executed": ("scale my-api to 3", True, "executed", None),
    "proposed": ("scale my-api to 3", False, "proposed", None),
    "blocked": ("scale my-api to 4", True, "blocked", DENY_POLICY),
    "needs_clarification": ("scale my-api", True, "needs_clarification", None),
    "rolled_back": (
        "update my-api to registry.invalid/dotop/unpullable:1",
        True,
        "rolled_back",
        None,
    ),
    "refused": ("scale my-api to 3", True, "proposed", APPROVAL_POLICY),
}
APPROVER = "ci-bot"


class Run:
    """What a surface reported: the outcome status, the exit code, the session as recorded."""

    def __init__(self, status: str, code: int, session: dict[str, object]) -> None:
        self.status, self.code, self.session = status, code, session


def _env(kubeconfig: str, tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_POLICIES": str(tmp_path / "policies"),
        "DOTOP_USER": "someone-else",
    }


def _recorded(tmp_path: Path) -> dict[str, object]:
    [path] = (tmp_path / "sessions").glob("op-*.json")
    data: dict[str, object] = json.loads(path.read_text())
    return data


def _cli(intent: str, approve: bool, ns: str, kubeconfig: str, tmp_path: Path) -> Run:
    argv = [sys.executable, "-m", "dotop_nb.cli", "operate", intent, "-n", ns]
    argv += ["--planner", "offline", "--timeout", "60", "--output", "json"]
    argv += ["--approve", "--approver", APPROVER] if approve else []
    proc = subprocess.run(
        argv,
        env=_env(kubeconfig, tmp_path),
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    doc = json.loads(proc.stdout)
    assert doc["exit_code"] == proc.returncode, proc.stderr
    return Run(doc["outcome"], proc.returncode, _recorded(tmp_path))


def _magic(intent: str, approve: bool, ns: str, kubeconfig: str, tmp_path: Path) -> Run:
    shell = InteractiveShell.instance()
    shell.run_line_magic("load_ext", "dotop_nb")
    magics = shell.magics_manager.registry["OperateMagics"]
    assert isinstance(magics, OperateMagics)
    try:
        for name, value in (
            ("kubeconfig", kubeconfig),
            ("sessions_dir", str(tmp_path / "sessions")),
            ("policies_dir", str(tmp_path / "policies")),
            ("planner", "offline"),
            ("validation_timeout", 60.0),
            ("user", APPROVER),
        ):
            setattr(magics, name, value)
        result = shell.run_cell(f"%operate {intent} -n {ns}" + (" --approve" if approve else ""))
        outcome = magics.last_outcome
        assert outcome is not None
        error = result.error_in_exec
        if error is not None:
            # The cell's error carries the outcome's exit code (one table).
            assert isinstance(error, DotopError), error
            assert error.exit_code == outcome.exit_code, (error, outcome)
        else:
            assert outcome.status in ("executed", "proposed")
        return Run(outcome.status, outcome.exit_code, _recorded(tmp_path))
    finally:
        shell.run_line_magic("unload_ext", "dotop_nb")
        if "OperateMagics" in shell.config:
            del shell.config["OperateMagics"]


def _runbook(intent: str, approve: bool, ns: str, kubeconfig: str, tmp_path: Path) -> Run:
    out = tmp_path / "run.ipynb"
    argv = [sys.executable, "-m", "dotop_nb.cli", "runbook", "run", "operate", "-o", str(out)]
    argv += ["-r", "intent", intent, "-r", "namespace", ns, "-p", "validation_timeout", "60"]
    argv += ["-p", "approve", "true" if approve else "false", "--approver", APPROVER]
    proc = subprocess.run(
        argv,
        env=_env(kubeconfig, tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    said = [line for line in proc.stdout.splitlines() if line.startswith("runbook operate: ")]
    assert said, proc.stdout + proc.stderr
    status = said[0].removeprefix("runbook operate: ").split(" in ")[0].strip()
    return Run(status, proc.returncode, _recorded(tmp_path))


SURFACES: dict[str, Callable[[str, bool, str, str, Path], Run]] = {
    "cli": _cli,
    "magic": _magic,
    "runbook": _runbook,
}


@pytest.fixture
def app(kube: KubeClient, namespace: str, tmp_path: Path) -> str:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    (tmp_path / "policies").mkdir()
    return namespace


@pytest.mark.parametrize("surface", sorted(SURFACES))
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_every_surface_gives_the_same_outcome_and_exit_code(
    scenario: str, surface: str, app: str, kube: KubeClient, kubeconfig: str, tmp_path: Path
) -> None:
    intent, approve, recorded, policy = SCENARIOS[scenario]
    if policy is not None:
        (tmp_path / "policies" / "policy.yaml").write_text(policy)
    run = SURFACES[surface](intent, approve, app, kubeconfig, tmp_path)
    assert (run.status, run.code) == (scenario, EXIT[scenario])
    # The session stays as recorded: a refused approval does not turn it into anything else.
    assert run.session["status"] == recorded
    replicas = kube.get("apps/v1", "Deployment", "my-api", app)["spec"]["replicas"]
    assert replicas == (3 if scenario == "executed" else 2)
    approval = run.session.get("approval")
    if scenario in ("executed", "rolled_back"):
        # A headless approval names a real identity (--approver / the user), never a constant,
        # and is unattended on every surface.
        assert isinstance(approval, dict)
        assert (approval["by"], approval["interactive"]) == (APPROVER, False)
    else:
        assert approval is None
