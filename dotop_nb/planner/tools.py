"""The AI planner's tools: read-only lookups, server-side dry-run, and ``submit_proposal``.

Everything here goes through the :class:`~dotop_nb.ports.ClusterReader` the service hands the
planner (reads with Secret values redacted, and dry-run), so no tool can change the cluster: there
is no write tool, and a request for any other tool name is answered with an error result. The
planner's only way to propose a change is ``submit_proposal``, whose input schema is generated from
the typed :data:`~dotop_nb.models.Operation` union and validated by pydantic, never parsed from
free text.

Everything that comes from the cluster (objects, annotations, events, logs, apiserver messages) is
returned inside an ``<untrusted-data>`` boundary whose content is escaped so it cannot close the
boundary, and is cut to a budget with a note that says how to narrow the query.

This module has no SDK dependency: tool specs are plain JSON in the Messages API's shape.

Example::

    box = Toolbox(cluster, namespace="shop")
    box.specs()                                  # [{"name": "get_object", ...}, ...]
    out = box.call("describe", {"kind": "Deployment", "name": "my-api"})
    out.content                                  # '<untrusted-data source="describe ...">…'
"""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from dotop_nb.errors import DotopError
from dotop_nb.models import DryRunResult, Operation, Target
from dotop_nb.ports import ClusterReader

Json = dict[str, Any]

OUTPUT_LIMIT = 8000
"""Characters of cluster data one tool result may carry (before escaping)."""

SUMMARY_LIMIT = 4000
"""Characters of the namespace summary in the first message."""

MAX_OPERATIONS = 20

_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob")
_REVISION = "deployment.kubernetes.io/revision"


# ------------------------------------------------------------------------------ text helpers
def untrusted(source: str, text: str) -> str:
    """``text`` inside the untrusted-data boundary, escaped so it cannot close or fake one."""
    return (
        f'<untrusted-data source="{html.escape(source, quote=True)}">\n'
        f"{html.escape(text.rstrip(), quote=False)}\n"
        "</untrusted-data>"
    )


def truncate(text: str, limit: int, *, hint: str) -> tuple[str, str]:
    """``text`` cut to ``limit`` characters (at a line end when one is near) and the note that
    says so ('' when nothing was cut). The note is ours, so it goes outside the boundary."""
    if len(text) <= limit:
        return text, ""
    cut = text.rfind("\n", int(limit * 0.8), limit)
    kept = text[: cut if cut > 0 else limit]
    note = (
        f"[truncated: {len(text) - len(kept):,} of {len(text):,} characters not shown. "
        f"Narrow the request: {hint}]"
    )
    return kept, note


def to_yaml(value: Any) -> str:
    return str(
        yaml.safe_dump(
            value, sort_keys=False, default_flow_style=False, width=120, allow_unicode=True
        )
    )


_PATH_TOKEN = re.compile(r"""\[(\*|\d+)\]|\[(?:'([^']*)'|"([^"]*)")\]|([^.\[\]]+)""")
_ABSENT = "<absent>"


def parse_path(path: str) -> list[str | int]:
    """``spec.containers[0].image`` → ``["spec", "containers", 0, "image"]``; ``[*]`` is ``"*"``,
    ``['a.b/c']`` a key with dots."""
    tokens: list[str | int] = []
    for index, quoted1, quoted2, key in _PATH_TOKEN.findall(path):
        if index:
            tokens.append("*" if index == "*" else int(index))
        elif quoted1 or quoted2:
            tokens.append(quoted1 or quoted2)
        elif key:
            tokens.append(key)
    return tokens


def select(obj: Any, path: str) -> Any:
    """The value at ``path`` in ``obj`` (a list for ``[*]``), or ``"<absent>"``."""

    def walk(value: Any, tokens: list[str | int]) -> Any:
        if not tokens:
            return value
        head, rest = tokens[0], tokens[1:]
        if head == "*":
            if isinstance(value, list):
                return [walk(v, rest) for v in value]
            if isinstance(value, dict):
                return {k: walk(v, rest) for k, v in value.items()}
            return _ABSENT
        if isinstance(head, int):
            if isinstance(value, list) and -len(value) <= head < len(value):
                return walk(value[head], rest)
            return _ABSENT
        if isinstance(value, dict) and head in value:
            return walk(value[head], rest)
        return _ABSENT

    return walk(obj, parse_path(path))


