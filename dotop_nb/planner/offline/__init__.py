"""The offline planner: deterministic rules for the intents people type, no API key needed.

It reads the intent (:mod:`.understand`: every category scored by weighted cue words and the
nearest labelled examples), resolves the targets against the live cluster through the read-only
:class:`~dotop_nb.ports.ClusterReader`, and answers with typed operations — or with a specific
question when the intent is ambiguous (two categories close, two workloads match, a number is
missing, a word was not understood). It never guesses what to change or delete.

Adding a capability (the interface other modules rely on)
----------------------------------------------------------
A capability is one registration in :mod:`.catalog`, a category and its builder::

    from dotop_nb.planner.offline.registry import register
    register(
        "probe",
        probes.build,
        cues={r"\\bprobes?\\b": 1.0},
        examples=("add a readiness probe to cart",),
    )

- ``build(ctx: Ctx) -> PlanResult`` plans one request. ``ctx.workload()`` is the target (when
  the intent names several workloads or a label, the planner calls ``build`` once per workload
  with ``ctx`` pinned to it, and merges the results into one proposal); ``ctx.raw`` / ``ctx.text``
  are the words of this request (one clause of a compound intent); ``ctx.said()`` is the intent
  and its refinements, newest first. Raise :class:`Clarify` with the question to ask.
- Every number, value and word the builder does not consume must be asked about, never dropped
  (see :mod:`.guard` and :mod:`.numbers`); the guard already asks about shell syntax, negations,
  destructive words inside values and conditions before ``build`` runs.
- ``cues`` weigh a category against the others (see :mod:`.registry` for the scale);
  ``examples`` join the nearest-example vote. ``per_workload=False`` for a builder that reads
  several targets itself; ``family="addon"`` for one that adds objects beside a workload.

Categories built in: update, config, resources, scale, autoscale, ha, monitoring, backup,
security, rollback, restart, delete. Capabilities decide between alternatives (KEDA or HPA,
ServiceMonitor or annotations, Velero or a CronJob), patterns shape values (strategy, replicas,
targets) and policies bound them (min / max replicas); the proposal says which did what.
"""

from __future__ import annotations

from dotop_nb.planner.offline import (
    catalog,  # noqa: F401  (registers the built-in capabilities)
    guard,
    understand,
)
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.registry import REGISTRY, Capability, register
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult

_ADD_ONS = frozenset({"backup", "monitoring", "security", "ha"})
# A replica count is part of what an autoscaler or an HA plan sets ("between 2 and 10 replicas").
_COMPATIBLE = {name: {name, "scale"} for name in ("autoscale", "ha")}
_DIRECT = frozenset({"update", "delete", "restart", "rollback", "scale", "resources", "config"})


class OfflinePlanner:
    """Rules over the intent text and the live state. See the module docstring."""

    name = "offline"
    model: str | None = None

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        ctx = Ctx.of(request, cluster)
        # A word inside a condition never chooses the category (the guard asks about it).
        category = self.classify(guard.without_conditions(ctx.raw)) or self.classify(ctx.raw)
        if category is None:
            return PlanResult(
                category="unknown",
                question=(
                    f"I cannot tell what to do from {request.intent!r}. The offline planner "
                    "handles: update (image/version), config (env vars, ConfigMap keys), "
                    "resources, scale, autoscale, high availability, monitoring, backups, "
                    "network security, rollback, restart and delete — e.g. 'scale my-api to 5', "
                    "'make postgres highly available'. Rephrase, or use the AI planner."
                ),
            )
        rule = REGISTRY[category].build
        also = self.also_said(ctx.raw, category)
        if also:
            # "update my-api to 1.6.0 after the backup" is not a backup: an add-on rule would
            # plan its own thing and silently drop the change it was asked for.
            return PlanResult(
                category=category,
                question=(
                    f"{request.intent!r} reads as {category} and also as {' and '.join(also)}. "
                    f"Which one should I plan? Ask for one change per request."
                ),
            )
        if elsewhere := guard.other_namespace(ctx.raw, ctx.namespace):
            return PlanResult(
                category=category,
                question=(
                    f"{request.intent!r} names namespace {elsewhere!r}, but this session works "
                    f"in {ctx.namespace!r}. Run it with -n {elsewhere} (or drop the namespace "
                    f"from the sentence to act in {ctx.namespace!r})."
                ),
            )
        try:
            # Nothing acts on a partial parse: what the rule would ignore becomes a question.
            guard.check(category, ctx.raw)
            self.second_action(category, ctx.raw)
            result = rule(ctx)
        except Clarify as ask:
            return PlanResult(category=category, question=ask.question)
        result.category = result.category or category
        return result

    @classmethod
    def second_action(cls, category: str, text: str) -> None:
        """Ask when a later clause asks for a change of another category ("set cart replicas
        to 3 and image to …"): the rule would plan the first and silently drop the rest."""
        for clause in guard.clauses(text):
            other = cls.classify(clause)
            if (
                other is None
                or other == category
                or {category, other} <= _COMPATIBLE.get(category, set())
            ):
                continue
            raise Clarify(
                f"{text!r} asks for {category} and also {other} ({clause.strip()!r}); the "
                "offline planner plans one change per request and never does half silently. "
                "Ask for them one at a time."
            )

    @staticmethod
    def also_said(text: str, category: str) -> list[str]:
        """Direct-change categories an add-on intent (backup, monitoring, security, ha) also
        matches: each is a change the add-on rule would leave out."""
        if category not in _ADD_ONS:
            return []
        cued = understand.read(text).cued
        return sorted(name for name in cued if name in _DIRECT)

    @staticmethod
    def classify(text: str) -> str | None:
        """The category of an intent, or None when no category is read confidently enough."""
        return understand.read(text).best


__all__ = ["REGISTRY", "Capability", "Clarify", "OfflinePlanner", "register"]
