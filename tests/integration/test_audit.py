"""The audit over notebooks: records written by ``%operate`` (real sessions on the real control
plane), saved with nbformat, read back as one row per session; hand edits are flagged."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest

from dotop_nb import audit
from dotop_nb.audit import MIME
from dotop_nb.cluster.client import KubeClient
from dotop_nb.commands.audit import EXIT_TAMPERED, register
from dotop_nb.errors import ConfigError
from tests.helpers import deploy, deployment
from tests.integration.test_magic import Notebook, nb  # noqa: F401 -- the shell fixture

pytestmark = pytest.mark.integration


def cell(source: str, outputs: list[Any]) -> Any:
    return nbformat.v4.new_code_cell(
        source,
        outputs=[
            nbformat.v4.new_output("display_data", data=o.data, metadata=o.metadata)
            for o in outputs
        ],
    )


def write(path: Path, cells: list[Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


@pytest.fixture
def notebooks(nb: Notebook, kube: KubeClient, namespace: str, tmp_path: Path) -> dict[str, Any]:  # noqa: F811
    """Three sessions in two notebooks: executed, rejected, rolled back."""
    deploy(kube, deployment("my-api", namespace, replicas=2))
    deploy(kube, deployment("web", namespace, replicas=2))
    proposal = nb.ok(f"%operate scale my-api to 3 -n {namespace}")
    executed_id = proposal.record.metadata[MIME]["session_id"]
    approval = nb.ok(f"%operate approve {executed_id} --hash {nb.hash(executed_id)}")
    other = nb.ok(f"%operate scale web to 4 -n {namespace}")
    rejected_id = other.record.metadata[MIME]["session_id"]
    rejection = nb.ok(f"%operate reject {rejected_id} not today")
    failed = nb.run(
        f"%operate update web to registry.invalid/dotop/unpullable:1 -n {namespace} --approve"
    )
    assert failed.error is not None
    rolled_back_id = failed.record.metadata[MIME]["session_id"]

    root = tmp_path / "records"
    # The decision comes first in the document: the later *state* wins, not the later cell.
    first = write(
        root / "incident.ipynb",
        [
            cell(
                f"%operate approve {executed_id} --hash {nb.hash(executed_id)}", approval.io.outputs
            ),
            cell(f"%operate scale my-api to 3 -n {namespace}", proposal.io.outputs),
        ],
    )
    second = write(
        root / "team" / "web.ipynb",
        [
            cell(f"%operate scale web to 4 -n {namespace}", other.io.outputs),
            cell(f"%operate reject {rejected_id} not today", rejection.io.outputs),
            cell("%operate update web ... --approve", failed.io.outputs),
        ],
    )
    # Checkpoints are copies, not records.
    write(root / "team" / ".ipynb_checkpoints" / "web-checkpoint.ipynb", [])
    return {
        "root": root,
        "first": first,
        "second": second,
        "executed": executed_id,
        "rejected": rejected_id,
        "rolled_back": rolled_back_id,
        "namespace": namespace,
    }


def test_one_row_per_session_with_its_last_state(notebooks: dict[str, Any]) -> None:
    table = audit.read([notebooks["root"]])
    assert list(table.columns) == list(audit.COLUMNS)
    assert len(table) == 3
    rows = {r["session_id"]: r for r in table.to_dict("records")}

    executed = rows[notebooks["executed"]]
    assert executed["notebook"] == str(notebooks["first"])
    assert executed["intent"] == "scale my-api to 3"
    assert executed["namespace"] == notebooks["namespace"]
    assert executed["planner"] == "offline"
    assert executed["operations"] == [
        f"scale deployment/my-api in {notebooks['namespace']} to 3 replicas"
    ]
    assert executed["decision"] == "approved"
    assert executed["approved_by"] == "alice"
    assert isinstance(executed["approved_at"], pd.Timestamp)
    assert executed["approved_at"].tzinfo is not None
    assert executed["approved_at"] >= executed["created_at"]
    assert executed["outcome"] == "executed"
    assert executed["validation_ok"] is True
    assert executed["rolled_back"] is False
    assert executed["cluster"].startswith("https://127.0.0.1:")
    assert len(executed["plan_hash"]) == 64
    assert executed["tampered"] is False
    assert executed["problems"] == []

    rejected = rows[notebooks["rejected"]]
    assert (rejected["decision"], rejected["outcome"]) == ("rejected", "rejected")
    assert pd.isna(rejected["approved_by"])
    assert pd.isna(rejected["approved_at"])

    rolled_back = rows[notebooks["rolled_back"]]
    assert rolled_back["outcome"] == "rolled_back"
    assert rolled_back["validation_ok"] is False
    assert rolled_back["rolled_back"] is True
    assert not table["tampered"].any()
    # Sorted by creation time.
    assert list(table["session_id"]) == [
        notebooks["executed"],
        notebooks["rejected"],
        notebooks["rolled_back"],
    ]


def _edit(path: Path, change: Any) -> None:
    document = json.loads(path.read_text())
    for c in document["cells"]:
        for output in c.get("outputs", []):
            if MIME in output.get("data", {}):
                change(output["data"][MIME], output["metadata"][MIME])
    path.write_text(json.dumps(document, indent=1))


def test_a_record_edited_by_hand_is_flagged(notebooks: dict[str, Any]) -> None:
    path = notebooks["first"]
    original = path.read_text()

    def more_replicas(data: Any, meta: Any) -> None:
        data["operations"][0]["spec"]["replicas"] = 30

    _edit(path, more_replicas)
    [row] = audit.read(path).to_dict("records")
    assert row["tampered"] is True
    assert row["trust"] == "tampered"
    assert any("do not match the plan hash" in p for p in row["problems"])
    assert any("signature does not match" in p for p in row["problems"])

    # Even re-signed by someone holding the key, the plan no longer matches its hash.
    path.write_text(original)

    def forged(data: Any, meta: Any) -> None:
        more_replicas(data, meta)
        meta.update(audit.sign(data, meta))

    _edit(path, forged)
    [row] = audit.read(path).to_dict("records")
    expected = [
        "operation 1: the summary does not match the operation",
        "the recorded operations, cluster, namespace or target versions do not match the plan hash",
    ]
    # The edit was made in both cells: the earlier state (the proposal's cell) is reported too.
    assert row["problems"] == [*expected, *(f"cell 2 of {path}: {p}" for p in expected)]

    # Who approved is not part of the plan: the signature catches that edit.
    path.write_text(original)

    def someone_else(data: Any, meta: Any) -> None:
        if meta.get("approval"):
            meta["approval"]["by"] = "mallory"

    _edit(path, someone_else)
    [row] = audit.read(path).to_dict("records")
    assert row["approved_by"] == "mallory"
    assert row["problems"] == [
        "the record was edited after it was written: the signature does not match its content"
    ]

    path.write_text(original)
    assert not audit.read(path)["tampered"].any()
    assert set(audit.read(path)["trust"]) == {"verified"}


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dotop-nb")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


def test_the_audit_command_prints_the_table_and_exits_9_on_an_edited_record(
    notebooks: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(notebooks["root"])
    assert _cli(["audit", root]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].split() == [
        "session",
        "id",
        "outcome",
        "decision",
        "approved",
        "by",
        "approved",
        "at",
        "awaits",
        "namespace",
        "notebook",
        "operations",
    ]
    assert notebooks["executed"] in text
    assert "3 session(s)" in text
    assert "TAMPERED" not in text

    assert _cli(["audit", root, "--output", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["session_id"] for r in rows} == {
        notebooks["executed"],
        notebooks["rejected"],
        notebooks["rolled_back"],
    }
    assert _cli(["audit", str(notebooks["second"]), "--output", "csv"]) == 0
    assert capsys.readouterr().out.startswith("session_id,notebook,intent,")

    _edit(notebooks["second"], lambda data, meta: data.update(status="executed"))
    assert _cli(["audit", root]) == EXIT_TAMPERED
    text = capsys.readouterr().out
    assert f"TAMPERED {notebooks['rejected']}" in text

    with pytest.raises(ConfigError, match="does not exist"):
        _cli(["audit", str(notebooks["root"] / "missing.ipynb")])


def test_a_notebook_without_records_gives_an_empty_table(tmp_path: Path) -> None:
    path = write(tmp_path / "plain.ipynb", [nbformat.v4.new_code_cell("1 + 1")])
    table = audit.read(path)
    assert table.empty
    assert list(table.columns) == list(audit.COLUMNS)
    (tmp_path / "broken.ipynb").write_text("{not json")
    with pytest.raises(ConfigError, match="not a readable notebook"):
        audit.read(tmp_path)


def test_a_revision_executed_elsewhere_is_never_credited_to_the_plan_the_notebook_shows(
    nb: Notebook,  # noqa: F811
    kube: KubeClient,
    namespace: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """atk9 H1: the notebook holds revision 1 (scale to 3); elsewhere the session is refined to
    4 and approved. The row keeps revision 1's plan and says it was superseded by revision 2,
    which ran — the cluster has 4 — and never that revision 1 was executed."""
    deploy(kube, deployment("my-api", namespace, replicas=2))
    proposal = nb.ok(f"%operate scale my-api to 3 -n {namespace}")
    sid = proposal.record.metadata[MIME]["session_id"]
    first = proposal.record.metadata[MIME]["plan_hash"]
    source = f"%operate scale my-api to 3 -n {namespace}"
    book = write(tmp_path / "review.ipynb", [cell(source, proposal.io.outputs)])
    # Another cell, not saved in this notebook (another process, the command line).
    refined = nb.ok(f"%operate refine {sid} scale my-api to 4 instead")
    second = refined.record.metadata[MIME]["plan_hash"]
    nb.ok(f"%operate approve {sid} --hash {second}")
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 4

    [row] = audit.read(book, journals=[tmp_path / "sessions"]).to_dict("records")
    assert (row["operations"], row["plan_hash"]) == (
        [f"scale deployment/my-api in {namespace} to 3 replicas"],
        first,
    )
    assert (row["outcome"], row["notebook_outcome"], row["approved_by"]) == (
        "superseded",
        "proposed",
        None,
    )
    assert f"revision 2 (plan {second[:12]}) is executed by " in row["note"]
    assert row["note"].endswith("The plan shown here was not run")
    assert row["trust"] == "verified"
    assert _cli(["audit", str(book), "--journal", str(tmp_path / "sessions")]) == 0
    assert f"NOTE {sid} in {book}: SUPERSEDED — the notebook shows revision 1" in (
        capsys.readouterr().out
    )
