"""``dotop-nb eval`` without a cluster: scenarios, scoring, the report, and the missing-key exit."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from dotop_nb import evaluation
from dotop_nb.commands import eval as eval_command
from dotop_nb.errors import ConfigError
from dotop_nb.evaluation import CaseResult, Report, Scenario
from dotop_nb.models import (
    ApplyOp,
    ClusterRef,
    DryRunResult,
    Proposal,
    ScaleOp,
    Target,
    Usage,
)

pytestmark = pytest.mark.timeout(30)


def proposal(
    *ops: object, status: str = "proposed", ok: bool = True, question: str | None = None
) -> Proposal:
    return Proposal(
        session_id="op-20261127-abcdefgh",
        intent="x",
        namespace="shop",
        cluster=ClusterRef(server="https://127.0.0.1:6443"),
        planner="test",
        operations=list(ops),
        dry_run=[DryRunResult(ok=ok, message="" if ok else "denied") for _ in ops],
        status=status,
        question=question,
    )


def scale(name: str, replicas: int) -> ScaleOp:
    return ScaleOp(target=Target(kind="Deployment", name=name, namespace="shop"), replicas=replicas)


def test_the_built_in_suite_loads_with_both_halves() -> None:
    cases = evaluation.load_scenarios()
    assert {c.split for c in cases} == {"dev", "holdout"}
    assert len(cases) >= 60
    assert {"scale", "update", "rollback", "clarify"} <= {c.category for c in cases}
    scale_dev = evaluation.load_scenarios(split="dev", categories=["scale"])
    assert scale_dev
    assert all(c.split == "dev" and c.category == "scale" for c in scale_dev)
    monitoring = evaluation.load_scenarios(categories=["monitoring"])
    assert all(c.capabilities == ("prometheus-operator",) for c in monitoring)


def test_a_missing_or_broken_scenario_file_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigError, match="no scenario file"):
        evaluation.load_scenarios(tmp_path / "none.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("- {split: dev, intent: x}\n")
    with pytest.raises(ConfigError, match="not a scenario file"):
        evaluation.load_scenarios(broken)
    one = tmp_path / "one.yaml"
    one.write_text("- {split: dev, category: scale, intent: scale a, expect: clarify}\n")
    monkeypatch.setenv("DOTOP_SCENARIOS", str(one))
    assert evaluation.load_scenarios() == [
        Scenario(split="dev", category="scale", intent="scale a", expect="clarify")
    ]


def test_scoring() -> None:
    case = Scenario.of(
        {
            "split": "dev",
            "category": "scale",
            "intent": "scale my-api to 5",
            "expect": [{"kind": "scale", "target": "Deployment/my-api", "replicas": 5}],
        }
    )
    assert evaluation.score(case, proposal(scale("my-api", 5))) == (True, "")
    ok, why = evaluation.score(case, proposal(scale("my-api", 4)))
    assert not ok
    assert "missing" in why
    ok, why = evaluation.score(
        case, proposal(scale("my-api", 5), ok=False, status="dry_run_failed")
    )
    assert not ok
    assert "dry-run failed: denied" in why
    ok, why = evaluation.score(case, proposal(status="needs_clarification", question="which?"))
    assert (ok, why) == (False, "asked: which?")
    clarify = Scenario(split="dev", category="clarify", intent="fix it", expect="clarify")
    assert evaluation.score(clarify, proposal(status="needs_clarification", question="?"))[0]
    assert not evaluation.score(clarify, proposal(scale("my-api", 5)))[0]


def test_matching_manifests_and_globs() -> None:
    hpa = ApplyOp(
        target=Target(kind="HorizontalPodAutoscaler", name="my-api", namespace="shop"),
        manifest={
            "apiVersion": "autoscaling/v2",
            "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": "my-api", "namespace": "shop"},
            "spec": {"maxReplicas": 8},
        },
    )
    want = {
        "kind": "apply",
        "target": "*/my-api",
        "manifest_kind": "HorizontalPodAutoscaler|ScaledObject",
        "patch_contains": '"maxReplicas": 8',
    }
    assert evaluation.matches(want, hpa)
    assert not evaluation.matches({**want, "target": "*/frontend"}, hpa)
    assert not evaluation.matches({**want, "manifest_kind": "ScaledObject"}, hpa)


def test_the_report() -> None:
    dev = Scenario(split="dev", category="scale", intent="scale a", expect="clarify")
    holdout = Scenario(split="holdout", category="scale", intent="scale b", expect="clarify")
    monitoring = Scenario(
        split="dev", category="monitoring", intent="m", expect="clarify", capabilities=("x",)
    )
    report = Report(
        planner="anthropic",
        model="claude-sonnet-5-5",
        server="https://127.0.0.1:6443",
        namespace="dotop-eval-1",
        results=[
            CaseResult(
                dev,
                ok=True,
                seconds=1.0,
                usage=Usage(input_tokens=100, output_tokens=10, cost_usd=0.01),
            ),
            CaseResult(holdout, ok=False, why="asked: which?", seconds=3.0),
            CaseResult(monitoring, ok=False, skipped="needs x"),
        ],
        seconds=5.0,
    )
    assert report.totals() == {"dev": (1, 1), "holdout": (0, 1)}
    text = report.text()
    assert "planner anthropic (claude-sonnet-5-5)" in text
    assert "scale" in text
    assert "1/1" in text
    assert "0/1" in text
    assert "skipped 1: needs x" in text
    assert "✗ [holdout/scale] scale b: asked: which?" in text
    assert "cost ~$0.0100 (estimate)" in text
    data = report.to_json()
    assert data["totals"] == {"dev": {"passed": 1, "ran": 1}, "holdout": {"passed": 0, "ran": 1}}
    assert data["usage"]["input_tokens"] == 100
    assert len(data["cases"]) == 3


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dotop-nb")
    eval_command.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(["eval", *argv])


def test_eval_with_the_ai_planner_and_no_key_says_so_and_touches_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    # A kubeconfig that does not exist: reaching for the cluster would be a different error.
    args = _parse("--planner", "anthropic", "--kubeconfig", str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY is not set") as err:
        args.func(args)
    assert err.value.exit_code == 2
    args = _parse("--planner", "hybrid", "--kubeconfig", str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY"):
        args.func(args)


def test_eval_options() -> None:
    args = _parse("--split", "holdout", "--category", "scale", "--category", "ha", "--keep", "-q")
    assert (args.planner, args.split, args.category, args.keep) == (
        "offline",
        "holdout",
        ["scale", "ha"],
        True,
    )