# ------------------------------------------------------------------------------ schemas
def inline_schema(schema: Json) -> Json:
    """A JSON schema with every ``$ref`` replaced by its ``$defs`` entry and pydantic's extras
    (titles, OpenAPI ``discriminator``) removed, for Anthropic tool ``input_schema``.

    A union member with a ``const`` ``kind`` gets ``kind`` in ``required`` (it is the
    discriminator, so a model must always send it), and Python-only regex anchors become
    ECMA-262 ones (``\\z`` → ``$``)."""
    defs: Json = schema.get("$defs", {})

    def resolve(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [resolve(n, seen) for n in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            if name in seen:
                raise ValueError(f"recursive schema {name!r} cannot be inlined")
            merged = {**defs[name], **{k: v for k, v in node.items() if k != "$ref"}}
            return resolve(merged, (*seen, name))
        out: Json = {}
        for key, value in node.items():
            if key in ("$defs", "discriminator") or (key == "title" and isinstance(value, str)):
                continue
            if key == "properties" and isinstance(value, dict):
                out[key] = {name: resolve(sub, seen) for name, sub in value.items()}
            elif key == "pattern" and isinstance(value, str):
                out[key] = value.replace("\\z", "$").replace("\\Z", "$")
            else:
                out[key] = resolve(value, seen)
        props = out.get("properties")
        kind = props.get("kind") if isinstance(props, dict) else None
        if isinstance(kind, dict) and "const" in kind:
            required = list(out.get("required", []))
            if "kind" not in required:
                out["required"] = ["kind", *required]
        return out

    result = resolve(schema, ())
    assert isinstance(result, dict)
    return result


_TARGET_DOCS = {
    "kind": "Kubernetes kind in CamelCase, e.g. Deployment, HorizontalPodAutoscaler",
    "name": "object name",
    "namespace": "the intent's namespace (every operation must target it)",
    "api_version": "e.g. apps/v1, autoscaling/v2, keda.sh/v1alpha1; may be omitted for common "
    "built-in kinds",
}


def _document_targets(node: Any) -> None:
    """Add field descriptions to every inlined Target (the core model carries none)."""
    if isinstance(node, list):
        for item in node:
            _document_targets(item)
        return
    if not isinstance(node, dict):
        return
    props = node.get("properties")
    if isinstance(props, dict):
        target = props.get("target")
        if isinstance(target, dict) and isinstance(target.get("properties"), dict):
            for name, doc in _TARGET_DOCS.items():
                if name in target["properties"]:
                    target["properties"][name].setdefault("description", doc)
    for value in node.values():
        _document_targets(value)


def model_schema(model: type[BaseModel] | Any) -> Json:
    """The inlined input schema of a pydantic model or type."""
    adapter = TypeAdapter(model)
    schema = inline_schema(adapter.json_schema())
    _document_targets(schema)
    return schema


def operation_schema() -> Json:
    """JSON schema of one typed operation (the discriminated union, inlined)."""
    return model_schema(Operation)


# ------------------------------------------------------------------------------ inputs
class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


_FIELDS_DOC = (
    "dotted paths to return instead of the whole object, e.g. spec.replicas, "
    "spec.template.spec.containers[*].image, metadata.annotations['app.kubernetes.io/name']"
)


class ObjectRef(_Input):
    kind: str = Field(description="Kubernetes kind, e.g. Deployment")
    name: str = Field(description="object name")
    namespace: str | None = Field(
        default=None, description="default: the intent's namespace; ignored for cluster kinds"
    )
    api_version: str = Field(default="", description="e.g. apps/v1; looked up by kind when omitted")


class GetInput(ObjectRef):
    fields: list[str] = Field(default_factory=list, max_length=30, description=_FIELDS_DOC)


class ListInput(_Input):
    kind: str = Field(description="Kubernetes kind, e.g. Pod")
    api_version: str = Field(default="", description="looked up by kind when omitted")
    namespace: str | None = Field(default=None, description="default: the intent's namespace")
    label_selector: str | None = Field(default=None, description="e.g. app=my-api,tier!=cache")
    fields: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="dotted paths to show per item instead of the built-in summary",
    )
    limit: int = Field(default=50, ge=1, le=200)


class EventsInput(ObjectRef):
    limit: int = Field(default=30, ge=1, le=100, description="the newest N events")


class LogsInput(_Input):
    pod: str = Field(description="pod name (list_objects kind=Pod with a label_selector)")
    container: str | None = Field(default=None, description="needed when the pod has several")
    namespace: str | None = None
    tail_lines: int = Field(default=100, ge=1, le=1000)


class ApiResourcesInput(_Input):
    contains: str | None = Field(
        default=None, description="only kinds or apiVersions containing this text"
    )


class CrdSchemaInput(_Input):
    kind: str = Field(description="kind defined by a CRD, e.g. ScaledObject")
    group: str | None = Field(default=None, description="API group, e.g. keda.sh")
    version: str | None = Field(default=None, description="default: the storage version")
    field_path: str = Field(
        default="spec",
        description="dotted path inside the schema, e.g. spec.triggers; '' for all of it",
    )


class DryRunInput(_Input):
    operation: Operation


class Submission(_Input):
    """The planner's final answer: typed operations with their explanation, or a question."""

    analysis: str = Field(
        max_length=20_000,
        description="markdown for the reviewer: what you found, what changes and why",
    )
    category: str = Field(
        default="",
        max_length=40,
        description="one word: scale, update, config, resources, autoscale, ha, monitoring, "
        "backup, security, rollback, restart, delete, or other",
    )
    operations: list[Operation] = Field(default_factory=list, max_length=MAX_OPERATIONS)
    question: str | None = Field(
        default=None,
        max_length=2000,
        description="only when the intent is ambiguous: ask the user instead of guessing "
        "(then leave operations empty)",
    )
    risks: list[str] = Field(default_factory=list, max_length=20)
    validation_plan: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="observable checks that show the change worked",
    )
    patterns: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="ids of the retrieved patterns you followed",
    )


