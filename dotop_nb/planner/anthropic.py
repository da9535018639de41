"""The AI planner: a Claude tool loop that can look and dry-run but never write.

The model gets the intent with its context (namespace inventory, capabilities, patterns,
policies) and the tools of :mod:`dotop_nb.planner.tools`: read-only lookups, server-side dry-run,
and ``submit_proposal``, whose input is the typed operations, validated by pydantic and dry-run
again before the loop accepts it. There is no write tool.

The loop always ends with a plan, a question for the user, or a :class:`PlannerError` that says
which limit or failure stopped it — never a silent partial result:

- ``end_turn``: the model stopped without calling ``submit_proposal``;
- ``max_tokens``: one answer hit ``max_tokens``; ``refusal``: the model declined;
  ``context_window``: the conversation outgrew the model's context window;
- ``iteration_cap`` / ``tool_call_cap`` / ``token_budget`` / ``time_limit``: ``max_turns`` turns,
  ``max_tool_calls`` tool calls, ``token_budget`` tokens or ``time_limit`` seconds passed without
  a proposal;
- ``invalid_submission``: ``max_invalid_submissions`` malformed proposals;
- API failures after the SDK's retries (:class:`PlannerUnavailable`): ``rate_limited`` (429),
  ``overloaded`` (529), ``api_error`` (5xx), ``timeout``, ``connection``; and
  ``authentication`` (401/403, :class:`PlannerAuthFailed`), ``bad_request`` (400).

A proposal whose dry-run the apiserver keeps rejecting (``max_rejected_submissions`` times) is
returned as it is: the service records it as ``dry_run_failed`` with the apiserver's message.

**Refinements** continue the conversation, reconstructed from the request rather than kept in
the planner: the first message (with the *current* namespace state), the previous proposal as the
model's ``submit_proposal`` call, dotop-nb's verdict on it (dry-run, policies) as the tool result,
and the user's correction. The journal is the one source of truth, so a refinement works the same
in a new process or kernel, and the replay is bounded (earlier lookups are not replayed: they
would be stale, and they are what makes a transcript grow).

**Prompt caching**: ``cache_control`` on the static system prompt, on the last tool, and on the
newest message (so each turn reads the conversation so far from the cache).

Example::

    planner = AnthropicPlanner(AnthropicSettings.from_env(model="claude-sonnet-5-5"))
    result = planner.plan(PlanRequest(intent="scale my-api to 5", namespace="shop"), reader)
    result.usage.cost_usd   # an estimate from PRICES
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

import anthropic

from dotop_nb.errors import ConfigError
from dotop_nb.planner import PlannerAuthFailed, PlannerError, PlannerUnavailable
from dotop_nb.planner.answers import Answer, Malformed, parse
from dotop_nb.planner.conversation import (
    EPHEMERAL,
    Prompts,
    load_prompt,
    pattern_id,
    with_cache_mark,
)
from dotop_nb.planner.pricing import PRICES, Price, estimate_cost, price_for
from dotop_nb.planner.run import LIMIT_HINT, Run
from dotop_nb.planner.schema import Submission
from dotop_nb.planner.secrecy import safe_url, without
from dotop_nb.planner.settings import DEFAULT_MODEL, AnthropicSettings
from dotop_nb.planner.tools import Toolbox, allowed_cluster_kinds, allowed_namespaces
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult

Json = dict[str, Any]

_CAPABILITY_KINDS = {
    "HorizontalPodAutoscaler": "hpa",
    "PodDisruptionBudget": "pdb",
    "NetworkPolicy": "network-policy",
    "CronJob": "cronjob",
    "ScaledObject": "keda",
    "ScaledJob": "keda",
    "VerticalPodAutoscaler": "vpa",
    "ServiceMonitor": "prometheus-operator",
    "PodMonitor": "prometheus-operator",
    "PrometheusRule": "prometheus-operator",
    "Schedule": "velero",
    "Backup": "velero",
}


# ------------------------------------------------------------------------------ the planner
class AnthropicPlanner:
    """The AI planner (see the module docstring). ``client`` replaces the SDK client built
    from the settings (for a custom transport); the key is then the client's business."""

    name = "anthropic"

    def __init__(
        self,
        settings: AnthropicSettings | None = None,
        *,
        client: anthropic.Anthropic | None = None,
    ) -> None:
        self.settings = settings or AnthropicSettings.from_env()
        self.model: str | None = self.settings.model
        if client is None and not self.settings.api_key:
            raise ConfigError(
                "the AI planner needs an Anthropic API key: ANTHROPIC_API_KEY is not set",
                hint="export ANTHROPIC_API_KEY=…, or use the offline planner (--planner offline)",
            )
        # An injected client is the caller's (never closed here); our own is replaced when a
        # request is abandoned at the time limit (closing it ends the abandoned read).
        self._own_client = client is None
        # Retries are the loop's (bounded by the time limit), never the SDK's.
        self._client = (client or self._new_client()).with_options(max_retries=0)
        self._prompts = Prompts(planner=self.name)
        # Called with each request body and its response (plain JSON, the API key and the URL's
        # credentials removed): how `dotop-nb eval` records cassettes
        # (dotop_nb.planner.cassettes). None: nothing is recorded.
        self.recorder: Callable[[Json, Json], None] | None = None

    def _new_client(self) -> anthropic.Anthropic:
        return anthropic.Anthropic(
            api_key=self.settings.api_key,
            base_url=self.settings.base_url,
            timeout=self.settings.request_timeout,
        )

    # -------------------------------------------------------------------------- the loop
    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        settings = self.settings
        run = Run(settings)
        box = Toolbox(
            cluster,
            namespace=request.namespace,
            output_limit=settings.output_limit,
            cluster_kinds=allowed_cluster_kinds(request.policies),
            namespace_grants=allowed_namespaces(request.policies),
            read_namespaces=settings.read_namespaces,
        )
        tools = box.specs()
        tools[-1] = {**tools[-1], "cache_control": EPHEMERAL}
        system = [{"type": "text", "text": self._prompts.system, "cache_control": EPHEMERAL}]
        messages = self.conversation(request, cluster)
        invalid = rejected = 0
        for _ in range(settings.max_turns):
            answer = self._create(run, system=system, tools=tools, messages=messages)
            run.record(answer.usage)
            messages.append({"role": "assistant", "content": answer.content})
            stop = answer.stop_reason
            calls = answer.calls
            if stop == "pause_turn":
                continue
            if stop != "tool_use" or not calls:
                raise self._stopped(run, stop, answer)
            results: list[Json] = []
            for block in calls:
                run.tool_calls += 1
                if run.tool_calls > settings.max_tool_calls:
                    raise run.fail(
                        f"the model made {settings.max_tool_calls} tool calls without "
                        "submitting a proposal",
                        "tool_call_cap",
                        hint=LIMIT_HINT,
                    )
                # What the model writes may echo the key: it never reaches a tool or a record.
                outcome = box.call(block["name"], without(block["input"], run.secrets))
                if outcome.status == "submitted" and outcome.submission is not None:
                    return self._result(outcome.submission, request, run)
                if outcome.status == "invalid":
                    invalid += 1
                    if invalid >= settings.max_invalid_submissions:
                        raise run.fail(
                            f"the model's proposal was malformed {invalid} times; the last "
                            f"problem: {outcome.content[:500]}",
                            "invalid_submission",
                            hint="nothing was changed; rephrase the intent or try again",
                        )
                if outcome.status == "rejected" and outcome.submission is not None:
                    rejected += 1
                    if rejected >= settings.max_rejected_submissions:
                        return self._result(
                            outcome.submission, request, run, rejected_after=rejected
                        )
                results.append(
                    {
                        "type": "tool_result",
                        "tool_use_id": block["id"],
                        "content": outcome.content,
                        "is_error": outcome.is_error,
                    }
                )
            messages.append({"role": "user", "content": results})
            if run.tokens >= settings.token_budget:
                raise run.fail(
                    f"the token budget of {settings.token_budget:,} tokens was spent without a "
                    "proposal",
                    "token_budget",
                    hint=LIMIT_HINT,
                )
        raise run.fail(
            f"the model did not submit a proposal within {settings.max_turns} turns",
            "iteration_cap",
            hint=LIMIT_HINT,
        )

    def _create(self, run: Run, **request: Any) -> Answer:
        """One Messages API call, its retries and its failures translated.

        dotop-nb retries (429, 529, 5xx, timeouts, lost connections) itself rather than the SDK,
        so that every try *and* every wait between tries is bounded by what is left of
        ``time_limit``: the whole request — headers and body, however slowly it trickles in —
        ends at the deadline (:meth:`_call`), never after it."""
        # Plain JSON in the API's shapes (the SDK's TypedDicts are structural, not nominal).
        body: dict[str, Any] = {
            **request,
            "model": self.settings.model,
            "max_tokens": self.settings.max_tokens,
            "messages": with_cache_mark(request["messages"]),
        }
        retries = 0
        hung = False  # a try waited the whole request_timeout: the API, not the plan, is slow
        while True:
            remaining = run.deadline - time.monotonic()
            if remaining <= 0:
                # Between turns: the model answered every request, the plan used up the time.
                raise run.fail(
                    f"the time limit of {self.settings.time_limit:g}s passed without a proposal",
                    "time_limit",
                    hint=LIMIT_HINT,
                )
            timeout = min(self.settings.request_timeout, remaining)
            try:
                answer = self._call(body, timeout=timeout, deadline=run.deadline)
            except _Cut:
                raise self._cut(run, retries=retries, hung=hung) from None
            except Malformed as err:
                raise self._malformed(run, err) from None
            except anthropic.APIStatusError as err:
                failure: Exception = err
                retryable = _retryable(err)
            except anthropic.APITimeoutError as err:
                if timeout < self.settings.request_timeout:
                    # Only the time left bounded this try: the deadline cut it.
                    raise self._cut(run, retries=retries, hung=hung) from err
                failure, retryable, hung = err, True, True
            except anthropic.APIConnectionError as err:
                failure, retryable = err, True
            else:
                self._log(run, body, answer.raw)
                return answer
            wait = _backoff(retries, failure)
            left = run.deadline - time.monotonic()
            if not retryable or retries >= self.settings.max_retries or wait >= left:
                cut = retryable and retries < self.settings.max_retries
                raise self._failed(run, failure, retries=retries, timeout=timeout, cut=cut)
            time.sleep(wait)
            retries += 1

    def _call(self, body: Json, *, timeout: float, deadline: float) -> Answer:
        """One try, bounded as a whole by ``deadline``.

        httpx's timeouts bound each read, not the request: a server that sends its headers at
        once and then one byte every half second keeps a plain call going for minutes. The
        request runs in a worker thread that the caller waits for until the deadline; a try
        still running then is abandoned (:class:`_Cut`) and, when the client is ours, its
        connections are closed so the abandoned read ends too (no signals: this is library
        code, also run inside notebook kernels)."""
        outcome: dict[str, Any] = {}
        client = self._client

        def work() -> None:
            try:
                raw = client.messages.with_raw_response.create(**body, timeout=timeout)
                http = raw.http_response
                outcome["answer"] = parse(http.content, http.headers.get("content-type", ""))
            except BaseException as err:
                outcome["error"] = err

        worker = threading.Thread(target=work, name="dotop-anthropic-request", daemon=True)
        worker.start()
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            if self._own_client:
                self._client = self._new_client().with_options(max_retries=0)
                client.close()
            raise _Cut
        if "error" in outcome:
            raise outcome["error"]
        answer: Answer = outcome["answer"]
        return answer

    def _log(self, run: Run, body: Json, response: Json) -> None:
        if self.recorder is not None:
            self.recorder(without(body, run.secrets), without(response, run.secrets))

    def _cut(self, run: Run, *, retries: int, hung: bool) -> PlannerError:
        """The time limit passed while a request was unanswered.

        When the model has not answered this plan at all (or a try already waited the whole
        ``request_timeout``), the API is the problem: ``timeout`` (exit 31), with a hint about
        the API. When it had been answering, the plan ran out of time: ``time_limit`` (exit 30)."""
        limit = f"{self.settings.time_limit:g}s"
        if run.turns == 0 or hung:
            return run.fail(
                f"the Anthropic API at {self._base_url} did not answer within the time limit "
                f"of {limit} ({_after(retries)}; the request was abandoned)",
                "timeout",
                error=PlannerUnavailable,
                hint="the API did not answer: check ANTHROPIC_BASE_URL and the API's status, "
                "or raise DOTOP_TIME_LIMIT / DOTOP_API_TIMEOUT; nothing was changed",
            )
        return run.fail(
            f"the time limit of {limit} passed while the model was answering turn "
            f"{run.turns + 1} (it had answered {run.turns})",
            "time_limit",
            hint=LIMIT_HINT,
        )

    def _malformed(self, run: Run, err: Malformed) -> PlannerError:
        if err.foreign:
            return run.fail(
                f"something other than the Messages API answered at {self._base_url}: {err.reason}",
                "malformed_answer",
                error=PlannerUnavailable,
                hint="check ANTHROPIC_BASE_URL (a proxy or gateway may be in the way); nothing "
                "was changed",
            )
        return run.fail(
            f"the model's answer was malformed: {err.reason}",
            "malformed_answer",
            hint="try again; nothing was changed",
        )

    def _failed(
        self, run: Run, err: Exception, *, retries: int, timeout: float, cut: bool
    ) -> PlannerError:
        """The error for a call that failed for good; ``cut``: the time limit left no room for
        another retry."""
        limit = (
            f"; the time limit of {self.settings.time_limit:g}s left no room to retry"
            if cut
            else ""
        )
        if isinstance(err, anthropic.APIStatusError):
            error = _status_error(run, err, retries=retries, base_url=self._base_url, note=limit)
        elif isinstance(err, anthropic.APITimeoutError):
            # The API's failure, not the plan's: a hung API is `timeout` (exit 31).
            error = run.fail(
                f"the Anthropic API did not answer within {timeout:.3g}s "
                f"({_after(retries)}{limit})",
                "timeout",
                error=PlannerUnavailable,
                hint="try again later, or raise DOTOP_API_TIMEOUT / DOTOP_TIME_LIMIT; "
                "nothing was changed",
            )
        else:
            error = run.fail(
                f"the Anthropic API at {self._base_url} could not be reached "
                f"({_after(retries)}{limit})",
                "connection",
                error=PlannerUnavailable,
                hint="check the network or ANTHROPIC_BASE_URL; nothing was changed",
            )
        error.__cause__ = err
        return error

    @property
    def _base_url(self) -> str:
        """The API's URL as it may be shown: without credentials (userinfo, query string)."""
        return safe_url(getattr(self._client, "base_url", self.settings.base_url or "")) or (
            "the default URL"
        )

    def _stopped(self, run: Run, stop: str | None, answer: Answer) -> PlannerError:
        said = answer.said
        quoted = f' It said: "{said[:300]}{"…" if len(said) > 300 else ""}"' if said else ""
        if stop in ("end_turn", "stop_sequence", "tool_use"):
            return run.fail(
                "the model ended its turn without submitting a proposal." + quoted,
                "end_turn",
                hint="nothing was changed; rephrase the intent or refine it",
            )
        if stop == "max_tokens":
            return run.fail(
                f"the model's answer was cut at max_tokens ({self.settings.max_tokens})",
                "max_tokens",
                hint="raise DOTOP_MAX_TOKENS, or split the intent into smaller changes",
            )
        if stop == "refusal":
            return run.fail(
                "the model declined to plan this intent." + quoted,
                "refusal",
                hint="nothing was changed; rephrase the intent",
            )
        if stop == "model_context_window_exceeded":
            return run.fail(
                "the conversation outgrew the model's context window",
                "context_window",
                hint="lower DOTOP_TOOL_OUTPUT_LIMIT or make the intent more specific",
            )
        return run.fail(f"the model stopped for an unexpected reason ({stop})", "api_error")

    # -------------------------------------------------------------------------- results
    def _result(
        self,
        sub: Submission,
        request: PlanRequest,
        run: Run,
        *,
        rejected_after: int = 0,
    ) -> PlanResult:
        analysis = sub.analysis
        risks = list(sub.risks)
        if rejected_after:
            analysis += (
                f"\n\n**The server-side dry-run rejected this proposal {rejected_after} times; "
                "it is shown as the model left it and cannot be executed.**"
            )
            risks.append("the proposal did not pass the server-side dry-run")
        # Only patterns the model was actually given count as followed; an id it made up (or
        # remembered from elsewhere) is not recorded as organisational guidance.
        given = {pattern_id(p) for p in [*request.patterns, *(request.intent_patterns or [])]}
        cited = list(dict.fromkeys(sub.patterns))
        unknown = [p for p in cited if p not in given]
        if unknown:
            risks.append(
                "the model cited patterns it was not given (not recorded as followed): "
                + ", ".join(p[:80] for p in unknown[:10])
            )
        kinds = {str(op.manifest.get("kind")) for op in sub.operations if op.kind == "apply"} | {
            op.target.kind for op in sub.operations
        }
        used = sorted({_CAPABILITY_KINDS[k] for k in kinds if k in _CAPABILITY_KINDS})
        return PlanResult(
            operations=list(sub.operations),
            analysis=analysis,
            category=sub.category or "other",
            question=sub.question,
            risks=risks,
            validation_plan=list(sub.validation_plan),
            rollback_plan=[step for step in sub.rollback_plan if step.strip()],
            patterns=[p for p in cited if p in given],
            capabilities=[c for c in used if c in request.capabilities],
            targets=list(dict.fromkeys(op.target for op in sub.operations)),
            usage=run.usage(),
            planner=self.name,
            model=self.model,
        )

    # -------------------------------------------------------------------------- messages
    def conversation(self, request: PlanRequest, cluster: ClusterReader) -> list[Json]:
        """The messages a plan starts from: the context, and on refine the previous proposal,
        dotop-nb's verdict on it and the user's correction."""
        return self._prompts.conversation(request, cluster)

    def context(self, request: PlanRequest, cluster: ClusterReader) -> str:
        """The first user message: the intent and everything dynamic about it."""
        return self._prompts.context(request, cluster)


