"""Records you can trust, in a real JupyterLab (issue 9 §3).

* Saving an unedited notebook from the browser (JavaScript numbers, JupyterLab's JSON layout)
  leaves every record verified: ``dotop-nb audit`` exits 0, and again after an nbformat
  round-trip.
* After a page reload the browser no longer maps the kernel's display ids, so a decision cannot
  rewrite the proposal's output. Approve by the button or by ``%operate approve``: the proposal
  cell keeps what it did (proposed, and where the outcome lives), the deciding cell shows the
  outcome, and the audit of the saved notebook agrees with the cluster.

Same harness as test_jupyterlab.py: JupyterLab on loopback, Debian's Chromium via Playwright.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from playwright.sync_api import Page, sync_playwright

from dotop_nb.audit import MIME
from dotop_nb.cluster.client import KubeClient
from tests.browser.test_jupyterlab import (
    CHROMIUM_ARGS,
    USER,
    Lab,
    _records,
    artifacts,
    chromium,
    lab,
)
from tests.helpers import deploy, deployment, wait_for

__all__ = ["artifacts", "chromium", "lab"]

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.timeout(420)]

KERNEL_IDLE = (
    "() => window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel"
    "?.status === 'idle'"
)


def _notebook(path: Path, sources: list[str]) -> None:
    nbformat.write(
        nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell(s) for s in sources],
            metadata={
                "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
            },
        ),
        path,
    )


def _command(page: Page, name: str) -> None:
    page.evaluate(f"() => window.jupyterapp.commands.execute('{name}')")


def _save(page: Page, path: Path, until: Any, what: str) -> Any:
    _command(page, "docmanager:save")
    return wait_for(lambda: until(_records(path)), what=what, timeout=30)


def _audit(path: Path, env: dict[str, str], *extra: str) -> tuple[int, str]:
    """The real command line, as a reviewer runs it on the saved file."""
    done = subprocess.run(
        [str(Path(sys.executable).with_name("dotop-nb")), "audit", str(path), *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


def _rows(path: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    code, out = _audit(path, env, "--output", "json")
    assert code == 0, out
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def _replicas(kube: KubeClient, name: str, namespace: str) -> int:
    return int(kube.get("apps/v1", "Deployment", name, namespace)["spec"]["replicas"])


def _keep_evidence(page: Page, lab: Lab, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "page.png"), full_page=True)
    shutil.copy(lab.log, folder / "jupyterlab.log")


def test_saving_an_unedited_notebook_in_jupyterlab_keeps_every_record_verified(
    chromium: Path,
    lab: Lab,
    kube: KubeClient,
    namespace: str,
    artifacts: Path,
    tmp_path: Path,
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    deploy(kube, deployment("web", namespace, replicas=2))
    path = lab.root / "records.ipynb"
    _notebook(
        path,
        [
            "%load_ext dotop_nb",
            f"%operate scale my-api to 3 -n {namespace} --approve",
            f"%operate scale web to 4 -n {namespace}",
            "%operate status",
        ],
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        try:
            page.goto(f"{lab.url}/lab/tree/records.ipynb?token={lab.token}")
            page.wait_for_function(KERNEL_IDLE, timeout=90_000)
            _command(page, "notebook:run-all-cells")
            page.wait_for_selector(".dotop-session[data-status='executed']", timeout=120_000)
            page.locator(".dotop-session[data-status='proposed']").nth(1).wait_for(timeout=90_000)
            saved = _save(
                page,
                path,
                lambda found: len(found) == 3 and found,
                "three records in the notebook JupyterLab saved",
            )
        except Exception:
            _keep_evidence(page, lab, artifacts)
            raise
        finally:
            browser.close()

    assert [data["status"] for data, _ in saved] == ["executed", "proposed", "proposed"]
    text = path.read_text()
    # Saved by JavaScript: Python's 0.0 is written 0 (what made records TAMPERED before).
    assert '"cost_usd": 0,' in text or '"cost_usd": 0\n' in text
    assert '"cost_usd": 0.0' not in text

    env = {**os.environ, "DOTOP_SESSIONS": str(tmp_path / "sessions")}
    code, out = _audit(path, env)
    assert code == 0, out
    assert "TAMPERED" not in out
    assert "UNVERIFIED" not in out
    rows = _rows(path, env)
    assert {(r["outcome"], r["trust"], tuple(r["problems"])) for r in rows} == {
        ("executed", "verified", ()),
        ("proposed", "verified", ()),
    }

    # nbformat reads and writes it again (as jupytext-like tools and nbconvert do): still
    # verified.
    again = tmp_path / "nbformat.ipynb"
    nbformat.write(nbformat.read(path, as_version=4), again)
    code, out = _audit(again, env)
    assert code == 0, out
    assert [r["trust"] for r in _rows(again, env)] == ["verified", "verified"]


def test_approve_after_a_page_reload_the_audit_agrees_with_the_cluster(
    chromium: Path,
    lab: Lab,
    kube: KubeClient,
    namespace: str,
    artifacts: Path,
    tmp_path: Path,
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    deploy(kube, deployment("web", namespace, replicas=2))
    path = lab.root / "reload.ipynb"
    _notebook(
        path,
        [
            "%load_ext dotop_nb",
            f"%operate scale my-api to 3 -n {namespace}",
            f"%operate scale web to 4 -n {namespace}",
            "# approve later",
        ],
    )
    url = f"{lab.url}/lab/tree/reload.ipynb?token={lab.token}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.on("dialog", lambda dialog: dialog.accept())
        try:
            page.goto(url)
            page.wait_for_function(KERNEL_IDLE, timeout=90_000)
            _command(page, "notebook:run-all-cells")
            page.locator(".dotop-proposal button", has_text="Approve").nth(1).wait_for(
                timeout=90_000
            )
            proposed = _save(
                page, path, lambda found: len(found) == 2 and found, "the two proposals saved"
            )
            [(_, first), (_, second)] = proposed
            api_id, web_id = first["session_id"], second["session_id"]

            page.reload()
            page.wait_for_function(KERNEL_IDLE, timeout=90_000)
            # The widget comes back from the kernel; its record output is now an old output.
            approve = page.locator(".dotop-proposal button", has_text="Approve").first
            approve.wait_for(timeout=60_000)
            approve.click()
            wait_for(lambda: _replicas(kube, "my-api", namespace) == 3, what="the approved scale")
            page.locator(".dotop-proposal .dotop-progress", has_text="executed:").first.wait_for(
                timeout=120_000
            )

            # The other one by a cell: %operate approve ID --hash H in cell 4. JupyterLab sends
            # allow_stdin: true for a cell a person runs, so it is a person's approval.
            page.evaluate(
                """(source) => {
                    const panel = window.jupyterapp.shell.currentWidget.content;
                    panel.activeCellIndex = 3;
                    panel.activeCell.model.sharedModel.setSource(source);
                }""",
                f"%operate approve {web_id} --hash {second['plan_hash'][:12]}",
            )
            _command(page, "notebook:run-cell")
            page.locator(".dotop-session[data-status='executed']").first.wait_for(timeout=120_000)
            assert _replicas(kube, "web", namespace) == 4
            _save(
                page,
                path,
                lambda found: (
                    [d["status"] for d, _ in found] == ["proposed", "proposed", "executed"]
                    and found
                ),
                "the approval cell's record saved",
            )
        except Exception:
            _keep_evidence(page, lab, artifacts)
            raise
        finally:
            browser.close()

    notebook = nbformat.read(path, as_version=4)
    outputs = [
        [o for o in c.get("outputs", []) if MIME in o.get("data", {})] for c in notebook.cells
    ]
    # Each cell shows what it did: the proposals stay proposals (no cell rewrote them, no
    # "ran nothing again"), and each says where a decision taken elsewhere is recorded.
    for cell, sid in ((1, api_id), (2, web_id)):
        [record] = outputs[cell]
        assert record["data"][MIME]["status"] == "proposed"
        plain = record["data"]["text/plain"]
        assert "ran nothing again" not in plain
        assert f"in the session journal: `%operate status {sid}`" in plain
    [decided] = outputs[3]
    assert decided["data"][MIME]["status"] == "executed"
    assert decided["metadata"][MIME]["session_id"] == web_id
    assert decided["metadata"][MIME]["approval"]["interactive"] is True  # run from JupyterLab
    assert "ran nothing again" not in decided["data"]["text/plain"]

    # The audit agrees with the cluster: the button's outcome from the journal (the notebook
    # could not be updated after the reload), the cell's from the notebook.
    env = {**os.environ, "DOTOP_SESSIONS": str(tmp_path / "sessions")}
    code, out = _audit(path, env)
    assert code == 0, out
    assert f"NOTE {api_id} in {path}: the notebook shows proposed; the session journal" in out
    rows = {r["session_id"]: r for r in _rows(path, env)}
    api, web = rows[api_id], rows[web_id]
    assert (api["outcome"], api["notebook_outcome"], api["approved_by"]) == (
        "executed",
        "proposed",
        USER,
    )
    assert api["outcome_from"].endswith(f"{api_id}.json")
    assert (web["outcome"], web["outcome_from"], web["approved_by"]) == (
        "executed",
        "notebook",
        USER,
    )
    assert {r["trust"] for r in rows.values()} == {"verified"}
    assert _replicas(kube, "my-api", namespace) == 3
