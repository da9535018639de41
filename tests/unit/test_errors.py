"""The error tree: one module per family, every name importable from ``dotop_nb.errors`` (and
from where it used to live), and every exit code documented in docs/cli.md."""

from __future__ import annotations

import re
from pathlib import Path

import dotop_nb.errors as errors
from dotop_nb.errors import DotopError

ROOT = Path(__file__).resolve().parents[2]

EXIT_CODES = {
    "DotopError": 1,
    "ConfigError": 2,
    "KnowledgeError": 2,
    "PatternError": 2,
    "IndexLocked": 2,
    "EmbedderUnavailable": 2,
    "SessionNotFound": 2,
    "SessionCorrupt": 2,
    "OperationRefused": 4,
    "ExecutionRefused": 5,
    "SessionBusy": 5,
    "BackupError": 5,
    "RecordTampered": 9,
    "SessionTampered": 9,
    "SessionReplayed": 9,
    "LocalClusterError": 10,
    "BinariesMissing": 10,
    "ClusterAlreadyRunning": 10,
    "ClusterNotRunning": 10,
    "ComponentFailed": 10,
    "PortInUse": 10,
    "RecordUnverified": 11,
    "SessionUnverified": 11,
    "Interrupted": 12,
    "JournalUnwritable": 12,
    "ClusterError": 20,
    "ApiError": 20,
    "NotFound": 20,
    "Conflict": 20,
    "Invalid": 20,
    "Forbidden": 20,
    "ClusterUnreachable": 21,
}

FAMILIES = {
    "base": {"DotopError"},
    "input": {"ConfigError"},
    "knowledge": {"KnowledgeError", "PatternError", "IndexLocked", "EmbedderUnavailable"},
    "records": {
        "RecordTampered", "RecordUnverified", "SessionNotFound", "SessionCorrupt",
        "SessionTampered", "SessionUnverified", "SessionReplayed",
    },
    "execution": {
        "ExecutionRefused", "SessionBusy", "BackupError", "Interrupted", "JournalUnwritable",
        "Terminated",
    },
    "cluster": {
        "ClusterError", "ClusterUnreachable", "ApiError", "NotFound", "Conflict", "Invalid",
        "Forbidden", "OperationRefused",
    },
    "localcluster": {
        "LocalClusterError", "BinariesMissing", "ClusterAlreadyRunning", "ClusterNotRunning",
        "ComponentFailed", "PortInUse",
    },
}  # fmt: skip


def test_each_error_lives_in_its_family_module_and_is_exported_by_the_package() -> None:
    assert set(errors.__all__) == set().union(*FAMILIES.values())
    for family, names in FAMILIES.items():
        for name in names:
            assert getattr(errors, name).__module__ == f"dotop_nb.errors.{family}", name


def test_exit_codes_per_error() -> None:
    found = {
        name: getattr(errors, name).exit_code
        for name in errors.__all__
        if issubclass(getattr(errors, name), DotopError)
    }
    assert found == EXIT_CODES
    assert issubclass(errors.Terminated, KeyboardInterrupt)


def test_every_exit_code_of_the_tree_is_documented_in_the_cli_guide() -> None:
    table = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, flags=re.M)}
    assert set(EXIT_CODES.values()) - documented == set()


def test_every_error_class_anywhere_has_a_documented_exit_code() -> None:
    """Errors outside the tree (the lifecycle's, the workflow's) exit with codes of the same
    one table: docs/cli.md lists every code a DotopError can exit with."""
    import dotop_nb.app.errors  # noqa: PLC0415
    import dotop_nb.lifecycle  # noqa: F401, PLC0415

    table = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, flags=re.M)}
    seen: dict[str, int] = {}
    todo: list[type[DotopError]] = [DotopError]
    while todo:
        cls = todo.pop()
        seen[cls.__name__] = int(cls.exit_code)
        todo += cls.__subclasses__()
    assert seen["IllegalTransition"] == 70
    assert {n: c for n, c in seen.items() if c not in documented} == {}


def test_errors_moved_into_the_tree_are_still_importable_from_their_old_modules() -> None:
    from dotop_nb import execution, ledger, sessions  # noqa: PLC0415
    from dotop_nb.cluster import gateway, priors  # noqa: PLC0415
    from dotop_nb.knowledge import errors as knowledge_errors  # noqa: PLC0415

    old = {
        sessions: ["SessionNotFound", "SessionCorrupt", "SessionTampered", "SessionUnverified",
                   "SessionBusy", "JournalUnwritable"],
        ledger: ["SessionReplayed"],
        execution: ["ExecutionRefused"],
        gateway: ["OperationRefused"],
        priors: ["BackupError"],
        knowledge_errors: ["KnowledgeError", "PatternError", "IndexLocked", "EmbedderUnavailable"],
    }  # fmt: skip
    for module, names in old.items():
        for name in names:
            assert getattr(module, name) is getattr(errors, name), (module.__name__, name)


def test_messages_are_cut_and_the_hint_follows() -> None:
    err = errors.ConfigError("x" * 5000, hint="do this")
    assert err.message == "x" * 1960 + " … [3040 more characters]"
    assert str(err).endswith("\n  → do this")
    assert err._render_traceback_() == [f"ConfigError: {err}"]
