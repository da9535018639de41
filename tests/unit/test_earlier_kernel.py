"""Attack 12 defects 2 and 3, over the in-memory cluster double: on the first ``%operate`` of a
new kernel, this notebook's run that an earlier kernel left ``executing`` is recorded
``interrupted`` and shown with the exact resume / rollback commands; a pending proposal says
its controls belong to an earlier kernel and how to get them back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from dotop_nb import lifecycle
from dotop_nb.magics import earlier, magic
from tests.helpers import deployment
from tests.memory import engine
from tests.unit.test_ui import shell

__all__ = ["shell"]

NOTEBOOK = "incident.ipynb"


def test_the_first_operate_of_a_new_kernel_says_what_the_earlier_one_left(
    shell: InteractiveShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop"), deployment("my-db", "shop"))
    running = op.analyze("scale my-api to 3", namespace="shop", origin=f"{NOTEBOOK}, cell [2]")
    pending = op.analyze("scale my-db to 4", namespace="shop", origin=f"{NOTEBOOK}, cell [3]")
    elsewhere = op.analyze("scale my-db to 5", namespace="shop", origin="other.ipynb, cell [1]")
    stuck = op.session(running.session_id)
    lifecycle.advance(stuck, "executing", "validating", event="approved")
    op.journal.save(stuck)  # the kernel that ran it restarted: nobody holds its lock

    monkeypatch.setenv("JPY_SESSION_NAME", NOTEBOOK)
    monkeypatch.setattr(shell, "kernel", object(), raising=False)
    magics = magic.load(shell)
    try:
        monkeypatch.setattr(magics, "operator", lambda **_: op)
        monkeypatch.setattr(magics, "_widgets_enabled", lambda: False)
        with capture_output() as shown:
            shell.run_line_magic("operate", f"status {elsewhere.session_id}")
        texts: list[str] = [o.data["text/plain"] for o in shown.outputs]
        table = texts[0]
        sid, pid = running.session_id, pending.session_id
        assert f"Sessions of {NOTEBOOK} left by an earlier kernel" in table
        assert (
            f"interrupted: finish it with `%operate resume {sid}` or undo it with "
            f"`%operate rollback {sid}`"
        ) in table
        assert (
            f"proposed: its controls belong to an earlier kernel: run `%operate status {pid}` "
            "to get them back"
        ) in table
        assert elsewhere.session_id not in table  # another notebook's session
        recorded = op.session(sid)
        assert recorded.status == "interrupted"
        assert f"`%operate resume {sid}`" in recorded.message
        assert any(f"Session {sid}" in t and "interrupted" in t for t in texts[1:])
        assert op.session(pid).status == "proposed"  # nothing decided for it
        with capture_output() as again:
            shell.run_line_magic("operate", f"status {pid}")
        assert not any("earlier kernel" in o.data["text/plain"] for o in again.outputs)
    finally:
        magic.unload(shell)


def test_a_run_still_alive_elsewhere_is_never_marked_interrupted(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop"))
    p = op.analyze("scale my-api to 3", namespace="shop", origin=f"{NOTEBOOK}, cell [2]")
    s = op.session(p.session_id)
    lifecycle.advance(s, "executing", "validating", event="approved")
    op.journal.save(s)
    found: list[Any]
    with op.journal.lock(p.session_id):  # a live run holds it
        found = earlier.recover(op, NOTEBOOK)
    assert found == []
    assert op.session(p.session_id).status == "executing"
