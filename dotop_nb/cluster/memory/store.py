"""An in-memory Kubernetes API server: the :class:`~dotop_nb.cluster.client.Transport` under a
real :class:`~dotop_nb.cluster.client.KubeClient`.

It answers the REST requests the client sends — discovery, GET / LIST (label and field
selectors), POST, PUT, DELETE (preconditions, cascading to owned objects), PATCH in all four
forms (strategic merge, merge, JSON patch, server-side apply), the ``scale`` subresource and
``dryRun=All`` — with the apiserver's semantics where dotop-nb depends on them: every write
increments a cluster-wide resourceVersion and a stale one is refused with 409 Conflict, a create
of an existing name is 409 AlreadyExists, a missing object 404, an invalid one 422 — each with a
``Status`` body, so the client translates them exactly as it does a real apiserver's. uid,
generation (bumped when the spec changes) and creationTimestamp are set by the server; a dry-run
validates and answers the would-be object and stores nothing.

Not modelled: authentication and RBAC (everything is allowed), admission webhooks, defaulting
beyond ``replicas``, OpenAPI validation of built-in kinds beyond a few checks (names, selectors,
containers, replicas, autoscaler bounds), field ownership of server-side apply (an apply merges,
it never removes fields), watches, graceful deletion and finalizers, version conversion. The
controllers are :mod:`dotop_nb.cluster.memory.controllers`, run after each write when
``controllers=True`` (or by hand with :meth:`MemoryCluster.reconcile`).
"""

from __future__ import annotations

import base64
import copy
import itertools
import json
import re
import threading
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from dotop_nb.cluster.client import Identity, KubeClient, Response
from dotop_nb.cluster.memory import catalog, checks
from dotop_nb.cluster.memory.patches import PatchError, json_patch, merge_patch, strategic_merge

Json = dict[str, Any]
Key = tuple[str, str, str, str]  # group, kind, namespace ("" when cluster-scoped), name

_counter = itertools.count(1)
_NAME = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")


class Fail(Exception):
    """An API error: answered as a ``Status`` body with this code and reason."""

    def __init__(self, code: int, reason: str, message: str) -> None:
        super().__init__(message)
        self.code, self.reason, self.message = code, reason, message


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _wire(value: Any) -> Any:
    """``value`` as it would arrive over the wire (a JSON round trip: no shared references)."""
    return json.loads(json.dumps(value))


