"""What a session record says, in every representation (issue 9 §3): the header names the
session's status, a running execution says whether it writes or validates, a record never points
at a button that is not there, a rejection has its time, earlier revisions say they were
superseded — and each cell's record is an output of its own that no other cell rewrites."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import nbformat
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from dotop_nb import audit, report
from dotop_nb.cli import main
from dotop_nb.models import Event, Session
from dotop_nb.sessions import Journal
from dotop_nb.ui import html, views
from dotop_nb.ui.views import SessionView
from tests.unit.test_ui import T0, executed, make_session

pytestmark = pytest.mark.timeout(30)

MIME = audit.MIME


def bundle(session: Session, **options: bool) -> tuple[str, str, dict[str, object]]:
    data, _ = SessionView(session, **options)._repr_mimebundle_()
    return data["text/plain"], data["text/html"], data[MIME]


def test_the_plain_text_header_names_the_sessions_status_not_the_proposals() -> None:
    s = executed(make_session())
    s.status, s.message = "rolled_back", "validation failed; rolled back"
    text, page, _ = bundle(s)
    first = text.splitlines()[0]
    assert first == "Session op-20261126-1a2b3c4d · revision 1 · rolled_back"
    assert "· proposed" not in text
    assert text.rstrip().endswith("Status: rolled_back — validation failed; rolled back")
    assert ">rolled_back</span>" in page


def test_a_running_execution_says_whether_it_writes_or_validates() -> None:
    done = executed(make_session())
    writing = done.model_copy(deep=True)
    writing.status, writing.execution, writing.validation = "executing", [], None
    validating = done.model_copy(deep=True)
    validating.status, validating.validation = "executing", None

    assert report.phase(writing) == "executing · operation 1 of 1"
    assert report.phase(validating) == "executing · validating the result"
    assert report.phase(done) == "executed"
    text, page, data = bundle(validating)
    assert text.splitlines()[0].endswith("· executing · validating the result")
    assert "Validation: running" in text
    assert ">executing · validating the result</span>" in page
    assert "Validation running" in page
    assert data["status"] == "executing"  # the record keeps the lifecycle status itself
    text, _, _ = bundle(writing)
    assert "Status: executing · operation 1 of 1" in text
    assert "Validation: running" not in text


def test_a_record_points_at_buttons_only_when_they_are_shown_beside_it() -> None:
    s = make_session()
    unattended, page, _ = bundle(s)  # --approve, papermill, widgets off
    assert "button" not in unattended.lower()
    assert "button" not in page.lower()
    line = f"`%operate approve {s.id} --hash {s.proposal.plan_hash[:12]}`"
    assert f"To approve: a new cell with {line}" in unattended
    # Where the outcome of a decision taken elsewhere lives.
    assert f"recorded there and in the session journal: `%operate status {s.id}`" in unattended

    beside, page, _ = bundle(s, buttons=True)
    assert f"To decide: the Approve / Reject buttons below, or a new cell with {line}" in beside
    assert "Approve / Reject buttons below" in page
    # A decided session has nothing to press and nothing to approve.
    assert "To decide" not in bundle(executed(s), buttons=True)[0]


def test_a_rejection_has_its_time_in_every_representation() -> None:
    s = make_session()
    at = T0 + timedelta(minutes=5)
    s.status, s.rejected_by, s.message = "rejected", "bob", "rejected by bob: not today"
    s.events.append(Event(at=at, type="rejected", detail=s.message))
    text, page, _ = bundle(s)
    assert "Rejected by bob at 2026-11-26 12:05:00Z" in text
    assert "rejected by <strong>bob</strong> at 2026-11-26T12:05:00+00:00" in page
    assert report.rejection_text(s) == "rejected by bob at 2026-11-26 12:05:00Z"


def test_earlier_revisions_say_they_were_superseded_and_by_what() -> None:
    s = make_session()
    second = make_session(replicas=4).proposal.model_copy(update={"revision": 2})
    blocked = make_session(replicas=40).proposal.model_copy(
        update={"revision": 3, "status": "blocked"}
    )
    s.proposals += [
        blocked.model_copy(update={"revision": 2}),
        second.model_copy(update={"revision": 3}),
    ]
    s.refinements = ["use 40", "use 4 instead"]
    text, page, _ = bundle(s)
    assert (
        '  revision 1 (superseded by revision 2 after "use 40"): '
        "scale deployment/my-api in shop to 3 replicas"
    ) in text
    assert (
        '  revision 2 (blocked; superseded by revision 3 after "use 4 instead"): '
        "scale deployment/my-api in shop to 40 replicas"
    ) in text
    assert "(proposed)" not in text
    assert "(proposed)" not in page
    assert "revision 1 (superseded by revision 2 after &quot;use 40&quot;)" in page


# ------------------------------------------------------------------------------ display ids
@pytest.fixture(scope="module")
def shell() -> InteractiveShell:
    return InteractiveShell.instance()


def test_each_record_is_an_output_of_its_own_and_a_replay_rewrites_no_other_cell(
    shell: InteractiveShell,
) -> None:
    s = make_session()
    with capture_output() as cell_a:
        proposal_id = views.show_session(s, buttons=True)
    done = executed(s)
    with capture_output() as cell_b:  # %operate approve ID: what cell B did
        approve_id = views.show_session(done)
    with capture_output() as cell_c:  # %operate approve ID again: a replay
        replay_id = views.show_session(done, replayed=True)

    [a], [b], [c] = cell_a.outputs, cell_b.outputs, cell_c.outputs
    ids = {a.transient["display_id"], b.transient["display_id"], c.transient["display_id"]}
    assert ids == {proposal_id, approve_id, replay_id}
    assert len(ids) == 3  # a frontend replaces outputs that share a display id: none do
    assert all(id_.startswith(f"{s.id}/") for id_ in ids)
    assert not any(o.update for o in (a, b, c))
    assert a.data[MIME]["status"] == "proposed"
    assert b.data[MIME]["status"] == "executed"
    assert "ran nothing again" not in b.data["text/plain"]
    assert c.data["text/plain"].startswith("RECORDED OUTCOME")
    assert c.metadata[MIME]["replayed"] is True

    # A button decision updates the record beside the buttons, and only that one.
    with capture_output() as callback:
        assert views.update_session(done) is True
    [update] = callback.outputs
    assert (update.update, update.transient) == (True, {"display_id": proposal_id})
    assert update.data[MIME]["status"] == "executed"


def test_without_buttons_nothing_is_updated_in_place(shell: InteractiveShell) -> None:
    s = make_session("op-20261126-0000beef")
    with capture_output():
        views.show_session(s)
        views.show_session(s, replayed=True, buttons=True)  # a replay never takes the buttons
    with capture_output() as callback:
        assert views.update_session(executed(s)) is False
    assert callback.outputs == []


def test_the_badge_label_is_escaped() -> None:
    assert ">a &lt;b&gt;</span>" in html.badge("executing", "a <b>")


# ------------------------------------------------------------------------------ the journal
def _notebook(path: Path, *sessions: Session) -> Path:
    cells = []
    for s in sessions:
        data, metadata = SessionView(s, buttons=True)._repr_mimebundle_()
        output = nbformat.v4.new_output("display_data", data=data, metadata=metadata)
        cells.append(nbformat.v4.new_code_cell("%operate scale my-api to 3", outputs=[output]))
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


def _journal(folder: Path, session: Session) -> Journal:
    journal = Journal(folder)
    proposed = session.model_copy(deep=True)
    proposed.log("created")
    journal.save(proposed)
    return journal


def _approved_later(journal: Journal, session: Session) -> Session:
    stored = journal.load(session.id)
    done = executed(stored, by="bob")
    done.log("approved")
    done.log("executed")
    journal.save(done)
    return done


def test_an_outcome_decided_outside_the_notebook_comes_from_the_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = make_session()
    journal = _journal(tmp_path / "elsewhere", s)
    book = _notebook(tmp_path / "incident.ipynb", journal.load(s.id))
    [row] = audit.read(book, journals=[journal.folder]).to_dict("records")
    assert (row["outcome"], row["outcome_from"]) == ("proposed", "notebook")

    _approved_later(journal, s)  # e.g. the Approve button clicked after a page reload
    [row] = audit.read(book, journals=[journal.folder]).to_dict("records")
    assert row["outcome"] == "executed"
    assert row["notebook_outcome"] == "proposed"
    assert row["outcome_from"] == str(journal.path(s.id).resolve())
    assert (row["decision"], row["approved_by"], row["validation_ok"]) == ("approved", "bob", True)
    assert (row["trust"], row["problems"]) == ("verified", [])

    code = main(["audit", str(book), "--journal", str(journal.folder)])
    out = capsys.readouterr().out
    assert code == 0
    assert (
        f"NOTE {s.id} in {book}: the notebook shows proposed; the session journal "
        f"{journal.path(s.id).resolve()} records executed"
    ) in out
    # Without the journal the notebook is all there is: it says where the outcome lives.
    [row] = audit.read(book, journals=[]).to_dict("records")
    assert (row["outcome"], row["outcome_from"]) == ("proposed", "notebook")
    text = nbformat.read(book, as_version=4).cells[0].outputs[0]["data"]["text/plain"]
    assert f"in the session journal: `%operate status {s.id}`" in text


def test_the_journal_beside_the_notebook_is_read_by_default(tmp_path: Path) -> None:
    s = make_session()
    journal = _journal(tmp_path / ".dotop" / "sessions", s)
    book = _notebook(tmp_path / "incident.ipynb", journal.load(s.id))
    _approved_later(journal, s)
    [row] = audit.read(book).to_dict("records")
    assert (row["outcome"], row["notebook_outcome"]) == ("executed", "proposed")


@pytest.mark.parametrize("spoil", ["edited", "other-plan"])
def test_a_journal_that_does_not_verify_or_match_never_overrides_the_notebook(
    tmp_path: Path, spoil: str
) -> None:
    s = make_session()
    journal = _journal(tmp_path / "j", s)
    book = _notebook(tmp_path / "incident.ipynb", journal.load(s.id))
    if spoil == "edited":
        _approved_later(journal, s)
        body = json.loads(journal.path(s.id).read_text())
        body["approval"]["by"] = "mallory"
        journal.path(s.id).write_text(json.dumps(body))
    else:
        journal.path(s.id).unlink()
        other = make_session(replicas=9)
        _approved_later(_journal(journal.folder, other), other)
    [row] = audit.read(book, journals=[journal.folder]).to_dict("records")
    assert (row["outcome"], row["outcome_from"], row["approved_by"]) == (
        "proposed",
        "notebook",
        None,
    )


def _refined(journal: Journal, session: Session, *, then: str) -> Session:
    """The session refined elsewhere (revision 2: scale to 4), then approved and executed,
    rejected, or left proposed."""
    stored = journal.load(session.id)
    second = make_session(session.id, replicas=4).proposal.model_copy(update={"revision": 2})
    second = second.model_copy(update={"plan_hash": second.compute_hash()})
    stored.proposals = [stored.proposals[0], second]
    stored.refinements = ["scale my-api to 4 instead"]
    stored.log("refined")
    if then == "executed":
        stored = executed(stored, by="bob")
        assert stored.approval is not None
        stored.approval = stored.approval.model_copy(update={"revision": 2})
        stored.log("approved")
        stored.log("executed")
    elif then == "rejected":
        stored.status = "rejected"
        stored.rejected_by = "carol"
        stored.log("rejected")
    journal.save(stored)
    return stored


@pytest.mark.parametrize(
    ("then", "said"),
    [
        ("executed", "is executed by bob"),
        ("rejected", "is rejected by carol"),
        ("proposed", "is proposed"),
    ],
)
def test_a_journal_outcome_of_another_revision_is_never_credited_to_the_plan_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], then: str, said: str
) -> None:
    s = make_session()
    journal = _journal(tmp_path / "j", s)
    book = _notebook(tmp_path / "review.ipynb", journal.load(s.id))
    later = _refined(journal, s, then=then)
    [row] = audit.read(book, journals=[journal.folder]).to_dict("records")
    first, second = (p.plan_hash for p in later.proposals)
    assert row["operations"] == ["scale deployment/my-api in shop to 3 replicas"]
    assert row["plan_hash"] == first
    assert (row["outcome"], row["notebook_outcome"]) == ("superseded", "proposed")
    assert (row["decision"], row["approved_by"], row["validation_ok"]) == ("none", None, None)
    assert row["outcome_from"] == str(journal.path(s.id).resolve())
    assert row["note"] == (
        f"the notebook shows revision 1 (plan {first[:12]}); the session was refined since: "
        f"revision 2 (plan {second[:12]}) {said} instead. The plan shown here was not run"
    )
    assert (row["trust"], row["problems"]) == ("verified", [])
    assert main(["audit", str(book), "--journal", str(journal.folder)]) == 0
    assert f"NOTE {s.id} in {book}: SUPERSEDED — {row['note']}" in capsys.readouterr().out


def test_a_change_the_journal_records_as_interrupted_fails_the_audit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """attack12 2: the notebook shows `executing` (the kernel restarted mid-run), the journal
    `interrupted`: not a NOTE — exit 12 with the commands that finish or undo it."""
    s = make_session()
    journal = _journal(tmp_path / "elsewhere", s)
    stored = journal.load(s.id)
    running = executed(stored, by="bob")
    running.validation = None
    running.status = "executing"
    running.message = "validating"
    running.log("approved")
    journal.save(running)
    book = _notebook(tmp_path / "incident.ipynb", journal.load(s.id))
    stopped = journal.load(s.id)
    stopped.status = "interrupted"
    stopped.message = "interrupted"
    stopped.log("interrupted")
    journal.save(stopped)
    code = main(["audit", str(book), "--journal", str(journal.folder)])
    out = capsys.readouterr().out
    assert code == 12
    assert (
        f"UNFINISHED {s.id} in {book}: the notebook shows executing; the session journal "
        f"{journal.path(s.id).resolve()} records interrupted: finish it with "
        f"`dotop-nb session resume {s.id}` or undo it with `dotop-nb session rollback {s.id}`"
    ) in out
    assert f"NOTE {s.id}" not in out
