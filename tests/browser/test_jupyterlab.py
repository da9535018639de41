"""A person's path through JupyterLab, in a real browser: run ``%operate``, see the proposal,
click Approve, see the result; the saved notebook holds the approval as an ordinary output.

JupyterLab runs on loopback (a free port, token auth, every Jupyter and IPython folder in a temp
dir); Debian's Chromium is driven by Playwright's Python package with an explicit executable path
(``playwright install`` is never used). The kernel inherits the server's environment, which points
KUBECONFIG at the test cluster. On failure a screenshot and the server log go to test-artifacts/.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import pytest
from playwright.sync_api import sync_playwright

from dotop_nb import audit
from dotop_nb.audit import MIME
from dotop_nb.cluster.client import KubeClient
from tests.helpers import deploy, deployment, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.timeout(300)]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
USER = "browser-user"


@dataclass
class Lab:
    url: str
    token: str
    root: Path
    log: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ready(url: str) -> bool:
    # No proxy: the server is on loopback.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=2) as answer:
            return bool(answer.status == 200)
    except OSError:
        return False


@pytest.fixture
def chromium() -> Path:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: install it with `apt-get install -y chromium` "
            "(Debian's package; the browser tests never download a browser)",
            pytrace=False,
        )
    return CHROMIUM


@pytest.fixture
def lab(tmp_path: Path, kubeconfig: str) -> Iterator[Lab]:
    root = tmp_path / "notebooks"
    root.mkdir()
    profile = tmp_path / "ipython" / "profile_default"
    profile.mkdir(parents=True)
    (profile / "ipython_config.py").write_text('c.OperateMagics.planner = "offline"\n')
    settings = tmp_path / "lab-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    # No news or update prompts: nothing may cover the notebook, and nothing leaves loopback.
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    (tmp_path / "policies").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC_", "JUPYTER"))}
    env.update(
        {
            "HOME": str(tmp_path / "home"),
            "IPYTHONDIR": str(tmp_path / "ipython"),
            "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter-config"),
            "JUPYTER_DATA_DIR": str(tmp_path / "jupyter-data"),
            "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"),
            "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "lab-settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "lab-workspaces"),
            "KUBECONFIG": kubeconfig,
            "DOTOP_SESSIONS": str(tmp_path / "sessions"),
            "DOTOP_POLICIES": str(tmp_path / "policies"),
            "DOTOP_USER": USER,
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
        }
    )
    port, token = _free_port(), secrets.token_hex(16)
    log = tmp_path / "jupyterlab.log"
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.open_browser=False",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if os.geteuid() == 0:  # CI containers run as root
        command.append("--allow-root")
    with log.open("w") as out:
        server = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _ready(f"{url}/api/status?token={token}"):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield Lab(url=url, token=token, root=root, log=log)
    finally:
        # The server shuts its kernels down on SIGTERM; the group is ours (start_new_session).
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)  # a kernel the server failed to stop


@pytest.fixture
def artifacts(repo_root: Path, request: pytest.FixtureRequest) -> Path:
    folder = repo_root / "test-artifacts"
    return folder / request.node.name


KERNEL_IDLE = (
    "() => window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel"
    "?.status === 'idle'"
)
IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"


def _one_output_per_session(page: Any) -> None:
    """The %operate cell (the second) has exactly one output, and it shows the record once."""
    outputs = page.locator(".jp-Cell").nth(1).locator(".jp-OutputArea-output")
    assert outputs.count() == 1, outputs.all_inner_texts()
    assert page.locator(".jp-Cell").nth(1).locator(".dotop-session").count() == 1


def _shot(page: Any, name: str) -> None:
    """A screenshot of the %operate cell for docs/magic.md."""
    IMAGES.mkdir(parents=True, exist_ok=True)
    page.locator(".jp-Cell").nth(1).screenshot(path=str(IMAGES / name))


def _luminance(css: str) -> float:
    red, green, blue = (int(v) / 255 for v in css[css.index("(") + 1 : -1].split(",")[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _records(path: Path) -> list[tuple[Any, Any]]:
    notebook = nbformat.read(path, as_version=4)
    return [
        (o["data"][MIME], o.get("metadata", {}).get(MIME, {}))
        for c in notebook.cells
        for o in c.get("outputs", [])
        if MIME in o.get("data", {})
    ]


def test_approve_in_jupyterlab_and_the_saved_notebook_holds_the_record(
    chromium: Path, lab: Lab, kube: KubeClient, namespace: str, artifacts: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    path = lab.root / "runbook.ipynb"
    nbformat.write(
        nbformat.v4.new_notebook(
            cells=[
                nbformat.v4.new_code_cell("%load_ext dotop_nb"),
                nbformat.v4.new_code_cell(f"%operate scale my-api to 3 -n {namespace}"),
            ],
            metadata={
                "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
            },
        ),
        path,
    )

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        try:
            page.goto(f"{lab.url}/lab/tree/runbook.ipynb?token={lab.token}")
            page.wait_for_function(
                "() => window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel"
                "?.status === 'idle'",
                timeout=90_000,
            )
            page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")

            # The proposal: ONE output (issue 12 §1), the widget showing the record's HTML
            # with the buttons under it.
            page.wait_for_selector(".dotop-session[data-status='proposed']", timeout=90_000)
            approve = page.locator(".dotop-proposal button", has_text="Approve")
            approve.wait_for(timeout=60_000)
            assert approve.is_enabled()
            assert "scale deployment/my-api" in page.locator(".dotop-proposal").inner_text()
            _one_output_per_session(page)
            _shot(page, "one-output-live.png")

            # A page reload with the kernel alive (the notebook saved first): the widget comes
            # back from the kernel, still one output, no "model not found".
            page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
            wait_for(lambda: _records(path), what="the proposal saved", timeout=30)
            page.reload()
            page.wait_for_function(KERNEL_IDLE, timeout=90_000)
            approve = page.locator(".dotop-proposal button", has_text="Approve")
            approve.wait_for(timeout=60_000)
            _one_output_per_session(page)
            assert "Error displaying widget" not in page.locator(".jp-Notebook").inner_text()
            # Run again, so this page maps the output's display id and sees the decision.
            page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
            page.wait_for_function(
                "() => document.querySelectorAll('.dotop-proposal').length === 1", timeout=90_000
            )
            approve = page.locator(".dotop-proposal button", has_text="Approve")
            approve.wait_for(timeout=60_000)

            approve.click()
            page.wait_for_selector(".dotop-session[data-status='executed']", timeout=120_000)
            # Decided: the output is now the plain record (execution and validation in it);
            # the controls are gone, so nothing is left to fail after a reopen.
            page.wait_for_function(
                "() => document.querySelectorAll('.dotop-proposal').length === 0", timeout=30_000
            )
            record = page.locator(".dotop-session[data-status='executed']")
            assert "Validation passed" in record.inner_text()
            _one_output_per_session(page)
            assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 3

            page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
            saved = wait_for(
                lambda: [r for r in _records(path) if r[0]["status"] == "executed"],
                what="the executed record in the saved notebook",
                timeout=30,
            )
            # Reopened after a kernel restart: the readable record, no widget error.
            page.evaluate("() => { window.jupyterapp.commands.execute('kernelmenu:restart'); }")
            page.locator(".jp-Dialog button.jp-mod-accept").click(timeout=30_000)
            page.wait_for_function(KERNEL_IDLE, timeout=90_000)
            page.reload()
            page.wait_for_function(KERNEL_IDLE, timeout=90_000)
            page.wait_for_selector(".dotop-session[data-status='executed']", timeout=60_000)
            assert "Error displaying widget" not in page.locator(".jp-Notebook").inner_text()
            _one_output_per_session(page)
            _shot(page, "one-output-reopened.png")

            # The dark theme: the record stays readable (badges white on a dark fill, diff
            # tints over the theme's own colours).
            page.evaluate(
                "() => window.jupyterapp.commands.execute('apputils:change-theme',"
                " {theme: 'JupyterLab Dark'})"
            )
            page.wait_for_function(
                "() => document.body.dataset.jpThemeLight === 'false'", timeout=30_000
            )
            badge = page.locator(".dotop-session .dotop-status").first
            assert badge.evaluate("e => getComputedStyle(e).color") == "rgb(255, 255, 255)"
            text = page.locator(".dotop-session").first.evaluate("e => getComputedStyle(e).color")
            assert _luminance(text) > 0.5, text  # light text on the dark background
            _shot(page, "dark-theme.png")
        except Exception:
            artifacts.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(artifacts / "page.png"), full_page=True)
            shutil.copy(lab.log, artifacts / "jupyterlab.log")
            raise
        finally:
            browser.close()

    # The approval survives as an ordinary output: no widget state needed to read it.
    [(data, meta)] = saved
    assert data["decision"] == "approved"
    assert data["validation"]["ok"] is True
    assert meta["approval"]["by"] == USER
    assert meta["approval"]["interactive"] is True
    assert meta["approval"]["plan_hash"] == meta["plan_hash"]
    notebook = nbformat.read(path, as_version=4)
    [record] = [o for o in notebook.cells[1].outputs if MIME in o.get("data", {})]
    assert f"Approved by {USER} interactively" in record["data"]["text/plain"]
    # Saved by JupyterLab (JavaScript numbers, its JSON layout): the record still verifies,
    # signature and every representation (issue 9 §3).
    [row] = audit.read(path).to_dict("records")
    assert (row["trust"], row["problems"]) == ("verified", [])
