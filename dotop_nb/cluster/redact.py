"""Secret values never leave the cluster: what planners see and sessions record is redacted.

A Secret's ``data`` and ``stringData`` values are replaced (keys are kept: they are not secret and
planners need them), and so is the last-applied annotation, which carries a full copy. Server
bookkeeping (``managedFields``) is dropped from what is shown: it is large and says nothing a
person or a model needs.
"""

from __future__ import annotations

import copy
from typing import Any

REDACTED = "<redacted>"
_LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"

Json = dict[str, Any]


def is_secret(obj: Json) -> bool:
    return obj.get("kind") == "Secret" and obj.get("apiVersion", "v1") == "v1"


def redact(obj: Json, *, keep_managed_fields: bool = False) -> Json:
    """A copy of ``obj`` that is safe to show to a model or write into a record."""
    out = copy.deepcopy(obj)
    meta = out.get("metadata")
    if isinstance(meta, dict) and not keep_managed_fields:
        meta.pop("managedFields", None)
    if is_secret(out):
        for field in ("data", "stringData"):
            values = out.get(field)
            if isinstance(values, dict):
                out[field] = dict.fromkeys(values, REDACTED)
        annotations = (meta or {}).get("annotations")
        if isinstance(annotations, dict) and _LAST_APPLIED in annotations:
            annotations[_LAST_APPLIED] = REDACTED
    return out


def redact_list(items: list[Json]) -> list[Json]:
    return [redact(i) for i in items]
