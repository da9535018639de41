"""The ``%operate`` listings (history, policies, capabilities, patterns) as tables: what the
magic shows, built from what the engine returns — the magic itself only parses and calls."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from dotop_nb.models import Session
from dotop_nb.ui import html
from dotop_nb.ui.views import TableView

ORIGIN = "origin"
"""The session event that says where it was proposed (``notebook.ipynb, cell 3``), when known."""


def origin(session: Session) -> str:
    """Where the session's record lives (notebook and cell), from its ``origin`` event; ''."""
    return next((ev.detail for ev in session.events if ev.type == ORIGIN), "")


class HistoryTable(TableView):
    """The history as a left-aligned table: the status as a coloured badge, ids that never
    wrap, and the long columns (intent, where) free to wrap."""

    def __init__(self, *args: Any, statuses: Sequence[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.statuses = list(statuses)

    def html(self) -> str:
        status_col = self.columns.index("status")
        nowrap = {self.columns.index(c) for c in ("session", "created", "namespace")}
        head = "".join(
            f'<th style="text-align:left;padding:2px 8px">{html.e(c)}</th>' for c in self.columns
        )
        body = []
        for row, status in zip(self.rows, self.statuses, strict=True):
            cells = []
            for i, value in enumerate(row):
                style = "text-align:left;padding:2px 8px;vertical-align:top"
                if i in nowrap:
                    style += ";white-space:nowrap"
                text = html.e(value)
                if i == status_col:
                    text = html.badge(status, str(value))
                elif i == 0:
                    text = f"<code>{text}</code>"
                cells.append(f'<td style="{style}">{text}</td>')
            body.append(f'<tr data-status="{html.e(status)}">{"".join(cells)}</tr>')
        caption = (
            f'<caption style="text-align:left;font-weight:bold">{html.e(self.title)}</caption>'
            if self.title
            else ""
        )
        return (
            '<table class="dotop-table dotop-history" style="border-collapse:collapse">'
            f"{caption}<tr>{head}</tr>{''.join(body)}</table>"
        )


def history(
    sessions: Sequence[Session], trust: Mapping[str, Any], *, limit: int, folder: Path
) -> TableView:
    """The newest ``limit`` sessions, newest first (by creation, then id); one whose signature
    fails is marked with its verdict. ``where``: the notebook and cell it was proposed in."""
    newest = sorted(sessions, key=lambda s: (s.created_at, s.id), reverse=True)[:limit]
    rows = [
        [
            s.id,
            s.created_at.isoformat(timespec="seconds"),
            s.status if trust[s.id].ok else f"{s.status} [{trust[s.id].state.upper()}]",
            s.namespace,
            s.approval.by if s.approval else (s.rejected_by or ""),
            s.intent if len(s.intent) <= 60 else s.intent[:59] + "…",
            origin(s),
        ]
        for s in newest
    ]
    columns = ["session", "created", "status", "namespace", "decided by", "intent", "where"]
    note = f"{len(rows)} of {len(sessions)} sessions in {folder}"
    return HistoryTable("Sessions", columns, rows, note=note, statuses=[s.status for s in newest])


def policies(chosen: Any) -> TableView:
    """The policies in force (a :class:`~dotop_nb.policy.PolicySet`)."""
    rows = []
    for p in chosen.in_force:
        scope = "; ".join(
            ", ".join(f"{k}={v}" for k, v in s.model_dump(exclude_defaults=True).items())
            or "everything"
            for s in p.scope
        )
        rules = ", ".join(f"{k}={v}" for k, v in p.rules.model_dump(exclude_defaults=True).items())
        rows.append([p.id, p.effect, p.name, scope, rules])
    return TableView(
        "Policies",
        ["id", "effect", "name", "scope", "rules"],
        rows,
        note=f"{chosen.describe()}; plus the built-in safety rules",
    )


def capabilities(report: Any) -> TableView:
    """What the cluster offers (a capability report)."""
    rows = [
        [c.name, "yes" if c.present else "no", c.description, ", ".join(c.evidence)]
        for c in report.capabilities
    ]
    return TableView(
        "Capabilities",
        ["name", "present", "description", "evidence"],
        rows,
        note=f"cluster {report.server}",
    )


def patterns(kb: Any, query: str) -> TableView:
    """The organisational patterns of the knowledge base, or the 5 that fit ``query`` best."""
    if query:
        hits = kb.search(query, kind="pattern", k=5)
        rows = [[h.id, f"{h.score:.3f}", h.name, h.document.get("description", "")] for h in hits]
        columns = ["id", "score", "name", "description"]
        title = f"Patterns for: {query}"
    else:
        rows = [[d.id, d.category, d.name, d.description] for d in kb.list("pattern")]
        columns = ["id", "category", "name", "description"]
        title = "Patterns"
    where = kb.folders.get("pattern")
    note = f"from {where}" if where else "no pattern folder (DOTOP_PATTERNS or ./patterns)"
    return TableView(title, columns, rows, note=note)
