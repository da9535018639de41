"""The offline planner: deterministic rules for the intents people type, no API key needed.

It classifies the intent into a category, resolves the targets against the live cluster through
the read-only :class:`~dotop_nb.ports.ClusterReader`, and answers with typed operations — or with a
specific question when the intent is ambiguous (two workloads match, a number is missing, the
intent is too vague). It never guesses what to change or delete.

Categories: update, config, resources, scale, autoscale, ha, monitoring, backup, security,
rollback, restart, delete. Capabilities decide between alternatives (KEDA or HPA, ServiceMonitor
or annotations, Velero or a CronJob), patterns shape values (strategy, replicas, targets) and
policies bound them (min / max replicas); the proposal says which did what.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import (
    addons,
    budgets,
    config,
    envs,
    guard,
    netpol,
    placement,
    probes,
    pulls,
    removal,
    scaling,
    sizing,
    strategy,
    workloads,
)
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult

Rule = Callable[[Ctx], PlanResult]

# Order matters: the first category whose words appear wins ("remove the FEATURE_FLAG env var"
# is config, not delete; "roll out 3.1" is an update, not a rollback).
CATEGORIES: list[tuple[str, re.Pattern[str], Rule]] = [
    # Coverage builders (issue 11 item 4): specific cues, checked first; each names the
    # category whose guard rules apply. The rule is the one of the entry that matched.
    ("config", sizing.CUE, sizing.sizing),
    ("config", probes.CUE, probes.probe),
    ("config", envs.CUE, envs.envs),
    ("placement", placement.CUE, placement.placement),
    ("update", pulls.CUE, pulls.pull_policy),
    ("security", netpol.CUE, netpol.network_policy),
    # "set ORDERS_QUEUE to priority on orders": a variable named without "=".
    (
        "config",
        re.compile(r"\b(?i:set|change|update)\s+(?:the\s+)?[A-Z][A-Z0-9_]{2,}\s+(?i:to|as)\b"),
        config.config,
    ),
    # "remove 2 replicas" / "kill one pod" scale down; they are not deletions.
    (
        "scale",
        re.compile(r"\b(?:remove|drop|kill)\s+\S+\s+(?:replicas?|pods?|instances?)\b"),
        workloads.scale,
    ),
    # "remove LOG_LEVEL from cart" removes a variable: a config change, never a delete.
    (
        "config",
        re.compile(
            r"(?i:\b(?:remove|unset|drop|delete|clear)\s+(?:the\s+)?"
            r"(?:env(?:ironment)?\s+var(?:iable)?\s+)?)"
            r"(?!(?:HPA|PDB|SVC|CM|RS|KEDA|VPA)\b)[A-Z][A-Z0-9_]{2,}\b"
        ),
        config.config,
    ),
    # "delete the cart service", "remove the HPA on my-api": a delete of that one object.
    (
        "delete",
        re.compile(
            r"^\W*(?:(?:please|kindly|can|could|you|just|now|then|go|ahead|and|i|want|to|need)\s+)*"
            r"(?:delete|remove|drop|destroy|get rid of|tear down|uninstall)\b.*"
            r"(?<![\w\-./])(?:service|svc|pdb|poddisruptionbudget|disruption budget|hpa|"
            r"horizontalpodautoscaler|autoscaler|configmap|config map|cm|replicasets?|rs)s?"
            r"(?![\w\-./])"
        ),
        removal.delete,
    ),
    # After the delete of a named kind: "delete the payments pdb" deletes it.
    ("pdb", budgets.CUE, budgets.budget),
    (
        "rollback",
        re.compile(
            r"\broll\s*back|\brollback|\brevert|\bundo\b|\bgo back\b|"
            r"previous (version|release|revision)"
        ),
        workloads.rollback,
    ),
    ("restart", re.compile(r"\brestart|\bbounce|\brecycle|\breboot the pods"), workloads.restart),
    (
        "config",
        re.compile(
            r"(?i:\benv\b|\benv var|environment variable|\bconfigmap\b|-config\b|config key|"
            r"\bunset\b)|\b[A-Z][A-Z0-9_]{2,}\s*=|(?i:\bconfigure\b).*\b[A-Z][A-Z0-9_]{2,}"
        ),
        config.config,
    ),
    (
        "autoscale",
        re.compile(
            r"auto-?scal|\bhpa\b|\bkeda\b|automatic(ally)? scal|"
            r"\bscale\b.*\b(automatically|with (the )?load|itself|on demand|on (cpu|memory))|"
            r"horizontal(ly)? (pod )?autoscal|horizontal autoscaling|"
            r"scales? (by )?(itself|on demand)"
        ),
        scaling.autoscale,
    ),
    (
        "ha",
        re.compile(
            r"highly available|high availability|\bha\b|survive|redundan|zone goes down|"
            r"node (failure|goes down)|resilien|fault[- ]toleran|keeps? running if|fragile|"
            r"single point of failure|\bspof\b|brittle"
        ),
        scaling.high_availability,
    ),
    (
        "monitoring",
        re.compile(r"monitor|metrics|prometheus|observab|scrape|use annotations"),
        addons.monitoring,
    ),
    ("backup", re.compile(r"back(ed)?[- ]?up|backups?|snapshot"), addons.backup),
    (
        "security",
        re.compile(
            r"\bonly\b.*\b(may|can|should)\b.*\b(reach|call|access|talk|connect)|network ?polic|"
            r"deny .*ingress|restrict access|lock down|allow traffic only|isolate"
        ),
        addons.security,
    ),
    (
        "delete",
        re.compile(
            r"\bdelete\b|\bremove\b|tear down|get rid of|decommission|\buninstall\b|\bdestroy\b"
        ),
        removal.delete,
    ),
    (
        "resources",
        re.compile(
            r"\b(cpu|memory|mem|ram)\b.*\b(request|limit|\d)|\b(request|limit)s?\b.*\b(cpu|memory)\b|"
            r"\d+(mi|gi|m)\b.*\b(cpu|memory|request|limit)|\b(limit|give)\b.*\d+(mi|gi|m)\b"
        ),
        config.resources,
    ),
    (
        "scale",
        re.compile(
            r"\bscale|\breplicas?\b|\binstances?\b|\bdouble\b|\bhalve\b|\btriple\b|"
            r"\bmore (pods|replicas|instances)|\b(pods|copies)\b"
        ),
        workloads.scale,
    ),
    # "make payments zero-downtime": the strategy alone (with a version it is an update).
    ("update", strategy.CUE, strategy.zero_downtime),
    (
        "update",
        re.compile(
            r"\bimage\b|\bversion\b|\bupgrade|\bupdate\b|\bdeploy\b|\brelease\b|roll ?out|\bbump\b|"
            r"switch .* to|\btag\b|\bdowngrade"
        ),
        workloads.update,
    ),
]


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
        rule = self.rule(category, guard.without_conditions(ctx.raw), ctx.raw)
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
        return strategy.with_zero_downtime(ctx, result)

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
        lowered = text.lower()
        return sorted(
            {
                name
                for name, pattern, _ in CATEGORIES
                if name in _DIRECT and pattern.search(text if name == "config" else lowered)
            }
        )

    @staticmethod
    def rule(category: str, *texts: str) -> Rule:
        """The rule of the first entry of ``category`` whose pattern matches one of ``texts``
        (tried in order, as :meth:`plan` classified them)."""
        for text in texts:
            for name, pattern, rule in CATEGORIES:
                source = text if name == "config" else text.lower()
                if name == category and pattern.search(source):
                    return rule
        return next(rule for name, _, rule in CATEGORIES if name == category)

    @staticmethod
    def classify(text: str) -> str | None:
        """The category of an intent, or None when no rule recognises it."""
        lowered = text.lower()
        for name, pattern, _ in CATEGORIES:
            # Env-var names are upper case: match the config rule on the text as typed.
            source = text if name == "config" else lowered
            if pattern.search(source):
                return name
        return None


__all__ = ["CATEGORIES", "Clarify", "OfflinePlanner"]
