"""Forged renderings and missing records (issue 9 §3, attack atk9 C3 and M2).

Whatever presents itself as a dotop-nb record — a record's HTML or text in any output type or a
markdown cell, however respelled — or names a session, without the signed record beside it, is
TAMPERED (exit 9); so is an executed ``%operate`` cell that shows neither a record nor an error.
What the product writes (records, signed tables and drift reports, errors, help) stays clean.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nbformat
import pytest

from dotop_nb import audit, presentation
from dotop_nb.audit import Drift, DriftItem
from dotop_nb.cli import main
from dotop_nb.commands.audit import EXIT_OK, EXIT_TAMPERED
from dotop_nb.ui.views import DriftView, SessionView, TableView
from tests.unit.test_ui import executed, make_session

pytestmark = pytest.mark.timeout(30)

MIME = audit.MIME
SID = "op-20261126-1a2b3c4d"
Json = dict[str, Any]


def _record(replayed: bool = False) -> Json:
    data, metadata = SessionView(executed(make_session(SID)), replayed=replayed)._repr_mimebundle_()
    return dict(nbformat.v4.new_output("display_data", data=data, metadata=metadata))


def _proposal() -> Json:
    data, metadata = SessionView(make_session(SID))._repr_mimebundle_()
    return dict(nbformat.v4.new_output("display_data", data=data, metadata=metadata))


def _code(source: str, outputs: list[Json], count: int | None = 1) -> Json:
    cell = nbformat.v4.new_code_cell(source, outputs=outputs)
    cell["execution_count"] = count
    return dict(cell)


def _write(path: Path, cells: list[Json]) -> Path:
    document = nbformat.v4.new_notebook(cells=cells)
    path.write_text(json.dumps(document, indent=1))
    return path


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def _audit(path: Path) -> tuple[int, list[Json]]:
    rows = audit.read(path).to_dict("records")
    return main(["audit", str(path)]), rows


# ------------------------------------------------------------------------------ forgeries
def _wide(text: str) -> str:
    """``text`` in full-width letters and digits (what NFKC folds back)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in text)


def _stripped(output: Json) -> Json:
    """The output with its signed record removed (what a forger starts from)."""
    forged = copy.deepcopy(output)
    del forged["data"][MIME]
    forged["metadata"] = {}
    return forged


def html_extra_space(out: Json) -> list[Json]:
    forged = _stripped(out)
    html = _text(forged["data"]["text/html"])
    forged["data"]["text/html"] = html.replace(
        '<div class="dotop-session"', '<div  class="dotop-session"', 1
    ).replace("alice", "mallory")
    forged["data"]["text/plain"] = "\n" + _text(forged["data"]["text/plain"])
    return [forged]


def html_respelled(out: Json) -> list[Json]:
    """Class in capitals with another separator, the id as entities and a zero-width space."""
    html = _text(out["data"]["text/html"])
    html = html.replace('class="dotop-session"', "CLASS='Dotop_Session '")
    html = html.replace(SID, "op&#8209;20261126\u200b-1a2b3c4d")
    return [nbformat.v4.new_output("display_data", data={"text/html": html})]


def plain_only_newline(out: Json) -> list[Json]:
    text = _text(out["data"]["text/plain"]).replace("alice", "mallory")
    return [nbformat.v4.new_output("execute_result", data={"text/plain": "\n" + text})]


def plain_fullwidth_reworded(out: Json) -> list[Json]:
    """Reworded, the id in full-width digits and a Cyrillic o: no phrase of the record is left
    but the session's id."""
    text = f"Change \u043ep-{_wide('20261126')}-1a2b3c4d: approved by mallory, done, all good"
    return [nbformat.v4.new_output("display_data", data={"text/plain": text})]


def as_stream(out: Json) -> list[Json]:
    return [nbformat.v4.new_output("stream", name="stdout", text=_text(out["data"]["text/plain"]))]


def as_error(out: Json) -> list[Json]:
    lines = _text(out["data"]["text/plain"]).splitlines()
    return [nbformat.v4.new_output("error", ename="Note", evalue=lines[0], traceback=lines)]


def html_as_svg(out: Json) -> list[Json]:
    html = _text(out["data"]["text/html"])
    return [nbformat.v4.new_output("display_data", data={"image/svg+xml": f"<svg>{html}</svg>"})]


FORGERIES: list[Callable[[Json], list[Json]]] = [
    html_extra_space,
    html_respelled,
    plain_only_newline,
    plain_fullwidth_reworded,
    as_stream,
    as_error,
    html_as_svg,
]


