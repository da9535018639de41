"""A misbehaving Messages API (the issue 13 attack): a body that trickles in past the time limit,
malformed 200 answers, credentials in ANTHROPIC_BASE_URL, a model that echoes the key. Each is
driven through the real SDK against the scripted server on loopback."""

from __future__ import annotations

import time
from typing import Any

import pytest

from dotop_nb import planner as planners
from dotop_nb.planner import FALLBACK_NOTE, PlannerError, PlannerUnavailable
from dotop_nb.planner.answers import Malformed, parse
from dotop_nb.planner.cassettes import Recorder
from dotop_nb.planner.secrecy import safe_url, url_secrets, without
from dotop_nb.ports import PlanRequest
from tests.fake_anthropic import (
    Drip,
    FakeAnthropic,
    Raw,
    StubCluster,
    deployment,
    message,
    result_text,
    scale_op,
    submit,
    text,
    tool_results,
    tool_use,
)

Json = dict[str, Any]
UNKNOWN = PlanRequest(intent="make my-api cheaper somehow", namespace="shop")
CLEAR = PlanRequest(intent="scale my-api to 3", namespace="shop")
KEY = "sk-ant-test-not-a-key"  # the fake's key (FakeAnthropic.settings)


@pytest.fixture
def cluster() -> StubCluster:
    return StubCluster([deployment()])


# ------------------------------------------------------------------------------ a slow drip
def test_a_body_that_drips_in_is_cut_at_the_time_limit_as_a_timeout(cluster: StubCluster) -> None:
    # Headers at once, then one byte every 0.2s: each read is quick, the request is not.
    reply = message(submit(question="how many?", analysis="x" * 400))
    with FakeAnthropic([Drip(reply, 0.2)]) as api:
        planner = api.planner(time_limit=1.5, request_timeout=1.0, max_retries=0)
        started = time.monotonic()
        with pytest.raises(PlannerUnavailable) as err:
            planner.plan(CLEAR, cluster)
        took = time.monotonic() - started
        assert took < 1.5 + 1.0, took  # dripping the whole body would take 80 s
        # The planner still works afterwards (the abandoned client was replaced).
        api.script = [message(submit(scale_op(3)))]
        api.requests.clear()
        again = planner.plan(CLEAR, cluster)
    assert err.value.reason == "timeout"
    assert err.value.exit_code == 31
    assert "did not answer within the time limit of 1.5s" in err.value.message
    assert [op.replicas for op in again.operations] == [3]  # type: ignore[union-attr]


# ------------------------------------------------------------------------------ malformed answers
FOREIGN = {
    "invalid-json": Raw(b"{not json at all"),
    "html": Raw(b"<html>gateway says hi</html>", content_type="text/html"),
    "empty-object": Raw(b"{}"),
}
BROKEN = {
    "tool-name-null": {
        "content": [{"type": "tool_use", "id": "toolu_1", "name": None, "input": {}}],
        "stop_reason": "tool_use",
    },
    "content-not-a-list": {"content": "hello", "stop_reason": "end_turn"},
    "block-without-type": {"content": [{"text": "hi"}], "stop_reason": "end_turn"},
}


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_an_answer_that_is_not_a_message_is_unavailable_with_its_reason(
    name: str, cluster: StubCluster
) -> None:
    with FakeAnthropic([FOREIGN[name]]) as api, pytest.raises(PlannerUnavailable) as err:
        api.planner().plan(CLEAR, cluster)
    assert err.value.reason == "malformed_answer"
    assert err.value.exit_code == 31
    assert f"something other than the Messages API answered at {api.base_url}" in (
        err.value.message
    )
    assert "ANTHROPIC_BASE_URL" in (err.value.hint or "")
    assert len(api.requests) == 1  # not retried


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_message_is_a_malformed_answer(name: str, cluster: StubCluster) -> None:
    reply = BROKEN[name]
    with FakeAnthropic(lambda body, n: None) as api:
        api.script = [Raw(_message_json(reply))]
        with pytest.raises(PlannerError) as err:
            api.planner().plan(CLEAR, cluster)
    assert type(err.value) is PlannerError
    assert err.value.reason == "malformed_answer"
    assert err.value.exit_code == 30
    assert "the model's answer was malformed" in err.value.message
    assert err.value.usage.model_turns == 0


@pytest.mark.parametrize("reply", [*sorted(FOREIGN), *sorted(BROKEN)])
def test_hybrid_falls_back_to_the_offline_answer_on_a_malformed_answer(
    reply: str, cluster: StubCluster
) -> None:
    answer = FOREIGN.get(reply) or Raw(_message_json(BROKEN[reply]))
    with FakeAnthropic([answer]) as api:
        planner = planners.make("hybrid", env={"ANTHROPIC_API_KEY": KEY}, base_url=api.base_url)
        planned = planner.plan(UNKNOWN, cluster)
    assert planned.question is not None  # the offline rules' question stands
    assert planned.planner == "offline"
    assert f"{FALLBACK_NOTE} the AI planner failed (malformed_answer:" in planned.analysis


