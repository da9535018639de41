"""Nothing headless passes as a person: on the real control plane, in a namespace the starter
policy ``production-approval`` gates (label ``env=production``).

- a notebook run by nbclient (as papermill and ``jupyter execute`` run it) whose cell says
  ``%operate approve ID --hash H`` is refused — the kernel's request does not allow input;
- the same cell sent by a frontend that allows input (as JupyterLab does) runs the change;
- ``dotop-nb runbook run`` with ``-r approve false`` (the text "false" is true in Python) or
  ``-p approve '"no"'`` is refused before anything runs, and so is papermill run directly;
- ``dotop-nb session approve`` in a pseudo-terminal that nobody types into (``script(1)``) is
  refused; a person who types the plan hash's first characters on the terminal approves it.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from dotop_nb import evaluation
from dotop_nb.cluster.client import KubeClient
from dotop_nb.commands.confirm import CONFIRM_CHARS

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "dotop_nb" / "policy" / "starter"


@pytest.fixture
def production(kube: KubeClient, namespace: str) -> str:
    """The shop in a namespace labelled env=production (my-api at 2 replicas)."""
    evaluation.install_shop(kube, namespace)
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": namespace, "labels": {"env": "production"}},
        }
    )
    return namespace


@pytest.fixture
def env(kubeconfig: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment of every process here: the starter policies, no unattended marker (the
    facts alone must decide), a journal in tmp_path."""
    values = {
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_POLICIES": str(STARTER),
        "DOTOP_USER": "alice",
        "DOTOP_PLANNER": "offline",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)  # kernels started here inherit it
    for name in ("DOTOP_UNATTENDED", "CI"):
        monkeypatch.delenv(name, raising=False)
    return {k: v for k, v in os.environ.items() if k not in ("DOTOP_UNATTENDED", "CI")}


def replicas(kube: KubeClient, ns: str) -> int:
    return int(kube.get("apps/v1", "Deployment", "my-api", ns)["spec"]["replicas"])


def cli(env: dict[str, str], cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dotop_nb.cli", *argv],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def propose(env: dict[str, str], cwd: Path, ns: str, count: int) -> tuple[str, str]:
    done = cli(env, cwd, "operate", f"scale my-api to {count}", "-n", ns, "--output", "json")
    assert done.returncode == 3, done.stderr
    doc = json.loads(done.stdout)
    assert doc["status"] == "proposed"
    return str(doc["session_id"]), str(doc["plan_hash"])


def status(env: dict[str, str], cwd: Path, sid: str) -> dict[str, Any]:
    shown = cli(env, cwd, "session", "show", sid, "--output", "json")
    assert shown.returncode == 0, shown.stderr
    doc: dict[str, Any] = json.loads(shown.stdout)
    return doc


# ------------------------------------------------------------------------------ notebooks (C2)
def test_a_notebook_run_by_nbclient_cannot_approve_in_production(
    kube: KubeClient, production: str, env: dict[str, str], tmp_path: Path
) -> None:
    sid, plan_hash = propose(env, tmp_path, production, 4)
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("%load_ext dotop_nb"),
            nbformat.v4.new_code_cell(
                f"%operate approve {sid} --hash {plan_hash[:12]} --confirm-namespace {production}"
            ),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    )
    client = NotebookClient(nb, timeout=300, resources={"metadata": {"path": str(tmp_path)}})
    with pytest.raises(CellExecutionError) as failed:
        client.execute()
    assert "ExecutionRefused" in str(failed.value)
    assert "production-approval" in str(failed.value)
    assert replicas(kube, production) == 2
    doc = status(env, tmp_path, sid)
    assert (doc["status"], doc["approval"]) == ("proposed", None)


