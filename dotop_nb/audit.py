"""Session records in notebooks: how they are written, read back, checked, and compared with the
cluster.

A session is kept in a notebook as a ``display_data`` output with ``text/plain``, ``text/html``
and ``application/vnd.dotop.session+json``. The record is split in two on purpose:

* the output's **data** (under the MIME type) holds what was planned and decided — intent,
  operations, dry-run and policy verdicts, decision, per-operation results, validation — which is
  the same every time a runbook runs against the same state, so nbval can compare it exactly;
* the output's **metadata** (under the same MIME type) holds identity and time — session id,
  plan hash, cluster, target resourceVersions, who approved and when, timestamps, a digest — which
  differ on every run; nbval never compares output metadata.

Together they are the record (:func:`record` writes it, :func:`read` reads it from notebooks).
The metadata carries an HMAC signature (:mod:`dotop_nb.signing`: key id + MAC over the canonical
JSON of data and metadata, so a save by JupyterLab or nbformat changes nothing) and the sha256 of
each representation that was rendered beside it (``text/plain``, ``text/html``: what reviewers
read), so the signature covers them too.

A record edited by hand is detected (:func:`check`): the signature must verify; every
representation must be the one that was signed (only the list-of-lines form of nbformat is
normalised); the plan hash is recomputed from the recorded operations, cluster, namespace and
target versions; the approval must be for that hash; the summaries must match the operations.
:func:`trust` sums it up: ``verified``, ``tampered``, or ``unverified`` (signed by a key that is
not known here — another user's key, or a team key not configured: nothing says it was edited,
nothing proves it was not).

:func:`verify` compares the cluster with what a session applied (drift).

Example::

    from dotop_nb import audit
    table = audit.read(["runbooks/", "incident-42.ipynb"])
    table[table.tampered]
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import TypeAdapter, ValidationError

from dotop_nb import lifecycle
from dotop_nb.cluster.redact import is_redacted
from dotop_nb.diffing import MISSING as _MISSING
from dotop_nb.diffing import lookup
from dotop_nb.errors import ConfigError
from dotop_nb.models import (
    ApplyOp,
    ClusterRef,
    DeleteOp,
    FieldChange,
    Operation,
    OperationRecord,
    Proposal,
    Session,
    plan_hash,
)
from dotop_nb.presentation import invocations, record_look, session_ids
from dotop_nb.presentation import read as read_text
from dotop_nb.signing import Keyring, Verdict, canonical

if TYPE_CHECKING:
    # pandas ships no type information (pandas-stubs is separate).
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from dotop_nb.service import Operator

Json = dict[str, Any]

MIME = "application/vnd.dotop.session+json"
# Other dotop-nb outputs, signed like records (:func:`sign_output`) because they name sessions:
# ``%operate verify`` (drift) and the tables (history, policies, capabilities, patterns).
DRIFT_MIME = "application/vnd.dotop.drift+json"
TABLE_MIME = "application/vnd.dotop.table+json"
SIGNED_OUTPUTS = {DRIFT_MIME: "drift report", TABLE_MIME: "table"}
# A live proposal's output carries the widget's view beside the record (one output per
# session): a pointer to kernel state, with no text of its own, so it is not signed. Only that
# exact pointer shape is set aside; anything else under this type is a view like any other.
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
RECORD_VERSION = 1
COLUMNS = (
    "session_id",
    "notebook",
    "intent",
    "cluster",
    "namespace",
    "planner",
    "operations",
    "awaits",
    "decision",
    "approved_by",
    "approved_at",
    "outcome",
    "outcome_from",
    "notebook_outcome",
    "note",
    "validation_ok",
    "rolled_back",
    "created_at",
    "plan_hash",
    "trust",
    "signed_by",
    "tampered",
    "problems",
)
Trust = Literal["verified", "tampered", "unverified"]

_OPERATION: TypeAdapter[Operation] = TypeAdapter(Operation)


class RecordError(ConfigError):
    """A notebook or folder given to the audit cannot be read."""


# ------------------------------------------------------------------------------ writing
def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _decision(session: Session) -> Literal["approved", "rejected", "none"]:
    if session.approval is not None:
        return "approved"
    if session.status == "rejected":
        return "rejected"
    return "none"


def _operations(proposal: Proposal) -> list[Json]:
    return [
        {
            "kind": op.kind,
            "target": op.target.model_dump(mode="json"),
            "summary": op.summary(),
            "kubectl": op.kubectl(),
            "spec": op.model_dump(mode="json"),
        }
        for op in proposal.operations
    ]


def record(
    session: Session,
    *,
    replayed: bool = False,
    views: Mapping[str, str] | None = None,
    keys: Keyring | None = None,
) -> tuple[Json, Json]:
    """The record of ``session`` as signed (data, metadata) for the :data:`MIME` type.

    ``replayed`` marks an output that shows a recorded outcome without having run anything.
    ``views`` are the other representations of the same output (``text/plain``, ``text/html``):
    their digests are signed with the record. ``keys`` default to :meth:`Keyring.from_env`.
    """
    proposal = session.proposal if session.proposals else None
    data: Json = {
        "v": RECORD_VERSION,
        "status": session.status,
        "decision": _decision(session),
        "intent": session.intent,
        # A typed intent (runbooks) beside its sentence; absent for intents typed as words.
        **(
            {"structured": session.structured.model_dump(mode="json", exclude_none=True)}
            if session.structured is not None
            else {}
        ),
        "refinements": list(session.refinements),
        "namespace": session.namespace,
        "revision": proposal.revision if proposal else 0,
        "planner": proposal.planner if proposal else None,
        "model": proposal.model if proposal else None,
        "category": proposal.category if proposal else "",
        "analysis": proposal.analysis if proposal else "",
        "question": proposal.question if proposal else None,
        # A plan said with a time or condition (Proposal.awaits); absent when there was none.
        **({"awaits": proposal.awaits} if proposal and proposal.awaits else {}),
        "operations": _operations(proposal) if proposal else [],
        "changes": proposal.changes() if proposal else {"create": [], "update": [], "delete": []},
        "dry_run": [d.model_dump(mode="json") for d in proposal.dry_run] if proposal else [],
        "policy": [d.model_dump(mode="json") for d in proposal.policy] if proposal else [],
        "patterns": list(proposal.patterns) if proposal else [],
        "capabilities": list(proposal.capabilities) if proposal else [],
        "risks": list(proposal.risks) if proposal else [],
        "validation_plan": list(proposal.validation_plan) if proposal else [],
        "history": [
            {
                "revision": p.revision,
                "status": p.status,
                "operations": [op.summary() for op in p.operations],
            }
            for p in session.proposals[:-1]
        ],
        "execution": [
            {
                "index": r.index,
                "summary": r.summary,
                "target": r.target.model_dump(mode="json"),
                "status": r.status,
                "message": r.message,
            }
            for r in session.execution
        ],
        "validation": (
            {
                "ok": session.validation.ok,
                "checks": [c.model_dump(mode="json") for c in session.validation.checks],
            }
            if session.validation
            else None
        ),
        "rollback": (
            {
                "performed": session.rollback.performed,
                "reason": session.rollback.reason,
                "steps": [s.model_dump(mode="json") for s in session.rollback.steps],
                "verified": (
                    session.rollback.verified.ok if session.rollback.verified is not None else None
                ),
            }
            if session.rollback
            else None
        ),
    }
    metadata: Json = {
        "session_id": session.id,
        "plan_hash": proposal.plan_hash if proposal else "",
        "cluster": proposal.cluster.model_dump(mode="json") if proposal else None,
        "target_versions": dict(proposal.target_versions) if proposal else {},
        "created_at": _iso(session.created_at),
        "proposed_at": _iso(proposal.created_at) if proposal else None,
        "updated_at": _iso(session.events[-1].at) if session.events else _iso(session.created_at),
        "events": len(session.events),
        "approval": session.approval.model_dump(mode="json") if session.approval else None,
        "rejected_by": session.rejected_by,
        "message": session.message,
        "execution": [
            {
                "index": r.index,
                "started_at": _iso(r.started_at),
                "finished_at": _iso(r.finished_at),
                "after_resource_version": r.after_resource_version,
            }
            for r in session.execution
        ],
        "validation": (
            {"attempts": session.validation.attempts, "seconds": session.validation.seconds}
            if session.validation
            else None
        ),
        "usage": proposal.usage.model_dump(mode="json") if proposal else None,
        "history": [
            {"revision": p.revision, "plan_hash": p.plan_hash, "created_at": _iso(p.created_at)}
            for p in session.proposals[:-1]
        ],
        "replayed": replayed,
        # Where the pods run (or the rollout) before and after: read from the cluster at a
        # moment, so it differs between runs (metadata, which nbval leaves alone) — and signed.
        **(
            {
                "pictures": {
                    "before": [x.model_dump(mode="json") for x in proposal.pictures],
                    "after": [x.model_dump(mode="json") for x in session.after],
                }
            }
            if proposal and proposal.pictures
            else {}
        ),
        "views": {mime: view_digest(text) for mime, text in (views or {}).items()},
    }
    return data, sign(data, metadata, keys=keys)


def _signed(data: Json, metadata: Json) -> Json:
    return {"data": data, "metadata": {k: v for k, v in metadata.items() if k != "signature"}}


def sign(data: Json, metadata: Json, *, keys: Keyring | None = None) -> Json:
    """``metadata`` with a fresh ``signature`` over data and metadata (its own signature aside)."""
    ring = keys or Keyring.from_env()
    return {**metadata, "signature": ring.sign("record", _signed(data, metadata))}


def view_digest(value: Any) -> str:
    """sha256 of one representation as a notebook stores it, in any form a save may leave it.

    nbformat and JupyterLab may store a string as a list of lines; both are the same text. Any
    other value (a JSON representation) is digested in its canonical form.
    """
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "".join(value)
    raw = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else canonical(value)
    return hashlib.sha256(raw).hexdigest()


def signature(data: Json, metadata: Json, *, keys: Keyring | None = None) -> Verdict:
    """Whether the record's HMAC verifies with a key known here."""
    ring = keys or Keyring.from_env()
    return ring.verify("record", _signed(data, metadata), metadata.get("signature"))


