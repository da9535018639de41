"""Issue 13, points 4 and 5, with the real SDK against the scripted server: the offline answer
stands when the model cannot give one, a hung API is a timeout within the time limit, the
request timeout is a setting, and an unknown model's cost is unknown, not free."""

from __future__ import annotations

import time
import typing
from typing import Any

import anthropic
import pytest

from dotop_nb import planner as planners
from dotop_nb.errors import ConfigError
from dotop_nb.planner import (
    FALLBACK_NOTE,
    HybridPlanner,
    OfflinePlanner,
    PlannerError,
    PlannerUnavailable,
)
from dotop_nb.planner.anthropic import PRICES, AnthropicSettings
from dotop_nb.ports import PlanRequest
from tests.fake_anthropic import (
    FakeAnthropic,
    StubCluster,
    deployment,
    message,
    overloaded,
    scale_op,
    submit,
    tool_use,
)

pytestmark = pytest.mark.timeout(60)

Json = dict[str, Any]
VAGUE = PlanRequest(intent="scale my-api", namespace="shop")  # the rules ask: to how many?
UNKNOWN = PlanRequest(intent="make my-api cheaper somehow", namespace="shop")
CLEAR = PlanRequest(intent="scale my-api to 3", namespace="shop")


@pytest.fixture
def cluster() -> StubCluster:
    return StubCluster([deployment()])


# ------------------------------------------------------------------------------ point 4: fallback
def test_hybrid_keeps_the_offline_question_when_the_api_is_down(cluster: StubCluster) -> None:
    offline = OfflinePlanner().plan(VAGUE, cluster)
    assert offline.question  # the rules' good question
    with FakeAnthropic([overloaded()] * 3) as api:
        result = HybridPlanner(OfflinePlanner(), api.planner(max_retries=2)).plan(VAGUE, cluster)
    assert len(api.requests) == 3  # the model was asked (and retried) first
    assert result.question == offline.question
    assert result.operations == []
    assert result.planner == "offline"
    assert result.model is None
    assert f"{FALLBACK_NOTE} the AI planner failed (overloaded: " in result.analysis
    assert "HTTP 529" in result.analysis


def test_hybrid_keeps_the_offline_answer_when_the_model_stops_without_a_plan(
    cluster: StubCluster,
) -> None:
    script = [message(tool_use("describe", {"kind": "Deployment", "name": "my-api"}))] * 3
    with FakeAnthropic(script) as api:
        result = HybridPlanner(OfflinePlanner(), api.planner(max_turns=2)).plan(UNKNOWN, cluster)
    assert result.category == "unknown"
    assert result.question is not None
    assert "the AI planner failed (iteration_cap: " in result.analysis
    assert result.usage.model_turns == 2  # what the failed attempt cost is kept


def test_a_refinement_of_the_models_plan_still_fails_as_the_model_did(
    cluster: StubCluster,
) -> None:
    from tests.unit.test_anthropic_planner import _previous  # noqa: PLC0415

    request = PlanRequest(
        intent="scale my-api to 5", namespace="shop", refinements=["4"], previous=_previous()
    )
    with FakeAnthropic([overloaded()] * 2) as api, pytest.raises(PlannerUnavailable) as err:
        HybridPlanner(OfflinePlanner(), api.planner(max_retries=1)).plan(request, cluster)
    assert err.value.reason == "overloaded"


@pytest.mark.parametrize("name", ["hybrid", "auto"])
def test_without_a_key_the_rules_answer_and_say_so(name: str, cluster: StubCluster) -> None:
    planner = planners.make(name, env={})
    assert planner.name == ("hybrid" if name == "hybrid" else "offline")
    assert planner.model is None
    planned = planner.plan(CLEAR, cluster)
    assert [op.kind for op in planned.operations] == ["scale"]
    assert planned.planner == "offline"
    assert planned.analysis.endswith(
        f"_{FALLBACK_NOTE} the AI planner is not configured (ANTHROPIC_API_KEY is not set)._"
    )
    unknown = planner.plan(UNKNOWN, cluster)
    assert unknown.question is not None
    assert "ANTHROPIC_API_KEY is not set" in unknown.analysis
    # `anthropic` itself still needs the key: it has no rules to fall back on.
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY is not set"):
        planners.make("anthropic", env={})


def test_with_a_key_hybrid_answers_from_the_rules_without_a_note(cluster: StubCluster) -> None:
    with FakeAnthropic([]) as api:
        planner = planners.make(
            "hybrid", env={"ANTHROPIC_API_KEY": "sk-test"}, base_url=api.base_url
        )
        planned = planner.plan(CLEAR, cluster)
    assert api.requests == []
    assert FALLBACK_NOTE not in planned.analysis


# ------------------------------------------------------------------------------ point 5: time
def _hang(seconds: float) -> Any:
    def script(body: Json, n: int) -> Json:
        time.sleep(seconds)
        return message(submit(scale_op(4)))

    return script


