"""The AI planner's messages: the shipped prompts, the first message, the replay on refine.

The first message carries the intent and everything dynamic about it (namespace state, patterns,
policies), with cluster-sourced text inside ``<untrusted-data>`` boundaries and cut to a budget.
A refinement replays the previous proposal as the model's own ``submit_proposal`` call,
dotop-nb's verdict on it as the tool result, and the user's correction (see
:mod:`dotop_nb.planner.anthropic`). No SDK dependency: messages are plain JSON.

Example::

    prompts = Prompts(planner="anthropic")
    messages = prompts.conversation(request, cluster)
    with_cache_mark(messages)[-1]["content"][-1]["cache_control"]   # {"type": "ephemeral"}
"""

from __future__ import annotations

import json
from importlib import resources
from string import Template
from typing import Any

from dotop_nb.models import Proposal
from dotop_nb.planner.boundary import compact, seal, to_yaml, truncate, trusted, untrusted
from dotop_nb.planner.summaries import namespace_summary
from dotop_nb.planner.tools import submission_of
from dotop_nb.ports import ClusterReader, PlanRequest

Json = dict[str, Any]

EPHEMERAL: Json = {"type": "ephemeral"}
_PREVIOUS_LIMIT = 24_000  # characters of the previous proposal replayed on refine
_PATTERN_LIMIT = 6_000  # a reviewed document; the limit only guards against a runaway file
_PATTERN_FIELDS = ("id", "name", "description", "applies_to", "recommendation", "rationale")


def load_prompt(name: str) -> str:
    """A prompt file of the top-level ``prompts/`` folder, shipped as ``dotop_nb.prompts``."""
    return resources.files("dotop_nb.prompts").joinpath(name).read_text(encoding="utf-8")


class Prompts:
    """The prompt files, and the messages a plan starts from. ``planner`` is the name the
    verdict on a previous proposal compares against (was it this planner's own proposal?)."""

    def __init__(self, *, planner: str) -> None:
        self.planner = planner
        self.system = load_prompt("system.md")
        self._user = Template(load_prompt("user.md"))
        self._refine = Template(load_prompt("refine.md"))

    def conversation(self, request: PlanRequest, cluster: ClusterReader) -> list[Json]:
        """The messages a plan starts from: the context, and on refine the previous proposal,
        dotop-nb's verdict on it and the user's correction."""
        previous = request.previous
        first = {
            "role": "user",
            "content": [{"type": "text", "text": self.context(request, cluster)}],
        }
        if previous is None or not request.refinements:
            return [first]
        tool_id = f"toolu_dotop_revision_{previous.revision}"
        earlier = request.refinements[:-1]
        opened = {pattern_id(p) for p in _opening_patterns(request)}
        later = [p for p in request.patterns if pattern_id(p) not in opened]
        correction = self._refine.substitute(
            correction=request.refinements[-1],
            earlier=(
                "\nEarlier corrections, already reflected in the proposal above:\n"
                + "\n".join(f"- {r}" for r in earlier)
                + "\n"
                if earlier
                else ""
            ),
            patterns=(
                "\nPatterns retrieved for the corrections (organisational guidance, like those "
                "in the first message):\n\n" + "\n".join(_pattern(p) for p in later) + "\n"
                if later
                else ""
            ),
        )
        return [
            first,
            {
                "role": "assistant",
                "content": [
                    {
                        "type": "tool_use",
                        "id": tool_id,
                        "name": "submit_proposal",
                        "input": _previous_submission(previous),
                    }
                ],
            },
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": tool_id,
                        "content": _verdict(previous, planner=self.planner),
                    },
                    {"type": "text", "text": correction},
                ],
            },
        ]

    def context(self, request: PlanRequest, cluster: ClusterReader) -> str:
        """The first user message: the intent and everything dynamic about it."""
        refinements = ""
        if request.refinements and request.previous is None:
            refinements = "\nCorrections from the user:\n" + "".join(
                f"- {r}\n" for r in request.refinements
            )
        state, note = truncate(
            namespace_summary(cluster, request.namespace),
            4000,
            hint="use list_objects and describe for the rest",
        )
        patterns = [_pattern(p) for p in _opening_patterns(request)]
        # Policies are never cut: every rule is enforced, so the model must see every rule.
        policies = [_policy(p) for p in request.policies]
        identity = cluster.identity
        return self._user.substitute(
            intent=request.intent + _structured(request),
            refinements=refinements,
            namespace=request.namespace,
            cluster=f"{identity.server}"
            + (f" (context {identity.context})" if identity.context else ""),
            capabilities=", ".join(request.capabilities) or "none detected",
            state=untrusted(f"namespace {request.namespace}", state)
            + (f"\n{note}" if note else ""),
            patterns="\n".join(patterns) or "(none retrieved for this intent)",
            policies="\n".join(policies) or "(none)",
        )


