"""Progress of the control-plane build, read from the Go toolchain's own output.

A cold ``dotop-nb cluster build`` takes about ten minutes; silent, it looks hung. The build runs
``go build -v`` / ``go install -v``, which print each package as it is compiled and each module
as it is downloaded (``go: downloading k8s.io/api v0.37.2``). :class:`Tracker` turns those lines
into :class:`Progress` values: the phase (which binaries, step n of m), what is happening now
(downloading or compiling which module), how many packages this phase compiled, and the time
spent. It also ticks while Go is silent (a large package compiles, or the linker runs, for up
to a minute without a line), so the elapsed time keeps moving.

Example::

    tracker = Tracker("etcd", step=1, steps=3, report=print)
    tracker.line("go.etcd.io/etcd/server/v3/etcdserver")
    # [1/3] etcd: compiling go.etcd.io/etcd/server/v3 (1 package, 0:00)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

_DOWNLOADING = re.compile(r"^go: downloading (\S+) (\S+)$")
# An import path as `go build -v` prints it: no spaces, no `$`/`#` (our headers, compiler notes).
_PACKAGE = re.compile(r"^[A-Za-z0-9][\w.\-~]*(/[\w.\-~+]+)*$")
_MAJOR = re.compile(r"^v[2-9]\d*$")
_THREE_SEGMENT_HOSTS = ("github.com", "gitlab.com", "bitbucket.org")


@dataclass(frozen=True)
class Progress:
    """Where the build is."""

    phase: str
    """What this step builds: ``etcd``; ``kube-apiserver, kube-controller-manager, …``; ``kwok``."""
    step: int
    steps: int
    action: str
    """``starting``, ``downloading`` or ``compiling``."""
    module: str
    """The module downloaded or compiled last (``std`` for Go's standard library; '' if none)."""
    packages: int
    """Packages compiled in this step so far."""
    elapsed: float
    """Seconds since the whole build started."""

    def __str__(self) -> str:
        minutes, seconds = divmod(int(self.elapsed), 60)
        what = f"{self.action} {self.module}".strip()
        count = f"{self.packages} package{'s' if self.packages != 1 else ''}"
        return f"[{self.step}/{self.steps}] {self.phase}: {what} ({count}, {minutes}:{seconds:02d})"


def module_of(package: str) -> str:
    """The module a package most likely belongs to, from its import path alone (Go prints
    packages, not modules): ``std`` for the standard library, the host plus one path element
    (two on github.com and the like), plus a major-version element (``/v3``) when one follows."""
    parts = package.split("/")
    if "." not in parts[0]:
        return "std"
    keep = 3 if parts[0] in _THREE_SEGMENT_HOSTS else 2
    for index in range(keep, min(len(parts), keep + 3)):
        if _MAJOR.match(parts[index]):
            keep = index + 1
            break
    return "/".join(parts[:keep])


class Tracker:
    """Turns one step's output lines into :class:`Progress` reports (on changes and ticks)."""

    def __init__(
        self,
        phase: str,
        *,
        step: int,
        steps: int,
        report: Callable[[Progress], None],
        started: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.phase, self.step, self.steps = phase, step, steps
        self._report = report
        self._clock = clock
        self._started = clock() if started is None else started
        self.action, self.module, self.packages = "starting", "", 0
        self._emit()

    def line(self, text: str) -> None:
        """One line of Go's output."""
        text = text.strip()
        downloading = _DOWNLOADING.match(text)
        if downloading:
            self.action, self.module = "downloading", downloading.group(1)
        elif _PACKAGE.match(text):
            self.packages += 1
            self.action, self.module = "compiling", module_of(text)
        else:
            return  # a warning or a compiler note: in the log, not a progress step
        self._emit()

    def tick(self) -> None:
        """Go is silent for a while: report the time only."""
        self._emit()

    def _emit(self) -> None:
        self._report(
            Progress(
                phase=self.phase,
                step=self.step,
                steps=self.steps,
                action=self.action,
                module=self.module,
                packages=self.packages,
                elapsed=self._clock() - self._started,
            )
        )


class Printer:
    """Shows :class:`Progress` on a stream: one line rewritten in place on a terminal; else (a
    CI log) a line at each new step and at most one every ``interval`` seconds."""

    def __init__(self, stream: TextIO, *, interval: float = 10.0) -> None:
        self.stream = stream
        self.interval = interval
        self._live = stream.isatty()
        self._last: Progress | None = None
        self._shown = False
        self._printed_at = 0.0

    def __call__(self, progress: Progress) -> None:
        last, self._last = self._last, progress
        if self._live:
            self.stream.write(f"\r\x1b[K{progress}")
        elif (
            last is None
            or last.step != progress.step
            or (progress.elapsed - self._printed_at >= self.interval)
        ):
            self._printed_at = progress.elapsed
            self.stream.write(f"{progress}\n")
        else:
            return
        self._shown = True
        self.stream.flush()

    def done(self) -> None:
        """End the rewritten line (if any) so that what follows starts on its own line."""
        if self._live and self._shown:
            self.stream.write("\n")
            self.stream.flush()
