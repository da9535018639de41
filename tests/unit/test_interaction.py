"""Issue 12, points 8 and 10: Enter refines, tab completion, clean ``%operate?`` help, and the
history listing (colours, left-aligned, ids that do not wrap, newest first, where it lives)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from IPython.core.completer import provisionalcompleter
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from dotop_nb.magics import completion, magic
from dotop_nb.magics.magic import OperateMagics
from dotop_nb.planner.offline import OfflinePlanner
from dotop_nb.signing import Verdict
from dotop_nb.ui import listings
from dotop_nb.ui.progress import ProgressJournal
from dotop_nb.ui.widget import ProposalWidget
from tests.helpers import deployment
from tests.memory import engine


@pytest.fixture(scope="module")
def shell() -> InteractiveShell:
    return InteractiveShell.instance()


def test_enter_in_the_text_box_refines(shell: InteractiveShell, tmp_path: Path) -> None:
    _, op = engine(
        tmp_path, deployment("my-api", "shop"), journal=ProgressJournal(tmp_path / "sessions")
    )
    p = op.analyze("scale my-api", namespace="shop")
    widget = ProposalWidget(op, op.session(p.session_id), approver="bob")
    widget.text.value = "4"
    with capture_output():
        # What the browser sends on Enter (ipywidgets' TextView "submit" event).
        widget.text._handle_custom_msg({"event": "submit"}, [])
    session = op.session(p.session_id)
    assert session.refinements == ["4"]
    assert len(session.proposals) == 2
    assert widget.text.value == ""
    # Any other message of the text box does nothing.
    with capture_output():
        widget.text._handle_custom_msg({"event": "other"}, [])
    assert len(op.session(p.session_id).proposals) == 2


def test_help_has_no_restructuredtext_and_an_example_per_category() -> None:
    doc = OperateMagics.operate.__doc__ or ""
    assert "``" not in doc
    assert "::" not in doc
    examples = re.findall(r"^\s+(\w+)\s{2,}(%operate .*)$", doc, flags=re.M)
    categories = {name for name, _ in examples}
    assert categories == {
        "scale",
        "autoscale",
        "ha",
        "update",
        "rollback",
        "restart",
        "config",
        "resources",
        "monitoring",
        "backup",
        "security",
        "delete",
    }
    # Each example is one the offline planner classifies as its category.
    for name, line in examples:
        for example in re.split(r"\s{3,}", line):
            intent = example.removeprefix("%operate ")
            assert OfflinePlanner.classify(intent) == name, example


def _completions(shell: InteractiveShell, text: str) -> list[str]:
    with provisionalcompleter():
        found = shell.Completer.completions(text, len(text))
        return [text[: c.start] + c.text for c in found]


def test_tab_completes_subcommands_options_namespaces_workloads_and_sessions(
    shell: InteractiveShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop"), deployment("my-db", "shop"))
    p = op.analyze("scale my-api to 3", namespace="shop")
    magics = magic.load(shell)
    try:
        monkeypatch.setattr(magics, "operator", lambda **_: op)
        assert _completions(shell, "%operate ap") == ["%operate approve"]
        assert _completions(shell, "%operate approve ") == [f"%operate approve {p.session_id}"]
        assert _completions(shell, "%operate approve x --h") == ["%operate approve x --hash"]
        assert _completions(shell, "%operate history --l") == ["%operate history --limit"]
        assert _completions(shell, "%operate scale my -n sh") == ["%operate scale my -n shop"]
        assert _completions(shell, "%operate scale my-api --na") == [
            "%operate scale my-api --namespace"
        ]
        assert _completions(shell, "%operate scale my -n shop --planner off") == [
            "%operate scale my -n shop --planner offline"
        ]
        assert _completions(shell, "%operate -n shop scale my-") == [
            "%operate -n shop scale my-api",
            "%operate -n shop scale my-db",
        ]
        # Python code is left to IPython's own matchers.
        assert "%operate" not in " ".join(_completions(shell, "import o"))
    finally:
        magic.unload(shell)
    assert magics.matcher not in shell.Completer.custom_matchers


def test_completion_without_a_cluster_offers_nothing_and_raises_nothing(
    shell: InteractiveShell,
) -> None:
    from dotop_nb.errors import ConfigError  # noqa: PLC0415

    magics = OperateMagics(shell=shell)

    def broken(**_: object) -> object:
        raise ConfigError("no kubeconfig")

    magics.operator = broken  # type: ignore[method-assign]
    found = completion.Completer(magics)
    assert found.complete(["scale"], "my") == []
    assert found.complete(["approve"], "") == []


def test_history_is_newest_first_coloured_left_aligned_and_says_where(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop"))
    first = op.analyze("scale my-api to 3", namespace="shop", origin="ops.ipynb, cell [2]")
    second = op.analyze("scale my-api to 4", namespace="shop")
    op.reject(second.session_id, reason="no")
    sessions = [op.session(first.session_id), op.session(second.session_id)]
    trust = {s.id: Verdict(state="verified") for s in sessions}
    table = listings.history(sessions, trust, limit=20, folder=tmp_path)
    assert [r[0] for r in table.rows] == [second.session_id, first.session_id]
    assert table.columns[-1] == "where"
    assert [r[-1] for r in table.rows] == ["", "ops.ipynb, cell [2]"]
    page = table.html()
    assert 'style="text-align:left;padding:2px 8px;vertical-align:top;white-space:nowrap">' in page
    assert f"<code>{first.session_id}</code>" in page
    assert '<tr data-status="rejected">' in page
    assert 'class="dotop-status"' in page  # the status as a coloured badge
    bundle, _ = table._repr_mimebundle_()
    assert "dotop-history" in bundle["text/html"]
    assert "ops.ipynb, cell [2]" in bundle["text/plain"]


def test_tab_completion_offers_only_sessions_the_subcommand_applies_to(
    shell: InteractiveShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop", replicas=2))
    proposed = op.analyze("scale my-api to 3", namespace="shop")
    satisfied = op.analyze("scale my-api to 2", namespace="shop")
    rejected = op.analyze("scale my-api to 4", namespace="shop")
    op.reject(rejected.session_id, reason="no", by="bob")
    assert (proposed.status, satisfied.status) == ("proposed", "satisfied")
    magics = magic.load(shell)
    try:
        monkeypatch.setattr(magics, "operator", lambda **_: op)
        assert _completions(shell, "%operate approve ") == [
            f"%operate approve {proposed.session_id}"
        ]
        assert sorted(_completions(shell, "%operate reject ")) == sorted(
            f"%operate reject {s.session_id}" for s in (proposed, satisfied)
        )
        resumable = " ".join(_completions(shell, "%operate resume "))
        assert all(s.session_id not in resumable for s in (proposed, satisfied, rejected))
        assert len(_completions(shell, "%operate status ")) == 3
    finally:
        magic.unload(shell)
