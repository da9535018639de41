"""Proposals and sessions as a person reads them (text) and as tools read them (JSON).

Pure functions over the models; the command line prints them and the notebook surfaces reuse the
JSON shape.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from dotop_nb import diffing, topology
from dotop_nb.models import PlanningFailure, Proposal, Session, Usage

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def plain_markdown(text: str) -> str:
    """The planner's small markdown as plain text: ``**3**`` reads ``3`` (backticks stay: they
    mark names and images in plain text as well)."""
    return _BOLD.sub(r"\1", text)


Json = dict[str, Any]

_MARK = {"allow": "✓", "warn": "!", "require_approval": "?", "deny": "✗"}


def to_json(session: Session) -> Json:
    """The stable JSON contract of ``--output json`` (see docs/cli.md)."""
    proposal = session.proposal if session.proposals else None
    ops = proposal.operations if proposal else []
    return {
        "v": 1,
        "status": session.status,
        "session_id": session.id,
        "plan_hash": proposal.plan_hash if proposal else "",
        "intent": session.intent,
        "namespace": session.namespace,
        "cluster": proposal.cluster.model_dump() if proposal else None,
        "planner": proposal.planner if proposal else _failed_planner(session),
        "category": proposal.category if proposal else "",
        "analysis": proposal.analysis if proposal else "",
        "question": proposal.question if proposal else None,
        "awaits": proposal.awaits if proposal else None,
        "operations": [
            {
                "kind": op.kind,
                "target": op.target.model_dump(),
                "summary": op.summary(),
                "kubectl": op.kubectl(),
                "spec": op.model_dump(mode="json"),
            }
            for op in ops
        ],
        "dry_run": [d.model_dump(mode="json") for d in proposal.dry_run] if proposal else [],
        "policy": [d.model_dump(mode="json") for d in proposal.policy] if proposal else [],
        "policy_set": (
            {**proposal.policy_set.model_dump(mode="json"), "text": policy_set_text(proposal)}
            if proposal and proposal.policy_set
            else None
        ),
        "risks": proposal.risks if proposal else [],
        "validation_plan": proposal.validation_plan if proposal else [],
        "approval": session.approval.model_dump(mode="json") if session.approval else None,
        "execution": [r.model_dump(mode="json", exclude={"prior"}) for r in session.execution],
        "validation": session.validation.model_dump(mode="json") if session.validation else None,
        "rollback": session.rollback.model_dump(mode="json") if session.rollback else None,
        "message": session.message,
        "pictures": {
            "before": [x.model_dump(mode="json") for x in proposal.pictures] if proposal else [],
            "after": [x.model_dump(mode="json") for x in session.after],
        },
        **planning_json(proposal, session.planning_failure),
    }


def _failed_planner(session: Session) -> str | None:
    failure = session.planning_failure
    return failure.planner if failure is not None else None


# Beside a proposal's ``awaits`` wherever it is shown (text and HTML).
AWAITS_NOTE = "approve it when that holds; an approval given in advance or unattended is refused"


def proposal_text(proposal: Proposal, *, status: str | None = None) -> str:
    """A proposal as text; ``status`` is the session's (the header says where the session is,
    not what the proposal was when it was made)."""
    lines = [
        f"Session {proposal.session_id} · revision {proposal.revision} · "
        f"{status or proposal.status}",
        f"Intent:    {proposal.intent}",
        f"Cluster:   {proposal.cluster.server} ({proposal.cluster.context or 'no context'})"
        f" · namespace {proposal.namespace} · planner {proposal.planner}",
    ]
    if proposal.awaits:
        lines.append(f"Awaits:    {proposal.awaits} — {AWAITS_NOTE}")
    if proposal.question:
        lines += ["", f"Question: {proposal.question}"]
    if proposal.analysis:
        plain = plain_markdown(proposal.analysis)
        lines += ["", "Analysis:", *(f"  {line}" for line in plain.splitlines())]
    if proposal.operations:
        lines += ["", "Changes:"]
        for i, (op, dry) in enumerate(zip(proposal.operations, proposal.dry_run, strict=False)):
            verdict = "dry-run ok" if dry.ok else "DRY-RUN FAILED"
            lines.append(f"  {i + 1}. [{dry.action}] {op.summary()} — {verdict}")
            if dry.message and dry.message != "accepted":
                lines.append(f"       {dry.message}")
            if dry.diff:
                # The same unified YAML diff as the HTML, in full (values are never cut).
                rendered = diffing.unified(dry.diff, name=op.target.describe())
                lines += [f"       {line}" for line in rendered]
            lines.append("       $ " + op.kubectl().splitlines()[0])
    lines += ["", f"Policy set: {policy_set_text(proposal)}"]
    if proposal.policy:
        lines += ["", "Policies:"]
        for d in proposal.policy:
            where = f" (operation {d.operation + 1})" if d.operation is not None else ""
            lines.append(f"  {_MARK[d.effect]} {d.effect}: {d.policy_id}{where} — {d.reason}")
    if proposal.risks:
        lines += ["", "Risks:", *(f"  - {r}" for r in proposal.risks)]
    if proposal.validation_plan:
        lines += ["", "Validation:", *(f"  - {v}" for v in proposal.validation_plan)]
    lines += planning_text(proposal)
    if proposal.status == "proposed":
        lines += ["", f"Plan hash: {proposal.plan_hash}"]
    return "\n".join(lines)


def policy_set_text(proposal: Proposal) -> str:
    """Which policy set the proposal was checked against; loud when there were none."""
    ref = proposal.policy_set
    if ref is None:
        return "not recorded (proposed by an older dotop-nb); it is checked again at execution"
    text = ref.describe()
    return f"⚠ {text}" if not ref.count else text


def phase(session: Session) -> str:
    """The status as a person should read it now: an ``executing`` session says whether it is
    still writing or already validating (which may take the whole validation timeout)."""
    if session.status != "executing":
        return session.status
    total = len(session.proposal.operations) if session.proposals else 0
    done = sum(1 for r in session.execution if r.status == "applied")
    if total and done >= total and session.validation is None:
        return "executing · validating the result"
    return f"executing · operation {min(done + 1, total)} of {total}"


def rejected_at(session: Session) -> datetime | None:
    """When the session was rejected (its ``rejected`` event), None if it was not."""
    if session.status != "rejected":
        return None
    times = [e.at for e in session.events if e.type == "rejected"]
    return times[-1] if times else None


def when(value: datetime) -> str:
    """A time as records show it: UTC, to the second."""
    return value.strftime("%Y-%m-%d %H:%M:%SZ")


def rejection_text(session: Session) -> str:
    """``rejected by bob at 2026-11-26 12:00:00Z`` (empty unless the session was rejected)."""
    if session.status != "rejected":
        return ""
    at = rejected_at(session)
    return f"rejected by {session.rejected_by or 'unknown'}" + (f" at {when(at)}" if at else "")


def revision_label(session: Session, index: int) -> str:
    """What became of an earlier revision: it was superseded (by the refinement that followed)."""
    p = session.proposals[index]
    later = session.proposals[index + 1].revision if index + 1 < len(session.proposals) else None
    was = "" if p.status == "proposed" else f"{p.status}; "
    if later is None:
        return p.status
    refinement = session.refinements[index] if index < len(session.refinements) else ""
    why = f' after "{refinement}"' if refinement else ""
    return f"{was}superseded by revision {later}{why}"


def session_text(session: Session) -> str:
    lines = [proposal_text(session.proposal, status=phase(session))] if session.proposals else []
    if session.approval:
        a = session.approval
        how = "interactively" if a.interactive else "unattended"
        lines.append(f"\nApproved by {a.by} {how} at {a.at:%Y-%m-%d %H:%M:%S}Z")
    elif session.status == "rejected":
        rejected = rejection_text(session)
        lines.append(f"\n{rejected[:1].upper()}{rejected[1:]}")
    if session.execution:
        lines.append("\nExecution:")
        for r in session.execution:
            lines.append(
                f"  {r.index + 1}. {r.status}: {r.summary}"
                + (f" — {r.message}" if r.status != "applied" else "")
            )
    if session.validation:
        v = session.validation
        lines.append(
            f"\nValidation: {'passed' if v.ok else 'FAILED'} "
            f"({len(v.checks)} checks, {v.attempts} polls in {v.seconds:.1f}s)"
        )
        lines += [f"  {'✓' if c.ok else '✗'} {c.name}: {c.message}" for c in v.checks]
    elif session.status == "executing" and phase(session).endswith("validating the result"):
        lines.append("\nValidation: running (the result is checked until it holds or times out)")
    if session.proposals and session.proposal.pictures:
        lines += topology.text(session.proposal.pictures, session.after)
    if session.rollback and session.rollback.performed:
        lines.append("\nRollback:")
        lines += [
            f"  {'✓' if s.ok else '✗'} {s.action} {s.target.describe()}: {s.message}"
            for s in session.rollback.steps
        ]
        if session.rollback.verified:
            if session.rollback.verified.ok:
                lines.append("  prior state verified")
            else:
                unrestored = [s.target.describe() for s in session.rollback.steps if not s.ok]
                lines.append(
                    "  prior state NOT verified"
                    + (f" — not restored: {', '.join(unrestored)}" if unrestored else "")
                )
    failure = session.planning_failure
    if failure is not None:
        lines.append(
            f"\nPlanning stopped ({failure.reason}): "
            f"{usage_line(failure.model or failure.planner, failure.usage)}"
        )
    message = session_status_message(session)
    lines.append(f"\nStatus: {phase(session)}" + (f" — {message}" if message else ""))
    return "\n".join(lines)


def status_message(status: str, message: str) -> str:
    """``message`` without the status word it starts with, when shown after that status
    (``Status: proposed — 1 operation(s)``, not ``proposed — proposed 1 operation(s)``)."""
    word = status.replace("_", " ")
    if message.lower().startswith(word) and message[len(word) : len(word) + 1] in ("", " ", ":"):
        return message[len(word) :].lstrip(" :;,")
    return message


def session_status_message(session: Session) -> str:
    """The message after ``Status:`` — a question the record shows above is not said again."""
    question = session.proposal.question if session.proposals else None
    if session.status == "needs_clarification" and question and session.message == question:
        return "answer the question above"
    return status_message(session.status, session.message)


# ------------------------------------------------------------------------------ planning (issue 13)
def planning_json(proposal: Proposal | None, failure: PlanningFailure | None = None) -> Json:
    """Who planned and what it cost: the model, token usage with the share read from the prompt
    cache, the cost estimate (``"unknown"`` for a model without a list price), the patterns the
    planner followed, and the rollback plan. Merged into :func:`to_json`. ``failure``: the last
    planning that stopped without a plan (``planning_failure``; without a proposal, its model
    and usage are the session's)."""
    failed = (
        {"planning_failure": {**failure.model_dump(mode="json"), "usage": _usage(failure.usage)}}
        if failure is not None
        else {}
    )
    if proposal is None:
        return {
            "model": failure.model if failure else None,
            "usage": _usage(failure.usage) if failure else None,
            "patterns": [],
            "rollback_plan": [],
            **failed,
        }
    return {
        "model": proposal.model,
        "usage": _usage(proposal.usage),
        "patterns": list(proposal.patterns),
        "rollback_plan": list(proposal.rollback_plan),
        **failed,
    }


def _usage(usage: Usage) -> Json:
    return {
        **usage.model_dump(mode="json", exclude={"cost_usd"}),
        "cache_share": usage.cache_share,
        "cost_usd": usage.cost_usd if usage.cost_usd is not None else "unknown",
    }


def usage_line(model: str | None, usage: Usage) -> str:
    """``model · turns · tool calls · tokens · cache share · cost · seconds``: how the text
    report, the notebook's session view and the widget say what planning cost."""
    u = usage
    return (
        f"{model} · {u.model_turns} model turns · "
        f"{u.tool_calls} tool calls · {u.input_tokens:,} in / {u.output_tokens:,} out "
        f"tokens · cache {u.cache_read_tokens:,} read, {u.cache_write_tokens:,} written "
        f"({u.cache_share:.0%} of the prompt) · cost {u.cost_text} · {u.seconds:.1f}s"
    )


def planning_text(proposal: Proposal) -> list[str]:
    """The rollback plan, the patterns followed and, for a model, what planning cost."""
    lines: list[str] = []
    if proposal.rollback_plan:
        lines += ["", "Rollback plan:", *(f"  - {step}" for step in proposal.rollback_plan)]
    if proposal.patterns:
        lines += ["", f"Patterns followed: {', '.join(proposal.patterns)}"]
    if proposal.model or proposal.usage.model_turns:
        lines += ["", f"Planning: {usage_line(proposal.model or proposal.planner, proposal.usage)}"]
    return lines