class MemoryCluster:
    """One in-memory cluster. ``client()`` gives a :class:`KubeClient` over it.

    >>> cluster = MemoryCluster()
    >>> cluster.seed({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}})
    >>> kube = cluster.client()
    >>> kube.get("v1", "Namespace", "shop")["status"]["phase"]
    'Active'

    ``controllers`` (default True) runs the built-in controllers after every write, so a
    Deployment's status follows its spec at once; ``unpullable`` holds images whose pods end in
    ``ImagePullBackOff``; ``unreachable`` makes every request fail as a network error does.
    """

    def __init__(
        self,
        *,
        server: str | None = None,
        context: str = "memory",
        controllers: bool = True,
        namespaces: Iterable[str] = ("default", "kube-system"),
    ) -> None:
        number = next(_counter)
        # Capability reports are cached per server URL: every cluster has its own.
        self.identity = Identity(
            server=server or f"https://memory-{number}.invalid",
            context=context,
            ca_sha256=f"{number:064x}",
        )
        self.objects: dict[Key, Json] = {}
        self.controllers = controllers
        self.unpullable: set[str] = set()
        self.unreachable = False
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request answered
        self._version = 100
        self._lock = threading.RLock()
        self._crds: list[catalog.Served] = []
        for name in namespaces:
            self.seed({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})

    # ------------------------------------------------------------------------------ public
    def client(self, *, timeout: float = 30.0) -> KubeClient:
        """A real :class:`KubeClient` whose transport is this cluster."""
        return KubeClient(transport=self, identity=self.identity, timeout=timeout)

    def served(self) -> list[catalog.Served]:
        return [*catalog.BUILTIN, *self._crds]

    def seed(self, *objects: Json) -> list[Json]:
        """Store ``objects`` as they are (status included), as a create would; returns them as
        stored. For setting up a test: no validation beyond the name, no dry-run."""
        stored = []
        with self._lock:
            for obj in objects:
                res = self._served_for(obj.get("apiVersion", ""), obj.get("kind", ""))
                meta = obj.get("metadata") or {}
                namespace = meta.get("namespace", "default") if res.namespaced else ""
                body = _wire(obj)
                if res.namespaced:
                    body["metadata"]["namespace"] = namespace
                stored.append(self._store(res, body, None, keep_status=True))
            if self.controllers:
                self.reconcile()
        return stored

    def get(self, api_version: str, kind: str, name: str, namespace: str = "") -> Json | None:
        """The stored object (a copy), or None; for assertions in tests."""
        res = self._served_for(api_version, kind)
        found = self.objects.get((res.group, kind, namespace if res.namespaced else "", name))
        return _with_type(found, res) if found is not None else None

    def reconcile(self) -> None:
        """Run the controllers once over every object (see :mod:`.controllers`)."""
        from dotop_nb.cluster.memory import controllers  # noqa: PLC0415 - it imports this module

        with self._lock:
            controllers.reconcile(self)

    def next_version(self) -> str:
        self._version += 1
        return str(self._version)

    # ------------------------------------------------------------------------------ transport
    def send(
        self,
        method: str,
        path: str,
        *,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: Any,
        timeout: float,
    ) -> Response:
        """Answer one request (the :class:`~dotop_nb.cluster.client.Transport` protocol)."""
        if self.unreachable:
            raise ConnectionRefusedError("the in-memory cluster is unreachable")
        with self._lock:
            self.requests.append((method, path))
            try:
                answer = self._handle(method, path, dict(query), headers, _wire(body))
                # Serialized under the lock: a list's items are the stored objects themselves
                # (not copies), so no write may change them until they are on the wire.
                data = answer.encode() if isinstance(answer, str) else json.dumps(answer).encode()
            except Fail as fail:
                status = {
                    "kind": "Status",
                    "apiVersion": "v1",
                    "metadata": {},
                    "status": "Failure",
                    "message": fail.message,
                    "reason": fail.reason,
                    "code": fail.code,
                }
                return Response(fail.code, fail.reason, json.dumps(status).encode())
        return Response(200, "OK", data)

    def close(self) -> None:
        """Nothing to release (the transport protocol's close)."""

    # ------------------------------------------------------------------------------ routing
    def _handle(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: Any
    ) -> Any:
        if path in ("/api", "/apis") and method == "GET":
            return catalog.discovery(self.served(), core=path == "/api")
        res, namespace, name, sub = self._route(path)
        dry = query.get("dryRun") == "All" or (
            isinstance(body, dict) and "All" in (body.get("dryRun") or [])
        )
        if method == "GET" and name is None:
            return self._list(res, namespace, query)
        if method == "POST" and name is None:
            return self._create(res, namespace, body, dry=dry)
        if name is None:
            raise Fail(405, "MethodNotAllowed", f"{method} is not allowed on a collection")
        key = (res.group, res.kind, namespace, name)
        if sub == "scale" and res.scale:
            return self._scale(res, key, method, body, headers, dry=dry)
        if sub == "log" and res.kind == "Pod" and method == "GET":
            self._existing(res, key)
            return ""
        if sub:
            raise Fail(404, "NotFound", f"the server could not find the requested resource ({sub})")
        if method == "GET":
            return _with_type(self._existing(res, key), res)
        if method == "PUT":
            return self._replace(res, key, body, dry=dry)
        if method == "PATCH":
            return self._patch(res, key, body, headers.get("Content-Type", ""), query, dry=dry)
        if method == "DELETE":
            return self._delete(res, key, body if isinstance(body, dict) else {}, dry=dry)
        raise Fail(405, "MethodNotAllowed", f"{method} is not allowed")

    def _route(self, path: str) -> tuple[catalog.Served, str, str | None, str]:
        parts = [p for p in path.split("/") if p]
        if parts[:1] == ["api"] and len(parts) >= 3:
            group, version, rest = "", parts[1], parts[2:]
        elif parts[:1] == ["apis"] and len(parts) >= 4:
            group, version, rest = parts[1], parts[2], parts[3:]
        else:
            raise Fail(404, "NotFound", f"the server could not find the requested resource {path}")
        namespace = ""
        if rest[0] == "namespaces" and len(rest) >= 3 and rest[2] not in ("status", "finalize"):
            namespace, rest = rest[1], rest[2:]
        plural, name = rest[0], (rest[1] if len(rest) > 1 else None)
        sub = "/".join(rest[2:])
        res = next(
            (
                s
                for s in self.served()
                if (s.group, s.version, s.plural) == (group, version, plural)
            ),
            None,
        )
        if res is None:
            raise Fail(404, "NotFound", f"the server could not find the requested resource {path}")
        if res.namespaced != bool(namespace) and name is not None:
            raise Fail(404, "NotFound", f"the server could not find the requested resource {path}")
        return res, namespace, name, sub

    def _served_for(self, api_version: str, kind: str) -> catalog.Served:
        for res in self.served():
            if (res.api_version, res.kind) == (api_version, kind):
                return res
        raise Fail(404, "NotFound", f"no matches for kind {kind!r} in version {api_version!r}")

    def _existing(self, res: catalog.Served, key: Key) -> Json:
        found = self.objects.get(key)
        if found is None:
            raise Fail(404, "NotFound", f'{_what(res)} "{key[3]}" not found')
        return found

    # ------------------------------------------------------------------------------ reads
    def _list(self, res: catalog.Served, namespace: str, query: dict[str, str]) -> Json:
        labels = query.get("labelSelector", "")
        fields = query.get("fieldSelector", "")
        items = []
        try:
            # The kind's objects, then sorted: sorting the whole store first cost most of a list
            # when it held thousands of other objects.
            of_kind = [
                (key, obj)
                for key, obj in self.objects.items()
                if key[:2] == (res.group, res.kind) and (not namespace or key[2] == namespace)
            ]
            for _, obj in sorted(of_kind, key=lambda pair: pair[0]):
                if labels and not catalog.label_match(labels, obj["metadata"].get("labels") or {}):
                    continue
                if fields and not catalog.field_match(fields, obj):
                    continue
                # Like the apiserver, items of a list carry no apiVersion / kind. Not a copy:
                # the answer is serialized before the store's lock is released (see send).
                items.append({k: v for k, v in obj.items() if k not in ("apiVersion", "kind")})
        except catalog.SelectorError as err:
            raise Fail(400, "BadRequest", str(err)) from err
        limit = int(query.get("limit") or 0)
        return {
            "apiVersion": res.api_version,
            "kind": f"{res.kind}List",
            "metadata": {"resourceVersion": str(self._version)},
            "items": items[:limit] if limit else items,
        }

    # ------------------------------------------------------------------------------ writes
    def _create(self, res: catalog.Served, namespace: str, body: Any, *, dry: bool) -> Json:
        if not isinstance(body, dict):
            raise Fail(400, "BadRequest", "the body of a create must be an object")
        meta = body.setdefault("metadata", {})
        name = meta.get("name") or ""
        if not name and meta.get("generateName"):
            name = meta["generateName"] + uuid.uuid4().hex[:5]
            meta["name"] = name
        self._check_target(res, namespace, body)
        key = (res.group, res.kind, namespace, name)
        if key in self.objects:
            raise Fail(409, "AlreadyExists", f'{_what(res)} "{name}" already exists')
        meta.pop("resourceVersion", None)
        return self._commit(res, key, body, None, dry=dry)

    def _replace(self, res: catalog.Served, key: Key, body: Any, *, dry: bool) -> Json:
        if not isinstance(body, dict):
            raise Fail(400, "BadRequest", "the body of an update must be an object")
        current = self._existing(res, key)
        self._check_target(res, key[2], body, name=key[3])
        self._precondition(res, key, body, current)
        return self._commit(res, key, body, current, dry=dry)

    def _patch(
        self,
        res: catalog.Served,
        key: Key,
        patch: Any,
        content_type: str,
        query: dict[str, str],
        *,
        dry: bool,
    ) -> Json:
        current = self.objects.get(key)
        kind = content_type.split(";", maxsplit=1)[0].strip()
        if kind == "application/apply-patch+yaml":
            if not isinstance(patch, dict):
                raise Fail(400, "BadRequest", "an apply body must be an object")
            self._check_target(res, key[2], patch, name=key[3])
            if current is None:
                return self._create(res, key[2], patch, dry=dry)
            merged = strategic_merge(current, patch)
            self._precondition(res, key, patch, current)
            merged["metadata"]["resourceVersion"] = current["metadata"]["resourceVersion"]
            return self._commit(res, key, merged, current, dry=dry)
        current = self._existing(res, key)
        try:
            if kind == "application/strategic-merge-patch+json":
                if not res.strategic:
                    raise Fail(
                        415,
                        "UnsupportedMediaType",
                        f"the body of the request was in an unknown format - accepted media "
                        f"types include: application/json-patch+json, application/merge-patch+"
                        f"json, application/apply-patch+yaml ({res.kind} is a custom resource)",
                    )
                patched = strategic_merge(current, patch)
            elif kind == "application/merge-patch+json":
                patched = merge_patch(current, patch)
            elif kind == "application/json-patch+json":
                patched = json_patch(current, patch)
            else:
                raise Fail(415, "UnsupportedMediaType", f"unsupported patch type {kind!r}")
        except PatchError as err:
            raise Fail(422, "Invalid", f"the patch does not apply: {err}") from err
        if not isinstance(patched, dict):
            raise Fail(422, "Invalid", "the patch does not leave an object")
        self._check_target(res, key[2], patched, name=key[3])
        self._precondition(res, key, patched, current)
        return self._commit(res, key, patched, current, dry=dry)

    def _precondition(self, res: catalog.Served, key: Key, body: Json, current: Json) -> None:
        wanted = (body.get("metadata") or {}).get("resourceVersion")
        if wanted and wanted != current["metadata"]["resourceVersion"]:
            raise Fail(
                409,
                "Conflict",
                f'Operation cannot be fulfilled on {_what(res)} "{key[3]}": the object has been '
                "modified; please apply your changes to the latest version and try again",
            )

    def _check_target(
        self, res: catalog.Served, namespace: str, body: Json, *, name: str | None = None
    ) -> None:
        meta = body.get("metadata")
        if not isinstance(meta, dict):
            raise Fail(422, "Invalid", f"{res.kind}: metadata: Required value")
        if name is not None and meta.get("name", name) != name:
            raise Fail(
                400,
                "BadRequest",
                f"the name of the object ({meta.get('name')}) does not match the name on the "
                f"URL ({name})",
            )
        given = meta.get("name") or ""
        if not _NAME.match(given):
            raise Fail(
                422,
                "Invalid",
                f'{res.kind} "{given}" is invalid: metadata.name: Invalid value: "{given}": a '
                "lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                "characters, '-' or '.'",
            )
        if res.namespaced:
            if meta.get("namespace", namespace) != namespace:
                raise Fail(
                    400,
                    "BadRequest",
                    "the namespace of the provided object does not match the namespace sent "
                    "on the request",
                )
            if ("", "Namespace", "", namespace) not in self.objects:
                raise Fail(404, "NotFound", f'namespaces "{namespace}" not found')

    def _commit(
        self, res: catalog.Served, key: Key, body: Json, current: Json | None, *, dry: bool
    ) -> Json:
        """Validate, stamp and (unless ``dry``) store the object that a write leaves."""
        body["apiVersion"], body["kind"] = res.api_version, res.kind
        if res.namespaced:
            body["metadata"]["namespace"] = key[2]
        if res.kind == "Secret":
            _fold_string_data(body)
        if res.kind in ("Deployment", "StatefulSet", "ReplicaSet"):
            body.setdefault("spec", {}).setdefault("replicas", 1)
        problems = checks.invalid(body, current, crd=self._crd_schema(res))
        if problems:
            raise Fail(
                422,
                "Invalid",
                f'{_what(res, title=True)} "{key[3]}" is invalid: ' + "; ".join(problems),
            )
        if dry:
            return _with_type(self._stamp(res, body, current, version=False), res)
        stored = self._store(res, body, current)
        if res.kind == "CustomResourceDefinition":
            self._crds = [s for s in self._crds if not _same_crd(s, stored)] + catalog.from_crd(
                stored
            )
        if self.controllers:
            self.reconcile()
        return _with_type(self.objects.get(key, stored), res)

    def _stamp(
        self, res: catalog.Served, body: Json, current: Json | None, *, version: bool
    ) -> Json:
        obj = copy.deepcopy(body)
        meta = obj["metadata"]
        old = (current or {}).get("metadata") or {}
        meta["uid"] = old.get("uid") or str(uuid.uuid4())
        meta["creationTimestamp"] = old.get("creationTimestamp") or _now()
        if res.status and current is not None:
            # Status is a subresource: writes to the object leave it as it was.
            if "status" in current:
                obj["status"] = copy.deepcopy(current["status"])
            else:
                obj.pop("status", None)
        elif res.status:
            obj.pop("status", None)
        if res.kind == "Namespace":
            obj["status"] = {"phase": "Active"}
        if "spec" in obj or "generation" in old:
            generation = int(old.get("generation") or 0)
            if current is None or _spec(obj) != _spec(current):
                generation += 1
            meta["generation"] = max(generation, 1)
        if version:
            meta["resourceVersion"] = self.next_version()
        elif current is not None:
            meta["resourceVersion"] = old.get("resourceVersion", "")
        else:
            meta.pop("resourceVersion", None)
        return obj

    def _store(
        self, res: catalog.Served, body: Json, current: Json | None, *, keep_status: bool = False
    ) -> Json:
        status = body.get("status")
        obj = self._stamp(res, body, current, version=True)
        if keep_status and status is not None:
            obj["status"] = status
        meta = obj["metadata"]
        key = (
            res.group,
            res.kind,
            meta.get("namespace", "") if res.namespaced else "",
            meta["name"],
        )
        obj["apiVersion"], obj["kind"] = res.api_version, res.kind
        self.objects[key] = obj
        return obj

    def put_status(self, key: Key, status: Json) -> None:
        """Set an object's status as its controller would (a write: a new resourceVersion)."""
        obj = self.objects[key]
        if obj.get("status") != status:
            obj["status"] = status
            obj["metadata"]["resourceVersion"] = self.next_version()

    def _crd_schema(self, res: catalog.Served) -> Json | None:
        if res.strategic:
            return None
        for obj in self.objects.values():
            spec = obj.get("spec") or {}
            if obj["kind"] == "CustomResourceDefinition" and spec.get("group") == res.group:
                if (spec.get("names") or {}).get("kind") != res.kind:
                    continue
                for version in spec.get("versions") or []:
                    if version.get("name") == res.version:
                        schema = (version.get("schema") or {}).get("openAPIV3Schema")
                        return schema if isinstance(schema, dict) else None
        return None

    # ------------------------------------------------------------------------------ scale
    def _scale(
        self,
        res: catalog.Served,
        key: Key,
        method: str,
        body: Any,
        headers: dict[str, str],
        *,
        dry: bool,
    ) -> Json:
        current = self._existing(res, key)
        scale = _scale_of(current)
        if method == "GET":
            return scale
        if method == "PUT":
            wanted = body if isinstance(body, dict) else {}
        elif method == "PATCH":
            kind = headers.get("Content-Type", "").split(";")[0].strip()
            try:
                if kind == "application/json-patch+json":
                    wanted = json_patch(scale, body)
                else:
                    wanted = merge_patch(scale, body)
            except PatchError as err:
                raise Fail(422, "Invalid", f"the patch does not apply: {err}") from err
        else:
            raise Fail(405, "MethodNotAllowed", f"{method} is not allowed on scale")
        self._precondition(res, key, wanted, current)
        replicas = (wanted.get("spec") or {}).get("replicas")
        if not isinstance(replicas, int) or isinstance(replicas, bool) or replicas < 0:
            raise Fail(
                422,
                "Invalid",
                f'Scale.autoscaling "{key[3]}" is invalid: spec.replicas: Invalid value: '
                f"{replicas!r}: must be greater than or equal to 0",
            )
        updated = copy.deepcopy(current)
        updated.setdefault("spec", {})["replicas"] = replicas
        after = self._commit(res, key, updated, current, dry=dry)
        return _scale_of(after)

    # ------------------------------------------------------------------------------ delete
    def _delete(self, res: catalog.Served, key: Key, options: Json, *, dry: bool) -> Json:
        current = self._existing(res, key)
        pre = options.get("preconditions") or {}
        meta = current["metadata"]
        if pre.get("uid") and pre["uid"] != meta.get("uid"):
            raise Fail(
                409,
                "Conflict",
                f"Precondition failed: UID in precondition: {pre['uid']}, UID in object meta: "
                f"{meta.get('uid')}",
            )
        if pre.get("resourceVersion") and pre["resourceVersion"] != meta.get("resourceVersion"):
            raise Fail(
                409,
                "Conflict",
                "Precondition failed: ResourceVersion in precondition: "
                f"{pre['resourceVersion']}, ResourceVersion in object meta: "
                f"{meta.get('resourceVersion')}",
            )
        answer = _with_type(current, res)
        if dry:
            return answer
        self._remove(key, orphan=options.get("propagationPolicy") == "Orphan")
        if self.controllers:
            self.reconcile()
        return answer

    def _remove(self, key: Key, *, orphan: bool = False) -> None:
        gone = self.objects.pop(key, None)
        if gone is None:
            return
        self._version += 1
        if key[1] == "Namespace":
            for other in [k for k in self.objects if k[2] == key[3]]:
                self._remove(other)
        if key[1] == "CustomResourceDefinition":
            self._crds = [s for s in self._crds if not _same_crd(s, gone)]
        if orphan:
            return
        uid = gone["metadata"].get("uid")
        for other, obj in list(self.objects.items()):
            owners = obj["metadata"].get("ownerReferences") or []
            if any(o.get("uid") == uid for o in owners):
                self._remove(other)


