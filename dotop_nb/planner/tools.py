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
from collections.abc import Collection, Sequence
from typing import Any

from pydantic import ValidationError

from dotop_nb.errors import DotopError
from dotop_nb.models import DryRunResult, Target
from dotop_nb.planner.boundary import seal, to_yaml, untrusted
from dotop_nb.planner.lookups import (
    OUTPUT_LIMIT,
    Lookups,
    Tool,
    ToolError,
    ToolOutcome,
    ToolStatus,
)
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
    describe_errors,
    model_schema,
)
from dotop_nb.ports import ClusterReader
from dotop_nb.scoping import NamespaceGrant, judge

Json = dict[str, Any]

NO_WRITE_NOTE = (
    "No tool changes the cluster. Propose changes with submit_proposal: a person reviews the "
    "dry-run-validated plan and dotop-nb runs exactly what they approve."
)


class Toolbox(Lookups):
    """The planner's tools over one :class:`ClusterReader`, for one intent's namespace."""

    def __init__(
        self,
        cluster: ClusterReader,
        *,
        namespace: str,
        output_limit: int = OUTPUT_LIMIT,
        cluster_kinds: Collection[str] = (),
        namespace_grants: Sequence[tuple[str, NamespaceGrant]] = (),
        read_namespaces: Collection[str] = (),
    ) -> None:
        super().__init__(
            cluster,
            namespace=namespace,
            output_limit=output_limit,
            read_namespaces=read_namespaces,
            read_grants=[(g.namespace, g.kinds) for _, g in namespace_grants],
        )
        # Cluster-scoped kinds a policy allows (allow_cluster_scoped_kinds) and kinds in other
        # namespaces (allow_namespaces, by policy id); anything else outside is refused.
        self.cluster_kinds = {k.lower() for k in cluster_kinds}
        self.namespace_grants = list(namespace_grants)
        self._seen: dict[str, int] = {}
        self.calls = 0
        self._tools = {
            t.name: t
            for t in (
                Tool(
                    "get_object",
                    "Read one object (Secret values are redacted). Pass `fields` to get only "
                    "some paths: whole objects are large.",
                    GetInput,
                    self._get,
                    "pass `fields` with the paths you need",
                ),
                Tool(
                    "list_objects",
                    "List objects of one kind with a one-line summary each (or the given "
                    "`fields`). Use a label_selector and a small limit on big namespaces.",
                    ListInput,
                    self._list,
                    "use a label_selector, fewer `fields` or a smaller limit",
                ),
                Tool(
                    "describe",
                    "A describe-like summary of one object: replicas, containers, images, "
                    "resources, probes, strategy, conditions, and its recent events.",
                    ObjectRef,
                    self._describe,
                    "use get_object with `fields` for the part you need",
                ),
                Tool(
                    "events",
                    "Recent events about one object (warnings explain failing rollouts).",
                    EventsInput,
                    self._events,
                    "ask for fewer events (limit)",
                ),
                Tool(
                    "logs",
                    "The last lines of a pod's log. Some clusters cannot serve logs; then use "
                    "events and status instead.",
                    LogsInput,
                    self._logs,
                    "ask for fewer tail_lines",
                ),
                Tool(
                    "history",
                    "Rollout history of a Deployment, StatefulSet or DaemonSet: revisions "
                    "with their images.",
                    ObjectRef,
                    self._history,
                    "the newest revisions are listed last",
                ),
                Tool(
                    "api_resources",
                    "Which kinds the cluster serves (apiVersion, kind, scope, verbs).",
                    ApiResourcesInput,
                    self._api_resources,
                    "pass `contains` to filter",
                ),
                Tool(
                    "crd_schema",
                    "The OpenAPI schema of a kind defined by a CustomResourceDefinition "
                    "(e.g. ScaledObject), to write valid manifests.",
                    CrdSchemaInput,
                    self._crd_schema,
                    "pass a deeper field_path, e.g. spec.triggers",
                ),
                Tool(
                    "dry_run",
                    "Server-side dry-run of one typed operation, sent exactly as it would "
                    "run but with dryRun=All: nothing changes. Returns the apiserver's verdict "
                    "and the fields that would change.",
                    DryRunInput,
                    self._dry_run,
                    "dry-run fewer or smaller operations",
                ),
                Tool(
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
        """Run one tool call; every problem becomes an error result, never an exception.

        The one exit of every tool result, success or error: sealed (:func:`seal`), so no path
        can let cluster text out of its untrusted-data boundary."""
        outcome = self._dispatch(name, arguments)
        outcome.content = seal(outcome.content)
        return outcome

    def _dispatch(self, name: str, arguments: object) -> ToolOutcome:
        self.calls += 1
        tool = self._tools.get(name)
        if tool is None:
            return ToolOutcome(
                f"There is no tool named {name[:80]!r}. The tools are: "
                f"{', '.join(self._tools)}. {NO_WRITE_NOTE}",
                is_error=True,
            )
        if not isinstance(arguments, dict):
            # A submission that is not even an object is a malformed submission (it counts
            # toward max_invalid_submissions), not a harmless lookup error.
            return ToolOutcome(
                f"{name}: the input must be a JSON object",
                is_error=True,
                status="invalid" if name == "submit_proposal" else "result",
            )
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
        """Why ``op`` reaches outside this intent's namespace ('' if it does not): the same
        decision as the policy engine's ``session-scope`` rule (:func:`dotop_nb.scoping.judge`)."""
        target: Target = op.target
        namespaced = self._namespaced(target)
        if namespaced is None:  # the cluster does not serve the kind (the dry-run says so)
            namespaced = True
        objects: list[Json | None] = []
        if target.namespace != self.namespace and any(
            g.covers(target) for _, g in self.namespace_grants
        ):
            current = self.cluster.get(target)
            # As it is, and as an apply leaves it (the gate checks every form's effect).
            objects = [current, *([op.manifest] if op.kind == "apply" else [])]
        refused = [
            reason
            for reason, grantor in judge(
                target,
                what=f"{op.kind} of {target.kind}/{target.name}",
                namespaced=namespaced,
                namespace=self.namespace,
                cluster_kinds=[("policy", self.cluster_kinds)],
                namespace_grants=self.namespace_grants,
                objects=objects,
            )
            if grantor is None
        ]
        if not refused:
            return ""
        if not namespaced and target.namespace is not None:
            hint = "leave target.namespace (and metadata.namespace) unset."
        elif not namespaced:
            hint = "Do not propose it."
        else:
            hint = (
                f"dotop-nb plans one namespace at a time and this intent's is "
                f"{self.namespace!r}: set target.namespace to it, unless a policy allows the "
                "other namespace."
            )
        return " ".join(refused) + " " + hint

    def _submit(self, sub: Submission) -> ToolOutcome:
        problems = [p for op in sub.operations if (p := self._outside_namespace(op))]
        if sub.question and sub.operations:
            problems.append("submit either operations or a question, not both")
        if not sub.question and not sub.operations:
            problems.append("submit at least one operation, or a question for the user")
        if sub.operations and not any(step.strip() for step in sub.rollback_plan):
            problems.append(
                "add a rollback_plan: the steps that undo this change, and when to take them"
            )
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


def _dry_run_text(result: DryRunResult) -> str:
    body: Json = {"ok": result.ok, "action": result.action, "message": result.message}
    if result.diff:
        body["changes"] = [
            {"path": c.path, "before": c.before, "after": c.after} for c in result.diff[:50]
        ]
        if len(result.diff) > 50:
            body["changes"].append(f"… {len(result.diff) - 50} more")
    return to_yaml(body)


def allowed_cluster_kinds(policies: list[Json]) -> list[str]:
    """The cluster-scoped kinds the policies (as the planner is told them) allow."""
    return [
        str(kind)
        for p in policies
        for kind in ((p.get("rules") or {}).get("allow_cluster_scoped_kinds") or [])
    ]


def allowed_namespaces(policies: list[Json]) -> list[tuple[str, NamespaceGrant]]:
    """The other-namespace grants (allow_namespaces) of the policies as the planner is told
    them, each with its policy's id. The service hands the planner validated policies."""
    return [
        (str(p.get("id")), NamespaceGrant.model_validate(grant))
        for p in policies
        for grant in ((p.get("rules") or {}).get("allow_namespaces") or [])
    ]


def submission_of(operations: list[Any], **fields: Any) -> Json:
    """A previous plan as ``submit_proposal`` input (for continuing a conversation)."""
    return {
        **fields,
        "operations": [copy.deepcopy(op.model_dump(mode="json")) for op in operations],
    }


__all__ = [
    "NO_WRITE_NOTE",
    "OUTPUT_LIMIT",
    "ToolError",
    "ToolOutcome",
    "ToolStatus",
    "Toolbox",
    "allowed_cluster_kinds",
    "allowed_namespaces",
    "submission_of",
]
