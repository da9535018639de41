"""Prior states of Secrets, kept inside the cluster instead of the session record.

Write-ahead needs the state of every target before the session's first write to it, durably, so
that any process can roll the session back. For most objects that state goes into the journal.
A Secret's values must never be written to a record, so its prior state is kept in a backup
Secret in the same namespace — same RBAC, same encryption at rest as the original:

    metadata.name    dotop-prior-<session id>-<operation index>
    metadata.labels  dotop-nb.dev/session: <session id>,  app.kubernetes.io/managed-by: dotop-nb
    data             object.json: the prior object (JSON, base64 as every Secret value)

The journal records only the backup's name. Backups are deleted after a successful validation or
a verified rollback (by label, so a backup created just before a crash is found too).

Example::

    name = priors.save(client, session_id="op-20261126-1a2b3c4d", index=0, prior=secret)
    priors.load(client, namespace="shop", name=name) == secret   # without managedFields
"""

from __future__ import annotations

import base64
import contextlib
import json
from typing import Any

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import Conflict, NotFound

Json = dict[str, Any]

SESSION_LABEL = "dotop-nb.dev/session"
_KEY = "object.json"


def backup_name(session_id: str, index: int) -> str:
    return f"dotop-prior-{session_id}-{index}"


def save(client: KubeClient, *, session_id: str, index: int, prior: Json) -> str:
    """Store ``prior`` (a Secret) in a backup Secret; its name. An existing backup of the same
    session and operation is kept: it was written earlier, so it holds the older state."""
    namespace = prior["metadata"]["namespace"]
    kind = str(prior.get("kind", "")).lower()
    name = backup_name(session_id, index)
    kept = {k: v for k, v in prior.items() if k != "status"}
    kept["metadata"] = {k: v for k, v in prior["metadata"].items() if k != "managedFields"}
    body = {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": "Opaque",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "labels": {SESSION_LABEL: session_id, "app.kubernetes.io/managed-by": "dotop-nb"},
            "annotations": {"dotop-nb.dev/prior-of": f"{kind}/{prior['metadata']['name']}"},
        },
        "data": {_KEY: base64.b64encode(json.dumps(kept).encode()).decode()},
    }
    # Conflict: created before an interruption, so it holds the state before the first write.
    with contextlib.suppress(Conflict):
        client.request("POST", f"/api/v1/namespaces/{namespace}/secrets", body=body)
    return name


def load(client: KubeClient, *, namespace: str, name: str) -> Json | None:
    """The prior object stored in backup ``name``, or None when the backup is gone."""
    try:
        backup = client.get("v1", "Secret", name, namespace)
    except NotFound:
        return None
    raw = (backup.get("data") or {}).get(_KEY)
    if not raw:
        return None
    loaded: Json = json.loads(base64.b64decode(raw))
    return loaded


def delete_all(client: KubeClient, *, namespace: str, session_id: str) -> int:
    """Delete the session's backups in ``namespace``; how many there were."""
    found = client.list("v1", "Secret", namespace, label_selector=f"{SESSION_LABEL}={session_id}")
    for item in found:
        try:
            client.request(
                "DELETE", f"/api/v1/namespaces/{namespace}/secrets/{item['metadata']['name']}"
            )
        except NotFound:
            continue
    return len(found)
