"""Canonical JSON and HMAC signing: what a save may change signs the same, nothing else does;
keys are created private, named by id, and team keys verify across users."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.signing import (
    Keyring,
    SigningKeyError,
    canonical,
    default_key_file,
    key_id,
    user_key,
)

KEY_A = b"a" * 64
KEY_B = b"b" * 64


# ------------------------------------------------------------------------------ canonical form
@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("0.0", "0"),
        ("-0.0", "0"),
        ("-0", "0"),
        ("1e2", "100"),
        ("100.0", "100"),
        ("1E+2", "100"),
        ("2.50", "2.5"),
        ("1e-07", "1e-7"),
        ("1e+16", "10000000000000000"),
        ("1.5e300", "15e299"),
        # Integers beyond 2**53 are what a JavaScript save turns them into.
        ("9007199254740993", "9007199254740992"),
        ('{"b": 1, "a": 2}', '{"a":2,"b":1}'),
        ('{ "a" : [ 1 , 2 ] }', '{"a":[1,2]}'),
        ('"\\u00e9"', '"é"'),
        ('"\\/"', '"/"'),
        ('"\\ud83d\\ude00"', '"😀"'),
        ('{"x": {"z": [0.0, {"k": 1.0}], "y": null}}', '{"x":{"y":null,"z":[0,{"k":1}]}}'),
    ],
)
def test_json_forms_that_a_save_may_produce_are_one_canonical_form(one: str, other: str) -> None:
    assert canonical(json.loads(one)) == canonical(json.loads(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("1", "1.1"),
        ("0.1", "0.10000000000000002"),
        ("true", "1"),
        ("false", "0"),
        ("null", "0"),
        ('"1"', "1"),
        ("[1, 2]", "[2, 1]"),
        ('{"a": 1}', '{"A": 1}'),
        ('"a "', '"a"'),
        ('"a\\nb"', '"a\\r\\nb"'),
        # Not Unicode-normalised: NFC would turn the Kelvin sign into K, e vs é composed.
        ('"\\u212a"', '"K"'),
        ('"e\\u0301"', '"\\u00e9"'),
        ("[]", "{}"),
        ('{"a": [1]}', '{"a": 1}'),
    ],
)
def test_different_values_have_different_canonical_forms(one: str, other: str) -> None:
    assert canonical(json.loads(one)) != canonical(json.loads(other))


def test_the_canonical_form_is_compact_sorted_ascii() -> None:
    value = {"z": 1.0, "a": [True, None, "ü\n"], "m": {"y": 2.5, "b": -0.0}}
    assert canonical(value) == b'{"a":[true,null,"\\u00fc\\n"],"m":{"b":0,"y":2.5},"z":1}'
    assert canonical((1, 2)) == canonical([1, 2])


def test_non_json_values_are_refused_and_non_finite_numbers_are_fixed_tokens() -> None:
    with pytest.raises(TypeError, match="string keys"):
        canonical({1: "x"})
    with pytest.raises(TypeError, match="cannot hold"):
        canonical({"x": object()})
    assert canonical(float("nan")) == b'"NaN"'
    assert canonical([float("inf"), -float("inf")]) == b'["Infinity","-Infinity"]'
    assert canonical(10**400) == b'"Infinity"'


# ------------------------------------------------------------------------------ signing
def test_a_signature_survives_reformatting_and_catches_any_edit() -> None:
    keys = Keyring.of(KEY_A)
    value = {"replicas": 3.0, "spec": {"image": "nginx:1.25", "ratio": 0.5}, "ok": True}
    sig = keys.sign("record", value)
    assert sig == {"alg": "HMAC-SHA256", "key": key_id(KEY_A), "mac": sig["mac"]}
    assert KEY_A.decode() not in json.dumps(sig)
    resaved = json.loads(json.dumps(value, indent=3, sort_keys=True).replace("3.0", "3"))
    assert keys.verify("record", resaved, sig).ok

    for edit in ({**value, "replicas": 30}, {**value, "ok": 1}, {**value, "extra": None}):
        verdict = keys.verify("record", edit, sig)
        assert (verdict.state, verdict.key_id) == ("tampered", key_id(KEY_A))
    # Domain separation: a signed journal is not a valid notebook record.
    assert keys.verify("session", value, sig).state == "tampered"


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        (None, "not signed"),
        ("abc", "not signed"),
        ({"alg": "HMAC-MD5", "key": "x", "mac": "y"}, "malformed"),
        ({"alg": "HMAC-SHA256", "key": 1, "mac": "y"}, "malformed"),
        ({"alg": "HMAC-SHA256", "key": key_id(KEY_A), "mac": "0" * 64}, "does not match"),
    ],
)
def test_missing_or_malformed_signatures_are_tampered(signature: Any, reason: str) -> None:
    verdict = Keyring.of(KEY_A).verify("record", {"a": 1}, signature)
    assert verdict.state == "tampered"
    assert reason in verdict.reason


def test_an_unknown_key_is_unverified_not_tampered_and_a_shared_key_verifies() -> None:
    alice, bob = Keyring.of(KEY_A), Keyring.of(KEY_B)
    sig = alice.sign("record", {"a": 1})
    verdict = bob.verify("record", {"a": 1}, sig)
    assert (verdict.state, verdict.key_id) == ("unverified", key_id(KEY_A))
    assert "not known" in verdict.reason
    # Bob with the team key (and his own) verifies Alice's team-signed record.
    assert Keyring.of(KEY_B, KEY_A).verify("record", {"a": 1}, sig).ok


def test_key_ids_are_short_distinct_and_do_not_reveal_the_key() -> None:
    assert len(key_id(KEY_A)) == 16
    assert key_id(KEY_A) != key_id(KEY_B)
    assert key_id(KEY_A) not in KEY_A.hex()


# ------------------------------------------------------------------------------ keys
@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME with no key and no settings."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in (
        "DOTOP_SIGNING_KEY_FILE",
        "XDG_DATA_HOME",
        "DOTOP_TEAM_KEY",
        "DOTOP_TEAM_KEY_FILE",
    ):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "home"


def test_the_user_key_is_created_on_first_signature_with_mode_0600(home: Path) -> None:
    path = home / ".local" / "share" / "dotop-nb" / "signing_key"
    assert default_key_file() == path
    keys = Keyring.from_env()
    assert not path.exists()  # reading and verifying never create it
    assert keys.verify("record", {}, {"alg": "HMAC-SHA256", "key": "k", "mac": "m"}).state == (
        "unverified"
    )
    assert not path.exists()

    sig = keys.sign("record", {"a": 1})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    key = path.read_bytes().strip()
    assert len(key) == 64
    assert sig["key"] == key_id(key)
    # A later process finds the same key and verifies.
    assert Keyring.from_env().verify("record", {"a": 1}, sig).ok
    assert [p.name for p in path.parent.iterdir()] == ["signing_key"]


def test_xdg_data_home_and_the_key_file_setting_are_honoured(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_key_file() == tmp_path / "xdg" / "dotop-nb" / "signing_key"
    Keyring.from_env().sign("record", 1)
    assert (tmp_path / "xdg" / "dotop-nb" / "signing_key").exists()

    monkeypatch.setenv("DOTOP_SIGNING_KEY_FILE", str(tmp_path / "elsewhere" / "key"))
    Keyring.from_env().sign("record", 1)
    assert stat.S_IMODE((tmp_path / "elsewhere" / "key").stat().st_mode) == 0o600
    assert not (home / ".local").exists()


def test_concurrent_first_uses_agree_on_one_key(home: Path) -> None:
    keys: list[bytes | None] = []

    def create() -> None:
        keys.append(user_key(create=True))

    threads = [threading.Thread(target=create) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(keys)) == 1
    assert keys[0] == default_key_file().read_bytes().strip()


def test_a_key_readable_by_others_or_too_short_is_refused(home: Path, tmp_path: Path) -> None:
    path = default_key_file()
    Keyring.from_env().sign("record", 1)
    os.chmod(path, 0o644)
    with pytest.raises(SigningKeyError, match="readable or writable by others") as info:
        Keyring.from_env()
    assert "chmod 600" in (info.value.hint or "")
    path.write_bytes(b"short")
    os.chmod(path, 0o600)
    with pytest.raises(SigningKeyError, match="too short"):
        Keyring.from_env()


def test_the_team_key_signs_and_the_user_key_still_verifies(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = Keyring.from_env().sign("record", {"a": 1})
    team = tmp_path / "team.key"
    team.write_text("t" * 40 + "\n")
    os.chmod(team, 0o640)  # a team key may be shared with a group
    monkeypatch.setenv("DOTOP_TEAM_KEY_FILE", str(team))
    keys = Keyring.from_env()
    signed = keys.sign("record", {"a": 1})
    assert signed["key"] == key_id(b"t" * 40)
    assert keys.verify("record", {"a": 1}, own).ok
    os.chmod(team, 0o644)
    with pytest.raises(SigningKeyError, match="by others"):
        Keyring.from_env()

    monkeypatch.delenv("DOTOP_TEAM_KEY_FILE")
    monkeypatch.setenv("DOTOP_TEAM_KEY", "t" * 40)
    assert Keyring.from_env().verify("record", {"a": 1}, signed).ok
    monkeypatch.setenv("DOTOP_TEAM_KEY", "too-short")
    with pytest.raises(SigningKeyError, match="DOTOP_TEAM_KEY is too short"):
        Keyring.from_env()


def test_an_unwritable_key_location_is_a_clear_error(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.setenv("DOTOP_SIGNING_KEY_FILE", str(tmp_path / "a-file" / "key"))
    with pytest.raises(SigningKeyError, match="cannot create the signing key") as info:
        Keyring.from_env().sign("record", 1)
    assert "DOTOP_SIGNING_KEY_FILE" in (info.value.hint or "")


def test_the_plan_hash_survives_a_javascript_save_of_the_recorded_plan() -> None:
    from dotop_nb.models import ApplyOp, ClusterRef, Target, plan_hash  # noqa: PLC0415

    manifest = {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": "my-api", "namespace": "shop"},
        "spec": {"minReplicas": 2.0, "maxReplicas": 1e1},  # floats a JS save writes as 2 and 10
    }
    target = Target(kind="HorizontalPodAutoscaler", name="my-api", namespace="shop")
    target = target.model_copy(update={"api_version": "autoscaling/v2"})
    op = ApplyOp(target=target, manifest=manifest)
    recorded = json.dumps(op.model_dump(mode="json"))
    assert '"minReplicas": 2.0' in recorded
    resaved = ApplyOp.model_validate_json(
        recorded.replace('"minReplicas": 2.0', '"minReplicas": 2').replace("10.0", "10")
    )
    assert resaved.manifest["spec"] == {"minReplicas": 2, "maxReplicas": 10}
    where: Any = {"cluster": ClusterRef(server="https://k:6443"), "namespace": "shop"}
    assert plan_hash(operations=[op], target_versions={}, **where) == plan_hash(
        operations=[resaved], target_versions={}, **where
    )
    edited = resaved.model_copy(update={"manifest": {**manifest, "spec": {"minReplicas": 3}}})
    assert plan_hash(operations=[op], target_versions={}, **where) != plan_hash(
        operations=[edited], target_versions={}, **where
    )