def sign_output(
    mime: str, data: Any, metadata: Json, views: Mapping[str, str], *, keys: Keyring | None = None
) -> Json:
    """``metadata`` for a dotop-nb output that is not a session record (a table, a drift report):
    the digests of ``views`` (what reviewers read) and a signature over them, ``data`` and the
    MIME type (so it is never mistaken for a record). :func:`records` verifies it."""
    ring = keys or Keyring.from_env()
    digests = {m: view_digest(text) for m, text in views.items()}
    body = {**metadata, "views": digests}
    return {**body, "signature": ring.sign("record", _output_payload(mime, data, body))}


def _output_payload(mime: str, data: Any, metadata: Mapping[str, Any]) -> Json:
    rest = {k: v for k, v in metadata.items() if k != "signature"}
    return {"output": mime, "data": data, "metadata": rest}


def output_problems(
    mime: str, data: Any, metadata: Any, views: Mapping[str, Any], *, keys: Keyring | None = None
) -> list[str]:
    """Why a signed table or drift report (:func:`sign_output`) cannot be trusted; empty when its
    signature verifies with a known key and every representation is the one signed."""
    meta = metadata if isinstance(metadata, dict) else {}
    ring = keys or Keyring.from_env()
    verdict = ring.verify("record", _output_payload(mime, data, meta), meta.get("signature"))
    if not verdict.ok:
        return [f"its signature does not verify: {verdict.reason}"]
    return _view_problems(meta.get("views"), views)


