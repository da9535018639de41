"""An approved plan run in the background (issue 12, point 6): live checks, Cancel rolls back,
the widget's kernel-side callbacks return at once, and headless runs stay synchronous.

The engine is the real one over the in-memory cluster; with ``controllers=False`` no controller
ever reports the new generation, so a rollout never completes — a wait that only the timeout or a
Cancel ends. The same on the real control plane: tests/browser/test_live_run.py.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.ports import LiveCheck, RunControl
from dotop_nb.ui.progress import ProgressJournal
from dotop_nb.ui.widget import ProposalWidget
from tests.helpers import deployment
from tests.memory import NAMESPACES, engine

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def shell() -> InteractiveShell:
    return InteractiveShell.instance()


def _stuck(tmp_path: Path, *, timeout: float = 30.0) -> tuple[MemoryCluster, object]:
    cluster = MemoryCluster(namespaces=NAMESPACES, controllers=False)
    _, op = engine(
        tmp_path,
        deployment("my-api", "shop"),
        cluster=cluster,
        validation_timeout=timeout,
        journal=ProgressJournal(tmp_path / "sessions"),
    )
    return cluster, op


def _replicas(cluster: MemoryCluster) -> int:
    found = cluster.get("apps/v1", "Deployment", "my-api", "shop")
    assert found is not None
    return int(found["spec"]["replicas"])


def test_cancel_while_validating_stops_the_wait_and_rolls_back(tmp_path: Path) -> None:
    cluster, op = _stuck(tmp_path)
    p = op.analyze("scale my-api to 4 replicas", namespace="shop")  # type: ignore[attr-defined]
    polls: list[list[LiveCheck]] = []
    control = RunControl(on_checks=lambda checks: polls.append(list(checks)))
    done: list[object] = []
    worker = threading.Thread(
        target=lambda: done.append(
            op.execute(p.session_id, approve=p.plan_hash, control=control)  # type: ignore[attr-defined]
        )
    )
    started = time.monotonic()
    worker.start()
    while not polls:
        time.sleep(0.01)
    assert _replicas(cluster) == 4  # written; the rollout never completes
    assert control.timeout == 30.0
    assert control.validating_since is not None
    assert not polls[0][0].check.ok
    cluster.controllers = True  # back for the rollback, which then completes
    assert control.cancel("carol") is True
    assert control.cancel("dave") is False  # one cancel; the first one is recorded
    worker.join(10)
    assert not worker.is_alive()
    assert time.monotonic() - started < 10  # not the 30 s validation timeout
    [session] = done
    assert session.status == "rolled_back"  # type: ignore[attr-defined]
    assert session.message.startswith("cancelled by carol while validating")  # type: ignore[attr-defined]
    assert "the changes were rolled back and the prior state verified" in session.message  # type: ignore[attr-defined]
    assert [e.type for e in session.events][-3:-1] == ["validated", "cancelled"]  # type: ignore[attr-defined]
    assert session.rollback.performed  # type: ignore[attr-defined]
    assert _replicas(cluster) == 2
    # The journal holds the same ending (the record a reopened notebook or the CLI reads).
    assert op.session(p.session_id).status == "rolled_back"  # type: ignore[attr-defined]


def test_a_cancel_before_the_first_write_changes_nothing(tmp_path: Path) -> None:
    cluster, op = _stuck(tmp_path)
    p = op.analyze("scale my-api to 4 replicas", namespace="shop")  # type: ignore[attr-defined]
    control = RunControl()
    control.cancel("carol")
    session = op.execute(p.session_id, approve=p.plan_hash, control=control)  # type: ignore[attr-defined]
    assert session.status == "rolled_back"
    assert session.message == "cancelled by carol after 0 of 1 operation(s); nothing was changed"
    assert session.execution == []
    assert not session.rollback.performed
    assert _replicas(cluster) == 2


def test_rollout_progress_is_reported_in_kubectl_words() -> None:
    from dotop_nb.cluster import rollout  # noqa: PLC0415

    obj = {
        "kind": "Deployment",
        "spec": {"replicas": 5},
        "status": {"updatedReplicas": 3, "availableReplicas": 2},
    }
    assert rollout.progress(obj) == "3/5 updated, 2 available"


def test_widget_approve_returns_at_once_and_cancel_rolls_back(
    shell: InteractiveShell, tmp_path: Path
) -> None:
    cluster, op = _stuck(tmp_path)
    p = op.analyze("scale my-api to 4 replicas", namespace="shop")  # type: ignore[attr-defined]
    widget = ProposalWidget(op, op.session(p.session_id), approver="bob")  # type: ignore[arg-type, attr-defined]
    assert widget.cancel_button.layout.display == "none"
    with capture_output():
        started = time.monotonic()
        widget.approve_button.click()
        # The click callback returned: the kernel is free while the rollout is awaited.
        assert time.monotonic() - started < 1.0
        assert widget.running
        assert widget.cancel_button.layout.display == ""
        assert all(b.disabled for b in widget.buttons)
        deadline = time.monotonic() + 10
        while "validating —" not in widget.clock.value and time.monotonic() < deadline:
            time.sleep(0.02)
        assert "validating — deployment/my-api in shop rolled out: 0/4 updated" in (
            widget.clock.value
        )
        assert "s elapsed · at most" in widget.clock.value
        assert "left (validation timeout 30s)" in widget.clock.value
        cluster.controllers = True  # back for the rollback, which then completes
        widget.cancel_button.click()
        assert widget.wait(10)
    assert widget.cancel_button.layout.display == "none"
    lines = widget.log_text().splitlines()
    assert "cancel requested by bob: stopping and rolling back …" in lines
    assert lines[-1].startswith("rolled_back: cancelled by bob while validating")
    assert "rollback:" in lines
    assert widget.decided
    assert all(b.disabled for b in widget.buttons)
    assert "rolled_back" in widget.record.value
    assert _replicas(cluster) == 2
    assert op.journal.listeners == []  # type: ignore[attr-defined]


def test_headless_approve_stays_synchronous(tmp_path: Path) -> None:
    """``%operate approve``, ``--approve`` and runbooks call the workflow without a control: the
    call returns with the outcome (here: the validation timeout; automatic rollback declined)."""
    from dotop_nb.app import Approval, workflow  # noqa: PLC0415

    cluster, op = _stuck(tmp_path, timeout=0.5)
    p = op.analyze("scale my-api to 4 replicas", namespace="shop")  # type: ignore[attr-defined]
    approval = Approval.given("cli", by="ci", plan_hash=p.plan_hash)
    before = threading.active_count()
    outcome = workflow.approve(op, p.session_id, approval, rollback=False)  # type: ignore[arg-type]
    assert threading.active_count() == before
    assert outcome.status == "failed"
    assert outcome.session is not None
    assert "(timed out after 0s)" in outcome.session.message
    assert _replicas(cluster) == 4