def describe_errors(err: ValidationError, *, limit: int = 10) -> str:
    """Where and why validation failed, one line each, without echoing the input values."""
    lines = []
    for problem in err.errors(include_url=False)[:limit]:
        where = ".".join(str(p) for p in problem.get("loc", ())) or "(input)"
        lines.append(f"- {where}: {problem.get('msg', 'invalid')}")
    more = err.error_count() - limit
    if more > 0:
        lines.append(f"- … and {more} more")
    return "\n".join(lines)


# ------------------------------------------------------------------------------ summaries
def _containers(spec: Json) -> list[Json]:
    out = []
    init = spec.get("initContainers") or []
    for index, c in enumerate([*init, *(spec.get("containers") or [])]):
        env = []
        for e in c.get("env") or []:
            if "valueFrom" in e:
                env.append(f"{e.get('name')} (from {', '.join(e['valueFrom'])})")
            else:
                env.append(f"{e.get('name')}={str(e.get('value', ''))[:80]}")
        item: Json = {"name": c.get("name"), "image": c.get("image")}
        if index < len(init):
            item["init"] = True
        if c.get("ports"):
            item["ports"] = [
                f"{p.get('name', '')}:{p.get('containerPort')}/{p.get('protocol', 'TCP')}"
                for p in c["ports"]
            ]
        item["resources"] = c.get("resources") or "none"
        item["probes"] = [p for p in ("readiness", "liveness", "startup") if c.get(f"{p}Probe")]
        if env:
            item["env"] = env
        if c.get("envFrom"):
            item["envFrom"] = c["envFrom"]
        out.append(item)
    return out


def _conditions(status: Json) -> list[str]:
    return [
        f"{c.get('type')}={c.get('status')}"
        + (f" ({c.get('reason')}: {str(c.get('message', ''))[:200]})" if c.get("reason") else "")
        for c in status.get("conditions") or []
    ]


def _state_reason(state: Json) -> str | None:
    detail = next(iter(state.values()), None)
    return detail.get("reason") if isinstance(detail, dict) else None


def _template(obj: Json) -> Json:
    spec = obj.get("spec") or {}
    if obj.get("kind") == "CronJob":
        spec = (spec.get("jobTemplate") or {}).get("spec") or {}
    template = spec.get("template") or {}
    return template if isinstance(template, dict) else {}