# ------------------------------------------------------------------------------ API failures
class _Cut(Exception):
    """The deadline passed while a request was still unanswered (see ``_call``)."""


def _after(retries: int) -> str:
    return f"after {retries} {'retry' if retries == 1 else 'retries'}"


def _api_message(err: anthropic.APIStatusError) -> str:
    body = err.body
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])[:300]
    return ""


def _retryable(err: anthropic.APIStatusError) -> bool:
    """The SDK's rule: the server's ``x-should-retry`` wins; else 408, 409, 429 and 5xx."""
    should = err.response.headers.get("x-should-retry") if err.response is not None else None
    if should in ("true", "false"):
        return should == "true"
    return err.status_code in (408, 409, 429) or err.status_code >= 500


def _backoff(retries: int, err: Exception) -> float:
    """Seconds to wait before the next try: what the server asks (``retry-after-ms`` /
    ``retry-after``, up to a minute), else exponential from 0.5s to 8s with jitter."""
    response = getattr(err, "response", None)
    headers = response.headers if response is not None else {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            asked = float(headers.get(name, "")) * scale
        except ValueError:
            continue
        if 0 <= asked <= 60:
            return asked
    return float(min(0.5 * 2**retries, 8.0) * (1 - 0.25 * random.random()))  # noqa: S311


def _status_error(
    run: Run, err: anthropic.APIStatusError, *, retries: int, base_url: str, note: str = ""
) -> PlannerError:
    status = err.status_code
    detail = _api_message(err)
    request_id = err.response.headers.get("request-id") if err.response is not None else None
    where = f"HTTP {status}" + (f", request id {request_id}" if request_id else "")
    said = f": {detail}" if detail else ""
    if status in (401, 403):
        return run.fail(
            f"the Anthropic API rejected the credentials ({where}){said}",
            "authentication",
            error=PlannerAuthFailed,
            hint="check ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL); nothing was changed",
        )
    retry = (f", {_after(retries)}" if retries else "") + note
    if status == 429:
        return run.fail(
            f"the Anthropic API rate-limited the planner ({where}{retry}){said}",
            "rate_limited",
            error=PlannerUnavailable,
            hint="wait a minute and try again, or use --planner offline; nothing was changed",
        )
    if status == 529:
        return run.fail(
            f"the Anthropic API is overloaded ({where}{retry}){said}",
            "overloaded",
            error=PlannerUnavailable,
            hint="try again in a few minutes, or use --planner offline; nothing was changed",
        )
    if status >= 500:
        return run.fail(
            f"the Anthropic API failed ({where}{retry}){said}",
            "api_error",
            error=PlannerUnavailable,
            hint="try again later; nothing was changed",
        )
    return run.fail(
        f"the Anthropic API at {base_url} refused the request ({where}){said}",
        "bad_request",
        hint="check DOTOP_MODEL and the other AI planner settings; nothing was changed",
    )


__all__ = [
    "DEFAULT_MODEL",
    "PRICES",
    "AnthropicPlanner",
    "AnthropicSettings",
    "Price",
    "estimate_cost",
    "load_prompt",
    "price_for",
]
