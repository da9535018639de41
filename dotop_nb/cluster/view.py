"""The read-only view of a cluster that planners get.

Reads (Secret values redacted), events, logs, API resources, CRD schemas, server-side dry-run and
capabilities. There is no write method, and the gateway it wraps is private to it: a planner that
holds a :class:`ClusterView` cannot change the cluster.

Everything it returns passes the gateway's redaction: Secret fields hidden, and every known Secret
value (of the namespace read, and any seen before) replaced wherever it appears — in objects,
event messages and logs alike. Errors carry the apiserver's text, already scrubbed by the client.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from dotop_nb.errors import ApiError, ClusterError, Forbidden, Invalid, NotFound
from dotop_nb.models import ClusterRef, DryRunResult, Operation, Target

if TYPE_CHECKING:
    from dotop_nb.cluster.gateway import Gateway

Json = dict[str, Any]

# Bounds on what the view returns: an event message or an apiserver error is text written by
# whoever controls the cluster's objects, so it is cut before it reaches a planner.
_EVENT_MESSAGE_LIMIT = 1000
_ERROR_LIMIT = 300
_CRD_API_VERSION = "apiextensions.k8s.io/v1"


class ClusterView:
    """Read-only view of the cluster for planners: reads (Secret values redacted) and dry-run.

    It has no write method; the gateway it wraps is private to it.
    """

    def __init__(self, gateway: Gateway) -> None:
        self.__gateway = gateway

    @property
    def identity(self) -> ClusterRef:
        return self.__gateway.identity

    def get(self, target: Target) -> Json | None:
        found = self.__gateway.get_raw(target)
        return self.__gateway.redact(found) if found is not None else None

    def list_objects(
        self,
        api_version: str,
        kind: str,
        namespace: str | None = None,
        *,
        label_selector: str | None = None,
        limit: int | None = None,
        stale_ok: bool = False,
    ) -> list[Json]:
        try:
            items = self.__gateway.client.list(
                api_version,
                kind,
                namespace,
                label_selector=label_selector,
                limit=limit,
                stale_ok=stale_ok,
            )
        except NotFound:
            return []
        # The items were just decoded from the answer: redacted in place, not copied first.
        return [self.__gateway.redact(i, owned=True) for i in items]

    def namespace_exists(self, namespace: str) -> bool:
        return self.__gateway.namespace_labels(namespace) is not None

    def history(self, target: Target) -> list[Json]:
        return [self.__gateway.redact(i) for i in self.__gateway.history(target)]

    def dry_run(self, operation: Operation) -> DryRunResult:
        return self.__gateway.dry_run(operation)

    def capabilities(self) -> list[str]:
        return self.__gateway.capabilities()

    def events(self, target: Target, *, limit: int = 50) -> list[Json]:
        client = self.__gateway.client
        selector = f"involvedObject.kind={target.kind},involvedObject.name={target.name}"
        try:
            items = client.list("v1", "Event", target.namespace, field_selector=selector)
        except NotFound:
            return []
        summaries = [_event_summary(e) for e in items]
        summaries.sort(key=lambda e: (str(e["last"] or ""), str(e["first"] or "")))
        scrubbed: list[Json] = self.__gateway.scrub(
            summaries[-max(1, limit) :], namespace=target.namespace
        )
        return scrubbed

    def logs(
        self,
        pod: str,
        namespace: str,
        *,
        container: str | None = None,
        tail_lines: int = 100,
        limit_bytes: int = 64_000,
    ) -> str:
        client = self.__gateway.client
        query = {"tailLines": str(max(1, tail_lines)), "limitBytes": str(max(1, limit_bytes))}
        if container:
            query["container"] = container
        path = client.resource("v1", "Pod").path(namespace=namespace, name=pod, sub="log")
        try:
            answer = client.request("GET", path, query=query, accept="*/*")
        except (NotFound, Invalid, Forbidden):
            raise  # the apiserver's own short message: no such pod or container, or no access
        except ApiError as err:
            # e.g. the apiserver cannot reach a kubelet (the local kwok cluster has none): its
            # message names internal addresses and is not a log, so only its start is kept.
            detail = err.message[:_ERROR_LIMIT]
            raise ClusterError(
                f"the logs of pod {pod} are not available: {detail}",
                hint="the node agent does not serve logs here; use events and the object's "
                "status instead",
            ) from err
        text = answer if isinstance(answer, str) else json.dumps(answer)
        scrubbed: str = self.__gateway.scrub(text, namespace=namespace)
        return scrubbed

    def api_resources(self) -> list[Json]:
        found = self.__gateway.client.resources()
        return [
            {
                "apiVersion": res.api_version,
                "kind": res.kind,
                "namespaced": res.namespaced,
                "verbs": list(res.verbs),
            }
            for res in sorted(found.values(), key=lambda r: (r.group, r.kind, r.version))
        ]

    def crd_schema(self, kind: str, *, group: str | None = None) -> Json | None:
        client = self.__gateway.client
        # Discovery names the plural and group; the CRD is then one GET (``<plural>.<group>``)
        # instead of listing every CRD with its schema.
        candidates = {
            (res.group, res.plural)
            for res in client.resources().values()
            if res.group
            and res.kind.lower() == kind.lower()
            and (group is None or res.group == group)
        }
        for res_group, plural in sorted(candidates):
            try:
                crd = client.get(
                    _CRD_API_VERSION, "CustomResourceDefinition", f"{plural}.{res_group}"
                )
            except NotFound:
                continue  # served by an aggregated API, not a CRD
            spec = crd.get("spec") or {}
            names = spec.get("names") or {}
            return {
                "name": crd["metadata"]["name"],
                "group": spec.get("group"),
                "kind": names.get("kind"),
                "plural": names.get("plural"),
                "scope": spec.get("scope"),
                "versions": [
                    {
                        "name": v.get("name"),
                        "served": v.get("served"),
                        "storage": v.get("storage"),
                        "schema": (v.get("schema") or {}).get("openAPIV3Schema") or {},
                    }
                    for v in spec.get("versions") or []
                ],
            }
        return None


def _event_summary(event: Json) -> Json:
    involved = event.get("involvedObject") or {}
    message = str(event.get("message") or "")
    if len(message) > _EVENT_MESSAGE_LIMIT:
        message = message[:_EVENT_MESSAGE_LIMIT] + " …"
    meta = event.get("metadata") or {}
    return {
        "type": event.get("type") or "",
        "reason": event.get("reason") or "",
        "message": message,
        "count": event.get("count") or 1,
        "first": event.get("firstTimestamp")
        or event.get("eventTime")
        or meta.get("creationTimestamp"),
        "last": event.get("lastTimestamp")
        or event.get("eventTime")
        or meta.get("creationTimestamp"),
        "source": (event.get("source") or {}).get("component")
        or event.get("reportingComponent")
        or "",
        "object": f"{involved.get('kind', '')}/{involved.get('name', '')}",
    }