def test_the_same_cell_from_a_frontend_that_allows_input_is_a_person_s_approval(
    kube: KubeClient, production: str, env: dict[str, str], tmp_path: Path
) -> None:
    """JupyterLab, Notebook and VS Code send ``allow_stdin: true`` for a cell a person runs."""
    sid, plan_hash = propose(env, tmp_path, production, 3)
    manager, client = start_new_kernel(kernel_name="python3", cwd=str(tmp_path))
    try:
        for code, allow in (
            ("%load_ext dotop_nb", True),
            (f"%operate approve {sid} --hash {plan_hash} --confirm-namespace {production}", True),
        ):
            reply = client.execute_interactive(
                code, allow_stdin=allow, timeout=300, output_hook=lambda _msg: None
            )
            assert reply["content"]["status"] == "ok", reply["content"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    assert replicas(kube, production) == 3
    doc = status(env, tmp_path, sid)
    assert doc["status"] == "executed"
    assert doc["approval"]["interactive"] is True
    assert doc["approval"]["by"] == "alice"


# ------------------------------------------------------------------------------ runbooks (C1)
@pytest.mark.parametrize(
    ("flag", "value"),
    [("-r", "false"), ("-p", '"no"'), ("-r", "true"), ("-p", "1"), ("-p", "yes please")],
)
def test_a_runbook_refuses_an_approve_that_is_not_a_bool(
    kube: KubeClient, env: dict[str, str], tmp_path: Path, namespace: str, flag: str, value: str
) -> None:
    evaluation.install_shop(kube, namespace)
    out = tmp_path / "run.ipynb"
    done = cli(
        env,
        tmp_path,
        *("runbook", "run", "scale", "-o", str(out)),
        *("-p", "workload", "my-api", "-p", "replicas", "5", "-p", "namespace", namespace),
        *(flag, "approve", value),
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "runbook parameter approve must be true or false" in done.stderr
    assert "use -p approve true|false" in done.stderr
    assert not out.exists()  # refused before the notebook ran
    assert replicas(kube, namespace) == 2


def test_papermill_run_directly_with_a_text_approve_changes_nothing(
    kube: KubeClient, env: dict[str, str], tmp_path: Path, namespace: str
) -> None:
    import papermill  # noqa: PLC0415

    from dotop_nb.runbooks import find  # noqa: PLC0415

    evaluation.install_shop(kube, namespace)
    out = tmp_path / "direct.ipynb"
    with pytest.raises(papermill.PapermillExecutionError) as failed:
        papermill.execute_notebook(
            str(find("scale").path),
            str(out),
            parameters={
                "workload": "my-api",
                "replicas": 5,
                "namespace": namespace,
                "approve": "false",
            },
            progress_bar=False,
            cwd=str(tmp_path),
        )
    assert failed.value.ename == "ConfigError"
    assert "approve must be true or false" in failed.value.evalue
    assert replicas(kube, namespace) == 2
    journal = tmp_path / "sessions"
    assert not journal.exists() or not list(journal.iterdir())  # nothing was even proposed


# ------------------------------------------------------------------------------ a pseudo-TTY (H2)
def _in_a_pty(
    argv: list[str], env: dict[str, str], cwd: Path, answer: bytes | None
) -> tuple[int, str]:
    """Run ``argv`` with a pseudo-terminal as its controlling terminal and standard input; type
    ``answer`` when it asks (None: close the terminal's input, as ``script`` does at EOF)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.chdir(cwd)
        os.execve(argv[0], argv, env)
    seen = b""
    answered = False
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        if not answered and b"characters of its plan hash" in seen:
            answered = True
            os.write(fd, answer if answer is not None else b"\x04")  # ^D: end of input
    _, code = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(code), seen.decode(errors="replace")


def test_a_pseudo_terminal_nobody_types_into_is_not_a_person(
    kube: KubeClient, production: str, env: dict[str, str], tmp_path: Path
) -> None:
    sid, plan_hash = propose(env, tmp_path, production, 4)
    argv = [sys.executable, "-m", "dotop_nb.cli", "session", "approve", sid, "--hash", plan_hash]
    argv += ["--confirm-namespace", production]  # typed: the terminal's person still decides
    code, out = _in_a_pty(argv, env, tmp_path, None)
    assert code == 5, out
    assert "not confirmed on the terminal" in out
    assert replicas(kube, production) == 2
    code, out = _in_a_pty(argv, env, tmp_path, b"000000\n")  # wrong characters
    assert code == 5, out
    assert replicas(kube, production) == 2
    assert status(env, tmp_path, sid)["status"] == "proposed"

    answer = plan_hash[:CONFIRM_CHARS].encode() + b"\n"
    code, out = _in_a_pty(argv, env, tmp_path, answer)
    assert code == 0, out
    assert replicas(kube, production) == 4
    doc = status(env, tmp_path, sid)
    assert doc["status"] == "executed"
    assert doc["approval"]["interactive"] is True


def test_a_plain_headless_cli_approval_is_refused_in_production(
    kube: KubeClient, production: str, env: dict[str, str], tmp_path: Path
) -> None:
    sid, plan_hash = propose(env, tmp_path, production, 4)
    typed = ("--confirm-namespace", production)  # the policy refuses it all the same
    done = cli(env, tmp_path, "session", "approve", sid, "--hash", plan_hash, *typed)
    assert done.returncode == 5, done.stderr
    assert "production-approval" in done.stderr
    assert replicas(kube, production) == 2


def test_rejecting_a_rejected_session_says_so_without_resume_or_rollback(
    kube: KubeClient, production: str, env: dict[str, str], tmp_path: Path
) -> None:
    sid, _ = propose(env, tmp_path, production, 4)
    first = cli(env, tmp_path, "session", "reject", sid)
    assert first.returncode == 5, first.stderr  # rejected: exit 5 in the one table
    again = cli(env, tmp_path, "session", "reject", sid)
    assert again.returncode == 5, again.stderr
    assert f"session {sid} is already rejected" in again.stderr
    assert "nothing to do: it was rejected by alice already" in again.stderr
    assert "resume" not in again.stderr
    assert "rollback" not in again.stderr
    assert replicas(kube, production) == 2
