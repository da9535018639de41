"""HTML for session records and tables (pure functions; every value is escaped).

The HTML is what a reader sees where no kernel runs — GitHub, nbviewer, nbconvert, JupyterLab
reopening a saved notebook — so it is complete on its own: the proposal, the decision with who
and when, what ran, how validation ended. Plain elements and a few inline styles only (renderers
strip scripts and most CSS); manifests fold away in ``<details>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

from dotop_nb import diffing, lifecycle, report
from dotop_nb.models import Operation, Proposal, Session
from dotop_nb.report import policy_set_text
from dotop_nb.ui import picture

_COLOR = {
    "proposed": "#1f6feb",
    "needs_clarification": "#9a6700",
    "satisfied": "#1a7f37",
    "dry_run_failed": "#cf222e",
    "blocked": "#cf222e",
    "rejected": "#6e7781",
    "executing": "#1f6feb",
    "executed": "#1a7f37",
    "failed": "#cf222e",
    "rolled_back": "#bc4c00",
    "error": "#cf222e",
    "interrupted": "#9a6700",
}
_MARK = {"allow": "✓", "warn": "!", "require_approval": "?", "deny": "✗"}


def e(value: Any) -> str:
    return escape(str(value), quote=True)


def _yaml(value: Any) -> str:
    import yaml  # noqa: PLC0415 -- only for display

    return str(yaml.safe_dump(value, sort_keys=False, default_flow_style=False))


# Text wraps between words; only a token longer than the line (an image digest) is broken.
_WRAP = "white-space:pre-wrap;word-break:normal;overflow-wrap:anywhere"
# Tints over the theme's own background and text colour: readable in light and dark themes.
_ADDED = "background:rgba(46,160,67,0.22)"
_REMOVED = "background:rgba(248,81,73,0.22)"
_MUTED = "color:var(--jp-content-font-color2,#6e7781)"


def _pre(text: str) -> str:
    return f'<pre style="{_WRAP};margin:2px 0">{e(text)}</pre>'


def _section(title: str, body: str) -> str:
    return f'<div style="margin-top:6px"><strong>{e(title)}</strong>{body}</div>'


def _list(items: Sequence[str], *, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li>{i}</li>" for i in items)
    return f'<{tag} style="margin:2px 0">{inner}</{tag}>'


def badge(status: str, label: str = "") -> str:
    """The status as a coloured label (``label``: how to say it, e.g. the execution phase).
    White on a dark fill: the same contrast in light and dark themes."""
    color = _COLOR.get(status, "#6e7781")
    return (
        f'<span class="dotop-status" style="color:#fff;background:{color};padding:0 6px;'
        f'border-radius:8px">{e(label or status)}</span>'
    )


_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITEM = re.compile(r"^\s*(?:[-*]|\d+[.)])\s+")


def _inline(text: str) -> str:
    """One line of markdown: escaped first, then `code` and **bold** (nothing else is markup)."""
    parts = _CODE.split(text)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(f"<code>{e(part)}</code>")
        else:
            out.append(_BOLD.sub(r"<strong>\1</strong>", e(part)))
    return "".join(out)


def markdown(text: str) -> str:
    """The small markdown a planner writes (paragraphs, ``-``/``1.`` lists, ``**bold**``,
    `` `code` ``) as HTML. Every character of ``text`` is escaped before any tag is added, so
    raw HTML in it shows as text."""
    blocks: list[str] = []
    items: list[str] = []
    lines: list[str] = []

    def flush() -> None:
        if items:
            blocks.append(_list(items))
            items.clear()
        if lines:
            body = "<br>".join(lines)
            blocks.append(f'<p style="margin:2px 0;{_WRAP}">{body}</p>')
            lines.clear()

    for raw in text.splitlines():
        if not raw.strip():
            flush()
        elif _ITEM.match(raw):
            if lines:
                flush()
            items.append(_inline(_ITEM.sub("", raw, count=1)))
        else:
            if items:
                flush()
            lines.append(_inline(raw.strip()))
    flush()
    return f'<div class="dotop-analysis">{"".join(blocks)}</div>'


def unified_diff(lines: Sequence[str]) -> str:
    """A unified diff (:func:`dotop_nb.diffing.unified`) with added and removed lines tinted."""
    out = []
    for line in lines:
        if line.startswith(("+++", "---")):
            style = f"{_MUTED};font-weight:bold"
        elif line.startswith("@@"):
            style = _MUTED
        elif line.startswith("+"):
            style = _ADDED
        elif line.startswith("-"):
            style = _REMOVED
        else:
            style = ""
        out.append(f'<span style="display:block;{style}">{e(line) or " "}</span>')
    return (
        '<pre class="dotop-diff" style="margin:2px 0;padding:4px;overflow-x:auto;'
        f'white-space:pre;border:1px solid var(--jp-border-color2,#d0d7de)">{"".join(out)}</pre>'
    )


def _verdict(dry: Any) -> str:
    if dry is not None and not dry.ok:
        return badge("failed", "DRY-RUN FAILED")
    if dry is not None and dry.action == "noop":
        return badge("rejected", "no change")
    return badge("executed", "dry-run ok")


def operation(op: Operation, dry: Any) -> str:
    """One operation: its action, summary, dry-run verdict, the unified YAML diff of what the
    apiserver says will change, and (folded) the kubectl line and the manifest — shown once: a
    created object's diff is its manifest."""
    action = dry.action if dry is not None else "update"
    message = (
        f" — {e(dry.message)}" if dry is not None and dry.message not in ("", "accepted") else ""
    )
    lines = diffing.unified(dry.diff, name=op.target.describe()) if dry is not None else []
    spec = op.model_dump(mode="json")
    manifest = spec.get("manifest")
    if manifest is not None and action == "create":
        what = f"manifest (created as the diff shows, {len(lines)} lines)"
        folded = ""
    elif manifest is not None:
        what = "kubectl, manifest"
        folded = _pre(_yaml(manifest))
    else:
        what = "kubectl, operation"
        folded = _pre(_yaml(spec))
    diff = unified_diff(lines) if lines else ""
    if diff and len(lines) > 40:
        diff = f"<details><summary>diff ({len(lines)} lines)</summary>{diff}</details>"
    details = (
        f"<details><summary>{e(what)}</summary>"
        f"<div>kubectl (for reading and copying; dotop-nb never runs a shell):</div>"
        f"{_pre(op.kubectl())}{folded}</details>"
    )
    head = f'<em style="{_MUTED}">{e(action)}</em> {e(op.summary())} {_verdict(dry)}{message}'
    return f"{head}{diff}{details}"