# ------------------------------------------------------------------------------ checking
def check(
    data: Json,
    metadata: Json,
    views: Mapping[str, Any] | None = None,
    *,
    keys: Keyring | None = None,
) -> list[str]:
    """Why this record was edited or cannot be trusted as written by dotop-nb; empty when it is
    intact. A signature by an unknown key is not a problem here (see :func:`trust`).

    ``views``: the other representations of the same output, as found in the notebook; without
    them only the record itself is checked.
    """
    if not data:
        return [f"an output {ORPHAN}"]
    if data.get("v") != RECORD_VERSION:
        return [f"unsupported record version {data.get('v')!r}"]
    problems: list[str] = []
    verdict = signature(data, metadata, keys=keys)
    if verdict.state == "tampered":
        problems.append(f"the record was edited after it was written: {verdict.reason}")
    if views is not None:
        problems += _view_problems(metadata.get("views"), views)
    operations: list[Operation] = []
    for index, item in enumerate(data.get("operations") or []):
        try:
            op = _OPERATION.validate_python(item.get("spec"))
        except (ValidationError, AttributeError):
            problems.append(f"operation {index + 1} is not a valid operation")
            continue
        operations.append(op)
        if item.get("summary") != op.summary() or item.get("kind") != op.kind:
            problems.append(f"operation {index + 1}: the summary does not match the operation")
    recorded = metadata.get("plan_hash") or ""
    if len(operations) == len(data.get("operations") or []) and recorded:
        try:
            cluster = ClusterRef.model_validate(metadata.get("cluster"))
            expected = plan_hash(
                operations=operations,
                cluster=cluster,
                namespace=str(data.get("namespace")),
                target_versions=dict(metadata.get("target_versions") or {}),
                awaits=data.get("awaits") or None,
            )
        except (ValidationError, TypeError, ValueError):
            expected = ""
        if expected != recorded:
            problems.append(
                "the recorded operations, cluster, namespace or target versions do not match "
                "the plan hash"
            )
    approval = metadata.get("approval")
    if isinstance(approval, dict) and approval.get("plan_hash") != recorded:
        problems.append("the approval is for a different plan than the one recorded")
    if (data.get("decision") == "approved") != isinstance(approval, dict):
        problems.append("the decision does not match the recorded approval")
    if data.get("status") in lifecycle.EXECUTED and not approval:
        problems.append(f"status {data.get('status')} without an approval")
    return problems


