"""The session journal on a temporary folder: ids, atomic writes, append-only events, locks."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.errors import ConfigError
from dotop_nb.models import ClusterRef, Event, Proposal, ScaleOp, Session, Target
from dotop_nb.sessions import (
    Journal,
    SessionBusy,
    SessionCorrupt,
    SessionNotFound,
    check_id,
    default_folder,
    new_id,
)

SID = "op-20261126-1a2b3c4d"


def session(session_id: str = SID, **fields: Any) -> Session:
    return Session(id=session_id, intent="scale my-api to 5", namespace="shop", **fields)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "sessions")


# --- ids ----------------------------------------------------------------------------------------


def test_new_id_format_and_uniqueness() -> None:
    ids = {new_id() for _ in range(500)}
    assert len(ids) == 500
    for sid in ids:
        assert re.fullmatch(r"op-\d{8}-[0-9a-f]{8}", sid)
        assert check_id(sid) == sid


@pytest.mark.parametrize(
    "bad",
    [
        "../x",
        f"{SID}/../../etc",
        "/etc/passwd",
        f"/tmp/{SID}",
        "",
        "op-2026112-1a2b3c4d",
        "op-20261126-1A2B3C4D",
        "op-20261126-1a2b3c4d5",
        f"{SID}.json",
        f" {SID}",
        None,
        123,
        ["op-20261126-1a2b3c4d"],
    ],
)
def test_check_id_refuses_anything_but_an_id(bad: Any) -> None:
    with pytest.raises(ConfigError, match="is not a session id") as info:
        check_id(bad)
    assert info.value.hint is not None
    assert "op-20261126-1a2b3c4d" in info.value.hint


def test_check_id_refuses_a_trailing_newline() -> None:
    with pytest.raises(ConfigError, match="is not a session id"):
        check_id(f"{SID}\n")


@pytest.mark.parametrize("bad", ["../x", f"{SID}/../../etc", "/etc/passwd", ""])
def test_journal_methods_refuse_bad_ids(journal: Journal, bad: str) -> None:
    with pytest.raises(ConfigError, match="is not a session id"):
        journal.load(bad)
    with pytest.raises(ConfigError, match="is not a session id"):
        journal.save(session(bad))
    with pytest.raises(ConfigError, match="is not a session id"), journal.lock(bad):
        pass
    assert list(journal.folder.glob("**/*.json")) == []


# --- save and load ------------------------------------------------------------------------------


def test_save_load_round_trip(journal: Journal) -> None:
    proposal = Proposal(
        session_id=SID,
        intent="scale my-api to 5",
        namespace="shop",
        cluster=ClusterRef(server="https://127.0.0.1:6443"),
        planner="offline",
        operations=[
            ScaleOp(target=Target(kind="Deployment", name="my-api", namespace="shop"), replicas=5)
        ],
    )
    original = session(proposals=[proposal], refinements=["more"])
    original.log("proposed", "1 operation")
    journal.save(original)
    assert journal.path(SID) == journal.folder / f"{SID}.json"
    loaded = journal.load(SID)
    assert loaded == original
    assert json.loads(journal.path(SID).read_text())["v"] == 1


def test_save_creates_the_folder(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "a" / "b")
    journal.save(session())
    assert (tmp_path / "a" / "b" / f"{SID}.json").is_file()


def test_atomic_write_leaves_no_temporary_files(journal: Journal) -> None:
    s = session()
    for i in range(3):
        s.log("step", str(i))
        journal.save(s)
    assert sorted(p.name for p in journal.folder.iterdir()) == [f"{SID}.json"]


def test_save_failure_leaves_the_old_file_and_no_temporary(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.save(session())
    before = journal.path(SID).read_bytes()

    def boom(*_: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("dotop_nb.sessions.os.replace", boom)
    changed = session(message="new")
    with pytest.raises(OSError, match="disk full"):
        journal.save(changed)
    assert journal.path(SID).read_bytes() == before
    assert [p.name for p in journal.folder.iterdir()] == [f"{SID}.json"]


def test_load_of_a_missing_session(journal: Journal) -> None:
    with pytest.raises(SessionNotFound, match=f"no session {SID}"):
        journal.load(SID)


def test_load_of_truncated_json_is_corrupt(journal: Journal) -> None:
    journal.save(session())
    path = journal.path(SID)
    path.write_text(path.read_text()[:40])
    with pytest.raises(SessionCorrupt, match="is corrupt") as info:
        journal.load(SID)
    assert str(path) in info.value.message


@pytest.mark.parametrize(
    "content",
    [
        {"v": 1, "id": SID, "namespace": "shop"},  # intent missing
        {"v": 1, "id": SID, "intent": "x", "namespace": "shop", "status": "exploded"},
        {"v": 1, "id": SID, "intent": "x", "namespace": "shop", "unknown": True},
        [1, 2, 3],
    ],
    ids=["missing-field", "bad-status", "extra-field", "not-an-object"],
)
def test_load_of_a_wrong_schema_is_corrupt(journal: Journal, content: Any) -> None:
    journal.folder.mkdir(parents=True)
    path = journal.path(SID)
    path.write_text(json.dumps(content))
    with pytest.raises(SessionCorrupt, match="is corrupt") as info:
        journal.load(SID)
    assert str(path) in info.value.message


def test_load_of_an_unsupported_version(journal: Journal) -> None:
    journal.folder.mkdir(parents=True)
    path = journal.path(SID)
    path.write_text(session().model_copy(update={"v": 2}).model_dump_json())
    with pytest.raises(SessionCorrupt, match="unsupported version 2") as info:
        journal.load(SID)
    assert str(path) in info.value.message


def test_load_of_a_file_holding_another_session(journal: Journal) -> None:
    other = "op-20261126-deadbeef"
    journal.folder.mkdir(parents=True)
    path = journal.path(SID)
    path.write_text(session(other).model_dump_json())
    with pytest.raises(SessionCorrupt, match=f"holds session {other}") as info:
        journal.load(SID)
    assert str(path) in info.value.message


def test_load_of_a_binary_file_is_corrupt(journal: Journal) -> None:
    journal.folder.mkdir(parents=True)
    journal.path(SID).write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SessionCorrupt, match="corrupt"):
        journal.load(SID)


# --- append-only events -------------------------------------------------------------------------


def test_appending_events_works(journal: Journal) -> None:
    s = session()
    s.log("proposed")
    journal.save(s)
    s.log("approved", "by me")
    s.status = "executing"
    journal.save(s)
    loaded = journal.load(SID)
    assert [e.type for e in loaded.events] == ["proposed", "approved"]
    assert loaded.status == "executing"
    loaded.log("executed")
    journal.save(loaded)
    assert [e.type for e in journal.load(SID).events] == ["proposed", "approved", "executed"]


@pytest.mark.parametrize("rewrite", ["edit", "drop", "reorder", "insert"])
def test_rewriting_events_is_refused_and_the_file_is_kept(journal: Journal, rewrite: str) -> None:
    s = session()
    s.log("proposed", "1 operation")
    s.log("approved", "by me")
    journal.save(s)
    stored = journal.path(SID).read_bytes()

    tampered = journal.load(SID)
    first, second = tampered.events
    if rewrite == "edit":
        tampered.events[0] = first.model_copy(update={"detail": "0 operations"})
    elif rewrite == "drop":
        del tampered.events[0]
    elif rewrite == "reorder":
        tampered.events[:] = [second, first]
    else:
        tampered.events.insert(1, Event(type="rejected"))
    tampered.log("later")

    with pytest.raises(SessionCorrupt, match="refusing to rewrite the history") as info:
        journal.save(tampered)
    assert info.value.hint is not None
    assert journal.path(SID).read_bytes() == stored
    assert [p.name for p in journal.folder.iterdir()] == [f"{SID}.json"]


# --- listing ------------------------------------------------------------------------------------


def test_ids_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert Journal(tmp_path / "nothing").ids() == []


def test_ids_lists_sessions_sorted_and_ignores_other_files(journal: Journal) -> None:
    wanted = ["op-20261127-00000000", "op-20261125-ffffffff", "op-20261126-0a0b0c0d"]
    for sid in wanted:
        journal.save(session(sid))
    folder = journal.folder
    (folder / "op-20261126-0a0b0c0d.lock").write_text("")
    (folder / ".op-20261126-0a0b0c0d.abc123").write_text("{}")
    (folder / "op-notes.json").write_text("{}")
    (folder / "notes.json").write_text("{}")
    (folder / "op-20261126-1a2b3c4d.json.bak").write_text("{}")
    (folder / "op-20261126-1A2B3C4D.json").write_text("{}")
    assert journal.ids() == sorted(wanted)


# --- locks --------------------------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_second_lock_on_the_same_session_is_busy_at_once(journal: Journal) -> None:
    with journal.lock(SID):
        with (
            pytest.raises(SessionBusy, match=f"session {SID} is being executed"),
            journal.lock(SID),
        ):
            pytest.fail("the second lock was granted")
        # Another session is not blocked.
        with journal.lock("op-20261126-deadbeef"):
            pass
    assert (journal.folder / f"{SID}.lock").exists()


@pytest.mark.timeout(10)
def test_lock_is_released_afterwards(journal: Journal) -> None:
    with journal.lock(SID):
        pass
    with journal.lock(SID):
        pass  # granted again: the first one was released


@pytest.mark.timeout(10)
def test_lock_is_released_when_the_body_raises(journal: Journal) -> None:
    with pytest.raises(RuntimeError, match="boom"), journal.lock(SID):
        raise RuntimeError("boom")
    with journal.lock(SID):
        pass


# --- default folder -----------------------------------------------------------------------------


def test_dotop_sessions_env_sets_the_default_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "journal"
    monkeypatch.setenv("DOTOP_SESSIONS", str(folder))
    assert default_folder() == folder
    journal = Journal()
    assert journal.folder == folder
    journal.save(session())
    assert (folder / f"{SID}.json").is_file()


def test_default_folder_without_env_is_under_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DOTOP_SESSIONS", raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_folder() == tmp_path / ".dotop" / "sessions"
    monkeypatch.setenv("DOTOP_SESSIONS", "   ")
    assert default_folder() == tmp_path / ".dotop" / "sessions"


def test_default_folder_expands_the_home_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("DOTOP_SESSIONS", "~/journal")
    assert default_folder() == tmp_path / "journal"