def _what(res: catalog.Served, *, title: bool = False) -> str:
    """How the apiserver names a resource type in messages (``deployments.apps``)."""
    if title:
        return f"{res.kind}.{res.group}" if res.group else res.kind
    return f"{res.plural}.{res.group}" if res.group else res.plural


def _with_type(obj: Json, res: catalog.Served) -> Json:
    out = copy.deepcopy(obj)
    out["apiVersion"], out["kind"] = res.api_version, res.kind
    return out


def _spec(obj: Json) -> Json:
    return {k: v for k, v in obj.items() if k not in ("metadata", "status", "apiVersion", "kind")}


def _same_crd(served: catalog.Served, crd: Json) -> bool:
    spec = crd.get("spec") or {}
    kind = (spec.get("names") or {}).get("kind")
    return (served.group, served.kind) == (spec.get("group"), kind)


def _fold_string_data(secret: Json) -> None:
    """``stringData`` becomes base64 ``data``, as the apiserver stores a Secret."""
    plain = secret.pop("stringData", None)
    if isinstance(plain, dict):
        data = secret.setdefault("data", {})
        for key, value in plain.items():
            data[key] = base64.b64encode(str(value).encode()).decode()


def _scale_of(obj: Json) -> Json:
    meta = obj["metadata"]
    labels = ((obj.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
    return {
        "apiVersion": "autoscaling/v1",
        "kind": "Scale",
        "metadata": {
            k: meta[k]
            for k in ("name", "namespace", "uid", "resourceVersion", "creationTimestamp")
            if k in meta
        },
        "spec": {"replicas": (obj.get("spec") or {}).get("replicas", 0)},
        "status": {
            "replicas": (obj.get("status") or {}).get("replicas", 0),
            "selector": ",".join(f"{k}={v}" for k, v in sorted(labels.items())),
        },
    }