def _view_problems(signed: Any, found: Mapping[str, Any]) -> list[str]:
    digests = signed if isinstance(signed, dict) else {}
    problems = []
    for mime in sorted(set(digests) | set(found)):
        if mime not in found:
            problems.append(f"the {mime} representation was removed")
        elif mime not in digests:
            problems.append(f"the {mime} representation was not signed with the record")
        elif digests[mime] != view_digest(found[mime]):
            problems.append(f"the {mime} representation (what reviewers read) was edited")
    return problems


def trust(
    data: Json,
    metadata: Json,
    views: Mapping[str, Any] | None = None,
    *,
    keys: Keyring | None = None,
) -> tuple[Trust, Verdict, list[str]]:
    """``verified``, ``tampered`` (with the problems) or ``unverified`` (unknown key), with the
    signature's verdict (its key id) and the problems :func:`check` found."""
    ring = keys or Keyring.from_env()
    problems = check(data, metadata, views, keys=ring)
    verdict = signature(data, metadata, keys=ring)
    if problems:
        return "tampered", verdict, problems
    return ("verified" if verdict.ok else "unverified"), verdict, problems


# ------------------------------------------------------------------------------ reading
@dataclass(frozen=True)
class Found:
    """One record found in a notebook output, or something that only presents itself as one
    (``problems`` says what: a rendering without its signed record, a record missing)."""

    notebook: str
    cell: int
    data: Json
    metadata: Json
    views: Json = field(default_factory=dict)
    """The output's other representations (``text/plain``, ``text/html``, …) as stored."""
    problems: tuple[str, ...] = ()
    """Set for what is not a record at all (then ``data`` is empty): why it is TAMPERED."""

    @property
    def session_id(self) -> str:
        return str(self.metadata.get("session_id") or "")

    @property
    def order(self) -> tuple[int, str]:
        # Events are append-only, so more events is a later state of the same session.
        return (int(self.metadata.get("events") or 0), str(self.metadata.get("updated_at") or ""))


