"""Issue 12, points 6-8 in a real browser: Approve runs in the background with live progress
while another cell runs, Cancel rolls back, and a question is answered by typing "4" + Enter.

The never-ready rollout is real: kwok never makes a pod of ``registry.invalid/dotop/never-ready``
ready (see tests/integration/test_engine.py), so validation would wait for its whole timeout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Page, sync_playwright

from dotop_nb.cluster.client import KubeClient
from tests.browser.test_jupyterlab import (
    CHROMIUM_ARGS,
    Lab,
    artifacts,
    chromium,
    lab,
)
from tests.helpers import deploy, deployment, wait_for

__all__ = ["artifacts", "chromium", "lab"]

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.timeout(300)]

NEVER_READY = "registry.invalid/dotop/never-ready:1"
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "images" / "live-progress.png"


def _notebook(path: Path, *cells: str) -> None:
    nbformat.write(
        nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell(c) for c in cells],
            metadata={
                "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
            },
        ),
        path,
    )


def _open(page: Page, lab: Lab, name: str) -> None:
    page.goto(f"{lab.url}/lab/tree/{name}?token={lab.token}")
    page.wait_for_function(
        "() => window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel"
        "?.status === 'idle'",
        timeout=90_000,
    )


def _run_cells(page: Page, upto: int) -> None:
    """Run cells 0..upto-1, one after the other (the kernel queues them)."""
    for index in range(upto):
        _run_cell(page, index)


def _run_cell(page: Page, index: int) -> None:
    page.evaluate(
        "(i) => { const nb = window.jupyterapp.shell.currentWidget.content;"
        " nb.activeCellIndex = i;"
        " return window.jupyterapp.commands.execute('notebook:run-cell'); }",
        index,
    )


def _image(kube: KubeClient, namespace: str) -> str:
    dep = kube.get("apps/v1", "Deployment", "my-api", namespace)
    return str(dep["spec"]["template"]["spec"]["containers"][0]["image"])


def test_approve_shows_live_progress_while_another_cell_runs_and_cancel_rolls_back(
    chromium: Path, lab: Lab, kube: KubeClient, namespace: str, artifacts: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    _notebook(
        lab.root / "live.ipynb",
        "%load_ext dotop_nb\n%config OperateMagics.validation_timeout = 120.0",
        f"%operate update my-api to {NEVER_READY} -n {namespace}",
        "print('another cell ran', 6 * 7)",
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        try:
            _open(page, lab, "live.ipynb")
            _run_cells(page, 2)
            page.wait_for_selector(".dotop-session[data-status='proposed']", timeout=90_000)
            approve = page.locator(".dotop-proposal button", has_text="Approve")
            approve.wait_for(timeout=60_000)
            approve.click()

            clock = page.locator(".dotop-proposal .dotop-clock")
            clock.filter(has_text="updated").wait_for(timeout=60_000)
            text = clock.inner_text()
            assert "validating — deployment/my-api" in text, text
            assert "s elapsed · at most" in text, text
            assert "left (validation timeout 120s)" in text, text
            # The record beside the buttons says what runs now.
            page.wait_for_selector(".dotop-session[data-status='executing']", timeout=30_000)

            # The kernel is free: another cell runs and prints while the rollout is awaited.
            _run_cell(page, 2)
            page.locator(".jp-OutputArea-output", has_text="another cell ran 42").wait_for(
                timeout=30_000
            )
            assert _image(kube, namespace) == NEVER_READY
            cancel = page.locator(".dotop-proposal button", has_text="Cancel and roll back")
            assert cancel.is_visible()
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.locator(".dotop-proposal").screenshot(path=str(SCREENSHOT))

            cancel.click()
            # Decided: the one output is the plain record now (no controls left to go stale).
            record = page.locator(".dotop-session[data-status='rolled_back']")
            record.wait_for(timeout=120_000)
            record.filter(has_text="cancelled by browser-user while validating").wait_for(
                timeout=30_000
            )
            assert page.locator(".dotop-proposal").count() == 0
            assert page.locator(".dotop-session").count() == 1  # one output for the session
        except Exception:
            artifacts.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(artifacts / "page.png"), full_page=True)
            shutil.copy(lab.log, artifacts / "jupyterlab.log")
            raise
        finally:
            browser.close()
    wait_for(lambda: _image(kube, namespace) == "nginx:1.25", what="the restored image")


def test_a_question_is_answered_by_typing_and_enter(
    chromium: Path, lab: Lab, kube: KubeClient, namespace: str, artifacts: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    _notebook(lab.root / "ask.ipynb", "%load_ext dotop_nb", f"%operate scale my-api -n {namespace}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        try:
            _open(page, lab, "ask.ipynb")
            _run_cells(page, 2)
            page.wait_for_selector(
                ".dotop-session[data-status='needs_clarification']", timeout=90_000
            )
            box = page.locator(".dotop-proposal").get_by_placeholder("an answer or a correction")
            box.wait_for(timeout=60_000)
            box.click()
            box.type("4")
            box.press("Enter")
            page.wait_for_selector(".dotop-session[data-status='proposed']", timeout=60_000)
            proposal = page.locator(".dotop-proposal")
            proposal.filter(has_text="scale my-api to 4").wait_for(timeout=30_000)
            text = proposal.inner_text()
            assert "(refined:" not in text
            assert "scale deployment/my-api" in text
            assert box.input_value() == ""
            approve = page.locator(".dotop-proposal button", has_text="Approve")
            assert approve.is_enabled()
        except Exception:
            artifacts.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(artifacts / "page.png"), full_page=True)
            shutil.copy(lab.log, artifacts / "jupyterlab.log")
            raise
        finally:
            browser.close()
