"""A notebook using ``%operate`` in a real Jupyter kernel (nbclient), then re-run under nbval.

The kernel loads the extension from IPython's configuration (no ``%load_ext`` in the notebook),
as documented in docs/magic.md. nbval compares every output of the re-run with the saved one
(strict mode): the record's JSON data must be equal as it is — ids, hashes and times live in the
output metadata, which nbval does not compare — and the text outputs must be equal once the
shipped sanitizer has normalised ids, hashes, times and ports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from dotop_nb.audit import MIME
from dotop_nb.cluster.client import KubeClient
from dotop_nb.ui import SANITIZE_FILE
from tests.helpers import deploy, deployment

pytestmark = pytest.mark.integration

WIDGET = "application/vnd.jupyter.widget-view+json"


def _environment(tmp_path: Path, kubeconfig: str) -> dict[str, str]:
    profile = tmp_path / "ipython" / "profile_default"
    profile.mkdir(parents=True)
    (profile / "ipython_config.py").write_text(
        'c.InteractiveShellApp.extensions = ["dotop_nb"]\nc.OperateMagics.planner = "offline"\n'
    )
    (tmp_path / "policies").mkdir()
    return {
        **os.environ,
        "IPYTHONDIR": str(tmp_path / "ipython"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter-config"),
        "JUPYTER_DATA_DIR": str(tmp_path / "jupyter-data"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"),
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_POLICIES": str(tmp_path / "policies"),
        "DOTOP_USER": "runbook-author",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }


def _nbval(path: Path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", str(path), "-p", "no:cacheprovider", *extra],
        cwd=path.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def test_a_proposal_notebook_reruns_equal_under_nbval_with_the_sanitizer(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    env = _environment(tmp_path, kubeconfig)
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(f"%operate scale my-api to 3 -n {namespace}"),
            nbformat.v4.new_code_cell("%operate policies"),
        ],
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
    )
    NotebookClient(notebook, timeout=120, resources={"metadata": {"path": str(tmp_path)}}).execute(
        env=env
    )
    path = tmp_path / "runbook.ipynb"
    nbformat.write(notebook, path)

    # One output per session: a kernel renders widgets, so the record carries the widget's
    # view beside it (nbval skips the widget view: its model id is random).
    [record] = notebook.cells[0].outputs
    assert record.output_type == "display_data"
    assert set(record.data) == {WIDGET, "text/plain", "text/html", MIME}
    assert record.data[MIME]["status"] == "proposed"
    assert record.metadata[MIME]["session_id"].startswith("op-")
    assert "the Approve / Reject buttons below" in record.data["text/plain"]
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 2

    strict = _nbval(path, env)
    # Without the sanitizer the texts differ (ids, hashes, ports); the JSON data never needs it.
    assert strict.returncode == 1, strict.stdout
    assert "mismatch 'text/" in strict.stdout
    sanitized = _nbval(path, env, "--nbval-sanitize-with", str(SANITIZE_FILE))
    assert sanitized.returncode == 0, sanitized.stdout + sanitized.stderr
    assert "2 passed" in sanitized.stdout