def test_the_parser_names_what_is_wrong() -> None:
    good = _message_json({"content": [text("hi")], "stop_reason": "end_turn"})
    assert parse(good).said == "hi"
    with pytest.raises(Malformed, match="has no name"):
        parse(_message_json(BROKEN["tool-name-null"]))
    with pytest.raises(Malformed, match="usage has no token counts"):
        parse(b'{"type": "message", "content": [], "stop_reason": null, "usage": {}}')
    with pytest.raises(Malformed, match="a text/html body") as err:
        parse(b"<html></html>", "text/html; charset=utf-8")
    assert err.value.foreign


# ------------------------------------------------------------------------------ malformed input
@pytest.mark.parametrize("value", [["not", "an", "object"], "not-an-object", None, 7])
def test_a_submission_that_is_not_an_object_counts_as_malformed(
    value: object, cluster: StubCluster
) -> None:
    call = tool_use("submit_proposal", {})
    call["input"] = value
    with FakeAnthropic([message(call)] * 5) as api, pytest.raises(PlannerError) as err:
        api.planner(max_turns=5, max_invalid_submissions=3).plan(CLEAR, cluster)
    assert err.value.reason == "invalid_submission"
    assert "the input must be a JSON object" in err.value.message
    assert len(api.requests) == 3
    [result] = tool_results(api.requests[1])
    assert result["is_error"] is True


# ------------------------------------------------------------------------------ credentials
def test_credentials_in_the_base_url_are_never_shown(cluster: StubCluster) -> None:
    with FakeAnthropic([FOREIGN["html"]]) as api:
        host = api.base_url.removeprefix("http://")
        url = f"http://gw-user:GW-PASSWORD-123@{host}"
        planner = planners.make("anthropic", env={"ANTHROPIC_API_KEY": KEY}, base_url=url)
        with pytest.raises(PlannerUnavailable) as err:
            planner.plan(CLEAR, cluster)
    shown = f"{err.value.message} {err.value.hint}"
    for secret in ("gw-user", "GW-PASSWORD-123"):
        assert secret not in shown
    assert f"answered at http://{host}" in err.value.message
    # The same for an unreachable gateway (the connection error names the URL too).
    bad = "http://gw-user:GW-PASSWORD-123@127.0.0.1:1"
    planner = planners.make(
        "anthropic", env={"ANTHROPIC_API_KEY": KEY}, base_url=bad, max_retries=0
    )
    with pytest.raises(PlannerUnavailable) as gone:
        planner.plan(CLEAR, cluster)
    assert gone.value.reason == "connection"
    assert "GW-PASSWORD-123" not in gone.value.message
    assert "gw-user" not in gone.value.message
    assert "http://127.0.0.1:1" in gone.value.message


def test_safe_url_and_url_secrets() -> None:
    assert safe_url("https://u:p@gw.example:8443/v1?token=abc#x") == "https://gw.example:8443/v1"
    assert safe_url("http://[::1]:9/") == "http://[::1]:9/"
    assert safe_url("gw.example") == "gw.example"
    assert safe_url("not a url@with?creds") == "(an unparsable URL)"
    assert set(url_secrets("https://u:pw@h/?t=abc&x=1")) == {
        "u:pw",
        "u",
        "pw",
        "t=abc&x=1",
        "abc",
        "1",
    }
    assert without({"k sk-ant-123456": ["sk-ant-123456!"]}, ["sk-ant-123456"]) == {
        "k <redacted>": ["<redacted>!"]
    }
    assert without("short", ["ab"]) == "short"  # a short 'secret' would redact words


def test_a_model_that_echoes_the_key_does_not_get_it_recorded(cluster: StubCluster) -> None:
    echo = f"the key is {KEY}"
    script = [
        message(text(echo), tool_use("describe", {"kind": "Deployment", "name": KEY})),
        message(submit(scale_op(3), analysis=echo, rollback_plan=[f"undo ({KEY})"])),
    ]
    recorder = Recorder()
    with FakeAnthropic(script) as api:
        planner = api.planner()
        planner.recorder = recorder
        result = planner.plan(CLEAR, cluster)
    assert KEY not in result.analysis
    assert "the key is <redacted>" in result.analysis
    assert result.rollback_plan == ["undo (<redacted>)"]
    assert KEY not in str(recorder.interactions)
    # What the tool got was scrubbed too: the describe asked for a '<redacted>' name.
    [answer] = tool_results(api.requests[1])
    assert KEY not in result_text(answer)


def test_a_stop_message_quoting_the_key_is_scrubbed(cluster: StubCluster) -> None:
    with (
        FakeAnthropic([message(text(f"I will not, {KEY}"))]) as api,
        pytest.raises(PlannerError) as err,
    ):
        api.planner().plan(CLEAR, cluster)
    assert err.value.reason == "end_turn"
    assert KEY not in err.value.message
    assert "I will not, <redacted>" in err.value.message


def _message_json(reply: Json) -> bytes:
    import json  # noqa: PLC0415

    return json.dumps(
        {
            "id": "msg_x",
            "type": "message",
            "role": "assistant",
            "model": "claude-test",
            "stop_sequence": None,
            "usage": {"input_tokens": 10, "output_tokens": 5},
            **reply,
        }
    ).encode()