def summarize(obj: Json) -> Json:
    """What a person reads first about an object (``kubectl describe`` without the noise)."""
    meta = obj.get("metadata") or {}
    spec = obj.get("spec") or {}
    status = obj.get("status") or {}
    kind = obj.get("kind", "")
    out: Json = {
        "object": f"{kind}/{meta.get('name')}",
        "apiVersion": obj.get("apiVersion"),
        "namespace": meta.get("namespace"),
        "created": meta.get("creationTimestamp"),
        "resourceVersion": meta.get("resourceVersion"),
        "labels": meta.get("labels") or {},
        "annotations": meta.get("annotations") or {},
    }
    if meta.get("ownerReferences"):
        out["owners"] = [f"{o.get('kind')}/{o.get('name')}" for o in meta["ownerReferences"]]
    if kind in _WORKLOADS:
        if kind in ("Deployment", "StatefulSet", "ReplicaSet"):
            out["replicas"] = {
                "desired": spec.get("replicas", 1),
                "ready": status.get("readyReplicas", 0),
                "updated": status.get("updatedReplicas", 0),
                "available": status.get("availableReplicas", 0),
            }
        if kind == "DaemonSet":
            out["pods"] = {
                "desired": status.get("desiredNumberScheduled", 0),
                "ready": status.get("numberReady", 0),
            }
        if kind == "CronJob":
            out["schedule"] = spec.get("schedule")
            out["suspend"] = spec.get("suspend", False)
        for key in ("strategy", "updateStrategy", "selector", "serviceName"):
            if key in spec:
                out[key] = spec[key]
        if _REVISION in out["annotations"]:
            out["revision"] = out["annotations"][_REVISION]
        template = _template(obj)
        pod_spec = template.get("spec") or {}
        out["pod_template"] = {
            "labels": (template.get("metadata") or {}).get("labels") or {},
            "annotations": (template.get("metadata") or {}).get("annotations") or {},
            "containers": _containers(pod_spec),
            **{
                k: pod_spec[k]
                for k in (
                    "serviceAccountName",
                    "nodeSelector",
                    "affinity",
                    "topologySpreadConstraints",
                    "tolerations",
                    "volumes",
                )
                if k in pod_spec
            },
        }
        out["conditions"] = _conditions(status)
    elif kind == "Pod":
        out["phase"] = status.get("phase")
        out["node"] = spec.get("nodeName")
        out["containers"] = _containers(spec)
        out["container_status"] = [
            {
                "name": c.get("name"),
                "ready": c.get("ready"),
                "restarts": c.get("restartCount", 0),
                "state": next(iter(c.get("state") or {}), None),
                "reason": _state_reason(c.get("state") or {}),
            }
            for c in status.get("containerStatuses") or []
        ]
        out["conditions"] = _conditions(status)
    elif kind == "Service":
        out.update(
            {
                "type": spec.get("type", "ClusterIP"),
                "selector": spec.get("selector") or {},
                "ports": spec.get("ports") or [],
            }
        )
    elif kind in ("ConfigMap", "Secret"):
        if kind == "Secret":
            out["type"] = obj.get("type")
        data = {**(obj.get("data") or {}), **(obj.get("stringData") or {})}
        out["data"] = {k: (str(v)[:200] if kind == "ConfigMap" else v) for k, v in data.items()}
    else:
        out["spec"] = spec
        if status:
            out["status"] = {k: v for k, v in status.items() if k != "conditions"}
            out["conditions"] = _conditions(status)
    return out


