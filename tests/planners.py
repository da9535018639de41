"""A planner for tests: returns whatever the test scripts, through the real planner interface."""

from __future__ import annotations

from collections.abc import Callable

from dotop_nb.models import Operation
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult


class ScriptedPlanner:
    """Answers every request with ``script(request, cluster)`` (or fixed operations)."""

    name = "scripted"
    model: str | None = None

    def __init__(
        self,
        script: Callable[[PlanRequest, ClusterReader], PlanResult] | list[Operation],
    ) -> None:
        self.script = script
        self.requests: list[PlanRequest] = []

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        self.requests.append(request)
        if callable(self.script):
            return self.script(request, cluster)
        return PlanResult(operations=list(self.script), category="scripted", analysis="scripted")
