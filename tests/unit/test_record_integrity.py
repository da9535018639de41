"""The audit checks every representation of a record in a saved notebook (issue 9 §3): an edit of
what reviewers read (``text/html``, ``text/plain``), of the signed JSON data or metadata, or a
rendering whose signed record was removed, is TAMPERED (``dotop-nb audit`` exit 9)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nbformat
import pytest

from dotop_nb import audit
from dotop_nb.cli import main
from dotop_nb.commands.audit import EXIT_OK, EXIT_TAMPERED
from dotop_nb.ui.views import SessionView
from tests.unit.test_ui import executed, make_session

pytestmark = pytest.mark.timeout(30)

MIME = audit.MIME
SID = "op-20261126-1a2b3c4d"
Output = dict[str, Any]


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    """A saved notebook with one executed record, written as nbformat writes it."""
    data, metadata = SessionView(executed(make_session(SID)))._repr_mimebundle_()
    output = nbformat.v4.new_output("display_data", data=data, metadata=metadata)
    cell = nbformat.v4.new_code_cell(f"%operate approve {SID}", outputs=[output])
    path = tmp_path / "incident.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), path)
    return path


def _edit(path: Path, change: Callable[[Output], None]) -> None:
    document = json.loads(path.read_text())
    [output] = document["cells"][0]["outputs"]
    change(output)
    path.write_text(json.dumps(document, indent=1))


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def _replace(mime: str, old: str, new: str) -> Callable[[Output], None]:
    def change(output: Output) -> None:
        text = _text(output["data"][mime])
        assert old in text, (old, text)
        output["data"][mime] = text.replace(old, new)

    return change


def test_an_unedited_record_passes(notebook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(notebook)]) == EXIT_OK
    assert "TAMPERED" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            _replace("text/html", "<strong>alice</strong>", "<strong>mallory</strong>"),
            "the text/html representation (what reviewers read) was edited",
        ),
        (
            _replace("text/plain", "Validation: passed", "Validation: skipped"),
            "the text/plain representation (what reviewers read) was edited",
        ),
        (
            lambda o: o["data"][MIME]["validation"].update(ok=False),
            "the record was edited after it was written",
        ),
        (
            lambda o: o["data"][MIME]["operations"][0]["spec"].update(replicas=30),
            "the record was edited after it was written",
        ),
        (
            lambda o: o["metadata"][MIME]["approval"].update(by="mallory"),
            "the record was edited after it was written",
        ),
        (
            lambda o: o["metadata"][MIME]["views"].update({"text/html": "0" * 64}),
            "the record was edited after it was written",
        ),
    ],
    ids=["html", "plain", "data-validation", "data-operation", "metadata-approver", "digest"],
)
def test_an_edit_of_any_representation_is_tampered(
    notebook: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[Output], None],
    problem: str,
) -> None:
    _edit(notebook, change)
    [row] = audit.read(notebook).to_dict("records")
    assert (row["trust"], row["tampered"]) == ("tampered", True)
    assert any(p.startswith(problem) for p in row["problems"]), row["problems"]
    assert main(["audit", str(notebook)]) == EXIT_TAMPERED
    out = capsys.readouterr().out
    assert f"TAMPERED {SID} in {notebook}:" in out
    assert problem in out


@pytest.mark.parametrize("kept", ["text/html", "text/plain"])
def test_a_rendering_whose_signed_record_was_removed_is_tampered(
    notebook: Path, capsys: pytest.CaptureFixture[str], kept: str
) -> None:
    def strip(output: Output) -> None:
        output["data"] = {kept: output["data"][kept]}
        output["metadata"] = {}

    _edit(notebook, strip)
    [row] = audit.read(notebook).to_dict("records")
    assert (row["session_id"], row["trust"]) == (SID, "tampered")
    [problem] = row["problems"]
    assert problem.startswith(f"cell 1, output 1 (display_data) {audit.ORPHAN}: "), problem
    assert main(["audit", str(notebook)]) == EXIT_TAMPERED
    assert f"TAMPERED {SID}" in capsys.readouterr().out


def test_other_outputs_are_not_records(tmp_path: Path) -> None:
    path = tmp_path / "plain.ipynb"
    outputs = [
        nbformat.v4.new_output("display_data", data={"text/plain": "Session summary: fine"}),
        nbformat.v4.new_output("display_data", data={"text/html": "<div>op-1</div>"}),
    ]
    nbformat.write(
        nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x", outputs=outputs)]), path
    )
    assert audit.read(path).empty