def list_item(obj: Json) -> Json:
    """One line's worth of an object in a listing."""
    meta = obj.get("metadata") or {}
    spec = obj.get("spec") or {}
    status = obj.get("status") or {}
    kind = obj.get("kind", "")
    item: Json = {"name": meta.get("name")}
    if kind in _WORKLOADS:
        if kind in ("Deployment", "StatefulSet", "ReplicaSet"):
            item["ready"] = f"{status.get('readyReplicas', 0)}/{spec.get('replicas', 1)}"
        item["images"] = [
            c.get("image") for c in (_template(obj).get("spec") or {}).get("containers") or []
        ]
    elif kind == "Pod":
        statuses = status.get("containerStatuses") or []
        item["phase"] = status.get("phase")
        item["ready"] = f"{sum(1 for c in statuses if c.get('ready'))}/{len(statuses)}"
        item["restarts"] = sum(c.get("restartCount", 0) for c in statuses)
        item["node"] = spec.get("nodeName")
    elif kind == "Service":
        item["type"] = spec.get("type", "ClusterIP")
        item["ports"] = [
            f"{p.get('port')}->{p.get('targetPort', p.get('port'))}"
            for p in spec.get("ports") or []
        ]
        item["selector"] = spec.get("selector") or {}
    elif kind in ("ConfigMap", "Secret"):
        item["keys"] = sorted({**(obj.get("data") or {}), **(obj.get("stringData") or {})})
    elif kind == "HorizontalPodAutoscaler":
        ref = spec.get("scaleTargetRef") or {}
        item["target"] = f"{ref.get('kind')}/{ref.get('name')}"
        item["replicas"] = f"{spec.get('minReplicas', 1)}..{spec.get('maxReplicas')}"
    elif kind == "PodDisruptionBudget":
        item["minAvailable"] = spec.get("minAvailable")
        item["maxUnavailable"] = spec.get("maxUnavailable")
    if meta.get("labels") and kind not in ("Pod", "ReplicaSet"):
        item["labels"] = meta["labels"]
    return item


def revision_item(obj: Json) -> Json:
    meta = obj.get("metadata") or {}
    annotations = meta.get("annotations") or {}
    if obj.get("kind") == "ReplicaSet":
        return {
            "revision": int(annotations.get(_REVISION, 0)),
            "replicaset": meta.get("name"),
            "images": [
                c.get("image") for c in (_template(obj).get("spec") or {}).get("containers") or []
            ],
            "change_cause": annotations.get("kubernetes.io/change-cause", ""),
            "created": meta.get("creationTimestamp"),
        }
    return {
        "revision": obj.get("revision"),
        "controllerrevision": meta.get("name"),
        "created": meta.get("creationTimestamp"),
    }


