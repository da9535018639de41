"""Progress of `dotop-nb cluster build`: Go's `-v` output read into phase, module, packages and
elapsed time — parsed from recorded lines, and from a real (tiny) `go build -v` run through the
same code as the control-plane build."""

from __future__ import annotations

import io
import os
import shutil
import uuid
from pathlib import Path

import pytest

from dotop_nb.errors import LocalClusterError
from dotop_nb.localcluster import binaries
from dotop_nb.localcluster.progress import Printer, Progress, Tracker, module_of


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("package", "module"),
    [
        ("runtime", "std"),
        ("net/http/internal", "std"),
        ("k8s.io/apiserver/pkg/server", "k8s.io/apiserver"),
        ("k8s.io/kubernetes/cmd/kube-apiserver", "k8s.io/kubernetes"),
        ("go.etcd.io/etcd/server/v3/etcdserver/api", "go.etcd.io/etcd/server/v3"),
        ("github.com/google/cel-go/common/types", "github.com/google/cel-go"),
        ("github.com/emicklei/go-restful/v3", "github.com/emicklei/go-restful/v3"),
        ("sigs.k8s.io/kwok/pkg/kwok/controllers", "sigs.k8s.io/kwok"),
    ],
)
def test_module_of_a_package(package: str, module: str) -> None:
    assert module_of(package) == module


def test_tracker_reads_downloads_and_packages_and_skips_the_rest() -> None:
    clock, seen = Clock(), []
    tracker = Tracker("etcd", step=1, steps=3, report=seen.append, started=40.0, clock=clock)
    for text in (
        "go: downloading go.etcd.io/etcd/server/v3 v3.6.16",
        "# go.etcd.io/etcd/server/v3/etcdserver",  # a compiler note: logged, not a step
        "go.etcd.io/etcd/server/v3/etcdserver",
        "$ go build -v .  (in /x)",
        "",
    ):
        clock.now += 1
        tracker.line(text)
    clock.now += 30
    tracker.tick()
    assert [(p.action, p.module, p.packages, p.elapsed) for p in seen] == [
        ("starting", "", 0, 60.0),
        ("downloading", "go.etcd.io/etcd/server/v3", 0, 61.0),
        ("compiling", "go.etcd.io/etcd/server/v3", 1, 63.0),
        ("compiling", "go.etcd.io/etcd/server/v3", 1, 95.0),  # the tick: time only
    ]
    assert str(seen[-1]) == "[1/3] etcd: compiling go.etcd.io/etcd/server/v3 (1 package, 1:35)"


def progress(step: int, elapsed: float, module: str = "k8s.io/api") -> Progress:
    return Progress("kube", step, 3, "compiling", module, 7, elapsed)


def test_printer_in_a_log_prints_each_step_and_then_every_interval() -> None:
    stream = io.StringIO()
    printer = Printer(stream, interval=10)
    for p in (progress(1, 0), progress(1, 4), progress(1, 11), progress(2, 12), progress(2, 13)):
        printer(p)
    printer.done()
    assert stream.getvalue().splitlines() == [
        "[1/3] kube: compiling k8s.io/api (7 packages, 0:00)",
        "[1/3] kube: compiling k8s.io/api (7 packages, 0:11)",
        "[2/3] kube: compiling k8s.io/api (7 packages, 0:12)",
    ]


def test_printer_on_a_terminal_rewrites_one_line() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    printer = Printer(stream)
    printer(progress(1, 1, "k8s.io/api"))
    printer(progress(1, 2, "k8s.io/client-go"))
    printer.done()
    assert stream.getvalue() == (
        "\r\x1b[K[1/3] kube: compiling k8s.io/api (7 packages, 0:01)"
        "\r\x1b[K[1/3] kube: compiling k8s.io/client-go (7 packages, 0:02)\n"
    )


def fake_module(root: Path, *, broken: bool = False) -> Path:
    """Two packages of a module of our own; a unique constant, so Go's build cache has neither
    and `-v` names both."""
    (root / "inner").mkdir(parents=True)
    (root / "go.mod").write_text("module example.com/fake\n\ngo 1.24\n")
    token = uuid.uuid4()
    (root / "inner" / "inner.go").write_text(
        f'package inner\n\nconst Token = "{token}"\n\nfunc Size() int {{ return len(Token) }}\n'
    )
    body = "return(" if broken else "_ = inner.Size()"
    (root / "main.go").write_text(
        f'package main\n\nimport "example.com/fake/inner"\n\nfunc main() {{ {body} }}\n'
    )
    return root


def step(folder: Path) -> binaries.Step:
    # The flags of the real build, so the standard library comes from Go's build cache.
    env = {**os.environ, "GOTOOLCHAIN": "local", "CGO_ENABLED": "0", "GOFLAGS": "-mod=mod"}
    args = ["build", "-v", "-trimpath", "-o", str(folder / "fake"), "."]
    return binaries.Step("fake", args, folder, env)


@pytest.mark.skipif(shutil.which("go") is None, reason="needs the Go toolchain")
def test_a_real_go_build_reports_its_packages(tmp_path: Path) -> None:
    folder = fake_module(tmp_path / "src")
    log = tmp_path / "build.log"
    seen: list[Progress] = []
    binaries.run_step(step(folder), log=log, number=2, steps=2, report=seen.append)
    assert (folder / "fake").is_file()
    ours = [p for p in seen if p.module == "example.com/fake"]
    assert [p.packages for p in ours][-1] == seen[-1].packages
    assert {p.action for p in ours} == {"compiling"}
    assert {(p.phase, p.step, p.steps) for p in seen} == {("fake", 2, 2)}
    assert seen[0].action == "starting"
    text = log.read_text()
    assert "$ go build -v -trimpath" in text
    assert "example.com/fake/inner\n" in text
    assert "example.com/fake\n" in text
    assert len(ours) == 2


@pytest.mark.skipif(shutil.which("go") is None, reason="needs the Go toolchain")
def test_a_failing_go_build_names_the_error_and_the_log(tmp_path: Path) -> None:
    folder = fake_module(tmp_path / "src", broken=True)
    log = tmp_path / "build.log"
    with pytest.raises(LocalClusterError, match="`go build` failed with exit code 1") as err:
        binaries.run_step(step(folder), log=log)
    assert "main.go" in str(err.value)
    assert err.value.hint == f"full log: {log}"
    assert not (folder / "fake").exists()