def changes(proposal: Proposal) -> str:
    """The operations in plan order (the order they run in), each with its dry-run action;
    a count per action above them."""
    items = []
    counts: dict[str, int] = {}
    for index, op in enumerate(proposal.operations):
        dry = proposal.dry_run[index] if index < len(proposal.dry_run) else None
        counts[dry.action if dry is not None else "update"] = (
            counts.get(dry.action if dry is not None else "update", 0) + 1
        )
        items.append(operation(op, dry))
    summary = ", ".join(f"{n} {action}" for action, n in counts.items())
    return f'<div style="{_MUTED}">{e(summary)}</div>{_list(items, ordered=True)}'


def diff_table(changes: Sequence[Any]) -> str:
    """The changes as a unified YAML diff (kept for callers of the older table)."""
    return unified_diff(diffing.unified(list(changes))) if changes else ""


def proposal(p: Proposal) -> str:
    rows = [
        ("Intent", e(p.intent)),
        ("Cluster", f"{e(p.cluster.server)} ({e(p.cluster.context or 'no context')})"),
        ("Namespace", e(p.namespace)),
        ("Planner", e(p.planner + (f" · {p.model}" if p.model else ""))),
        ("Policy set", e(policy_set_text(p))),
    ]
    if p.awaits:
        # Said with a time or condition: only a person's approval, when it holds, runs it.
        rows.append(("Awaits", f"{e(p.awaits)} — {e(report.AWAITS_NOTE)}"))
    body = "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    if p.question:
        body += _section("Question", f"<div>{e(p.question)}</div>")
    if p.analysis:
        body += _section("Analysis", markdown(p.analysis))
    if p.operations:
        body += _section("Changes", changes(p))
    if p.policy:
        items = []
        for d in p.policy:
            where = f" (operation {d.operation + 1})" if d.operation is not None else ""
            items.append(
                f"{_MARK[d.effect]} {e(d.effect)}: {e(d.policy_id)}{where} — {e(d.reason)}"
            )
        body += _section("Policies", _list(items))
    for title, values in (
        ("Risks", p.risks),
        ("Validation plan", p.validation_plan),
        ("Rollback plan", p.rollback_plan),
        ("Patterns", p.patterns),
        ("Capabilities", p.capabilities),
    ):
        if values:
            body += _section(title, _list([e(v) for v in values]))
    if p.model or p.usage.model_turns:
        # The same line as the text report's "Planning:" (report.usage_line).
        line = report.usage_line(p.model or p.planner, p.usage)
        body += _section("Planning", f'<div class="dotop-usage">{e(line)}</div>')
    return body


