"""Prior states of objects holding Secret values, kept inside the cluster instead of the record.

Write-ahead needs the state of every target before the session's first write to it, durably, so
that any process can roll the session back. For most objects that state goes into the journal.
A Secret's values (and those of an object holding a copy of one) must never be written to a
record, so its prior state is kept in a backup Secret in the same namespace — same RBAC, same
encryption at rest as the original:

    metadata.name    dotop-prior-<session id>-<operation index>
    metadata.labels  dotop-nb.dev/session: <session id>,  app.kubernetes.io/managed-by: dotop-nb
    data             object.json: the prior object (canonical JSON, base64 as every Secret value)

The journal (signed) records the backup's name *and the sha256 of object.json*: a backup that was
planted before the session or edited after it was written does not match and is never restored
(:func:`load` raises :class:`BackupMismatch`). :func:`save` is called only before the session's
first write to an object, when the object in the cluster *is* the prior state, so a Secret that
already holds the name is replaced, never kept. Backups are deleted after a successful validation
or a verified rollback, by recorded name and by label (a backup created just before a crash is
found too) — only Secrets whose name is one of this session's backup names.

Example::

    saved = priors.save(client, session_id="op-20261126-1a2b3c4d", index=0, prior=secret)
    priors.load(client, namespace="shop", name=saved.name, digest=saved.digest) == secret
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from dotop_nb.cluster.client import KubeClient
from dotop_nb.cluster.secrets import (
    BACKUP_KEY,
    BACKUP_PREFIX,
    MANAGED_BY,
    SESSION_LABEL,
)
from dotop_nb.errors import BackupError as BackupError  # noqa: PLC0414
from dotop_nb.errors import ClusterError, Conflict, NotFound

Json = dict[str, Any]

PREFIX = BACKUP_PREFIX
KEY = BACKUP_KEY


@dataclass(frozen=True)
class Saved:
    """Where a prior state was kept: the backup's name and the sha256 of what it holds."""

    name: str
    digest: str


def backup_name(session_id: str, index: int) -> str:
    return f"{PREFIX}{session_id}-{index}"


def canonical(prior: Json) -> bytes:
    """The stored form of a prior state: without status and managedFields, canonical JSON."""
    kept = {k: v for k, v in prior.items() if k != "status"}
    kept["metadata"] = {k: v for k, v in prior["metadata"].items() if k != "managedFields"}
    return json.dumps(kept, sort_keys=True, separators=(",", ":")).encode()


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def save(client: KubeClient, *, session_id: str, index: int, prior: Json) -> Saved:
    """Store ``prior`` in backup ``dotop-prior-<session>-<index>``; where and its digest.

    Called only before the session's first write to the object, so ``prior`` is the state to
    keep: a Secret of that name that exists already (planted, or left by a crash just before the
    write was recorded) is replaced. When it cannot be replaced, :class:`BackupError`: nothing of
    the operation is sent.
    """
    meta = prior.get("metadata") or {}
    namespace = meta.get("namespace")
    name = backup_name(session_id, index)
    what = f"{str(prior.get('kind', '')).lower()}/{meta.get('name')}"
    if not namespace:
        raise BackupError(
            f"{what} is cluster-scoped and holds a Secret value: its prior state cannot be kept "
            "in a backup Secret (namespaced) nor in the record (it would be redacted)",
            hint="make this change by hand; dotop-nb cannot roll it back",
        )
    raw = canonical(prior)
    body = {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": "Opaque",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "labels": {SESSION_LABEL: session_id, MANAGED_BY: "dotop-nb"},
            "annotations": {"dotop-nb.dev/prior-of": what},
        },
        "data": {KEY: base64.b64encode(raw).decode()},
    }
    path = f"/api/v1/namespaces/{namespace}/secrets"
    try:
        client.request("POST", path, body=body)
    except Conflict:
        # The name is taken, but no write of this session reached the object yet: what is in
        # the cluster now is the prior state. Replace the Secret (unconditionally) with it.
        try:
            client.request("PUT", f"{path}/{name}", body=body)
        except ClusterError as err:
            raise BackupError(
                f"a Secret {name} exists in {namespace} and cannot be replaced by the backup "
                f"of {what} ({err}); the operation "
                "was not sent",
                hint=f"that name is reserved for dotop-nb's backups: delete Secret {name} "
                "(look at who created it), then re-plan",
            ) from err
    return Saved(name=name, digest=digest(raw))


def load(client: KubeClient, *, namespace: str, name: str, expected: str | None) -> Json | None:
    """The prior object stored in backup ``name``; None when the backup is gone.

    :class:`BackupError` when the backup does not hold what the record says was stored
    (``expected``: its sha256; a record without one is not trusted with a backup).
    """
    try:
        backup = client.get("v1", "Secret", name, namespace)
    except NotFound:
        return None
    if not expected:
        raise BackupError(
            f"the record names backup {name} but no digest of it (an older dotop-nb); "
            "its content cannot be checked and is not restored",
            hint=f"restore the object by hand (Secret {name} in {namespace} holds its prior)",
        )
    encoded = (backup.get("data") or {}).get(KEY)
    try:
        raw = base64.b64decode(encoded or "", validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if digest(raw) != expected:
        raise BackupError(
            f"backup {name} in {namespace} does not hold what this session stored there "
            "(sha256 mismatch): it was replaced or edited; it is not restored",
            hint=f"look at who changed Secret {name}; restore the object by hand",
        )
    loaded = json.loads(raw)
    if not isinstance(loaded, dict):
        raise BackupError(f"backup {name} in {namespace} does not hold an object")
    return loaded


def delete_all(
    client: KubeClient, *, namespace: str, session_id: str, names: set[str] | None = None
) -> int:
    """Delete the session's backups in ``namespace``: the ``names`` the record holds and those
    carrying the session's label — only names of this session's backups (a Secret labelled by
    someone else is not deleted). How many were deleted."""
    found = {
        str(item["metadata"]["name"])
        for item in client.list(
            "v1", "Secret", namespace, label_selector=f"{SESSION_LABEL}={session_id}"
        )
    }
    mine = f"{PREFIX}{session_id}-"
    deleted = 0
    for name in sorted(found | (names or set())):
        if not name.startswith(mine) or not name[len(mine) :].isdigit():
            continue
        try:
            client.request("DELETE", f"/api/v1/namespaces/{namespace}/secrets/{name}")
            deleted += 1
        except NotFound:
            continue
    return deleted
