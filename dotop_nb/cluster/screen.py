"""A plan never carries a Secret value: the screen every operation passes before it is proposed,
dry-run or executed.

A plan is stored in the journal, rendered as a kubectl command, shown in the notebook and sent
back to the model when it is refined; a Secret value in it would be in clear in all of them. So an
operation is refused (and what is recorded of it is masked) when

* it writes Secret values: an ``apply`` of a Secret with ``data``/``stringData`` entries, a
  strategic or merge patch that sets keys of them, a JSON patch ``add``/``replace``/``test`` with a
  value under ``/data`` or ``/stringData`` (or of the whole object);
* it moves a value out of a Secret's data: a JSON patch ``copy``/``move`` from ``/data/…`` (or
  ``/stringData/…``) to anywhere else, e.g. an annotation;
* it carries the value of a Secret in the cluster (or a long enough piece of it), in any field of
  any kind — a ConfigMap with a password copied from an earlier output, an annotation;
* it holds a redacted placeholder (``<redacted>``): applying what a redacted read returned would
  overwrite real values with the placeholder.

Operations on Secrets that carry no value stay possible: delete, label and annotation changes,
removing a key (``{"data": {"key": null}}`` or a JSON patch ``remove``), copying a key to another
key inside ``data``.

Example::

    screened = screen(op, client.secrets)
    if screened.problem:
        ...  # refuse; record screened.operation (values masked), never op
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from dotop_nb.cluster.secrets import REDACTED, SecretValues
from dotop_nb.models import ApplyOp, Operation, PatchOp, Target

Json = dict[str, Any]

_DATA_FIELDS = ("data", "stringdata")
_OPERATION: TypeAdapter[Operation] = TypeAdapter(Operation)

HINT = (
    "dotop-nb never puts a Secret value in a plan (plans are recorded in the journal and the "
    "notebook, and shown for review). Set the value yourself from your secret manager, or with "
    "`kubectl create secret generic NAME -n NAMESPACE --from-literal=KEY=VALUE --dry-run=client "
    "-o yaml | kubectl apply -f -`; dotop-nb can still delete a Secret, change its labels and "
    "annotations, or remove a key, and workloads should reference Secrets (secretKeyRef, a "
    "secret volume) instead of copying their values."
)


@dataclass(frozen=True)
class Screened:
    """An operation after the screen: ``problem`` is empty when it may be dry-run and run."""

    operation: Operation
    problem: str = ""


def _is_data(segment: str) -> bool:
    # Go's JSON decoding of a Secret is case-insensitive on field names in some versions:
    # `/Data/x` must count as `/data/x`.
    return segment.casefold() in _DATA_FIELDS


def _pointer(path: Any) -> list[str] | None:
    if not isinstance(path, str):
        return None
    if path == "":
        return []
    parts = path.split("/")[1:]
    return [p.replace("~1", "/").replace("~0", "~") for p in parts]


def _has_marker(value: Any) -> bool:
    if isinstance(value, str):
        return REDACTED[:-1] in value
    if isinstance(value, dict):
        return any(_has_marker(k) or _has_marker(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_marker(v) for v in value)
    return False


def _mask_map(values: Any) -> tuple[Any, bool]:
    """A data map with its values masked; True when it set any value (directives and ``null``
    removals carry none)."""
    if values is None:
        return None, False
    if not isinstance(values, dict):
        return REDACTED, True
    masked: Json = {}
    carried = False
    for key, value in values.items():
        if (isinstance(key, str) and key.startswith("$")) or value is None:
            masked[key] = value
        else:
            masked[key] = REDACTED
            carried = True
    return masked, carried


def _mask_object(body: Any) -> tuple[Any, bool]:
    """A whole Secret body (apply manifest, merge patch) with its data fields masked."""
    if not isinstance(body, dict):
        return body, False
    out = dict(body)
    carried = False
    for key in body:
        if isinstance(key, str) and _is_data(key):
            out[key], hit = _mask_map(body[key])
            carried = carried or hit
    return out, carried


def _secret_problems(op: Operation, dump: Json) -> list[str]:
    """Mask in ``dump`` (in place) what writes or exposes Secret values; say what it was."""
    what = f"{op.kind} of {op.target.describe()}"
    problems: list[str] = []
    if isinstance(op, ApplyOp):
        dump["manifest"], carried = _mask_object(dump["manifest"])
        if carried:
            problems.append(f"{what} would write Secret values (data/stringData)")
    elif isinstance(op, PatchOp) and op.patch_type != "json":
        dump["patch"], carried = _mask_object(dump["patch"])
        if carried:
            problems.append(f"{what} would set Secret values (data/stringData)")
    elif isinstance(op, PatchOp):
        items = dump["patch"]
        for n, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict):
                continue
            kind = item.get("op")
            path = _pointer(item.get("path"))
            source = _pointer(item.get("from"))
            into_data = path is not None and bool(path) and _is_data(path[0])
            if kind in ("add", "replace", "test") and "value" in item:
                if path == []:
                    item["value"], carried = _mask_object(item["value"])
                elif into_data:
                    carried = item["value"] is not None and item["value"] != {}
                    if carried:
                        item["value"] = REDACTED
                else:
                    carried = False
                if carried:
                    problems.append(
                        f"{what}: JSON patch operation {n + 1} ({kind} {item.get('path')}) "
                        "carries a Secret value"
                    )
            if kind in ("copy", "move") and source and _is_data(source[0]) and not into_data:
                problems.append(
                    f"{what}: JSON patch operation {n + 1} ({kind} from {item.get('from')} to "
                    f"{item.get('path')}) would copy a Secret value out of the Secret's data, "
                    "where it would be shown in clear"
                )
    return problems


def screen(op: Operation, values: SecretValues) -> Screened:
    """``op`` if it carries no Secret value; else a masked copy with the reason."""
    dump = op.model_dump(mode="json")
    problems: list[str] = []
    if _has_marker({k: v for k, v in dump.items() if k not in ("target", "reason")}):
        problems.append(
            f"{op.kind} of {op.target.describe()} holds a redacted placeholder ({REDACTED}): it "
            "would overwrite real values with it"
        )
    target: Target = op.target
    if target.kind == "Secret" and target.api_version == "v1":
        problems += _secret_problems(op, dump)
    identity = dump.pop("target")
    scrubbed = values.scrub(dump)
    if isinstance(op, ApplyOp) and isinstance(dump.get("manifest"), dict):
        scrubbed["manifest"] = values.scrub(dump["manifest"], keep_identity=True)
    if scrubbed != dump:
        problems.append(
            f"{op.kind} of {target.describe()} carries the value of a Secret in the cluster"
        )
    if not problems:
        return Screened(op)
    scrubbed["target"] = identity
    try:
        masked = _OPERATION.validate_python(scrubbed)
    except ValidationError:
        # The masked form does not fit the operation's types (e.g. an image): record a
        # placeholder patch of the same target instead; the screen refuses it like the original.
        masked = PatchOp(target=target, patch={REDACTED: REDACTED}, reason=REDACTED)
    # The reasons quote paths of the operation: scrubbed like everything else that is shown.
    return Screened(masked, values.scrub_text("; ".join(dict.fromkeys(problems))))


__all__ = ["HINT", "Screened", "screen"]
