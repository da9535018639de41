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
    JournalUnwritable,
    SessionBusy,
    SessionCorrupt,
    SessionNotFound,
    SessionTampered,
    SessionUnverified,
    check_id,
    default_folder,
    new_id,
)
from dotop_nb.signing import Keyring

SID = "op-20261126-1a2b3c4d"


def session(session_id: str = SID, **fields: Any) -> Session:
    return Session(id=session_id, intent="scale my-api to 5", namespace="shop", **fields)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "sessions")


def signed(journal: Journal, content: Any) -> Any:
    """``content`` (a Session or raw JSON) signed as the journal signs: only its schema is wrong."""
    body = json.loads(content.model_dump_json()) if isinstance(content, Session) else content
    if isinstance(body, dict):
        body = {**body, "signature": journal.keys.sign("session", body)}
    return body


# --- ids ----------------------------------------------------------------------------------------


def test_new_id_format_and_uniqueness() -> None:
    ids = {new_id() for _ in range(500)}
    assert len(ids) == 500
    for sid in ids:
        assert re.fullmatch(r"op-\d{8}-[0-9a-f]{8}", sid)
        assert check_id(sid) == sid


def test_a_fresh_id_is_never_one_a_record_or_a_lock_in_the_folder_holds(journal: Journal) -> None:
    """Drawn ids repeat now and then in a busy folder; the journal draws again rather than hand
    out an id whose record exists (its first save would be refused as a rewrite of history)."""
    taken, locked, free = SID, "op-20261126-00000001", "op-20261126-00000002"
    journal.save(session(taken))
    journal.lock_path(locked).parent.mkdir(parents=True, exist_ok=True)
    journal.lock_path(locked).touch()
    draws = iter([taken, locked, taken, free])
    assert journal.fresh_id(lambda: next(draws)) == free
    assert next(draws, None) is None


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
    with pytest.raises(JournalUnwritable, match=f"session {SID} could not be written") as err:
        journal.save(changed)
    assert err.value.exit_code == 12
    assert isinstance(err.value.__cause__, OSError)
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
    path.write_text(json.dumps(signed(journal, content)))
    with pytest.raises(SessionCorrupt, match="is corrupt") as info:
        journal.load(SID)
    assert str(path) in info.value.message


def test_load_of_an_unsupported_version(journal: Journal) -> None:
    journal.folder.mkdir(parents=True)
    path = journal.path(SID)
    path.write_text(json.dumps(signed(journal, session().model_copy(update={"v": 2}))))
    with pytest.raises(SessionCorrupt, match="unsupported version 2") as info:
        journal.load(SID)
    assert str(path) in info.value.message


def test_load_of_a_file_holding_another_session(journal: Journal) -> None:
    other = "op-20261126-deadbeef"
    journal.folder.mkdir(parents=True)
    path = journal.path(SID)
    path.write_text(json.dumps(signed(journal, session(other))))
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


# --- signatures ---------------------------------------------------------------------------------


def _stored(journal: Journal) -> dict[str, Any]:
    return dict(json.loads(journal.path(SID).read_text()))


def test_a_saved_session_is_signed_by_a_named_key_and_verifies(journal: Journal) -> None:
    journal.save(session())
    body = _stored(journal)
    assert set(body["signature"]) == {"alg", "key", "mac"}
    assert body["signature"]["key"] == next(iter(journal.keys.known))
    assert journal.verdict(SID).ok
    assert journal.problem(SID) is None
    assert journal.load(SID).intent == "scale my-api to 5"


def test_a_reformatted_file_still_verifies(journal: Journal) -> None:
    s = session()
    s.log("proposed")
    journal.save(s)
    body = _stored(journal)
    # Another writer: keys in another order, other indentation, escaped non-ASCII.
    journal.path(SID).write_text(json.dumps(body, indent=4, sort_keys=True, ensure_ascii=True))
    assert journal.load(SID) == journal.load(SID, verify=False)


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda b: b.update(status="executed"), "does not match"),
        (lambda b: b.update(intent="delete everything"), "does not match"),
        (lambda b: b.pop("signature"), "not signed"),
        (lambda b: b["signature"].update(mac="0" * 64), "does not match"),
        (lambda b: b["signature"].update(alg="none"), "malformed"),
    ],
)
def test_a_hand_edit_is_refused_on_load_and_shown_only_as_tampered(
    journal: Journal, edit: Any, reason: str
) -> None:
    journal.save(session())
    body = _stored(journal)
    edit(body)
    journal.path(SID).write_text(json.dumps(body, indent=2))
    with pytest.raises(SessionTampered, match=reason) as info:
        journal.load(SID)
    assert info.value.exit_code == 9
    assert "nothing was executed" in (info.value.hint or "")
    assert str(journal.path(SID)) in info.value.message
    verdict = journal.verdict(SID)
    assert verdict.state == "tampered"
    assert isinstance(journal.problem(SID), SessionTampered)
    # For display only, it still reads.
    assert journal.load(SID, verify=False).id == SID


def test_saving_over_a_tampered_file_is_refused_and_keeps_the_evidence(journal: Journal) -> None:
    journal.save(session())
    body = _stored(journal)
    body["status"] = "rejected"
    journal.path(SID).write_text(json.dumps(body))
    stored = journal.path(SID).read_bytes()
    with pytest.raises(SessionTampered):
        journal.save(session())
    assert journal.path(SID).read_bytes() == stored


def test_a_session_signed_by_an_unknown_key_is_unverified(journal: Journal) -> None:
    journal.save(session())
    stranger = Journal(journal.folder, keys=Keyring.of(b"s" * 64))
    with pytest.raises(SessionUnverified, match="not known here") as info:
        stranger.load(SID)
    assert info.value.exit_code == 11
    assert "DOTOP_TEAM_KEY_FILE" in (info.value.hint or "")
    assert stranger.verdict(SID).state == "unverified"
    # A colleague holding the same (team) key verifies it.
    colleague = Journal(journal.folder, keys=Keyring.of(b"s" * 64, *journal.keys.known.values()))
    assert colleague.load(SID).id == SID