def notebooks(paths: Iterable[str | Path]) -> list[Path]:
    """The notebooks named by ``paths``: files as given, folders searched recursively."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*.ipynb"))
                if ".ipynb_checkpoints" not in p.parts and p.is_file()
            )
        elif path.is_file():
            found.append(path)
        else:
            raise RecordError(
                f"{path} does not exist", hint="pass notebooks (.ipynb) or folders holding them"
            )
    return found


ORPHAN = "presents itself as a dotop-nb session record but carries no signed record"
UNBACKED = "names a session but carries no signed record of it"
MISSING = "record missing"


def records(path: Path, *, keys: Keyring | None = None) -> Iterator[Found]:
    """Every session record in the outputs of one notebook, in document order, and everything
    that presents itself as a record without being one (see :mod:`dotop_nb.presentation`):

    * an output of any type (display, result, stream, error) or a markdown / raw cell that
      shows a record's markup or phrases, without the signed record;
    * an output that names a session (``op-YYYYMMDD-xxxxxxxx``) and carries no signed record,
      unless a verified signed output of the same cell names that session (an error raised
      after the record was shown; an error may also repeat an id its cell's source names);
    * a signed table or drift report whose signature or text does not verify;
    * an executed code cell that calls the product to show a record (``%operate …``) but shows
      neither a record nor an error: its outputs were removed (record missing).
    """
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RecordError(
            f"{path} is not a readable notebook: {err}", hint="check the file"
        ) from err
    cells = document.get("cells") if isinstance(document, dict) else None
    if not isinstance(cells, list):
        raise RecordError(f"{path} is not a notebook (no cells)")
    ring = keys or Keyring.from_env()
    for index, cell in enumerate(cells):
        if isinstance(cell, dict):
            yield from _cell(str(path), index, cell, ring)


def _cell(notebook: str, index: int, cell: Json, ring: Keyring) -> Iterator[Found]:
    source = _text(cell.get("source"))
    kind = str(cell.get("cell_type") or "")
    if kind != "code":
        looks = record_look(source)[:3]
        if looks:
            why = f"cell {index + 1} ({kind} cell) {ORPHAN}: {'; '.join(looks)}"
            for sid in sorted(session_ids(source)) or [""]:
                yield Found(notebook, index, {}, {"session_id": sid}, {}, (why,))
        return
    outputs = [o for o in cell.get("outputs") or [] if isinstance(o, dict)]
    backed: set[str] = set()  # sessions a verified signed output of this cell names
    shown = False  # a record (intact or not) or an error is shown
    unsigned: list[tuple[int, Json]] = []
    for number, output in enumerate(outputs, start=1):
        bundle, meta = _dict(output.get("data")), _dict(output.get("metadata"))
        data = bundle.get(MIME)
        if isinstance(data, dict):
            views = {k: v for k, v in bundle.items() if k != MIME and not _pointer(k, v)}
            item = Found(notebook, index, data, _dict(meta.get(MIME)), views)
            shown = True
            if not check(data, item.metadata, views, keys=ring):
                backed.add(item.session_id)
            yield item
            continue
        shown = shown or output.get("output_type") == "error"
        signed = next((m for m in SIGNED_OUTPUTS if m in bundle and m in meta), None)
        if signed is None:
            unsigned.append((number, output))
            continue
        views = {k: v for k, v in bundle.items() if k != signed}
        problems = output_problems(signed, bundle[signed], meta[signed], views, keys=ring)
        if not problems:
            backed |= _named(views.values())
            continue
        why = (
            f"cell {index + 1}, output {number}: a signed dotop-nb {SIGNED_OUTPUTS[signed]} "
            f"was edited after it was written: {'; '.join(problems)}"
        )
        for sid in sorted(_named(views.values())) or [""]:
            yield Found(notebook, index, {}, {"session_id": sid}, views, (why,))
    echoed = session_ids(source)
    for number, output in unsigned:
        yield from _unsigned(notebook, index, number, output, backed=backed, echoed=echoed)
    calls = invocations(source)
    if calls and not shown and cell.get("execution_count") is not None:
        why = (
            f"cell {index + 1} ({MISSING}): it ran `{calls[0][:80]}` (execution count "
            f"{cell.get('execution_count')}) but shows neither a session record nor an error: "
            "its outputs were removed"
        )
        for sid in sorted(echoed) or [""]:
            yield Found(notebook, index, {}, {"session_id": sid}, {}, (why,))


def _unsigned(
    notebook: str, index: int, number: int, output: Json, *, backed: set[str], echoed: set[str]
) -> Iterator[Found]:
    """What an output without a signature presents: a record's look, or a session's id."""
    kind = str(output.get("output_type") or "output")
    values = _shown(output)
    readings = [read_text(v) for v in values]
    looks = list(dict.fromkeys(why for r in readings for why in record_look(r)))[:3]
    named = {sid for r in readings for sid in session_ids(r)}
    where = f"cell {index + 1}, output {number} ({kind})"
    views = dict(output.get("data") or {}) if kind != "stream" else {"stream": output.get("text")}
    if looks:
        why = f"{where} {ORPHAN}: {'; '.join(looks)}"
        for sid in sorted(named) or [""]:
            yield Found(notebook, index, {}, {"session_id": sid}, views, (why,))
        return
    allowed = backed | (echoed if kind == "error" else set())
    for sid in sorted(named - allowed):
        why = f"{where} {UNBACKED.replace('a session', f'session {sid}')}"
        yield Found(notebook, index, {}, {"session_id": sid}, views, (why,))


# Binary representations (base64) show no text to read.
_BINARY = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "application/pdf")


def _shown(output: Json) -> list[Any]:
    """Every value of an output a reader or a renderer may show."""
    kind = output.get("output_type")
    if kind == "stream":
        return [output.get("text")]
    if kind == "error":
        return [output.get("ename"), output.get("evalue"), output.get("traceback")]
    bundle = output.get("data")
    if isinstance(bundle, dict):
        return [v for k, v in bundle.items() if k not in _BINARY]
    return [{k: v for k, v in output.items() if k != "metadata"}]


def _named(values: Iterable[Any]) -> set[str]:
    return {sid for value in values for sid in session_ids(value)}


def _pointer(mime: str, value: Any) -> bool:
    """Whether ``value`` is a widget view's pointer to kernel state and nothing else."""
    if mime != WIDGET_MIME or not isinstance(value, dict):
        return False
    shape = {"model_id": str, "version_major": int, "version_minor": int}
    return set(value) == set(shape) and all(isinstance(value[k], t) for k, t in shape.items())


def _dict(value: Any) -> Json:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "".join(str(v) for v in value)
    return value if isinstance(value, str) else ""


def _key(item: Found) -> str:
    return item.session_id or f"{item.notebook}#{item.cell}"


def latest(found: Iterable[Found]) -> list[Found]:
    """The last state of each session (most events; the later output on a tie)."""
    best: dict[str, Found] = {}
    for item in found:
        key = _key(item)
        if key not in best or item.order >= best[key].order:
            best[key] = item
    return list(best.values())


def row(item: Found, *, keys: Keyring | None = None) -> Json:
    """One row of the audit table for a record."""
    data, meta = item.data, item.metadata
    approval = meta.get("approval") if isinstance(meta.get("approval"), dict) else None
    rollback = data.get("rollback") if isinstance(data.get("rollback"), dict) else None
    validation = data.get("validation") if isinstance(data.get("validation"), dict) else None
    cluster = meta.get("cluster") if isinstance(meta.get("cluster"), dict) else {}
    state, verdict, problems = _trust(item, keys)
    if state == "unverified":
        problems = [f"unverified (key {verdict.key_id} unknown): {verdict.reason}"]
    return {
        "session_id": item.session_id or None,
        "notebook": item.notebook,
        "intent": data.get("intent"),
        "cluster": (cluster or {}).get("server"),
        "namespace": data.get("namespace"),
        "planner": data.get("planner"),
        "operations": [str(o.get("summary")) for o in data.get("operations") or []],
        "awaits": data.get("awaits"),
        "decision": data.get("decision", "none"),
        "approved_by": approval.get("by") if approval else None,
        "approved_at": approval.get("at") if approval else None,
        "outcome": data.get("status"),
        "outcome_from": "notebook",
        "notebook_outcome": data.get("status"),
        "note": None,
        "validation_ok": validation.get("ok") if validation else None,
        "rolled_back": bool(rollback and rollback.get("performed")),
        "created_at": meta.get("created_at"),
        "plan_hash": meta.get("plan_hash") or None,
        "trust": state,
        "signed_by": verdict.key_id,
        "tampered": state == "tampered",
        "problems": problems,
    }


def _trust(item: Found, keys: Keyring | None) -> tuple[Trust, Verdict, list[str]]:
    if item.problems:
        return "tampered", Verdict("tampered", None, item.problems[0]), list(item.problems)
    return trust(item.data, item.metadata, item.views, keys=keys)


def read(
    paths: Sequence[str | Path] | str | Path,
    *,
    keys: Keyring | None = None,
    journals: Sequence[str | Path] | None = None,
) -> pd.DataFrame:
    """One row per session across the notebooks (files or folders) in ``paths``.

    The last state of each session wins. Columns: see :data:`COLUMNS`; ``trust`` is
    ``verified``, ``tampered`` (``tampered`` is True; :func:`check` lists the ``problems``) or
    ``unverified`` (signed by the key ``signed_by``, which is not known here).

    A decision taken where it could not update the notebook (another cell, the command line, a
    button clicked after a page reload) is in the session journal: when a journal holds a later,
    verified state of the session, ``outcome`` and the decision columns come from it,
    ``outcome_from`` names the journal file, and ``notebook_outcome`` keeps what the notebook
    shows. ``journals``: the session folders to look in; default ``DOTOP_SESSIONS`` (or
    ``./.dotop/sessions``) and the ``.dotop/sessions`` beside each notebook (where a kernel
    started in the notebook's folder keeps it).
    """
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415

    if isinstance(paths, str | Path):
        paths = [paths]
    books = notebooks(paths)
    ring = keys or Keyring.from_env()
    found = [item for nb in books for item in records(nb, keys=ring)]
    folders = _journal_folders(books, journals)
    rows = [
        _with_journal(_with_earlier(row(item, keys=ring), item, found, ring), item, folders, ring)
        for item in latest(found)
    ]
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("approved_at", "created_at"):
        table[column] = pd.to_datetime(table[column], utc=True, errors="coerce")
    return table.sort_values("created_at", kind="stable", na_position="last").reset_index(drop=True)


def _journal_folders(books: Sequence[Path], given: Sequence[str | Path] | None) -> list[Path]:
    from dotop_nb.sessions import default_folder  # noqa: PLC0415
    from dotop_nb.settings import sessions_beside  # noqa: PLC0415

    if given is not None:
        candidates = [Path(g).expanduser() for g in given]
    else:
        candidates = [default_folder(), *(sessions_beside(b.parent) for b in books)]
    unique: dict[Path, None] = {}
    for folder in candidates:
        if folder.is_dir():
            unique.setdefault(folder.resolve(), None)
    return list(unique)


def _with_journal(line: Json, item: Found, folders: Sequence[Path], keys: Keyring) -> Json:
    """The row with the session's later state from a journal, when one holds it and verifies.

    The journal's outcome is this row's only when it is about the plan the notebook shows (the
    approved plan, or for a session not approved, its current plan). When another revision was
    decided or proposed since (the session was refined elsewhere), the row says so — outcome
    ``superseded`` and a ``note`` naming that revision and its plan — and never credits the plan
    the notebook shows with it.
    """
    from dotop_nb.errors import DotopError  # noqa: PLC0415
    from dotop_nb.sessions import Journal  # noqa: PLC0415

    line["outcome_from"] = "notebook"
    line["notebook_outcome"] = line["outcome"]
    recorded = int(item.metadata.get("events") or 0)
    plan = item.metadata.get("plan_hash") or ""
    if item.problems:
        return line  # not a record: nothing of it is completed from a journal
    for folder in folders:
        journal = Journal(folder, keys=keys)
        try:
            if not item.session_id or not journal.path(item.session_id).exists():
                continue
            session = journal.load(item.session_id)
        except DotopError:
            continue  # not verifiable: a journal never overrides what the notebook shows
        revisions = {p.plan_hash: p.revision for p in session.proposals}
        if len(session.events) <= recorded or (plan and plan not in revisions):
            continue
        recorded = len(session.events)
        line["outcome_from"] = str(journal.path(session.id))
        decided = _decided_plan(session)
        if not plan or decided == plan:
            approval = session.approval
            line.update(
                outcome=session.status,
                note=None,
                decision=_decision(session),
                approved_by=approval.by if approval else None,
                approved_at=_iso(approval.at) if approval else None,
                validation_ok=session.validation.ok if session.validation else None,
                rolled_back=bool(session.rollback and session.rollback.performed),
            )
            continue
        line.update(outcome="superseded", note=_superseded(session, plan, decided, revisions))
    return line


def _decided_plan(session: Session) -> str:
    """The plan a session's state is about: the approved one, else its current plan."""
    if session.approval is not None:
        return session.approval.plan_hash
    return session.proposal.plan_hash if session.proposals else ""


def _superseded(session: Session, plan: str, decided: str, revisions: Mapping[str, int]) -> str:
    approval = session.approval
    who = (
        f" by {approval.by}"
        if approval
        else (f" by {session.rejected_by}" if session.rejected_by else "")
    )
    return (
        f"the notebook shows revision {revisions.get(plan, '?')} (plan {plan[:12]}); the "
        f"session was refined since: revision {revisions.get(decided, '?')} (plan "
        f"{decided[:12]}) is {session.status.replace('_', ' ')}{who} instead. The plan shown "
        "here was not run"
    )


def _with_earlier(line: Json, item: Found, found: Sequence[Found], keys: Keyring) -> Json:
    """An earlier state of the session, edited in another cell, taints the row too: reviewers
    read every cell, not only the last state."""
    for other in found:
        if other is item or _key(other) != _key(item):
            continue
        state, _, problems = _trust(other, keys)
        if state == "tampered":
            where = (
                other.notebook if other.problems else f"cell {other.cell + 1} of {other.notebook}"
            )
            line["problems"] = [*line["problems"], *(f"{where}: {p}" for p in problems)]
            line["trust"], line["tampered"] = "tampered", True
    return line


# ------------------------------------------------------------------------------ drift
DriftState = Literal["in_sync", "drifted", "missing", "not_applied"]


@dataclass(frozen=True)
class DriftItem:
    """How one operation's effect compares with the cluster now."""

    index: int
    summary: str
    target: str
    state: DriftState
    details: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Drift:
    """The result of :func:`verify` for one session."""

    session_id: str
    status: str
    expected: Literal["applied", "prior", "nothing"]
    items: list[DriftItem]
    checked_at: datetime

    @property
    def in_sync(self) -> bool:
        return all(i.state in ("in_sync", "not_applied") for i in self.items)

    @property
    def drifted(self) -> list[DriftItem]:
        return [i for i in self.items if i.state in ("drifted", "missing")]


def verify(operator: Operator, session: Session) -> Drift:
    """Compare the cluster with what ``session`` applied (or, if rolled back, restored).

    For each applied operation: the object must still exist (or be gone, for a delete), and every
    field the server-side dry-run showed the operation changing must still have the value it set
    (the prior value after a rollback). An unchanged resourceVersion is in sync by definition.
    """
    now = datetime.now(UTC)
    if not session.proposals or not session.execution:
        return Drift(session.id, session.status, "nothing", [], now)
    rolled_back = session.status == "rolled_back"
    proposal = session.proposal
    items: list[DriftItem] = []
    for rec in session.execution:
        op = proposal.operations[rec.index]
        where = op.target.describe()
        if rec.status != "applied":
            items.append(DriftItem(rec.index, rec.summary, where, "not_applied", [rec.status]))
            continue
        current = operator.gateway.get_raw(op.target)
        items.append(_compare(rec.index, op, proposal, current, rec, rolled_back=rolled_back))
    return Drift(session.id, session.status, "prior" if rolled_back else "applied", items, now)


def _compare(
    index: int,
    op: Operation,
    proposal: Proposal,
    current: Json | None,
    rec: OperationRecord,
    *,
    rolled_back: bool,
) -> DriftItem:
    where = op.target.describe()
    if isinstance(op, DeleteOp):
        gone = current is None
        if gone != rolled_back:
            return DriftItem(index, rec.summary, where, "in_sync")
        what = "exists again" if not rolled_back else "is gone (it was restored)"
        return DriftItem(index, rec.summary, where, "drifted", [f"{where} {what}"])
    dry = proposal.dry_run[index] if index < len(proposal.dry_run) else None
    if current is None:
        created = dry is not None and dry.action == "create"
        if rolled_back and created:
            return DriftItem(index, rec.summary, where, "in_sync")
        return DriftItem(index, rec.summary, where, "missing", [f"{where} does not exist"])
    version = (current.get("metadata") or {}).get("resourceVersion")
    if not rolled_back and version and version == rec.after_resource_version:
        return DriftItem(index, rec.summary, where, "in_sync", ["unchanged since execution"])
    details = []
    for path, want in _judged(op, dry.diff if dry else [], rolled_back=rolled_back):
        if is_redacted(want):
            continue  # a Secret value: recorded redacted, so it cannot be compared
        have = lookup(current, path)
        if have is _MISSING:
            have = None
        if have != want:
            verb = "restored" if rolled_back else "applied"
            details.append(f"{path}: {verb} {_short(want)}, now {_short(have)}")
    return DriftItem(index, rec.summary, where, "drifted" if details else "in_sync", details)


# Fields the apiserver and controllers own: they change without anyone touching the object (a
# create's dry-run even shows another uid than the real create), so they never count as drift.
_SERVER_MANAGED = (
    "metadata.uid",
    "metadata.resourceVersion",
    "metadata.generation",
    "metadata.creationTimestamp",
    "metadata.managedFields",
    "metadata.selfLink",
    "metadata.deletionTimestamp",
    "metadata.deletionGracePeriodSeconds",
    "metadata.annotations.deployment.kubernetes.io/revision",
    "metadata.annotations.kubectl.kubernetes.io/last-applied-configuration",
    "status",
)


def _server_managed(path: str) -> bool:
    return any(path == p or path.startswith((p + ".", p + "[")) for p in _SERVER_MANAGED)


def _leaves(path: str, value: Any) -> Iterator[tuple[str, Any]]:
    """A changed subtree as its leaf fields (paths as :mod:`dotop_nb.diffing` writes them).

    A create's dry-run diff is one change per top-level key (``metadata`` → the whole object
    metadata, uid included); judging it leaf by leaf is what keeps server fields out.
    """
    if isinstance(value, dict) and value:
        for key, sub in value.items():
            yield from _leaves(f"{path}.{key}" if path else str(key), sub)
    elif (
        isinstance(value, list)
        and value
        and all(isinstance(i, dict) and isinstance(i.get("name"), str) for i in value)
    ):
        for item in value:
            yield from _leaves(f"{path}[{item['name']}]", item)
    else:
        yield path, value


def _judged(
    op: Operation, changes: Sequence[FieldChange], *, rolled_back: bool
) -> Iterator[tuple[str, Any]]:
    """The fields drift is judged on, with the value each should have: the fields the plan set.

    Leaves of what the dry-run showed changing, never a server-managed field; for a manifest
    (``apply``) only the fields the manifest names, not the defaults the server filled in.
    After a rollback the prior values are what should be there, leaf by leaf as well.
    """
    manifest = op.manifest if isinstance(op, ApplyOp) else None
    for change in changes:
        whole = change.before if rolled_back else change.after
        if whole is None:
            # The plan removed the field (or, after a rollback, it did not exist before).
            if not _server_managed(change.path):
                yield change.path, None
            continue
        for path, want in _leaves(change.path, whole):
            if _server_managed(path):
                continue
            if manifest is not None and lookup(manifest, path) is _MISSING:
                continue  # a default the server filled in: not a field the plan set
            yield path, want


def _short(value: Any, width: int = 60) -> str:
    text = "∅" if value is None else json.dumps(value, default=str)
    return text if len(text) <= width else text[: width - 1] + "…"
