"""Real `dotop-nb` processes for fault tests: start one, watch its session record, signal it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Json = dict[str, Any]

# `python -m dotop_nb.cli`, except that SIGINT raises KeyboardInterrupt even when this process
# was started with SIGINT ignored (as children of non-interactive shells are): tests send it.
_MAIN = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv[0] = 'dotop-nb'; runpy.run_module('dotop_nb.cli', run_name='__main__')"
)


def cli_env(kubeconfig: str, tmp_path: Path) -> dict[str, str]:
    """The environment of a CLI run: its own sessions folder, explicitly no policies (the
    built-in ones, such as the unattended guard, still apply)."""
    return {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_POLICIES": "none",
        "DOTOP_USER": "tester",
    }


def start(*args: str, kubeconfig: str, tmp_path: Path) -> subprocess.Popen[str]:
    """A `dotop-nb ARGS` process (stdin is not a terminal: an unattended run)."""
    return subprocess.Popen(
        [sys.executable, "-c", _MAIN, *args],
        env=cli_env(kubeconfig, tmp_path),
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(*args: str, kubeconfig: str, tmp_path: Path) -> tuple[int, Any, str]:
    """Run `dotop-nb ARGS` to the end: (exit code, parsed JSON or text, stderr)."""
    proc = start(*args, kubeconfig=kubeconfig, tmp_path=tmp_path)
    out, err = proc.communicate(timeout=180)
    doc: Any = out
    if "--output" in args and out.strip().startswith("{"):
        doc = json.loads(out)
    return proc.returncode, doc, err


def records(tmp_path: Path) -> dict[str, Json]:
    folder = tmp_path / "sessions"
    found = {}
    for path in sorted(folder.glob("op-*.json")) if folder.exists() else []:
        try:
            found[path.stem] = json.loads(path.read_text())
        except ValueError:
            continue  # being replaced right now
    return found


def record(tmp_path: Path, session_id: str) -> Json:
    data: Json = json.loads((tmp_path / "sessions" / f"{session_id}.json").read_text())
    return data


def wait_record(
    tmp_path: Path,
    ready: Callable[[Json], bool],
    *,
    proc: subprocess.Popen[str] | None = None,
    timeout: float = 90.0,
) -> tuple[str, Json]:
    """Wait until a session record satisfies ``ready``; fail if ``proc`` exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for sid, data in records(tmp_path).items():
            if ready(data):
                return sid, data
        if proc is not None and proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the process ended ({proc.returncode}) first: {out}\n{err}")
        time.sleep(0.1)
    pytest.fail(f"no session record became ready in {timeout:.0f}s: {records(tmp_path)}")
    raise AssertionError("unreachable")


def validating(data: Json) -> bool:
    """The record of an execution that applied every operation and is now validating."""
    ops = len(data["proposals"][-1]["operations"]) if data.get("proposals") else -1
    applied = [r for r in data.get("execution", []) if r["status"] == "applied"]
    return data.get("status") == "executing" and len(applied) == ops
