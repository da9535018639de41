"""The AI planner's read-only tools, and the :class:`ToolOutcome` every tool answers with.

Objects, lists, describe, events, logs, rollout history, API resources and CRD schemas, read
through the :class:`~dotop_nb.ports.ClusterReader` the service hands the planner (Secret
values redacted). Everything that comes from the cluster is returned inside an
``<untrusted-data>`` boundary and cut to ``output_limit`` with a note that says how to narrow the
query. :class:`~dotop_nb.planner.tools.Toolbox` registers these handlers, with dry-run and
``submit_proposal``, and dispatches the model's calls to them.

Example::

    box = Toolbox(cluster, namespace="shop")     # a Lookups, with the tool registry
    box.call("get_object", {"kind": "Deployment", "name": "my-api", "fields": ["spec.replicas"]})
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import ValidationError

from dotop_nb.errors import DotopError
from dotop_nb.models import DryRunResult, Target
from dotop_nb.planner.boundary import parse_path, select, to_yaml, truncate, untrusted
from dotop_nb.planner.schema import (
    ApiResourcesInput,
    CrdSchemaInput,
    EventsInput,
    GetInput,
    ListInput,
    LogsInput,
    ObjectRef,
    Submission,
    _Input,
)
from dotop_nb.planner.summaries import list_item, revision_item, summarize
from dotop_nb.ports import ClusterReader

Json = dict[str, Any]

OUTPUT_LIMIT = 8000
"""Characters of cluster data one tool result may carry (before escaping)."""


class ToolError(Exception):
    """A tool cannot answer (our own words, not cluster data)."""


_VERSION = re.compile(r"v(\d+)(?:(alpha|beta)(\d+))?$")


def _version_rank(api_version: str) -> tuple[int, int, int]:
    """GA before beta before alpha, then higher numbers: ``v2`` > ``v1`` > ``v1beta1``."""
    m = _VERSION.search(api_version)
    if m is None:
        return (-1, 0, 0)
    stability = {"alpha": 0, "beta": 1, None: 2}[m.group(2)]
    return (stability, int(m.group(1)), int(m.group(3) or 0))


ToolStatus = Literal["result", "submitted", "invalid", "rejected"]


@dataclass
class ToolOutcome:
    """One tool call's answer. ``status`` is ``submitted`` for an accepted proposal,
    ``invalid`` for a malformed one, ``rejected`` when its dry-run failed."""

    content: str
    is_error: bool = False
    status: ToolStatus = "result"
    submission: Submission | None = None
    dry_runs: list[DryRunResult] = field(default_factory=list)


@dataclass(frozen=True)
class Tool:
    """One registered tool: what the Messages API is told about it, and the handler."""

    name: str
    description: str
    model: type[_Input]
    handler: Callable[[Any], ToolOutcome]
    narrow: str  # how to narrow this tool's output when it is cut


class Lookups:
    """The read-only tools over one :class:`ClusterReader`, for one intent's namespace: a base
    of :class:`~dotop_nb.planner.tools.Toolbox`, whose ``_tools`` registry says how to narrow
    each one's output when it is cut."""

    _tools: dict[str, Tool]

    def __init__(
        self,
        cluster: ClusterReader,
        *,
        namespace: str,
        output_limit: int = OUTPUT_LIMIT,
        read_namespaces: Collection[str] = (),
        read_grants: Collection[tuple[str, Collection[str]]] = (),
    ) -> None:
        self.cluster = cluster
        self.namespace = namespace
        self.output_limit = output_limit
        # Where reads may reach besides the intent's namespace and cluster-scoped kinds: the
        # namespaces a setting names (``*``: all), and (namespace, kinds) a policy grants.
        self.read_namespaces = frozenset(read_namespaces)
        self.read_grants = [(ns, frozenset(kinds)) for ns, kinds in read_grants]
        self._api_versions: dict[str, list[str]] | None = None
        self._scopes: dict[tuple[str, str], bool] | None = None

    def _namespaced(self, target: Target) -> bool | None:
        """Discovery's scope of the target's kind (None: the cluster does not serve it)."""
        if self._scopes is None:
            self._scopes = {
                (str(r["apiVersion"]), str(r["kind"])): bool(r["namespaced"])
                for r in self.cluster.api_resources()
            }
        return self._scopes.get((target.api_version, target.kind))

    def _readable(self, target: Target) -> Target:
        """``target`` if this plan may read it, else a :class:`ToolError` that says why.

        A plan reads its own namespace and cluster-scoped kinds (discovery: nodes, storage
        classes, CRDs); another namespace only when a setting (``read_namespaces``) or a policy
        grant (``allow_namespaces``, for its kinds) opens it — a ConfigMap of another team is
        not the model's business."""
        ns = target.namespace
        if ns in (None, self.namespace) or "*" in self.read_namespaces:
            return target
        if ns in self.read_namespaces or any(
            ns == granted and target.kind in kinds for granted, kinds in self.read_grants
        ):
            return target
        if self._namespaced(target) is False:
            return target
        raise ToolError(
            f"reading {target.kind} objects in namespace {ns!r} is outside this plan: it reads "
            f"its own namespace ({self.namespace}) and cluster-scoped kinds. Work within "
            f"{self.namespace}; a person can widen the reads with DOTOP_READ_NAMESPACES"
        )

    def _data(self, source: str, text: str, *, narrow: str) -> ToolOutcome:
        kept, note = truncate(text, self.output_limit, hint=narrow)
        return ToolOutcome(untrusted(source, kept) + (f"\n{note}" if note else ""))

    # -------------------------------------------------------------------------- lookups
    def _api_version(self, kind: str, given: str) -> str:
        """``given``, else the core default for well-known kinds, else the one group that
        serves ``kind`` (its most stable version)."""
        if given:
            return given
        try:
            return Target(kind=kind, name="x").api_version
        except ValidationError:
            pass
        if self._api_versions is None:
            found: dict[str, list[str]] = {}
            for res in self.cluster.api_resources():
                found.setdefault(str(res["kind"]), []).append(str(res["apiVersion"]))
            self._api_versions = found
        versions = self._api_versions.get(kind, [])
        groups = sorted({v.rsplit("/", 1)[0] if "/" in v else "" for v in versions})
        if not versions:
            raise ToolError(
                f"the cluster serves no kind {kind!r} (kinds are CamelCase, e.g. Deployment); "
                "api_resources lists what it serves"
            )
        if len(groups) > 1:
            raise ToolError(
                f"several API groups serve kind {kind!r}: {', '.join(sorted(versions))}; "
                "pass api_version"
            )
        return max(versions, key=_version_rank)

    def _target(self, ref: ObjectRef) -> Target:
        return self._readable(
            Target(
                kind=ref.kind,
                name=ref.name,
                namespace=ref.namespace or self.namespace,
                api_version=self._api_version(ref.kind, ref.api_version),
            )
        )

    def _not_found(self, target: Target) -> ToolOutcome:
        return ToolOutcome(
            f"{target.kind}/{target.name} ({target.api_version}) does not exist in namespace "
            f"{target.namespace}. list_objects shows what exists.",
            is_error=True,
        )

    def _get(self, params: GetInput) -> ToolOutcome:
        target = self._target(params)
        obj = self.cluster.get(target)
        if obj is None:
            return self._not_found(target)
        value: Any = obj
        if params.fields:
            value = {path: select(obj, path) for path in params.fields}
        return self._data(
            f"get_object {target.kind}/{target.name}",
            to_yaml(value),
            narrow=self._tools["get_object"].narrow,
        )

    def _list(self, params: ListInput) -> ToolOutcome:
        api_version = self._api_version(params.kind, params.api_version)
        namespace = params.namespace or self.namespace
        self._readable(
            Target(kind=params.kind, name="x", namespace=namespace, api_version=api_version)
        )
        items = self.cluster.list_objects(
            api_version,
            params.kind,
            namespace,
            label_selector=params.label_selector,
            limit=params.limit,
        )
        if params.fields:
            rows: list[Any] = [
                {
                    "name": (i.get("metadata") or {}).get("name"),
                    **{p: select(i, p) for p in params.fields},
                }
                for i in items
            ]
        else:
            rows = [list_item(i) for i in items]
        text = to_yaml(rows) if rows else f"(no {params.kind} objects found)\n"
        outcome = self._data(
            f"list_objects {params.kind} in {namespace}",
            text,
            narrow=self._tools["list_objects"].narrow,
        )
        if len(items) >= params.limit:
            outcome.content += (
                f"\n[{params.limit} items shown; more may exist. Use a label_selector.]"
            )
        return outcome

    def _describe(self, params: ObjectRef) -> ToolOutcome:
        target = self._target(params)
        obj = self.cluster.get(target)
        if obj is None:
            return self._not_found(target)
        summary = summarize(obj)
        try:
            events = self.cluster.events(target, limit=10)
        except DotopError as err:
            summary["events"] = f"(not available: {err.message[:200]})"
        else:
            summary["events"] = [_event_line(e) for e in events] or "none"
        return self._data(
            f"describe {target.kind}/{target.name}",
            to_yaml(summary),
            narrow=self._tools["describe"].narrow,
        )

    def _events(self, params: EventsInput) -> ToolOutcome:
        target = self._target(params)
        events = self.cluster.events(target, limit=params.limit)
        text = "\n".join(_event_line(e) for e in events) or "(no events)"
        return self._data(
            f"events {target.kind}/{target.name}", text, narrow=self._tools["events"].narrow
        )

    def _logs(self, params: LogsInput) -> ToolOutcome:
        self._readable(
            Target(kind="Pod", name=params.pod, namespace=params.namespace or self.namespace)
        )
        text = self.cluster.logs(
            params.pod,
            params.namespace or self.namespace,
            container=params.container,
            tail_lines=params.tail_lines,
            limit_bytes=self.output_limit * 2,
        )
        # The end of a log is what matters: cut from the front.
        if len(text) > self.output_limit:
            dropped = len(text) - self.output_limit
            text = text[dropped:]
            note = (
                f"\n[truncated: the first {dropped:,} characters are not shown. Narrow the "
                "request: ask for fewer tail_lines]"
            )
        else:
            note = ""
        return ToolOutcome(untrusted(f"logs pod/{params.pod}", text or "(empty log)") + note)

    def _history(self, params: ObjectRef) -> ToolOutcome:
        target = self._target(params)
        revisions = [revision_item(r) for r in self.cluster.history(target)]
        text = to_yaml(revisions) if revisions else "(no revisions)\n"
        return self._data(
            f"history {target.kind}/{target.name}", text, narrow=self._tools["history"].narrow
        )

    def _api_resources(self, params: ApiResourcesInput) -> ToolOutcome:
        needle = (params.contains or "").lower()
        lines = [
            f"{r['apiVersion']} {r['kind']} ({'namespaced' if r['namespaced'] else 'cluster'}) "
            f"[{','.join(r['verbs'])}]"
            for r in self.cluster.api_resources()
            if needle in f"{r['apiVersion']} {r['kind']}".lower()
        ]
        return self._data(
            "api_resources",
            "\n".join(lines) or "(none match)",
            narrow=self._tools["api_resources"].narrow,
        )

    def _crd_schema(self, params: CrdSchemaInput) -> ToolOutcome:
        crd = self.cluster.crd_schema(params.kind, group=params.group)
        if crd is None:
            return ToolOutcome(
                f"No CustomResourceDefinition defines kind {params.kind!r}"
                + (f" in group {params.group}" if params.group else "")
                + ". It is either built in (see api_resources) or not installed.",
                is_error=True,
            )
        versions = crd["versions"]
        version = next(
            (
                v
                for v in versions
                if (v["name"] == params.version if params.version else v.get("storage"))
            ),
            versions[0] if versions and not params.version else None,
        )
        if version is None:
            served = "\n".join(str(v["name"]) for v in versions)
            return ToolOutcome(
                f"{params.kind} has no version {params.version!r}; its versions are:\n"
                + untrusted(f"crd_schema {crd['name']} versions", served),
                is_error=True,
            )
        schema: Any = version["schema"]
        for step in parse_path(params.field_path):
            if not isinstance(schema, dict):
                break
            if step == "*" or isinstance(step, int):
                schema = schema.get("items", {})
                continue
            props = schema.get("properties") or {}
            if step not in props and isinstance(schema.get("items"), dict):
                props = schema["items"].get("properties") or {}
            if step not in props:
                # The field names are the CRD author's text: cluster data, fenced.
                return ToolOutcome(
                    f"{crd['kind']} {version['name']} has no field {params.field_path!r} "
                    f"(at {step!r}); its fields there are:\n"
                    + untrusted(f"crd_schema {crd['name']} fields", "\n".join(props) or "none"),
                    is_error=True,
                )
            schema = props[step]
        header = {
            "crd": crd["name"],
            "apiVersion": f"{crd['group']}/{version['name']}",
            "kind": crd["kind"],
            "scope": crd["scope"],
            "versions": [v["name"] for v in versions],
            "field_path": params.field_path or "(all)",
        }
        return self._data(
            f"crd_schema {crd['name']}",
            to_yaml({**header, "schema": schema}),
            narrow=self._tools["crd_schema"].narrow,
        )


def _event_line(event: Json) -> str:
    count = f" (x{event['count']})" if event.get("count", 1) > 1 else ""
    return (
        f"{event.get('last') or ''} {event.get('type', '')} {event.get('reason', '')}"
        f"{count} {event.get('object', '')}: {event.get('message', '')}"
    )