_SUMMARY_KINDS = (
    ("apps/v1", "Deployment"),
    ("apps/v1", "StatefulSet"),
    ("apps/v1", "DaemonSet"),
    ("batch/v1", "CronJob"),
    ("v1", "Service"),
    ("v1", "ConfigMap"),
    ("v1", "Secret"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
    ("policy/v1", "PodDisruptionBudget"),
    ("networking.k8s.io/v1", "NetworkPolicy"),
)


def namespace_summary(cluster: ClusterReader, namespace: str, *, limit: int = 30) -> str:
    """A compact YAML inventory of what runs in ``namespace`` (Secrets by key name only)."""
    inventory: Json = {}
    for api_version, kind in _SUMMARY_KINDS:
        try:
            # An inventory, not a decision: the apiserver's cache is good enough.
            items = cluster.list_objects(api_version, kind, namespace, limit=limit, stale_ok=True)
        except DotopError as err:
            inventory[kind] = f"(not listed: {err.message[:120]})"
            continue
        items = [i for i in items if (i.get("metadata") or {}).get("name") != "kube-root-ca.crt"]
        if items:
            inventory[kind] = [list_item(i) for i in items]
            if len(items) >= limit:
                inventory[kind].append(f"(first {limit} shown)")
    return to_yaml(inventory) if inventory else "(the namespace is empty)\n"


# ------------------------------------------------------------------------------ the toolbox
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
class _Tool:
    name: str
    description: str
    model: type[_Input]
    handler: Callable[[Any], ToolOutcome]
    narrow: str  # how to narrow this tool's output when it is cut


NO_WRITE_NOTE = (
    "No tool changes the cluster. Propose changes with submit_proposal: a person reviews the "
    "dry-run-validated plan and dotop-nb runs exactly what they approve."
)


class Toolbox:
    """The planner's tools over one :class:`ClusterReader`, for one intent's namespace."""

    def __init__(
        self, cluster: ClusterReader, *, namespace: str, output_limit: int = OUTPUT_LIMIT
    ) -> None:
        self.cluster = cluster
        self.namespace = namespace
        self.output_limit = output_limit
        self._api_versions: dict[str, list[str]] | None = None
        self._seen: dict[str, int] = {}
        self.calls = 0
        self._tools = {
            t.name: t
            for t in (
                _Tool(
                    "get_object",
                    "Read one object (Secret values are redacted). Pass `fields` to get only "
                    "some paths: whole objects are large.",
                    GetInput,
                    self._get,
                    "pass `fields` with the paths you need",
                ),
                _Tool(
                    "list_objects",
                    "List objects of one kind with a one-line summary each (or the given "
                    "`fields`). Use a label_selector and a small limit on big namespaces.",
                    ListInput,
                    self._list,
                    "use a label_selector, fewer `fields` or a smaller limit",
                ),
                _Tool(
                    "describe",
                    "A describe-like summary of one object: replicas, containers, images, "
                    "resources, probes, strategy, conditions, and its recent events.",
                    ObjectRef,
                    self._describe,
                    "use get_object with `fields` for the part you need",
                ),
                _Tool(
                    "events",
                    "Recent events about one object (warnings explain failing rollouts).",
                    EventsInput,
                    self._events,
                    "ask for fewer events (limit)",
                ),
                _Tool(
                    "logs",
                    "The last lines of a pod's log. Some clusters cannot serve logs; then use "
                    "events and status instead.",
                    LogsInput,
                    self._logs,
                    "ask for fewer tail_lines",
                ),
                _Tool(
                    "history",
                    "Rollout history of a Deployment, StatefulSet or DaemonSet: revisions "
                    "with their images.",
                    ObjectRef,
                    self._history,
                    "the newest revisions are listed last",
                ),
                _Tool(
                    "api_resources",
                    "Which kinds the cluster serves (apiVersion, kind, scope, verbs).",
                    ApiResourcesInput,
                    self._api_resources,
                    "pass `contains` to filter",
                ),
                _Tool(
                    "crd_schema",
                    "The OpenAPI schema of a kind defined by a CustomResourceDefinition "
                    "(e.g. ScaledObject), to write valid manifests.",
                    CrdSchemaInput,
                    self._crd_schema,
                    "pass a deeper field_path, e.g. spec.triggers",
                ),
                _Tool(
                    "dry_run",
                    "Server-side dry-run of one typed operation, sent exactly as it would "
                    "run but with dryRun=All: nothing changes. Returns the apiserver's verdict "
                    "and the fields that would change.",
                    DryRunInput,
                    self._dry_run,
                    "dry-run fewer or smaller operations",
                ),
                _Tool(
                    "submit_proposal",
                    "Your final answer: the typed operations (each one dry-run first) with "
                    "the analysis, risks and validation plan; or, when the intent is "
                    "ambiguous, a question and no operations. The operations are dry-run "
                    "again; a rejection comes back to you to correct.",
                    Submission,
                    self._submit,
                    "",
                ),
            )
        }

    # -------------------------------------------------------------------------- specs
    def specs(self) -> list[Json]:
        """The tool definitions for the Messages API (``submit_proposal`` last)."""
        return [
            {
                "name": t.name,
                "description": t.description,
                "input_schema": model_schema(t.model),
            }
            for t in self._tools.values()
        ]

    @property
    def names(self) -> list[str]:
        return list(self._tools)

    # -------------------------------------------------------------------------- dispatch
    def call(self, name: str, arguments: object) -> ToolOutcome:
        """Run one tool call; every problem becomes an error result, never an exception."""
        self.calls += 1
        tool = self._tools.get(name)
        if tool is None:
            return ToolOutcome(
                f"There is no tool named {name[:80]!r}. The tools are: "
                f"{', '.join(self._tools)}. {NO_WRITE_NOTE}",
                is_error=True,
            )
        if not isinstance(arguments, dict):
            return ToolOutcome(f"{name}: the input must be a JSON object", is_error=True)
        if name != "submit_proposal":
            key = f"{name}:{json.dumps(arguments, sort_keys=True, default=str)}"
            if key in self._seen:
                return ToolOutcome(
                    f"You already made this exact {name} call (call #{self._seen[key]}); its "
                    "result is above and has not changed. Ask for something else, or submit."
                )
            self._seen[key] = self.calls
        try:
            params = tool.model.model_validate(arguments)
        except ValidationError as err:
            status: ToolStatus = "invalid" if name == "submit_proposal" else "result"
            return ToolOutcome(
                f"Invalid input for {name}:\n{describe_errors(err)}", is_error=True, status=status
            )
        try:
            return tool.handler(params)
        except ValidationError as err:
            return ToolOutcome(f"Invalid input for {name}:\n{describe_errors(err)}", is_error=True)
        except ToolError as err:
            return ToolOutcome(f"{name}: {err}", is_error=True)
        except DotopError as err:
            return ToolOutcome(
                f"{name} failed:\n{untrusted('apiserver', err.message)}"
                + (f"\nHint: {err.hint}" if err.hint else ""),
                is_error=True,
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
        return Target(
            kind=ref.kind,
            name=ref.name,
            namespace=ref.namespace or self.namespace,
            api_version=self._api_version(ref.kind, ref.api_version),
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
        Target(kind="Pod", name=params.pod, namespace=params.namespace or self.namespace)
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
            served = ", ".join(str(v["name"]) for v in versions)
            return ToolOutcome(
                f"{crd['name']} has no version {params.version} (versions: {served})",
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
                return ToolOutcome(
                    f"{crd['kind']} {version['name']} has no field {params.field_path!r} "
                    f"(at {step!r}: fields are {', '.join(props) or 'none'})",
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

    # -------------------------------------------------------------------------- dry-run
    def _dry_run(self, params: DryRunInput) -> ToolOutcome:
        op = params.operation
        problem = self._outside_namespace(op)
        if problem:
            return ToolOutcome(problem, is_error=True)
        result = self.cluster.dry_run(op)
        return ToolOutcome(
            f"dry-run of `{op.summary()}`: {'accepted' if result.ok else 'REJECTED'}\n"
            + untrusted("apiserver dry-run", _dry_run_text(result)),
            is_error=not result.ok,
        )

    def _outside_namespace(self, op: Any) -> str:
        target: Target = op.target
        if target.namespace != self.namespace:
            return (
                f"{op.kind} of {target.kind}/{target.name} targets namespace "
                f"{target.namespace or '(cluster scope)'}; dotop-nb plans one namespace at a "
                f"time and this intent's is {self.namespace!r}. Set target.namespace to it."
            )
        return ""

    def _submit(self, sub: Submission) -> ToolOutcome:
        problems = [p for op in sub.operations if (p := self._outside_namespace(op))]
        if sub.question and sub.operations:
            problems.append("submit either operations or a question, not both")
        if not sub.question and not sub.operations:
            problems.append("submit at least one operation, or a question for the user")
        if problems:
            return ToolOutcome(
                "The proposal was not accepted:\n" + "\n".join(f"- {p}" for p in problems),
                is_error=True,
                status="invalid",
            )
        if sub.question:
            return ToolOutcome(
                "Recorded: the question goes to the user.", status="submitted", submission=sub
            )
        results = [self.cluster.dry_run(op) for op in sub.operations]
        lines = [
            f"{i}. {op.summary()}: {'accepted' if r.ok else 'REJECTED'}"
            + ("" if r.ok else f"\n{untrusted('apiserver dry-run', r.message)}")
            for i, (op, r) in enumerate(zip(sub.operations, results, strict=True), start=1)
        ]
        if all(r.ok for r in results):
            return ToolOutcome(
                "Accepted; every operation passed the server-side dry-run:\n" + "\n".join(lines),
                status="submitted",
                submission=sub,
                dry_runs=results,
            )
        return ToolOutcome(
            "The proposal was not accepted: the server-side dry-run rejected operations. "
            "Correct them and submit the whole proposal again.\n" + "\n".join(lines),
            is_error=True,
            status="rejected",
            submission=sub,
            dry_runs=results,
        )


def _event_line(event: Json) -> str:
    count = f" (x{event['count']})" if event.get("count", 1) > 1 else ""
    return (
        f"{event.get('last') or ''} {event.get('type', '')} {event.get('reason', '')}"
        f"{count} {event.get('object', '')}: {event.get('message', '')}"
    )


def _dry_run_text(result: DryRunResult) -> str:
    body: Json = {"ok": result.ok, "action": result.action, "message": result.message}
    if result.diff:
        body["changes"] = [
            {"path": c.path, "before": c.before, "after": c.after} for c in result.diff[:50]
        ]
        if len(result.diff) > 50:
            body["changes"].append(f"… {len(result.diff) - 50} more")
    return to_yaml(body)


def submission_of(operations: list[Any], **fields: Any) -> Json:
    """A previous plan as ``submit_proposal`` input (for continuing a conversation)."""
    return {
        **fields,
        "operations": [copy.deepcopy(op.model_dump(mode="json")) for op in operations],
    }
