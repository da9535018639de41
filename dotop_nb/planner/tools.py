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
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import ValidationError

from dotop_nb.errors import DotopError
from dotop_nb.models import DryRunResult, Target
from dotop_nb.planner.boundary import parse_path, select, to_yaml, truncate, untrusted
from dotop_nb.planner.schema import (
    ApiResourcesInput,
    CrdSchemaInput,
    DryRunInput,
    EventsInput,
    GetInput,
    ListInput,
    LogsInput,
    ObjectRef,
    Submission,
    _Input,
    describe_errors,
    model_schema,
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