def test_a_hung_api_is_a_timeout_within_the_time_limit(cluster: StubCluster) -> None:
    # request_timeout x (1 + retries) = 3.6s would overrun the 1.5s time limit. (The margins
    # below leave a busy machine a second of scheduling; what they rule out is seconds more.)
    with FakeAnthropic(_hang(6.0)) as api:
        planner = api.planner(time_limit=1.5, request_timeout=1.2, max_retries=2)
        started = time.monotonic()
        with pytest.raises(PlannerUnavailable) as err:
            planner.plan(CLEAR, cluster)
    took = time.monotonic() - started
    assert took < 1.5 + 1.0, took
    assert err.value.reason == "timeout"
    assert err.value.exit_code == 31
    assert "did not answer within" in err.value.message
    assert 1 <= len(api.requests) <= 2


def test_an_api_silent_until_the_time_limit_is_a_timeout_not_the_plans_limit(
    cluster: StubCluster,
) -> None:
    # DOTOP_TIME_LIMIT shorter than the request timeout, and the API never answers: the API
    # failed (timeout, exit 31, a hint about the API), not the plan (issue 13 attack, point 5).
    with FakeAnthropic(_hang(6.0)) as api:
        planner = api.planner(time_limit=0.6, request_timeout=30, max_retries=2)
        started = time.monotonic()
        with pytest.raises(PlannerUnavailable) as err:
            planner.plan(CLEAR, cluster)
        took = time.monotonic() - started
    assert took < 0.6 + 1.0, took
    assert err.value.reason == "timeout"
    assert err.value.exit_code == 31
    assert "did not answer within the time limit of 0.6s" in err.value.message
    assert "ANTHROPIC_BASE_URL" in (err.value.hint or "")
    assert "DOTOP_MAX_TURNS" not in (err.value.hint or "")
    assert len(api.requests) == 1


def test_a_plan_that_runs_out_of_time_while_the_model_answers_is_the_time_limit(
    cluster: StubCluster,
) -> None:
    # The model answered a turn, then its next answer came too late: the plan's limit (30).
    def script(body: Json, n: int) -> Json:
        if n == 0:
            return message(tool_use("describe", {"kind": "Deployment", "name": "my-api"}))
        time.sleep(6.0)
        return message(submit(scale_op(4)))

    with FakeAnthropic(script) as api:
        planner = api.planner(time_limit=0.8, request_timeout=30, max_retries=2)
        started = time.monotonic()
        with pytest.raises(PlannerError) as err:
            planner.plan(CLEAR, cluster)
        took = time.monotonic() - started
    assert took < 0.8 + 1.0, took
    assert err.value.reason == "time_limit"
    assert err.value.exit_code == 30
    assert "while the model was answering turn 2 (it had answered 1)" in err.value.message
    assert "DOTOP_TIME_LIMIT" in (err.value.hint or "")
    assert len(api.requests) == 2


def test_the_request_timeout_is_a_setting() -> None:
    env = {"DOTOP_API_TIMEOUT": "12.5"}
    assert AnthropicSettings.from_env(env).request_timeout == 12.5
    assert AnthropicSettings.from_env(env, request_timeout=3).request_timeout == 3.0
    with pytest.raises(ConfigError, match="DOTOP_API_TIMEOUT"):
        AnthropicSettings.from_env({"DOTOP_API_TIMEOUT": "soon"})
    with pytest.raises(ConfigError, match="request_timeout"):
        AnthropicSettings.from_env({}, request_timeout=-1)
    planner = planners.make("anthropic", env={"ANTHROPIC_API_KEY": "sk", **env})
    assert planner.settings.request_timeout == 12.5  # type: ignore[attr-defined]


def test_the_cli_passes_the_api_timeout_to_the_planner() -> None:
    from dotop_nb.cli import build_parser  # noqa: PLC0415

    args = build_parser().parse_args(["operate", "scale my-api to 3", "--api-timeout", "7"])
    assert args.api_timeout == 7.0


# ------------------------------------------------------------------------------ point 5: cost
def test_a_model_without_a_price_costs_unknown_not_zero(cluster: StubCluster) -> None:
    listed = typing.get_args(typing.get_args(anthropic.types.Model)[0])
    unpriced = sorted(m for m in listed if planners_price(m) is None)
    assert unpriced, "every model the SDK lists has a price: pick another unknown model"
    with FakeAnthropic([message(submit(scale_op(4)))]) as api:
        result = api.planner(model=unpriced[0]).plan(CLEAR, cluster)
    assert result.usage.cost_usd is None
    assert result.usage.cost_text == "unknown"
    assert result.usage.input_tokens > 0
    with FakeAnthropic([message(submit(scale_op(4)))] * 1) as api:
        priced = api.planner(model="claude-sonnet-4-6").plan(CLEAR, cluster)
    assert priced.usage.cost_usd is not None
    assert priced.usage.cost_usd > 0
    assert priced.usage.cost_text.startswith("~$")


def test_a_failure_with_an_unknown_price_says_cost_unknown(cluster: StubCluster) -> None:
    script = [message(tool_use("describe", {"kind": "Deployment", "name": "my-api"}))] * 2
    with FakeAnthropic(script) as api, pytest.raises(PlannerError) as err:
        api.planner(model="claude-fable-5-2", max_turns=1).plan(CLEAR, cluster)
    assert "cost unknown" in err.value.message
    assert "$0.0000" not in err.value.message
    assert err.value.usage.cost_usd is None


def planners_price(model: str) -> Any:
    from dotop_nb.planner.pricing import price_for  # noqa: PLC0415

    return price_for(model) if model not in PRICES else PRICES[model]
