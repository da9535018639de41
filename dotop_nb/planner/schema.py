"""Input schemas of the AI planner's tools, and ``submit_proposal``'s schema generated from the
typed :data:`~dotop_nb.models.Operation` union (no free-text JSON parsing)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from dotop_nb.models import Operation

Json = dict[str, Any]

MAX_OPERATIONS = 20


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
    rollback_plan: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="required with operations: the steps that undo this change (e.g. "
        "'rollout_undo deployment/my-api to revision 3', 'delete hpa/my-api') and the signal "
        "that calls for them",
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
