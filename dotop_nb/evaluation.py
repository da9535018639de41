"""How well a planner turns the intents people type into correct plans (``dotop-nb eval``).

A scenario is an intent with what a correct plan contains (``intents.yaml``: operation kinds,
targets and values, or ``clarify`` when the planner must ask). :func:`run` sets up *the shop* — the
sample app ``my-api`` with the neighbours the scenarios name (frontend, payments, worker,
checkout with two revisions, postgres, their Services and ConfigMaps) — in a fresh namespace of a
real cluster, plans every scenario with the chosen planner through the
:class:`~dotop_nb.service.Operator` (dry-run and policies included, nothing executed), scores each
proposal, and reports success per category and split, tokens, cost and latency. The namespace is
deleted afterwards unless ``keep``.

The scenario file, the shop and the scoring are shared with the planner tests, so the test suite
and this report measure the same thing::

    from dotop_nb import evaluation
    cases = evaluation.load_scenarios(split="dev")
    report = evaluation.run(planner="offline", kubeconfig="~/.kube/config")
    print(report.text())
"""

from __future__ import annotations

import fnmatch
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from dotop_nb import planner as planners
from dotop_nb.cluster import rollout
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ConfigError, DotopError, LocalClusterError, NotFound
from dotop_nb.models import Operation, Proposal, Usage
from dotop_nb.planner import PlannerError
from dotop_nb.planner import cassettes as cassettes_mod
from dotop_nb.ports import Planner
from dotop_nb.service import Operator, check_namespace

Json = dict[str, Any]
Split = Literal["dev", "holdout"]


# ------------------------------------------------------------------------------ scenarios
@dataclass(frozen=True)
class Scenario:
    """One intent and what a correct plan for it contains."""

    split: str
    category: str
    intent: str
    expect: list[Json] | Literal["clarify"]
    capabilities: tuple[str, ...] = ()

    @classmethod
    def of(cls, raw: Json) -> Scenario:
        expect = raw["expect"]
        if expect != "clarify" and not (
            isinstance(expect, list) and all(isinstance(e, dict) and "kind" in e for e in expect)
        ):
            raise ValueError(f"expect must be 'clarify' or a list of operations: {expect!r}")
        return cls(
            split=str(raw["split"]),
            category=str(raw["category"]),
            intent=str(raw["intent"]),
            expect=expect,
            capabilities=tuple(raw.get("capabilities") or ()),
        )


def scenarios_path(path: str | Path | None = None) -> Path:
    """The scenario file: ``path``, else ``DOTOP_SCENARIOS``, else the one shipped in the
    package (``dotop_nb/scenarios/intents.yaml``)."""
    candidates: list[Path] = []
    if path:
        candidates.append(Path(path).expanduser())
    elif os.environ.get("DOTOP_SCENARIOS", "").strip():
        candidates.append(Path(os.environ["DOTOP_SCENARIOS"].strip()).expanduser())
    else:
        candidates.append(
            Path(str(resources.files("dotop_nb").joinpath("scenarios", "intents.yaml")))
        )
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise ConfigError(
        f"no scenario file at {candidates[0]}",
        hint="pass --scenarios PATH (or set DOTOP_SCENARIOS) to an intents.yaml",
    )


def load_scenarios(
    path: str | Path | None = None,
    *,
    split: str | None = None,
    categories: Iterable[str] = (),
) -> list[Scenario]:
    """The scenarios of ``path`` (see :func:`scenarios_path`), optionally one split and some
    categories only."""
    source = scenarios_path(path)
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
        cases = [Scenario.of(item) for item in raw]
    except (OSError, yaml.YAMLError, TypeError, KeyError, ValueError) as err:
        raise ConfigError(f"{source} is not a scenario file: {err}") from err
    wanted = set(categories)
    return [
        c
        for c in cases
        if (split in (None, "all") or c.split == split) and (not wanted or c.category in wanted)
    ]


def matches(want: Json, op: Operation) -> bool:
    """Whether ``op`` is the operation ``want`` describes (kind, ``Kind/name`` target with
    globs, and the optional ``replicas``, ``image``, ``manifest_kind``, ``patch_contains``)."""
    if op.kind != want["kind"]:
        return False
    kind, _, name = str(want["target"]).partition("/")
    if kind not in ("*", op.target.kind):
        return False
    if not fnmatch.fnmatchcase(op.target.name, name):
        return False
    if "replicas" in want and getattr(op, "replicas", None) != want["replicas"]:
        return False
    if "image" in want and getattr(op, "image", None) != want["image"]:
        return False
    body = getattr(op, "manifest", None)
    if "manifest_kind" in want and (
        body is None or body.get("kind") not in str(want["manifest_kind"]).split("|")
    ):
        return False
    if "patch_contains" in want:
        text = json.dumps(body if body is not None else getattr(op, "patch", {}))
        if str(want["patch_contains"]) not in text:
            return False
    return True