def session(s: Session, *, replayed: bool = False, approve_hint: str = "") -> str:
    """The whole record of a session."""
    p = s.proposal if s.proposals else None
    head = (
        f"<strong>dotop-nb</strong> · session <code>{e(s.id)}</code>"
        + (f" · revision {p.revision}" if p else "")
        + f" · {badge(s.status, report.phase(s))}"
    )
    body = ""
    if replayed:
        body += (
            '<div class="dotop-replayed" style="font-weight:bold">Recorded outcome: this session '
            f"was already {e(s.status.replace('_', ' '))}; this cell ran nothing again.</div>"
        )
    if p is not None:
        body += proposal(p)
        if p.pictures:
            failed = s.approval is not None and s.status in lifecycle.UNSUCCESSFUL
            shown = picture.pictures(p.pictures, s.after, failed=failed)
            body += _section("Where it runs", shown)
    failure = s.planning_failure
    if failure is not None:
        line = report.usage_line(failure.model or failure.planner, failure.usage)
        body += _section(
            "Planning stopped", f'<div class="dotop-usage">{e(failure.reason)}: {e(line)}</div>'
        )
    if len(s.proposals) > 1:
        earlier = [
            f"revision {q.revision} ({e(report.revision_label(s, index))}): "
            + e("; ".join(op.summary() for op in q.operations) or "no operations")
            for index, q in enumerate(s.proposals[:-1])
        ]
        body += _section("Earlier revisions", _list(earlier))
    if s.approval:
        a = s.approval
        how = "interactively" if a.interactive else "unattended"
        when = a.at.isoformat(timespec="seconds")
        body += _section(
            "Decision",
            f" approved by <strong>{e(a.by)}</strong> {how} at {e(when)}"
            f" (plan <code>{e(a.plan_hash[:12])}</code>, revision {a.revision})",
        )
    elif s.status == "rejected":
        at = report.rejected_at(s)
        body += _section(
            "Decision",
            f" rejected by <strong>{e(s.rejected_by)}</strong>"
            + (f" at {e(at.isoformat(timespec='seconds'))}" if at else ""),
        )
    if s.execution:
        items = [
            f"{e(r.status)}: {e(r.summary)}"
            + (f" — {e(r.message)}" if r.status != "applied" else "")
            for r in s.execution
        ]
        body += _section("Execution", _list(items, ordered=True))
    if s.validation:
        v = s.validation
        checks = [f"{'✓' if c.ok else '✗'} {e(c.name)}: {e(c.message)}" for c in v.checks]
        verdict = "passed" if v.ok else "FAILED"
        body += _section(f"Validation {verdict}", _list(checks))
    elif s.status == "executing" and report.phase(s).endswith("validating the result"):
        body += _section(
            "Validation running",
            "<div>the result is checked until it holds or the validation timeout ends</div>",
        )
    if s.rollback and s.rollback.performed:
        steps = [
            f"{'✓' if st.ok else '✗'} {e(st.action)} {e(st.target.describe())}: {e(st.message)}"
            for st in s.rollback.steps
        ]
        verified = s.rollback.verified
        tail = (
            ""
            if verified is None
            else (
                " (prior state verified)"
                if verified.ok
                else " (prior state NOT verified"
                + "".join(
                    f"; not restored: {st.target.describe()}"
                    for st in s.rollback.steps
                    if not st.ok
                )
                + ")"
            )
        )
        body += _section("Rollback" + tail, _list(steps))
    message = report.session_status_message(s)
    body += (
        f'<div style="margin-top:6px">Status: {badge(s.status, report.phase(s))} {e(message)}</div>'
    )
    if approve_hint:
        body += f'<div style="margin-top:4px;{_MUTED}">{e(approve_hint)}</div>'
    color = _COLOR.get(s.status, "#6e7781")
    return (
        f'<div class="dotop-session" data-session="{e(s.id)}" data-status="{e(s.status)}" '
        f'style="border-left:4px solid {color};padding:4px 10px">{head}{body}</div>'
    )


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str = "") -> str:
    head = "".join(f"<th>{e(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in rows)
    caption = f"<caption>{e(title)}</caption>" if title else ""
    return f'<table class="dotop-table">{caption}<tr>{head}</tr>{body}</table>'