def _structured(request: PlanRequest) -> str:
    """The typed parameters of a structured intent, as exact JSON after its sentence."""
    if request.structured is None:
        return ""
    typed = request.structured.model_dump_json(exclude_none=True, indent=2)
    return (
        "\n\nThe same intent as typed parameters (from a runbook: the values are exact; "
        "`targets` are the workloads to act on, and nothing else):\n```json\n"
        f"{typed}\n```"
    )


def with_cache_mark(messages: list[Json]) -> list[Json]:
    """``messages`` with ``cache_control`` on the newest message's last block (a copy: the
    stored history never carries marks, so at most one moving breakpoint is sent)."""
    if not messages:
        return messages
    last = dict(messages[-1])
    content = last["content"]
    if isinstance(content, str):
        content = [{"type": "text", "text": content}]
    content = [dict(b) for b in content]
    content[-1]["cache_control"] = EPHEMERAL
    last["content"] = content
    return [*messages[:-1], last]


def _previous_submission(previous: Proposal) -> Json:
    """The previous proposal as the model's own ``submit_proposal`` input, bounded."""
    analysis, _ = truncate(previous.analysis, 4000, hint="")
    sub = submission_of(
        previous.operations,
        analysis=analysis,
        category=previous.category,
        risks=previous.risks[:10],
        validation_plan=previous.validation_plan[:10],
    )
    if previous.question:
        sub["question"] = previous.question
    if len(json.dumps(sub)) > _PREVIOUS_LIMIT:
        # Whole manifests can be large; the correction rarely needs them verbatim, and the
        # model can read the live objects again.
        sub["operations"] = [
            {"summary": op.summary(), "target": op.target.model_dump(mode="json")}
            for op in previous.operations
        ]
        sub["analysis"] = (
            analysis[:2000] + "\n(the operations were too large to replay; summaries only)"
        )
    return sub


def _verdict(previous: Proposal, *, planner: str) -> str:
    """What dotop-nb made of the previous proposal (the tool result of its submission)."""
    lines = [f"dotop-nb recorded this proposal as revision {previous.revision}: {previous.status}."]
    if previous.planner != planner:
        lines.append(f"(It was made by dotop-nb's {previous.planner} planner, not by you.)")
    if previous.question:
        lines.append("The question was shown to the user; their answer follows.")
    for i, (op, result) in enumerate(
        zip(previous.operations, previous.dry_run, strict=False), start=1
    ):
        verdict = "dry-run accepted" if result.ok else "dry-run REJECTED"
        lines.append(f"{i}. {op.summary()}: {verdict}")
        if not result.ok:
            lines.append(untrusted("apiserver dry-run", result.message))
    for decision in previous.policy:
        lines.append(f"policy {decision.policy_id}: {decision.effect}: {decision.reason}")
    return seal("\n".join(lines))  # policy reasons quote the objects they judged


def _opening_patterns(request: PlanRequest) -> list[Json]:
    """The patterns of the first message: retrieved for the intent alone, so that a refinement
    opens with the very same bytes (and reads them from the prompt cache)."""
    return request.patterns if request.intent_patterns is None else request.intent_patterns


def pattern_id(pattern: Json) -> str:
    return str(pattern.get("id") or pattern.get("name") or "unnamed")


def _pattern(pattern: Json) -> str:
    """One pattern as organisational guidance: what it recommends and why (its triggers only
    serve retrieval)."""
    body = {k: pattern[k] for k in _PATTERN_FIELDS if k in pattern} or pattern
    text, cut = truncate(to_yaml(compact(body)), _PATTERN_LIMIT, hint="the pattern is long")
    return trusted(f"pattern {pattern_id(pattern)}", text) + (f"\n{cut}" if cut else "")


def _policy(policy: Json) -> str:
    """One policy, compactly: what it checks (its set rules only), where, with which effect,
    and why (its rationale). Never cut."""
    scope = compact(policy.get("scope") or [])
    brief: Json = {
        "id": policy.get("id"),
        "name": policy.get("name"),
        "effect": policy.get("effect"),
        "description": " ".join(str(policy.get("description") or "").split()),
        "scope": scope or None,
        "rules": compact(policy.get("rules") or {}),
    }
    # The rationale as one plain paragraph after the rules (as a YAML string, its colons and
    # apostrophes would be quoted and doubled).
    why = " ".join(str(policy.get("rationale") or "").split())
    text = to_yaml(compact(brief)) + (f"rationale: {why}\n" if why else "")
    return trusted(f"policy {policy.get('id')}", text)