def score(scenario: Scenario, proposal: Proposal) -> tuple[bool, str]:
    """Whether the proposal does what the scenario expects, and why not. Every expected
    operation must be there and every operation must pass its dry-run; extra operations are
    allowed (a planner may add what a change needs, e.g. requests for an HPA)."""
    if scenario.expect == "clarify":
        ok = proposal.status == "needs_clarification"
        return ok, "" if ok else f"expected a question, got {proposal.status}: {_ops(proposal)}"
    if proposal.status == "needs_clarification":
        return False, f"asked: {proposal.question}"
    missing = [w for w in scenario.expect if not any(matches(w, op) for op in proposal.operations)]
    if missing:
        return False, f"missing {missing}; got {_ops(proposal)}"
    if any(not d.ok for d in proposal.dry_run):
        return False, "dry-run failed: " + "; ".join(
            d.message for d in proposal.dry_run if not d.ok
        )
    return True, ""


def _ops(proposal: Proposal) -> list[str]:
    return [op.summary() for op in proposal.operations]


# ------------------------------------------------------------------------------ the shop
def _deployment(
    ns: str,
    name: str,
    image: str,
    *,
    replicas: int,
    container: str,
    requests: bool = True,
    probe: bool = True,
    env: list[Json] | None = None,
    env_from: list[Json] | None = None,
    tier: str = "backend",
) -> Json:
    c: Json = {
        "name": container,
        "image": image,
        "ports": [{"name": "http", "containerPort": 8080}],
    }
    if requests:
        c["resources"] = {
            "requests": {"cpu": "100m", "memory": "128Mi"},
            "limits": {"memory": "256Mi"},
        }
    if probe:
        c["readinessProbe"] = {"httpGet": {"path": "/healthz", "port": "http"}}
    if env:
        c["env"] = env
    if env_from:
        c["envFrom"] = env_from
    labels = {"app": name, "tier": tier}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": ns, "labels": labels},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": labels}, "spec": {"containers": [c]}},
        },
    }


def _service(ns: str, name: str, *, headless: bool = False) -> Json:
    spec: Json = {
        "selector": {"app": name},
        "ports": [{"name": "http", "port": 80, "targetPort": "http"}],
    }
    if headless:
        spec = {
            "clusterIP": "None",
            "selector": {"app": name},
            "ports": [{"name": "db", "port": 5432}],
        }
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": ns, "labels": {"app": name}},
        "spec": spec,
    }


def _configmap(ns: str, name: str, app: str, data: dict[str, str]) -> Json:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": ns, "labels": {"app": app}},
        "data": data,
    }


def _statefulset(ns: str, name: str, app: str, container: Json, *, tier: str | None = None) -> Json:
    labels = {"app": app, **({"tier": tier} if tier else {})}
    return {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": name, "namespace": ns, "labels": {"app": app}},
        "spec": {
            "serviceName": name,
            "replicas": 1,
            "selector": {"matchLabels": {"app": app}},
            "template": {"metadata": {"labels": labels}, "spec": {"containers": [container]}},
        },
    }


def shop_manifests(ns: str) -> list[Json]:
    """The shop in namespace ``ns`` (``checkout`` is added by :func:`install_shop`, in two
    revisions). The values are the ones the scenarios expect: change them together."""
    postgres = _statefulset(
        ns,
        "postgres",
        "postgres",
        {
            "name": "postgres",
            "image": "postgres:16.4",
            "env": [
                {"name": "POSTGRES_USER", "value": "shop"},
                {"name": "POSTGRES_DB", "value": "shop"},
            ],
            "ports": [{"name": "db", "containerPort": 5432}],
            "resources": {"requests": {"cpu": "250m", "memory": "512Mi"}},
            "readinessProbe": {"tcpSocket": {"port": 5432}},
        },
        tier="data",
    )
    cache = _statefulset(ns, "cache", "cache-store", {"name": "redis", "image": "redis:7"})
    return [
        _configmap(ns, "my-api-config", "my-api", {"LOG_LEVEL": "info", "FEATURE_X": "off"}),
        _configmap(ns, "payments-config", "payments", {"PROVIDER": "stripe"}),
        _configmap(ns, "shared-config", "shop", {"REGION": "eu"}),
        _deployment(
            ns,
            "my-api",
            "ghcr.io/acme/my-api:1.4.0",
            replicas=2,
            container="api",
            env_from=[
                {"configMapRef": {"name": "my-api-config"}},
                {"configMapRef": {"name": "shared-config"}},
            ],
        ),
        _deployment(
            ns,
            "frontend",
            "ghcr.io/acme/frontend:2.1.0",
            replicas=3,
            container="web",
            tier="frontend",
            env=[{"name": "FEATURE_FLAG", "value": "beta"}],
            env_from=[{"configMapRef": {"name": "shared-config"}}],
        ),
        _deployment(
            ns,
            "payments",
            "ghcr.io/acme/payments:3.0.0",
            replicas=2,
            container="payments",
            env_from=[{"configMapRef": {"name": "payments-config"}}],
        ),
        _deployment(
            ns,
            "worker",
            "ghcr.io/acme/worker:0.9.0",
            replicas=1,
            container="worker",
            requests=False,
            probe=False,
        ),
        _deployment(ns, "cache", "ghcr.io/acme/cache-proxy:1.0.0", replicas=1, container="proxy"),
        _service(ns, "my-api"),
        _service(ns, "frontend"),
        _service(ns, "payments"),
        _service(ns, "postgres", headless=True),
        postgres,
        cache,
    ]


