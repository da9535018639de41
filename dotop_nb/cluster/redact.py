"""Secret values never leave the cluster: what planners see and sessions record is redacted.

Two layers. By field: a Secret's ``data`` and ``stringData`` values are replaced (keys are kept:
they are not secret and planners need them), and so is the last-applied annotation, which carries
a full copy. By value: given the :class:`~dotop_nb.cluster.secrets.SecretValues` the client has
collected, every known Secret value is replaced wherever else it appears (an annotation it was
copied into, a ConfigMap, an env var). Server bookkeeping (``managedFields``) is dropped from what
is shown: it is large and says nothing a person or a model needs.
"""

from __future__ import annotations

import copy
from typing import Any

from dotop_nb.cluster.secrets import REDACTED, SecretValues

_LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"

Json = dict[str, Any]


def is_secret(obj: Json) -> bool:
    return obj.get("kind") == "Secret" and obj.get("apiVersion", "v1") == "v1"


def is_redacted(value: Any) -> bool:
    """True for a value that is, or has parts, hidden (``<redacted>``, ``<redacted: changed>``)."""
    return isinstance(value, str) and REDACTED[:-1] in value


def redact(
    obj: Json,
    *,
    keep_managed_fields: bool = False,
    values: SecretValues | None = None,
    owned: bool = False,
) -> Json:
    """A copy of ``obj`` that is safe to show to a model or write into a record.

    Without ``values`` only the Secret fields are hidden; with them, known Secret values are
    replaced anywhere in the object too (its identity — kind, apiVersion, name, namespace — kept).
    ``owned``: ``obj`` was just decoded from an answer and nothing else holds it, so it is
    redacted in place instead of copied (a list of 2,000 Deployments costs a copy less).
    """
    out = obj if owned else copy.deepcopy(obj)
    meta = out.get("metadata")
    if isinstance(meta, dict) and not keep_managed_fields:
        meta.pop("managedFields", None)
    if is_secret(out):
        for field in ("data", "stringData"):
            stored = out.get(field)
            if isinstance(stored, dict):
                out[field] = dict.fromkeys(stored, REDACTED)
        annotations = (meta or {}).get("annotations")
        if isinstance(annotations, dict) and _LAST_APPLIED in annotations:
            annotations[_LAST_APPLIED] = REDACTED
    if values is not None:
        out = values.scrub(out, keep_identity=True)
    return out


def redact_list(items: list[Json], *, values: SecretValues | None = None) -> list[Json]:
    return [redact(i, values=values) for i in items]


__all__ = ["REDACTED", "is_redacted", "is_secret", "redact", "redact_list"]
