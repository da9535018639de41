"""One process of the local control plane: started by argument list (never through a shell) in
its own session, recorded with its PID and kernel start time, and stopped by exactly that record
(never a process found by name, never a PID that has since been reused). The generic half of
envtest's ``process`` package; what each component runs is in :mod:`.components`.

Example::

    proc, record = spawn("etcd", ["/path/etcd", "--name=x"], log=logs / "etcd.log", cwd=folder)
    stop(record, timeout=10.0, reap=proc.poll)
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    """A loopback port that was free a moment ago, below the ephemeral range when it can be.

    A port the OS hands out for ``bind(0)`` lies in the ephemeral range, which every outgoing
    connection on the machine also draws from: between picking it and the component binding it,
    a client (a test talking to another cluster) could take it. Ports below that range are only
    ever taken by a listener that asked for them.
    """
    low, _ = _ephemeral_range()
    floor = 10_000
    if low - floor > 1_000:
        for _ in range(64):
            port = floor + secrets.randbelow(low - floor)
            if port_is_free(port):
                return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ephemeral_range() -> tuple[int, int]:
    """The kernel's range for outgoing ports (Linux; the IANA range elsewhere)."""
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 49152, 65535


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_ticks(pid: int) -> int | None:
    """The process's start time in clock ticks since boot, or None when it is gone or a zombie."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: split after its last ')'.
    fields = raw[raw.rindex(")") + 2 :].split()
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[19])


@dataclass
class Component:
    """One running process of the control plane, as recorded in ``state.json``."""

    name: str
    pid: int
    start_ticks: int
    port: int
    log: str

    def alive(self) -> bool:
        return start_ticks(self.pid) == self.start_ticks


def spawn(
    name: str,
    argv: list[str],
    *,
    log: Path,
    cwd: Path,
    port: int = 0,
    env: dict[str, str] | None = None,
) -> tuple[subprocess.Popen[bytes], Component]:
    """Start ``argv`` with its output in ``log``, loopback traffic kept off any proxy, in a new
    session (it outlives the command that started it). Returns the process and its record."""
    proc_env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", **(env or {})}
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        proc_env.pop(var, None)
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=proc_env,
            cwd=cwd,
            start_new_session=True,
        )
    ticks = start_ticks(proc.pid)
    return proc, Component(name=name, pid=proc.pid, start_ticks=ticks or 0, port=port, log=str(log))


def stop(component: Component, *, timeout: float, reap: Callable[[], object]) -> None:
    """TERM, wait up to ``timeout``, then KILL; ``reap`` collects the exit status of a child of
    this process so that it does not linger as a zombie (which would still look alive)."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(component.pid, signal.SIGTERM)
    end = time.monotonic() + timeout
    while component.alive() and time.monotonic() < end:
        reap()
        time.sleep(0.05)
    if component.alive():
        with contextlib.suppress(ProcessLookupError):
            os.kill(component.pid, signal.SIGKILL)
        while component.alive():
            reap()
            time.sleep(0.02)
    reap()


def tail(path: Path, lines: int) -> str:
    """The last ``lines`` lines of a log, for an error message."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])
