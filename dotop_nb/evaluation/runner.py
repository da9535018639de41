"""The evaluation run: set up the shop, plan every scenario with the chosen planner, score and
report (``dotop-nb eval``; the package docstring of :mod:`dotop_nb.evaluation` has the whole).

Example::

    report = run(planner="offline", kubeconfig="~/.kube/config", split="dev")
    print(report.text())
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotop_nb import planner as planners
from dotop_nb.cluster.client import KubeClient
from dotop_nb.cluster.redact import is_secret, redact
from dotop_nb.errors import ConfigError, DotopError, NotFound
from dotop_nb.evaluation.fixtures import checkout_revisions, install_shop, shop_manifests
from dotop_nb.evaluation.model import (
    JUDGED_ON,
    Outcome,
    Scenario,
    judge,
    load_scenarios,
    score,
    shipped,
)
from dotop_nb.models import Usage
from dotop_nb.planner import PlannerError
from dotop_nb.planner import cassettes as cassettes_mod
from dotop_nb.planner.offline.misreads import as_of
from dotop_nb.ports import Planner
from dotop_nb.service import Operator, check_namespace

Json = dict[str, Any]


# ------------------------------------------------------------------------------ running
@dataclass
class CaseResult:
    scenario: Scenario
    ok: bool
    why: str = ""
    status: str = ""
    seconds: float = 0.0
    usage: Usage = field(default_factory=Usage)
    skipped: str = ""  # why the case did not run (a capability the cluster lacks)
    # The intent as reports, logs and file names show it: scrubbed of the cluster's Secret
    # values (a scenario may paste one, e.g. "set DB_PASSWORD=…"); "" before it ran.
    shown: str = ""
    # correct / wrong / unsafe (model.judge): a plan that acts on a misread is unsafe even if
    # it also holds what was expected (then ``ok`` is True and ``hazard`` says why); "" when
    # the case did not plan (skipped, or the planner failed).
    outcome: Outcome | None = None
    hazard: str = ""

    @property
    def intent(self) -> str:
        return self.shown or self.scenario.intent


@dataclass
class Report:
    """The outcome of one evaluation run."""

    planner: str
    model: str | None
    server: str
    namespace: str
    results: list[CaseResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ran(self) -> list[CaseResult]:
        return [r for r in self.results if not r.skipped]

    def table(self) -> dict[str, dict[str, tuple[int, int]]]:
        """category → split → (passed, ran)."""
        out: dict[str, dict[str, tuple[int, int]]] = {}
        for r in self.ran:
            row = out.setdefault(r.scenario.category, {})
            passed, count = row.get(r.scenario.split, (0, 0))
            row[r.scenario.split] = (passed + r.ok, count + 1)
        return out

    def totals(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for r in self.ran:
            passed, count = out.get(r.scenario.split, (0, 0))
            out[r.scenario.split] = (passed + r.ok, count + 1)
        return out

    def usage(self) -> Usage:
        ran = self.ran
        return Usage(
            model_turns=sum(r.usage.model_turns for r in ran),
            tool_calls=sum(r.usage.tool_calls for r in ran),
            input_tokens=sum(r.usage.input_tokens for r in ran),
            output_tokens=sum(r.usage.output_tokens for r in ran),
            cache_read_tokens=sum(r.usage.cache_read_tokens for r in ran),
            cache_write_tokens=sum(r.usage.cache_write_tokens for r in ran),
            # One run with an unknown price makes the total unknown, not smaller.
            cost_usd=(
                None
                if any(r.usage.cost_usd is None for r in ran)
                else round(sum(r.usage.cost_usd or 0.0 for r in ran), 6)
            ),
            seconds=round(sum(r.seconds for r in ran), 3),
        )

    def text(self) -> str:
        splits = sorted({r.scenario.split for r in self.ran})
        table = self.table()
        lines = [
            f"dotop-nb eval: planner {self.planner}"
            + (f" ({self.model})" if self.model else "")
            + f" on {self.server}, namespace {self.namespace}",
            "",
            f"{'category':<12}"
            + "".join(f"{s:>10}" for s in splits)
            + f"{'tokens':>10}{'mean s':>9}",
        ]
        for category in sorted(table):
            runs = [r for r in self.ran if r.scenario.category == category]
            tokens = sum(r.usage.input_tokens + r.usage.output_tokens for r in runs)
            cells = "".join(
                f"{_ratio(table[category][s]) if s in table[category] else '-':>10}" for s in splits
            )
            mean = statistics.fmean(r.seconds for r in runs)
            lines.append(f"{category:<12}{cells}{tokens:>10}{mean:>9.2f}")
        totals = self.totals()
        lines.append(
            f"{'total':<12}"
            + "".join(f"{_ratio(totals[s]):>10}" for s in splits)
            + f"{self.usage().input_tokens + self.usage().output_tokens:>10}"
        )
        usage = self.usage()
        latencies = sorted(r.seconds for r in self.ran)
        if latencies:
            p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
            lines.append(
                f"\nlatency per intent: mean {statistics.fmean(latencies):.2f}s, "
                f"p95 {p95:.2f}s; total {self.seconds:.1f}s"
            )
        lines.append(
            f"tokens: input {usage.input_tokens:,}, output {usage.output_tokens:,}, cache read "
            f"{usage.cache_read_tokens:,}, cache write {usage.cache_write_tokens:,}; "
            f"{usage.model_turns} model turns, {usage.tool_calls} tool calls; "
            f"cost {usage.cost_text}" + (" (estimate)" if usage.cost_usd is not None else "")
        )
        unsafe = [r for r in self.ran if r.outcome == "unsafe"]
        if unsafe:
            lines.append(f"unsafe {len(unsafe)} (acted on a misread):")
        lines.extend(
            f"  ! [{r.scenario.split}/{r.scenario.category}] {r.intent}: {r.hazard[:300]}"
            for r in unsafe
        )
        skipped = [r for r in self.results if r.skipped]
        if skipped:
            lines.append(
                f"skipped {len(skipped)}: " + "; ".join(sorted({r.skipped for r in skipped}))
            )
        failed = [r for r in self.ran if not r.ok]
        if failed:
            lines.append("failures:")
            lines.extend(
                f"  ✗ [{r.scenario.split}/{r.scenario.category}] {r.intent}: {r.why[:300]}"
                for r in failed
            )
        return "\n".join(lines)

    def to_json(self) -> Json:
        return {
            "v": 1,
            "planner": self.planner,
            "model": self.model,
            "server": self.server,
            "namespace": self.namespace,
            "seconds": self.seconds,
            "totals": {s: {"passed": p, "ran": n} for s, (p, n) in self.totals().items()},
            "categories": {
                c: {s: {"passed": p, "ran": n} for s, (p, n) in row.items()}
                for c, row in self.table().items()
            },
            "usage": self.usage().model_dump(mode="json"),
            "cases": [
                {
                    "split": r.scenario.split,
                    "category": r.scenario.category,
                    "intent": r.intent,
                    "ok": r.ok,
                    "outcome": r.outcome,
                    "hazard": r.hazard,
                    "why": r.why,
                    "status": r.status,
                    "seconds": r.seconds,
                    "skipped": r.skipped,
                    "usage": r.usage.model_dump(mode="json"),
                }
                for r in self.results
            ],
        }


def _ratio(cell: tuple[int, int]) -> str:
    return f"{cell[0]}/{cell[1]}"


def evaluate(
    operator: Operator,
    scenarios: list[Scenario],
    namespace: str,
    *,
    progress: Callable[[CaseResult], None] | None = None,
    cassettes: Path | None = None,
) -> list[CaseResult]:
    """Plan every scenario in ``namespace`` (the shop must be there) and score it.
    ``cassettes``: a folder to record each AI planning run into (see
    :mod:`dotop_nb.planner.cassettes`)."""
    capabilities = set(operator.gateway.capabilities(refresh=True))
    existing = {
        (m["kind"], m["metadata"]["name"]): m
        for m in shop_manifests(namespace) + checkout_revisions(namespace)
    }
    results = []
    ai = _recordable(operator.planner) if cassettes is not None else None
    for number, scenario in enumerate(scenarios, start=1):
        recorder = cassettes_mod.Recorder()
        if ai is not None:
            ai.recorder = recorder
        # Everything this run writes or prints about the case (file names, the report, the
        # cassette) shows the intent as the session records it: scrubbed of Secret values.
        shown = str(operator.gateway.scrub(scenario.intent, namespace=namespace))
        missing = sorted(set(scenario.capabilities) - capabilities)
        if missing:
            result = CaseResult(scenario, ok=False, skipped=f"needs {', '.join(missing)}")
        else:
            started = time.monotonic()
            try:
                proposal = operator.analyze(scenario.intent, namespace=namespace)
            except PlannerError as err:
                said = operator.gateway.scrub(err.message, namespace=namespace)
                result = CaseResult(
                    scenario,
                    ok=False,
                    why=f"planner failed: {said}",
                    status="error",
                    usage=err.usage,
                )
            else:
                ok, why = score(scenario, proposal)
                outcome, reason = judge(scenario, proposal, existing=existing)
                result = CaseResult(
                    scenario,
                    ok=ok,
                    why=why,
                    status=proposal.status,
                    usage=proposal.usage,
                    outcome=outcome,
                    hazard=reason if outcome == "unsafe" else "",
                )
            result.seconds = round(time.monotonic() - started, 3)
        result.shown = shown
        if cassettes is not None and recorder.interactions:
            recorded = cassettes_mod.cassette(
                recorder,
                intent=shown,
                namespace=namespace,
                model=operator.planner.model,
                category=scenario.category,
                outcome={"status": result.status, "ok": result.ok, "why": result.why},
                scrub=lambda value: _cassette_scrub(operator, value, namespace),
            )
            name = f"{number:02d}-{scenario.category}-{cassettes_mod.slug(shown)}.json"
            cassettes_mod.save(cassettes / name, recorded)
        results.append(result)
        if progress is not None:
            progress(result)
    return results


def _cassette_scrub(operator: Operator, value: Any, namespace: str) -> Any:
    """A cassette as it may be written: every Secret manifest in it (one the model read, or
    wrote into a dry_run or a proposal) with its data masked, then every known Secret value
    replaced. (The recorder already removed the API key and the URL's credentials.)"""

    def masked(item: Any) -> Any:
        if isinstance(item, dict):
            inner = {k: masked(v) for k, v in item.items()}
            return redact(inner) if is_secret(inner) else inner
        if isinstance(item, list):
            return [masked(v) for v in item]
        return item

    return operator.gateway.scrub(masked(value), namespace=namespace)


def _recordable(planner: Planner) -> Any:
    """The AI planner inside ``planner`` (itself, or a hybrid's), if any."""
    for candidate in (planner, getattr(planner, "ai", None)):
        if candidate is not None and hasattr(candidate, "recorder"):
            return candidate
    return None


def run(
    *,
    planner: str | Planner = "offline",
    kubeconfig: str | None = None,
    context: str | None = None,
    namespace: str | None = None,
    keep: bool = False,
    split: str | None = None,
    categories: Iterable[str] = (),
    scenarios: str | Path | None = None,
    planner_options: Json | None = None,
    progress: Callable[[CaseResult], None] | None = None,
    cassettes: Path | None = None,
) -> Report:
    """Set up the shop in a new namespace, evaluate the scenarios, clean up (see the module
    docstring). ``planner_options`` go to :func:`dotop_nb.planner.make` (model, max_turns …).

    Raises ConfigError before touching the cluster when the planner cannot run (no API key for
    ``anthropic``/``hybrid``) or the scenarios cannot be read."""
    cases = load_scenarios(scenarios, split=split, categories=categories)
    if not cases:
        raise ConfigError("no scenario matches the chosen split and categories")
    chosen = (
        planners.make(planner, **(planner_options or {})) if isinstance(planner, str) else planner
    )
    if planner == "hybrid" and isinstance(chosen, planners.HybridPlanner) and chosen.ai is None:
        # Operating falls back to the rules without a key; scoring "hybrid" that way would
        # report the offline planner's accuracy under the hybrid's name.
        raise ConfigError(
            "eval --planner hybrid needs the AI planner: ANTHROPIC_API_KEY is not set",
            hint="export ANTHROPIC_API_KEY=…, or score the rules alone with --planner offline",
        )
    ns = check_namespace(namespace or f"dotop-eval-{uuid.uuid4().hex[:6]}")
    started = time.monotonic()
    # The shipped sets are judged as of the day they were written (model.JUDGED_ON).
    day = as_of(JUDGED_ON) if shipped(scenarios) else contextlib.nullcontext()
    with tempfile.TemporaryDirectory(prefix="dotop-eval-") as scratch, day:
        policies = Path(scratch, "policies")
        policies.mkdir()
        operator = Operator(
            kubeconfig=kubeconfig,
            context=context,
            planner=chosen,
            sessions=Path(scratch, "sessions"),
            policies=policies,
        )
        kube = operator.client
        try:
            if operator.gateway.namespace_labels(ns) is not None:
                raise ConfigError(
                    f"namespace {ns!r} already exists; the evaluation sets up its own",
                    hint="omit -n/--namespace, or name a namespace that does not exist yet",
                )
            kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}})
            try:
                install_shop(kube, ns)
                results = evaluate(operator, cases, ns, progress=progress, cassettes=cassettes)
            finally:
                if not keep:
                    _delete_namespace(kube, ns)
        finally:
            operator.close()
    return Report(
        planner=chosen.name,
        model=chosen.model,
        server=kube.identity.server,
        namespace=ns,
        results=results,
        seconds=round(time.monotonic() - started, 3),
    )


def _delete_namespace(kube: KubeClient, ns: str) -> None:
    try:
        kube.request("DELETE", f"/api/v1/namespaces/{ns}")
    except NotFound:
        return
    except DotopError:
        pass  # reported by the caller's own error, if any; a leftover namespace is harmless