@pytest.mark.parametrize("forge", FORGERIES, ids=[f.__name__ for f in FORGERIES])
def test_a_forged_rendering_in_any_output_type_is_tampered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], forge: Callable[[Json], list[Json]]
) -> None:
    book = _write(tmp_path / "nb.ipynb", [_code("print(open('old.txt').read())", forge(_record()))])
    code, rows = _audit(book)
    assert code == EXIT_TAMPERED
    [row] = rows
    assert (row["session_id"], row["trust"], row["outcome"]) == (SID, "tampered", None)
    [problem] = row["problems"]
    assert problem.startswith("cell 1, output 1 ("), problem
    assert audit.ORPHAN in problem or "names session op-20261126-1a2b3c4d but" in problem
    assert f"TAMPERED {SID} in {book}:" in capsys.readouterr().out


@pytest.mark.parametrize("mime", ["text/html", "text/plain"])
def test_a_record_pasted_into_a_markdown_cell_is_tampered(tmp_path: Path, mime: str) -> None:
    text = _text(_record()["data"][mime]).replace("alice", "mallory")
    book = _write(tmp_path / "nb.ipynb", [dict(nbformat.v4.new_markdown_cell(text))])
    code, [row] = _audit(book)
    assert (code, row["session_id"], row["trust"]) == (EXIT_TAMPERED, SID, "tampered")
    assert row["problems"][0].startswith(f"cell 1 (markdown cell) {audit.ORPHAN}: ")


def test_a_notebook_whose_every_record_was_replaced_by_a_forgery_is_tampered(
    tmp_path: Path,
) -> None:
    cells = [
        _code("%operate scale my-api to 3 -n shop", html_extra_space(_proposal()), 1),
        _code(f"%operate approve {SID}", html_extra_space(_record()), 2),
        _code(f"%operate approve {SID}", html_extra_space(_record(replayed=True)), 3),
    ]
    code, rows = _audit(_write(tmp_path / "nb.ipynb", cells))
    assert code == EXIT_TAMPERED
    assert rows
    assert all(r["trust"] == "tampered" for r in rows)
    assert not any(r["outcome"] for r in rows)  # no forged outcome is reported as one


# ------------------------------------------------------------------------------ legitimate
def _table(rows: list[list[Any]]) -> Json:
    data, metadata = TableView("Sessions", ["session", "status"], rows)._repr_mimebundle_()
    return dict(nbformat.v4.new_output("display_data", data=data, metadata=metadata))


def _drift() -> Json:
    drift = Drift(
        SID,
        "executed",
        "applied",
        [DriftItem(0, "scale", "deployment/my-api", "in_sync")],
        datetime(2026, 11, 26, tzinfo=UTC),
    )
    data, metadata = DriftView(drift)._repr_mimebundle_()
    return dict(nbformat.v4.new_output("display_data", data=data, metadata=metadata))


def test_what_the_product_writes_audits_clean(tmp_path: Path) -> None:
    cells = [
        dict(nbformat.v4.new_markdown_cell(f"Incident 42: see session {SID} below.")),
        _code(f"%operate approve {SID}", [_record()], 1),
        # A record, then the error the cell failed with (it names the session).
        _code(
            f"%operate approve {SID}",
            [
                _record(),
                nbformat.v4.new_output(
                    "error", ename="ChangeFailed", evalue=f"failed: session {SID} …", traceback=[]
                ),
            ],
            2,
        ),
        # An error repeating the id the cell was given (no such session here).
        _code(
            "%operate status op-20261126-ffffffff",
            [
                nbformat.v4.new_output(
                    "error",
                    ename="SessionNotFound",
                    evalue="no session op-20261126-ffffffff",
                    traceback=[],
                )
            ],
            3,
        ),
        _code(
            "%operate approve " + SID + "\nprint(m.last_session_id)",
            [_record(), nbformat.v4.new_output("stream", name="stdout", text=SID + "\n")],
            4,
        ),
        _code("%operate history", [_table([[SID, "executed"]])], 5),
        _code(f"%operate verify {SID}", [_drift()], 6),
        _code(
            "%operate help",
            [nbformat.v4.new_output("stream", name="stdout", text="%operate approve SESSION_ID")],
            7,
        ),
        _code("%operate policies", [], 8),  # a listing whose output was cleared: no record
        _code("%operate scale my-api to 5 -n shop", [], None),  # never run
        _code("%operate?", [], 9),
    ]
    code, rows = _audit(_write(tmp_path / "nb.ipynb", cells))
    assert [(r["session_id"], r["trust"], r["problems"]) for r in rows] == [(SID, "verified", [])]
    assert code == EXIT_OK


