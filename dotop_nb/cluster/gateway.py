"""The cluster gateway: reads, server-side dry-run and execution of typed operations.

One function turns an operation plus the target's current state into the exact API request
(:func:`build_request`); dry-run sends that request with ``dryRun=All`` and execution sends the same
request without it. Because the request depends only on the operation and the target's state at a
given resourceVersion, and execution refuses a target whose resourceVersion moved, what runs is
what was dry-run.

Planners get :meth:`Gateway.reader` — an object with reads and dry-run only. Writes exist only on
the :class:`Gateway`, which only the service's executor holds.

Secret values stay inside: every operation passes :func:`~dotop_nb.cluster.screen.screen` before
a request is built (a plan never carries a Secret value), dry-run results are scrubbed of every
known Secret value, and a Secret's diff says per key ``added``/``changed``/``removed`` — compared
here, on the raw values, and never shown. :meth:`Gateway.redact` and :meth:`Gateway.scrub` are what
other code uses before anything read from the cluster is recorded or shown.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dotop_nb import diffing
from dotop_nb.cluster import capabilities as caps
from dotop_nb.cluster.client import FIELD_MANAGER, KubeClient
from dotop_nb.cluster.redact import is_secret, redact
from dotop_nb.cluster.screen import HINT as SECRET_HINT
from dotop_nb.cluster.screen import Screened, screen
from dotop_nb.cluster.secrets import REDACTED, SecretValues
from dotop_nb.errors import ApiError, Conflict, Forbidden, NotFound
from dotop_nb.errors import OperationRefused as OperationRefused  # noqa: PLC0414
from dotop_nb.models import (
    ApplyOp,
    ClusterRef,
    DeleteOp,
    DryRunResult,
    FieldChange,
    Operation,
    PatchOp,
    RolloutRestartOp,
    RolloutUndoOp,
    ScaleOp,
    SetImageOp,
    Target,
)

if TYPE_CHECKING:
    from dotop_nb.cluster.view import ClusterView

Json = dict[str, Any]

_PATCH_TYPES = {
    "strategic": "application/strategic-merge-patch+json",
    "merge": "application/merge-patch+json",
    "json": "application/json-patch+json",
}
_REVISION = "deployment.kubernetes.io/revision"
STATUS_RACE_SECONDS = 10.0
"""How long a request retries Conflicts caused only by the object's controller reporting status
(a rollout reports many times a second; on a busy machine several retries in a row can each lose
that race): a dry-run here, a follow-up write in :mod:`dotop_nb.execution`."""
# What a Secret key's diff shows instead of its values.
ADDED = "<redacted: added>"
CHANGED = "<redacted: changed>"


@dataclass(frozen=True)
class Rehearsal:
    """A server-side dry-run with the object it would leave: ``after`` is the apiserver's
    answer (None: deleted, or the dry-run failed). Raw — Secret values included — so it is for
    deciding (policies judge the effect), never for storing or showing."""

    result: DryRunResult
    after: Json | None


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None
    content_type: str | None = None
    note: str = ""  # what was resolved from the live state (e.g. which revision an undo restores)


def pod_spec(obj: Json) -> Json | None:
    """The pod spec inside a workload (or CronJob), or None."""
    spec = obj.get("spec") or {}
    if obj.get("kind") == "CronJob":
        spec = (spec.get("jobTemplate") or {}).get("spec") or {}
    template = spec.get("template")
    if obj.get("kind") == "Pod":
        return spec or None
    if isinstance(template, dict):
        inner = template.get("spec")
        return inner if isinstance(inner, dict) else None
    return None


class Gateway:
    """Reads and writes one cluster through a :class:`KubeClient`."""

    def __init__(self, client: KubeClient) -> None:
        self.client = client
        self._kube_system_uid: str | None = None
        # Per operation (its JSON), what its latest rehearsal showed it setting where the shown
        # diff hides the values: path → digest of the raw value (None: removed). In memory only.
        self._hidden_requested: dict[str, dict[str, str | None]] = {}

    @property
    def identity(self) -> ClusterRef:
        """The cluster as recorded in proposals: URL and context for people, CA fingerprint
        and kube-system UID for the check that a plan runs on the cluster it was made on."""
        if self._kube_system_uid is None:
            try:
                ns = self.client.get("v1", "Namespace", "kube-system")
                self._kube_system_uid = str((ns.get("metadata") or {}).get("uid") or "")
            except (NotFound, Forbidden):
                self._kube_system_uid = ""  # no identity: execution will refuse, saying why
        ident = self.client.identity
        return ClusterRef(
            server=ident.server,
            context=ident.context,
            ca_sha256=ident.ca_sha256,
            kube_system_uid=self._kube_system_uid,
        )

    def reader(self) -> ClusterView:
        """The read-only view handed to planners."""
        from dotop_nb.cluster.view import ClusterView  # noqa: PLC0415 - it imports this module

        return ClusterView(self)

    # ------------------------------------------------------------------------------ secrets
    @property
    def secrets(self) -> SecretValues:
        """Every Secret value this client has read (the registry all redaction by value uses)."""
        return self.client.secrets

    def screen(self, op: Operation) -> Screened:
        """``op`` checked for Secret values (see :mod:`dotop_nb.cluster.screen`)."""
        self.secrets.ensure(op.target.namespace)
        return screen(op, self.secrets)

    def redact(self, obj: Json, *, owned: bool = False) -> Json:
        """``obj`` as it may be shown or recorded: Secret fields hidden, Secret values scrubbed.
        ``owned``: ``obj`` is a fresh answer no one else holds, redacted in place (no copy)."""
        namespace = (obj.get("metadata") or {}).get("namespace")
        self.secrets.ensure(namespace if isinstance(namespace, str) else None)
        return redact(obj, values=self.secrets, owned=owned)

    def holds_secret_value(self, obj: Json) -> bool:
        """True for a Secret, or an object holding a known Secret value: its recorded copy is
        redacted, so a prior state for rollback must be kept elsewhere (in the cluster)."""
        namespace = (obj.get("metadata") or {}).get("namespace")
        self.secrets.ensure(namespace if isinstance(namespace, str) else None)
        return is_secret(obj) or self.secrets.found_in(obj)

    def scrub(self, value: Any, *, namespace: str | None = None) -> Any:
        """A JSON-like value (or text) with every known Secret value replaced."""
        self.secrets.ensure(namespace)
        return self.secrets.scrub(value)

    # ------------------------------------------------------------------------------ reads
    def get_raw(self, target: Target) -> Json | None:
        """The object exactly as stored (Secret values included: never hand this to a planner)."""
        try:
            return self.client.get(target.api_version, target.kind, target.name, target.namespace)
        except NotFound:
            return None

    def namespaced(self, target: Target) -> bool | None:
        """Discovery's scope of the target's kind (None: the cluster does not serve it)."""
        try:
            return self.client.resource(target.api_version, target.kind).namespaced
        except NotFound:
            return None

    def namespace_labels(self, namespace: str) -> dict[str, str] | None:
        """Labels of the namespace, or None when it does not exist."""
        try:
            ns = self.client.get("v1", "Namespace", namespace)
        except NotFound:
            return None
        return dict((ns.get("metadata") or {}).get("labels") or {})

    def history(self, target: Target) -> list[Json]:
        """Revisions of a workload, oldest first: ReplicaSets of a Deployment, else
        ControllerRevisions (StatefulSet, DaemonSet). Each item is the raw owned object."""
        current = self.get_raw(target)
        if current is None:
            return []
        uid = current["metadata"]["uid"]
        if target.kind == "Deployment":
            owned = [
                rs
                for rs in self.client.list("apps/v1", "ReplicaSet", target.namespace)
                if any(o.get("uid") == uid for o in rs["metadata"].get("ownerReferences") or [])
            ]
            return sorted(
                owned, key=lambda rs: int(rs["metadata"].get("annotations", {}).get(_REVISION, 0))
            )
        owned = [
            cr
            for cr in self.client.list("apps/v1", "ControllerRevision", target.namespace)
            if any(o.get("uid") == uid for o in cr["metadata"].get("ownerReferences") or [])
        ]
        return sorted(owned, key=lambda cr: int(cr.get("revision", 0)))

    # ------------------------------------------------------------------------------ requests
    def build_request(
        self, op: Operation, current: Json | None, *, precondition: str | None = None
    ) -> Request:
        """The one API request that performs ``op`` against ``current`` (the target's state).

        Refused when the operation carries a Secret value: then nothing is sent, dry-run or not.
        ``precondition`` (a resourceVersion) goes into the same request — ``metadata.
        resourceVersion`` in the body, or DeleteOptions' preconditions — so the apiserver
        refuses it with 409 Conflict when the object moved past that version.
        """
        screened = self.screen(op)
        if screened.problem:
            raise OperationRefused(screened.problem, hint=SECRET_HINT)
        return _with_precondition(self._build(op, current), op, precondition)

    def _build(self, op: Operation, current: Json | None) -> Request:
        target = op.target
        res = self.client.resource(target.api_version, target.kind)
        path = res.path(namespace=target.namespace, name=target.name)
        strict = {"fieldValidation": "Strict"}
        if isinstance(op, ApplyOp) and current is None:
            # Absent when planned: a create (POST), which the apiserver refuses with 409
            # AlreadyExists if someone else created the object since — a forced apply would
            # silently take theirs over. Dry-run sends the same POST.
            return Request(
                "POST",
                res.path(namespace=target.namespace),
                {**strict, "fieldManager": FIELD_MANAGER},
                op.manifest,
                note="create",
            )
        if isinstance(op, ApplyOp):
            return Request(
                "PATCH",
                path,
                {**strict, "fieldManager": FIELD_MANAGER, "force": "true"},
                op.manifest,
                "application/apply-patch+yaml",
                note="create" if current is None else "update",
            )
        if isinstance(op, DeleteOp):
            self._require(current, target)
            # With a body, the apiserver reads the options from it and ignores the query: every
            # option (dryRun too, see _send) goes into the DeleteOptions body.
            options = {
                "apiVersion": "v1",
                "kind": "DeleteOptions",
                "propagationPolicy": op.propagation,
            }
            return Request("DELETE", path, body=options)
        current = self._require(current, target)
        if isinstance(op, PatchOp):
            return Request(
                "PATCH",
                path,
                {**strict, "fieldManager": FIELD_MANAGER},
                op.patch,
                _PATCH_TYPES[op.patch_type],
            )
        if isinstance(op, ScaleOp):
            if "scale" not in self._subresources(target):
                raise OperationRefused(
                    f"{target.describe()} cannot be scaled (no scale subresource)"
                )
            return Request(
                "PATCH",
                f"{path}/scale",
                {"fieldManager": FIELD_MANAGER},
                {"spec": {"replicas": op.replicas}},
                _PATCH_TYPES["merge"],
            )
        if isinstance(op, SetImageOp):
            return self._set_image(op, current, path)
        if isinstance(op, RolloutRestartOp):
            self._require_template(current, target)
            annotations = {"kubectl.kubernetes.io/restartedAt": op.restarted_at}
            return Request(
                "PATCH",
                path,
                {"fieldManager": FIELD_MANAGER},
                {"spec": {"template": {"metadata": {"annotations": annotations}}}},
                _PATCH_TYPES["strategic"],
            )
        if isinstance(op, RolloutUndoOp):
            return self._undo(op, current, path)
        raise OperationRefused(f"unsupported operation {op.kind}")  # pragma: no cover

    def _subresources(self, target: Target) -> set[str]:
        # Scale is served for the built-in workloads; discovery lists subresources as
        # "<plural>/scale" in the legacy document, so the known kinds are the reliable answer.
        if target.kind in ("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"):
            return {"scale"}
        return set()

    @staticmethod
    def _require(current: Json | None, target: Target) -> Json:
        if current is None:
            raise OperationRefused(
                f"{target.describe()} does not exist",
                hint="check the name and namespace (`%operate` resolves names against the cluster)",
            )
        return current

    @staticmethod
    def _require_template(current: Json, target: Target) -> Json:
        spec = pod_spec(current)
        if spec is None:
            raise OperationRefused(f"{target.describe()} has no pod template")
        return spec

    def _set_image(self, op: SetImageOp, current: Json, path: str) -> Request:
        spec = self._require_template(current, op.target)
        names = [c.get("name") for c in spec.get("containers") or []]
        init = [c.get("name") for c in spec.get("initContainers") or []]
        if op.container not in names and op.container not in init:
            raise OperationRefused(
                f"container {op.container!r} not found in {op.target.describe()} "
                f"(containers: {', '.join(str(n) for n in names + init)})"
            )
        field_name = "containers" if op.container in names else "initContainers"
        container = {"name": op.container, "image": op.image}
        template: Json = {"spec": {field_name: [container]}}
        body: Json = {"spec": {"template": template}}
        if op.target.kind == "CronJob":
            body = {"spec": {"jobTemplate": {"spec": {"template": template}}}}
        return Request(
            "PATCH", path, {"fieldManager": FIELD_MANAGER}, body, _PATCH_TYPES["strategic"]
        )

    def _undo(self, op: RolloutUndoOp, current: Json, path: str) -> Request:
        target = op.target
        if target.kind not in ("Deployment", "StatefulSet", "DaemonSet"):
            raise OperationRefused(f"{target.kind} has no rollout history to undo")
        history = self.history(target)
        if target.kind == "Deployment":
            revisions = {
                int(rs["metadata"].get("annotations", {}).get(_REVISION, 0)): rs for rs in history
            }
            current_rev = int(current["metadata"].get("annotations", {}).get(_REVISION, 0))
        else:
            revisions = {int(cr.get("revision", 0)): cr for cr in history}
            current_rev = max(revisions, default=0)
        wanted = op.to_revision
        if wanted is None:
            older = [r for r in revisions if r < current_rev]
            if not older:
                raise OperationRefused(
                    f"{target.describe()} has no previous revision to roll back to"
                )
            wanted = max(older)
        if wanted not in revisions:
            raise OperationRefused(
                f"{target.describe()} has no revision {wanted} "
                f"(revisions: {', '.join(str(r) for r in sorted(revisions)) or 'none'})"
            )
        source = revisions[wanted]
        if target.kind == "Deployment":
            template = copy.deepcopy(source["spec"]["template"])
            template.get("metadata", {}).get("labels", {}).pop("pod-template-hash", None)
            images = ", ".join(c.get("image", "?") for c in template["spec"]["containers"])
            return Request(
                "PATCH",
                path,
                {"fieldManager": FIELD_MANAGER},
                [{"op": "replace", "path": "/spec/template", "value": template}],
                _PATCH_TYPES["json"],
                note=f"restores revision {wanted} ({images})",
            )
        # A ControllerRevision's data is the strategic merge patch that restores its template.
        return Request(
            "PATCH",
            path,
            {"fieldManager": FIELD_MANAGER},
            source.get("data") or {},
            _PATCH_TYPES["strategic"],
            note=f"restores revision {wanted}",
        )

    def _send(self, request: Request, *, dry_run: bool) -> Json:
        query = dict(request.query)
        body = request.body
        if dry_run:
            query["dryRun"] = "All"
            if request.method == "DELETE" and isinstance(body, dict):
                body = {**body, "dryRun": ["All"]}
        result = self.client.request(
            request.method,
            request.path,
            query=query,
            body=body,
            content_type=request.content_type,
        )
        return result if isinstance(result, dict) else {}

    # ------------------------------------------------------------------------------ dry-run
    def dry_run(self, op: Operation, *, current: Json | bool | None = False) -> DryRunResult:
        """Send ``op`` exactly as it would run, with ``dryRun=All``; never raises for the
        apiserver's rejections (they are the result). ``current`` is the target's state when
        the caller has just read it (``False``: read it here); its resourceVersion is the
        precondition, as it will be at execution."""
        return self.rehearse(op, current=current).result

    def rehearse(self, op: Operation, *, current: Json | bool | None = False) -> Rehearsal:
        """:meth:`dry_run`, keeping the after-object the apiserver returned (see
        :class:`Rehearsal`): one dry-run request (a rollout undo also reads the history)."""
        if current is False:
            current = self.get_raw(op.target)
        assert current is not True
        deadline = time.monotonic() + STATUS_RACE_SECONDS
        pause = 0.02
        while True:
            try:
                request = self.build_request(op, current, precondition=_version(current))
                answer = self._send(request, dry_run=True)
                break
            except Conflict as err:
                # Between the read and the dry-run the target's controller may report status (a
                # new resourceVersion, the same generation): that says nothing about the plan.
                # Read it again and rehearse on the new version; a changed spec stays a failure.
                now = None
                if time.monotonic() < deadline:
                    time.sleep(pause)  # let the status burst pass before reading it again
                    pause = min(pause * 2, 0.4)
                    now = self._status_moved(op, current, err)
                if now is None:
                    message = self.secrets.scrub_text(str(err))
                    return Rehearsal(
                        DryRunResult(ok=False, action="unknown", message=message), None
                    )
                current = now
            except (OperationRefused, ApiError) as err:
                message = self.secrets.scrub_text(str(err))
                return Rehearsal(DryRunResult(ok=False, action="unknown", message=message), None)
        if isinstance(op, DeleteOp):
            return Rehearsal(
                DryRunResult(ok=True, action="delete", message="would be deleted"), None
            )
        if isinstance(op, ScaleOp) and current is not None:
            # The scale subresource answers with a Scale: the object is current + its replicas.
            after = copy.deepcopy(current)
            after.setdefault("spec", {})["replicas"] = answer.get("spec", {}).get("replicas")
        elif answer.get("kind") == op.target.kind:
            after = answer
        else:
            after = self.get_raw(op.target) or {}
        changes, changed = self._changes(current or {}, after)
        self._remember_hidden(op, changes, after)
        action = "create" if current is None else ("update" if changed else "noop")
        message = request.note if request.note not in ("create", "update") else ""
        if action == "noop":
            message = (message + "; " if message else "") + "already in the requested state"
        message = self.secrets.scrub_text(message)
        result = DryRunResult(ok=True, action=action, message=message or "accepted", diff=changes)
        return Rehearsal(result, after)

    def _status_moved(self, op: Operation, current: Json | None, err: Conflict) -> Json | None:
        """The target as it is now when ``err`` (a dry-run's 409) came only from a status report
        since ``current`` was read: same uid, same generation, a new resourceVersion. None when
        the Conflict means anything else (an object that exists already, a changed spec, a
        kind without generations, an object gone or replaced)."""
        if current is None or err.reason == "AlreadyExists" or _generation(current) is None:
            return None
        now = self.get_raw(op.target)
        if now is None or _version(now) == _version(current):
            return None
        same = ((now.get("metadata") or {}).get("uid")) == (
            (current.get("metadata") or {}).get("uid")
        ) and _generation(now) == _generation(current)
        return now if same else None

    def _changes(self, before: Json, after: Json) -> tuple[list[FieldChange], bool]:
        """What a person may see of the change, and whether anything changed at all.

        Compared on the raw objects (here, inside the adapter), shown scrubbed: a Secret's keys as
        added / changed / removed without values, any other field with known Secret values
        replaced. So a change that only touches hidden values is still a change, never a noop.
        """
        secret = is_secret(after) or is_secret(before)
        shown: list[FieldChange] = []
        if secret:
            shown = _secret_keys(before, after)
            before = {k: v for k, v in before.items() if k not in ("data", "stringData")}
            after = {k: v for k, v in after.items() if k not in ("data", "stringData")}
        raw = diffing.diff(before, after)
        shown += [
            FieldChange(
                path=self.secrets.scrub_text(c.path),
                before=self.secrets.scrub(c.before),
                after=self.secrets.scrub(c.after),
            )
            for c in raw
        ]
        return shown, bool(shown)

    def _remember_hidden(self, op: Operation, shown: list[FieldChange], after: Json) -> None:
        hidden = {
            c.path: value_digest(diffing.lookup(after, c.path))
            for c in shown
            if is_redacted_value(c.before) or is_redacted_value(c.after)
        }
        key = op.model_dump_json()
        if hidden:
            self._hidden_requested[key] = hidden
        else:
            self._hidden_requested.pop(key, None)

    def hidden_requested(self, op: Operation) -> dict[str, str | None] | None:
        """What ``op`` sets where its recorded diff hides the values (a Secret's keys, a copied
        Secret value): diffing path → :func:`value_digest` of the raw value its latest dry-run
        here produced (None: the field is removed). None when this gateway never dry-ran ``op``
        (e.g. a resume in another process of a write already applied).

        The recorded diff holds markers (``<redacted: added>``), never values, so validation
        cannot compare with it; the digests stay in this process and are never shown.
        """
        return self._hidden_requested.get(op.model_dump_json())

    def would_change(self, op: Operation, current: Json | None) -> bool:
        """Would ``op`` change ``current`` now? (A dry-run without precondition, compared raw.)

        Used to reconcile a write whose answer was lost: an operation whose effect is already
        there changes nothing. Values are compared, never returned or logged.
        """
        if isinstance(op, DeleteOp):
            return current is not None
        answer = self._send(self.build_request(op, current), dry_run=True)
        if isinstance(op, ScaleOp):
            before = (current or {}).get("spec", {}).get("replicas")
            return bool(before != answer.get("spec", {}).get("replicas"))
        return current is None or bool(diffing.diff(current, answer, limit=1))

    # ------------------------------------------------------------------------------ writes
    def execute(self, op: Operation, current: Json | None, *, precondition: str | None) -> Json:
        """Perform ``op`` (the request built against ``current``, refused by the apiserver unless
        the object is still at ``precondition``); the apiserver's answer."""
        return self._send(self.build_request(op, current, precondition=precondition), dry_run=False)

    def delete(self, target: Target, *, uid: str | None = None) -> None:
        """Delete ``target`` (only the object with ``uid``, when given); gone already is fine."""
        body: Json = {
            "apiVersion": "v1",
            "kind": "DeleteOptions",
            "propagationPolicy": "Foreground",
        }
        if uid:
            body["preconditions"] = {"uid": uid}
        try:
            self.client.request(
                "DELETE",
                self.client.resource(target.api_version, target.kind).path(
                    namespace=target.namespace, name=target.name
                ),
                body=body,
            )
        except NotFound:
            return

    def restore(self, prior: Json, *, target: Target) -> Json:
        """Put ``target`` back to ``prior`` (update in place, or re-create if it is gone).

        ``prior`` must be ``target``'s own state: a prior naming another object (apiVersion,
        kind, namespace, name) is refused, whatever its source — never write another object."""
        named = Target.of(prior)
        if (named.api_version, named.kind, named.name, named.namespace or None) != (
            target.api_version,
            target.kind,
            target.name,
            target.namespace or None,
        ):
            raise OperationRefused(
                f"refusing to restore {named.describe()} ({named.api_version}) as the prior "
                f"state of {target.describe()} ({target.api_version}): another object",
                hint="the prior state does not belong to this object; restore it by hand",
            )
        res = self.client.resource(target.api_version, target.kind)
        body = _restorable(prior)
        current = self.get_raw(target)
        if current is None:
            body["metadata"].pop("resourceVersion", None)
            return dict(
                self.client.request("POST", res.path(namespace=target.namespace), body=body)
            )
        body["metadata"]["resourceVersion"] = current["metadata"]["resourceVersion"]
        annotations = current["metadata"].get("annotations") or {}
        if _REVISION in annotations:
            # The revision number belongs to the Deployment controller; keep its current value.
            body["metadata"].setdefault("annotations", {})[_REVISION] = annotations[_REVISION]
        return dict(
            self.client.request(
                "PUT", res.path(namespace=target.namespace, name=target.name), body=body
            )
        )

    # ------------------------------------------------------------------------------ capabilities
    def capabilities(self, *, refresh: bool = False) -> list[str]:
        return caps.discover(self.client, refresh=refresh).names


def _secret_keys(before: Json, after: Json) -> list[FieldChange]:
    """Per key of a Secret's ``data``: added, changed or removed — never a value."""
    old = _digests(before)
    new = _digests(after)
    out: list[FieldChange] = []
    for key in sorted(set(old) | set(new)):
        if key not in old:
            out.append(FieldChange(path=f"data.{key}", before=None, after=ADDED))
        elif key not in new:
            out.append(FieldChange(path=f"data.{key}", before=REDACTED, after=None))
        elif old[key] != new[key]:
            out.append(FieldChange(path=f"data.{key}", before=REDACTED, after=CHANGED))
    return out


def _digests(secret: Json) -> dict[str, str]:
    """sha256 of each value of a Secret (``stringData`` as the base64 it becomes)."""
    out: dict[str, str] = {}
    for field_name in ("data", "stringData"):
        values = secret.get(field_name)
        if not isinstance(values, dict):
            continue
        for key, value in values.items():
            text = str(value)
            if field_name == "stringData":
                text = base64.b64encode(text.encode()).decode()
            out[str(key)] = hashlib.sha256(text.encode()).hexdigest()
    return out


def is_redacted_value(value: Any) -> bool:
    """True when ``value`` is, or holds anywhere inside, a redaction marker."""
    if isinstance(value, str):
        return REDACTED[:-1] in value
    if isinstance(value, dict):
        return any(is_redacted_value(k) or is_redacted_value(v) for k, v in value.items())
    if isinstance(value, list):
        return any(is_redacted_value(v) for v in value)
    return False


def value_digest(value: Any) -> str | None:
    """sha256 of a field's value in canonical JSON; None for an absent field."""
    if value is None or value is diffing.MISSING:
        return None
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _version(obj: Json | None) -> str | None:
    return ((obj or {}).get("metadata") or {}).get("resourceVersion") or None


def _generation(obj: Json | None) -> int | None:
    value = ((obj or {}).get("metadata") or {}).get("generation")
    return value if isinstance(value, int) else None


def _with_precondition(request: Request, op: Operation, precondition: str | None) -> Request:
    """``request`` with ``precondition`` as its optimistic-concurrency check (same request)."""
    if not precondition:
        return request
    if isinstance(op, DeleteOp):
        options = request.body if isinstance(request.body, dict) else {}
        body = {**options, "preconditions": {"resourceVersion": precondition}}
        return dataclasses.replace(request, body=body)
    if isinstance(request.body, list):
        # JSON patch: the patched object carries the version, so the update is conditional.
        check = {"op": "add", "path": "/metadata/resourceVersion", "value": precondition}
        return dataclasses.replace(request, body=[*request.body, check])
    if isinstance(op, ApplyOp) and request.note == "create":
        return request  # nothing to be conditional on: the create itself fails if it exists
    body = copy.deepcopy(request.body) if isinstance(request.body, dict) else {}
    meta = body.get("metadata")
    body["metadata"] = {**(meta if isinstance(meta, dict) else {}), "resourceVersion": precondition}
    return dataclasses.replace(request, body=body)


def _restorable(prior: Json) -> Json:
    """``prior`` without the fields the server owns, ready to PUT or POST."""
    body = copy.deepcopy(prior)
    body.pop("status", None)
    meta = body.setdefault("metadata", {})
    for key in (
        "uid",
        "creationTimestamp",
        "managedFields",
        "generation",
        "selfLink",
        "deletionTimestamp",
        "deletionGracePeriodSeconds",
    ):
        meta.pop(key, None)
    return body
