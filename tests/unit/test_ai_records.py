"""What the AI planner leaves in records and settings (issue 13 attack, findings 8-10, 12, 14):
the rollback plan and the planning line in the notebook, a failed planning's model and usage in
JSON, only patterns the model was given, and the settings that were refused or ignored."""

from __future__ import annotations

import pytest

from dotop_nb import planner as planners
from dotop_nb import report
from dotop_nb.cli import _operator, build_parser
from dotop_nb.errors import ConfigError
from dotop_nb.models import PlanningFailure, Session, Usage
from dotop_nb.planner.anthropic import AnthropicSettings
from dotop_nb.ports import PlanRequest
from dotop_nb.ui import html
from dotop_nb.ui.widget import ProposalWidget
from tests.fake_anthropic import FakeAnthropic, StubCluster, deployment, message, scale_op, submit
from tests.unit.test_ui import make_session

USAGE = Usage(
    model_turns=3,
    tool_calls=2,
    input_tokens=1200,
    output_tokens=300,
    cache_read_tokens=3000,
    cache_write_tokens=500,
    cost_usd=None,
    seconds=4.2,
)


def _ai_session() -> Session:
    session = make_session()
    p = session.proposals[0]
    session.proposals[0] = p.model_copy(
        update={
            "planner": "anthropic",
            "model": "claude-fable-5-2",
            "usage": USAGE,
            "rollback_plan": ["scale my-api back to 2 replicas", "if errors rise above 1%"],
        }
    )
    return session


# ------------------------------------------------------------------------------ finding 8
def test_the_session_view_shows_the_rollback_plan_and_the_planning_line() -> None:
    session = _ai_session()
    page = html.session(session)
    line = report.usage_line("claude-fable-5-2", USAGE)
    assert "Rollback plan" in page
    assert "scale my-api back to 2 replicas" in page
    assert "if errors rise above 1%" in page
    assert html.e(line) in page
    assert "cost unknown" in line
    assert "64% of the prompt" in line  # 3000 / (1200 + 3000 + 500)
    # The text report says the very same line.
    assert f"Planning: {line}" in report.session_text(session)


def test_the_widget_shows_the_rollback_plan_and_the_planning_line() -> None:
    # The widget shows the record's own HTML (one rendering per session, issue 12 §1).
    session = _ai_session()
    page = ProposalWidget._record(session)
    assert "<strong>Rollback plan</strong>" in page
    assert "scale my-api back to 2 replicas" in page
    line = report.usage_line("claude-fable-5-2", USAGE)
    assert f'<div class="dotop-usage">{html.e(line)}</div>' in page


# ------------------------------------------------------------------------------ finding 9
def test_a_failed_planning_keeps_its_model_and_usage_in_json_and_text() -> None:
    session = Session(id="op-20261126-deadbeef", intent="scale my-api", namespace="shop")
    session.status = "error"
    session.planning_failure = PlanningFailure(
        planner="anthropic", model="claude-fable-5-2", reason="timeout", usage=USAGE
    )
    doc = report.to_json(session)
    assert doc["planner"] == "anthropic"
    assert doc["model"] == "claude-fable-5-2"
    assert doc["usage"]["input_tokens"] == 1200
    assert doc["usage"]["cost_usd"] == "unknown"
    assert doc["planning_failure"]["reason"] == "timeout"
    assert "Planning stopped (timeout): claude-fable-5-2 · 3 model turns" in (
        report.session_text(session)
    )
    assert "Planning stopped" in html.session(session)


# ------------------------------------------------------------------------------ finding 12
def test_only_patterns_given_to_the_model_are_recorded() -> None:
    request = PlanRequest(
        intent="scale my-api to 3",
        namespace="shop",
        patterns=[{"id": "gradual-scaling", "name": "Gradual scaling"}],
    )
    call = submit(scale_op(3))
    call["input"]["patterns"] = ["gradual-scaling", "made-up-pattern"]
    with FakeAnthropic([message(call)]) as api:
        result = api.planner().plan(request, StubCluster([deployment()]))
    assert result.patterns == ["gradual-scaling"]
    assert any(
        "cited patterns it was not given (not recorded as followed): made-up-pattern" in r
        for r in result.risks
    )


# ------------------------------------------------------------------------------ finding 14
def test_no_retries_is_a_setting() -> None:
    assert AnthropicSettings.from_env({"DOTOP_API_RETRIES": "0"}).max_retries == 0
    with pytest.raises(ConfigError, match="DOTOP_API_RETRIES must be a finite number, 0 or more"):
        AnthropicSettings.from_env({"DOTOP_API_RETRIES": "-1"})
    with pytest.raises(ConfigError, match="DOTOP_MAX_TURNS must be a positive"):
        AnthropicSettings.from_env({"DOTOP_MAX_TURNS": "0"})


@pytest.mark.parametrize("planner", ["offline", "auto", "hybrid", "anthropic"])
@pytest.mark.parametrize("value", ["nan", "inf", "-3", "0"])
def test_the_api_timeout_flag_is_checked_whatever_the_planner(planner: str, value: str) -> None:
    args = build_parser().parse_args(
        ["operate", "scale my-api to 3", "--planner", planner, "--api-timeout", value]
    )
    with pytest.raises(ConfigError, match=r"^--api-timeout must be a positive"):
        _operator(args)
    # make() refuses it too (the magic and the library pass it there).
    with pytest.raises(ConfigError, match="request_timeout"):
        planners.make(planner, env={"ANTHROPIC_API_KEY": "sk-x"}, request_timeout=float(value))