def test_an_edited_signed_table_or_drift_report_is_tampered(tmp_path: Path) -> None:
    table, drift = _table([[SID, "executed"]]), _drift()
    table["data"]["text/plain"] = _text(table["data"]["text/plain"]).replace("executed", "failed")
    drift["data"][audit.DRIFT_MIME]["in_sync"] = False
    cells = [_code("%operate history", [table], 1), _code(f"%operate verify {SID}", [drift], 2)]
    code, [row] = _audit(_write(tmp_path / "nb.ipynb", cells))
    assert (code, row["session_id"], row["trust"]) == (EXIT_TAMPERED, SID, "tampered")
    assert any("signed dotop-nb table was edited" in p for p in row["problems"])
    assert any("signed dotop-nb drift report was edited" in p for p in row["problems"])


def test_a_session_named_in_an_output_without_its_record_is_tampered(tmp_path: Path) -> None:
    stream = nbformat.v4.new_output("stream", name="stdout", text=f"{SID}: approved by bob\n")
    book = _write(tmp_path / "nb.ipynb", [_code("print(note)", [stream])])
    code, [row] = _audit(book)
    assert (code, row["session_id"]) == (EXIT_TAMPERED, SID)
    assert row["problems"] == [
        f"cell 1, output 1 (stream) names session {SID} but carries no signed record of it"
    ]


# ------------------------------------------------------------------------------ missing
@pytest.mark.parametrize(
    "source",
    [
        f"%operate approve {SID}",
        "%operate scale my-api to 3 -n shop",
        "%%operate -n shop\nscale my-api to 3",
        "sid = m.last_session_id\nget_ipython().run_line_magic('operate', f'approve {sid}')",
        'get_ipython().run_line_magic("operate", f"status {sid}")',
        "from dotop_nb import runbooks\nsession = runbooks.operate(intent, namespace=ns)",
    ],
)
def test_an_executed_cell_whose_record_was_removed_is_record_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str
) -> None:
    cells = [_code("%operate scale my-api to 3 -n shop", [_proposal()], 1), _code(source, [], 2)]
    book = _write(tmp_path / "nb.ipynb", cells)
    code, rows = _audit(book)
    assert code == EXIT_TAMPERED
    missing = [p for r in rows for p in r["problems"] if "(record missing)" in p]
    assert missing
    assert "cell 2 (record missing): it ran `" in missing[0], missing
    assert "shows neither a session record nor an error" in capsys.readouterr().out


# ------------------------------------------------------------------------------ reading
@pytest.mark.parametrize(
    "text",
    [
        SID,
        SID.upper(),
        "op\u2011" + "20261126\u2011" + "1a2b3c4d",  # non-breaking hyphens
        "op-20261126-1a2b\u200b3c4d",  # zero-width space
        "\u043ep-20261126-1\u04302b3c4d",  # Cyrillic o and a
        "op-" + _wide("20261126-1a2b3c4d"),  # full width
        "op&#45;20261126-1a2b3c4d",
        "op-2026<b>1126</b>-1a2b3c4d",
        "op\\-20261126\\-1a2b3c4d",  # markdown escapes
        "\x1b[1mop-20261126\x1b[0m-1a2b3c4d",  # terminal colours
    ],
)
def test_a_session_id_is_found_however_it_is_spelled(text: str) -> None:
    assert presentation.session_ids(text) == {SID}


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("%operate history --limit 3", False),
        ("%operate policies", False),
        ("%operate help", False),
        ("%operate verify op-20261126-1a2b3c4d", False),
        ("%operate?", False),
        ("# %operate approve op-20261126-1a2b3c4d", False),
        ("get_ipython().run_line_magic('operate', f'{cmd} {sid}')", False),
        ("%operate status", True),
        ("%operate reject op-20261126-1a2b3c4d not today", True),
        ("x = 1\n%operate -n shop scale my-api to 3", True),
        ("%%operate refine op-20261126-1a2b3c4d\nuse 4", True),
    ],
)
def test_cells_that_show_a_record_are_told_from_those_that_do_not(source: str, shown: bool) -> None:
    assert bool(presentation.invocations(source)) is shown