def _wait_rolled_out(kube: KubeClient, name: str, ns: str, deadline: float) -> None:
    while True:
        state = rollout.deployment(kube.get("apps/v1", "Deployment", name, ns))
        if state.done:
            return
        if state.failed or time.monotonic() > deadline:
            raise LocalClusterError(f"the shop did not roll out in {ns}: {state.message}")
        time.sleep(0.2)


def install_shop(kube: KubeClient, ns: str, *, timeout: float = 120.0) -> None:
    """Create the shop in ``ns`` (which must exist) and give ``checkout`` two revisions."""
    deadline = time.monotonic() + timeout
    for manifest in shop_manifests(ns):
        kube.apply(manifest)
    checkout = _deployment(
        ns, "checkout", "ghcr.io/acme/checkout:1.0.0", replicas=2, container="checkout"
    )
    kube.apply(checkout)
    _wait_rolled_out(kube, "checkout", ns, deadline)
    checkout["spec"]["template"]["spec"]["containers"][0]["image"] = "ghcr.io/acme/checkout:1.1.0"
    kube.apply(checkout)
    for name in ("checkout", "my-api", "frontend", "payments", "worker"):
        _wait_rolled_out(kube, name, ns, deadline)


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
        skipped = [r for r in self.results if r.skipped]
        if skipped:
            lines.append(
                f"skipped {len(skipped)}: " + "; ".join(sorted({r.skipped for r in skipped}))
            )
        failed = [r for r in self.ran if not r.ok]
        if failed:
            lines.append("failures:")
            lines.extend(
                f"  ✗ [{r.scenario.split}/{r.scenario.category}] {r.scenario.intent}: {r.why[:300]}"
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
                    "intent": r.scenario.intent,
                    "ok": r.ok,
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
    results = []
    ai = _recordable(operator.planner) if cassettes is not None else None
    for number, scenario in enumerate(scenarios, start=1):
        recorder = cassettes_mod.Recorder()
        if ai is not None:
            ai.recorder = recorder
        missing = sorted(set(scenario.capabilities) - capabilities)
        if missing:
            result = CaseResult(scenario, ok=False, skipped=f"needs {', '.join(missing)}")
        else:
            started = time.monotonic()
            try:
                proposal = operator.analyze(scenario.intent, namespace=namespace)
            except PlannerError as err:
                result = CaseResult(
                    scenario,
                    ok=False,
                    why=f"planner failed: {err.message}",
                    status="error",
                    usage=err.usage,
                )
            else:
                ok, why = score(scenario, proposal)
                result = CaseResult(
                    scenario, ok=ok, why=why, status=proposal.status, usage=proposal.usage
                )
            result.seconds = round(time.monotonic() - started, 3)
        if cassettes is not None and recorder.interactions:
            recorded = cassettes_mod.cassette(
                recorder,
                intent=scenario.intent,
                namespace=namespace,
                model=operator.planner.model,
                category=scenario.category,
                outcome={"status": result.status, "ok": result.ok, "why": result.why},
                scrub=lambda value: operator.gateway.scrub(value, namespace=namespace),
            )
            name = f"{number:02d}-{scenario.category}-{cassettes_mod.slug(scenario.intent)}.json"
            cassettes_mod.save(cassettes / name, recorded)
        results.append(result)
        if progress is not None:
            progress(result)
    return results


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
    with tempfile.TemporaryDirectory(prefix="dotop-eval-") as scratch:
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


__all__ = [
    "CaseResult",
    "Report",
    "Scenario",
    "evaluate",
    "install_shop",
    "load_scenarios",
    "matches",
    "run",
    "scenarios_path",
    "score",
    "shop_manifests",
]
