"""What validation requires of an object when the record hides values (issue 10, finding 7).

A Secret's diff is recorded with markers (``<redacted: added>``), never values: validation must
not compare the live values with the markers (that failed every Secret key change), and must
still catch another writer — by presence/absence from the record, by digest from the gateway.
"""

from __future__ import annotations

import base64

from dotop_nb.cluster.gateway import ADDED, CHANGED, is_redacted_value, value_digest
from dotop_nb.cluster.secrets import REDACTED
from dotop_nb.cluster.validation import (
    PRESENT,
    REMOVED,
    hidden_mismatches,
    mismatches,
    requested_fields,
)
from dotop_nb.models import DryRunResult, FieldChange, PatchOp, Target

SECRET = Target(kind="Secret", name="db", namespace="shop")
TOKEN = base64.b64encode(b"tok-123456789").decode()
OTHER = base64.b64encode(b"someone-elses-value").decode()


def _secret(data: dict[str, str]) -> dict[str, object]:
    return {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"}, "data": data}


def _requested() -> dict[str, object]:
    op = PatchOp(
        target=SECRET,
        patch_type="json",
        patch=[
            {"op": "copy", "from": "/data/api-token", "path": "/data/password"},
            {"op": "copy", "from": "/data/api-token", "path": "/data/backup-token"},
            {"op": "remove", "path": "/data/api-token"},
        ],
    )
    dry = DryRunResult(
        ok=True,
        action="update",
        diff=[
            FieldChange(path="data.api-token", before=REDACTED, after=None),
            FieldChange(path="data.backup-token", before=None, after=ADDED),
            FieldChange(path="data.password", before=REDACTED, after=CHANGED),
            FieldChange(path="metadata.labels.rotated", before=None, after="yes"),
        ],
    )
    return requested_fields([op], [dry])[SECRET.key]


def test_markers_are_never_requested_values() -> None:
    fields = _requested()
    assert fields == {
        "data.api-token": REMOVED,
        "data.backup-token": PRESENT,
        "data.password": PRESENT,
        "metadata.labels.rotated": "yes",
    }
    assert not any(is_redacted_value(v) for v in fields.values() if isinstance(v, str))


def test_the_requested_secret_state_validates() -> None:
    obj = _secret({"password": TOKEN, "backup-token": TOKEN})
    obj["metadata"] = {"name": "db", "labels": {"rotated": "yes"}}
    assert mismatches(obj, _requested()) == []


def test_another_writer_is_caught_without_showing_a_value() -> None:
    readded = _secret({"password": TOKEN, "backup-token": TOKEN, "api-token": OTHER})
    readded["metadata"] = {"name": "db", "labels": {"rotated": "yes"}}
    wrong = mismatches(readded, _requested())
    assert wrong == ["data.api-token is present (value hidden), not removed as requested"]
    dropped = _secret({"password": TOKEN})
    dropped["metadata"] = {"name": "db", "labels": {"rotated": "yes"}}
    wrong = mismatches(dropped, _requested())
    assert wrong == ["data.backup-token is missing, not present (value hidden) as requested"]
    assert not [w for w in wrong if TOKEN in w or OTHER in w]


def test_hidden_values_are_compared_by_digest() -> None:
    digests = {
        "data.password": value_digest(TOKEN),
        "data.backup-token": value_digest(TOKEN),
        "data.api-token": None,
    }
    same = _secret({"password": TOKEN, "backup-token": TOKEN})
    assert hidden_mismatches(same, digests) == []
    changed = _secret({"password": TOKEN, "backup-token": OTHER})
    wrong = hidden_mismatches(changed, digests)
    assert wrong == ["data.backup-token holds another value than the requested one (hidden)"]
    readded = _secret({"password": TOKEN, "backup-token": TOKEN, "api-token": TOKEN})
    assert hidden_mismatches(readded, digests) == [
        "data.api-token is present (value hidden), not removed as requested"
    ]
    # A path whose presence the record already checks is reported once, by mismatches.
    assert hidden_mismatches(readded, digests, covered={"data.api-token"}) == []
    assert hidden_mismatches(changed, digests, covered={"data.backup-token"}) == [
        "data.backup-token holds another value than the requested one (hidden)"
    ]


def test_a_value_with_a_marker_inside_is_hidden_too() -> None:
    """A scrubbed copy of a Secret value inside a longer text or a nested value is no value."""
    assert is_redacted_value(f"postgres://app:{REDACTED}@db")
    assert is_redacted_value({"env": [{"value": REDACTED}]})
    assert not is_redacted_value({"env": [{"value": "plain"}]})
